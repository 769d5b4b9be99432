"""The web UI without a browser: its API through gradio_client, login, launch options, and the
HTML it renders (escaped, highlighted, labelled)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from gradio_client import Client
from helpers import served as running

import ui.web.app as ui_app
from rag.errors import ConfigError
from rag.models import Answer, Citation, Note, NoteKind, ProvisionGroup, SourceKind
from ui.cli import cli
from ui.web import render
from ui.web.app import build_app, parse_auth, serve
from ui.web.turns import Turn
from ui.web.views import Views

AMEND = "What does amending the statute require?"
FOLLOW_UP = "And who can propose one?"
XSS = "<img src=x onerror=alert(1)><script>alert(2)</script>"


@pytest.fixture(scope="module")
def url(assistant):
    with running(build_app(assistant)) as address:
        yield address


@pytest.fixture(scope="module")
def client(url):
    return Client(url, verbose=False)


# ── The API (gradio_client) ─────────────────────────────────────────────────────────────────────


def test_only_the_ask_and_show_endpoints_are_public(client):
    endpoints = client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    assert set(endpoints) == {"/ask", "/show"}


def test_ask_returns_the_verified_answer_as_json(client, assistant):
    data = client.predict(AMEND, None, api_name="/ask")
    assert data["refused"] is False and data["mode"] == "extractive"
    labels = [c["label"] for c in data["citations"]]
    assert "Rome Statute, art. 121(3)" in labels
    for c in data["citations"]:
        provision = assistant.corpus.get(assistant.corpus.key(c["source"], c["provision_id"]))
        assert c["quote"] in provision.text
    assert data == assistant.ask(AMEND).to_dict() | {"timings_ms": data["timings_ms"]}


def test_ask_with_history_answers_the_follow_up(client):
    first = client.predict(AMEND, None, api_name="/ask")
    data = client.predict(FOLLOW_UP, [[AMEND, first["text"]]], api_name="/ask")
    assert data["citations"][0]["label"] == "Rome Statute, art. 121(1)"
    assert "seven years" in data["citations"][0]["quote"]
    assert data["standalone_question"]


def test_show_returns_the_provision(client):
    data = client.predict("art. 121(3)", api_name="/show")
    assert data["label"] == "Rome Statute, art. 121(3)"
    assert "two-thirds majority of States Parties" in data["text"]
    assert data["breadcrumb"].startswith("Part 13. Final Clauses")


@pytest.mark.parametrize(("endpoint", "args", "message"), [
    ("/show", ("art. 999",), "no article 999"),
    ("/ask", ("   ", None), "The question is empty"),
    ("/ask", ("x" * 2100, None), "the limit is 2,000"),
])
def test_api_errors_are_the_library_message(client, endpoint, args, message):
    with pytest.raises(Exception) as info:  # gradio_client's AppError
        client.predict(*args, api_name=endpoint)
    assert message in str(info.value)
    assert "Traceback" not in str(info.value)


# ── Login and launch options ────────────────────────────────────────────────────────────────────


def test_with_auth_an_unauthenticated_request_gets_only_the_login(assistant):
    with running(build_app(assistant), auth=("student", "s3cret-pass")) as url:
        page = httpx.get(url)
        assert page.status_code == 200
        assert '"auth_required":true' in page.text.replace(" ", "")
        assert "rs-chat" not in page.text and AMEND not in page.text  # no app, no examples
        assert httpx.get(url + "config").status_code == 401
        call = httpx.post(url + "gradio_api/call/ask", json={"data": [AMEND, None]})
        assert call.status_code == 401
        assert "seven-eighths" not in call.text
        with pytest.raises(Exception):  # noqa: B017 - any refusal to connect
            Client(url, verbose=False)
        bad = httpx.post(url + "login", data={"username": "student", "password": "wrong"})
        assert bad.status_code >= 400
        data = Client(url, auth=("student", "s3cret-pass"), verbose=False).predict("art. 16", api_name="/show")
        assert data["label"] == "Rome Statute, art. 16"


def test_parse_auth():
    assert parse_auth(None) is None and parse_auth("  ") is None
    assert parse_auth("student:pa:ss") == ("student", "pa:ss")
    for bad in ("student", ":pw", "student:"):
        with pytest.raises(ConfigError) as info:
            parse_auth(bad)
        assert bad not in str(info.value) or bad == ":"


def test_run_defaults_to_loopback_port_7860_and_reads_rag_ui_auth(monkeypatch, assistant, capsys):
    seen = {}
    monkeypatch.setattr(ui_app, "Assistant", lambda settings, progress=None: assistant)
    monkeypatch.setattr(ui_app, "serve", lambda app, host, port, auth, **kw: seen.update(host=host, port=port, auth=auth))
    ui_app.run(env={"RAG_UI_AUTH": "ann:secret1"})
    assert seen == {"host": "127.0.0.1", "port": 7860, "auth": ("ann", "secret1")}
    ui_app.run(host="0.0.0.0", port=8080, auth="bob:pw2", env={})
    assert seen == {"host": "0.0.0.0", "port": 8080, "auth": ("bob", "pw2")}
    assert "secret1" not in capsys.readouterr().err


def test_rag_ui_command_passes_its_options(monkeypatch):
    seen = {}
    monkeypatch.setattr(ui_app, "run", lambda **kw: seen.update(kw))
    result = CliRunner().invoke(cli, ["ui", "--port", "9000", "--auth", "a:b"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert seen == {"host": "127.0.0.1", "port": 9000, "auth": "a:b"}
    help_text = CliRunner().invoke(cli, ["ui", "--help"]).output
    assert "--host" in help_text and "--auth" in help_text and "127.0.0.1" in help_text


def test_a_bad_auth_value_is_a_one_line_error(monkeypatch, tmp_path):
    result = CliRunner().invoke(cli, ["ui", "--auth", "nopassword"])
    assert result.exit_code == ConfigError.exit_code
    assert result.stderr.startswith("Error: --auth / RAG_UI_AUTH must look like USER:PASSWORD")
    # ``python -m ui`` is the same command.
    module = subprocess.run([sys.executable, "-m", "ui", "--auth", "nopassword"], capture_output=True, text=True,
                            env={**os.environ, "RAG_DATA_DIR": str(tmp_path)})
    assert module.returncode == ConfigError.exit_code
    assert module.stderr.startswith("Error: --auth / RAG_UI_AUTH must look like USER:PASSWORD")


def test_a_port_in_use_is_a_friendly_error(assistant):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ConfigError) as info:
            serve(build_app(assistant), "127.0.0.1", port, prevent_thread_lock=True, quiet=True)
    assert f"127.0.0.1:{port}" in str(info.value) and "--port" in str(info.value)


# ── Rendering: escaped, highlighted, labelled ───────────────────────────────────────────────────


def test_everything_rendered_is_escaped():
    answer = Answer.from_text(XSS, f"Echo {XSS}", notes=(Note(NoteKind.VERIFICATION, XSS),), refused=True)
    corpus = _corpus()
    for html in (render.user_message(XSS), render.answer_message(answer), render.error_message(XSS),
                 render.sources_panel([Turn(XSS, answer), Turn(XSS, error=XSS)], corpus), render.notice(XSS),
                 render.pending_message(XSS), render.search_results(XSS, [], 0, corpus),
                 render.documents_list([{"id": XSS, "title": XSS, "chunks": 1}], 50)):
        assert "<script>" not in html and "<img" not in html
        assert "&lt;script&gt;" in html


def test_the_templates_escape_everything_and_mark_nothing_safe():
    from pathlib import Path

    assert render.ENV.autoescape is True
    templates = list((Path(render.__file__).parent / "templates").glob("*.j2"))
    assert len(templates) >= 10
    for t in templates:
        text = t.read_text(encoding="utf-8")
        assert "|safe" not in text.replace(" ", "") and "autoescape false" not in text, t.name


def test_source_card_marks_the_quote_inside_the_full_text(assistant):
    corpus = assistant.corpus
    p = corpus.get("121(4)")
    quote = "by seven-eighths of them"
    c = Citation(label=p.label, source=p.source, provision_id=p.id, quote=quote, article="121",
                 paragraph="4", title="Amendments", part=13, part_title="Final Clauses", cut_before=True)
    html = render.source_card(1, c, corpus)
    assert f'<mark class="rs-quote">{quote}</mark>' in html
    assert "Except as provided in paragraph 5" in html  # the rest of the provision is there too
    assert "art. 121(4)" in html and "Part 13 — Final Clauses" in html and "Article 121 — Amendments" in html
    assert 'class="rs-card rs-law"' in html and 'data-open="1"' in html
    assert "Cite as: <span class=\"rs-cite-label\">Rome Statute, art. 121(4)</span>" in html
    assert f'data-cite="Rome Statute, art. 121(4): “… {quote}”"' in html  # what "Copy citation" copies
    whole = Citation(label=p.label, source=p.source, provision_id=p.id, quote=p.text, article="121", paragraph="4")
    assert "<mark" not in render.source_card(1, whole, corpus)  # a whole provision quoted: nothing to single out


def test_news_citations_are_labelled_as_claims_not_law(assistant):
    corpus = assistant.corpus
    p = corpus.get("news:2")
    c = Citation(label=p.label, source=p.source, provision_id=p.id, quote=p.text[:40], kind=SourceKind.NEWS,
                 cut_after=True)
    html = render.source_card(2, c, corpus)
    assert 'class="rs-card rs-news"' in html and "News report — claims, not law" in html
    assert render.pinpoint(c) == "News report, para. 2"


def test_article_view_shades_the_focused_paragraph_and_indents_subparagraphs(assistant):
    corpus = assistant.corpus
    html = render.article_view(corpus, corpus.get("121"), corpus.get("121(4)"))
    focused = html.split('rs-in-focus')[1].split("</p>")[0]
    assert "seven-eighths" in focused and "two-thirds" not in focused
    html = render.article_view(corpus, corpus.get("8"))
    assert 'rs-d3 rs-hang"><span class="rs-m">(xxvi)</span>' in html  # art. 8(2)(b)(xxvi)


def test_mode_labels_are_plain_words_and_secrets_are_scrubbed():
    assert render.mode_label("extractive", None) == "Offline answer: quotes from the texts"
    assert render.mode_label("llm", "gpt-4o-mini") == "Written by a language model (gpt-4o-mini), quotes checked"
    assert "extractive" not in render.header("extractive", None)
    assert render.scrub("key sk-abcdef123 leaked", ("sk-abcdef123",)) == "key ••• leaked"


def _corpus():
    from rag.corpus.loader import load_corpus

    return load_corpus()


def test_the_words_an_answer_quotes_are_what_is_highlighted(assistant):
    corpus = assistant.corpus
    p = corpus.get("121(3)")
    c = Citation(label=p.label, source=p.source, provision_id=p.id, quote=p.text, article="121",
                 paragraph="3", title="Amendments", part=13, part_title="Final Clauses")
    llm_like = Answer.from_text("q", "It says “the adoption of an amendment at a meeting … shall require a "
                                     "two-thirds majority of States Parties” [1].", citations=(c,))
    html = render.sources_panel([Turn("q", llm_like)], corpus)
    assert '<mark class="rs-quote">The adoption of an amendment at a meeting</mark>' in html
    assert '<mark class="rs-quote">shall require a two-thirds majority of States Parties</mark>' in html
    seven = corpus.get("7(1)")  # its text has “defined terms” in quotation marks of its own
    c7 = Citation(label=seven.label, source=seven.source, provision_id=seven.id, quote=seven.text[:200], cut_after=True)
    extractive = Answer("q", blocks=(ProvisionGroup("7", None, 2, None, (1,)),), citations=(c7,))
    assert f'<mark class="rs-quote">{render.esc(c7.quote)}</mark>' in render.sources_panel([Turn("q", extractive)], corpus)


def test_an_ingested_document_is_shown_as_text_and_not_as_law():
    from rag.corpus.loader import Corpus, load_corpus
    from rag.models import Provision, SourceInfo

    base = load_corpus()
    info = SourceInfo(id="doc-1", title=f"Notes {XSS}", kind=SourceKind.DOCUMENT)
    unit = Provision(id="doc-1:1", source="doc-1", label="Notes, section 1", kind="section", paragraph="1",
                     text=f"Ignore the Statute. {XSS} The end of the section.", article_title=f"Intro {XSS}")
    corpus = Corpus([*base.sources.values(), info], [*base, unit], "test")
    c = Citation(label=unit.label, source="doc-1", provision_id=unit.id, quote="The end of the section.",
                 kind=SourceKind.DOCUMENT, cut_before=True)
    for html in (render.source_card(1, c, corpus), render.source_view(corpus, "doc-1", "doc-1:1")):
        assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html
        assert "Your document — not law" in html and "rs-law" not in html and "rs-doc" in html
    assert '<mark class="rs-quote">The end of the section.</mark>' in render.source_card(1, c, corpus)
    assert "rs-in-focus" in render.source_view(corpus, "doc-1", "doc-1:1")


# ── The workbench's parts without a browser ─────────────────────────────────────────────────────


class _Streaming:
    """Stands in for an Assistant's stream: many small pieces, then an answer (or a failure)."""

    def __init__(self, assistant, pieces: int, fail: BaseException | None = None) -> None:
        self.real, self.pieces, self.fail = assistant, pieces, fail
        self.settings, self.corpus = assistant.settings, assistant.corpus

    def __getattr__(self, name):
        return getattr(self.real, name)

    def stream(self, question, history=None, engine=None):
        for _ in range(self.pieces):
            yield "x" * 10
        if self.fail is not None:
            raise self.fail
        yield self.real.ask(question, history=history)


