"""What the UI's components do, apart from wiring: answering a turn (streamed in batches), the
Statute browser (references, full-text search), the reader's documents, feedback and export
(one ``Views`` per app, over the app's Assistant). Gradio appears only in the return values."""

from __future__ import annotations

import logging
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from rag.assistant import Assistant
from rag.corpus import parse_reference
from rag.documents.readers import FORMATS, MAX_FILE_BYTES
from rag.errors import InputError, RagError
from rag.feedback import Feedback, FeedbackStore, Rating
from rag.models import STATUTE, Answer, Provision
from ui.web import export, render
from ui.web.turns import Turn, history

log = logging.getLogger("ui")

# While an answer streams in, the bubble is redrawn at most this often: each redraw sends and
# renders the whole text so far, so redrawing on every piece made a 100 KB answer take 82 s.
STREAM_UPDATE_SECONDS = 0.25
MAX_SEARCH_HITS = 30  # search results listed; the count says how many more there are
MIN_SEARCH_CHARS = 3  # shorter words ("of", "a") match nearly every provision
UNEXPECTED = ("Something went wrong on our side while answering this question; the details are in the server "
              "log. Your conversation is kept: try again, or rephrase the question.")
UPLOAD_TYPES = sorted(FORMATS)  # the formats `rag ingest` reads, and nothing else
MAX_DRAFT_CHARS = 200_000  # a long memo (about 60 pages); checking it takes a few seconds


@dataclass(frozen=True)
class Step:
    """One update of a turn being answered: the text so far, or the finished turn."""

    partial: str = ""
    turn: Turn | None = None


