"""Value objects shared by every stage: sources, provisions, citations, answers."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

STATUTE = "rome-statute"
NEWS = "news"


@dataclass(frozen=True)
class SourceInfo:
    """A document of the corpus (the Statute, the news report, an ingested file)."""

    id: str
    title: str
    kind: str  # "treaty" | "news report" | "document"
    description: str = ""
    attribution: str = ""
    is_law: bool = False


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
    kind: str
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
    """A pinpoint reference to a provision with a verbatim quote from it."""

    label: str
    source: str
    provision_id: str
    quote: str
    article: str | None = None
    paragraph: str | None = None
    title: str | None = None
    part: int | None = None
    part_title: str | None = None
    is_law: bool = True
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable view."""
        return asdict(self)


@dataclass
class Answer:
    """What the assistant returns for one question."""

    question: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    refused: bool = False
    mode: str = "extractive"
    warnings: list[str] = field(default_factory=list)
    model: str | None = None
    standalone_question: str | None = None
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable view."""
        return {
            "question": self.question,
            "text": self.text,
            "citations": [c.to_dict() for c in self.citations],
            "refused": self.refused,
            "mode": self.mode,
            "model": self.model,
            "warnings": list(self.warnings),
            "standalone_question": self.standalone_question,
            "timings_ms": dict(self.timings_ms),
        }
