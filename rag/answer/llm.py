"""The LLM transport: any OpenAI-compatible server through llama-index's ``OpenAILike``.

Faults: timeouts, connection errors, 429 and 5xx are retried ``llm_max_retries`` times with
exponential backoff (the openai client's own hidden retries are off), then reported as
:class:`LLMError` — the assistant turns that into the extractive answer with a warning. A
rejected key or an unknown model is a :class:`ConfigError` naming the variable to fix.

This is the only module that imports ``openai``. No code path here counts tokens, so no
tiktoken encoding is ever fetched (``OpenAILike`` has no tokenizer unless given one).
Prompts and the verification of what the LLM writes are in :mod:`rag.answer.generation`.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx
import openai

from rag.answer.verification import normalize_ws
from rag.config import Settings
from rag.errors import ConfigError, LLMError

if TYPE_CHECKING:
    from llama_index.core.llms import ChatMessage

ANSWER_MAX_TOKENS = 1024
OPENAI_BASE = "https://api.openai.com/v1"
NO_KEY = "not-needed"  # local servers (Ollama, llama.cpp, vLLM) accept any key; the client needs one
_REASONING_MODEL = re.compile(r"^(?:o\d|gpt-5)", re.IGNORECASE)

CONDENSE_PROMPT = """\
You rewrite the user's last message as ONE standalone question about the Rome Statute of the
International Criminal Court (or the news report discussed), using the conversation only to
resolve what the message refers to ("it", "that", "and who can ...?", "what about ...?").
Keep the user's meaning and wording where possible; do not answer it. If the message is already
standalone, return it unchanged. Reply with the question only, on one line."""


def condense_messages(question: str, history: Sequence[tuple[str, str]]) -> list[ChatMessage]:
    """The chat messages that ask for a standalone version of a follow-up."""
    from llama_index.core.llms import ChatMessage

    turns = []
    for user, assistant in list(history)[-3:]:
        reply = normalize_ws(assistant or "")
        turns.append(f"User: {normalize_ws(user or '')}\nAssistant: {reply[:500]}{'…' if len(reply) > 500 else ''}")
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


# ── The engine ──────────────────────────────────────────────────────────────────────────────────


def _server_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    msg = ""
    if isinstance(body, dict):
        err = body.get("error", body)
        msg = str(err.get("message", "")) if isinstance(err, dict) else str(err)
    msg = normalize_ws(msg or exc.message or "")
    return msg if len(msg) <= 200 else msg[:197] + "…"


@dataclass
class _Failure:
    retry: bool
    reason: str
    retry_after: float | None = None


class LLMEngine:
    """One OpenAI-compatible chat model, with bounded retries and errors a user can act on.

    ``backoff`` is the first retry's delay in seconds (doubled each time, capped at
    ``max_backoff``); ``sleep`` is injectable for tests.
    """

    def __init__(self, settings: Settings, *, backoff: float = 0.5, max_backoff: float = 20.0,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        from llama_index.llms.openai_like import OpenAILike

        self.model = (settings.llm_model or "").strip()
        if not self.model:
            raise ConfigError("RAG_LLM_MODEL is empty: set it to the name of a chat model the server serves.")
        base = (settings.openai_base_url or "").strip() or OPENAI_BASE
        if not re.match(r"^https?://[^/\s]+", base):
            raise ConfigError(f"OPENAI_BASE_URL must be an http(s) URL such as http://localhost:11434/v1, "
                              f"not {base!r}.")
        if not settings.openai_api_key and base == OPENAI_BASE:
            raise ConfigError("The LLM engine needs OPENAI_API_KEY (for OpenAI) or OPENAI_BASE_URL (for a local "
                              "OpenAI-compatible server); set one, or use the extractive engine.")
        if settings.llm_timeout <= 0:
            raise ConfigError(f"RAG_LLM_TIMEOUT must be a positive number of seconds, not {settings.llm_timeout!r}.")
        self.base_url = base.rstrip("/")
        self.custom_server = bool(settings.openai_base_url)
        self.timeout = float(settings.llm_timeout)
        self.max_retries = max(0, int(settings.llm_max_retries))
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._sleep = sleep
        self.attempts = 0  # requests sent (for tests and diagnostics)
        reasoning = bool(_REASONING_MODEL.match(self.model))
        self._llm = OpenAILike(
            model=self.model,
            api_base=self.base_url,
            api_key=settings.openai_api_key or NO_KEY,
            is_chat_model=True,
            is_function_calling_model=False,
            context_window=128_000,
            max_tokens=None if reasoning else ANSWER_MAX_TOKENS,
            temperature=1.0 if reasoning else 0.1,
            timeout=self.timeout,
            max_retries=0,  # the retries are ours (and so is their count)
            tokenizer=None,  # never count tokens: no tiktoken download
        )

    # -- errors --------------------------------------------------------------------------------

    def _where(self) -> str:
        return f" at {self.base_url}" if self.custom_server else ""

    def _classify(self, exc: BaseException) -> _Failure:
        """Turn a client exception into a retry decision and a reason (or raise ConfigError)."""
        if isinstance(exc, (openai.APITimeoutError, httpx.TimeoutException)):
            return _Failure(True, f"no reply within {self.timeout:g} s (timed out)")
        if isinstance(exc, (openai.APIConnectionError, httpx.TransportError)):
            cause = exc.__cause__ if isinstance(exc, openai.APIConnectionError) else exc
            if cause is None or isinstance(cause, httpx.ConnectError):
                return _Failure(True, f"could not connect to {self.base_url}")
            return _Failure(True, f"the connection to {self.base_url} failed ({type(cause).__name__})")
        if isinstance(exc, openai.APIStatusError):
            status, msg = exc.status_code, _server_message(exc)
            detail = f"HTTP {status}: {msg}" if msg else f"HTTP {status}"
            if status == 401:
                raise ConfigError(f"The LLM server{self._where()} rejected the API key ({detail}): set "
                                  "OPENAI_API_KEY to a valid key.") from None
            if status == 403:
                raise ConfigError(f"The LLM server{self._where()} refused access to model {self.model!r} "
                                  f"({detail}): check OPENAI_API_KEY and RAG_LLM_MODEL.") from None
            if status == 404:
                raise ConfigError(f"The LLM server{self._where()} does not know model {self.model!r} ({detail}): "
                                  "set RAG_LLM_MODEL to a model it serves"
                                  + (", and check OPENAI_BASE_URL (the server's /v1 URL)." if self.custom_server
                                     else ".")) from None
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

    def _delay(self, attempt: int, failure: _Failure) -> float:
        delay = min(self.max_backoff, self.backoff * (2 ** attempt)) * (1 + random.random() * 0.25)
        if failure.retry_after is not None:
            delay = max(delay, min(self.max_backoff, failure.retry_after))
        return delay

    # -- calls ---------------------------------------------------------------------------------

    _ERRORS = (openai.APIError, httpx.HTTPError, ValueError, KeyError, IndexError)

    def chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> str:
        """One non-streaming completion; raises :class:`LLMError` after the retries."""
        attempt = 0
        while True:
            self.attempts += 1
            try:
                return self._llm.chat(messages, **kwargs).message.content or ""
            except self._ERRORS as exc:
                failure = self._classify(exc)
                if not failure.retry or attempt >= self.max_retries:
                    raise LLMError(self._final_reason(failure, attempt)) from exc
                self._sleep(self._delay(attempt, failure))
                attempt += 1

    def stream(self, messages: Sequence[ChatMessage], **kwargs: Any) -> Iterator[str]:
        """Text deltas as they arrive. Retries while nothing has arrived yet; a stream that breaks
        off later raises :class:`LLMError` (what was shown cannot be taken back)."""
        attempt = 0
        while True:
            self.attempts += 1
            started = False
            try:
                for chunk in self._llm.stream_chat(messages, **kwargs):
                    if chunk.delta:
                        started = True
                        yield chunk.delta
                return
            except self._ERRORS as exc:
                failure = self._classify(exc)
                if started:
                    raise LLMError(f"the reply broke off: {failure.reason}") from exc
                if not failure.retry or attempt >= self.max_retries:
                    raise LLMError(self._final_reason(failure, attempt)) from exc
                self._sleep(self._delay(attempt, failure))
                attempt += 1

    def _final_reason(self, failure: _Failure, attempt: int) -> str:
        if failure.retry and attempt:
            return f"{failure.reason}, {attempt + 1} attempts"
        return failure.reason

    def condense_question(self, question: str, history: Sequence[tuple[str, str]]) -> str:
        """A standalone version of a follow-up (one short call); '' when the reply has none."""
        return clean_condensed(self.chat(condense_messages(question, history)))


def _retry_after(exc: openai.APIStatusError) -> float | None:
    try:
        value = exc.response.headers.get("retry-after")
        return float(value) if value is not None else None
    except (ValueError, AttributeError):
        return None