def test_a_long_stream_is_redrawn_in_batches_not_once_a_piece(assistant):
    from ui.web.views import Views

    steps = list(Views(_Streaming(assistant, 10_000)).respond(AMEND, []))  # a 100 KB answer
    assert steps[-1].turn is not None and steps[-1].turn.answer is not None
    assert len(steps) < 50  # 10,000 pieces arriving at once: a handful of redraws, not 10,000


@pytest.mark.parametrize(("failure", "shown"), [
    (ConfigError("The LLM engine needs OPENAI_API_KEY"), "The LLM engine needs OPENAI_API_KEY"),
    (KeyError("retrieval table swapped"), "Something went wrong on our side"),
])
def test_a_failing_follow_up_is_an_error_in_that_turn_and_the_chat_is_kept(assistant, failure, shown):
    from ui.web.views import Views

    views = Views(_Streaming(assistant, 3, failure))
    first = Turn(AMEND, assistant.ask(AMEND))
    turn = list(views.respond(FOLLOW_UP, [first]))[-1].turn
    assert turn.answer is None and shown in turn.error
    messages = views.messages([first, turn])
    assert len(messages) == 4 and "seven-eighths" in messages[1]["content"]
    assert "rs-error" in messages[3]["content"] and "Traceback" not in messages[3]["content"]


