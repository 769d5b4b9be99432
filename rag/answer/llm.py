"""The LLM transport: any OpenAI-compatible server, through the official ``openai`` client.

What a server can do wrong, and what the user gets instead:

- **Faults** — timeouts, connection errors, 429 and 5xx — are retried ``llm_max_retries`` times
  with exponential backoff (one :mod:`tenacity` policy, for ``chat`` and ``stream`` both; the
  client's own hidden retries are off), then reported as :class:`LLMError`: the assistant answers
  with the extractive engine and a warning. A rejected key or an unknown model is a
  :class:`ConfigError` naming the variable to fix.
- **Malformed replies** — HTTP 200 with an HTML page, with ``{"error": ...}``, or with a choice
  that has no message — are an :class:`LLMError` saying what was wrong, never a traceback.
- **Endless replies** — a model that loops, a server that trickles a token a second — are cut
  by the answer's :class:`Deadline` (``RAG_LLM_DEADLINE``), which covers every attempt, every
  backoff and the whole stream; a reply longer than :data:`MAX_REPLY_CHARS` is cut too. Each call
  runs in a worker thread that hands its text over a queue, so the caller never waits past the
  deadline whatever the socket does; closing the stream closes the HTTP response, so the server
  stops generating.
- **Bursts** — at most ``llm_concurrency`` calls are in flight per process; a call that finds no
  free slot within its deadline fails as "busy" instead of piling up.
- **Secrets** in ``OPENAI_BASE_URL`` (``http://user:key@host/v1?key=...``) and the API key never
  appear in a message: every message the engine makes is scrubbed (:class:`Secrets`).

``openai`` and ``httpx`` are imported inside the functions that use them (importing the library
stays fast). No code path counts tokens, so no tiktoken encoding is ever fetched. Prompts and the
verification of what the LLM writes are in :mod:`rag.answer.generation`.
"""

from __future__ import annotations

import json
import queue
import random
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

from rag.answer.verification import normalize_ws
from rag.config import Settings
from rag.errors import ConfigError, LLMError
from rag.models import MAX_QUESTION_CHARS

T = TypeVar("T")

ANSWER_MAX_TOKENS = 1024
# A reply is cut past this many characters: 1,024 tokens are about 4,000 characters, so four
# times that leaves room for any honest answer and stops a server that ignores max_tokens.
MAX_REPLY_CHARS = 16_000
# The same bound for a non-streamed reply's body: UTF-8 takes up to 4 bytes a character, and the
# JSON around the text is small.
MAX_REPLY_BYTES = 4 * MAX_REPLY_CHARS + 8_192
# A retry is not worth starting with less time than this left before the deadline.
MIN_ATTEMPT_SECONDS = 0.25
OPENAI_BASE = "https://api.openai.com/v1"
NO_KEY = "not-needed"  # local servers (Ollama, llama.cpp, vLLM) accept any key; the client needs one
_REASONING_MODEL = re.compile(r"^(?:o\d|gpt-5)", re.IGNORECASE)
CONDENSE_TURNS = 3  # the last turns a follow-up can refer to; older ones only add noise
CONDENSE_REPLY_CHARS = 500  # an earlier answer's opening says what it was about
CONDENSE_USER_CHARS = MAX_QUESTION_CHARS  # as long as a question may be

CONDENSE_PROMPT = """\
You rewrite the user's last message as ONE standalone question about the Rome Statute of the
International Criminal Court (or the news report discussed), using the conversation only to
resolve what the message refers to ("it", "that", "and who can ...?", "what about ...?").
Keep the user's meaning and wording where possible; do not answer it. If the message is already
standalone, return it unchanged. Reply with the question only, on one line."""


