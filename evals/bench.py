"""Benchmark the offline pipeline: index build, warm ask latency, cold CLI start, peak memory.

    python evals/bench.py [--out evals/out/bench.json] [--questions N]

Runs in a temporary data directory (the user's index is not touched); prints a table and writes
the figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUESTION = "What does amending the statute require?"


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE / "out" / "bench.json")
    parser.add_argument("--questions", type=int, default=200, help="distinct questions for warm latency")
    args = parser.parse_args(argv)

    from rag.assistant import Assistant
    from rag.config import Settings
    from rag.evaluation import load_questions

    figures: dict[str, float | int | str] = {}
    with tempfile.TemporaryDirectory(prefix="rag-bench-") as tmp:
        data_dir = Path(tmp)
        t0 = time.perf_counter()
        assistant = Assistant(Settings(data_dir=data_dir))
        figures["index_build_s"] = round(time.perf_counter() - t0, 2)
        figures["chunks"] = len(assistant.chunks)
        figures["index_size_mb"] = round(sum(p.stat().st_size for p in data_dir.rglob("*") if p.is_file()) / 1e6, 2)

        questions = [q.question for q in load_questions(HERE / "questions.jsonl")][: args.questions]
        for q in questions[:5]:  # warm-up: first calls load lazy code paths
            assistant.ask(q)
        whole, retrieval = [], []
        for q in questions[5:]:
            t = time.perf_counter()
            answer = assistant.ask(q)
            whole.append((time.perf_counter() - t) * 1000)
            retrieval.append(answer.timings_ms.get("retrieval", 0.0))
        figures["warm_questions"] = len(whole)
        figures["warm_ask_p50_ms"] = round(statistics.median(whole), 1)
        figures["warm_ask_p95_ms"] = round(percentile(whole, 95), 1)
        figures["warm_retrieval_p50_ms"] = round(statistics.median(retrieval), 1)
        figures["warm_retrieval_p95_ms"] = round(percentile(retrieval, 95), 1)
        figures["peak_rss_mb_in_process"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)

        env = {**os.environ, "RAG_DATA_DIR": str(data_dir)}
        env.pop("OPENAI_API_KEY", None)
        env.pop("OPENAI_BASE_URL", None)
        cold = []
        for _ in range(3):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "rag.cli", "ask", QUESTION], env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            cold.append(time.perf_counter() - t)
        figures["cold_cli_ask_s"] = round(statistics.median(cold), 2)
        figures["peak_rss_mb_cli"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    figures["machine"] = f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"

    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2))
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
