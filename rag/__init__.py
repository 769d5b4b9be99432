"""Legal-reference assistant for the Rome Statute of the International Criminal Court.

    from rag import Assistant
    answer = Assistant().ask("What does amending the statute require?")
"""

from .assistant import Assistant
from .citations import Reference, parse_reference, parse_references
from .config import Settings
from .corpus import Corpus, load_corpus
from .errors import RagError
from .models import Answer, Citation, Provision

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
