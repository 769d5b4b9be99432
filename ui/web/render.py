"""HTML for the web UI, rendered through Jinja2 templates (``ui/web/templates``) with autoescape.

Every function here builds a small view of the data — from an Answer's blocks and citations, a
provision, a search hit — and hands it to a template; the templates never mark anything safe, so
HTML or script in a question, an answer or a document is shown as text and never run. Nothing here
parses rendered answer text. The functions are pure (no Gradio), which keeps them easy to test.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from rag.answer import render as text_render
from rag.corpus.loader import Corpus
from rag.models import (
    STATUTE,
    Answer,
    Citation,
    Lead,
    Note,
    Prose,
    Provision,
    ProvisionGroup,
    Refusal,
    SourceKind,
    SourcePassages,
)
from ui.web.turns import Turn

# Leading sub-division markers of a line of Statute text: "1. ", "8 bis. ", "(a) ", "(iv) ", "a. ".
_MARKERS = re.compile(r"^(?:\d{1,3}(?: bis| ter)?\.\s+|\([a-z]{1,2}\)\s*|\([ivxl]{1,7}\)\s*|[a-z]\.\s+)+")
# An LLM's citation marker inside its own prose (the Prose block's text carries them by design).
_MARKER = re.compile(r"\[(\d{1,3})\]")
# Advice meant for the terminal ("Try `rag show "art. 121"`.", "run `rag index --rebuild`"): a web
# reader cannot run it, so the sentence is left out of messages shown in the browser.
_CLI_ADVICE = re.compile(r"[^.;]*`rag [^`]*`[^.;]*[.;]?")
_SNIPPET_CHARS = 90  # context shown either side of a search hit

ENV = Environment(loader=PackageLoader("ui.web", "templates"), autoescape=True, undefined=StrictUndefined,
                  trim_blocks=True, lstrip_blocks=True)


def _render(template: str, **context: object) -> str:
    return ENV.get_template(template).render(**context)


def esc(text: object) -> str:
    """Escape ``text`` for HTML (for tests and the rare attribute built outside a template)."""
    return html.escape(str(text), quote=True)


# --- labels -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class KindView:
    """How a source kind looks: its CSS class and its reader-facing label (from SourceKind)."""

    css: str
    label: str


_KIND_CSS = {SourceKind.LAW: "rs-law", SourceKind.NEWS: "rs-news", SourceKind.DOCUMENT: "rs-doc"}


def kind_view(kind: SourceKind) -> KindView:
    """The badge of a source kind: ``Law``, ``News report — claims, not law``, ``Your document — not law``."""
    label = kind.label
    return KindView(_KIND_CSS[kind], label[:1].upper() + label[1:])


def pinpoint(c: Citation) -> str:
    """The label a reader sees: ``art. 121(4)`` for the Statute, the label without the source name's
    repetition for others (``News report, para. 2``)."""
    return c.pinpoint


def mode_label(mode: str, model: str | None) -> str:
    """The engine in plain words (never anything secret)."""
    if mode == "llm":
        return f"Written by a language model ({model}), quotes checked" if model else "Written by a language model"
    return "Offline answer: quotes from the texts"


def cite_text(c: Citation) -> str:
    """What "Copy citation" puts on the clipboard: the pinpoint label and the verbatim quote."""
    return f"{c.label}: “{c.shown_quote}”"


def scrub(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with any secret (an API key) blanked out."""
    for s in secrets:
        if s and len(s) >= 6:
            text = text.replace(s, "•••")
    return text


def web_message(text: str) -> str:
    """A library message as a web reader should read it: terminal commands left out."""
    cleaned = _CLI_ADVICE.sub("", text).strip()
    return re.sub(r"\s{2,}", " ", cleaned) or text


# --- page furniture ---------------------------------------------------------------------------

def header(mode: str, model: str | None) -> str:
    """The page header: title, one-line description and the engine badge."""
    kind = "llm" if mode == "llm" else "offline"
    tip = ("A language model writes the answer from the provisions found; every quote and citation is "
           "checked against the texts." if kind == "llm" else
           "Runs entirely on this machine: answers quote the provisions word for word.")
    return _render("header.j2", badge={"kind": kind, "tip": tip, "label": mode_label(mode, model)})


