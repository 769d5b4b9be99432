"""Verification: nothing leaves the library unless the corpus says it, word for word.

A citation must name a provision that exists, carry that provision's label and kind, and quote one
contiguous span of its text; if it says the quote is the whole provision, it must be. Whitespace
runs are compared as single spaces (a quote copied from the official PDF may break lines
differently); every other character must match. The short answer's clauses must lie inside the
quotes they cite.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rag.corpus.loader import Corpus
from rag.models import (
    Answer,
    Citation,
    Lead,
    LeadClause,
    Note,
    NoteKind,
    Prose,
    ProvisionGroup,
    Sentence,
    SourcePassages,
)

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
    if citation.kind != corpus.sources[provision.source].kind:
        return Problem(citation, f"{citation.label} is labelled {citation.kind.label}, which its source is not")
    if provision.label != citation.label:
        return Problem(citation, f"{citation.label} does not match the provision's label {provision.label}")
    if not is_verbatim(citation.quote, provision.text):
        return Problem(citation, f"the quote given for {citation.label} is not in its text")
    quote, text = normalize_ws(citation.quote), normalize_ws(provision.text)
    # A quote shown without a leading or trailing "…" claims to begin or end where the provision does.
    if not citation.cut_before and not text.startswith(quote):
        return Problem(citation, f"the quote given for {citation.label} leaves out the text before it without an "
                                 "ellipsis")
    if not citation.cut_after and not text.endswith(quote):
        return Problem(citation, f"the quote given for {citation.label} leaves out the text after it without an "
                                 "ellipsis")
    return None


def verify_answer(answer: Answer, corpus: Corpus) -> Answer:
    """The answer with every citation that fails verification dropped, and a note saying so.

    Used on every Answer before it leaves the library. The blocks are rebuilt without the
    dropped citations: a provision group loses the paragraph, the short answer loses a clause
    taken from it, a marker in generated prose is removed (and a sentence left with no valid
    citation is flagged as unsupported). A lead clause that is not inside its citation's quote
    is dropped too.
    """
    keep: list[bool] = []
    notes = list(answer.notes)
    for n, citation in enumerate(answer.citations, start=1):
        problem = check_citation(citation, corpus)
        keep.append(problem is None)
        if problem is not None:
            notes.append(Note(NoteKind.VERIFICATION, f"Removed citation [{n}]: {problem.reason}."))
    mapping = renumbering(keep)
    blocks = []
    for block in answer.blocks:
        rebuilt = _renumber_block(block, mapping, answer.citations, notes)
        if rebuilt is not None:
            blocks.append(rebuilt)
    citations = tuple(c for c, ok in zip(answer.citations, keep) if ok)
    return replace(answer, blocks=tuple(blocks), citations=citations, notes=tuple(notes))


def renumbering(keep: list[bool]) -> dict[int, int | None]:
    """Old citation number → new number (``None`` for a dropped citation)."""
    mapping: dict[int, int | None] = {}
    new = 0
    for old, ok in enumerate(keep, start=1):
        if ok:
            new += 1
            mapping[old] = new
        else:
            mapping[old] = None
    return mapping


def _renumber_block(block, mapping: dict[int, int | None], citations: tuple[Citation, ...], notes: list[Note]):
    def kept(numbers: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(m for m in (mapping.get(n) for n in numbers) if m is not None)

    if isinstance(block, ProvisionGroup | SourcePassages):
        numbers = kept(block.citations)
        return replace(block, citations=numbers) if numbers else None
    if isinstance(block, Lead):
        clauses = []
        for clause in block.clauses:
            new = mapping.get(clause.citation)
            if new is None:
                continue
            if not is_verbatim(clause.text, citations[clause.citation - 1].quote):
                notes.append(Note(NoteKind.VERIFICATION, "Removed a clause of the short answer that is not in the "
                                                         "quote it cites."))
                continue
            clauses.append(LeadClause(clause.text, new))
        return Lead(tuple(clauses)) if clauses else None
    if isinstance(block, Prose):
        return renumber_prose(block, mapping)
    return block


_MARKER = re.compile(r"\[(\d+)\]")


def renumber_prose(prose: Prose, mapping: dict[int, int | None]) -> Prose:
    """Rewrite the ``[n]`` markers of generated prose after citations were dropped: kept ones are
    renumbered, dropped ones removed; bracketed numbers that were never markers are left alone. A
    sentence that loses every citation it had is marked unsupported."""
    if all(v == k for k, v in mapping.items()):
        return prose
    pieces: list[str] = []
    shift: list[tuple[int, int]] = []  # (old offset, change in length so far)
    pos = 0
    delta = 0
    for m in _MARKER.finditer(prose.text):
        n = int(m.group(1))
        if n not in mapping:
            continue
        new = mapping[n]
        repl = f"[{new}]" if new is not None else ""
        pieces.append(prose.text[pos:m.start()])
        pieces.append(repl)
        pos = m.end()
        delta += len(repl) - (m.end() - m.start())
        shift.append((m.end(), delta))
    pieces.append(prose.text[pos:])
    text = "".join(pieces)

    def moved(offset: int) -> int:
        d = 0
        for at, change in shift:
            if at <= offset:
                d = change
        return offset + d

    sentences = []
    for s in prose.sentences:
        numbers = tuple(m for m in (mapping.get(n) for n in s.citations) if m is not None)
        supported = s.supported and (bool(numbers) or not s.citations)
        sentences.append(Sentence(moved(s.start), moved(s.end), numbers, supported))
    return Prose(text, tuple(sentences))
