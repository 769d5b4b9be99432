"""The ``rag`` command: a thin click layer over the library (the only place, with the UI, that
reads the environment)."""

from __future__ import annotations

import errno
import json
import os
import re
import sys
import time
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click

import rag.config as config
from rag.answer import render
from rag.errors import InputError, OutputUnavailable, RagError
from rag.models import Answer, Mode, Prose, Provision, ProvisionGroup
from ui.serving import TerminalProgress


def _fail(message: str, code: int) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into one line on stderr and a non-zero exit; never a traceback."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except RagError as exc:
            _fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            _fail("interrupted.", 130)

    return wrapper


def _settings(**overrides: Any) -> config.Settings:
    settings = config.from_env()
    return settings.with_(**{k: v for k, v in overrides.items() if v is not None})


def open_assistant(settings: config.Settings, rebuild: bool = False):
    """Build the Assistant with a visible progress bar for a first-time index build."""
    from rag.assistant import Assistant

    assistant = Assistant(settings, progress=TerminalProgress("Indexing the corpus (first run)"), rebuild=rebuild)
    for notice in assistant.notices:
        click.echo(f"Warning: {notice}", err=True)
    return assistant


def _check_text_arg(value: str, what: str) -> str:
    # Invalid UTF-8 on the command line reaches Python as lone surrogates.
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
        raise InputError(f"The {what} is not valid UTF-8 text; retype it.")
    return value


# ── What the terminal shows of an answer ─────────────────────────────────────────────────────────
# Text from the LLM, the corpus or the user's documents may hold terminal escape sequences (colours,
# a moved cursor, a rewritten window title), a carriage return that overwrites a line, or bidi
# controls that reorder it: none reaches the terminal. And the product's own framing (the sources,
# the warnings, the mode line) must not be forgeable by the LLM: every line the LLM wrote is shown
# behind :data:`LLM_GUTTER`, which the framing never carries.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|\x9b[0-?]*[ -/]*[@-~]")
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
LLM_GUTTER = "│ "  # marks each line of the LLM's text


def terminal_safe(text: str) -> str:
    """``text`` without escape sequences or control characters (line breaks and tabs kept)."""
    return _UNSAFE.sub("", _ESCAPES.sub("", text))


