"""The offline, extractive answer engine: verbatim provisions, each with its pinpoint citation.

The answer is the law's own words, grouped by article and ordered by relevance, with the clause
that answers the question first; the news report's claims are introduced as the report's, never
as law. When the scope decision says the corpus does not cover the question, the answer is a
refusal, not a stretch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.answer.verification import check_citation, normalize_ws
from rag.corpus.loader import Corpus
from rag.models import (
    STATUTE,
    Answer,
    Citation,
    Lead,
    LeadClause,
    Note,
    NoteKind,
    Provision,
    ProvisionGroup,
    Refusal,
    SourceKind,
    SourcePassages,
)
from rag.retrieve.analysis import WordWeights, stems
from rag.retrieve.retriever import Hit, Retrieval
from rag.retrieve.scope import ScopeDecision, assess

MAX_QUOTE_CHARS = 700  # a quote longer than this is cut to its best run of sentences (with "…")
WHOLE_ARTICLE_CHARS = 2500  # a provision the question names is quoted whole up to this length


# The relevance of a provision the reader named ("article 121"): above anything retrieved.
NAMED_SCORE = 1.0
# ... and of a paragraph cited only to complete its article's rule (art. 121(2) between (1) and (3)):
# below anything retrieved, so the short answer is never taken from it.
COMPLETION_SCORE = 0.0


@dataclass(frozen=True)
class AnswerPolicy:
    """What is cited, and the short answer (calibrated on the dev split)."""

    keep_ratio: float = 0.65  # keep a hit whose fused score is at least this share of the best
    sibling_ratio: float = 0.65  # ... (the same share, for paragraphs of the best hit's article)
    keep_dense: float = 0.33  # ... and whose similarity (its text, or a phrase leading to it) is at least this
    candidates: int = 10  # how far down the ranking to look
    gap_ratio: float = 0.7  # stop at the first hit scoring below this share of the one before
    max_same_article: int = 5  # paragraphs of one article cited at most
    max_citations: int = 6  # citations in one answer at most
    regime_min: int = 2  # this many paragraphs of one short article make the answer that article's rule (its steps)
    regime_max_paragraphs: int = 8  # ... when it has no more paragraphs than this (not a long list)
    lead_sources: int = 2  # the short answer is taken from the best this many citations
    lead_second_ratio: float = 0.8  # a second clause joins the lead when it matches this share as well
    lead_min_overlap: float = 0.15  # a clause sharing less of the question's weight is no answer to it
    lead_max_chars: int = 400  # a clause longer than this is not a short answer



def select(retrieval: Retrieval, corpus: Corpus, policy: AnswerPolicy) -> list[tuple[Provision, str, float]]:
    """Choose what to cite: ``(provision, verbatim span, relevance)`` in relevance order.

    Provisions are read in the context of their article: when the best hit's article has other
    matching paragraphs (art. 121(1), (3), (4), (5) on amendments), they are cited together
    before provisions of other articles.
    """
    chosen: list[tuple[Provision, str, float]] = []
    covered: set[str] = set()

    def inside(key: str) -> bool:
        return any(key == c or key.startswith(c + "(") for c in covered)

    for p in retrieval.named[:3]:
        key = corpus.key(p.source, p.id)
        if len(p.text) <= WHOLE_ARTICLE_CHARS:
            chosen.append((p, p.text, NAMED_SCORE))
            covered.add(key)
    hits = [h for h in retrieval.hits[: policy.candidates] if not inside(h.chunk.provision)]
    if not hits:
        return chosen
    best = hits[0].score
    lead = _group(hits[0])

    def eligible(hit: Hit, ratio: float) -> bool:
        # Its own words, or a reader's-index phrase leading to it, must be near the question.
        support = max(hit.dense or 0.0, hit.entry or 0.0)
        return "named" in hit.signals or (hit.score >= ratio * best and support >= policy.keep_dense)

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
        chosen.append((hit.provision, hit.chunk.span, hit.score))
        covered.add(hit.chunk.provision)
    # When several paragraphs of one article answer, the question is about the rule that article
    # sets out step by step (art. 121: proposal, adoption, entry into force): its other numbered
    # paragraphs complete it, in the Statute's order, up to the same limit.
    regime = [p for p, _, _ in chosen if p.source == STATUTE and p.kind == "paragraph" and _group_of(p) == lead]
    if len(regime) >= policy.regime_min:
        article = corpus.get(corpus.key(regime[0].source, regime[0].article))
        paragraphs = [corpus.get(corpus.key(article.source, c)) for c in article.children]
        if len(paragraphs) <= policy.regime_max_paragraphs:
            for p in paragraphs:
                if len(regime) >= policy.max_same_article:
                    break
                key = corpus.key(p.source, p.id)
                if not inside(key) and p.kind == "paragraph" and len(p.text) <= MAX_QUOTE_CHARS:
                    at = max((i for i, (q, _, _) in enumerate(chosen) if _group_of(q) == lead), default=-1)
                    chosen.insert(at + 1, (p, p.text, COMPLETION_SCORE))
                    covered.add(key)
                    regime.append(p)
            del chosen[policy.max_citations:]
    # A source the reader names ("the report says …") is always heard, next to the law that
    # checks it: its best passage among the candidates is cited even if the law outranks it.
    for source in sorted(retrieval.mentioned):
        if any(p.source == source for p, _, _ in chosen):
            continue
        best_of = next((h for h in hits if h.provision.source == source), None)
        if best_of is not None:
            if len(chosen) >= policy.max_citations:
                chosen.pop()
            chosen.append((best_of.provision, best_of.chunk.span, best_of.score))
    return chosen


def _group(hit: Hit) -> str:
    return _group_of(hit.provision)


def _group_of(p: Provision) -> str:
    return f"art:{p.article}" if p.source == STATUTE and p.article else f"src:{p.source}"


_SENT_RE = re.compile(r"[^.;:\n]+(?:[.;:](?=\s|$)|\n|$)")


def best_span(span: str, query: str, limit: int = MAX_QUOTE_CHARS, weights: WordWeights | None = None) -> str:
    """``span`` itself when short; otherwise the contiguous run of its sentences that best matches
    ``query`` (the expanded question), within ``limit`` characters (still one contiguous piece of
    the corpus text)."""
    if len(span) <= limit:
        return span
    sentences = [(m.start(), m.end()) for m in _SENT_RE.finditer(span) if m.group().strip()]
    if not sentences:
        return span[:limit]
    terms = stems(query)

    def score(i: int) -> float:
        s, e = sentences[i]
        own = stems(span[s:e]) & terms
        return sum(weights.idf(t) for t in own) if weights else len(own)

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


def make_citation(p: Provision, quote: str, corpus: Corpus, score: float = 1.0) -> Citation:
    """The citation of ``quote`` from provision ``p``, saying where the quote leaves text out."""
    source = corpus.sources[p.source]
    text, wanted = normalize_ws(p.text), normalize_ws(quote)
    at = text.find(wanted)
    cut_before = at > 0
    cut_after = at >= 0 and at + len(wanted) < len(text)
    return Citation(
        label=p.label, source=p.source, provision_id=p.id, quote=quote, kind=source.kind, article=p.article,
        paragraph=p.paragraph, title=p.article_title if p.source == STATUTE else source.title,
        part=p.part, part_title=p.part_title, score=round(score, 4), cut_before=cut_before, cut_after=cut_after,
    )


def refusal(question: str, reason: str, notes: tuple[Note, ...] | list[Note] = (),
            see_also: tuple[str, ...] = ()) -> Answer:
    """A refusal Answer: says why when the reason is known, and where the Statute deals with the
    subject in general when the refusal is for the matter asked, not the subject (``see_also``)."""
    return Answer(question=question, blocks=(Refusal(reason, see_also),), refused=True, notes=tuple(notes))


SEE_ALSO_PROVISIONS = 3  # pointers a refusal gives: the subject's main provisions, not a reading list


def see_also(retrieval: Retrieval, decision: ScopeDecision) -> tuple[str, ...]:
    """Where the Statute deals with a refused question's subject (its best Statute hits, labelled with
    their articles' titles), when the refusal is for the matter asked, not for the subject."""
    if not decision.subject_in_law:
        return ()
    law = [h.provision for h in retrieval.hits if h.provision.source == STATUTE][:SEE_ALSO_PROVISIONS]
    return tuple(f"{p.label} ({p.article_title})" if p.article_title else p.label for p in law)


