"""``rag mcp``: the Statute as a Model Context Protocol server (the official ``mcp`` SDK's
``MCPServer``, FastMCP's successor), over stdio or streamable HTTP.

Tools — each returns text for the model to read and the same data as structured content:

- ``ask(question, history?)``: the verified answer (Markdown with ``[n]`` markers and a Sources
  list) and its citations (label, source, article, paragraph, quote, kind), warnings, refusal;
- ``show_provision(reference)``: a provision's verbatim text ("art. 121(3)", "Article 8 bis");
- ``search_statute(query, k)``: the passages retrieval finds, best first;
- ``check_citations(text)``: ``rag check`` on a text — every reference and quotation verified.

Resources: every provision as ``rome-statute://art/121/3`` (``/art/8bis``, ``/art/8/2/b/xxvi``,
``rome-statute://preamble``).

A library error (an empty question, an unknown provision) is a tool error whose message says what
to do, never a crash; the configured OpenAI key never appears in one.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Annotated, Any

import anyio
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ResourceError, ToolError
from mcp_types import CallToolResult, TextContent
from pydantic import BaseModel, Field

from rag.answer import render
from rag.assistant import Assistant
from rag.check import render as check_render
from rag.corpus.citations import PREAMBLE, Reference, normalize_article, split_provision_id
from rag.errors import RagError
from rag.models import Provision

NAME = "rome-statute"
URI_SCHEME = "rome-statute"
MAX_SEARCH_K = 20  # passages per search: more is a dump of the Statute, not a search
DEFAULT_SEARCH_K = 5
DEFAULT_HTTP_PORT = 8765
INSTRUCTIONS = (
    "Answers questions on the Rome Statute of the International Criminal Court from its text, with "
    "verified pinpoint citations (art. 121(3)); quote the citations' words, never paraphrase them as the law. "
    "Use check_citations to verify references and quotations in a text before relying on it."
)


# ── Structured results (their JSON schemas are the tools' output schemas) ───────────────────────


class CitationOut(BaseModel):
    """A verified citation: where the words are and the words themselves."""

    n: int = Field(description="The [n] marker in the answer")
    label: str
    source: str
    article: str | None
    paragraph: str | None
    quote: str = Field(description="Verbatim words of the provision")
    shown_quote: str = Field(description="The words as the answer shows them (… where it leaves text out)")
    kind: str = Field(description="law, news report, or document")
    kind_label: str
    title: str | None = Field(default=None, description="The article's title, or the source's")


class AskResult(BaseModel):
    """A verified answer."""

    answer: str = Field(description="Markdown with [n] markers and a Sources list")
    citations: list[CitationOut]
    warnings: list[str]
    refusal: str | None = Field(description="Why the corpus does not cover the question, when it does not")
    see_also: list[str] = Field(default_factory=list,
                                description="When a matter the corpus keeps no record of is refused: where the "
                                            "Statute deals with its subject in general (labels, not citations)")
    mode: str


class ProvisionOut(BaseModel):
    """A provision of the Statute (or another source of the corpus)."""

    label: str
    breadcrumb: str
    text: str = Field(description="The provision's verbatim text")
    uri: str | None
    children: list[str] = Field(description="Labels of its paragraphs or sub-paragraphs")


class PassageOut(BaseModel):
    """A passage retrieval found."""

    label: str
    text: str
    score: float
    uri: str | None


class SearchResult(BaseModel):
    """Passages for a query, best first."""

    passages: list[PassageOut]


class CheckResult(BaseModel):
    """What ``check_citations`` found."""

    ok: bool = Field(description="True when no reference or quotation is wrong")
    summary: str
    counts: dict[str, int]
    findings: list[dict[str, Any]]


class Turn(BaseModel):
    """An earlier turn of the conversation."""

    question: str
    answer: str = ""


# ── Helpers ──────────────────────────────────────────────────────────────────────────────────────


def provision_uri(p: Provision) -> str | None:
    """``rome-statute://art/121/3`` for a Statute provision; ``None`` for other sources."""
    if p.source != "rome-statute" or p.article is None:
        return None
    if p.article == PREAMBLE:
        return f"{URI_SCHEME}://preamble"
    ref = split_provision_id(p.id)
    return f"{URI_SCHEME}://art/" + "/".join([ref.article.replace(" ", ""), *ref.path])


def reference_from_path(path: str) -> Reference:
    """``"121/3"`` → art. 121(3); ``"8bis"``, ``"8-bis"`` or ``"8 bis"`` → art. 8 bis."""
    parts = [p for p in path.strip("/").split("/") if p]
    if not parts:
        raise ResourceError("Name a provision: rome-statute://art/121/3, rome-statute://art/8bis.")
    return Reference(normalize_article(parts[0].replace("-", " ")), tuple(p.lower() for p in parts[1:]))


def _provision_out(assistant: Assistant, p: Provision) -> ProvisionOut:
    return ProvisionOut(label=p.label, breadcrumb=p.breadcrumb, text=p.text, uri=provision_uri(p),
                        children=[c.label for c in assistant.children(p)])


def _provision_text(p: Provision) -> str:
    return f"{p.label}\n{p.breadcrumb}\n\n{p.text}"


