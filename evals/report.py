"""Running the eval set over configurations and writing what a maintainer reads.

``run_eval`` runs the shipped pipeline (``default``), the naive llama-index ``baseline`` and
ablations; ``write_outputs`` writes ``summary.json``, ``results.jsonl``, ``report.md`` and a
PNG chart; ``check_thresholds`` turns ``--fail-under hit@5=0.95`` into a pass/fail.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from evals.metrics import EvalQuestion, QuestionResult, evaluate, summarize
from rag.errors import ConfigError

# Each config changes the assistant's own retrieval options (calibrated for its vector space).
CONFIGS: dict[str, dict[str, Any] | None] = {
    "default": {},
    "baseline": None,  # the naive llama-index pipeline (evals.baseline)
    "dense-only": {"bm25": False, "named": False, "xref": False, "readers_index": False, "definition_weight": 0.0},
    "bm25-only": {"dense": False, "named": False, "xref": False, "readers_index": False, "definition_weight": 0.0},
    "no-readers-index": {"readers_index": False},
    "no-named-lookup": {"named": False},
    "no-xref": {"xref": False},
    "no-rerank": {"overlap_weight": 0.0, "span_overlap_weight": 0.0},
    "no-cohesion": {"cohesion_weight": 0.0},
}
METRICS = ["hit@1", "hit@5", "mrr", "cited_gold", "citation_validity", "fact_coverage",
           "refusal_accuracy", "false_refusal_rate", "latency_p50_ms", "latency_p95_ms"]
LLM_METRICS = ["unsupported_sentences", "unsupported_share"]  # shown for --engine llm
CHART_METRICS = ["hit@1", "hit@5", "mrr", "citation_validity", "fact_coverage", "refusal_accuracy"]

Progress = Callable[[int, int], None]


def run_eval(assistant, questions: list[EvalQuestion], configs: list[str], engine: str | None = None,
             progress: Progress | None = None, judge: bool = False
             ) -> tuple[dict[str, Any], dict[str, list[QuestionResult]]]:
    """Evaluate each named config on ``questions``; returns (summary, results per config).

    With ``judge`` (and an LLM configured), the default config's answers are also graded by the
    LLM for faithfulness and correctness, reported under ``summary["llm_judge"]``.
    """
    unknown = [c for c in configs if c not in CONFIGS]
    if unknown:
        raise ConfigError(f"Unknown eval config(s) {', '.join(unknown)}; choose from {', '.join(CONFIGS)}.")
    total = len(questions) * len(configs)
    done = 0

    def tick(_: int, __: int) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total)

    results: dict[str, list[QuestionResult]] = {}
    summary: dict[str, Any] = {"questions": len(questions), "engine": engine or assistant.mode, "configs": {}}
    for name in configs:
        changes = CONFIGS[name]
        if changes is None:
            from evals.baseline import NaiveBaseline

            naive = NaiveBaseline(assistant.corpus, assistant.store, assistant.embedder)
            res = evaluate(
                questions,
                retrieve=lambda q, b=naive: [h.provisions for h in b.retrieve(_standalone(q))],
                answer=lambda q, b=naive: b.answer(_standalone(q)),
                corpus=assistant.corpus, progress=tick,
            )
        else:
            runner = assistant.with_options(retrieval=replace(assistant.retrieval_options, **changes))
            res = evaluate(
                questions,
                retrieve=lambda q, a=runner: [a.corpus.key(h.provision.source, h.provision.id)
                                              for h in a.retrieve(q.question, list(q.history)).hits],
                answer=lambda q, a=runner: a.ask(q.question, history=list(q.history), engine=engine),
                corpus=assistant.corpus, progress=tick,
            )
        results[name] = res
        summary["configs"][name] = summarize(res)
        if name == "default":
            cats = sorted({r.category for r in res})
            summary["default_by_category"] = {
                c: {k: v for k, v in summarize([r for r in res if r.category == c]).items()
                    if k in ("questions", "hit@1", "hit@5", "refusal_accuracy", "false_refusals")} for c in cats}
            splits = {q.id: q.split for q in questions}
            summary["default_by_split"] = {
                sp: summarize([r for r in res if splits.get(r.id) == sp]) for sp in sorted(set(splits.values()))}
    if judge:
        summary["llm_judge"] = _judge(assistant, questions, engine)
    return summary, results


def _judge(assistant, questions: list[EvalQuestion], engine: str | None) -> dict[str, Any]:
    from evals.judge import judge_answer

    if not assistant.settings.llm_configured:
        raise ConfigError("--judge needs an LLM: set OPENAI_API_KEY or OPENAI_BASE_URL (and RAG_LLM_MODEL).")
    verdicts = []
    for q in questions:
        if q.expect_refusal:
            continue
        answer = assistant.ask(q.question, history=list(q.history), engine=engine)
        if answer.refused:
            continue
        verdicts.append(judge_answer(assistant.llm, q.question, answer, list(q.facts)))

    def rate(values: list[bool | None]) -> float | None:
        known = [v for v in values if v is not None]
        return round(sum(known) / len(known), 4) if known else None

    return {"judged": len(verdicts), "model": assistant.settings.llm_model,
            "faithfulness": rate([v.faithful for v in verdicts]),
            "correctness": rate([v.correct for v in verdicts]),
            "unjudged": sum(1 for v in verdicts if v.faithful is None)}


def _standalone(q: EvalQuestion) -> str:
    # The naive pipeline has no conversation handling: it sees the question as asked.
    return q.question


def write_outputs(out: Path, summary: dict[str, Any], results: dict[str, list[QuestionResult]],
                  worst: int = 15) -> list[Path]:
    """Write summary.json, results.jsonl, report.md and metrics.png into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "summary.json", out / "results.jsonl", out / "report.md"]
    written[0].write_text(json.dumps(summary, indent=2), encoding="utf-8")
    with open(written[1], "w", encoding="utf-8") as fh:
        for name, res in results.items():
            for r in res:
                fh.write(json.dumps({"config": name, **r.to_dict()}, ensure_ascii=False) + "\n")
    written[2].write_text(report_markdown(summary, results, worst), encoding="utf-8")
    chart = out / "metrics.png"
    write_chart(chart, summary)
    written.append(chart)
    return written


