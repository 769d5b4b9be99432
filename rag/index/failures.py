"""What went wrong with the vector store, in words the user can act on.

Chroma reports its own faults as :class:`chromadb.errors.ChromaError` (embedded store: from the
Rust core; server: decoded from the HTTP reply), the file system as :class:`OSError`, the HTTP
transport as :class:`httpx.HTTPError`, a panic of the Rust core as ``PanicException``. Only these
are caught: a ``KeyError``, ``TypeError`` or ``ValueError`` raised by our own code is a bug, and
must surface as one instead of as "the index is damaged".

A full disk needs its own diagnosis. Chroma says "database or disk is full" when SQLite notices,
but when its log cannot be compacted it says only "Error in compaction: Failed to apply logs to
the metadata segment", and every later read fails with a message about the compactor (measured
with chromadb 1.5 on a full tmpfs). So a failed operation on an embedded store whose disk is
(nearly) full is reported as a full disk whatever the message; Chroma recovers by itself once
space is freed.
"""

from __future__ import annotations

import errno
import shutil
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from rag.errors import DiskFull, IndexUnavailable, RagError

if TYPE_CHECKING:
    from rag.index.store import StoreConfig

# What Chroma (SQLite and the Rust core) or the OS say when a write finds no space.
_FULL_MARKERS = ("database or disk is full", "no space left on device", "os error 28", "disk full")
# Below this much free space, a failed store operation is taken for a full disk. Writing one batch
# of 64 vectors needs well under 1 MB, SQLite's journal and the HNSW segment growth a few MB more.
LOW_DISK_BYTES = 32 * 1024 * 1024


@cache
def chroma_errors() -> tuple[type[BaseException], ...]:
    """The exceptions that mean "the store failed" (never a bug of ours: see the module doc)."""
    import chromadb.errors

    expected: list[type[BaseException]] = [chromadb.errors.ChromaError, OSError]
    try:
        from pyo3_runtime import PanicException  # type: ignore[import-not-found]

        expected.append(PanicException)
    except ImportError:
        pass
    try:
        import httpx

        expected.append(httpx.HTTPError)
    except ImportError:
        pass
    return tuple(expected)


def missing_collection(exc: BaseException) -> bool:
    """True when Chroma says the collection does not exist (deleted, or a server that lost its store)."""
    import chromadb.errors

    return isinstance(exc, chromadb.errors.NotFoundError)


def short(exc: BaseException) -> str:
    """The first line of an exception's message (at most 200 characters), or its type."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


def _free_bytes(path: Path) -> int | None:
    for candidate in (path, *path.parents):
        try:
            return shutil.disk_usage(candidate).free
        except OSError:
            continue
    return None


def disk_full(exc: BaseException, path: Path | None = None) -> bool:
    """True when ``exc`` (or an exception it was raised from) says the disk is full, or when
    ``path``'s file system has less than :data:`LOW_DISK_BYTES` free."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if any(marker in str(seen).lower() for marker in _FULL_MARKERS):
            return True
        seen = seen.__cause__ or seen.__context__
    if path is None:
        return False
    free = _free_bytes(path)
    return free is not None and free < LOW_DISK_BYTES


def full_disk_error(store: StoreConfig, exc: BaseException) -> DiskFull:
    """The message for a write that found no space."""
    if store.host:
        return DiskFull(f"The Chroma server at {store.host}:{store.port} has run out of disk space "
                        f"({short(exc)}). Ask its operator to free some, then try again; the index and "
                        "your documents are kept.")
    return DiskFull(f"The disk holding {store.where} is full ({short(exc)}). Free some space, then run the "
                    "command again: nothing needs rebuilding, the index recovers by itself.")


def store_error(store: StoreConfig, action: str, exc: BaseException) -> RagError:
    """The error for ``action`` ("Querying", "Writing to", …) failing on an open store."""
    if disk_full(exc, None if store.host else store.chroma_path):
        return full_disk_error(store, exc)
    if store.host:
        return IndexUnavailable(
            f"{action} the Chroma server at {store.host}:{store.port} failed ({short(exc)}). "
            "Check that the server is running and reachable, then try again "
            "(or unset RAG_CHROMA_HOST to use the embedded store).")
    return IndexUnavailable(f"{action} the index at {store.where} failed ({short(exc)}). "
                            "Run `rag index --rebuild` to rebuild it from the corpus.")


def damaged(store: StoreConfig, exc: BaseException) -> RagError:
    """The error for a store that cannot be opened or listed."""
    if disk_full(exc, None if store.host else store.chroma_path):
        return full_disk_error(store, exc)
    if store.host:
        return IndexUnavailable(
            f"The Chroma server at {store.host}:{store.port} did not answer as expected ({short(exc)}). "
            "Check that it is running (chroma run --path DIR --host HOST --port PORT) and reachable, "
            "or unset RAG_CHROMA_HOST to use the embedded store.")
    return IndexUnavailable(
        f"The index at {store.where} cannot be opened ({short(exc)}). It may be damaged or from an "
        "incompatible Chroma version. Run `rag index --rebuild` to rebuild it from the corpus "
        "(the corpus itself is never changed).")