class _Tools:
    """The tools' bodies over one Assistant (each runs in a worker thread)."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant

    def fail(self, exc: RagError) -> ToolError:
        return ToolError(self.assistant.scrub(str(exc)))

    def ask(self, question: str, history: list[Turn] | None) -> CallToolResult:
        try:
            answer = self.assistant.ask(question, history=[(t.question, t.answer) for t in history or []])
        except RagError as exc:
            raise self.fail(exc) from None
        fields = [f for f in CitationOut.model_fields if f != "n"]
        citations = [CitationOut(n=n, **{f: c.to_dict()[f] for f in fields})
                     for n, c in enumerate(answer.citations, start=1)]
        result = AskResult(answer=render.markdown(answer), citations=citations, warnings=list(answer.warnings),
                           refusal=render.refusal_text(answer), see_also=render.see_also(answer),
                           mode=answer.mode.value)
        return CallToolResult(content=[TextContent(text=result.answer)], structured_content=result.model_dump())

    def show(self, reference: str) -> CallToolResult:
        try:
            p = self.assistant.show(reference)
        except RagError as exc:
            raise self.fail(exc) from None
        out = _provision_out(self.assistant, p)
        return CallToolResult(content=[TextContent(text=_provision_text(p))], structured_content=out.model_dump())

    def search(self, query: str, k: int) -> CallToolResult:
        if not 1 <= k <= MAX_SEARCH_K:
            raise ToolError(f"k must be between 1 and {MAX_SEARCH_K}, not {k}.")
        try:
            hits = self.assistant.retrieve(query).hits[:k]
        except RagError as exc:
            raise self.fail(exc) from None
        passages = [PassageOut(label=h.provision.label, text=h.chunk.span, score=round(h.score, 4),
                               uri=provision_uri(h.provision)) for h in hits]
        text = "\n\n".join(f"[{n}] {p.label}: {p.text}" for n, p in enumerate(passages, start=1)) or "No passages."
        return CallToolResult(content=[TextContent(text=text)],
                              structured_content=SearchResult(passages=passages).model_dump())

    def check(self, text: str) -> CallToolResult:
        try:
            report = self.assistant.check(text)
        except RagError as exc:
            raise self.fail(exc) from None
        data = check_render.to_dict(report)
        out = CheckResult(ok=data["ok"], summary=data["summary"], counts=data["counts"], findings=data["findings"])
        return CallToolResult(content=[TextContent(text=check_render.text(report))],
                              structured_content=out.model_dump())


def build_server(assistant: Assistant) -> MCPServer:
    """The MCP server over a ready ``assistant``."""
    server = MCPServer(NAME, title="Rome Statute assistant", instructions=INSTRUCTIONS, log_level="WARNING")
    tools = _Tools(assistant)

    @server.tool(title="Ask the Rome Statute")
    async def ask(question: str, history: list[Turn] | None = None) -> Annotated[CallToolResult, AskResult]:
        """Answer a question from the Rome Statute's text with verified, pinpoint citations.

        history: earlier turns ({question, answer}) so a follow-up ("and who can propose one?") is
        understood.
        """
        return await anyio.to_thread.run_sync(tools.ask, question, history)

    @server.tool(title="Show a provision")
    async def show_provision(reference: str) -> Annotated[CallToolResult, ProvisionOut]:
        """The verbatim text of a provision: "art. 121(3)", "Article 8 bis", "paragraph 3 of article 121"."""
        return await anyio.to_thread.run_sync(tools.show, reference)

    @server.tool(title="Search the Statute")
    async def search_statute(query: str, k: int = DEFAULT_SEARCH_K) -> Annotated[CallToolResult, SearchResult]:
        """The k passages of the Statute (and the news report) that best match a query, best first."""
        return await anyio.to_thread.run_sync(tools.search, query, k)

    @server.tool(title="Check citations in a text")
    async def check_citations(text: str) -> Annotated[CallToolResult, CheckResult]:
        """Verify every reference to the Statute and every quotation in a text (a memo, another AI's
        answer): does the provision exist, are the quoted words verbatim in the provision cited?"""
        return await anyio.to_thread.run_sync(tools.check, text)

    @server.resource(f"{URI_SCHEME}://art/{{+path}}", title="A provision of the Rome Statute", mime_type="text/plain")
    def provision(path: str) -> str:
        """A provision by its place: rome-statute://art/121/3, rome-statute://art/8bis."""
        try:
            return _provision_text(assistant.corpus.resolve(reference_from_path(path)))
        except RagError as exc:
            raise ResourceError(str(exc)) from None

    @server.resource(f"{URI_SCHEME}://preamble", title="The Preamble of the Rome Statute", mime_type="text/plain")
    def preamble() -> str:
        """The Preamble."""
        return _provision_text(assistant.corpus.get(PREAMBLE))

    return server


def run(transport: str = "stdio", host: str = "127.0.0.1", port: int = DEFAULT_HTTP_PORT) -> None:
    """Open the index, then serve over ``stdio`` (a client starts this process) or ``http``."""
    from ui.serving import TerminalProgress

    # Over stdio, stdout carries the protocol: anything a library prints while the index opens goes
    # to stderr instead.
    with contextlib.redirect_stdout(sys.stderr):
        assistant = Assistant(progress=TerminalProgress())
        for notice in assistant.notices:
            print(f"Warning: {notice}", file=sys.stderr)
        server = build_server(assistant)
    if transport == "stdio":
        server.run("stdio")
        return
    from ui.serving import check_port, is_loopback

    check_port(host, port)
    if not is_loopback(host):
        print(f"Warning: serving MCP on {host} without authentication: anyone who can reach this address can "
              "use it. Keep it on 127.0.0.1 behind an authenticating proxy.", file=sys.stderr)
    print(f"MCP server (streamable HTTP) on http://{host}:{port}/mcp — press Ctrl+C to stop.", file=sys.stderr)
    server.run("streamable-http", host=host, port=port)