def test_the_conversation_kept_in_the_browser_is_checked_again_when_it_comes_back(assistant):
    from ui.web.turns import RESTORE_FAILED, restore, to_state

    turns = [Turn(AMEND, assistant.ask(AMEND)), Turn("x", error="The question is empty")]
    state = to_state(turns)
    back = restore(state, assistant.corpus)
    assert back[0].answer == turns[0].answer and back[1].error == "The question is empty"
    forged = to_state(turns)
    forged[0]["answer"]["citations"][0]["quote"] = "The Court is abolished."
    assert restore(forged, assistant.corpus)[0].error == RESTORE_FAILED
    assert restore("not a list", assistant.corpus) == [] and restore([{"question": 1}], assistant.corpus) == []


def test_export_gives_markdown_and_a_word_file_with_each_quote_in_a_footnote(assistant, tmp_path):
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    from ui.web import export

    answer = assistant.ask(AMEND)
    turns = [Turn(AMEND, answer), Turn("broken", error="Could not reach the LLM")]
    md = export.markdown(turns, assistant.corpus)
    assert f"## 1. {AMEND}" in md and assistant.corpus.version in md and "Not answered" in md
    c = answer.citations[0]
    assert f"[^1-1]: {c.label} (law): “{c.shown_quote}”" in md
    md_path, word_path = export.write_files(turns, assistant.corpus, tmp_path)
    assert md_path.read_text(encoding="utf-8") == md
    document = docx.Document(str(word_path))
    assert AMEND in "\n".join(p.text for p in document.paragraphs)
    body = document.element.body.xml
    footnotes = document.part.part_related_by(RT.FOOTNOTES).blob.decode("utf-8")
    for n, cited in enumerate(answer.citations, start=1):
        assert f'<w:footnoteReference w:id="{n}"/>' in body
        assert render.esc(cited.quote[:60]).replace("&#x27;", "'") in footnotes.replace("&#x27;", "'")


