"""Words, stop words and stems: how every stage compares a question with the law's text.

Stems come from PyStemmer's English (Porter 2) stemmer ("amending", "amendments" → "amend"), the
stop words from bm25s's English list plus the words that frame a question rather than carry its
subject ("explain", "tell"). How much a shared word counts is left to IDF over the corpus (see
:class:`WordWeights`), so words every provision uses ("court", "state") weigh little without being
listed anywhere.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from bm25s.stopwords import STOPWORDS_EN_PLUS

_WORD_RE = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
# "that's", "they're", "the Prosecutor's": the pronoun or noun without its clitic.
_CLITIC = re.compile(r"['’](?:s|re|ve|ll|d|t)$")
# Words that frame a question ("can you explain what ... means") and never say what it is about.
QUESTION_WORDS = frozenset("""
    can could would should shall may might must will does did do tell explain describe mean means meaning
    say says said happen happens happened get gets got give gives also just ever exactly actually really
    basically anyone someone somebody anything something thing things way ways please know want like
    question questions answer yes
""".split())
STOP_WORDS = frozenset(STOPWORDS_EN_PLUS) | QUESTION_WORDS
MIN_WORD = 2  # one-letter tokens ("a", "s") are noise; two-letter ones ("un", "us") are kept when not stop words

_local = threading.local()


def _stemmer():
    # PyStemmer's objects are not safe to share between threads: one per thread.
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        import Stemmer

        stemmer = _local.stemmer = Stemmer.Stemmer("english")
    return stemmer


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Porter-2 stem of one lower-case word."""
    return _stemmer().stemWord(word)


def words(text: str) -> list[str]:
    """The lower-case words of ``text``, clitics cut ("court's" → "court")."""
    return [_CLITIC.sub("", w) for w in _WORD_RE.findall(text.lower().replace("’", "'"))]


def content_words(text: str) -> list[str]:
    """The words of ``text`` that carry meaning (stop words and one-letter tokens dropped)."""
    return [w for w in words(text) if len(w) >= MIN_WORD and w not in STOP_WORDS]


def stems(text: str) -> set[str]:
    """The stems of ``text``'s content words."""
    return {stem(w) for w in content_words(text)}


class LazyStems:
    """The stems of each text, taken the first time they are asked for: re-ranking reads a few
    dozen chunks per question, and stemming all of them at start-up cost a cold start ~60 ms."""

    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts
        self._stems: dict[str, set[str]] = {}

    def get(self, key: str, default: set[str] | None = None) -> set[str] | None:
        """The stems of text ``key`` (``default`` if there is no such text)."""
        found = self._stems.get(key)
        if found is None:
            text = self._texts.get(key)
            if text is None:
                return default
            found = self._stems[key] = stems(text)
        return found


class WordWeights:
    """Inverse document frequency of stems over a set of texts (the corpus's chunks).

    A stem the question shares with a provision counts by how rare it is in the corpus:
    "seven-eighths" says much, "court" little.
    """

    def __init__(self, texts: Iterable[str]) -> None:
        self._count(stems(t) for t in texts)

    @classmethod
    def of_stems(cls, stem_sets: Iterable[set[str]]) -> WordWeights:
        """The weights over texts whose stems were already taken (one set per text)."""
        weights = cls.__new__(cls)
        weights._count(stem_sets)
        return weights

    def _count(self, stem_sets: Iterable[set[str]]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for s in stem_sets:
            n += 1
            df.update(s)
        self.documents = max(n, 1)
        self._idf = {s: math.log(1 + self.documents / c) for s, c in df.items()}
        self._unseen = math.log(1 + self.documents)

    def idf(self, s: str) -> float:
        """The weight of stem ``s`` (an unseen stem weighs most)."""
        return self._idf.get(s, self._unseen)

    def known(self, s: str) -> bool:
        """Whether any text had the stem."""
        return s in self._idf

    def overlap(self, query: set[str], text: set[str]) -> float:
        """The share of the query's weight that ``text`` contains, 0–1."""
        total = sum(self.idf(s) for s in query)
        return sum(self.idf(s) for s in query & text) / total if total else 0.0


# Legal prose is full of full stops that end nothing: "art. 27(1)", "paras. 3–4", "e.g. the Court",
# "U.S. officials". The support check of generated answers, ``rag check`` and the look at what a post
# asks all split sentences, and all ask :func:`ends_in_abbreviation` whether a full stop ends one.
# Words after which a period does not end a sentence ("art. 27", "e.g. the Court", "U.S. officials").
ABBREVIATIONS = frozenset({
    "art", "arts", "para", "paras", "subpara", "e.g", "i.e", "cf", "no", "nos", "p", "pp", "v", "vs", "u.s",
    "u.n", "u.k", "e.u", "u.s.a", "mr", "ms", "mrs", "dr", "st", "etc", "op", "cit", "ibid", "id", "al", "fn",
    "n", "ch", "sec", "vol", "doc", "res", "ref", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
})
_LAST_WORD = re.compile(r"(\S+)$")


def ends_in_abbreviation(before: str) -> bool:
    """Whether the text just before a full stop ends in an abbreviation or a single letter (an
    initial, "(a)"), so that the full stop does not end the sentence."""
    word = _LAST_WORD.search(before)
    token = word.group(1).lstrip("(“\"‘'[").lower() if word else ""
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


# A sentence may end at ".", "?" or "!" before a word, a digit or an opening quote: posts are often
# written in lower case ("burundi left first. who gets the letter?"), so a small letter starts one too.
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[\"“'‘(]?[A-Za-z0-9])")


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` ("South Africa v. Israel" and "the U.S. Congress" end none)."""
    out: list[str] = []
    for piece in _SENTENCE_END.split(text.strip()):
        if out and out[-1].endswith(".") and ends_in_abbreviation(out[-1][:-1]):
            out[-1] = f"{out[-1]} {piece}"
        elif piece:
            out.append(piece)
    return out


# The scene a question sets before it asks, within one sentence:
# - a leading clause of time or concession ("When he landed at the detention centre, what rights …",
#   "Now that it has left, can …"), not "When did it join, and …", which asks;
# - a statement set off by a dash ("He visited in 2025 — was it obliged to …"), not a question before
#   the dash ("What did the order do — who was named?").
_SCENE = re.compile(
    r"^\W*(?:(?:when|after|since|once|while|although|though|even though|given that|now that)\b"
    r"(?!\s+(?:did|do|does|was|were|is|are|has|have|had|will|would|can|could|should|must|may|might)\b)[^,?—–]{3,160}"
    r"(?:,|\s[—–-]\s)|(?!(?:what|who|whom|when|where|which|why|how|did|do|does|is|are|was|were|can|could|will|"
    r"would|should|has|have|had|may|might|must)\b)[^?—–]{10,200}\s[—–]\s)\s*(?=\S[^?]*\?)", re.IGNORECASE)


def asked_part(text: str) -> str | None:
    """What a post asks, without the story it tells first: its asking sentences ("… its former leader
    was arrested abroad in 2025. Can he still be tried?"), without a scene the question sets within
    its sentence ("When he was arrested, what rights did he have?"); ``None`` when there is no story."""
    parts = sentences(text)
    asking = [s for s in parts if "?" in s]
    if not asking:
        return None
    asked = " ".join(_SCENE.sub("", s, count=1) for s in asking)
    # A story comes before the question; a remark after it ("… place your bets") is the post's tone.
    told_first = "?" not in parts[0]
    return asked if told_first or asked != " ".join(asking) else None
