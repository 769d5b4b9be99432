"""The naive llama-index pipeline we measure ourselves against (evals only).

Flat text (each source as one document), llama-index's default ``SentenceSplitter`` (1024-token
chunks, 200 overlap), dense top-5 with the same embedding model, no refusal, no citations: the
"answer" is the retrieved text. A retrieved chunk hits a gold provision when the provision's
text is inside it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from rag.answer.verification import normalize_ws
from rag.corpus.loader import Corpus
from rag.index.chunking import Chunk, chunk_id
from rag.index.embeddings import Embedder
from rag.index.store import StoreConfig, VectorIndex
from rag.models import STATUTE, Answer, Mode

TOP_K = 5


@dataclass(frozen=True)
class BaselineHit:
    """A retrieved flat chunk and the provisions whose text it contains."""

    text: str
    provisions: tuple[str, ...]


def flat_documents(corpus: Corpus) -> list[tuple[str, str]]:
    """``(document id, text)``: the Statute as one text, the report as another."""
    parts: list[str] = []
    for p in corpus.articles():
        if p.source != STATUTE:
            continue
        heading = "Preamble" if p.kind == "preamble" else f"Article {p.article}. {p.article_title or ''}".strip()
        parts.append(f"{heading}\n{p.text}")
    news = [p.text for p in corpus if p.source != STATUTE]
    return [("rome-statute", "\n\n".join(parts)), ("news", "\n\n".join(news))]


def baseline_chunks(corpus: Corpus) -> list[Chunk]:
    """The default SentenceSplitter's chunks of the flat documents."""
    from llama_index.core import Document
    from llama_index.core.node_parser import SentenceSplitter

    splitter = SentenceSplitter()
    chunks: list[Chunk] = []
    for doc_id, text in flat_documents(corpus):
        for n, node in enumerate(splitter.get_nodes_from_documents([Document(text=text, id_=doc_id)])):
            content = node.get_content()
            chunks.append(Chunk(id=chunk_id(f"baseline:{doc_id}", n), provision="", source=doc_id,
                                span=content, context="", metadata={"source": doc_id, "kind": "baseline"}))
    return chunks


class NaiveBaseline:
    """Dense top-5 over flat SentenceSplitter chunks, in its own collection."""

    def __init__(self, corpus: Corpus, store: StoreConfig, embedder: Embedder) -> None:
        self.corpus = corpus
        self.chunks = baseline_chunks(corpus)
        digest = hashlib.sha256("".join(c.span for c in self.chunks).encode()).hexdigest()[:10]
        slug = embedder.name.replace(":", "-").lower()
        self.index = VectorIndex(store, embedder, f"naive-{slug}-{digest}")
        if not self.index.is_complete():
            self.index.build(self.chunks)
        self._by_id = {c.id: c for c in self.chunks}
        leaves = [p for p in corpus if not p.children and p.kind != "news-title"]
        self._needles = [(corpus.key(p.source, p.id), normalize_ws(p.text)[:160]) for p in leaves]

    def retrieve(self, question: str) -> list[BaselineHit]:
        """The top-5 chunks for ``question``."""
        found = self.index.query(self.index.embedder.embed_query(question), TOP_K)
        hits = []
        for cid, _ in found:
            text = self._by_id[cid].span
            flat = normalize_ws(text)
            hits.append(BaselineHit(text=text, provisions=tuple(k for k, n in self._needles if n in flat)))
        return hits

    def answer(self, question: str) -> Answer:
        """The naive "answer": the top chunk, uncited, never a refusal."""
        hits = self.retrieve(question)
        return Answer.from_text(question, hits[0].text if hits else "", mode=Mode.BASELINE)
