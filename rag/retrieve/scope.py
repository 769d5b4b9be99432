"""Is the question within what the corpus can answer? (the refusal decision)

The decision is made on evidence, not on the question's wording:

- it names a provision the Statute does not have ("article 999") → refuse, saying so;
- it cites a numbered provision of another text ("Rule 145", "Resolution 1593", "article 51 of the
  UN Charter"; ``corpus/scope/instruments.yaml``) → refuse: the corpus does not hold that text. An
  article "of the Rome Statute" / "of the Statute" / "of the ICC Statute" is always the Statute's;
- it names a provision that exists → answer;
- it asks what another court decided or is, or for the words of another text
  (``corpus/scope/other-bodies.yaml``), or for what the Statute never holds — a record of someone the
  corpus never names, an office-holder, a list of States, a figure of events, who someone is, a
  forecast, an opinion, the negotiating history, some country's own law
  (``corpus/scope/question-forms.yaml``, the form rules) → refuse, saying why;
- otherwise the corpus must match it: the best reader's-index phrase or provision text must be close
  enough (:attr:`ScopePolicy.min_evidence`), and no prototype of a question the corpus cannot answer
  (``corpus/scope/outside.yaml``: membership lists, verdicts, office-holders, other instruments, …)
  may match clearly better (:attr:`ScopePolicy.outside_margin`) — or nearly as well, when the question
  is put as events or records rather than in the law's terms (``corpus/scope/question-forms.yaml``,
  :attr:`ScopePolicy.fact_margin`).

A name never causes a refusal on its own: "can the ICC try Putin?" is answered from the Statute,
with a note that the corpus does not mention Putin. Names pull a question towards the prototypes that
share them ("will Russia ever hand Putin over"), so a refusal for matching a prototype must survive a
second look at the question with its names masked (:func:`mask_names`), weighed on its own evidence: the
masked wording is answered only if the corpus matches it better than the masked prototypes, and well
enough on its own. A post that tells a story before it asks gets one more look, at its asking
sentences alone (:func:`rag.retrieve.analysis.asked_part`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rag.corpus.loader import DEFAULT_CORPUS_DIR
from rag.corpus.readers_index import parse_yaml
from rag.errors import CorpusError
from rag.retrieve.analysis import asked_part
from rag.retrieve.names import foreign_names, mask_names
from rag.retrieve.retriever import Evidence, Retrieval

INSTRUMENTS = Path("scope") / "instruments.yaml"
QUESTION_FORMS = Path("scope") / "question-forms.yaml"
OTHER_BODIES = Path("scope") / "other-bodies.yaml"


@dataclass(frozen=True)
class ScopePolicy:
    """The evidence a question needs before it is answered: calibrated on the dev splits, in the
    shipped vector space (the bundled model through its learned map, :mod:`rag.index.adapter`);
    :data:`RAW_SCOPE` is the calibration for raw cosines (``RAG_ADAPTER=0``, another model)."""

    min_evidence: float = 0.35  # below this best similarity (phrase or text) nothing in the corpus answers it
    text_offset: float = 0.05  # a provision's text scores this much below a question-like phrase for the same match
    outside_margin: float = 0.02  # refuse when an out-of-scope prototype beats the in-scope evidence by more
    weak_evidence: float = 0.4  # ... by more than outside_margin only when the corpus matches at least this well
    fact_margin: float = 0.12  # ... or comes within this of it, for a question put as events or records
    follow_up_slack: float = 0.05  # a follow-up leans on the turn before: its floor is this much lower
    ask_look: bool = True  # a post that tells a story before it asks is also weighed on what it asks
    form_rules: bool = True  # what the Statute never names (records, office-holders, States, figures) is refused


# MiniLM's raw cosines run higher than the learned map's: an unrelated question still reaches ~0.4.
RAW_SCOPE = ScopePolicy(min_evidence=0.45)


@dataclass(frozen=True)
class ScopeDecision:
    """Whether to answer, and if not, why (shown to the reader)."""

    covered: bool
    reason: str = ""
    note: str = ""
    # Refused for asking what happened in a matter the corpus never mentions, not for its subject:
    # the refusal may point to where the Statute deals with the subject in general.
    subject_in_law: bool = False


# The rest of a cited text's name, shown with the refusal: up to the next punctuation, a few words.
_CITED_NAME_REST = re.compile(r"[\w'’-]*(?:\s+[\w'’-]+){0,5}")


@dataclass(frozen=True)
class Instruments:
    """The rule that recognises a numbered provision of another text (see the data file)."""

    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]
    statute: re.Pattern[str] = re.compile(r"(?!)")  # the Statute named as such ("the Rome Statute")

    def cited(self, question: str) -> str | None:
        """The citation of another text in ``question``, if any, with the text's name ("article 3 of
        the Geneva Conventions"). A post that cites another text in the story it tells first and then
        asks what the Statute provides ("Resolution 3314 lists acts of aggression. Does the Rome
        Statute count a blockade?") asks the Statute."""
        m = self.pattern.search(question)
        if not m:
            return None
        ask = asked_part(question)
        if ask and not self.pattern.search(ask) and self.statute.search(ask):
            return None
        rest = _CITED_NAME_REST.match(question, m.end())
        return (m.group(0) + (rest.group(0) if rest else "")).strip()


@lru_cache(maxsize=4)
def load_instruments(corpus_dir: Path | None = None) -> Instruments:
    """The other-instruments rule from ``corpus/scope/instruments.yaml``."""
    import yaml

    path = (Path(corpus_dir) if corpus_dir else DEFAULT_CORPUS_DIR) / INSTRUMENTS
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"))
        units = "|".join(re.escape(u) for u in data["units"])
        statute = "|".join(data["statute"])
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise CorpusError(f"Cannot read {path}: {exc}. Restore the corpus/ directory from the repository.") from exc
    # "Rule 145", "§ 3"; or "article 3 of <a text that is not the Statute>".
    pattern = re.compile(
        rf"(?:\b(?:{units})\s*\d+|§\s*\d+)"
        rf"|\b(?:article|art\.?)\s*\d+(?:\s?(?:bis|ter))?(?:\s?\(\w+\))*\s+(?:common\s+to\s+|of\s+)"
        rf"(?!(?:{statute})\b)(?:the\s+)?[A-Za-z]",
        re.IGNORECASE)
    named = re.compile(rf"\b(?:{statute})\b", re.IGNORECASE)
    return Instruments(pattern, tuple(data.get("examples") or ()), tuple(data.get("counter_examples") or ()),
                       named)


@dataclass(frozen=True)
class OtherBodies:
    """The rule that recognises a question about another court's doings or another text's words."""

    courts: re.Pattern[str]
    texts: tuple[re.Pattern[str], ...]  # each with the text's name as group "name"
    reason: str
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]
    # What a court decided, however framed: "how did the Appeals Chamber rule on the challenge to
    # jurisdiction?" asks for a ruling, though it speaks of jurisdiction.
    decided: re.Pattern[str] = re.compile(r"(?!)")
    # What another court is, who set it up and how it works: "how does the Special Tribunal … work?"
    # asks about that court, not about this one.
    described: re.Pattern[str] = re.compile(r"(?!)")
    # A text no list names, known by its title ("what does Additional Protocol II say"): a
    # capitalised title asked for its words (group "name"), holding a noun of instruments, and not
    # one of the Statute's own names.
    titled: tuple[re.Pattern[str], ...] = ()
    title_nouns: re.Pattern[str] = re.compile(r"(?!)")
    own_titles: re.Pattern[str] = re.compile(r"(?!)")

    def asked(self, question: str, forms: QuestionForms) -> str | None:
        """The other court or text ``question`` asks about (see the data file), if any: a court
        counts when the question is put as events or records (``forms``), read without the court's
        name ("the European Court of Human Rights" is not a question about rights)."""
        for pattern in self.texts:
            text = pattern.search(question)
            if text:
                return text.group("name")
        for pattern in self.titled:
            for text in pattern.finditer(question):
                title = text.group("name")
                if self.title_nouns.search(title) and not self.own_titles.search(title):
                    return title
        court = self.courts.search(question)
        if court and (forms.asks_for_facts(self.courts.sub(" ", question)) or self.decided.search(question)
                      or self.described.search(question)):
            return court.group(0)
        return None

    def refusal(self, name: str) -> str:
        """The reason shown when a question about ``name`` is refused."""
        return self.reason.replace("{name}", f"“{name}”")


