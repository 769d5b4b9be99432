"""Checking what a draft cites against the corpus: does each reference exist, is each quotation
the words of the provision it is attributed to?

A quotation passes when :func:`rag.answer.quotes.locate` finds it in a cited provision (ellipses
allowed when each part is verbatim, in order, and what is left out holds no negation or exception).
Otherwise the whole corpus is searched: words that are verbatim in another provision are a
*misattribution* (the report says which provision holds them); words that are nowhere get the
closest passage — the candidates are the cited provisions and what retrieval finds for the
quotation — with a word-level similarity and the words that differ.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Callable, Sequence

from rag.answer.quotes import Located, has_ellipsis, locate, pieces
from rag.check.finding import Draft, find
from rag.check.models import (
    Attribution,
    CheckReport,
    Closest,
    QuoteFinding,
    QuoteSite,
    ReferenceFinding,
    Status,
)
from rag.corpus.citations import split_provision_id
from rag.corpus.loader import Corpus
from rag.errors import InputError, ProvisionNotFound
from rag.models import STATUTE, Provision

Candidates = Callable[[str], Sequence[Provision]]

MAX_DRAFT_CHARS = 1_000_000  # about 300 pages: a long brief; more is a corpus, not a draft
MISQUOTE_MIN_SIMILARITY = 0.6  # at or above: the quotation is a provision's words, altered; below: not found
UNCITED_MIN_SIMILARITY = 0.8  # an unattributed quotation this close to a provision is presented as its words
MAX_DIFFERENCES = 5  # word changes shown for a misquotation; more and the passage speaks for itself
LEFT_OUT_SHOWN_CHARS = 160  # of the words an ellipsis leaves out, quoted back in the message
WINDOW_SLACK = 3  # words around the best-aligned window of a provision tried when measuring similarity
_TOKEN = re.compile(r"\w+(?:[’'-]\w+)*")


def check_text(text: str, corpus: Corpus, candidates: Candidates, name: str = "-", fmt: str = "text") -> CheckReport:
    """Check every reference and quotation of a draft against ``corpus``.

    ``candidates`` returns provisions that may hold a quotation's words (retrieval); it is asked
    only for quotations that are verbatim nowhere, to find the closest passage.
    """
    if not isinstance(text, str):
        raise InputError("The draft to check must be text.")
    if not text.strip():
        raise InputError("The draft is empty: give the text (or a file) whose citations should be checked.")
    if len(text) > MAX_DRAFT_CHARS:
        raise InputError(f"The draft is {len(text):,} characters long; the limit is {MAX_DRAFT_CHARS:,}. "
                         "Check it in parts.")
    draft = find(text)
    line = _Lines(text)
    # Every provision's text in lower case, made once for the draft: each quotation not verbatim
    # where it is cited is looked for in all of them.
    lowered = [(p, p.text.lower()) for p in corpus]
    quoted = {site.mention for site in draft.quotes if site.mention is not None}
    references: list[ReferenceFinding] = []
    resolved: dict[str, Provision | None] = {}
    for index, mention in enumerate(draft.mentions):
        for rid in mention.ids:
            finding = _check_reference(corpus, rid, mention.start, mention.end, mention.written, line(mention.start),
                                       index in quoted)
            resolved[rid] = finding.provision
            references.append(finding)
    quotes = [_check_quote(corpus, draft, site, resolved, candidates, lowered, line) for site in draft.quotes]
    return CheckReport(text=text, name=name, format=fmt, references=tuple(references), quotes=tuple(quotes))


class _Lines:
    """The line number of an offset in a text (its line breaks found once)."""

    def __init__(self, text: str) -> None:
        self._breaks = [i for i, ch in enumerate(text) if ch == "\n"]

    def __call__(self, at: int) -> int:
        return bisect.bisect_left(self._breaks, at) + 1


def _check_reference(corpus: Corpus, rid: str, start: int, end: int, written: str, line: int,
                     quoted: bool) -> ReferenceFinding:
    ref = split_provision_id(rid)
    try:
        provision = corpus.resolve(ref)
    except ProvisionNotFound as exc:
        return ReferenceFinding(start, end, line, written, rid, ref.label, Status.NO_SUCH_PROVISION, str(exc),
                                quoted=quoted)
    return ReferenceFinding(start, end, line, written, rid, provision.label, Status.OK,
                            f"Exists: {provision.breadcrumb}.", provision, quoted)


def _check_quote(corpus: Corpus, draft: Draft, site: QuoteSite, resolved: dict[str, Provision | None],
                 candidates: Candidates, lowered: Sequence[tuple[Provision, str]], lines: _Lines) -> QuoteFinding:
    line = lines(site.start)
    mention = draft.mentions[site.mention] if site.mention is not None else None
    ids = mention.ids if mention else ()
    cited = [p for rid in ids if (p := resolved.get(rid)) is not None]
    labels = tuple(p.label for p in cited) or tuple(split_provision_id(rid).label for rid in ids)

    def finding(status: Status, message: str, found_in: Provision | None = None,
                closest: Closest | None = None) -> QuoteFinding:
        return QuoteFinding(site.start, site.end, line, site.text, status, message, site.attribution, labels,
                            found_in, closest)

    for p in cited:
        if locate(site.text, p.text) is not None:
            return finding(Status.OK, f"Verbatim in {p.short_label}.", _narrowest(corpus, site.text, p))
    statute_only = site.attribution is Attribution.STATUTE
    elsewhere = where_verbatim(site.text, lowered, statute_only=statute_only)
    named = ", ".join(_short(label) for label in labels)
    if elsewhere is not None:
        if statute_only:
            return finding(Status.OK, f"Verbatim in {elsewhere.short_label}.", elsewhere)
        if not ids:
            return finding(Status.UNCITED, f"Verbatim in {_where(elsewhere)}, but the draft names no provision "
                                           "for it; add the pinpoint.", elsewhere)
        if not cited:
            return finding(Status.MISATTRIBUTED, f"Cited to {named}, which does not exist; the words are verbatim in "
                                                 f"{_where(elsewhere)}.", elsewhere)
        if any(elsewhere.id == a.id for p in cited for a in [p, *corpus.ancestors(corpus.key(p.source, p.id))]
               if a.source == elsewhere.source):
            return finding(Status.MISATTRIBUTED, f"Cited to {named}, but the quotation runs beyond it: the words "
                                                 f"are verbatim in {_where(elsewhere)} as a whole.", elsewhere)
        return finding(Status.MISATTRIBUTED, f"Cited to {named}, but these words are not there: they are verbatim "
                                             f"in {_where(elsewhere)}.", elsewhere)
    pool = [*cited, *[p for p in candidates(site.text) if not statute_only or p.source == STATUTE]]
    near = closest(site.text, pool)
    why = _ellipsis_problem(site.text, cited or ([near.provision] if near else []))
    if not ids and not statute_only:
        if near is not None and near.similarity >= UNCITED_MIN_SIMILARITY:
            return finding(Status.MISQUOTED, f"Close to {_where(near.provision)} (similarity {near.similarity:.2f}) "
                                             "but not its words." + _differences(near), closest=near)
        return finding(Status.NOT_CHECKED, "Not attributed to the Statute and not the words of any provision of "
                                           "the corpus: someone else's words, not checked.", closest=near)
    target = f"in {named}" if cited else "in the Statute"
    if why:  # the parts are the provision's words: the closest passage would only blur the point
        return finding(Status.MISQUOTED, f"Not verbatim {target}: {why}")
    if near is not None and near.similarity >= MISQUOTE_MIN_SIMILARITY:
        return finding(Status.MISQUOTED, f"Not verbatim {target}. Closest: {_where(near.provision)} (similarity "
                                         f"{near.similarity:.2f})." + _differences(near), closest=near)
    closest_text = (f" Closest passage: {_where(near.provision)} (similarity {near.similarity:.2f})."
                    if near is not None else "")
    return finding(Status.NOT_FOUND, f"Not verbatim {target}, nor anywhere in the corpus.{closest_text}",
                   closest=near)


def _short(label: str) -> str:
    head, _, tail = label.partition(", ")
    return tail if head == "Rome Statute" and tail else label


def _where(p: Provision) -> str:
    """``art. 121(3)``; ``News report, para. 4 (news report — claims, not law)`` for other sources."""
    if p.source == STATUTE:
        return p.short_label
    return f"{p.label} (not the Statute)"


def where_verbatim(quote: str, lowered: Sequence[tuple[Provision, str]], statute_only: bool = False
                   ) -> Provision | None:
    """The narrowest provision whose text holds ``quote`` verbatim, or ``None`` (``lowered``: each
    provision of the corpus with its text in lower case).

    A cheap filter first — every provision must contain the quotation's longest words — so only a
    handful of provisions are located word for word.
    """
    words = sorted({w.lower() for w in _TOKEN.findall(" ".join(pieces(quote))) if w.isalpha()}, key=len,
                   reverse=True)[:3]
    found: list[Provision] = []
    for p, low in lowered:
        if statute_only and p.source != STATUTE:
            continue
        if all(w in low for w in words) and locate(quote, p.text) is not None:
            found.append(p)
    return min(found, key=lambda p: (p.source != STATUTE, len(p.text)), default=None)


def _narrowest(corpus: Corpus, quote: str, p: Provision) -> Provision:
    """The deepest sub-provision of ``p`` that holds ``quote`` (``art. 27`` → ``art. 27(1)``)."""
    for cid in p.children:
        child = corpus.try_get(corpus.key(p.source, cid))
        if child is not None and locate(quote, child.text) is not None:
            return _narrowest(corpus, quote, child)
    return p


def _ellipsis_problem(quote: str, provisions: Sequence[Provision]) -> str:
    """Why a quotation with an ellipsis fails although its parts are the provision's words."""
    if not has_ellipsis(quote) or not provisions:
        return ""
    parts = pieces(quote)
    for p in provisions:
        spots = [locate(part, p.text) for part in parts]
        if any(s is None for s in spots):
            continue
        short = [part for part in parts if len(part.split()) < 3]
        if short:
            return (f"each part is in {p.short_label}, but “{short[0]}” is too short a part to show it is quoted "
                    "in context.")
        found = [s for s in spots if s is not None]
        if [s.start for s in found] != sorted(s.start for s in found):
            return f"each part is in {p.short_label}, but not in the order quoted."
        cut = _left_out(p.text, found)
        return (f"each part is in {p.short_label}, but the words left out (“{cut}”) hold a negation or an "
                "exception, so the quotation changes what the provision says.")
    return ""