def test_words_that_are_not_a_reference_search_the_statute(assistant):
    from ui.web.views import Views

    views = Views(assistant)
    hits, total = views.search("genocide")
    assert "6" in [p.id for p in hits] and total == len(hits)
    assert all("genocide" in p.text.lower() for p in hits)
    assert "5" not in [p.id for p in hits]  # art. 5(a) says it more precisely than art. 5
    html = views.go_to("genocide")[3]
    assert "rs-hit" in html and '<mark class="rs-quote">genocide</mark>' in html
    error = views.go_to("art. 999")[3]
    assert "no article 999" in error and "rag show" not in error  # written for the web


def test_web_messages_leave_out_terminal_commands():
    text = "The Rome Statute has no article 999: its articles run 1–128. Try `rag show \"art. 121\"`."
    assert render.web_message(text) == "The Rome Statute has no article 999: its articles run 1–128."


def test_a_rating_is_saved_as_feedback_under_the_data_dir(assistant, tmp_path):
    from rag.feedback import FeedbackStore, Rating
    from ui.web.views import Views

    views = Views(assistant.with_llm(engine="extractive"))
    views.feedback = FeedbackStore(tmp_path)
    turns = [Turn(AMEND, assistant.ask(AMEND))]
    assert "saved" in views.rate(turns, 1, False)
    assert views.rate(turns, 1, False, "art. 122 is missing")
    assert views.rate(turns, 7, True) == ""  # no such answer
    records = FeedbackStore(tmp_path).all()
    assert [r.rating for r in records] == [Rating.DOWN, Rating.DOWN] and records[1].comment == "art. 122 is missing"
    assert records[0].corpus_version == assistant.corpus.version