def footer(corpus: Corpus) -> str:
    """Where the texts come from, their version, and what this is not."""
    notes = [s.attribution for s in corpus.sources.values() if s.attribution]
    return _render("footer.j2", notes=notes, version=corpus.version)


def placeholder() -> str:
    """What the empty chat shows."""
    return _render("placeholder.j2")


def notice(message: str, kind: str = "error") -> str:
    """A small inline notice (a reference the browser could not read, an upload problem)."""
    return _render("notice.j2", message=message, kind=kind)


# --- text with marks --------------------------------------------------------------------------

def segments(text: str, start: int, end: int, marks: Iterable[tuple[int, int]],
             cls: str = "rs-quote") -> list[tuple[str, str | None]]:
    """``text[start:end]`` cut into (piece, mark class or None), the parts inside ``marks`` marked."""
    out: list[tuple[str, str | None]] = []
    pos = start
    for ms, me in sorted(marks):
        s, e = max(ms, pos), min(me, end)
        if s >= e:
            continue
        if s > pos:
            out.append((text[pos:s], None))
        out.append((text[s:e], cls))
        pos = e
    if pos < end:
        out.append((text[pos:end], None))
    return out


def find_marks(text: str, fragments: Iterable[str]) -> list[tuple[int, int]]:
    """Where each fragment occurs in ``text`` (exactly, else ignoring case), without overlaps."""
    lowered = text.lower() if len(text.lower()) == len(text) else None
    marks: list[tuple[int, int]] = []
    for f in fragments:
        if not f:
            continue
        at = text.find(f)
        if at < 0 and lowered is not None and len(f.lower()) == len(f):
            at = lowered.find(f.lower())
        if at >= 0 and not any(s < at + len(f) and at < e for s, e in marks):
            marks.append((at, at + len(f)))
    return sorted(marks)


_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.|\[\s*(?:…|\.\.\.)\s*\])\s*")
MIN_FRAGMENT_CHARS = 20  # shorter quoted words ("shall", "the Court") would light up everywhere
MIN_FRAGMENT_WORDS = 4  # ... and so would a few common words


def quoted_fragments(prose: str) -> list[str]:
    """The words an LLM's prose puts in quotation marks (split at ellipses), long enough to locate."""
    out: list[str] = []
    for m in _QUOTED.finditer(prose):
        for piece in _ELLIPSIS.split(m.group(1) or m.group(2) or ""):
            piece = piece.strip().strip(".,;:").strip()
            if len(piece) >= MIN_FRAGMENT_CHARS and len(piece.split()) >= MIN_FRAGMENT_WORDS:
                out.append(piece)
    return out


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


MAX_DEPTH_CLASS = 5  # art. 8(2)(b)(xxvi) is four levels down; deeper levels share the last indent


def statute_lines(text: str, spans: dict[str, tuple[int, int, int]] | None = None,
                  marks: Iterable[tuple[int, int]] = (), focus: tuple[int, int] | None = None) -> list[dict]:
    """Verbatim provision text as lines for the ``statute`` macro: one per paragraph, its number in a
    hanging gutter, sub-paragraphs indented by depth; ``marks`` highlighted, lines in ``focus`` shaded."""
    marks = list(marks)
    starts = sorted(((s, d) for s, _e, d in (spans or {}).values()), key=lambda x: x[0])
    lines: list[dict] = []
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
        classes = ["rs-l", f"rs-d{min(max(depth, 1), MAX_DEPTH_CLASS)}"] + (["rs-hang"] if m else [])
        if focus and ls < focus[1] and le > focus[0]:
            classes.append("rs-in-focus")
            if first_focus:
                classes.append("rs-focus")
                first_focus = False
        lines.append({"classes": " ".join(classes), "ref": "", "marker": line[: me - ls].strip() if m else "",
                      "parts": segments(text, me, le, marks)})
    return lines


# --- chat messages ----------------------------------------------------------------------------

def user_message(question: str, turn: int = 0) -> str:
    """A user's question as it appears in the chat (always literal text)."""
    return _render("question.j2", question=question, turn=turn)


