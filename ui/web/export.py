"""The conversation as a file to keep: Markdown and Word (.docx), each citation's verbatim words in a
footnote, with the version of the texts and the date.

These live with the UI, not the library: they render a *conversation* (the web UI's turns) for
download, and python-docx is needed only here. Like every rendering they consume the answers'
blocks and citations (see :mod:`rag.answer.render` for one answer as Markdown), never rendered text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from rag.answer import render as text_render
from rag.corpus.loader import Corpus
from rag.models import Answer, Citation, Lead, Note, Prose, ProvisionGroup, Refusal, SourceKind, SourcePassages
from ui.web.turns import Turn

TITLE = "Conversation with the Rome Statute assistant"
FILE_STEM = "rome-statute-conversation"
_MARKER = re.compile(r"\[(\d{1,3})\]")
# Characters XML 1.0 forbids (a .docx is XML): control characters other than tab and newline.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
FOOTNOTE_SIZE_HALF_POINTS = 18  # 9 pt, Word's usual footnote size


def footnote_text(c: Citation) -> str:
    """A footnote: the citation's label, what kind of source it is, and its verbatim words."""
    return f"{c.label} ({c.kind.label}): “{c.shown_quote}”"


def about_line(corpus: Corpus, when: date) -> str:
    """Which texts, which version, which day."""
    titles = "; ".join(s.title for s in corpus.sources.values() if s.kind != SourceKind.DOCUMENT)
    return f"Exported {when.isoformat()} · texts: {titles} · version {corpus.version}. Not legal advice."


# ── Markdown ──────────────────────────────────────────────────────────────────────────────────


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replace("[", "\\[")


def _md_answer(answer: Answer, turn: int) -> list[str]:
    def note(n: int) -> str:
        return f"[^{turn}-{n}]"

    lines: list[str] = []
    said_law = False
    for block in answer.blocks:
        if isinstance(block, Lead):
            lines.append(f"**{text_render.lead_heading(answer, block)}**")
            lines += [f"> **{answer.citations[c.citation - 1].pinpoint}**: "
                      f"{_md(text_render.lead_clause_text(answer, c.citation, c.text))}{note(c.citation)}"
                      for c in block.clauses]
        elif isinstance(block, ProvisionGroup | SourcePassages):
            if isinstance(block, ProvisionGroup):
                if not said_law:
                    lines.append(f"*{SourceKind.LAW.heading('')}*")
                    said_law = True
                lines.append(f"**{_md(text_render.group_heading(block))}**")
            else:
                lines.append(f"*{_md(block.kind.heading(block.title))}*")
            lines += [f"- *{answer.citations[n - 1].pinpoint}*: “{_md(answer.citations[n - 1].shown_quote).replace(chr(10), chr(10) + '  ')}”{note(n)}"
                      for n in block.citations]
        elif isinstance(block, Prose):
            lines.append(_MARKER.sub(lambda m: note(int(m.group(1))), _md(block.text).replace("\\[", "[")))
        elif isinstance(block, Note):
            lines.append(f"*{_md(block.text)}*")
        elif isinstance(block, Refusal):
            lines.append(_md(text_render.block_text(answer, block, False)))
        lines.append("")
    lines += [f"> ⚠ {_md(w)}" for w in answer.warnings]
    lines.append("")
    lines += [f"{note(n)}: {_md(footnote_text(c))}" for n, c in enumerate(answer.citations, start=1)]
    return lines


def markdown(turns: Sequence[Turn], corpus: Corpus, when: date | None = None) -> str:
    """The conversation as Markdown: each question, its answer, and footnotes with each citation's
    label and verbatim words."""
    lines = [f"# {TITLE}", "", about_line(corpus, when or date.today()), ""]
    for i, t in enumerate(turns, start=1):
        lines += [f"## {i}. {_md(t.question)}", ""]
        if t.answer is not None:
            lines += _md_answer(t.answer, i)
        else:
            lines += [f"*Not answered: {_md(t.error)}*"]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# ── Word ──────────────────────────────────────────────────────────────────────────────────────


