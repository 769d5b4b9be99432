"""Word statistics for re-ranking: stems taken on demand, weights from stem sets."""

from __future__ import annotations

import pytest

from rag.retrieve.analysis import LazyStems, WordWeights, asked_part, sentences, stems

TEXTS = {"a": "The Court may impose life imprisonment", "b": "Withdrawal takes effect one year later"}


@pytest.mark.parametrize("key", ["a", "b"])
def test_lazy_stems_equal_the_texts_stems(key):
    assert LazyStems(TEXTS).get(key) == stems(TEXTS[key])


def test_lazy_stems_of_an_unknown_text_are_the_default():
    assert LazyStems(TEXTS).get("zzz", set()) == set()


def test_weights_from_stem_sets_equal_weights_from_texts():
    from_texts = WordWeights(TEXTS.values())
    from_sets = WordWeights.of_stems(stems(t) for t in TEXTS.values())
    for s in ("court", "imprison", "withdraw", "unseen"):
        assert from_sets.idf(s) == from_texts.idf(s)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What did the ICJ order in South Africa v. Israel?", ["What did the ICJ order in South Africa v. Israel?"]),
        ("The U.S. Congress passed it. Is it legal?", ["The U.S. Congress passed it.", "Is it legal?"]),
        ("See art. 12 first. Then what?", ["See art. 12 first.", "Then what?"]),
        ("He left in 2019. \"Can he be tried?\"", ["He left in 2019.", "\"Can he be tried?\""]),
        ("Is it a crime? Who decides?", ["Is it a crime?", "Who decides?"]),
        ("", []),
    ],
)
def test_a_text_is_split_into_sentences_but_not_after_abbreviations(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # A post that tells a story and then asks: the asking sentence.
        ("Zimbabwe left in 2019 and he was arrested in 2025. Can he still be tried?", "Can he still be tried?"),
        ("Not a lawyer. Can the ICC go in without the government's ok? asking for a class.",
         "Can the ICC go in without the government's ok?"),
        # ... in lower case, as posts are written.
        ("burundi left first. who does a country send the letter to?", "who does a country send the letter to?"),
        # A remark after the question is its tone, not a story: no second wording.
        ("Is he going to be charged at some point? place your bets", None),
        ("She fled in 2015. Is she a victim? Can she take part?", "Is she a victim? Can she take part?"),
        # Nothing told, or nothing asked: no second wording.
        ("Can heads of state be prosecuted?", None),
        ("Is it a crime? Who decides?", None),
        ("Tell me about article 16. Explain the deferral.", None),
        # A scene set within the sentence: a leading clause of time, or a statement before a dash.
        ("When the general was handed over, what rights did he have?", "what rights did he have?"),
        ("Now that the State has left, can the case go on?", "can the case go on?"),
        ("The president visited in 2025 — was the host obliged to arrest him?", "was the host obliged to arrest him?"),
        # ... but a question is not a scene: "When did …", or a question before the dash.
        ("When did the Statute enter into force, and who ratified first?", None),
        ("What did the order do — who was named in it?", None),
        ("When does a withdrawal take effect?", None),
    ],
)
def test_the_asking_sentences_of_a_post_are_found(text, asked):
    assert asked_part(text) == asked
