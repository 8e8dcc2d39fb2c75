"""Entity pages and the timeline in a real headless Chromium: where things are at 1280 and
390 px, the neighbourhood graph's labels, the timeline's filter by any name, its empty state,
and that no page logs anything. Screenshots go to test-artifacts/screenshots/entity-*.png."""
from __future__ import annotations

import pytest

import test_browser

# test_browser's fixtures (the example built and served, Chromium) and its mark that skips
# these tests, saying why, without Chromium
site, base_url, browser = test_browser.site, test_browser.base_url, test_browser.browser
pytestmark = test_browser.pytestmark
SCREENSHOTS = test_browser.SCREENSHOTS

EVERY_KIND = {"home": "index.html", "article": "articles/lemonde-ofast-sting.html",
              "copy": "articles/americaone-ofast-sting.html", "summary": "summaries/ofast-sting.html",
              "entity": "entities/mohamed-djeha.html", "event": "entities/amra-escape.html",
              "place": "entities/france.html", "entities": "entities/index.html", "timeline": "timeline/index.html",
              "filtered timeline": "timeline/index.html?entity=mohamed-djeha", "graph": "graph/index.html",
              "sources": "sources/index.html", "articles": "articles/index.html", "tags": "tags/index.html",
              "summaries": "summaries/index.html", "search": "search/index.html?q=djeha", "404": "404.html"}


def open_page(browser, width: int, scheme: str = "light"):
    """A page at this width that records every console message, of any level."""
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.messages = []
    page.on("console", lambda m: page.messages.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: page.messages.append(f"exception: {e}"))
    return context, page


@pytest.fixture
def wide(browser):
    context, page = open_page(browser, 1280)
    yield page
    context.close()


@pytest.fixture
def phone(browser):
    context, page = open_page(browser, 390)
    yield page
    context.close()


def box(page, selector: str) -> dict:
    found = page.locator(selector).first.bounding_box()
    assert found is not None, f"{selector} is not shown"
    return found


def draw(page, url: str) -> None:
    page.goto(url)
    page.wait_for_function("document.querySelector('.graph-canvas.neighbourhood').dataset.nodes", timeout=10_000)


def test_at_1280_mentioned_in_is_a_column_beside_the_facts_and_the_graph(wide, base_url):
    draw(wide, base_url + "entities/ofast-marseille.html")
    title, mentions, graph = box(wide, "h1"), box(wide, "#mentions"), box(wide, ".graph-canvas.neighbourhood")
    relations = box(wide, "#relations")
    main = box(wide, "main")
    # beside: to the right of the facts, relations and graph, starting level with the title
    assert mentions["x"] >= graph["x"] + graph["width"] and mentions["x"] >= relations["x"] + relations["width"]
    assert abs(mentions["y"] - title["y"]) < 120 and mentions["y"] < graph["y"]
    # the page uses its width: the column reaches the right third's far side
    assert mentions["x"] + mentions["width"] > main["x"] + main["width"] * 0.9
    assert mentions["x"] < main["x"] + main["width"] * 0.75
    # the jump list is for phones; the timeline comes after the graph, across the page
    assert not wide.locator(".entity-jump").is_visible()
    timeline = box(wide, "#timeline")
    assert timeline["y"] > graph["y"] + graph["height"] and timeline["width"] > main["width"] * 0.8
    assert wide.messages == []


def test_at_390_a_jump_list_then_mentioned_in_above_the_graph(phone, base_url):
    draw(phone, base_url + "entities/ofast-marseille.html")
    jump = box(phone, ".entity-jump")
    assert jump["y"] < 450     # at the top, within the first screen
    assert phone.locator(".entity-jump a").all_inner_texts() == ["Mentioned in", "Relations", "Graph", "Timeline"]
    mentions, relations, graph = box(phone, "#mentions"), box(phone, "#relations"), box(phone, ".graph-canvas")
    assert jump["y"] < mentions["y"] < relations["y"] < graph["y"]
    assert mentions["y"] + mentions["height"] <= graph["y"]
    assert phone.evaluate("document.documentElement.scrollWidth") <= 391
    phone.locator(".entity-jump a", has_text="Timeline").click()
    assert phone.evaluate("location.hash") == "#timeline"
    assert phone.messages == []


