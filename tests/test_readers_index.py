"""The reader's index (corpus/readers-index/*.yaml, rag/corpus/readers_index.py): it covers the whole
Statute and the report, every entry leads to a real provision, and a hit on a phrase is a hit on it."""

from __future__ import annotations

import pytest

from rag.corpus.loader import load_corpus
from rag.corpus.readers_index import load_outside, load_readers_index, load_readers_questions, phrases_per_article
from rag.errors import CorpusError
from rag.models import STATUTE

MIN_PHRASES = 5  # the floor: every article has at least this many ways in


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


@pytest.fixture(scope="module")
def entries(corpus):
    return load_readers_index(corpus)


def test_every_article_the_preamble_and_every_report_paragraph_has_phrases(corpus, entries):
    counts = phrases_per_article(corpus, entries)
    articles = [p.article for p in corpus.articles() if p.source == STATUTE]
    report = [corpus.key(p.source, p.id) for p in corpus if p.source == "news"]
    thin = {a: counts.get(a, 0) for a in [*articles, *report] if counts.get(a, 0) < MIN_PHRASES}
    assert thin == {}


def test_the_parts_people_ask_about_most_have_the_most_phrases(corpus, entries):
    per_part: dict[int, int] = {}
    for e in entries:
        p = corpus.get(e.provision)
        if p.part is not None:
            per_part[p.part] = per_part.get(p.part, 0) + 1
    # Crimes and jurisdiction (Part 2), procedure (Parts 5–6) and cooperation (Part 9).
    for busy in (2, 5, 6, 9):
        assert per_part[busy] > per_part[11], busy


def test_every_entry_leads_to_a_provision_of_the_corpus(corpus, entries):
    assert entries and all(e.provision in corpus and e.phrase for e in entries)


def test_an_entry_naming_no_provision_is_a_corpus_error(corpus, tmp_path):
    folder = tmp_path / "readers-index"
    folder.mkdir()
    (folder / "part-99.yaml").write_text('entries:\n  - provision: "999(1)"\n    phrases: [a phrase]\n')
    with pytest.raises(CorpusError, match="999"):
        load_readers_index(corpus, tmp_path)


def test_the_readers_questions_lead_to_real_provisions_and_many_name_people_or_places(corpus):
    questions = load_readers_questions(corpus)
    assert len(questions) > 1000 and all(q.provision in corpus and q.phrase for q in questions)
    # Whole questions as people put them, names and all: a capitalised word past the first.
    named = [q for q in questions if any(w[:1].isupper() for w in q.phrase.split()[1:])]
    assert len(named) > len(questions) / 3


def test_readers_questions_are_optional_and_one_naming_no_provision_is_a_corpus_error(corpus, tmp_path):
    assert load_readers_questions(corpus, tmp_path) == ()
    folder = tmp_path / "readers-questions"
    folder.mkdir()
    (folder / "x.yaml").write_text('questions:\n  - provision: "12(2)(a)"\n    asked: ["Can it act?", " "]\n')
    assert [(q.provision, q.phrase) for q in load_readers_questions(corpus, tmp_path)] == [("12(2)(a)", "Can it act?")]
    (folder / "y.yaml").write_text('questions:\n  - provision: "999(1)"\n    asked: [a question]\n')
    with pytest.raises(CorpusError, match="999"):
        load_readers_questions(corpus, tmp_path)


def test_the_out_of_scope_kinds_have_reasons_prototypes_and_real_counter_examples(corpus):
    kinds = load_outside(corpus)
    assert len(kinds) >= 8
    for kind in kinds:
        assert kind.reason and len(kind.prototypes) >= 10 and kind.counter_examples, kind.id
        assert all(key in corpus for _, key in kind.counter_examples)


@pytest.mark.slow
def test_a_phrase_of_the_index_finds_its_provision(assistant):
    # Plain words the Statute does not use: the reader's index carries them to the provision.
    hits = [h.provision.id for h in assistant.retrieve("can kids be put on trial at the icc").hits[:3]]
    assert "26" in hits
    without = assistant.retriever.with_options(
        __import__("dataclasses").replace(assistant.retriever.options, readers_index=False, entry_sim_weight=0.0))
    assert "readers-index" in assistant.retrieve("can kids be put on trial at the icc").hits[0].signals
    assert all("readers-index" not in h.signals for h in without.retrieve("can kids be put on trial at the icc").hits)
