"""Structure-following chunking (rag/chunking.py), on the shipped corpus."""

from __future__ import annotations

import pytest

from rag.corpus.loader import Corpus, load_corpus
from rag.index.chunking import MAX_CHUNK_CHARS, Chunk, chunk_corpus, chunk_id
from rag.models import NEWS, STATUTE


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus()


@pytest.fixture(scope="module")
def chunks(corpus) -> list[Chunk]:
    return chunk_corpus(corpus)


def of(chunks: list[Chunk], provision: str) -> list[Chunk]:
    return [c for c in chunks if c.provision == provision]


def test_chunk_ids_are_unique(chunks):
    assert len(chunks) > 0
    assert len({c.id for c in chunks}) == len(chunks)


def test_chunk_ids_are_stable_across_calls(corpus, chunks):
    again = chunk_corpus(corpus)
    assert [c.id for c in again] == [c.id for c in chunks]
    assert [c.span for c in again] == [c.span for c in chunks]


def test_chunk_ids_are_stable_across_corpus_loads(chunks):
    assert [c.id for c in chunk_corpus(load_corpus())] == [c.id for c in chunks]


def test_chunk_id_depends_on_provision_and_part():
    assert chunk_id("121(3)") == chunk_id("121(3)", 0)
    assert chunk_id("121(3)") != chunk_id("121(4)")
    assert chunk_id("preamble", 0) != chunk_id("preamble", 1)


def test_every_span_is_a_substring_of_its_provision(corpus, chunks):
    broken = [c.id for c in chunks if not c.span or c.span not in corpus.get(c.provision).text]
    assert broken == []


def test_chunk_source_and_metadata_match_the_provision(corpus, chunks):
    for c in chunks:
        p = corpus.get(c.provision)
        assert c.source == p.source
        assert c.metadata["provision"] == c.provision
        assert c.metadata["label"] == p.label


def test_spans_respect_the_size_limit(chunks):
    assert max(len(c.span) for c in chunks) <= MAX_CHUNK_CHARS


def test_every_leaf_provision_is_covered_by_a_chunk(corpus, chunks):
    spans: dict[str, list[str]] = {}
    for c in chunks:
        spans.setdefault(c.provision, []).append(c.span)
    uncovered = []
    for p in corpus:
        if p.children or p.kind == "preamble":
            continue
        key = corpus.key(p.source, p.id)
        keys = [key] + [corpus.key(a.source, a.id) for a in corpus.ancestors(key)]
        if not any(p.text in s for k in keys for s in spans.get(k, [])):
            uncovered.append(key)
    assert uncovered == []


def test_war_crime_item_keeps_its_chapeau(chunks):
    (chunk,) = of(chunks, "8(2)(b)(xxvi)")
    assert chunk.span.startswith("Conscripting or enlisting children under the age of fifteen years")
    assert "“war crimes” means" in chunk.context
    assert "namely, any of the following acts:" in chunk.context
    assert "“war crimes” means" not in chunk.span
    assert chunk.lexical_text == f"{chunk.context}\n{chunk.span}"
    assert chunk.dense_text == chunk.span


def test_breadcrumb_names_part_and_article(chunks):
    (chunk,) = of(chunks, "121(3)")
    first_line = chunk.context.split("\n")[0]
    assert "Part 13" in first_line
    assert "Article 121. Amendments" in first_line
    assert first_line.startswith("Rome Statute › ")
    assert first_line.endswith("art. 121(3)")
    assert chunk.span.endswith("two-thirds majority of States Parties.")


def test_short_paragraph_with_a_list_is_one_chunk_with_its_flush_text(chunks):
    (chunk,) = of(chunks, "36(4)")
    assert "Nominations shall be accompanied by a statement" in chunk.span
    assert of(chunks, "36(4)(a)") == []


def test_preamble_recitals_are_separate_chunks(corpus, chunks):
    recitals = of(chunks, "preamble")
    lines = [line for line in corpus.get("preamble").text.split("\n") if line.strip()]
    assert len(recitals) == len(lines) > 1
    assert [c.span for c in recitals] == lines
    assert recitals[0].span == "The States Parties to this Statute,"
    assert any(c.span.startswith("Recalling that it is the duty of every State") for c in recitals)
    assert len({c.id for c in recitals}) == len(recitals)


def test_news_paragraphs_are_chunks(corpus, chunks):
    news = [c for c in chunks if c.source == NEWS]
    assert [c.provision for c in news] == ["news:title"] + [f"news:{n}" for n in range(1, 10)]
    (para4,) = of(chunks, "news:4")
    assert para4.span == corpus.get("news:4").text
    assert "(news report)" in para4.context
    assert para4.context.endswith("para. 4")


def test_source_filter_limits_chunks(chunks, corpus):
    only_news = chunk_corpus(corpus, sources={NEWS})
    only_statute = chunk_corpus(corpus, sources={STATUTE})
    assert {c.source for c in only_news} == {NEWS}
    assert {c.source for c in only_statute} == {STATUTE}
    assert len(only_news) + len(only_statute) == len(chunks)


def test_long_article_is_split_at_its_paragraphs(chunks):
    art8 = [c for c in chunks if c.metadata["article"] == "8"]
    assert len(art8) > 10
    assert {"8(1)", "8(2)(a)", "8(2)(b)(xxvi)", "8(3)"} <= {c.provision for c in art8}


def test_breadcrumb_of_an_untitled_article_has_no_empty_title(chunks):
    (chunk,) = of(chunks, "10")
    first_line = chunk.context.split("\n")[0]
    assert "Article 10. " not in first_line
    assert first_line.endswith("art. 10")
