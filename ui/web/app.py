"""The Gradio web UI — the reader's workbench: a chat whose answers keep their own sources, a
Statute browser with search and permalinks, the reader's own documents, feedback and export.

``build_app(assistant)`` makes the Blocks (one Assistant shared by every request);
``serve(app, ...)`` launches it with the theme, the stylesheet, the browser-side script and safe
defaults (loopback address, no share link, no telemetry, throttled sign-in, uploads only of the
formats `rag ingest` reads); ``run(...)`` is what ``rag ui`` (and ``python -m ui``) calls.

Permalinks: ``?p=121(3)`` opens that provision highlighted in the Statute browser; ``?q=…`` asks.
"""

from __future__ import annotations

import logging
import os
import secrets
import sys
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import gradio as gr
from starlette.middleware import Middleware

from rag.assistant import Assistant
from rag.config import from_env
from rag.documents.readers import MAX_FILE_BYTES
from rag.errors import ConfigError
from rag.models import MAX_QUESTION_CHARS
from ui.serving import TerminalProgress, is_loopback, parse_auth, port_error
from ui.web import render
from ui.web.guard import Guard
from ui.web.style import CSS, HEAD, theme
from ui.web.turns import Turn, restore, to_state
from ui.web.views import UPLOAD_TYPES, Views

