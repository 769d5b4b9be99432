"""The vector index: one Chroma collection (embedded store or Chroma server) of chunk embeddings.

Queries go straight to chromadb's collection API: it is the thinnest layer, and a cold ``rag ask``
need not import llama-index's store wrapper to ask for 30 neighbours. Writes go through
llama-index's ``ChromaVectorStore``, so the records keep the node layout any llama-index tool
reads (text, metadata, ``_node_content``) and the collection stays shared with llama-index.

The collection name records the embedding model (with the ONNX export version) and a digest of
the embedded chunks, so a change of either builds a new collection instead of mixing vectors; on
a Chroma server it also records the data dir that owns it, so users sharing a server never touch
each other's collections. A collection is marked complete only after its last batch is written: a
build killed half-way is detected and redone. A server that has lost the collection (restarted
with an empty store) gets it rebuilt before the next question is answered.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rag.errors import DataDirError, DiskFull, IndexUnavailable, RagError
from rag.index.chunking import CHUNKER_VERSION, Chunk
from rag.index.embeddings import Embedder, EmbeddingSpec
from rag.index.failures import (
    chroma_errors,
    damaged,
    disk_full,
    full_disk_error,
    missing_collection,
    short,
    store_error,
)
from rag.index.shipped import VectorSource

ProgressFn = Callable[[int, int], None]
BATCH = 64  # chunks embedded and written per round (the progress bar moves once per batch)
OWNER_FILE = "chroma-owner"  # in the data dir: which collections on a shared server are this data dir's
# Hex digits of the owner id in collection names: 48 bits make a clash between the data dirs of
# one server vanishingly unlikely, and keep names short.
OWNER_DIGITS = 12

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreConfig:
    """Where the index lives: an embedded store under ``data_dir`` or a Chroma server."""

    data_dir: Path
    host: str | None = None
    port: int = 8000

    @property
    def chroma_path(self) -> Path:
        """The embedded store's directory."""
        return self.data_dir / "chroma"

    @property
    def where(self) -> str:
        """Human-readable location, for messages."""
        return f"Chroma server {self.host}:{self.port}" if self.host else str(self.chroma_path)


def store_owner(store: StoreConfig) -> str | None:
    """The id under which this data dir's collections live on a Chroma server (created on first use
    and kept in the data dir); ``None`` for the embedded store, which only this data dir uses.

    Two data dirs on one server both index the Statute and may both ingest ``memo.md``: without an
    owner in the collection name, one's ``rag remove memo.md`` or ``rag index --rebuild`` would
    delete the other's vectors.
    """
    if not store.host:
        return None
    path = store.data_dir / OWNER_FILE
    try:
        if not path.exists():
            store.data_dir.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{OWNER_FILE}.tmp-{os.getpid()}")
            tmp.write_text(uuid.uuid4().hex[:OWNER_DIGITS] + "\n", encoding="ascii")
            try:
                os.link(tmp, path)  # first writer wins when two processes start at once
            except FileExistsError:
                pass
            except OSError:  # a file system without hard links: last writer wins
                os.replace(tmp, path)
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        owner = path.read_text(encoding="ascii").strip()
    except OSError as exc:
        if disk_full(exc):
            raise full_disk_error(store, exc) from exc
        raise DataDirError(f"Cannot create or read {path} ({exc.strerror or exc}). "
                           "Set RAG_DATA_DIR to a writable directory.") from exc
    if not (owner.isalnum() and owner.isascii() and len(owner) == OWNER_DIGITS):
        raise DataDirError(f"{path} should hold {OWNER_DIGITS} letters or digits, not {owner[:40]!r}: "
                           "delete it to start a new set of collections on the Chroma server.")
    return owner


def chunks_digest(chunks: list[Chunk]) -> str:
    """A digest of exactly what gets embedded: any change to corpus or chunking changes it."""
    h = hashlib.sha256(CHUNKER_VERSION.encode())
    for c in chunks:
        h.update(f"{c.id}\x00{c.dense_text}\x00".encode())
    return h.hexdigest()[:10]


# Kinds of collection no longer written: the reader's index (ri), the prototypes plain (ro) and
# masked (rm) are record files now (rag.index.records), named like collections.
RETIRED_KINDS = ("ri", "ro", "rm")


