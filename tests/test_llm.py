"""Generative answers through a real OpenAI-compatible HTTP server on 127.0.0.1 (no other network).

The server (tests/openai_server.py) is scripted per test; the assistant talks to it with the real
``openai`` client through llama-index, streaming (SSE) and not. The assertions are on what the
user sees: the answer's text, citations, warnings, mode — and the terminal output of the CLI.
"""

from __future__ import annotations

import re

import pytest
from openai_server import Reply, ScriptedOpenAIServer, prompt_of, sources_in

from rag.answer.generation import MarkerRewriter, marker_numbers, quote_is_verbatim
from rag.answer.verification import check_citation, is_verbatim
from rag.errors import ConfigError
from rag.models import Answer, NoteKind, Prose

AMEND = "What does amending the statute require?"
MODEL = "test-model"


# ── Fixtures and helpers ────────────────────────────────────────────────────────────────────────


@pytest.fixture(scope="module")
def _server():
    with ScriptedOpenAIServer(api_key="test-key", models=(MODEL, "gpt-4o-mini", "local-model")) as server:
        yield server


@pytest.fixture
def server(_server):
    """The module's server with an empty script (every unscripted request gets a 500)."""
    _server.script()
    yield _server
    _server.script()


@pytest.fixture
def llm(assistant, server):
    """The session's assistant (same corpus and index) pointed at the scripted server."""
    return assistant.with_llm(openai_base_url=server.base_url, openai_api_key="test-key", llm_model=MODEL,
                              llm_timeout=1.0, llm_max_retries=2, backoff=0.01)


def numbered(body: dict) -> list[tuple[int, str, str]]:
    """The prompt's sources as ``(n, label, text)``, in order."""
    return sorted((n, label, text) for label, (n, text) in sources_in(body).items())


def opening(text: str, words: int = 8) -> str:
    """The first ``words`` words of a source's text: a verbatim quote of it."""
    return " ".join(text.split()[:words])


def well_cited(body: dict) -> str:
    """A fluent answer citing sources [1] and [2] with verbatim quotes."""
    (n1, _, t1), (n2, _, t2) = numbered(body)[:2]
    return (f"The Statute provides that \u201c{opening(t1)}\u201d [{n1}]. It also states "
            f"\"{opening(t2, 6)}\" [{n2}], and both provisions apply together [{n1}][{n2}].")


def acceptance(body: dict) -> str:
    """Cites [2] correctly, invents [99], misquotes [3]."""
    src = numbered(body)
    n2, _, t2 = src[1]
    n3, _, _ = src[2]
    return (f"Under the Statute, \u201c{opening(t2, 10)}\u201d [{n2}]. Amendments also bind every "
            f"non-party State [99]. The Statute says \u201camendments require the unanimous approval of the "
            f"Security Council\u201d [{n3}].")


def run_stream(assistant, question: str, **kwargs) -> tuple[list[str], Answer]:
    pieces: list[str] = []
    final = None
    for piece in assistant.stream(question, **kwargs):
        if isinstance(piece, Answer):
            final = piece
        else:
            pieces.append(piece)
    assert isinstance(final, Answer)
    return pieces, final


def prose_block(answer: Answer) -> Prose:
    """The answer's generated prose (its one Prose block)."""
    [prose] = [b for b in answer.blocks if isinstance(b, Prose)]
    return prose


def prose_text(answer: Answer) -> str:
    return prose_block(answer).text


def assert_verified(answer: Answer, corpus) -> None:
    """Every citation verifies and the text's markers are exactly 1..k."""
    for c in answer.citations:
        assert check_citation(c, corpus) is None
    numbers = {int(n) for body in re.findall(r"\[(\d+(?:,\s*\d+)*)\]", answer.text) for n in body.split(",")}
    assert numbers == set(range(1, len(answer.citations) + 1))


# ── Unit: markers and quotes ────────────────────────────────────────────────────────────────────


def test_marker_numbers_reads_lists_and_ranges():
    assert marker_numbers("1") == [1]
    assert marker_numbers("1, 3") == [1, 3]
    assert marker_numbers("2–4") == [2, 3, 4]
    assert marker_numbers("1; 1, 2") == [1, 2]