def report_markdown(summary: dict[str, Any], results: dict[str, list[QuestionResult]], worst: int) -> str:
    """The side-by-side table and the worst questions of the default config, with why."""
    metrics = METRICS + (LLM_METRICS if summary.get("engine") == "llm" else [])
    lines = [f"# Eval report — {summary['questions']} questions, engine: {summary['engine']}", "",
             "| config | " + " | ".join(metrics) + " |", "|---" * (len(metrics) + 1) + "|"]
    for name, s in summary["configs"].items():
        lines.append(f"| {name} | " + " | ".join(_fmt(s.get(m)) for m in metrics) + " |")
    lines += ["", "Retrieval metrics are over answerable questions; refusal accuracy over the questions that "
              "should be refused; citation validity over every citation shown (baseline: no citations)."]
    if summary.get("engine") == "llm":
        lines += ["Unsupported sentences: sentences of the LLM's answers that no valid citation supports "
                  "(flagged to the reader); their share is of all LLM sentences."]
    lines.append("")
    if "default_by_split" in summary:
        lines += ["## Default config by split (dev: tuned on; test and holdout: held out)", "",
                  "| split | questions | hit@1 | hit@5 | cited gold | fact coverage | citation validity | refusal accuracy "
                  "| false refusals |", "|---|---|---|---|---|---|---|---|---|"]
        for sp, m in summary["default_by_split"].items():
            lines.append(f"| {sp} | {m['questions']} | {_fmt(m['hit@1'])} | {_fmt(m['hit@5'])} | {_fmt(m['cited_gold'])} | "
                         f"{_fmt(m['fact_coverage'])} | {_fmt(m['citation_validity'])} | {_fmt(m['refusal_accuracy'])} "
                         f"| {m['false_refusals']} of {m['answerable']} |")
        lines.append("")
    if "default_by_category" in summary:
        lines += ["## Default config by category", "", "| category | questions | hit@1 | hit@5 | refusal accuracy "
                  "| false refusals |", "|---|---|---|---|---|---|"]
        for cat, m in summary["default_by_category"].items():
            lines.append(f"| {cat} | {m['questions']} | {_fmt(m['hit@1'])} | {_fmt(m['hit@5'])} | "
                         f"{_fmt(m['refusal_accuracy'])} | {m['false_refusals']} |")
        lines.append("")
    main = "default" if "default" in results else next(iter(results), None)
    if main:
        lines += [f"## Worst questions ({main})", ""]
        for r, why in _worst(results[main])[:worst]:
            lines.append(f"- **{r.id}** [{r.category}] {r.question} — {why}")
    if "llm_judge" in summary:
        lines += ["", "## LLM-judged (separate from the deterministic metrics)", "",
                  json.dumps(summary["llm_judge"], indent=2)]
    return "\n".join(lines) + "\n"