def test_relation_rows_name_the_other_end_under_the_relations_wording(wide, base_url):
    wide.goto(base_url + "entities/ofast-marseille.html")
    terms = wide.locator("#relations dt").all_inner_texts()
    assert "investigated by" in terms and "branch of" in terms and len(terms) == len(set(terms))
    investigated = wide.locator("#relations dt", has_text="investigated by")
    rows = investigated.locator("xpath=following-sibling::*").all_inner_texts()
    following = []
    for row in rows:              # this group's rows: up to the next term
        if not row or row in terms:
            break
        following.append(row)
    assert any(row.startswith("IGPN") for row in following) and any(row.startswith("Le Monde") for row in following)
    for row in wide.locator("#relations dd").all_inner_texts():
        assert "Ofast Marseille" not in row
        assert "Outlet unknown" not in row


def test_the_neighbourhood_graph_is_readable(wide, base_url):
    draw(wide, base_url + "entities/ofast-marseille.html")
    small = wide.evaluate("parseFloat(getComputedStyle(document.querySelector('.item-meta')).fontSize)")
    labels = wide.evaluate("""() => { const cy = document.querySelector('.graph-canvas.neighbourhood').cy;
        return cy.nodes().map(n => n.numericStyle('font-size') * cy.zoom()); }""")
    assert min(labels) >= small - 0.5, (labels, small)
    # relation wordings: none shown at rest, one on hover, all on keyboard focus
    shown = "document.querySelector('.graph-canvas.neighbourhood').cy.edges('.shown').length"
    assert wide.evaluate(shown) == 0
    wide.locator(".graph-canvas.neighbourhood").scroll_into_view_if_needed()
    position = wide.evaluate("""() => { const cy = document.querySelector('.graph-canvas.neighbourhood').cy;
        const edge = cy.edges('.relation').first(); const p = edge.renderedMidpoint();
        const r = cy.container().getBoundingClientRect(); return [r.left + p.x, r.top + p.y, edge.data('label')]; }""")
    wide.mouse.move(position[0] - 30, position[1] - 30)
    wide.mouse.move(position[0], position[1], steps=4)
    wide.wait_for_function(shown + " > 0", timeout=5_000)
    wide.mouse.move(0, 0)
    wide.wait_for_function(shown + " === 0", timeout=5_000)
    wide.locator(".graph-canvas.neighbourhood").focus()
    relations = wide.evaluate("document.querySelector('.graph-canvas.neighbourhood').cy.edges('.relation').length")
    assert relations >= 5 and wide.evaluate(shown) == relations
    # as tall as it needs: a larger neighbourhood gets a taller box
    tall = box(wide, ".graph-canvas.neighbourhood")["height"]
    draw(wide, base_url + "entities/bac-nord.html")
    assert box(wide, ".graph-canvas.neighbourhood")["height"] < tall
    assert wide.messages == []


def entries(page) -> int:
    return page.locator(".timeline-year .timeline-entry:visible").count()