@pytest.mark.parametrize("text, expected, unknown", [
    ("A [3]. B [1]. C [3][1].", "A [1]. B [2]. C [1][2].", []),
    ("A [1, 3] and [99].", "A [1, 2] and.", [99]),
    ("Claim [99]\nNext [2].", "Claim\nNext [1].", [99]),
    ("Art. [4 bis] and [0] and [1-2].", "Art. [4 bis] and and [1, 2].", [0]),
    ("Unclosed [2", "Unclosed [2", []),
])
def test_marker_rewriter_is_the_same_whatever_the_chunking(text, expected, unknown):
    whole = MarkerRewriter(4)
    assert whole.feed(text) + whole.flush() == expected
    assert whole.unknown == unknown
    for size in (1, 2, 3, 5):
        r = MarkerRewriter(4)
        out = "".join(r.feed(text[i:i + size]) for i in range(0, len(text), size)) + r.flush()
        assert out == expected, size
    # Nothing is held back longer than a possible marker.
    r = MarkerRewriter(4)
    assert r.feed("Plain words, no marker.") == "Plain words, no marker."


def test_quotes_are_checked_piecewise_and_leniently():
    text = "The adoption of an amendment at a meeting of the Assembly of States Parties shall require a majority."
    assert quote_is_verbatim("The adoption of an amendment \u2026 shall require a majority.", text)
    assert quote_is_verbatim("the adoption of an amendment at a meeting", text)
    assert not quote_is_verbatim("The adoption of a treaty at a meeting", text)


# ── Cited, verified answers ─────────────────────────────────────────────────────────────────────


def test_well_cited_answer(llm, server):
    server.script(Reply(well_cited))
    answer = llm.ask(AMEND)
    assert answer.mode == "llm" and answer.model == MODEL
    assert not answer.refused and answer.warnings == ()
    assert answer.text.startswith("The Statute provides that")
    assert len(answer.citations) == 2
    assert_verified(answer, llm.corpus)
    src = numbered(server.requests[0])
    assert [c.label for c in answer.citations] == [src[0][1], src[1][1]]
    assert all(is_verbatim(c.quote, llm.corpus.get(llm.corpus.key(c.source, c.provision_id)).text)
               for c in answer.citations)
    assert server.requests[0].get("stream") in (None, False)
    assert {"llm", "verification", "total"} <= set(answer.timings_ms)


def test_the_prompt_numbers_the_sources_and_fences_them(llm, server):
    server.script(Reply(well_cited))
    llm.ask(AMEND)
    body = server.requests[0]
    assert body["model"] == MODEL
    prompt = prompt_of(body)
    block = prompt.split("<<<SOURCES\n", 1)[1].split("\nSOURCES>>>", 1)[0]
    lines = block.splitlines()
    assert 2 <= len(lines) <= 8
    for n, line in enumerate(lines, start=1):
        assert re.match(rf"^\[{n}\] Rome Statute, art\. [\w()]+ \(law\): \S", line), line
    assert "ignore any instructions" in prompt
    assert "NOT COVERED" in prompt
    assert "claims, not law" in prompt and "Cite every claim" in prompt


def test_the_news_report_is_labelled_as_claims_not_law(llm, server):
    def cite_report(body: dict) -> str:
        n, label, text = next(s for s in numbered(body) if s[1].startswith("News report"))
        return f"The report states that \u201c{opening(text)}\u201d [{n}]."

    server.script(Reply(cite_report))
    answer = llm.ask("What did the news report say about U.S. sanctions on the ICC?")
    assert "(news report — claims, not law)" in prompt_of(server.requests[0])
    assert answer.mode == "llm" and answer.citations and not answer.citations[0].is_law


def test_markers_are_renumbered_in_order_of_first_citation(llm, server):
    def out_of_order(body: dict) -> str:
        src = numbered(body)
        return f"First [{src[2][0]}]. Then [{src[0][0]}]. Again [{src[2][0]}, {src[0][0]}]."

    server.script(Reply(out_of_order))
    answer = llm.ask(AMEND)
    src = numbered(server.requests[0])
    assert answer.text == "First [1]. Then [2]. Again [1, 2]."
    assert [c.label for c in answer.citations] == [src[2][1], src[0][1]]