@dataclass(frozen=True)
class ChatMessage:
    """One message of a chat request, as the OpenAI-compatible API takes it."""

    role: str  # "system" | "user" | "assistant"
    content: str

    def as_dict(self) -> dict[str, str]:
        """The message as the API's JSON object."""
        return {"role": self.role, "content": self.content}


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def condense_messages(question: str, history: Sequence[tuple[str, str]]) -> list[ChatMessage]:
    """The chat messages that ask for a standalone version of a follow-up."""
    turns = []
    for user, assistant in list(history)[-CONDENSE_TURNS:]:
        turns.append(f"User: {_cut(normalize_ws(user or ''), CONDENSE_USER_CHARS)}\n"
                     f"Assistant: {_cut(normalize_ws(assistant or ''), CONDENSE_REPLY_CHARS)}")
    content = ("Conversation so far:\n" + "\n\n".join(turns) +
               f"\n\nLast message: {question}\n\nStandalone question:")
    return [ChatMessage(role="system", content=CONDENSE_PROMPT), ChatMessage(role="user", content=content)]


def clean_condensed(text: str) -> str:
    """The standalone question out of the LLM's reply ('' when there is none)."""
    for line in text.strip().splitlines():
        line = re.sub(r"^\s*(?:standalone question|question)\s*:\s*", "", line.strip(), flags=re.IGNORECASE)
        line = line.strip().strip("\"“”'`").strip()
        if line:
            return line
    return ""


# ── Deadline, secrets ───────────────────────────────────────────────────────────────────────────


@dataclass
class Deadline:
    """The time one answer may take, from its start: every LLM call of the answer draws on it."""

    seconds: float
    started: float = field(default_factory=time.monotonic)

    def remaining(self) -> float:
        """Seconds left (negative once past)."""
        return self.seconds - (time.monotonic() - self.started)

    @property
    def expired(self) -> bool:
        """Whether the deadline has passed."""
        return self.remaining() <= 0


class DeadlineExceeded(LLMError):
    """The answer's deadline passed before the LLM finished."""


_USERINFO = re.compile(r"(?<=//)[^/@\s]*@")


def redact_url(url: str) -> str:
    """``url`` with any ``user:password@`` and every query value replaced by ``***``."""
    url = _USERINFO.sub("***@", url)
    head, sep, query = url.partition("?")
    if not sep:
        return url
    query = re.sub(r"=[^&#]*", "=***", query)
    return f"{head}?{query}"


class Secrets:
    """The secret strings of the LLM settings, to scrub from every message the engine makes."""

    MIN_CHARS = 4  # shorter values ("a", "v1") are not secrets and would garble messages

    def __init__(self, base_url: str, api_key: str | None) -> None:
        values: set[str] = set()
        parts = urlsplit(base_url) if re.match(r"^\w+://", base_url) else None
        if parts is not None:
            for value in (parts.username, parts.password, parts.netloc.rpartition("@")[0] or None):
                if value:
                    values.add(value)
            values.update(v for _, v in parse_qsl(parts.query, keep_blank_values=False))
        if api_key:
            values.add(api_key)
        # Longest first, so "user:key" goes before "key".
        self._values = sorted((v for v in values if len(v) >= self.MIN_CHARS and v != NO_KEY), key=len, reverse=True)

    def scrub(self, text: str) -> str:
        """``text`` with every secret replaced by ``***``."""
        for value in self._values:
            text = text.replace(value, "***")
        return _USERINFO.sub("***@", text) if "@" in text else text


# ── Failures and the retry policy ───────────────────────────────────────────────────────────────


@dataclass
class _Failure:
    retry: bool
    reason: str
    retry_after: float | None = None


class _AttemptFailed(Exception):
    """One attempt failed; ``failure`` says whether to retry and why (tenacity retries on it)."""

    def __init__(self, failure: _Failure) -> None:
        super().__init__(failure.reason)
        self.failure = failure


def _server_message(exc: Any) -> str:
    body = exc.body
    msg = ""
    if isinstance(body, dict):
        err = body.get("error", body)
        msg = str(err.get("message", "")) if isinstance(err, dict) else str(err)
    msg = normalize_ws(msg or exc.message or "")
    return msg if len(msg) <= 200 else msg[:197] + "…"


