"""What's new as a reader meets it, in Chromium, opened from disk: the list pages mark what
the last publication added or changed beside each title (their script reads data/new.js),
and nothing else; without a previous publication, nothing is marked."""
from __future__ import annotations

from conftest import article, entity, settle, write_files
from generator.build import build_site
import test_browser
from test_whatsnew import MONDAY, TUESDAY, files

browser, page = test_browser.browser, test_browser.page   # (the fixtures)


def badges(page, url):
    page.goto(url)
    page.wait_for_load_state("load")
    return {item.locator(".item-title").inner_text(): item.locator(".badge.fresh").all_inner_texts()
            for item in page.locator("[data-marks] > li").all()}


def test_the_lists_mark_what_the_last_publication_added_or_changed(page, tmp_path):
    content, site = write_files(tmp_path / "content", files()), tmp_path / "site"
    settle(content)
    build_site(content, site, search=False, as_of=MONDAY)
    assert all(found == [] for found in badges(page, (site / "articles/index.html").as_uri()).values())
    write_files(content, {"articles/sting.md": article("The sting", "Hervé talked again.", published="2025-05-21"),
                          "articles/leak.md": article("The leak", "Ofast leaked.", published="2025-06-03"),
                          "entities/ofast.yaml": entity("Ofast", kind="organization")})
    settle(content)
    build_site(content, site, search=False, as_of=TUESDAY)
    assert badges(page, (site / "articles/index.html").as_uri()) == {
        "The leak": ["new"], "The raid": [], "The sting": ["updated"]}
    entities = badges(page, (site / "entities/index.html").as_uri())
    assert entities["Ofast"] == ["new"] and entities["Hervé"] == []
    assert badges(page, (site / "summaries/index.html").as_uri()) == {"The brief": []}
    assert page.errors == []