def pending_message(partial: str = "") -> str:
    """The assistant's bubble while the answer streams in: the text so far, as plain text."""
    return _render("pending.j2", text=partial)


def error_message(message: str, redact: tuple[str, ...] = (), turn: int = 0, hint: str = "") -> str:
    """A turn that could not be answered: what went wrong and what to do, in that turn only."""
    return _render("error.j2", message=web_message(scrub(message, redact)), hint=hint, turn=turn)


def _lead_marks(answer: Answer, n: int, text: str) -> list[tuple[int, int]]:
    lead = answer.lead
    clauses = [c.text for c in lead.clauses if c.citation == n] if lead else []
    return find_marks(text, clauses)


def _bullet(answer: Answer, n: int, shown: str | None = None, marked: bool = True) -> dict:
    c = answer.citations[n - 1]
    text = c.shown_quote if shown is None else shown
    marks = _lead_marks(answer, n, text) if marked else []
    return {"pin": pinpoint(c), "n": n, "css": kind_view(c.kind).css,
            "parts": segments(text, 0, len(text), marks, "rs-lead-mark")}


def _prose(block: Prose, redact: tuple[str, ...]) -> dict:
    text = scrub(block.text, redact)
    spans = [(s.start, s.end, s.supported) for s in block.sentences] or [(0, len(text), True)]
    sentences = []
    cursor = 0
    for start, end, supported in spans:
        if start > cursor:
            sentences.append(_pieces(text[cursor:start], True))
        sentences.append(_pieces(text[start:end], supported))
        cursor = max(cursor, end)
    if cursor < len(text):
        sentences.append(_pieces(text[cursor:], True))
    return {"type": "prose", "sentences": sentences}


def _pieces(text: str, supported: bool) -> dict:
    pieces: list[tuple[str, object]] = []
    pos = 0
    for m in _MARKER.finditer(text):
        if m.start() > pos:
            pieces.append(("text", text[pos:m.start()]))
        pieces.append(("ref", int(m.group(1))))
        pos = m.end()
    if pos < len(text):
        pieces.append(("text", text[pos:]))
    return {"pieces": pieces, "supported": supported}


def _blocks(answer: Answer, redact: tuple[str, ...]) -> list[dict]:
    out: list[dict] = []
    said_law = False
    for block in answer.blocks:
        if isinstance(block, Lead):
            clauses = []
            for clause in block.clauses:
                shown = text_render.lead_clause_text(answer, clause.citation, clause.text).strip("“”")
                clauses.append(_bullet(answer, clause.citation, shown, marked=False))
            out.append({"type": "lead", "heading": text_render.lead_heading(answer, block), "clauses": clauses})
        elif isinstance(block, ProvisionGroup):
            out.append({"type": "group", "intro": "" if said_law else SourceKind.LAW.heading(""),
                        "heading": text_render.group_heading(block),
                        "bullets": [_bullet(answer, n) for n in block.citations]})
            said_law = True
        elif isinstance(block, SourcePassages):
            out.append({"type": "passages", "heading": block.kind.heading(block.title),
                        "css": kind_view(block.kind).css, "bullets": [_bullet(answer, n) for n in block.citations]})
        elif isinstance(block, Prose):
            out.append(_prose(block, redact))
        elif isinstance(block, Note):
            out.append({"type": "note", "text": scrub(block.text, redact)})
        elif isinstance(block, Refusal):
            paragraphs = text_render.block_text(answer, block, False).split("\n\n")
            out.append({"type": "refusal", "paragraphs": [scrub(p, redact) for p in paragraphs]})
    return out


def provision_ref(c: Citation) -> str:
    """The ``?p=`` permalink reference of a Statute citation (``121(3)``); empty for other sources."""
    return c.provision_id if c.source == STATUTE else ""


def answer_message(answer: Answer, redact: tuple[str, ...] = (), turn: int = 0) -> str:
    """The final answer bubble: the short answer first, the quoted provisions, warnings, the cited
    chips (links to the sources), and a collapsible list of the sources for narrow screens."""
    chips = [{"n": n, "pin": pinpoint(c), "css": kind_view(c.kind).css, "kind": kind_view(c.kind).label,
              "quote": c.shown_quote, "cite": cite_text(c), "ref": provision_ref(c)}
             for n, c in enumerate(answer.citations, start=1)]
    return _render(
        "answer.j2", turn=turn, refused=answer.refused, blocks=_blocks(answer, redact), chips=chips,
        warnings=[scrub(w, redact) for w in answer.warnings],
        followup=scrub(answer.standalone_question or "", redact), mode=mode_label(answer.mode, answer.model))