def _left_out(text: str, spots: Sequence[Located]) -> str:
    gaps = [text[a.end:b.start].strip() for a, b in zip(spots, spots[1:])]
    cut = max(gaps, key=len, default="")
    return cut if len(cut) <= LEFT_OUT_SHOWN_CHARS else cut[:LEFT_OUT_SHOWN_CHARS - 1].rstrip() + "…"


def closest(quote: str, pool: Sequence[Provision]) -> Closest | None:
    """The passage of ``pool`` most like ``quote``: for each provision the window of its words best
    aligned with the quotation, scored by difflib's ratio over words."""
    q = [w.lower() for w in _TOKEN.findall(" ".join(pieces(quote)) or quote)]
    if not q:
        return None
    best: Closest | None = None
    seen: set[tuple[str, str]] = set()
    for p in pool:
        if (p.source, p.id) in seen:
            continue
        seen.add((p.source, p.id))
        found = _best_window(q, p)
        if found is not None and (best is None or found.similarity > best.similarity):
            best = found
    return best


def _best_window(q: list[str], p: Provision) -> Closest | None:
    spans = [(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(p.text)]
    words = [w for w, _, _ in spans]
    if not words:
        return None
    matcher = difflib.SequenceMatcher(None, words, q, autojunk=False)
    anchor = matcher.find_longest_match(0, len(words), 0, len(q))
    origin = anchor.a - anchor.b
    best: tuple[float, int, int] | None = None
    for lead in range(-WINDOW_SLACK, WINDOW_SLACK + 1):
        for tail in range(-WINDOW_SLACK, WINDOW_SLACK + 1):
            start = max(0, origin + lead)
            end = min(len(words), origin + len(q) + tail)
            if end <= start:
                continue
            score = difflib.SequenceMatcher(None, q, words[start:end], autojunk=False).ratio()
            if best is None or score > best[0]:
                best = (score, start, end)
    if best is None:
        return None
    score, start, end = best
    passage = p.text[spans[start][1]:spans[end - 1][2]]
    original = [p.text[s:e] for _, s, e in spans[start:end]]
    return Closest(p, passage, round(score, 2), _word_changes(q, original))


def _word_changes(q: list[str], original: list[str]) -> tuple[tuple[str, str], ...]:
    ops = difflib.SequenceMatcher(None, q, [w.lower() for w in original], autojunk=False).get_opcodes()
    changes = [(" ".join(q[i1:i2]), " ".join(original[j1:j2])) for tag, i1, i2, j1, j2 in ops if tag != "equal"]
    return tuple(changes[:MAX_DIFFERENCES])


def _differences(near: Closest) -> str:
    shown = []
    for draft, law in near.differences:
        if draft and law:
            shown.append(f"the draft has “{draft}” where the text has “{law}”")
        elif draft:
            shown.append(f"the draft adds “{draft}”")
        else:
            shown.append(f"the draft leaves out “{law}”")
    said = "; ".join(shown)
    return f" {said[:1].upper()}{said[1:]}." if said else ""
