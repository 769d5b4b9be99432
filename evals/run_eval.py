"""Run the eval set against the shipped pipeline and its ablations; print a table.

    python evals/run_eval.py [--subset dev|test|all] [--config default ...] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from rag import config
from rag.assistant import Assistant
from rag.evaluation import evaluate, load_questions, summarize
from rag.retrieval import RetrievalOptions

HERE = Path(__file__).resolve().parent
BASE = RetrievalOptions()
CONFIGS = {
    "default": BASE,
    "dense-only": replace(BASE, bm25=False, named=False, xref=False, expand=False),
    "bm25-only": replace(BASE, dense=False, named=False, xref=False, expand=False),
    "no-named-lookup": replace(BASE, named=False),
    "no-xref": replace(BASE, xref=False),
    "no-glossary": replace(BASE, expand=False),
}
COLUMNS = ["hit@1", "hit@5", "mrr", "cited_gold", "citation_validity", "fact_coverage",
           "refusal_accuracy", "false_refusals", "latency_p50_ms", "latency_p95_ms"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--subset", default="all", choices=["dev", "test", "all"])
    parser.add_argument("--config", action="append", choices=sorted(CONFIGS))
    parser.add_argument("--questions", type=Path, default=HERE / "questions.jsonl")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    questions = load_questions(args.questions, args.subset)
    base = Assistant(config.from_env())
    summary = {"questions": len(questions), "subset": args.subset, "configs": {}}
    lines = []
    for name in args.config or list(CONFIGS):
        assistant = base.with_options(retrieval=CONFIGS[name])
        results = evaluate(
            questions,
            retrieve=lambda q, a=assistant: [a.corpus.key(h.provision.source, h.provision.id)
                                             for h in a.retrieve(q.question, list(q.history)).hits],
            answer=lambda q, a=assistant: a.ask(q.question, history=list(q.history)),
            corpus=base.corpus,
        )
        s = summarize(results)
        summary["configs"][name] = s
        lines.append((name, s))
        if args.show_misses:
            for r in results:
                bad = (r.gold and (r.rank is None or r.rank > 5)) or (r.expect_refusal != r.refused)
                if bad:
                    print(f"  MISS {name} {r.id} [{r.category}] rank={r.rank} refused={r.refused} "
                          f"gold={r.gold} got={r.ranked[:5]} :: {r.question[:90]}", file=sys.stderr)
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            with open(args.out / f"results-{name}.jsonl", "w", encoding="utf-8") as fh:
                for r in results:
                    fh.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
    header = f"{'config':<16}" + "".join(f"{c:>18}" for c in COLUMNS)
    print(f"{len(questions)} questions ({args.subset})")
    print(header)
    for name, s in lines:
        print(f"{name:<16}" + "".join(f"{str(s[c]):>18}" for c in COLUMNS))
    if args.out:
        (args.out / "summary.json").write_text(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