def test_the_timeline_filter_finds_an_entity_by_any_name(wide, base_url):
    wide.goto(base_url + "timeline/index.html")
    total = entries(wide)
    wide.fill('[data-filter="entity"]', "Mohamed Djeha")
    full = entries(wide)
    assert 0 < full < total
    texts = wide.locator(".timeline-year .timeline-entry:visible").all_inner_texts()
    for query in ("Mimo", "mimo", "Djeha", "djeha", "MOHAMED DJEHA"):     # an alias, a surname, any case
        wide.fill('[data-filter="entity"]', query)
        assert entries(wide) >= full, query
        shown = wide.locator(".timeline-year .timeline-entry:visible").all_inner_texts()
        assert set(texts) <= set(shown), query
    wide.fill('[data-filter="entity"]', "Mimo")
    assert entries(wide) == full
    # accents folded: a name typed without them finds what the name with them finds
    wide.fill('[data-filter="entity"]', "Éric Dupond-Moretti")
    accented = entries(wide)
    wide.fill('[data-filter="entity"]', "eric dupond moretti")
    assert entries(wide) == accented > 0
    # the link from an entity's page
    wide.goto(base_url + "timeline/index.html?entity=mohamed-djeha")
    assert entries(wide) == full
    assert wide.messages == []


def test_an_empty_filter_says_so_and_clears(wide, base_url):
    wide.goto(base_url + "timeline/index.html")
    total = entries(wide)
    empty = wide.locator(".timeline-empty")
    assert not empty.is_visible()
    wide.fill('[data-filter="entity"]', "Nobody by that name")
    assert entries(wide) == 0
    assert empty.is_visible() and "Nothing on the timeline matches" in empty.inner_text()
    assert "Nobody by that name" in empty.inner_text()
    wide.click(".timeline-clear")
    assert entries(wide) == total and wide.input_value('[data-filter="entity"]') == ""
    assert not empty.is_visible()
    assert wide.evaluate("document.activeElement.dataset.filter") == "entity"
    assert wide.messages == []


def test_dated_relations_are_on_the_timeline_and_filter_by_kind(wide, base_url):
    wide.goto(base_url + "timeline/index.html")
    wide.select_option('[data-filter="kind"]', "relation")
    shown = wide.locator(".timeline-year .timeline-entry:visible")
    assert shown.count() >= 5
    for text in shown.all_inner_texts():
        assert text.count(" — ") == 2 and "Source" in text
    assert "Le Monde — investigated — Ofast Marseille" in " ".join(shown.all_inner_texts())
    assert shown.first.locator(".timeline-sources a").count() >= 1
    # the marker: a diamond, unlike an article's hollow dot
    diamond = wide.evaluate("getComputedStyle(document.querySelector('.timeline-entry.kind-relation'), '::before').transform")
    assert diamond not in ("", "none")


def test_a_copy_is_listed_once_under_its_original(wide, base_url):
    for path, selector in (("timeline/index.html", ".timeline-year .timeline-entry"),
                           ("index.html", ".home-side .item, .home-side .timeline-entry")):
        wide.goto(base_url + path)
        items = wide.locator(selector).all_inner_texts()
        titles = [t for t in items if "The Marseille police tried to set up a drug lord" in t]
        assert len(titles) == (1 if path.startswith("timeline") else 2), path   # (home: two lists)
        for text in titles:
            assert "also carried by The America One News" in text, path


def test_no_page_logs_anything(browser, base_url):
    for width in (1280, 390):
        context, page = open_page(browser, width)
        for name, path in EVERY_KIND.items():
            page.goto(base_url + path)
            page.wait_for_load_state("networkidle")
            assert page.messages == [], f"{name} at {width}: {page.messages}"
        context.close()


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_entity_and_timeline_screenshots(browser, base_url, width, scheme):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context, page = open_page(browser, width, scheme)
    for name, path in (("entity", "entities/ofast-marseille.html"), ("entity-alias", "entities/mohamed-djeha.html"),
                       ("timeline", "timeline/index.html")):
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, name
        page.screenshot(path=str(SCREENSHOTS / f"entitypage-{name}-{width}-{scheme}.png"), full_page=True)
    page.goto(base_url + "timeline/index.html")
    page.fill('[data-filter="entity"]', "Nobody by that name")
    page.screenshot(path=str(SCREENSHOTS / f"entitypage-timeline-empty-{width}-{scheme}.png"))
    assert page.messages == []
    context.close()