@lru_cache(maxsize=4)
def load_other_bodies(corpus_dir: Path | None = None) -> OtherBodies:
    """The other-courts-and-texts rule from ``corpus/scope/other-bodies.yaml``."""
    import yaml

    path = (Path(corpus_dir) if corpus_dir else DEFAULT_CORPUS_DIR) / OTHER_BODIES
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"))
        court_names = "|".join(f"(?:{c})" for c in data["courts"])
        courts = re.compile(rf"\b(?:{court_names})(?!\w)", re.IGNORECASE)
        verbs = "|".join(data["decision_verbs"])
        decided = re.compile(rf"\b(?:what|how)\s+(?:did|has|have)\s+(?:the\s+)?(?:{court_names})\s+(?:{verbs})\b"
                             rf"|^\W*(?:did|has|have)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{court_names})\s+(?:\w+\s+)?"
                             rf"(?:{verbs})\b",
                             re.IGNORECASE)
        names = "|".join(f"(?:{t})" for t in data["texts"])
        # Framed in the text: "under the Elements of Crimes, …", "what do the Rules … say".
        texts = tuple(re.compile(p, re.IGNORECASE) for p in (
            rf"^\W*(?:in|under|according to|per)\s+(?:the\s+)?(?:\w+(?:'s|’s)\s+)?(?P<name>{names})\b",
            rf"\b(?:do|does|did)\s+(?:the\s+)?(?P<name>{names})\s+(?:document\s+|text\s+)?(?:say|said|require|define|"
            rf"provide|allow|list|set out|"
            rf"contain|include)",
            # Asked for its content: "the Elements of Crimes for pillage", "the Rules on disclosure".
            rf"\bthe\s+(?:exact\s+|precise\s+)?(?P<name>{names})\s+(?:for|on)\b"))
        reason = str(data["reason"])
        # A title: capitalised words, joined by the small words of titles ("Code of Military Justice",
        # "Statute of the Special Tribunal for Lebanon"), maybe ending in a numeral ("Protocol II").
        # Case matters here: the capitals are what makes it a title.
        title = (r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|on|and|the|against|in|to)\s+)*[A-Z][\w'’.-]*){0,8}"
                 r"(?:\s+(?:of\s+)?(?:19|20)\d\d)?)")
        openings = "|".join(data["describing_openings"])
        organs = "|".join(data["own_organs"])
        described = re.compile(rf"^\W*(?:{openings})\s+(?:the\s+)?(?:new\s+|proposed\s+)?(?!(?:{organs})(?!\w))"
                               rf"(?:{court_names})(?!\w)", re.IGNORECASE)
        says = "|".join(data["title_verbs"])
        titled = (re.compile(rf"\b(?i:what|how)\s+(?i:does|do|did)\s+(?i:the\s+)?{title}\s+(?i:{says})\b"),
                  re.compile(rf"\b(?i:according to|as per)\s+(?i:the\s+)?{title}"))
        nouns = re.compile(r"\b(?:" + "|".join(data["title_nouns"]) + r")\b")
        own = re.compile(r"\b(?:" + "|".join(data["own_titles"]) + r")\b", re.IGNORECASE)
    except (OSError, yaml.YAMLError, KeyError, TypeError, re.error) as exc:
        raise CorpusError(f"Cannot read {path}: {exc}. Restore the corpus/ directory from the repository.") from exc
    return OtherBodies(courts, texts, reason, tuple(data.get("examples") or ()),
                       tuple(data.get("counter_examples") or ()), decided, described, titled, nouns, own)


