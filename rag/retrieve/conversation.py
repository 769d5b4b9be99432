"""Multi-turn: turning a follow-up ("and who can propose one?") into a standalone question.

Offline, a follow-up is recognised by its form (a leading "and"/"what about", or a short
question leaning on a pronoun) and completed with the previous question;
with an LLM configured, the LLM rewrites it (:func:`condense`), and the offline method is the
fallback when the LLM fails.
"""

from __future__ import annotations

import re
from typing import Protocol

from rag.errors import LLMError
from rag.retrieve.analysis import content_words

History = list[tuple[str, str]]
MAX_STANDALONE_CHARS = 2000


class Condenser(Protocol):
    """Anything that rewrites a follow-up as a standalone question (the LLM engine)."""

    model: str

    def condense_question(self, question: str, history: History) -> str: ...

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


def condense(question: str, history: History | None, llm: Condenser | None = None) -> tuple[str, list[str]]:
    """A standalone version of ``question`` and any warnings.

    With ``llm``, one short LLM call rewrites the follow-up (whatever its form); if that fails,
    the offline method is used and a warning says so. Without history the question is returned
    as it is.
    """
    if not history or not any((user or "").strip() for user, _ in history):
        return question, []
    if llm is None:
        return condense_offline(question, history), []
    try:
        rewritten = " ".join(llm.condense_question(question, history).split())
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
