"""The web UI without a browser: its API through gradio_client, login, launch options, and the
HTML it renders (escaped, highlighted, labelled)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

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
