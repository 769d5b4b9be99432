"""The vector index (rag/index/store.py, rag/index/failures.py): the Chroma collection API behind
VectorIndex, store faults in words the user can act on, bugs left as bugs, and collections owned per
data dir."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import chromadb.errors
import numpy as np
import pytest

import rag.index.failures as failures
from rag.errors import DataDirError, DiskFull, IndexUnavailable
from rag.index.chunking import Chunk, chunk_id
from rag.index.store import OWNER_DIGITS, StoreConfig, VectorIndex, collection_name, store_owner

DIM = 8


class HashEmbedder:
    """Deterministic unit vectors from a text's digest: a store test needs vectors, not meaning."""

    name = "test:hash"

    def embed_texts(self, texts: list[str]) -> list[list[float]]:
        return [self.embed_query(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        raw = np.frombuffer(hashlib.sha256(text.encode()).digest()[:DIM], dtype=np.uint8).astype(float) + 1
        return (raw / np.linalg.norm(raw)).tolist()

    def clear_cache(self) -> None:
        pass


def chunks(n: int, source: str = "memo.md", size: int = 20) -> list[Chunk]:
    return [Chunk(id=chunk_id(f"{source}:{i}"), provision=f"{source}:{i}", source=source,
                  span=f"Paragraph {i} of {source}. " + "x" * size, context="",
                  metadata={"source": source, "provision": f"{source}:{i}"}) for i in range(n)]


@pytest.fixture
def index(tmp_path) -> VectorIndex:
    built = VectorIndex(StoreConfig(tmp_path / "data"), HashEmbedder(), "rs-test-abc")
    built.build(chunks(5) + chunks(3, source="news"))
    return built


def test_query_returns_ids_and_cosines_best_first(index):
    target = chunks(5)[2]
    found = index.query(index.embedder.embed_query(target.span), 3)
    assert found[0][0] == target.id and found[0][1] == pytest.approx(1.0, abs=1e-5)
    assert [s for _, s in found] == sorted((s for _, s in found), reverse=True)


def test_query_can_be_limited_by_metadata(index):
    found = index.query(index.embedder.embed_query("anything"), 10, where={"source": "news"})
    assert {i for i, _ in found} == {c.id for c in chunks(3, source="news")}


def test_records_and_delete_where_keep_the_meaning_they_had(index):
    assert {rid for rid, _, _ in index.records(where={"source": "news"})} == {c.id for c in chunks(3, source="news")}
    index.delete_where("source", "memo.md")
    assert index.count() == 3
    assert index.records(where={"source": "memo.md"}) == []


def test_records_keep_llama_index_node_layout(index):
    """Writes go through llama-index's ChromaVectorStore: any llama-index tool can read the collection."""
    from llama_index.vector_stores.chroma import ChromaVectorStore

    _, text, meta = index.records(where={"source": "news"})[0]
    assert text.startswith("Paragraph") and "_node_content" in meta
    store = ChromaVectorStore(chroma_collection=index._collection)
    from llama_index.core.vector_stores.types import VectorStoreQuery

    result = store.query(VectorStoreQuery(query_embedding=index.embedder.embed_query("x"), similarity_top_k=2))
    assert len(result.ids) == 2


def test_a_killed_build_is_not_complete(tmp_path):
    store = StoreConfig(tmp_path / "data")
    index = VectorIndex(store, HashEmbedder(), "rs-test-abc")

    def stop(done: int, total: int) -> None:
        if done:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        index.build(chunks(200), progress=stop)
    assert not VectorIndex(store, HashEmbedder(), "rs-test-abc").is_complete()


def test_a_collection_rebuilt_by_another_process_is_found_again(index):
    other = VectorIndex(index.store, HashEmbedder(), index.name)
    other.build(chunks(4, source="news"), rebuild=True)  # deletes and recreates the collection
    found = index.query(index.embedder.embed_query("anything"), 10)
    assert {i for i, _ in found} == {c.id for c in chunks(4, source="news")}


def test_an_embedded_collection_deleted_under_a_running_process_says_how_to_rebuild(index):
    index._client.delete_collection(index.name)
    with pytest.raises(IndexUnavailable, match="rag index --rebuild"):
        index.query([0.1] * DIM, 3)


# ── Faults: store failures get a message, bugs stay bugs ─────────────────────────────────────────

class Failing:
    """A stand-in collection whose every call raises ``exc``."""

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise self.exc
        return fail


@pytest.mark.parametrize("bug", [KeyError("id"), TypeError("bad argument"), ValueError("bad value")])
@pytest.mark.parametrize("operation", ["query", "records", "delete_where", "count"])
def test_a_programming_error_is_never_reported_as_a_damaged_index(index, bug, operation):
    index._collection = Failing(bug)
    with pytest.raises(type(bug)):
        _call(index, operation)


def _call(index: VectorIndex, operation: str):
    if operation == "query":
        return index.query([0.1] * DIM, 3)
    if operation == "records":
        return index.records()
    if operation == "delete_where":
        return index.delete_where("source", "memo.md")
    return index.count()


@pytest.mark.parametrize("operation", ["query", "records", "delete_where", "count"])
def test_a_chroma_failure_says_how_to_rebuild(index, operation, monkeypatch):
    monkeypatch.setattr(failures, "LOW_DISK_BYTES", 0)
    index._collection = Failing(chromadb.errors.InternalError("error returned from database: (code: 11) malformed"))
    with pytest.raises(IndexUnavailable, match=r"rag index --rebuild") as caught:
        _call(index, operation)
    assert not isinstance(caught.value, DiskFull)


@pytest.mark.parametrize(
    "message",
    [
        "Query error: Database error: error returned from database: (code: 13) database or disk is full",
        "No space left on device (os error 28)",
    ],
)
def test_chroma_saying_the_disk_is_full_is_reported_as_a_full_disk(index, message, monkeypatch):
    monkeypatch.setattr(failures, "LOW_DISK_BYTES", 0)  # the message alone must be enough
    index._collection = Failing(chromadb.errors.InternalError(message))
    with pytest.raises(DiskFull, match="full.*Free some space"):
        index.query([0.1] * DIM, 3)


@pytest.mark.parametrize(("free_bytes", "full"), [(1 << 20, True), (10 << 30, False)])
def test_a_compaction_failure_on_a_nearly_full_disk_is_reported_as_a_full_disk(index, monkeypatch, free_bytes, full):
    """Chroma's only words when its log cannot be compacted for want of space."""
    monkeypatch.setattr(failures, "_free_bytes", lambda path: free_bytes)
    index._collection = Failing(chromadb.errors.InternalError(
        "Error in compaction: Failed to apply logs to the metadata segment"))
    with pytest.raises(IndexUnavailable if not full else DiskFull) as caught:
        index.records()
    assert isinstance(caught.value, DiskFull) is full


@pytest.fixture
def tiny_disk(tmp_path):
    """A 3 MB tmpfs (needs root and mount; skipped elsewhere)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if shutil.which("mount") is None or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.slow
def test_a_real_full_disk_is_reported_as_such_and_the_store_recovers_once_space_is_freed(tiny_disk):
    store = StoreConfig(tiny_disk / "data")
    index = VectorIndex(store, HashEmbedder(), "rs-test-abc")
    index.build(chunks(10))
    with pytest.raises(DiskFull, match=f"{tiny_disk}.* is full"):
        for n in range(200):
            index.add(chunks(64, source=f"doc{n}", size=2000))
    subprocess.run(["mount", "-o", "remount,size=64m", str(tiny_disk)], check=True)
    question = index.embedder.embed_query(chunks(10)[1].span)
    assert index.query(question, 1)[0][0] == chunks(10)[1].id  # the same process goes on
    again = VectorIndex(store, HashEmbedder(), "rs-test-abc")  # and so does the next command
    assert again.is_complete() and again.query(question, 1)[0][0] == chunks(10)[1].id
    index.add(chunks(2, source="after"))
    assert len(again.records(where={"source": "after"})) == 2


# ── Owners: users of one Chroma server never touch each other's collections ─────────────────────

def test_an_embedded_store_has_no_owner_in_its_names(tmp_path):
    assert store_owner(StoreConfig(tmp_path)) is None
    assert not (tmp_path / "chroma-owner").exists()


def test_a_data_dir_keeps_one_owner_id_on_a_server(tmp_path):
    config = StoreConfig(tmp_path / "data", host="127.0.0.1", port=9)
    owner = store_owner(config)
    assert owner is not None and len(owner) == OWNER_DIGITS and owner.isalnum()
    assert store_owner(config) == owner
    assert store_owner(StoreConfig(tmp_path / "other", host="127.0.0.1", port=9)) != owner


def test_a_tampered_owner_file_is_a_clear_error(tmp_path):
    (tmp_path / "chroma-owner").write_text("../../etc\n")
    with pytest.raises(DataDirError, match="chroma-owner"):
        store_owner(StoreConfig(tmp_path, host="127.0.0.1"))


def test_the_owner_is_part_of_the_collection_name():
    from rag.index.embeddings import EmbeddingSpec

    spec = EmbeddingSpec.parse("local")
    assert collection_name(spec, "abc", "0123456789ab").startswith("rs-0123456789ab-local-")
    assert collection_name(spec, "abc", "0123456789ab") != collection_name(spec, "abc", "ba9876543210")


def test_a_rebuild_drops_only_the_collections_its_data_dir_owns(tmp_path):
    store = StoreConfig(tmp_path / "data")
    mine_old = VectorIndex(store, HashEmbedder(), "rs-aaaaaaaaaaaa-model-old", owner="aaaaaaaaaaaa")
    mine_old.build(chunks(2))
    theirs = VectorIndex(store, HashEmbedder(), "rs-bbbbbbbbbbbb-model-new", owner="bbbbbbbbbbbb")
    theirs.build(chunks(3))
    VectorIndex(store, HashEmbedder(), "rs-aaaaaaaaaaaa-model-new", owner="aaaaaaaaaaaa").build(chunks(1), rebuild=True)
    names = {c.name for c in mine_old._client.list_collections()}
    assert names == {"rs-aaaaaaaaaaaa-model-new", "rs-bbbbbbbbbbbb-model-new"}
    assert theirs.count() == 3


def test_store_config_where_names_the_place(tmp_path):
    assert StoreConfig(tmp_path).where == str(tmp_path / "chroma")
    assert StoreConfig(Path("/x"), host="h", port=1).where == "Chroma server h:1"


def test_a_build_drops_the_retired_collections_of_the_reader_s_index_and_keeps_others(tmp_path):
    store = StoreConfig(tmp_path / "data")
    for name in ("ri-local-old-1", "ro-local-old-2", "rm-local-old-3", "rs-local-other-4"):
        VectorIndex(store, HashEmbedder(), name).build(chunks(2))
    fresh = VectorIndex(store, HashEmbedder(), "rs-local-new-5")
    fresh.build(chunks(3))
    left = sorted(c.name for c in fresh._client.list_collections())
    assert left == ["rs-local-new-5", "rs-local-other-4"]  # another chunk collection goes only on --rebuild
