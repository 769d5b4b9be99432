"""Hybrid retrieval (rag/retrieval.py): what each signal contributes, on the shipped corpus."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rag.retrieve.signals import DEFINES as _DEFINES


def top(assistant, question: str, n: int = 5) -> list[str]:
    return [h.provision.id for h in assistant.retrieve(question).hits[:n]]


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        ('How does the Statute distinguish "surrender" from "extradition"?', ["surrender", "extradition"]),
        ("What does the Statute mean by torture?", ["torture"]),
        ("How is persecution defined?", ["persecution"]),
        ("What counts as enslavement?", ["enslavement"]),
        ("What is the crime of aggression?", ["crime of aggression"]),
        ("What are war crimes?", ["war crimes"]),
        ("What is genocide", ["genocide"]),
        ("What is the penalty for genocide?", []),
        ("Who can refer a situation of genocide to the Prosecutor?", []),
        ("What does the Statute mean by sanctions?", []),  # not a term the Statute defines
    ],
)
def test_a_question_asking_what_a_defined_term_means_is_recognised(assistant, question, terms):
    assert assistant.retriever.defined_terms_asked(question) == terms


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("For the purposes of this Statute:\n“surrender” means the delivering up of a person", "surrender"),
        ("“Torture” means the intentional infliction of severe pain", "Torture"),
        ("the term “gender” refers to the two sexes", "gender"),
        ("“Extermination” includes the intentional infliction of conditions of life", "Extermination"),
    ],
)
def test_the_statute_s_definitions_are_found(text, term):
    assert _DEFINES.search(text).group(1) == term


def test_every_definition_in_the_statute_is_indexed(assistant):
    defined = assistant.retriever.tables.definitions.defining
    for term in ("genocide", "torture", "surrender", "extradition", "gender", "crime of aggression"):
        assert term in defined, term


def test_asking_what_a_defined_term_means_finds_its_definition(assistant):
    hits = top(assistant, 'How does the Statute distinguish "surrender" from "extradition"?', 5)
    assert {"102(a)", "102(b)"} <= set(hits)


def test_the_definition_signal_is_what_finds_it(assistant):
    question = 'How does the Statute distinguish "surrender" from "extradition"?'
    without = assistant.retriever.with_options(replace(assistant.retriever.options, definition_weight=0.0))

    def rank(hits) -> int:
        ids = [h.provision.id for h in hits]
        return ids.index("102(a)") if "102(a)" in ids else len(ids)

    with_signal = assistant.retrieve(question).hits
    # The definition puts the defining paragraph at the head (with its article at most before it);
    # without it, the article's other words and the surrender provisions compete.
    assert rank(with_signal) <= 1 and rank(with_signal) < rank(without.retrieve(question).hits)
    assert "definition" in with_signal[rank(with_signal)].signals


def test_naming_a_defined_term_without_asking_its_meaning_adds_no_definition(assistant):
    hits = assistant.retrieve("What is the maximum penalty for genocide?").hits
    assert all("definition" not in h.signals for h in hits)


def test_the_vector_pinpoints_the_paragraph_within_an_article(assistant):
    # Every paragraph of art. 110 shares its breadcrumb; the span alone is embedded, so the
    # paragraphs that answer (the review, para. 3, and what it weighs, para. 4) lead, and the sibling
    # that does not (no release before the sentence expires, para. 1) stays out of the top four.
    # (Para. 2, "the Court alone shall … decide any reduction", may come between them.)
    hits = top(assistant, "When does the Court review a sentence to decide whether to reduce it?", 4)
    assert {"110(3)", "110(4)"} <= set(hits) and hits[0] in ("110(3)", "110(4)") and "110(1)" not in hits


# The hub (art. 44(2), on staff) was in the top 5 of 7% of the public's questions it did not
# answer; no provision may come near that again.
HUB_SHARE = 0.06


@pytest.mark.slow
def test_no_provision_is_a_hub_in_the_top_five_of_questions_it_does_not_answer(assistant):
    from collections import Counter

    from evals.metrics import DEFAULT_QUESTIONS, PUBLIC_QUESTIONS, load_questions, matches

    answerable = [q for path in (DEFAULT_QUESTIONS, PUBLIC_QUESTIONS) for q in load_questions(path) if q.gold]
    strays: Counter[str] = Counter()
    for q in answerable:
        top = [assistant.corpus.key(h.provision.source, h.provision.id)
               for h in assistant.retrieve(q.question, list(q.history)).hits[:5]]
        strays.update(k for k in top if not any(matches(k, g) for g in q.gold))
    hubs = {k: n for k, n in strays.items() if n > HUB_SHARE * len(answerable)}
    assert hubs == {}


@pytest.mark.parametrize(
    ("question", "names_the_report"),
    [
        ("What does the news report say about sanctions?", True),
        ("According to the article, what did Washington demand?", True),
        ("What do journalists say the U.S. asked for?", True),
        ("Which probes did the press report the U.S. wants dropped?", True),
        ("Is the standoff in the headlines still going on?", True),
        ("Can an NGO or a journalist send evidence to the Prosecutor?", False),
        ("What did the prosecutor say at his press conference?", False),
        ("What must the Prosecutor report to the Pre-Trial Chamber?", False),
        ("Is there a phone number for journalists at the Court?", False),
    ],
)
def test_the_report_is_named_only_as_the_ones_who_report(question, names_the_report):
    from rag.retrieve.retriever import source_pattern

    assert bool(source_pattern("news").search(question)) is names_the_report
