"""Settings: one dataclass the library takes as an argument; ``from_env`` is for the CLI and UI.

Variables (prefix ``RAG_``): ``RAG_DATA_DIR``, ``RAG_EMBED_MODEL``, ``RAG_CHROMA_HOST``,
``RAG_CHROMA_PORT``, ``RAG_LLM_MODEL``, ``RAG_LLM_TIMEOUT``, ``RAG_LLM_DEADLINE``, ``RAG_LLM_STRICT``,
``RAG_LLM_CONCURRENCY``, ``RAG_SHIPPED_VECTORS``, ``RAG_ADAPTER``; and the standard ``OPENAI_API_KEY``, ``OPENAI_BASE_URL``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from rag.errors import ConfigError

DEFAULT_LLM_MODEL = "gpt-4o-mini"
PORTS = range(1, 65536)  # TCP ports; 0 means "any free port", which no server listens on


def default_data_dir() -> Path:
    """The per-user data directory (XDG on Linux, the platform's equivalent elsewhere)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("rome-statute-rag", appauthor=False))


@dataclass(frozen=True)
class Settings:
    """Everything the library needs to know, passed explicitly."""

    data_dir: Path = field(default_factory=default_data_dir)
    embed_model: str = "local"
    chroma_host: str | None = None
    chroma_port: int = 8000
    corpus_dir: Path | None = None
    engine: str | None = None  # "extractive" | "llm" | None (= llm when configured)
    llm_model: str = DEFAULT_LLM_MODEL
    openai_api_key: str | None = field(default=None, repr=False)
    openai_base_url: str | None = field(default=None, repr=False)  # may hold user:key@ (never shown)
    llm_timeout: float = 30.0  # seconds one read from the LLM server may take
    llm_max_retries: int = 2
    # Seconds one whole LLM answer may take — condensing, retries and streaming included. A small
    # local model that loops can stream for minutes; a reader should wait a minute at most.
    llm_deadline: float = 60.0
    # True: an LLM sentence that no valid citation supports is dropped, not just flagged.
    llm_strict: bool = False
    # LLM calls in flight at once in this process; more wait (within their deadline) for a slot,
    # so a burst of questions to a hung server cannot hold every worker of the UI.
    llm_concurrency: int = 4
    # True: the corpus's chunks, phrases and prototypes take their vectors from corpus/vectors/
    # (rag.index.shipped) instead of being embedded at the first build; False embeds every text.
    shipped_vectors: bool = True
    # True: the bundled model's vectors go through the learned map shipped in corpus/vectors/
    # (rag.index.adapter); False keeps MiniLM's raw space (the ablation `rag eval` is compared with).
    adapter: bool = True

    def __post_init__(self) -> None:
        if self.chroma_port not in PORTS:
            raise ConfigError(f"chroma_port must be between {PORTS[0]} and {PORTS[-1]}, not {self.chroma_port!r}.")

    @property
    def llm_configured(self) -> bool:
        """True when a key or an OpenAI-compatible base URL is set."""
        return bool(self.openai_api_key or self.openai_base_url)

    @property
    def resolved_engine(self) -> str:
        """The engine ``ask`` uses: explicit choice, else ``llm`` when configured."""
        if self.engine:
            return self.engine
        return "llm" if self.llm_configured else "extractive"

    def with_(self, **changes: object) -> Settings:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]


def from_env(env: Mapping[str, str] | None = None) -> Settings:
    """Settings from environment variables (``os.environ`` by default)."""
    env = os.environ if env is None else env
    port_raw = env.get("RAG_CHROMA_PORT", "8000")
    try:
        port = int(port_raw)
    except ValueError:
        raise ConfigError(f"RAG_CHROMA_PORT must be a port number, not {port_raw!r}.") from None
    if port not in PORTS:
        raise ConfigError(f"RAG_CHROMA_PORT must be a port number between {PORTS[0]} and {PORTS[-1]}, not "
                          f"{port_raw!r}.")
    timeout = _positive_seconds(env, "RAG_LLM_TIMEOUT", "30")
    deadline = _positive_seconds(env, "RAG_LLM_DEADLINE", "60")
    concurrency_raw = env.get("RAG_LLM_CONCURRENCY", "4")
    try:
        concurrency = int(concurrency_raw)
    except ValueError:
        concurrency = 0
    if concurrency < 1:
        raise ConfigError(f"RAG_LLM_CONCURRENCY must be a whole number of calls, 1 or more, not {concurrency_raw!r}.")
    engine = env.get("RAG_ENGINE") or None
    if engine not in (None, "extractive", "llm"):
        raise ConfigError(f"RAG_ENGINE must be 'extractive' or 'llm', not {engine!r}.")
    data_dir = env.get("RAG_DATA_DIR")
    return Settings(
        data_dir=Path(data_dir).expanduser() if data_dir else default_data_dir(),
        embed_model=env.get("RAG_EMBED_MODEL", "local") or "local",
        chroma_host=env.get("RAG_CHROMA_HOST") or None,
        chroma_port=port,
        engine=engine,
        llm_model=env.get("RAG_LLM_MODEL") or DEFAULT_LLM_MODEL,
        openai_api_key=env.get("OPENAI_API_KEY") or None,
        openai_base_url=env.get("OPENAI_BASE_URL") or None,
        llm_timeout=timeout,
        llm_deadline=deadline,
        llm_strict=_flag(env, "RAG_LLM_STRICT", False),
        llm_concurrency=concurrency,
        shipped_vectors=_flag(env, "RAG_SHIPPED_VECTORS", True),
        adapter=_flag(env, "RAG_ADAPTER", True),
    )


_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off", "")


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None or not raw.strip():
        return default
    value = raw.strip().lower()
    if value not in _TRUE + _FALSE:
        raise ConfigError(f"{name} must be 1 or 0 (true or false), not {value!r}.")
    return value in _TRUE


def _positive_seconds(env: Mapping[str, str], name: str, default: str) -> float:
    raw = env.get(name, default)
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not value > 0 or value == float("inf"):
        raise ConfigError(f"{name} must be a positive number of seconds, not {raw!r}.")
    return value