@dataclass(frozen=True)
class FormRule:
    """A rule of ``corpus/scope/question-forms.yaml`` that refuses on what a question asks for: its
    marks, its examples and counter-examples (each one a test), and the reason shown — its own, or
    that of an out-of-scope ``kind`` of ``corpus/scope/outside.yaml``."""

    marks: tuple[re.Pattern[str], ...] = ()
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    reason: str = ""
    kind: str = ""

    def marks_on(self, question: str) -> bool:
        """Whether any of the rule's marks is in ``question``."""
        return any(p.search(question) for p in self.marks)


def _form_rule(data: dict, key: str) -> FormRule:
    """The rule ``key`` of the question-forms data: ``key``, ``key_examples``, ``key_counter_examples``,
    ``key_reason``, ``key_kind``."""
    return FormRule(tuple(re.compile(p, re.IGNORECASE) for p in data.get(key) or ()),
                    tuple(data.get(f"{key}_examples") or ()), tuple(data.get(f"{key}_counter_examples") or ()),
                    str(data.get(f"{key}_reason") or ""), str(data.get(f"{key}_kind") or ""))


@dataclass(frozen=True)
class QuestionForms:
    """The rule that tells a question about events or records from one framed in the law's terms."""

    fact: tuple[re.Pattern[str], ...]
    law: tuple[re.Pattern[str], ...]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]
    beyond: tuple[re.Pattern[str], ...] = ()  # the after marks included
    after: tuple[re.Pattern[str], ...] = ()
    beyond_examples: tuple[str, ...] = ()
    beyond_counter_examples: tuple[str, ...] = ()
    events_reason: str = ""  # shown when a question is refused for its form, not for a clear match
    record: FormRule = FormRule()  # a record asked of someone the corpus never names (reason: {names})
    holder: FormRule = FormRule()  # who holds a post of the Court (kind: whose reason is shown)
    lists: FormRule = FormRule()  # a list or count of States (kind)
    quantity: FormRule = FormRule()  # a figure of events (reason)
    quantity_structural: tuple[re.Pattern[str], ...] = ()  # a count of the Statute's own units
    prediction: FormRule = FormRule()  # a forecast (kind)
    opinion: FormRule = FormRule()  # an opinion asked of the assistant (kind)
    history: FormRule = FormRule()  # how the Statute came to be (kind)
    people: FormRule = FormRule()  # who someone is, or whether they still hold an office (reason)
    national: FormRule = FormRule()  # some country's own law (kind)

    def asks_for_facts(self, question: str) -> bool:
        """Whether ``question`` asks what happened or what is the case, not what the law provides."""
        return any(p.search(question) for p in self.fact) and not self.frames_in_law(question)

    def frames_in_law(self, question: str) -> bool:
        """Whether ``question`` is framed in the law's terms ("could", "is it lawful", "under the Statute")."""
        return any(p.search(question) for p in self.law)

    def unframed(self, rule: FormRule, question: str) -> bool:
        """Whether ``rule``'s marks are in ``question`` and the question is not framed in the law's
        terms (most form rules yield to the law: "did X have to …" is the Statute's question)."""
        return rule.marks_on(question) and not self.frames_in_law(question)

    def asks_for_record(self, question: str) -> bool:
        """Whether ``question`` opens by asking for the record of a particular matter (what was done, who
        holds what, when), not framed in the law's terms: not merely dated, and not asking why or how."""
        return self.unframed(self.record, question)

    def asks_for_figure(self, question: str, named: bool = False) -> bool:
        """Whether ``question`` asks for a figure of events ("how many … so far"), or of someone the
        corpus never names (``named``), not framed in the law's terms."""
        return (self.quantity.marks_on(question) and (named or self.asks_for_facts(question))
                and not self.frames_in_law(question)
                and not any(p.search(question) for p in self.quantity_structural))

    def asks_for_holder(self, question: str) -> bool:
        """Whether ``question`` asks who holds or held a post of the Court."""
        return self.holder.marks_on(question)

    def asks_for_list(self, question: str) -> bool:
        """Whether ``question`` asks which States, or how many, did or are something (not what the law
        makes of them)."""
        return self.unframed(self.lists, question)

    def asks_for_people(self, question: str) -> bool:
        """Whether ``question`` asks who someone is, or whether they still hold an office, not framed
        in the law's terms."""
        return self.unframed(self.people, question)

    def asks_for_opinion(self, question: str) -> bool:
        """Whether ``question`` asks the assistant's opinion, not framed in the law's terms."""
        return self.unframed(self.opinion, question)

    def asks_for_history(self, question: str) -> bool:
        """Whether ``question`` asks how the Statute was negotiated (who proposed, why dropped), not
        framed in the law's terms."""
        return self.unframed(self.history, question)

    def asks_for_prediction(self, question: str) -> bool:
        """Whether ``question`` asks what will happen, looking ahead ("ever", "next", "likely"), with no
        condition set and not framed in the law's terms."""
        return self.unframed(self.prediction, question)

    def asks_for_national_law(self, question: str) -> bool:
        """Whether ``question`` asks for some country's own law ("under German law", "the penalty for
        fraud in Texas"), not the Statute's."""
        return self.national.marks_on(question)

    def unnamed_record(self, names: list[str]) -> str:
        """The reason shown when a record is asked of ``names``, which the corpus never mentions."""
        return self.record.reason.replace("{names}", listed(names))

    def asks_beyond(self, question: str) -> bool:
        """Whether ``question`` asks about what came after a source it names (since, now, still …)."""
        return any(p.search(question) for p in self.beyond)

    def asks_after(self, question: str) -> bool:
        """Whether ``question`` asks about what came after the report itself (since it, carried out …)."""
        return any(p.search(question) for p in self.after)


