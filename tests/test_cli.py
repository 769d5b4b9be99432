"""The ``rag`` command: output, JSON, and one-line errors with non-zero exits (no tracebacks)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rag.corpus.loader import DEFAULT_CORPUS_DIR


def assert_one_line_error(result, code: int | None = None) -> str:
    assert result.exit_code != 0
    if code is not None:
        assert result.exit_code == code
    err = result.stderr.strip()
    assert err.startswith("Error: ")
    assert "Traceback" not in result.output and len(err.splitlines()) == 1
    return err


@pytest.mark.parametrize(
    ("reference", "label", "snippet"),
    [
        ("art. 121(3)", "Rome Statute, art. 121(3)", "two-thirds majority of States Parties"),
        ("Article 8 bis", "Rome Statute, art. 8 bis", "“crime of aggression” means"),
        ("art 15ter", "Rome Statute, art. 15 ter", "Security Council"),
        ("121(5)", "Rome Statute, art. 121(5)", "articles 5, 6, 7 and 8"),
        ("paragraph 3 of article 121", "Rome Statute, art. 121(3)", "two-thirds majority"),
        ("8(2)(b)(xxvi)", "Rome Statute, art. 8(2)(b)(xxvi)", "under the age of fifteen years"),
        ("preamble", "Rome Statute, Preamble", "Determined to put an end to impunity"),
        ("16", "Rome Statute, art. 16", "12 months"),
    ],
)
def test_show_prints_the_provision(run, reference, label, snippet):
    result = run("show", reference)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(label + "\n")
    assert snippet in result.stdout


def test_show_json_has_the_verbatim_text(run):
    result = run("show", "art. 121(4)", "--json")
    data = json.loads(result.stdout)
    assert data["label"] == "Rome Statute, art. 121(4)"
    assert "seven-eighths" in data["text"]
    assert data["article_title"] == "Amendments" and data["part"] == 13


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("article 999", "no article 999"),
        ("art. 121(9)", "no provision 121(9)"),
        ("the bit about judges", "Could not read"),
        ("", "Name a provision"),
    ],
)
def test_show_unknown_provision_fails_with_one_line(run, reference, message):
    err = assert_one_line_error(run("show", reference), code=2)
    assert message in err


def test_ask_prints_cited_answer(run):
    result = run("ask", "What does amending the statute require?")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Rome Statute, art. 121(3)" in out and "Rome Statute, art. 121(4)" in out
    assert "seven-eighths" in out
    assert "offline answer: quotes from the texts" in out


def test_ask_json_is_the_answer_object(run):
    result = run("ask", "--json", "What does amending the statute require?")
    data = json.loads(result.stdout)
    labels = [c["label"] for c in data["citations"]]
    assert "Rome Statute, art. 121(4)" in labels
    assert data["mode"] == "extractive" and data["refused"] is False


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("q" * 2500, "limit is 2,000"),
        ("what\x07 is this", "control"),
    ],
)
def test_ask_bad_question_fails_with_one_line(run, question, message):
    err = assert_one_line_error(run("ask", question), code=2)
    assert message in err


def test_ask_refusal_says_the_corpus_does_not_cover_it(run):
    result = run("ask", "What is the capital of France?")
    assert result.exit_code == 0
    assert "does not cover" in result.stdout
    assert "refused" in result.stdout


def test_index_reports_up_to_date(run):
    result = run("index")
    assert result.exit_code == 0
    assert "up to date" in result.stdout


def test_unwritable_data_dir_is_a_clear_error(run, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    err = assert_one_line_error(run("ask", "What is genocide?", env={"RAG_DATA_DIR": str(blocker / "sub")}), code=3)
    assert "RAG_DATA_DIR" in err


def test_bad_embedding_model_setting_is_a_clear_error(run):
    err = assert_one_line_error(run("ask", "What is genocide?", env={"RAG_EMBED_MODEL": "word2vec"}), code=3)
    assert "RAG_EMBED_MODEL" in err


def _digest(directory: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(directory.rglob("*")):
        if p.is_file():
            h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()


@pytest.mark.slow
def test_damaged_index_gives_recovery_message_then_rebuild_recovers(run, shared_data_dir, tmp_path):
    data = tmp_path / "damaged"
    shutil.copytree(shared_data_dir, data)
    corpus_before = _digest(DEFAULT_CORPUS_DIR)
    db = data / "chroma" / "chroma.sqlite3"
    with open(db, "r+b") as fh:
        fh.write(os.urandom(8192))
    env = {"RAG_DATA_DIR": str(data)}
    err = assert_one_line_error(run("ask", "What is genocide?", env=env), code=4)
    assert "rag index --rebuild" in err
    rebuilt = run("index", "--rebuild", env=env)
    assert rebuilt.exit_code == 0, rebuilt.output
    from rag.corpus.loader import load_corpus
    from rag.index.chunking import chunk_corpus

    chunks = len(chunk_corpus(load_corpus()))
    assert f"Indexed {chunks} chunks of" in rebuilt.stdout and "reader's-index and scope records" in rebuilt.stdout
    answer = run("ask", "What is genocide?", env=env)
    assert answer.exit_code == 0 and "art. 6" in answer.stdout
    assert _digest(DEFAULT_CORPUS_DIR) == corpus_before


@pytest.mark.slow
def test_interrupted_build_is_detected_and_completed(tmp_path):
    from rag.assistant import Assistant
    from rag.config import Settings

    settings = Settings(data_dir=tmp_path / "data")

    def stop_half_way(done: int, total: int) -> None:
        if done >= total // 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        Assistant(settings, progress=stop_half_way)
    again = Assistant(settings)
    # The corpus's chunks, then the reader's index and the out-of-scope prototypes (plain and masked).
    assert again.built == len(again.chunks) + len(again.workspace.entry_records)
    assert again.index.count() == len(again.chunks)
    assert "121(4)" in [c.provision_id for c in again.ask("What does amending the statute require?").citations]


def test_ingest_then_ask_cites_the_document_verbatim(run, shared_data_dir, tmp_path):
    data = tmp_path / "copy"
    shutil.copytree(shared_data_dir, data)
    env = {"RAG_DATA_DIR": str(data)}
    memo = Path(__file__).parent / "data" / "ingest" / "memo.md"
    ingested = run("ingest", str(memo), env=env)
    assert ingested.exit_code == 0, ingested.output
    assert "as 'memo.md'" in ingested.stdout
    listed = run("sources", env=env)
    assert "memo.md" in listed.stdout and "rome-statute" in listed.stdout
    answer = run("ask", "--json", "When did the Prosecutor open the investigation, according to the memo?", env=env)
    data_out = json.loads(answer.stdout)
    memo_cites = [c for c in data_out["citations"] if c["source"] == "memo.md"]
    assert memo_cites and memo_cites[0]["label"].startswith("memo.md, §")
    assert memo_cites[0]["quote"] in memo.read_text(encoding="utf-8")
    assert not memo_cites[0]["is_law"]
    again = run("ingest", str(memo), env=env)
    assert "Replaced" in again.stdout
    assert [line.split()[0] for line in run("sources", env=env).stdout.splitlines()].count("memo.md") == 1
    assert run("remove", "memo.md", env=env).exit_code == 0
    assert "memo.md" not in run("sources", env=env).stdout


def test_ingest_checks_sizes_and_formats_before_loading_the_model(run, tmp_path, monkeypatch):
    from rag.documents.readers import MAX_FILE_BYTES

    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: 50 MB on paper, nothing on disk

    def no_model(*args, **kwargs):
        raise AssertionError("the embedding model was loaded before the file was checked")

    monkeypatch.setattr("rag.workspace.make_embedder", no_model)
    err = assert_one_line_error(run("ingest", str(big)), 2)
    assert "over the 50 MB limit" in err
    assert "not a PDF" in assert_one_line_error(run("ingest", str(Path(__file__).parent / "data" / "ingest" / "fake.pdf")))


def _rag(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    """The ``rag`` command in a process of its own (its standard streams are the test's to set)."""
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root), "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-c", "from ui.cli import main; main()", *args], env=env,
                          stderr=subprocess.PIPE, timeout=300, **kwargs)


