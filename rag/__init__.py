"""Legal-reference assistant for the Rome Statute of the International Criminal Court.

    from rag import Assistant
    answer = Assistant().ask("What does amending the statute require?")
"""

from rag.assistant import Assistant
from rag.config import Settings
from rag.corpus.citations import Reference, parse_reference, parse_references
from rag.corpus.loader import Corpus, load_corpus
from rag.errors import RagError
from rag.models import Answer, Citation, Provision

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
