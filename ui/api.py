"""``rag serve``: an OpenAI-compatible chat API over the Assistant (FastAPI, served by uvicorn).

Any tool that speaks the OpenAI chat API — Open WebUI, LibreChat, an IDE, the ``openai`` client —
gets the assistant's verified answers, and the citations do not get lost on the way:

- ``POST /v1/chat/completions`` answers the last user message; the earlier messages are the
  conversation, so follow-ups work as in the UI. ``stream: true`` sends server-sent events.
- The message ``content`` is the answer's Markdown (:func:`rag.answer.render.markdown`): the
  ``[n]`` markers and a "Sources" list with each label and verbatim quote, so a client that knows
  nothing of this project still shows checkable sources.
- The same citations travel as data: ``citations`` (label, source, article, paragraph, quote,
  kind) on the message and on the final stream chunk, with ``warnings`` (verification notes,
  fallbacks) and ``refusal`` (why the corpus does not cover the question) beside them.
- ``GET /v1/models`` lists ``rome-statute`` (the configured engine), ``rome-statute-extractive``
  and, when an LLM is configured, ``rome-statute-llm``.

Errors are OpenAI-style ``{"error": {"message", "type", "param", "code"}}`` objects with the status
OpenAI would use. With an API key set (``--api-key`` / ``RAG_API_KEY``) every request must carry it
as a Bearer token; request bodies are capped and each client is rate-limited.
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
import time
import uuid
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from rag.answer import render
from rag.assistant import Assistant, clean_question
from rag.errors import ConfigError, IndexUnavailable, InputError, LLMError, RagError
from rag.models import Answer, Citation

log = logging.getLogger("ui.api")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080  # not Chroma's 8000 nor the UI's 7860, so all three can run side by side
MODEL_DEFAULT = "rome-statute"
MODEL_EXTRACTIVE = "rome-statute-extractive"
MODEL_LLM = "rome-statute-llm"
OWNER = "rome-statute-rag"
MAX_REQUEST_BYTES = 64 * 1024  # a long conversation is a few KB; 64 KB leaves room, a book does not fit
MAX_MESSAGES = 100  # turns in one request; the assistant reads only the last few anyway
RATE_LIMIT = 60  # requests per client per window: a person chats far slower; a loop is stopped
RATE_WINDOW_S = 60.0
CHARS_PER_TOKEN = 4  # OpenAI's rule of thumb for English, for the approximate `usage` figures
STREAM_PIECE_CHARS = 400  # an extractive answer is ready at once; sent in pieces so clients render as usual
WITHDRAWN = ("\n\n*The text above could not be verified and is withdrawn; the verified answer "
             "follows.*\n\n")


@dataclass(frozen=True)
class APIOptions:
    """How the API guards itself."""

    api_key: str | None = None  # required as a Bearer token when set
    max_request_bytes: int = MAX_REQUEST_BYTES
    rate_limit: int = RATE_LIMIT  # requests per client per ``rate_window_s``; 0 turns the limit off
    rate_window_s: float = RATE_WINDOW_S


# ── Requests ─────────────────────────────────────────────────────────────────────────────────────


class ContentPart(BaseModel):
    """A part of a message's content (only text parts are read)."""

    model_config = ConfigDict(extra="allow")
    type: str
    text: str | None = None


class Message(BaseModel):
    """One chat message as OpenAI clients send it."""

    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None

    @property
    def text(self) -> str:
        """The message's text (text parts joined; images and files have no words to answer)."""
        if isinstance(self.content, list):
            return "\n".join(p.text for p in self.content if p.type == "text" and p.text)
        return self.content or ""


class ChatRequest(BaseModel):
    """``POST /v1/chat/completions``; sampling options (temperature, ...) are accepted and ignored:
    the answer is the verified one, whatever the sampling."""

    model_config = ConfigDict(extra="allow")
    model: str
    messages: list[Message]
    stream: bool = False
    n: int = 1


# ── Errors ───────────────────────────────────────────────────────────────────────────────────────


class APIError(Exception):
    """An error to send as OpenAI does: status, message, type, param, code."""

    def __init__(self, status: int, message: str, type_: str = "invalid_request_error", param: str | None = None,
                 code: str | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.type, self.param, self.code = status, message, type_, param, code
        self.headers = headers

    def body(self) -> dict[str, Any]:
        """The JSON body: ``{"error": {...}}``."""
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}

    def response(self) -> JSONResponse:
        """The error as an HTTP response."""
        return JSONResponse(self.body(), status_code=self.status, headers=self.headers)


