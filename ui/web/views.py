"""What the UI's components show and do, apart from the chat: the API endpoints and the Statute
browser (one ``Views`` per app, over the app's Assistant)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from typing import Any

import gradio as gr

from rag.assistant import Assistant
from rag.errors import InputError, RagError
from rag.models import STATUTE, Answer, Provision
from ui.web import render


class Views:
    """The corpus-derived data and handlers behind the components (one per app)."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self.corpus = assistant.corpus
        key = assistant.settings.openai_api_key
        self.secrets: tuple[str, ...] = (key,) if key else ()
        self.articles = self.corpus.articles()
        self.parts: dict[str, list[Provision]] = {}
        titles: dict[str, str] = {}
        for a in self.articles:
            part = "preamble" if a.part is None else str(a.part)
            self.parts.setdefault(part, []).append(a)
            titles[part] = render.part_choice(a.part, a.part_title)
        self.part_choices = [(titles[p], p) for p in self.parts]

    # --- answering ----------------------------------------------------------------------------

    def history(self, turns: list[list[str]] | None) -> list[tuple[str, str]]:
        """Chat turns as the library takes them: ``[(question, answer_text), ...]``."""
        return [(str(q), str(a)) for q, a in (turns or []) if isinstance(q, str)]

    def answer(self, question: str, turns: list[list[str]] | None) -> Iterator[str | Answer]:
        """The assistant's stream: text pieces, then the final Answer."""
        return self.assistant.stream(question, history=self.history(turns))

    def api_ask(self, question: str, history: list[list[str]] | None = None) -> dict[str, Any]:
        """The `/ask` API endpoint: the verified Answer as a dict (history: [[user, assistant], ...])."""
        try:
            answer = self.assistant.ask(question, history=self.history(history))
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
        """Updates for (part dropdown, article dropdown, article view, notice)."""
        article = self.corpus.get(article_id)
        part = "preamble" if article.part is None else str(article.part)
        choices = [(render.article_choice(a), a.id) for a in self.parts[part]]
        return (gr.Dropdown(value=part), gr.Dropdown(choices=choices, value=article.id),
                render.article_view(self.corpus, article, focus), "")

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

    def go_to(self, reference: str) -> tuple[Any, Any, str, str]:
        """Statute browser: open a typed reference such as "art. 16"."""
        try:
            p = self.assistant.show(reference)
        except InputError as exc:
            return gr.skip(), gr.skip(), gr.skip(), render.notice(render.scrub(str(exc), self.secrets))
        return self.browse(self.article_of(p).id, p)

    def open_from_card(self, cites: list[str], evt: gr.EventData) -> tuple[Any, ...]:
        """A click in the sources panel: its "Open in the Statute browser" buttons carry the
        citation's number."""
        data = getattr(evt, "_data", None) or {}
        try:
            number = int(data.get("n", 0)) if isinstance(data, dict) else 0
        except (TypeError, ValueError):
            number = 0
        return self.open_cited(number - 1, cites)

    def open_cited(self, index: int, cites: list[str]) -> tuple[Any, ...]:
        """Open the ``index``-th citation of the current answer in the browser tab."""
        if not 0 <= index < len(cites or []) or cites[index] not in self.corpus:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        p = self.corpus.get(cites[index])
        if p.source != STATUTE:
            view = render.source_view(self.corpus, p.source, cites[index])
            return gr.skip(), gr.skip(), view, "", gr.Tabs(selected="browser")
        return (*self.browse(self.article_of(p).id, p), gr.Tabs(selected="browser"))
