"""The public entry point: ``Assistant().ask(question)`` → a verified :class:`Answer`."""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rag.answer.extractive import AnswerPolicy, extractive_answer
from rag.answer.verification import verify_answer
from rag.config import Settings, from_env
from rag.corpus.loader import Corpus
from rag.documents.library import Library
from rag.documents.store import DocumentStore, IngestReport
from rag.errors import ConfigError, InputError
from rag.index.chunking import Chunk
from rag.index.store import ProgressFn, StoreConfig, VectorIndex
from rag.models import MAX_QUESTION_CHARS, Answer, Note, NoteKind, Provision
from rag.retrieve.conversation import clean_history, condense, condense_offline
from rag.retrieve.retriever import RAW_RETRIEVAL, Retrieval, RetrievalOptions, Retriever
from rag.retrieve.scope import RAW_SCOPE, ScopePolicy, assess
from rag.workspace import Workspace

if TYPE_CHECKING:
    from rag.answer.llm import LLMEngine
    from rag.check.models import CheckReport

ENGINES = ("extractive", "llm")
LLM_SETTINGS = ("engine", "llm_model", "openai_api_key", "openai_base_url", "llm_timeout", "llm_max_retries",
                "llm_deadline", "llm_strict", "llm_concurrency")


def clean_question(question: object) -> str:
    """Validate a question; returns it stripped, or raises :class:`InputError` saying why."""
    if not isinstance(question, str):
        raise InputError("The question must be text.")
    text = question.strip()
    if not text:
        raise InputError("The question is empty: ask something about the Rome Statute, "
                         "e.g. \"What does amending the statute require?\".")
    if len(text) > MAX_QUESTION_CHARS:
        raise InputError(f"The question is {len(text):,} characters long; the limit is "
                         f"{MAX_QUESTION_CHARS:,}. Shorten it to the point you want answered.")
    bad = sorted({f"U+{ord(ch):04X}" for ch in text
                  if (unicodedata.category(ch) in ("Cc", "Cs", "Co") and ch not in "\n\t\r")})
    if bad:
        raise InputError(f"The question contains control or invalid characters ({', '.join(bad[:5])}); "
                         "remove them and ask again.")
    if not any(ch.isalnum() for ch in text):
        raise InputError("The question has no words in it; ask something about the Rome Statute.")
    return " ".join(text.split())


