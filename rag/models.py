"""Value objects shared by every stage: sources, provisions, citations, and answers made of blocks.

An :class:`Answer` carries structure — blocks that say what each part of the answer is (the short
answer, a group of the Statute's provisions, the news report's claims, the LLM's sentences, a note)
and the verified :class:`Citation` each block points at. Text, Markdown, HTML and JSON are renderings
of that structure (:mod:`rag.answer.render`, the web UI's templates); nothing parses rendered text
back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

STATUTE = "rome-statute"
NEWS = "news"
ELLIPSIS = "…"
# The longest question answered: a long forum post with its context fits; longer is a document to
# ingest or check. Stored questions, follow-ups sent to the LLM and comments keep to it too.
MAX_QUESTION_CHARS = 2000


class SourceKind(StrEnum):
    """What a source is — and so how its words may be presented to a reader."""

    LAW = "law"  # the Rome Statute
    NEWS = "news report"  # a report of claims, never the law
    DOCUMENT = "document"  # a document the user ingested

    @property
    def is_law(self) -> bool:
        """Only the Statute's words are presented as law."""
        return self is SourceKind.LAW

    @property
    def label(self) -> str:
        """The reader-facing label, the one wording every view uses."""
        return _KIND_LABELS[self]

    def heading(self, title: str) -> str:
        """How a group of this source's passages is introduced in an answer."""
        if self is SourceKind.LAW:
            return "The Rome Statute provides (verbatim):"
        if self is SourceKind.NEWS:
            return f"The news report (“{title}”) states — this is the report's account, not the law:"
        return f"Your document {title} (not law) states:"


_KIND_LABELS = {
    SourceKind.LAW: "law",
    SourceKind.NEWS: "news report — claims, not law",
    SourceKind.DOCUMENT: "your document — not law",
}


class ProvisionKind(StrEnum):
    """The structural level of a provision."""

    PREAMBLE = "preamble"
    ARTICLE = "article"
    PARAGRAPH = "paragraph"
    SUBPARAGRAPH = "subparagraph"
    NEWS_TITLE = "news-title"
    NEWS_PARAGRAPH = "news-paragraph"
    SECTION = "section"  # an ingested document's heading section
    PAGE = "page"  # an ingested PDF's page
    PASSAGE = "passage"  # an ingested plain-text block


class Mode(StrEnum):
    """Which engine produced an answer."""

    EXTRACTIVE = "extractive"  # offline: the provisions' own words
    LLM = "llm"  # a language model, verified marker by marker
    BASELINE = "baseline"  # the naive llama-index pipeline (evals only)


@dataclass(frozen=True)
class SourceInfo:
    """A document of the corpus (the Statute, the news report, an ingested file)."""

    id: str
    title: str
    kind: SourceKind
    description: str = ""
    attribution: str = ""

    @property
    def is_law(self) -> bool:
        """Whether this source's words are law."""
        return self.kind.is_law


@dataclass(frozen=True)
class Provision:
    """One citable unit of a source: the Preamble, an article, a paragraph, a sub-paragraph,
    a paragraph of the news report or a section of an ingested document.

    ``text`` is the verbatim text of the unit exactly as it stands in the corpus (children
    included, the unit's own number marker excluded), so any quote from it is one contiguous
    span of the official text.
    """

    id: str
    source: str
    label: str
    text: str
    kind: ProvisionKind
    article: str | None = None
    paragraph: str | None = None
    lead: str = ""
    part: int | None = None
    part_title: str | None = None
    article_title: str | None = None
    parent: str | None = None
    children: tuple[str, ...] = ()
    order: int = 0

    @property
    def short_label(self) -> str:
        """The label without the source name: ``art. 121(3)``, ``para. 4``."""
        head, _, tail = self.label.partition(", ")
        return tail or head

    @property
    def breadcrumb(self) -> str:
        """Part › article title › paragraph, for display and for embedding context."""
        bits: list[str] = []
        if self.part is not None:
            bits.append(f"Part {self.part}. {self.part_title}")
        if self.article not in (None, "preamble"):
            # Article 10 has no heading in the official text.
            title = (self.article_title or "").strip()
            bits.append(f"Article {self.article}. {title}" if title else f"Article {self.article}")
        bits.append(self.short_label)
        return " › ".join(bits)


