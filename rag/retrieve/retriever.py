"""Hybrid retrieval: the signals of :mod:`rag.retrieve.signals`, fused and re-ranked.

Why each part: dense vectors catch paraphrases, BM25 exact legal terms, the named lookup answers
"what does article 16 say" exactly, a question asking what a term means goes to the paragraph that
defines it, the reader's index brings the public's words ("can a president be arrested") to the
provision they mean (art. 27), and cross-references pull in the provisions a retrieved one points
to (art. 121(5) → arts. 5–8) when they also bear on the question. The same search also measures the
evidence the scope decision weighs (:class:`Evidence`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rag.corpus.loader import Corpus
from rag.corpus.readers_index import IndexEntry, OutsideKind
from rag.index.chunking import Chunk, provision_chunks
from rag.index.records import RecordIndex
from rag.index.store import VectorIndex
from rag.models import STATUTE, Provision
from rag.retrieve import fusion, signals
from rag.retrieve.analysis import LazyStems, WordWeights, stems
from rag.retrieve.lexical import BM25
from rag.retrieve.signals import EntryHit, Named, Ranking


@dataclass(frozen=True)
class RetrievalOptions:
    """Which retrieval parts run and how they are weighed (ablations switch parts off; the values
    were chosen on the dev splits, in the shipped vector space: the bundled model through its learned
    map, :mod:`rag.index.adapter`; :data:`RAW_RETRIEVAL` is the calibration for raw cosines)."""

    dense: bool = True  # the provisions' own words, by meaning
    bm25: bool = True  # the provisions' words and breadcrumbs, by term
    named: bool = True  # provisions the question names
    readers_index: bool = True  # the public's words for each provision
    xref: bool = True  # provisions a top hit refers to, when they also match
    dense_k: int = 30  # chunks read from the vector search; deeper adds noise, not recall
    bm25_k: int = 30  # chunks read from BM25
    entry_k: int = 40  # reader's-index phrases read (several phrases often lead to one provision)
    entry_bm25_k: int = 20  # provisions read from BM25 over the reader's index
    rrf_k: int = 10  # reciprocal-rank constant: small, so that the first ranks of a signal dominate
    dense_weight: float = 1.0
    bm25_weight: float = 0.6  # term matches are strong evidence but miss paraphrases (and a word shared
    # with a busy article, "arrest warrant", outvotes the provision the reader's words mean)
    named_weight: float = 3.0  # a provision the reader names comes first
    definition_weight: float = 2.0  # "what does X mean" is answered by the definition of X
    entry_weight: float = 1.0  # the reader's index weighs as much as the text's own meaning
    entry_sim_weight: float = 0.6  # ... plus this much for a phrase that says exactly what was asked
    # ... counted from this similarity up (below it phrases only rank): in the learned map's space
    # (rag.index.adapter) a phrase at 0.45 already says what was asked; raw MiniLM needed 0.6.
    entry_sim_floor: float = 0.45
    xref_weight: float = 0.3  # a reference only supports: the target must match on its own too
    mention_weight: float = 0.1  # a source the reader names ("the report") comes before the law
    unnamed_claims_factor: float = 0.87  # the report's reader's-index phrases count this much when it is not named
    unnamed_source_factor: float = 0.7  # ... and its paragraphs' fused scores this much
    overlap_weight: float = 0.05  # re-rank: the question's weighted words in span and breadcrumb
    span_overlap_weight: float = 0.2  # ... and in the span alone (tells sibling paragraphs apart)
    rerank_depth: int = 30  # how far down the fused list the re-rank looks
    cohesion_weight: float = 0.05  # lift for the other paragraphs of an article that dominates the head
    cohesion_min: int = 3  # ... when at least this many of the head are that article's
    cohesion_head: int = 5  # ... the head being this many provisions
    named_chunks: int = 6  # chunks of a named provision put forward (its first paragraphs)
    entry_chunks: int = 3  # chunks of a provision a reader's-index phrase leads to
    xref_sources: int = 3  # top hits whose cross-references are followed
    xref_chunks: int = 4  # chunks of a referenced provision considered
    top_n: int = 10  # provisions returned


# The calibration for raw MiniLM cosines (``RAG_ADAPTER=0``, another model): they run higher and
# flatter than the learned map's, so a phrase must come closer before its similarity counts, and
# term matches weigh more against it.
RAW_RETRIEVAL = RetrievalOptions(bm25_weight=0.8, entry_sim_weight=0.3, entry_sim_floor=0.6)


@dataclass(frozen=True)
class Hit:
    """A retrieved span of a provision with the evidence that found it."""

    chunk: Chunk
    provision: Provision
    score: float
    dense: float | None = None  # cosine similarity of the span to the question
    bm25: float | None = None
    entry: float | None = None  # cosine similarity of the best reader's-index phrase leading here
    signals: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """How well the corpus matches the question: what the scope decision weighs."""

    best_dense: float = 0.0  # best cosine of a provision's own text
    best_entry: float = 0.0  # best cosine of a reader's-index phrase
    best_outside: float = 0.0  # best cosine of a prototype of a question the corpus cannot answer
    outside_kind: str | None = None  # ... and its kind
    best_overlap: float = 0.0  # share of the question's weighted words in the best hit's span
    claims_lead: bool = False  # the nearest reader's-index phrase leads to a report of events, not the law
    outside_mentions: frozenset[str] = frozenset()  # the non-Statute sources that prototype names itself
    outside_text: str = ""  # that prototype's own words


@dataclass(frozen=True)
class Retrieval:
    """The result of retrieving for one question."""

    question: str
    hits: tuple[Hit, ...]
    named: tuple[Provision, ...] = ()
    unknown: tuple[str, ...] = ()
    mentioned: frozenset[str] = frozenset()  # non-Statute sources the question names
    evidence: Evidence = Evidence()
    vocabulary: frozenset[str] = frozenset()  # every word of the indexed texts
    law_vocabulary: frozenset[str] = frozenset()  # every word of the Statute's text
    weights: WordWeights | None = None  # IDF of stems over the indexed texts


_WORD_RE = re.compile(r"[a-z][a-z'’-]+")
# How readers name the news report: "the report", "the news", "the article in the press" —
# not the verb ("what must the Prosecutor report to the Chamber?").
# Journalists and the press name the report only as the ones who report ("journalists say …", "in the
# press"): "a journalist sends evidence to the prosecutor" or "a press conference" is not the report.
_NEWS_MENTION = re.compile(r"\b(?:(?:the|this|that|news) (?:news )?report|news|headlines?|in the press|"
                           r"(?:journalists?|reporters?|the press)\s+(?:say|says|said|report\w*|wr[io]te|writes|"
                           r"claim\w*|describe\w*|quote\w*)|according to the article)\b", re.IGNORECASE)


def source_pattern(source_id: str) -> re.Pattern[str]:
    """How a reader names a non-Statute source ("the report", "my memo", "the document")."""
    if source_id == "news":
        return _NEWS_MENTION
    stem = source_id.rsplit(".", 1)[0]
    words = [re.escape(w) for w in re.split(r"[^a-z0-9]+", stem.lower()) if len(w) >= 3]
    return re.compile(r"\b(?:" + "|".join([*words, "document", re.escape(source_id)]) + r")\b", re.IGNORECASE)


def words(chunks: Iterable[Chunk]) -> frozenset[str]:
    """Every word (lower-cased) of the chunks' indexed text."""
    return frozenset(_WORD_RE.findall("\n".join(c.lexical_text for c in chunks).lower()))


