"""Reading a draft to check: plain text, Markdown, HTML, PDF (through the document readers) and Word.

The checker wants the draft's text as its reader sees it. Plain text and Markdown are checked as
written (so the annotated copy is the author's own text); HTML and PDF are read by
:func:`rag.documents.readers.read_document` (the same readers as ``rag ingest``, with the same
one-line errors) and their sections or pages joined by blank lines; a Word file's paragraphs and
table cells are read with python-docx.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from rag.documents.readers import (
    FORMATS,
    MAX_FILE_BYTES,
    CorruptDocument,
    DocumentError,
    EmptyDocument,
    MissingDocument,
    UnsupportedDocument,
    read_document,
)

DOCX = ".docx"
CHECKABLE = ", ".join([*FORMATS, DOCX])


@dataclass(frozen=True)
class DraftText:
    """The text of a draft and where it came from."""

    text: str
    name: str  # the file's name, or "-" for standard input
    format: str  # "text", "markdown", "html", "pdf", "docx"


def read_draft(path: Path) -> DraftText:
    """The text of the draft at ``path`` (any format ``rag ingest`` reads, and .docx)."""
    path = Path(path)
    if path.suffix.lower() == DOCX:
        return DraftText(read_docx(path), path.name, "docx")
    if path.suffix.lower() not in FORMATS:
        if not path.exists():
            raise MissingDocument(f"No such file: {path}; check the path and try again.")
        what = f"the extension {path.suffix}" if path.suffix else "no extension"
        raise UnsupportedDocument(f"{path} has {what}; `rag check` reads {CHECKABLE} files (or text on standard "
                                  "input: `rag check -`).")
    doc = read_document(path)  # validates the file (size, encoding, format) with the ingest's messages
    if doc.format in ("text", "markdown"):
        text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    else:
        text = "\n\n".join(f"{p.article_title}\n\n{p.text}" if p.article_title else p.text for p in doc.units)
    return DraftText(text, path.name, doc.format)


def read_draft_bytes(raw: bytes, name: str = "-") -> DraftText:
    """A draft given as bytes (standard input): UTF-8 text, at most the ingest's file size, with
    its line endings made ``\n`` as a file's are."""
    if len(raw) > MAX_FILE_BYTES:
        raise DocumentError(f"The draft on standard input is over the {MAX_FILE_BYTES // 2**20} MB limit; "
                            "check it in parts.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DocumentError("Standard input is not UTF-8 text; save the draft as a file (.txt, .md, .html, "
                            ".pdf, .docx) and check that.") from None
    return DraftText(text.replace("\r\n", "\n").replace("\r", "\n"), name, "text")


def read_docx(path: Path) -> str:
    """A Word document's paragraphs and table cells as text, one paragraph per blank-line block."""
    if not path.is_file():
        raise MissingDocument(f"No such file: {path}; check the path and try again.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise DocumentError(f"{path} is {size / 2**20:.0f} MB, over the {MAX_FILE_BYTES // 2**20} MB limit; "
                            "split it into smaller files.")
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        # python-docx raises these for a file that is not a Word package or is damaged.
        raise CorruptDocument(f"{path} is not a readable Word (.docx) file ({type(exc).__name__}); re-save it "
                              "from Word or export it as PDF, and check it again.") from None
    blocks = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            blocks.extend(cell.text for cell in row.cells)
    text = "\n\n".join(b.strip() for b in blocks if b.strip())
    if not text:
        raise EmptyDocument(f"{path} has no text to check.")
    return text