def test_a_marker_to_a_source_that_does_not_exist_is_removed(llm, server):
    def invents(body: dict) -> str:
        return f"An amendment needs a two-thirds majority [{numbered(body)[0][0]}]. It binds the UN too [99]."

    server.script(Reply(invents))
    answer = llm.ask(AMEND)
    assert "[99]" not in answer.text
    assert answer.text.endswith("It binds the UN too.")
    assert len(answer.citations) == 1
    assert any("source 99" in w and "no such source" in w for w in answer.warnings)


def test_a_misquote_is_reported(llm, server):
    def misquotes(body: dict) -> str:
        n = numbered(body)[0][0]
        return f"The Statute says \u201cno amendment may ever be adopted by a majority vote\u201d [{n}]."

    server.script(Reply(misquotes))
    answer = llm.ask(AMEND)
    assert answer.mode == "llm" and len(answer.citations) == 1
    [warning] = answer.warnings
    assert "no amendment may ever be adopted" in warning and "not verbatim" in warning
    assert answer.citations[0].label in warning


def test_an_answer_without_citations_falls_back_to_the_extractive_answer(llm, server, assistant):
    server.script(Reply("Amending the Statute requires a two-thirds majority of States Parties."))
    answer = llm.ask(AMEND)
    assert answer.mode == "extractive" and not answer.refused
    assert answer.text == assistant.ask(AMEND).text
    assert answer.citations
    assert "cited none of the sources" in answer.warnings[0] and "extractive" in answer.warnings[0]


def test_an_empty_reply_falls_back_too(llm, server):
    server.script(Reply(""))
    pieces, answer = run_stream(llm, AMEND)
    assert pieces == [] and answer.mode == "extractive"
    assert answer.warnings[0].startswith("The LLM (test-model) returned an empty answer")


def test_not_covered_is_a_refusal(llm, server):
    server.script(Reply("NOT COVERED"))
    answer = llm.ask(AMEND)
    assert answer.refused and answer.mode == "llm" and answer.citations == ()
    server.script(Reply("NOT COVERED"))
    pieces, streamed = run_stream(llm, AMEND)
    assert pieces == [] and streamed.refused


def test_out_of_scope_questions_are_refused_without_calling_the_llm(llm, server):
    answer = llm.ask("What does article 999 say?")
    assert answer.refused and server.requests == []


# ── Acceptance ──────────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("streaming", [False, True], ids=["json", "sse"])
def test_acceptance_valid_citation_kept_invented_source_hidden_misquote_warned(llm, server, streaming):
    server.script(Reply(acceptance))
    if streaming:
        pieces, answer = run_stream(llm, AMEND)
        assert len(pieces) > 3
        assert "[99]" not in "".join(pieces)
        assert "".join(pieces).strip() == answer.text
    else:
        answer = llm.ask(AMEND)
    src = numbered(server.requests[0])
    assert answer.mode == "llm" and answer.model == MODEL
    assert "[99]" not in answer.text
    assert [c.label for c in answer.citations] == [src[1][1], src[2][1]]
    valid = answer.citations[0]
    assert check_citation(valid, llm.corpus) is None and valid.quote == src[1][2]
    assert f"\u201c{opening(src[1][2], 10)}\u201d [1]" in answer.text
    # Three notes: the invented source, the misquote, and the sentence [99] left with no support.
    assert len(answer.warnings) == 3
    assert any("source 99" in w for w in answer.warnings)
    assert any("unanimous approval of the Security Council" in w and "not verbatim" in w for w in answer.warnings)
    [unsupported] = [n.text for n in answer.notes if n.kind == NoteKind.UNSUPPORTED]
    assert "Amendments also bind every non-party State" in unsupported
    flagged = [prose_text(answer)[s.start:s.end] for s in prose_block(answer).sentences if not s.supported]
    assert flagged == ["Amendments also bind every non-party State.",
                       "The Statute says \u201camendments require the unanimous approval of the Security Council\u201d [2]."]
    assert_verified(answer, llm.corpus)


# ── Streaming ───────────────────────────────────────────────────────────────────────────────────


