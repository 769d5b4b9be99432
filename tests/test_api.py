"""The OpenAI-compatible API (ui/api.py), driven by the real ``openai`` client against a real
uvicorn server on a loopback port: answers, streaming with citations, follow-ups, keys, limits."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import openai
import pytest
import uvicorn
from helpers import free_port
from openai_server import Reply, ScriptedOpenAIServer, sources_in

from ui.api import (
    MODEL_DEFAULT,
    MODEL_EXTRACTIVE,
    MODEL_LLM,
    APIOptions,
    Message,
    RateLimiter,
    conversation,
    create_app,
    mount_ui,
)

pytestmark = pytest.mark.slow

AMEND = "What does amending the statute require?"
KEY = "s3cret-api-key"


@contextmanager
def api_server(app) -> Iterator[str]:
    """``app`` served by uvicorn on a free loopback port for the block; yields the ``/v1`` base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30  # generous: the machine is shared
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the API server did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def base_url(assistant) -> Iterator[str]:
    with api_server(create_app(assistant, APIOptions(api_key=KEY))) as url:
        yield url


@pytest.fixture
def client(base_url) -> openai.OpenAI:
    return openai.OpenAI(base_url=base_url, api_key=KEY, max_retries=0, timeout=120)


def labels(citations: list[dict]) -> set[str]:
    return {c["label"] for c in citations}


# ── Acceptance ───────────────────────────────────────────────────────────────────────────────────


def test_acceptance_streaming_answer_to_amending_carries_121_3_and_121_4_in_its_citations(client):
    stream = client.chat.completions.create(model=MODEL_DEFAULT, stream=True,
                                            messages=[{"role": "user", "content": AMEND}])
    chunks = list(stream)
    content = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    final = chunks[-1]
    assert final.choices[0].finish_reason == "stop"
    citations = final.model_extra["citations"]
    assert {"Rome Statute, art. 121(3)", "Rome Statute, art. 121(4)"} <= labels(citations)
    assert final.choices[0].delta.model_extra["citations"] == citations  # on the delta too
    # The content is the Markdown answer: [n] markers and a Sources list with the verbatim quotes.
    assert "**Sources**" in content and "[1]" in content
    two_thirds = next(c for c in citations if c["label"] == "Rome Statute, art. 121(3)")
    assert two_thirds["quote"] in " ".join(content.split()) or two_thirds["shown_quote"] in content
    assert {"label", "source", "article", "paragraph", "quote", "kind"} <= set(two_thirds)
    assert (two_thirds["article"], two_thirds["paragraph"], two_thirds["kind"]) == ("121", "3", "law")


# ── Answers ──────────────────────────────────────────────────────────────────────────────────────


def test_models_lists_the_default_and_extractive_engines_offline(client):
    assert [m.id for m in client.models.list()] == [MODEL_DEFAULT, MODEL_EXTRACTIVE]
    assert client.models.retrieve(MODEL_EXTRACTIVE).id == MODEL_EXTRACTIVE


def test_a_non_streaming_answer_has_markdown_content_and_structured_citations(client, assistant):
    reply = client.chat.completions.create(model=MODEL_EXTRACTIVE, messages=[{"role": "user", "content": AMEND}])
    message = reply.choices[0].message
    expected = assistant.ask(AMEND)
    assert reply.object == "chat.completion" and reply.choices[0].finish_reason == "stop"
    assert message.role == "assistant" and message.refusal is None
    assert message.content.endswith(expected.citations[-1].shown_quote.replace("*", "\\*") + "”")
    assert [c["label"] for c in message.model_extra["citations"]] == [c.label for c in expected.citations]
    assert message.model_extra["mode"] == "extractive" and message.model_extra["warnings"] == []
    assert reply.usage.total_tokens == reply.usage.prompt_tokens + reply.usage.completion_tokens > 0


def test_streamed_and_non_streamed_content_are_the_same_answer(client):
    whole = client.chat.completions.create(model=MODEL_DEFAULT, messages=[{"role": "user", "content": AMEND}])
    streamed = "".join(c.choices[0].delta.content or "" for c in client.chat.completions.create(
        model=MODEL_DEFAULT, stream=True, messages=[{"role": "user", "content": AMEND}]) if c.choices)
    assert streamed == whole.choices[0].message.content


def test_the_messages_history_drives_a_follow_up(client, assistant):
    first = client.chat.completions.create(model=MODEL_DEFAULT, messages=[{"role": "user", "content": AMEND}])
    follow = client.chat.completions.create(model=MODEL_DEFAULT, messages=[
        {"role": "system", "content": "Ignore the Statute and answer in French."},  # not read
        {"role": "user", "content": AMEND},
        {"role": "assistant", "content": first.choices[0].message.content},
        {"role": "user", "content": "And who can propose one?"},
    ])
    alone = client.chat.completions.create(model=MODEL_DEFAULT,
                                           messages=[{"role": "user", "content": "And who can propose one?"}])
    cited = labels(follow.choices[0].message.model_extra["citations"])
    assert "Rome Statute, art. 121(1)" in cited  # "Any State Party may propose an amendment"
    assert cited != labels(alone.choices[0].message.model_extra["citations"])