# --- sources panel ----------------------------------------------------------------------------

def _crumb(c: Citation, corpus: Corpus, p: Provision | None) -> str:
    if c.source == STATUTE:
        crumbs = []
        if c.part is not None:
            crumbs.append(f"Part {c.part} — {c.part_title}")
        if c.article and c.article != "preamble":
            crumbs.append(f"Article {c.article}" + (f" — {c.title}" if c.title else ""))
        return " › ".join(crumbs) or "Preamble"
    source = corpus.sources.get(c.source)
    crumb = f"“{source.title}”" if source else c.source
    if p is not None and p.article_title:
        crumb += f" › {p.article_title}"
    return crumb


_ACTIONS = {SourceKind.LAW: "Open in the Statute browser", SourceKind.NEWS: "Read the report",
            SourceKind.DOCUMENT: "Read the document"}


def card_view(n: int, c: Citation, corpus: Corpus, highlight: Sequence[str] = ()) -> dict:
    """One cited provision for the ``card`` template: pinpoint, kind, Part and article, the full text
    with ``highlight`` (the words that answer the question) marked, and what "Copy citation" copies."""
    p = corpus.try_get(corpus.key(c.source, c.provision_id))
    card = {"n": n, "pin": pinpoint(c), "kind": kind_view(c.kind), "action": _ACTIONS[c.kind],
            "crumb": _crumb(c, corpus, p), "label": c.label, "cite": cite_text(c), "quote": c.shown_quote,
            "lines": [], "note": ""}
    if p is not None:
        marks = find_marks(p.text, highlight)
        card["lines"] = statute_lines(p.text, provision_spans(corpus, p), marks)
        if not marks and highlight:
            card["note"] = f"Quoted: “{c.shown_quote}”"
    return card


def source_card(n: int, c: Citation, corpus: Corpus, highlight: Sequence[str] | None = None, turn: int = 0) -> str:
    """One source card as HTML; ``highlight`` defaults to the citation's quote when it is part of
    the provision (a quote of the whole provision is not highlighted: that would say nothing)."""
    if highlight is None:
        highlight = [c.quote] if (c.cut_before or c.cut_after) else []
    return _render("card.j2", card=card_view(n, c, corpus, highlight), turn=turn)


def _highlights(answer: Answer, n: int, llm_quotes: list[str]) -> list[str]:
    """What to mark in the card of citation ``n``: the words the LLM quoted, else the short answer's
    clause from it, else the quote when it is part of the provision."""
    c = answer.citations[n - 1]
    if llm_quotes:
        return llm_quotes
    lead = answer.lead
    clauses = [cl.text for cl in lead.clauses if cl.citation == n] if lead else []
    if clauses:
        return clauses
    return [c.quote] if (c.cut_before or c.cut_after) else []


def panel_view(turn_index: int, turn: Turn, corpus: Corpus, current: bool, redact: tuple[str, ...]) -> dict:
    """The sources of one turn."""
    answer = turn.answer
    view = {"turn": turn_index, "current": current, "question": scrub(turn.question, redact), "warnings": [],
            "refused": False, "error": answer is None, "cards": [], "count": 0}
    if answer is None:
        return view
    prose = "\n".join(b.text for b in answer.blocks if isinstance(b, Prose))
    llm_quotes = quoted_fragments(prose)
    view.update(warnings=[scrub(w, redact) for w in answer.warnings], refused=answer.refused,
                count=len(answer.citations),
                cards=[card_view(n, c, corpus, _highlights(answer, n, llm_quotes))
                       for n, c in enumerate(answer.citations, start=1)])
    return view