def extractive_answer(question: str, retrieval: Retrieval, corpus: Corpus,
                      policy: AnswerPolicy | None = None, decision: ScopeDecision | None = None) -> Answer:
    """Build the extractive answer (or refusal) for ``question`` from ``retrieval``.

    Citations are verified before the answer is composed, so a quote that fails verification
    never appears in it at all. ``decision`` is the scope decision when the caller already made it.
    """
    policy = policy or AnswerPolicy()
    notes = [Note(NoteKind.NOT_FOUND, f"Not found: {u}") for u in retrieval.unknown]
    decision = decision or assess(question, retrieval)
    if not decision.covered:
        return refusal(question, decision.reason, notes, see_also(retrieval, decision))
    kept, dropped = verified_citations(question, retrieval, corpus, policy)
    notes += [Note(NoteKind.VERIFICATION, f"Dropped a citation that failed verification: {reason}.")
              for reason in dropped]
    if not kept:
        return refusal(question, "No passage that could be verified against the corpus answers this.", notes)
    blocks: list = []
    if decision.note:
        blocks.append(Note(NoteKind.SCOPE, decision.note))
    lead = lead_clauses(kept, retrieval.question, policy, retrieval.weights, retrieval.mentioned)
    if lead is not None:
        blocks.append(lead)
    blocks.extend(group_blocks(kept, corpus))
    return Answer(question=question, blocks=tuple(blocks), citations=tuple(kept), notes=tuple(notes))


