"""Loading the corpus and the paragraph tree of the Statute (rag/corpus.py), checked against the real text."""

from __future__ import annotations

import re

import pytest

from rag.corpus.citations import Reference, split_provision_id
from rag.corpus.loader import Corpus, load_corpus
from rag.errors import CorpusError, InputError, ProvisionNotFound
from rag.models import NEWS, STATUTE

ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
         "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii",
         "xxviii", "xxix", "xxx"]
LETTERS = [chr(c) for c in range(ord("a"), ord("z") + 1)]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus()


def statute(corpus: Corpus) -> list:
    return [p for p in corpus if p.source == STATUTE]


def children_markers(corpus: Corpus, key: str) -> list[str]:
    return [split_provision_id(c).path[-1] for c in corpus.get(key).children]


# --- keys and lookup ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "key",
    ["preamble", "1", "5", "8 bis", "15 bis", "15 ter", "121", "121(3)", "124", "128", "25(3 bis)",
     "93(10)(b)(i)(a)", "news:title", "news:1", "news:4", "news:9"],
)
def test_known_key_is_in_the_corpus(corpus, key):
    assert key in corpus
    assert corpus.get(key) is corpus.try_get(key)


@pytest.mark.parametrize("key", ["129", "8 quater", "121(8)", "news:10", "news:0", "rome-statute:121"])
def test_unknown_key_is_absent(corpus, key):
    assert key not in corpus
    assert corpus.try_get(key) is None
    with pytest.raises(ProvisionNotFound):
        corpus.get(key)


def test_provision_not_found_is_an_input_error():
    assert issubclass(ProvisionNotFound, InputError)


@pytest.mark.parametrize(
    ("ref", "expected_id"),
    [
        (Reference("121", ("3",)), "121(3)"),
        (Reference("8 bis"), "8 bis"),
        (Reference("8", ("2", "b", "xxvi")), "8(2)(b)(xxvi)"),
        (Reference("preamble"), "preamble"),
    ],
)
def test_resolve_returns_the_named_provision(corpus, ref, expected_id):
    p = corpus.resolve(ref)
    assert p.id == expected_id
    assert p.source == STATUTE


def test_unknown_article_reference_is_rejected(corpus):
    with pytest.raises(ProvisionNotFound, match=r"no article 200\b"):
        corpus.resolve(Reference("200"))


def test_unknown_paragraph_reference_is_rejected_naming_the_article(corpus):
    with pytest.raises(ProvisionNotFound) as excinfo:
        corpus.resolve(Reference("121", ("9",)))
    message = str(excinfo.value)
    assert "Article 121" in message
    assert "121(9)" in message
    assert "121(7)" in message  # lists the paragraphs that do exist


def test_resolve_does_not_return_a_news_paragraph_for_a_statute_reference(corpus):
    with pytest.raises(ProvisionNotFound):
        corpus.resolve(Reference("news:4"))


@pytest.mark.parametrize(
    ("text", "expected_id"),
    [
        ("Article 8 bis", "8 bis"),
        ("art 15ter", "15 ter"),
        ("121(5)", "121(5)"),
        ("paragraph 3 of article 121", "121(3)"),
        ("16", "16"),
        ("preamble", "preamble"),
        ("art. 25(3 bis)", "25(3 bis)"),
        ("Rome Statute, art. 8(2)(b)(xxvi)", "8(2)(b)(xxvi)"),
    ],
)
def test_lookup_resolves_user_typed_references(corpus, text, expected_id):
    assert corpus.lookup(text).id == expected_id


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("art. 200", "no article 200"),
        ("article 121(9)", "Article 121 has no provision 121(9)"),
        ("8(2)(z)", "Article 8 has no provision 8(2)(z)"),
        ("hello", "Could not read 'hello'"),
    ],
)
def test_lookup_of_unknown_reference_raises_with_a_helpful_message(corpus, text, fragment):
    with pytest.raises(ProvisionNotFound, match=re.escape(fragment)):
        corpus.lookup(text)


def test_every_statute_label_looks_up_its_own_provision(corpus):
    wrong = [p.id for p in statute(corpus) if corpus.lookup(p.label).id != p.id]
    assert wrong == []


# --- tree parse against the real text ------------------------------------------------------------

def test_article_121_has_paragraphs_one_to_seven(corpus):
    assert corpus.get("121").children == tuple(f"121({n})" for n in range(1, 8))


def test_article_121_paragraph_3_text(corpus):
    text = corpus.get("121(3)").text
    assert text.startswith("The adoption of an amendment")
    assert text.endswith("two-thirds majority of States Parties.")
    assert not text.startswith("3.")


def test_article_8_2_b_xxvi_is_about_conscripting_children(corpus):
    text = corpus.get("8(2)(b)(xxvi)").text
    assert text.startswith("Conscripting or enlisting children under the age of fifteen years")


