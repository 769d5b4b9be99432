"""Multi-turn: turning a follow-up ("and who can propose one?") into a standalone question.

Offline, a follow-up is recognised by its form (a leading "and"/"what about", or a short
question leaning on a pronoun) and completed with the previous question;
with an LLM configured, the LLM rewrites it (:func:`condense`), and the offline method is the
fallback when the LLM fails (an error, a malformed reply, the deadline).

The history comes from the caller (the CLI, the web UI, an API user) and is bounded before anything
reads it (:func:`clean_history`): only the last :data:`MAX_HISTORY_TURNS` turns are kept, and more
than :data:`MAX_HISTORY_CHARS` characters in them is an :class:`InputError`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol

from rag.errors import InputError, LLMError
from rag.retrieve.analysis import content_words

History = list[tuple[str, str]]
MAX_STANDALONE_CHARS = 2000
# A follow-up leans on the last few turns; a chat of any length keeps only these (the rest cannot
# change what "it" refers to, and would only cost time).
MAX_HISTORY_TURNS = 20
# The kept turns' text: 20 turns of a 2,000-character question and a long answer fit; a history of
# hundreds of kilobytes is not a conversation, and reading it held the UI for minutes.
MAX_HISTORY_CHARS = 100_000


class Condenser(Protocol):
    """Anything that rewrites a follow-up as a standalone question (the LLM engine)."""

    model: str

    def condense_question(self, question: str, history: History, deadline: Any = None) -> str: ...


def clean_history(history: Sequence[Sequence[str | None]] | None) -> History:
    """The conversation so far as ``[(user, assistant), ...]``: the last :data:`MAX_HISTORY_TURNS`
    turns, each a pair of texts; raises :class:`InputError` for anything else or for more than
    :data:`MAX_HISTORY_CHARS` characters."""
    if not history:
        return []
    if isinstance(history, (str, bytes)) or not isinstance(history, Sequence):
        raise InputError("The history must be a list of (question, answer) pairs.")
    turns: History = []
    for turn in list(history)[-MAX_HISTORY_TURNS:]:
        if isinstance(turn, (str, bytes)) or not isinstance(turn, Sequence) or not 1 <= len(turn) <= 2:
            raise InputError("Each turn of the history must be a (question, answer) pair.")
        user, assistant = turn[0], turn[1] if len(turn) > 1 else ""
        if not isinstance(user, (str, type(None))) or not isinstance(assistant, (str, type(None))):
            raise InputError("Each turn of the history must be a pair of texts.")
        turns.append((user or "", assistant or ""))
    size = sum(len(u) + len(a) for u, a in turns)
    if size > MAX_HISTORY_CHARS:
        raise InputError(f"The conversation history is {size:,} characters long; the limit is {MAX_HISTORY_CHARS:,}. "
                         "Start a new conversation.")
    return turns

_LEADS = re.compile(r"^\s*(and|but|also|so|then|what about|how about|and what about|what if|same for|ok|okay)\b",
                    re.IGNORECASE)
_REFERRING = re.compile(r"\b(it|its|that|this|those|these|they|them|their|one|ones|he|she|him|her|"
                        r"such|there|same|former|latter)\b", re.IGNORECASE)


def is_follow_up(question: str) -> bool:
    """Whether ``question`` reads as dependent on an earlier turn."""
    words = question.split()
    if _LEADS.match(question):
        return True
    return len(words) <= 12 and bool(_REFERRING.search(question)) and len(content_words(question)) <= 4


def condense_offline(question: str, history: History | None) -> str:
    """A standalone version of ``question`` for retrieval, without an LLM."""
    if not history or not is_follow_up(question):
        return question
    previous = next((user for user, _ in reversed(history) if user and user.strip()), "")
    if not previous or not set(content_words(previous)) - set(content_words(question)):
        return question
    # The whole earlier question, not just its keywords: its phrases ("leave the ICC") and the
    # source it named ("the report") are what tell retrieval what "that" and "they" refer to.
    return f"{question} (about: {' '.join(previous.split())})"


def condense(question: str, history: History | None, llm: Condenser | None = None,
             deadline: Any = None) -> tuple[str, list[str]]:
    """A standalone version of ``question`` and any warnings.

    With ``llm``, one short LLM call rewrites the follow-up (whatever its form), within the
    answer's ``deadline``; if that fails, the offline method is used and a warning says so.
    Without history the question is returned as it is.
    """
    if not history or not any((user or "").strip() for user, _ in history):
        return question, []
    if llm is None:
        return condense_offline(question, history), []
    try:
        rewritten = " ".join(llm.condense_question(question, history, deadline).split())
    except LLMError as exc:
        return condense_offline(question, history), [
            f"The LLM ({llm.model}) could not condense the follow-up ({exc}); used the offline method."]
    if not rewritten or len(rewritten) > MAX_STANDALONE_CHARS or not any(ch.isalnum() for ch in rewritten):
        return condense_offline(question, history), []
    if _same(rewritten, question):
        return question, []
    return rewritten, []


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().strip(" ?.!").split()) == " ".join(b.casefold().strip(" ?.!").split())
