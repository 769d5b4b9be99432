"""Finding what a draft cites: its references to the Statute, its quotations, and which reference
each quotation is attributed to.

References are read by :func:`rag.corpus.citations.parse_references` sentence by sentence, with the
quotations blanked out first: the Statute's own cross-references inside a quoted passage ("in
accordance with article 121") are its words, not the author's citations. A reference to another
instrument ("Article 51 of the UN Charter", "section 2(b)", "rule 145") is not the Statute's and
is left alone.

**Which reference a quotation is attributed to** — legal writing names the provision next to the
words it quotes, so the nearest reference wins, in this order:

1. a *pinpoint* right after the closing mark, with only spaces or punctuation between:
   ``“…” (art. 27(1))``, ``“…”, art. 27(1)``;
2. else the nearest reference *before* it in the same sentence (after any earlier quotation):
   ``Article 27(1) provides that “…”``;
3. else the first reference *after* it in the same sentence: ``“…”, as article 27(1) puts it``;
4. else, when its sentence points back at a provision ("It provides", "the same paragraph
   reads"), the last reference of the sentence before it in the same paragraph;
5. else, for a quotation that is a paragraph of its own (a block quotation), the last reference
   of the paragraph before it — its *lead-in*: ``Article 27(1) provides:`` then ``> …``;
6. else, if the sentence names the Statute ("the Statute", "Rome Statute") without a provision,
   the Statute as a whole;
7. else nothing: the quotation is someone else's words (a minister, a judgment), unless it turns
   out to be the corpus's words (see :mod:`rag.check.verify`).

Everything here is linear in the length of the draft, sentence by sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.answer.quotes import Quotation, find_quotations
from rag.check.models import Attribution, Mention, QuoteSite
from rag.corpus.citations import parse_references
from rag.retrieve.analysis import ends_in_abbreviation

# A paragraph ends at a blank line.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A sentence may end after . ! ? or … (and any closing marks), before a space and a capital,
# a digit, an opening mark or a bracket.
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’')\]]*\s+(?=[A-Z0-9“\"‘'(\[«„>#*-])")
# Where a reference can end: after a number, a closing bracket, a Kampala suffix or "preamble".
_REFERENCE_END = re.compile(r"\d+(?!\d)|\)|\b(?:bis|ter|quater|preamble)\b", re.IGNORECASE)
_WORD_START = re.compile(r"(?<!\S)\S")
# A numbered provision of another instrument right after the reference: "Article 51 of the UN
# Charter", "article 3 common to the Geneva Conventions", "article 7 of the ICCPR".
_OTHER_INSTRUMENT_AFTER = re.compile(
    r"\s*(?:\([^)]{0,12}\)\s*)*(?:of|in|common to)\s+(?:the\s+)?(?!(?:rome\s+|icc\s+|this\s+)?statute\b)"
    r"(?:un\b|united nations|charter|[\w-]*\s*conventions?|covenant|iccpr|echr|additional|protocol|rules|"
    r"regulations|elements|vienna|geneva|universal declaration|constitution|code|treaty|agreement|resolution|"
    r"(?:icty|ictr|scsl|stl)\b|memo|report|decision|judgment|directive)",
    re.IGNORECASE,
)
# A bare "2(b)" after one of these words numbers something other than the Statute.
_OTHER_UNIT_BEFORE = re.compile(
    r"\b(?:rules?|sections?|regulations?|resolutions?|chapters?|footnotes?|notes?|pages?|pp?\.|figures?|"
    r"tables?|annex(?:es)?|schedules?|clauses?|§)\s*$",
    re.IGNORECASE,
)
_ARTICLE_WORD_BEFORE = re.compile(r"\b(?:articles?|arts?\.?)\s*$", re.IGNORECASE)
_NAMES_ARTICLE = re.compile(r"\b(?:art|preamble|paragraph|para|bis|ter|quater)", re.IGNORECASE)
# The sentence names the Statute itself ("the Statute", "the Rome Statute", "the ICC Statute").
_NAMES_STATUTE = re.compile(r"\b(?:rome statute|icc statute|the statute(?! of limitations)|this statute)\b",
                            re.IGNORECASE)
# A sentence that refers back to the provision the sentence before it named.
_POINTS_BACK = re.compile(
    r"^\W*(?:it|this|that)\s+(?:says|reads|provides|states|adds|continues|requires|stipulates)\b|"
    r"\b(?:the|this|that|the same)\s+(?:provision|article|paragraph|sub-?paragraph|clause|text)\b",
    re.IGNORECASE,
)
# Between a closing quotation mark and its pinpoint citation: spaces, punctuation and the Statute's
# name only — `” (art. 27(1))`, `”, art. 27(1)`, `” (Rome Statute, art. 27(1))`, `” [ICC Statute art. 5]`.
_PINPOINT_GAP = re.compile(r"[\s,;:(\[—–-]{0,4}(?:(?:the\s+)?(?:rome\s+|icc\s+)?statute,?\s*)?", re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    """A stretch of the draft: a paragraph or a sentence."""

    start: int
    end: int


@dataclass(frozen=True)
class Draft:
    """What was found in a draft: its paragraphs, sentences, mentions and quotations."""

    text: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    mentions: tuple[Mention, ...]
    quotes: tuple[QuoteSite, ...]


def paragraphs(text: str) -> list[Span]:
    """The blank-line-separated paragraphs of ``text`` (whitespace trimmed)."""
    out: list[Span] = []
    start = 0
    for m in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append(Span(start + lead, start + len(chunk.rstrip())))
        if m:
            start = m.end()
    return out


def sentences(text: str, paragraph: Span, quotes: list[Quotation]) -> list[Span]:
    """The sentences of one paragraph; a sentence never ends inside a quotation or after an
    abbreviation ("art. 27", "e.g.")."""
    out: list[Span] = []
    start = paragraph.start
    body = text[paragraph.start:paragraph.end]
    for m in _SENTENCE_END.finditer(body):
        cut = paragraph.start + m.end()
        stop = paragraph.start + m.start()
        if any(q.start < stop < q.end - 1 for q in quotes):
            continue
        if ends_in_abbreviation(text[start:stop]):
            continue
        out.append(Span(start, cut))
        start = cut
    if start < paragraph.end:
        out.append(Span(start, paragraph.end))
    return out


def _blank(text: str, spans: list[tuple[int, int]], offset: int) -> str:
    """``text`` with the given spans (absolute offsets) replaced by spaces, offsets kept."""
    chars = list(text)
    for s, e in spans:
        for k in range(max(s - offset, 0), min(e - offset, len(chars))):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)


def mentions_in(text: str, sentence: Span, quotes: list[Quotation]) -> list[Mention]:
    """The references the author makes in one sentence, each with where it is written.

    ``parse_references`` says which provisions a text names; where each is written is the shortest
    stretch of the sentence from which it still parses (its end is found scanning the places a
    reference can end, its start scanning back word by word).
    """
    masked = _blank(text[sentence.start:sentence.end], [(q.start, q.end) for q in quotes], sentence.start)
    wanted = parse_references(masked)
    if not wanted:
        return []
    ends: dict[int, list[str]] = {}
    pending = {r.id: r for r in wanted}
    for m in _REFERENCE_END.finditer(masked):
        got = {r.id for r in parse_references(masked[:m.end()])}
        for rid in [rid for rid in pending if rid in got]:
            ends.setdefault(m.end(), []).append(rid)
            del pending[rid]
        if not pending:
            break
    starts = [m.start() for m in _WORD_START.finditer(masked)]
    out: list[Mention] = []
    for end in sorted(ends):
        ids = ends[end]
        begin = next((s for s in reversed(starts) if s < end
                      and set(ids) <= {r.id for r in parse_references(masked[s:end])}), None)
        if begin is None:
            continue
        word = _ARTICLE_WORD_BEFORE.search(masked, 0, begin)
        begin = word.start() if word else begin  # "art. 27(1)" parses from "27(1)"; the mention is all of it
        if _OTHER_INSTRUMENT_AFTER.match(masked, end) or (
                not _NAMES_ARTICLE.search(masked[begin:end]) and _OTHER_UNIT_BEFORE.search(masked, 0, begin)):
            continue
        if out and out[-1].end > sentence.start + begin:
            # "arts. 5–8" ends twice (at 5 and at 8): one mention, the wider one.
            prev = out.pop()
            begin = min(begin, prev.start - sentence.start)
            ids = [*prev.ids, *ids]
        start = sentence.start + begin
        out.append(Mention(start, sentence.start + end, text[start:sentence.start + end], tuple(ids)))
    return out


def find(text: str) -> Draft:
    """Every paragraph, sentence, reference and quotation of ``text``, and each quotation's
    reference (by the rule in this module's docstring)."""
    quotes = _outermost(find_quotations(text))
    paras = paragraphs(text)
    sents: list[Span] = []
    for p in paras:
        sents.extend(sentences(text, p, quotes))
    mentions: list[Mention] = []
    for s in sents:
        mentions.extend(mentions_in(text, s, quotes))
    sites = [_attribute(text, q, quotes, mentions, sents, paras) for q in quotes]
    return Draft(text, tuple(paras), tuple(sents), tuple(mentions), tuple(sites))


def _outermost(quotes: list[Quotation]) -> list[Quotation]:
    """Quotations not nested in another (a phrase in quotes inside a block quotation)."""
    return [q for q in quotes if not any(o is not q and o.start <= q.start and q.end <= o.end for o in quotes)]


def _sentence_without(text: str, sentence: Span, q: Quotation) -> str:
    """The sentence's own words, the quotation blanked out."""
    return _blank(text[sentence.start:sentence.end], [(q.start, q.end)], sentence.start)


def _containing(spans: list[Span], at: int) -> Span | None:
    return next((s for s in spans if s.start <= at < max(s.end, s.start + 1)), None)


def _attribute(text: str, q: Quotation, quotes: list[Quotation], mentions: list[Mention], sents: list[Span],
               paras: list[Span]) -> QuoteSite:
    def site(index: int | None, how: Attribution) -> QuoteSite:
        return QuoteSite(q.start, q.end, q.text, index, how)

    indexed = list(enumerate(mentions))
    # 1. A pinpoint right after the closing mark.
    gap = _PINPOINT_GAP.match(text, q.end)
    assert gap is not None  # the pattern matches the empty string
    for i, m in indexed:
        if m.start == gap.end():
            return site(i, Attribution.PINPOINT)
    sentence = _containing(sents, q.start)
    paragraph = _containing(paras, q.start)
    if sentence is not None:
        # 2. The nearest before it in the sentence, after any earlier quotation there.
        earlier = max((o.end for o in quotes if sentence.start <= o.start and o.end <= q.start), default=sentence.start)
        before = [i for i, m in indexed if earlier <= m.start and m.end <= q.start]
        if before:
            return site(before[-1], Attribution.SENTENCE)
        # 3. The first after it in the sentence.
        after = [i for i, m in indexed if q.end <= m.start < sentence.end]
        if after:
            return site(after[0], Attribution.SENTENCE)
    if paragraph is not None and sentence is not None:
        # 4. A sentence that points back at a provision takes the previous sentence's last reference.
        previous_sentence = [s for s in sents if paragraph.start <= s.start and s.end <= sentence.start]
        if previous_sentence and _POINTS_BACK.search(_sentence_without(text, sentence, q)):
            back = [i for i, m in indexed if previous_sentence[-1].start <= m.start < previous_sentence[-1].end]
            if back:
                return site(back[-1], Attribution.PARAGRAPH)
    if paragraph is not None:
        # 5. A block quotation takes its lead-in paragraph's last reference.
        whole = text[paragraph.start:q.start].strip(" >\t\n“\"'‘«„") == "" and \
            text[q.end:paragraph.end].strip(" .,;:\t\n”\"'’»") == ""
        previous = [p for p in paras if p.end <= paragraph.start]
        if whole and previous:
            lead_in = [i for i, m in indexed if previous[-1].start <= m.start < previous[-1].end]
            if lead_in:
                return site(lead_in[-1], Attribution.LEAD_IN)
    # 6. The sentence names the Statute but no provision.
    if sentence is not None and _NAMES_STATUTE.search(_sentence_without(text, sentence, q)):
        return site(None, Attribution.STATUTE)
    return site(None, Attribution.NONE)
