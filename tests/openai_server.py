"""A scripted OpenAI-compatible server on 127.0.0.1 for tests: real HTTP, real SSE.

It implements just enough of the API for the real ``openai`` client (through llama-index):

- ``POST /v1/chat/completions`` — a JSON reply, or with ``"stream": true`` server-sent events
  (``data: {chunk}`` lines, then ``data: [DONE]``);
- ``GET /v1/models``.

Each test scripts what the next requests get, in order::

    server.script(Reply("The Statute provides ... [1]."), Reply(status=429), ...)
    server.script(then=Reply(status=500))          # a 500 forever

A reply's ``text`` may be a function of the request body (to cite the sources the prompt
numbered). Every request body is kept in ``server.requests`` for assertions.

Misbehaving models and servers: ``Reply(text, loop="...")`` streams ``text`` and then ``loop``
over and over until the client hangs up (a model that loops); ``chunk_delay=1`` trickles a piece
a second; ``Reply(raw=b"...", content_type="text/html")`` answers 200 with that body (malformed
replies). ``server.hangups`` counts the streams the client closed before the end, and
``server.hung_up`` is set at the first (the client stopped the server generating). The key must be
``api_key`` (else 401, as OpenAI answers) and the model one of ``models`` (else 404).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TextFn = Callable[[dict[str, Any]], str]


@dataclass
class Reply:
    """What the server does with one request.

    ``status`` other than 200 answers with an OpenAI-style error body. ``hang`` seconds pass
    before anything is sent (a hung server), or after ``stall_after`` streamed pieces; ``delay`` seconds pass before the first token and
    ``chunk_delay`` between streamed pieces (a model's own time). ``retry_after`` sets the header.
    """

    text: str | TextFn = ""
    status: int = 200
    hang: float = 0.0
    delay: float = 0.0
    chunk_delay: float = 0.0
    retry_after: str | None = None
    chunk_chars: int = 12
    stall_after: int | None = None  # streamed pieces sent before the stream stalls (``hang`` seconds)
    loop: str | TextFn | None = None  # streamed after ``text``, again and again until the client hangs up
    raw: bytes | None = None  # a 200 answer with this body instead of a completion (malformed replies)
    content_type: str = "application/json"  # of ``raw``

    def render(self, body: dict[str, Any]) -> str:
        return self.text(body) if callable(self.text) else self.text


SOURCE_LINE = re.compile(r"^\[(\d+)\] (.+?) \(([^()]*)\): (.*)$", re.MULTILINE)


def prompt_of(body: dict[str, Any]) -> str:
    """The whole prompt of a chat request (all messages' text)."""
    parts = []
    for m in body.get("messages", []):
        content = m.get("content")
        if isinstance(content, list):
            content = " ".join(c.get("text", "") for c in content if isinstance(c, dict))
        parts.append(str(content or ""))
    return "\n".join(parts)


def sources_in(body: dict[str, Any]) -> dict[str, tuple[int, str]]:
    """The numbered sources of an answer prompt: ``label → (n, verbatim text)``."""
    return {m.group(2): (int(m.group(1)), m.group(4)) for m in SOURCE_LINE.finditer(prompt_of(body))}


class ScriptedOpenAIServer:
    """The server; use as a context manager or call ``start``/``stop``."""

    def __init__(self, api_key: str = "test-key", models: tuple[str, ...] = ("test-model",)) -> None:
        self.api_key = api_key
        self.models = set(models)
        self.requests: list[dict[str, Any]] = []
        self._queue: deque[Reply] = deque()
        self._then: Reply = Reply(status=500, text="the test server has no scripted reply left")
        self._lock = threading.Lock()
        self._release = threading.Event()
        self.hangups = 0  # streams the client closed before their end
        self.hung_up = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- scripting -------------------------------------------------------------------------------

    def script(self, *replies: Reply, then: Reply | None = None) -> None:
        """Replace the script: ``replies`` in order, then ``then`` for every later request."""
        with self._lock:
            self._queue = deque(replies)
            if then is not None:
                self._then = then
            else:
                self._then = Reply(status=500, text="the test server has no scripted reply left")
            self.requests.clear()
            self.hangups = 0
            self.hung_up.clear()

    def _next(self) -> Reply:
        with self._lock:
            return self._queue.popleft() if self._queue else self._then

    @property
    def base_url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> ScriptedOpenAIServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence the log
                return

            def _send_json(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def _error(self, status: int, message: str, code: str | None = None,
                       headers: dict[str, str] | None = None) -> None:
                self._send_json(status, {"error": {"message": message, "type": "invalid_request_error",
                                                   "param": None, "code": code}}, headers)

            def _authorised(self) -> bool:
                if self.headers.get("Authorization") != f"Bearer {server.api_key}":
                    self._error(401, "Incorrect API key provided.", "invalid_api_key")
                    return False
                return True

            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                if self.path.rstrip("/") != "/v1/models":
                    self._error(404, f"No route {self.path}")
                    return
                if self._authorised():
                    self._send_json(200, {"object": "list", "data": [
                        {"id": m, "object": "model", "created": 0, "owned_by": "test"} for m in sorted(server.models)]})

            def do_POST(self) -> None:  # noqa: N802 - the http.server API
                try:
                    self._post()
                except (BrokenPipeError, ConnectionResetError):
                    with server._lock:
                        server.hangups += 1
                    server.hung_up.set()  # the client gave up (a timeout, a stopped stream)

            def _post(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                if self.path.rstrip("/") != "/v1/chat/completions":
                    self._error(404, f"No route {self.path}")
                    return
                with server._lock:
                    server.requests.append(body)
                if not self._authorised():
                    return
                if body.get("model") not in server.models:
                    self._error(404, f"The model `{body.get('model')}` does not exist or you do not have access "
                                     "to it.", "model_not_found")
                    return
                reply = server._next()
                if reply.hang and reply.stall_after is None:
                    server._release.wait(reply.hang)
                if reply.status != 200:
                    headers = {"Retry-After": reply.retry_after} if reply.retry_after is not None else None
                    self._error(reply.status, reply.render(body) or f"scripted status {reply.status}",
                                headers=headers)
                    return
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.raw is not None:
                    self.send_response(200)
                    self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(len(reply.raw)))
                    self.end_headers()
                    self.wfile.write(reply.raw)
                    return
                text = reply.render(body)
                if body.get("stream"):
                    self._stream(body, reply, text)
                else:
                    self._send_json(200, {
                        "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()),
                        "model": body["model"],
                        "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                     "finish_reason": "stop", "logprobs": None}],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                    })

            def _stream(self, body: dict[str, Any], reply: Reply, text: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True

                def event(delta: dict[str, Any], finish: str | None = None) -> None:
                    chunk = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": int(time.time()),
                             "model": body["model"],
                             "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()

                event({"role": "assistant", "content": ""})
                step = max(1, reply.chunk_chars)
                for n, i in enumerate(range(0, len(text), step)):
                    if n == reply.stall_after:
                        server._release.wait(reply.hang)
                    if reply.chunk_delay and i:
                        time.sleep(reply.chunk_delay)
                    event({"content": text[i:i + step]})
                if reply.loop is not None:
                    again = reply.loop(body) if callable(reply.loop) else reply.loop
                    while not server._release.is_set():  # until the client hangs up (or the server stops)
                        for i in range(0, len(again), step):
                            if reply.chunk_delay:
                                time.sleep(reply.chunk_delay)
                            event({"content": again[i:i + step]})
                event({}, "stop")
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            block_on_close = False

        self._release.clear()
        self._httpd = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="openai-test-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()  # let hung handlers finish
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> ScriptedOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
