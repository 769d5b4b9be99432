"""Embedding models (rag/index/embeddings.py): which model a setting names, and MiniLM on ONNX Runtime
giving the vectors sentence-transformers gives."""

from __future__ import annotations

import numpy as np
import pytest

from rag.errors import ConfigError
from rag.index.embeddings import EmbeddingSpec, OnnxEmbedder, Runtime, TorchEmbedder, make_embedder
from rag.index.onnx_model import EXPORT_VERSION
from rag.index.store import collection_name

# The acceptance bar of the ONNX path: every chunk's vector within float noise of today's.
MIN_COSINE = 0.9999


@pytest.mark.parametrize(
    ("value", "provider", "model", "runtime"),
    [
        (None, "local", "all-MiniLM-L6-v2", Runtime.ONNX),
        ("", "local", "all-MiniLM-L6-v2", Runtime.ONNX),
        ("local", "local", "all-MiniLM-L6-v2", Runtime.ONNX),
        ("all-MiniLM-L6-v2", "local", "all-MiniLM-L6-v2", Runtime.ONNX),
        ("sentence-transformers/all-MiniLM-L6-v2", "local", "all-MiniLM-L6-v2", Runtime.ONNX),
        ("local:onnx", "local", "all-MiniLM-L6-v2", Runtime.ONNX),
        ("local:torch", "local", "all-MiniLM-L6-v2", Runtime.TORCH),
        ("LOCAL:Torch", "local", "all-MiniLM-L6-v2", Runtime.TORCH),
        ("openai:text-embedding-3-small", "openai", "text-embedding-3-small", None),
        ("text-embedding-3-large", "openai", "text-embedding-3-large", None),
    ],
)
def test_embedding_setting_names_provider_model_and_runtime(value, provider, model, runtime):
    spec = EmbeddingSpec.parse(value)
    assert (spec.provider, spec.model, spec.runtime) == (provider, model, runtime)


@pytest.mark.parametrize("value", ["word2vec", "local:gpu", "onnx"])
def test_an_unknown_embedding_setting_names_the_variable(value):
    with pytest.raises(ConfigError, match="RAG_EMBED_MODEL"):
        EmbeddingSpec.parse(value)


def test_the_onnx_export_version_is_recorded_in_the_collection_name():
    onnx = collection_name(EmbeddingSpec.parse("local"), "abc")
    torch = collection_name(EmbeddingSpec.parse("local:torch"), "abc")
    assert onnx == f"rs-local-all-minilm-l6-v2-onnx{EXPORT_VERSION}-abc"
    assert torch == "rs-local-all-minilm-l6-v2-abc"  # the old path keeps the indexes it built


def test_local_embeddings_run_on_onnx_by_default(tmp_path):
    embedder = make_embedder(EmbeddingSpec.parse("local"), data_dir=tmp_path)
    assert isinstance(embedder, OnnxEmbedder)
    assert embedder.files.directory.parent == tmp_path / "models"
    assert embedder.name == f"local:all-MiniLM-L6-v2:onnx{EXPORT_VERSION}"


def test_creating_the_onnx_embedder_loads_and_exports_nothing(tmp_path):
    embedder = make_embedder(EmbeddingSpec.parse("local"), data_dir=tmp_path)
    assert not embedder.files.directory.exists()  # the export waits for the first text to embed


@pytest.fixture(scope="module")
def torch_embedder() -> TorchEmbedder:
    return TorchEmbedder()


@pytest.mark.slow
def test_onnx_vectors_match_sentence_transformers_on_every_chunk(assistant, torch_embedder):
    """The stored vectors (embedded by ONNX Runtime at the session's index build) against
    sentence-transformers on the same texts: the same vectors, or the collection name would have to change."""
    got = assistant.index._collection.get(include=["embeddings"])
    stored = dict(zip(got["ids"], np.asarray(got["embeddings"])))
    chunks = [c for c in assistant.chunks if c.id in stored]
    assert len(chunks) == len(assistant.chunks)
    reference = np.asarray(torch_embedder.embed_texts([c.dense_text for c in chunks]))
    if assistant.workspace.adapter is not None:  # stored in the learned map's space
        reference = assistant.workspace.adapter.apply(reference)
    cosines = np.einsum("ij,ij->i", np.stack([stored[c.id] for c in chunks]), reference)
    worst = int(cosines.argmin())
    assert cosines.min() >= MIN_COSINE, f"{chunks[worst].provision}: cosine {cosines[worst]:.6f}"


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "Can the ICC impose the death penalty?",
    "what is genocide",
    "  Who elects the judges?  ",
    "x",
    "word " * 400,  # longer than the model's 256 word pieces: cut where sentence-transformers cuts
])
def test_onnx_question_vectors_match_sentence_transformers(assistant, torch_embedder, question):
    onnx = np.asarray(assistant.workspace.raw_embedder.embed_query(question))
    torch = np.asarray(torch_embedder.embed_query(question))
    assert onnx.shape == (384,) and abs(np.linalg.norm(onnx) - 1) < 1e-5
    assert float(onnx @ torch) >= MIN_COSINE


def test_query_vectors_are_cached_and_the_cache_can_be_cleared(assistant):
    embedder = assistant.embedder
    first = embedder.embed_query("Who may refer a situation to the Prosecutor?")
    assert embedder.embed_query("Who may refer a situation to the Prosecutor?") is first
    embedder.clear_cache()
    again = embedder.embed_query("Who may refer a situation to the Prosecutor?")
    assert again is not first and np.allclose(again, first, atol=1e-6)
