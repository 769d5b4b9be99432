"""Where a sentence may end: not after an abbreviation.

Legal prose is full of full stops that end nothing: "art. 27(1)", "paras. 3–4", "e.g. the Court",
"U.S. officials". Both the support check of generated answers and ``rag check`` split sentences,
and both ask this module whether a full stop ends one.
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "ends_in_abbreviation"]

# Words after which a period does not end a sentence ("art. 27", "e.g. the Court", "U.S. officials").
ABBREVIATIONS = frozenset({
    "art", "arts", "para", "paras", "subpara", "e.g", "i.e", "cf", "no", "nos", "p", "pp", "v", "vs", "u.s",
    "u.n", "mr", "ms", "mrs", "dr", "st", "etc", "op", "cit", "ibid", "id", "al", "fn", "n", "ch", "sec", "vol",
    "doc", "res", "ref", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
})
_LAST_WORD = re.compile(r"(\S+)$")


def ends_in_abbreviation(before: str) -> bool:
    """Whether the text just before a full stop ends in an abbreviation or a single letter (an
    initial, "(a)"), so that the full stop does not end the sentence."""
    word = _LAST_WORD.search(before)
    token = word.group(1).lstrip("(“\"‘'[").lower() if word else ""
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())
