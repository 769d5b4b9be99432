"""Chroma in client/server mode: a real `chroma run` server on a free loopback port."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import free_port

from rag.assistant import Assistant
from rag.config import Settings
from rag.errors import IndexUnavailable

CHROMA = Path(sys.executable).with_name("chroma")
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not CHROMA.exists() and not shutil.which("chroma"), reason="chroma CLI missing")]


class ChromaServer:
    def __init__(self, path: Path, port: int) -> None:
        self.path, self.port, self.proc = path, port, None

    def start(self) -> None:
        exe = str(CHROMA) if CHROMA.exists() else "chroma"
        self.proc = subprocess.Popen([exe, "run", "--path", str(self.path), "--host", "127.0.0.1",
                                      "--port", str(self.port)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("chroma server did not start")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=30)
            self.proc = None


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = ChromaServer(tmp_path_factory.mktemp("chroma-server"), free_port())
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def remote(server, tmp_path_factory):
    settings = Settings(data_dir=tmp_path_factory.mktemp("client-data"), chroma_host="127.0.0.1",
                        chroma_port=server.port)
    return Assistant(settings)


def test_answers_from_the_server_match_the_embedded_store(remote, assistant):
    question = "What does amending the statute require?"
    got = remote.ask(question)
    assert {"121(3)", "121(4)"} <= {c.provision_id for c in got.citations}
    assert [c.label for c in got.citations] == [c.label for c in assistant.ask(question).citations]


def test_records_live_on_the_server_not_in_the_data_dir(remote, server):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.HttpClient(host="127.0.0.1", port=server.port,
                                 settings=ChromaSettings(anonymized_telemetry=False))
    collection = client.get_collection(remote.index.name)
    assert collection.count() == len(remote.chunks)
    assert not (remote.settings.data_dir / "chroma").exists()


def test_server_down_is_a_clear_error_and_recovery_works(remote, server):
    server.stop()
    try:
        with pytest.raises(IndexUnavailable, match=r"Chroma server at 127\.0\.0\.1:\d+ .*running"):
            remote.ask("What is genocide?")
    finally:
        server.start()
    answer = remote.ask("What is genocide?")
    assert answer.citations and answer.citations[0].article == "6"


MEMO = Path(__file__).parent / "data" / "ingest" / "memo.md"


def test_data_dirs_sharing_a_server_never_touch_each_others_documents(remote, server, tmp_path):
    """Both ingest memo.md; one removes it and rebuilds: the other keeps its vectors and answers."""
    remote.ingest([MEMO])
    settings = Settings(data_dir=tmp_path / "other", chroma_host="127.0.0.1", chroma_port=server.port)
    other = Assistant(settings)
    other.ingest([MEMO])
    assert other.index.name != remote.index.name
    other.remove_source("memo.md")
    rebuilt = Assistant(settings, rebuild=True)
    assert rebuilt.index.name == other.index.name and rebuilt.built == len(rebuilt.chunks) + len(rebuilt.workspace.entry_records)
    assert remote.index.records(where={"source": "memo.md"})
    assert remote.index.count() == len(remote.chunks)
    answer = remote.ask("When did the Prosecutor open the investigation, according to the memo?")
    assert any(c.source == "memo.md" for c in answer.citations)


def test_a_server_restarted_with_an_empty_store_is_rebuilt_before_the_next_answer(remote, server, tmp_path_factory):
    from rag.index.store import VectorIndex

    remote.ingest([MEMO])
    bare = VectorIndex(remote.store, remote.embedder, remote.index.name, owner=remote.index.owner)
    assert bare.is_complete()
    server.stop()
    server.path = tmp_path_factory.mktemp("empty-store")
    server.start()
    with pytest.raises(IndexUnavailable, match=r"restarted with an empty store.*rag index"):
        bare.query(remote.embedder.embed_query("genocide"), 3)  # an index that cannot restore says so
    answer = remote.ask("What is genocide?")
    assert answer.citations and answer.citations[0].article == "6"
    assert remote.index.count() == len(remote.chunks)
    assert remote.index.records(where={"source": "memo.md"})  # the ingested document came back too
