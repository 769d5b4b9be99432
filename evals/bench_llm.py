"""The LLM path against the scripted OpenAI-compatible test server on 127.0.0.1.

Two measurements:

- **misbehaving streams** — what a model that loops, loops slowly, trickles a token a second, or
  writes on without citing costs the user: the wall time until the verified (fallback) answer,
  which is at most the deadline (``RAG_LLM_DEADLINE``), why it was stopped, and how long until
  the server saw the request closed (it stops generating);
- **latency** — time to first token and total time of ``Assistant.stream`` next to the raw
  ``openai`` client on the same request (our pipeline's overhead over the LLM's own time), and
  the verification latency.

    python evals/bench_llm.py DATA_DIR [--runs N] [--deadline S] [--only streams|latency]

DATA_DIR is a data dir (the index is built there if missing).
"""

from __future__ import annotations

import argparse
import statistics as st
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from openai_server import Reply, ScriptedOpenAIServer, sources_in  # noqa: E402

from rag.assistant import Assistant  # noqa: E402
from rag.config import Settings  # noqa: E402
from rag.models import Answer  # noqa: E402

Q = "What does amending the statute require?"
DELAY, CHUNK_DELAY, CHUNK = 0.200, 0.010, 12  # server: 200 ms to first token, 10 ms between 12-char pieces
HANGUP_WAIT = 30.0  # seconds to wait for the server to see the request closed


def _sources(body: dict) -> list[tuple[int, str, str]]:
    return sorted((n, label, t) for label, (n, t) in sources_in(body).items())


def reply(body: dict) -> str:
    """Four cited sentences with verbatim quotes, and one invented marker."""
    parts = [f"Under {label}, \u201c{' '.join(text.split()[:12])}\u201d [{n}]." for n, label, text in _sources(body)[:4]]
    parts.append("This is another claim [99].")
    return " ".join(parts)


def first_cited(body: dict) -> str:
    n, _, text = _sources(body)[0]
    return f"The Statute provides that \u201c{' '.join(text.split()[:8])}\u201d [{n}]."


# What a small local model does (issue 16: SmolLM2-135M looped for 6 min 33 s).
MISBEHAVIOURS = {
    "loop (a line over and over)": Reply(first_cited, loop="\n5. Rome Statute, art. 51(2) (law)", chunk_chars=8,
                                         chunk_delay=0.01),
    "slow loop (' x' every 0.5 s)": Reply(first_cited, loop=" x", chunk_chars=2, chunk_delay=0.5),
    "trickle (a token a second)": Reply(reply, chunk_chars=4, chunk_delay=1.0),
    "babble (no citation)": Reply(" ".join(f"word{i}" for i in range(5000)), chunk_chars=6, chunk_delay=0.01),
}


def bench_streams(assistant: Assistant, deadline: float) -> None:
    """What each misbehaving stream costs the user, with the deadline given."""
    assistant.ask(Q)  # warm up: the embedding model loads on the first question
    print(f"misbehaving streams (RAG_LLM_DEADLINE={deadline:g} s, RAG_LLM_TIMEOUT=30 s):")
    with ScriptedOpenAIServer() as s:
        b = assistant.with_llm(openai_base_url=s.base_url, openai_api_key="test-key", llm_model="test-model",
                               llm_timeout=30.0, llm_deadline=deadline)
        s.script(Reply(reply))
        list(b.stream(Q))  # warm up: the first LLM call imports and builds the client
        for name, script in MISBEHAVIOURS.items():
            s.script(script)
            t0 = time.monotonic()
            shown = 0
            answer = None
            for piece in b.stream(Q):
                if isinstance(piece, Answer):
                    answer = piece
                else:
                    shown += len(piece)
            took = time.monotonic() - t0
            hung_up = s.hung_up.wait(HANGUP_WAIT)
            closed = time.monotonic() - t0
            assert answer is not None
            seen = f"after {closed:.2f} s" if hung_up else f"NOT within {HANGUP_WAIT:g} s"
            why = answer.warnings[0] if answer.warnings else ""
            print(f"  {name:30s} user waited {took:6.2f} s  ({shown:,} chars shown, then {answer.mode.value}); "
                  f"server saw the close {seen}")
            print(f"  {'':30s} {why}")


