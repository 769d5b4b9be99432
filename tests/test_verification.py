"""Verification of citations against the corpus text (rag/answer/verification.py)."""

from __future__ import annotations

import pytest

from rag.answer.extractive import make_citation
from rag.answer.verification import (
    Problem,
    check_citation,
    is_verbatim,
    normalize_ws,
    renumber_prose,
    renumbering,
    verify_answer,
)
from rag.corpus.loader import Corpus, load_corpus
from rag.models import STATUTE, Answer, Citation, Lead, LeadClause, Prose, ProvisionGroup, SourceKind


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus()


def cite(corpus: Corpus, key: str, quote: str | None = None, **overrides) -> Citation:
    p = corpus.get(key)
    base = make_citation(p, p.text if quote is None else quote, corpus)
    fields = dict(label=p.label, source=p.source, provision_id=p.id, quote=base.quote, article=p.article,
                  paragraph=p.paragraph, kind=corpus.sources[p.source].kind, cut_before=base.cut_before,
                  cut_after=base.cut_after)
    fields.update(overrides)
    return Citation(**fields)


def tampered(corpus: Corpus, key: str = "121(3)") -> Citation:
    text = corpus.get(key).text
    assert "two-thirds" in text
    return cite(corpus, key, text.replace("two-thirds", "three-quarters"))


# --- check_citation -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("key", "quote"),
    [
        ("121(3)", None),
        ("121(3)", "shall require a two-thirds majority of States Parties."),
        ("8(2)(b)(xxvi)", None),
        ("8 bis", None),
        ("25(3 bis)", None),
        ("preamble", "Recalling that it is the duty of every State to exercise its criminal jurisdiction"),
        ("news:4", None),
        ("news:title", None),
        # a quote that spans a sub-paragraph marker is still one contiguous span of the parent
        ("36(4)(a)", "shall be made either:\n(i) By the procedure"),
    ],
)
def test_sound_citation_passes(corpus, key, quote):
    assert check_citation(cite(corpus, key, quote), corpus) is None


def test_tampered_quote_is_rejected(corpus):
    bad = tampered(corpus)
    problem = check_citation(bad, corpus)
    assert isinstance(problem, Problem)
    assert problem.citation == bad
    assert "not in its text" in problem.reason


def test_quote_from_another_provision_is_rejected(corpus):
    other = corpus.get("121(4)").text
    problem = check_citation(cite(corpus, "121(3)", other), corpus)
    assert problem is not None
    assert "Rome Statute, art. 121(3)" in problem.reason


def test_quote_from_a_child_under_a_sibling_id_is_rejected(corpus):
    quote = corpus.get("8(2)(b)(xxvi)").text
    assert check_citation(cite(corpus, "8(2)(b)(xxv)", quote), corpus) is not None


@pytest.mark.parametrize("pid", ["121(9)", "129", "8 quater", "news:10"])
def test_unknown_provision_id_is_rejected(corpus, pid):
    base = cite(corpus, "121(3)")
    source = "news" if pid.startswith("news:") else STATUTE
    problem = check_citation(Citation(label=base.label, source=source, provision_id=pid, quote="The",
                                      cut_after=True), corpus)
    assert problem is not None
    assert "names no provision" in problem.reason


@pytest.mark.parametrize(
    "label",
    ["Rome Statute, art. 121(4)", "Rome Statute, art. 121", "art. 121(3)", "News report, para. 4", ""],
)
def test_wrong_label_is_rejected(corpus, label):
    problem = check_citation(cite(corpus, "121(3)", label=label), corpus)
    assert problem is not None
    assert "does not match the provision's label" in problem.reason


def test_statute_citation_under_the_news_source_is_rejected(corpus):
    assert check_citation(cite(corpus, "121(3)", source="news"), corpus) is not None


def test_news_paragraph_cited_as_statute_source_is_rejected(corpus):
    forged = cite(corpus, "news:4", source=STATUTE, kind=SourceKind.LAW)
    assert check_citation(forged, corpus) is not None


@pytest.mark.parametrize("quote", ["", "   ", "\n"])
def test_empty_quote_is_rejected(corpus, quote):
    assert check_citation(cite(corpus, "121(3)", quote), corpus) is not None


def test_typographic_quote_substitution_is_rejected_by_strict_check(corpus):
    quote = '"war crimes" means'
    assert "“war crimes” means" in corpus.get("8(2)").text
    assert check_citation(cite(corpus, "8(2)", quote), corpus) is not None


# --- is_verbatim --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("quote", "text", "expected"),
    [
        ("a two-thirds majority", "shall require a two-thirds majority of States", True),
        ("a  two-thirds\nmajority", "shall require a two-thirds majority of States", True),
        ("a two-thirds majority", "shall require a two-thirds\n  majority of States", True),
        ("  a two-thirds majority\t", "shall require a two-thirds majority of States", True),
        ("a two-thirds\u00a0majority", "shall require a two-thirds majority of States", True),
        ("a three-quarters majority", "shall require a two-thirds majority of States", False),
        ("a two-thirds Majority", "shall require a two-thirds majority of States", False),
        ("a two thirds majority", "shall require a two-thirds majority of States", False),
        ("a two-thirds majority,", "shall require a two-thirds majority of States", False),
        ("majority a two-thirds", "shall require a two-thirds majority of States", False),
        ("", "anything", False),
        ("   ", "anything", False),
    ],
)
def test_is_verbatim_tolerates_whitespace_but_not_changed_words(quote, text, expected):
    assert is_verbatim(quote, text) is expected