class Tables:
    """Everything retrieval looks up, built once per set of chunks and never changed afterwards: an
    ingest or removal builds new tables and swaps them in whole, so a question being answered at that
    moment reads one consistent set."""

    def __init__(self, corpus: Corpus, chunks: Sequence[Chunk], entries: Sequence[IndexEntry],
                 entry_records: Sequence[Chunk], bm25_k: int, entry_bm25_k: int) -> None:
        self.chunks = {c.id: c for c in chunks}
        self.by_provision: dict[str, list[Chunk]] = {}
        for c in chunks:
            self.by_provision.setdefault(c.provision, []).append(c)
        self.bm25 = BM25([c.id for c in chunks], [c.lexical_text for c in chunks], bm25_k)
        phrases: dict[str, list[str]] = {}
        for e in entries:
            phrases.setdefault(e.provision, []).append(e.phrase)
        self.entry_bm25 = BM25(list(phrases), [" ; ".join(ps) for ps in phrases.values()],
                               entry_bm25_k) if phrases else None
        self.entry_target = {r.id: r.provision for r in entry_records}  # a record → its provision or kind
        self.entry_text = {r.id: r.span for r in entry_records}
        self.span_stems = {c.id: stems(c.span) for c in chunks}
        self.weights = WordWeights.of_stems(self.span_stems.values())
        self.full_stems = LazyStems({c.id: c.lexical_text for c in chunks})
        self.definitions = signals.Definitions(chunks)
        self.source_names = {c.source: source_pattern(c.source) for c in chunks if c.source != STATUTE}
        self.vocabulary = words(chunks)
        self.law_vocabulary = words(c for c in chunks if c.source == STATUTE)
        self.corpus = corpus

    def chunks_of(self, key: str) -> list[Chunk]:
        """The chunks whose span lies in provision ``key`` (see :func:`provision_chunks`)."""
        return provision_chunks(self.by_provision, self.corpus, key)