def json_safe(text: str) -> str:
    """JSON text with the control characters JSON leaves raw (C1, bidi) written as ``\\uXXXX``."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


class _Gutter:
    """Puts :data:`LLM_GUTTER` at the start of every line of streamed text."""

    def __init__(self) -> None:
        self.at_line_start = True

    def __call__(self, piece: str) -> str:
        out = []
        for ch in piece:
            if self.at_line_start and ch != "\n":
                out.append(LLM_GUTTER)
                self.at_line_start = False
            out.append(ch)
            if ch == "\n":
                self.at_line_start = True
        return "".join(out)


def body_text(answer: Answer) -> str:
    """The answer's body as the terminal shows it: the LLM's prose behind the gutter, everything
    else (quoted provisions, notes, a refusal) as it is; no control characters."""
    parts: list[str] = []
    said_law = False
    for block in answer.blocks:
        first_law = isinstance(block, ProvisionGroup) and not said_law
        said_law = said_law or isinstance(block, ProvisionGroup)
        text = terminal_safe(render.block_text(answer, block, first_law))
        if isinstance(block, Prose) and answer.mode == Mode.LLM:
            text = _Gutter()(text)
        if text:
            parts.append(text)
    return "\n\n".join(parts)


def format_answer(answer: Answer) -> str:
    """The answer as the terminal shows it: text, sources, warnings, mode."""
    return f"{body_text(answer)}\n\n{terminal_safe(render.details(answer))}"


WITHDRAWN = "[The text above could not be verified and is withdrawn; the verified answer follows.]"


def stream_answer(assistant: Any, question: str, history: list[tuple[str, str]] | None = None,
                  engine: str | None = None) -> Answer:
    """Print the answer as it is generated, then its sources and warnings; returns the Answer.

    The streamed text is already the verified text unless verification replaced it (the LLM's
    answer could not be verified, degenerated, ran past the deadline, or the LLM failed part-way):
    then a line says so and the final answer follows. What the LLM streams is shown behind the
    gutter, without control characters.
    """
    shown: list[str] = []
    answer: Answer | None = None
    gutter = _Gutter()
    if (engine or assistant.mode) != "llm":
        # The offline answer arrives whole and is the corpus's own words: no gutter, nothing withdrawn.
        answer = assistant.ask(question, history=history, engine=engine)
        click.echo(format_answer(answer))
        return answer
    for piece in assistant.stream(question, history=history, engine=engine):
        if isinstance(piece, Answer):
            answer = piece
        elif piece:
            shown.append(piece)
            click.echo(gutter(terminal_safe(piece)), nl=False)
    assert answer is not None
    streamed = "".join(shown)
    if render.stream_kept(answer, streamed):
        # What was streamed is the verified text; the sentences no citation supports are named
        # after it (the text rendering marks them inline, which a stream cannot do after the fact).
        click.echo()
        for sentence in render.unsupported_sentences(answer):
            click.echo(terminal_safe(f"{render.UNSUPPORTED_MARK} “{sentence}”"))
    else:
        if streamed.strip():
            click.echo(f"\n\n{WITHDRAWN}\n")
        click.echo(body_text(answer))
    click.echo()
    click.echo(terminal_safe(render.details(answer)))
    return answer


def format_provision(p: Provision) -> str:
    """A provision for ``rag show``: label, breadcrumb, verbatim text."""
    head = p.label if p.source != "rome-statute" else f"{p.label}\n{p.breadcrumb}"
    return f"{head}\n\n{p.text}"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rome-statute-rag")
def cli() -> None:
    """Ask the Rome Statute of the ICC (and a news report on the 2025 U.S.–ICC standoff);
    answers quote the law verbatim with pinpoint citations."""


@cli.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
@click.option("--engine", type=click.Choice(["extractive", "llm"]), help="Override the answer engine.")
@handle_errors
def ask(question: str, as_json: bool, engine: str | None) -> None:
    """Answer QUESTION from the corpus, with verified citations."""
    from rag.assistant import clean_question

    clean_question(_check_text_arg(question, "question"))
    assistant = open_assistant(_settings(engine=engine))
    if as_json:
        answer = assistant.ask(question, engine=engine)
        click.echo(json_safe(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2)))
    else:
        stream_answer(assistant, question, engine=engine)


CHAT_TURNS = 6  # turns of history kept for condensing follow-ups
CHAT_HELP = "Commands: /new starts a new conversation, /quit (or Ctrl-D) leaves."


@cli.command()
@click.option("--engine", type=click.Choice(["extractive", "llm"]), help="Override the answer engine.")
@handle_errors
def chat(engine: str | None) -> None:
    """An interactive chat: ask follow-ups ("and who can propose one?") that build on earlier turns."""
    if sys.stdin is None or sys.stdin.closed:
        raise InputError("rag chat reads your questions from standard input, which is closed; run it in a terminal "
                         "or pipe questions into it, or use `rag ask QUESTION`.")
    settings = _settings(engine=engine)
    assistant = open_assistant(settings)
    how = f"LLM answers ({settings.llm_model})" if assistant.mode == "llm" else "offline extractive answers"
    click.echo(f"Ask about the Rome Statute — {how}, verified citations. {CHAT_HELP}")
    if sys.stdin.isatty():
        try:
            import readline  # noqa: F401 - line editing and recall for input()
        except ImportError:
            pass
    history: list[tuple[str, str]] = []
    while True:
        try:
            line = input("\nyou> ")
        except (EOFError, KeyboardInterrupt):
            click.echo()
            return
        question = line.strip()
        if not question:
            continue
        if question.lower() in ("/quit", "/exit", "/q"):
            return
        if question.lower() in ("/new", "/reset"):
            history.clear()
            click.echo("(new conversation)")
            continue
        if question.lower() in ("/help", "/?"):
            click.echo(CHAT_HELP)
            continue
        try:
            _check_text_arg(question, "question")
            click.echo()
            answer = stream_answer(assistant, question, history=history, engine=engine)
        except InputError as exc:
            click.echo(f"Error: {exc}", err=True)
            continue
        except KeyboardInterrupt:
            click.echo("\n(answer interrupted)")
            continue
        if answer.standalone_question:
            click.echo(f"(follow-up read as: {terminal_safe(answer.standalone_question)})")
        history.append((question, answer.text))
        del history[:-CHAT_TURNS]


@cli.command()
@click.argument("reference")
@click.option("--json", "as_json", is_flag=True, help="Print the provision as JSON.")
@handle_errors
def show(reference: str, as_json: bool) -> None:
    """Print a provision's text: "art. 121(3)", "Article 8 bis", "paragraph 3 of article 121"."""
    from rag.corpus.loader import load_corpus

    settings = _settings()
    corpus = load_corpus(settings.corpus_dir)
    provision = corpus.lookup(_check_text_arg(reference, "reference"))
    if as_json:
        from dataclasses import asdict

        click.echo(json.dumps(asdict(provision), ensure_ascii=False, indent=2))
    else:
        click.echo(format_provision(provision))