@lru_cache(maxsize=4)
def load_question_forms(corpus_dir: Path | None = None) -> QuestionForms:
    """The question-form rule from ``corpus/scope/question-forms.yaml``."""
    import yaml

    path = (Path(corpus_dir) if corpus_dir else DEFAULT_CORPUS_DIR) / QUESTION_FORMS
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"))
        fact = tuple(re.compile(p, re.IGNORECASE) for p in data["fact"])
        law = tuple(re.compile(p, re.IGNORECASE) for p in data["law"])
        after = tuple(re.compile(p, re.IGNORECASE) for p in data.get("after") or ())
        beyond = after + tuple(re.compile(p, re.IGNORECASE) for p in data.get("beyond") or ())
        rules = {key: _form_rule(data, key) for key in ("record", "holder", "list", "quantity", "prediction",
                                                       "national", "people", "opinion", "history")}
    except (OSError, yaml.YAMLError, KeyError, TypeError, re.error) as exc:
        raise CorpusError(f"Cannot read {path}: {exc}. Restore the corpus/ directory from the repository.") from exc
    return QuestionForms(
        fact, law, tuple(data.get("examples") or ()), tuple(data.get("counter_examples") or ()),
        beyond=beyond, after=after, beyond_examples=tuple(data.get("beyond_examples") or ()),
        beyond_counter_examples=tuple(data.get("beyond_counter_examples") or ()),
        events_reason=str(data.get("reason") or ""), record=rules["record"], holder=rules["holder"],
        lists=rules["list"], quantity=rules["quantity"], prediction=rules["prediction"],
        national=rules["national"], people=rules["people"], opinion=rules["opinion"], history=rules["history"],
        quantity_structural=tuple(re.compile(p, re.IGNORECASE) for p in data.get("quantity_structural") or ()))


