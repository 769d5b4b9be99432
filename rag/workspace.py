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
from rag.corpus.readers_index import load_outside, load_readers_index
from rag.documents.library import Library, index_key
from rag.documents.store import DocumentStore
from rag.index.chunking import Chunk, chunk_corpus, entry_records
from rag.index.embeddings import EmbeddingSpec, make_embedder
from rag.index.records import RECORDS_DIR, RecordIndex
from rag.index.shipped import ShippedVectors, VectorSource, shipped_path, write_shipped
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
from rag.retrieve.scope import load_instruments, load_question_forms, mask_names


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
        self.embedder = make_embedder(self.spec, settings.openai_api_key, settings.openai_base_url,
                                      data_dir=settings.data_dir)
        self.owner = store_owner(self.store)
        self.corpus_dir = settings.corpus_dir or DEFAULT_CORPUS_DIR
        self.data_dir = settings.data_dir
        self.vectors = VectorSource(
            self.embedder.embed_texts,
            shipped_path(self.corpus_dir, self.spec.slug) if settings.shipped_vectors else None,
            announce=self.notices.append)
        # A Chroma server that lost the collection gets it back from what this workspace holds.
        self.index = VectorIndex(self.store, self.embedder,
                                 collection_name(self.spec, chunks_digest(self.builtin), self.owner),
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
        # The refusal rules of the same corpus directory (corpus/scope/).
        self.instruments = load_instruments(settings.corpus_dir)
        self.forms = load_question_forms(settings.corpus_dir)
        records = entry_records(self.entries, self.outside)
        # The prototypes again with their names masked, for the second look a refusal gets when the
        # question names someone (rag.retrieve.scope.mask_names).
        law, every = words(c for c in self.builtin if c.source == STATUTE), words(self.builtin)
        masked = [replace(r, id=f"{r.id}-masked", span=m, metadata={**r.metadata, "record": "outside-masked"})
                  for r in records if r.metadata["record"] == "outside" and (m := mask_names(r.span, law, every))]
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
        name = collection_name(self.spec, chunks_digest(records), kind=prefix)
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

    @property
    def shipped(self) -> ShippedVectors | None:
        """The vectors shipped in ``corpus/vectors/`` for this model (``None``: none, or unreadable)."""
        return self.vectors.shipped()

    def ship_vectors(self) -> tuple[Path, int]:
        """Embed every shipped text afresh (the corpus's chunks, the reader's index, the prototypes)
        and write their vectors to ``corpus/vectors/`` for the next builds to look up
        (:mod:`rag.index.shipped`); returns the file and how many vectors it holds."""
        # In order of length: the embedder's batches then waste no work on padding.
        texts = sorted(dict.fromkeys(c.dense_text for c in [*self.builtin, *self.entry_records]), key=len)
        vectors = self.embedder.embed_texts(texts)
        path = shipped_path(self.corpus_dir, self.spec.slug)
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