def _worst(res: list[QuestionResult]) -> list[tuple[QuestionResult, str]]:
    out: list[tuple[int, QuestionResult, str]] = []
    for r in res:
        if r.expect_refusal and not r.refused:
            out.append((0, r, f"should have been refused; cited {', '.join(r.citations[:3]) or 'nothing'}"))
        elif not r.expect_refusal and r.refused:
            out.append((1, r, f"refused, but gold is {', '.join(r.gold)}"))
        elif r.gold and (r.rank is None or r.rank > 5):
            got = ", ".join(str(x) for x in r.ranked[:3])
            out.append((2, r, f"gold {', '.join(r.gold)} not in top 5 (rank {r.rank}); top: {got}"))
        elif not all(r.citation_valid):
            out.append((0, r, "a citation failed verification"))
        elif r.facts is not None and r.facts < 0.5:
            out.append((3, r, f"key facts covered: {r.facts:.0%}"))
    return [(r, why) for _, r, why in sorted(out, key=lambda t: t[0])]


def _fmt(v: Any) -> str:
    if v is None:
        return "—"
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def write_chart(path: Path, summary: dict[str, Any]) -> None:
    """A grouped bar chart of the main metrics per config."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(summary["configs"])
    fig, ax = plt.subplots(figsize=(max(8, 1.6 * len(names)), 4.5))
    width = 0.8 / len(CHART_METRICS)
    for i, metric in enumerate(CHART_METRICS):
        values = [summary["configs"][n].get(metric) or 0 for n in names]
        ax.bar([x + i * width for x in range(len(names))], values, width, label=metric)
    ax.set_xticks([x + 0.4 - width / 2 for x in range(len(names))], names, rotation=15)
    ax.set_ylim(0, 1.05)
    ax.set_title(f"Eval metrics per config ({summary['questions']} questions)")
    ax.legend(ncol=3, fontsize=8, loc="lower right")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def parse_thresholds(spec: str | None) -> dict[str, float]:
    """``"hit@5=0.95,citation_validity=1"`` → ``{"hit@5": 0.95, "citation_validity": 1.0}``."""
    out: dict[str, float] = {}
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        name, _, value = part.partition("=")
        try:
            out[name.strip()] = float(value)
        except ValueError:
            raise ConfigError(f"--fail-under wants METRIC=NUMBER pairs, got {part!r}.") from None
    return out


def check_thresholds(summary: dict[str, Any], thresholds: dict[str, float], config: str = "default") -> list[str]:
    """The failed thresholds (empty when all hold) for ``config``."""
    got = summary["configs"].get(config, {})
    failures = []
    for metric, floor in thresholds.items():
        if metric not in got:
            raise ConfigError(f"Unknown metric {metric!r} in --fail-under; known: {', '.join(METRICS)}.")
        value = got[metric]
        if value is None or value < floor:
            failures.append(f"{metric} = {value} < {floor}")
    return failures
