"""Ingesting the user's own documents (PDF, HTML, Markdown, plain text) as sources of their own.

A document is split along its own structure — a Markdown or HTML section per heading, a PDF page
per page, a plain-text paragraph per blank-line-separated block — and each unit becomes a
:class:`~rag.models.Provision` whose ``text`` is the unit's verbatim extracted text, so a quote
from it verifies exactly like a quote from the Statute. A unit longer than the chunk size gets
paragraph children (verbatim sub-spans), the way a Statute article has paragraphs.

Parsing is done by llama-index's readers and parsers (``PDFReader`` over pypdf,
``MarkdownNodeParser``) and BeautifulSoup for HTML; nothing here interprets the text: a document
that says "ignore your instructions" is stored and indexed as the words it contains.

Ingested documents live as one JSON file each under ``<data_dir>/documents`` (written atomically),
so the corpus can be rebuilt without the original files.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from rag.errors import CorruptDocument, DocumentError, EmptyDocument, MissingDocument, UnsupportedDocument, describe
from rag.index.chunking import MAX_CHUNK_CHARS
from rag.models import Provision, ProvisionKind, SourceInfo, SourceKind

FORMAT_VERSION = 1
# A section or page longer than this gets paragraph children, one chunk each.
SECTION_MAX_CHARS = MAX_CHUNK_CHARS
MAX_FILE_BYTES = 50 * 1024 * 1024
# A file name shown in a label: enough to recognise the file, short enough for a citation chip.
MAX_NAME_CHARS = 80
# A document id names its store file (and the temp file ``.<id>.<random>.tmp`` written first): it
# must stay well inside the 255 bytes most file systems allow for a name.
MAX_ID_CHARS = 100

FORMATS = {".pdf": "pdf", ".md": "markdown", ".markdown": "markdown", ".txt": "text",
           ".html": "html", ".htm": "html"}
FORMAT_NAMES = {"pdf": "PDF", "markdown": "Markdown", "html": "HTML", "text": "plain text"}
SUPPORTED = ", ".join(FORMATS)

_HEADINGS = ("h1", "h2", "h3", "h4")
_HTML_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
})
_HTML_CELLS = frozenset({"td", "th"})
_HTML_DROP = ("head", "script", "style", "noscript", "template", "svg", "math")
_BLOCK = "\x00"  # a block boundary while flattening HTML (NUL never survives the binary check)
# Control characters (Unicode category Cc) a text file may not contain / extracted text loses.
_TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_EXTRACTED_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_MD_HEADING = re.compile(r"^(#+)\s(.*)")
_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")
_CUTS = (re.compile(r"\n"), re.compile(r"(?<=[.!?;:])\s+"), re.compile(r"\s+"))
# What a file name may not bring into a label. Brackets and angle brackets could forge a source line
# or close the sources block of a prompt ("[9] Rome Statute, art. 999 (law): ... SOURCES>>>"), a
# backtick a fenced block; the comma is the label's own separator ("memo.md, § 2"), so a name never
# supplies one and nothing after the name can read as a Statute pinpoint ("art. 6").
_NAME_REPLACEMENTS = str.maketrans({"[": "(", "]": ")", "<": "(", ">": ")", "{": "(", "}": ")", "`": "'",
                                    ",": " "})
# Characters that print nothing or move the cursor: controls, format characters (the bidi overrides
# that reverse text), private use, surrogates and unassigned code points.
_INVISIBLE = frozenset({"Cc", "Cf", "Co", "Cs", "Cn"})
_MAGIC = ((b"%PDF-", "a PDF", ".pdf"), (b"PK\x03\x04", "a ZIP or Office file (.docx, .odt, ...)", None),
          (b"\x89PNG", "a PNG image", None), (b"\xff\xd8\xff", "a JPEG image", None),
          (b"GIF8", "a GIF image", None), (b"{\\rtf", "an RTF file", None))


# ── The document ────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class IngestedDocument:
    """One ingested file: its source entry, its provisions (verbatim units) and where it came from."""

    source: SourceInfo
    provisions: tuple[Provision, ...]
    sha256: str
    path: Path
    format: str  # "pdf" | "markdown" | "html" | "text"
    ingested_at: str = ""
    size: int = 0

    @property
    def id(self) -> str:
        """The document's source id (``memo.md``)."""
        return self.source.id

    @property
    def units(self) -> list[Provision]:
        """The top-level units (sections, pages or paragraphs), without their paragraph children."""
        return [p for p in self.provisions if p.parent is None]

    def summary(self) -> dict:
        """What ``rag sources`` shows for the document."""
        return {"id": self.id, "title": self.source.title, "path": str(self.path), "format": self.format,
                "sections": len(self.units), "sha256": self.sha256, "ingested_at": self.ingested_at}


