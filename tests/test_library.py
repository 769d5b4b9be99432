"""The user's documents kept in step across store, corpus and index (rag/documents/library.py): a file
written only after its vectors, a ledger per collection that repairs what an interruption left, lazy
loading, and reloading when another process ingests or removes."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

import rag.documents.store as store_module
from rag.assistant import Assistant
from rag.config import Settings
from rag.documents.library import index_key
from rag.documents.store import DocumentStore
from rag.errors import DataDirError, IndexUnavailable, RagError
from rag.index.store import VectorIndex
from rag.models import NoteKind

ROOT = Path(__file__).resolve().parent.parent
MEMO = ROOT / "tests" / "data" / "ingest" / "memo.md"
MEMO_QUESTION = "When did the Prosecutor open the investigation, according to the memo?"
# What chromadb says when its disk fills up (measured on a full tmpfs): nothing about space.
CHROMA_DISK_FULL = ("Writing to the index at /data/chroma failed (Error in compaction: Failed to apply logs to the "
                    "metadata segment). Run `rag index --rebuild` to rebuild it from the corpus.")


class Killed(BaseException):
    """Stands for ``kill -9``: nothing catches it, so no clean-up code of ours runs after it."""


@pytest.fixture
def data_dir(tmp_path, shared_data_dir, assistant) -> Path:
    """A data directory of its own whose index is a copy of the session's (no build)."""
    data = tmp_path / "data"
    shutil.copytree(shared_data_dir / "chroma", data / "chroma")
    return data


def opened(data_dir: Path, **kwargs) -> Assistant:
    return Assistant(Settings(data_dir=data_dir), **kwargs)