def _inside(e: Evidence, policy: ScopePolicy) -> float:
    """The in-scope evidence: the best reader's-index phrase, or the best provision text (offset)."""
    return max(e.best_entry, e.best_dense + policy.text_offset)


def _outside_wins(e: Evidence, policy: ScopePolicy, facts: bool) -> bool:
    """Whether a prototype of a question the corpus cannot answer beats the in-scope evidence."""
    inside = _inside(e, policy)
    # A question the corpus barely matches ("a recipe for …" near some phrase at 0.35) gets no benefit
    # of the doubt: any prototype above it wins.
    margin = -policy.fact_margin if facts else (policy.outside_margin if inside >= policy.weak_evidence else 0.0)
    return bool(e.outside_kind) and e.best_outside > inside + margin


def _another_look_answers(retrieval: Retrieval, policy: ScopePolicy, forms: QuestionForms,
                          second_look: Callable[[str], Evidence], facts: bool, floor: float,
                          story_counts: bool = False) -> bool:
    """Whether another wording of a question a prototype matched is answered on its own evidence.

    - The masked question, against the masked prototypes and the corpus, like with like: names pull a
      question towards the prototypes that share them ("will Russia ever hand Putin over"). It clears
      the question only if the corpus answers the masked wording on its own: with its names gone,
      "where does X work now?" matches nothing at all.
    - What a post asks, without the story it tells first (:func:`asked_part`): "Zimbabwe left the
      Court in 2019 and its former leader was arrested abroad in 2025. Can he still be tried?" is a
      question about withdrawal (art. 127(2)); the story matches questions about what happened to him.
      The asking sentences are weighed in their own form: the story's dates do not make them events.
      Not when the story is what the question is about (``story_counts``: a prototype of a kind of
      subject matched it): "My neighbour's tree fell on my car. Who has to pay?" asks about a tree and
      a car, whatever its last sentence alone resembles (reparations, art. 75).
    """
    def answered(evidence: Evidence, as_facts: bool) -> bool:
        return not _outside_wins(evidence, policy, as_facts) and _inside(evidence, policy) >= floor

    masked = mask_names(retrieval.question, retrieval.law_vocabulary, retrieval.vocabulary)
    if masked is not None and answered(second_look(masked), facts):
        return True
    ask = asked_part(retrieval.question) if policy.ask_look and not story_counts else None
    if ask is None:
        return False
    ask_facts = facts and forms.asks_for_facts(ask)
    return answered(second_look(mask_names(ask, retrieval.law_vocabulary, retrieval.vocabulary) or ask), ask_facts)