@pytest.mark.parametrize("args", [["show", "art. 5"], ["ask", "What is genocide?"]])
def test_a_command_run_with_stdout_closed_fails_with_a_clear_error(args):
    done = _rag(args, preexec_fn=lambda: os.close(1))  # as `rag ask q >&-`
    assert done.returncode != 0
    assert "Error: standard output is closed" in done.stderr.decode()


def test_output_that_cannot_be_written_is_a_clear_error_not_a_traceback():
    with open("/dev/full", "w") as full:  # every write fails: No space left on device
        done = _rag(["show", "art. 5"], stdout=full)
    err = done.stderr.decode().strip()
    assert done.returncode == 1 and err.startswith("Error: cannot write the output") and "No space left" in err
    assert "Traceback" not in err and "Exception ignored" not in err and len(err.splitlines()) == 1


def test_output_whose_reader_has_gone_ends_quietly():
    root = Path(__file__).resolve().parent.parent
    piped = subprocess.run(["bash", "-c", f"set -o pipefail; {sys.executable} -c 'from ui.cli import main; main()' "
                            "show 'art. 8' | true"],  # the reader exits without reading: a closed pipe
                           capture_output=True, timeout=300, env={**os.environ, "PYTHONPATH": str(root)})
    assert piped.stderr == b"" and piped.returncode == 1


def test_an_out_of_range_chroma_port_is_invalid_not_unreachable(run):
    err = assert_one_line_error(run("ask", "What is genocide?", env={"RAG_CHROMA_PORT": "99999",
                                                                     "RAG_CHROMA_HOST": "127.0.0.1"}), 3)
    assert "RAG_CHROMA_PORT" in err and "1 and 65535" in err and "reach" not in err
