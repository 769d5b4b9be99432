"""Verification: nothing leaves the library unless the corpus says it, word for word.

A citation must name a provision that exists, carry that provision's label, and quote one
contiguous span of its text. Whitespace runs are compared as single spaces (a quote copied from
the official PDF may break lines differently); every other character must match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.corpus.loader import Corpus
from rag.models import Answer, Citation

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
    if provision.source != citation.source:
        return Problem(citation, f"{citation.label} is attributed to {citation.source!r} but comes from "
                                 f"{provision.source!r}")
    if citation.is_law != corpus.sources[provision.source].is_law:
        return Problem(citation, f"{citation.label} is labelled {'law' if citation.is_law else 'not law'}, "
                                 "which its source is not")
    if provision.label != citation.label:
        return Problem(citation, f"{citation.label} does not match the provision's label {provision.label}")
    if not is_verbatim(citation.quote, provision.text):
        return Problem(citation, f"the quote given for {citation.label} is not in its text")
    return None


def verify_answer(answer: Answer, corpus: Corpus) -> Answer:
    """Drop every citation that fails verification and say so in ``answer.warnings``.

    Used on every Answer before it leaves the library. A dropped citation's marker is removed
    from the text, and so is any line that carries its (unverified) quote, so the reader never
    sees an unverified pinpoint or quotation.
    """
    keep: list[bool] = []
    for n, citation in enumerate(answer.citations, start=1):
        problem = check_citation(citation, corpus)
        keep.append(problem is None)
        if problem is not None:
            answer.warnings.append(f"Removed citation [{n}]: {problem.reason}.")
    if all(keep):
        return answer
    lines = []
    for line in answer.text.split("\n"):
        dropped = [n for n, ok in enumerate(keep, start=1) if not ok and f"[{n}]" in line]
        if any(answer.citations[n - 1].quote and normalize_ws(answer.citations[n - 1].quote[:60]) in
               normalize_ws(line) for n in dropped):
            continue
        lines.append(line)
    answer.text = renumber("\n".join(lines), keep)
    answer.citations = [c for c, ok in zip(answer.citations, keep) if ok]
    return answer


def renumber(text: str, keep: list[bool]) -> str:
    """Rewrite ``[n]`` markers after citations were dropped: kept ones are renumbered in order,
    dropped ones removed; bracketed numbers that were never markers are left alone."""
    mapping: dict[int, int | None] = {}
    new = 0
    for old, ok in enumerate(keep, start=1):
        if ok:
            new += 1
            mapping[old] = new
        else:
            mapping[old] = None

    def sub(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if n not in mapping:
            return m.group(0)
        return f"[{mapping[n]}]" if mapping[n] is not None else ""

    return re.sub(r"\[(\d+)\]", sub, text)
