"""Names in a question that the corpus does not know: found (for the note an answer carries) and
taken out (for the second look a refusal gets, and for retrieval: a name the texts never use carries
no legal content, and it pulls a question's vector away from the provisions that answer it).
"""

from __future__ import annotations

import re

from rag.retrieve.analysis import STOP_WORDS

__all__ = ["MASK", "foreign_names", "mask_names"]


# A capitalised word (not starting a sentence) or an acronym: a candidate name.
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)(?<![\w'-])([A-Z][a-zA-Z'’-]{2,}|[A-Z]{2,})(?![\w'-])")


# Months and days are dates, not names: "arrested in March" names no one the corpus should know.
_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split())


def foreign_names(question: str, vocabulary: frozenset[str] | set[str]) -> list[str]:
    """Capitalised names or acronyms in the question that the corpus never mentions."""
    out = []
    for m in _CAPITALISED.finditer(question):
        word = m.group(1).replace("’", "'")
        if word.lower().endswith("'s"):  # the name, not its possessive: "Duterte's team" names Duterte
            word = word[:-2]
        low = word.lower().strip("'-")
        parts = [p for p in re.split(r"[-']", low) if p]
        if low in STOP_WORDS or low in _CALENDAR or _in(low, vocabulary) or (
                parts and all(_in(p, vocabulary) or p in STOP_WORDS or len(p) < 3 for p in parts)):
            continue
        out.append(word)
    return list(dict.fromkeys(out))


# The Statute numbers its lists with roman numerals ("(xi)"), so "xi", "vi", "iv" are words of its text;
# capitalised in a question they are names ("Xi Jinping"), not list markers.
_ROMAN = re.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})")  # i … xxxix


def _in(low: str, vocabulary: frozenset[str] | set[str]) -> bool:
    """Whether a lower-cased word (or its plural's stem) is a word of ``vocabulary``, list markers aside."""
    return (low in vocabulary or low.rstrip("s") in vocabulary) and not _ROMAN.fullmatch(low)


# Any capitalised word or acronym, at the start of a sentence too: a candidate name to mask.
_ANY_CAPITALISED = re.compile(r"(?<![\w'’-])([A-Z][a-zA-Z'’-]+|[A-Z]{2,})(?![\w'’-])")
MASK = "X"  # a name's placeholder until the names are taken out


def mask_names(question: str, law_vocabulary: frozenset[str] | set[str],
               vocabulary: frozenset[str] | set[str] = frozenset()) -> str | None:
    """``question`` with the names the Statute's text does not use taken out ("Could Netanyahu be
    arrested in Germany?" → "Could be arrested in?"), or ``None`` when it has none. Words of the
    Statute ("Court", "Prosecutor", "Rome", "The Hague") stay, and so do the acronyms of the corpus
    (``vocabulary``: "ICC", "UN"). Names are taken out, not replaced: a placeholder would be a word
    every masked text shares, and masked texts would look alike for it."""
    changed = False

    def sub(m: re.Match[str]) -> str:
        nonlocal changed
        word = m.group(1).replace("’", "'")
        word = word[:-2] if word.lower().endswith("'s") else word
        low = word.lower()
        if low in STOP_WORDS or _in(low, law_vocabulary):
            return m.group(1)
        if word.isupper() and low in vocabulary:  # ICC, UN, U.S.: the corpus's own acronyms
            return m.group(1)
        changed = True
        return MASK

    masked = _ANY_CAPITALISED.sub(sub, question)
    # A name goes whole: its particle ("al-Bashir") and short parts ("Kim Jong Un") with it.
    masked = re.sub(rf"(?:\b(?:al|el|bin|van|von|de)-)?\b{MASK}\b(?:[\s-]+(?:{MASK}|[A-Z][a-z]?)\b)*", " ", masked)
    masked = re.sub(r"\s+([,.?!;:])", r"\1", re.sub(r"\s{2,}", " ", masked)).strip()
    return masked if changed else None