@pytest.mark.parametrize(
    ("quote", "text", "lenient", "expected"),
    [
        ('"war crimes" means', "“war crimes” means:", False, False),
        ('"war crimes" means', "“war crimes” means:", True, True),
        ("the Court's jurisdiction", "the Court’s jurisdiction", True, True),
        ("1998-2002", "1998–2002", True, True),
        ("the Court's jurisdiction", "the Court’s authority", True, False),
    ],
)
def test_is_verbatim_lenient_folds_typographic_quotes_and_dashes_only(quote, text, lenient, expected):
    assert is_verbatim(quote, text, lenient=lenient) is expected


def test_normalize_ws():
    assert normalize_ws("  a \n\t b  ") == "a b"


# --- quotes that leave text out say so ----------------------------------------------------------

def test_a_partial_quote_without_its_ellipsis_is_rejected(corpus):
    partial = "shall require a two-thirds majority of States Parties."
    assert check_citation(cite(corpus, "121(3)", partial), corpus) is None  # cut_before, shown with "…"
    problem = check_citation(cite(corpus, "121(3)", partial, cut_before=False), corpus)
    assert problem is not None and "without an ellipsis" in problem.reason


def test_a_quote_cut_at_its_end_shows_the_ellipsis(corpus):
    c = cite(corpus, "8(2)(a)", corpus.get("8(2)(a)").text.split("\n")[0])
    assert c.cut_after and not c.cut_before
    assert c.shown_quote.endswith(" …")
    assert check_citation(c, corpus) is None
    assert check_citation(cite(corpus, "8(2)(a)", c.quote, cut_after=False), corpus) is not None


# --- verify_answer ------------------------------------------------------------------------------

def prose(text: str, *citations: Citation) -> Answer:
    return Answer.from_text("q", text, citations=tuple(citations))


def test_verify_answer_keeps_a_sound_answer_unchanged(corpus):
    good = (cite(corpus, "121(3)"), cite(corpus, "news:4"))
    out = verify_answer(prose("Amendment [1]. Report [2].", *good), corpus)
    assert out.text == "Amendment [1]. Report [2]."
    assert out.citations == good
    assert out.warnings == ()


def test_verify_answer_removes_the_bad_citation_and_renumbers(corpus):
    good, bad, news = cite(corpus, "121(3)"), tampered(corpus), cite(corpus, "news:4")
    out = verify_answer(prose("A [1]. B [2]. C [3].", good, bad, news), corpus)
    assert out.citations == (good, news)
    assert "[3]" not in out.text
    assert out.text.startswith("A [1].")
    assert "C [2]." in out.text
    assert out.text.count("[") == 2
    assert len(out.warnings) == 1
    assert "[2]" in out.warnings[0]
    assert "art. 121(3)" in out.warnings[0]


def test_verify_answer_renumbers_repeated_markers_after_a_dropped_first_citation(corpus):
    bad, good = tampered(corpus), cite(corpus, "5(a)")
    out = verify_answer(prose("B [1]. A [2]. A again [2].", bad, good), corpus)
    assert out.citations == (good,)
    assert out.text == "B . A [1]. A again [1]."
    assert len(out.warnings) == 1


def test_verify_answer_drops_every_bad_citation(corpus):
    bad1 = tampered(corpus)
    bad2 = cite(corpus, "121(3)", label="Rome Statute, art. 121(4)")
    good = cite(corpus, "8(2)(a)(i)")
    out = verify_answer(prose("x [1] y [2] z [3]", bad1, good, bad2), corpus)
    assert out.citations == (good,)
    assert out.text.split() == ["x", "y", "[1]", "z"]
    assert len(out.warnings) == 2


def test_verify_answer_renumbers_duplicate_citations_by_position(corpus):
    good, bad, news = cite(corpus, "121(3)"), tampered(corpus), cite(corpus, "news:4")
    out = verify_answer(prose("A [1] A2 [2] bad [3] news [4]", good, good, bad, news), corpus)
    assert len(out.citations) == 3
    assert out.text.split() == ["A", "[1]", "A2", "[2]", "bad", "news", "[3]"]


def test_verify_answer_leaves_bracketed_numbers_that_are_not_markers(corpus):
    good, bad = cite(corpus, "121(3)"), tampered(corpus)
    out = verify_answer(prose("Resolution [1593]; A [1] B [2]", good, bad), corpus)
    assert "[1593]" in out.text


def test_renumbering_maps_kept_citations_to_their_new_positions():
    assert renumber_prose(Prose("x [1] y [2] z [3]"), renumbering([True, False, True])).text == "x [1] y  z [2]"
    assert renumber_prose(Prose("x [3] y [1]"), renumbering([False, False, True])).text == "x [1] y "


def test_a_provision_group_loses_a_dropped_paragraph_and_the_lead_its_clause(corpus):
    good, bad = cite(corpus, "121(1)"), tampered(corpus)
    answer = Answer("q", blocks=(Lead((LeadClause("any State Party may propose amendments thereto", 1),
                                       LeadClause("two-thirds majority", 2))),
                                 ProvisionGroup("121", "Amendments", 13, "Final Clauses", (1, 2))),
                    citations=(good, bad))
    out = verify_answer(answer, corpus)
    assert out.citations == (good,)
    assert out.blocks[0] == Lead((LeadClause("any State Party may propose amendments thereto", 1),))
    assert out.blocks[1].citations == (1,)


def test_a_lead_clause_not_in_its_quote_is_dropped(corpus):
    good = cite(corpus, "121(1)")
    answer = Answer("q", blocks=(Lead((LeadClause("any State may propose amendments", 1),)),
                                 ProvisionGroup("121", "Amendments", 13, "Final Clauses", (1,))), citations=(good,))
    out = verify_answer(answer, corpus)
    assert not any(isinstance(b, Lead) for b in out.blocks)
    assert any("short answer" in w for w in out.warnings)