def _from_rag_error(exc: RagError, assistant: Assistant) -> APIError:
    """A library error as the API reports it (never with the LLM settings' secrets in it)."""
    message = assistant.scrub(str(exc))
    if isinstance(exc, InputError):
        return APIError(400, message, param="messages")
    if isinstance(exc, LLMError):
        return APIError(502, message, "upstream_error", code="llm_unavailable")
    if isinstance(exc, IndexUnavailable):
        return APIError(503, message, "server_error", code="index_unavailable")
    if isinstance(exc, ConfigError):
        return APIError(500, message, "server_error", code="configuration")
    return APIError(500, message, "server_error")


# ── Rate limiting ────────────────────────────────────────────────────────────────────────────────


class RateLimiter:
    """A sliding-window limit per client: at most ``limit`` requests in any ``window`` seconds."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit, self.window = limit, window
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, client: str, now: float | None = None) -> float:
        """0 when ``client`` may go ahead (the request is counted), else the seconds to wait."""
        if self.limit <= 0:
            return 0.0
        now = time.monotonic() if now is None else now
        with self._lock:
            seen = self._seen.setdefault(client, deque())
            while seen and seen[0] <= now - self.window:
                seen.popleft()
            if len(seen) >= self.limit:
                return seen[0] + self.window - now
            seen.append(now)
            return 0.0


# ── Answers as OpenAI objects ────────────────────────────────────────────────────────────────────


def citation_dict(n: int, c: Citation) -> dict[str, Any]:
    """A citation as the API sends it: its ``[n]`` number and its fields (:meth:`Citation.to_dict`)."""
    return {"n": n, **c.to_dict()}


def answer_fields(answer: Answer) -> dict[str, Any]:
    """The structured extras of an answer: citations, warnings, refusal (and where the Statute deals
    with a refused matter's subject: ``see_also``), mode."""
    return {
        "citations": [citation_dict(n, c) for n, c in enumerate(answer.citations, start=1)],
        "warnings": [{"kind": note.kind.value, "text": note.text} for note in answer.notes],
        "refusal": render.refusal_text(answer),
        "see_also": render.see_also(answer),
        "mode": answer.mode.value,
    }


def _tokens(text: str) -> int:
    return max(1, len(text) // CHARS_PER_TOKEN) if text else 0


def conversation(messages: list[Message]) -> tuple[str, list[tuple[str, str]]]:
    """The question (the last user message) and the turns before it as ``[(user, assistant), ...]``.

    System and tool messages are not read: the assistant answers from the Statute the same way
    whatever a prompt asks of it.
    """
    turns = [m for m in messages if m.role in ("user", "assistant")]
    if not turns or turns[-1].role != "user":
        raise APIError(400, "The last message must be the user's question (role \"user\").", param="messages")
    history: list[tuple[str, str]] = []
    for m in turns[:-1]:
        if m.role == "user":
            history.append((m.text, ""))
        elif history and not history[-1][1]:
            history[-1] = (history[-1][0], m.text)
    return turns[-1].text, history  # the library keeps the turns a follow-up needs (clean_history)


def _chunk(cid: str, created: int, model: str, delta: dict[str, Any], finish: str | None = None,
           extra: dict[str, Any] | None = None) -> str:
    """One server-sent event of a completion stream; ``extra`` goes on the chunk itself."""
    body = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **(extra or {})}
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"


# ── The app ──────────────────────────────────────────────────────────────────────────────────────


class ChatAPI:
    """The routes' logic over one Assistant (shared by every request; ``ask`` is thread-safe)."""

    def __init__(self, assistant: Assistant, options: APIOptions) -> None:
        self.assistant = assistant
        self.options = options
        self.limiter = RateLimiter(options.rate_limit, options.rate_window_s)
        self.created = int(time.time())

    @property
    def models(self) -> dict[str, str | None]:
        """Model id → engine (``None``: the configured one)."""
        models: dict[str, str | None] = {MODEL_DEFAULT: None, MODEL_EXTRACTIVE: "extractive"}
        if self.assistant.settings.llm_configured:
            models[MODEL_LLM] = "llm"
        return models

    def guard(self, request: Request) -> None:
        """Check the key, then count the request against its client's rate limit."""
        key = self.options.api_key
        given = request.headers.get("authorization", "")
        scheme, _, token = given.partition(" ")
        if key:
            if not given:
                raise APIError(401, "Missing API key: send it as an \"Authorization: Bearer <key>\" header.",
                               code="invalid_api_key")
            if scheme.lower() != "bearer" or not secrets.compare_digest(token.strip().encode(), key.encode()):
                raise APIError(401, "Incorrect API key provided; use the key the server was started with "
                                    "(--api-key or RAG_API_KEY).", code="invalid_api_key")
        client = f"key:{token.strip()}" if key else f"ip:{request.client.host if request.client else '?'}"
        wait = self.limiter.check(client)
        if wait > 0:
            raise APIError(429, f"Rate limit reached: at most {self.options.rate_limit} requests per "
                                f"{self.options.rate_window_s:.0f} s; try again in {wait:.0f} s.", "requests",
                           code="rate_limit_exceeded", headers={"Retry-After": str(max(1, round(wait)))})

    async def body(self, request: Request) -> ChatRequest:
        """The request, read within the size limit and validated."""
        limit = self.options.max_request_bytes
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise self._too_large(int(declared))
        raw = bytearray()
        async for part in request.stream():
            raw += part
            if len(raw) > limit:
                raise self._too_large(len(raw))
        try:
            payload = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise APIError(400, "The request body is not valid JSON.") from None
        try:
            chat = ChatRequest.model_validate(payload)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise APIError(400, f"Invalid request: {where}: {first['msg']}.", param=where) from None
        if chat.model not in self.models:
            raise APIError(404, f"The model '{chat.model}' does not exist here; use one of "
                                f"{', '.join(self.models)}.", param="model", code="model_not_found")
        if chat.n != 1:
            raise APIError(400, "Only n=1 is supported: the verified answer is one answer.", param="n")
        if len(chat.messages) > MAX_MESSAGES:
            raise APIError(400, f"Too many messages ({len(chat.messages)}); the limit is {MAX_MESSAGES}.",
                           param="messages")
        return chat

    def _too_large(self, size: int) -> APIError:
        return APIError(413, f"The request is {size:,} bytes; the limit is {self.options.max_request_bytes:,}. "
                             "Send a shorter question or fewer earlier messages.", code="request_too_large")

    def complete(self, chat: ChatRequest) -> dict[str, Any]:
        """A non-streaming completion."""
        question, history = conversation(chat.messages)
        answer = self.assistant.ask(question, history=history, engine=self.models[chat.model])
        content = render.markdown(answer)
        prompt = _tokens(question) + sum(_tokens(q) + _tokens(a) for q, a in history)
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex}", "object": "chat.completion", "created": int(time.time()),
            "model": chat.model,
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": content, **answer_fields(answer)}}],
            "usage": {"prompt_tokens": prompt, "completion_tokens": _tokens(content),
                      "total_tokens": prompt + _tokens(content)},
        }

    def stream(self, chat: ChatRequest) -> Iterator[str]:
        """Server-sent events: the answer's Markdown in pieces as it is produced, then a final chunk
        with ``finish_reason`` and the structured citations, then ``[DONE]``."""
        cid, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())
        question, history = conversation(chat.messages)
        engine = self.models[chat.model]
        yield _chunk(cid, created, chat.model, {"role": "assistant", "content": ""})
        sent = ""
        try:
            final: Answer | None = None
            for piece in self.assistant.stream(question, history=history, engine=engine):
                if isinstance(piece, Answer):
                    final = piece
                elif piece and (engine or self.assistant.settings.resolved_engine) == "llm":
                    # The LLM's words as they come (markers already renumbered); the extractive
                    # engine's plain text is not sent: its Markdown follows at once.
                    sent += piece
                    yield _chunk(cid, created, chat.model, {"content": piece})
            assert final is not None
        except RagError as exc:
            error = _from_rag_error(exc, self.assistant)
            yield f"data: {json.dumps(error.body(), ensure_ascii=False)}\n\n"
            yield "data: [DONE]\n\n"
            return
        if not sent:
            rest = render.markdown(final)
        elif render.stream_kept(final, sent):
            rest = "\n\n" + render.markdown_after_stream(final)
        else:
            rest = WITHDRAWN + render.markdown(final)
        for at in range(0, len(rest), STREAM_PIECE_CHARS):
            yield _chunk(cid, created, chat.model, {"content": rest[at:at + STREAM_PIECE_CHARS]})
        # The final chunk: the structured fields in its delta (where a message has them) and on the
        # chunk itself (where clients that read Perplexity-style `citations` look).
        fields = answer_fields(final)
        yield _chunk(cid, created, chat.model, fields, "stop", fields)
        yield "data: [DONE]\n\n"


