"""What a check of a draft finds: one finding per reference and per quotation, and the report.

A finding says where in the draft it lies (character offsets and line), what the draft wrote, and a
:class:`Status` with a one-line message for the reader. Renderings (text, JSON, Markdown, HTML) are
in :mod:`rag.check.render`; none parses another.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rag.models import Provision


class Status(StrEnum):
    """The verdict on one reference or quotation."""

    OK = "ok"  # the reference names a provision / the quotation is verbatim where the draft cites it
    NO_SUCH_PROVISION = "no-such-provision"  # the reference names an article or paragraph the Statute lacks
    MISATTRIBUTED = "misattributed"  # the words are verbatim, but in another provision than the one cited
    MISQUOTED = "misquoted"  # close to a passage of the corpus, but not its words
    NOT_FOUND = "not-found"  # attributed to the Statute, and nothing in the corpus is close to it
    UNCITED = "uncited"  # verbatim in the corpus, but the draft names no provision for it
    NOT_CHECKED = "not-checked"  # a quotation of someone else (not attributed to the Statute, not its words)

    @property
    def fails(self) -> bool:
        """Whether the draft is wrong here (``rag check`` exits non-zero)."""
        return self in _FAILING

    @property
    def warns(self) -> bool:
        """Whether the draft is right but could be more precise (a pinpoint is missing)."""
        return self is Status.UNCITED

    @property
    def label(self) -> str:
        """The reader-facing name of the verdict, the one wording every rendering uses."""
        return _LABELS[self]

    @property
    def mark(self) -> str:
        """One character for terminals and annotated copies."""
        return "✗" if self.fails else "!" if self.warns else "✓" if self is Status.OK else "·"


_FAILING = frozenset({Status.NO_SUCH_PROVISION, Status.MISATTRIBUTED, Status.MISQUOTED, Status.NOT_FOUND})
_LABELS = {
    Status.OK: "ok",
    Status.NO_SUCH_PROVISION: "no such provision",
    Status.MISATTRIBUTED: "misattributed",
    Status.MISQUOTED: "misquoted",
    Status.NOT_FOUND: "not in the corpus",
    Status.UNCITED: "no pinpoint",
    Status.NOT_CHECKED: "not a quotation of the Statute",
}


class Attribution(StrEnum):
    """How a quotation was tied to a reference (the rule is in :mod:`rag.check.finding`)."""

    PINPOINT = "pinpoint"  # a citation right after the closing mark: “…” (art. 27(1))
    SENTENCE = "sentence"  # the nearest reference in the same sentence
    PARAGRAPH = "paragraph"  # the nearest reference in the same paragraph
    LEAD_IN = "lead-in"  # a block quotation's lead-in paragraph: "Article 27(1) provides:"
    STATUTE = "statute"  # the sentence names the Statute but no provision
    NONE = "none"  # nothing ties it to the Statute


@dataclass(frozen=True)
class Mention:
    """A place in the draft that names one or more provisions ("arts. 5–8" names four)."""

    start: int
    end: int
    written: str  # the draft's words, e.g. "Article 121, paragraphs 3 and 4"
    ids: tuple[str, ...]  # canonical provision ids, e.g. ("121(3)", "121(4)")


@dataclass(frozen=True)
class QuoteSite:
    """A quotation found in the draft and the mention it is attributed to (if any)."""

    start: int
    end: int
    text: str  # the quoted words, without the marks
    mention: int | None  # index into the draft's mentions
    attribution: Attribution


@dataclass(frozen=True)
class Closest:
    """The passage of the corpus nearest to a quotation that is not verbatim anywhere."""

    provision: Provision
    passage: str  # the words of the provision that line up with the quotation
    similarity: float  # 0–1, word-level (difflib ratio of the quotation and the passage)
    differences: tuple[tuple[str, str], ...] = ()  # (the draft's words, the corpus's words)


@dataclass(frozen=True)
class ReferenceFinding:
    """The verdict on one provision a mention names."""

    start: int
    end: int
    line: int
    written: str
    id: str  # canonical id ("121(3)")
    label: str  # "Rome Statute, art. 121(3)"
    status: Status
    message: str
    provision: Provision | None = None  # the provision, to read beside the draft
    quoted: bool = False  # a quotation in the draft is attributed to it


@dataclass(frozen=True)
class QuoteFinding:
    """The verdict on one quotation."""

    start: int
    end: int
    line: int
    quote: str
    status: Status
    message: str
    attribution: Attribution
    cited: tuple[str, ...] = ()  # labels of the provisions the draft cites for it
    found_in: Provision | None = None  # where the words are verbatim
    closest: Closest | None = None


Finding = ReferenceFinding | QuoteFinding


@dataclass(frozen=True)
class CheckReport:
    """Everything a check found in one draft, in the order of the draft."""

    text: str  # the checked text (what the offsets refer to)
    name: str  # the file name, or "-" for standard input
    format: str  # "text", "markdown", "html", "pdf", "docx"
    references: tuple[ReferenceFinding, ...] = ()
    quotes: tuple[QuoteFinding, ...] = ()

    @property
    def findings(self) -> list[Finding]:
        """References and quotations together, in the order they appear."""
        return sorted([*self.references, *self.quotes], key=lambda f: (f.start, isinstance(f, QuoteFinding)))

    @property
    def failures(self) -> list[Finding]:
        """The findings that say the draft is wrong."""
        return [f for f in self.findings if f.status.fails]

    @property
    def warnings(self) -> list[Finding]:
        """The findings that say a pinpoint is missing."""
        return [f for f in self.findings if f.status.warns]

    @property
    def ok(self) -> bool:
        """True when nothing fails."""
        return not self.failures
