"""Shared fixtures: every test runs with its own data directory and no network credentials.

Building the index takes a few seconds, so one index is built per test session (in a temporary
directory) and shared by the tests that need a ready ``Assistant``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rag.config import Settings

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    """No test sees the developer's key, base URL or data directory."""
    for var in list(os.environ):
        if var.startswith("RAG_") or var in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
            monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("RAG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    yield


@pytest.fixture(scope="session")
def shared_data_dir(tmp_path_factory) -> Path:
    """A data directory whose index is built once per session."""
    return tmp_path_factory.mktemp("shared-data")


@pytest.fixture(scope="session")
def assistant(shared_data_dir):
    """A ready offline Assistant over the shipped corpus (index built once per session)."""
    from rag.assistant import Assistant

    return Assistant(Settings(data_dir=shared_data_dir))


@pytest.fixture
def run(monkeypatch, shared_data_dir, assistant):
    """Invoke the ``rag`` CLI in-process against the session's prebuilt index."""
    from click.testing import CliRunner

    from ui.cli import cli

    monkeypatch.setenv("RAG_DATA_DIR", str(shared_data_dir))

    def invoke(*args: str, env: dict[str, str] | None = None):
        return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where tests leave files for a developer to look at (screenshots, reports)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
