"""The offline, extractive answer engine: verbatim provisions, each with its pinpoint citation.

The answer is the law's own words, grouped by article and ordered by relevance; the news
report's claims are introduced as the report's, never as law. When nothing clears the
calibrated relevance threshold the answer is a refusal, not a stretch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.answer.verification import check_citation
from rag.corpus.loader import Corpus
from rag.models import STATUTE, Answer, Citation, Provision
from rag.retrieve.retriever import Hit, Retrieval, content_words
from rag.retrieve.scope import assess

MAX_QUOTE_CHARS = 700
WHOLE_ARTICLE_CHARS = 2500


@dataclass(frozen=True)
class AnswerPolicy:
    """Thresholds that decide what is cited and when to refuse (calibrated on the dev split)."""

    min_dense: float = 0.30  # below this best cosine similarity (and no named provision) → refuse
    keep_ratio: float = 0.65  # keep a hit whose fused score is at least this share of the best
    sibling_ratio: float = 0.65  # ... (the same share, for paragraphs of the best hit's article)
    keep_dense: float = 0.33  # ... and whose own similarity is at least this
    candidates: int = 10  # how far down the ranking to look
    gap_ratio: float = 0.7  # stop at the first hit scoring below this share of the one before
    max_same_article: int = 5
    max_citations: int = 6


REFUSAL = (
    "The corpus — the Rome Statute of the International Criminal Court and one news report on the "
    "2025 U.S.–ICC standoff — does not cover this question, so I will not guess. Try asking about "
    "the Statute's provisions (crimes, jurisdiction, the Court's organs, procedure, penalties, "
    "cooperation, amendment) or name an article, e.g. \"What does article 16 say?\"."
)


def select(retrieval: Retrieval, corpus: Corpus, policy: AnswerPolicy) -> list[tuple[Provision, str, Hit | None]]:
    """Choose what to cite: ``(provision, verbatim span, hit)`` in relevance order.

    Provisions are read in the context of their article: when the best hit's article has other
    matching paragraphs (art. 121(1), (3), (4), (5) on amendments), they are cited together
    before provisions of other articles.
    """
    chosen: list[tuple[Provision, str, Hit | None]] = []
    covered: set[str] = set()

    def inside(key: str) -> bool:
        return any(key == c or key.startswith(c + "(") for c in covered)

    for p in retrieval.named[:3]:
        key = corpus.key(p.source, p.id)
        if len(p.text) <= WHOLE_ARTICLE_CHARS:
            chosen.append((p, p.text, None))
            covered.add(key)
    hits = [h for h in retrieval.hits[: policy.candidates] if not inside(h.chunk.provision)]
    if not hits:
        return chosen
    best = hits[0].score
    lead = _group(hits[0])

    def eligible(hit: Hit, ratio: float) -> bool:
        dense = hit.dense if hit.dense is not None else 0.0
        return "named" in hit.signals or (hit.score >= ratio * best and dense >= policy.keep_dense)

    # Relevance falls off a cliff after the provisions that answer the question (child soldiers:
    # art. 8(2)(b)(xxvi) and 8(2)(e)(vii), then unrelated war crimes): stop at the first big drop.
    head = [hits[0]]
    for hit in hits[1:]:
        if hit.score < policy.gap_ratio * head[-1].score and "named" not in hit.signals:
            break
        head.append(hit)
    same = [h for h in head if _group(h) == lead and (h is hits[0] or eligible(h, policy.sibling_ratio))]
    others = [h for h in head if _group(h) != lead and eligible(h, policy.keep_ratio)]
    for hit in same[: policy.max_same_article] + others:
        if len(chosen) >= policy.max_citations:
            break
        if inside(hit.chunk.provision):
            continue
        chosen.append((hit.provision, hit.chunk.span, hit))
        covered.add(hit.chunk.provision)
    # A source the reader names ("the report says …") is always heard, next to the law that
    # checks it: its best passage among the candidates is cited even if the law outranks it.
    for source in sorted(retrieval.mentioned):
        if any(p.source == source for p, _, _ in chosen):
            continue
        best_of = next((h for h in hits if h.provision.source == source), None)
        if best_of is not None:
            if len(chosen) >= policy.max_citations:
                chosen.pop()
            chosen.append((best_of.provision, best_of.chunk.span, best_of))
    return chosen


def _group(hit: Hit) -> str:
    p = hit.provision
    return f"art:{p.article}" if p.source == STATUTE and p.article else f"src:{p.source}"


_SENT_RE = re.compile(r"[^.;:\n]+(?:[.;:](?=\s|$)|\n|$)")


def best_span(span: str, query: str, limit: int = MAX_QUOTE_CHARS) -> str:
    """``span`` itself when short; otherwise the contiguous run of its sentences that best matches
    ``query`` (the expanded question), within ``limit`` characters (still one contiguous piece of
    the corpus text)."""
    if len(span) <= limit:
        return span
    sentences = [(m.start(), m.end()) for m in _SENT_RE.finditer(span) if m.group().strip()]
    if not sentences:
        return span[:limit]
    terms = {w[:6] for w in content_words(query)}

    def score(i: int) -> int:
        s, e = sentences[i]
        return sum(1 for w in content_words(span[s:e]) if w[:6] in terms)

    centre = max(range(len(sentences)), key=lambda i: (score(i), -i))
    lo = hi = centre
    while True:
        grown = False
        for cand in (hi + 1, lo - 1):
            if 0 <= cand < len(sentences):
                s = sentences[min(lo, cand)][0]
                e = sentences[max(hi, cand)][1]
                if e - s <= limit:
                    lo, hi = min(lo, cand), max(hi, cand)
                    grown = True
                    break
        if not grown:
            break
    start, end = sentences[lo][0], sentences[hi][1]
    return span[start:end].strip() or span[:limit]


def _citation(p: Provision, quote: str, corpus: Corpus, score: float) -> Citation:
    source = corpus.sources[p.source]
    return Citation(
        label=p.label, source=p.source, provision_id=p.id, quote=quote, article=p.article,
        paragraph=p.paragraph, title=p.article_title if p.source == STATUTE else source.title,
        part=p.part, part_title=p.part_title, is_law=source.is_law, score=round(score, 4),
    )


def refusal(question: str, reason: str, warnings: list[str] | None = None) -> Answer:
    """A refusal Answer: says why when the reason is known."""
    text = f"{reason}\n\n{REFUSAL}" if reason else REFUSAL
    return Answer(question=question, text=text, refused=True, warnings=list(warnings or []))


def extractive_answer(question: str, retrieval: Retrieval, corpus: Corpus,
                      policy: AnswerPolicy | None = None, follow_up: bool = False) -> Answer:
    """Build the extractive answer (or refusal) for ``question`` from ``retrieval``.

    Citations are verified before the text is composed, so a quote that fails verification
    never appears in the answer at all.
    """
    policy = policy or AnswerPolicy()
    warnings = [f"Not found: {u}" for u in retrieval.unknown]
    decision = assess(question, retrieval, policy.min_dense, follow_up)
    if not decision.covered:
        return refusal(question, decision.reason, warnings)
    chosen = select(retrieval, corpus, policy)
    citations = [_citation(p, best_span(span, retrieval.expanded or question), corpus, hit.score if hit else 1.0)
                 for p, span, hit in chosen]
    citations = order_for_reading(citations, corpus)
    kept = []
    for c in citations:
        problem = check_citation(c, corpus)
        if problem is None:
            kept.append(c)
        else:
            warnings.append(f"Dropped a citation that failed verification: {problem.reason}.")
    if not kept:
        return refusal(question, "No passage that could be verified against the corpus answers this.", warnings)
    text = compose(kept, corpus)
    if decision.note:
        text = f"{decision.note}\n\n{text}"
    return Answer(question=question, text=text, citations=kept, warnings=warnings)


def order_for_reading(citations: list[Citation], corpus: Corpus) -> list[Citation]:
    """Group citations as the answer reads: by article (or source) in order of each group's best
    relevance, the law before other sources of lower relevance; within a group, in the text's
    own order."""
    order = {id(c): corpus.get(corpus.key(c.source, c.provision_id)).order for c in citations}
    groups: dict[tuple[bool, str], list[Citation]] = {}
    for c in citations:
        groups.setdefault((not c.is_law, c.article or c.source), []).append(c)
    # The law leads unless another source is clearly what the question is about (its best
    # span outranks every provision of the Statute).
    best_law = max((c.score for c in citations if c.is_law), default=0.0)
    ordered_groups = sorted(groups.items(), key=lambda kv: (
        kv[0][0] and max(c.score for c in kv[1]) <= best_law, -max(c.score for c in kv[1])))
    # Within an article, numbered paragraphs read in the Statute's own order (they are steps of
    # one rule: proposal, adoption, entry into force); items of a list (art. 8(2)(b)(i)–(xxvi))
    # are alternatives, so the most relevant comes first.
    out: list[Citation] = []
    for _, cs in ordered_groups:
        if any(c.paragraph and "(" in c.paragraph for c in cs):
            out.extend(sorted(cs, key=lambda c: -c.score))
        else:
            out.extend(sorted(cs, key=lambda c: order.get(id(c), 0)))
    return out


def compose(citations: list[Citation], corpus: Corpus) -> str:
    """Lay the citations out as a readable answer, in citation order: the law grouped by article
    under one "The Rome Statute provides" heading; other sources each introduced as theirs (the
    news report's claims as the report's account, not the law)."""
    blocks: list[str] = []
    said_law = False
    groups: list[tuple[tuple[bool, str], list[tuple[int, Citation]]]] = []
    for n, c in enumerate(citations, start=1):
        key = (c.is_law, c.article or "" if c.is_law else c.source)
        if groups and groups[-1][0] == key:
            groups[-1][1].append((n, c))
        else:
            groups.append((key, [(n, c)]))
    for (is_law, name), items in groups:
        first = items[0][1]
        if is_law:
            if not said_law:
                blocks.append("The Rome Statute provides (verbatim):")
                said_law = True
            if name == "preamble":
                heading = "Preamble"
            else:
                heading = f"Article {name} — {first.title}" if first.title else f"Article {name}"
                if first.part is not None:
                    heading += f" (Part {first.part}: {first.part_title})"
        else:
            source = corpus.sources[first.source]
            if source.kind == "news report":
                heading = (f"The news report (“{source.title}”) states — this is the report's account, "
                           "not the law:")
            else:
                heading = f"Your document {source.title} ({source.kind}, not law) states:"
        lines = [heading] + [f"• {c.label.split(', ', 1)[-1]}: “{c.quote}” [{n}]" for n, c in items]
        blocks.append("\n".join(lines))
    kinds = {corpus.sources[c.source].kind for c in citations if not c.is_law}
    if said_law and "news report" in kinds:
        blocks.append("Where the report describes the Statute, the Statute's own text above governs.")
    return "\n\n".join(blocks)
