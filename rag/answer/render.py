"""Renderings of an :class:`~rag.models.Answer`: plain text, the terminal's details, Markdown and JSON.

Each consumes the answer's blocks and citations; none reads another rendering. (The web UI renders
the same blocks to HTML through its Jinja2 templates.)
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from rag.models import (
    Answer,
    Block,
    Citation,
    Lead,
    LeadClause,
    Mode,
    Note,
    NoteKind,
    Prose,
    ProvisionGroup,
    Refusal,
    Sentence,
    SourceKind,
    SourcePassages,
)

REFUSAL = (
    "The corpus — the Rome Statute of the International Criminal Court and one news report on the "
    "2025 U.S.–ICC standoff — does not cover this question, so I will not guess. Try asking about "
    "the Statute's provisions (crimes, jurisdiction, the Court's organs, procedure, penalties, "
    "cooperation, amendment) or name an article, e.g. \"What does article 16 say?\"."
)
# Before the pointers a refusal may carry: where the law on the subject is, not an answer to the matter.
SEE_ALSO = "Where the Statute deals with the subject in general (not with this matter):"
LEAD_HEADING = "In short, in the Statute's own words:"
# A short answer quoted from the report (or a reader's document) must not be headed as the law.
LEAD_HEADING_NEWS = "In short, in the news report's words (its account, not the law):"
LEAD_HEADING_DOCUMENT = "In short, in your document's words (not the law):"
LEAD_HEADING_MIXED = "In short, in the texts' own words:"


def lead_heading(answer: Answer, block: Lead) -> str:
    """The short answer's heading: the Statute's words only when every clause quotes the Statute."""
    kinds = {answer.citations[c.citation - 1].kind for c in block.clauses}
    if kinds == {SourceKind.LAW}:
        return LEAD_HEADING
    if kinds == {SourceKind.NEWS}:
        return LEAD_HEADING_NEWS
    if kinds == {SourceKind.DOCUMENT}:
        return LEAD_HEADING_DOCUMENT
    return LEAD_HEADING_MIXED
UNSUPPORTED_MARK = "[unsupported: no citation supports this]"


def group_heading(block: ProvisionGroup) -> str:
    """``Article 121 — Amendments (Part 13: Final Clauses)``; ``Preamble``."""
    if block.article in (None, "preamble"):
        return "Preamble"
    heading = f"Article {block.article} — {block.title}" if block.title else f"Article {block.article}"
    if block.part is not None:
        heading += f" (Part {block.part}: {block.part_title})"
    return heading


def mode_label(answer: Answer) -> str:
    """``offline answer: quotes from the texts`` or ``LLM answer (<model>)``."""
    if answer.mode == Mode.LLM:
        return f"LLM answer ({answer.model})" if answer.model else "LLM answer"
    if answer.mode == Mode.BASELINE:
        return "baseline"
    return "offline answer: quotes from the texts"


def lead_clause_text(answer: Answer, number: int, clause: str) -> str:
    """A lead clause in quotation marks, with "…" where its provision goes on."""
    c = answer.citations[number - 1]
    quote = c.quote
    at = quote.find(clause)
    before = c.cut_before or at > 0
    after = c.cut_after or (at >= 0 and at + len(clause) < len(quote.rstrip()))
    return f"“{'… ' if before else ''}{clause}{' …' if after else ''}”"


def prose_text(block: Prose, mark: str = UNSUPPORTED_MARK) -> str:
    """Generated prose with ``mark`` after every sentence no valid citation supports."""
    flagged = sorted((s.end for s in block.sentences if not s.supported), reverse=True)
    text = block.text
    for end in flagged:
        text = f"{text[:end]} {mark}{text[end:]}"
    return text


def streamed_prose(answer: Answer) -> str:
    """The verified prose as it was streamed: the LLM's text without the unsupported marks."""
    return "\n\n".join(b.text for b in answer.blocks if isinstance(b, Prose)).strip()


def unsupported_sentences(answer: Answer) -> list[str]:
    """The sentences of the LLM's prose that no valid citation supports."""
    return [b.text[s.start:s.end] for b in answer.blocks if isinstance(b, Prose)
            for s in b.sentences if not s.supported]


def _refusal(answer: Answer) -> Refusal | None:
    return next((b for b in answer.blocks if isinstance(b, Refusal)), None)


def refusal_text(answer: Answer) -> str | None:
    """Why the answer refuses (its reason, or the general one), or ``None`` if it does not."""
    refusal = _refusal(answer)
    return (refusal.reason or REFUSAL) if refusal is not None else None


def see_also(answer: Answer) -> list[str]:
    """Where the Statute deals with the subject of a refused matter in general (labels and titles, not
    citations: they do not answer it); empty when the answer does not refuse, or refuses the subject."""
    refusal = _refusal(answer)
    return list(refusal.see_also) if refusal is not None else []


def stream_kept(answer: Answer, streamed: str) -> bool:
    """Whether the text streamed while ``answer`` was generated stands as its verified prose (the
    CLI and the API then keep it, instead of withdrawing it and sending the answer again)."""
    text = streamed.strip()
    return bool(text) and text in (streamed_prose(answer), answer.text.strip())


