r"""Plain-language → Statute vocabulary, used to expand questions before retrieval.

Readers ask "can the court seize a convict's assets" or "is recruiting child soldiers a war
crime"; the Statute says "forfeiture of proceeds, property and assets" and "conscripting or
enlisting children under the age of fifteen years". Each entry maps everyday wording (a regular
expression) to the terms the Statute itself uses, so BM25 and the dense model meet the law's own
words. Entries describe legal concepts, not particular questions.

The entries follow the Statute article by article (Preamble, Parts 1–13 including articles 8 bis,
15 bis and 15 ter), grouped by topic. Patterns are matched case-insensitively anywhere in the
question. Each is anchored with word boundaries, and everyday words that also have other senses
("fine", "sign", "appeal", "budget", "salary", "school", "drugs") only count next to words that
put them in the Court's context: an entry that fires on an unrelated question only adds noise to
the search (and can keep an off-topic question from being refused). ``(?:[\w'-]+ ){0,3}`` allows
up to three words in between.
"""

from __future__ import annotations

import re

from rag.retrieve.glossary_terms import ENTRIES

_POSSESSIVE = re.compile(r"(?<=\w)'s\b|(?<=s)'(?=\s)")
_COMPILED = [(re.compile(pattern, re.IGNORECASE), terms) for pattern, terms in ENTRIES]


def expand_query(question: str) -> str:
    """``question`` followed by the Statute's own terms for the concepts it mentions."""
    text = question.replace("\u2019", "'")  # typographic apostrophes, as in "country\u2019s"
    text = _POSSESSIVE.sub("", text)  # "the prosecutor's term" → "the prosecutor term"
    extra = [terms for rx, terms in _COMPILED if rx.search(text)]
    return question if not extra else question + "\n" + " ".join(extra)
