"""The benchmark behind ``rag bench``: the shipped pipeline and the naive llama-index baseline side
by side — index build time, size on disk, cold start to first answer, warm latency (retrieval
alone and whole answer), peak memory — and how warm latency and build time grow when the corpus
is replicated ×1, ×10, ×100 (distinct ids, a temporary index). Everything runs in temporary
directories; the user's index is never touched.

The start-up budget: a cold ``rag ask`` (a fresh process, index built) with the embedding model on
ONNX Runtime and on sentence-transformers (the old path, ``RAG_EMBED_MODEL=local:torch``), wall time
and peak RSS, median of :data:`COLD_RUNS`; and the floor under them: a fresh process that only
imports the third-party packages the ONNX path loads.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from evals.metrics import percentile
from rag.config import Settings
from rag.index.chunking import Chunk, chunk_id

QUESTION = "What does amending the statute require?"
COLD_RUNS = 5  # fresh processes per path: the median of five survives a noisy neighbour on 2 cores
BUILD_RUNS = 3  # full index builds per path: each takes seconds, the median of three is enough
# The embedding runtimes the start-up budget compares (RAG_EMBED_MODEL values).
COLD_PATHS = {"onnx": "local", "torch": "local:torch"}
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


def _child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
    env.setdefault("HF_HUB_OFFLINE", "1")
    return {**env, **extra}


# Runs argv[1:] and prints its wall time and peak RSS. A child's peak RSS counts the memory of the
# process it was forked from (Linux keeps the high-water mark across exec), so the measured command
# is forked from this small launcher, never from the benchmark process (torch is loaded in it).
_LAUNCHER = """
import json, os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print(json.dumps({"wall_s": time.perf_counter() - start, "cpu_s": usage.ru_utime + usage.ru_stime,
                  "rss_mb": usage.ru_maxrss / 1024, "exit": os.waitstatus_to_exitcode(status)}))
"""
Command = tuple[list[str], dict[str, str]]  # argv and environment of a measured process


def _run_measured(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run ``argv`` to completion: its wall time and CPU time (s), its own peak RSS (MB)."""
    done = subprocess.run([sys.executable, "-c", _LAUNCHER, *argv], env=env, capture_output=True, text=True)
    result = json.loads(done.stdout.strip().splitlines()[-1]) if done.returncode == 0 and done.stdout.strip() else {}
    if result.get("exit") != 0:
        raise RuntimeError(f"{' '.join(argv[:3])} … failed ({result.get('exit', done.returncode)}): {done.stderr[-500:]}")
    return result


def _rag_command() -> list[str]:
    script = Path(sys.executable).with_name("rag")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ui.cli"]


def cold_start(pipeline: str, data_dir: Path) -> dict[str, float]:
    """Start a fresh Python process, open the index and answer one question; wall time and peak RSS."""
    result = _run_measured([sys.executable, "-m", "evals.bench", "--child", pipeline, str(data_dir)], _child_env())
    return {"cold_start_s": round(result["wall_s"], 2), "peak_rss_mb": round(result["rss_mb"], 1)}


def measure_interleaved(commands: dict[str, Command], runs: int = COLD_RUNS,
                        progress: Progress | None = None) -> dict[str, dict[str, Any]]:
    """Run every command ``runs`` times, in rounds (a noisy moment on a shared machine then hits
    every command alike); per command the median wall and CPU time, the fastest run, the median
    peak RSS."""
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for round_ in range(runs):
        if progress:
            progress(f"cold starts, round {round_ + 1} of {runs}")
        for name, (argv, env) in commands.items():
            samples[name].append(_run_measured(argv, env))

    def median(name: str, key: str) -> float:
        return statistics.median(s[key] for s in samples[name])

    return {name: {"wall_s": round(median(name, "wall_s"), 2),
                   "wall_min_s": round(min(s["wall_s"] for s in samples[name]), 2),
                   "cpu_s": round(median(name, "cpu_s"), 2), "peak_rss_mb": round(median(name, "rss_mb"), 1),
                   "runs": runs} for name in commands}


