"""LLM path latency against the scripted OpenAI-compatible test server on 127.0.0.1: time to first
token and total time of ``Assistant.stream`` next to the raw ``openai`` client on the same request
(our pipeline's overhead over the LLM's own time), and the verification latency.

    python evals/bench_llm.py DATA_DIR [RUNS]     # DATA_DIR: a data dir (index built if missing)
"""

import statistics as st
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import openai  # noqa: E402
from openai_server import Reply, ScriptedOpenAIServer, sources_in  # noqa: E402

from rag.assistant import Assistant  # noqa: E402
from rag.config import Settings  # noqa: E402
from rag.models import Answer  # noqa: E402

Q = "What does amending the statute require?"
DELAY, CHUNK_DELAY, CHUNK = 0.200, 0.010, 12  # server: 200 ms to first token, 10 ms between 12-char pieces

def reply(body):
    src = sorted((n, label, t) for label, (n, t) in sources_in(body).items())
    parts = []
    for n, label, text in src[:4]:
        parts.append(f"Under {label}, \u201c{' '.join(text.split()[:12])}\u201d [{n}].")
    parts.append("This is another claim [99].")
    return " ".join(parts)

a = Assistant(Settings(data_dir=Path(sys.argv[1])))
N = int(sys.argv[2]) if len(sys.argv) > 2 else 20
with ScriptedOpenAIServer() as s:
    b = a.with_llm(openai_base_url=s.base_url, openai_api_key="test-key", llm_model="test-model", llm_timeout=10)
    # warm up (model load, first HTTP connection)
    s.script(then=Reply(reply, delay=DELAY, chunk_delay=CHUNK_DELAY, chunk_chars=CHUNK))
    list(b.stream(Q))
    b.ask(Q)
    body_for_raw = s.requests[-1]
    text_len = len(reply(body_for_raw))
    pieces = -(-text_len // CHUNK)
    server_own = DELAY + (pieces - 1) * CHUNK_DELAY
    rows = {"ttft": [], "total": [], "raw_ttft": [], "raw_total": [], "retrieval": [], "verification": [], "llm": [], "ask_total": [], "extractive": []}
    client = openai.OpenAI(base_url=s.base_url, api_key="test-key", max_retries=0)
    for _ in range(N):
        # raw openai client, same request body, same server behaviour
        t0 = time.perf_counter()
        first = None
        for ch in client.chat.completions.create(model="test-model", messages=body_for_raw["messages"], stream=True):
            if ch.choices and ch.choices[0].delta.content and first is None:
                first = time.perf_counter() - t0
        rows["raw_ttft"].append(first)
        rows["raw_total"].append(time.perf_counter() - t0)
        # our pipeline
        t0 = time.perf_counter()
        first = None
        for piece in b.stream(Q):
            if isinstance(piece, Answer):
                ans = piece
            elif first is None:
                first = time.perf_counter() - t0
        rows["ttft"].append(first)
        rows["total"].append(time.perf_counter() - t0)
        rows["retrieval"].append(ans.timings_ms["retrieval"] / 1000)
        rows["verification"].append(ans.timings_ms["verification"] / 1000)
        rows["llm"].append(ans.timings_ms["llm"] / 1000)
        t0 = time.perf_counter()
        b.ask(Q)
        rows["ask_total"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        a.ask(Q)
        rows["extractive"].append(time.perf_counter() - t0)
    assert ans.mode == "llm" and len(ans.citations) == 4 and len(ans.warnings) == 1, (ans.mode, ans.warnings)
    med = {k: st.median(v) * 1000 for k, v in rows.items()}
    p90 = {k: sorted(v)[int(0.9 * (len(v) - 1))] * 1000 for k, v in rows.items()}
    print(f"runs={N}; answer {text_len} chars in {pieces} SSE pieces; server's own time: "
          f"{DELAY*1000:.0f} ms to first token, "
          f"{server_own*1000:.0f} ms total")
    for k in rows:
        print(f"  {k:13s} median {med[k]:8.1f} ms   p90 {p90[k]:8.1f} ms")
    print(f"  overhead TTFT  (ours - raw client) median {med['ttft'] - med['raw_ttft']:.1f} ms")
    print(f"  overhead total (ours - raw client) median {med['total'] - med['raw_total']:.1f} ms")
