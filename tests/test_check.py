"""Checking a draft's citations (rag/check): finding references and quotations, tying each quotation
to its reference, verifying against the corpus, the renderings, the inputs and ``rag check``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_ingest import minimal_pdf

from rag.check import Attribution, Status, check_text
from rag.check import render as check_render
from rag.check.finding import find, paragraphs, sentences
from rag.check.inputs import read_draft
from rag.corpus.loader import load_corpus
from rag.errors import InputError
from ui.cli import cli

DATA = Path(__file__).resolve().parent / "data" / "check"
ARTICLE_27_1 = "This Statute shall apply equally to all persons"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


@pytest.fixture(scope="module")
def planted(assistant):
    return assistant.check((DATA / "planted.md").read_text(encoding="utf-8"), name="planted.md", fmt="markdown")


@pytest.fixture(scope="module")
def clean(assistant):
    return assistant.check((DATA / "clean_memo.md").read_text(encoding="utf-8"), name="clean_memo.md")


def no_candidates(_: str) -> list:
    return []


def verdict(report, snippet: str):
    """The finding whose reference or quotation starts with ``snippet`` (whitespace-insensitive)."""
    want = " ".join(snippet.split())
    found = [f for f in report.findings
             if " ".join((getattr(f, "quote", None) or getattr(f, "written", "")).split()).startswith(want)]
    assert len(found) == 1, f"{snippet!r}: {[f.message for f in found]}"
    return found[0]


# ── Acceptance: every planted error is found, the clean memo raises no alarm ────────────────────

PLANTED = [
    # (the reference or quotation as written, status, what the message must say)
    ("official capacity as a Head of State or Government, a member", Status.MISATTRIBUTED,
     "Cited to art. 28, but these words are not there: they are verbatim in art. 27(1)"),  # wrong article number
    ("The adoption of an amendment", Status.MISQUOTED,
     "The draft has “simple” where the text has “two-thirds”"),  # a misquote
    ("an amendment shall enter into force", Status.MISATTRIBUTED,
     "Cited to art. 121(3), but these words are not there: they are verbatim in art. 121(4)"),  # wrong paragraph
    ("Article 130", Status.NO_SUCH_PROVISION, "The Rome Statute has no article 130"),  # non-existent article
    ("121(8)", Status.NO_SUCH_PROVISION, "Article 121 has no provision 121(8)"),  # non-existent paragraph
    ("official capacity as a Head of State or Government …", Status.MISQUOTED,
     "the words left out"),  # an ellipsis that cuts "in no case": the meaning is reversed
    ("the Security Council may veto", Status.NOT_FOUND, "nor anywhere in the corpus"),  # an invented quotation
]


@pytest.mark.parametrize(("snippet", "status", "says"), PLANTED, ids=[p[0][:30] for p in PLANTED])
def test_acceptance_every_planted_error_is_found(planted, snippet, status, says):
    f = verdict(planted, snippet)
    assert f.status is status and f.status.fails
    assert says in f.message


def test_acceptance_the_planted_errors_are_the_only_alarms(planted):
    assert len(planted.failures) == len(PLANTED)
    assert not planted.ok


def test_acceptance_a_clean_memo_raises_no_alarm(clean):
    assert clean.ok and clean.failures == [] and clean.warnings == []
    assert len(clean.references) >= 12 and len(clean.quotes) >= 7
    # The one quotation that is someone else's words is left alone, not flagged.
    others = [f for f in clean.findings if f.status is not Status.OK]
    assert [(f.status, f.attribution) for f in others] == [(Status.NOT_CHECKED, Attribution.NONE)]


def test_an_ellipsis_is_allowed_when_each_part_is_verbatim_and_in_order(planted, clean):
    assert verdict(planted, "Immunities or special procedural rules …").status is Status.OK
    cut = verdict(clean, "shall in no case exempt a person …")
    assert cut.status is Status.OK and cut.found_in.short_label == "art. 27(1)"


def test_a_misquote_shows_the_closest_passage_and_its_similarity(planted):
    f = verdict(planted, "The adoption of an amendment")
    assert f.closest.provision.short_label == "art. 121(3)"
    assert 0.9 <= f.closest.similarity < 1
    assert ("simple", "two-thirds") in f.closest.differences
    assert "two-thirds majority of States Parties" in f.closest.passage


def test_a_quotation_not_in_the_corpus_still_names_the_closest_passage(planted):
    f = verdict(planted, "the Security Council may veto")
    assert f.closest is not None and 0 < f.closest.similarity < 0.6
    assert f"similarity {f.closest.similarity:.2f}" in f.message


# ── Verification rules on small texts ────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "status", "says"),
    [
        (f"Article 27(1) says “{ARTICLE_27_1}”.", Status.OK, "Verbatim in art. 27(1)"),
        (f"Article 27 says “{ARTICLE_27_1}”.", Status.OK, "Verbatim in art. 27"),  # the article holds its paragraphs
        (f"Article 27(2) says “{ARTICLE_27_1}”.", Status.MISATTRIBUTED, "verbatim in art. 27(1)"),
        (f"Article 130 says “{ARTICLE_27_1}”.", Status.MISATTRIBUTED, "which does not exist"),
        (f"The Statute is clear: “{ARTICLE_27_1}”.", Status.OK, "Verbatim in art. 27(1)"),
        (f"Everyone knows that “{ARTICLE_27_1}”.", Status.UNCITED, "add the pinpoint"),
        ("Everyone knows that “This Statute shall apply equally to most persons”.", Status.MISQUOTED, "Close to"),
        ("Article 27(1) says “This Statute shall apply equally … without any distinction based on official "
         "capacity”.", Status.OK, "Verbatim in art. 27(1)"),  # "to all persons" left out: no negation, in order
        ("Article 27(1) says “This Statute shall apply equally to all … capacity”.", Status.MISQUOTED,
         "too short"),  # a one-word part could be spliced from anywhere
        ("Article 27(1) says “based on official capacity … This Statute shall apply equally”.", Status.MISQUOTED,
         "not in the order quoted"),
        ("Article 27(1) says “constitute a ground for reduction of sentence. 2. Immunities or special procedural "
         "rules”.", Status.MISATTRIBUTED, "runs beyond it"),
        ("Article 1 of the report says “the Court must never become a tool”.", Status.NOT_CHECKED, "not checked"),
    ],
)
def test_quotation_verdicts(corpus, text, status, says):
    report = check_text(text, corpus, lambda _: [corpus.get("27(1)"), corpus.get("16")])
    assert [q.status for q in report.quotes] == [status]
    assert says in report.quotes[0].message


def test_an_empty_or_oversized_draft_is_an_input_error(corpus):
    with pytest.raises(InputError, match="empty"):
        check_text("  \n", corpus, no_candidates)
    with pytest.raises(InputError, match="limit"):
        check_text("a" * 1_000_001, corpus, no_candidates)


# ── Finding references and quotations; the attribution rule ──────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Crimes are listed in arts. 5–8 of the Statute.", [("arts. 5–8", ("5", "6", "7", "8"))]),
        ("See paragraph 3 of article 121.", [("paragraph 3 of article 121", ("121(3)",))]),
        ("Rome Statute, Article 27 applies.", [("Article 27", ("27",))]),
        ("Both art. 121(3) and art. 121(4) apply.", [("art. 121(3)", ("121(3)",)), ("art. 121(4)", ("121(4)",))]),
        ("Article 8 bis defines aggression.", [("Article 8 bis", ("8 bis",))]),
        ("An amendment under 121(8) is void.", [("121(8)", ("121(8)",))]),
        ("Self-defence under Article 51 of the UN Charter differs.", []),
        ("As section 2(b) of the memo and rule 145 say.", []),
        ("Article 3 common to the Geneva Conventions applies.", []),
        ("In 1998, 120 States voted for it on 17 July.", []),
        ("He wrote “in accordance with article 121 of it” yesterday.", []),  # the quotation's words, not a citation
    ],
)
def test_references_are_found_with_where_they_are_written(text, mentions):
    draft = find(text)
    assert [(m.written, m.ids) for m in draft.mentions] == mentions
    assert all(text[m.start:m.end] == m.written for m in draft.mentions)


Q = f"“{ARTICLE_27_1}”"


@pytest.mark.parametrize(
    ("text", "attribution", "ids"),
    [
        (f"Article 27(1) provides that {Q}.", Attribution.SENTENCE, ("27(1)",)),
        (f"{Q} (art. 27(1)).", Attribution.PINPOINT, ("27(1)",)),
        (f"{Q} (Rome Statute, art. 27(1)), unlike art. 28.", Attribution.PINPOINT, ("27(1)",)),
        (f"{Q}, as article 27(1) puts it.", Attribution.SENTENCE, ("27(1)",)),
        (f"Article 28 differs. Article 27(1) provides that {Q}.", Attribution.SENTENCE, ("27(1)",)),
        (f"Article 27 is clear. It provides: {Q}.", Attribution.PARAGRAPH, ("27",)),
        (f"Article 27 is clear. A delegate said {Q}.", Attribution.NONE, ()),
        (f"Article 27(1) provides:\n\n> {ARTICLE_27_1}\n", Attribution.LEAD_IN, ("27(1)",)),
        (f"The Rome Statute says {Q}.", Attribution.STATUTE, ()),
        (f"A delegate said {Q}.", Attribution.NONE, ()),
    ],
)
def test_a_quotation_is_attributed_to_its_nearest_reference(text, attribution, ids):
    draft = find(text)
    [site] = draft.quotes
    assert site.attribution is attribution
    assert (draft.mentions[site.mention].ids if site.mention is not None else ()) == ids


def test_two_quotations_in_one_sentence_each_take_the_reference_before_them():
    draft = find("Article 5 covers “the most serious crimes of concern”, while article 8 lists “grave breaches "
                 "of the Geneva Conventions”.")
    assert [draft.mentions[q.mention].ids for q in draft.quotes] == [("5",), ("8",)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("See art. 27. Then see art. 28.", 2),
        ("The Court, e.g. in art. 27, applies it. Next.", 2),
        ("He said “It ends. Then more.” and left. Next one.", 2),  # no break inside a quotation
        ("The U.S. objected. Others did not.", 2),
    ],
)
def test_sentences_do_not_end_after_abbreviations_or_inside_quotations(text, count):
    draft = find(text)
    [para] = paragraphs(text)
    assert len(sentences(text, para, [])) >= count - 1
    assert len(draft.sentences) == count


# ── Renderings ───────────────────────────────────────────────────────────────────────────────────


def test_the_text_report_has_a_line_per_finding_and_the_provisions_to_read(clean, planted):
    out = check_render.text(planted)
    assert out.startswith("planted.md: 8 references to the Statute, 6 quotations — 7 problems.")
    assert "✗ line 15: Article 130 (art. 130) — no such provision." in out
    beside = check_render.text(clean).split("to read beside it:")[1]
    assert "Rome Statute, art. 16: No investigation or prosecution" in beside  # no quotation cites it
    assert "Rome Statute, art. 121(3):" not in beside  # quoted already


def test_the_json_report_carries_every_finding(planted):
    data = json.loads(json.dumps(check_render.to_dict(planted)))
    assert data["ok"] is False and data["counts"] == {"references": 8, "quotations": 6, "problems": 7,
                                                      "warnings": 0}
    misquote = next(f for f in data["findings"] if f["status"] == "misquoted" and f["closest"])
    assert misquote["closest"]["label"] == "Rome Statute, art. 121(3)"
    assert {"draft": "simple", "text": "two-thirds"} in misquote["closest"]["differences"]
    reference = next(f for f in data["findings"] if f["type"] == "reference" and f["status"] == "ok")
    assert reference["provision"]["text"] and reference["line"] >= 1


def test_the_annotated_html_marks_each_item_and_escapes_the_draft(assistant):
    report = assistant.check(f"<script>alert(1)</script> Article 130 and “{ARTICLE_27_1}” (art. 27(1)).")
    page = check_render.html(report)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.startswith("<!DOCTYPE html>") and 'id="ck-finding-1"' in page
    assert 'class="ck-mark ck-ref ck-no-such-provision ck-fail"' in page
    fragment = check_render.html(report, standalone=False)
    assert "<html" not in fragment and 'class="ck-report"' in fragment


def test_the_annotated_markdown_puts_footnotes_after_each_item(planted):
    md = check_render.markdown(planted)
    assert "Article 130[^7] sets out" in md
    assert "[^7]: ✗ **no such provision** — The Rome Statute has no article 130" in md
    assert md.count("[^") == 2 * len(planted.findings)


# ── Inputs: every format through the readers ────────────────────────────────────────────────────


def _statuses(assistant, path: Path) -> dict[str, Status]:
    draft = read_draft(path)
    report = assistant.check(draft.text, name=draft.name, fmt=draft.format)
    return {(getattr(f, "written", None) or f.quote.split()[0]): f.status for f in report.findings}


def test_an_html_draft_is_read_as_its_text(assistant):
    found = _statuses(assistant, DATA / "planted.html")
    assert found["an"] is Status.MISATTRIBUTED and found["Article 130"] is Status.NO_SUCH_PROVISION
    assert found["Article 16"] is Status.OK and "alert" not in read_draft(DATA / "planted.html").text


def test_a_docx_draft_is_read_paragraph_by_paragraph(assistant, tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Memo", level=1)
    document.add_paragraph("Article 130 governs the budget.")
    document.add_paragraph(f"Article 27(2) provides that “{ARTICLE_27_1}”.")
    table = document.add_table(rows=1, cols=1)
    table.rows[0].cells[0].text = "See art. 121(8)."
    document.save(tmp_path / "memo.docx")
    found = _statuses(assistant, tmp_path / "memo.docx")
    assert found == {"Article 130": Status.NO_SUCH_PROVISION, "Article 27(2)": Status.OK,
                     "This": Status.MISATTRIBUTED, "art. 121(8)": Status.NO_SUCH_PROVISION}


def test_a_pdf_draft_is_read_page_by_page(assistant, tmp_path):
    path = tmp_path / "brief.pdf"
    path.write_bytes(minimal_pdf([["Article 130 governs the budget."],
                                  [f'Article 28 provides that "{ARTICLE_27_1}".']]))
    found = _statuses(assistant, path)
    assert found["Article 130"] is Status.NO_SUCH_PROVISION and found["This"] is Status.MISATTRIBUTED


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("memo.docx", b"not a zip", "not a readable Word"),
        ("memo.odt", b"x", "reads .pdf"),
        ("memo.txt", b"\xff\xfe bad", "not UTF-8"),
    ],
)
def test_unreadable_drafts_are_input_errors_saying_what_to_do(tmp_path, name, content, says):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=says):
        read_draft(path)


# ── rag check ────────────────────────────────────────────────────────────────────────────────────


def test_rag_check_exits_1_on_a_draft_with_errors_and_0_on_a_clean_one(run):
    bad = run("check", str(DATA / "planted.md"))
    assert bad.exit_code == 1 and "7 problems" in bad.output and "✗ line 15: Article 130" in bad.output
    good = run("check", str(DATA / "clean_memo.md"))
    assert good.exit_code == 0 and "no problems" in good.output


def test_rag_check_reads_standard_input_and_prints_json(monkeypatch, shared_data_dir, assistant):
    monkeypatch.setenv("RAG_DATA_DIR", str(shared_data_dir))
    result = CliRunner().invoke(cli, ["check", "--json", "-"], input="Article 130 is cited here.")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["name"] == "-" and data["findings"][0]["status"] == "no-such-provision"


def test_rag_check_writes_the_annotated_copies(run, tmp_path):
    result = run("check", str(DATA / "clean_memo.md"), "--html", str(tmp_path / "memo.html"),
                 "--markdown", str(tmp_path / "memo.md"))
    assert result.exit_code == 0
    assert "ck-finding-1" in (tmp_path / "memo.html").read_text(encoding="utf-8")
    assert "[^1]: ✓ **ok**" in (tmp_path / "memo.md").read_text(encoding="utf-8")


def test_rag_check_on_a_missing_file_is_a_one_line_error(run, tmp_path):
    result = run("check", str(tmp_path / "nowhere.md"))
    assert result.exit_code == 2 and "No such file" in result.output


@pytest.mark.parametrize(("raw", "text"), [
    (b"Art. 27.\r\nSecond line.\rThird.", "Art. 27.\nSecond line.\nThird."),
    ("\ufeffArticle 5 — “genocide”".encode(), "Article 5 — “genocide”"),
])
def test_a_draft_on_standard_input_is_read_like_a_text_file(raw, text):
    from rag.check.inputs import read_draft_bytes

    assert read_draft_bytes(raw).text == text


@pytest.mark.parametrize(("raw", "message"), [(b"\xff\xfe\x00bad", "not UTF-8"), (None, "limit")])
def test_a_draft_on_standard_input_that_cannot_be_checked_says_why(raw, message):
    from rag.check.inputs import MAX_FILE_BYTES, read_draft_bytes
    from rag.errors import InputError

    with pytest.raises(InputError, match=message):
        read_draft_bytes(raw if raw is not None else b"a" * (MAX_FILE_BYTES + 1))