def test_article_7_1_i_is_a_letter_after_h(corpus):
    assert corpus.get("7(1)(i)").text == "Enforced disappearance of persons;"
    assert children_markers(corpus, "7(1)") == LETTERS[:11]  # (a)–(k)
    assert corpus.get("7(1)(i)").children == ()


def test_article_7_2_i_is_a_letter_too(corpus):
    assert children_markers(corpus, "7(2)") == LETTERS[:9]
    assert corpus.get("7(2)(i)").text.startswith("“Enforced disappearance of persons” means")


def test_article_8_2_a_i_is_a_roman_numeral(corpus):
    assert corpus.get("8(2)(a)(i)").text == "Wilful killing;"
    assert children_markers(corpus, "8(2)(a)") == ROMAN[:8]
    assert children_markers(corpus, "8(2)") == LETTERS[:6]


@pytest.mark.parametrize(
    ("key", "count"),
    [("8(2)(b)", 29), ("8(2)(c)", 4), ("8(2)(e)", 18)],
)
def test_war_crimes_lists_are_complete(corpus, key, count):
    assert children_markers(corpus, key) == ROMAN[:count]


def test_article_36_4_a_keeps_the_flush_line_after_its_list(corpus):
    p = corpus.get("36(4)(a)")
    assert "Nominations shall be accompanied by a statement" in p.text
    assert p.children == ("36(4)(a)(i)", "36(4)(a)(ii)")
    assert "Nominations shall be accompanied" not in corpus.get("36(4)(a)(ii)").text
    assert p.lead.endswith("shall be made either:")


def test_article_36_4_b_follows_the_flush_line(corpus):
    assert corpus.get("36(4)").children == ("36(4)(a)", "36(4)(b)", "36(4)(c)")
    assert corpus.get("36(4)(b)").text.startswith("Each State Party may put forward one candidate")


def test_markers_on_one_line_open_nested_levels(corpus):
    # "(c) (i) Once a proposal ..." in art. 36(2)
    assert corpus.get("36(2)(c)").children == ("36(2)(c)(i)", "36(2)(c)(ii)")
    assert corpus.get("36(2)(c)(i)").text.startswith("Once a proposal for an increase")


def test_inserted_paragraph_3_bis_sits_between_3_and_4(corpus):
    assert corpus.get("25").children == ("25(1)", "25(2)", "25(3)", "25(3 bis)", "25(4)")
    assert corpus.get("25(3 bis)").text.startswith("In respect of the crime of aggression")
    assert corpus.get("25(4)").text.startswith("No provision in this Statute relating to individual")
    assert corpus.get("25(3 bis)").label == "Rome Statute, art. 25(3 bis)"


def test_fourth_level_items_of_article_93_10_b(corpus):
    assert corpus.get("93(10)(b)(i)").children == ("93(10)(b)(i)(a)", "93(10)(b)(i)(b)")
    assert corpus.get("93(10)(b)(ii)").children == ("93(10)(b)(ii)(a)", "93(10)(b)(ii)(b)")
    assert corpus.get("93(10)(b)(i)(a)").text.startswith("The transmission of statements")
    assert corpus.get("93(10)").children == ("93(10)(a)", "93(10)(b)", "93(10)(c)")


def test_article_5_has_letters_directly_under_the_article(corpus):
    art5 = corpus.get("5")
    assert art5.children == ("5(a)", "5(b)", "5(c)", "5(d)")
    assert corpus.get("5(a)").text == "The crime of genocide;"
    assert corpus.get("5(d)").text == "The crime of aggression."
    assert art5.lead.startswith("The jurisdiction of the Court shall be limited")
    assert corpus.get("5(a)").paragraph == "a"


@pytest.mark.parametrize(
    ("key", "title", "paragraphs"),
    [
        ("8 bis", "Crime of aggression", 2),
        ("15 bis", "Exercise of jurisdiction over the crime of aggression (State referral, proprio motu)", 10),
        ("15 ter", "Exercise of jurisdiction over the crime of aggression (Security Council referral)", 5),
    ],
)
def test_kampala_articles_exist(corpus, key, title, paragraphs):
    p = corpus.get(key)
    assert p.kind == "article"
    assert p.article == key
    assert p.article_title == title
    assert len(p.children) == paragraphs
    assert p.label == f"Rome Statute, art. {key}"


def test_article_124_text_comes_from_the_supplement(corpus):
    p = corpus.get("124")
    assert p.text.startswith("Notwithstanding article 12, paragraphs 1 and 2, a State")
    assert p.article_title == "Transitional Provision"
    assert p.part == 13


def test_preamble(corpus):
    p = corpus.get("preamble")
    assert p.text.startswith("The States Parties to this Statute")
    assert p.text.rstrip().endswith("Have agreed as follows:")
    assert p.kind == "preamble"
    assert p.label == "Rome Statute, Preamble"
    assert p.parent is None


