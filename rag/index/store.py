"""The vector index: Chroma (embedded or client/server) behind llama-index's Chroma vector store.

The collection name records the embedding model and the corpus/chunker version, so a change
of either builds a new collection instead of mixing vectors. A collection is marked complete
only after its last batch is written; a build killed half-way is detected and redone.
"""

from __future__ import annotations

import hashlib
import math
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rag.errors import DataDirError, IndexUnavailable
from rag.index.chunking import CHUNKER_VERSION, Chunk
from rag.index.embeddings import Embedder, EmbeddingSpec

ProgressFn = Callable[[int, int], None]
BATCH = 64


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


def chunks_digest(chunks: list[Chunk]) -> str:
    """A digest of exactly what gets embedded: any change to corpus or chunking changes it."""
    h = hashlib.sha256(CHUNKER_VERSION.encode())
    for c in chunks:
        h.update(f"{c.id}\x00{c.dense_text}\x00".encode())
    return h.hexdigest()[:10]


def collection_name(spec: EmbeddingSpec, digest: str, prefix: str = "rs") -> str:
    """``<prefix>-<model>-<digest of the embedded records>``, within Chroma's 3–512 [a-zA-Z0-9._-] rule
    (``rs`` for the corpus's chunks, ``ri`` for the reader's index)."""
    slug = "".join(ch if ch.isalnum() or ch in "._-" else "-" for ch in spec.slug)[:60].strip("-._")
    return f"{prefix}-{slug}-{digest}"


_CHROMA_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error, OSError, ValueError, RuntimeError,
                                                    KeyError, TypeError)


def _chroma_errors() -> tuple[type[BaseException], ...]:
    import chromadb.errors

    extra: list[type[BaseException]] = [chromadb.errors.ChromaError]
    try:
        from pyo3_runtime import PanicException  # type: ignore[import-not-found]

        extra.append(PanicException)
    except ImportError:
        pass
    try:
        import httpx

        extra.append(httpx.HTTPError)
    except ImportError:
        pass
    return _CHROMA_ERRORS + tuple(extra)