def markdown_after_stream(answer: Answer) -> str:
    """The Markdown that follows kept streamed prose: the sentences no citation supports, named
    (a stream cannot mark them inline after the fact), then every block but the prose."""
    flagged = [f"**{UNSUPPORTED_MARK}** “{_md_escape(s)}”" for s in unsupported_sentences(answer)]
    rest = markdown(replace(answer, blocks=tuple(b for b in answer.blocks if not isinstance(b, Prose))))
    return "\n\n".join(p for p in ("\n".join(flagged), rest) if p)


def _bullet(n: int, c: Citation) -> str:
    return f"• {c.pinpoint if c.is_law else c.label.split(', ', 1)[-1]}: “{c.shown_quote}” [{n}]"


def block_text(answer: Answer, block: Block, first_law: bool) -> str:
    """One block as plain text."""
    if isinstance(block, Lead):
        lines = [lead_heading(answer, block)]
        for clause in block.clauses:
            c = answer.citations[clause.citation - 1]
            lines.append(f"{c.pinpoint}: {lead_clause_text(answer, clause.citation, clause.text)} [{clause.citation}]")
        return "\n".join(lines)
    if isinstance(block, ProvisionGroup):
        lines = [SourceKind.LAW.heading("")] if first_law else []
        lines.append(group_heading(block))
        lines += [_bullet(n, answer.citations[n - 1]) for n in block.citations]
        return "\n".join(lines)
    if isinstance(block, SourcePassages):
        lines = [block.kind.heading(block.title)]
        lines += [_bullet(n, answer.citations[n - 1]) for n in block.citations]
        return "\n".join(lines)
    if isinstance(block, Prose):
        return prose_text(block)
    if isinstance(block, Note):
        return block.text
    if isinstance(block, Refusal):
        parts = [block.reason] if block.reason else []
        if block.see_also:
            parts.append(f"{SEE_ALSO} {'; '.join(block.see_also)}.")
        return "\n\n".join([*parts, REFUSAL])
    raise TypeError(f"unknown block {block!r}")


def text(answer: Answer) -> str:
    """The answer's body as plain text with ``[n]`` markers (what the terminal prints first)."""
    parts: list[str] = []
    said_law = False
    for block in answer.blocks:
        first_law = isinstance(block, ProvisionGroup) and not said_law
        said_law = said_law or isinstance(block, ProvisionGroup)
        parts.append(block_text(answer, block, first_law))
    return "\n\n".join(p for p in parts if p)


def details(answer: Answer) -> str:
    """What the terminal prints after the body: the sources, the notes, the engine."""
    lines = []
    if answer.citations:
        lines.append("Sources:")
        for n, c in enumerate(answer.citations, start=1):
            title = f" — {c.title}" if c.title and c.is_law else ""
            lines.append(f"  [{n}] {c.label}{title} ({c.kind.label})")
        lines.append("")
    for note in answer.notes:
        lines.append(f"Warning: {note.text}")
    mode = mode_label(answer)
    if answer.refused:
        mode += "; refused: not covered by the corpus"
    lines.append(f"({mode})")
    return "\n".join(lines)


def _md_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")


def markdown(answer: Answer) -> str:
    """The answer as Markdown, ending with a "Sources" list (label and verbatim quote of each
    citation), so any client that renders Markdown shows checkable sources."""
    parts: list[str] = []
    said_law = False
    for block in answer.blocks:
        if isinstance(block, Lead):
            lines = [f"**{lead_heading(answer, block)}**", ""]
            for clause in block.clauses:
                c = answer.citations[clause.citation - 1]
                lines.append(f"> **{c.pinpoint}**: {_md_escape(lead_clause_text(answer, clause.citation, clause.text))} "
                             f"[{clause.citation}]")
            parts.append("\n".join(lines))
        elif isinstance(block, ProvisionGroup):
            lines = []
            if not said_law:
                lines += [f"*{SourceKind.LAW.heading('')}*", ""]
                said_law = True
            lines += [f"**{_md_escape(group_heading(block))}**", ""]
            lines += [f"- *{answer.citations[n - 1].pinpoint}*: “{_md_escape(answer.citations[n - 1].shown_quote)}” [{n}]"
                      for n in block.citations]
            parts.append("\n".join(lines))
        elif isinstance(block, SourcePassages):
            lines = [f"*{_md_escape(block.kind.heading(block.title))}*", ""]
            lines += [f"- *{answer.citations[n - 1].label.split(', ', 1)[-1]}*: “{_md_escape(answer.citations[n - 1].shown_quote)}” "
                      f"[{n}]" for n in block.citations]
            parts.append("\n".join(lines))
        elif isinstance(block, Prose):
            parts.append(prose_text(block, f"**{UNSUPPORTED_MARK}**"))
        elif isinstance(block, Note):
            parts.append(f"*{_md_escape(block.text)}*")
        elif isinstance(block, Refusal):
            parts.append(_md_escape(block_text(answer, block, False)))
    if answer.citations:
        lines = ["**Sources**", ""]
        for n, c in enumerate(answer.citations, start=1):
            lines.append(f"{n}. **{_md_escape(c.label)}** ({c.kind.label}): “{_md_escape(c.shown_quote)}”")
        parts.append("\n".join(lines))
    if answer.notes:
        parts.append("\n".join(f"> ⚠ {_md_escape(n.text)}" for n in answer.notes))
    return "\n\n".join(parts)


