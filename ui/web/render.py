"""HTML for the web UI: chat messages, the sources panel and the Statute browser.

Everything that comes from a question, an answer or a corpus document goes through
:func:`esc` before it is put into markup, so HTML or script in any of them is shown as text
and never run. The functions here are pure (no Gradio), which keeps them easy to test.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from rag.answer import render as text_render
from rag.corpus.loader import Corpus
from rag.models import STATUTE, Answer, Citation, Lead, Prose, Provision, ProvisionGroup, SourceKind, SourcePassages

# Leading sub-division markers of a line of Statute text: "1. ", "8 bis. ", "(a) ", "(iv) ", "a. ".
_MARKERS = re.compile(r"^(?:\d{1,3}(?: bis| ter)?\.\s+|\([a-z]{1,2}\)\s*|\([ivxl]{1,7}\)\s*|[a-z]\.\s+)+")
_REF = re.compile(r"\[(\d{1,2})\]")
_ARTICLE_HEADING = re.compile(r"^(Article \d{1,3}(?: bis| ter)?|Preamble)( — .*)?$")
_BULLET_PIN = re.compile(r"^• ((?:art\.|para\.|Preamble|section|§)[^:]{0,40}):")


def esc(text: object) -> str:
    """Escape ``text`` for HTML element content and attribute values."""
    return html.escape(str(text), quote=True)


# --- labels -----------------------------------------------------------------------------------

def pinpoint(c: Citation) -> str:
    """The label a reader sees: ``art. 121(4)`` for the Statute, the full label for other sources."""
    if c.source == STATUTE:
        return c.label.split(", ", 1)[-1]
    return c.label


def mode_label(mode: str, model: str | None) -> str:
    """``Offline · extractive`` or ``LLM · <model>`` (never anything secret)."""
    if mode == "llm":
        return f"LLM · {model}" if model else "LLM"
    return "Offline · extractive"


def mode_badge(mode: str, model: str | None) -> str:
    """The header badge for the assistant's default engine."""
    kind = "llm" if mode == "llm" else "offline"
    tip = ("Answers are written by a language model from retrieved provisions; every citation is "
           "checked against the corpus." if kind == "llm" else
           "Runs entirely on this machine: answers quote the provisions verbatim.")
    return (f'<span class="rs-badge rs-badge-{kind}" title="{esc(tip)}">'
            f'{esc(mode_label(mode, model))}</span>')


def header(mode: str, model: str | None) -> str:
    """The page header: title, one-line description and the mode badge."""
    return (
        '<div class="rs-header"><div class="rs-title">'
        '<h1>Rome Statute assistant</h1>'
        '<p>Questions on the Rome Statute of the International Criminal Court, answered from the '
        'text with pinpoint citations you can check.</p></div>'
        f'<div class="rs-header-badge">{mode_badge(mode, model)}</div></div>'
    )


def footer(corpus: Corpus) -> str:
    """Where the texts come from, and what this is not."""
    notes = [s.attribution for s in corpus.sources.values() if s.attribution]
    return ('<div class="rs-footer">' + " ".join(esc(n) for n in notes)
            + " A study aid that quotes the law; not legal advice.</div>")


# --- statute text -----------------------------------------------------------------------------

def provision_spans(corpus: Corpus, root: Provision) -> dict[str, tuple[int, int, int]]:
    """Where each sub-provision of ``root`` sits in ``root.text``: key → (start, end, depth)."""
    spans: dict[str, tuple[int, int, int]] = {}

    def walk(p: Provision, start: int, depth: int) -> None:
        spans[corpus.key(p.source, p.id)] = (start, start + len(p.text), depth)
        cursor = start
        for cid in p.children:
            child = corpus.try_get(corpus.key(p.source, cid))
            if child is None or not child.text:
                continue
            at = root.text.find(child.text, cursor)
            if at < 0:
                continue
            walk(child, at, depth + 1)
            cursor = at + len(child.text)

    walk(root, 0, 0)
    return spans