def verified_citations(question: str, retrieval: Retrieval, corpus: Corpus, policy: AnswerPolicy,
                       limit: int = MAX_QUOTE_CHARS) -> tuple[list[Citation], list[str]]:
    """The citations of the chosen provisions (each quoting at most ``limit`` characters) in reading
    order, each verified against the corpus; and why any that failed was dropped."""
    chosen = select(retrieval, corpus, policy)
    query = retrieval.question or question
    citations = [make_citation(p, best_span(span, query, limit, retrieval.weights), corpus, score)
                 for p, span, score in chosen]
    kept: list[Citation] = []
    dropped: list[str] = []
    for c in order_for_reading(citations, corpus, retrieval.mentioned):
        problem = check_citation(c, corpus)
        if problem is None:
            kept.append(c)
        else:
            dropped.append(problem.reason)
    return kept, dropped


def order_for_reading(citations: list[Citation], corpus: Corpus,
                      mentioned: frozenset[str] | set[str] = frozenset()) -> list[Citation]:
    """Group citations as the answer reads: by article (or source) in order of each group's best
    relevance, the law first; within a group, in the text's own order."""
    order = {id(c): corpus.get(corpus.key(c.source, c.provision_id)).order for c in citations}
    groups: dict[tuple[bool, str], list[Citation]] = {}
    for c in citations:
        groups.setdefault((not c.is_law, c.article or c.source), []).append(c)
    # The law leads: a report's claim about the Statute is read after the Statute's own words.
    # Only a source the reader names ("what does the report say …") comes first.
    ordered_groups = sorted(groups.items(), key=lambda kv: (
        kv[0][0] and kv[1][0].source not in mentioned, -max(c.score for c in kv[1])))
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


def group_blocks(citations: list[Citation], corpus: Corpus) -> list:
    """The answer's body: consecutive citations of one article form a provision group, those of a
    source that is not law its passages; when the law and the news report are both quoted, a note
    says which governs."""
    blocks: list = []
    for n, c in enumerate(citations, start=1):
        last = blocks[-1] if blocks else None
        if c.is_law:
            if isinstance(last, ProvisionGroup) and last.article == c.article:
                blocks[-1] = ProvisionGroup(last.article, last.title, last.part, last.part_title, (*last.citations, n))
            else:
                blocks.append(ProvisionGroup(c.article, c.title, c.part, c.part_title, (n,)))
        elif isinstance(last, SourcePassages) and last.source == c.source:
            blocks[-1] = SourcePassages(last.source, last.kind, last.title, (*last.citations, n))
        else:
            blocks.append(SourcePassages(c.source, c.kind, corpus.sources[c.source].title, (n,)))
    kinds = {c.kind for c in citations}
    if SourceKind.LAW in kinds and SourceKind.NEWS in kinds:
        blocks.append(Note(NoteKind.FRAMING, "Where the report describes the Statute, the Statute's own text above "
                                             "governs."))
    return blocks


# A clause of a quote: a line (a list item) or a sentence within it.
_CLAUSE = re.compile(r"[^\n]+?(?:(?<=[.;])(?=\s+[A-Z(“\"])|$)", re.MULTILINE)


def clauses(quote: str) -> list[tuple[int, int]]:
    """Where the clauses of ``quote`` lie: each list item (a line) and each sentence of a line."""
    out = []
    for m in _CLAUSE.finditer(quote):
        s, e = m.start(), m.end()
        while s < e and quote[s].isspace():
            s += 1
        if e - s >= 2:
            out.append((s, e))
    return out


def lead_clauses(citations: list[Citation], query: str, policy: AnswerPolicy,
                 weights: WordWeights | None, mentioned: frozenset[str] | set[str] = frozenset()) -> Lead | None:
    """The short answer: the clause of the best citations that shares most of the question's
    weighted words ("any State Party may propose amendments" for "who can propose an amendment?")
    — and a second one from another provision when it answers nearly as well. When the law is the
    best match and the reader names no other source, the short answer is the law's own words: a
    report's paraphrase of the rule (which may be wrong: "a majority" for art. 121(3)'s two-thirds)
    is quoted below it, labelled, but never speaks first."""
    terms = stems(query)
    if not terms or not citations:
        return None
    weigh = weights.overlap if weights else (lambda q, t: len(q & t) / len(q))
    ranked = sorted(range(len(citations)), key=lambda i: -citations[i].score)
    if citations[ranked[0]].is_law and not any(c.source in mentioned for c in citations):
        ranked = [i for i in ranked if citations[i].is_law]
    best_first = ranked[: policy.lead_sources]
    scored: list[tuple[float, int, str]] = []
    for i in best_first:
        quote = citations[i].quote
        for s, e in clauses(quote):
            text = quote[s:e].strip()
            if len(text) > policy.lead_max_chars:
                continue
            scored.append((weigh(terms, stems(text)), i, text))
    scored = [x for x in scored if x[0] >= policy.lead_min_overlap]
    if not scored:
        return None
    # Ties go to the more relevant citation, then to the earlier clause (the rule before its exceptions).
    scored.sort(key=lambda x: (-x[0], best_first.index(x[1])))
    first = scored[0]
    chosen = [first]
    second = next((x for x in scored[1:] if x[1] != first[1]), None)
    if second is not None and second[0] >= policy.lead_second_ratio * first[0]:
        chosen.append(second)
    return Lead(tuple(LeadClause(text, i + 1) for _, i, text in chosen))
