"""The extractive answer's quotes and short answer: honest about what they leave out, over every
provision and every list of the Statute (rag/answer/extractive.py)."""

from __future__ import annotations

import pytest

from rag.answer.extractive import MAX_QUOTE_CHARS, AnswerPolicy, best_span, clauses, lead_clauses, make_citation
from rag.answer.render import lead_clause_text, text
from rag.answer.verification import normalize_ws
from rag.corpus.loader import load_corpus
from rag.models import ELLIPSIS, STATUTE, Answer, Lead, LeadClause


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def _queries(p) -> list[str]:
    """Questions aimed at each line of a provision (each list item), so that every cut is tried."""
    lines = [line for line in p.text.split("\n") if line.strip()]
    return [p.text[:80], *lines]


def _cuts_are_marked(p, corpus) -> list[str]:
    whole = normalize_ws(p.text)
    wrong = []
    for query in _queries(p):
        c = make_citation(p, best_span(p.text, query), corpus)
        quote = normalize_ws(c.quote)
        assert quote in whole, f"{p.label}: not verbatim"
        if c.cut_before != (not whole.startswith(quote)) or c.cut_after != (not whole.endswith(quote)):
            wrong.append(f"{p.label} for {query[:40]!r}")
        shown = c.shown_quote
        if quote != whole and ELLIPSIS not in shown:
            wrong.append(f"{p.label}: part of the provision shown without “…”")
    return wrong


def test_every_quote_of_every_provision_marks_what_it_leaves_out(corpus):
    wrong = []
    for p in corpus:
        wrong += _cuts_are_marked(p, corpus)
    assert wrong == []


def _lists(corpus):
    """Each provision whose children are list items — (a), (b)… or (i), (ii)…"""
    for p in corpus:
        if p.source == STATUTE and p.children and all(cid.endswith(")") for cid in p.children):
            items = [corpus.get(corpus.key(p.source, cid)) for cid in p.children]
            if len(items) > 1 and all(i.paragraph and i.paragraph[-1:] == ")" or "(" in i.id for i in items):
                yield p, items


def test_no_quote_of_any_list_drops_an_item_silently(corpus):
    lists = list(_lists(corpus))
    assert len(lists) > 40  # art. 5, 6, 7(1), 8(2)(a)–(f), 8 bis(2), 25(3), 77(1), ...
    silent = []
    for p, items in lists:
        for query in _queries(p):
            c = make_citation(p, best_span(p.text, query), corpus)
            quote = normalize_ws(c.quote)
            dropped = [i for i in items if normalize_ws(i.text) not in quote]
            start = p.text.find(c.quote)
            assert start >= 0, f"{p.label}: not verbatim"
            before = any(p.text.find(i.text) < start for i in dropped)
            after = any(p.text.find(i.text) + len(i.text) > start + len(c.quote) for i in dropped)
            if (before and not c.cut_before) or (after and not c.cut_after):
                silent.append(f"{p.label}: drops {[i.short_label for i in dropped][:3]} without “…”")
    assert silent == []


def test_a_quote_of_art_8_2_a_that_stops_at_vi_shows_the_ellipsis(corpus):
    p = corpus.get("8(2)(a)")
    cut = p.text[: p.text.index("(vii)")].rstrip()
    assert len(p.text) > len(cut)
    c = make_citation(p, cut, corpus)
    assert c.cut_after and not c.cut_before
    assert c.shown_quote.endswith(f"fair and regular trial; {ELLIPSIS}")
    for query in ("Wilful killing", "Taking of hostages", "Unlawful deportation or transfer or unlawful confinement"):
        quote = make_citation(p, best_span(p.text, query, limit=300), corpus)
        if "(viii)" not in quote.quote:
            assert quote.shown_quote.endswith(ELLIPSIS), query


def test_long_provisions_are_cut_to_a_contiguous_run_within_the_limit(corpus):
    longest = max(corpus, key=lambda p: len(p.text))
    assert len(longest.text) > MAX_QUOTE_CHARS
    span = best_span(longest.text, "attack directed against any civilian population")
    assert len(span) <= MAX_QUOTE_CHARS and span in longest.text


