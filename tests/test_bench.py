"""The start-up budget of ``rag bench`` (evals/bench.py): cold ``rag ask`` per embedding path and the
import floor, measured in fresh processes (the figures themselves are the benchmark's, not asserted)."""

from __future__ import annotations

import pytest

from evals.bench import chart, import_floor, startup_budget, startup_table

# The memory budget for a cold `rag ask` (the old torch path took 720 MB).
MAX_COLD_ASK_RSS_MB = 400

FIGURES = {
    "pipelines": {name: {"build_s": 1.0, "index_mb": 1.0, "cold_start_s": 2.0, "peak_rss_mb": 300.0,
                         "warm_answer": {"p50_ms": 20.0, "p95_ms": 30.0},
                         "warm_retrieval": {"p50_ms": 15.0, "p95_ms": 25.0}} for name in ("shipped", "baseline")},
    "scaling": {name: [{"times": 1, "chunks": 604, "build_s": 5.0, "index_mb": 6.0, "p50_ms": 20.0, "p95_ms": 28.0}]
                for name in ("shipped", "baseline")},
    "startup": {
        "question": "q",
        "paths": {"onnx": {"wall_s": 2.5, "wall_min_s": 2.4, "cpu_s": 2.4, "peak_rss_mb": 340.0, "runs": 5},
                  "torch": {"wall_s": 13.9, "wall_min_s": 10.7, "cpu_s": 12.0, "peak_rss_mb": 720.0, "runs": 5,
                            "rebuild": {"wall_s": 12.1, "wall_min_s": 12.0, "cpu_s": 11.5, "peak_rss_mb": 1000.0,
                                        "runs": 3}}},
        "floor": {"wall_s": 1.9, "wall_min_s": 1.8, "cpu_s": 1.7, "peak_rss_mb": 170.0, "runs": 5,
                  "packages": ["chromadb"], "modules": 1},
        "load_average": [0.5, 0.7],
    },
}


def test_the_startup_table_puts_both_paths_next_to_the_floor():
    from evals.bench import table

    text = table(FIGURES)
    assert "rag ask, onnx embeddings" in text and "rag ask, torch embeddings" in text
    assert "import floor (1 packages)" in text
    assert "onnx path above its import floor: 0.60 s wall, 0.70 s CPU" in text
    assert "rag index --rebuild, torch: 12.1 s wall (median of 3)" in text
    assert startup_table(FIGURES["startup"]) in text


def test_the_chart_has_a_startup_panel(tmp_path):
    pytest.importorskip("matplotlib")
    chart(FIGURES, tmp_path / "bench.png")
    assert (tmp_path / "bench.png").stat().st_size > 10_000


def test_the_import_floor_is_measured_in_a_fresh_process():
    floor = import_floor(["numpy", "no_such_module_xyz"], runs=1)
    assert floor["runs"] == 1 and floor["packages"] == ["no_such_module_xyz", "numpy"]
    assert floor["wall_s"] > 0 and floor["cpu_s"] > 0 and 10 < floor["peak_rss_mb"] < MAX_COLD_ASK_RSS_MB


@pytest.mark.slow
def test_a_cold_ask_stays_within_the_memory_budget_and_its_floor_has_no_torch(shared_data_dir, assistant):
    budget = startup_budget({"onnx": shared_data_dir}, runs=1)
    onnx = budget["paths"]["onnx"]
    assert onnx["runs"] == 1 and onnx["wall_s"] > 0
    assert onnx["peak_rss_mb"] <= MAX_COLD_ASK_RSS_MB
    assert {"chromadb", "onnxruntime", "tokenizers"} <= set(budget["floor"]["packages"])
    assert not {"torch", "transformers", "sentence_transformers", "gradio"} & set(budget["floor"]["packages"])
