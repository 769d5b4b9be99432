"""The public entry point: ``Assistant().ask(question)`` → a verified :class:`Answer`."""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable, Iterator

from .answering import AnswerPolicy, extractive_answer
from .chunking import Chunk, chunk_corpus
from .config import Settings
from .conversation import condense_offline
from .corpus import Corpus, load_corpus
from .embeddings import EmbeddingSpec, make_embedder
from .errors import InputError
from .index import ProgressFn, StoreConfig, VectorIndex, chunks_digest, collection_name, remove_store
from .models import Answer, Provision
from .retrieval import Retrieval, RetrievalOptions, Retriever
from .verification import verify_answer

MAX_QUESTION_CHARS = 2000


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

    ``Assistant()`` uses the defaults: the shipped corpus, local embeddings, the embedded Chroma
    store under the data directory (built on first use, with ``progress`` called as it goes).
    """

    def __init__(self, settings: Settings | None = None, *, progress: ProgressFn | None = None,
                 retrieval: RetrievalOptions | None = None, policy: AnswerPolicy | None = None,
                 rebuild: bool = False) -> None:
        self.settings = settings or Settings()
        self.policy = policy or AnswerPolicy()
        self.corpus: Corpus = load_corpus(self.settings.corpus_dir)
        self.chunks: list[Chunk] = chunk_corpus(self.corpus)
        self.spec = EmbeddingSpec.parse(self.settings.embed_model)
        self.store = StoreConfig(self.settings.data_dir, self.settings.chroma_host, self.settings.chroma_port)
        if rebuild:
            remove_store(self.store)
        self.embedder = make_embedder(self.spec, self.settings.openai_api_key, self.settings.openai_base_url)
        self.index = VectorIndex(self.store, self.embedder, collection_name(self.spec, chunks_digest(self.chunks)))
        self.built = 0
        if rebuild or not self.index.is_complete():
            self.built = self.index.build(self.chunks, progress, rebuild=rebuild)
        self.retriever = Retriever(self.corpus, self.chunks, self.index, retrieval)

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

    @property
    def mode(self) -> str:
        """``extractive`` or ``llm``: the engine ``ask`` uses by default."""
        return self.settings.resolved_engine

    def retrieve(self, question: str, history: list[tuple[str, str]] | None = None) -> Retrieval:
        """Run retrieval only (for evals and debugging)."""
        return self.retriever.retrieve(condense_offline(clean_question(question), history))

    def ask(self, question: str, history: list[tuple[str, str]] | None = None,
            engine: str | None = None) -> Answer:
        """Answer ``question``; every citation in the result has been verified against the corpus."""
        text = clean_question(question)
        t0 = time.perf_counter()
        standalone = condense_offline(text, history)
        retrieval = self.retriever.retrieve(standalone)
        t1 = time.perf_counter()
        answer = extractive_answer(text, retrieval, self.corpus, self.policy,
                                   vocabulary=self.retriever.vocabulary, follow_up=standalone != text)
        if standalone != text:
            answer.standalone_question = standalone
        answer = verify_answer(answer, self.corpus)
        t2 = time.perf_counter()
        answer.timings_ms = {"retrieval": round((t1 - t0) * 1000, 2), "answer": round((t2 - t1) * 1000, 2)}
        return answer

    def stream(self, question: str, history: list[tuple[str, str]] | None = None,
               engine: str | None = None) -> Iterator[str | Answer]:
        """Yield the answer's text as it is produced, then the final verified :class:`Answer`.

        The extractive engine produces its text at once, so it yields one piece.
        """
        answer = self.ask(question, history=history, engine=engine)
        yield answer.text
        yield answer

    def show(self, reference: str) -> Provision:
        """The provision a typed reference names (``"art. 121(3)"``, ``"Article 8 bis"``)."""
        if not isinstance(reference, str) or not reference.strip():
            raise InputError("Name a provision, e.g. \"art. 121(3)\" or \"Article 8 bis\".")
        return self.corpus.lookup(reference)

    def children(self, provision: Provision) -> list[Provision]:
        """The provision's direct sub-provisions, in order."""
        return [self.corpus.get(self.corpus.key(provision.source, c)) for c in provision.children]


ProgressCallback = Callable[[int, int], None]