def create_app(assistant: Assistant, options: APIOptions | None = None) -> FastAPI:
    """The API's FastAPI app over a ready ``assistant``."""
    api = ChatAPI(assistant, options or APIOptions())
    app = FastAPI(title="Rome Statute assistant — OpenAI-compatible API", docs_url=None, redoc_url=None,
                  openapi_url=None)
    app.state.chat_api = api

    @app.exception_handler(APIError)
    async def api_error(_: Request, exc: APIError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(RagError)
    async def rag_error(_: Request, exc: RagError) -> JSONResponse:
        return _from_rag_error(exc, assistant).response()

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return APIError(exc.status_code, str(exc.detail), code="not_found" if exc.status_code == 404 else None,
                        headers=getattr(exc, "headers", None)).response()

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        return APIError(400, f"Invalid request: {exc.errors()[0].get('msg', 'malformed')}.").response()

    @app.get("/v1/models")
    async def list_models(request: Request) -> dict[str, Any]:
        api.guard(request)
        return {"object": "list", "data": [{"id": m, "object": "model", "created": api.created, "owned_by": OWNER}
                                           for m in api.models]}

    @app.get("/v1/models/{model}")
    async def get_model(model: str, request: Request) -> dict[str, Any]:
        api.guard(request)
        if model not in api.models:
            raise APIError(404, f"The model '{model}' does not exist here; use one of {', '.join(api.models)}.",
                           param="model", code="model_not_found")
        return {"id": model, "object": "model", "created": api.created, "owned_by": OWNER}

    @app.post("/v1/chat/completions", response_model=None)
    async def chat_completions(request: Request) -> dict[str, Any] | StreamingResponse:
        api.guard(request)
        chat = await api.body(request)
        if chat.stream:
            # A malformed conversation or question is a 400 before the stream starts, not an event in it.
            clean_question(conversation(chat.messages)[0])
            return StreamingResponse(api.stream(chat), media_type="text/event-stream",
                                     headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
        return await run_in_threadpool(api.complete, chat)

    return app


def mount_ui(app: FastAPI, assistant: Assistant, auth: tuple[str, str] | None = None) -> FastAPI:
    """Serve the web UI from the same app at ``/`` (the API keeps ``/v1``): one process, one index."""
    import gradio as gr

    from ui.web.app import build_app, launch_options

    blocks = build_app(assistant)
    blocks.queue(default_concurrency_limit=4)  # as `rag ui` serves it
    return gr.mount_gradio_app(app, blocks, path="/", auth=auth, **launch_options(auth))


def run(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, api_key: str | None = None, with_ui: bool = False,
        auth: str | None = None, options: APIOptions | None = None) -> None:
    """Open the index once, then serve the API (and the UI with ``with_ui``) until interrupted."""
    import os
    import sys

    import uvicorn

    from rag.config import from_env
    from ui.serving import TerminalProgress, check_port, is_loopback, parse_auth

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    if not 1 <= port <= 65535:
        raise ConfigError(f"--port must be between 1 and 65535, not {port}.")
    key = api_key or os.environ.get("RAG_API_KEY") or None
    credentials = parse_auth(auth or os.environ.get("RAG_UI_AUTH")) if with_ui else None
    say("Opening the index of the Rome Statute ...")
    assistant = Assistant(from_env(), progress=TerminalProgress())
    base = options or APIOptions()
    app = create_app(assistant, APIOptions(key, base.max_request_bytes, base.rate_limit, base.rate_window_s))
    if with_ui:
        mount_ui(app, assistant, credentials)
    if not is_loopback(host) and not key:
        say(f"Warning: serving the API on {host} without a key: anyone who can reach this address can use it. "
            "Add --api-key (or set RAG_API_KEY).")
    models = ", ".join(ChatAPI(assistant, base).models)
    say(f"OpenAI-compatible API on http://{host}:{port}/v1 (models: {models})"
        + (" — key required" if key else "") + (f"; web UI on http://{host}:{port}/" if with_ui else "")
        + " — press Ctrl+C to stop.")
    check_port(host, port)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
