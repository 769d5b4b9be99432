"""The store of the user's ingested documents: collecting paths, saving each document's
extracted text as JSON under ``<data_dir>/documents`` (atomically), replacing on re-ingest.

Reading and splitting the files is :mod:`rag.documents.readers`.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from rag.documents.readers import (
    FORMAT_VERSION,
    FORMATS,
    SUPPORTED,
    IngestedDocument,
    read_document,
    slugify,
    target_of,
)
from rag.errors import DataDirError, DocumentError, InputError, MissingDocument, UnknownDocument, describe
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


@dataclass
class IngestReport:
    """What one ``ingest`` call did."""

    documents: list[IngestedDocument] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)  # ids that were already ingested (now replaced)
    skipped: list[str] = field(default_factory=list)  # one line per file left out, saying why


class DocumentStore:
    """Ingested documents, one JSON file each under ``<data_dir>/documents``."""

    def __init__(self, data_dir: Path) -> None:
        self.dir = Path(data_dir) / "documents"
        self.problems: list[str] = []  # unreadable store files found by the last load_all()

    def _file(self, doc_id: str) -> Path:
        return self.dir / f"{doc_id}.json"

    # -- reading --------------------------------------------------------------------------------
    def load_all(self) -> list[IngestedDocument]:
        """Every stored document, by id; an unreadable store file is skipped and noted in ``problems``."""
        self.problems = []
        if not self.dir.is_dir():
            return []
        docs: list[IngestedDocument] = []
        for f in sorted(self.dir.glob("*.json")):
            try:
                docs.append(_from_json(json.loads(f.read_text(encoding="utf-8"))))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                self.problems.append(f"Skipped the damaged store file {f} ({describe(exc)}); ingest the document "
                                     "again or delete that file.")
        return docs

    def list(self) -> list[dict]:
        """A summary per document (id, title, path, format, sections, sha256, ingested_at)."""
        return [d.summary() for d in self.load_all()]

    def find_by_path(self, path: Path) -> IngestedDocument | None:
        """The stored document ingested from ``path`` (compared as resolved paths), if any."""
        target = Path(path).resolve()
        return next((d for d in self.load_all() if d.path == target), None)

    def allocate_id(self, path: Path, taken: Iterable[str] = ()) -> str:
        """The id ``path`` gets: its existing id if already ingested, else its slugged name, suffixed
        (``memo-2.md``) when another file (stored, or in ``taken``) has that id."""
        return _allocate(Path(path).resolve(), self.load_all(), taken)

    # -- writing --------------------------------------------------------------------------------
    def save(self, doc: IngestedDocument) -> None:
        """Write (or replace) the document's JSON atomically: a temp file renamed over the old one."""
        payload = json.dumps(_to_json(doc), ensure_ascii=False, indent=1)
        tmp: str | None = None
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.dir, prefix=f".{doc.id}.", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self._file(doc.id))
            tmp = None
        except OSError as exc:
            raise DataDirError(f"Cannot write the document store {self.dir} ({exc.strerror or exc}); check that "
                               "the data directory (RAG_DATA_DIR) is writable.") from exc
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    def remove(self, doc_id: str) -> IngestedDocument:
        """Delete a stored document; an unknown id is an :class:`UnknownDocument` naming the known ones."""
        docs = self.load_all()
        doc = next((d for d in docs if d.id == doc_id), None)
        if doc is None:
            known = [d.id for d in docs]
            hint = (f"ingested documents: {', '.join(known[:10])}{', ...' if len(known) > 10 else ''}" if known
                    else "no documents are ingested")
            raise UnknownDocument(f"No ingested document {doc_id!r} ({hint}); run `rag sources` to list them.")
        try:
            self._file(doc.id).unlink()
        except OSError as exc:
            raise DataDirError(f"Cannot delete {self._file(doc.id)} ({exc.strerror or exc}); check that the data "
                               "directory (RAG_DATA_DIR) is writable.") from exc
        return doc

    def ingest(self, paths: Iterable[Path]) -> IngestReport:
        """Read and store every supported file among ``paths`` (directories searched recursively).

        All files are read before anything is written. A file that cannot be read is reported in
        ``skipped``; when nothing at all can be ingested the first problem is raised (an
        :class:`InputError`) and the store is left untouched.
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
        for doc in report.documents:
            if doc.id in existing:
                report.replaced.append(doc.id)
            self.save(doc)
        return report


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