class Retriever:
    """Finds the provisions that bear on a question."""

    def __init__(self, corpus: Corpus, chunks: Sequence[Chunk], index: VectorIndex | None,
                 options: RetrievalOptions | None = None, *, entries: Sequence[IndexEntry] = (),
                 outside: Sequence[OutsideKind] = (), entry_index: RecordIndex | None = None,
                 outside_index: RecordIndex | None = None, entry_records: Sequence[Chunk] = (),
                 tables: Tables | None = None, masked_outside_index: RecordIndex | None = None) -> None:
        self.corpus = corpus
        self.index = index
        self.entry_index = entry_index
        self.outside_index = outside_index
        # The out-of-scope prototypes with their names masked: what a question with its names
        # masked is compared with (see rag.retrieve.scope.mask_names).
        self.masked_outside_index = masked_outside_index
        self.options = options or RetrievalOptions()
        self.entries = tuple(entries)
        self.outside = {k.id: k for k in outside}
        self.entry_records = tuple(entry_records)
        self._tables = tables or Tables(corpus, chunks, self.entries, self.entry_records,
                                        self.options.bm25_k, self.options.entry_bm25_k)

    @property
    def tables(self) -> Tables:
        """The lookup tables in use (replaced whole by :meth:`set_chunks`)."""
        return self._tables

    @property
    def chunks(self) -> dict[str, Chunk]:
        """The indexed chunks by id."""
        return self._tables.chunks

    def set_chunks(self, chunks: Sequence[Chunk]) -> None:
        """Rebuild the tables for a new set of chunks (after an ingest or removal) and swap them in."""
        self._tables = Tables(self.corpus, chunks, self.entries, self.entry_records,
                              self.options.bm25_k, self.options.entry_bm25_k)

    def with_options(self, options: RetrievalOptions) -> Retriever:
        """A retriever sharing this one's indexes and tables but with other options (ablations)."""
        return Retriever(self.corpus, (), self.index, options, entries=self.entries,
                         outside=tuple(self.outside.values()), entry_index=self.entry_index,
                         outside_index=self.outside_index, entry_records=self.entry_records, tables=self._tables,
                         masked_outside_index=self.masked_outside_index)

    def _source_of(self, key: str) -> str:
        provision = self.corpus.try_get(key)
        return provision.source if provision is not None else STATUTE

    def chunks_of(self, key: str) -> list[Chunk]:
        """See :meth:`Tables.chunks_of`."""
        return self._tables.chunks_of(key)

    def defined_terms_asked(self, question: str) -> list[str]:
        """The Statute-defined terms whose meaning ``question`` asks for."""
        return self._tables.definitions.asked(question)

    def retrieve(self, question: str) -> Retrieval:
        """Rank provisions for ``question``."""
        opts = self.options
        t = self._tables  # one consistent set of tables for the whole question
        embedding = None
        if self.index is not None and (opts.dense or opts.readers_index):
            embedding = self.index.embedder.embed_query(question)
        rankings: list[tuple[Ranking, float]] = []
        dense = Ranking("dense")
        if opts.dense and embedding is not None:
            dense = signals.dense(self.index, embedding, opts.dense_k, t.chunks)
            rankings.append((dense, opts.dense_weight))
        bm25 = Ranking("bm25")
        if opts.bm25:
            bm25 = signals.lexical(t.bm25, question)
            rankings.append((bm25, opts.bm25_weight))
        named: Named = signals.resolve_named(question, self.corpus)
        if opts.named and named.provisions:
            rankings.append((signals.named(named, self.corpus, t.chunks_of, opts.named_chunks), opts.named_weight))
        if opts.definition_weight:
            rankings.append((t.definitions.ranking(question), opts.definition_weight))
        entry_hits: list[EntryHit] = []
        best_entry: tuple[str | None, float] = (None, 0.0)  # the nearest phrase, for the scope evidence
        if self.entry_index is not None and embedding is not None:
            for rid, sim in self.entry_index.query(embedding, opts.entry_k):
                target = t.entry_target.get(rid)
                if target is not None:
                    entry_hits.append(EntryHit(target, sim))
                    if best_entry[0] is None:
                        best_entry = (rid, sim)  # results come best first
        mentioned = frozenset(source for source, pattern in t.source_names.items() if pattern.search(question))
        if opts.unnamed_claims_factor != 1.0:
            # Phrases such as "what the report says amending requires" match a question about the law
            # as well as one about the report: unless the reader names the report, its claims count
            # for less than the law's own entries.
            entry_hits = [EntryHit(h.target, h.similarity * opts.unnamed_claims_factor)
                          if self._source_of(h.target) not in (STATUTE, *mentioned) else h for h in entry_hits]
        entry_ranking = Ranking("readers-index")
        if opts.readers_index and (entry_hits or t.entry_bm25 is not None):
            by_term: list[tuple[str, float]] = []
            if t.entry_bm25 is not None:
                by_term = t.entry_bm25.search(question)
            entry_ranking = signals.readers_index(entry_hits, by_term, t.chunks_of, opts.entry_chunks, dense.scores)
            rankings.append((entry_ranking, opts.entry_weight))

        scores, found = fusion.fuse(rankings, opts.rrf_k)
        if opts.entry_sim_weight and entry_ranking.scores:
            # A phrase of the reader's index that says nearly what the reader asked is strong evidence
            # for its provision: unlike rank fusion, this counts how close it is.
            fusion.add_similarity(scores, found, entry_ranking, opts.entry_sim_weight, opts.entry_sim_floor)
        if opts.xref and scores:
            candidates = set(dense.scores) | set(bm25.scores)
            xref = signals.cross_references(fusion.head(scores, opts.xref_sources), t.chunks, self.corpus,
                                            t.chunks_of, candidates, opts.xref_chunks)
            fusion.add(scores, found, xref, opts.xref_weight, opts.rrf_k)
        if opts.unnamed_source_factor != 1.0:
            # The report shares the names questions use (the U.S., Israel, the ICC): unless the reader
            # asks about it, its paragraphs stand behind the law instead of crowding every answer.
            for cid in scores:
                source = t.chunks[cid].source
                if source != STATUTE and source not in mentioned:
                    scores[cid] *= opts.unnamed_source_factor
        if opts.mention_weight and mentioned:
            # "What does the report say …", "according to the memo …": the reader names the
            # source they mean, so its passages come before the Statute's.
            for cid in scores:
                if t.chunks[cid].source in mentioned:
                    scores[cid] += opts.mention_weight
        q_stems = stems(question)
        fusion.rerank_by_words(scores, q_stems, t.full_stems, t.span_stems, t.weights, opts.rerank_depth,
                               opts.overlap_weight, opts.span_overlap_weight)
        if opts.cohesion_weight:
            def group_of(cid: str) -> tuple[str, str | None]:
                chunk = t.chunks[cid]
                article = self.corpus.get(chunk.provision).article
                return chunk.provision, f"{chunk.source}:{article}" if article else None

            fusion.cohere(scores, group_of, opts.rerank_depth, opts.cohesion_head, opts.cohesion_min,
                          opts.cohesion_weight)

        hits: list[Hit] = []
        seen: set[str] = set()
        for cid in fusion.head(scores, len(scores)):
            chunk = t.chunks[cid]
            if chunk.provision in seen:
                continue
            seen.add(chunk.provision)
            hits.append(Hit(chunk=chunk, provision=self.corpus.get(chunk.provision), score=scores[cid],
                            dense=dense.scores.get(cid), bm25=bm25.scores.get(cid),
                            entry=entry_ranking.scores.get(cid), signals=tuple(sorted(found[cid]))))
            if len(hits) >= opts.top_n:
                break
        # The scope evidence weighs how close the nearest phrase is, undiscounted.
        # With the dense signal off (an ablation) the evidence still needs the best text similarity.
        evidence = self._evidence(
            t, max(dense.scores.values(), default=0.0) if dense.scores else _nearest(self.index, embedding)[1],
            best_entry, _nearest(self.outside_index, embedding),
            best_overlap=t.weights.overlap(q_stems, t.span_stems.get(hits[0].chunk.id, set())) if hits else 0.0)
        return Retrieval(
            question=question, hits=tuple(hits), named=named.provisions, unknown=named.unknown, mentioned=mentioned,
            evidence=evidence, vocabulary=t.vocabulary, law_vocabulary=t.law_vocabulary, weights=t.weights,
        )

    @staticmethod
    def _mentions(t: Tables, record_id: str | None) -> frozenset[str]:
        """The non-Statute sources a record (an out-of-scope prototype) names, as a reader would."""
        text = t.entry_text.get(record_id, "") if record_id else ""
        return frozenset(source for source, pattern in t.source_names.items() if text and pattern.search(text))

    def evidence_for(self, question: str) -> Evidence:
        """The scope evidence alone for ``question`` (no ranking): its best reader's-index phrase,
        provision text and out-of-scope prototype (a prototype with its names masked, when the
        retriever has those: ``question`` is then a masked question)."""
        if self.index is None:
            return Evidence()
        embedding = self.index.embedder.embed_query(question)
        return self._evidence(self._tables, _nearest(self.index, embedding)[1], _nearest(self.entry_index, embedding),
                              _nearest(self.masked_outside_index or self.outside_index, embedding))

    def _evidence(self, t: Tables, best_dense: float, entry: tuple[str | None, float],
                  outside: tuple[str | None, float], best_overlap: float = 0.0) -> Evidence:
        """The scope evidence from the nearest provision text, reader's-index phrase and prototype
        (each as ``(record id, cosine)``)."""
        entry_target = t.entry_target.get(entry[0]) if entry[0] else None
        outside_target = t.entry_target.get(outside[0]) if outside[0] else None
        return Evidence(
            best_dense=best_dense, best_entry=entry[1] if entry_target else 0.0,
            claims_lead=entry_target is not None and self._source_of(entry_target) != STATUTE,
            best_outside=outside[1] if outside_target else 0.0, outside_kind=outside_target,
            outside_mentions=self._mentions(t, outside[0]), best_overlap=best_overlap,
            outside_text=t.entry_text.get(outside[0], "") if outside_target else "")


def _nearest(index: VectorIndex | RecordIndex | None, embedding: list[float] | None) -> tuple[str | None, float]:
    """The nearest record of ``index`` to ``embedding`` as ``(id, cosine)``, or ``(None, 0.0)``."""
    found = index.query(embedding, 1) if index is not None and embedding is not None else []
    return (found[0][0], found[0][1]) if found else (None, 0.0)


__all__ = ["RAW_RETRIEVAL", "Evidence", "Hit", "Retrieval", "RetrievalOptions", "Retriever", "Tables"]