def listed(names: list[str]) -> str:
    """``["A", "B", "C"]`` → ``"A, B or C"``."""
    return ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else names[0]


def _names_note(names: list[str], asks_for_facts: bool) -> str:
    """The note an answer carries when the question names what the corpus never mentions (``names``). A
    question put as events ("was X granted release?") is told plainly that its factual part has no
    answer here: the law on the subject is shown, but what happened to X is in no text of the corpus."""
    if not names:
        return ""
    if asks_for_facts:
        return (f"The corpus does not mention {listed(names)}, and it keeps no record of events, so it cannot "
                "tell what has happened in that matter. Below is only what the texts say on the subject in general.")
    return f"The corpus does not mention {listed(names)}; below is what the texts say on the subject in general."


def _form_refusal(question: str, retrieval: Retrieval, forms: QuestionForms, names: list[str],
                  outside_reasons: dict[str, str]) -> ScopeDecision | None:
    """The refusal of one of the form rules (``corpus/scope/question-forms.yaml``) for what the Statute
    never names, read on what a post asks, not on the story it tells first; ``None`` when none applies.

    - who holds a post, a list or count of States, a forecast, an opinion, the Statute's negotiating
      history or some country's own law: with the reason of the matching kind; who someone is, or
      whether they still hold an office;
    - a record asked of someone no text here names (``names``, from the whole post: the story may
      name him and the question say "he"): no text here can hold it;
    - a figure of events, or of someone the corpus never names in what is asked ("X was elected in
      2018 — how many years does a judge serve?" asks the Statute's own figure).
    """
    ask = asked_part(question) or question
    # The rules whose refusal gives the reason of a kind of corpus/scope/outside.yaml.
    for asks, rule in ((forms.asks_for_holder, forms.holder), (forms.asks_for_list, forms.lists),
                       (forms.asks_for_prediction, forms.prediction), (forms.asks_for_opinion, forms.opinion),
                       (forms.asks_for_history, forms.history), (forms.asks_for_national_law, forms.national)):
        if asks(ask):
            return ScopeDecision(False, outside_reasons.get(rule.kind, ""))
    if names and forms.asks_for_record(ask):
        return ScopeDecision(False, forms.unnamed_record(names), subject_in_law=True)
    if forms.asks_for_people(ask):
        return ScopeDecision(False, forms.people.reason)
    if forms.asks_for_figure(ask, bool(foreign_names(ask, retrieval.vocabulary))):
        return ScopeDecision(False, forms.quantity.reason)
    return None


