"""The learned map over the bundled MiniLM (rag/index/adapter.py): trained on the corpus's data only,
shipped with the data it was trained on, naming its vector space, and announced when it cannot be read."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from rag.errors import CorpusError
from rag.index.adapter import (
    Adapter,
    Pair,
    TrainingParams,
    adapter_path,
    load_adapter,
    save_adapter,
    space_slug,
    train_adapter,
    trained_on,
    training_pairs,
)
from rag.index.embeddings import AdaptedEmbedder


def test_the_map_gives_unit_vectors_and_its_digest_names_the_space():
    rng = np.random.default_rng(0)
    adapter = Adapter.of(rng.normal(size=(4, 4)))
    mapped = adapter.apply(rng.normal(size=(3, 4)))
    assert np.allclose(np.linalg.norm(mapped, axis=1), 1.0)
    assert Adapter.of(adapter.matrix).digest == adapter.digest != Adapter.of(np.eye(4)).digest
    assert space_slug("local-x-onnx1", adapter) == f"local-x-onnx1-a{adapter.digest}"
    assert space_slug("local-x-onnx1", None) == "local-x-onnx1"


def test_the_pairs_join_a_phrase_to_its_provision_and_its_siblings_and_a_prototype_to_its_kind():
    phrases = [("who can be tried", "25(1)"), ("can anyone be prosecuted", "25(1)"), ("the four organs", "34")]
    prototypes = [("who is the registrar", "office-holders"), ("list the judges", "office-holders")]
    texts = {"25(1)": ["natural persons", "second chunk", "third", "fourth"], "34": ["The organs of the Court"]}
    pairs = training_pairs(phrases, prototypes, lambda key: texts[key], TrainingParams(texts_per_phrase=2))
    assert Pair("who can be tried", "natural persons", "25(1)") in pairs
    assert Pair("who can be tried", "second chunk", "25(1)") in pairs
    assert Pair("who can be tried", "third", "25(1)") not in pairs  # at most texts_per_phrase
    assert Pair("who can be tried", "can anyone be prosecuted", "25(1)") in pairs
    assert Pair("who is the registrar", "list the judges", "outside:office-holders") in pairs
    # Nothing crosses from one provision or kind to another, and a lone phrase has no sibling.
    assert all(p.group == "25(1)" for p in pairs if p.anchor.startswith(("who can", "can anyone")))
    assert [p for p in pairs if p.anchor == "the four organs"] == [Pair("the four organs", "The organs of the Court", "34")]


def test_a_reader_s_question_is_joined_to_its_provision_s_text_and_one_of_its_phrases():
    phrases = [("who can be tried", "25(1)"), ("can anyone be prosecuted", "25(1)")]
    texts = {"25(1)": ["natural persons", "second chunk"], "34": ["The organs of the Court"]}
    questions = [("Could the ICC put Charles Taylor on trial?", "25(1)"), ("What bodies make up the ICC?", "34")]
    pairs = training_pairs(phrases, [], lambda key: texts[key], TrainingParams(texts_per_question=1),
                           questions=questions)
    taylor = [p for p in pairs if p.anchor.startswith("Could the ICC")]
    assert taylor[0] == Pair("Could the ICC put Charles Taylor on trial?", "natural persons", "25(1)")
    assert len(taylor) == 2 and taylor[1].positive in ("who can be tried", "can anyone be prosecuted")
    # No phrase for art. 34: its text alone. A question is never a positive for a phrase.
    assert [p for p in pairs if p.group == "34"] == [Pair("What bodies make up the ICC?", "The organs of the Court", "34")]
    assert all(p.positive not in dict(questions) for p in pairs)


def test_the_digest_of_the_training_data_changes_with_the_data():
    a = [Pair("x", "y", "1")]
    assert trained_on(a) == trained_on(list(a)) != trained_on([Pair("x", "y z", "1")])


def test_training_brings_each_anchor_nearer_its_own_positive():
    rng = np.random.default_rng(1)
    dim, groups = 16, 12
    vectors, pairs = {}, []
    for g in range(groups):
        # Anchor and positive share a hidden direction, buried under noise of the same size.
        shared = rng.normal(size=dim)
        vectors[f"a{g}"], vectors[f"p{g}"] = shared + rng.normal(size=dim) * 2, shared + rng.normal(size=dim) * 2
        pairs.append(Pair(f"a{g}", f"p{g}", str(g)))

    def rank_of_positive(adapter: Adapter) -> float:
        a = adapter.apply([vectors[f"a{g}"] for g in range(groups)])
        p = adapter.apply([vectors[f"p{g}"] for g in range(groups)])
        sims = a @ p.T
        return float(np.mean([(sims[g] > sims[g, g]).sum() for g in range(groups)]))

    before = rank_of_positive(Adapter.of(np.eye(dim)))
    after = rank_of_positive(train_adapter(pairs, vectors, TrainingParams(epochs=200, batch=groups,
                                                                          learning_rate=1e-2)))
    assert after < before
    assert after == 0.0  # every anchor's own positive is its nearest


def test_a_map_round_trips_with_the_digest_of_its_training_data(tmp_path):
    path = adapter_path(tmp_path, "local-model")
    adapter = Adapter.of(np.eye(3) * 2)
    save_adapter(path, adapter, "abc123", TrainingParams())
    loaded, data = load_adapter(path)
    assert loaded.digest == adapter.digest and data == "abc123"
    assert load_adapter(tmp_path / "absent.adapter.npz") is None


@pytest.mark.parametrize("content", [b"not a zip file", b""])
def test_a_damaged_map_says_how_to_recover(tmp_path, content):
    path = tmp_path / "m.adapter.npz"
    path.write_bytes(content)
    with pytest.raises(CorpusError, match="train-adapter"):
        load_adapter(path)


def test_the_adapted_embedder_maps_documents_and_questions_alike():
    base = SimpleNamespace(name="base", embed_texts=lambda texts: [[1.0, 0.0]] * len(texts),
                           embed_query=lambda text: [1.0, 0.0], clear_cache=lambda: None)
    adapter = Adapter.of(np.array([[0.0, 1.0], [1.0, 0.0]]))
    embedder = AdaptedEmbedder(base, adapter)
    assert embedder.embed_texts(["a", "b"]) == [[0.0, 1.0], [0.0, 1.0]]
    assert embedder.embed_query("a") == [0.0, 1.0]
    assert embedder.embed_texts([]) == []
    assert adapter.digest in embedder.name


def test_the_shipped_map_was_trained_on_the_shipped_data(assistant):
    ws = assistant.workspace
    assert ws.adapter is not None, "no learned map in corpus/vectors/: run `rag index --train-adapter`"
    _, data = load_adapter(adapter_path(ws.corpus_dir / "vectors", ws.spec.model_slug))
    assert data == trained_on(ws.training_pairs()), (
        "the reader's index or the prototypes changed since the map was trained: run `rag index --train-adapter`")
    assert ws.adapter.digest in ws.space and ws.adapter.digest in assistant.index.name


def test_a_kind_marked_not_to_train_is_matched_but_not_learned(assistant):
    ws = assistant.workspace
    untrained = [k for k in ws.outside if not k.trained]
    assert untrained, "corpus/scope/outside.yaml marks a kind 'train: false'"
    texts = {t for p in ws.training_pairs() for t in (p.anchor, p.positive)}
    for kind in untrained:
        assert not set(kind.prototypes) & texts
        assert not {q for q, _ in kind.counter_examples} & texts
        # ... yet its prototypes are searched like every other kind's.
        assert any(r.metadata.get("kind") == kind.id for r in ws.entry_records)


def test_the_refusal_thresholds_and_similarity_weights_follow_the_vector_space(assistant):
    from rag.assistant import Assistant
    from rag.retrieve.retriever import RAW_RETRIEVAL, RetrievalOptions
    from rag.retrieve.scope import RAW_SCOPE, ScopePolicy

    assert assistant.scope == ScopePolicy()
    assert assistant.retrieval_options == RetrievalOptions()
    raw = Assistant(assistant.settings.with_(adapter=False), workspace=SimpleNamespace(adapter=None))
    assert raw.scope == RAW_SCOPE
    assert raw.retrieval_options == RAW_RETRIEVAL != RetrievalOptions()


def test_a_damaged_map_is_announced_and_the_raw_space_used(monkeypatch, tmp_path, shared_data_dir, assistant):
    import rag.workspace
    from rag.config import Settings
    from rag.workspace import Workspace

    damaged = tmp_path / "m.adapter.npz"
    damaged.write_bytes(b"not a map")
    monkeypatch.setattr(rag.workspace, "adapter_path", lambda vectors_dir, slug: damaged)
    # Shipped vectors off too: the raw space has none, and the test must not embed 5,000 texts.
    monkeypatch.setattr(rag.workspace.VectorIndex, "is_complete", lambda self: True)
    monkeypatch.setattr(rag.workspace.RecordIndex, "open",
                        classmethod(lambda cls, *a, **k: (cls("x", [], np.zeros((0, 0), np.float32)), 0)))
    ws = Workspace(Settings(data_dir=shared_data_dir))
    assert ws.adapter is None and ws.space == ws.spec.slug
    assert any("Cannot read the embedding adapter" in n and "raw vectors are used" in n for n in ws.notices)


def test_training_ships_the_map_with_the_vectors_of_its_space(tmp_path, shared_data_dir, assistant):
    from rag.config import Settings
    from rag.index.shipped import ShippedVectors
    from rag.workspace import Workspace

    ws = Workspace(Settings(data_dir=shared_data_dir))
    ws.corpus_dir = tmp_path  # write the files here, not into the repository's corpus/
    stale = tmp_path / "vectors" / f"{ws.spec.slug}-aold.npz"
    stale.parent.mkdir()
    stale.write_bytes(b"vectors of a previous space")
    ws.builtin = ws.builtin[:20]
    ws.entries, ws.outside = ws.entries[:30], ws.outside[:1]
    ws.entry_records = ws.entry_records[:10]
    map_path, path, count = ws.train_adapter(TrainingParams(epochs=1))
    loaded, data = load_adapter(map_path)
    assert path.name == f"{space_slug(ws.spec.slug, loaded)}.npz" and count == 30
    assert data == trained_on(ws.training_pairs())
    assert not stale.exists()  # the previous space's vectors go
    text = ws.entry_records[3].dense_text
    shipped = np.array(ShippedVectors.load(path).get(text))
    fresh = loaded.apply([ws.raw_embedder.embed_texts([text])[0]])[0]
    assert float(shipped @ fresh) >= 0.9999
