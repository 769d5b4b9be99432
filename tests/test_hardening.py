"""Hardening: bad input gets a clear message and changes nothing; untrusted text stays data;
secrets never surface."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import served
from openai_server import Reply, ScriptedOpenAIServer

from rag.assistant import Assistant, clean_question
from rag.config import Settings
from rag.corpus.loader import DEFAULT_CORPUS_DIR
from rag.errors import ConfigError, InputError
from rag.index.embeddings import EmbeddingSpec
from rag.index.store import collection_name
from ui.cli import cli

DATA = Path(__file__).parent / "data" / "ingest"


def tree_digest(directory: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(directory.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(directory)).encode() + p.read_bytes())
    return h.hexdigest()


def one_line_error(result) -> str:
    assert result.exit_code != 0
    err = result.stderr.strip()
    assert err.startswith("Error: ") and len(err.splitlines()) == 1 and "Traceback" not in result.output
    return err


# ── Bad questions ───────────────────────────────────────────────────────────────────────────────

@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("x" * 200_000, "limit is 2,000"),
        (bytes(range(256)).decode("latin-1"), "control"),
        ("\x00\x01\x02binary\xff\xfe", "control"),
        ("What is genocide?\u202e\u0000", "control"),
        ("\ufffe\uffff", "no words"),
    ],
    ids=["200kB", "all-bytes", "binary", "nul", "non-characters"],
)
def test_huge_or_binary_question_is_rejected(question, message):
    with pytest.raises(InputError, match=message):
        clean_question(question)


def test_invalid_utf8_argument_is_a_one_line_error(run):
    # Invalid UTF-8 on a command line reaches Python as lone surrogates.
    err = one_line_error(run("ask", "what is \udcff\udcfe genocide"))
    assert "UTF-8" in err or "invalid" in err


def test_failed_commands_change_neither_corpus_nor_index(run, shared_data_dir, tmp_path):
    corpus_before, index_before = tree_digest(DEFAULT_CORPUS_DIR), tree_digest(shared_data_dir / "chroma")
    one_line_error(run("ask", ""))
    one_line_error(run("ask", "q" * 200_000))
    one_line_error(run("show", "article 999"))
    one_line_error(run("ingest", str(tmp_path / "missing.pdf")))
    one_line_error(run("ingest", str(DATA / "corrupt.pdf")))
    one_line_error(run("remove", "no-such-document"))
    assert tree_digest(DEFAULT_CORPUS_DIR) == corpus_before
    assert tree_digest(shared_data_dir / "chroma") == index_before


@pytest.mark.parametrize("name", ["corrupt.pdf", "fake.pdf", "empty.txt", "binary.txt", "png.txt"])
def test_ingest_of_a_bad_file_is_a_one_line_error(run, name):
    err = one_line_error(run("ingest", str(DATA / name)))
    assert name in err


def test_ingest_of_a_mixed_directory_takes_the_good_and_lists_the_rest(tmp_path):
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    for name in ("notes.txt", "corrupt.pdf", "png.txt"):
        (mixed / name).write_bytes((DATA / name).read_bytes())
    (mixed / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = CliRunner().invoke(cli, ["ingest", str(mixed)], env={"RAG_DATA_DIR": str(tmp_path / "data")},
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Ingested" in result.stdout and "notes.txt" in result.stdout
    assert "corrupt.pdf" in result.stderr and "png.txt" in result.stderr


# ── Embedding models never mix ──────────────────────────────────────────────────────────────────

def test_a_different_embedding_model_gets_its_own_collection():
    local = collection_name(EmbeddingSpec.parse("local"), "abc")
    other = collection_name(EmbeddingSpec.parse("openai:text-embedding-3-small"), "abc")
    assert local != other and "minilm" in local and "text-embedding-3-small" in other


def test_openai_embeddings_without_a_key_name_the_variable(tmp_path):
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        Assistant(Settings(data_dir=tmp_path, embed_model="openai:text-embedding-3-small"))


def test_a_key_alone_does_not_change_the_embeddings(tmp_path):
    settings = Settings(data_dir=tmp_path, openai_api_key="sk-test")
    assert EmbeddingSpec.parse(settings.embed_model).provider == "local"


# ── Untrusted text is data ──────────────────────────────────────────────────────────────────────

def test_injected_document_changes_neither_citations_nor_verification(tmp_path):
    assistant = Assistant(Settings(data_dir=tmp_path / "data"))
    report = assistant.ingest([DATA / "injection.txt"])
    doc_id = report.documents[0].id
    answer = assistant.ask("What does the injection document say about article 999?")
    labels = [c.label for c in answer.citations]
    assert not any("999" in label for label in labels)
    for c in answer.citations:
        provision = assistant.corpus.get(assistant.corpus.key(c.source, c.provision_id))
        assert c.quote in provision.text
    amend = assistant.ask("What does amending the statute require?")
    assert {"121(3)", "121(4)"} <= {c.provision_id for c in amend.citations}
    assert all(c.source != doc_id for c in amend.citations[:2])


# ── Secrets ─────────────────────────────────────────────────────────────────────────────────────

SECRET = "sk-test-DO-NOT-LEAK-4242"


def test_api_key_never_appears_in_errors_or_output(shared_data_dir, assistant):
    with ScriptedOpenAIServer(api_key="the-right-key", models=("m",)) as server:
        env = {"RAG_DATA_DIR": str(shared_data_dir), "OPENAI_API_KEY": SECRET,
               "OPENAI_BASE_URL": server.base_url, "RAG_LLM_MODEL": "m", "RAG_LLM_TIMEOUT": "2"}
        wrong_key = CliRunner().invoke(cli, ["ask", "What is genocide?"], env=env)
        server.script(then=Reply(status=500, text="boom"))
        failing = CliRunner().invoke(cli, ["ask", "--json", "What is genocide?"], env=env)
    assert wrong_key.exit_code != 0 and "OPENAI_API_KEY" in wrong_key.stderr
    for result in (wrong_key, failing):
        assert SECRET not in result.output
    assert repr(Settings(openai_api_key=SECRET)).count(SECRET) == 0


# ── Load (bounded, loopback) ────────────────────────────────────────────────────────────────────

def _loadtest():
    import importlib.util

    spec = importlib.util.spec_from_file_location("loadtest", Path(__file__).parent.parent / "evals" / "loadtest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


QUESTIONS = ["What does amending the statute require?", "What is genocide?", "Can heads of state be prosecuted?",
             "What is the capital of France?", "What does article 16 say?", "Is recruiting child soldiers a war crime?"]


@pytest.mark.slow
def test_concurrent_api_users_see_no_failures(assistant):
    report = _loadtest().hammer(lambda: assistant.ask, QUESTIONS, users=8, seconds=3, max_requests=400)
    assert report["requests"] > 8 and report["failed"] == 0, report["failures"]


@pytest.mark.slow
def test_concurrent_ui_users_see_no_failures(assistant):
    from gradio_client import Client

    from ui.web.app import build_app

    with served(build_app(assistant)) as url:
        def make_call():
            client = Client(url, verbose=False)
            return lambda q: client.predict(q, None, api_name="/ask")

        report = _loadtest().hammer(make_call, QUESTIONS, users=6, seconds=4, max_requests=200)
    assert report["requests"] > 6 and report["failed"] == 0, report["failures"]