@cli.command()
@click.option("--rebuild", is_flag=True, help="Drop the existing index and build it again.")
@click.option("--ship-vectors", is_flag=True,
              help="For maintainers, after editing corpus/: embed every shipped text afresh and write "
                   "corpus/vectors/ (builds look the vectors up there instead of computing them).")
@click.option("--train-adapter", is_flag=True,
              help="For maintainers, after editing the reader's index or the prototypes: train the learned "
                   "map of the bundled model again (needs torch) and ship it with the vectors of its space.")
@handle_errors
def index(rebuild: bool, ship_vectors: bool, train_adapter: bool) -> None:
    """Build the vector index of the corpus (done automatically on first use)."""
    from rag.assistant import Assistant

    settings = _settings()
    start = time.perf_counter()
    assistant = Assistant(settings, progress=TerminalProgress("Indexing"), rebuild=rebuild)
    took = time.perf_counter() - start
    if train_adapter:
        start = time.perf_counter()
        map_path, path, count = assistant.workspace.train_adapter()
        click.echo(f"Trained the learned map ({map_path}) and wrote {count} vectors of its space to {path} in "
                   f"{time.perf_counter() - start:.1f} s. The next question builds the index in that space.")
        return
    if ship_vectors:
        start = time.perf_counter()
        path, count = assistant.workspace.ship_vectors()
        click.echo(f"Wrote {count} vectors ({assistant.embedder.name}) to {path} in "
                   f"{time.perf_counter() - start:.1f} s.")
    for notice in assistant.notices:  # a document that could not be indexed again, say
        click.echo(f"Warning: {notice}", err=True)
    if assistant.built:
        records = assistant.workspace.built_records
        click.echo(f"Indexed {assistant.built - records} chunks of {len(assistant.corpus)} provisions and "
                   f"{records} reader's-index and scope records with {assistant.embedder.name} into "
                   f"{assistant.index.name} at {assistant.store.where} in {took:.1f} s.")
    else:
        click.echo(f"The index is up to date: {assistant.index.count()} chunks in {assistant.index.name} at "
                   f"{assistant.store.where}. Use --rebuild to build it again.")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@handle_errors
def ingest(paths: tuple[Path, ...]) -> None:
    """Add your own documents (PDF, HTML, Markdown, text) as cited sources; re-ingesting replaces."""
    from rag.documents.readers import printable
    from rag.documents.store import DocumentStore

    settings = _settings()
    # Every file is checked and read before the embedding model loads: a bad one fails at once.
    store = DocumentStore(settings.data_dir)
    report = store.read(list(paths))
    for problem in store.problems:  # a damaged store file met while choosing ids
        click.echo(f"Warning: {problem}", err=True)
    report = open_assistant(settings).add_documents(report, progress=TerminalProgress("Indexing documents"))
    for doc in report.documents:
        verb = "Replaced" if doc.id in report.replaced else "Ingested"
        click.echo(f"{verb} {printable(str(doc.path))} as {doc.id!r}: {len(doc.units)} {doc.format} units.")
    for reason in report.skipped:
        click.echo(f"Skipped: {printable(reason)}", err=True)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
@handle_errors
def sources(as_json: bool) -> None:
    """List what is indexed: the shipped texts and your ingested documents."""
    rows = open_assistant(_settings()).sources()
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    for row in rows:
        origin = "built-in" if row["built_in"] else f"ingested from {row.get('path', '?')}"
        click.echo(f"{row['id']:<24} {row['kind']:<12} {row['chunks']:>5} chunks  {row['title']}  ({origin})")


@cli.command()
@click.argument("doc_id")
@handle_errors
def remove(doc_id: str) -> None:
    """Remove an ingested document (by the ID `rag sources` shows)."""
    for warning in open_assistant(_settings()).remove_source(doc_id):
        click.echo(f"Warning: {warning}", err=True)
    click.echo(f"Removed {doc_id!r} from the index.")