def slugify(name: str) -> str:
    """A document id from a file name: ``Memo (final).md`` → ``memo-final.md``; never contains ``:``,
    at most :data:`MAX_ID_CHARS` long (a long name keeps its start and its extension)."""
    norm = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9._-]+", "-", norm.lower())
    slug = re.sub(r"-*\.-*", ".", re.sub(r"-{2,}", "-", slug)).strip("-.")
    return _shorten(slug, MAX_ID_CHARS, "").strip("-.") or "document"


def printable(text: str) -> str:
    """``text`` on one line with nothing invisible: whitespace becomes a space, any other control or
    format character a ``?`` (as ``ls`` shows it)."""
    return "".join(" " if ch.isspace() else "?" if unicodedata.category(ch) in _INVISIBLE else ch for ch in text)


def display_name(name: str) -> str:
    """How a file name appears in labels and titles: one printable line, nothing that could forge a
    source line, a fence or a Statute pinpoint, at most :data:`MAX_NAME_CHARS` long.

    ``"Rome Statute, art. 6.md"`` → ``"Rome Statute art. 6.md"`` (its sections are then
    ``Rome Statute art. 6.md, § 1``, whose pinpoint is ``§ 1``, never ``art. 6.md, § 1``).
    """
    shown = " ".join(printable(unicodedata.normalize("NFC", name)).translate(_NAME_REPLACEMENTS).split())
    return _shorten(shown, MAX_NAME_CHARS, "…") or "document"


def _shorten(name: str, limit: int, mark: str) -> str:
    """``name`` cut to ``limit`` characters, keeping its extension: ``aaaa….txt``."""
    if len(name) <= limit:
        return name
    stem, ext = (name[:-len(Path(name).suffix)], Path(name).suffix) if Path(name).suffix else (name, "")
    return stem[:max(limit - len(ext) - len(mark), 1)].rstrip() + mark + ext


def read_document(path: Path, doc_id: str | None = None) -> IngestedDocument:
    """Read one file into an :class:`IngestedDocument` (id: ``doc_id``, default the slugged name).

    The format comes from the extension and is checked against the content; every problem is a
    :class:`DocumentError` whose one-line message names the file and what to do.
    """
    path = Path(path)
    fmt = check_file(path)
    target = target_of(path)  # a link stands for the file it leads to: that file is the document
    try:
        raw = target.read_bytes()
    except OSError as exc:
        raise DocumentError(f"Cannot read {path} ({exc.strerror or exc}); check that it is readable.") from None
    if not raw.strip():
        raise EmptyDocument(f"{path} is empty; there is nothing to ingest.")
    doc_id = doc_id or slugify(target.name)
    name = display_name(target.name)
    if fmt == "pdf":
        units = _pdf_units(path, raw)
    elif fmt == "html":
        units = _html_units(path, raw)
    else:
        text = _decode_text(path, raw, fmt)
        units = _markdown_units(path, text) if fmt == "markdown" else _text_units(text)
    provisions = _provisions(doc_id, name, units)
    if not provisions:
        raise EmptyDocument(f"{path} has no text to ingest (only headings or whitespace); add text or pick "
                            "another file.")
    info = SourceInfo(id=doc_id, title=name, kind=SourceKind.DOCUMENT,
                      description=f"{printable(str(target))} ({FORMAT_NAMES[fmt]})")
    return IngestedDocument(
        source=info, provisions=tuple(provisions), sha256=hashlib.sha256(raw).hexdigest(), path=target,
        format=fmt, ingested_at=datetime.now(timezone.utc).isoformat(timespec="seconds"), size=len(raw),
    )


