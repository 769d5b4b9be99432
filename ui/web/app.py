"""The Gradio web UI: a chat with cited answers, a sources panel and a Statute browser.

``build_app(assistant)`` makes the Blocks (one Assistant shared by every request);
``serve(app, ...)`` launches it with the theme, the stylesheet and safe defaults (loopback
address, no share link, no telemetry); ``run(...)`` is what ``rag ui`` (and ``python -m ui``) calls.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import sys
import time
from collections.abc import Iterator
from functools import partial
from typing import Any

import gradio as gr

from rag.assistant import Assistant
from rag.config import from_env
from rag.errors import ConfigError, RagError
from rag.models import Answer
from ui.web import render
from ui.web.style import CSS, HEAD, theme
from ui.web.views import Views

log = logging.getLogger("ui")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7860
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
# The sources panel's buttons: one click opens that citation in the Statute browser.
OPEN_ON_CLICK = ("element.addEventListener('click', (e) => { const b = e.target.closest('[data-open]'); "
                 "if (b) trigger('click', {n: Number(b.dataset.open)}); });")
# When a question is asked and again when answered: scroll the chat to that question, so the
# answer is read from its start (the chat does not jump to the end of a long answer).
SCROLL_TO_ANSWER = """() => { setTimeout(() => {
  const users = document.querySelectorAll('#rs-chat [data-testid="user"]');
  const last = users[users.length - 1]; if (!last) return;
  let box = last.parentElement;
  while (box && box !== document.body) {
    const s = getComputedStyle(box);
    if (/(auto|scroll)/.test(s.overflowY) && box.scrollHeight > box.clientHeight + 4) break;
    box = box.parentElement;
  }
  if (!box || box === document.body) return;
  const top = last.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop - 14;
  box.scrollTo({top: top});
}, 150); }"""
# The Statute browser: bring the highlighted paragraph into view when a provision is opened (also
# on first render: the tab's content is only rendered when it is first shown).
SCROLL_TO_FOCUS = ("const go = () => setTimeout(() => { const f = element.querySelector('.rs-focus'); "
                   "if (f) f.scrollIntoView({block: 'center', behavior: 'smooth'}); }, 150); "
                   "watch('value', go); go();")
UNEXPECTED = ("Something went wrong on our side while answering; the details are in the server log. "
              "Try again, or rephrase the question.")


def build_app(assistant: Assistant) -> gr.Blocks:
    """The web UI over a ready ``assistant`` (the index is opened once, by the caller)."""
    views = Views(assistant)
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
                            sanitize_html=True, autoscroll=False, layout="bubble")
                        with gr.Row(elem_id="rs-ask-row", equal_height=True):
                            question = gr.Textbox(
                                elem_id="rs-question", show_label=False, scale=5, lines=1, max_lines=5,
                                placeholder="Ask about the Rome Statute — e.g. “What does amending the statute require?”",
                                container=False)
                            send = gr.Button("Ask", variant="primary", scale=1, min_width=90, elem_id="rs-send")
                        with gr.Row(elem_id="rs-examples-head"):
                            gr.Markdown("Try an example", elem_classes="rs-label")
                            clear = gr.Button("New conversation", size="sm", elem_id="rs-clear", scale=0,
                                              min_width=150)
                        with gr.Row(elem_id="rs-examples"):
                            example_buttons = [gr.Button(q, size="sm", elem_classes="rs-example") for q in EXAMPLES]
                    with gr.Column(scale=2, min_width=320, elem_id="rs-sources-col"):
                        sources = gr.HTML(render.EMPTY_SOURCES, elem_id="rs-sources", js_on_load=OPEN_ON_CLICK)
            with gr.Tab("Statute browser", id="browser", elem_id="rs-tab-browser"):
                with gr.Row(elem_id="rs-browser-row", equal_height=False):
                    with gr.Column(scale=1, min_width=280, elem_id="rs-browser-nav"):
                        part_dd = gr.Dropdown(views.part_choices, value=str(first.part), label="Part",
                                              elem_id="rs-part", filterable=True)
                        article_dd = gr.Dropdown(
                            [(render.article_choice(a), a.id) for a in views.parts[str(first.part)]],
                            value=first.id, label="Article", elem_id="rs-article-dd", filterable=True)
                        ref_box = gr.Textbox(label="Go to a provision", placeholder="art. 16 · 121(3) · Article 8 bis",
                                             elem_id="rs-goto", max_lines=1)
                        go = gr.Button("Open", elem_id="rs-goto-btn", size="sm", variant="primary")
                        with gr.Row(elem_id="rs-steps"):
                            prev_btn = gr.Button("‹ Previous", size="sm", elem_id="rs-prev", min_width=90)
                            next_btn = gr.Button("Next ›", size="sm", elem_id="rs-next", min_width=90)
                        note = gr.HTML("", elem_id="rs-browser-note", js_on_load=None)
                    with gr.Column(scale=3, min_width=320):
                        article_view = gr.HTML(
                            render.article_view(assistant.corpus, first), elem_id="rs-article",
                            js_on_load=SCROLL_TO_FOCUS)

        answer_outputs = [question, chatbot, shown, turns, cites, sources]

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
            if final is None:
                msgs[-1] = {"role": "assistant", "content": render.error_message(UNEXPECTED)}
                yield {chatbot: msgs, shown: msgs}
                return
            msgs[-1] = {"role": "assistant", "content": render.answer_message(final, views.secrets)}
            keys = [assistant.corpus.key(c.source, c.provision_id) for c in final.citations]
            updates: dict = {
                chatbot: msgs, shown: msgs, turns: [*past, [text, final.text]], cites: keys,
                sources: render.sources_panel(final, assistant.corpus, views.secrets),
            }
            yield updates

        common = {"outputs": answer_outputs, "concurrency_id": "assistant", "api_visibility": "private"}
        for trigger, source in [(send.click, question), (question.submit, question),
                                *[(b.click, b) for b in example_buttons]]:
            trigger(respond, [source, turns, shown], **common).then(
                None, js=SCROLL_TO_ANSWER, api_visibility="private")
            trigger(None, js=SCROLL_TO_ANSWER, api_visibility="private")  # the question, as soon as it shows

        def reset() -> tuple:
            return ("", [], [], [], [], render.EMPTY_SOURCES)

        clear.click(reset, None, answer_outputs, api_visibility="private")
        chatbot.clear(reset, None, answer_outputs, api_visibility="private")

        browser_outputs = [part_dd, article_dd, article_view, note]
        sources.click(views.open_from_card, [cites], [*browser_outputs, tabs], api_visibility="private")
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

        gr.HTML(render.footer(assistant.corpus), elem_id="rs-footer", js_on_load=None)
        gr.api(ask, api_name="ask", concurrency_id="assistant")
        gr.api(show, api_name="show")
    return app


def serve(app: gr.Blocks, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          auth: tuple[str, str] | None = None, *, prevent_thread_lock: bool = False,
          quiet: bool = False) -> Any:
    """Launch ``app`` on ``host:port`` (loopback by default), with a login when ``auth`` is given."""
    # Assistant.ask is thread-safe (tests/test_assistant.py); a few answers run at once.
    app.queue(default_concurrency_limit=4)
    try:
        return app.launch(
            server_name=host, server_port=port, auth=auth, share=False, inbrowser=False,
            prevent_thread_lock=prevent_thread_lock, quiet=quiet, show_error=False,
            theme=theme(), css=CSS, head=HEAD, footer_links=[], run_history=False, enable_monitoring=False,
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