@dataclass(frozen=True)
class Citation:
    """A pinpoint reference to a provision with a verbatim quote from it.

    ``quote`` is one contiguous span of the provision's text. When it is only part of that text,
    ``cut_before`` / ``cut_after`` say where text was left out, and :attr:`shown_quote` puts an
    ellipsis there: a reader who copies the words knows they are not the whole provision.
    """

    label: str
    source: str
    provision_id: str
    quote: str
    kind: SourceKind = SourceKind.LAW
    article: str | None = None
    paragraph: str | None = None
    title: str | None = None
    part: int | None = None
    part_title: str | None = None
    score: float = 0.0
    cut_before: bool = False
    cut_after: bool = False

    @property
    def is_law(self) -> bool:
        """Whether the quoted words are law (the Statute), not a report's or a document's."""
        return self.kind.is_law

    @property
    def pinpoint(self) -> str:
        """``art. 121(4)`` for the Statute; the full label for other sources."""
        if self.source == STATUTE:
            return self.label.split(", ", 1)[-1]
        return self.label

    @property
    def shown_quote(self) -> str:
        """The quote as every view shows it: ``…`` where the provision's text is left out."""
        return (f"{ELLIPSIS} " if self.cut_before else "") + self.quote + (f" {ELLIPSIS}" if self.cut_after else "")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable view."""
        return {
            "label": self.label, "source": self.source, "provision_id": self.provision_id,
            "article": self.article, "paragraph": self.paragraph, "quote": self.quote,
            "shown_quote": self.shown_quote, "cut_before": self.cut_before, "cut_after": self.cut_after,
            "kind": self.kind.value, "kind_label": self.kind.label, "is_law": self.is_law,
            "title": self.title, "part": self.part, "part_title": self.part_title, "score": self.score,
        }


# ── The blocks an answer is made of ───────────────────────────────────────────────────────────────
# Citation numbers in blocks are 1-based positions in ``Answer.citations`` (the ``[n]`` markers).


class NoteKind(StrEnum):
    """What a note says about an answer."""

    SCOPE = "scope"  # the question names something the corpus does not cover; the law in general follows
    FRAMING = "framing"  # how to read the answer (the Statute governs where the report describes it)
    NOT_FOUND = "not-found"  # a provision the question names does not exist
    FALLBACK = "fallback"  # the LLM failed or could not be verified; another engine answered
    VERIFICATION = "verification"  # something verification removed or could not confirm
    UNSUPPORTED = "unsupported"  # an LLM sentence with no valid citation
    CONDENSE = "condense"  # how a follow-up was read
    DOCUMENTS = "documents"  # a stored document could not be loaded or indexed; the answer may miss it


@dataclass(frozen=True)
class Note:
    """A remark about the answer, shown as such (never as the law)."""

    kind: NoteKind
    text: str


@dataclass(frozen=True)
class LeadClause:
    """One clause of the short answer: a sentence or list item quoted verbatim from a citation."""

    text: str
    citation: int


@dataclass(frozen=True)
class Lead:
    """The short answer, first: the clause(s) of the cited provisions that answer the question."""

    clauses: tuple[LeadClause, ...]


@dataclass(frozen=True)
class ProvisionGroup:
    """The Statute's provisions of one article (or the Preamble), quoted verbatim."""

    article: str | None
    title: str | None
    part: int | None
    part_title: str | None
    citations: tuple[int, ...]


@dataclass(frozen=True)
class SourcePassages:
    """Passages of a source that is not law (the news report, the user's document), as its claims."""

    source: str
    kind: SourceKind
    title: str
    citations: tuple[int, ...]


@dataclass(frozen=True)
class Sentence:
    """A sentence of generated prose: where it lies in the text and which citations support it."""

    start: int
    end: int
    citations: tuple[int, ...] = ()
    supported: bool = True  # False: no valid citation supports it (flagged in every view)


@dataclass(frozen=True)
class Prose:
    """Text written by the LLM, with its ``[n]`` markers, and its sentences."""

    text: str
    sentences: tuple[Sentence, ...] = ()


@dataclass(frozen=True)
class Refusal:
    """The corpus does not cover the question; ``reason`` says why when it is known. ``see_also``:
    where the Statute deals with the question's subject in general ("Rome Statute, art. 60(2) (Initial
    proceedings before the Court)"), for a question refused because it asks what happened in a matter
    the corpus never mentions: pointers, not an answer, so nothing is quoted or cited."""

    reason: str = ""
    see_also: tuple[str, ...] = ()


Block = Lead | ProvisionGroup | SourcePassages | Prose | Note | Refusal


@dataclass(frozen=True)
class Answer:
    """What the assistant returns for one question: blocks, their verified citations, notes."""

    question: str
    blocks: tuple[Block, ...] = ()
    citations: tuple[Citation, ...] = ()
    refused: bool = False
    mode: Mode = Mode.EXTRACTIVE
    notes: tuple[Note, ...] = ()
    model: str | None = None
    standalone_question: str | None = None
    timings_ms: Mapping[str, float] = field(default_factory=dict, compare=False)

    @classmethod
    def from_text(cls, question: str, text: str, **fields: Any) -> Answer:
        """An answer whose body is plain text (the baseline's retrieved chunk, a test's fixture)."""
        return cls(question=question, blocks=(Prose(text),) if text else (), **fields)

    @property
    def text(self) -> str:
        """The answer as plain text with ``[n]`` markers (see :func:`rag.answer.render.text`)."""
        from rag.answer.render import text

        return text(self)

    @property
    def warnings(self) -> tuple[str, ...]:
        """What verification found, any fallback: the notes' texts."""
        return tuple(n.text for n in self.notes)

    @property
    def lead(self) -> Lead | None:
        """The short answer, if there is one."""
        return next((b for b in self.blocks if isinstance(b, Lead)), None)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable view (see :func:`rag.answer.render.to_dict`)."""
        from rag.answer.render import to_dict

        return to_dict(self)
