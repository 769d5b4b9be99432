"""Multi-turn: turning a follow-up ("and who can propose one?") into a standalone question.

Offline, a follow-up is recognised by its form (a leading "and"/"what about", or a short
question leaning on a pronoun) and completed with the topic words of the previous question;
with an LLM configured, the LLM rewrites it (see the answering module).
"""

from __future__ import annotations

import re

from .retrieval import content_words

History = list[tuple[str, str]]

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
    topic = [w for w in content_words(previous) if w not in set(content_words(question))]
    if not topic:
        return question
    return f"{question} (about: {' '.join(dict.fromkeys(topic))})"
