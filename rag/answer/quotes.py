"""Quotations in free text, and where a quotation lies in a provision.

Two jobs share this module: checking what an LLM wrote, and checking a draft someone else wrote
(``rag check``). Both must see every quotation, whatever its marks — “curly”, "straight",
‘single’, 'single', «guillemets», „low-nine“, 「corner」 brackets, a curly opening closed by a
straight mark, a quotation that runs over a line break, a Markdown ``> blockquote`` — and both must
refuse a quotation that is not the provision's words.

An ellipsis ("…", "...", "[…]") may leave words out, on legal terms: each piece around it must be
a real passage (:data:`MIN_PIECE_WORDS` words or more), the pieces must appear in the provision in
the order quoted, and the words left out must not hold a negation or an exception. "Official
capacity as a Head of State … shall … exempt a person from criminal responsibility" is art. 27(1)
with "in no case" cut out: its meaning reversed, it must not pass.

Everything here runs in time linear in the text (no backtracking patterns), so a reply of any
size is checked in bounded time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_QUOTE_WORDS = 3  # shorter quoted bits are terms ("the “Court”"), not passages
MIN_PIECE_WORDS = 3  # each piece around an ellipsis must be a passage, not a word picked to splice
MAX_QUOTE_CHARS = 3000  # a "quotation" longer than this is a stray quotation mark, not a quote

# Pairs of opening and closing marks. A curly opening may be closed by a straight mark (a common
# slip); straight and single straight marks open and close themselves.
_PAIRS = {
    "“": ("”", '"'), '"': ('"', "”"), "«": ("»",), "„": ("“", "”"), "「": ("」",), "『": ("』",),
    "‘": ("’", "'"), "'": ("'",), "‹": ("›",),
}
_APOSTROPHE_OK_BEFORE = " \t\n([{—–-/"  # an opening single mark follows a space or bracket
_WORD_CHAR = re.compile(r"\w")
_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:\.\.\.|…)\s*\]|\.{3,}|…)\s*")
_BLOCKQUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?(.*)$", re.MULTILINE)
# Words whose omission changes what a provision says: a negation, an exception, a condition.
_MEANING_WORDS = re.compile(
    r"\b(?:not|no|never|nor|neither|none|nothing|cannot|unless|except|excepting|without|only|notwithstanding|"
    r"subject to|provided that|save|otherwise|but)\b|n't\b", re.IGNORECASE)
_WS = re.compile(r"\s+")
_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
                       "–": "-", "—": "-", "\u00a0": " "})


@dataclass(frozen=True)
class Quotation:
    """A quotation found in a text: where it lies (marks included) and the words quoted."""

    start: int
    end: int
    text: str
    style: str  # "double", "single", "guillemets", "low-nine", "corner", "blockquote"


_STYLE = {"“": "double", '"': "double", "«": "guillemets", "„": "low-nine", "「": "corner", "『": "corner",
          "‘": "single", "'": "single", "‹": "guillemets"}


def _words(s: str) -> int:
    return len(s.split())


def find_quotations(text: str, min_words: int = MIN_QUOTE_WORDS) -> list[Quotation]:
    """Every quotation of ``min_words`` words or more in ``text``, in order of appearance.

    One left-to-right pass: at each opening mark, the nearest acceptable closing mark within
    :data:`MAX_QUOTE_CHARS` ends the quotation. Single straight marks count only where they open
    and close a passage (after a space, before a non-word character), so apostrophes in "don't"
    or "States Parties'" are not taken for quotation marks. Markdown blockquotes are quotations
    too (consecutive ``>`` lines form one).
    """
    found: list[Quotation] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        closers = _PAIRS.get(ch)
        if closers is None or (ch in "'‘" and i > 0 and text[i - 1] not in _APOSTROPHE_OK_BEFORE):
            i += 1
            continue
        limit = min(n, i + 1 + MAX_QUOTE_CHARS)
        j = i + 1
        close = -1
        while j < limit:
            c = text[j]
            if c in closers and not (c in "'’" and j + 1 < n and _WORD_CHAR.match(text[j + 1])):
                close = j
                break
            if ch in "'‘" and c == "\n" and j + 1 < n and text[j + 1] == "\n":
                break  # a single mark does not run over a paragraph break
            j += 1
        if close < 0:
            i += 1
            continue
        inner = text[i + 1:close]
        if _words(inner) >= min_words:
            found.append(Quotation(i, close + 1, inner, _STYLE[ch]))
            i = close + 1
        else:
            i += 1
    for m in _block_quotes(text):
        if _words(m.text) >= min_words and not any(q.start <= m.start < q.end for q in found):
            found.append(m)
    return sorted(found, key=lambda q: q.start)


def _block_quotes(text: str) -> list[Quotation]:
    out: list[Quotation] = []
    start = end = -1
    lines: list[str] = []
    for m in _BLOCKQUOTE.finditer(text):
        if lines and m.start() != end + 1:
            out.append(Quotation(start, end, "\n".join(lines), "blockquote"))
            lines = []
        if not lines:
            start = m.start()
        lines.append(m.group(1))
        end = m.end()
    if lines:
        out.append(Quotation(start, end, "\n".join(lines), "blockquote"))
    return out


def pieces(quote: str) -> list[str]:
    """The parts of a quotation between its ellipses (empty parts dropped)."""
    return [p.strip() for p in _ELLIPSIS.split(quote) if p.strip(" \t\n,.;:")]


def has_ellipsis(quote: str) -> bool:
    """Whether the quotation leaves words out."""
    return bool(_ELLIPSIS.search(quote))


def _normalized(text: str, lenient: bool) -> tuple[str, list[int]]:
    """``text`` with whitespace runs as one space (and, leniently, typographic marks folded),
    and for each character of the result its offset in ``text``."""
    out: list[str] = []
    where: list[int] = []
    prev_space = True
    for k, ch in enumerate(text):
        if ch.isspace():
            if not prev_space:
                out.append(" ")
                where.append(k)
            prev_space = True
            continue
        out.append(ch.translate(_FOLD) if lenient else ch)
        where.append(k)
        prev_space = False
    while out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where


@dataclass(frozen=True)
class Located:
    """Where a quotation lies in a text: the whole span it covers and each piece's span."""

    start: int
    end: int
    spans: tuple[tuple[int, int], ...]