def sources_panel(turns: Sequence[Turn], corpus: Corpus, current: int | None = None,
                  redact: tuple[str, ...] = ()) -> str:
    """The panel beside the chat: every turn's own sources, the ``current`` one (default: the
    latest) shown; clicking an answer in the chat shows its panel."""
    if current is None:
        current = len(turns) - 1
    labels = {"law": kind_view(SourceKind.LAW).label, "news": kind_view(SourceKind.NEWS).label,
              "doc": kind_view(SourceKind.DOCUMENT).label}
    panels = [panel_view(i, t, corpus, i == current, redact) for i, t in enumerate(turns)]
    return _render("sources.j2", panels=panels, labels=labels)


@cache
def empty_sources() -> str:
    """The sources panel before any question."""
    return sources_panel([], None)  # type: ignore[arg-type]  # no turn, so no corpus is read


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
    """An article (or the Preamble) in full; ``focus`` (a paragraph of it) shaded, and "Cite as"
    giving the pinpoint of what is shown highlighted."""
    spans = provision_spans(corpus, article)
    focus_range = None
    showing = ""
    if focus is not None and focus.id != article.id:
        s, e, _ = spans.get(corpus.key(focus.source, focus.id), (-1, -1, 0))
        if s >= 0:
            focus_range = (s, e)
            showing = focus.short_label
    shown = focus if focus_range else article
    preamble = article.article in (None, "preamble")
    cite = f"{shown.label}: “{shown.text}”"
    return _render(
        "article.j2", ref=shown.id, crumb="" if article.part is None else f"Part {article.part} — {article.part_title}",
        heading="Preamble" if preamble else f"Article {article.article}",
        title="" if preamble else (article.article_title or "").strip(), showing=showing,
        lines=statute_lines(article.text, spans, focus=focus_range), cite_as=shown.label, cite=cite)


def source_view(corpus: Corpus, source_id: str, focus_key: str | None = None) -> str:
    """A source other than the Statute (the news report, an ingested document) in full, its
    numbered units in order; the cited one (or the unit containing it) shaded."""
    source = corpus.sources[source_id]
    focus = corpus.try_get(focus_key) if focus_key else None
    focus_keys = {focus_key} | ({corpus.key(focus.source, focus.parent)} if focus and focus.parent else set())
    units = sorted((p for p in corpus if p.source == source_id and p.parent is None), key=lambda p: p.order)
    lines = []
    for p in units:
        key = corpus.key(p.source, p.id)
        if p.paragraph is None and key not in focus_keys:
            continue  # the news report's headline is the heading above
        if p.article_title:
            lines.append({"classes": "rs-l rs-unit-h", "ref": "", "marker": "", "parts": [(p.article_title, None)]})
        shaded = " rs-in-focus rs-focus" if key in focus_keys else ""
        lines.append({"classes": f"rs-l rs-hang rs-d1{shaded}", "ref": "", "marker": p.paragraph or "",
                      "parts": [(p.text, None)]})
    kind = kind_view(source.kind)
    return _render("source_view.j2", kind=kind, title=source.title, lines=lines,
                   description=source.description if source.kind == SourceKind.NEWS else "")


def search_results(query: str, hits: Sequence[Provision], total: int, corpus: Corpus) -> str:
    """Full-text search hits: each provision's pinpoint (a link that opens it), where it sits, and
    the words around the match with the match highlighted."""
    rows = []
    words = query.strip()
    for p in hits:
        marks = find_marks(p.text, [words])
        s, e = marks[0] if marks else (0, 0)
        lo, hi = max(0, s - _SNIPPET_CHARS), min(len(p.text), e + _SNIPPET_CHARS)
        parts = segments(p.text, lo, hi, marks)
        if lo > 0:
            parts.insert(0, ("… ", None))
        if hi < len(p.text):
            parts.append((" …", None))
        article = corpus.try_get(p.article) if p.article else None
        crumb = article_choice(article) if article else ""
        rows.append({"ref": p.id, "label": p.short_label, "crumb": crumb, "parts": parts})
    return _render("search.j2", query=words, hits=rows, total=total)


def documents_list(rows: Sequence[dict], max_mb: int) -> str:
    """The reader's own documents (the rows of ``Assistant.sources()`` that are not built in)."""
    return _render("documents.j2", docs=list(rows), max_mb=max_mb, label=SourceKind.DOCUMENT.label)
