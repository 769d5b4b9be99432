"""Two checks in front of the web app's routes (ASGI middleware, installed by ``serve``):

- **Sign-in throttling.** After :data:`MAX_FAILURES` wrong passwords from one address within
  :data:`WINDOW_SECONDS`, that address gets "429 Too Many Requests" for :data:`LOCKOUT_SECONDS`
  (300 guesses used to take 0.6 s).
- **Uploads only of what `rag ingest` reads.** Gradio's generic upload route would store any file
  a signed-in user sends; here it accepts only the formats of :data:`rag.documents.readers.FORMATS`,
  up to the ingest size limit. The upload is then read by ``Assistant.ingest`` with all its checks.
"""

from __future__ import annotations

import re
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from pathlib import PurePosixPath
from typing import Any

from rag.documents.readers import FORMATS, MAX_FILE_BYTES

MAX_FAILURES = 5  # a person mistypes a password a few times; a script tries thousands
WINDOW_SECONDS = 300.0  # failures older than this are forgotten
LOCKOUT_SECONDS = 60.0  # long enough to make guessing hopeless (≤ 5 guesses a minute), short for a person
MULTIPART_OVERHEAD = 64 * 1024  # the form's boundaries and headers around a file of the maximum size
_BOUNDARY = re.compile(rb'boundary="?([^";\s]+)"?', re.IGNORECASE)
_FILENAME = re.compile(rb'filename\*?="?([^";\r\n]*)"?', re.IGNORECASE)

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class LoginThrottle:
    """Failed sign-ins per client address (thread-safe)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._locked_until: dict[str, float] = {}
        self._lock = threading.Lock()

    def retry_after(self, client: str) -> float:
        """Seconds until ``client`` may try again (0: now)."""
        with self._lock:
            return max(0.0, self._locked_until.get(client, 0.0) - self.clock())

    def failed(self, client: str) -> None:
        """Count a wrong password; lock the address out after too many."""
        now = self.clock()
        with self._lock:
            recent = self._failures.setdefault(client, deque())
            recent.append(now)
            while recent and recent[0] < now - WINDOW_SECONDS:
                recent.popleft()
            if len(recent) >= MAX_FAILURES:
                self._locked_until[client] = now + LOCKOUT_SECONDS
                recent.clear()

    def succeeded(self, client: str) -> None:
        """A right password clears the address's count."""
        with self._lock:
            self._failures.pop(client, None)


def upload_problem(body: bytes, content_type: bytes) -> str | None:
    """Why a multipart upload is refused (``None``: every file in it is a supported format). Only
    the parts' headers are read, so a document that mentions a file name is not mistaken for one."""
    boundary = _BOUNDARY.search(content_type)
    if boundary is None:
        return "Not a file upload."
    names = []
    for part in body.split(b"--" + boundary.group(1))[1:]:
        found = _FILENAME.search(part.split(b"\r\n\r\n", 1)[0])
        if found:
            names.append(found.group(1).decode("utf-8", "replace"))
    if not names:
        return "No file was sent."
    for name in names:
        suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower()
        if suffix not in FORMATS:
            return (f"“{name}” cannot be added: only {', '.join(sorted(FORMATS))} files can be (the formats "
                    "the assistant reads).")
    return None


async def _reply(send: Send, status: int, text: str, headers: list[tuple[bytes, bytes]] = ()) -> None:
    body = text.encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *headers]})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """ASGI middleware: sign-in throttling and the upload check (see the module docstring)."""

    def __init__(self, app: ASGIApp, throttle: LoginThrottle | None = None) -> None:
        self.app = app
        self.throttle = throttle or LoginThrottle()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "POST":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "").rstrip("/")
        if path.endswith("/login"):
            await self._login(scope, receive, send)
        elif path.endswith("/upload"):
            await self._upload(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _login(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = (scope.get("client") or ("?", 0))[0]
        wait = self.throttle.retry_after(client)
        if wait > 0:
            await _reply(send, 429, f"Too many failed sign-ins from this address; try again in {wait:.0f} s.",
                         [(b"retry-after", str(int(wait) + 1).encode())])
            return
        status: list[int] = []

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(int(message["status"]))
            await send(message)

        await self.app(scope, receive, watch)
        if status and status[0] >= 400:
            self.throttle.failed(client)
        elif status:
            self.throttle.succeeded(client)

    async def _upload(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = MAX_FILE_BYTES + MULTIPART_OVERHEAD
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await _reply(send, 413, f"The file is over the {MAX_FILE_BYTES // 2**20} MB limit.")
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await _reply(send, 413, f"The file is over the {MAX_FILE_BYTES // 2**20} MB limit.")
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        problem = upload_problem(body, headers.get(b"content-type", b""))
        if problem is not None:
            await _reply(send, 415, problem)
            return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)