def locate(quote: str, text: str, lenient: bool = True) -> Located | None:
    """Where ``quote`` (ellipses allowed) lies in ``text``, or ``None`` when it is not the text's words.

    Without an ellipsis the quotation must be one contiguous span. With one, every piece must be
    :data:`MIN_PIECE_WORDS` words or more and appear after the one before it, and the words left
    out between two pieces must not contain a negation or an exception (:data:`_MEANING_WORDS`).
    A quotation may start with a capital where the text has a small letter ("The adoption …"
    quoted from "… the adoption …"), as quoting allows. ``lenient`` folds typographic quote marks
    and dashes.
    """
    norm_text, where = _normalized(text, lenient)
    parts = pieces(quote) if has_ellipsis(quote) else [quote.strip()]
    if not parts or not norm_text:
        return None
    if len(parts) > 1 and any(_words(p) < MIN_PIECE_WORDS for p in parts):
        return None
    spans: list[tuple[int, int]] = []
    cursor = 0
    for k, part in enumerate(parts):
        needle, _ = _normalized(part.strip(" ,;:") if len(parts) > 1 else part, lenient)
        if not needle:
            return None
        at = _find(norm_text, needle, cursor)
        if at < 0:
            return None
        if k and _MEANING_WORDS.search(norm_text[cursor:at]):
            return None
        spans.append((at, at + len(needle)))
        cursor = at + len(needle)
    orig = tuple((where[s], where[e - 1] + 1) for s, e in spans)
    return Located(orig[0][0], orig[-1][1], orig)


def _find(haystack: str, needle: str, start: int) -> int:
    at = haystack.find(needle, start)
    if at < 0 and needle[:1].isalpha():
        swapped = needle[0].swapcase() + needle[1:]
        at = haystack.find(swapped, start)
    return at


def is_quoted_from(quote: str, text: str, lenient: bool = True) -> bool:
    """Whether ``quote`` is the words of ``text`` (see :func:`locate`)."""
    return locate(quote, text, lenient) is not None