def target_of(path: Path) -> Path:
    """The file ``path`` names, symbolic links followed; a missing file, a broken link or a link
    loop is a :class:`DocumentError` saying which."""
    try:
        return Path(path).resolve(strict=True)
    except FileNotFoundError:
        if path.is_symlink():
            raise MissingDocument(f"{path} is a symbolic link to {os.readlink(path)}, which does not exist; point "
                                  "it at the file or remove it.") from None
        raise MissingDocument(f"No such file: {path}; check the path and try again.") from None
    except RuntimeError:  # pathlib's "Symlink loop from ..." (ELOOP)
        raise DocumentError(f"{path} is a symbolic link that loops (it leads back to itself); point it at a file "
                            "or remove it.") from None
    except OSError as exc:
        raise DocumentError(f"Cannot open {path} ({exc.strerror or exc}); check that it is readable.") from None


def check_file(path: Path) -> str:
    """The format of the file ``path`` names, judged by what it is (its target, for a link) and before
    anything is read: a missing, unsupported or oversized file is a :class:`DocumentError`."""
    target = target_of(path)
    if target.is_dir():
        raise DocumentError(f"{path} is a directory; pass it to `rag ingest` to ingest the files inside it.")
    if not target.is_file():
        raise UnsupportedDocument(f"{path} is not a regular file; ingest a {SUPPORTED} file instead.")
    fmt = FORMATS.get(target.suffix.lower())
    if fmt is None:
        what = f"the extension {target.suffix}" if target.suffix else "no extension"
        problem = (f"{path} links to {target}, which has {what}" if path.is_symlink()
                   else f"{path} has {what}, which is not supported")
        raise UnsupportedDocument(f"{problem}; ingest {SUPPORTED} files (convert others to PDF or plain text "
                                  "first).")
    size = target.stat().st_size
    if size > MAX_FILE_BYTES:
        raise DocumentError(f"{path} is {size / 2**20:.0f} MB, over the {MAX_FILE_BYTES // 2**20} MB limit; "
                            "split it into smaller files.")
    return fmt


def _sniff(raw: bytes) -> tuple[str, str | None] | None:
    """What a file's first bytes say it is, when they say so: (description, proper extension)."""
    head = raw.lstrip()[:16]
    for magic, what, ext in _MAGIC:
        if head.startswith(magic):
            return what, ext
    return None


def _not_this_format(path: Path, what: str, ext: str | None) -> CorruptDocument:
    fix = f"rename it to {path.stem}{ext}" if ext else "convert it to PDF, Markdown, HTML or plain text"
    return CorruptDocument(f"{path} is not {FORMAT_NAMES[FORMATS[path.suffix.lower()]]}: it is {what}; {fix} "
                           "and ingest it again.")


def _decode_text(path: Path, raw: bytes, fmt: str) -> str:
    """The text of a .txt/.md file: UTF-8 only, no binary content."""
    sniffed = _sniff(raw)
    if sniffed:
        raise _not_this_format(path, *sniffed)
    if b"\x00" in raw:
        raise CorruptDocument(f"{path} is a binary file, not {FORMAT_NAMES[fmt]}; ingest the document's text "
                              "or a PDF of it instead.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorruptDocument(
            f"{path} is not UTF-8 text (byte 0x{raw[exc.start]:02X} at offset {exc.start}); re-save it as UTF-8 "
            "and ingest it again."
        ) from None
    bad = _TEXT_CONTROLS.search(text)
    if bad:
        raise CorruptDocument(f"{path} contains control character U+{ord(bad.group()):04X} at character "
                              f"{bad.start()}, so it is not plain text; remove it or ingest a PDF of the document "
                              "instead.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _clean_extracted(text: str) -> str:
    """Extracted (PDF/HTML) text without control characters other than tab and newline."""
    return _EXTRACTED_CONTROLS.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))


# ── Units per format: (kind, number, display label number, heading, verbatim text) ───────────────


