"""Run the eval set (same as `rag eval`): the shipped pipeline, the naive baseline, ablations.

    python evals/run_eval.py [--subset dev|test|all] [--config NAME ...] [--out DIR] [--show-misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rag import config
from rag.assistant import Assistant
from rag.evalreport import CONFIGS, METRICS, run_eval, write_outputs
from rag.evaluation import load_questions

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--subset", default="all", choices=["dev", "test", "all"])
    parser.add_argument("--config", action="append", choices=sorted(CONFIGS))
    parser.add_argument("--questions", type=Path, default=HERE / "questions.jsonl")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    questions = load_questions(args.questions, args.subset)
    assistant = Assistant(config.from_env())
    summary, results = run_eval(assistant, questions, args.config or list(CONFIGS))
    if args.show_misses:
        for name, res in results.items():
            for r in res:
                if (r.gold and (r.rank is None or r.rank > 5)) or (r.expect_refusal != r.refused):
                    print(f"  MISS {name} {r.id} [{r.category}] rank={r.rank} refused={r.refused} "
                          f"gold={r.gold} got={r.ranked[:5]} :: {r.question[:90]}", file=sys.stderr)
    print(f"{len(questions)} questions ({args.subset})")
    print(f"{'config':<16}" + "".join(f"{c:>19}" for c in METRICS))
    for name, s in summary["configs"].items():
        print(f"{name:<16}" + "".join(f"{str(s[c]):>19}" for c in METRICS))
    if args.out:
        write_outputs(args.out, summary, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
