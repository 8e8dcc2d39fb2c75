"""The sources page's filter by kind of source, in Chromium: served and from disk, by mouse
and keyboard, with the outlets' descriptions; and no serious accessibility violation on it
(light and dark, 1280 and 390 px)."""
from __future__ import annotations

import pytest

from conftest import article, write_files
from generator.build import build_site
import test_browser
from test_browser import AXE, static_host

browser, page = test_browser.browser, test_browser.page   # (the fixtures)

OUTLETS = """\
title: "Kinds"
outlets:
  - name: "Le Monde"
    aliases: ["Le Monde (English edition)"]
    kind: newspaper
    country: France
    reliability: "Daily of record."
  - name: "Agence Example"
    kind: agency
    url: https://agency.example
"""


@pytest.fixture(scope="module")
def kinds_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("kinds")
    content = write_files(root / "content", {
        "dossier.yaml": OUTLETS,
        "articles/op.md": article("An op-ed", "It argues.", outlet='"Le Monde (English edition)"', kind="opinion",
                                  published="2024-05-02"),
        "articles/news.md": article("A report", "It reports.", outlet='"Le Monde"', published="2024-05-01",
                                    syndicated='[{outlet: "Agence Example"}]'),
        "articles/wire.md": article("A dispatch", "It reports fast.", outlet='"Agence Example"', kind="wire",
                                    published="2024-05-03"),
        "articles/pr.md": article("A release", "It announces.", kind="press-release", published="2024-05-04")})
    site = root / "site"
    build_site(content, site, search=False)
    return site


@pytest.fixture(scope="module")
def kinds_url(kinds_site):
    with static_host(kinds_site) as url:
        yield url


def visible_titles(page) -> list[str]:
    return page.locator(".outlet-group .item-title:visible").all_inner_texts()


def visible_outlets(page) -> list[str]:
    return page.locator(".outlet-group:visible h2").all_inner_texts()


def test_the_kind_filter_shows_the_articles_of_one_kind_and_their_outlets(page, kinds_url):
    page.goto(kinds_url + "sources/index.html")
    form = page.locator(".kind-filter")
    form.wait_for(state="visible")
    assert sorted(visible_titles(page)) == ["A dispatch", "A release", "A report", "An op-ed"]
    assert page.locator(".kind-filter-status").inner_text() == "Every article is shown."
    page.get_by_label("Opinion").check()
    assert visible_titles(page) == ["An op-ed"]
    assert visible_outlets(page) == ["Le Monde"]
    assert page.locator(".jump li:visible").all_inner_texts() == ["Le Monde"]
    assert page.locator(".kind-filter-status").inner_text() == "1 article of the kind “Opinion”"
    # the outlet's description stays with it
    assert "Daily of record." in page.locator("#outlet-le-monde").inner_text()
    # a wire article: its agency's own section, and not the copy of a news report it carried
    page.get_by_label("Wire copy").check()
    assert visible_titles(page) == ["A dispatch"]
    assert visible_outlets(page) == ["Agence Example"]
    assert not page.locator("#outlet-agence-example .copies-title").is_visible()
    # news: the report under Le Monde, and its copy under the agency
    page.get_by_label("News report").check()
    assert visible_outlets(page) == ["Agence Example", "Le Monde"]
    assert page.locator("#outlet-agence-example .copy-item").is_visible()
    assert page.locator("#outlet-agence-example .source-item:visible").count() == 0
    # by keyboard: the radio group moves with the arrow keys; back to every kind
    page.get_by_label("every kind").focus()
    page.keyboard.press("ArrowDown")
    assert page.locator('input[name="kind"]:checked').get_attribute("value") == "news"
    page.get_by_label("every kind").check()
    assert len(visible_titles(page)) == 4 and len(visible_outlets(page)) == 3
    assert page.errors == []


def test_the_kind_filter_works_from_disk(page, kinds_site):
    page.goto((kinds_site / "sources" / "index.html").as_uri())
    page.locator(".kind-filter").wait_for(state="visible")
    page.get_by_label("Press release").check()
    assert visible_titles(page) == ["A release"]
    assert visible_outlets(page) == ["Outlet unknown"]
    assert page.errors == []


def test_without_the_script_every_article_is_listed(browser, kinds_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(kinds_url + "sources/index.html")
    assert not page.locator(".kind-filter").is_visible()
    assert page.locator(".outlet-group .item-title").count() == 4
    context.close()


@pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed (make test installs it with npm)")
@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_sources_page_and_provenance_have_no_serious_accessibility_violation(browser, kinds_url,
                                                                                   width, scheme):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    for path in ("sources/index.html", "articles/op.html"):
        page.goto(kinds_url + path)
        page.wait_for_load_state("load")
        if path.startswith("sources"):
            page.get_by_label("Opinion").check()
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, path
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        serious = [f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})"
                   for v in result["violations"] if v["impact"] in ("serious", "critical")]
        assert serious == [], f"{path} ({scheme}, {width}): {serious}"
    context.close()


def test_an_article_whose_kind_is_left_to_review_is_filtered_as_not_yet_known(page, tmp_path):
    asked = '["kind: not stated — say whether it is news, a press-release, a statement, a document or other"]'
    content = write_files(tmp_path / "content", {
        "dossier.yaml": "title: T\n",
        "articles/notice.md": article("Road closed for repairs", "The road is closed.", outlet='"Ville de Chambéry"',
                                      review=asked),
        "articles/news.md": article("A report", "It reports.", outlet='"Le Monde"')})
    build_site(content, tmp_path / "site", search=False)
    page.goto((tmp_path / "site" / "sources" / "index.html").as_uri())
    page.locator(".kind-filter").wait_for(state="visible")
    page.get_by_label("Not yet known").check()
    assert visible_titles(page) == ["Road closed for repairs"]
    assert page.locator(".kind-filter-status").inner_text() == "1 article of the kind “Not yet known”"
    assert page.errors == []