@dataclass(frozen=True)
class _Unit:
    kind: str  # "section" | "page" | "paragraph"
    number: int
    text: str
    heading: str | None = None
    shown: str = ""  # how the number is shown when it differs (a PDF page label such as "iv")


@contextlib.contextmanager
def _quiet(logger_names: Iterable[str]) -> Iterator[None]:
    """Silence a library's warnings ("EOF marker not found") while it reads one file."""
    loggers = [logging.getLogger(n) for n in logger_names]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.ERROR)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels):
            lg.setLevel(level)


_PDF_ERRORS: tuple[type[BaseException], ...] = (ValueError, KeyError, TypeError, IndexError, AttributeError,
                                                AssertionError, OSError, RecursionError, ArithmeticError, EOFError)


def _pdf_units(path: Path, raw: bytes) -> list[_Unit]:
    if b"%PDF-" not in raw[:1024]:
        sniffed = _sniff(raw)
        if sniffed:
            raise _not_this_format(path, *sniffed)
        looks_text = b"\x00" not in raw[:4096]
        try:
            raw[:4096].decode("utf-8")
        except UnicodeDecodeError as exc:
            looks_text = looks_text and exc.start > 4090  # a multi-byte character cut at the boundary
        hint = f"it looks like text: rename it to {path.stem}.txt" if looks_text else "it may be damaged or another format"
        raise CorruptDocument(f"{path} is not a PDF (it does not start with %PDF); {hint} and ingest it again.")
    from llama_index.readers.file.docs.base import PDFReader
    from pypdf.errors import FileNotDecryptedError
    from tenacity import RetryError

    try:
        with _quiet(["pypdf", "llama_index.readers.file.docs.base"]):
            pages = PDFReader().load_data(path)
    except RetryError as retry:
        exc = retry.last_attempt.exception()
        if isinstance(exc, FileNotDecryptedError):
            raise CorruptDocument(f"{path} is password-protected; save an unencrypted copy and ingest that.") from None
        raise CorruptDocument(f"{path} is a damaged PDF that cannot be read ({describe(exc)}); re-export or repair "
                              "it and ingest it again.") from None
    except _PDF_ERRORS as exc:  # pypdf raises many kinds on malformed input; all mean "cannot read this PDF"
        raise CorruptDocument(f"{path} is a damaged PDF that cannot be read ({describe(exc)}); re-export or repair "
                              "it and ingest it again.") from exc
    labels = [str(d.metadata.get("page_label") or n) for n, d in enumerate(pages, start=1)]
    if len(set(labels)) != len(labels):
        labels = [str(n) for n in range(1, len(pages) + 1)]
    units = [_Unit("page", n, text, shown=label)
             for n, (doc, label) in enumerate(zip(pages, labels), start=1)
             if (text := _clean_extracted(doc.text or "").strip())]
    if not units:
        raise EmptyDocument(f"{path} has no extractable text ({len(pages)} page(s), probably scanned images); "
                            "run OCR on it or export its text, then ingest that.")
    return units


def _html_units(path: Path, raw: bytes) -> list[_Unit]:
    sniffed = _sniff(raw)
    if sniffed:
        raise _not_this_format(path, *sniffed)
    if b"\x00" in raw:
        raise CorruptDocument(f"{path} is a binary file, not HTML; ingest the page's HTML source instead.")
    if not re.search(rb"<\s*[A-Za-z!]", raw):
        raise CorruptDocument(f"{path} has no HTML markup; rename it to {path.stem}.txt if it is plain text "
                              "and ingest it again.")
    from bs4 import BeautifulSoup, NavigableString, Tag

    soup = BeautifulSoup(raw, "html.parser")
    for tag in soup(_HTML_DROP):
        tag.decompose()
    in_headings = {id(s) for h in soup.find_all(_HEADINGS) for s in h.find_all(string=True)}
    sections: list[tuple[str | None, list[str]]] = [(None, [])]
    for node in soup.descendants:
        if isinstance(node, Tag):
            if node.name in _HEADINGS:
                sections.append((" ".join(_clean_extracted(node.get_text(" ")).split()) or None, []))
            elif node.name in _HTML_BLOCKS:
                sections[-1][1].append(_BLOCK)
            elif node.name in _HTML_CELLS:
                sections[-1][1].append(" ")
        elif type(node) is NavigableString and id(node) not in in_headings:  # not comments, doctype, CDATA
            prev = node.previous_sibling
            if isinstance(prev, Tag) and prev.name in _HTML_BLOCKS:
                sections[-1][1].append(_BLOCK)
            sections[-1][1].append(str(node))
    units: list[_Unit] = []
    for heading, parts in sections:
        blocks = (" ".join(_clean_extracted(b).split()) for b in "".join(parts).split(_BLOCK))
        text = "\n\n".join(b for b in blocks if b)
        if text:
            units.append(_Unit("section", len(units) + 1, text, heading))
    return units