def memo_copy(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "docs" / "memo.md"
    path.parent.mkdir(exist_ok=True)
    path.write_text(MEMO.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return path


def cites(answer, source: str) -> bool:
    return any(c.source == source for c in answer.citations)


def vectors_match(assistant: Assistant, doc_id: str) -> bool:
    """The index holds exactly the document's chunks (same ids, same texts)."""
    present = {(rid, text) for rid, text, _ in assistant.index.records(where={"source": doc_id})}
    return present == {(c.id, c.span) for c in assistant.chunks if c.source == doc_id} != set()


def failing_add(message: str = CHROMA_DISK_FULL):
    def add(self, chunks, progress=None):
        raise IndexUnavailable(message)

    return add


def write_fails(monkeypatch, code: int) -> None:
    """Every write to the document store fails from now on with ``code`` (a full disk, a read-only one)."""
    def mkstemp(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("rag.documents.store.tempfile.mkstemp", mkstemp)


# ── A document's file is written after its vectors ──────────────────────────────────────────────


def test_a_document_is_stored_only_after_its_vectors_are_in_the_index(data_dir, monkeypatch):
    first = opened(data_dir)
    monkeypatch.setattr(VectorIndex, "add", failing_add())
    with pytest.raises(RagError):
        first.ingest([MEMO])
    assert not (data_dir / "documents" / "memo.md.json").exists()
    assert "memo.md" not in first.corpus.sources and not cites(first.ask(MEMO_QUESTION), "memo.md")
    monkeypatch.undo()
    again = opened(data_dir)
    assert [r["id"] for r in again.sources() if not r["built_in"]] == []
    again.ingest([MEMO])
    assert cites(again.ask(MEMO_QUESTION), "memo.md") and vectors_match(again, "memo.md")


def test_a_failed_replacement_keeps_the_previous_version_and_its_vectors_are_checked_again(data_dir, tmp_path,
                                                                                           monkeypatch):
    path = memo_copy(tmp_path)
    first = opened(data_dir)
    first.ingest([path])
    kept = DocumentStore(data_dir).load("memo.md").sha256
    memo_copy(tmp_path, "\n## Postscript\n\nA paragraph the failed ingest never stored.\n")
    monkeypatch.setattr(VectorIndex, "add", failing_add())
    with pytest.raises(RagError):
        first.ingest([path])
    monkeypatch.undo()
    assert DocumentStore(data_dir).load("memo.md").sha256 == kept
    assert not any("never stored" in p.text for p in first.corpus if p.source == "memo.md")
    later = opened(data_dir)
    assert cites(later.ask(MEMO_QUESTION), "memo.md") and vectors_match(later, "memo.md")


@pytest.mark.parametrize(("code", "says", "never"), [
    (errno.ENOSPC, "the disk is full; free some space", "rebuild"),
    (errno.EDQUOT, "the disk quota is used up", "rebuild"),
    (errno.EROFS, "the data directory is read-only", "rebuild"),
])
def test_an_ingest_that_fails_for_lack_of_space_or_write_access_says_so(code, says, never, data_dir, monkeypatch):
    """The index fails first with chromadb's words (nothing about space); the store finds the cause."""
    assistant = opened(data_dir)

    def add_then_fail(self, chunks, progress=None):
        write_fails(monkeypatch, code)  # the disk fills up (or is made read-only) during the ingest
        raise IndexUnavailable(CHROMA_DISK_FULL)

    monkeypatch.setattr(VectorIndex, "add", add_then_fail)
    with pytest.raises(DataDirError) as err:
        assistant.ingest([MEMO])
    assert says in str(err.value) and never not in str(err.value)
    assert "RAG_DATA_DIR" in str(err.value) or code != errno.EROFS


def test_an_ingest_that_fails_on_a_nearly_full_disk_says_the_disk_is_full(data_dir, monkeypatch):
    """Measured on a full tmpfs: chromadb fails with 80 KB left, where a small file still fits."""
    assistant = opened(data_dir)
    monkeypatch.setattr(VectorIndex, "add", failing_add())
    monkeypatch.setattr("rag.documents.store.shutil.disk_usage", lambda path: SimpleNamespace(free=80 * 2**10))
    with pytest.raises(DataDirError, match=r"is full \(0\.1 MB free\): free some space"):
        assistant.ingest([MEMO])
    assert DocumentStore(data_dir).stamps() == {}


def test_an_index_failure_with_room_to_write_is_reported_as_the_index_reported_it(data_dir, monkeypatch):
    assistant = opened(data_dir)
    monkeypatch.setattr(VectorIndex, "add", failing_add("Writing to the Chroma server failed (timed out)."))
    monkeypatch.setattr("rag.documents.store.shutil.disk_usage", lambda path: SimpleNamespace(free=2**40))
    with pytest.raises(IndexUnavailable, match="timed out"):
        assistant.ingest([MEMO])


@pytest.mark.parametrize(("code", "says"), [
    (errno.ENOSPC, "the disk is full; free some space and run the command again"),
    (errno.EDQUOT, "the disk quota is used up"),
    (errno.EROFS, "read-only; make it writable, or set RAG_DATA_DIR"),
    (errno.EACCES, "permission denied"),
    (errno.ENAMETOOLONG, "a file name is too long"),
    (errno.EIO, "check that the data directory (RAG_DATA_DIR) is writable"),
])
def test_a_failed_store_write_names_its_cause(code, says, tmp_path, monkeypatch):
    store = DocumentStore(tmp_path / "data")
    doc = store.read([MEMO]).documents[0]
    write_fails(monkeypatch, code)
    with pytest.raises(DataDirError) as err:
        store.save(doc)
    assert says in str(err.value) and "\n" not in str(err.value)


# ── remove and rebuild always work ──────────────────────────────────────────────────────────────


def unindexed_memo(data_dir: Path) -> None:
    """A stored document whose vectors are not in the index (what a full disk left before this fix)."""
    store = DocumentStore(data_dir)
    store.save(store.read([MEMO]).documents[0])


def test_open_ask_and_remove_work_while_a_stored_document_cannot_be_indexed(data_dir, monkeypatch):
    unindexed_memo(data_dir)
    monkeypatch.setattr(VectorIndex, "add", failing_add())  # the disk is still full
    assistant = opened(data_dir)
    answer = assistant.ask(MEMO_QUESTION)
    assert any(n.kind is NoteKind.DOCUMENTS and "memo.md could not be indexed" in n.text for n in answer.notes)
    assert assistant.remove_source("memo.md") == []
    assert DocumentStore(data_dir).stamps() == {}
    assert not cites(assistant.ask(MEMO_QUESTION), "memo.md")


def test_remove_works_when_the_vectors_cannot_be_deleted_and_says_what_was_left(data_dir, monkeypatch):
    opened(data_dir).ingest([MEMO])
    assistant = opened(data_dir)

    def delete_fails(self, field, value):
        raise IndexUnavailable(CHROMA_DISK_FULL)

    monkeypatch.setattr(VectorIndex, "delete_where", delete_fails)
    (warning,) = assistant.remove_source("memo.md")
    assert "could not be deleted" in warning and "ignored" in warning
    assert DocumentStore(data_dir).stamps() == {} and not cites(assistant.ask(MEMO_QUESTION), "memo.md")


def test_a_damaged_document_file_can_be_removed(data_dir):
    (data_dir / "documents").mkdir()
    (data_dir / "documents" / "broken.md.json").write_text('{"half": ', encoding="utf-8")
    assistant = opened(data_dir)
    assert assistant.remove_source("broken.md") == []
    assert DocumentStore(data_dir).stamps() == {}


@pytest.mark.slow
def test_a_rebuild_indexes_a_stored_document_whose_vectors_are_missing(data_dir):
    unindexed_memo(data_dir)
    rebuilt = opened(data_dir, rebuild=True)
    assert rebuilt.built and vectors_match(rebuilt, "memo.md")
    key = index_key(rebuilt.store, rebuilt.index.name)
    assert DocumentStore(data_dir).indexed(key) == {"memo.md": DocumentStore(data_dir).load("memo.md").sha256}
    assert cites(rebuilt.ask(MEMO_QUESTION), "memo.md")


# ── Lazy loading, and reloading on change ───────────────────────────────────────────────────────


def test_opening_an_assistant_reads_no_document_and_checks_no_vector(data_dir, monkeypatch):
    opened(data_dir).ingest([MEMO])
    reads, checks = [], []
    real_from_json, real_records = store_module._from_json, VectorIndex.records
    monkeypatch.setattr(store_module, "_from_json", lambda data: reads.append(data["id"]) or real_from_json(data))
    monkeypatch.setattr(VectorIndex, "records", lambda self, where=None: checks.append(where) or real_records(self, where))
    assistant = opened(data_dir)
    assert reads == [] and checks == []
    assert "memo.md" in [r["id"] for r in assistant.sources()]
    assert reads == ["memo.md"] and checks == []  # the ledger says its vectors are in the index


def test_a_running_assistant_sees_what_another_ingests_and_removes(data_dir, tmp_path):
    ui = opened(data_dir)  # a long-running process: the web UI, an API user
    assert not cites(ui.ask(MEMO_QUESTION), "memo.md")
    other = opened(data_dir)  # `rag ingest` and `rag remove`, run meanwhile
    other.ingest([memo_copy(tmp_path)])
    assert cites(ui.ask(MEMO_QUESTION), "memo.md")
    assert "memo.md" in [r["id"] for r in ui.sources()]
    other.remove_source("memo.md")
    assert not cites(ui.ask(MEMO_QUESTION), "memo.md")
    assert "memo.md" not in [r["id"] for r in ui.sources()] and "memo.md" not in ui.corpus.sources


# ── Interrupted at any point: nothing lost, nothing stuck ───────────────────────────────────────


def kill_at(monkeypatch, point: str) -> None:
    """Make the next ingest or removal die at ``point``, as ``kill -9`` would."""
    real_set_indexed, real_add, real_save = DocumentStore.set_indexed, VectorIndex.add, DocumentStore.save
    saved = []

    def set_indexed(self, key, documents):
        if point == ("before the ledger lists it" if saved else "before its vectors"):
            raise Killed
        return real_set_indexed(self, key, documents)

    def add(self, chunks, progress=None):
        if point == "half-way through its vectors":
            real_add(self, chunks[:len(chunks) // 2], progress)
            raise Killed
        return real_add(self, chunks, progress)

    def save(self, doc):
        if point == "after its vectors, before its file":
            raise Killed
        saved.append(doc.id)
        return real_save(self, doc)

    def delete_where(self, field, value):
        raise Killed  # point "after its file is removed, before its vectors"

    monkeypatch.setattr(DocumentStore, "set_indexed", set_indexed)
    monkeypatch.setattr(VectorIndex, "add", add)
    monkeypatch.setattr(DocumentStore, "save", save)
    if point.startswith("after its file is removed"):
        monkeypatch.setattr(VectorIndex, "delete_where", delete_where)


INGEST_POINTS = ["before its vectors", "half-way through its vectors", "after its vectors, before its file",
                 "before the ledger lists it"]


@pytest.mark.parametrize("point", INGEST_POINTS)
def test_a_replacement_killed_at_any_point_loses_nothing_and_is_repaired(point, data_dir, tmp_path, monkeypatch):
    path = memo_copy(tmp_path)
    opened(data_dir).ingest([path])
    memo_copy(tmp_path, "\n## Postscript\n\nThe replacement's own paragraph.\n")
    dying = opened(data_dir)
    kill_at(monkeypatch, point)
    with pytest.raises(Killed):
        dying.ingest([path])
    monkeypatch.undo()
    after = opened(data_dir)
    stored = DocumentStore(data_dir).load("memo.md")
    replaced = point == "before the ledger lists it"  # the file was written: the replacement happened
    assert any("replacement's own paragraph" in p.text for p in stored.provisions) == replaced
    assert cites(after.ask(MEMO_QUESTION), "memo.md") and vectors_match(after, "memo.md")
    after.ingest([path])  # and the store is not stuck: the lock was released with the process
    assert vectors_match(after, "memo.md")


@pytest.mark.parametrize("point", INGEST_POINTS[1:])  # a first ingest has no ledger entry to take back
def test_a_first_ingest_killed_at_any_point_leaves_it_undone_or_done(point, data_dir, monkeypatch):
    dying = opened(data_dir)
    kill_at(monkeypatch, point)
    with pytest.raises(Killed):
        dying.ingest([MEMO])
    monkeypatch.undo()
    after = opened(data_dir)
    done = point == "before the ledger lists it"  # the file was written: the ingest happened
    assert list(DocumentStore(data_dir).stamps()) == (["memo.md"] if done else [])
    assert cites(after.ask(MEMO_QUESTION), "memo.md") == done
    after.ingest([MEMO])
    assert cites(after.ask(MEMO_QUESTION), "memo.md") and vectors_match(after, "memo.md")


def test_a_removal_killed_after_the_file_is_gone_leaves_the_document_removed(data_dir, monkeypatch):
    opened(data_dir).ingest([MEMO])
    dying = opened(data_dir)
    kill_at(monkeypatch, "after its file is removed, before its vectors")
    with pytest.raises(Killed):
        dying.remove_source("memo.md")
    monkeypatch.undo()
    after = opened(data_dir)
    assert "memo.md" not in [r["id"] for r in after.sources()]
    assert not cites(after.ask(MEMO_QUESTION), "memo.md")  # its leftover vectors are ignored


@pytest.mark.slow
def test_a_rebuild_killed_half_way_is_completed_with_the_documents(data_dir):
    opened(data_dir).ingest([MEMO])

    def die_half_way(done: int, total: int) -> None:
        if done >= total // 2:
            raise Killed

    with pytest.raises(Killed):
        opened(data_dir, rebuild=True, progress=die_half_way)
    after = opened(data_dir)
    assert after.built and vectors_match(after, "memo.md")
    assert cites(after.ask(MEMO_QUESTION), "memo.md")


DRIVER = textwrap.dedent("""
    import os, signal, sys
    from rag.documents.store import DocumentStore

    def die(self, doc):  # the vectors are written; the process dies before the document's file is
        os.kill(os.getpid(), signal.SIGKILL)

    DocumentStore.save = die
    from ui.cli import main

    sys.argv = ["rag", "ingest", sys.argv[1]]
    main()
""")


@pytest.mark.slow
def test_a_real_kill_9_during_ingest_leaves_the_previous_version_and_a_free_lock(data_dir, tmp_path):
    path = memo_copy(tmp_path)
    opened(data_dir).ingest([path])
    memo_copy(tmp_path, "\n## Postscript\n\nThe replacement's own paragraph.\n")
    env = {**os.environ, "RAG_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-c", DRIVER, str(path)], env=env, capture_output=True, timeout=600)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]
    after = opened(data_dir)
    assert not any("replacement's own" in p.text for p in DocumentStore(data_dir).load("memo.md").provisions)
    assert cites(after.ask(MEMO_QUESTION), "memo.md") and vectors_match(after, "memo.md")
    after.ingest([path])
    assert any("replacement's own" in p.text for p in DocumentStore(data_dir).load("memo.md").provisions)