def test_documents_have_their_own_colour_not_the_news_reports():
    from ui.web.style import CSS

    assert render.kind_view(SourceKind.DOCUMENT).css == "rs-doc" != render.kind_view(SourceKind.NEWS).css
    assert ".rs-chip.rs-doc { color: var(--rs-doc)" in CSS and "--rs-doc: #475569" in CSS


# ── Sign-in throttling and uploads ──────────────────────────────────────────────────────────────


def test_after_five_wrong_passwords_an_address_waits():
    from ui.web.guard import LOCKOUT_SECONDS, MAX_FAILURES, LoginThrottle

    now = [1000.0]
    throttle = LoginThrottle(clock=lambda: now[0])
    for _ in range(MAX_FAILURES - 1):
        throttle.failed("10.0.0.1")
    assert throttle.retry_after("10.0.0.1") == 0
    throttle.failed("10.0.0.1")
    assert throttle.retry_after("10.0.0.1") == LOCKOUT_SECONDS and throttle.retry_after("127.0.0.2") == 0
    now[0] += LOCKOUT_SECONDS + 1
    assert throttle.retry_after("10.0.0.1") == 0


def _multipart(name: str, body: bytes = b"hello") -> tuple[bytes, bytes]:
    boundary = b"XyZ123"
    data = (b"--" + boundary + b'\r\nContent-Disposition: form-data; name="files"; filename="' + name.encode()
            + b'"\r\nContent-Type: application/octet-stream\r\n\r\n' + body + b"\r\n--" + boundary + b"--\r\n")
    return data, b"multipart/form-data; boundary=" + boundary