def bench_latency(assistant: Assistant, runs: int) -> None:
    """Time to first token and total, ours against the raw openai client."""
    import openai

    with ScriptedOpenAIServer() as s:
        b = assistant.with_llm(openai_base_url=s.base_url, openai_api_key="test-key", llm_model="test-model",
                               llm_timeout=10)
        # warm up (model load, first HTTP connection)
        s.script(then=Reply(reply, delay=DELAY, chunk_delay=CHUNK_DELAY, chunk_chars=CHUNK))
        list(b.stream(Q))
        b.ask(Q)
        body_for_raw = s.requests[-1]
        text_len = len(reply(body_for_raw))
        pieces = -(-text_len // CHUNK)
        server_own = DELAY + (pieces - 1) * CHUNK_DELAY
        rows: dict[str, list[float]] = {k: [] for k in ("ttft", "total", "raw_ttft", "raw_total", "retrieval",
                                                        "verification", "llm", "ask_total", "extractive")}
        client = openai.OpenAI(base_url=s.base_url, api_key="test-key", max_retries=0)
        ans = None
        for _ in range(runs):
            # raw openai client, same request body, same server behaviour
            t0 = time.perf_counter()
            first = None
            for ch in client.chat.completions.create(model="test-model", messages=body_for_raw["messages"],
                                                     stream=True):
                if ch.choices and ch.choices[0].delta.content and first is None:
                    first = time.perf_counter() - t0
            rows["raw_ttft"].append(first or 0.0)
            rows["raw_total"].append(time.perf_counter() - t0)
            # our pipeline
            t0 = time.perf_counter()
            first = None
            for piece in b.stream(Q):
                if isinstance(piece, Answer):
                    ans = piece
                elif first is None:
                    first = time.perf_counter() - t0
            rows["ttft"].append(first or 0.0)
            rows["total"].append(time.perf_counter() - t0)
            assert ans is not None
            rows["retrieval"].append(ans.timings_ms["retrieval"] / 1000)
            rows["verification"].append(ans.timings_ms["verification"] / 1000)
            rows["llm"].append(ans.timings_ms["llm"] / 1000)
            t0 = time.perf_counter()
            b.ask(Q)
            rows["ask_total"].append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            assistant.ask(Q)
            rows["extractive"].append(time.perf_counter() - t0)
        assert ans is not None and ans.mode == "llm" and len(ans.citations) == 4, (ans and ans.warnings)
        med = {k: st.median(v) * 1000 for k, v in rows.items()}
        p90 = {k: sorted(v)[int(0.9 * (len(v) - 1))] * 1000 for k, v in rows.items()}
        print(f"latency: runs={runs}; answer {text_len} chars in {pieces} SSE pieces; server's own time: "
              f"{DELAY * 1000:.0f} ms to first token, {server_own * 1000:.0f} ms total")
        for k in rows:
            print(f"  {k:13s} median {med[k]:8.1f} ms   p90 {p90[k]:8.1f} ms")
        print(f"  overhead TTFT  (ours - raw client) median {med['ttft'] - med['raw_ttft']:.1f} ms")
        print(f"  overhead total (ours - raw client) median {med['total'] - med['raw_total']:.1f} ms")


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--runs", type=int, default=20, help="latency runs")
    parser.add_argument("--deadline", type=float, default=Settings().llm_deadline, help="RAG_LLM_DEADLINE in seconds")
    parser.add_argument("--only", choices=("streams", "latency"))
    args = parser.parse_args()
    assistant = Assistant(Settings(data_dir=args.data_dir))
    if args.only != "latency":
        bench_streams(assistant, args.deadline)
    if args.only != "streams":
        bench_latency(assistant, args.runs)


if __name__ == "__main__":
    main()
