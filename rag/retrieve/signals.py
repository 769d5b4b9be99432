"""The retrieval signals: each is a small function that ranks candidates for a question.

A signal returns a :class:`Ranking`: groups of chunk ids in rank order (chunks in one group share
a rank: the paragraphs of a provision the reader named, the chunks of a provision a reader's-index
phrase leads to). Fusion (:mod:`rag.retrieve.fusion`) weighs and combines them.

- :func:`dense` — the provisions' own words, by meaning (MiniLM cosine): "child soldiers" near
  "conscripting children".
- :func:`lexical` — BM25 over each span with its breadcrumb: exact legal terms ("seven-eighths").
- :func:`named` — the provisions the question names ("article 16", "121(3)").
- :func:`definitions` — a question asking what a term means goes to the Statute's definition of it.
- :func:`readers_index` — the public's words for each provision (``corpus/readers-index``), by
  meaning and by term, resolved to the provision.
- :func:`cross_references` — provisions a top hit refers to, when they match the question too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rag.corpus.citations import Reference, parse_references
from rag.corpus.loader import Corpus
from rag.errors import ProvisionNotFound
from rag.models import STATUTE, Provision
from rag.retrieve.lexical import BM25


@dataclass(frozen=True)
class Ranking:
    """One signal's candidates: groups of chunk ids, best first (a group shares one rank)."""

    signal: str
    groups: tuple[tuple[str, ...], ...] = ()
    scores: dict[str, float] = field(default_factory=dict, compare=False)  # raw score per chunk id, if any

    @classmethod
    def of(cls, signal: str, ids: Sequence[str], scores: dict[str, float] | None = None) -> Ranking:
        """A ranking where every chunk has a rank of its own."""
        return cls(signal, tuple((i,) for i in ids), dict(scores or {}))


def dense(index, embedding: list[float], k: int, known: dict) -> Ranking:
    """The ``k`` chunks nearest the question's vector (cosine similarity as the score)."""
    found = [(cid, s) for cid, s in index.query(embedding, k) if cid in known]
    return Ranking.of("dense", [cid for cid, _ in found], dict(found))


def lexical(bm25: BM25, query: str) -> Ranking:
    """BM25 over spans and their breadcrumbs (positive scores only)."""
    found = bm25.search(query)
    return Ranking.of("bm25", [cid for cid, _ in found], dict(found))


@dataclass(frozen=True)
class Named:
    """Provisions the question names: those that exist, and why the others do not."""

    provisions: tuple[Provision, ...]
    unknown: tuple[str, ...]
    references: tuple[Reference, ...]


def resolve_named(question: str, corpus: Corpus) -> Named:
    """The Statute provisions ``question`` names ("article 16", "121(3)", "paragraph 2 of article 13")."""
    found: list[Provision] = []
    unknown: list[str] = []
    refs = tuple(parse_references(question))
    for ref in refs:
        try:
            found.append(corpus.resolve(ref))
        except ProvisionNotFound as exc:
            unknown.append(f"{ref.label.split(', ', 1)[-1]}: {exc}")
    return Named(tuple(found), tuple(unknown), refs)


def named(found: Named, corpus: Corpus, chunks_of, per_provision: int) -> Ranking:
    """The chunks of each named provision (its first ``per_provision``), in the order named."""
    groups = [tuple(c.id for c in chunks_of(corpus.key(p.source, p.id))[:per_provision]) for p in found.provisions]
    return Ranking("named", tuple(g for g in groups if g))


# The Statute defines its terms in so many words: "“Torture” means …" (art. 7(2)(e)), "“surrender”
# means …" (art. 102(a)), "the term “gender” refers to …" (art. 7(3)).
DEFINES = re.compile(r"[“\"]([^”\"]{2,80})[”\"],? (?:means|includes|refers to|shall mean)\b")
# A reader asking for a meaning, not merely naming the term ("the penalty for genocide").
ASKS_MEANING = re.compile(r"\b(?:mean(?:s|t|ing)?|defin\w*|distinguish\w*|differen\w*|differs?|"
                          r"what (?:counts|qualifies) as|constitutes?|understood)\b", re.IGNORECASE)
