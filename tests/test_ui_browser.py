"""The web UI in a real headless browser (Debian's Chromium through Playwright).

The app is served on a free loopback port by the tests themselves; screenshots are left in
tests/artifacts/ (ui-*.png) for a developer to look at.
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from pathlib import Path

import pytest
from helpers import served as serving

CHROMIUM = "/usr/bin/chromium"
if not os.path.exists(CHROMIUM):
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); .ci/run installs it",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e .[dev])")

from openai_server import Reply, ScriptedOpenAIServer, sources_in  # noqa: E402

from ui.web.app import build_app  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.slow]

AMEND = "What does amending the statute require?"
FOLLOW_UP = "And who can propose one?"
XSS = "<img src=x onerror=alert(1)><script>alert(2)</script>"
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
LLM_KEY = "sk-test-ui-0123456789"


@contextmanager
def served(assistant, auth=None):
    with serving(build_app(assistant), auth) as url:
        yield url


@pytest.fixture(scope="module")
def url(assistant):
    with served(assistant) as address:
        yield address


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


class Watch:
    """What a page did that it must not: dialogs, uncaught errors, requests off this machine."""

    def __init__(self, page, base: str) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.external: list[str] = []
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: None if r.url.startswith((base, "data:", "blob:"))
                else self.external.append(r.url))

    def check(self) -> None:
        assert self.dialogs == [], "a dialog fired"
        assert self.errors == []
        assert self.external == [], "the page reached outside 127.0.0.1"


@contextmanager
def open_page(browser, base: str, viewport=DESKTOP):
    page = browser.new_page(viewport=viewport)
    watch = Watch(page, base.rstrip("/"))
    page.goto(base)
    page.wait_for_selector("#rs-question textarea", timeout=30_000)
    try:
        yield page, watch
    finally:
        page.close()
    watch.check()


def ask(page, question: str, *, enter: bool = False) -> None:
    """Type ``question`` and send it; wait until its answer (or error) has replaced the placeholder."""
    answers = page.locator('#rs-chat [data-testid="bot"]').count()
    page.fill("#rs-question textarea", question)
    if enter:
        page.press("#rs-question textarea", "Enter")
    else:
        page.click("#rs-send")
    page.wait_for_function(
        """(n) => { const bots = document.querySelectorAll('#rs-chat [data-testid="bot"]');
                    return bots.length > n && !bots[bots.length - 1].querySelector('.rs-pending'); }""",
        arg=answers, timeout=60_000)
    # The chat scrolls to the question just asked (as far as it can), so its answer reads from the start.
    page.wait_for_function(
        """() => { const users = document.querySelectorAll('#rs-chat [data-testid="user"]');
                   const box = document.querySelector('#rs-chat .bubble-wrap');
                   const top = users[users.length - 1].getBoundingClientRect().top - box.getBoundingClientRect().top;
                   const atEnd = box.scrollTop >= box.scrollHeight - box.clientHeight - 2;
                   return top >= -2 && (top < 60 || atEnd); }""", timeout=5_000)


def last_answer(page):
    return page.locator('#rs-chat [data-testid="bot"]').last


def shot(page, artifacts_dir, name: str, full_page: bool = False) -> None:
    page.screenshot(path=str(artifacts_dir / f"ui-{name}.png"), full_page=full_page)


# ── The acceptance conversation ─────────────────────────────────────────────────────────────────


def test_amendment_question_then_follow_up(browser, url, artifacts_dir):
    with open_page(browser, url) as (page, _):
        assert page.locator(".rs-badge").inner_text() == "Offline answer: quotes from the texts"
        ask(page, AMEND)
        answer = last_answer(page)
        assert "seven-eighths" in answer.inner_text()
        assert answer.locator(".rs-chip", has_text="art. 121(4)").count() == 1
        card = page.locator("#rs-sources .rs-card", has=page.locator(".rs-pinpoint", has_text=re.compile(r"^art\. 121\(4\)$")))
        assert card.count() == 1
        assert "Part 13 — Final Clauses › Article 121 — Amendments" in card.inner_text()
        assert "Except as provided in paragraph 5" in card.inner_text()
        shot(page, artifacts_dir, "desktop-answer")

        ask(page, FOLLOW_UP, enter=True)
        answer = last_answer(page)
        assert answer.locator(".rs-chip").first.inner_text() == "[1] art. 121(1)"
        assert "seven years" in answer.inner_text() and "any State Party may propose" in answer.inner_text()
        assert page.locator("#rs-sources .rs-panel:not([hidden]) .rs-for").inner_text() == f"For: “{FOLLOW_UP}”"
        first = page.locator("#rs-sources .rs-panel:not([hidden]) .rs-card").first
        assert first.locator(".rs-pinpoint").inner_text() == "art. 121(1)"
        assert "any State Party may propose amendments" in first.locator("mark").inner_text()
        assert page.locator('#rs-chat [data-testid="user"]').count() == 2  # the conversation is kept
        shot(page, artifacts_dir, "desktop-follow-up")

        assert not page.locator('#rs-chat button[aria-label="Clear"]').is_visible()  # no clearing without asking
        page.click("#rs-clear")  # asks first
        page.click("#rs-clear-no")
        assert page.locator('#rs-chat [data-testid="bot"]').count() == 2
        page.click("#rs-clear")
        page.click("#rs-clear-yes")
        page.locator("#rs-sources .rs-empty").wait_for()
        assert page.locator('#rs-chat [data-testid="bot"]').count() == 0


def test_a_citation_opens_in_the_statute_browser_with_one_click(browser, url, artifacts_dir):
    with open_page(browser, url) as (page, _):
        ask(page, AMEND)
        card = page.locator("#rs-sources .rs-panel:not([hidden]) .rs-card",
                            has=page.locator(".rs-pinpoint", has_text=re.compile(r"^art\. 121\(4\)$")))
        card.locator("button.rs-open").click()
        focus = page.locator("#rs-article .rs-in-focus")
        focus.wait_for(timeout=10_000)
        assert page.locator("#rs-tab-browser").is_visible()
        assert "seven-eighths of them" in focus.inner_text() and focus.count() == 1
        assert page.locator("#rs-article h2").inner_text() == "Article 121 Amendments"
        assert page.locator("#rs-article-dd input").input_value() == "Article 121 — Amendments"
        assert page.locator("#rs-part input").input_value() == "Part 13 — Final Clauses"
        assert page.locator("#rs-article .rs-cite-label").inner_text() == "Rome Statute, art. 121(4)"  # the pinpoint
        page.wait_for_function("() => new URLSearchParams(location.search).get('p') === '121(4)'",
                               timeout=5_000)  # the address bar links to what is shown
        shot(page, artifacts_dir, "desktop-statute-browser")


def test_the_statute_browser_reads_parts_articles_and_typed_references(browser, url):
    with open_page(browser, url) as (page, _):
        page.get_by_role("tab", name="Statute browser").click()
        assert page.locator("#rs-article h2").inner_text() == "Preamble"  # where the Statute begins
        assert page.locator("#rs-part input").input_value() == "Preamble"
        page.fill("#rs-goto input", "art. 16")
        page.press("#rs-goto input", "Enter")
        page.locator("#rs-article h2", has_text="Article 16").wait_for()
        assert "Deferral of investigation or prosecution" in page.locator("#rs-article h2").inner_text()
        assert "12 months" in page.locator("#rs-article").inner_text()
        page.click("#rs-next")
        page.locator("#rs-article h2", has_text="Article 17").wait_for()
        page.fill("#rs-goto input", "121(3)")
        page.click("#rs-goto-btn")
        page.locator("#rs-article .rs-in-focus", has_text="two-thirds majority").wait_for()
        page.fill("#rs-goto input", "art. 999")
        page.click("#rs-goto-btn")
        page.locator("#rs-browser-note .rs-notice", has_text="no article 999").wait_for()
        assert "rag " not in page.locator("#rs-browser-note").inner_text()  # written for the web
        assert "Article 121" in page.locator("#rs-article h2").inner_text()  # still showing the last one
        page.fill("#rs-goto input", "genocide")  # words, not a reference: a full-text search
        page.press("#rs-goto input", "Enter")
        hits = page.locator("#rs-browser-note .rs-hit")
        hits.first.wait_for()
        assert "art. 6" in hits.all_inner_texts()
        assert page.locator("#rs-browser-note mark.rs-quote").first.inner_text().lower() == "genocide"
        page.locator("#rs-browser-note .rs-hit", has_text=re.compile(r"^art\. 6$")).click()
        page.locator("#rs-article h2", has_text="Article 6").wait_for()
        assert page.locator("#rs-article-dd input").input_value() == "Article 6 — Genocide"  # the dropdowns follow
        page.click("#rs-part input")
        page.get_by_role("option", name="Part 7 — Penalties").click()
        page.locator("#rs-article h2", has_text="Article 77").wait_for()
        page.click("#rs-article-dd input")
        page.get_by_role("option", name="Article 78 — Determination of the sentence").click()
        page.locator("#rs-article h2", has_text="Article 78").wait_for()


# ── Refusals, errors, news, and never running what is rendered ─────────────────────────────────


def test_html_in_a_question_is_shown_as_text_and_never_run(browser, url, artifacts_dir):
    with open_page(browser, url) as (page, watch):
        ask(page, XSS)
        page.wait_for_timeout(500)
        assert watch.dialogs == []
        assert page.locator('#rs-chat [data-testid="user"]').last.inner_text().strip() == XSS
        assert page.locator("#rs-chat img[src='x'], #rs-sources img, #rs-chat script").count() == 0
        ask(page, f"What does article 16 say? {XSS}")
        assert watch.dialogs == []
        assert XSS in page.locator("#rs-sources .rs-panel:not([hidden]) .rs-for").inner_text()
        shot(page, artifacts_dir, "desktop-escaped-html")


def test_a_refusal_is_visibly_a_refusal(browser, url):
    with open_page(browser, url) as (page, _):
        ask(page, "What is the capital of France?")
        answer = last_answer(page)
        assert answer.locator(".rs-refused .rs-refusal-h").inner_text().startswith("Not answered")
        assert page.locator("#rs-sources .rs-refusal-box").is_visible()
        assert page.locator("#rs-sources .rs-card").count() == 0


def test_bad_input_is_a_friendly_message_in_the_chat(browser, url):
    with open_page(browser, url) as (page, _):
        ask(page, "Is " + "very " * 450 + "long allowed?")
        error = last_answer(page).locator(".rs-error")
        assert "the limit is 2,000" in error.inner_text()
        assert "Traceback" not in page.content()


def test_the_news_example_is_labelled_claims_not_law(browser, url):
    with open_page(browser, url) as (page, _):
        example = page.locator("#rs-examples button", has_text="news report")
        question = example.inner_text()
        example.click()
        page.locator("#rs-sources .rs-panel:not([hidden]) .rs-card.rs-news").first.wait_for(timeout=60_000)
        assert page.locator('#rs-chat [data-testid="user"]').last.inner_text().strip() == question
        kinds = page.locator("#rs-sources .rs-card.rs-news .rs-kind").all_inner_texts()
        assert kinds and all(k.upper() == "NEWS REPORT — CLAIMS, NOT LAW" for k in kinds)
        page.locator("#rs-sources .rs-card.rs-news button.rs-open").first.click()
        page.locator("#rs-article.rs-news, #rs-article .rs-news").first.wait_for()
        assert page.locator("#rs-article .rs-in-focus").count() == 1
        assert page.locator("#rs-part input").input_value() == ""  # the report is in no Part of the Statute


NESTED_SCROLLERS = """() => [...document.querySelectorAll('body *')].filter((el) => {
    const s = getComputedStyle(el);
    return /(auto|scroll)/.test(s.overflowY) && el.scrollHeight > el.clientHeight + 2 && el.clientHeight > 0
           && !['TEXTAREA', 'INPUT', 'SELECT'].includes(el.tagName);
  }).map((el) => el.id || el.className || el.tagName)"""


def test_phone_width_has_one_scroll_and_each_answer_keeps_its_sources_under_it(browser, url, artifacts_dir):
    with open_page(browser, url, PHONE) as (page, _):
        ask(page, AMEND)
        ask(page, FOLLOW_UP)
        assert page.evaluate(NESTED_SCROLLERS) == []  # no scroll box inside the page
        assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"]
        first = page.locator('#rs-chat [data-testid="bot"]').first
        details = first.locator("details.rs-inline")
        assert details.is_visible() and not details.get_attribute("open")
        first.locator("a.rs-chip").nth(2).click()  # a chip opens this answer's sources, under it
        mini = first.locator(".rs-mini").nth(2)
        mini.wait_for()
        assert "art. 121(" in mini.inner_text()
        sync_api.expect(mini).to_be_in_viewport()
        assert "seven-eighths" in first.locator(".rs-mini", has_text="art. 121(4)").first.inner_text()
        shot(page, artifacts_dir, "phone-answer")
        page.screenshot(path=str(artifacts_dir / "ui-phone-full.png"), full_page=True)
        first.locator(".rs-mini a.rs-open-link").first.click()  # opens the provision in place
        page.locator("#rs-article .rs-in-focus").wait_for()
        page.wait_for_timeout(1000)
        top = page.evaluate("document.querySelector('#rs-article .rs-focus').getBoundingClientRect().top")
        assert 0 <= top <= PHONE["height"] - 40  # scrolled to the highlighted paragraph
        assert page.evaluate(NESTED_SCROLLERS) == []
        shot(page, artifacts_dir, "phone-statute-browser")


# ── The workbench: the short answer, honest quotes, sources per answer, links, export, upload ──


def bot_answers(page):
    return page.locator('#rs-chat [data-testid="bot"]')


def test_the_first_line_answers_who_can_propose_an_amendment(browser, url, artifacts_dir):
    with open_page(browser, url) as (page, _):
        ask(page, "Who can propose an amendment?")
        lead = last_answer(page).locator(".rs-lead")
        assert lead.locator(".rs-pin").first.inner_text() == "art. 121(1)"
        assert "any State Party may propose amendments" in lead.locator(".rs-b").first.inner_text()
        # Inside the full quotes below, only what the lead quotes is highlighted, that clause first.
        marked = last_answer(page).locator("mark.rs-lead-mark").all_inner_texts()
        leads = " ".join(lead.locator(".rs-b").all_inner_texts())
        assert marked and "any State Party may propose amendments" in marked[0]
        assert all(m.strip() in leads for m in marked)
        card = page.locator("#rs-sources .rs-panel:not([hidden]) .rs-card").first
        assert card.locator("mark").inner_text().startswith("After the expiry of seven years")
        shot(page, artifacts_dir, "desktop-lead")


def test_no_quote_of_art_8_2_a_drops_items_without_an_ellipsis(browser, url, artifacts_dir):
    with open_page(browser, url) as (page, _):
        ask(page, "What are the grave breaches of the Geneva Conventions?")
        bullets = last_answer(page).locator("p.rs-b", has=page.locator(".rs-pin", has_text=re.compile(r"^art\. 8\(2\)\(a\)$")))
        assert bullets.count() >= 1
        for text in bullets.all_inner_texts():
            quote = text.split("“", 1)[1].rsplit("”", 1)[0]
            assert "(viii)" in quote or quote.rstrip().endswith("…"), quote[-80:]
        minis = last_answer(page).locator(".rs-mini", has_text="art. 8(2)(a)").all_inner_texts()
        assert minis and all("(viii)" in m or "…”" in m for m in minis)
        shot(page, artifacts_dir, "desktop-ellipsis")


def test_clicking_an_older_answer_shows_its_own_sources_and_markers_flash_their_card(browser, url, artifacts_dir):
    with open_page(browser, url) as (page, _):
        ask(page, AMEND)
        ask(page, "Can the Security Council defer an investigation?")
        shown = page.locator("#rs-sources .rs-panel:not([hidden])")
        assert shown.count() == 1 and "art. 16" in shown.locator(".rs-pinpoint").all_inner_texts()
        bot_answers(page).first.locator(".rs-meta").click()  # the older answer
        assert shown.locator(".rs-for").inner_text() == f"For: “{AMEND}”"
        assert "art. 121(4)" in shown.locator(".rs-pinpoint").all_inner_texts()
        assert "art. 16" not in shown.locator(".rs-pinpoint").all_inner_texts()
        bot_answers(page).last.locator("a.rs-ref").first.click()  # a [n] marker of the newer answer
        assert "art. 16" in shown.locator(".rs-pinpoint").all_inner_texts()
        page.locator("#rs-sources .rs-card.rs-flash").wait_for(timeout=3_000)
        shot(page, artifacts_dir, "desktop-older-answer")


def test_a_permalink_opens_the_provision_highlighted_and_copy_citation_copies_label_and_quote(browser, url,
                                                                                              artifacts_dir):
    context = browser.new_context(viewport=DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url.rstrip("/"))
    page = context.new_page()
    try:
        page.goto(url + "?p=121(3)")
        focus = page.locator("#rs-article .rs-in-focus")
        focus.wait_for(timeout=30_000)
        assert "two-thirds majority of States Parties" in focus.inner_text()
        assert "seven-eighths" not in focus.inner_text()
        assert page.locator("#rs-article .rs-cite-label").inner_text() == "Rome Statute, art. 121(3)"
        page.locator("#rs-article button.rs-copy").click()
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.startswith("Rome Statute, art. 121(3): “The adoption of an amendment")
        assert copied.endswith("two-thirds majority of States Parties.”")
        shot(page, artifacts_dir, "desktop-permalink")
        page.goto(url + "?q=" + "Who can propose an amendment?".replace(" ", "+"))  # ?q= asks
        page.locator('#rs-chat [data-testid="bot"] .rs-lead').wait_for(timeout=60_000)
        assert "any State Party may propose amendments" in last_answer(page).inner_text()
        page.wait_for_function("() => !window.location.search.includes('q=')")  # a reload won't ask again
    finally:
        context.close()


def test_the_conversation_survives_a_reload_and_exports_to_word_with_footnoted_quotes(browser, url, artifacts_dir,
                                                                                      tmp_path):
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    context = browser.new_context(viewport=DESKTOP, accept_downloads=True)
    page = context.new_page()
    try:
        page.goto(url)
        page.wait_for_selector("#rs-question textarea", timeout=30_000)
        ask(page, AMEND)
        ask(page, FOLLOW_UP)
        page.reload()
        page.locator('#rs-chat [data-testid="bot"] .rs-answer').nth(1).wait_for(timeout=30_000)
        assert bot_answers(page).count() == 2  # kept in the browser
        assert page.locator("#rs-sources .rs-panel").count() == 2
        page.click("#rs-export")
        links = page.locator("#rs-export-files a")
        links.first.wait_for(timeout=30_000)
        word = page.locator('#rs-export-files a[download$=".docx"]')
        with page.expect_download() as info:
            word.click()
        path = tmp_path / "conversation.docx"
        info.value.save_as(path)
        document = docx.Document(str(path))
        text = "\n".join(p.text for p in document.paragraphs)
        assert AMEND in text and FOLLOW_UP in text and "version" in text
        footnotes = document.part.part_related_by(RT.FOOTNOTES).blob.decode("utf-8")
        assert "Rome Statute, art. 121(4) (law): “Except as provided in paragraph 5" in footnotes
        assert footnotes.count("<w:footnote w:id=") >= 4
        shot(page, artifacts_dir, "desktop-export")
    finally:
        context.close()


def test_an_uploaded_document_is_then_cited(browser, url, assistant, artifacts_dir, tmp_path):
    from pathlib import Path

    memo = tmp_path / "ui-memo.md"
    memo.write_text((Path(__file__).parent / "data" / "ingest" / "memo.md").read_text(encoding="utf-8"))
    with open_page(browser, url) as (page, _):
        page.get_by_role("tab", name="Your documents").click()
        page.locator("#rs-upload input[type=file]").set_input_files(str(memo))
        page.locator("#rs-upload", has_text="ui-memo.md").wait_for(timeout=30_000)
        page.click("#rs-upload-btn")
        try:
            page.locator("#rs-upload-note .rs-notice-ok").wait_for(timeout=60_000)
            assert "ui-memo.md" in page.locator("#rs-docs").inner_text()
            shot(page, artifacts_dir, "desktop-documents")
            page.get_by_role("tab", name="Ask").click()
            ask(page, "When did the Prosecutor open the investigation, according to the memo?")
            chips = last_answer(page).locator("a.rs-chip.rs-doc")
            assert chips.count() >= 1 and "ui-memo.md" in chips.first.inner_text()
            card = page.locator("#rs-sources .rs-panel:not([hidden]) .rs-card.rs-doc").first
            assert card.locator(".rs-kind").inner_text().upper() == "YOUR DOCUMENT — NOT LAW"
            shot(page, artifacts_dir, "desktop-document-cited")
        finally:
            for doc in [d["id"] for d in assistant.sources() if not d["built_in"] and "ui-memo" in d["id"]]:
                assistant.remove_source(doc)


def check_planted_draft(page) -> None:
    """Paste the draft with planted errors into the "Check a draft" tab and check it."""
    page.get_by_role("tab", name="Check a draft").click()
    planted = (Path(__file__).parent / "data" / "check" / "planted.md").read_text(encoding="utf-8")
    page.fill("#rs-draft textarea", planted)
    page.click("#rs-check-btn")
    page.locator("#rs-check-report .ck-summary").wait_for()


def test_the_check_tab_marks_the_planted_errors_in_the_pasted_draft(browser, url, artifacts_dir):
    with open_page(browser, url) as (page, _):
        check_planted_draft(page)
        report = page.locator("#rs-check-report")
        assert "ck-has-problems" in report.locator(".ck-summary").get_attribute("class")
        assert report.locator("mark.ck-fail").count() >= 4  # misquote, wrong paragraph, art. 130, 121(8)
        assert "130" in report.inner_text()
        shot(page, artifacts_dir, "desktop-check")


@pytest.mark.parametrize("view", ["answer", "browser", "documents", "check"])
def test_axe_finds_no_serious_or_critical_violations(browser, url, view, artifacts_dir):
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright",
                                     reason="axe-playwright-python is not installed (pip install -e .[dev])")
    with open_page(browser, url) as (page, _):
        if view == "answer":
            ask(page, AMEND)
        elif view == "browser":
            page.get_by_role("tab", name="Statute browser").click()
            page.fill("#rs-goto input", "121(3)")
            page.press("#rs-goto input", "Enter")
            page.locator("#rs-article .rs-in-focus").wait_for()
        elif view == "check":
            check_planted_draft(page)
        else:
            page.get_by_role("tab", name="Your documents").click()
            page.locator("#rs-upload").wait_for()
        # Gradio dims a component while an event runs: check the page at rest, as a reader sees it.
        page.wait_for_function("() => !document.querySelector('.generating, .pending, .rs-pending')")
        page.wait_for_timeout(1500)
        results = axe_module.Axe().run(page)
        bad = [(v["id"], v["impact"], [(n["target"], n.get("failureSummary", "")[-160:]) for n in v["nodes"]][:3])
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
        assert bad == [], bad
        (artifacts_dir / f"axe-{view}.json").write_text(str(results.response["violations"]))


# ── Login ───────────────────────────────────────────────────────────────────────────────────────


def test_with_auth_the_browser_sees_only_the_login_until_signed_in(browser, assistant):
    with served(assistant, auth=("student", "s3cret-pass")) as base:
        page = browser.new_page(viewport=DESKTOP)
        try:
            page.goto(base)
            page.wait_for_selector("input[type=password]", timeout=30_000)
            assert page.locator("#rs-chat").count() == 0
            username = page.locator("input[data-testid=textbox]")
            username.fill("student")
            page.fill("input[type=password]", "wrong")
            page.get_by_role("button", name="Login").click()
            page.get_by_text("Incorrect Credentials").wait_for(timeout=10_000)
            assert page.locator("#rs-chat").count() == 0
            username.fill("student")
            page.fill("input[type=password]", "s3cret-pass")
            page.get_by_role("button", name="Login").click()
            page.wait_for_selector("#rs-question textarea", timeout=30_000)
        finally:
            page.close()


# ── With an LLM: streaming, the model badge, failures, no secrets ───────────────────────────────


@pytest.fixture(scope="module")
def llm_server():
    with ScriptedOpenAIServer(api_key=LLM_KEY, models=("test-model",)) as server:
        yield server


def cite_first_two(body: dict) -> str:
    """A fluent answer quoting the prompt's first two sources verbatim."""
    (n1, t1), (n2, t2) = sorted(sources_in(body).values())[:2]
    return (f"Amending the Statute follows article 121. It provides that “{' '.join(t1.split()[:9])}” [{n1}], "
            f"and that “{' '.join(t2.split()[:7])}” [{n2}]. Both rules apply together [{n1}][{n2}].")


