"""The in-memory index of the reader's index and the prototypes: exact neighbours, saved once,
built again when its records change or its file is damaged."""

from __future__ import annotations

import numpy as np
import pytest

from rag.index.chunking import Chunk
from rag.index.records import RECORDS_DIR, RecordIndex


def _record(i: int, text: str) -> Chunk:
    return Chunk(id=f"r{i}", source="rome-statute", provision="1", span=text, context="", metadata={"record": "entry"})


TEXTS = ["who can be tried", "arrest warrants", "the death penalty", "withdrawal from the treaty"]


def _embed(calls: list[int]):
    rng = np.random.default_rng(7)
    table = {t: rng.normal(size=8).tolist() for t in TEXTS}

    def embed(texts: list[str]) -> list[list[float]]:
        calls.append(len(texts))
        return [table.get(t) or rng.normal(size=8).tolist() for t in texts]
    return embed, table


def test_the_nearest_records_come_first_with_their_cosine(tmp_path):
    calls: list[int] = []
    embed, table = _embed(calls)
    records = [_record(i, t) for i, t in enumerate(TEXTS)]
    index, built = RecordIndex.open(tmp_path, "ri-test-1", records, embed)
    assert built == 4 and len(index) == 4
    q = np.array(table["the death penalty"]) * 3.0  # not unit length: the cosine does not care
    found = index.query(q.tolist(), 2)
    assert found[0][0] == "r2" and found[0][1] == pytest.approx(1.0, abs=1e-5)
    exact = sorted(((float(np.dot(q, v) / np.linalg.norm(q) / np.linalg.norm(v)), f"r{i}")
                    for i, v in enumerate(table[t] for t in TEXTS)), reverse=True)
    assert [rid for rid, _ in found] == [rid for _, rid in exact[:2]]


def test_a_saved_index_is_loaded_without_embedding_again(tmp_path):
    calls: list[int] = []
    embed, _ = _embed(calls)
    records = [_record(i, t) for i, t in enumerate(TEXTS)]
    RecordIndex.open(tmp_path, "ri-test-1", records, embed)
    again, built = RecordIndex.open(tmp_path, "ri-test-1", records, embed)
    assert built == 0 and calls == [4] and len(again) == 4


@pytest.mark.parametrize("damage", [b"", b"garbage"])
def test_a_damaged_file_is_built_again(tmp_path, damage):
    calls: list[int] = []
    embed, _ = _embed(calls)
    records = [_record(i, t) for i, t in enumerate(TEXTS)]
    RecordIndex.open(tmp_path, "ri-test-1", records, embed)
    (tmp_path / RECORDS_DIR / "ri-test-1.npz").write_bytes(damage)
    said: list[str] = []
    index, built = RecordIndex.open(tmp_path, "ri-test-1", records, embed, announce=said.append)
    assert built == 4 and index.query([1.0] * 8, 1)
    assert len(said) == 1 and "built again" in said[0]


def test_other_records_under_the_same_name_are_built_again(tmp_path):
    calls: list[int] = []
    embed, _ = _embed(calls)
    RecordIndex.open(tmp_path, "ri-test-1", [_record(i, t) for i, t in enumerate(TEXTS)], embed)
    _, built = RecordIndex.open(tmp_path, "ri-test-1", [_record(i, t) for i, t in enumerate(TEXTS[:2])], embed)
    assert built == 2


def test_an_empty_index_finds_nothing(tmp_path):
    index, _ = RecordIndex.open(tmp_path, "ri-empty", [], lambda texts: [])
    assert index.query([1.0, 0.0], 3) == []


def test_the_workspace_keeps_its_records_out_of_chroma(assistant):
    ws = assistant.workspace
    assert {type(i) for i in (ws.entry_index, ws.outside_index, ws.masked_outside_index)} == {RecordIndex}
    assert len(ws.entry_index) > 3000 and len(ws.outside_index) > 400
