"""Loading the corpus: the Rome Statute (structured JSON + supplement) and the news report.

The Statute is turned into a tree of provisions — Preamble, articles, numbered paragraphs,
sub-paragraphs "(a)" and sub-sub-paragraphs "(i)" — each carrying its Part, article title,
canonical id and label, and its verbatim text.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rag.corpus.citations import (
    PREAMBLE,
    Reference,
    paragraph_string,
    parse_reference,
    provision_id,
    split_provision_id,
    statute_label,
)
from rag.errors import CorpusError, InputError, ProvisionNotFound
from rag.models import NEWS, STATUTE, Provision, ProvisionKind, SourceInfo, SourceKind

DEFAULT_CORPUS_DIR = Path(__file__).resolve().parents[2] / "corpus"

_PARA_RE = re.compile(r"^(\d{1,2}(?: bis)?)\.\s+")
# Art. 93(10)(b) nests a fourth level written "a." / "b." inside its "(i)" and "(ii)".
_ITEM_RE = re.compile(r"^([a-z])\.\s+")
_SUB_RE = re.compile(r"^\(([a-z]{1,2}|[ivxl]{1,7})\)\s*")
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii",
          "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii", "xxiv",
          "xxv", "xxvi", "xxvii", "xxviii", "xxix", "xxx"]


@dataclass
class _Node:
    path: tuple[str, ...]
    level: str  # "article" | "para" | "letter" | "roman" | "item"
    start: int  # offset in the article text where the node's own text begins (after its marker)
    end: int = 0
    lead_end: int | None = None
    children: list[_Node] = field(default_factory=list)


def _next_letter(label: str | None) -> str:
    if label is None:
        return "a"
    if len(label) == 1 and label < "z":
        return chr(ord(label) + 1)
    return "aa" if label == "z" else label + label[0]


def _next_roman(label: str | None) -> str:
    if label is None:
        return "i"
    idx = _ROMAN.index(label) if label in _ROMAN else -1
    return _ROMAN[idx + 1] if 0 <= idx < len(_ROMAN) - 1 else "?"


def _parse_article_text(text: str) -> _Node:
    """Build the paragraph tree of one article from its text.

    Sub-paragraph letters and roman numerals overlap ("(i)" is both the ninth letter and
    the first numeral): a marker is read as a roman numeral when it continues the open
    roman list or opens a list after a chapeau ending in ":" (as in art. 8(2)(a)), and as a
    letter when it continues the letter list (as art. 7(1)(h) → (i)).
    """
    root = _Node(path=(), level="article", start=0)
    stack: list[_Node] = [root]
    offset = 0
    prev_line = ""
    for line in text.split("\n"):
        pos = offset
        rest = line
        m = _PARA_RE.match(rest)
        numbered = [c for c in root.children if c.level == "para"]
        last = int(numbered[-1].path[0].split()[0]) if numbered else 0
        expected = {str(last + 1), f"{last} bis"}
        item = _ITEM_RE.match(rest) if any(n.level == "roman" for n in stack) else None
        if m and m.group(1) in expected:
            node = _Node(path=(m.group(1),), level="para", start=pos + m.end())
            _close(stack, 1, pos)
            if root.lead_end is None:
                root.lead_end = pos
            root.children.append(node)
            stack.append(node)
            rest, pos = rest[m.end():], pos + m.end()
        elif item:
            while _rank(stack[-1].level) >= _rank("item"):
                _close(stack, len(stack) - 1, pos)
            node = _Node(path=stack[-1].path + (item.group(1),), level="item", start=pos + item.end())
            if stack[-1].lead_end is None:
                stack[-1].lead_end = pos
            stack[-1].children.append(node)
            stack.append(node)
            rest, pos = rest[item.end():], pos + item.end()
        # Possibly several sub-paragraph markers at the start of one line: "(c) (i) Once ...".
        while True:
            s = _SUB_RE.match(rest)
            if not s:
                break
            marker = s.group(1)
            level = _classify(marker, stack, prev_line if pos == offset else ":")
            if level is None:
                break
            # A letter list sits under a paragraph or directly under the article (art. 5).
            while _rank(stack[-1].level) >= _rank(level):
                _close(stack, len(stack) - 1, pos)
            parent = stack[-1]
            node = _Node(path=parent.path + (marker,), level=level, start=pos + s.end())
            if parent.lead_end is None:
                parent.lead_end = pos
            parent.children.append(node)
            stack.append(node)
            rest, pos = rest[s.end():], pos + s.end()
        if not (_PARA_RE.match(line) or _SUB_RE.match(line) or item) and len(stack) > 1:
            # A line without a marker after a list closes that list: it is the flush text of
            # the list's owner (art. 36(4)(a): "Nominations shall be accompanied by ...").
            top = stack[-1]
            if top.level in ("letter", "roman", "item") and prev_line.rstrip().endswith((";", ".", "and", "or")):
                _close(stack, len(stack) - 1, offset)
        prev_line = line
        offset += len(line) + 1
    _close(stack, 0, len(text))
    root.end = len(text)
    return root


def _rank(level: str) -> int:
    return {"article": 0, "para": 1, "letter": 2, "roman": 3, "item": 4}[level]


def _close(stack: list[_Node], keep: int, at: int) -> None:
    """Pop nodes above ``keep`` (never the article itself); each ends at ``at``."""
    while len(stack) > max(keep, 1):
        stack.pop().end = at


def _classify(marker: str, stack: list[_Node], prev_line: str) -> str | None:
    is_roman = marker in _ROMAN
    is_letter = len(marker) == 1 or (len(marker) == 2 and marker[0] == marker[1])
    letters = [n.path[-1] for n in stack if n.level == "letter"]
    romans = [n.path[-1] for n in stack if n.level == "roman"]
    if is_roman and romans and marker == _next_roman(romans[-1]):
        return "roman"
    if is_letter and marker == _next_letter(letters[-1] if letters else None):
        opens_list = prev_line.rstrip().endswith(":")
        if not (is_roman and marker == "i" and opens_list):
            return "letter"
    if is_roman and marker == "i":
        return "roman"
    if is_letter:
        return "letter"
    return "roman" if is_roman else None


class Corpus:
    """All provisions of all sources, addressable by canonical id."""

    def __init__(self, sources: list[SourceInfo], provisions: list[Provision], version: str) -> None:
        self.sources = {s.id: s for s in sources}
        self._provisions: dict[str, Provision] = {}
        for p in provisions:
            self._provisions[self.key(p.source, p.id)] = p
        self.version = version
        self._added: set[str] = set()  # ids of the sources added with add_source (ingested documents)

    @staticmethod
    def key(source: str, pid: str) -> str:
        """The corpus-wide key of a provision (Statute ids are bare, others prefixed)."""
        return pid if source == STATUTE else f"{source}:{pid}" if not pid.startswith(f"{source}:") else pid

    def __len__(self) -> int:
        return len(self._provisions)

    def __iter__(self):
        return iter(self._provisions.values())

    def __contains__(self, key: str) -> bool:
        return key in self._provisions

    def get(self, key: str) -> Provision:
        """The provision with corpus key ``key`` (``"121(3)"``, ``"news:4"``)."""
        try:
            return self._provisions[key]
        except KeyError:
            raise ProvisionNotFound(f"No provision {key!r} in the corpus.") from None

    def try_get(self, key: str) -> Provision | None:
        """Like :meth:`get` but returns ``None`` for an unknown key."""
        return self._provisions.get(key)

    @property
    def added_sources(self) -> frozenset[str]:
        """The ids of the sources added with :meth:`add_source` (the user's documents)."""
        return frozenset(self._added)

    def add_source(self, info: SourceInfo, provisions: Iterable[Provision]) -> None:
        """Add a source with its provisions (an ingested document), replacing an earlier
        ``add_source`` of the same id; the sources the corpus was loaded with cannot be replaced."""
        added = self._added
        if info.id in self.sources and info.id not in added:
            raise InputError(f"{info.id!r} is a built-in source of the corpus and cannot be replaced; "
                             "rename the file you are adding.")
        provisions = list(provisions)
        stray = [p.id for p in provisions if p.source != info.id]
        if stray:
            raise ValueError(f"provisions {stray[:3]} do not belong to source {info.id!r}")
        if info.id in added:
            self.remove_source(info.id)
        self.sources[info.id] = info
        for p in provisions:
            self._provisions[self.key(p.source, p.id)] = p
        added.add(info.id)

    def remove_source(self, source_id: str) -> SourceInfo:
        """Drop a source added with :meth:`add_source` and all its provisions."""
        added = self._added
        if source_id not in added:
            what = "is a built-in source and cannot be removed" if source_id in self.sources else "is not in the corpus"
            raise InputError(f"{source_id!r} {what}; added sources: {', '.join(sorted(added)) or 'none'}.")
        for key in [k for k, p in self._provisions.items() if p.source == source_id]:
            del self._provisions[key]
        added.discard(source_id)
        return self.sources.pop(source_id)

    def articles(self) -> list[Provision]:
        """Every Statute article and the Preamble, in Statute order."""
        return sorted((p for p in self if p.kind in ("article", "preamble")), key=lambda p: p.order)

    def resolve(self, ref: Reference) -> Provision:
        """The provision a parsed reference names, or a :class:`ProvisionNotFound` that says
        which part of the reference does not exist."""
        found = self._provisions.get(ref.id)
        if found is not None and found.source == STATUTE:
            return found
        article = self._provisions.get(provision_id(ref.article))
        if article is None:
            raise ProvisionNotFound(
                f"The Rome Statute has no article {ref.article}: its articles run 1–128 "
                "(with 8 bis, 15 bis and 15 ter). Try `rag show \"art. 121\"`."
            )
        paragraphs = ", ".join(split_provision_id(c).id for c in article.children[:12]) or "none"
        raise ProvisionNotFound(
            f"Article {ref.article} has no provision {ref.id}; its paragraphs are: {paragraphs}."
        )

    def lookup(self, text: str) -> Provision:
        """Resolve a user-typed reference such as ``"Article 8 bis"`` or ``"121(5)"``."""
        if not text.strip():
            raise ProvisionNotFound("Name a provision, e.g. \"art. 121(3)\", \"Article 8 bis\" or \"preamble\".")
        ref = parse_reference(text)
        if ref is None:
            raise ProvisionNotFound(
                f"Could not read {text!r} as a provision of the Rome Statute; "
                "try forms like \"art. 121(3)\", \"Article 8 bis\" or \"preamble\"."
            )
        return self.resolve(ref)

    def ancestors(self, key: str) -> list[Provision]:
        """The provision's parents, nearest first."""
        out: list[Provision] = []
        p = self._provisions.get(key)
        while p is not None and p.parent is not None:
            p = self._provisions.get(self.key(p.source, p.parent))
            if p is not None:
                out.append(p)
        return out


def _statute_provisions(statute_dir: Path) -> tuple[list[Provision], SourceInfo]:
    try:
        raw = json.loads((statute_dir / "RomeStatute.json").read_text(encoding="utf-8"))
        supplement = json.loads((statute_dir / "supplement.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CorpusError(f"Cannot read the Rome Statute files in {statute_dir}: {exc}. "
                          "Restore the corpus/ directory from the repository.") from exc
    parts = {e["part"]["number"]: e["part"]["name"] for e in raw if "part" in e}
    articles = [e["article"] for e in raw if "article" in e]
    extra = {a["number"]: a for a in supplement.get("articles", [])}
    provisions: list[Provision] = []
    order = 0
    provisions.append(Provision(
        id=PREAMBLE, source=STATUTE, label=statute_label(PREAMBLE), text=supplement["preamble"],
        kind=ProvisionKind.PREAMBLE, article=PREAMBLE, lead=supplement["preamble"], article_title="Preamble",
        order=order,
    ))
    for art in articles:
        number = art["number"]
        if not art.get("text") and number in extra:
            art = {**art, **{k: v for k, v in extra[number].items() if v}}
        text = art["text"]
        part = int(art["part_number"])
        tree = _parse_article_text(text)

        def emit(node: _Node, parent: str | None, number: str = number, text: str = text,
                 art: dict = art, part: int = part) -> str:
            nonlocal order
            order += 1
            pid = provision_id(number, node.path)
            body = text[node.start:node.end].strip()
            lead_end = node.lead_end if node.lead_end is not None else node.end
            lead = text[node.start:lead_end].strip()
            child_ids = tuple(provision_id(number, c.path) for c in node.children)
            kind = {"article": ProvisionKind.ARTICLE, "para": ProvisionKind.PARAGRAPH}.get(
                node.level, ProvisionKind.SUBPARAGRAPH)
            provisions.append(Provision(
                id=pid, source=STATUTE, label=statute_label(number, node.path), text=body,
                kind=kind, article=number, paragraph=paragraph_string(node.path), lead=lead,
                part=part, part_title=parts.get(part), article_title=art["name"],
                parent=parent, children=child_ids, order=order,
            ))
            for child in node.children:
                emit(child, pid)
            return pid

        emit(tree, None)
    info = SourceInfo(
        id=STATUTE, title="Rome Statute of the International Criminal Court", kind=SourceKind.LAW,
        description="The treaty establishing the ICC (A/CONF.183/9 of 17 July 1998), as consolidated "
                    "by the Court, Kampala amendments included.",
        attribution="Text: Public.Law Datasets (RomeStatute.json), CC BY 4.0, from the ICC's official "
                    "text; Preamble and art. 124 from the official consolidated edition.",
    )
    return provisions, info


def _news_provisions(news_dir: Path) -> tuple[list[Provision], SourceInfo]:
    try:
        meta = json.loads((news_dir / "us-icc-standoff-2025.json").read_text(encoding="utf-8"))
        text = (news_dir / meta["text_file"]).read_text(encoding="utf-8")
    except (OSError, json.JSONDecodeError, KeyError) as exc:
        raise CorpusError(f"Cannot read the news report in {news_dir}: {exc}. "
                          "Restore the corpus/ directory from the repository.") from exc
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    source = meta["id"]
    provisions = [Provision(
        id=f"{source}:title", source=source, label="News report, headline", text=lines[0],
        kind=ProvisionKind.NEWS_TITLE, order=0,
    )]
    for n, line in enumerate(lines[1:], start=1):
        provisions.append(Provision(
            id=f"{source}:{n}", source=source, label=f"News report, para. {n}", text=line,
            kind=ProvisionKind.NEWS_PARAGRAPH, paragraph=str(n), order=n,
        ))
    info = SourceInfo(id=source, title=meta["title"], kind=SourceKind(meta["kind"]),
                      description=meta["description"])
    return provisions, info


def load_corpus(corpus_dir: Path | None = None) -> Corpus:
    """Load the shipped corpus (the Statute and the news report) from ``corpus_dir``."""
    base = Path(corpus_dir) if corpus_dir else DEFAULT_CORPUS_DIR
    statute, statute_info = _statute_provisions(base / "rome-statute")
    news, news_info = _news_provisions(base / "news")
    digest = hashlib.sha256()
    for p in statute + news:
        digest.update(f"{p.id}\x00{p.text}\x00".encode())
    return Corpus([statute_info, news_info], statute + news, version=digest.hexdigest()[:12])


__all__ = ["Corpus", "load_corpus", "DEFAULT_CORPUS_DIR", "NEWS", "STATUTE"]