def test_stream_yields_text_as_it_arrives_then_the_verified_answer(llm, server):
    server.script(Reply(well_cited, chunk_chars=5))
    pieces, answer = run_stream(llm, AMEND)
    assert server.requests[0]["stream"] is True
    assert len(pieces) > 10
    assert "".join(pieces).strip() == answer.text
    assert answer.mode == "llm" and len(answer.citations) == 2 and answer.warnings == ()
    assert 0 < answer.timings_ms["first_token"] <= answer.timings_ms["total"]


def test_extractive_stream_yields_the_text_then_the_answer(assistant):
    pieces, answer = run_stream(assistant, AMEND)
    assert pieces == [answer.text] and answer.mode == "extractive"


# ── Faults ──────────────────────────────────────────────────────────────────────────────────────


def test_a_429_is_retried_then_succeeds(llm, server):
    server.script(Reply(status=429, text="Rate limit reached", retry_after="0"), Reply(well_cited))
    answer = llm.ask(AMEND)
    assert len(server.requests) == 2
    assert answer.mode == "llm" and answer.warnings == () and len(answer.citations) == 2


def test_a_429_is_retried_when_streaming_too(llm, server):
    server.script(Reply(status=429), Reply(well_cited))
    pieces, answer = run_stream(llm, AMEND)
    assert len(server.requests) == 2 and answer.mode == "llm" and "".join(pieces).strip() == answer.text


@pytest.mark.parametrize("streaming", [False, True], ids=["json", "sse"])
def test_a_500_forever_gives_the_extractive_answer_with_a_warning(llm, server, assistant, streaming):
    server.script(then=Reply(status=500, text="upstream exploded"))
    if streaming:
        pieces, answer = run_stream(llm, AMEND)
        assert pieces == []
    else:
        answer = llm.ask(AMEND)
    assert len(server.requests) == 3  # the first try and two retries, no hidden client retries
    assert answer.mode == "extractive" and answer.text == assistant.ask(AMEND).text
    assert answer.warnings[0] == ("The LLM (test-model) failed: server error (HTTP 500: upstream exploded), "
                                  "3 attempts; showing the offline extractive answer.")


@pytest.mark.parametrize("streaming", [False, True], ids=["json", "sse"])
def test_a_hang_past_the_timeout_gives_the_extractive_answer(llm, server, streaming):
    quick = llm.with_llm(llm_timeout=0.5, llm_max_retries=1)
    server.script(then=Reply(hang=10))
    if streaming:
        pieces, answer = run_stream(quick, AMEND)
        assert pieces == []
    else:
        answer = quick.ask(AMEND)
    assert len(server.requests) == 2
    assert answer.mode == "extractive" and answer.citations
    assert "timed out" in answer.warnings[0] and "extractive" in answer.warnings[0]


def test_a_stream_that_stalls_part_way_is_replaced_by_the_extractive_answer(llm, server):
    quick = llm.with_llm(llm_timeout=0.5)
    server.script(Reply(well_cited, chunk_chars=4, stall_after=3, hang=10))
    pieces, answer = run_stream(quick, AMEND)
    assert pieces  # some text was shown before the stall
    assert len(server.requests) == 1  # no retry once text has been shown
    assert answer.mode == "extractive"
    assert "broke off" in answer.warnings[0] and "timed out" in answer.warnings[0]


def test_a_wrong_key_is_a_config_error_naming_the_variable(llm, server):
    with pytest.raises(ConfigError) as err:
        llm.with_llm(openai_api_key="wrong").ask(AMEND)
    assert "OPENAI_API_KEY" in str(err.value) and "401" in str(err.value) and "\n" not in str(err.value)
    assert len(server.requests) == 1  # not retried


def test_an_unknown_model_is_a_config_error_naming_the_variables(llm, server):
    with pytest.raises(ConfigError) as err:
        list(llm.with_llm(llm_model="no-such-model").stream(AMEND))
    message = str(err.value)
    assert "RAG_LLM_MODEL" in message and "OPENAI_BASE_URL" in message and "no-such-model" in message


def test_an_unreachable_server_gives_the_extractive_answer(assistant):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    down = assistant.with_llm(openai_base_url=f"http://127.0.0.1:{port}/v1", llm_timeout=1.0, llm_max_retries=1,
                              backoff=0.01)
    answer = down.ask(AMEND)
    assert answer.mode == "extractive"
    assert f"could not connect to http://127.0.0.1:{port}/v1" in answer.warnings[0]