@cli.group()
def feedback() -> None:
    """Readers' 👍/👎 on answers in the web UI (kept under the data dir)."""


@feedback.command("export")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), help="Write the JSONL here (default: stdout).")
@click.option("--down-only", is_flag=True, help="Only the answers readers marked 👎.")
@handle_errors
def feedback_export(out: Path | None, down_only: bool) -> None:
    """Turn feedback into eval-set candidates (evals/questions.jsonl fields, gold left empty)."""
    from rag.feedback import FeedbackStore, Rating, candidates

    store = FeedbackStore(_settings().data_dir)
    rows = candidates(store.all(), only=Rating.DOWN if down_only else None)
    if store.skipped:
        click.echo(f"Warning: {store.skipped} damaged line(s) of {store.path} skipped.", err=True)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if out is None:
        click.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        click.echo(f"wrote {len(rows)} candidates to {out}; fill in each one's gold before adding it to an eval set.",
                   err=True)


@cli.command("eval")
@click.option("--engine", type=click.Choice(["extractive", "llm"]), help="Answer engine to evaluate.")
@click.option("--config", "configs", multiple=True, metavar="NAME",
              help="Config(s) to run: default, baseline, dense-only, bm25-only, no-named-lookup, no-xref, "
                   "no-readers-index, no-rerank, no-cohesion (default: all).")
@click.option("--subset", type=click.Choice(["dev", "test", "holdout", "all"]), default="all", show_default=True)
@click.option("--set", "question_set", type=click.Choice(["project", "public"]), default="project", show_default=True,
              help="project: evals/questions.jsonl; public: evals/public.jsonl, questions in the public's voice.")
@click.option("--questions", type=click.Path(path_type=Path, dir_okay=False), help="Another JSONL eval set.")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=Path("evals/out"),
              show_default=True, help="Where summary.json, results.jsonl, report.md and metrics.png go.")
@click.option("--fail-under", metavar="METRIC=VALUE,...", help="Exit non-zero when the default config falls below.")
@click.option("--judge", is_flag=True, help="Also LLM-judged faithfulness and correctness (needs an LLM).")
@handle_errors
def eval_command(engine: str | None, configs: tuple[str, ...], subset: str, question_set: str,
                 questions: Path | None, out: Path, fail_under: str | None, judge: bool) -> None:
    """Run the answer evals and write a report (see evals/README.md)."""
    from evals.metrics import DEFAULT_QUESTIONS, PUBLIC_QUESTIONS, load_questions
    from evals.report import CONFIGS, check_thresholds, parse_thresholds, run_eval, write_outputs

    thresholds = parse_thresholds(fail_under)
    path = questions or (PUBLIC_QUESTIONS if question_set == "public" else DEFAULT_QUESTIONS)
    qs = load_questions(path, subset)
    if not qs:
        raise InputError(f"No questions in the {subset!r} subset of {path}.")
    assistant = open_assistant(_settings(engine=engine))
    summary, results = run_eval(assistant, qs, list(configs) or list(CONFIGS), engine=engine,
                                progress=TerminalProgress("Evaluating", "answer"), judge=judge)
    summary["subset"] = subset
    for path in write_outputs(out, summary, results):
        click.echo(f"wrote {path}")
    click.echo((out / "report.md").read_text(encoding="utf-8").split("\n## ")[0])
    failures = check_thresholds(summary, thresholds)
    if failures:
        _fail("below --fail-under: " + "; ".join(failures), 1)


@cli.command()
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=Path("evals/out"),
              show_default=True, help="Where bench.json and bench.png go.")
@click.option("--scales", default="1,10,100", show_default=True, help="Corpus replication factors.")
@click.option("--questions", "warm", default=100, show_default=True, help="Distinct questions for warm latency.")
@handle_errors
def bench(out: Path, scales: str, warm: int) -> None:
    """Benchmark the shipped pipeline against the naive llama-index baseline (temporary indexes)."""
    from evals.bench import chart, run_bench, table
    from evals.metrics import DEFAULT_QUESTIONS, load_questions

    try:
        factors = tuple(int(x) for x in scales.split(",") if x.strip())
    except ValueError:
        raise InputError(f"--scales wants numbers such as 1,10,100, not {scales!r}.") from None
    questions = [q.question for q in load_questions(DEFAULT_QUESTIONS)]
    figures = run_bench(questions, factors, warm, progress=lambda msg: click.echo(f"… {msg}", err=True))
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench.json").write_text(json.dumps(figures, indent=2))
    chart(figures, out / "bench.png")
    click.echo(table(figures))
    click.echo(f"wrote {out / 'bench.json'} and {out / 'bench.png'}")


