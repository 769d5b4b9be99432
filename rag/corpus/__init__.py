"""Stage 1, the corpus: the Rome Statute and the news report as a tree of citable provisions,
references to them parsed from free text, and the reader's index attached to them."""

from rag.corpus.citations import Reference, parse_reference, parse_references
from rag.corpus.loader import DEFAULT_CORPUS_DIR, Corpus, load_corpus

__all__ = ["DEFAULT_CORPUS_DIR", "Corpus", "Reference", "load_corpus", "parse_reference", "parse_references"]