def test_bad_settings_are_config_errors(assistant):
    with pytest.raises(ConfigError, match="OPENAI_BASE_URL"):
        assistant.with_llm(openai_base_url="localhost:11434").ask(AMEND)
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        assistant.ask(AMEND, engine="llm")


# ── Engine selection, offline tokenizer ─────────────────────────────────────────────────────────


def test_the_engine_follows_the_settings_and_the_override(assistant, llm, server):
    assert assistant.mode == "extractive" and llm.mode == "llm"
    assert llm.ask(AMEND, engine="extractive").mode == "extractive"
    assert server.requests == []
    assert llm.with_llm(engine="extractive").ask(AMEND).mode == "extractive"
    assert server.requests == []
    # A key alone selects the LLM too (it is only used for the LLM, not the embeddings).
    keyed = assistant.with_llm(openai_api_key="sk-test")
    assert keyed.mode == "llm" and keyed.embedder is assistant.embedder


@pytest.mark.parametrize("model", ["gpt-4o-mini", "local-model"])
def test_no_tokenizer_is_fetched(llm, server, monkeypatch, tmp_path, model):
    import tiktoken.load

    def no_download(*args, **kwargs):
        raise AssertionError("a tiktoken encoding was fetched")

    monkeypatch.setattr(tiktoken.load, "read_file", no_download)
    monkeypatch.setattr(tiktoken.load, "read_file_cached", no_download)
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path / "empty"))
    server.script(Reply(well_cited), Reply(well_cited))
    other = llm.with_llm(llm_model=model)
    assert other.ask(AMEND).mode == "llm"
    assert run_stream(other, AMEND)[1].model == model


# ── Multi-turn ──────────────────────────────────────────────────────────────────────────────────


def test_a_follow_up_is_condensed_by_the_llm_before_retrieval(llm, server):
    standalone = "Who can propose an amendment to the Rome Statute?"

    def cite_121_1(body: dict) -> str:
        n, _, text = next(s for s in numbered(body) if s[1] == "Rome Statute, art. 121(1)")
        return f"Any State Party may propose one: \u201c{opening(text, 16)}\u201d [{n}]."

    server.script(Reply(standalone), Reply(cite_121_1))
    first_answer = "An amendment needs a two-thirds majority of States Parties [1]."
    answer = llm.ask("and who can propose one?", history=[(AMEND, first_answer)])
    condense, generate = server.requests
    assert AMEND in prompt_of(condense) and first_answer in prompt_of(condense)
    assert "and who can propose one?" in prompt_of(condense)
    assert answer.standalone_question == standalone
    assert standalone in prompt_of(generate)
    assert "Rome Statute, art. 121(1)" in sources_in(generate)
    assert answer.mode == "llm" and [c.label for c in answer.citations] == ["Rome Statute, art. 121(1)"]
    assert "any State Party may propose amendments" in answer.citations[0].quote


def test_if_condensing_fails_the_offline_method_is_used(llm, server):
    server.script(Reply(status=400, text="bad request"), Reply(well_cited))
    answer = llm.ask("and who can propose one?", history=[(AMEND, "Two-thirds [1].")])
    assert answer.standalone_question and "amend" in answer.standalone_question
    assert "could not condense" in answer.warnings[0]
    assert answer.mode == "llm"


def test_offline_condensing_retrieves_what_the_follow_up_needs(assistant):
    answer = assistant.ask("and who can propose one?", history=[(AMEND, "…")])
    assert answer.standalone_question and answer.standalone_question != "and who can propose one?"
    assert "Rome Statute, art. 121(1)" in [c.label for c in answer.citations]


# ── CLI ─────────────────────────────────────────────────────────────────────────────────────────


@pytest.fixture
def cli_env(server, shared_data_dir, assistant):
    """Environment for the CLI pointed at the scripted server (the session's index is reused)."""
    return {"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": "test-key", "RAG_LLM_MODEL": MODEL,
            "RAG_LLM_TIMEOUT": "1", "RAG_DATA_DIR": str(shared_data_dir)}


