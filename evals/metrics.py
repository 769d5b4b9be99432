"""Evaluation: gold-provision retrieval metrics, citation validity, refusals, fact coverage.

Used by ``rag eval`` (:mod:`evals.report`) and the tests. A retrieved provision matches a gold one when it
is the same provision, lies inside it, or contains it: citing art. 7(1) for a question whose
gold is art. 7(1)(g) is a hit, since the quoted text contains the answer.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rag.answer.verification import check_citation
from rag.models import Answer, Prose

DEFAULT_QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"
PUBLIC_QUESTIONS = Path(__file__).resolve().parent / "public.jsonl"  # in the public's voice (issue 11)


@dataclass(frozen=True)
class EvalQuestion:
    """One question of the eval set."""

    id: str
    question: str
    gold: tuple[str, ...]
    facts: tuple[str, ...] = ()
    category: str = ""
    part: int | None = None
    split: str = "dev"
    expect_refusal: bool = False
    history: tuple[tuple[str, str], ...] = ()


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile of ``values`` (nearest rank); 0.0 for no values."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def load_questions(path: Path, subset: str = "all") -> list[EvalQuestion]:
    """Read a JSONL eval set; ``subset`` is ``dev``, ``test``, ``holdout`` (the public set's third held-out set) or ``all``."""
    out: list[EvalQuestion] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        q = EvalQuestion(
            id=raw["id"], question=raw["question"], gold=tuple(raw.get("gold", [])),
            facts=tuple(raw.get("facts", [])), category=raw.get("category", ""), part=raw.get("part"),
            split=raw.get("split", "dev"), expect_refusal=bool(raw.get("expect_refusal", False)),
            history=tuple((h[0], h[1] if len(h) > 1 else "") for h in raw.get("history", [])),
        )
        if subset in ("all", q.split):
            out.append(q)
    return out


def matches(retrieved: str, gold: str) -> bool:
    """Whether a retrieved provision key counts as the gold provision (same, inside or containing)."""
    return retrieved == gold or retrieved.startswith(gold + "(") or gold.startswith(retrieved + "(")


def first_hit_rank(ranked: list[str] | list[tuple[str, ...]], gold: Iterable[str]) -> int | None:
    """1-based rank of the first retrieved item matching any gold key, or ``None``.

    An item is a provision key, or a tuple of keys when one retrieved unit (a flat chunk of the
    baseline) covers several provisions.
    """
    gold = list(gold)
    for rank, item in enumerate(ranked, start=1):
        keys = (item,) if isinstance(item, str) else item
        if any(matches(key, g) for key in keys for g in gold):
            return rank
    return None


def fact_coverage(answer_text: str, facts: Iterable[str]) -> float | None:
    """Share of key facts present in the answer text (case- and quote-style-insensitive)."""
    facts = list(facts)
    if not facts:
        return None
    norm = _fold(answer_text)
    return sum(1 for f in facts if _fold(f) in norm) / len(facts)


def _fold(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").replace("“", '"').replace("”", '"').split())


@dataclass
class QuestionResult:
    """What happened on one question."""

    id: str
    category: str
    question: str
    gold: list[str]
    ranked: list
    rank: int | None
    refused: bool
    expect_refusal: bool
    citations: list[str]
    citation_valid: list[bool]
    cited_gold: bool
    facts: float | None
    latency_ms: float
    answer: str = ""
    warnings: list[str] = field(default_factory=list)
    sentences: int = 0  # sentences of LLM prose (0 for an extractive answer: it is all quotation)
    unsupported_sentences: int = 0  # of those, how many no valid citation supports (flagged)

    def to_dict(self) -> dict[str, Any]:
        """JSON view."""
        return dict(self.__dict__)


def unsupported_sentences(answer: Answer) -> tuple[int, int]:
    """How many sentences of the answer's LLM prose there are, and how many are flagged unsupported."""
    sentences = [s for b in answer.blocks if isinstance(b, Prose) for s in b.sentences]
    return len(sentences), sum(1 for s in sentences if not s.supported)


def evaluate(questions: list[EvalQuestion], retrieve: Callable[[EvalQuestion], list],
             answer: Callable[[EvalQuestion], Answer], corpus,
             progress: Callable[[int, int], None] | None = None) -> list[QuestionResult]:
    """Run every question through ``retrieve`` (ranked provision keys) and ``answer``."""
    results: list[QuestionResult] = []
    for n, q in enumerate(questions, start=1):
        ranked = retrieve(q)
        t0 = time.perf_counter()
        ans = answer(q)
        latency = (time.perf_counter() - t0) * 1000
        keys = [corpus.key(c.source, c.provision_id) for c in ans.citations]
        valid = [check_citation(c, corpus) is None for c in ans.citations]
        sentences, unsupported = unsupported_sentences(ans)
        results.append(QuestionResult(
            id=q.id, category=q.category, question=q.question, gold=list(q.gold),
            ranked=[r if isinstance(r, str) else list(r)[:8] for r in ranked[:10]],
            rank=first_hit_rank(ranked, q.gold) if q.gold else None, refused=ans.refused,
            expect_refusal=q.expect_refusal, citations=keys, citation_valid=valid,
            cited_gold=bool(q.gold) and any(matches(k, g) for k in keys for g in q.gold),
            facts=None if ans.refused else fact_coverage(ans.text, q.facts), latency_ms=latency,
            answer=ans.text, warnings=list(ans.warnings), sentences=sentences, unsupported_sentences=unsupported,
        ))
        if progress:
            progress(n, len(questions))
    return results


def summarize(results: list[QuestionResult]) -> dict[str, Any]:
    """Aggregate metrics over results."""
    answerable = [r for r in results if r.gold and not r.expect_refusal]
    refusals = [r for r in results if r.expect_refusal]
    ranks = [r.rank for r in answerable]
    all_valid = [v for r in results for v in r.citation_valid]
    cited = any(r.citations for r in results)
    facts = [r.facts for r in answerable if r.facts is not None]
    lat = sorted(r.latency_ms for r in results)
    sentences = sum(r.sentences for r in results)

    def share(xs: list[bool]) -> float | None:
        return round(sum(xs) / len(xs), 4) if xs else None

    return {
        "questions": len(results),
        "answerable": len(answerable),
        "hit@1": share([r is not None and r <= 1 for r in ranks]),
        "hit@5": share([r is not None and r <= 5 for r in ranks]),
        "mrr": round(sum(1 / r for r in ranks if r) / len(ranks), 4) if ranks else None,
        "cited_gold": share([r.cited_gold for r in answerable]),
        "citation_validity": share(all_valid) if cited else None,
        "citations": len(all_valid),
        "fact_coverage": round(statistics.mean(facts), 4) if facts else None,
        "refusal_accuracy": share([r.refused for r in refusals]),
        "refusal_questions": len(refusals),
        "false_refusals": sum(1 for r in answerable if r.refused),
        "false_refusal_rate": share([r.refused for r in answerable]),
        # LLM answers: sentences no valid citation supports (each one flagged to the reader).
        "unsupported_sentences": sum(r.unsupported_sentences for r in results),
        "unsupported_share": round(sum(r.unsupported_sentences for r in results) / sentences, 4) if sentences else None,
        "latency_p50_ms": round(statistics.median(lat), 2) if lat else None,
        "latency_p95_ms": round(percentile(lat, 95), 2) if lat else None,
    }