def collection_name(space: EmbeddingSpec | str, digest: str, owner: str | None = None, kind: str = "rs") -> str:
    """``<kind>-[<owner>-]<vector space>-<digest of the embedded records>``, within Chroma's 3–512
    [a-zA-Z0-9._-] rule. ``space``: a model (its :attr:`~EmbeddingSpec.slug`) or a vector space's
    name (:func:`rag.index.adapter.space_slug`); ``kind``: ``rs`` for the corpus's chunks (a
    collection), ``ri``/``ro``/``rm`` for the record files of the reader's index and the prototypes;
    ``owner``: see :func:`store_owner`."""
    name = space.slug if isinstance(space, EmbeddingSpec) else space
    slug = "".join(ch if ch.isalnum() or ch in "._-" else "-" for ch in name)[:60].strip("-._")
    return f"{owned_prefix(owner, kind)}{slug}-{digest}"


def owned_prefix(owner: str | None, kind: str = "rs") -> str:
    """The start of every collection name of one kind that a data dir owns (on the embedded store:
    all of that kind)."""
    return f"{kind}-{owner}-" if owner else f"{kind}-"


class VectorIndex:
    """One Chroma collection of chunk embeddings.

    ``restore`` returns what the collection should hold (the corpus and the ingested documents):
    when a Chroma server turns out to have lost the collection, it is rebuilt from it and the
    operation retried. Without it, that case is an error saying how to rebuild.
    """

    def __init__(self, store: StoreConfig, embedder: Embedder, name: str,
                 restore: Callable[[], list[Chunk]] | None = None, owner: str | None = None,
                 vectors: VectorSource | None = None) -> None:
        self.store = store
        # Where the vectors of written chunks come from (the shipped ones looked up); the embedder's
        # own otherwise.
        self._vectors = vectors.vectors if vectors is not None else embedder.embed_texts
        self.embedder = embedder
        self.name = name
        self.owner = owner
        self._restore = restore
        self._errors = chroma_errors()
        self._client = self._connect()
        self._collection = None
        self._lock = threading.RLock()
        self._memo: dict[str, list[float]] = {}

    # -- connection -------------------------------------------------------------------------
    def _connect(self):
        import chromadb
        from chromadb.config import Settings

        settings = Settings(anonymized_telemetry=False, allow_reset=True)
        if self.store.host:
            try:
                return chromadb.HttpClient(host=self.store.host, port=self.store.port, settings=settings)
            except (*self._errors, ValueError) as exc:  # ValueError: chromadb's "Could not connect"
                raise IndexUnavailable(
                    f"Cannot reach the Chroma server at {self.store.host}:{self.store.port} ({short(exc)}). "
                    "Start it (chroma run --path DIR --host HOST --port PORT) or unset RAG_CHROMA_HOST "
                    "to use the embedded store."
                ) from exc
        path = self.store.chroma_path
        try:
            path.mkdir(parents=True, exist_ok=True)
            probe = path / ".write-test"
            probe.write_text("ok")
            probe.unlink()
        except OSError as exc:
            if disk_full(exc):
                raise full_disk_error(self.store, exc) from exc
            raise DataDirError(
                f"Cannot create or write the data directory {self.store.data_dir} ({exc.strerror or exc}). "
                "Set RAG_DATA_DIR to a writable directory."
            ) from exc
        try:
            return chromadb.PersistentClient(path=str(path), settings=settings)
        except self._errors as exc:
            raise damaged(self.store, exc) from exc

    def _open_collection(self, create: bool):
        try:
            if create:
                return self._client.get_or_create_collection(
                    self.name, configuration={"hnsw": {"space": "cosine"}},
                    metadata={"complete": False}, embedding_function=None,
                )
            return self._client.get_collection(self.name, embedding_function=None)
        except self._errors as exc:
            if not create and missing_collection(exc):
                return None
            raise damaged(self.store, exc) from exc

    # -- state ------------------------------------------------------------------------------
    def is_complete(self) -> bool:
        """True when the collection exists and its build finished."""
        col = self._collection or self._open_collection(create=False)
        if col is None:
            return False
        try:
            meta = col.metadata or {}
        except self._errors as exc:
            raise damaged(self.store, exc) from exc
        if meta.get("complete") is True:
            self._collection = col
            return True
        return False

    def count(self) -> int:
        """Number of vectors in the collection."""
        if self._collection is None:
            return 0
        return self._call("Reading", lambda col: col.count())

    def build(self, chunks: list[Chunk], progress: ProgressFn | None = None, rebuild: bool = False) -> int:
        """(Re)build the collection from ``chunks``; returns the number of vectors written.

        An incomplete collection (a build that was killed) is dropped first; with ``rebuild``, so
        are this data dir's other collections (older models or corpus versions) — never another
        data dir's on a shared server.
        """
        with self._lock:
            self._reopen_if_reset()
            try:
                existing = [c.name for c in self._client.list_collections()]
                if self.name in existing:
                    self._client.delete_collection(self.name)
                # This data dir's collections of the reader's index and the prototypes from before
                # they moved to rag.index.records go at any build; with ``rebuild``, so do its other
                # collections of chunks.
                gone = tuple(owned_prefix(self.owner, kind) for kind in RETIRED_KINDS)
                if rebuild:
                    gone += (owned_prefix(self.owner, self.name.split("-", 1)[0]),)
                for other in existing:
                    if other.startswith(gone) and other != self.name:
                        self._client.delete_collection(other)
            except self._errors as exc:
                raise self._fault(damaged(self.store, exc)) from exc
            self._collection = self._open_collection(create=True)
            try:
                written = self._add(chunks, progress, replace=False)  # a new collection: nothing to replace
                self._collection.modify(metadata={"complete": True, "chunks": len(chunks)})
            except self._errors as exc:
                raise self._fault(store_error(self.store, "Writing to", exc)) from exc
            return written

    def add(self, chunks: list[Chunk], progress: ProgressFn | None = None) -> int:
        """Add (or replace, by id) chunks in the complete collection."""
        with self._lock:
            return self._call("Writing to", lambda _col: self._add(chunks, progress, replace=True))

    def _add(self, chunks: list[Chunk], progress: ProgressFn | None, replace: bool) -> int:
        try:
            return self._write(chunks, progress, replace)
        finally:
            self._memo.clear()

    def _write(self, chunks: list[Chunk], progress: ProgressFn | None, replace: bool) -> int:
        """Embed and write ``chunks`` batch by batch, first deleting their ids when ``replace``
        (store faults propagate as Chroma raised them)."""
        from llama_index.core.schema import TextNode
        from llama_index.vector_stores.chroma import ChromaVectorStore

        writer = ChromaVectorStore(chroma_collection=self._collection)
        total = len(chunks)
        done = 0
        if progress:
            progress(0, total)
        # Batches of similar length waste no work on padding: about twice as fast on a CPU.
        by_length = sorted(chunks, key=lambda c: len(c.dense_text))
        for batch in _batches(by_length, BATCH):
            vectors = self._embed([c.dense_text for c in batch])
            nodes = [
                TextNode(id_=c.id, text=c.span, embedding=v,
                         metadata={**c.metadata, "context": c.context})
                for c, v in zip(batch, vectors)
            ]
            if replace:
                self._collection.delete(ids=[c.id for c in batch])
            writer.add(nodes)
            done += len(batch)
            if progress:
                progress(done, total)
        return done

    def _embed(self, texts: list[str]) -> list[list[float]]:
        """Embed texts, computing each distinct text once (identical spans — repeated recitals,
        replicated corpora — share one vector)."""
        keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
        missing = {k: t for k, t in zip(keys, texts) if k not in self._memo}
        if missing:
            self._memo.update(zip(missing, self._vectors(list(missing.values()))))
        return [self._memo[k] for k in keys]

    def delete_where(self, field: str, value: str) -> None:
        """Delete every vector whose metadata ``field`` equals ``value``."""
        with self._lock:
            self._call("Deleting from", lambda col: col.delete(where={field: value}))

    def records(self, where: dict | None = None) -> list[tuple[str, str, dict]]:
        """``(id, text, metadata)`` for stored records (optionally filtered)."""
        got = self._call("Reading", lambda col: col.get(where=where, include=["documents", "metadatas"]))
        return list(zip(got["ids"], got["documents"], got["metadatas"]))

    def query(self, embedding: list[float], k: int, where: dict | None = None) -> list[tuple[str, float]]:
        """The ``k`` nearest chunks (optionally only those whose metadata matches ``where``) as
        ``(chunk id, cosine similarity)``, best first."""
        got = self._call("Querying", lambda col: col.query(
            query_embeddings=[embedding], n_results=k, where=where, include=["distances"]))
        # The collection's space is cosine: Chroma's distance is 1 - cos.
        return [(i, 1.0 - d) for i, d in zip(got["ids"][0], got["distances"][0])]

    # -- faults -----------------------------------------------------------------------------
    def _call(self, action: str, operation: Callable):
        """Run ``operation(collection)``, turning store faults into clear errors. A collection that
        has gone missing is looked up again (another process may have rebuilt it) or, on a Chroma
        server that lost it, rebuilt from ``restore``; then the operation is tried once more."""
        self._reopen_if_reset()
        col = self._collection
        try:
            return operation(col)
        except self._errors as exc:
            if not missing_collection(exc):
                raise self._fault(store_error(self.store, action, exc)) from exc
            lost = exc
        self._recover(col, action, lost)
        try:
            return operation(self._collection)
        except self._errors as exc:
            raise self._fault(store_error(self.store, action, exc)) from exc

    def _fault(self, error: RagError) -> RagError:
        """``error``, after dropping this process's client of an embedded store that found its disk
        full: chromadb 1.5 can hang on the next query in a process whose compaction failed for want
        of space (measured: 1 run in 15), a fresh client of the same store does not (45 of 45)."""
        if isinstance(error, DiskFull) and not self.store.host:
            with self._lock:
                _forget_client(self.store.chroma_path)
                self._client = None
        return error

    def _reopen_if_reset(self) -> None:
        with self._lock:
            if self._client is not None:
                return
            self._client = self._connect()
            if self._collection is not None:
                self._collection = self._open_collection(create=False)
                if self._collection is None:
                    raise IndexUnavailable(f"The index at {self.store.where} lost its collection {self.name}. "
                                           "Run `rag index --rebuild` to rebuild it from the corpus.")

    def _recover(self, lost_col, action: str, exc: BaseException) -> None:
        with self._lock:
            if self._collection is not lost_col:  # another thread recovered it meanwhile
                return
            fresh = self._open_collection(create=False)
            try:
                if fresh is not None and (fresh.metadata or {}).get("complete") is True:
                    self._collection = fresh  # rebuilt by another process under the same name
                    return
            except self._errors as again:
                raise damaged(self.store, again) from again
            if not self.store.host:
                raise store_error(self.store, action, exc) from exc
            if self._restore is None:
                raise IndexUnavailable(
                    f"The Chroma server at {self.store.host}:{self.store.port} no longer has the collection "
                    f"{self.name} ({short(exc)}); was it restarted with an empty store? Run `rag index` to "
                    "build it again.") from exc
            log.warning("The Chroma server at %s:%s lost the collection %s (restarted with an empty store?); "
                        "rebuilding it from the corpus and the ingested documents.",
                        self.store.host, self.store.port, self.name)
            self.build(self._restore())


def remove_store(store: StoreConfig) -> None:
    """Delete an embedded store's directory (used by ``rag index --rebuild`` on a damaged store)."""
    if store.host is None and store.chroma_path.exists():
        _forget_client(store.chroma_path)
        shutil.rmtree(store.chroma_path)


def _forget_client(path: Path) -> None:
    """Drop chromadb's in-process cache of the store at ``path`` so a rebuilt store is opened
    afresh (other stores' clients stay valid)."""
    from chromadb.api.shared_system_client import SharedSystemClient

    for key in [k for k in SharedSystemClient._identifier_to_system if Path(k) == path]:
        SharedSystemClient._identifier_to_system.pop(key, None)
        SharedSystemClient._identifier_to_refcount.pop(key, None)


def _batches(items: list[Chunk], size: int) -> Iterable[list[Chunk]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