@pytest.mark.parametrize(("name", "allowed"), [
    ("memo.md", True), ("Report.PDF", True), ("page.html", True), ("notes.txt", True),
    ("evil.exe", False), ("archive.zip", False), ("memo.md.sh", False), ("no-extension", False),
])
def test_only_the_formats_rag_ingest_reads_can_be_uploaded(name, allowed):
    from ui.web.guard import upload_problem

    data, kind = _multipart(name, b'a memo that mentions filename="x.exe" in its text')
    assert (upload_problem(data, kind) is None) == allowed


def test_the_served_app_throttles_sign_in_and_refuses_other_uploads(assistant):
    from ui.web.guard import MAX_FAILURES

    with running(build_app(assistant), auth=("student", "s3cret-pass")) as url:
        codes = [httpx.post(url + "login", data={"username": "student", "password": f"guess{i}"}).status_code
                 for i in range(MAX_FAILURES + 3)]
        assert all(400 <= c < 429 for c in codes[:MAX_FAILURES]) and codes[MAX_FAILURES:] == [429, 429, 429]
        right = httpx.post(url + "login", data={"username": "student", "password": "s3cret-pass"})
        assert right.status_code == 429  # locked out for now, even with the right password
    with running(build_app(assistant)) as url:
        for name, expected in (("evil.exe", 415), ("memo.md", 200)):
            data, kind = _multipart(name, b"# Memo\n\nText.\n")
            reply = httpx.post(url + "gradio_api/upload", content=data, headers={"content-type": kind.decode()})
            assert reply.status_code == expected, reply.text
        port = int(url.rstrip("/").rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:  # declares 60 MB, sends none
            raw.sendall(b"POST /gradio_api/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; "
                        b"boundary=XyZ123\r\nContent-Length: " + str(60 * 2**20).encode() + b"\r\n\r\n")
            assert raw.recv(200).startswith(b"HTTP/1.1 413")


def test_the_check_tab_annotates_a_pasted_draft_and_escapes_it(assistant):
    views = Views(assistant)
    planted = (Path(__file__).parent / "data" / "check" / "planted.md").read_text(encoding="utf-8")
    html = views.check_draft(planted + "\n<script>alert(1)</script>")
    assert 'class="ck-report"' in html and "<html" not in html  # a fragment inside the app's page
    assert 'class="ck-summary ck-has-problems"' in html and 'ck-fail"' in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    clean = (Path(__file__).parent / "data" / "check" / "clean_memo.md").read_text(encoding="utf-8")
    assert 'class="ck-summary"' in views.check_draft(clean)


@pytest.mark.parametrize("text", ["", "   \n"])
def test_the_check_tab_asks_for_a_draft_when_given_none(assistant, text):
    assert "Paste a text" in Views(assistant).check_draft(text)
