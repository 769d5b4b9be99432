"""The MCP server (ui/mcp_server.py), driven by the official SDK's own client: over stdio against a
``rag mcp`` subprocess (list the tools, call each, read a resource), and over streamable HTTP."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import anyio
import pytest
import uvicorn
from helpers import free_port
from mcp import Client, StdioServerParameters

from rag.models import SourceKind
from ui.mcp_server import build_server, provision_uri, reference_from_path

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
AMEND = "What does amending the statute require?"
TOOLS = {"ask", "show_provision", "search_statute", "check_citations"}
DRAFT = ("Article 121(3) requires “a two-thirds majority of States Parties”. Article 130 sets the budget. "
         "Article 16 says “the Security Council may veto any prosecution”.")


async def _session(params: StdioServerParameters) -> dict[str, Any]:
    """One stdio session doing everything the tests look at; the results by name."""
    out: dict[str, Any] = {}
    async with Client(params, read_timeout_seconds=300) as client:
        out["tools"] = (await client.list_tools()).tools
        out["ask"] = await client.call_tool("ask", {"question": AMEND})
        first = out["ask"].structured_content["answer"]
        out["follow_up"] = await client.call_tool("ask", {"question": "And who can propose one?",
                                                          "history": [{"question": AMEND, "answer": first}]})
        out["show"] = await client.call_tool("show_provision", {"reference": "Article 8 bis"})
        out["show_missing"] = await client.call_tool("show_provision", {"reference": "article 130"})
        out["search"] = await client.call_tool("search_statute", {"query": "deferral by the Security Council",
                                                                   "k": 3})
        out["check"] = await client.call_tool("check_citations", {"text": DRAFT})
        out["empty"] = await client.call_tool("ask", {"question": "   "})
        out["record"] = await client.call_tool("ask", {"question": "Did the judges let Okonkwo out on interim "
                                                                   "release before his trial?"})
        out["resource"] = await client.read_resource("rome-statute://art/121/3")
        out["templates"] = (await client.list_resource_templates()).resource_templates
    return out


@pytest.fixture(scope="module")
def stdio(shared_data_dir, assistant) -> dict[str, Any]:
    """``rag mcp`` started by the SDK's client over stdio, on the session's prebuilt index."""
    env = {"PYTHONPATH": str(ROOT), "RAG_DATA_DIR": str(shared_data_dir), "HF_HUB_OFFLINE": "1",
           "PATH": os.environ.get("PATH", "")}
    params = StdioServerParameters(command=sys.executable, args=["-c", "from ui.cli import main; main()", "mcp"],
                                   env=env, cwd=str(ROOT))
    return anyio.run(_session, params)


def test_the_client_lists_the_four_tools_with_input_and_output_schemas(stdio):
    tools = {t.name: t for t in stdio["tools"]}
    assert set(tools) == TOOLS
    assert tools["ask"].input_schema["required"] == ["question"] and "history" in tools["ask"].input_schema["properties"]
    assert "citations" in tools["ask"].output_schema["properties"]
    assert tools["search_statute"].input_schema["properties"]["k"]["default"] == 5


def test_acceptance_ask_returns_a_cited_answer_with_structured_citations(stdio):
    result = stdio["ask"]
    assert not result.is_error
    data = result.structured_content
    cited = {c["label"] for c in data["citations"]}
    assert {"Rome Statute, art. 121(3)", "Rome Statute, art. 121(4)"} <= cited
    assert result.content[0].text == data["answer"] and "**Sources**" in data["answer"]
    assert data["refusal"] is None and data["see_also"] == [] and data["mode"] == "extractive"
    assert all(c["quote"] for c in data["citations"])
    assert data["citations"][0]["kind"] == "law"  # the law leads; the report, if cited, is labelled as news
    assert all(c["kind"] == SourceKind.NEWS.value for c in data["citations"] if c["label"].startswith("News report"))


def test_a_refused_matter_carries_pointers_to_the_law_on_its_subject(stdio):
    data = stdio["record"].structured_content
    assert data["refusal"] and data["citations"] == []
    assert data["see_also"] and all(p.startswith("Rome Statute, art. ") for p in data["see_also"])


def test_ask_reads_the_history_for_a_follow_up(stdio):
    cited = {c["label"] for c in stdio["follow_up"].structured_content["citations"]}
    assert "Rome Statute, art. 121(1)" in cited


def test_show_provision_gives_the_verbatim_text_and_its_uri(stdio, assistant):
    data = stdio["show"].structured_content
    p = assistant.show("Article 8 bis")
    assert data["text"] == p.text and data["label"] == "Rome Statute, art. 8 bis"
    assert data["uri"] == "rome-statute://art/8bis" and "Rome Statute, art. 8 bis(1)" in data["children"]


def test_library_errors_are_tool_errors_saying_what_to_do(stdio):
    assert stdio["show_missing"].is_error and "no article 130" in stdio["show_missing"].content[0].text
    assert stdio["empty"].is_error and "empty" in stdio["empty"].content[0].text


def test_search_statute_returns_k_passages_best_first(stdio):
    passages = stdio["search"].structured_content["passages"]
    assert len(passages) == 3
    assert passages[0]["label"] == "Rome Statute, art. 16"
    assert [p["score"] for p in passages] == sorted((p["score"] for p in passages), reverse=True)


def test_check_citations_reports_each_reference_and_quotation(stdio):
    data = stdio["check"].structured_content
    assert data["ok"] is False
    verdicts = {(f["type"], f.get("id") or f["quote"][:20]): f["status"] for f in data["findings"]}
    assert verdicts[("reference", "130")] == "no-such-provision"
    assert verdicts[("quotation", "a two-thirds majorit")] == "ok"
    assert verdicts[("quotation", "the Security Council")] in ("misquoted", "not-found")
    assert data["counts"]["problems"] == 2


def test_a_provision_is_a_resource(stdio, assistant):
    contents = stdio["resource"].contents
    assert contents[0].mime_type == "text/plain"
    assert assistant.show("121(3)").text in contents[0].text
    assert [t.uri_template for t in stdio["templates"]] == ["rome-statute://art/{+path}"]


@pytest.mark.parametrize(
    ("path", "reference"),
    [("121/3", "art. 121(3)"), ("8bis", "art. 8 bis"), ("8-bis/1", "art. 8 bis(1)"), ("8/2/b/xxvi", "art. 8(2)(b)(xxvi)")],
)
def test_resource_paths_name_provisions_and_round_trip(path, reference, assistant):
    ref = reference_from_path(path)
    p = assistant.corpus.resolve(ref)
    assert p.short_label == reference
    assert reference_from_path(provision_uri(p).removeprefix("rome-statute://art/")) == ref


def test_over_streamable_http_the_client_gets_a_cited_answer(assistant):
    server = build_server(assistant)
    port = free_port()
    web = uvicorn.Server(uvicorn.Config(server.streamable_http_app(), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=web.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30  # generous: the machine is shared
    while not web.started:
        assert thread.is_alive() and time.monotonic() < deadline
        time.sleep(0.02)

    async def session() -> tuple[set[str], dict]:
        async with Client(f"http://127.0.0.1:{port}/mcp", read_timeout_seconds=120) as client:
            names = {t.name for t in (await client.list_tools()).tools}
            answer = await client.call_tool("ask", {"question": AMEND})
            return names, answer.structured_content

    try:
        names, answer = anyio.run(session)
    finally:
        web.should_exit = True
        thread.join(timeout=10)
    assert names == TOOLS
    assert "Rome Statute, art. 121(3)" in {c["label"] for c in answer["citations"]}
