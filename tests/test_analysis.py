"""Word statistics for re-ranking: stems taken on demand, weights from stem sets."""

from __future__ import annotations

import pytest

from rag.retrieve.analysis import LazyStems, WordWeights, stems

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
