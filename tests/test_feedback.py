"""Readers' feedback: stored as JSONL under the data dir, exported as eval-set candidates."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from rag.feedback import MAX_COMMENT_CHARS, Feedback, FeedbackStore, Rating, candidates
from rag.models import Answer, Citation, Mode
from ui.cli import cli

EVAL_FIELDS = {"id", "question", "gold", "facts", "category", "part", "split", "expect_refusal"}


def _answer(question: str, standalone: str | None = None) -> Answer:
    c = Citation(label="Rome Statute, art. 121(1)", source="rome-statute", provision_id="121(1)", quote="x")
    return Answer(question, citations=(c,), mode=Mode.EXTRACTIVE, standalone_question=standalone)


def test_feedback_is_appended_as_jsonl_under_the_data_dir(tmp_path):
    store = FeedbackStore(tmp_path)
    store.add(Feedback.about(_answer("Who may refer a situation?"), "down", "  missing\nart. 13  "))
    store.add(Feedback.about(_answer("Where is the seat?"), Rating.UP))
    lines = (tmp_path / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["rating"] == "down" and first["comment"] == "missing art. 13"
    assert first["cited"] == ["Rome Statute, art. 121(1)"] and first["mode"] == "extractive"
    assert [f.rating for f in store.all()] == [Rating.DOWN, Rating.UP]


def test_a_comment_is_capped_and_a_damaged_line_is_skipped(tmp_path):
    store = FeedbackStore(tmp_path)
    store.add(Feedback.about(_answer("q"), "up", "x" * (MAX_COMMENT_CHARS + 50)))
    with (tmp_path / "feedback.jsonl").open("a") as f:
        f.write('{"question": "half a line", "rat\n')
    records = store.all()
    assert len(records) == 1 and len(records[0].comment) == MAX_COMMENT_CHARS
    assert store.skipped == 1


def test_an_unknown_rating_is_refused():
    with pytest.raises(ValueError):
        Feedback.about(_answer("q"), "meh")


def test_candidates_have_the_eval_set_fields_with_an_empty_gold():
    records = [Feedback.about(_answer("And who decides?", "Who decides on admissibility?"), "down", "wrong article"),
               Feedback.about(_answer("Where is the seat?"), "up"),
               Feedback.about(_answer("where is the  seat?"), "down")]  # the same question, rated again
    rows = candidates(records)
    assert len(rows) == 2
    assert all(EVAL_FIELDS <= set(r) and r["gold"] == [] for r in rows)
    assert rows[0]["question"] == "Who decides on admissibility?"  # the standalone reading of a follow-up
    assert rows[0]["feedback"] == {**rows[0]["feedback"], "rating": "down", "comment": "wrong article",
                                   "asked": "And who decides?"}
    assert rows[1]["feedback"]["rating"] == "down"  # the latest rating wins
    assert [r["question"] for r in candidates(records, only=Rating.UP)] == []


def test_rag_feedback_export_writes_candidates(tmp_path, monkeypatch):
    monkeypatch.setenv("RAG_DATA_DIR", str(tmp_path))
    FeedbackStore(tmp_path).add(Feedback.about(_answer("Who may refer a situation?"), "down", "too short"))
    FeedbackStore(tmp_path).add(Feedback.about(_answer("Where is the seat?"), "up"))
    result = CliRunner().invoke(cli, ["feedback", "export"], catch_exceptions=False)
    assert result.exit_code == 0
    assert [json.loads(line)["question"] for line in result.output.splitlines()] == [
        "Who may refer a situation?", "Where is the seat?"]
    out = tmp_path / "candidates.jsonl"
    result = CliRunner().invoke(cli, ["feedback", "export", "--down-only", "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0 and "wrote 1 candidates" in result.stderr
    assert json.loads(out.read_text())["feedback"]["comment"] == "too short"