def _marked(text: str, start: int, end: int, marks: list[tuple[int, int]], cls: str) -> str:
    """``text[start:end]`` escaped, with the parts inside ``marks`` wrapped in ``<mark>``."""
    out: list[str] = []
    pos = start
    for ms, me in sorted(marks):
        s, e = max(ms, pos), min(me, end)
        if s >= e:
            continue
        out.append(esc(text[pos:s]))
        out.append(f'<mark class="{cls}">{esc(text[s:e])}</mark>')
        pos = e
    out.append(esc(text[pos:end]))
    return "".join(out)


def statute_text(text: str, spans: dict[str, tuple[int, int, int]] | None = None,
                 marks: Iterable[tuple[int, int]] = (), focus: tuple[int, int] | None = None) -> str:
    """Verbatim provision text as HTML: one line per paragraph, its number in a hanging gutter,
    sub-paragraphs indented by depth; ``marks`` highlighted inline, lines within ``focus`` shaded."""
    marks = list(marks)
    starts = sorted(((s, d) for s, _e, d in (spans or {}).values()), key=lambda x: x[0])
    lines: list[str] = []
    offset = 0
    first_focus = True
    for line in text.split("\n"):
        ls, le = offset, offset + len(line)
        offset = le + 1
        if not line.strip():
            continue
        m = _MARKERS.match(line)
        me = ls + (m.end() if m else 0)
        depths = [d for s, d in starts if ls <= s <= me]
        if depths:
            depth = max(depths)
        else:
            inside = [d for s, e, d in (spans or {}).values() if s <= ls < e]
            depth = max(inside) if inside else 1
        classes = ["rs-l", f"rs-d{min(max(depth, 1), 5)}"] + (["rs-hang"] if m else [])
        if focus and ls < focus[1] and le > focus[0]:
            classes.append("rs-in-focus")
            if first_focus:
                classes.append("rs-focus")
                first_focus = False
        marker = f'<span class="rs-m">{esc(line[: me - ls].strip())}</span> ' if m else ""
        body = _marked(text, me, le, marks, "rs-quote")
        lines.append(f'<p class="{" ".join(classes)}">{marker}{body}</p>')
    return f'<div class="rs-statute">{"".join(lines)}</div>'


# --- chat messages ----------------------------------------------------------------------------

def user_message(question: str) -> str:
    """A user's question as it appears in the chat (always literal text)."""
    return f'<div class="rs-q">{esc(question)}</div>'


def _answer_lines(text: str) -> str:
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        body = esc(line)
        cls = "rs-p"
        if _ARTICLE_HEADING.match(line):
            cls = "rs-h"
        elif line.startswith("• "):
            cls = "rs-b"
            pin = _BULLET_PIN.match(line)
            if pin:
                body = f'<strong class="rs-pin">{esc(pin.group(1))}</strong>:{esc(line[pin.end():])}'
            else:
                body = esc(line[2:])
        elif line.startswith("("):
            cls = "rs-b rs-sub"
        body = _REF.sub(r'<sup class="rs-ref">[\1]</sup>', body)
        out.append(f'<p class="{cls}">{body}</p>')
    return "".join(out)


def pending_message(partial: str = "") -> str:
    """The assistant's bubble while the answer streams in."""
    if not partial:
        return ('<div class="rs-answer rs-pending"><p class="rs-p rs-searching">Searching the Statute'
                '<span class="rs-dots">…</span></p></div>')
    body = _answer_lines(partial)
    cursor = '<span class="rs-cursor">▍</span>'
    body = body[: -len("</p>")] + cursor + "</p>" if body.endswith("</p>") else body + cursor
    return f'<div class="rs-answer rs-pending">{body}</div>'


