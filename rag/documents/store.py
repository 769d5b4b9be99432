"""The store of the user's ingested documents under ``<data_dir>/documents``: collecting the paths
to ingest (folders walked without following links out of them), reading files into documents before
anything is written, and keeping each document's extracted text as JSON, written atomically.

Reading and splitting the files is :mod:`rag.documents.readers`; keeping the store, the corpus and the
vector index in step is :mod:`rag.documents.library`.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from rag.documents.readers import (
    FORMAT_VERSION,
    FORMATS,
    SUPPORTED,
    IngestedDocument,
    printable,
    read_document,
    slugify,
    target_of,
)
from rag.errors import DataDirError, DocumentError, InputError, MissingDocument, UnknownDocument, describe
from rag.index.failures import LOW_DISK_BYTES
from rag.models import Provision, ProvisionKind, SourceInfo, SourceKind

# ── Collecting paths ────────────────────────────────────────────────────────────────────────────


def collect_paths(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """The files to ingest from files and directories (searched recursively, hidden entries ignored),
    and a reason for each file left out. A path that does not exist is a :class:`MissingDocument`;
    a broken or looping link named here is a :class:`DocumentError`."""
    paths = [Path(p) for p in paths]
    if not paths:
        raise InputError("Name at least one file or directory to ingest, e.g. `rag ingest memo.md`.")
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        raise MissingDocument(f"No such file or directory: {missing[0]}"
                              + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else "")
                              + "; check the path and try again.")
    targets = [target_of(p) for p in paths]
    files: list[Path] = []
    skipped: list[str] = []
    seen: set[Path] = set()

    def add(f: Path) -> None:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            files.append(f)

    for p, target in zip(paths, targets):
        if target.is_dir():
            found = 0
            for f, reason in _walk(p):
                if reason is None:
                    found += 1
                    add(f)
                else:
                    skipped.append(reason)
            if not found:
                skipped.append(f"{p}: no {SUPPORTED} files in this directory")
        elif target.suffix.lower() in FORMATS:
            add(p)
        else:
            skipped.append(f"{p}: {_unsupported(p, target)}")
    return files, skipped


def _walk(folder: Path) -> Iterator[tuple[Path, str | None]]:
    """Every file under ``folder`` with ``None`` when it is to be ingested, else the line saying why not.

    A link is judged by its target: one that leaves the folder is not followed (``ln -s /etc/passwd
    d/p.txt`` must not ingest the password file), and what the target is — a regular file, and of
    which format — decides, not the link's name.
    """
    root = folder.resolve()
    for f in sorted(folder.rglob("*")):
        if any(part.startswith(".") for part in f.relative_to(folder).parts):
            continue
        try:
            target = target_of(f)
        except DocumentError as exc:
            yield f, str(exc)
            continue
        if not target.is_relative_to(root):
            yield f, f"{f}: links to {target}, outside the folder; links that leave the folder are not followed"
        elif target.is_dir():
            continue  # a folder of its own, walked as such (links to folders are not descended)
        elif not target.is_file():
            yield f, f"{f}: not a regular file (a device, pipe or socket); only files are ingested"
        elif target.suffix.lower() not in FORMATS:
            yield f, f"{f}: {_unsupported(f, target)}"
        else:
            yield f, None


def _unsupported(f: Path, target: Path) -> str:
    what = f"{target.suffix or 'no extension'} is not a supported format ({SUPPORTED})"
    return f"links to {target}, whose {what}" if f.is_symlink() else what


# ── The store ───────────────────────────────────────────────────────────────────────────────────

# How long a command waits for another process that is changing the documents (a large ingest
# embeds for minutes; a user who started two at once would rather wait than redo one).
LOCK_WAIT_S = 600.0

# What a failed write means for the user, by errno (anything else: the directory is not writable).
_WRITE_FAILURES = {
    errno.ENOSPC: "the disk is full; free some space and run the command again",
    errno.EDQUOT: "the disk quota is used up; free some space (or raise the quota) and run the command again",
    errno.EROFS: "the data directory is read-only; make it writable, or set RAG_DATA_DIR to a writable directory",
    errno.EACCES: "permission denied; make the data directory writable, or set RAG_DATA_DIR to one you own",
    errno.EPERM: "permission denied; make the data directory writable, or set RAG_DATA_DIR to one you own",
    errno.ENAMETOOLONG: "a file name is too long for this file system; rename the document to a shorter name",
}
_NOT_WRITABLE = "check that the data directory (RAG_DATA_DIR) is writable"

Stamp = tuple[int, int, int]  # (inode, size, mtime in ns) of a store file: changes whenever it is rewritten


def write_error(action: str, path: Path, exc: OSError) -> DataDirError:
    """The :class:`DataDirError` for a failed write, saying what the failure means (a full disk, a
    read-only directory) and what to do."""
    advice = _WRITE_FAILURES.get(exc.errno, _NOT_WRITABLE)
    return DataDirError(f"Cannot {action} {printable(str(path))} ({exc.strerror or describe(exc)}): {advice}.")


@dataclass
class IngestReport:
    """What one ingest did (or, from :meth:`DocumentStore.read`, is about to do)."""

    documents: list[IngestedDocument] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)  # ids that were already ingested (now replaced)
    skipped: list[str] = field(default_factory=list)  # one line per file left out, saying why


class DocumentStore:
    """Ingested documents under ``<data_dir>/documents``.

    - ``<id>.json``: one document, written atomically (a temp file renamed over the old one);
    - ``.indexed-<key>``: the ledger of one vector collection, saying which version of which
      document it holds vectors for (see :mod:`rag.documents.library`);
    - ``.lock``: held by the process that is changing documents or their vectors.
    """

    def __init__(self, data_dir: Path) -> None:
        self.dir = Path(data_dir) / "documents"
        self.problems: list[str] = []  # damaged store files found while loading, until someone reports them

    def _file(self, doc_id: str) -> Path:
        return self.dir / f"{doc_id}.json"

    # -- reading --------------------------------------------------------------------------------
    def stamps(self) -> dict[str, Stamp]:
        """Every stored document's id and the stamp of its file: a cheap marker of what changed
        (one directory listing, no file read)."""
        try:
            entries = list(os.scandir(self.dir))
        except FileNotFoundError:
            return {}
        except OSError as exc:
            self._note(self.dir, exc)
            return {}
        out: dict[str, Stamp] = {}
        for entry in entries:
            if entry.name.endswith(".json") and not entry.name.startswith("."):
                with contextlib.suppress(OSError):  # removed since the listing: not stored any more
                    st = entry.stat()
                    out[entry.name[:-len(".json")]] = (st.st_ino, st.st_size, st.st_mtime_ns)
        return dict(sorted(out.items()))

    def load(self, doc_id: str) -> IngestedDocument | None:
        """The stored document ``doc_id``; ``None`` when its file is gone or damaged (a damaged
        file is noted in :attr:`problems`)."""
        f = self._file(doc_id)
        try:
            return _from_json(json.loads(f.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            self._note(f, exc)
            return None

    def _note(self, f: Path, exc: BaseException) -> None:
        self.problems.append(f"Skipped the damaged store file {printable(str(f))} ({describe(exc)}); ingest the "
                             "document again or delete that file.")

    def load_all(self) -> list[IngestedDocument]:
        """Every stored document, by id; an unreadable store file is skipped and noted in ``problems``."""
        return [d for d in map(self.load, self.stamps()) if d is not None]

    def read(self, paths: Iterable[Path]) -> IngestReport:
        """Read every supported file among ``paths`` (directories searched recursively) into
        documents with their ids, writing nothing.

        A file that cannot be read is reported in ``skipped``; when nothing at all can be ingested
        the first problem is raised (an :class:`InputError`). Sizes and formats are checked before
        any file is read, and nothing here needs the embedding model.
        """
        files, skipped = collect_paths(paths)
        report = IngestReport(skipped=list(skipped))
        errors: list[DocumentError] = []
        stored = self.load_all()
        taken: list[str] = []
        for f in files:
            try:
                doc = read_document(f, _allocate(f.resolve(), stored, taken))
            except DocumentError as exc:
                errors.append(exc)
                report.skipped.append(str(exc))
                continue
            taken.append(doc.id)
            report.documents.append(doc)
        if not report.documents:
            if len(errors) == 1 and not skipped:
                raise errors[0]
            first = report.skipped[0] if report.skipped else "no files found"
            more = f" ({len(report.skipped) - 1} more problem(s))" if len(report.skipped) > 1 else ""
            raise DocumentError(f"Nothing was ingested: {first}{more}.")
        existing = {d.id for d in stored}
        report.replaced = [d.id for d in report.documents if d.id in existing]
        return report

    def settle(self, docs: list[IngestedDocument]) -> list[IngestedDocument]:
        """``docs`` (read earlier) with the ids they get in the store as it is now — under the lock,
        another process may have taken an id meanwhile: such a document is read again under a new one."""
        stored = self.load_all()
        settled: list[IngestedDocument] = []
        for doc in docs:
            doc_id = _allocate(doc.path, stored, [d.id for d in settled])
            settled.append(doc if doc_id == doc.id else read_document(doc.path, doc_id))
        return settled

    # -- writing --------------------------------------------------------------------------------
    def save(self, doc: IngestedDocument) -> Stamp:
        """Write (or replace) the document's JSON atomically; returns the new file's stamp."""
        self._write(self._file(doc.id), json.dumps(_to_json(doc), ensure_ascii=False, indent=1), "write")
        st = self._file(doc.id).stat()
        return (st.st_ino, st.st_size, st.st_mtime_ns)

    def _write(self, path: Path, text: str, action: str) -> None:
        """Write ``text`` to ``path`` atomically: a temp file, flushed to disk, renamed over the old one,
        so a crash or a full disk leaves the previous version intact."""
        tmp: str | None = None
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.dir, prefix=f".{path.stem}.", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
            tmp = None
        except OSError as exc:
            raise write_error(action, path, exc) from exc
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    def write_problem(self) -> DataDirError | None:
        """Why the data directory cannot take writes now — a full disk, a read-only directory — or
        ``None``. Asked after the index failed to write, whose own error may not say (chromadb's
        "Error in compaction" on a full disk)."""
        probe = self.dir / ".write-test"
        try:
            self._write(probe, "ok", "write to")
            probe.unlink()
            free = shutil.disk_usage(self.dir).free
        except DataDirError as exc:
            return exc
        except OSError as exc:
            return write_error("write to", probe, exc)
        # The index's own rule for a failed write: with this little space left, the disk is what is
        # full (the index writes segments of several MB at once, so it fails while a small file fits).
        if free < LOW_DISK_BYTES:
            return DataDirError(f"The disk holding {printable(str(self.dir.parent))} is full ({free / 2**20:.1f} MB "
                                "free): free some space and run the command again.")
        return None

    def remove(self, doc_id: str) -> None:
        """Delete a stored document's file; an unknown id is an :class:`UnknownDocument` naming the
        known ones. A damaged file can be removed too: nothing is read."""
        known = list(self.stamps())
        if doc_id not in known:
            hint = (f"ingested documents: {', '.join(known[:10])}{', ...' if len(known) > 10 else ''}" if known
                    else "no documents are ingested")
            raise UnknownDocument(f"No ingested document {doc_id!r} ({hint}); run `rag sources` to list them.")
        try:
            self._file(doc_id).unlink()
        except FileNotFoundError:
            pass  # removed meanwhile by another process: the outcome asked for
        except OSError as exc:
            raise write_error("delete", self._file(doc_id), exc) from exc

    # -- the ledgers of the vector collections --------------------------------------------------
    def _ledger(self, key: str) -> Path:
        return self.dir / f".indexed-{hashlib.sha256(key.encode()).hexdigest()[:16]}"  # no .json: not a document

    def indexed(self, key: str) -> dict[str, str]:
        """The ledger of the vector collection ``key``: document id → sha256 of the version whose
        vectors it holds. A missing or unreadable ledger is empty (everything is checked again)."""
        try:
            data = json.loads(self._ledger(key).read_text(encoding="utf-8"))
            return {str(k): str(v) for k, v in data["documents"].items()} if data.get("index") == key else {}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return {}

    def set_indexed(self, key: str, documents: dict[str, str]) -> None:
        """Replace the ledger of the vector collection ``key`` (atomically)."""
        payload = json.dumps({"index": key, "documents": dict(sorted(documents.items()))}, indent=1)
        self._write(self._ledger(key), payload, "write")

    def forget_index(self, key: str) -> None:
        """Drop the ledger of the collection ``key``: it is being built afresh and holds no document."""
        try:
            self._ledger(key).unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise write_error("delete", self._ledger(key), exc) from exc

    # -- one writer at a time, across processes -------------------------------------------------
    @contextlib.contextmanager
    def lock(self, wait: float = LOCK_WAIT_S) -> Iterator[bool]:
        """Hold the store's lock for the block (released however the block ends, even by a kill).

        With ``wait=0`` the block runs at once and is told whether it got the lock; otherwise a
        lock still held by another process after ``wait`` seconds is a :class:`DataDirError`.
        """
        from filelock import FileLock, Timeout

        path = self.dir / ".lock"
        lock = FileLock(str(path))
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            lock.acquire(timeout=wait)
            held = True
        except Timeout:
            if wait:
                raise DataDirError(f"Another process has been changing the documents in {printable(str(self.dir))} "
                                   f"for {wait:.0f} s (it holds {printable(str(path))}); try again when it has "
                                   "finished.") from None
            held = False
        except OSError as exc:
            raise write_error("lock", path, exc) from exc
        try:
            yield held
        finally:
            if held:
                lock.release()


def _allocate(target: Path, docs: list[IngestedDocument], taken: Iterable[str]) -> str:
    for d in docs:
        if d.path == target:
            return d.id
    used = {d.id for d in docs} | set(taken)
    base = slugify(target.name)
    doc_id, n = base, 1
    while doc_id in used:
        n += 1
        doc_id = _with_suffix(base, n)
    return doc_id


def _with_suffix(doc_id: str, n: int) -> str:
    """``memo.md`` → ``memo-2.md``: the id of the ``n``-th file of that name."""
    stem, dot, ext = doc_id.rpartition(".")
    return f"{stem}-{n}.{ext}" if dot and stem else f"{doc_id}-{n}"


def _to_json(doc: IngestedDocument) -> dict:
    return {
        "format_version": FORMAT_VERSION, "id": doc.id, "path": str(doc.path), "format": doc.format,
        "sha256": doc.sha256, "size": doc.size, "ingested_at": doc.ingested_at, "source": asdict(doc.source),
        "provisions": [asdict(p) for p in doc.provisions],
    }


_PROVISION_FIELDS = {f.name for f in fields(Provision)}
_SOURCE_FIELDS = {f.name for f in fields(SourceInfo)}


def _from_json(data: dict) -> IngestedDocument:
    if data.get("format_version") != FORMAT_VERSION:
        raise ValueError(f"unknown format_version {data.get('format_version')!r}")
    source = SourceInfo(**{k: v for k, v in data["source"].items() if k in _SOURCE_FIELDS})
    source = replace(source, kind=SourceKind(source.kind))
    provisions = []
    for raw in data["provisions"]:
        p = {k: v for k, v in raw.items() if k in _PROVISION_FIELDS}
        p["children"] = tuple(p.get("children") or ())
        p["kind"] = ProvisionKind(p["kind"])
        provisions.append(Provision(**p))
    if source.id != data["id"] or any(p.source != source.id for p in provisions):
        raise ValueError("provisions do not belong to the document")
    return IngestedDocument(source=source, provisions=tuple(provisions), sha256=data["sha256"],
                            path=Path(data["path"]), format=data["format"], ingested_at=data.get("ingested_at", ""),
                            size=int(data.get("size", 0)))
