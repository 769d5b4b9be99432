"""Verification: nothing leaves the library unless the corpus says it, word for word.

A citation must name a provision that exists, carry that provision's label, and quote one
contiguous span of its text. Whitespace runs are compared as single spaces (a quote copied from
the official PDF may break lines differently); every other character must match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .corpus import Corpus
from .models import Answer, Citation

_WS_RE = re.compile(r"\s+")
# Typographic variants an LLM (or a reader) may substitute for the Statute's own characters.
_QUOTE_FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def normalize_ws(text: str) -> str:
    """Collapse whitespace runs to one space and strip."""
    return _WS_RE.sub(" ", text).strip()


def fold(text: str) -> str:
    """Whitespace-normalised, typographic quotes and dashes folded, for LLM quotes."""
    return normalize_ws(text).translate(_QUOTE_FOLD)


def is_verbatim(quote: str, text: str, lenient: bool = False) -> bool:
    """True when ``quote`` is one contiguous span of ``text``."""
    q = fold(quote) if lenient else normalize_ws(quote)
    t = fold(text) if lenient else normalize_ws(text)
    return bool(q) and q in t


@dataclass(frozen=True)
class Problem:
    """Why a citation failed verification."""

    citation: Citation
    reason: str


def check_citation(citation: Citation, corpus: Corpus) -> Problem | None:
    """``None`` when the citation is sound, else what is wrong with it."""
    provision = corpus.try_get(corpus.key(citation.source, citation.provision_id))
    if provision is None:
        return Problem(citation, f"{citation.label} names no provision in the corpus")
    if provision.label != citation.label:
        return Problem(citation, f"{citation.label} does not match the provision's label {provision.label}")
    if not is_verbatim(citation.quote, provision.text):
        return Problem(citation, f"the quote given for {citation.label} is not in its text")
    return None


def verify_answer(answer: Answer, corpus: Corpus) -> Answer:
    """Drop every citation that fails verification and say so in ``answer.warnings``.

    Used on every Answer before it leaves the library; a dropped citation's marker is removed
    from the text so the reader never sees an unverified pinpoint.
    """
    kept: list[Citation] = []
    for n, citation in enumerate(answer.citations, start=1):
        problem = check_citation(citation, corpus)
        if problem is None:
            kept.append(citation)
            continue
        answer.warnings.append(f"Removed citation [{n}]: {problem.reason}.")
        answer.text = answer.text.replace(f"[{n}]", "")
    if len(kept) != len(answer.citations):
        answer.text = renumber(answer.text, answer.citations, kept)
        answer.citations = kept
    return answer


def renumber(text: str, before: list[Citation], after: list[Citation]) -> str:
    """Rewrite ``[n]`` markers after citations were dropped, so they index ``after``."""
    mapping = {}
    for old, c in enumerate(before, start=1):
        if c in after:
            mapping[old] = after.index(c) + 1
    return re.sub(r"\[(\d+)\]", lambda m: f"[{mapping.get(int(m.group(1)), '?')}]", text).replace("[?]", "")