def _blocks_html(answer: Answer, redact: tuple[str, ...]) -> str:
    out: list[str] = []
    said_law = False
    for block in answer.blocks:
        if isinstance(block, Lead):
            out.append(f'<p class="rs-h rs-lead-h">{esc(text_render.LEAD_HEADING)}</p>')
            for clause in block.clauses:
                c = answer.citations[clause.citation - 1]
                shown = text_render.lead_clause_text(answer, clause.citation, clause.text)
                out.append(f'<p class="rs-b rs-lead"><strong class="rs-pin">{esc(pinpoint(c))}</strong>: {esc(shown)} '
                           f'<sup class="rs-ref">[{clause.citation}]</sup></p>')
        elif isinstance(block, ProvisionGroup | SourcePassages):
            if isinstance(block, ProvisionGroup):
                if not said_law:
                    out.append(f'<p class="rs-p">{esc(SourceKind.LAW.heading(""))}</p>')
                    said_law = True
                out.append(f'<p class="rs-h">{esc(text_render.group_heading(block))}</p>')
            else:
                out.append(f'<p class="rs-h">{esc(block.kind.heading(block.title))}</p>')
            for n in block.citations:
                c = answer.citations[n - 1]
                pin = pinpoint(c) if c.is_law else c.label.split(", ", 1)[-1]
                out.append(f'<p class="rs-b"><strong class="rs-pin">{esc(pin)}</strong>: “{esc(c.shown_quote)}” '
                           f'<sup class="rs-ref">[{n}]</sup></p>')
        else:
            out.append(_answer_lines(scrub(text_render.block_text(answer, block, False), redact)))
    return "".join(out)


def answer_message(answer: Answer, redact: tuple[str, ...] = ()) -> str:
    """The final answer bubble: text, citation chips, warnings; a refusal styled as one."""
    parts = ['<div class="rs-answer' + (' rs-refused' if answer.refused else '') + '">']
    if answer.refused:
        parts.append('<div class="rs-refusal-h">Not answered — outside what the corpus covers</div>')
    parts.append(_blocks_html(answer, redact))
    if answer.warnings:
        items = "".join(f"<li>{esc(scrub(w, redact))}</li>" for w in answer.warnings)
        parts.append(f'<div class="rs-warn"><strong>Check:</strong><ul>{items}</ul></div>')
    if answer.citations:
        chips = "".join(
            f'<span class="rs-chip {"rs-law" if c.is_law else "rs-news"}">[{n}] {esc(pinpoint(c))}</span>'
            for n, c in enumerate(answer.citations, start=1))
        parts.append(f'<div class="rs-cites"><span class="rs-cites-h">Cited</span>{chips}</div>')
    if answer.standalone_question:
        parts.append(f'<div class="rs-followup">Read as a follow-up: {esc(scrub(answer.standalone_question, redact))}</div>')
    parts.append(f'<div class="rs-meta">{esc(mode_label(answer.mode, answer.model))}</div></div>')
    return "".join(parts)


def error_message(message: str, redact: tuple[str, ...] = ()) -> str:
    """A friendly error bubble (bad input, LLM unreachable, ...)."""
    return (f'<div class="rs-answer rs-error"><div class="rs-error-h">Could not answer</div>'
            f'<p class="rs-p">{esc(scrub(message, redact))}</p></div>')