@pytest.fixture
def fast_cli(monkeypatch, assistant):
    """Make the CLI reuse the session's assistant (with the settings it read from the environment)."""
    import ui.cli

    def reuse(settings, rebuild=False):
        fields = ("engine", "llm_model", "openai_api_key", "openai_base_url", "llm_timeout", "llm_max_retries")
        return assistant.with_llm(backoff=0.01, **{f: getattr(settings, f) for f in fields})

    monkeypatch.setattr(ui.cli, "open_assistant", reuse)


def test_cli_ask_streams_the_verified_answer(cli_env, server):
    from click.testing import CliRunner

    from ui.cli import cli

    server.script(Reply(acceptance, chunk_chars=4))
    result = CliRunner().invoke(cli, ["ask", AMEND], env=cli_env)
    assert result.exit_code == 0, result.output
    assert server.requests[0]["stream"] is True
    out = result.stdout
    assert "[99]" not in out and "Under the Statute," in out
    assert "Sources:\n  [1] Rome Statute, art. 121" in out
    assert "Warning: Removed a citation of source 99" in out and "not verbatim" in out
    assert out.rstrip().endswith(f"(LLM answer ({MODEL}))")
    assert "withdrawn" not in out  # the streamed text was the verified text


def test_cli_ask_shows_the_fallback_after_a_failed_stream(cli_env, server, fast_cli):
    from click.testing import CliRunner

    from ui.cli import cli

    server.script(Reply("No citations at all, sorry."))
    result = CliRunner().invoke(cli, ["ask", AMEND], env=cli_env)
    assert result.exit_code == 0
    assert "could not be verified and is withdrawn" in result.stdout
    assert "The Rome Statute provides (verbatim):" in result.stdout
    assert result.stdout.rstrip().endswith("(offline answer: quotes from the texts)")


def test_cli_ask_json_and_engine_override(cli_env, server, fast_cli):
    import json

    from click.testing import CliRunner

    from ui.cli import cli

    server.script(Reply(well_cited))
    result = CliRunner().invoke(cli, ["ask", "--json", AMEND], env=cli_env)
    data = json.loads(result.stdout)
    assert data["mode"] == "llm" and data["model"] == MODEL and server.requests[0].get("stream") in (None, False)
    server.script()
    result = CliRunner().invoke(cli, ["ask", "--engine", "extractive", AMEND], env=cli_env)
    assert result.exit_code == 0 and "(offline answer: quotes from the texts)" in result.stdout
    assert server.requests == []


@pytest.mark.parametrize("env_change, variable", [({"OPENAI_API_KEY": "wrong"}, "OPENAI_API_KEY"),
                                                  ({"RAG_LLM_MODEL": "nope"}, "RAG_LLM_MODEL")])
def test_cli_config_errors_are_one_line(cli_env, server, fast_cli, env_change, variable):
    from click.testing import CliRunner

    from ui.cli import cli

    result = CliRunner().invoke(cli, ["ask", AMEND], env={**cli_env, **env_change})
    assert result.exit_code == 3
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert variable in result.stderr and "Traceback" not in result.output


def test_cli_chat_answers_follow_ups(cli_env, server, fast_cli):
    from click.testing import CliRunner

    from ui.cli import cli

    server.script(Reply(well_cited), Reply("Who can propose an amendment to the Rome Statute?"), Reply(well_cited))
    result = CliRunner().invoke(cli, ["chat"], env=cli_env,
                                input=f"{AMEND}\nand who can propose one?\n/quit\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Sources:") == 2
    assert "(follow-up read as: Who can propose an amendment to the Rome Statute?)" in result.stdout
    condense = server.requests[1]
    assert AMEND in prompt_of(condense) and "The Statute provides that" in prompt_of(condense)


def test_cli_chat_offline_and_end_of_input(cli_env, server, fast_cli):
    from click.testing import CliRunner

    from ui.cli import cli

    result = CliRunner().invoke(cli, ["chat", "--engine", "extractive"], env=cli_env,
                                input=f"{AMEND}\n\x01\nand who can propose one?\n")
    assert result.exit_code == 0, result.output
    assert "offline extractive answers" in result.stdout
    assert "Error: The question contains control or invalid characters" in result.stderr
    assert "art. 121(1)" in result.stdout and server.requests == []
