"""Benchmark script (same as `rag bench`): build time, warm ask p50/p95, cold `rag ask`, peak RSS,
for the shipped pipeline and the naive baseline, and scaling ×1/×10/×100.

    python evals/bench.py [--scales 1,10,100] [--questions 100] [--out evals/out]
"""

from rag.cli import cli

if __name__ == "__main__":
    cli(["bench", *__import__("sys").argv[1:]], prog_name="evals/bench.py")