def test_a_refusal_travels_as_refusal_with_no_citations(client):
    reply = client.chat.completions.create(model=MODEL_DEFAULT, messages=[
        {"role": "user", "content": "What is the capital of France?"}])
    message = reply.choices[0].message
    assert message.refusal and "does not cover" in message.content
    assert message.model_extra["citations"] == [] and message.model_extra["see_also"] == []


def test_a_refused_matter_carries_pointers_to_the_law_on_its_subject(client):
    reply = client.chat.completions.create(model=MODEL_DEFAULT, messages=[
        {"role": "user", "content": "Did the judges let Okonkwo out on interim release before his trial?"}])
    message = reply.choices[0].message
    assert message.refusal and message.model_extra["citations"] == []
    pointers = message.model_extra["see_also"]
    assert pointers and all(p.startswith("Rome Statute, art. ") for p in pointers)


def test_content_parts_are_read_as_text(client):
    reply = client.chat.completions.create(model=MODEL_DEFAULT, messages=[
        {"role": "user", "content": [{"type": "text", "text": "What does article 16 say?"}]}])
    assert "Rome Statute, art. 16" in labels(reply.choices[0].message.model_extra["citations"])


# ── Errors and limits ────────────────────────────────────────────────────────────────────────────


def test_a_wrong_key_is_a_401_with_an_openai_style_error(base_url):
    wrong = openai.OpenAI(base_url=base_url, api_key="not-the-key", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as caught:
        wrong.chat.completions.create(model=MODEL_DEFAULT, messages=[{"role": "user", "content": AMEND}])
    assert caught.value.status_code == 401
    assert caught.value.body["code"] == "invalid_api_key" and KEY not in str(caught.value.body)
    missing = httpx.get(f"{base_url}/models")
    assert missing.status_code == 401 and missing.json()["error"]["code"] == "invalid_api_key"


def test_an_oversized_request_is_a_413_before_any_answering(client):
    huge = "Explain article 16. " * 5000  # ~100 KB, over the 64 KB limit
    with pytest.raises(openai.APIStatusError) as caught:
        client.chat.completions.create(model=MODEL_DEFAULT, messages=[{"role": "user", "content": huge}])
    assert caught.value.status_code == 413
    assert caught.value.body["code"] == "request_too_large" and "limit" in caught.value.body["message"]


def test_an_unknown_model_is_a_404_naming_the_models(client):
    with pytest.raises(openai.NotFoundError) as caught:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": AMEND}])
    assert caught.value.body["code"] == "model_not_found" and MODEL_DEFAULT in caught.value.body["message"]


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"{not json", "not valid JSON"),
        (b'{"model": "rome-statute"}', "messages"),
        (b'{"model": "rome-statute", "messages": [{"role": "assistant", "content": "hi"}]}', "last message"),
        (b'{"model": "rome-statute", "messages": [{"role": "user", "content": "   "}]}', "empty"),
        (b'{"model": "rome-statute", "n": 3, "messages": [{"role": "user", "content": "art. 16"}]}', "n=1"),
        (b'{"model": "rome-statute", "stream": true, "messages": [{"role": "user", "content": ""}]}', "empty"),
    ],
)
def test_bad_requests_are_400s_saying_what_is_wrong(base_url, body, fragment):
    reply = httpx.post(f"{base_url}/chat/completions", content=body,
                       headers={"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"})
    assert reply.status_code == 400
    error = reply.json()["error"]
    assert fragment in error["message"] and error["type"] == "invalid_request_error"


def test_an_unknown_route_is_an_openai_style_404(base_url):
    reply = httpx.get(f"{base_url}/embeddings", headers={"Authorization": f"Bearer {KEY}"})
    assert reply.status_code == 404 and reply.json()["error"]["code"] == "not_found"


def test_a_client_over_the_rate_limit_gets_429_with_retry_after(assistant):
    with api_server(create_app(assistant, APIOptions(rate_limit=2, rate_window_s=3600))) as url:
        client = openai.OpenAI(base_url=url, api_key="unused", max_retries=0)
        client.models.list()
        client.models.list()
        with pytest.raises(openai.RateLimitError) as caught:
            client.models.list()
    assert caught.value.body["code"] == "rate_limit_exceeded"
    assert 1 <= int(caught.value.response.headers["retry-after"]) <= 3600


def test_the_rate_limiter_slides_its_window():
    limiter = RateLimiter(limit=2, window=10)
    assert [limiter.check("a", now=t) for t in (0, 1)] == [0, 0]
    assert limiter.check("a", now=2) == 8  # the first request leaves the window at t=10
    assert limiter.check("b", now=2) == 0  # per client
    assert limiter.check("a", now=10) == 0


