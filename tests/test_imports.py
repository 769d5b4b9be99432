"""Lazy imports (rag/__init__.py, ui/cli.py): a command imports what it uses, measured in a fresh
process, as a user's cold start would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# What `rag ask` (offline engine) and `rag show` never need: the UI, charts, file readers, LLM
# clients, and the deep-learning stack (the question is embedded by ONNX Runtime).
NEVER_ON_THE_QUERY_PATH = [
    "gradio", "matplotlib", "pypdf", "bs4", "openai", "torch", "transformers", "sentence_transformers",
    "llama_index.llms.openai", "llama_index.llms.openai_like", "llama_index.readers", "llama_index.embeddings",
    "llama_index.vector_stores", "llama_index.core",  # BM25 runs on bm25s; Chroma through its client
    "rag.answer.llm", "rag.answer.generation",
]

CHILD = """
import contextlib, io, json, sys
from ui.cli import main
sys.argv = ["rag", *json.loads(sys.argv[1])]
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    main()
print(json.dumps(sorted(sys.modules)))
"""


def modules_after(args: list[str], env: dict[str, str]) -> set[str]:
    """The modules a fresh process has imported after running ``rag *args``."""
    full_env = {**os.environ, **env, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", CHILD, json.dumps(args)], env=full_env, check=True,
                         capture_output=True, text=True, cwd=ROOT).stdout
    return set(json.loads(out.strip().splitlines()[-1]))


def loaded(modules: set[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_importing_rag_loads_nothing_but_rag():
    out = subprocess.run([sys.executable, "-c", "import json, sys, rag; print(json.dumps(sorted(sys.modules)))"],
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True, capture_output=True, text=True)
    modules = set(json.loads(out.stdout))
    assert {m for m in modules if m.startswith("rag.")} == set()
    assert not loaded(modules, "chromadb") and not loaded(modules, "numpy")


def test_rag_show_imports_only_the_corpus(tmp_path):
    modules = modules_after(["show", "art. 121(3)"], {"RAG_DATA_DIR": str(tmp_path)})
    assert "rag.corpus.loader" in modules
    for name in [*NEVER_ON_THE_QUERY_PATH, "chromadb", "onnxruntime", "llama_index", "rag.assistant"]:
        assert not loaded(modules, name), name


@pytest.mark.slow
def test_rag_ask_offline_imports_neither_ui_charts_readers_llm_clients_nor_torch(shared_data_dir, assistant):
    # The index is built from the shipped vectors; the ONNX model is exported (with torch, once per
    # data dir) for the first question embedded. That first run is set-up, not the query path.
    assistant.ask("What is genocide?")
    modules = modules_after(["ask", "Can the ICC impose the death penalty?"], {"RAG_DATA_DIR": str(shared_data_dir)})
    assert "onnxruntime" in modules and "chromadb" in modules  # it did answer, from the index
    for name in NEVER_ON_THE_QUERY_PATH:
        assert not loaded(modules, name), name


def test_building_the_llm_s_messages_imports_no_llama_index():
    code = ("import sys; from rag.answer.generation import answer_messages; "
            "from rag.answer.llm import condense_messages; "
            "condense_messages('and then?', [('q', 'a')]); answer_messages('q', [], None); "
            "print(sorted(m for m in sys.modules if m.startswith('llama_index')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
