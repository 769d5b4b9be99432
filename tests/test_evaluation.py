"""The eval metrics score known right and wrong answers as they should; `rag eval` writes its
outputs; a fast subset gates retrieval quality and citation validity."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from openai_server import Reply, ScriptedOpenAIServer

from evals.judge import judge_answer
from evals.metrics import (
    DEFAULT_QUESTIONS,
    EvalQuestion,
    evaluate,
    fact_coverage,
    first_hit_rank,
    load_questions,
    matches,
    summarize,
)
from evals.report import check_thresholds, parse_thresholds, run_eval
from rag.models import Answer, Citation
from ui.cli import cli

# ── The metrics on a tiny fixture set ───────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("retrieved", "gold", "expected"),
    [
        ("121(3)", "121(3)", True),
        ("7(1)", "7(1)(g)", True),  # the retrieved paragraph contains the gold sub-paragraph
        ("7(1)(g)", "7", True),  # inside the gold article
        ("121(3)", "121(4)", False),
        ("12", "121", False),  # a prefix of the number is not the same article
        ("8 bis(1)", "8", False),
        ("news:3", "news:3", True),
        ("news:3", "news:30", False),
    ],
)
def test_provision_matching(retrieved, gold, expected):
    assert matches(retrieved, gold) is expected


def test_first_hit_rank_counts_positions_and_flat_chunks():
    assert first_hit_rank(["5(a)", "121(4)", "121(3)"], ["121(3)", "121(4)"]) == 2
    assert first_hit_rank(["5(a)"], ["121(3)"]) is None
    assert first_hit_rank([("1", "2"), ("120", "121(3)")], ["121(3)"]) == 2


def test_fact_coverage_is_case_and_quote_insensitive():
    assert fact_coverage("It needs a Two-Thirds majority and seven-eighths ratification.",
                         ["two-thirds majority", "seven-eighths"]) == 1.0
    assert fact_coverage("It needs a simple majority.", ["two-thirds majority", "seven-eighths"]) == 0.0
    assert fact_coverage("the State’s nationals", ["State's nationals"]) == 1.0
    assert fact_coverage("anything", []) is None



@pytest.fixture(scope="module")
def corpus():
    from rag.corpus.loader import load_corpus

    return load_corpus()


def _cite(corpus, key: str, quote: str | None = None) -> Citation:
    p = corpus.get(key)
    return Citation(label=p.label, source=p.source, provision_id=p.id, quote=quote or p.text,
                    article=p.article, paragraph=p.paragraph, kind=corpus.sources[p.source].kind)


def test_metrics_score_a_right_a_wrong_and_a_refusal(corpus):
    qs = [
        EvalQuestion("r", "amend?", ("121(3)",), ("two-thirds majority",), "statute"),
        EvalQuestion("w", "amend again?", ("121(4)",), ("seven-eighths",), "statute"),
        EvalQuestion("o", "capital of France?", (), (), "out-of-corpus", expect_refusal=True),
        EvalQuestion("o2", "weather?", (), (), "out-of-corpus", expect_refusal=True),
    ]
    right = _cite(corpus, "121(3)")
    forged = _cite(corpus, "121(4)", "an amendment shall enter into force after unanimous approval")
    ranked = {"r": ["121(3)", "5(a)"], "w": ["5(a)", "6", "7", "8", "9", "121(4)"], "o": ["5(a)"], "o2": []}
    answers = {
        "r": Answer.from_text("amend?", "… two-thirds majority … [1]", citations=(right,)),
        "w": Answer.from_text("amend again?", "unanimous approval [1]", citations=(forged,)),
        "o": Answer.from_text("capital of France?", "not covered", refused=True),
        "o2": Answer.from_text("weather?", "Paris"),
    }
    results = evaluate(qs, retrieve=lambda q: ranked[q.id], answer=lambda q: answers[q.id], corpus=corpus)
    s = summarize(results)
    assert s["hit@1"] == 0.5 and s["hit@5"] == 0.5
    assert s["mrr"] == pytest.approx((1 + 1 / 6) / 2, abs=1e-4)
    assert s["citation_validity"] == 0.5  # the forged quote is caught
    assert s["fact_coverage"] == 0.5
    assert s["refusal_accuracy"] == 0.5 and s["false_refusals"] == 0
    assert s["cited_gold"] == 1.0


def test_false_refusal_is_counted(corpus):
    qs = [EvalQuestion("a", "q", ("121(3)",), (), "statute")]
    res = evaluate(qs, retrieve=lambda q: ["121(3)"], answer=lambda q: Answer.from_text("q", "no", refused=True),
                   corpus=corpus)
    assert summarize(res)["false_refusals"] == 1 and summarize(res)["false_refusal_rate"] == 1.0


def test_thresholds_parse_and_fail():
    t = parse_thresholds("hit@5=0.95, citation_validity=1")
    assert t == {"hit@5": 0.95, "citation_validity": 1.0}
    summary = {"configs": {"default": {"hit@5": 0.9, "citation_validity": 1.0}}}
    assert check_thresholds(summary, t) == ["hit@5 = 0.9 < 0.95"]
    assert check_thresholds(summary, {"citation_validity": 1.0}) == []


def test_eval_set_is_well_formed():
    qs = load_questions(DEFAULT_QUESTIONS)
    assert len(qs) >= 150
    assert len({q.id for q in qs}) == len(qs)
    assert {q.split for q in qs} == {"dev", "test"}
    assert sum(q.expect_refusal and q.category == "out-of-corpus" for q in qs) >= 15
    assert {q.part for q in qs if q.part is not None} >= set(range(0, 14))


def test_every_gold_provision_exists(corpus):
    for q in load_questions(DEFAULT_QUESTIONS):
        for g in q.gold:
            assert g in corpus, f"{q.id}: {g}"


# ── The pipeline on a fast subset: a regression gate ───────────────────────────────────────────


@pytest.fixture(scope="module")
def gate(assistant):
    qs = load_questions(DEFAULT_QUESTIONS, "dev")[::3]
    summary, results = run_eval(assistant, qs, ["default", "baseline"])
    return summary, results


def test_fast_subset_retrieval_and_citations_hold(gate):
    s = gate[0]["configs"]["default"]
    assert s["hit@5"] >= 0.8
    assert s["citation_validity"] == 1.0
    assert s["false_refusals"] <= 2


def test_the_whole_eval_set_meets_the_acceptance_bar(assistant):
    # On all 288 questions (both splits): hit@5 >= 0.95, every citation valid, at most two false
    # refusals. Issue 2 also asked for every out-of-corpus question refused; that was met by refusal
    # patterns written from these very questions, which issue 11 removed. Refusals now come from
    # evidence (the out-of-scope prototypes of corpus/scope/outside.yaml) and reach 23 of 28 (0.821,
    # measured 2026-12-01); this gate keeps them from sliding below 0.8.
    summary, _ = run_eval(assistant, load_questions(DEFAULT_QUESTIONS), ["default"])
    s = summary["configs"]["default"]
    assert s["hit@5"] >= 0.95
    assert s["citation_validity"] == 1.0
    assert s["refusal_accuracy"] >= 0.8
    assert s["false_refusals"] <= 2


def test_shipped_pipeline_beats_the_naive_baseline(gate):
    configs = gate[0]["configs"]
    assert configs["default"]["hit@5"] > configs["baseline"]["hit@5"] + 0.1


def test_rag_eval_writes_the_four_outputs(assistant, shared_data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("RAG_DATA_DIR", str(shared_data_dir))
    qs = tmp_path / "qs.jsonl"
    rows = [q for q in DEFAULT_QUESTIONS.read_text().splitlines() if q.strip()][:6]
    qs.write_text("\n".join(rows))
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["eval", "--questions", str(qs), "--config", "default", "--config", "baseline",
                                      "--out", str(out), "--fail-under", "citation_validity=1"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "summary.json").read_text())
    assert summary["questions"] == 6 and set(summary["configs"]) == {"default", "baseline"}
    assert len((out / "results.jsonl").read_text().splitlines()) == 12
    assert "| default |" in (out / "report.md").read_text()
    assert (out / "metrics.png").read_bytes()[:4] == b"\x89PNG"


def test_rag_eval_fails_under_a_threshold(assistant, shared_data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("RAG_DATA_DIR", str(shared_data_dir))
    qs = tmp_path / "qs.jsonl"
    qs.write_text([q for q in DEFAULT_QUESTIONS.read_text().splitlines() if q.strip()][0])
    result = CliRunner().invoke(cli, ["eval", "--questions", str(qs), "--config", "default", "--out",
                                      str(tmp_path / "o"), "--fail-under", "hit@1=1.01"])
    assert result.exit_code == 1
    assert "below --fail-under: hit@1" in result.stderr


# ── LLM judge against the scripted local server ────────────────────────────────────────────────


def test_llm_judge_reads_the_verdicts(assistant):
    with ScriptedOpenAIServer(api_key="k", models=("judge",)) as server:
        llm = assistant.with_llm(openai_base_url=server.base_url, openai_api_key="k", llm_model="judge",
                                 llm_timeout=2.0, llm_max_retries=0)
        server.script(Reply(text='{"faithful": true, "correct": false, "why": "misses seven-eighths"}'),
                      Reply(text="no json here"))
        answer = assistant.ask("What does amending the statute require?")
        first = judge_answer(llm.llm, "q", answer, ["seven-eighths"])
        second = judge_answer(llm.llm, "q", answer, [])
    assert (first.faithful, first.correct) == (True, False)
    assert (second.faithful, second.correct) == (None, None)