def ask_command(data_dir: Path, embed_model: str) -> Command:
    """``rag ask QUESTION`` against the index in ``data_dir``, embedding with ``embed_model``."""
    return [*_rag_command(), "ask", QUESTION], _child_env(RAG_DATA_DIR=str(data_dir), RAG_EMBED_MODEL=embed_model)


def rebuild_command(data_dir: Path, embed_model: str, shipped_vectors: bool = True) -> Command:
    """``rag index --rebuild`` of ``data_dir`` (the embedding model already exported): a full build,
    looking up the vectors shipped in corpus/vectors/ or (``shipped_vectors=False``) computing all."""
    return [*_rag_command(), "index", "--rebuild"], _child_env(
        RAG_DATA_DIR=str(data_dir), RAG_EMBED_MODEL=embed_model, RAG_SHIPPED_VECTORS="1" if shipped_vectors else "0")


def imported_modules(data_dir: Path, embed_model: str) -> list[str]:
    """The third-party modules a ``rag ask`` process has imported once it answered."""
    env = _child_env(RAG_DATA_DIR=str(data_dir), RAG_EMBED_MODEL=embed_model)
    out = subprocess.run([sys.executable, "-m", "evals.bench", "--imports"], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def import_floor(modules: list[str], runs: int = COLD_RUNS) -> dict[str, Any]:
    """A fresh process that only imports ``modules``: what any ``rag ask`` pays before doing anything."""
    with _floor_command(modules) as floor:
        figures = measure_interleaved({"floor": floor}, runs)["floor"]
    return {**figures, "packages": sorted({m.split(".")[0] for m in modules}), "modules": len(modules)}


@contextlib.contextmanager
def _floor_command(modules: list[str]) -> Iterator[Command]:
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as names:
        names.write("\n".join(modules))
        names.flush()
        yield [sys.executable, "-c", _FLOOR, names.name], _child_env()


def startup_budget(data_dirs: dict[str, Path], runs: int = COLD_RUNS, progress: Progress | None = None
                   ) -> dict[str, Any]:
    """Cold ``rag ask`` on each embedding path (``data_dirs``: path name → a data dir built with it),
    side by side with the import floor of the ONNX path, all measured in one run, interleaved."""
    modules = imported_modules(data_dirs["onnx"], COLD_PATHS["onnx"])
    commands = {name: ask_command(data_dir, COLD_PATHS[name]) for name, data_dir in data_dirs.items()}
    load_before = os.getloadavg()[0]
    with _floor_command(modules) as floor:
        figures = measure_interleaved({**commands, "floor": floor}, runs, progress)
    return {"question": QUESTION, "paths": {name: figures[name] for name in commands},
            "floor": {**figures["floor"], "packages": sorted({m.split(".")[0] for m in modules}),
                      "modules": len(modules)},
            "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)]}


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


def _imports_child() -> None:
    """Answer like ``rag ask`` does, then print every third-party module now imported (stdlib and
    ours left out): some are imported only when a client opens, not when its package is."""
    from ui.cli import main

    sys.argv = ["rag", "ask", QUESTION]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
        main()
    ours = {"rag", "ui", "evals"}

    def third_party(name: str) -> bool:
        top = name.split(".")[0]
        spec = getattr(sys.modules.get(name), "__spec__", None)  # None: an alias or a built-in
        return (top not in sys.stdlib_module_names and top not in ours and not top.startswith("_")
                and spec is not None and spec.origin not in ("built-in", "frozen"))

    print(json.dumps(sorted(name for name in list(sys.modules) if third_party(name))))


# Imports each module named in the file argv[1]; a module that only exists as another's attribute
# (six.moves and the like) was imported with its parent and is skipped.
_FLOOR = """
import importlib, sys
for name in open(sys.argv[1]).read().split():
    try:
        importlib.import_module(name)
    except ImportError:
        pass
"""


def run_bench(questions: list[str], scales: tuple[int, ...] = (1, 10, 100), warm: int = 100,
              progress: Progress | None = None) -> dict[str, Any]:
    """Measure both pipelines; returns the figures (also the scaling series)."""
    from evals.baseline import NaiveBaseline
    from rag.assistant import Assistant
    from rag.index.embeddings import MODELS_DIR, make_embedder
    from rag.index.onnx_export import ensure_exported
    from rag.index.onnx_model import model_for
    from rag.index.store import StoreConfig, VectorIndex

    say = progress or (lambda _msg: None)
    figures: dict[str, Any] = {"machine": f"{os.cpu_count()} cores, Python {sys.version.split()[0]}",
                               "pipelines": {}, "scaling": {"shipped": [], "baseline": []}}
    qs = questions[:warm]
    with tempfile.TemporaryDirectory(prefix="rag-bench-") as tmp:
        root = Path(tmp)
        say("exporting the embedding model to ONNX (once per data dir)")
        export_s = _timed(lambda: ensure_exported(model_for(root / "shipped" / MODELS_DIR))) / 1000
        say("building the shipped index")
        t = time.perf_counter()
        assistant = Assistant(Settings(data_dir=root / "shipped"))
        shipped_build = time.perf_counter() - t
        say("building the index of the old path (sentence-transformers)")
        torch_build = _timed(lambda: Assistant(Settings(data_dir=root / "torch", embed_model=COLD_PATHS["torch"])))
        say("building the baseline index")
        t = time.perf_counter()
        # Its own data dir and embedder, as its cold start will have (the model file is linked, not
        # exported again).
        naive = NaiveBaseline(assistant.corpus, StoreConfig(root / "baseline"),
                              make_embedder(assistant.workspace.spec, data_dir=root / "baseline"))
        naive_build = time.perf_counter() - t

        for q in qs[:5]:  # warm-up
            assistant.ask(q)
            naive.answer(q)
        assistant.embedder.clear_cache()  # measure real query embedding
        naive.index.embedder.clear_cache()
        say(f"warm latency over {len(qs)} questions")
        whole, retrieval = [], []
        for q in qs:
            whole.append(_timed(lambda q=q: assistant.ask(q)))
        assistant.embedder.clear_cache()
        for q in qs:
            retrieval.append(_timed(lambda q=q: assistant.retrieve(q)))
        naive.index.embedder.clear_cache()
        naive_whole = [_timed(lambda q=q: naive.answer(q)) for q in qs]
        naive.index.embedder.clear_cache()
        naive_retrieval = [_timed(lambda q=q: naive.retrieve(q)) for q in qs]

        say("cold starts")
        figures["pipelines"]["shipped"] = {
            "chunks": len(assistant.chunks), "build_s": round(shipped_build, 2), "export_s": round(export_s, 2),
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
        paths = {"onnx": root / "shipped", "torch": root / "torch"}
        figures["startup"] = startup_budget(paths, progress=say)
        say(f"full index builds (rag index --rebuild) ×{BUILD_RUNS}")
        builds = measure_interleaved({**{name: rebuild_command(d, COLD_PATHS[name]) for name, d in paths.items()},
                                      "onnx-computed": rebuild_command(paths["onnx"], COLD_PATHS["onnx"], False)},
                                     BUILD_RUNS)
        for name in paths:
            figures["startup"]["paths"][name]["rebuild"] = builds[name]
        figures["startup"]["paths"]["onnx"]["rebuild_computed"] = builds["onnx-computed"]
        figures["startup"]["paths"]["onnx"]["build_s"] = round(shipped_build, 2)
        figures["startup"]["paths"]["torch"]["build_s"] = round(torch_build / 1000, 2)

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
                    # The shipped retriever (reader's index and all) over the replicated corpus: its
                    # retrieval, the stage whose cost grows with the corpus, timed like the baseline's.
                    scaled = assistant.workspace.retriever_over(chunks, index, assistant.retriever.options)
                    samples = [_timed(lambda q=q, r=scaled: r.retrieve(q)) for q in qs[:50]]
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
    lines.append(f"{'scale':>6}{'chunks':>9}{'build s':>10}{'ret p50':>9}{'ret p95':>9}   | "
                 f"{'chunks':>7}{'build s':>9}{'query p50':>10}{'p95':>7}  (shipped | baseline)")
    for s, b in zip(figures["scaling"]["shipped"], figures["scaling"]["baseline"]):
        lines.append(f"{'×' + str(s['times']):>6}{s['chunks']:>9}{s['build_s']:>10}{s['p50_ms']:>9}{s['p95_ms']:>9}   | "
                     f"{b['chunks']:>7}{b['build_s']:>9}{b['p50_ms']:>10}{b['p95_ms']:>7}")
    if "startup" in figures:
        lines += ["", startup_table(figures["startup"])]
    return "\n".join(lines)


def startup_table(budget: dict[str, Any]) -> str:
    """The start-up budget as a text table: cold ``rag ask`` per path, and the import floor."""
    rows = [(f"rag ask, {name} embeddings", fig) for name, fig in budget["paths"].items()]
    rows.append((f"import floor ({len(budget['floor']['packages'])} packages)", budget["floor"]))
    lines = [f"cold start, median of {budget['floor']['runs']} fresh processes (interleaved)",
             f"{'':44}{'wall s':>8}{'min s':>8}{'CPU s':>8}{'peak RSS MB':>13}"]
    for label, fig in rows:
        lines.append(f"{label[:43]:44}{fig['wall_s']:>8}{fig['wall_min_s']:>8}{fig['cpu_s']:>8}{fig['peak_rss_mb']:>13}")
    onnx = budget["paths"]["onnx"]
    lines.append(f"onnx path above its import floor: {onnx['wall_s'] - budget['floor']['wall_s']:.2f} s wall, "
                 f"{onnx['cpu_s'] - budget['floor']['cpu_s']:.2f} s CPU")
    for name, fig in budget["paths"].items():
        for key, how in (("rebuild", ""), ("rebuild_computed", ", every vector computed")):
            if key in fig:
                build = fig[key]
                lines.append(f"rag index --rebuild, {name}{how}: {build['wall_s']} s wall (median of {build['runs']}), "
                             f"{build['cpu_s']} s CPU, peak RSS {build['peak_rss_mb']} MB")
    if "load_average" in budget:
        lines.append("load average before / after: {} / {}".format(*budget["load_average"]))
    return "\n".join(lines)


def chart(figures: dict[str, Any], path: Path) -> None:
    """Warm latency and build time against corpus size, both pipelines."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    startup = figures.get("startup")
    fig, axes = plt.subplots(1, 3 if startup else 2, figsize=(16.5 if startup else 11, 4.2))
    ax1, ax2 = axes[0], axes[1]
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
    if startup:
        _startup_panel(axes[2], startup)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _startup_panel(ax: Any, budget: dict[str, Any]) -> None:
    """Cold ``rag ask`` wall time per path next to the import floor, peak RSS written on each bar."""
    bars = [("import floor", budget["floor"])] + [(f"rag ask\n{name}", fig) for name, fig in budget["paths"].items()]
    xs = range(len(bars))
    ax.bar(xs, [fig["wall_s"] for _, fig in bars], color=["#bbbbbb", "#3b7dd8", "#d8863b"][:len(bars)])
    for x, (_, fig) in zip(xs, bars):
        ax.annotate(f"{fig['wall_s']} s\n{fig['peak_rss_mb']:.0f} MB", (x, fig["wall_s"]), ha="center",
                    va="bottom", fontsize=8)
    ax.set_xticks(list(xs), [label for label, _ in bars], fontsize=8)
    ax.set_ylim(0, max(fig["wall_s"] for _, fig in bars) * 1.2)  # room for the labels above the bars
    ax.set_ylabel("s (median of fresh processes)")
    ax.set_title("Cold start: rag ask, index built")
    ax.grid(alpha=0.3, axis="y")


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "--child":
    _child(sys.argv[2], sys.argv[3])
elif __name__ == "__main__" and sys.argv[1:] == ["--imports"]:
    _imports_child()