# ... or asking "what is X?" of nothing but the term.
WHAT_IS = re.compile(r"^\s*what (?:is|are) (?:an? |the )?(.+?)[\s?.!]*$", re.IGNORECASE)


class Definitions:
    """The terms the Statute defines, and the chunks that define them."""

    def __init__(self, chunks: Sequence) -> None:
        self.defining: dict[str, list[str]] = {}
        for c in chunks:
            if c.source != STATUTE:
                continue
            for m in DEFINES.finditer(c.span):
                self.defining.setdefault(m.group(1).lower(), []).append(c.id)
        self._term = (re.compile(r"\b(" + "|".join(
            re.escape(t) for t in sorted(self.defining, key=len, reverse=True)) + r")\b", re.IGNORECASE)
            if self.defining else None)

    def asked(self, question: str) -> list[str]:
        """The Statute-defined terms whose meaning ``question`` asks for (lower case)."""
        if self._term is None:
            return []
        whole = WHAT_IS.match(question)
        term = whole.group(1).lower().strip("\"“”'") if whole else ""
        if term in self.defining:
            return [term]
        if not ASKS_MEANING.search(question):
            return []
        return list(dict.fromkeys(m.group(1).lower() for m in self._term.finditer(question)))

    def ranking(self, question: str) -> Ranking:
        """The defining chunks of every term whose meaning the question asks for."""
        return Ranking.of("definition", [cid for t in self.asked(question) for cid in self.defining[t]])


@dataclass(frozen=True)
class EntryHit:
    """A reader's-index record near the question: the provision (or out-of-scope kind) it leads to."""

    target: str
    similarity: float


def readers_index(entry_hits: Sequence[EntryHit], entry_bm25: Sequence[tuple[str, float]], chunks_of,
                  per_provision: int, dense_sim: dict[str, float]) -> Ranking:
    """Provisions whose reader's-index phrases match the question, by meaning (best phrase per
    provision) and by term (BM25 over each provision's phrases), fused; each provision's chunks
    share its rank, the ones nearest the question first."""
    by_meaning: dict[str, float] = {}
    for hit in entry_hits:
        if hit.similarity > by_meaning.get(hit.target, -1.0):
            by_meaning[hit.target] = hit.similarity
    order: dict[str, float] = {}
    for rank, key in enumerate(sorted(by_meaning, key=by_meaning.get, reverse=True)):
        order[key] = order.get(key, 0.0) + 1.0 / (rank + 1)
    for rank, (key, _) in enumerate(entry_bm25):
        order[key] = order.get(key, 0.0) + 1.0 / (rank + 1)
    groups = []
    scores: dict[str, float] = {}
    for key in sorted(order, key=order.get, reverse=True):
        # An entry on a whole article leads to its paragraphs: those nearest the question first.
        best = sorted(chunks_of(key), key=lambda c: -dense_sim.get(c.id, -1.0))[:per_provision]
        if best:
            groups.append(tuple(c.id for c in best))
            for c in best:
                scores[c.id] = max(scores.get(c.id, 0.0), by_meaning.get(key, 0.0))
    return Ranking("readers-index", tuple(groups), scores)


def cross_references(top: Sequence[str], chunks: dict, corpus: Corpus, chunks_of, candidates: set[str],
                     per_reference: int) -> Ranking:
    """Provisions the top hits refer to ("articles 5, 6, 7 and 8" in art. 121(5)) that are also
    candidates on their own: a reference is followed only when it bears on the question."""
    ids: list[str] = []
    for cid in top:
        chunk = chunks[cid]
        prov = corpus.get(chunk.provision)
        if prov.source != STATUTE:
            continue
        for ref in parse_references(chunk.span, context_article=prov.article):
            target = corpus.try_get(ref.id)
            if target is None or target.id == prov.id:
                continue
            ids.extend(c.id for c in chunks_of(ref.id)[:per_reference] if c.id in candidates)
    return Ranking.of("xref", list(dict.fromkeys(ids)))
