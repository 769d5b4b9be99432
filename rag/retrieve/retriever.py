"""Hybrid retrieval: dense (Chroma) + BM25 + provisions the question names + the Statute's own
definitions + cross-references, fused by weighted reciprocal rank fusion, then re-ranked by word
overlap and article cohesion.

Why each part: dense vectors catch paraphrases ("child soldiers" ~ "conscripting children"),
BM25 catches exact legal terms ("seven-eighths", "Review Conference"), the named lookup answers
"what does article 16 say" exactly, a question asking what a term means goes to the paragraph
that defines it (art. 102(a) "“surrender” means …"), and cross-references pull in the provisions
a retrieved one points to (art. 121(5) → arts. 5–8) when they also bear on the question.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

from rag.corpus.citations import parse_references
from rag.corpus.loader import Corpus
from rag.errors import ProvisionNotFound
from rag.index.chunking import Chunk
from rag.index.store import VectorIndex
from rag.models import STATUTE, Provision
from rag.retrieve.analysis import WordWeights
from rag.retrieve.glossary import expand_query


@dataclass(frozen=True)
class RetrievalOptions:
    """Which retrieval parts run and how they are weighed (ablations switch parts off)."""

    dense: bool = True
    bm25: bool = True
    named: bool = True
    xref: bool = True
    expand: bool = True
    dense_k: int = 30
    bm25_k: int = 30
    rrf_k: int = 10
    dense_weight: float = 1.0
    bm25_weight: float = 0.8
    named_weight: float = 3.0
    definition_weight: float = 2.0
    xref_weight: float = 0.3
    mention_weight: float = 0.1
    overlap_weight: float = 0.05
    span_overlap_weight: float = 0.2
    rerank_depth: int = 30
    cohesion_weight: float = 0.05
    cohesion_min: int = 3
    top_n: int = 10


@dataclass(frozen=True)
class Hit:
    """A retrieved span of a provision with the evidence that found it."""

    chunk: Chunk
    provision: Provision
    score: float
    dense: float | None = None  # cosine similarity to the question
    bm25: float | None = None
    signals: tuple[str, ...] = ()


@dataclass
class Retrieval:
    """The result of retrieving for one question."""

    question: str
    hits: list[Hit]
    named: list[Provision] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    mentioned: set[str] = field(default_factory=set)  # non-Statute sources the question names
    expanded: str = ""  # the question with the Statute's own terms appended (see glossary)
    vocabulary: frozenset[str] | set[str] = frozenset()  # every word of the indexed texts
    weights: WordWeights | None = None  # IDF of stems over the indexed texts
    best_dense: float = 0.0


_WORD_RE = re.compile(r"[a-z][a-z'’-]+")
_STOP = set("""a an the of to in on for and or but is are was were be been being do does did can could
should would will shall may might must what which who whom whose when where why how that this these
those it its there their they them he she his her i me my we our you your as at by from with about
into over under than then so if not no any all some such tell explain mean means say says said
happen happens happened get gets got give gives under per also just only ever other rome statute
icc court international criminal""".split())


# "that's", "they're", "the Prosecutor's": the pronoun or noun without its clitic.
_CLITIC = re.compile(r"['’](?:s|re|ve|ll|d)$")


def content_words(text: str) -> list[str]:
    """Lower-cased words of ``text`` that carry meaning (clitics cut, stop words dropped)."""
    words = (_CLITIC.sub("", w) for w in _WORD_RE.findall(text.lower()))
    return [w for w in words if w not in _STOP and len(w) > 2]


# How readers name the news report: "the report", "the news", "the article in the press" —
# not the verb ("what must the Prosecutor report to the Chamber?").
_NEWS_MENTION = re.compile(r"\b(?:(?:the|this|that|news) (?:news )?report|news|journalists?|headline|press|"
                           r"reporters?|according to the article)\b", re.IGNORECASE)


# The Statute defines its terms in so many words: "“Torture” means …" (art. 7(2)(e)), "“surrender”
# means …" (art. 102(a)), "the term “gender” refers to …" (art. 7(3)).
_DEFINES = re.compile(r"[“\"]([^”\"]{2,80})[”\"],? (?:means|includes|refers to|shall mean)\b")
# A reader asking for a meaning, not merely naming the term ("the penalty for genocide").
_ASKS_MEANING = re.compile(r"\b(?:mean(?:s|t|ing)?|defin\w*|distinguish\w*|differen\w*|differs?|"
                           r"what (?:counts|qualifies) as|constitutes?|understood)\b", re.IGNORECASE)
# ... or asking "what is X?" of nothing but the term.
_WHAT_IS = re.compile(r"^\s*what (?:is|are) (?:an? |the )?(.+?)[\s?.!]*$", re.IGNORECASE)


def _source_pattern(source_id: str) -> re.Pattern[str]:
    """How a reader names a non-Statute source ("the report", "my memo", "the document")."""
    if source_id == "news":
        return _NEWS_MENTION
    stem = source_id.rsplit(".", 1)[0]
    words = [re.escape(w) for w in re.split(r"[^a-z0-9]+", stem.lower()) if len(w) >= 3]
    return re.compile(r"\b(?:" + "|".join([*words, "document", re.escape(source_id)]) + r")\b", re.IGNORECASE)


class Retriever:
    """Finds the provisions that bear on a question."""

    def __init__(self, corpus: Corpus, chunks: list[Chunk], index: VectorIndex | None,
                 options: RetrievalOptions | None = None) -> None:
        self.corpus = corpus
        self.index = index
        self.options = options or RetrievalOptions()
        self._lock = threading.Lock()
        self.set_chunks(chunks)

    def set_chunks(self, chunks: list[Chunk]) -> None:
        """(Re)load the chunk table and BM25 index (after an ingest or removal)."""
        import Stemmer
        from llama_index.core.schema import TextNode
        from llama_index.retrievers.bm25 import BM25Retriever

        self.chunks = {c.id: c for c in chunks}
        self._by_provision: dict[str, list[Chunk]] = {}
        for c in chunks:
            self._by_provision.setdefault(c.provision, []).append(c)
        nodes = [TextNode(id_=c.id, text=c.lexical_text) for c in chunks]
        self._bm25 = BM25Retriever.from_defaults(
            nodes=nodes, similarity_top_k=min(self.options.bm25_k, len(nodes)),
            stemmer=Stemmer.Stemmer("english"), language="english",
        )
        self._chunk_stems = {c.id: {w[:6] for w in content_words(c.lexical_text)} for c in chunks}
        self._span_stems = {c.id: {w[:6] for w in content_words(c.span)} for c in chunks}
        self._source_names: dict[str, re.Pattern[str]] = {}
        self._defined: dict[str, list[str]] = {}  # a term the Statute defines → its defining chunks
        for c in chunks:
            if c.source != STATUTE:
                self._source_names.setdefault(c.source, _source_pattern(c.source))
                continue
            for m in _DEFINES.finditer(c.span):
                self._defined.setdefault(m.group(1).lower(), []).append(c.id)
        self._defined_re = (re.compile(r"\b(" + "|".join(
            re.escape(t) for t in sorted(self._defined, key=len, reverse=True)) + r")\b", re.IGNORECASE)
            if self._defined else None)
        self.vocabulary = {w.lower() for c in chunks for w in _WORD_RE.findall(c.lexical_text.lower())}
        self.weights = WordWeights(c.span for c in chunks)

    def with_options(self, options: RetrievalOptions) -> Retriever:
        """A retriever sharing this one's indexes but with other options (for ablations)."""
        clone = object.__new__(Retriever)
        clone.__dict__.update(self.__dict__)
        clone.options = options
        return clone

    def _mentioned_sources(self, question: str) -> set[str]:
        return {source for source, pattern in self._source_names.items() if pattern.search(question)}

    def chunks_of(self, key: str) -> list[Chunk]:
        """The chunks whose span lies in provision ``key`` (or its descendants; failing that, the
        nearest ancestor's chunk that contains it)."""
        direct = self._by_provision.get(key)
        if direct:
            return direct
        prefix = key + "("
        inside = [c for k, cs in self._by_provision.items() if k.startswith(prefix) for c in cs]
        if inside:
            return inside
        # A sub-paragraph that shares its paragraph's chunk (art. 64(8)(a) inside 64(8)).
        for ancestor in self.corpus.ancestors(key):
            found = self._by_provision.get(self.corpus.key(ancestor.source, ancestor.id))
            if found:
                return found
        return []

    def defined_terms_asked(self, question: str) -> list[str]:
        """The Statute-defined terms whose meaning ``question`` asks for (lower case)."""
        if self._defined_re is None:
            return []
        whole = _WHAT_IS.match(question)
        term = whole.group(1).lower().strip("\"“”'") if whole else ""
        if term in self._defined:
            return [term]
        if not _ASKS_MEANING.search(question):
            return []
        return list(dict.fromkeys(m.group(1).lower() for m in self._defined_re.finditer(question)))

    def _cohere(self, ranked: dict[str, float], head_size: int = 5) -> None:
        """When most of the head comes from one article, lift that article's other candidates.

        "What does amending the statute require?" puts 121(1), (4), (5) and (6) on top: the question
        is about the regime of art. 121, and its short paragraph 3 (the two-thirds majority) belongs
        in the answer even though on its own it scores a little below art. 51(2).
        """
        opts = self.options
        order = sorted(ranked, key=ranked.get, reverse=True)
        head: list[str] = []
        per_article: dict[tuple[str, str], int] = {}
        for cid in order:
            chunk = self.chunks[cid]
            if chunk.provision in head:
                continue
            head.append(chunk.provision)
            article = self.corpus.get(chunk.provision).article
            if article:
                per_article[(chunk.source, article)] = per_article.get((chunk.source, article), 0) + 1
            if len(head) >= head_size:
                break
        for cid in order[: opts.rerank_depth]:
            chunk = self.chunks[cid]
            article = self.corpus.get(chunk.provision).article
            count = per_article.get((chunk.source, article), 0) if article else 0
            if chunk.provision not in head and count >= opts.cohesion_min:
                ranked[cid] += opts.cohesion_weight * count / head_size

    def retrieve(self, question: str) -> Retrieval:
        """Rank provisions for ``question``."""
        opts = self.options
        expanded = expand_query(question) if opts.expand else question
        ranked: dict[str, float] = {}
        dense_sim: dict[str, float] = {}
        bm25_score: dict[str, float] = {}
        signals: dict[str, set[str]] = {}

        def add(list_ids: list[str], weight: float, tag: str) -> None:
            for rank, cid in enumerate(list_ids):
                ranked[cid] = ranked.get(cid, 0.0) + weight / (opts.rrf_k + rank + 1)
                signals.setdefault(cid, set()).add(tag)

        if opts.dense and self.index is not None:
            emb = self.index.embedder.embed_query(expanded)
            dense = [(cid, s) for cid, s in self.index.query(emb, opts.dense_k) if cid in self.chunks]
            dense_sim.update(dense)
            add([cid for cid, _ in dense], opts.dense_weight, "dense")
        if opts.bm25:
            with self._lock:
                found = self._bm25.retrieve(expanded)
            bm = [(n.node.node_id, float(n.score or 0.0)) for n in found if (n.score or 0) > 0]
            bm25_score.update(bm)
            add([cid for cid, _ in bm], opts.bm25_weight, "bm25")

        named: list[Provision] = []
        unknown: list[str] = []
        for ref in parse_references(question):
            try:
                named.append(self.corpus.resolve(ref))
            except ProvisionNotFound as exc:
                unknown.append(f"{ref.label.split(', ', 1)[-1]}: {exc}")
        if opts.named and named:
            ids: list[str] = []
            for p in named:
                ids.extend(c.id for c in self.chunks_of(self.corpus.key(p.source, p.id))[:6])
            add(ids, opts.named_weight, "named")

        if opts.definition_weight:
            # "What does the Statute mean by 'surrender'?": the definition is the answer, wherever
            # else the word is used (art. 102(a), not the articles on competing requests).
            add([cid for t in self.defined_terms_asked(question) for cid in self._defined[t]],
                opts.definition_weight, "definition")

        if opts.xref and ranked:
            top = sorted(ranked, key=ranked.get, reverse=True)[:3]
            xref_ids: list[str] = []
            for cid in top:
                chunk = self.chunks[cid]
                prov = self.corpus.get(chunk.provision)
                if prov.source != STATUTE:
                    continue
                for ref in parse_references(chunk.span, context_article=prov.article):
                    target = self.corpus.try_get(ref.id)
                    if target is None or target.article == prov.article and target.id == prov.id:
                        continue
                    # Follow a reference only when the target also looks relevant on its own:
                    # art. 121(5) names arts. 5–8, but they matter only for an amendment question
                    # that is about crimes.
                    for c in self.chunks_of(ref.id)[:4]:
                        if c.id in dense_sim or c.id in bm25_score:
                            xref_ids.append(c.id)
            add(xref_ids, opts.xref_weight, "xref")

        mentioned = self._mentioned_sources(question)
        if opts.mention_weight and ranked:
            # "What does the report say …", "according to the memo …": the reader names the
            # source they mean, so its passages come before the Statute's.
            for cid in ranked:
                if self.chunks[cid].source in mentioned:
                    ranked[cid] += opts.mention_weight
        if opts.overlap_weight and ranked:
            # Re-rank the head of the list by how much of the question (in the Statute's own
            # words, after expansion) the span and its breadcrumb actually contain.
            q_stems = {w[:6] for w in content_words(expanded)}
            head = sorted(ranked, key=ranked.get, reverse=True)[: opts.rerank_depth]
            for cid in head:
                if q_stems:
                    full = self._chunk_stems.get(cid, set())
                    own = self._span_stems.get(cid, set())
                    ranked[cid] += (opts.overlap_weight * len(q_stems & full)
                                    + opts.span_overlap_weight * len(q_stems & own)) / len(q_stems)
        if opts.cohesion_weight and ranked:
            self._cohere(ranked)
        order = sorted(ranked, key=ranked.get, reverse=True)
        hits: list[Hit] = []
        seen_provisions: set[str] = set()
        for cid in order:
            chunk = self.chunks[cid]
            if chunk.provision in seen_provisions:
                continue
            seen_provisions.add(chunk.provision)
            hits.append(Hit(
                chunk=chunk, provision=self.corpus.get(chunk.provision), score=ranked[cid],
                dense=dense_sim.get(cid), bm25=bm25_score.get(cid), signals=tuple(sorted(signals[cid])),
            ))
            if len(hits) >= opts.top_n:
                break
        return Retrieval(
            question=question, hits=hits, named=named, unknown=unknown, mentioned=mentioned,
            expanded=expanded, vocabulary=self.vocabulary, weights=self.weights,
            best_dense=max(dense_sim.values(), default=0.0),
        )
