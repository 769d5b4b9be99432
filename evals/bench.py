"""The benchmark behind ``rag bench``: the shipped pipeline and the naive llama-index baseline side
by side — index build time, size on disk, cold start to first answer, warm latency (retrieval
alone and whole answer), peak memory — and how warm latency and build time grow when the corpus
is replicated ×1, ×10, ×100 (distinct ids, a temporary index). Everything runs in temporary
directories; the user's index is never touched.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from evals.metrics import percentile
from rag.config import Settings
from rag.index.chunking import Chunk, chunk_id

QUESTION = "What does amending the statute require?"
Progress = Callable[[str], None]


def _dir_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6, 2)


def _timed(fn: Callable[[], Any]) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def _latency(samples: list[float]) -> dict[str, float]:
    return {"p50_ms": round(statistics.median(samples), 1), "p95_ms": round(percentile(samples, 95), 1)}


def replicate(chunks: list[Chunk], times: int) -> list[Chunk]:
    """The chunks ``times`` over, each copy with its own id (same provision, same text)."""
    if times == 1:
        return list(chunks)
    return [replace(c, id=chunk_id(f"{c.id}#copy", k), metadata={**c.metadata, "copy": k})
            for k in range(times) for c in chunks]


def cold_start(pipeline: str, data_dir: Path) -> dict[str, float]:
    """Start a fresh Python process, open the index and answer one question; wall time and peak RSS."""
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "evals.bench", "--child", pipeline, str(data_dir)], env=env,
                         check=True, capture_output=True, text=True).stdout
    wall = time.perf_counter() - t
    return {"cold_start_s": round(wall, 2), "peak_rss_mb": json.loads(out.strip().splitlines()[-1])["rss_mb"]}


def _child(pipeline: str, data_dir: str) -> None:
    if pipeline == "baseline":
        from evals.baseline import NaiveBaseline
        from rag.corpus.loader import load_corpus
        from rag.index.embeddings import EmbeddingSpec, make_embedder
        from rag.index.store import StoreConfig

        embedder = make_embedder(EmbeddingSpec.parse("local"), data_dir=Path(data_dir))
        NaiveBaseline(load_corpus(), StoreConfig(Path(data_dir)), embedder).answer(QUESTION)
    else:
        from rag.assistant import Assistant

        Assistant(Settings(data_dir=Path(data_dir))).ask(QUESTION)
    print(json.dumps({"rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))


def run_bench(questions: list[str], scales: tuple[int, ...] = (1, 10, 100), warm: int = 100,
              progress: Progress | None = None) -> dict[str, Any]:
    """Measure both pipelines; returns the figures (also the scaling series)."""
    from evals.baseline import NaiveBaseline
    from rag.assistant import Assistant
    from rag.index.store import StoreConfig, VectorIndex
    from rag.retrieve.retriever import Retriever

    say = progress or (lambda _msg: None)
    figures: dict[str, Any] = {"machine": f"{os.cpu_count()} cores, Python {sys.version.split()[0]}",
                               "pipelines": {}, "scaling": {"shipped": [], "baseline": []}}
    qs = questions[:warm]
    with tempfile.TemporaryDirectory(prefix="rag-bench-") as tmp:
        root = Path(tmp)
        say("building the shipped index")
        t = time.perf_counter()
        assistant = Assistant(Settings(data_dir=root / "shipped"))
        shipped_build = time.perf_counter() - t
        say("building the baseline index")
        t = time.perf_counter()
        naive = NaiveBaseline(assistant.corpus, StoreConfig(root / "baseline"), assistant.embedder)
        naive_build = time.perf_counter() - t

        for q in qs[:5]:  # warm-up
            assistant.ask(q)
            naive.answer(q)
        assistant.embedder.clear_cache()  # measure real query embedding
        say(f"warm latency over {len(qs)} questions")
        whole, retrieval = [], []
        for q in qs:
            whole.append(_timed(lambda q=q: assistant.ask(q)))
        assistant.embedder.clear_cache()
        for q in qs:
            retrieval.append(_timed(lambda q=q: assistant.retrieve(q)))
        assistant.embedder.clear_cache()
        naive_whole = [_timed(lambda q=q: naive.answer(q)) for q in qs]
        assistant.embedder.clear_cache()
        naive_retrieval = [_timed(lambda q=q: naive.retrieve(q)) for q in qs]

        say("cold starts")
        figures["pipelines"]["shipped"] = {
            "chunks": len(assistant.chunks), "build_s": round(shipped_build, 2),
            "index_mb": _dir_mb(root / "shipped" / "chroma"),
            "warm_answer": _latency(whole), "warm_retrieval": _latency(retrieval),
            **cold_start("shipped", root / "shipped"),
        }
        figures["pipelines"]["baseline"] = {
            "chunks": len(naive.chunks), "build_s": round(naive_build, 2),
            "index_mb": _dir_mb(root / "baseline" / "chroma"),
            "warm_answer": _latency(naive_whole), "warm_retrieval": _latency(naive_retrieval),
            **cold_start("baseline", root / "baseline"),
        }

        for times in scales:
            for name, base_chunks in (("shipped", assistant.chunks), ("baseline", naive.chunks)):
                say(f"scaling ×{times}: {name}")
                chunks = replicate(base_chunks, times)
                store = StoreConfig(root / f"scale-{name}-{times}")
                index = VectorIndex(store, assistant.embedder, f"bench-{name}-{times}")
                t = time.perf_counter()
                index.build(chunks)
                build = time.perf_counter() - t
                assistant.embedder.clear_cache()
                if name == "shipped":
                    clone = assistant.with_options()
                    clone.index = index
                    clone.retriever = Retriever(assistant.corpus, chunks, index, assistant.retriever.options)
                    samples = [_timed(lambda q=q, a=clone: a.ask(q)) for q in qs[:50]]
                else:
                    by_id = {c.id: c for c in chunks}
                    samples = [_timed(lambda q=q, ix=index, m=by_id: [m[i] for i, _ in ix.query(
                        assistant.embedder.embed_query(q), 5)]) for q in qs[:50]]
                figures["scaling"][name].append({"times": times, "chunks": len(chunks), "build_s": round(build, 2),
                                                 "index_mb": _dir_mb(store.data_dir), **_latency(samples)})
    figures["peak_rss_mb_bench_process"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return figures


def table(figures: dict[str, Any]) -> str:
    """The figures as a text table."""
    p = figures["pipelines"]
    rows = [("index build (s)", "build_s"), ("index size (MB)", "index_mb"), ("cold start → first answer (s)",
            "cold_start_s"), ("peak RSS, cold process (MB)", "peak_rss_mb")]
    lines = [f"{'':34}{'shipped':>12}{'baseline':>12}"]
    for label, key in rows:
        lines.append(f"{label:34}{p['shipped'][key]:>12}{p['baseline'][key]:>12}")
    for label, key in (("warm retrieval", "warm_retrieval"), ("warm whole answer", "warm_answer")):
        for stat in ("p50_ms", "p95_ms"):
            lines.append(f"{label + ' ' + stat[:3] + ' (ms)':34}{p['shipped'][key][stat]:>12}{p['baseline'][key][stat]:>12}")
    lines.append("")
    lines.append(f"{'scale':>6}{'chunks':>9}{'build s':>10}{'ask p50':>9}{'ask p95':>9}   | "
                 f"{'chunks':>7}{'build s':>9}{'query p50':>10}{'p95':>7}  (shipped | baseline)")
    for s, b in zip(figures["scaling"]["shipped"], figures["scaling"]["baseline"]):
        lines.append(f"{'×' + str(s['times']):>6}{s['chunks']:>9}{s['build_s']:>10}{s['p50_ms']:>9}{s['p95_ms']:>9}   | "
                     f"{b['chunks']:>7}{b['build_s']:>9}{b['p50_ms']:>10}{b['p95_ms']:>7}")
    return "\n".join(lines)


def chart(figures: dict[str, Any], path: Path) -> None:
    """Warm latency and build time against corpus size, both pipelines."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.2))
    for name, style in (("shipped", "o-"), ("baseline", "s--")):
        series = figures["scaling"][name]
        xs = [s["chunks"] for s in series]
        ax1.plot(xs, [s["p50_ms"] for s in series], style, label=f"{name} p50")
        ax1.plot(xs, [s["p95_ms"] for s in series], style, alpha=0.4, label=f"{name} p95")
        ax2.plot(xs, [s["build_s"] for s in series], style, label=name)
    for ax, title, unit in ((ax1, "Warm latency vs corpus size", "ms"), (ax2, "Index build time", "s")):
        ax.set_xscale("log")
        ax.set_xlabel("chunks (corpus ×1, ×10, ×100)")
        ax.set_ylabel(unit)
        ax.set_title(title)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "--child":
    _child(sys.argv[2], sys.argv[3])
