"""BM25 on bm25s directly scores as llama-index's BM25Retriever did (same tokens, stop words,
stems), without loading llama-index on the query path."""

from __future__ import annotations

import pytest

from rag.retrieve.lexical import BM25

TEXTS = [
    "Article 121(3): The adoption of an amendment requires a two-thirds majority of States Parties.",
    "Article 77: The Court may impose imprisonment for a specified number of years or life imprisonment.",
    "Article 127: A State Party may withdraw by written notification to the Secretary-General.",
    "Article 27: Official capacity as a Head of State shall in no case exempt a person.",
]
IDS = ["121(3)", "77", "127", "27"]


@pytest.mark.parametrize("query", [
    "what does amending the statute require",
    "can a head of state be prosecuted",
    "life imprisonment",
    "withdrawal notification",
    "the of and",  # only stop words
    "",
])
def test_scores_equal_llama_index_bm25(query):
    import Stemmer
    from llama_index.core.schema import TextNode
    from llama_index.retrievers.bm25 import BM25Retriever

    old = BM25Retriever.from_defaults(nodes=[TextNode(id_=i, text=t) for i, t in zip(IDS, TEXTS)],
                                      similarity_top_k=3, stemmer=Stemmer.Stemmer("english"), language="english")
    expected = [(n.node.node_id, pytest.approx(n.score)) for n in old.retrieve(query) if (n.score or 0) > 0]
    assert BM25(IDS, TEXTS, 3).search(query) == expected


def test_stemmed_words_match_and_the_best_comes_first():
    found = BM25(IDS, TEXTS, 4).search("amendments adopted")
    assert found[0][0] == "121(3)" and all(score > 0 for _, score in found)


def test_top_k_beyond_the_corpus_is_cut_to_its_size():
    assert len(BM25(IDS, TEXTS, 50).search("article")) <= len(IDS)


def test_an_empty_index_finds_nothing():
    assert BM25([], [], 5).search("anything") == []


def test_ids_and_texts_must_pair():
    with pytest.raises(ValueError, match="one text per id"):
        BM25(["a", "b"], ["only one"], 5)