def scrub(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with any secret (an API key) blanked out."""
    for s in secrets:
        if s and len(s) >= 6:
            text = text.replace(s, "•••")
    return text


# --- sources panel ----------------------------------------------------------------------------

EMPTY_SOURCES = (
    '<div class="rs-sources rs-empty"><h2>Sources</h2>'
    '<p>Each provision an answer cites appears here in full, with its Part and article title and '
    'the quoted words <mark class="rs-quote">highlighted</mark>, so you can check the answer '
    'against the text.</p>'
    '<p><span class="rs-kind rs-law">Law</span> the Rome Statute &nbsp; '
    '<span class="rs-kind rs-news">News report — claims, not law</span></p></div>'
)


_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.|\[\s*(?:…|\.\.\.)\s*\])\s*")


def quoted_fragments(text: str) -> list[str]:
    """The words an answer puts in quotation marks (split at ellipses), long enough to locate."""
    out: list[str] = []
    for m in _QUOTED.finditer(text):
        for piece in _ELLIPSIS.split(m.group(1) or m.group(2) or ""):
            piece = piece.strip().strip(".,;:").strip()
            if len(piece) >= 20 and len(piece.split()) >= 4:
                out.append(piece)
    return out


def find_marks(text: str, fragments: Iterable[str]) -> list[tuple[int, int]]:
    """Where each fragment occurs in ``text`` (exactly, else ignoring case), without overlaps."""
    lowered = text.lower() if len(text.lower()) == len(text) else None
    marks: list[tuple[int, int]] = []
    for f in fragments:
        at = text.find(f)
        if at < 0 and lowered is not None and len(f.lower()) == len(f):
            at = lowered.find(f.lower())
        if at >= 0 and not any(s < at + len(f) and at < e for s, e in marks):
            marks.append((at, at + len(f)))
    return sorted(marks)


def source_card(n: int, c: Citation, corpus: Corpus, quoted: Iterable[str] = ()) -> str:
    """One cited provision: pinpoint, kind, Part and article, full text with the quote marked.

    ``quoted`` are the words the answer quotes: those found in this provision are highlighted
    (an LLM quotes part of a source); otherwise the citation's own quote is."""
    p = corpus.try_get(corpus.key(c.source, c.provision_id))
    source = corpus.sources.get(c.source)
    kind_cls, kind = kind_of(corpus, c.source) if not c.is_law else ("rs-law", "Law")
    if c.source == STATUTE:
        crumbs = []
        if c.part is not None:
            crumbs.append(f"Part {c.part} — {c.part_title}")
        if c.article and c.article != "preamble":
            crumbs.append(f"Article {c.article}" + (f" — {c.title}" if c.title else ""))
        crumb = " › ".join(crumbs) or "Preamble"
    else:
        crumb = f"“{source.title}”" if source else c.source
        if p is not None and p.article_title:
            crumb += f" › {p.article_title}"
    action = ("Open in browser" if c.source == STATUTE else "Read the report" if kind_cls == "rs-news"
              else "Read the document")
    head = (f'<div class="rs-card-head"><span class="rs-num">{n}</span>'
            f'<span class="rs-pinpoint">{esc(pinpoint(c))}</span>'
            f'<span class="rs-kind {kind_cls}">{esc(kind)}</span>'
            f'<button type="button" class="rs-open" data-open="{n}" '
            f'title="{esc(action)}: {esc(pinpoint(c))}">{esc(action)} ›</button></div>'
            f'<div class="rs-crumb">{esc(crumb)}</div>')
    if p is None:
        body = f'<blockquote class="rs-statute">{esc(c.quote)}</blockquote>'
    else:
        marks = find_marks(p.text, quoted) or find_marks(p.text, [c.quote] if c.quote else [])
        body = statute_text(p.text, provision_spans(corpus, p), marks)
        if not marks and c.quote:
            body += f'<p class="rs-note">Quoted: “{esc(c.quote)}”</p>'
    return f'<article class="rs-card {kind_cls}" id="rs-src-{n}">{head}{body}</article>'


def sources_panel(answer: Answer, corpus: Corpus, redact: tuple[str, ...] = ()) -> str:
    """The panel beside the chat for one answer."""
    parts = ['<div class="rs-sources">']
    count = len(answer.citations)
    parts.append(f'<h2>Sources <span class="rs-count">{count} cited</span></h2>'
                 f'<p class="rs-for">For: “{esc(scrub(answer.question, redact))}”</p>')
    if answer.warnings:
        items = "".join(f"<li>{esc(scrub(w, redact))}</li>" for w in answer.warnings)
        parts.append(f'<div class="rs-warn"><strong>Warnings from verification</strong><ul>{items}</ul></div>')
    if answer.refused:
        parts.append('<div class="rs-refusal-box"><strong>No sources: the question was refused.</strong> '
                     'Nothing in the Statute or the news report answered it well enough to quote.</div>')
    prose = "\n".join(b.text for b in answer.blocks if isinstance(b, Prose))
    quoted = quoted_fragments(prose)  # the words the LLM quotes, to find in each source
    for n, c in enumerate(answer.citations, start=1):
        parts.append(source_card(n, c, corpus, quoted if prose else [c.quote]))
    parts.append("</div>")
    return "".join(parts)


# --- Statute browser --------------------------------------------------------------------------

def article_choice(a: Provision) -> str:
    """Dropdown label of an article."""
    if a.article in (None, "preamble"):
        return "Preamble"
    title = (a.article_title or "").strip()
    return f"Article {a.article} — {title}" if title else f"Article {a.article}"


def part_choice(number: int | None, title: str | None) -> str:
    """Dropdown label of a Part."""
    return "Preamble" if number is None else f"Part {number} — {title}"


def article_view(corpus: Corpus, article: Provision, focus: Provision | None = None) -> str:
    """An article (or the Preamble) in full; ``focus`` (a paragraph of it) shaded."""
    bits = []
    if article.part is not None:
        bits.append(f'<div class="rs-crumb">Part {article.part} — {esc(article.part_title)}</div>')
    title = (article.article_title or "").strip()
    if article.article in (None, "preamble"):
        bits.append('<h2 class="rs-art-h">Preamble</h2>')
    else:
        bits.append(f'<h2 class="rs-art-h">Article {esc(article.article)}'
                    + (f' <span>{esc(title)}</span>' if title else "") + "</h2>")
    spans = provision_spans(corpus, article)
    focus_range = None
    if focus is not None and focus.id != article.id:
        s, e, _ = spans.get(corpus.key(focus.source, focus.id), (-1, -1, 0))
        if s >= 0:
            focus_range = (s, e)
            bits.append(f'<p class="rs-showing">Showing <strong>{esc(focus.short_label)}</strong> '
                        'highlighted in the article.</p>')
    bits.append(statute_text(article.text, spans, focus=focus_range))
    bits.append(f'<p class="rs-cite-as">Cite as: {esc(article.label)}</p>')
    return f'<div class="rs-article rs-law">{"".join(bits)}</div>'


def kind_of(corpus: Corpus, source_id: str) -> tuple[str, str]:
    """(CSS class, badge text) of a source: law, news report, or another document."""
    source = corpus.sources.get(source_id)
    if source is not None and source.is_law:
        return "rs-law", "Law"
    if source is not None and source.kind == "news report":
        return "rs-news", "News report — claims, not law"
    kind = source.kind.capitalize() if source is not None and source.kind else "Document"
    return "rs-doc", f"{kind} — not the Statute"


def source_view(corpus: Corpus, source_id: str, focus_key: str | None = None) -> str:
    """A source other than the Statute (the news report, an ingested document) in full, its
    numbered units in order; the cited one (or the unit containing it) shaded."""
    source = corpus.sources[source_id]
    cls, badge = kind_of(corpus, source_id)
    focus = corpus.try_get(focus_key) if focus_key else None
    focus_keys = {focus_key} | ({corpus.key(focus.source, focus.parent)} if focus and focus.parent else set())
    units = sorted((p for p in corpus if p.source == source_id and p.parent is None), key=lambda p: p.order)
    rows = []
    for p in units:
        key = corpus.key(p.source, p.id)
        if p.paragraph is None and key not in focus_keys:
            continue  # the news report's headline is the heading above
        shaded = " rs-in-focus rs-focus" if key in focus_keys else ""
        if p.article_title and p.source != STATUTE:
            rows.append(f'<p class="rs-l rs-unit-h">{esc(p.article_title)}</p>')
        label = "" if p.paragraph is None else f'<span class="rs-m">{esc(p.paragraph)}</span> '
        rows.append(f'<p class="rs-l rs-hang rs-d1{shaded}">{label}{esc(p.text)}</p>')
    note = f'<p class="rs-note">{esc(source.description)}</p>' if cls == "rs-news" else ""
    return (f'<div class="rs-article {cls}"><div class="rs-crumb"><span class="rs-kind {cls}">'
            f'{esc(badge)}</span></div><h2 class="rs-art-h">{esc(source.title)}</h2>{note}'
            f'<div class="rs-statute">{"".join(rows)}</div></div>')


def notice(message: str, kind: str = "error") -> str:
    """A small inline notice (e.g. a reference the browser could not read)."""
    return f'<div class="rs-notice rs-notice-{esc(kind)}">{esc(message)}</div>' if message else ""