def _markdown_units(path: Path, text: str) -> list[_Unit]:
    from llama_index.core import Document
    from llama_index.core.node_parser import MarkdownNodeParser

    nodes = MarkdownNodeParser(include_metadata=False, include_prev_next_rel=False).get_nodes_from_documents(
        [Document(text=text)])
    units: list[_Unit] = []
    for node in nodes:
        section = node.get_content()
        first, _, rest = section.partition("\n")
        m = _MD_HEADING.match(first)
        heading = (re.sub(r"\s+#+\s*$", "", m.group(2)).strip() or None) if m else None
        body = rest.strip() if m else section.strip()
        if body:
            units.append(_Unit("section", len(units) + 1, body, heading))
    return units


def _text_units(text: str) -> list[_Unit]:
    return [_Unit("paragraph", n, p) for n, p in enumerate(_passages(text), start=1)]


def _passages(text: str, limit: int = SECTION_MAX_CHARS) -> list[str]:
    """Verbatim passages of ``text``: its blank-line paragraphs, a paragraph longer than ``limit`` cut
    at line breaks, else sentence ends, else spaces (each passage a contiguous span of ``text``)."""
    out: list[str] = []
    for block in _BLANK_LINE.split(text):
        block = block.strip()
        if block:
            out.extend(_cut(block, limit, 0))
    return out


def _cut(text: str, limit: int, level: int) -> list[str]:
    if len(text) <= limit:
        return [text]
    if level == len(_CUTS):
        return [text[i:i + limit].strip() for i in range(0, len(text), limit) if text[i:i + limit].strip()]
    bounds = [m.end() for m in _CUTS[level].finditer(text)] + [len(text)]
    pieces: list[str] = []
    start = 0
    while start < len(text):
        # The last boundary within ``limit`` of ``start``, else the first one after it.
        i = bisect.bisect_right(bounds, start + limit) - 1
        end = bounds[i] if i >= 0 and bounds[i] > start else bounds[bisect.bisect_right(bounds, start)]
        piece = text[start:end].strip()
        if piece:
            pieces.extend(_cut(piece, limit, level + 1))
        start = end
    return pieces


def _provisions(doc_id: str, name: str, units: list[_Unit]) -> list[Provision]:
    marks = {"section": ("s", "§ "), "page": ("p", "p. "), "paragraph": ("para", "para. ")}
    out: list[Provision] = []
    for unit in units:
        prefix, shown = marks[unit.kind]
        pid = f"{doc_id}:{prefix}{unit.number}"
        label = f"{name}, {shown}{unit.shown or unit.number}"
        parts = _passages(unit.text) if unit.kind != "paragraph" and len(unit.text) > SECTION_MAX_CHARS else []
        if len(parts) < 2:
            parts = []
        child_ids = tuple(f"{pid}.{k}" for k in range(1, len(parts) + 1))
        out.append(Provision(id=pid, source=doc_id, label=label, text=unit.text, kind=ProvisionKind(unit.kind),
                             paragraph=str(unit.number), article_title=unit.heading, children=child_ids,
                             order=len(out)))
        for k, (cid, part) in enumerate(zip(child_ids, parts), start=1):
            out.append(Provision(id=cid, source=doc_id, label=f"{label}, para. {k}", text=part, kind=ProvisionKind.PARAGRAPH,
                                 paragraph=f"{unit.number}.{k}", article_title=unit.heading, parent=pid,
                                 order=len(out)))
    return out