class VectorIndex:
    """One Chroma collection of chunk embeddings."""

    def __init__(self, store: StoreConfig, embedder: Embedder, name: str) -> None:
        self.store = store
        self.embedder = embedder
        self.name = name
        self._errors = _chroma_errors()
        self._client = self._connect()
        self._collection = None
        self._vector_store = None
        self._lock = threading.Lock()
        self._memo: dict[str, list[float]] = {}

    # -- connection -------------------------------------------------------------------------
    def _connect(self):
        import chromadb
        from chromadb.config import Settings

        settings = Settings(anonymized_telemetry=False, allow_reset=True)
        if self.store.host:
            try:
                return chromadb.HttpClient(host=self.store.host, port=self.store.port, settings=settings)
            except self._errors as exc:
                raise IndexUnavailable(
                    f"Cannot reach the Chroma server at {self.store.host}:{self.store.port} ({_short(exc)}). "
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
            raise DataDirError(
                f"Cannot create or write the data directory {self.store.data_dir} ({exc.strerror or exc}). "
                "Set RAG_DATA_DIR to a writable directory."
            ) from exc
        try:
            return chromadb.PersistentClient(path=str(path), settings=settings)
        except self._errors as exc:
            raise IndexUnavailable(_damaged(self.store, exc)) from exc

    def _open_collection(self, create: bool):
        try:
            if create:
                return self._client.get_or_create_collection(
                    self.name, configuration={"hnsw": {"space": "cosine"}},
                    metadata={"complete": False}, embedding_function=None,
                )
            return self._client.get_collection(self.name, embedding_function=None)
        except self._errors as exc:
            if not create and "does not exist" in str(exc).lower():
                return None
            raise IndexUnavailable(_damaged(self.store, exc)) from exc

    # -- state ------------------------------------------------------------------------------
    def is_complete(self) -> bool:
        """True when the collection exists and its build finished."""
        col = self._collection or self._open_collection(create=False)
        if col is None:
            return False
        try:
            meta = col.metadata or {}
        except self._errors as exc:
            raise IndexUnavailable(_damaged(self.store, exc)) from exc
        if meta.get("complete") is True:
            self._attach(col)
            return True
        return False

    def _attach(self, col) -> None:
        from llama_index.vector_stores.chroma import ChromaVectorStore

        self._collection = col
        self._vector_store = ChromaVectorStore(chroma_collection=col)

    def count(self) -> int:
        """Number of vectors in the collection."""
        try:
            return self._collection.count() if self._collection is not None else 0
        except self._errors as exc:
            raise IndexUnavailable(_damaged(self.store, exc)) from exc

    def build(self, chunks: list[Chunk], progress: ProgressFn | None = None, rebuild: bool = False) -> int:
        """(Re)build the collection from ``chunks``; returns the number of vectors written.

        An incomplete collection (a build that was killed) is dropped first.
        """
        with self._lock:
            try:
                existing = [c.name for c in self._client.list_collections()]
                if self.name in existing:
                    self._client.delete_collection(self.name)
                if rebuild:
                    for other in existing:
                        if other.startswith("rs-") and other != self.name:
                            self._client.delete_collection(other)
            except self._errors as exc:
                raise IndexUnavailable(_damaged(self.store, exc)) from exc
            col = self._open_collection(create=True)
            self._attach(col)
            written = self._add(chunks, progress)
            try:
                col.modify(metadata={"complete": True, "chunks": len(chunks)})
            except self._errors as exc:
                raise IndexUnavailable(_damaged(self.store, exc)) from exc
            return written

    def add(self, chunks: list[Chunk], progress: ProgressFn | None = None) -> int:
        """Add (or replace, by id) chunks in the complete collection."""
        with self._lock:
            return self._add(chunks, progress)

    def _add(self, chunks: list[Chunk], progress: ProgressFn | None) -> int:
        try:
            return self._write(chunks, progress)
        finally:
            self._memo.clear()

    def _write(self, chunks: list[Chunk], progress: ProgressFn | None) -> int:
        from llama_index.core.schema import TextNode

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
            try:
                self._collection.delete(ids=[c.id for c in batch])
                self._vector_store.add(nodes)
            except self._errors as exc:
                raise IndexUnavailable(self._failure("Writing to", exc)) from exc
            done += len(batch)
            if progress:
                progress(done, total)
        return done

    def _failure(self, action: str, exc: BaseException) -> str:
        if self.store.host:
            return (f"{action} the Chroma server at {self.store.host}:{self.store.port} failed ({_short(exc)}). "
                    "Check that the server is running and reachable, then try again "
                    "(or unset RAG_CHROMA_HOST to use the embedded store).")
        return (f"{action} the index at {self.store.where} failed ({_short(exc)}). "
                "Run `rag index --rebuild` to rebuild it from the corpus.")

    def _embed(self, texts: list[str]) -> list[list[float]]:
        """Embed texts, computing each distinct text once (identical spans — repeated recitals,
        replicated corpora — share one vector)."""
        keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
        missing = list(dict.fromkeys(k for k in keys if k not in self._memo))
        if missing:
            first = {k: t for k, t in zip(keys, texts)}
            for k, v in zip(missing, self.embedder.embed_texts([first[k] for k in missing])):
                self._memo[k] = v
        return [self._memo[k] for k in keys]

    def delete_where(self, field: str, value: str) -> None:
        """Delete every vector whose metadata ``field`` equals ``value``."""
        try:
            self._collection.delete(where={field: value})
        except self._errors as exc:
            raise IndexUnavailable(self._failure("Deleting from", exc)) from exc

    def records(self, where: dict | None = None) -> list[tuple[str, str, dict]]:
        """``(id, text, metadata)`` for stored records (optionally filtered)."""
        try:
            got = self._collection.get(where=where, include=["documents", "metadatas"])
        except self._errors as exc:
            raise IndexUnavailable(self._failure("Reading", exc)) from exc
        return list(zip(got["ids"], got["documents"], got["metadatas"]))

    def query(self, embedding: list[float], k: int, where: dict | None = None) -> list[tuple[str, float]]:
        """The ``k`` nearest chunks as ``(chunk id, cosine similarity)``, best first (only records
        whose metadata match ``where``, when given)."""
        from llama_index.core.vector_stores.types import VectorStoreQuery

        if where is not None:
            try:
                got = self._collection.query(query_embeddings=[embedding], n_results=k, where=where,
                                             include=["distances"])
            except self._errors as exc:
                raise IndexUnavailable(self._failure("Querying", exc)) from exc
            return [(i, 1.0 - d) for i, d in zip(got["ids"][0], got["distances"][0])]
        try:
            result = self._vector_store.query(VectorStoreQuery(query_embedding=embedding, similarity_top_k=k))
        except self._errors as exc:
            raise IndexUnavailable(self._failure("Querying", exc)) from exc
        # llama-index reports exp(-distance); Chroma's cosine distance is 1 - cos.
        return [(i, 1.0 + math.log(max(s, 1e-12))) for i, s in zip(result.ids, result.similarities)]


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


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


def _damaged(store: StoreConfig, exc: BaseException) -> str:
    if store.host:
        return (f"The Chroma server at {store.host}:{store.port} did not answer as expected ({_short(exc)}). "
                "Check that it is running (chroma run --path DIR --host HOST --port PORT) and reachable, "
                "or unset RAG_CHROMA_HOST to use the embedded store.")
    return (
        f"The index at {store.where} cannot be opened ({_short(exc)}). It may be damaged or from an "
        "incompatible Chroma version. Run `rag index --rebuild` to rebuild it from the corpus "
        "(the corpus itself is never changed)."
    )
