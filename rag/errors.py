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


class VerificationError(RagError):
    """A citation does not match the corpus text it claims to quote."""


class LLMError(RagError):
    """The language model could not be reached or refused the request."""

    exit_code = 6


class DiskFull(RagError):
    """A write failed because the disk (of the data dir, or of the Chroma server) is full."""

    exit_code = 7