def _retry_after(exc: Any) -> float | None:
    value = exc.response.headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None  # an HTTP date: the backoff decides


@cache
def _slots(count: int) -> threading.BoundedSemaphore:
    """The process-wide slots for LLM calls (one semaphore per configured count)."""
    return threading.BoundedSemaphore(count)


# ── Worker: one call in a thread, read with a deadline ──────────────────────────────────────────

_ITEM, _END, _ERROR = "item", "end", "error"


class _Worker:
    """Runs ``job(emit, stopped)`` in a daemon thread; the caller reads what it emits and never
    waits past the deadline. ``close`` asks the job to stop (it closes its HTTP response)."""

    def __init__(self, job: Callable[[Callable[[str], None], threading.Event], None], deadline: Deadline,
                 slots: threading.BoundedSemaphore, late: Callable[[], LLMError], busy: Callable[[], LLMError]):
        self._job = job
        self._deadline = deadline
        self._slots = slots
        self._late = late
        self._busy = busy
        self._queue: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self.stopped = threading.Event()

    def _run(self) -> None:
        try:
            self._job(lambda text: self._queue.put((_ITEM, text)), self.stopped)
            self._queue.put((_END, None))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, who raises it as it is
            self._queue.put((_ERROR, exc))
        finally:
            self._slots.release()

    def items(self) -> Iterator[str]:
        """What the job emits, in order; raises what it raised, or the deadline's error."""
        if self._deadline.expired:
            raise self._late()
        if not self._slots.acquire(timeout=max(0.0, self._deadline.remaining())):
            raise self._busy()
        try:
            threading.Thread(target=self._run, name="llm-call", daemon=True).start()
        except RuntimeError:  # no thread could be started: the slot is not held
            self._slots.release()
            raise
        try:
            while True:
                try:
                    kind, value = self._queue.get(timeout=max(0.0, self._deadline.remaining()))
                except queue.Empty:
                    raise self._late() from None
                if kind == _ITEM:
                    yield value
                elif kind == _ERROR:
                    raise value
                else:
                    return
        finally:
            self.close()

    def close(self) -> None:
        """Ask the job to stop; it closes its response at the next piece or read timeout."""
        self.stopped.set()


# ── The engine ──────────────────────────────────────────────────────────────────────────────────


def completion_text(body: bytes, content_type: str) -> str:
    """The text of a non-streamed chat completion; raises :class:`LLMError` saying what is wrong
    with a reply that is not one."""
    if "json" not in content_type.lower():
        raise LLMError(f"the server answered with {content_type.split(';')[0] or 'no content type'}, "
                       "not a JSON chat completion")
    try:
        data = json.loads(body)
    except ValueError:
        raise LLMError("the server's reply is not valid JSON") from None
    if not isinstance(data, dict):
        raise LLMError("the server's reply is not a chat completion")
    if data.get("error"):
        err = data["error"]
        msg = normalize_ws(str(err.get("message", err) if isinstance(err, dict) else err))
        raise LLMError(f"the server reported an error ({_cut(msg, 200)})")
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise LLMError("the server's reply has no choices")
    message = choices[0].get("message")
    if not isinstance(message, dict):
        raise LLMError("the server's reply has no message in its first choice")
    content = message.get("content")
    if content is None:
        return ""
    if not isinstance(content, str):
        raise LLMError("the server's reply has a message whose content is not text")
    return content


def chunk_text(chunk: Any) -> str:
    """The text of one streamed chunk ('' for a chunk that carries none: role, usage, keep-alive)."""
    choices = getattr(chunk, "choices", None)
    if not choices or not isinstance(choices, list):
        return ""
    delta = getattr(choices[0], "delta", None)
    content = getattr(delta, "content", None)
    return content if isinstance(content, str) else ""


