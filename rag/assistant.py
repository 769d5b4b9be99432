"""The public entry point: ``Assistant().ask(question)`` → a verified :class:`Answer`."""

from __future__ import annotations

import threading
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rag.answer.extractive import AnswerPolicy, extractive_answer
from rag.answer.verification import verify_answer
from rag.config import Settings, from_env
from rag.corpus.loader import Corpus, load_corpus
from rag.corpus.readers_index import load_outside, load_readers_index
from rag.documents.library import Library, index_key
from rag.documents.store import DocumentStore, IngestReport
from rag.errors import ConfigError, InputError
from rag.index.chunking import Chunk, chunk_corpus, entry_records
from rag.index.embeddings import EmbeddingSpec, make_embedder
from rag.index.store import ProgressFn, StoreConfig, VectorIndex, chunks_digest, collection_name, remove_store
from rag.models import Answer, Note, NoteKind, Provision
from rag.retrieve.conversation import clean_history, condense, condense_offline
from rag.retrieve.retriever import Retrieval, RetrievalOptions, Retriever
from rag.retrieve.scope import ScopePolicy, assess

if TYPE_CHECKING:
    from rag.answer.llm import LLMEngine
    from rag.check.models import CheckReport

MAX_QUESTION_CHARS = 2000
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
                 scope: ScopePolicy | None = None, rebuild: bool = False) -> None:
        self.settings = settings if settings is not None else from_env()
        self.policy = policy or AnswerPolicy()
        self.scope = scope or ScopePolicy()
        self.corpus: Corpus = load_corpus(self.settings.corpus_dir)
        # The collection is named after the shipped corpus only; ingested documents are added to
        # it and removed from it by id, so an ingest never re-embeds the Statute.
        self._builtin: list[Chunk] = chunk_corpus(self.corpus)
        self.notices: list[str] = []
        self.documents = DocumentStore(self.settings.data_dir)
        self.spec = EmbeddingSpec.parse(self.settings.embed_model)
        self.store = StoreConfig(self.settings.data_dir, self.settings.chroma_host, self.settings.chroma_port)
        if rebuild:
            remove_store(self.store)
        self.embedder = make_embedder(self.spec, self.settings.openai_api_key, self.settings.openai_base_url)
        self.index = VectorIndex(self.store, self.embedder,
                                 collection_name(self.spec, chunks_digest(self._builtin)))
        key = index_key(self.store, self.index.name)
        self.built = 0
        if rebuild or not self.index.is_complete():
            # A collection built afresh holds no document: its ledger goes first, so even a build
            # that is killed leaves the documents to be indexed again.
            self.documents.forget_index(key)
            self.built = self.index.build(self._builtin, progress, rebuild=rebuild)
        # The user's documents are loaded on first use (a question, `sources`), not here.
        self.library = Library(self.documents, self.corpus, self.index, key)
        if self.built and self.documents.stamps():
            self.library.refresh(progress)  # the new collection needs their vectors: index them now
        self.notices.extend(self.library.take_problems())
        # The reader's index and the prototypes of questions the corpus cannot answer: records of
        # collections of their own, built once like the corpus's.
        self._entries = load_readers_index(self.corpus, self.settings.corpus_dir)
        self._outside = load_outside(self.corpus, self.settings.corpus_dir)
        self.outside_reasons = {k.id: k.reason for k in self._outside}
        self._entry_records = entry_records(self._entries, self._outside)
        self.entry_index, self.outside_index = (
            self._records_index([r for r in self._entry_records if r.metadata["record"] == kind], prefix,
                                progress, rebuild)
            for kind, prefix in (("entry", "ri"), ("outside", "ro")))
        self._retrieval_options = retrieval
        self._retriever: Retriever | None = None  # built on first use, over the documents as stored then
        self._retriever_generation = -1  # the library generation the retriever's chunks reflect
        self._retriever_lock = threading.Lock()
        self._llm: LLMEngine | None = None  # built on first use
        self._llm_options: dict[str, Any] = {}

    def _records_index(self, records: list[Chunk], prefix: str, progress: ProgressFn | None,
                       rebuild: bool) -> VectorIndex:
        """A collection of index records (reader's-index phrases, out-of-scope prototypes), built
        when missing or incomplete."""
        index = VectorIndex(self.store, self.embedder, collection_name(self.spec, chunks_digest(records), prefix))
        if rebuild or not index.is_complete():
            self.built += index.build(records, progress)
        return index

    def with_options(self, retrieval: RetrievalOptions | None = None,
                     policy: AnswerPolicy | None = None) -> Assistant:
        """A copy sharing this assistant's corpus and index, with other retrieval options or
        answer policy (used for ablations and calibration)."""
        clone = object.__new__(Assistant)
        clone.__dict__.update(self.__dict__)
        if retrieval is not None:
            clone.retriever = self.retriever.with_options(retrieval)
        if policy is not None:
            clone.policy = policy
        return clone

    def with_llm(self, *, backoff: float | None = None, **changes: Any) -> Assistant:
        """A copy sharing this assistant's corpus and index, with other engine/LLM settings
        (``engine``, ``llm_model``, ``openai_api_key``, ``openai_base_url``, ``llm_timeout``,
        ``llm_max_retries``, ``llm_deadline``, ``llm_strict``, ``llm_concurrency``); ``backoff`` is the first retry's delay in seconds."""
        unknown = sorted(set(changes) - set(LLM_SETTINGS))
        if unknown:
            raise TypeError(f"with_llm() changes only {', '.join(LLM_SETTINGS)}; not {', '.join(unknown)}")
        clone = object.__new__(Assistant)
        clone.__dict__.update(self.__dict__)
        clone.settings = self.settings.with_(**changes)
        clone._llm = None
        clone._llm_options = dict(self._llm_options)
        if backoff is not None:
            clone._llm_options["backoff"] = backoff
        return clone

    @property
    def chunks(self) -> list[Chunk]:
        """Every chunk: the shipped corpus's, then the loaded documents'."""
        return [*self._builtin, *self.library.chunks]

    @property
    def retriever(self) -> Retriever:
        """The retriever over the corpus as the store has it now: built on first use, brought up to
        date when documents were ingested or removed (by this process or another one)."""
        self.library.refresh()
        with self._retriever_lock:
            if self._retriever is None:
                self._retriever = Retriever(
                    self.corpus, self.chunks, self.index, self._retrieval_options, entries=self._entries,
                    outside=self._outside, entry_index=self.entry_index, outside_index=self.outside_index,
                    entry_records=self._entry_records)
            elif self._retriever_generation != self.library.generation:
                self._retriever.set_chunks(self.chunks)
            self._retriever_generation = self.library.generation
            return self._retriever

    @retriever.setter
    def retriever(self, retriever: Retriever) -> None:
        self._retriever = retriever
        self._retriever_generation = self.library.generation

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
                          outside_reasons=self.outside_reasons)
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

