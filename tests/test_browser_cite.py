"""Citations in the browser: the ¶ link by keyboard, the reference's preview with its
quotation, "Cite this page" and its copy button (Clipboard API, and without it), and the
search results' outlet and date. On the example dossier, served (test_browser's fixtures)."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

import test_browser
from test_browser import CHROMIUM, SCREENSHOTS

# test_browser's fixtures: the example dossier built, served, and a browser and a page on it
site, base_url, browser, page = test_browser.site, test_browser.base_url, test_browser.browser, test_browser.page

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")

ARTICLE = "articles/lemonde-ofast-sting.html"
SUMMARY = "summaries/ofast-sting.html"
QUOTE = "some people had helped themselves"     # quoted by the summary from the article


def test_a_paragraph_link_is_reached_by_keyboard_shown_on_focus_and_named(page, base_url):
    page.goto(base_url + ARTICLE)
    link = page.locator("#p-2 .para-link")
    assert link.evaluate("e => getComputedStyle(e).opacity") == "0"        # out of sight until wanted
    for _ in range(200):                                                   # Tab from the top of the page
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('para-link')"):
            break
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#p-1"
    page.keyboard.press("Tab")
    while not page.evaluate("document.activeElement.classList.contains('para-link')"):
        page.keyboard.press("Tab")                                         # (past the links in paragraph 2)
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#p-2"
    assert link.evaluate("e => getComputedStyle(e).opacity") == "1"
    assert page.get_by_role("link", name="Link to paragraph 2", exact=True).count() == 1
    page.keyboard.press("Enter")
    page.wait_for_url("**/" + ARTICLE + "#p-2", timeout=5_000)   # (the fragment follows the key press)
    assert page.evaluate("document.querySelector(':target').id") == "p-2"
    assert page.errors == []


@pytest.mark.parametrize("width", [1280, 390])
def test_a_references_preview_shows_its_quotation_on_focus_and_hover(browser, base_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(base_url + SUMMARY)
    reference = page.locator(".citation.with-quote .cite-ref").first
    preview = reference.locator(".cite-preview")
    assert not preview.is_visible()
    expect(reference).to_have_accessible_description(re.compile(QUOTE))   # for a screen reader, not a title
    expect(reference).to_have_accessible_name("1")
    assert QUOTE not in page.locator(".prose.body").inner_text()           # not repeated in the sentence
    reference.focus()
    box = preview.bounding_box()
    assert box["width"] > 200 and QUOTE in preview.inner_text()
    assert 0 <= box["x"] and box["x"] + box["width"] <= width             # never off a narrow screen
    assert box["y"] > reference.bounding_box()["y"]                        # under the line
    page.keyboard.press("Escape")                                           # dismissed where it is
    assert not preview.is_visible()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    assert preview.is_visible()                                             # and shown again on coming back
    page.locator("h1").click()                                              # focus elsewhere: hidden again
    assert not preview.is_visible()
    reference.hover()
    assert preview.is_visible() and preview.bounding_box()["width"] > 200
    page.screenshot(path=str(SCREENSHOTS / f"citation-preview-{width}.png"))
    context.close()


def test_the_copy_button_copies_the_citation_and_says_so(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.split("/dossier/")[0])
    page = context.new_page()
    page.goto(base_url + ARTICLE)
    line = page.locator("#cite-this-text").inner_text()
    assert line.startswith("Le Monde (English edition), “The Marseille police tried to set up a drug lord")
    assert line.endswith(ARTICLE)
    button = page.get_by_role("button", name="Copy citation")
    button.click()
    status = page.locator(".cite-this [role=status]")
    page.wait_for_function("document.querySelector('.cite-this [role=status]').textContent === 'Copied'")
    assert page.evaluate("navigator.clipboard.readText()") == line
    assert status.inner_text() == "Copied"
    context.close()


def test_without_the_clipboard_api_the_line_is_selected_and_copied_the_older_way(browser, site):
    """From a file (no server), with the Clipboard API taken away: the line is selected and
    the older copy command used; the reader is told what happened either way."""
    context = browser.new_context(viewport={"width": 390, "height": 900})
    context.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    page = context.new_page()
    page.goto(site.joinpath(*SUMMARY.split("/")).as_uri())
    page.get_by_role("button", name="Copy citation").click()
    page.wait_for_function("document.querySelector('.cite-this [role=status]').textContent !== ''")
    status = page.locator(".cite-this [role=status]").inner_text()
    assert status == "Copied" or status.startswith("Selected: press Ctrl+C")
    assert page.evaluate("getSelection().toString()") == page.locator("#cite-this-text").inner_text()
    assert page.locator("#cite-this-text").inner_text().startswith("Example research desk, “The Ofast Marseille affair")
    context.close()


def test_without_the_script_the_copy_button_is_not_shown(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + ARTICLE)
    assert not page.get_by_role("button", name="Copy citation").is_visible()
    assert page.locator("#cite-this-text").is_visible()
    context.close()


def test_an_article_result_shows_its_outlet_and_date(page, base_url):
    page.goto(base_url + "search/index.html?q=locksmith")
    results = page.locator(".search-results .search-result")
    results.filter(has_text="21 May 2025").first.wait_for(timeout=10_000)   # (results come in as they load)
    texts = results.all_inner_texts()
    # (the outlet as described in dossier.yaml: the article writes it under its alias)
    assert any(t.startswith("ARTICLE") and "Le Monde · 21 May 2025 · News report" in t for t in texts), texts
    assert not any(re.search(r"\[ ?\d|¶|Cite this page", t) for t in texts), texts
    assert page.errors == []


def test_the_home_pages_sidebar_does_not_repeat_the_lead_summary(page, base_url):
    page.goto(base_url + "index.html")
    lead = page.locator(".lead-summary h2 a").inner_text()
    side = page.locator(".home-side").inner_text()
    assert lead and lead not in side and "other summaries" in side.lower()