def assess(question: str, retrieval: Retrieval, policy: ScopePolicy | None = None, follow_up: bool = False,
           outside_reasons: dict[str, str] | None = None, instruments: Instruments | None = None,
           forms: QuestionForms | None = None, bodies: OtherBodies | None = None,
           second_look: Callable[[str], Evidence] | None = None,
           beyond_only: frozenset[str] | set[str] = frozenset(),
           subject_kinds: frozenset[str] | set[str] = frozenset()) -> ScopeDecision:
    """Decide whether the corpus covers ``question`` (see the module docstring).

    ``outside_reasons`` maps an out-of-scope kind to the reason shown; ``instruments`` and ``forms``
    are the data rules (loaded from the shipped corpus when not given); ``second_look`` gives the
    evidence for another wording of the question (the retriever's :meth:`evidence_for`): with it, a
    refusal for matching a prototype stands unless the question with its names masked is answered on
    its own evidence. ``beyond_only``: the out-of-scope kinds that hold only what came after the
    report (``beyond_the_report`` in ``corpus/scope/outside.yaml``); ``subject_kinds``: the kinds of a
    subject rather than of events (``subject``), whose match a post's story is not set aside for.
    """
    policy = policy or ScopePolicy()
    if retrieval.unknown and not retrieval.named:
        return ScopeDecision(False, " ".join(u.split(": ", 1)[-1] for u in retrieval.unknown))
    cited = (instruments or load_instruments()).cited(question)
    if cited:
        return ScopeDecision(False, f"The question cites “{cited}”, a provision of a text other than the "
                                    "Rome Statute; the corpus holds only the Statute and one news report.")
    forms = forms or load_question_forms()
    # A question put as events, unless it names a source of the corpus (the report is a record of events)
    # and asks what that source says, not what came after it ("after the report was published, did …").
    beyond, after = forms.asks_beyond(question), forms.asks_after(question)
    asks_for_facts = forms.asks_for_facts(question) and (not retrieval.mentioned or after)
    names = foreign_names(question, retrieval.vocabulary)
    note = _names_note(names, asks_for_facts)
    if retrieval.named:
        return ScopeDecision(True, note=note)
    bodies = bodies or load_other_bodies()
    other = bodies.asked(question, forms) if not retrieval.mentioned else None
    if other:
        return ScopeDecision(False, bodies.refusal(other))
    # What the Statute never names, unless the question names a source of the corpus (what it says).
    if policy.form_rules and not retrieval.mentioned:
        refused = _form_refusal(question, retrieval, forms, names, outside_reasons or {})
        if refused:
            return refused
    e = retrieval.evidence
    inside = _inside(e, policy)
    floor = policy.min_evidence - (policy.follow_up_slack if follow_up else 0.0)
    # ... or whose nearest phrase leads to the report: what happened may be what it reports, unless
    # the question asks what came after it.
    facts = asks_for_facts and (not e.claims_lead or after)
    # A question that names a source of the corpus asks what it says, unless it asks beyond its date
    # or the prototype it resembles names that source too ("who is the official the report quotes").
    about_source = bool(retrieval.mentioned - e.outside_mentions) and not beyond
    # A question the reader's index places at the report (its nearest phrase leads to a report
    # paragraph) asks what the report reports when the prototype it matches, of a kind that holds only
    # what came after the report, asks beyond it and the question does not: "what sanctions did the
    # US threaten?" is in the report, "did the US actually impose the sanctions it threatened?" is not.
    reported = (e.claims_lead and e.outside_kind in beyond_only and forms.asks_beyond(e.outside_text)
                and not beyond)
    if not (about_source or reported) and _outside_wins(e, policy, facts) and not (
            second_look and _another_look_answers(retrieval, policy, forms, second_look, facts, floor,
                                                  e.outside_kind in subject_kinds)):
        # A prototype that only came near, refusing a question for being put as events, says
        # little about what was asked: its kind's reason ("no list of members") would mislead,
        # so the reason is what the question's form asks for that no text here records.
        if facts and forms.events_reason and not _outside_wins(e, policy, facts=False):
            return ScopeDecision(False, forms.events_reason)
        return ScopeDecision(False, (outside_reasons or {}).get(e.outside_kind, ""))
    if inside < floor:
        return ScopeDecision(False, "")
    return ScopeDecision(True, note=note)
