"""BM25 on bm25s directly: the texts' spans, and the reader's index grouped by provision.

It scores exactly as llama-index's ``BM25Retriever`` over the same texts (same tokenizer, English
stop words, PyStemmer's English stemmer) without loading llama-index's core on the query path,
which cost a cold ``rag ask`` about 1.3 s (issue 12).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

# bm25s's default token pattern: words of two characters or more (the same as llama-index's).
TOKEN_PATTERN = r"(?u)\b\w\w+\b"


class BM25:
    """A BM25 index over ``texts``, searched for the ``top_k`` best ids with a positive score."""

    def __init__(self, ids: Sequence[str], texts: Sequence[str], top_k: int) -> None:
        """Tokenize, stem and index ``texts`` (one per id)."""
        import bm25s
        import Stemmer

        if len(ids) != len(texts):
            raise ValueError(f"BM25 needs one text per id: {len(ids)} ids, {len(texts)} texts")
        self.ids = list(ids)
        self.top_k = min(top_k, len(self.ids))
        self._stemmer = Stemmer.Stemmer("english")
        self._bm25 = bm25s.BM25()
        self._lock = threading.Lock()  # bm25s's retrieval is not safe to call from two threads at once
        if self.ids:
            tokens = bm25s.tokenize(list(texts), stopwords="english", stemmer=self._stemmer,
                                    token_pattern=TOKEN_PATTERN, show_progress=False)
            self._bm25.index(tokens, show_progress=False)

    def search(self, query: str) -> list[tuple[str, float]]:
        """The best ids for ``query`` with their scores, best first; ids scoring 0 are left out."""
        if not self.ids or not self.top_k:
            return []
        import bm25s

        tokens = bm25s.tokenize(query, stemmer=self._stemmer, token_pattern=TOKEN_PATTERN,
                                show_progress=False)
        with self._lock:
            indexes, scores = self._bm25.retrieve(tokens, k=self.top_k, show_progress=False)
        return [(self.ids[int(i)], float(s)) for i, s in zip(indexes[0], scores[0]) if s > 0]
