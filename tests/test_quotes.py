"""Quotations in free text and where they lie in a provision (rag/answer/quotes.py)."""

from __future__ import annotations

import pytest

from rag.answer.quotes import find_quotations, locate, pieces
from rag.corpus.loader import load_corpus


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


@pytest.mark.parametrize(
    ("text", "quoted", "style"),
    [
        ("It says “the Court may impose life imprisonment” here.", "the Court may impose life imprisonment", "double"),
        ('It says "the Court may impose life imprisonment" here.', "the Court may impose life imprisonment", "double"),
        ("It says ‘the Court may impose life imprisonment’ here.", "the Court may impose life imprisonment", "single"),
        ("It says 'the Court may impose life imprisonment' here.", "the Court may impose life imprisonment", "single"),
        ("Il dit «la Cour peut prononcer» ici.", "la Cour peut prononcer", "guillemets"),
        ("Es heißt „der Gerichtshof kann verhängen“ hier.", "der Gerichtshof kann verhängen", "low-nine"),
        ("「裁判所 は 科す ことが できる」", "裁判所 は 科す ことが できる", "corner"),
        ('A curly opening “closed by a straight mark" still counts.', "closed by a straight mark", "double"),
        ('A straight quote "that runs over\na line break" counts.', "that runs over\na line break", "double"),
        ("Intro:\n> the Court may impose\n> life imprisonment\nafter", "the Court may impose\nlife imprisonment",
         "blockquote"),
    ],
)
def test_every_style_of_quotation_is_found(text, quoted, style):
    found = find_quotations(text)
    assert [(q.text, q.style) for q in found] == [(quoted, style)]


@pytest.mark.parametrize(
    "text",
    [
        "The States Parties' obligations don't change; the Court's seat isn't moved.",  # apostrophes
        "the “Court” and the “Prosecutor”",  # terms, not passages
        "an opening “ with no closing mark at all",
    ],
)
def test_apostrophes_terms_and_stray_marks_are_not_quotations(text):
    assert find_quotations(text) == []


def test_a_long_text_full_of_marks_is_scanned_in_one_pass():
    text = ("word “a b c” " * 20000) + "“" + "x " * 5000
    found = find_quotations(text)
    assert len(found) == 20000


@pytest.mark.parametrize(
    ("key", "quote", "found"),
    [
        ("121(3)", "shall require a two-thirds majority of States Parties", True),
        ("121(3)", "The Adoption of an amendment", False),  # a changed word
        ("121(3)", "the adoption of an amendment at a meeting", True),  # a capital may become small
        ("121(3)", "shall require a two-thirds\nmajority", True),  # whitespace may differ
        ("27(1)", "This Statute shall apply equally … without any distinction based on official capacity", True),
        ("27(1)", "official capacity as a Head of State … shall in no case exempt a person from criminal "
                  "responsibility", True),
        # Splices that reverse the law: a one-word piece, a dropped negation, pieces out of order.
        ("27(1)", "official capacity as a Head of State ... shall ... exempt a person from criminal responsibility",
         False),
        ("27(1)", "official capacity as a Head of State … exempt a person from criminal responsibility", False),
        ("27(1)", "exempt a person from criminal responsibility … official capacity as a Head of State", False),
        # The condition "on which consensus cannot be reached" may not be cut out either.
        ("121(3)", "The adoption of an amendment … shall require a two-thirds majority of States Parties", False),
    ],
)
def test_a_quotation_is_located_only_when_it_is_the_provision_s_words(corpus, key, quote, found):
    assert (locate(quote, corpus.get(key).text) is not None) is found


def test_the_located_span_covers_the_pieces_and_what_lies_between(corpus):
    text = corpus.get("27(1)").text
    where = locate("This Statute shall apply equally … without any distinction based on official capacity", text)
    assert text[where.start:where.end] == ("This Statute shall apply equally to all persons without any distinction "
                                           "based on official capacity")
    assert len(where.spans) == 2


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("a b c … d e f", ["a b c", "d e f"]),
        ("a b c ... d e f [...] g h i", ["a b c", "d e f", "g h i"]),
        ("… a b c", ["a b c"]),
        ("a b c", ["a b c"]),
    ],
)
def test_ellipses_split_a_quotation_into_pieces(quote, expected):
    assert pieces(quote) == expected
