"""What an assistant answers from: the corpus, its vector indexes and the user's documents.

One :class:`Workspace` is opened per process (building the indexes on first use) and shared by the
copies an :class:`~rag.assistant.Assistant` makes for other options (``with_options``, ``with_llm``):
the corpus is loaded, the collections opened and the lookup tables built once.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from rag.config import Settings
from rag.corpus.loader import DEFAULT_CORPUS_DIR, Corpus, load_corpus
from rag.corpus.readers_index import load_outside, load_readers_index, load_readers_questions
from rag.documents.library import Library, index_key
from rag.documents.store import DocumentStore
from rag.errors import ConfigError, CorpusError
from rag.index.adapter import (
    Adapter,
    Pair,
    TrainingParams,
    adapter_path,
    load_adapter,
    save_adapter,
    space_slug,
    train_adapter,
    trained_on,
    training_pairs,
)
from rag.index.chunking import Chunk, chunk_corpus, entry_records, provision_chunks
from rag.index.embeddings import AdaptedEmbedder, EmbeddingSpec, make_embedder
from rag.index.records import RECORDS_DIR, RecordIndex
from rag.index.shipped import VECTORS_DIR, ShippedVectors, VectorSource, shipped_path, write_shipped
from rag.index.store import (
    ProgressFn,
    StoreConfig,
    VectorIndex,
    chunks_digest,
    collection_name,
    remove_store,
    store_owner,
)
from rag.models import STATUTE
from rag.retrieve.retriever import RetrievalOptions, Retriever, words
from rag.retrieve.scope import load_instruments, load_other_bodies, load_question_forms, mask_names


class Workspace:
    """The corpus, its indexes (a Chroma collection of the corpus's chunks and the user's documents;
    in-memory matrices of the reader's index and the out-of-scope prototypes) and the user's
    documents, opened from ``settings``."""

    def __init__(self, settings: Settings, progress: ProgressFn | None = None, rebuild: bool = False) -> None:
        self.corpus: Corpus = load_corpus(settings.corpus_dir)
        # The collection is named after the shipped corpus only; ingested documents are added to
        # it and removed from it by id, so an ingest never re-embeds the Statute.
        self.builtin: list[Chunk] = chunk_corpus(self.corpus)
        self.notices: list[str] = []
        self.documents = DocumentStore(settings.data_dir)
        self.spec = EmbeddingSpec.parse(settings.embed_model)
        self.store = StoreConfig(settings.data_dir, settings.chroma_host, settings.chroma_port)
        if rebuild:
            remove_store(self.store)
        self.raw_embedder = make_embedder(self.spec, settings.openai_api_key, settings.openai_base_url,
                                          data_dir=settings.data_dir)
        self.owner = store_owner(self.store)
        self.corpus_dir = settings.corpus_dir or DEFAULT_CORPUS_DIR
        self.data_dir = settings.data_dir
        # The bundled model's vectors go through the corpus's learned map (rag.index.adapter); the
        # map names the vector space, so collections and shipped vectors of two spaces never mix.
        self.adapter = self._load_adapter() if settings.adapter and self.spec.provider == "local" else None
        self.embedder = AdaptedEmbedder(self.raw_embedder, self.adapter) if self.adapter else self.raw_embedder
        self.space = space_slug(self.spec.slug, self.adapter)
        self.vectors = VectorSource(
            self.embedder.embed_texts,
            shipped_path(self.corpus_dir, self.space) if settings.shipped_vectors else None,
            announce=self.notices.append)
        # A Chroma server that lost the collection gets it back from what this workspace holds.
        self.index = VectorIndex(self.store, self.embedder,
                                 collection_name(self.space, chunks_digest(self.builtin), self.owner),
                                 restore=lambda: self.chunks, owner=self.owner, vectors=self.vectors)
        key = index_key(self.store, self.index.name)
        self.built = 0  # vectors written by this opening: chunks and records
        self.built_records = 0  # ... of which reader's-index phrases and prototypes
        if rebuild or not self.index.is_complete():
            # A collection built afresh holds no document: its ledger goes first, so even a build
            # that is killed leaves the documents to be indexed again.
            self.documents.forget_index(key)
            self.built = self.index.build(self.builtin, progress, rebuild=rebuild)
        # The user's documents are loaded on first use (a question, `sources`), not here.
        self.library = Library(self.documents, self.corpus, self.index, key)
        if self.built and self.documents.stamps():
            self.library.refresh(progress)  # the new collection needs their vectors: index them now
        self.notices.extend(self.library.take_problems())
        # The reader's index and the prototypes of questions the corpus cannot answer: records in
        # indexes of their own (rag.index.records), built once like the corpus's.
        self.entries = load_readers_index(self.corpus, settings.corpus_dir)
        self.outside = load_outside(self.corpus, settings.corpus_dir)
        self.outside_reasons = {k.id: k.reason for k in self.outside}
        self.beyond_the_report = frozenset(k.id for k in self.outside if k.beyond_the_report)
        self.subject_kinds = frozenset(k.id for k in self.outside if k.subject)
        # The refusal rules of the same corpus directory (corpus/scope/).
        self.instruments = load_instruments(settings.corpus_dir)
        self.forms = load_question_forms(settings.corpus_dir)
        self.bodies = load_other_bodies(settings.corpus_dir)
        records = entry_records(self.entries, self.outside)
        # The prototypes again with their names masked, for the second look a refusal gets when the
        # question names someone (rag.retrieve.scope.mask_names).
        law, every = words(c for c in self.builtin if c.source == STATUTE), words(self.builtin)
        # Every prototype is in it — one without names as it is — so the masked question meets the
        # whole of each kind.
        masked = [replace(r, id=f"{r.id}-masked", span=mask_names(r.span, law, every) or r.span,
                          metadata={**r.metadata, "record": "outside-masked"})
                  for r in records if r.metadata["record"] == "outside"]
        self.entry_records = [*records, *masked]
        self.entry_index, self.outside_index, self.masked_outside_index = (
            self._records_index([r for r in self.entry_records if r.metadata["record"] == kind], prefix,
                                progress, rebuild)
            for kind, prefix in (("entry", "ri"), ("outside", "ro"), ("outside-masked", "rm")))
        self._base: Retriever | None = None  # built on first use, over the documents as stored then
        self._generation = -1  # the library generation the retriever's chunks reflect
        self._variants: dict[RetrievalOptions, Retriever] = {}
        self._lock = threading.Lock()

    def _records_index(self, records: list[Chunk], prefix: str, progress: ProgressFn | None,
                       rebuild: bool) -> RecordIndex:
        """The index of some records (reader's-index phrases, out-of-scope prototypes), built when
        missing or out of date; older versions of it are removed."""
        name = collection_name(self.space, chunks_digest(records), kind=prefix)
        index, built = RecordIndex.open(self.data_dir, name, records, self.vectors.vectors, rebuild,
                                        announce=self.notices.append)
        if built:
            self.built += built
            self.built_records += built
            if progress:
                progress(built, built)
            for old in (self.data_dir / RECORDS_DIR).glob(f"{prefix}-*.npz"):
                if old.stem != name:
                    old.unlink(missing_ok=True)
        return index

    def _load_adapter(self) -> Adapter | None:
        """The learned map shipped for this model; a damaged file is announced and the raw space used."""
        try:
            loaded = load_adapter(adapter_path(self.corpus_dir / VECTORS_DIR, self.spec.model_slug))
        except CorpusError as exc:
            self.notices.append(f"{exc} Meanwhile the model's raw vectors are used (retrieval and refusals are "
                                "less accurate).")
            return None
        return loaded[0] if loaded else None

    def training_pairs(self) -> list[Pair]:
        """What the learned map is trained on: the reader's index (counter-examples included) with
        its provisions' texts, and the prototypes by kind (:func:`rag.index.adapter.training_pairs`);
        not the records of a kind marked ``train: false`` in ``corpus/scope/outside.yaml``."""
        by_provision: dict[str, list[Chunk]] = {}
        for c in self.builtin:
            by_provision.setdefault(c.provision, []).append(c)
        trained = [r for r in self.entry_records if r.metadata.get("trained", True)]
        phrases = [(r.span, r.provision) for r in trained if r.metadata["record"] == "entry"]
        prototypes = [(r.span, r.provision) for r in trained if r.metadata["record"] == "outside"]
        questions = [(q.phrase, q.provision) for q in load_readers_questions(self.corpus, self.corpus_dir)]
        return training_pairs(phrases, prototypes,
                              lambda key: [c.dense_text for c in provision_chunks(by_provision, self.corpus, key)],
                              questions=questions)

    def train_adapter(self, params: TrainingParams | None = None) -> tuple[Path, Path, int]:
        """Train the learned map afresh on the corpus's data, and ship it with the vectors of every
        shipped text in its space (``corpus/vectors/``); the files of the previous space go. Returns
        the map's file, the vectors' file and how many vectors it holds. Needs torch (a maintainer's
        step, after editing corpus/: seconds to train, ~25 s to embed)."""
        if self.spec.provider != "local":
            raise ConfigError("Only the bundled model has a learned map: unset RAG_EMBED_MODEL to train it.")
        texts = self._shipped_texts()
        pairs = self.training_pairs()
        # The shipped texts and the training texts are the same texts here; both are embedded once.
        needed = sorted(dict.fromkeys([*texts, *(t for p in pairs for t in (p.anchor, p.positive))]), key=len)
        raw = dict(zip(needed, self.raw_embedder.embed_texts(needed), strict=True))
        params = params or TrainingParams()
        adapter = train_adapter(pairs, raw, params)
        vectors_dir = self.corpus_dir / VECTORS_DIR
        map_path = adapter_path(vectors_dir, self.spec.model_slug)
        save_adapter(map_path, adapter, trained_on(pairs), params)
        path = shipped_path(self.corpus_dir, space_slug(self.spec.slug, adapter))
        count = write_shipped(path, texts, adapter.apply([raw[t] for t in texts]).tolist())
        for old in vectors_dir.glob(f"{self.spec.slug}*.npz"):
            if old not in (path, map_path):
                old.unlink(missing_ok=True)
        return map_path, path, count

    def _shipped_texts(self) -> list[str]:
        """Every distinct text whose vector ships (chunks, phrases, prototypes plain and masked), in
        order of length: the embedder's batches then waste no work on padding."""
        return sorted(dict.fromkeys(c.dense_text for c in [*self.builtin, *self.entry_records]), key=len)

    @property
    def shipped(self) -> ShippedVectors | None:
        """The vectors shipped in ``corpus/vectors/`` for this model (``None``: none, or unreadable)."""
        return self.vectors.shipped()

    def ship_vectors(self) -> tuple[Path, int]:
        """Embed every shipped text afresh (the corpus's chunks, the reader's index, the prototypes)
        and write their vectors to ``corpus/vectors/`` for the next builds to look up
        (:mod:`rag.index.shipped`); returns the file and how many vectors it holds."""
        texts = self._shipped_texts()
        vectors = self.embedder.embed_texts(texts)
        path = shipped_path(self.corpus_dir, self.space)
        return path, write_shipped(path, texts, vectors)

    @property
    def chunks(self) -> list[Chunk]:
        """Every chunk: the shipped corpus's, then the loaded documents'."""
        return [*self.builtin, *self.library.chunks]

    def retriever_over(self, chunks: list[Chunk], index: VectorIndex, options: RetrievalOptions) -> Retriever:
        """A new retriever over ``chunks`` in ``index``, with this workspace's reader's index and
        out-of-scope prototypes (the benchmark's scaled corpora use it too)."""
        return Retriever(self.corpus, chunks, index, options, entries=self.entries, outside=self.outside,
                         entry_index=self.entry_index, outside_index=self.outside_index,
                         entry_records=self.entry_records, masked_outside_index=self.masked_outside_index)

    def retriever(self, options: RetrievalOptions) -> Retriever:
        """A retriever with ``options`` over the corpus as the store has it now: the lookup tables are
        built once and shared by every set of options, and rebuilt when documents were ingested or
        removed (by this process or another one)."""
        self.library.refresh()
        with self._lock:
            if self._base is None:
                self._base = self.retriever_over(self.chunks, self.index, options)
                self._variants = {}
            elif self._generation != self.library.generation:
                self._base.set_chunks(self.chunks)
                self._variants = {}
            self._generation = self.library.generation
            if options not in self._variants:
                self._variants[options] = self._base.with_options(options)
            return self._variants[options]
