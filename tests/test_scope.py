"""The refusal decision (rag/retrieve/scope.py): evidence decides; names never refuse on their own; an
article "of the Rome Statute" is always the Statute's; the data rules' examples are tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rag.corpus.loader import load_corpus
from rag.corpus.readers_index import load_outside
from rag.retrieve.retriever import Evidence, Retrieval
from rag.retrieve.scope import (
    ScopePolicy,
    assess,
    foreign_names,
    load_instruments,
    load_other_bodies,
    load_question_forms,
    mask_names,
)

INSTRUMENTS = load_instruments()
FORMS = load_question_forms()
BODIES = load_other_bodies()


@pytest.mark.parametrize("question", INSTRUMENTS.examples)
def test_a_numbered_provision_of_another_text_is_recognised(question):
    assert INSTRUMENTS.cited(question)


@pytest.mark.parametrize("question", INSTRUMENTS.counter_examples)
def test_an_article_of_the_statute_is_never_taken_for_another_text(question):
    assert INSTRUMENTS.cited(question) is None


@pytest.mark.parametrize("question", BODIES.examples)
def test_a_question_about_another_court_s_doings_or_another_text_s_words_is_recognised(question):
    assert BODIES.asked(question, FORMS)


@pytest.mark.parametrize("question", BODIES.counter_examples)
def test_a_question_that_names_another_court_or_text_in_the_law_s_terms_is_left_to_the_evidence(question):
    assert BODIES.asked(question, FORMS) is None


def test_a_question_about_another_court_s_doings_is_refused_naming_the_court():
    question = "What sentence did the ICTY hand down to the Bosnian Serb commander?"
    decision = assess(question, _retrieval(question, inside=0.90, outside=0.10))
    assert not decision.covered
    assert "“ICTY”" in decision.reason


@pytest.mark.parametrize("question", FORMS.examples)
def test_a_question_put_as_events_or_records_is_recognised(question):
    assert FORMS.asks_for_facts(question)


@pytest.mark.parametrize("question", FORMS.beyond_examples)
def test_a_question_beyond_the_report_s_date_is_recognised(question):
    assert FORMS.asks_beyond(question)


@pytest.mark.parametrize("question", FORMS.beyond_counter_examples)
def test_a_question_about_what_the_report_says_is_not_taken_for_one_beyond_it(question):
    assert not FORMS.asks_beyond(question)


@pytest.mark.parametrize("question", FORMS.counter_examples)
def test_a_question_framed_in_the_law_s_terms_is_not_taken_for_one_about_events(question):
    assert not FORMS.asks_for_facts(question)


@pytest.mark.parametrize("question", FORMS.record.examples)
def test_a_question_that_asks_for_a_record_is_recognised(question):
    assert FORMS.asks_for_record(question.split(". ")[-1])


@pytest.mark.parametrize("question", FORMS.record.counter_examples)
def test_a_question_that_asks_why_or_how_or_in_the_law_s_terms_is_not_taken_for_a_record(question):
    assert not FORMS.asks_for_record(question.split(". ")[-1])


@pytest.mark.parametrize("question", FORMS.quantity.examples)
def test_a_figure_of_events_or_of_an_unknown_name_is_refused(question):
    decision = assess(question, _retrieval(question, inside=0.80, outside=0.30))
    assert not decision.covered and decision.reason == FORMS.quantity.reason


@pytest.mark.parametrize("question", FORMS.quantity.counter_examples)
def test_a_figure_of_the_statute_s_own_rules_is_left_to_the_evidence(question):
    assert assess(question, _retrieval(question, inside=0.80, outside=0.30)).covered


@pytest.mark.parametrize("question", FORMS.holder.examples)
def test_a_question_that_asks_who_holds_a_post_is_recognised(question):
    assert FORMS.asks_for_holder(question)
    decision = assess(question, _retrieval(question, inside=0.80, outside=0.30),
                      outside_reasons={FORMS.holder.kind: "Not who holds an office."})
    assert decision.reason == "Not who holds an office."


@pytest.mark.parametrize("question", FORMS.holder.counter_examples)
def test_a_question_about_how_a_post_is_filled_is_not_taken_for_one_about_who_holds_it(question):
    assert not FORMS.asks_for_holder(question)


@pytest.mark.parametrize("question", FORMS.lists.examples)
def test_a_question_that_asks_for_a_list_or_count_of_states_is_recognised(question):
    assert FORMS.asks_for_list(question)


@pytest.mark.parametrize("question", FORMS.lists.counter_examples)
def test_a_question_about_what_the_law_makes_of_states_is_not_taken_for_a_list(question):
    assert not FORMS.asks_for_list(question)


@pytest.mark.parametrize("question", FORMS.people.examples)
def test_a_question_about_who_someone_is_or_whether_they_still_hold_office_is_refused(question):
    assert FORMS.asks_for_people(question)
    decision = assess(question, _retrieval(question, inside=0.80, outside=0.30))
    assert not decision.covered and decision.reason == FORMS.people.reason


@pytest.mark.parametrize("question", FORMS.people.counter_examples)
def test_a_question_about_who_the_law_concerns_is_not_taken_for_one_about_people(question):
    assert not FORMS.asks_for_people(question)


# The form rules that refuse with the reason of a kind: a forecast, an opinion, the negotiating history,
# some country's own law.
KIND_RULES = [(FORMS.asks_for_prediction, FORMS.prediction), (FORMS.asks_for_opinion, FORMS.opinion),
              (FORMS.asks_for_history, FORMS.history), (FORMS.asks_for_national_law, FORMS.national)]


@pytest.mark.parametrize(("question", "asks", "kind"),
                         [(q, asks, rule.kind) for asks, rule in KIND_RULES for q in rule.examples])
def test_a_forecast_an_opinion_the_history_or_a_country_s_own_law_is_refused_with_its_kind_s_reason(question, asks,
                                                                                                    kind):
    assert asks(question)
    decision = assess(question, _retrieval(question, inside=0.80, outside=0.30), outside_reasons={kind: "Not here."})
    assert not decision.covered and decision.reason == "Not here."


@pytest.mark.parametrize(("question", "asks"),
                         [(q, asks) for asks, rule in KIND_RULES for q in rule.counter_examples])
def test_a_question_about_the_law_put_in_the_future_casually_or_near_another_law_is_left_to_the_evidence(question,
                                                                                                        asks):
    # "Will he be arrested if he flies to a member State?", "do you think the Court can try a sitting
    # president?", "what did the drafters put in the definition of genocide?", "the maximum sentence
    # for war crimes in Ukraine".
    assert not asks(question)


@pytest.mark.parametrize(
    ("question", "covered"),
    [
        ("Which countries have ratified the amendments so far?", False),
        ("Which States must surrender a suspect on request?", True),
        ("Which States does the report say are under pressure?", True),  # what the report says
    ],
)
def test_a_list_of_states_is_refused_saying_the_statute_names_none(question, covered):
    retrieval = _retrieval(question, inside=0.80, outside=0.30)
    if "report" in question:
        retrieval = replace(retrieval, mentioned=frozenset({"news"}))
    decision = assess(question, retrieval, outside_reasons={FORMS.lists.kind: "No list of members."})
    assert decision.covered is covered
    if not covered:
        assert decision.reason == "No list of members."
    assert assess(question, retrieval, policy=ScopePolicy(form_rules=False)).covered


@pytest.mark.parametrize(
    ("question", "covered"),
    [
        ("Did the judges let Okonkwo out on bail pending trial?", False),
        ("Which judges are on the bench for Okonkwo?", False),
        # The story names him; what the post asks is a record, put with a pronoun.
        ("The police arrested Okonkwo in March. Was he transferred to The Hague within a week?", False),
        # A name alone never refuses; a record asked of no unknown name is left to the evidence.
        ("Can Okonkwo be tried while he is president?", True),
        ("Why did the Court issue a warrant for Okonkwo?", True),
        ("Was the Prosecutor granted leave to appeal?", True),
    ],
)
def test_a_record_asked_of_someone_the_corpus_never_names_is_refused_naming_them(question, covered):
    decision = assess(question, _retrieval(question, inside=0.80, outside=0.30))
    assert decision.covered is covered
    if not covered:
        assert "Okonkwo" in decision.reason and "no record" in decision.reason
    # The rule can be switched off: the evidence (the law matches well) decides alone.
    assert assess(question, _retrieval(question, inside=0.80, outside=0.30),
                  policy=ScopePolicy(form_rules=False)).covered


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Could the Court try Mugabe for acts in Zimbabwe?", ["Mugabe", "Zimbabwe"]),
        ("Does the ICC's Prosecutor need the Security Council?", []),  # the corpus's own words
        ("Is Netanyahu protected by his office?", []),  # the report names him
        ("What about ISIS fighters?", ["ISIS"]),
        ("Who is on Duterte's defence team, and Duterte’s lawyers?", ["Duterte"]),  # the name, once
        ("Why does The Hague host the Court?", []),
        # The Statute numbers lists "(xi)": as a word of its text that is a list marker, not a name.
        ("Is the Court investigating President Xi and Jinping?", ["Jinping"]),
        ("Was the suspect arrested in March or on a Sunday in May?", []),  # dates, not names
        ("Was he sacked in Nov or in Sept?", []),
    ],
)
def test_names_the_corpus_does_not_know_are_found(question, names):
    corpus = load_corpus()
    vocabulary = {w for p in corpus for w in p.text.lower().replace("’", "'").split()}
    vocabulary |= {w.strip(".,;:()“”\"'") for w in list(vocabulary)}
    assert foreign_names(question, vocabulary) == names


LAW_WORDS = frozenset({"court", "prosecutor", "state", "party", "rome", "hague", "statute", "security", "council"})


@pytest.mark.parametrize(
    ("question", "masked"),
    [
        ("Could Netanyahu be arrested if he flew to Germany?", "Could be arrested if he flew to?"),
        ("If Kim Jong Un visited a member state, would it hand him over?", "If visited a member state, would it hand him over?"),
        ("Venezuela referred itself to the Court.", "referred itself to the Court."),
        ("Can the ICC's Prosecutor ask the Security Council?", None),  # the Statute's words and the corpus's acronym
        ("Why does The Hague host the Court?", None),
        ("What did Putin's lawyers argue?", "What did lawyers argue?"),
        # A roman numeral of the Statute's lists ("xi") is no reason to keep a name.
        ("Is the ICC investigating Xi Jinping over the camps?", "Is the ICC investigating over the camps?"),
    ],
)
def test_names_are_masked_and_the_statute_s_words_kept(question, masked):
    assert mask_names(question, LAW_WORDS | {"xi"}, frozenset({"icc"})) == masked


# Questions about the law that name people, places and events the corpus never mentions: the law
# answers them, and the answer says plainly that the corpus does not mention the name.
NAMED_LAW_QUESTIONS = [
    ("If Kim Jong Un visited a member state, would it have to hand him over?", "Kim"),
    ("Could Mugabe have claimed immunity as president of Zimbabwe?", "Mugabe"),
    ("Could the Court prosecute ISIS commanders for recruiting boys under fifteen?", "ISIS"),
    # A capitalised word that opens a sentence is not taken for a name (it is usually an ordinary
    # word): the note names the others, and a sentence-initial name still causes no refusal.
    ("Myanmar is not a party. Can the Court act on crimes partly committed in Bangladesh?", "Bangladesh"),
    ("Venezuela referred itself to the Court. Is a State Party allowed to do that?", None),
    ("Could Netanyahu be arrested if he flew to Germany?", "Germany"),
    # A story before the question: what it asks (art. 127(2)) is answered, whatever the story matches.
    ("Mugabe's Zimbabwe quit the Court in 2019 and he was arrested abroad in 2025. Can the Court still try him "
     "for what happened while Zimbabwe was a member?", "Zimbabwe"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("question", "name"), NAMED_LAW_QUESTIONS)
def test_a_name_never_causes_a_refusal_on_its_own(assistant, question, name):
    answer = assistant.ask(question)
    assert not answer.refused, answer.text
    assert answer.citations and all(c.is_law or c.source == "news" for c in answer.citations)
    if name:
        assert any(name in b.text for b in answer.blocks if getattr(b, "kind", None) == "scope")


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "What does Article 17(3) of the Rome Statute say?",
        "Compare article 25(3) and article 28 of the Rome Statute.",
        "What does article 53 of the ICC Statute provide?",
        "what does art 31(1)(d) of the statute cover",
    ],
)
def test_an_article_of_the_rome_statute_is_answered_from_the_statute(assistant, question):
    answer = assistant.ask(question)
    assert not answer.refused and answer.citations


@pytest.mark.slow
def test_every_kind_of_out_of_scope_question_is_refused_with_its_reason(assistant):
    for kind in load_outside(assistant.corpus):
        answer = assistant.ask(kind.prototypes[0])
        assert answer.refused, (kind.id, kind.prototypes[0])
        # A numbered provision of another text ("rule 68") is refused by the instruments rule first, and
        # what another court did ("the Nuremberg trials") by the other-bodies rule.
        assert (kind.reason in answer.text or "a provision of a text other than the Rome Statute" in answer.text
                or BODIES.reason.split("{name}")[0] in answer.text)


@pytest.mark.slow
def test_the_counter_examples_of_the_out_of_scope_kinds_are_answered(assistant):
    refused = [question for kind in load_outside(assistant.corpus) for question, _ in kind.counter_examples
               if assistant.ask(question).refused]
    assert refused == []


@pytest.mark.slow
def test_nothing_in_the_corpus_matches_an_unrelated_question(assistant):
    for question in ("What is a good recipe for banana bread?", "Which team won the 1998 football final?"):
        assert assistant.ask(question).refused


def test_the_refusal_rules_come_from_the_workspace_s_corpus_directory(tmp_path, shared_data_dir, assistant):
    import shutil

    from rag.config import Settings
    from rag.corpus.loader import DEFAULT_CORPUS_DIR
    from rag.workspace import Workspace

    corpus = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS_DIR, corpus)
    forms = corpus / "scope" / "question-forms.yaml"
    forms.write_text(forms.read_text(encoding="utf-8").replace(
        "examples:\n", "examples:\n  - Did the local court sit on a Sunday?\n", 1), encoding="utf-8")
    ws = Workspace(Settings(data_dir=shared_data_dir, corpus_dir=corpus))
    assert "Did the local court sit on a Sunday?" in ws.forms.examples
    assert ws.bodies.reason == BODIES.reason
    assert ws.instruments.pattern.pattern == INSTRUMENTS.pattern.pattern


def _retrieval(question: str, inside: float, outside: float) -> Retrieval:
    """A retrieval whose only evidence is an in-scope phrase and an out-of-scope prototype."""
    return Retrieval(question=question, hits=(), evidence=Evidence(best_entry=inside, best_outside=outside,
                                                                   outside_kind="office-holders"),
                     law_vocabulary=LAW_WORDS, vocabulary=LAW_WORDS)


@pytest.mark.parametrize(
    ("masked_inside", "masked_outside", "covered"),
    [
        (0.80, 0.60, True),   # the names pulled it towards the prototype: masked, the law wins
        (0.70, 0.85, False),  # masked, the prototype still wins
        (0.30, 0.20, False),  # masked, nothing in the corpus answers it: no rescue
    ],
)
def test_the_second_look_weighs_the_masked_question_s_own_evidence(masked_inside, masked_outside, covered):
    # First look: the prototype wins by far more than the margin, and the unmasked in-scope evidence
    # is high (the names match the report): that evidence must not carry over to the masked wording.
    first = _retrieval("Which judges sat on Mugabe's case?", inside=0.85, outside=0.95)
    looked = []

    def second_look(masked: str) -> Evidence:
        looked.append(masked)
        return Evidence(best_entry=masked_inside, best_outside=masked_outside, outside_kind="office-holders")

    decision = assess(first.question, first, second_look=second_look)
    assert looked == ["Which judges sat on case?"]
    assert decision.covered is covered


@pytest.mark.parametrize(
    ("question", "covered"),
    [
        ("What sanctions did the United States threaten against the Court?", True),  # what the report reports
        ("Did the US impose the sanctions since the report came out?", False),  # beyond it
        ("Are the threatened sanctions still in force today?", False),
    ],
)
def test_a_question_placed_at_the_report_is_of_a_later_kind_only_when_it_asks_beyond_it(question, covered):
    # The nearest reader's-index phrase leads to a report paragraph (claims_lead); the prototype that
    # wins is of a kind that holds only what came after the report.
    retrieval = Retrieval(question=question, hits=(), evidence=Evidence(
        best_entry=0.70, best_outside=0.80, outside_kind="after-the-report", claims_lead=True,
        outside_text="did the US actually impose the sanctions it threatened"),
        vocabulary=LAW_WORDS | {"united", "states", "us"})  # the report names the United States
    decision = assess(question, retrieval, beyond_only={"after-the-report"})
    assert decision.covered is covered
    # A prototype that does not itself ask beyond the report refuses either way.
    plain = replace(retrieval.evidence, outside_text="on what date were the sanctions announced")
    assert not assess(question, replace(retrieval, evidence=plain), beyond_only={"after-the-report"}).covered
    # A kind not so marked refuses either way.
    assert not assess(question, replace(retrieval, evidence=replace(retrieval.evidence, outside_kind="opinions")),
                      beyond_only={"after-the-report"}).covered


@pytest.mark.parametrize(
    ("question", "no_record"),
    [
        # Put as an event about someone the corpus never mentions: the law on the subject is shown,
        # and the note says the factual part has no answer here.
        ("Is Mugabe still wanted by the Court after Zimbabwe left?", True),
        ("Zimbabwe left in 2019; is Mugabe wanted by the Court so far?", True),
        # Framed in the law's terms: the note names the names, and says nothing about events.
        ("Could Mugabe have claimed immunity as president of Zimbabwe?", False),
        ("Would Zimbabwe have to hand Mugabe over if asked?", False),
    ],
)
def test_the_note_on_an_unknown_name_says_when_the_corpus_keeps_no_record_of_the_events_asked(question, no_record):
    decision = assess(question, _retrieval(question, inside=0.80, outside=0.30))
    assert decision.covered
    assert "Mugabe" in decision.note or "Zimbabwe" in decision.note
    assert ("no record of events" in decision.note) is no_record


@pytest.mark.parametrize(
    ("outside", "events_reason"),
    [
        (0.65, True),   # near, within the margin for a question put as events, but not a clear match
        (0.80, False),  # a clear match: its kind's own reason
    ],
)
def test_a_question_refused_for_its_form_gives_the_events_reason_not_a_near_prototype_s(outside, events_reason):
    question = "Is Mugabe still wanted by the Court after Zimbabwe left?"
    decision = assess(question, _retrieval(question, inside=0.70, outside=outside),
                      outside_reasons={"office-holders": "Not who holds an office."})
    assert not decision.covered
    assert FORMS.events_reason
    assert decision.reason == (FORMS.events_reason if events_reason else "Not who holds an office.")


@pytest.mark.parametrize(
    ("question", "covered"),
    [
        # It names the report, but asks what came after it: events, weighed as such.
        ("After this report was published, did the US impose the sanctions?", False),
        ("Did the US actually impose the sanctions the report describes?", False),
        # "now" in what the report itself says is not a question about later events.
        ("Which dilemma does the report say member States now face?", True),
    ],
)
def test_a_question_that_names_the_report_but_asks_what_came_after_it_is_weighed_as_events(question, covered):
    # A prototype comes near (within the events margin) but not clearly above the report's paragraph.
    retrieval = Retrieval(question=question, hits=(), mentioned=frozenset({"news"}), evidence=Evidence(
        best_entry=0.80, best_outside=0.75, outside_kind="opinions", claims_lead=True),
        vocabulary=LAW_WORDS | {"us"})
    assert assess(question, retrieval).covered is covered


def test_the_kinds_whose_reasons_the_form_rules_show_exist():
    kinds = {k.id for k in load_outside(load_corpus())}
    assert {FORMS.holder.kind, FORMS.lists.kind, FORMS.prediction.kind, FORMS.national.kind, FORMS.opinion.kind,
            FORMS.history.kind} <= kinds


def test_the_kinds_that_hold_only_what_came_after_the_report_are_marked_in_the_data():
    kinds = {k.id: k for k in load_outside(load_corpus())}
    assert kinds["after-the-report"].beyond_the_report
    assert not any(k.beyond_the_report for i, k in kinds.items() if i != "after-the-report")


@pytest.mark.parametrize(
    ("ask_inside", "ask_outside", "ask_look", "covered"),
    [
        (0.80, 0.30, True, True),    # what the post asks is answered: the story does not refuse it
        (0.80, 0.30, False, False),  # without the look at what it asks, the story's match refuses it
        (0.50, 0.90, True, False),   # what it asks is itself out of scope
        (0.20, 0.10, True, False),   # what it asks matches nothing on its own: no rescue
    ],
)
def test_a_post_that_tells_a_story_before_it_asks_is_weighed_on_what_it_asks(ask_inside, ask_outside, ask_look,
                                                                              covered):
    # The story ("was arrested abroad in 2025") matches a prototype about what happened to a
    # suspect far better than anything in the corpus, named or masked.
    question = "The suspect was arrested abroad in 2025. Can he still be tried?"
    looked = []

    def second_look(wording: str) -> Evidence:
        looked.append(wording)
        if wording == "Can he still be tried?":
            return Evidence(best_entry=ask_inside, best_outside=ask_outside, outside_kind="office-holders")
        return Evidence(best_entry=0.40, best_outside=0.90, outside_kind="office-holders")

    decision = assess(question, _retrieval(question, inside=0.40, outside=0.90),
                      policy=ScopePolicy(ask_look=ask_look), second_look=second_look)
    assert decision.covered is covered
    assert ("Can he still be tried?" in looked) is ask_look


def test_a_story_about_a_subject_the_corpus_does_not_cover_is_not_set_aside_for_its_last_sentence():
    # "My neighbour's tree fell on my car. Who has to pay?": the story is the subject (a kind marked
    # `subject`), so its last sentence alone ("who has to pay?", near reparations) does not clear it.
    question = "The tree fell on the car in a storm. Who has to pay?"

    def second_look(wording: str) -> Evidence:
        if wording == "Who has to pay?":
            return Evidence(best_entry=0.80, best_outside=0.30, outside_kind="everyday-law")
        return Evidence(best_entry=0.40, best_outside=0.90, outside_kind="everyday-law")

    retrieval = replace(_retrieval(question, inside=0.40, outside=0.90),
                        evidence=Evidence(best_entry=0.40, best_outside=0.90, outside_kind="everyday-law"))
    assert assess(question, retrieval, second_look=second_look).covered
    assert not assess(question, retrieval, second_look=second_look, subject_kinds={"everyday-law"}).covered


def test_the_kinds_of_a_subject_are_marked_in_the_data():
    kinds = {k.id: k for k in load_outside(load_corpus())}
    assert {i for i, k in kinds.items() if k.subject} == {"everyday-law", "off-topic"}


@pytest.mark.parametrize(
    ("inside", "outside", "covered"),
    [
        (0.60, 0.61, True),   # well matched: a prototype a hair above it does not refuse it
        (0.60, 0.63, False),  # ... one clearly above it does
        (0.37, 0.38, False),  # barely matched (below weak_evidence): any prototype above it refuses it
        (0.37, 0.36, True),
    ],
)
def test_the_benefit_of_the_doubt_goes_only_to_a_question_the_corpus_matches_well(inside, outside, covered):
    question = "How should one cook rice for a crowd?"
    policy = ScopePolicy()
    assert policy.min_evidence < 0.37 < policy.weak_evidence < 0.60
    assert 0.60 + policy.outside_margin > 0.61 and 0.60 + policy.outside_margin < 0.63
    assert assess(question, _retrieval(question, inside=inside, outside=outside), policy=policy).covered is covered