@cli.command("ui")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; the default serves this machine only.")
@click.option("--port", default=7860, show_default=True, type=click.IntRange(1, 65535), help="Port to serve on.")
@click.option("--auth", metavar="USER:PASSWORD",
              help="Require this login (RAG_UI_AUTH does the same and keeps it out of the process list).")
@handle_errors
def ui_command(host: str, port: int, auth: str | None) -> None:
    """Serve the web UI: chat with cited answers, sources panel, Statute browser."""
    from ui.web.app import run

    run(host=host, port=port, auth=auth)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; the default serves this machine only.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(1, 65535), help="Port to serve on.")
@click.option("--api-key", metavar="KEY", help="Require this Bearer token (RAG_API_KEY does the same and keeps it "
                                                "out of the process list).")
@click.option("--ui", "with_ui", is_flag=True, help="Also serve the web UI at / from the same process.")
@click.option("--auth", metavar="USER:PASSWORD", help="With --ui: require this login for the UI (or RAG_UI_AUTH).")
@handle_errors
def serve(host: str, port: int, api_key: str | None, with_ui: bool, auth: str | None) -> None:
    """Serve an OpenAI-compatible chat API (/v1/chat/completions, /v1/models) with structured citations."""
    from ui.api import run

    run(host=host, port=port, api_key=api_key, with_ui=with_ui, auth=auth)


@cli.command("mcp")
@click.option("--transport", type=click.Choice(["stdio", "http"]), default="stdio", show_default=True,
              help="stdio for a client that starts the server; http for streamable HTTP at /mcp.")
@click.option("--host", default="127.0.0.1", show_default=True, help="With http: the address to bind.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535), help="With http: the port.")
@handle_errors
def mcp_command(transport: str, host: str, port: int) -> None:
    """Serve the Statute as an MCP server: tools ask, show_provision, search_statute, check_citations."""
    from ui.mcp_server import run

    run(transport=transport, host=host, port=port)


@cli.command()
@click.argument("source", metavar="FILE|-")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--html", "html_out", type=click.Path(path_type=Path, dir_okay=False),
              help="Also write an annotated HTML copy of the draft here.")
@click.option("--markdown", "md_out", type=click.Path(path_type=Path, dir_okay=False),
              help="Also write an annotated Markdown copy of the draft here.")
@handle_errors
def check(source: str, as_json: bool, html_out: Path | None, md_out: Path | None) -> None:
    """Check the Statute references and quotations in a draft (text, Markdown, HTML, PDF, DOCX, or - for
    standard input). Exits 1 when a reference or quotation is wrong."""
    from ui.checker import run

    sys.exit(run(source, as_json=as_json, html_out=html_out, md_out=md_out))


class _CheckedOutput:
    """Standard output that remembers a failed write (a full disk, a closed pipe) so :func:`main` can
    report it: click swallows some of these failures and would exit 0 with nothing shown."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self.failure: OSError | None = None

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as exc:
            raise self._failed(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise self._failed(exc) from None

    def _failed(self, exc: OSError) -> OSError:
        if self.failure is None:
            self.failure = exc
            # What is still buffered can never be written: send it to /dev/null, so that Python's own
            # flush at exit does not fail a second time, with a traceback.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)
        return exc

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def main() -> None:
    """Console-script entry point."""
    if sys.stdout is None:  # `rag ask q >&-`: the process was started without a standard output
        error = OutputUnavailable("standard output is closed, so nothing could be shown; run the command with "
                                  "its output going to a terminal, a file or a pipe.")
        _fail(str(error), error.exit_code)
    output = _CheckedOutput(sys.stdout)
    sys.stdout = output
    try:
        cli(prog_name="rag")
    except (SystemExit, OSError):
        if output.failure is None:
            raise
        if output.failure.errno == errno.EPIPE:  # the reader has gone (`rag show ... | head`): nothing to say
            sys.exit(1)
        error = OutputUnavailable(f"cannot write the output ({output.failure.strerror or output.failure}); check "
                                  "where standard output goes (a full disk, a closed file) and run the command again.")
        _fail(str(error), error.exit_code)


if __name__ == "__main__":
    main()