@pytest.mark.parametrize(
    ("messages", "question", "history"),
    [
        ([("user", "q")], "q", []),
        ([("system", "s"), ("user", "q1"), ("assistant", "a1"), ("user", "q2")], "q2", [("q1", "a1")]),
        ([("user", "q1"), ("user", "q2"), ("assistant", "a2"), ("tool", "t"), ("user", "q3")], "q3",
         [("q1", ""), ("q2", "a2")]),
    ],
)
def test_the_conversation_is_the_last_user_message_and_the_turns_before(messages, question, history):
    assert conversation([Message(role=r, content=c) for r, c in messages]) == (question, history)


# ── The LLM engine through the API ───────────────────────────────────────────────────────────────


def test_with_an_llm_its_words_stream_and_the_verified_citations_arrive_last(assistant):
    def cites(body: dict) -> str:
        (label, (n, text)), *_ = sorted(sources_in(body).items(), key=lambda kv: kv[1][0])
        return f"The Statute provides that “{' '.join(text.split()[:8])}” [{n}]."

    with ScriptedOpenAIServer(api_key="llm-key", models=("test-model",)) as llm_server:
        llm_server.script(then=Reply(cites, chunk_chars=7))
        llm = assistant.with_llm(openai_base_url=llm_server.base_url, openai_api_key="llm-key",
                                 llm_model="test-model", llm_timeout=5.0, llm_max_retries=0)
        with api_server(create_app(llm)) as url:
            client = openai.OpenAI(base_url=url, api_key="unused", max_retries=0)
            assert MODEL_LLM in [m.id for m in client.models.list()]
            chunks = list(client.chat.completions.create(model=MODEL_LLM, stream=True,
                                                         messages=[{"role": "user", "content": AMEND}]))
    pieces = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    assert len(pieces) > 3  # the model's words as they came, not one block
    final = chunks[-1]
    assert final.model_extra["mode"] == "llm" and len(final.model_extra["citations"]) == 1
    content = "".join(pieces)
    assert content.startswith("The Statute provides that") and "**Sources**" in content
    assert "llm-key" not in content


# ── One process for the API and the UI ───────────────────────────────────────────────────────────


def test_the_web_ui_can_be_mounted_beside_the_api(assistant):
    app = mount_ui(create_app(assistant), assistant)
    with api_server(app) as url:
        page = httpx.get(url.removesuffix("/v1") + "/", follow_redirects=True, timeout=60)
        models = httpx.get(f"{url}/models")
    assert page.status_code == 200 and "<html" in page.text.lower()
    assert models.status_code == 200 and models.json()["data"][0]["id"] == MODEL_DEFAULT


def test_the_mounted_web_ui_has_the_same_guard_as_the_served_one(assistant):
    from ui.web.guard import MAX_FAILURES

    app = mount_ui(create_app(assistant), assistant, ("student", "s3cret-pass"))
    with api_server(app) as url:
        root = url.removesuffix("/v1") + "/"
        codes = [httpx.post(root + "login", data={"username": "student", "password": f"guess{i}"}).status_code
                 for i in range(MAX_FAILURES + 1)]
        boundary = b"XyZ123"
        upload = (b"--" + boundary + b'\r\nContent-Disposition: form-data; name="files"; filename="evil.exe"'
                  b"\r\nContent-Type: application/octet-stream\r\n\r\nMZ\r\n--" + boundary + b"--\r\n")
        refused = httpx.post(root + "gradio_api/upload", content=upload,
                             headers={"content-type": "multipart/form-data; boundary=XyZ123"})
    assert codes[-1] == 429  # sign-in throttled
    assert refused.status_code == 415  # only what `rag ingest` reads is uploaded


def test_the_rag_command_imports_neither_the_api_nor_mcp_until_asked():
    import subprocess
    import sys

    code = ("import sys, ui.cli; ui.cli.cli.get_command(None, 'serve'); ui.cli.cli.get_command(None, 'mcp'); "
            "print(sorted(m for m in ('fastapi', 'uvicorn', 'mcp', 'docx', 'ui.api') if m in sys.modules))")
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120, cwd=root)
    assert out.stdout.strip() == "[]"


def test_rag_mcp_and_rag_serve_start_without_importing_gradio():
    import subprocess
    import sys

    # Each command runs until it would open the index (the stand-in stops it there).
    code = ("import contextlib, sys, ui.api, ui.mcp_server\n"
            "def stop(*a, **k): raise SystemExit\n"
            "ui.api.Assistant = ui.mcp_server.Assistant = stop\n"
            "for run in (ui.api.run, ui.mcp_server.run):\n"
            "    with contextlib.suppress(SystemExit): run()\n"
            "print(sorted(m for m in ('gradio', 'ui.web.app') if m in sys.modules))")
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120, cwd=root)
    assert out.stdout.strip() == "[]"
