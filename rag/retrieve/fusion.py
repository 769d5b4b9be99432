"""Fusing the signals and re-ranking the head of the list.

Weighted reciprocal rank fusion adds, for each signal, ``weight / (k + rank)`` to every candidate it
ranks; the re-rank then looks at the words; article cohesion reads a provision with its siblings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rag.retrieve.analysis import LazyStems, WordWeights
from rag.retrieve.signals import Ranking

Scores = dict[str, float]


def fuse(rankings: Iterable[tuple[Ranking, float]], rrf_k: int) -> tuple[Scores, dict[str, set[str]]]:
    """Weighted reciprocal rank fusion: ``{chunk id: score}`` and which signals found each chunk."""
    scores: Scores = {}
    found: dict[str, set[str]] = {}
    for ranking, weight in rankings:
        if not weight:
            continue
        for rank, group in enumerate(ranking.groups):
            for cid in group:
                scores[cid] = scores.get(cid, 0.0) + weight / (rrf_k + rank + 1)
                found.setdefault(cid, set()).add(ranking.signal)
    return scores, found


def add(scores: Scores, found: dict[str, set[str]], ranking: Ranking, weight: float, rrf_k: int) -> None:
    """Fuse one more ranking into ``scores`` (used for signals that depend on the first fusion)."""
    more, signals = fuse([(ranking, weight)], rrf_k)
    for cid, s in more.items():
        scores[cid] = scores.get(cid, 0.0) + s
        found.setdefault(cid, set()).update(signals[cid])


def add_similarity(scores: Scores, found: dict[str, set[str]], ranking: Ranking, weight: float,
                   floor: float) -> None:
    """Add ``weight`` × how far each candidate's similarity rises above ``floor`` (0–1 scaled)."""
    for cid, sim in ranking.scores.items():
        if sim > floor:
            scores[cid] = scores.get(cid, 0.0) + weight * (sim - floor) / (1.0 - floor)
            found.setdefault(cid, set()).add(ranking.signal)


def head(scores: Scores, n: int) -> list[str]:
    """The ``n`` best-scored chunk ids."""
    return sorted(scores, key=scores.get, reverse=True)[:n]


def rerank_by_words(scores: Scores, question_stems: set[str], full_stems: LazyStems,
                    span_stems: dict[str, set[str]], weights: WordWeights, depth: int,
                    full_weight: float, span_weight: float) -> None:
    """Lift the head of the list by how much of the question's weighted words each candidate holds:
    in its span (the words that will be quoted) and, less, in its breadcrumb."""
    if not question_stems:
        return
    for cid in head(scores, depth):
        scores[cid] += (full_weight * weights.overlap(question_stems, full_stems.get(cid, set()))
                        + span_weight * weights.overlap(question_stems, span_stems.get(cid, set())))


def cohere(scores: Scores, group_of: Callable[[str], tuple[str, str | None]], depth: int, head_size: int,
           minimum: int, weight: float) -> None:
    """When most of the head comes from one article, lift that article's other candidates.

    "What does amending the statute require?" puts 121(1), (4), (5) and (6) on top: the question
    is about the regime of art. 121, and its short paragraph 3 (the two-thirds majority) belongs
    in the answer even though on its own it scores a little below art. 51(2).
    ``group_of(chunk id)`` is ``(provision key, article)``.
    """
    order = head(scores, len(scores))
    seen: list[str] = []
    per_article: dict[str, int] = {}
    for cid in order:
        provision, article = group_of(cid)
        if provision in seen:
            continue
        seen.append(provision)
        if article:
            per_article[article] = per_article.get(article, 0) + 1
        if len(seen) >= head_size:
            break
    for cid in order[:depth]:
        provision, article = group_of(cid)
        count = per_article.get(article, 0) if article else 0
        if provision not in seen and count >= minimum:
            scores[cid] += weight * count / head_size
