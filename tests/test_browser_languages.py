"""The example dossier built in French and in German, in Chromium: the scripts speak the page's
language (search, timeline filter, theme toggle, graph), the pages pass axe and the Nu
checker in light and dark, and log nothing to the console."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import test_browser
from conftest import REPO
from generator.build import build_site
from generator.i18n import Interface
from test_browser import AXE, PAGES, SCREENSHOTS, nu_check, serious_violations, static_host

browser, page = test_browser.browser, test_browser.page   # (the fixtures)


def _build(tmp_path_factory, language: str) -> Path:
    content = tmp_path_factory.mktemp(f"content-{language}") / "content"
    shutil.copytree(REPO / "content", content, ignore=shutil.ignore_patterns(".dossier-cache"))
    config = content / "dossier.yaml"
    config.write_text(re.sub(r"(?m)^language:.*$", f"language: {language}", config.read_text(encoding="utf-8")),
                      encoding="utf-8")
    output = content.parent / "site"
    build_site(content, output)
    return output


@pytest.fixture(scope="module")
def french_site(tmp_path_factory) -> Path:
    return _build(tmp_path_factory, "fr")


@pytest.fixture(scope="module")
def french_url(french_site):
    with static_host(french_site) as url:
        yield url


def test_the_scripts_speak_french(page, french_url):
    french = Interface("fr")
    page.goto(french_url + "index.html")
    page.wait_for_load_state("networkidle")
    assert page.get_attribute(".theme-toggle", "title") == french.gettext("Switch to dark mode")
    # the timeline's count, with the language's plural
    page.goto(french_url + "timeline/index.html")
    total = page.locator(".timeline-year .timeline-entry").count()
    assert page.locator(".timeline-count").inner_text() == french.ngettext("%(num)d entry", "%(num)d entries",
                                                                            total) % {"num": total}
    page.select_option('[data-filter="kind"]', "event")
    shown = page.locator(".timeline-year .timeline-entry:visible").count()
    assert page.locator(".timeline-count").inner_text() == \
        french.gettext("%(shown)s of %(total)s entries") % {"shown": shown, "total": total}
    # the header's search: French wording of its status
    page.fill("#site-search-input", "Hervé")
    note = page.locator(".search-note")
    note.wait_for(state="visible", timeout=10_000)
    page.wait_for_function("document.querySelector('.search-note').textContent.trim().length > 0")
    text = note.inner_text()
    assert "result" not in text and "Nothing found" not in text, text
    assert page.errors == []


def test_french_pages_log_nothing_and_keep_to_the_width(browser, french_url):
    for width in (1280, 390):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        for name, path in PAGES.items():
            page.goto(french_url + path)
            page.wait_for_load_state("networkidle")
            assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, (name, width)
            if name in ("home", "entity", "timeline") and width == 1280:
                SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(SCREENSHOTS / f"fr-{name}-{width}.png"), full_page=True)
        assert errors == [], errors
        context.close()


@pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed (make test installs it with npm)")
def test_no_serious_accessibility_violations_in_french(browser, french_url):
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
        page = context.new_page()
        for name in ("home", "article", "summary", "entity", "timeline", "search", "sources", "graph"):
            page.goto(french_url + PAGES[name])
            page.wait_for_load_state("networkidle")
            serious = serious_violations(page)
            assert serious == [], f"{name} ({scheme}): {serious}"
        context.close()


@pytest.mark.parametrize("language", ["fr", "de"])
def test_translated_pages_validate_with_the_nu_checker(tmp_path_factory, language):
    nu_check(_build(tmp_path_factory, language))
