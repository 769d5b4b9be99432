"""The error hierarchy of the library.

Every message says what was wrong and what the user can do about it; the CLI
prints ``str(error)`` on one line and exits non-zero.
"""

from __future__ import annotations


class RagError(Exception):
    """Base class for every error the library raises on purpose."""

    exit_code = 1


class InputError(RagError):
    """The user's input (a question, a reference, a file) cannot be used."""

    exit_code = 2


class ProvisionNotFound(InputError):
    """A reference names a provision that the corpus does not contain."""


class DocumentError(InputError):
    """A file given to ``rag ingest`` cannot be ingested (base class)."""


class MissingDocument(DocumentError):
    """The path does not exist."""


class UnsupportedDocument(DocumentError):
    """The file's extension is not one of the supported formats."""


class EmptyDocument(DocumentError):
    """The file has no text to ingest."""


class CorruptDocument(DocumentError):
    """The file is damaged, binary, not UTF-8 or not what its extension says."""


class UnknownDocument(InputError):
    """An id names no ingested document."""


class ConfigError(RagError):
    """A setting (environment variable, option) is missing or invalid."""

    exit_code = 3


class DataDirError(ConfigError):
    """The data directory cannot be created or written."""


class IndexUnavailable(RagError):
    """The vector index cannot be opened, built or queried."""

    exit_code = 4


class CorpusError(RagError):
    """The shipped corpus files are missing or malformed."""

    exit_code = 5


class OutputUnavailable(RagError):
    """The answer cannot be written: standard output is closed, or writing to it fails (a full disk)."""


class LLMError(RagError):
    """The language model could not be reached or refused the request."""

    exit_code = 6


class DiskFull(RagError):
    """A write failed because the disk (of the data dir, or of the Chroma server) is full."""

    exit_code = 7


def describe(exc: BaseException | None) -> str:
    """A one-line summary of an exception for a message: ``ValueError: bad xref table``."""
    text = " ".join(str(exc).split()) if exc is not None else ""
    name = type(exc).__name__ if exc is not None else "unknown error"
    return f"{name}: {text[:120]}" if text else name