class Assistant:
    """Answers questions on the Rome Statute and the news report with verified citations.

    ``Assistant()`` reads the same environment variables as the ``rag`` command (``RAG_DATA_DIR``,
    ``RAG_CHROMA_HOST``, ``OPENAI_BASE_URL``, …; see :func:`rag.config.from_env`);
    ``Assistant(Settings(...))`` uses exactly the settings given. The index is built on first use,
    with ``progress`` called as it goes.
    """

    def __init__(self, settings: Settings | None = None, *, progress: ProgressFn | None = None,
                 retrieval: RetrievalOptions | None = None, policy: AnswerPolicy | None = None,
                 scope: ScopePolicy | None = None, rebuild: bool = False, workspace: Workspace | None = None,
                 llm_options: dict[str, Any] | None = None) -> None:
        self.settings = settings if settings is not None else from_env()
        self.policy = policy or AnswerPolicy()
        self.workspace = workspace or Workspace(self.settings, progress, rebuild)
        # The refusal thresholds and the similarity weights belong to the vector space they were
        # calibrated in.
        self.scope = scope or (ScopePolicy() if self.workspace.adapter else RAW_SCOPE)
        self._retrieval_options = retrieval or (RetrievalOptions() if self.workspace.adapter else RAW_RETRIEVAL)
        self._llm: LLMEngine | None = None  # built on first use
        self._llm_options: dict[str, Any] = dict(llm_options or {})

    def with_options(self, retrieval: RetrievalOptions | None = None,
                     policy: AnswerPolicy | None = None) -> Assistant:
        """A copy sharing this assistant's workspace (corpus, indexes, documents), with other
        retrieval options or answer policy (used for ablations and calibration)."""
        return Assistant(self.settings, retrieval=retrieval or self._retrieval_options, policy=policy or self.policy,
                         scope=self.scope, workspace=self.workspace, llm_options=self._llm_options)

    def with_llm(self, *, backoff: float | None = None, **changes: Any) -> Assistant:
        """A copy sharing this assistant's workspace, with other engine/LLM settings (``engine``,
        ``llm_model``, ``openai_api_key``, ``openai_base_url``, ``llm_timeout``, ``llm_max_retries``,
        ``llm_deadline``, ``llm_strict``, ``llm_concurrency``); ``backoff`` is the first retry's delay in
        seconds."""
        unknown = sorted(set(changes) - set(LLM_SETTINGS))
        if unknown:
            raise TypeError(f"with_llm() changes only {', '.join(LLM_SETTINGS)}; not {', '.join(unknown)}")
        options = {**self._llm_options, **({"backoff": backoff} if backoff is not None else {})}
        return Assistant(self.settings.with_(**changes), retrieval=self._retrieval_options, policy=self.policy,
                         scope=self.scope, workspace=self.workspace, llm_options=options)

    # -- what the workspace holds, for callers (the UI, the evals, the tests) ----------------------
    @property
    def corpus(self) -> Corpus:
        """The corpus: the Statute, the news report and the loaded documents."""
        return self.workspace.corpus

    @property
    def index(self) -> VectorIndex:
        """The vector index of the corpus's chunks."""
        return self.workspace.index

    @property
    def embedder(self):
        """The embedding model."""
        return self.workspace.embedder

    @property
    def store(self) -> StoreConfig:
        """Where the index lives."""
        return self.workspace.store

    @property
    def documents(self) -> DocumentStore:
        """The store of the user's documents."""
        return self.workspace.documents

    @property
    def library(self) -> Library:
        """The user's documents, kept in step with the corpus and the index."""
        return self.workspace.library

    @property
    def built(self) -> int:
        """How many records this process wrote when it opened the index (0: it was up to date)."""
        return self.workspace.built

    def scrub(self, text: str) -> str:
        """``text`` with the secrets of the LLM settings (the API key, credentials in the base URL)
        replaced by ``***``: for any message shown outside this process."""
        if not (self.settings.openai_api_key or self.settings.openai_base_url):
            return text
        from rag.answer.llm import Secrets

        return Secrets(self.settings.openai_base_url or "", self.settings.openai_api_key).scrub(text)

    @property
    def notices(self) -> list[str]:
        """Problems met while opening (damaged document files, ...)."""
        return self.workspace.notices

    @property
    def chunks(self) -> list[Chunk]:
        """Every chunk: the shipped corpus's, then the loaded documents'."""
        return self.workspace.chunks

    @property
    def retrieval_options(self) -> RetrievalOptions:
        """How this assistant retrieves (the calibration of its vector space unless given)."""
        return self._retrieval_options

    @property
    def retriever(self) -> Retriever:
        """The retriever over the corpus as the store has it now, with this assistant's options."""
        return self.workspace.retriever(self._retrieval_options)

    @property
    def mode(self) -> str:
        """``extractive`` or ``llm``: the engine ``ask`` uses by default."""
        return self.settings.resolved_engine

    @property
    def llm(self) -> LLMEngine:
        """The LLM engine (built from the settings on first use; raises ConfigError if unusable)."""
        if self._llm is None:
            from rag.answer.llm import LLMEngine

            self._llm = LLMEngine(self.settings, **self._llm_options)
        return self._llm

    def _engine(self, engine: str | None) -> str:
        chosen = engine or self.settings.resolved_engine
        if chosen not in ENGINES:
            raise InputError(f"The engine must be 'extractive' or 'llm', not {chosen!r}.")
        if chosen == "llm" and not self.settings.llm_configured:
            raise ConfigError("The LLM engine needs OPENAI_API_KEY (for OpenAI) or OPENAI_BASE_URL (for a local "
                              "OpenAI-compatible server such as Ollama); set one, or use the extractive engine.")
        return chosen

    def retrieve(self, question: str, history: list[tuple[str, str]] | None = None) -> Retrieval:
        """Run retrieval only (for evals and debugging)."""
        return self.retriever.retrieve(condense_offline(clean_question(question), clean_history(history)))

    def ask(self, question: str, history: list[tuple[str, str]] | None = None,
            engine: str | None = None) -> Answer:
        """Answer ``question``; every citation in the result has been verified against the corpus.

        ``history`` is the conversation so far, ``[(user, assistant), ...]``: a follow-up is
        condensed into a standalone question before retrieval. ``engine`` overrides the
        configured one (``extractive`` or ``llm``).
        """
        answer: Answer | None = None
        for piece in self._answer(question, history, engine, stream=False):
            if isinstance(piece, Answer):
                answer = piece
        assert answer is not None
        return answer

    def stream(self, question: str, history: list[tuple[str, str]] | None = None,
               engine: str | None = None) -> Iterator[str | Answer]:
        """Yield the answer's text as it is produced, then the final verified :class:`Answer`.

        With the LLM the pieces arrive as the model writes them (markers already renumbered);
        the final Answer's text replaces them — it differs when verification fell back to the
        extractive answer or the model declined. The extractive engine produces its text at
        once, so it yields one piece.
        """
        yield from self._answer(question, history, engine, stream=True)

    def _answer(self, question: str, history: list[tuple[str, str]] | None, engine: str | None,
                stream: bool) -> Iterator[str | Answer]:
        text = clean_question(question)
        history = clean_history(history)
        chosen = self._engine(engine)
        retriever = self.retriever  # brings the documents up to date first
        t0 = time.perf_counter()
        llm = self.llm if chosen == "llm" else None
        deadline = llm.deadline() if llm is not None else None  # one for the whole answer
        standalone, condense_notes = condense(text, history, llm, deadline)
        notes = [Note(NoteKind.CONDENSE, n) for n in condense_notes]
        notes += [Note(NoteKind.DOCUMENTS, p) for p in self.library.take_problems()]
        t1 = time.perf_counter()
        retrieval = retriever.retrieve(standalone)
        decision = assess(text, retrieval, self.scope, follow_up=standalone != text,
                          outside_reasons=self.workspace.outside_reasons, instruments=self.workspace.instruments,
                          forms=self.workspace.forms, bodies=self.workspace.bodies,
                          second_look=retriever.evidence_for,
                          beyond_only=self.workspace.beyond_the_report,
                          subject_kinds=self.workspace.subject_kinds)
        t2 = time.perf_counter()
        if llm is None:
            answer = extractive_answer(text, retrieval, self.corpus, self.policy, decision)
            answer = verify_answer(replace(answer, notes=(*notes, *answer.notes)), self.corpus)
            if standalone != text:
                answer = replace(answer, standalone_question=standalone)
            t3 = time.perf_counter()
            answer = replace(answer, timings_ms={"retrieval": round((t2 - t0) * 1000, 2),
                                                 "answer": round((t3 - t2) * 1000, 2)})
            if stream:
                yield answer.text
            yield answer
            return

        from rag.answer.generation import LLMRun, llm_answer

        run = LLMRun()
        answer = None
        for piece in llm_answer(llm, text, standalone, retrieval, self.corpus, self.policy, decision,
                                stream=stream, run=run, notes=notes, deadline=deadline,
                                strict=self.settings.llm_strict):
            if isinstance(piece, Answer):
                answer = piece
            else:
                yield piece
        assert answer is not None
        answer = verify_answer(answer, self.corpus)
        t3 = time.perf_counter()
        timings = {"condense": (t1 - t0) * 1000, "retrieval": (t2 - t1) * 1000, "llm": run.llm_ms,
                   "verification": run.verification_ms, "total": (t3 - t0) * 1000}
        if run.first_token_ms is not None:
            timings["first_token"] = (t2 - t0) * 1000 + run.first_token_ms
        yield replace(answer, timings_ms={k: round(v, 2) for k, v in timings.items()})

    # -- the user's own documents ------------------------------------------------------------------
    def ingest(self, paths: list[Path], progress: ProgressFn | None = None) -> IngestReport:
        """Add (or replace) the user's documents as their own cited sources."""
        return self.add_documents(self.documents.read(paths), progress)

    def add_documents(self, report: IngestReport, progress: ProgressFn | None = None) -> IngestReport:
        """Index and store the documents :meth:`DocumentStore.read` read (the ``rag`` command reads
        them before the embedding model is loaded, so a bad file fails at once); returns the report of
        what was stored."""
        return replace(report, documents=self.library.add(report.documents, progress))

    def remove_source(self, doc_id: str) -> list[str]:
        """Drop an ingested document from the store, the corpus and the index; returns warnings about
        what could not be cleaned up (the document is removed regardless)."""
        return self.library.remove(doc_id)

    def sources(self) -> list[dict[str, Any]]:
        """What is indexed: the shipped sources and the ingested documents."""
        self.library.refresh()
        counts: dict[str, int] = {}
        for c in self.chunks:
            counts[c.source] = counts.get(c.source, 0) + 1
        docs = {d.id: d.summary() for d in self.library.documents}
        out = []
        for sid, info in self.corpus.sources.items():
            row = {"id": sid, "title": info.title, "kind": info.kind, "chunks": counts.get(sid, 0),
                   "built_in": sid not in docs}
            row.update({k: v for k, v in docs.get(sid, {}).items() if k not in row})
            out.append(row)
        return out

    def show(self, reference: str) -> Provision:
        """The provision a typed reference names (``"art. 121(3)"``, ``"Article 8 bis"``)."""
        if not isinstance(reference, str) or not reference.strip():
            raise InputError("Name a provision, e.g. \"art. 121(3)\" or \"Article 8 bis\".")
        return self.corpus.lookup(reference)

    def check(self, text: str, name: str = "-", fmt: str = "text") -> CheckReport:
        """Check a draft's references and quotations against the corpus (see :mod:`rag.check`);
        retrieval supplies the closest passage for a quotation that is verbatim nowhere."""
        from rag.check import check_text

        def candidates(quote: str) -> list[Provision]:
            try:
                return [hit.provision for hit in self.retrieve(quote[:MAX_QUESTION_CHARS]).hits]
            except InputError:  # a "quotation" with no words in it: nothing to compare it with
                return []

        return check_text(text, self.corpus, candidates, name, fmt)

    def children(self, provision: Provision) -> list[Provision]:
        """The provision's direct sub-provisions, in order."""
        return [self.corpus.get(self.corpus.key(provision.source, c)) for c in provision.children]

