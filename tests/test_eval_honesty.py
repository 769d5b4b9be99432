"""The evals measure the product, not themselves: no eval question's text is in the code or data."""

from __future__ import annotations

import json
import re
from pathlib import Path

from rag.corpus.loader import load_corpus

ROOT = Path(__file__).resolve().parent.parent
SEQUENCE = 6  # words in a row that count as copying (shorter runs are ordinary legal phrasing)
SCANNED = ("rag", "corpus", "ui")
SUFFIXES = {".py", ".json", ".yaml", ".yml", ".toml", ".txt", ".md", ".j2", ".html", ".css", ".js"}
# The texts of the law and the report themselves.
LAW_FOLDERS = {"rome-statute", "news"}
# The product's own demo question is in the README, the Makefile and the UI by design.
ALLOWED = {"what does amending the statute require"}


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _grams(words: list[str]) -> set[str]:
    return {" ".join(words[i:i + SEQUENCE]) for i in range(len(words) - SEQUENCE + 1)}


def test_no_six_words_of_an_eval_question_appear_in_code_or_data():
    questions: dict[str, str] = {}
    for path in (ROOT / "evals").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                q = json.loads(line)["question"]
                for g in _grams(_words(q)):
                    questions.setdefault(g, q)
    # Six words the question shares with the law itself are the law's words, not a copy.
    corpus = load_corpus()
    law: set[str] = set()
    for p in corpus.articles():
        law |= _grams(_words(p.text)) | _grams(_words(f"{p.article_title or ''} {p.part_title or ''}"))
    for p in corpus:
        if p.source != "rome-statute":
            law |= _grams(_words(p.text))
    for g in law | ALLOWED:
        questions.pop(g, None)
    copies = []
    for folder in SCANNED:
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in SUFFIXES and path.parent.name not in LAW_FOLDERS:
                text = path.read_text(encoding="utf-8", errors="ignore")
                # The whole text: code may wrap a string over lines, and two phrases of a data file
                # on adjacent lines may run together into a question's words.
                for g in _grams(_words(text)) & questions.keys():
                    copies.append(f"{path.relative_to(ROOT)}: '{g}' (from: {questions[g][:70]})")
    assert copies == []
