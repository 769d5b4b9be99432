"""The Gradio web UI: a chat with cited answers, a sources panel and a Statute browser.

``build_app(assistant)`` makes the Blocks (one Assistant shared by every request);
``serve(app, ...)`` launches it with the theme, the stylesheet and safe defaults (loopback
address, no share link, no telemetry); ``run(...)`` and ``main(argv)`` are what ``rag ui`` and
``python -m ui`` call.
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict
from functools import partial
from typing import Any

import gradio as gr

from rag.assistant import Assistant
from rag.config import from_env
from rag.errors import ConfigError, InputError, RagError
from rag.models import STATUTE, Answer, Provision

from . import render
from .style import CSS, theme

log = logging.getLogger("ui")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7860
MAX_OPEN_BUTTONS = 8
EXAMPLES = (
    "What does amending the statute require?",
    "Can the Security Council defer an investigation?",
    "Which crimes fall within the jurisdiction of the Court?",
    "What does the news report say the United States is demanding from the ICC?",
)
PLACEHOLDER = (
    "<div class='rs-placeholder'><h3>Ask about the Rome Statute</h3>"
    "<p>Every answer quotes the Statute verbatim and cites the exact provision — "
    "<em>art. 121(4)</em> — so you can check it in the sources panel.</p>"
    "<p>Follow-ups work: ask <em>“And who can propose one?”</em> after a question on amendments.</p></div>"
)
UNEXPECTED = ("Something went wrong on our side while answering; the details are in the server log. "
              "Try again, or rephrase the question.")


class _Views:
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
        try:
            answer = self.assistant.ask(question, history=self.history(history))
        except RagError as exc:
            raise gr.Error(render.scrub(str(exc), self.secrets)) from None
        return answer.to_dict()

    def api_show(self, reference: str) -> dict[str, Any]:
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
        articles = self.parts.get(part) or self.articles[:1]
        return self.browse(articles[0].id)

    def pick_article(self, article_id: str) -> tuple[Any, Any, str, str]:
        if not article_id or article_id not in self.corpus:
            return gr.skip(), gr.skip(), gr.skip(), ""
        return self.browse(article_id)

    def step(self, article_id: str, delta: int) -> tuple[Any, Any, str, str]:
        ids = [a.id for a in self.articles]
        at = ids.index(article_id) if article_id in ids else 0
        return self.browse(ids[max(0, min(len(ids) - 1, at + delta))])

    def go_to(self, reference: str) -> tuple[Any, Any, str, str]:
        try:
            p = self.assistant.show(reference)
        except InputError as exc:
            return gr.skip(), gr.skip(), gr.skip(), render.notice(render.scrub(str(exc), self.secrets))
        return self.browse(self.article_of(p).id, p)

    def open_cited(self, index: int, cites: list[str]) -> tuple[Any, ...]:
        """Open the ``index``-th citation of the current answer in the browser tab."""
        if index >= len(cites or []) or cites[index] not in self.corpus:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        p = self.corpus.get(cites[index])
        if p.source != STATUTE:
            view = render.news_view(self.corpus, p.source, cites[index])
            return gr.skip(), gr.skip(), view, "", gr.Tabs(selected="browser")
        return (*self.browse(self.article_of(p).id, p), gr.Tabs(selected="browser"))


def build_app(assistant: Assistant) -> gr.Blocks:
    """The web UI over a ready ``assistant`` (the index is opened once, by the caller)."""
    views = _Views(assistant)
    settings = assistant.settings
    first = views.articles[1] if len(views.articles) > 1 else views.articles[0]

    with gr.Blocks(title="Rome Statute assistant", analytics_enabled=False) as app:
        turns = gr.State([])  # [[question, answer text], ...] for follow-ups
        shown = gr.State([])  # the chat as displayed: [{"role", "content"}, ...]
        cites = gr.State([])  # corpus keys of the current answer's citations
        gr.HTML(render.header(assistant.mode, settings.llm_model if assistant.mode == "llm" else None),
                elem_id="rs-header", js_on_load=None)
        with gr.Tabs(selected="ask", elem_id="rs-tabs") as tabs:
            with gr.Tab("Ask", id="ask", elem_id="rs-tab-ask"):
                with gr.Row(elem_id="rs-main", equal_height=False):
                    with gr.Column(scale=3, min_width=340, elem_id="rs-chat-col"):
                        chatbot = gr.Chatbot(
                            elem_id="rs-chat", show_label=False, height=560, placeholder=PLACEHOLDER,
                            latex_delimiters=[], buttons=[], feedback_options=None,
                            sanitize_html=True, autoscroll=True, layout="bubble")
                        with gr.Row(elem_id="rs-ask-row", equal_height=True):
                            question = gr.Textbox(
                                elem_id="rs-question", show_label=False, scale=5, lines=1, max_lines=5,
                                placeholder="Ask about the Rome Statute — e.g. “What does amending the statute require?”",
                                autofocus=True, container=False)
                            send = gr.Button("Ask", variant="primary", scale=1, min_width=90, elem_id="rs-send")
                        gr.Markdown("Try an example", elem_classes="rs-label")
                        with gr.Row(elem_id="rs-examples"):
                            example_buttons = [gr.Button(q, size="sm", elem_classes="rs-example") for q in EXAMPLES]
                        clear = gr.Button("New conversation", size="sm", elem_id="rs-clear")
                    with gr.Column(scale=2, min_width=320, elem_id="rs-sources-col"):
                        with gr.Row(elem_id="rs-open-row", visible=False) as open_row:
                            gr.Markdown("Open in the Statute browser:", elem_classes="rs-label")
                            open_buttons = [gr.Button(f"[{i + 1}]", size="sm", visible=False,
                                                      elem_classes="rs-open", min_width=60)
                                            for i in range(MAX_OPEN_BUTTONS)]
                        sources = gr.HTML(render.EMPTY_SOURCES, elem_id="rs-sources", js_on_load=None)
            with gr.Tab("Statute browser", id="browser", elem_id="rs-tab-browser"):
                with gr.Row(elem_id="rs-browser-row", equal_height=False):
                    with gr.Column(scale=1, min_width=280, elem_id="rs-browser-nav"):
                        part_dd = gr.Dropdown(views.part_choices, value=str(first.part), label="Part",
                                              elem_id="rs-part", filterable=True)
                        article_dd = gr.Dropdown(
                            [(render.article_choice(a), a.id) for a in views.parts[str(first.part)]],
                            value=first.id, label="Article", elem_id="rs-article-dd", filterable=True)
                        with gr.Row():
                            ref_box = gr.Textbox(label="Go to a provision", placeholder="art. 16 · 121(3) · Article 8 bis",
                                                 elem_id="rs-goto", scale=3, max_lines=1)
                        go = gr.Button("Open", elem_id="rs-goto-btn", size="sm", variant="primary")
                        with gr.Row():
                            prev_btn = gr.Button("‹ Previous article", size="sm", elem_id="rs-prev")
                            next_btn = gr.Button("Next article ›", size="sm", elem_id="rs-next")
                        note = gr.HTML("", elem_id="rs-browser-note", js_on_load=None)
                    with gr.Column(scale=3, min_width=320):
                        article_view = gr.HTML(
                            render.article_view(assistant.corpus, first), elem_id="rs-article",
                            js_on_load=("watch('value', () => setTimeout(() => { const f = element."
                                        "querySelector('.rs-focus'); if (f) f.scrollIntoView({block: "
                                        "'center', behavior: 'smooth'}); }, 150));"))

        answer_outputs = [question, chatbot, shown, turns, cites, sources, open_row, *open_buttons]

        def respond(message: str, past: list, displayed: list) -> Iterator[dict]:
            text = message if isinstance(message, str) else ""
            if not text.strip():
                yield {question: ""}
                return
            msgs = [*displayed, {"role": "user", "content": render.user_message(text)},
                    {"role": "assistant", "content": render.pending_message()}]
            yield {question: "", chatbot: msgs, shown: msgs}
            final: Answer | None = None
            partial_text = ""
            try:
                for piece in views.answer(text, past):
                    if isinstance(piece, Answer):
                        final = piece
                        break
                    partial_text += piece
                    msgs[-1] = {"role": "assistant", "content": render.pending_message(
                        render.scrub(partial_text, views.secrets))}
                    yield {chatbot: msgs}
            except RagError as exc:
                msgs[-1] = {"role": "assistant", "content": render.error_message(str(exc), views.secrets)}
                yield {chatbot: msgs, shown: msgs}
                return
            except Exception:  # never a stack trace in the page; the log has it
                log.exception("answering %r failed", text[:200])
                msgs[-1] = {"role": "assistant", "content": render.error_message(UNEXPECTED)}
                yield {chatbot: msgs, shown: msgs}
                return
            if final is None:
                msgs[-1] = {"role": "assistant", "content": render.error_message(UNEXPECTED)}
                yield {chatbot: msgs, shown: msgs}
                return
            msgs[-1] = {"role": "assistant", "content": render.answer_message(final, views.secrets)}
            keys = [assistant.corpus.key(c.source, c.provision_id) for c in final.citations]
            updates: dict = {
                chatbot: msgs, shown: msgs, turns: [*past, [text, final.text]], cites: keys,
                sources: render.sources_panel(final, assistant.corpus, views.secrets),
                open_row: gr.update(visible=bool(keys)),
            }
            for i, button in enumerate(open_buttons):
                if i < len(final.citations):
                    updates[button] = gr.Button(value=render.pinpoint(final.citations[i]), visible=True)
                else:
                    updates[button] = gr.Button(visible=False)
            yield updates

        common = {"outputs": answer_outputs, "concurrency_id": "assistant", "api_visibility": "private"}
        send.click(respond, [question, turns, shown], **common)
        question.submit(respond, [question, turns, shown], **common)
        for button in example_buttons:
            button.click(respond, [button, turns, shown], **common)

        def reset() -> tuple:
            hidden = [gr.Button(visible=False) for _ in open_buttons]
            return ("", [], [], [], [], render.EMPTY_SOURCES, gr.update(visible=False), *hidden)

        clear.click(reset, None, answer_outputs, api_visibility="private")

        browser_outputs = [part_dd, article_dd, article_view, note]
        for i, button in enumerate(open_buttons):
            button.click(partial(views.open_cited, i), [cites], [*browser_outputs, tabs], api_visibility="private")
        part_dd.input(views.pick_part, [part_dd], browser_outputs, api_visibility="private")
        article_dd.input(views.pick_article, [article_dd], browser_outputs, api_visibility="private")
        go.click(views.go_to, [ref_box], browser_outputs, api_visibility="private")
        ref_box.submit(views.go_to, [ref_box], browser_outputs, api_visibility="private")
        prev_btn.click(partial(views.step, delta=-1), [article_dd], browser_outputs, api_visibility="private")
        next_btn.click(partial(views.step, delta=1), [article_dd], browser_outputs, api_visibility="private")

        def ask(question: str, history: list[list[str]] | None = None) -> dict:
            """Answer a question (with optional [[question, answer], ...] history): the Answer as JSON."""
            return views.api_ask(question, history)

        def show(reference: str) -> dict:
            """A provision by reference ("art. 121(3)", "Article 8 bis"): its text, label and place."""
            return views.api_show(reference)

        gr.api(ask, api_name="ask", concurrency_id="assistant")
        gr.api(show, api_name="show")
    return app


def serve(app: gr.Blocks, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          auth: tuple[str, str] | None = None, *, prevent_thread_lock: bool = False,
          quiet: bool = False) -> Any:
    """Launch ``app`` on ``host:port`` (loopback by default), with a login when ``auth`` is given."""
    app.queue(default_concurrency_limit=1)
    try:
        return app.launch(
            server_name=host, server_port=port, auth=auth, share=False, inbrowser=False,
            prevent_thread_lock=prevent_thread_lock, quiet=quiet, show_error=False,
            theme=theme(), css=CSS, footer_links=[], run_history=False, enable_monitoring=False,
            mcp_server=False, ssr_mode=False, pwa=False,
            auth_message="Rome Statute assistant — sign in to continue." if auth else None,
        )
    except OSError:
        raise ConfigError(f"Cannot serve on {host}:{port}: the port is in use or the address is not "
                          "available here. Choose another with --port (or --host).") from None


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """``"user:password"`` → ``("user", "password")``; ``None``/empty → no login."""
    if value is None or not value.strip():
        return None
    user, sep, password = value.strip().partition(":")
    if not sep or not user or not password:
        # Never echo the value: it is a password.
        raise ConfigError("--auth / RAG_UI_AUTH must look like USER:PASSWORD, both non-empty.")
    return user, password


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class TerminalProgress:
    """Shows the first-run index build on the terminal (stderr)."""

    def __init__(self) -> None:
        self.bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        from tqdm import tqdm

        if self.bar is None:
            self.bar = tqdm(total=total, desc="Indexing the corpus (first run)", unit="chunk",
                            file=sys.stderr, leave=True)
        self.bar.n = done
        self.bar.refresh()
        if done >= total:
            self.bar.close()


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, auth: str | None = None,
        env: dict[str, str] | None = None) -> None:
    """Open the index once (building it on first use), then serve the UI until interrupted.

    ``auth`` is ``"user:password"``; when not given, ``RAG_UI_AUTH`` is used.
    """
    env = dict(os.environ) if env is None else env
    credentials = parse_auth(auth if auth else env.get("RAG_UI_AUTH"))
    settings = from_env(env)
    if not 1 <= port <= 65535:
        raise ConfigError(f"--port must be between 1 and 65535, not {port}.")
    _say("Opening the index of the Rome Statute ...")
    start = time.perf_counter()
    assistant = Assistant(settings, progress=TerminalProgress())
    mode = render.mode_label(assistant.mode, settings.llm_model if assistant.mode == "llm" else None)
    _say(f"Ready in {time.perf_counter() - start:.1f} s ({mode}).")
    if not is_loopback(host) and credentials is None:
        _say(f"Warning: serving on {host} without a login: anyone who can reach this address can use "
             "it. Add --auth USER:PASSWORD (or set RAG_UI_AUTH).")
    _say(f"Serving on http://{host}:{port}" + (" (login required)" if credentials else "")
         + " — press Ctrl+C to stop.")
    serve(build_app(assistant), host, port, credentials, quiet=True)


def main(argv: list[str] | None = None) -> int:
    """``python -m ui [--host H] [--port P] [--auth USER:PASSWORD]``; returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m ui", description="Serve the Rome Statute assistant's web UI.")
    parser.add_argument("--host", default=DEFAULT_HOST,
                        help=f"address to bind (default {DEFAULT_HOST}: this machine only)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    parser.add_argument("--auth", metavar="USER:PASSWORD",
                        help="require this login (or set RAG_UI_AUTH, which keeps it out of the process list)")
    args = parser.parse_args(argv)
    try:
        run(args.host, args.port, args.auth)
    except RagError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    return 0
