"""Offline follow-up condensing (rag/conversation.py): which questions lean on the previous turn,
and what the standalone question carries over."""

from __future__ import annotations

import pytest

from rag.retrieve.conversation import condense_offline, is_follow_up

LEAVE = "Can a country leave the ICC?"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("And who can propose one?", True),
        ("what about war crimes?", True),
        ("Would that stop an investigation that's already under way?", True),
        ("Would that stop an investigation that\u2019s already under way?", True),
        ("Can that person be removed from office, and by whom?", True),
        ("What crimes are they accused of?", True),
        ("What does article 16 of the Rome Statute say about deferral by the Security Council?", False),
        ("Who elects the judges of the International Criminal Court?", False),
        ("What majority is needed to adopt an amendment when consensus cannot be reached?", False),
    ],
)
def test_follow_up_is_recognised_by_its_form(question, expected):
    assert is_follow_up(question) is expected


def test_standalone_question_keeps_the_whole_previous_question():
    standalone = condense_offline("Would that stop an investigation that's already under way?", [(LEAVE, "")])
    # The phrase "leave the ICC" (→ withdrawal, art. 127) survives, not just scattered keywords.
    assert standalone.endswith(f"(about: {LEAVE})")


def test_source_named_in_the_previous_question_carries_over():
    previous = "Who were the arrest warrants mentioned in the report issued against?"
    assert "the report" in condense_offline("What crimes are they accused of?", [(previous, "")])


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("Who elects the judges of the International Criminal Court?", [(LEAVE, "")]),  # not a follow-up
        ("And who can propose one?", []),  # nothing to lean on
        ("And who can propose one?", [("", "")]),
        ("Can a country leave it?", [("Can a country leave?", "")]),  # nothing new to add
    ],
)
def test_question_is_left_alone_when_there_is_nothing_to_add(question, history):
    assert condense_offline(question, history) == question


def test_follow_up_about_withdrawal_reaches_article_127(assistant):
    retrieval = assistant.retrieve("Would that stop an investigation that's already under way?",
                                   history=[(LEAVE, "")])
    top = [h.provision.id for h in retrieval.hits[:5]]
    assert "127(2)" in top
