"""Parsing references to the Rome Statute in free text, and formatting pinpoint labels.

A reference is an article plus a path of paragraph components: ``art. 8(2)(b)(xxv)`` is
article ``"8"`` with path ``("2", "b", "xxv")``. Canonical provision ids are the label
without the ``art.`` prefix: ``"8(2)(b)(xxv)"``, ``"8 bis"``, ``"121(3)"``, ``"preamble"``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PREAMBLE = "preamble"
STATUTE_NAME = "Rome Statute"

# Articles 8 bis, 15 bis and 15 ter were inserted by the Kampala amendments (2010); the
# suffix is part of the article number, not a separate provision.
_SUFFIX = r"(?:bis|ter|quater)"
_ARTNUM = rf"\d{{1,3}}(?:\s?{_SUFFIX}\b)?"
_COMPONENT = r"\(\s*(?:\d{1,2}(?:\s?bis)?|[a-z]{1,2}|[ivxl]{1,7})\s*\)"
_PATH = rf"(?:\s?{_COMPONENT})*"
_ONE = rf"{_ARTNUM}{_PATH}"
_SEP = r"\s*(?:,\s*(?:and\s+|or\s+)?|\band\b|\bor\b|\bto\b|-|–|—|through)\s*"
_PARA_LIST = r"(?:\d{1,2}|\([a-z]{1,2}\)|\([ivxl]{1,7}\))(?:\s?\([a-z0-9]{1,7}\))*"

_ARTICLE_WORD = r"\b(?:articles?|arts?\.?|art\.)"
_ARTICLE_LIST_RE = re.compile(
    rf"{_ARTICLE_WORD}\s*(?P<list>{_ONE}(?:{_SEP}{_ONE})*)"
    rf"(?P<paras>,?\s*(?:paragraphs?|paras?\.?|sub-?paragraphs?)\s*"
    rf"{_PARA_LIST}(?:{_SEP}{_PARA_LIST})*)?",
    re.IGNORECASE,
)
_PARA_OF_RE = re.compile(
    rf"\b(?:sub-?paragraphs?|paragraphs?|paras?\.?)\s*(?P<paras>{_PARA_LIST}(?:{_SEP}{_PARA_LIST})*)"
    rf"\s*(?:of|in)\s+(?:the\s+)?{_ARTICLE_WORD}\s*(?P<art>{_ARTNUM}{_PATH})",
    re.IGNORECASE,
)
# A bare "121(3)" or "8 bis" without the word "article": accepted only with a paragraph path
# or a bis/ter suffix, so that "18 judges" or "1998" are never taken for articles.
_BARE_RE = re.compile(
    rf"(?<![\w.(/-])(?P<ref>\d{{1,3}}\s?{_SUFFIX}\b{_PATH}|\d{{1,3}}(?:\s?{_COMPONENT})+)",
    re.IGNORECASE,
)
# Inside an article the Statute cites "paragraph 5" or "paragraph 2 (c) and (e)"; a lone
# "subparagraph (b)" is relative to an unnamed paragraph and is not resolved.
_NUM_PARA_LIST = r"\d{1,2}(?:\s?\([a-z0-9]{1,7}\))*(?:\s*(?:,\s*|\band\b|\bor\b|\bto\b|-|–)\s*(?:\d{1,2}|\([a-z]{1,2}\)|\([ivxl]{1,7}\))(?:\s?\([a-z0-9]{1,7}\))*)*"
_LOCAL_PARA_RE = re.compile(
    rf"\b(?:paragraphs?)\s*(?P<paras>{_NUM_PARA_LIST})"
    r"(?!\s*(?:of|in)\s+(?:the\s+)?(?:articles?|arts?\b))",
    re.IGNORECASE,
)
_SUBPARA_OF_RE = re.compile(
    rf"\bsub-?paragraphs?\s*(?P<subs>\([a-z0-9]{{1,7}}\)(?:\s?\([a-z0-9]{{1,7}}\))*"
    rf"(?:{_SEP}\([a-z0-9]{{1,7}}\)(?:\s?\([a-z0-9]{{1,7}}\))*)*)\s*of\s+paragraph\s*(?P<para>\d{{1,2}})"
    rf"\s*of\s+(?:the\s+)?{_ARTICLE_WORD}\s*(?P<art>{_ARTNUM})",
    re.IGNORECASE,
)
_AFTER_PARAGRAPH_WORD = re.compile(r"(?:sub-?paragraphs?|paragraphs?|paras?\.?)\s*$", re.IGNORECASE)
_PREAMBLE_RE = re.compile(r"\bpreamble\b", re.IGNORECASE)
_COMPONENT_RE = re.compile(r"\(\s*(\d{1,2}\s?bis|[0-9a-z]{1,7})\s*\)", re.IGNORECASE)
_SEP_SPLIT_RE = re.compile(rf"({_SEP})", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class Reference:
    """A parsed reference to a Statute provision (not yet checked against the corpus)."""

    article: str
    path: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        """Canonical provision id, e.g. ``"121(3)"``, ``"8 bis"``, ``"preamble"``."""
        return provision_id(self.article, self.path)

    @property
    def label(self) -> str:
        """Pinpoint label, e.g. ``"Rome Statute, art. 121(3)"``."""
        return statute_label(self.article, self.path)


def normalize_article(raw: str) -> str:
    """``"15ter"`` → ``"15 ter"``, ``"8 BIS"`` → ``"8 bis"``, ``"007"`` → ``"7"``."""
    m = re.fullmatch(rf"\s*(\d{{1,3}})\s*({_SUFFIX})?\s*", raw, re.IGNORECASE)
    if not m:
        return raw.strip().lower()
    number = str(int(m.group(1)))
    return f"{number} {m.group(2).lower()}" if m.group(2) else number


def provision_id(article: str, path: tuple[str, ...] = ()) -> str:
    """The canonical id of a Statute provision."""
    if article == PREAMBLE:
        return PREAMBLE
    return article + "".join(f"({c})" for c in path)


def paragraph_string(path: tuple[str, ...]) -> str | None:
    """``("2", "b", "xxv")`` → ``"2(b)(xxv)"``; ``("a",)`` → ``"a"``; ``()`` → ``None``."""
    if not path:
        return None
    return path[0] + "".join(f"({c})" for c in path[1:])


def statute_label(article: str, path: tuple[str, ...] = ()) -> str:
    """``"Rome Statute, art. 121(3)"``; ``"Rome Statute, Preamble"`` for the Preamble."""
    if article == PREAMBLE:
        return f"{STATUTE_NAME}, Preamble"
    return f"{STATUTE_NAME}, art. {provision_id(article, path)}"


def split_provision_id(pid: str) -> Reference:
    """Inverse of :func:`provision_id`: ``"8(2)(b)"`` → ``Reference("8", ("2", "b"))``."""
    if pid == PREAMBLE:
        return Reference(PREAMBLE)
    head = pid.split("(", 1)[0]
    return Reference(normalize_article(head), _components(pid[len(head):]))


def _components(text: str) -> tuple[str, ...]:
    return tuple(c.lower() for c in _COMPONENT_RE.findall(text))


def _parse_one(token: str) -> Reference:
    head = re.match(_ARTNUM, token.strip(), re.IGNORECASE)
    assert head is not None
    return Reference(normalize_article(head.group(0)), _components(token[head.end():]))


def _expand_list(text: str) -> list[Reference]:
    """``"5, 6, 7 and 8"`` / ``"5–8"`` / ``"5 to 8"`` → one reference per article."""
    parts = _SEP_SPLIT_RE.split(text)
    refs: list[Reference] = []
    pending_range = False
    for piece in parts:
        if not piece or not piece.strip():
            continue
        if _SEP_SPLIT_RE.fullmatch(piece):
            pending_range = piece.strip().lower() in {"-", "–", "—", "to", "through"}
            continue
        ref = _parse_one(piece)
        if pending_range and refs and refs[-1].article.isdigit() and ref.article.isdigit():
            start, end = int(refs[-1].article), int(ref.article)
            if refs[-1].path == () and ref.path == () and 0 < end - start <= 30:
                refs.extend(Reference(str(n)) for n in range(start + 1, end + 1))
                pending_range = False
                continue
        refs.append(ref)
        pending_range = False
    return refs


def _expand_paras(text: str) -> list[tuple[str, ...]]:
    """``"paragraphs 1 and 2"`` → ``[("1",), ("2",)]``; ``"3 to 5"`` expands the range."""
    body = re.sub(r"^[,\s]*(?:sub-?paragraphs?|paragraphs?|paras?\.?)\s*", "", text, flags=re.I)
    paths: list[tuple[str, ...]] = []
    pending_range = False
    for piece in _SEP_SPLIT_RE.split(body):
        if not piece or not piece.strip():
            continue
        if _SEP_SPLIT_RE.fullmatch(piece):
            pending_range = piece.strip().lower() in {"-", "–", "—", "to", "through"}
            continue
        piece = piece.strip()
        m = re.match(r"(\d{1,2})", piece)
        path = (m.group(1),) + _components(piece[m.end():]) if m else _components(piece)
        if not m and paths and len(paths[-1]) >= 2:
            # "paragraph 1 (a) and (b)": the bare "(b)" is a sibling of "(a)", inside paragraph 1.
            path = paths[-1][:-len(path)] + path if len(path) < len(paths[-1]) else path
        if pending_range and paths and len(path) == 1 and len(paths[-1]) == 1:
            a, b = paths[-1][0], path[0]
            if a.isdigit() and b.isdigit() and 0 < int(b) - int(a) <= 20:
                paths.extend((str(n),) for n in range(int(a) + 1, int(b) + 1))
                pending_range = False
                continue
        if path:
            paths.append(path)
        pending_range = False
    return paths


def parse_references(text: str, context_article: str | None = None) -> list[Reference]:
    """Find every reference to a Statute provision in ``text``, in order of appearance.

    ``context_article`` resolves bare "paragraph 5" references inside a provision's own
    text (the Statute's cross-references within one article). Duplicates are dropped;
    the result is not checked against the corpus (see ``Corpus.resolve``).
    """
    found: list[tuple[int, Reference]] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for m in _SUBPARA_OF_RE.finditer(text):
        base = _parse_one(m.group("art"))
        for sub in _expand_paras(m.group("subs")):
            found.append((m.start(), Reference(base.article, base.path + (m.group("para"),) + sub)))
        taken.append(m.span())
    for m in _PARA_OF_RE.finditer(text):
        if not free(*m.span()):
            continue
        base = _parse_one(m.group("art"))
        for path in _expand_paras(m.group("paras")):
            found.append((m.start(), Reference(base.article, base.path + path)))
        taken.append(m.span())
    for m in _ARTICLE_LIST_RE.finditer(text):
        if not free(*m.span()):
            continue
        refs = _expand_list(m.group("list"))
        if m.group("paras") and refs:
            last = refs.pop()
            refs.extend(Reference(last.article, last.path + p) for p in _expand_paras(m.group("paras")))
        found.extend((m.start(), r) for r in refs)
        taken.append(m.span())
    for m in _BARE_RE.finditer(text):
        if free(*m.span()) and not _AFTER_PARAGRAPH_WORD.search(text[:m.start()]):
            found.append((m.start(), _parse_one(m.group("ref"))))
            taken.append(m.span())
    for m in _PREAMBLE_RE.finditer(text):
        found.append((m.start(), Reference(PREAMBLE)))
    if context_article is not None:
        for m in _LOCAL_PARA_RE.finditer(text):
            if free(*m.span()):
                found.extend((m.start(), Reference(context_article, p)) for p in _expand_paras(m.group("paras")))
    seen: set[Reference] = set()
    ordered: list[Reference] = []
    for _, ref in sorted(found, key=lambda item: item[0]):
        if ref not in seen:
            seen.add(ref)
            ordered.append(ref)
    return ordered


def parse_reference(text: str) -> Reference | None:
    """Parse a single reference typed by a user (``rag show``): ``"Article 8 bis"``,
    ``"art 15ter"``, ``"121(5)"``, ``"paragraph 3 of article 121"``, ``"preamble"``.

    A bare article number (``"16"``) is accepted here because the user is naming a provision.
    """
    stripped = text.strip()
    if re.fullmatch(rf"{_ONE}", stripped, re.IGNORECASE):
        return _parse_one(stripped)
    refs = parse_references(stripped)
    return refs[0] if refs else None