class Views:
    """The corpus-derived data and handlers behind the components (one per app)."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self.corpus = assistant.corpus
        key = assistant.settings.openai_api_key
        self.secrets: tuple[str, ...] = (key,) if key else ()
        self.articles = self.corpus.articles()
        # The Statute's provisions as search reads them (lower case, spaces collapsed), made once.
        self._searchable = {self.corpus.key(p.source, p.id): " ".join(p.text.lower().split())
                            for p in self.corpus if p.source == STATUTE}
        self.parts: dict[str, list[Provision]] = {}
        titles: dict[str, str] = {}
        for a in self.articles:  # Statute order: the Preamble first
            part = "preamble" if a.part is None else str(a.part)
            self.parts.setdefault(part, []).append(a)
            titles[part] = render.part_choice(a.part, a.part_title)
        self.part_choices = [(titles[p], p) for p in self.parts]
        self.feedback = FeedbackStore(assistant.settings.data_dir)
        # Ingest and remove swap the retrieval tables; one at a time.
        self._documents_lock = threading.Lock()

    # --- answering ----------------------------------------------------------------------------

    def respond(self, question: str, turns: list[Turn]) -> Iterator[Step]:
        """Answer ``question`` after ``turns``: the text so far at most every
        :data:`STREAM_UPDATE_SECONDS`, then the finished :class:`Turn` — an error turn when it
        fails, so a failing follow-up never costs the reader the conversation."""
        partial = ""
        last = time.monotonic()
        try:
            for piece in self.assistant.stream(question, history=history(turns)):
                if isinstance(piece, Answer):
                    yield Step(turn=Turn(question, piece))
                    return
                partial += piece
                now = time.monotonic()
                if now - last >= STREAM_UPDATE_SECONDS:
                    last = now
                    yield Step(partial=render.scrub(partial, self.secrets))
        except RagError as exc:
            yield Step(turn=Turn(question, error=render.scrub(str(exc), self.secrets)))
            return
        except Exception:  # noqa: BLE001 - the UI's boundary: log it, keep the chat, say so in this turn
            log.exception("answering %r failed", question[:80])
        yield Step(turn=Turn(question, error=UNEXPECTED))

    def messages(self, turns: list[Turn]) -> list[dict[str, str]]:
        """The chat as Gradio shows it: each turn's question and its answer (or error)."""
        out = []
        for i, t in enumerate(turns):
            out.append({"role": "user", "content": render.user_message(t.question, i)})
            body = (render.answer_message(t.answer, self.secrets, i) if t.answer is not None
                    else render.error_message(t.error, self.secrets, i))
            out.append({"role": "assistant", "content": body})
        return out

    def sources(self, turns: list[Turn], current: int | None = None) -> str:
        """The sources panel for the conversation (each turn's own; ``current`` shown)."""
        return render.sources_panel(turns, self.corpus, current, self.secrets)

    def api_ask(self, question: str, history_: list[list[str]] | None = None) -> dict[str, Any]:
        """The `/ask` API endpoint: the verified Answer as a dict (history: [[user, assistant], ...])."""
        past = [(str(q), str(a)) for q, a in (history_ or []) if isinstance(q, str)]
        try:
            answer = self.assistant.ask(question, history=past)
        except RagError as exc:
            raise gr.Error(render.scrub(str(exc), self.secrets)) from None
        return answer.to_dict()

    def api_show(self, reference: str) -> dict[str, Any]:
        """The `/show` API endpoint: a provision by reference ("art. 121(3)")."""
        try:
            p = self.assistant.show(reference)
        except RagError as exc:
            raise gr.Error(render.scrub(str(exc), self.secrets)) from None
        return {**asdict(p), "short_label": p.short_label, "breadcrumb": p.breadcrumb}

    # --- Statute browser ----------------------------------------------------------------------

    def article_of(self, p: Provision) -> Provision:
        """The article (or Preamble) a provision belongs to."""
        return self.corpus.get(self.corpus.key(p.source, p.article or p.id))

    def browse(self, article_id: str, focus: Provision | None = None) -> tuple[Any, Any, str, str]:
        """Updates for (part dropdown, article dropdown, article view, notice): the dropdowns
        always name what is shown."""
        article = self.corpus.get(article_id)
        part = "preamble" if article.part is None else str(article.part)
        choices = [(render.article_choice(a), a.id) for a in self.parts[part]]
        return (gr.Dropdown(value=part), gr.Dropdown(choices=choices, value=article.id),
                render.article_view(self.corpus, article, focus), "")

    def first_view(self) -> tuple[Provision, str]:
        """What the browser shows first: the Preamble, where the Statute begins."""
        first = self.articles[0]
        return first, render.article_view(self.corpus, first)

    def pick_part(self, part: str) -> tuple[Any, Any, str, str]:
        """Statute browser: a Part was picked; show its first article."""
        articles = self.parts.get(part) or self.articles[:1]
        return self.browse(articles[0].id)

    def pick_article(self, article_id: str) -> tuple[Any, Any, str, str]:
        """Statute browser: an article was picked."""
        if not article_id or article_id not in self.corpus:
            return gr.skip(), gr.skip(), gr.skip(), ""
        return self.browse(article_id)

    def step(self, article_id: str, delta: int) -> tuple[Any, Any, str, str]:
        """Statute browser: the previous (-1) or next (+1) article."""
        ids = [a.id for a in self.articles]
        at = ids.index(article_id) if article_id in ids else 0
        return self.browse(ids[max(0, min(len(ids) - 1, at + delta))])

    def search(self, words: str) -> tuple[list[Provision], int]:
        """Full-text search of the Statute: the most specific provisions containing ``words``
        (ignoring case) — a paragraph rather than its article, in the Statute's order."""
        needle = " ".join(words.lower().split())
        found = []
        for p in self.corpus:
            if p.source != STATUTE or needle not in self._searchable[self.corpus.key(p.source, p.id)]:
                continue
            if any(needle in self._searchable.get(self.corpus.key(p.source, c), "") for c in p.children):
                continue  # a sub-provision says it more precisely
            found.append(p)
        found.sort(key=lambda p: p.order)
        return found[:MAX_SEARCH_HITS], len(found)

    def go_to(self, typed: str) -> tuple[Any, Any, str, str]:
        """Statute browser: open a typed reference ("art. 16", "121(3)") or, for words that are
        not a reference ("genocide"), list the provisions that contain them."""
        typed = (typed or "").strip()
        if not typed:
            return gr.skip(), gr.skip(), gr.skip(), render.notice("Type a provision such as “art. 121(3)”, or "
                                                                   "words to find in the Statute.", "info")
        if parse_reference(typed) is None and typed.lower() != "preamble":
            if len(typed) < MIN_SEARCH_CHARS:
                return gr.skip(), gr.skip(), gr.skip(), render.notice(
                    f"Type at least {MIN_SEARCH_CHARS} letters to search the Statute.", "info")
            hits, total = self.search(typed)
            return gr.skip(), gr.skip(), gr.skip(), render.search_results(typed, hits, total, self.corpus)
        try:
            p = self.assistant.show(typed)
        except InputError as exc:
            return gr.skip(), gr.skip(), gr.skip(), render.notice(render.web_message(str(exc)))
        return self.browse(self.article_of(p).id, p)

    def open_from_card(self, turns: list[Turn], evt: gr.EventData) -> tuple[Any, ...]:
        """A click on "Open …" in the sources panel: the button carries its turn and number."""
        data = getattr(evt, "_data", None) or {}
        try:
            number = int(data.get("n", 0))
            turn = int(data.get("turn", len(turns) - 1))
        except (TypeError, ValueError, AttributeError):
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        return self.open_cited(turns, turn, number)

    def open_cited(self, turns: list[Turn], turn: int, number: int) -> tuple[Any, ...]:
        """Open citation ``number`` of turn ``turn`` in the browser tab."""
        answer = turns[turn].answer if 0 <= turn < len(turns or []) else None
        if answer is None or not 1 <= number <= len(answer.citations):
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        c = answer.citations[number - 1]
        key = self.corpus.key(c.source, c.provision_id)
        p = self.corpus.try_get(key)
        if p is None:
            return gr.skip(), gr.skip(), gr.skip(), render.notice("That source is no longer here."), gr.skip()
        if p.source != STATUTE:  # the dropdowns name Parts and articles of the Statute: none is shown
            return (gr.Dropdown(value=None), gr.Dropdown(value=None), render.source_view(self.corpus, p.source, key),
                    "", gr.Tabs(selected="browser"))
        return (*self.browse(self.article_of(p).id, p), gr.Tabs(selected="browser"))

    # --- the reader's documents ---------------------------------------------------------------

    def documents(self) -> list[dict]:
        """The documents the reader added (not the built-in texts)."""
        return [row for row in self.assistant.sources() if not row["built_in"]]

    def documents_html(self) -> str:
        """The list of the reader's documents."""
        return render.documents_list(self.documents(), MAX_FILE_BYTES // 2**20)

    def upload(self, paths: list[str] | None) -> tuple[str, str, Any, Any]:
        """Add uploaded files through ``Assistant.ingest`` (the checks of ``rag ingest``): a notice,
        the list, the remove choices, and the cleared upload box."""
        files = [Path(p) for p in (paths or [])]
        if not files:
            return render.notice("Choose a file first.", "info"), gr.skip(), gr.skip(), gr.skip()
        try:
            with self._documents_lock:
                report = self.assistant.ingest(files)
        except RagError as exc:
            return render.notice(render.web_message(str(exc))), gr.skip(), gr.skip(), None
        added = ", ".join(f"{d.id} ({len(d.units)} passages)" for d in report.documents)
        message = f"Added {added}. Answers can now quote it, marked as your document — never as law."
        if report.skipped:
            message += " Not added: " + "; ".join(Path(s.split(":", 1)[0]).name + ":" + s.split(":", 1)[-1]
                                                 for s in report.skipped) + "."
        return render.notice(message, "ok"), self.documents_html(), self.remove_choices(), None

    def remove_choices(self) -> Any:
        """The remove dropdown, listing the reader's documents."""
        ids = [d["id"] for d in self.documents()]
        return gr.Dropdown(choices=ids, value=ids[0] if ids else None)

    def remove(self, doc_id: str | None) -> tuple[str, str, Any]:
        """Remove one of the reader's documents."""
        if not doc_id:
            return render.notice("Choose a document to remove.", "info"), gr.skip(), gr.skip()
        try:
            with self._documents_lock:
                self.assistant.remove_source(doc_id)
        except RagError as exc:
            return render.notice(render.web_message(str(exc))), gr.skip(), gr.skip()
        return (render.notice(f"Removed {doc_id}; answers no longer quote it.", "ok"), self.documents_html(),
                self.remove_choices())

    # --- checking a draft -------------------------------------------------------------------

    def check_draft(self, text: str) -> str:
        """The pasted draft, annotated: every reference to the Statute and every quotation checked
        against the corpus (``rag check`` in the browser)."""
        from rag.check import render as check_render

        if not (text or "").strip():
            return render.notice("Paste a text that cites the Rome Statute, then press Check.", "info")
        if len(text) > MAX_DRAFT_CHARS:
            return render.notice(f"The draft is {len(text):,} characters long; the limit here is "
                                 f"{MAX_DRAFT_CHARS:,}. Check longer texts with `rag check FILE`.")
        try:
            report = self.assistant.check(text, name="pasted draft", fmt="text")
        except RagError as exc:
            return render.notice(render.web_message(str(exc)))
        return check_render.html(report, standalone=False)

    # --- feedback and export ------------------------------------------------------------------

    def rate(self, turns: list[Turn], index: int, liked: bool | None, comment: str = "") -> str:
        """Store a reader's 👍/👎 (and comment) on the answer at chat message ``index``."""
        turn = index // 2  # each turn is two messages: the question, then the answer
        if not 0 <= turn < len(turns) or turns[turn].answer is None or liked is None:
            return ""
        rating = Rating.UP if liked else Rating.DOWN
        self.feedback.add(Feedback.about(turns[turn].answer, rating, comment, self.corpus.version))
        return render.notice("Thank you: your feedback is saved and helps test the assistant.", "ok")

    def export(self, turns: list[Turn]) -> list[str] | None:
        """The conversation as Markdown and Word files (paths to download)."""
        answered = [t for t in turns if t.answer is not None]
        if not answered:
            return None
        folder = Path(tempfile.mkdtemp(prefix="rome-statute-export-"))
        return [str(p) for p in export.write_files(answered, self.corpus, folder)]
