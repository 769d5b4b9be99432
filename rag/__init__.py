"""Legal-reference assistant for the Rome Statute of the International Criminal Court.

    from rag import Assistant
    answer = Assistant().ask("What does amending the statute require?")

The names below are imported on first use (PEP 562): ``import rag.config`` from the command line
must not load the retrieval and index stack that ``rag show`` never needs.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rag.assistant import Assistant
    from rag.config import Settings
    from rag.corpus.citations import Reference, parse_reference, parse_references
    from rag.corpus.loader import Corpus, load_corpus
    from rag.errors import RagError
    from rag.models import Answer, Citation, Provision

_EXPORTS = {
    "Answer": "rag.models",
    "Assistant": "rag.assistant",
    "Citation": "rag.models",
    "Corpus": "rag.corpus.loader",
    "Provision": "rag.models",
    "RagError": "rag.errors",
    "Reference": "rag.corpus.citations",
    "Settings": "rag.config",
    "load_corpus": "rag.corpus.loader",
    "parse_reference": "rag.corpus.citations",
    "parse_references": "rag.corpus.citations",
}

__all__ = [
    "Answer",
    "Assistant",
    "Citation",
    "Corpus",
    "Provision",
    "RagError",
    "Reference",
    "Settings",
    "load_corpus",
    "parse_reference",
    "parse_references",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """Import a public name from its module on first use."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'rag' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