def block_dict(block: Block) -> dict[str, Any]:
    """A block as JSON: its type and fields."""
    if isinstance(block, Lead):
        return {"type": "lead", "clauses": [{"text": c.text, "citation": c.citation} for c in block.clauses]}
    if isinstance(block, ProvisionGroup):
        return {"type": "provisions", "article": block.article, "title": block.title, "part": block.part,
                "part_title": block.part_title, "heading": group_heading(block), "citations": list(block.citations)}
    if isinstance(block, SourcePassages):
        return {"type": "passages", "source": block.source, "kind": block.kind.value, "kind_label": block.kind.label,
                "title": block.title, "heading": block.kind.heading(block.title), "citations": list(block.citations)}
    if isinstance(block, Prose):
        return {"type": "prose", "text": block.text,
                "sentences": [{"start": s.start, "end": s.end, "citations": list(s.citations),
                               "supported": s.supported} for s in block.sentences]}
    if isinstance(block, Note):
        return {"type": "note", "kind": block.kind.value, "text": block.text}
    if isinstance(block, Refusal):
        return {"type": "refusal", "reason": block.reason, "see_also": list(block.see_also),
                "text": block_text(Answer(""), block, False)}
    raise TypeError(f"unknown block {block!r}")


def to_dict(answer: Answer) -> dict[str, Any]:
    """The answer as JSON: its text and blocks, citations, notes and metadata."""
    lead = answer.lead
    return {
        "question": answer.question,
        "text": answer.text,
        "lead": [{"text": c.text, "citation": c.citation, "label": answer.citations[c.citation - 1].label}
                 for c in lead.clauses] if lead else [],
        "blocks": [block_dict(b) for b in answer.blocks],
        "citations": [c.to_dict() for c in answer.citations],
        "refused": answer.refused,
        "mode": answer.mode.value,
        "model": answer.model,
        "warnings": list(answer.warnings),
        "notes": [{"kind": n.kind.value, "text": n.text} for n in answer.notes],
        "standalone_question": answer.standalone_question,
        "timings_ms": dict(answer.timings_ms),
    }


# ── Back from JSON ──────────────────────────────────────────────────────────────────────────────


def _block(data: dict[str, Any]) -> Block:
    kind = data["type"]
    if kind == "lead":
        return Lead(tuple(LeadClause(str(c["text"]), int(c["citation"])) for c in data["clauses"]))
    if kind == "provisions":
        return ProvisionGroup(data.get("article"), data.get("title"), data.get("part"), data.get("part_title"),
                              tuple(int(n) for n in data["citations"]))
    if kind == "passages":
        return SourcePassages(str(data["source"]), SourceKind(data["kind"]), str(data.get("title") or ""),
                              tuple(int(n) for n in data["citations"]))
    if kind == "prose":
        sentences = tuple(Sentence(int(s["start"]), int(s["end"]), tuple(int(n) for n in s.get("citations", ())),
                                   bool(s.get("supported", True))) for s in data.get("sentences", ()))
        return Prose(str(data["text"]), sentences)
    if kind == "note":
        return Note(NoteKind(data["kind"]), str(data["text"]))
    if kind == "refusal":
        return Refusal(str(data.get("reason") or ""), tuple(str(x) for x in data.get("see_also") or ()))
    raise ValueError(f"unknown block type {kind!r}")


# A citation's fields as :meth:`Citation.to_dict` writes them (its kind apart: an enum there).
_CITATION_FIELDS = tuple(f.name for f in fields(Citation) if f.name != "kind")


def from_dict(data: dict[str, Any]) -> Answer:
    """The :class:`Answer` that :func:`to_dict` described (the web UI stores answers in the browser
    this way); raises ValueError/KeyError/TypeError on a malformed dict."""
    citations = tuple(Citation(**{k: data_c[k] for k in _CITATION_FIELDS if k in data_c},
                               kind=SourceKind(data_c["kind"])) for data_c in data["citations"])
    blocks = tuple(_block(b) for b in data["blocks"])
    for block in blocks:
        numbers = [c.citation for c in block.clauses] if isinstance(block, Lead) else getattr(block, "citations", ())
        if any(not 1 <= n <= len(citations) for n in numbers):
            raise ValueError("a block points at a citation the answer does not have")
    return Answer(
        question=str(data["question"]), blocks=blocks, citations=citations, refused=bool(data.get("refused")),
        mode=Mode(data.get("mode", "extractive")), model=data.get("model"),
        notes=tuple(Note(NoteKind(n["kind"]), str(n["text"])) for n in data.get("notes", ())),
        standalone_question=data.get("standalone_question"),
    )
