"""The user's documents kept in step across the store (files), the corpus (provisions) and the index
(vectors), within a process and across processes.

Three rules make every interruption — a full disk, a read-only directory, ``kill -9`` — leave a
data directory that works and has lost no ingested document:

- **A document's file is written only after its vectors are in the index.** A failed ingest leaves
  the previous state, never a stored document the index lacks.
- **Each vector collection has a ledger** in the store saying which version of which document it
  holds. A document is taken off the ledger before its vectors change and put back after its file
  is written, so one the ledger does not list — an ingest killed half-way, a collection rebuilt or
  made for another embedding model, a data directory from before ledgers — has its vectors checked
  (and rewritten if they differ) the next time documents are loaded.
- **One writer at a time:** ingest, remove and those repairs hold the store's lock; a process that
  finds it taken while loading leaves the repair to the next load.

Documents are loaded lazily — ``rag remove`` or ``rag sources`` never build a retriever over them —
and reloaded when the store's files change, so a running UI sees what another process ingested or
removed (the check is one directory listing per question).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from rag.corpus.loader import Corpus
from rag.documents.readers import IngestedDocument
from rag.documents.store import DocumentStore, Stamp
from rag.errors import DataDirError, IndexUnavailable, RagError
from rag.index.chunking import Chunk, chunk_corpus
from rag.index.store import StoreConfig, VectorIndex

ProgressFn = Callable[[int, int], None]


def index_key(store: StoreConfig, collection: str) -> str:
    """Which vector collection a ledger is about: the embedded store's, or a server's."""
    return f"chroma://{store.host}:{store.port}/{collection}" if store.host else f"embedded/{collection}"


class Library:
    """The ingested documents as one assistant sees them: loaded into its corpus, with their chunks,
    and indexed in its vector collection."""

    def __init__(self, store: DocumentStore, corpus: Corpus, index: VectorIndex, key: str) -> None:
        self.store = store
        self.corpus = corpus
        self.index = index
        self.key = key
        self.generation = 0  # bumped whenever the corpus's documents change
        self.problems: list[str] = []  # what could not be loaded or indexed, until someone reports it
        self._docs: dict[str, IngestedDocument] = {}
        self._chunks: dict[str, list[Chunk]] = {}
        self._stamps: dict[str, Stamp] = {}  # the store files the corpus holds (nothing is loaded at first)
        self._retry: set[str] = set()  # documents to index once the store's lock is free
        self._lock = threading.RLock()

    @property
    def chunks(self) -> list[Chunk]:
        """The documents' chunks, document by document."""
        return [c for chunks in self._chunks.values() for c in chunks]

    @property
    def documents(self) -> list[IngestedDocument]:
        """The loaded documents, by id."""
        return [self._docs[k] for k in sorted(self._docs)]

    def take_problems(self) -> list[str]:
        """The problems found since the last call (each is reported once)."""
        found = [*self.store.problems, *self.problems]
        self.store.problems.clear()
        self.problems.clear()
        return list(dict.fromkeys(found))

    # -- loading ----------------------------------------------------------------------------------
    def refresh(self, progress: ProgressFn | None = None) -> bool:
        """Bring the corpus in step with the store: load every document the first time, then only what
        another process added, changed or removed; index any document the ledger does not list.
        Returns whether the corpus changed."""
        stamps = self.store.stamps()
        if stamps == self._stamps and not self._retry:
            return False
        with self._lock:
            changed = False
            for doc_id in [d for d in self._docs if d not in stamps]:
                self._drop(doc_id)
                changed = True
            fresh: list[IngestedDocument] = []
            for doc_id, stamp in stamps.items():
                if self._stamps.get(doc_id) == stamp:
                    continue
                doc = self.store.load(doc_id)
                if doc is None:  # damaged (noted by the store) or removed meanwhile
                    if doc_id in self._docs:
                        self._drop(doc_id)
                        changed = True
                    continue
                self._put(doc)
                fresh.append(doc)
                changed = True
            self._stamps = stamps
            fresh_ids = {d.id for d in fresh}
            pending = fresh + [self._docs[d] for d in sorted(self._retry - fresh_ids) if d in self._docs]
            self._retry.clear()
            self._index_unlisted(pending, progress)
            if changed:
                self.generation += 1
            return changed

    def _index_unlisted(self, docs: list[IngestedDocument], progress: ProgressFn | None) -> None:
        """Check and, where they differ, rewrite the vectors of the documents the ledger does not list."""
        listed = self.store.indexed(self.key) if docs else {}
        if all(listed.get(d.id) == d.sha256 for d in docs):
            return
        try:
            with self.store.lock(wait=0) as held:
                if not held:  # another process is writing: it may be this very document; try again later
                    self._retry.update(d.id for d in docs)
                    return
                ledger = self.store.indexed(self.key)
                for doc in docs:
                    if ledger.get(doc.id) == doc.sha256:
                        continue
                    try:
                        self._write_vectors(doc, progress, check=True)
                        ledger[doc.id] = doc.sha256
                        self.store.set_indexed(self.key, ledger)
                    except (IndexUnavailable, DataDirError) as exc:
                        self.problems.append(f"Your document {doc.id} could not be indexed ({exc}); answers may "
                                             f"miss it until it is (ingest it again, or `rag remove {doc.id}`).")
        except DataDirError as exc:  # the lock itself cannot be taken: a read-only data directory
            self.problems.append(f"Documents that need indexing were left as they are: {exc}")

    def _write_vectors(self, doc: IngestedDocument, progress: ProgressFn | None, check: bool = False) -> int:
        """Make the index hold exactly this document's chunks; returns how many were written. With
        ``check``, vectors already there with the same ids and texts are kept."""
        chunks = self._chunks[doc.id]
        if check:
            present = {(rid, text) for rid, text, _ in self.index.records(where={"source": doc.id})}
            if present == {(c.id, c.span) for c in chunks}:
                return 0
        self.index.delete_where("source", doc.id)
        return self.index.add(chunks, progress)

    def _put(self, doc: IngestedDocument) -> None:
        self.corpus.add_source(doc.source, doc.provisions)
        self._docs[doc.id] = doc
        self._chunks[doc.id] = chunk_corpus(self.corpus, sources={doc.id})

    def _drop(self, doc_id: str) -> None:
        if doc_id in self.corpus.added_sources:
            self.corpus.remove_source(doc_id)
        self._docs.pop(doc_id, None)
        self._chunks.pop(doc_id, None)

    # -- changing ---------------------------------------------------------------------------------
    def add(self, docs: list[IngestedDocument], progress: ProgressFn | None = None) -> list[IngestedDocument]:
        """Index and store ``docs`` (read by :meth:`DocumentStore.read`), replacing earlier versions;
        returns them as stored (an id another process took meanwhile is settled under a new one).

        Each document is taken off the ledger, its vectors are written, then its file, then it is
        put back on the ledger. A failure leaves the document's previous version in the corpus and
        the store (its vectors are checked again at the next load) and is raised; a write that fails
        because the data directory is full or read-only says so.
        """
        with self._lock, self.store.lock():
            ledger = self.store.indexed(self.key)
            settled = self.store.settle(docs)
            for doc in settled:
                previous = self._docs.get(doc.id) or (self.store.load(doc.id) if doc.id in self.store.stamps()
                                                      else None)
                if doc.id in ledger:
                    del ledger[doc.id]
                    self.store.set_indexed(self.key, ledger)
                try:
                    self._put(doc)
                    self._write_vectors(doc, progress)
                    stamp = self.store.save(doc)
                except RagError as exc:
                    self._restore(doc.id, previous)
                    self.generation += 1
                    raise self._explain(exc) from exc
                self._stamps = {**self._stamps, doc.id: stamp}
                ledger[doc.id] = doc.sha256
                try:
                    self.store.set_indexed(self.key, ledger)
                except DataDirError:
                    pass  # the document is stored and indexed; its vectors are checked at the next load
            self.generation += 1
        return settled

    def _restore(self, doc_id: str, previous: IngestedDocument | None) -> None:
        """Undo a failed ingest in the corpus: the previous version comes back (its vectors are
        checked again at the next load), or the document goes."""
        if previous is not None:
            self._put(previous)
            self._retry.add(doc_id)
        else:
            self._drop(doc_id)

    def _explain(self, exc: RagError) -> RagError:
        """The error to report for a failed ingest: when the index could not be written and the data
        directory cannot be written either (full, read-only), that is the cause to name."""
        cause = self.store.write_problem() if isinstance(exc, IndexUnavailable) else None
        return cause or exc

    def remove(self, doc_id: str) -> list[str]:
        """Remove a document: its file first (then it is gone, whatever else fails), then its vectors.
        Works on a document whose vectors are missing or whose file is damaged. Returns warnings
        about what could not be cleaned up."""
        warnings: list[str] = []
        with self._lock, self.store.lock():
            self.store.remove(doc_id)
            self._drop(doc_id)
            self._stamps = {k: v for k, v in self._stamps.items() if k != doc_id}
            self.generation += 1
            try:
                self.index.delete_where("source", doc_id)
            except IndexUnavailable as exc:
                warnings.append(f"Its vectors could not be deleted from the index ({exc}); they are ignored, and "
                                "`rag index --rebuild` clears them.")
            ledger = self.store.indexed(self.key)
            if ledger.pop(doc_id, None) is not None:
                try:
                    self.store.set_indexed(self.key, ledger)
                except DataDirError:
                    pass  # a ledger entry of a document that is not stored is never consulted
        return warnings
