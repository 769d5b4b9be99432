"""The conversation as the web UI keeps it: one :class:`Turn` per question, each with its own
Answer (and so its own sources), stored in the browser between visits.

The browser keeps each answer as :meth:`Answer.to_dict` JSON. Coming back, the JSON is turned
into an :class:`Answer` again (blocks and citations, never its rendered text) and every citation is
checked against the corpus once more: what the browser hands back is not trusted to be what the
server said, so a quote that is not verbatim is never shown as the law's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rag.answer import render
from rag.answer.verification import check_citation
from rag.corpus.loader import Corpus
from rag.models import (
    Answer,
)

MAX_TURNS = 50  # turns kept in the browser: a long session stays well inside localStorage's ~5 MB
RESTORE_FAILED = "This answer could not be restored from your browser; ask the question again."


@dataclass(frozen=True)
class Turn:
    """One question and what came of it: an Answer, or the error shown instead."""

    question: str
    answer: Answer | None = None
    error: str = ""

    def to_state(self) -> dict[str, Any]:
        """What the browser stores for this turn."""
        return {"question": self.question, "answer": self.answer.to_dict() if self.answer else None,
                "error": self.error}


def history(turns: list[Turn]) -> list[tuple[str, str]]:
    """The conversation as the library takes it for follow-ups: ``[(question, answer text), ...]``."""
    return [(t.question, t.answer.text) for t in turns if t.answer is not None]


def restore(state: object, corpus: Corpus) -> list[Turn]:
    """The turns the browser kept (the latest :data:`MAX_TURNS`); an answer that is malformed or
    whose citations no longer check out against the corpus becomes an error turn."""
    if not isinstance(state, list):
        return []
    turns = []
    for item in state[-MAX_TURNS:]:
        if not isinstance(item, dict) or not isinstance(item.get("question"), str):
            continue
        raw = item.get("answer")
        if raw is None:
            turns.append(Turn(item["question"], error=str(item.get("error") or RESTORE_FAILED)))
            continue
        try:
            answer = render.from_dict(raw)
        except (KeyError, TypeError, ValueError):  # the browser's copy is damaged or from another version
            turns.append(Turn(item["question"], error=RESTORE_FAILED))
            continue
        if any(check_citation(c, corpus) is not None for c in answer.citations):
            turns.append(Turn(item["question"], error=RESTORE_FAILED))
            continue
        turns.append(Turn(item["question"], answer))
    return turns


def to_state(turns: list[Turn]) -> list[dict[str, Any]]:
    """What the browser stores for the conversation (the latest :data:`MAX_TURNS` turns)."""
    return [t.to_state() for t in turns[-MAX_TURNS:]]
