"""A French article in an English dossier, in a real browser: found by its French words in
another inflection (French stemming), as an English one is by its English words; its page
still passes axe in light and dark."""
from __future__ import annotations

import shutil

import pytest

from conftest import article, write_files
from generator.build import build_site
import test_browser
from test_browser import AXE, CHROMIUM, nu_check, serious_violations, static_host

browser = test_browser.browser   # test_browser's fixture: a headless Chromium
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")

FILES = {
    "dossier.yaml": "title: Horses\nlanguage: en\n",
    "articles/paris.md": article("Le cheval du gouvernement", "Le gouvernement a vendu son cheval au marché de Rungis.",
                                 outlet="Le Monde", published="2024-05-02", language="fr_FR"),
    "articles/london.md": article("Horse sold", "The minister was selling horses at the market in Smithfield.",
                                  outlet="The Times", published="2024-05-03"),
    "summaries/overview.md": "---\ntitle: Overview\n---\n\nA horse was sold [@paris: \"son cheval\"], "
                             "and others [@london].\n",
}


@pytest.fixture(scope="module")
def langsite(tmp_path_factory):
    folder = tmp_path_factory.mktemp("searchlang")
    build_site(write_files(folder / "content", FILES), folder / "site")
    return folder / "site"


@pytest.fixture(scope="module")
def served(langsite):
    with static_host(langsite) as url:
        yield url


def found(page, query: str) -> list[dict]:
    return page.evaluate("""async q => {
        const pf = await window.dossierSearch();
        const search = await pf.search(q);
        return (await Promise.all(search.results.map(r => r.data()))).map(d => ({url: d.url, meta: d.meta}));
    }""", query)


def test_a_french_word_in_another_inflection_finds_the_french_article(browser, served):
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(served + "index.html")
    # "chevaux" is stemmed "cheval" in French only (English stemming leaves it as it is)
    for query in ("chevaux", "gouvernements", "marchés"):
        urls = [r["url"] for r in found(page, query)]
        assert urls == ["/articles/paris.html"], (query, urls)
    # an English word in another inflection finds the English article, with its outlet and date
    results = found(page, "sells")
    assert [r["url"] for r in results] == ["/articles/london.html"]
    assert results[0]["meta"]["outlet"] == "The Times" and results[0]["meta"]["date"]
    french = found(page, "cheval")[0]["meta"]
    assert french["outlet"] == "Le Monde" and french["kind"] == "News report" and french["date"]
    assert errors == []
    page.close()


def test_the_search_page_and_the_header_box_find_both_languages(browser, served):
    page = browser.new_page()
    page.goto(served + "search/index.html?q=marché")
    page.locator(".search-results .search-result").first.wait_for(timeout=15_000)
    assert "Le cheval du gouvernement" in page.locator(".search-results").inner_text()
    # the header box, on the French article's own page (its <html lang> is the site's)
    page.goto(served + "articles/paris.html")
    assert page.evaluate("document.documentElement.lang") == "en"
    page.fill("#site-search-input", "horses")
    page.locator(".search-result").first.wait_for(timeout=15_000)
    assert "Horse sold" in page.locator(".search-result").first.inner_text()
    page.close()


@pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed (make test installs it with npm)")
def test_pages_in_two_languages_pass_axe(browser, served):
    for scheme in ("light", "dark"):
        for width in (1280, 390):
            context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
            page = context.new_page()
            for path in ("articles/paris.html", "summaries/overview.html", "articles/index.html"):
                page.goto(served + path)
                page.wait_for_load_state("networkidle")
                serious = serious_violations(page)
                assert serious == [], f"{path} ({scheme}, {width}px): {serious}"
            context.close()


@pytest.mark.skipif(shutil.which("java") is None, reason="Java is not installed: the Nu HTML checker needs it")
def test_pages_with_lang_validate_with_the_nu_checker(langsite):
    assert 'lang="fr-FR"' in (langsite / "articles" / "paris.html").read_text()
    nu_check(langsite)
