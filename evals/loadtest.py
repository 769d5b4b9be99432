"""Load test (loopback only, bounded in time and count): simulated users asking questions.

    python evals/loadtest.py [--target ui|api|both] [--users 20] [--seconds 60] [--max-requests 20000]

``ui`` starts the web UI on a free 127.0.0.1 port and drives its ``/ask`` endpoint through
``gradio_client`` (one client per user); ``api`` calls ``Assistant.ask`` from threads. Uses the
extractive engine and a temporary index unless RAG_DATA_DIR is set. Prints p50/p95 latency,
throughput and failures, writes evals/out/load.json, and exits non-zero on any failed request.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from evals.metrics import percentile

HERE = Path(__file__).resolve().parent


def hammer(make_call: Callable[[], Callable[[str], object]], questions: list[str], users: int, seconds: float,
           max_requests: int) -> dict[str, object]:
    """Run ``users`` threads, each asking questions in turn until time or the request budget is spent."""
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    budget = [max_requests]
    deadline = time.monotonic() + seconds

    def user(n: int) -> None:
        call = make_call()
        i = n
        while time.monotonic() < deadline:
            with lock:
                if budget[0] <= 0:
                    return
                budget[0] -= 1
            q = questions[i % len(questions)]
            i += users
            t = time.perf_counter()
            try:
                call(q)
            except Exception as exc:  # noqa: BLE001 - a load test counts every kind of failure
                with lock:
                    failures.append(f"{type(exc).__name__}: {str(exc)[:200]}")
                continue
            with lock:
                latencies.append((time.perf_counter() - t) * 1000)

    start = time.monotonic()
    threads = [threading.Thread(target=user, args=(n,), daemon=True) for n in range(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 120)
    wall = time.monotonic() - start
    return {
        "users": users, "seconds": round(wall, 1), "requests": len(latencies) + len(failures),
        "failed": len(failures), "p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "p95_ms": round(percentile(latencies, 95), 1), "throughput_rps": round(len(latencies) / wall, 1),
        "failures": failures[:5],
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", choices=["ui", "api", "both"], default="both")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--max-requests", type=int, default=20_000)
    parser.add_argument("--out", type=Path, default=HERE / "out" / "load.json")
    args = parser.parse_args(argv)
    if not (1 <= args.users <= 200 and 0 < args.seconds <= 600):
        parser.error("keep it bounded: 1–200 users, at most 600 seconds")

    from evals.metrics import DEFAULT_QUESTIONS, load_questions
    from rag.assistant import Assistant
    from rag.config import Settings

    questions = [q.question for q in load_questions(DEFAULT_QUESTIONS)]
    tmp = None
    data_dir = os.environ.get("RAG_DATA_DIR")
    if not data_dir:
        tmp = tempfile.TemporaryDirectory(prefix="rag-load-")
        data_dir = tmp.name
    assistant = Assistant(Settings(data_dir=Path(data_dir), engine="extractive"))
    report: dict[str, object] = {}
    if args.target in ("api", "both"):
        print(f"API: {args.users} threads for {args.seconds:.0f} s …", file=sys.stderr)
        report["api"] = hammer(lambda: assistant.ask, questions, args.users, args.seconds, args.max_requests)
    if args.target in ("ui", "both"):
        from gradio_client import Client

        from ui.web.app import build_app, serve

        port = free_port()
        app = build_app(assistant)
        serve(app, "127.0.0.1", port, prevent_thread_lock=True, quiet=True)
        url = f"http://127.0.0.1:{port}/"
        print(f"UI at {url}: {args.users} gradio_client users for {args.seconds:.0f} s …", file=sys.stderr)

        def make_call() -> Callable[[str], object]:
            client = Client(url, verbose=False)
            return lambda q: client.predict(q, None, api_name="/ask")

        try:
            report["ui"] = hammer(make_call, questions, args.users, args.seconds, args.max_requests)
        finally:
            app.close()
    for name, r in report.items():
        print(f"{name:>3}: {r['requests']} requests, {r['failed']} failed, p50 {r['p50_ms']} ms, "
              f"p95 {r['p95_ms']} ms, {r['throughput_rps']} req/s ({r['users']} users, {r['seconds']} s)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2))
    if tmp is not None:
        tmp.cleanup()
    return 1 if any(r["failed"] for r in report.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