log = logging.getLogger("ui")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7860
EXAMPLES = (
    "What does amending the statute require?",
    "Can the Security Council defer an investigation?",
    "Which crimes fall within the jurisdiction of the Court?",
    "What does the news report say the United States is demanding from the ICC?",
)
CLIENT_JS = (Path(__file__).with_name("client.js")).read_text(encoding="utf-8")
STORAGE_KEY = "rome-statute-conversation"  # the browser's localStorage key for the conversation
SECRET_FILE = "ui-browser-secret"  # under the data dir: the same key after a restart keeps conversations
# The sources panel's "Open …" buttons: one click opens that citation in the Statute browser.
OPEN_ON_CLICK = ("element.addEventListener('click', (e) => { const b = e.target.closest('[data-open]'); "
                 "if (b) trigger('click', {n: Number(b.dataset.open), turn: Number(b.dataset.turn)}); });")
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
  if (!box || box === document.body) { last.scrollIntoView({block: 'start'}); return; }
  const top = last.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop - 14;
  box.scrollTo({top: top});
}, 150); }"""
# The Statute browser: bring the highlighted paragraph into view when a provision is opened, and
# put its permalink in the address bar (?p=121(3)) so it can be copied and shared.
SCROLL_TO_FOCUS = """const go = (changed) => setTimeout(() => {
  const f = element.querySelector('.rs-focus');
  if (f) f.scrollIntoView({block: 'center', behavior: 'smooth'});
  const shown = element.querySelector('.rs-article[data-ref]');
  // First shown with a provision highlighted (opened from a source card): that is a change too.
  if ((changed || f) && shown && shown.dataset.ref) {
    const url = new URL(window.location.href);
    url.searchParams.delete('q'); url.searchParams.set('p', shown.dataset.ref);
    history.replaceState(null, '', url);
  }
}, 150);
watch('value', () => go(true)); go(false);"""
# After a ?q= question is answered, drop it from the address bar: a reload must not ask it again.
FORGET_Q = """() => { const url = new URL(window.location.href);
  if (url.searchParams.has('q')) { url.searchParams.delete('q'); history.replaceState(null, '', url); } }"""
CLEAR_WARNING = "Clear the whole conversation? It is also removed from this browser; this cannot be undone."


def browser_secret(data_dir: Path) -> str:
    """The key Gradio encrypts the stored conversation with, kept under the data dir so that a
    restart can still read what browsers stored (a new random key would make them unreadable)."""
    path = Path(data_dir) / SECRET_FILE
    try:
        return path.read_text(encoding="utf-8").strip() or _new_secret(path)
    except FileNotFoundError:
        return _new_secret(path)
    except OSError as exc:
        log.warning("could not read the browser-storage key %s (%s); conversations last until a restart", path, exc)
        return secrets.token_urlsafe(24)


def _new_secret(path: Path) -> str:
    value = secrets.token_urlsafe(24)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(value)
    except OSError:
        log.warning("could not keep the browser-storage key in %s; conversations last until a restart", path)
    return value


def build_app(assistant: Assistant) -> gr.Blocks:
    """The web UI over a ready ``assistant`` (the index is opened once, by the caller)."""
    views = Views(assistant)
    settings = assistant.settings
    first, first_html = views.first_view()

    with gr.Blocks(title="Rome Statute assistant", analytics_enabled=False) as app:
        turns = gr.State([])  # [Turn, ...]: the conversation, each answer with its own sources
        saved = gr.BrowserState([], storage_key=STORAGE_KEY, secret=browser_secret(settings.data_dir))
        rated = gr.State([-1, None])  # [chat message index, liked] of the reader's last rating (for a comment)
        gr.HTML(render.header(assistant.mode, settings.llm_model if assistant.mode == "llm" else None),
                elem_id="rs-header", js_on_load=None)
        with gr.Tabs(selected="ask", elem_id="rs-tabs") as tabs:
            with gr.Tab("Ask", id="ask", elem_id="rs-tab-ask"):
                with gr.Row(elem_id="rs-main", equal_height=False):
                    with gr.Column(scale=3, min_width=340, elem_id="rs-chat-col"):
                        chatbot = gr.Chatbot(
                            label="Conversation", elem_id="rs-chat", show_label=False, height=560,
                            placeholder=render.placeholder(), latex_delimiters=[], buttons=["copy"],
                            feedback_options=("Like", "Dislike"), sanitize_html=True, autoscroll=False,
                            layout="bubble")
                        with gr.Row(elem_id="rs-ask-row", equal_height=True):
                            question = gr.Textbox(
                                label="Your question about the Rome Statute", elem_id="rs-question",
                                show_label=False, scale=5, lines=1, max_lines=5, container=False,
                                placeholder="Ask about the Rome Statute — e.g. “What does amending the statute require?”")
                            send = gr.Button("Ask", variant="primary", scale=1, min_width=90, elem_id="rs-send")
                        with gr.Row(visible=False, elem_id="rs-feedback") as feedback_row:
                            comment = gr.Textbox(label="What was right or wrong with this answer? (optional)",
                                                 elem_id="rs-comment", max_lines=3, scale=5)
                            send_comment = gr.Button("Send", size="sm", elem_id="rs-comment-send", scale=1,
                                                     min_width=80)
                        feedback_note = gr.HTML("", elem_id="rs-feedback-note", js_on_load=None)
                        with gr.Row(elem_id="rs-examples-head"):
                            gr.Markdown("Try an example", elem_classes="rs-label")
                            export_btn = gr.Button("Export (Markdown, Word)", size="sm", elem_id="rs-export",
                                                   scale=0, min_width=190)
                            clear = gr.Button("Clear conversation", size="sm", elem_id="rs-clear", scale=0,
                                              min_width=160)
                        with gr.Row(visible=False, elem_id="rs-confirm") as confirm_row:
                            gr.Markdown(CLEAR_WARNING, elem_classes="rs-confirm-text")
                            confirm_yes = gr.Button("Yes, clear it", size="sm", variant="stop", elem_id="rs-clear-yes",
                                                    scale=0, min_width=120)
                            confirm_no = gr.Button("Keep it", size="sm", elem_id="rs-clear-no", scale=0, min_width=90)
                        exported = gr.File(label="Your conversation, to download", visible=False, interactive=False,
                                           elem_id="rs-export-files", file_count="multiple")
                        with gr.Row(elem_id="rs-examples"):
                            example_buttons = [gr.Button(q, size="sm", elem_classes="rs-example") for q in EXAMPLES]
                    with gr.Column(scale=2, min_width=320, elem_id="rs-sources-col"):
                        sources = gr.HTML(render.empty_sources(), elem_id="rs-sources", js_on_load=OPEN_ON_CLICK)
            with gr.Tab("Statute browser", id="browser", elem_id="rs-tab-browser"):
                with gr.Row(elem_id="rs-browser-row", equal_height=False):
                    with gr.Column(scale=1, min_width=280, elem_id="rs-browser-nav"):
                        ref_box = gr.Textbox(label="Go to a provision, or search the Statute",
                                             placeholder="art. 16 · 121(3) · genocide", elem_id="rs-goto", max_lines=1)
                        go = gr.Button("Open or search", elem_id="rs-goto-btn", size="sm", variant="primary")
                        part_dd = gr.Dropdown(views.part_choices, value="preamble" if first.part is None
                                              else str(first.part), label="Part", elem_id="rs-part", filterable=True)
                        article_dd = gr.Dropdown(
                            [(render.article_choice(a), a.id) for a in views.parts["preamble" if first.part is None
                                                                                    else str(first.part)]],
                            value=first.id, label="Article", elem_id="rs-article-dd", filterable=True)
                        with gr.Row(elem_id="rs-steps"):
                            prev_btn = gr.Button("‹ Previous article", size="sm", elem_id="rs-prev", min_width=90)
                            next_btn = gr.Button("Next article ›", size="sm", elem_id="rs-next", min_width=90)
                        note = gr.HTML("", elem_id="rs-browser-note", js_on_load=None)
                    with gr.Column(scale=3, min_width=320):
                        article_view = gr.HTML(first_html, elem_id="rs-article", js_on_load=SCROLL_TO_FOCUS)
            with gr.Tab("Your documents", id="documents", elem_id="rs-tab-documents"):
                gr.Markdown("Add your own documents — a memo, a judgment, notes — and answers will quote them "
                            "next to the Statute, always marked as your document and never as law.",
                            elem_classes="rs-intro-text")
                upload = gr.File(label="Choose files (PDF, HTML, Markdown or text)", file_count="multiple",
                                 file_types=UPLOAD_TYPES, elem_id="rs-upload")
                add_btn = gr.Button("Add to the sources", variant="primary", elem_id="rs-upload-btn")
                upload_note = gr.HTML("", elem_id="rs-upload-note", js_on_load=None)
                docs = gr.HTML(views.documents_html(), elem_id="rs-docs", js_on_load=None)
                with gr.Row(elem_id="rs-remove-row"):
                    remove_dd = gr.Dropdown([d["id"] for d in views.documents()], label="Remove a document",
                                            elem_id="rs-remove-dd", scale=3)
                    remove_btn = gr.Button("Remove", elem_id="rs-remove-btn", scale=1, variant="stop")
            with gr.Tab("Check a draft", id="check", elem_id="rs-tab-check"):
                gr.Markdown("Paste a memo, an article or a brief: every reference to the Statute and every "
                            "quotation is checked against the corpus — a wrong article, a misquote, a quote "
                            "from another paragraph — and the text comes back annotated.",
                            elem_classes="rs-intro-text")
                draft = gr.Textbox(label="Your draft", lines=10, max_lines=30, elem_id="rs-draft",
                                   placeholder="Under art. 121(3), “the adoption of an amendment … shall "
                                               "require a two-thirds majority of States Parties”.")
                check_btn = gr.Button("Check the citations", variant="primary", elem_id="rs-check-btn")
                checked = gr.HTML("", elem_id="rs-check-report", js_on_load=None)
        # Links in answers and search results ("Open in the Statute", a search hit) open a provision
        # in place: the page's script writes the reference here and presses the hidden button.
        ref_bridge = gr.Textbox(label="Provision to open", visible="hidden", elem_id="rs-ref-bridge")
        ref_go = gr.Button("Open provision", visible="hidden", elem_id="rs-ref-go")
        pending_q = gr.Textbox(label="Question from the link", visible="hidden", elem_id="rs-pending-q")

        answer_outputs = [question, chatbot, turns, saved, sources]

        def respond(message: str, past: list[Turn]) -> Iterator[dict]:
            text = message if isinstance(message, str) else ""
            if not text.strip():
                yield {question: ""}
                return
            past = list(past or [])
            msgs = [*views.messages(past), {"role": "user", "content": render.user_message(text, len(past))},
                    {"role": "assistant", "content": render.pending_message()}]
            yield {question: "", chatbot: msgs}
            for step in views.respond(text, past):
                if step.turn is None:
                    msgs[-1] = {"role": "assistant", "content": render.pending_message(step.partial)}
                    yield {chatbot: msgs}
                    continue
                now = [*past, step.turn]
                yield {chatbot: views.messages(now), turns: now, saved: to_state(now),
                       sources: views.sources(now)}

        common = {"outputs": answer_outputs, "concurrency_id": "assistant", "api_visibility": "private"}
        for trigger, source in [(send.click, question), (question.submit, question),
                                *[(b.click, b) for b in example_buttons]]:
            trigger(respond, [source, turns], **common).then(None, js=SCROLL_TO_ANSWER, api_visibility="private")
            trigger(None, js=SCROLL_TO_ANSWER, api_visibility="private")  # the question, as soon as it shows

        def reset() -> tuple:
            return ("", [], [], [], render.empty_sources(), gr.Row(visible=False), gr.File(visible=False), "")

        clear.click(lambda: gr.Row(visible=True), None, confirm_row, api_visibility="private")
        confirm_no.click(lambda: gr.Row(visible=False), None, confirm_row, api_visibility="private")
        confirm_yes.click(reset, None, [*answer_outputs, confirm_row, exported, feedback_note],
                          api_visibility="private")

        def do_export(past: list[Turn]) -> Any:
            files = views.export(past or [])
            if not files:
                return gr.File(visible=False)
            return gr.File(value=files, visible=True)

        export_btn.click(do_export, [turns], exported, api_visibility="private")

        def like(past: list[Turn], data: gr.LikeData) -> tuple:
            index = data.index if isinstance(data.index, int) else data.index[0]
            liked = data.liked if isinstance(data.liked, bool) else None  # None: the rating was withdrawn
            shown = views.rate(past or [], index, liked)
            return shown, gr.Row(visible=bool(shown)), [index, liked], ""

        chatbot.like(like, [turns], [feedback_note, feedback_row, rated, comment], api_visibility="private")

        def comment_feedback(past: list[Turn], last: list, text: str) -> tuple:
            index, liked = (last or [-1, None])[:2]
            if index < 0 or liked is None or not (text or "").strip():
                return render.notice("Write a comment first, or just use 👍/👎.", "info"), gr.skip(), gr.skip()
            return views.rate(past or [], index, liked, text), gr.Row(visible=False), ""

        send_comment.click(comment_feedback, [turns, rated, comment], [feedback_note, feedback_row, comment],
                           api_visibility="private")
        comment.submit(comment_feedback, [turns, rated, comment], [feedback_note, feedback_row, comment],
                       api_visibility="private")

        browser_outputs = [part_dd, article_dd, article_view, note]
        sources.click(views.open_from_card, [turns], [*browser_outputs, tabs], api_visibility="private")
        part_dd.input(views.pick_part, [part_dd], browser_outputs, api_visibility="private")
        article_dd.input(views.pick_article, [article_dd], browser_outputs, api_visibility="private")
        go.click(views.go_to, [ref_box], browser_outputs, api_visibility="private")
        ref_box.submit(views.go_to, [ref_box], browser_outputs, api_visibility="private")
        prev_btn.click(partial(views.step, delta=-1), [article_dd], browser_outputs, api_visibility="private")
        next_btn.click(partial(views.step, delta=1), [article_dd], browser_outputs, api_visibility="private")
        ref_go.click(lambda ref: (*views.go_to(ref), gr.Tabs(selected="browser")), [ref_bridge],
                     [*browser_outputs, tabs], api_visibility="private")

        document_lock = {"concurrency_id": "documents", "concurrency_limit": 1, "api_visibility": "private"}
        add_btn.click(views.upload, [upload], [upload_note, docs, remove_dd, upload], **document_lock)
        remove_btn.click(views.remove, [remove_dd], [upload_note, docs, remove_dd], **document_lock)
        check_btn.click(views.check_draft, [draft], [checked], api_visibility="private")

        def on_load(stored: Any, current: list[Turn], request: gr.Request) -> tuple:
            """Restore the conversation the browser kept; follow a ?p= or ?q= permalink."""
            params = dict(request.query_params) if request is not None else {}
            if current:  # the reader asked before the page finished loading: keep that conversation
                out: list[Any] = [gr.skip(), gr.skip(), gr.skip(), params.get("q", "")[:MAX_QUESTION_CHARS]]
            else:
                past = restore(stored, views.corpus)
                out = [views.messages(past), past, views.sources(past), params.get("q", "")[:MAX_QUESTION_CHARS]]
            ref = params.get("p", "").strip()
            if ref:
                part, article, view, notice = views.go_to(ref)
                return (*out, part, article, view, notice, gr.Tabs(selected="browser"))
            return (*out, gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip())

        def ask_from_link(q: str, past: list[Turn]) -> Iterator[dict]:
            if (q or "").strip():
                yield from respond(q, past)
            else:  # no ?q=: change nothing (a generator that yields nothing would blank every output)
                yield {question: gr.skip()}

        app.load(on_load, [saved, turns], [chatbot, turns, sources, pending_q, *browser_outputs, tabs],
                 api_visibility="private").then(
            ask_from_link, [pending_q, turns], **common).then(None, js=FORGET_Q, api_visibility="private")

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


def launch_options(auth: tuple[str, str] | None) -> dict[str, Any]:
    """How the web app is served, alone (:func:`serve`) or mounted beside the API
    (:func:`ui.api.mount_ui`): its look and script, no telemetry or share links, and the
    :class:`~ui.web.guard.Guard` in front (sign-in throttling, uploads only of what ingest reads)."""
    return {"show_error": False, "theme": theme(), "css": CSS, "head": HEAD, "js": CLIENT_JS, "footer_links": [],
            "run_history": False, "enable_monitoring": False, "mcp_server": False, "ssr_mode": False,
            "pwa": False, "max_file_size": MAX_FILE_BYTES, "app_kwargs": {"middleware": [Middleware(Guard)]},
            "auth_message": "Rome Statute assistant — sign in to continue." if auth else None}


def serve(app: gr.Blocks, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          auth: tuple[str, str] | None = None, *, prevent_thread_lock: bool = False,
          quiet: bool = False) -> Any:
    """Launch ``app`` on ``host:port`` (loopback by default), with a login when ``auth`` is given."""
    # Assistant.ask is thread-safe (tests/test_assistant.py); a few answers run at once.
    app.queue(default_concurrency_limit=4)
    try:
        return app.launch(server_name=host, server_port=port, auth=auth, share=False, inbrowser=False,
                          prevent_thread_lock=prevent_thread_lock, quiet=quiet, **launch_options(auth))
    except OSError:
        raise port_error(host, port) from None


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