@dataclass
class _Footnotes:
    """The footnotes part of a .docx, built as python-docx has no footnote API."""

    texts: list[str]

    def add(self, text: str) -> int:
        self.texts.append(text)
        return len(self.texts)  # ids 1.. (-1 and 0 are Word's separators)

    def xml(self) -> bytes:
        w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        notes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                 '</w:r></w:p></w:footnote>']
        size = f'<w:sz w:val="{FOOTNOTE_SIZE_HALF_POINTS}"/>'
        for n, text in enumerate(self.texts, start=1):
            notes.append(f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>{size}'
                         f'</w:rPr><w:footnoteRef/></w:r><w:r><w:rPr>{size}</w:rPr><w:t xml:space="preserve"> '
                         f'{escape(_NOT_XML.sub("", text))}</w:t></w:r></w:p></w:footnote>')
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{w}">'
                + "".join(notes) + "</w:footnotes>").encode("utf-8")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _reference(paragraph, number: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    props = run._r.get_or_add_rPr()
    align = OxmlElement("w:vertAlign")
    align.set(qn("w:val"), "superscript")
    props.append(align)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(number))
    run._r.append(ref)


def _docx_answer(doc, answer: Answer, notes: _Footnotes) -> None:
    numbers: dict[int, int] = {}

    def cite(paragraph, n: int) -> None:
        if n not in numbers:
            numbers[n] = notes.add(footnote_text(answer.citations[n - 1]))
        _reference(paragraph, numbers[n])

    said_law = False
    for block in answer.blocks:
        if isinstance(block, Lead):
            doc.add_paragraph().add_run(text_render.lead_heading(answer, block)).bold = True
            for clause in block.clauses:
                p = doc.add_paragraph(style="Quote")
                p.add_run(answer.citations[clause.citation - 1].pinpoint + ": ").bold = True
                p.add_run(_clean(text_render.lead_clause_text(answer, clause.citation, clause.text)))
                cite(p, clause.citation)
        elif isinstance(block, ProvisionGroup | SourcePassages):
            if isinstance(block, ProvisionGroup):
                if not said_law:
                    doc.add_paragraph().add_run(SourceKind.LAW.heading("")).italic = True
                    said_law = True
                doc.add_paragraph().add_run(_clean(text_render.group_heading(block))).bold = True
            else:
                doc.add_paragraph().add_run(_clean(block.kind.heading(block.title))).italic = True
            for n in block.citations:
                c = answer.citations[n - 1]
                p = doc.add_paragraph(style="List Bullet")
                p.add_run(c.pinpoint + ": ").bold = True
                p.add_run(_clean(f"“{c.shown_quote}”"))
                cite(p, n)
        elif isinstance(block, Prose):
            p = doc.add_paragraph()
            pos = 0
            for m in _MARKER.finditer(block.text):
                p.add_run(_clean(block.text[pos:m.start()]))
                n = int(m.group(1))
                if 1 <= n <= len(answer.citations):
                    cite(p, n)
                pos = m.end()
            p.add_run(_clean(block.text[pos:]))
        elif isinstance(block, Note):
            doc.add_paragraph().add_run(_clean(block.text)).italic = True
        elif isinstance(block, Refusal):
            doc.add_paragraph(_clean(text_render.block_text(answer, block, False)))
    for w in answer.warnings:
        doc.add_paragraph().add_run(_clean(f"Check: {w}")).italic = True


def docx_bytes(turns: Sequence[Turn], corpus: Corpus, when: date | None = None) -> bytes:
    """The conversation as a Word document: each citation's label and verbatim words in a footnote."""
    from io import BytesIO

    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    doc = Document()
    doc.core_properties.title = TITLE
    doc.add_heading(TITLE, level=1)
    doc.add_paragraph(about_line(corpus, when or date.today()))
    notes = _Footnotes([])
    for i, t in enumerate(turns, start=1):
        doc.add_heading(_clean(f"{i}. {t.question}"), level=2)
        if t.answer is not None:
            _docx_answer(doc, t.answer, notes)
        else:
            doc.add_paragraph().add_run(_clean(f"Not answered: {t.error}")).italic = True
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", notes.xml(),
                doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


def write_files(turns: Sequence[Turn], corpus: Corpus, folder: Path) -> list[Path]:
    """Write ``<stem>.md`` and ``<stem>.docx`` into ``folder``; returns their paths."""
    stamp = date.today().isoformat()
    md = folder / f"{FILE_STEM}-{stamp}.md"
    md.write_text(markdown(turns, corpus), encoding="utf-8")
    word = folder / f"{FILE_STEM}-{stamp}.docx"
    word.write_bytes(docx_bytes(turns, corpus))
    return [md, word]
