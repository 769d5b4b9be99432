"""The vectors shipped in corpus/vectors/: complete for the shipped data, equal to fresh ones,
looked up by content (an edited text is embedded instead)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from rag.errors import CorpusError
from rag.index.shipped import ShippedVectors, shipped_path, write_shipped

SAMPLE = 150  # texts re-embedded to compare (all 5,000 take ~20 s: the sample is drawn afresh each run)


def _shipped_texts(workspace) -> list[str]:
    return list(dict.fromkeys(c.dense_text for c in [*workspace.builtin, *workspace.entry_records]))


def test_the_shipped_file_covers_every_shipped_text(assistant):
    ws = assistant.workspace
    assert ws.shipped is not None, f"no shipped vectors at {shipped_path(ws.corpus_dir, ws.spec.slug)}"
    missing = [t for t in _shipped_texts(ws) if ws.shipped.get(t) is None]
    assert not missing, (f"{len(missing)} texts have no shipped vector (first: {missing[0][:80]!r}); "
                         "run `rag index --ship-vectors` after editing corpus/")


def test_shipped_vectors_match_freshly_computed_ones(assistant):
    ws = assistant.workspace
    texts = random.sample(_shipped_texts(ws), SAMPLE)
    fresh = np.array(ws.embedder.embed_texts(texts))
    shipped = np.array([ws.shipped.get(t) for t in texts])
    cos = (fresh * shipped).sum(1) / (np.linalg.norm(fresh, axis=1) * np.linalg.norm(shipped, axis=1))
    assert cos.min() >= 0.9999, texts[int(cos.argmin())][:80]


def test_vectors_round_trip_by_text_and_an_unknown_text_is_not_found(tmp_path):
    path = tmp_path / "v.npz"
    assert write_shipped(path, ["a", "b", "a"], [[1.0, 0.0], [0.0, 1.0], [9.0, 9.0]]) == 2
    vectors = ShippedVectors.load(path)
    assert len(vectors) == 2
    assert vectors.get("a") == [1.0, 0.0]  # the first vector of a repeated text is kept
    assert vectors.get("b") == [0.0, 1.0]
    assert vectors.get("an edited phrase") is None


def test_no_file_means_every_text_is_embedded(tmp_path):
    assert ShippedVectors.load(tmp_path / "absent.npz") is None


@pytest.mark.parametrize("content", [b"not a zip file", b""])
def test_a_damaged_file_says_how_to_recover(tmp_path, content):
    path = tmp_path / "v.npz"
    path.write_bytes(content)
    with pytest.raises(CorpusError, match="ship-vectors|delete it|Restore"):
        ShippedVectors.load(path)


def test_keys_and_vectors_of_different_lengths_are_refused(tmp_path):
    path = tmp_path / "v.npz"
    np.savez(path, keys=np.zeros((3, 20), dtype=np.uint8), vectors=np.zeros((2, 4), dtype=np.float16))
    with pytest.raises(CorpusError, match="3 keys for 2 vectors"):
        ShippedVectors.load(path)


def test_a_build_without_shipped_vectors_embeds_them(tmp_path):
    from rag.config import Settings
    from rag.workspace import Workspace

    ws = Workspace(Settings(data_dir=tmp_path / "d", shipped_vectors=False))
    assert ws.shipped is None and ws.built > 5000



def test_a_damaged_shipped_file_is_announced_and_every_text_embedded_instead(monkeypatch, tmp_path, shared_data_dir,
                                                                           assistant):
    import rag.workspace
    from rag.config import Settings
    from rag.workspace import Workspace

    damaged = tmp_path / "v.npz"
    damaged.write_bytes(b"not vectors")
    monkeypatch.setattr(rag.workspace, "shipped_path", lambda corpus_dir, slug: damaged)
    ws = Workspace(Settings(data_dir=shared_data_dir))  # the session's index is built: nothing to embed
    assert ws.shipped is None
    assert any("Cannot read the shipped vectors" in n and "every text is embedded" in n for n in ws.notices)


def test_shipping_writes_every_shipped_text_once_with_its_vector(monkeypatch, tmp_path, shared_data_dir, assistant):
    import rag.workspace
    from rag.config import Settings
    from rag.workspace import Workspace

    target = tmp_path / "vectors" / "model.npz"
    ws = Workspace(Settings(data_dir=shared_data_dir))
    monkeypatch.setattr(rag.workspace, "shipped_path", lambda corpus_dir, slug: target)
    ws.builtin, ws.entry_records = ws.builtin[:5], [*ws.entry_records[:3], ws.entry_records[0]]  # a repeat
    path, count = ws.ship_vectors()
    assert path == target and count == 8
    shipped = ShippedVectors.load(target)
    text = ws.entry_records[1].dense_text
    fresh = np.array(ws.embedder.embed_texts([text])[0])
    assert float(np.dot(fresh, shipped.get(text)) / np.linalg.norm(shipped.get(text))) >= 0.9999