class LLMEngine:
    """One OpenAI-compatible chat model, with bounded retries, a deadline per answer, a cap on
    concurrent calls, and errors a user can act on.

    ``backoff`` is the first retry's delay in seconds (doubled each time, capped at
    ``max_backoff``).
    """

    def __init__(self, settings: Settings, *, backoff: float = 0.5, max_backoff: float = 20.0) -> None:
        self.model = (settings.llm_model or "").strip()
        if not self.model:
            raise ConfigError("RAG_LLM_MODEL is empty: set it to the name of a chat model the server serves.")
        base = (settings.openai_base_url or "").strip() or OPENAI_BASE
        self.secrets = Secrets(base, settings.openai_api_key)
        if not re.match(r"^https?://[^/\s]+", base):
            raise ConfigError(f"OPENAI_BASE_URL must be an http(s) URL such as http://localhost:11434/v1, "
                              f"not {self.secrets.scrub(redact_url(base))!r}.")
        if not settings.openai_api_key and base == OPENAI_BASE:
            raise ConfigError("The LLM engine needs OPENAI_API_KEY (for OpenAI) or OPENAI_BASE_URL (for a local "
                              "OpenAI-compatible server); set one, or use the extractive engine.")
        if not settings.llm_timeout > 0:
            raise ConfigError(f"RAG_LLM_TIMEOUT must be a positive number of seconds, not {settings.llm_timeout!r}.")
        if not settings.llm_deadline > 0:
            raise ConfigError(f"RAG_LLM_DEADLINE must be a positive number of seconds, not "
                              f"{settings.llm_deadline!r}.")
        if settings.llm_concurrency < 1:
            raise ConfigError(f"RAG_LLM_CONCURRENCY must be 1 or more, not {settings.llm_concurrency!r}.")
        self.base_url = base.rstrip("/")
        self.shown_url = redact_url(self.base_url)  # what messages say
        self.custom_server = bool(settings.openai_base_url)
        self.timeout = float(settings.llm_timeout)
        self.deadline_seconds = float(settings.llm_deadline)
        self.max_retries = max(0, int(settings.llm_max_retries))
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._slots = _slots(int(settings.llm_concurrency))
        self.concurrency = int(settings.llm_concurrency)
        reasoning = bool(_REASONING_MODEL.match(self.model))
        self._options: dict[str, Any] = {"temperature": 1.0 if reasoning else 0.1}
        if not reasoning:
            self._options["max_tokens"] = ANSWER_MAX_TOKENS
        self._api_key = settings.openai_api_key or NO_KEY
        self._client_lock = threading.Lock()
        self._client_obj: Any = None

    def deadline(self) -> Deadline:
        """A fresh deadline for one answer (``RAG_LLM_DEADLINE``)."""
        return Deadline(self.deadline_seconds)

    @property
    def _client(self) -> Any:
        with self._client_lock:
            if self._client_obj is None:
                import openai

                self._client_obj = openai.OpenAI(base_url=self.base_url, api_key=self._api_key, max_retries=0,
                                                 timeout=self.timeout)
            return self._client_obj

    # -- errors --------------------------------------------------------------------------------

    def _where(self) -> str:
        return f" at {self.shown_url}" if self.custom_server else ""

    def _classify(self, exc: BaseException) -> _Failure:
        """Turn a client exception into a retry decision and a reason (or raise ConfigError)."""
        import httpx
        import openai

        if isinstance(exc, (openai.APITimeoutError, httpx.TimeoutException)):
            return _Failure(True, f"no reply within {self.timeout:g} s (timed out)")
        if isinstance(exc, (openai.APIConnectionError, httpx.TransportError)):
            cause = exc.__cause__ if isinstance(exc, openai.APIConnectionError) else exc
            if cause is None or isinstance(cause, httpx.ConnectError):
                return _Failure(True, f"could not connect to {self.shown_url}")
            return _Failure(True, f"the connection to {self.shown_url} failed ({type(cause).__name__})")
        if isinstance(exc, openai.APIStatusError):
            status, msg = exc.status_code, _server_message(exc)
            detail = f"HTTP {status}: {msg}" if msg else f"HTTP {status}"
            if status == 401:
                raise ConfigError(self.secrets.scrub(
                    f"The LLM server{self._where()} rejected the API key ({detail}): set OPENAI_API_KEY to a "
                    "valid key.")) from None
            if status == 403:
                raise ConfigError(self.secrets.scrub(
                    f"The LLM server{self._where()} refused access to model {self.model!r} ({detail}): check "
                    "OPENAI_API_KEY and RAG_LLM_MODEL.")) from None
            if status == 404:
                raise ConfigError(self.secrets.scrub(
                    f"The LLM server{self._where()} does not know model {self.model!r} ({detail}): set "
                    "RAG_LLM_MODEL to a model it serves"
                    + (", and check OPENAI_BASE_URL (the server's /v1 URL)." if self.custom_server else "."))
                ) from None
            if status == 429:
                code = exc.body.get("code") if isinstance(exc.body, dict) else None
                if code == "insufficient_quota" or "quota" in msg.lower():
                    return _Failure(False, f"the API key's quota is used up ({detail})")
                return _Failure(True, f"rate limited ({detail})", _retry_after(exc))
            if status >= 500 or status in (408, 409):
                return _Failure(True, f"server error ({detail})", _retry_after(exc))
            return _Failure(False, f"the server rejected the request ({detail})")
        if isinstance(exc, openai.APIError):
            return _Failure(False, f"the server's reply could not be used ({normalize_ws(str(exc))[:200]})")
        return _Failure(False, f"the server's reply could not be read ({type(exc).__name__})")

    @staticmethod
    def _client_errors() -> tuple[type[BaseException], ...]:
        import httpx
        import openai

        return (openai.APIError, httpx.HTTPError)

    def _late(self) -> LLMError:
        return DeadlineExceeded(f"no complete answer within the {self.deadline_seconds:g} s deadline "
                                "(RAG_LLM_DEADLINE)")

    def _busy(self) -> LLMError:
        return LLMError(f"{self.concurrency} LLM calls were already in flight in this process and none "
                        f"finished within the {self.deadline_seconds:g} s deadline (RAG_LLM_CONCURRENCY)")

    # -- the retry policy (one, for chat and stream) --------------------------------------------

    def _wait(self, deadline: Deadline) -> Callable[[Any], float]:
        import tenacity

        exponential = tenacity.wait_exponential(multiplier=self.backoff, max=self.max_backoff)

        def wait(state: Any) -> float:
            exc = state.outcome.exception()
            delay = exponential(state) * (1 + random.random() * 0.25)  # jitter: clients do not retry in step
            after = exc.failure.retry_after if isinstance(exc, _AttemptFailed) else None
            if after is not None:
                delay = max(delay, min(self.max_backoff, after))
            return max(0.0, min(delay, deadline.remaining() - MIN_ATTEMPT_SECONDS))

        return wait

    def _retrying(self, attempt: Callable[[], T], deadline: Deadline, stopped: threading.Event) -> T:
        """Run ``attempt`` with the retry policy: retryable faults are tried again after a backoff,
        while attempts and the deadline allow; the last failure is raised as :class:`LLMError`."""
        import tenacity

        tries = 0

        def once() -> T:
            nonlocal tries
            tries += 1
            try:
                return attempt()
            except self._client_errors() as exc:
                raise _AttemptFailed(self._classify(exc)) from exc

        def out_of_time(state: Any) -> bool:
            return stopped.is_set() or deadline.remaining() - state.upcoming_sleep < MIN_ATTEMPT_SECONDS

        retrying = tenacity.Retrying(
            retry=tenacity.retry_if_exception(lambda e: isinstance(e, _AttemptFailed) and e.failure.retry),
            stop=tenacity.stop_after_attempt(self.max_retries + 1) | out_of_time,
            wait=self._wait(deadline),
            sleep=stopped.wait,  # a closed call stops waiting at once
            reraise=True,
        )
        try:
            return retrying(once)
        except _AttemptFailed as exc:
            reason = exc.failure.reason
            if exc.failure.retry and tries > 1:
                reason = f"{reason}, {tries} attempts"
            raise LLMError(self.secrets.scrub(reason)) from exc.__cause__
        except LLMError as exc:
            raise LLMError(self.secrets.scrub(str(exc))) from exc

    def _request_timeout(self, deadline: Deadline) -> float:
        # Each read waits no longer than the read timeout, nor than the answer has left.
        return max(MIN_ATTEMPT_SECONDS, min(self.timeout, deadline.remaining()))

    # -- calls ---------------------------------------------------------------------------------

    def _complete(self, messages: list[dict[str, str]], deadline: Deadline) -> str:
        """One non-streamed request, its body read up to :data:`MAX_REPLY_BYTES`."""
        create = self._client.chat.completions.with_streaming_response.create
        with create(model=self.model, messages=messages, timeout=self._request_timeout(deadline),
                    **self._options) as response:
            body = bytearray()
            for part in response.iter_bytes():
                body += part
                if len(body) > MAX_REPLY_BYTES:
                    raise LLMError(f"the reply was longer than {MAX_REPLY_CHARS:,} characters")
            text = completion_text(bytes(body), response.headers.get("content-type", ""))
        if len(text) > MAX_REPLY_CHARS:
            raise LLMError(f"the reply was longer than {MAX_REPLY_CHARS:,} characters")
        return text

    def chat(self, messages: Sequence[ChatMessage], deadline: Deadline | None = None) -> str:
        """One non-streaming completion; raises :class:`LLMError` after the retries or at the deadline."""
        deadline = deadline or self.deadline()
        payload = [m.as_dict() for m in messages]

        def job(emit: Callable[[str], None], stopped: threading.Event) -> None:
            emit(self._retrying(lambda: self._complete(payload, deadline), deadline, stopped))

        with closing(_Worker(job, deadline, self._slots, self._late, self._busy).items()) as items:
            for text in items:
                return text
        raise LLMError("the server's reply could not be read (no completion)")

    def stream(self, messages: Sequence[ChatMessage], deadline: Deadline | None = None) -> Iterator[str]:
        """Text deltas as they arrive. Retries while nothing has arrived yet; a stream that breaks
        off later raises :class:`LLMError` (what was shown cannot be taken back). Closing the
        iterator (``contextlib.closing``) closes the HTTP response: the server stops generating."""
        deadline = deadline or self.deadline()
        payload = [m.as_dict() for m in messages]
        errors = self._client_errors()

        def open_stream() -> tuple[Any, Iterator[Any], str]:
            stream = self._client.chat.completions.create(
                model=self.model, messages=payload, stream=True, timeout=self._request_timeout(deadline),
                **self._options)
            chunks = iter(stream)
            try:
                for chunk in chunks:  # up to the first text: a fault before it is retried
                    text = chunk_text(chunk)
                    if text:
                        return stream, chunks, text
            except BaseException:
                stream.close()
                raise
            return stream, chunks, ""

        def job(emit: Callable[[str], None], stopped: threading.Event) -> None:
            stream, chunks, first = self._retrying(open_stream, deadline, stopped)
            size = len(first)
            try:
                if first:
                    emit(first)
                for chunk in chunks:
                    if stopped.is_set():
                        return
                    text = chunk_text(chunk)
                    size += len(text)
                    if size > MAX_REPLY_CHARS:
                        raise LLMError(f"the reply was longer than {MAX_REPLY_CHARS:,} characters")
                    if text:
                        emit(text)
            except errors as exc:
                failure = self._classify(exc)
                raise LLMError(self.secrets.scrub(f"the reply broke off: {failure.reason}")) from exc
            finally:
                stream.close()  # the server sees the connection close and stops generating

        yield from _Worker(job, deadline, self._slots, self._late, self._busy).items()

    def condense_question(self, question: str, history: Sequence[tuple[str, str]],
                          deadline: Deadline | None = None) -> str:
        """A standalone version of a follow-up (one short call); '' when the reply has none."""
        return clean_condensed(self.chat(condense_messages(question, history), deadline))
