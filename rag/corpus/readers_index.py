"""The reader's index: the words the public uses for what each provision says, as data.

Annotated statutes carry an index and headnotes; ``corpus/readers-index/*.yaml`` is ours, written
Part by Part from each provision's own text: "child soldiers" for art. 8(2)(b)(xxvi), "can a
president be arrested" for art. 27. Each entry names one provision (its corpus key) and the phrases;
retrieval indexes every phrase as a record of its own that resolves to the provision, so a hit on a
phrase is a hit on the provision, and the answer still quotes the provision verbatim.

``corpus/scope/outside.yaml`` is the other side of the same idea: the kinds of questions the corpus
cannot answer (membership lists, verdicts, office-holders, other instruments, …), each with a reason
shown to the reader, prototypes and counter-examples (in-scope questions that look alike).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rag.corpus.loader import DEFAULT_CORPUS_DIR, Corpus
from rag.errors import CorpusError

READERS_INDEX = "readers-index"
READERS_QUESTIONS = "readers-questions"
OUTSIDE = Path("scope") / "outside.yaml"


@dataclass(frozen=True)
class IndexEntry:
    """One phrase of the reader's index and the provision (corpus key) it leads to."""

    provision: str
    phrase: str


@dataclass(frozen=True)
class OutsideKind:
    """A kind of question the corpus cannot answer."""

    id: str
    reason: str
    prototypes: tuple[str, ...]
    counter_examples: tuple[tuple[str, str], ...]  # (question, the provision that answers it)
    beyond_the_report: bool = False  # holds only what came after the report (see outside.yaml)
    trained: bool = True  # its prototypes and counter-examples train the learned map (see outside.yaml)
    subject: bool = False  # a kind of subject, not of events: a story about it asks about it (outside.yaml)


def parse_yaml(text: str) -> object:
    """Parse a data file with libyaml's C parser when PyYAML has it (the reader's index, 3,000
    phrases, parses in a tenth of the time: it is read at every start), else the pure-Python one;
    both are safe loaders."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506


def _load_yaml(path: Path) -> object:
    import yaml

    try:
        return parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CorpusError(f"Cannot read {path}: {exc}. Restore the corpus/ directory from the repository.") from exc


def _key(raw: object) -> str:
    return str(raw).strip()


def load_readers_index(corpus: Corpus, corpus_dir: Path | None = None) -> tuple[IndexEntry, ...]:
    """Every entry of the reader's index, in file order; an entry naming no provision is an error."""
    base = Path(corpus_dir) if corpus_dir else DEFAULT_CORPUS_DIR
    folder = base / READERS_INDEX
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise CorpusError(f"The reader's index is missing ({folder}). Restore the corpus/ directory.")
    return _entries(corpus, files, "entries", "phrases")


def load_readers_questions(corpus: Corpus, corpus_dir: Path | None = None) -> tuple[IndexEntry, ...]:
    """The questions readers put, each with the provision that answers it
    (``corpus/readers-questions/*.yaml``): whole questions in the public's voice, names and all,
    where the reader's index has short phrases. They are not searched; they teach the learned map
    (:mod:`rag.index.adapter`) that "could the ICC arrest a visiting president?" is a question about
    art. 27 and art. 89 whoever the president is. None (no folder) is allowed."""
    folder = (Path(corpus_dir) if corpus_dir else DEFAULT_CORPUS_DIR) / READERS_QUESTIONS
    return _entries(corpus, sorted(folder.glob("*.yaml")), "questions", "asked")


def _entries(corpus: Corpus, files: Iterable[Path], entries: str, texts: str) -> tuple[IndexEntry, ...]:
    """The ``(provision, text)`` pairs of data files shaped ``{entries: [{provision, texts: [...]}]}``;
    an entry naming no provision of the corpus is an error."""
    out: list[IndexEntry] = []
    for path in files:
        data = _load_yaml(path)
        if not isinstance(data, dict) or not isinstance(data.get(entries), list):
            raise CorpusError(f"{path} must hold a mapping with a list of '{entries}'.")
        for n, entry in enumerate(data[entries], start=1):
            key = _key(entry.get("provision", "")) if isinstance(entry, dict) else ""
            if key not in corpus:
                raise CorpusError(f"{path}, entry {n}: no provision {key!r} in the corpus.")
            out.extend(IndexEntry(key, " ".join(t.split())) for t in entry.get(texts) or []
                       if isinstance(t, str) and t.strip())
    return tuple(out)


def load_outside(corpus: Corpus, corpus_dir: Path | None = None) -> tuple[OutsideKind, ...]:
    """The kinds of questions the corpus cannot answer (see the module docstring)."""
    path = (Path(corpus_dir) if corpus_dir else DEFAULT_CORPUS_DIR) / OUTSIDE
    data = _load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("kinds"), list):
        raise CorpusError(f"{path} must hold a mapping with a list of 'kinds'.")
    kinds = []
    for raw in data["kinds"]:
        counter = tuple((str(c["question"]), _key(c["answer"])) for c in raw.get("counter_examples") or ())
        for _, key in counter:
            if key not in corpus:
                raise CorpusError(f"{path}, kind {raw.get('id')!r}: no provision {key!r} in the corpus.")
        kinds.append(OutsideKind(str(raw["id"]), str(raw["reason"]).strip(),
                                 tuple(" ".join(str(p).split()) for p in raw.get("prototypes") or ()), counter,
                                 bool(raw.get("beyond_the_report", False)), bool(raw.get("train", True)),
                                 bool(raw.get("subject", False))))
    return tuple(kinds)


def phrases_per_article(corpus: Corpus, entries: Iterable[IndexEntry]) -> dict[str, int]:
    """How many phrases lead to each article (or the Preamble, or a news paragraph)."""
    counts: dict[str, int] = {}
    for e in entries:
        p = corpus.get(e.provision)
        key = p.article if p.article else e.provision
        counts[key] = counts.get(key, 0) + 1
    return counts