def test_news_paragraphs_one_to_nine(corpus):
    news = [p for p in corpus if p.source == NEWS]
    assert [p.id for p in news] == ["news:title"] + [f"news:{n}" for n in range(1, 10)]
    assert corpus.get("news:4").label == "News report, para. 4"
    assert corpus.get("news:4").paragraph == "4"
    assert corpus.get("news:4").kind == "news-paragraph"
    assert all(p.text and p.text == p.text.strip() for p in news)


def test_news_headline(corpus):
    title = corpus.get("news:title")
    assert title.kind == "news-title"
    assert title.label == "News report, headline"
    assert title.text.startswith("U.S. Escalates Standoff With International Criminal Court")


def test_corpus_key_prefixes_only_non_statute_sources():
    assert Corpus.key(STATUTE, "121(3)") == "121(3)"
    assert Corpus.key(NEWS, "4") == "news:4"
    assert Corpus.key(NEWS, "news:4") == "news:4"


def test_sources_are_described(corpus):
    assert corpus.sources[STATUTE].is_law is True
    assert corpus.sources[NEWS].is_law is False
    assert corpus.sources[NEWS].kind == "news report"


# --- whole-corpus invariants ---------------------------------------------------------------------

def test_every_provision_text_is_contiguous_in_its_article(corpus):
    broken = [p.id for p in statute(corpus)
              if p.kind != "preamble" and p.text not in corpus.get(p.article).text]
    assert broken == []


def test_every_child_text_is_inside_its_parent_and_points_back(corpus):
    broken = []
    for p in statute(corpus):
        for key in p.children:
            child = corpus.get(key)
            if child.parent != p.id or child.text not in p.text:
                broken.append(key)
    assert broken == []


def test_no_provision_is_empty_and_leads_are_inside_texts(corpus):
    assert [p.id for p in corpus if not p.text.strip()] == []
    assert [p.id for p in statute(corpus) if p.lead and p.lead not in p.text] == []


def test_no_provision_text_keeps_its_own_number_marker(corpus):
    leaked = [p.id for p in statute(corpus) if p.kind == "paragraph" and re.match(r"\d{1,2}( bis)?\.\s", p.text)]
    assert leaked == []


def test_sibling_markers_run_in_sequence(corpus):
    broken = []
    for p in statute(corpus):
        kids = children_markers(corpus, p.id) if p.children else []
        if not kids:
            continue
        if kids[0].isdigit():
            numbered = [k for k in kids if "bis" not in k]
            ok = numbered == [str(n) for n in range(1, len(numbered) + 1)]
        elif kids[:2] == ["i", "ii"] or kids == ["i"]:
            ok = kids == ROMAN[:len(kids)]
        else:
            ok = kids == LETTERS[:len(kids)]
        if not ok:
            broken.append((p.id, kids))
    assert broken == []


def test_labels_and_ids_agree(corpus):
    wrong = [p.id for p in statute(corpus) if p.label != f"Rome Statute, art. {p.id}" and p.id != "preamble"]
    assert wrong == []
    assert all(split_provision_id(p.id).id == p.id for p in statute(corpus))


def test_part_and_article_title_are_set(corpus):
    p = corpus.get("121(3)")
    assert p.part == 13
    assert p.article_title == "Amendments"
    assert p.part_title == "Final Clauses"
    assert p.breadcrumb == "Part 13. Final Clauses › Article 121. Amendments › art. 121(3)"
    # Article 10 is the one article the official text leaves without a heading.
    untitled = [p.id for p in statute(corpus) if p.kind == "article" and not p.article_title]
    assert untitled == ["10"]
    assert [p.id for p in statute(corpus) if p.kind != "preamble" and p.part is None] == []


def test_articles_lists_preamble_and_every_article_in_order(corpus):
    arts = [p.id for p in corpus.articles()]
    assert arts[:11] == ["preamble", "1", "2", "3", "4", "5", "6", "7", "8", "8 bis", "9"]
    assert arts[-1] == "128"
    assert len(arts) == 1 + 128 + 3
    assert arts.index("15 bis") == arts.index("15") + 1
    assert arts.index("15 ter") == arts.index("15 bis") + 1


def test_ancestors_are_nearest_first(corpus):
    assert [p.id for p in corpus.ancestors("93(10)(b)(i)(a)")] == ["93(10)(b)(i)", "93(10)(b)", "93(10)", "93"]
    assert [p.id for p in corpus.ancestors("8(2)(b)(xxvi)")] == ["8(2)(b)", "8(2)", "8"]
    assert corpus.ancestors("121") == []
    assert corpus.ancestors("news:4") == []
    assert corpus.ancestors("no such key") == []


def test_corpus_version_is_stable_across_loads(corpus):
    again = load_corpus()
    assert again.version == corpus.version
    assert re.fullmatch(r"[0-9a-f]{12}", corpus.version)
    assert len(again) == len(corpus)


def test_missing_corpus_directory_raises_corpus_error(tmp_path):
    with pytest.raises(CorpusError, match="Rome Statute"):
        load_corpus(tmp_path)