@pytest.fixture(scope="module")
def llm_url(assistant, llm_server):
    llm = assistant.with_llm(engine="llm", openai_base_url=llm_server.base_url, openai_api_key=LLM_KEY,
                             llm_model="test-model", llm_timeout=30.0, llm_max_retries=0, backoff=0.01)
    with served(llm) as address:
        yield address


def test_llm_answers_stream_in_and_show_the_model(browser, llm_url, llm_server, artifacts_dir):
    llm_server.script(Reply(cite_first_two, chunk_chars=6, chunk_delay=0.12))
    with open_page(browser, llm_url) as (page, _):
        assert page.locator(".rs-badge").inner_text() == "Written by a language model (test-model), quotes checked"
        page.fill("#rs-question textarea", AMEND)
        page.click("#rs-send")
        streaming = page.locator("#rs-chat .rs-pending:not(:has(.rs-searching))")
        streaming.wait_for(timeout=30_000)
        early = streaming.inner_text()
        shot(page, artifacts_dir, "desktop-llm-streaming")
        page.wait_for_timeout(700)
        if streaming.count():
            assert len(streaming.inner_text()) >= len(early)
        page.locator("#rs-chat .rs-cites").wait_for(timeout=30_000)
        answer = last_answer(page).inner_text()
        assert answer.startswith("Amending the Statute follows article 121.")
        assert "language model (test-model)" in answer
        assert len(early) < len(answer)  # it arrived piece by piece
        assert page.locator("#rs-sources .rs-card").count() >= 2
        assert LLM_KEY not in page.content()
        shot(page, artifacts_dir, "desktop-llm")


def test_an_llm_that_is_down_gives_the_offline_answer_with_a_visible_warning(browser, llm_url, llm_server):
    llm_server.script(then=Reply(status=500, text="upstream exploded"))
    with open_page(browser, llm_url) as (page, _):
        ask(page, AMEND)
        warning = last_answer(page).locator(".rs-warn")
        assert "The LLM (test-model) failed" in warning.inner_text()
        assert "Offline answer: quotes from the texts" in last_answer(page).inner_text()
        assert page.locator("#rs-sources .rs-warn").is_visible()
        assert LLM_KEY not in page.content()


def test_an_llm_that_is_not_configured_is_a_friendly_message(browser, assistant):
    unconfigured = assistant.with_llm(engine="llm", openai_api_key=None, openai_base_url=None)
    with served(unconfigured) as base, open_page(browser, base) as (page, _):
        ask(page, AMEND)
        error = last_answer(page).locator(".rs-error")
        assert "OPENAI_API_KEY" in error.inner_text()
        assert "Traceback" not in page.content()