@pytest.mark.parametrize(("quote", "expected"), [
    ("One. Two; three.\n(a) Four;\n(b) Five.", ["One.", "Two; three.", "(a) Four;", "(b) Five."]),
    ("No stop at all", ["No stop at all"]),
    ("Ends with a colon:\n(i) item", ["Ends with a colon:", "(i) item"]),
])
def test_clauses_are_sentences_and_list_items(quote, expected):
    assert [quote[s:e].strip() for s, e in clauses(quote)] == expected


def test_a_lead_clause_shows_an_ellipsis_where_its_provision_goes_on(corpus):
    p = corpus.get("121(1)")
    c = make_citation(p, p.text, corpus)
    clause = "After the expiry of seven years from the entry into force of this Statute, any State Party may propose amendments thereto."
    answer = Answer("q", blocks=(Lead((LeadClause(clause, 1),)),), citations=(c,))
    assert lead_clause_text(answer, 1, clause) == f"“{clause} {ELLIPSIS}”"
    assert text(answer).startswith("In short, in the Statute's own words:\nart. 121(1): “After the expiry")
    whole = make_citation(corpus.get("16"), corpus.get("16").text, corpus)
    lone = Answer("q", blocks=(Lead((LeadClause(whole.quote, 1),)),), citations=(whole,))
    assert ELLIPSIS not in lead_clause_text(lone, 1, whole.quote)


@pytest.mark.parametrize(("mentioned", "lead_source"), [
    (frozenset(), STATUTE),  # a question about the law: the Statute's words speak first
    (frozenset({"news"}), "news"),  # the reader names the report: its words may
])
def test_the_short_answer_is_the_law_s_own_words_unless_the_reader_names_the_report(corpus, mentioned,
                                                                                    lead_source):
    # The report paraphrases art. 121(3) wrongly ("a majority"); its paragraph shares more of the
    # question's words and scores second, above art. 121(1).
    rule = make_citation(corpus.get("121(3)"), corpus.get("121(3)").text, corpus, 0.68)
    news = corpus.get("news:6")
    claim = make_citation(news, news.text, corpus, 0.55)
    first = make_citation(corpus.get("121(1)"), corpus.get("121(1)").text, corpus, 0.54)
    question = "amending the Rome Statute requiring the support of member states"
    lead = lead_clauses([rule, claim, first], question, AnswerPolicy(), None, mentioned)
    assert lead is not None
    sources = {[rule, claim, first][c.citation - 1].source for c in lead.clauses}
    assert (sources == {STATUTE}) if lead_source == STATUTE else ("news" in sources)


def test_who_can_propose_an_amendment_is_answered_first_with_art_121_1(assistant):
    answer = assistant.ask("Who can propose an amendment?")
    lead = answer.lead
    assert lead is not None
    first = lead.clauses[0]
    assert "any State Party may propose amendments" in first.text
    assert answer.citations[first.citation - 1].label == "Rome Statute, art. 121(1)"
    assert answer.text.split("\n")[1].startswith("art. 121(1): “")


def test_a_refusal_for_the_matter_asked_points_to_where_the_statute_deals_with_the_subject(assistant):
    from rag.answer.render import SEE_ALSO

    # What happened to someone the corpus never mentions: refused, with pointers to the law on the
    # subject (interim release), never quoted or cited as an answer.
    answer = assistant.ask("Did the judges let Okonkwo out on interim release before his trial?")
    assert answer.refused and not answer.citations
    refusal = answer.blocks[0]
    assert refusal.see_also and all(p.startswith("Rome Statute, art. ") for p in refusal.see_also)
    assert any("art. 60" in p or "art. 59" in p for p in refusal.see_also)
    assert SEE_ALSO in answer.text
    # A question refused for its subject gets no pointers.
    off_topic = assistant.ask("What is a good banana bread recipe?")
    assert off_topic.refused and off_topic.blocks[0].see_also == ()
    assert SEE_ALSO not in off_topic.text


@pytest.mark.parametrize("question", ["What does amending the statute require?", "What is a good banana bread recipe?",
                                      "What did the report say the U.S. demands?",
                                      "Did the judges let Okonkwo out on interim release before his trial?"])
def test_an_answer_comes_back_whole_from_its_json(assistant, question):
    from rag.answer import render

    answer = assistant.ask(question)
    assert render.from_dict(render.to_dict(answer)) == answer
