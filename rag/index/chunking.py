"""Chunking that follows the structure of the law.

One chunk per paragraph; a long paragraph with a list (the war crimes of art. 8(2)) is split
at its sub-paragraphs, each chunk keeping the chapeau that gives the item its legal meaning
("For the purpose of this Statute, 'war crimes' means: ..."). Every chunk carries a breadcrumb
(Part › article title › paragraph) and the verbatim span it covers (the span is what gets
embedded; breadcrumb and chapeau are indexed for BM25), and its id is derived from
the provision id so re-indexing never duplicates.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rag.corpus.loader import Corpus
from rag.corpus.readers_index import IndexEntry, OutsideKind
from rag.models import STATUTE, Provision

CHUNKER_VERSION = "4"
MAX_CHUNK_CHARS = 1200
_NAMESPACE = uuid.UUID("6f1c1c52-7d1f-4b5e-9a43-3f1f2a0c9e10")


@dataclass(frozen=True)
class Chunk:
    """A retrieval unit: a verbatim span of one provision plus the context used to find it."""

    id: str
    provision: str  # corpus key of the provision the span belongs to
    source: str
    span: str  # verbatim text, one contiguous span of the provision's text
    context: str  # breadcrumb and chapeau, embedded with the span but never quoted
    metadata: dict = field(default_factory=dict, hash=False, compare=False)

    @property
    def lexical_text(self) -> str:
        """The text indexed for BM25 (and lexical re-ranking): context first, then the span."""
        return f"{self.context}\n{self.span}" if self.context else self.span

    @property
    def dense_text(self) -> str:
        """The text embedded for dense retrieval: the span alone.

        Every paragraph of an article shares its breadcrumb, so embedding it made the siblings of
        art. 58 look alike and a question about what a warrant must contain (58(3)) landed on
        58(1). The breadcrumb still reaches BM25 through :attr:`lexical_text`, which finds the
        article; the vector picks the paragraph.
        """
        return self.span


def chunk_id(provision_key: str, part: int = 0) -> str:
    """A stable id (UUID5) for the ``part``-th chunk of a provision."""
    return str(uuid.uuid5(_NAMESPACE, f"{provision_key}#{part}"))


def _breadcrumb(corpus: Corpus, p: Provision) -> str:
    source = corpus.sources[p.source]
    if p.source == STATUTE:
        return f"Rome Statute › {p.breadcrumb}"
    heading = f" {p.article_title}" if p.article_title else ""
    return f"{source.title} ({source.kind}) › {p.short_label}{heading}"


def _make(corpus: Corpus, p: Provision, span: str, chapeaux: list[str], n: int = 0) -> Chunk:
    key = corpus.key(p.source, p.id)
    context = "\n".join([_breadcrumb(corpus, p), *[c for c in chapeaux if c]])
    meta = {
        "provision": key,
        "source": p.source,
        "label": p.label,
        "article": p.article or "",
        "paragraph": p.paragraph or "",
        "part": p.part if p.part is not None else -1,
        "kind": p.kind,
    }
    return Chunk(id=chunk_id(key, n), provision=key, source=p.source, span=span, context=context,
                 metadata=meta)


def _chunk_provision(corpus: Corpus, p: Provision, chapeaux: list[str]) -> list[Chunk]:
    if p.kind == "preamble":
        # Each recital of the Preamble is its own span: "Recalling that it is the duty of every
        # State ..." must be findable and quotable on its own.
        lines = [line for line in p.text.split("\n") if line.strip()]
        return [_make(corpus, p, line, [], i) for i, line in enumerate(lines)]
    top_level_article = p.kind == "article" and p.children
    if not p.children or (len(p.text) <= MAX_CHUNK_CHARS and not top_level_article):
        return [_make(corpus, p, p.text, chapeaux)]
    chunks: list[Chunk] = []
    lead = p.lead.strip()
    flush = _flush_text(corpus, p)
    if p.kind != "article" and (lead or flush):
        # The chapeau and any closing text of the list are law too ("Nominations shall be
        # accompanied by a statement ..."): keep them retrievable as their own spans.
        if lead:
            chunks.append(_make(corpus, p, lead, chapeaux, 0))
        if flush:
            chunks.append(_make(corpus, p, flush, chapeaux + [lead], 1))
    elif p.kind == "article" and lead:
        chunks.append(_make(corpus, p, lead, chapeaux, 0))
    for key in p.children:
        chunks.extend(_chunk_provision(corpus, corpus.get(corpus.key(p.source, key)), chapeaux + [lead]))
    return chunks


def _flush_text(corpus: Corpus, p: Provision) -> str:
    """Text that follows the last child of a list inside ``p`` (if any)."""
    if not p.children:
        return ""
    last = corpus.get(corpus.key(p.source, p.children[-1]))
    end = p.text.rfind(last.text)
    tail = p.text[end + len(last.text):].strip() if end >= 0 else ""
    return tail if re.search(r"\w", tail) else ""


def chunk_corpus(corpus: Corpus, sources: set[str] | None = None) -> list[Chunk]:
    """All chunks of the corpus (optionally only of some sources), in corpus order."""
    chunks: list[Chunk] = []
    for p in corpus:
        if sources is not None and p.source not in sources:
            continue
        if p.parent is None:
            chunks.extend(_chunk_provision(corpus, p, []))
    return chunks


def entry_records(entries: Sequence[IndexEntry], outside: Sequence[OutsideKind]) -> list[Chunk]:
    """The reader's index as index records: one per phrase, resolving to its provision (metadata
    ``record: entry``), and one per prototype of a question the corpus cannot answer (``record:
    outside``, resolving to its kind). Ids are stable, so re-indexing never duplicates."""
    records: list[Chunk] = []
    for n, e in enumerate(entries):
        records.append(Chunk(id=chunk_id(f"entry:{e.provision}:{e.phrase}", n), provision=e.provision, source="",
                             span=e.phrase, context="", metadata={"record": "entry", "provision": e.provision}))
    for kind in outside:
        # A kind the learned map is not trained on marks its records so (``trained: False``).
        untrained = {} if kind.trained else {"trained": False}
        # The counter-examples are in-scope questions that look like this kind: they lead to the
        # provision that answers them, as reader's-index phrases do.
        for n, (question, key) in enumerate(kind.counter_examples):
            records.append(Chunk(id=chunk_id(f"entry:{key}:{question}", n), provision=key, source="", span=question,
                                 context="", metadata={"record": "entry", "provision": key, **untrained}))
        for n, phrase in enumerate(kind.prototypes):
            records.append(Chunk(id=chunk_id(f"outside:{kind.id}:{phrase}", n), provision=kind.id, source="",
                                 span=phrase, context="", metadata={"record": "outside", "kind": kind.id, **untrained}))
    return records


def provision_chunks(by_provision: Mapping[str, Sequence[Chunk]], corpus: Corpus, key: str) -> list[Chunk]:
    """The chunks whose span lies in provision ``key`` (or its descendants; failing that, the
    nearest ancestor's chunk that contains it). ``by_provision``: the chunks by their provision."""
    direct = by_provision.get(key)
    if direct:
        return list(direct)
    prefix = key + "("
    inside = [c for k, cs in by_provision.items() if k.startswith(prefix) for c in cs]
    if inside:
        return inside
    # A sub-paragraph that shares its paragraph's chunk (art. 64(8)(a) inside 64(8)).
    for ancestor in corpus.ancestors(key):
        found = by_provision.get(corpus.key(ancestor.source, ancestor.id))
        if found:
            return list(found)
    return []
