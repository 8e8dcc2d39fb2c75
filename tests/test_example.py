"""End to end over the shipped example dossier (content/)."""
import re
from pathlib import Path

import pytest

from conftest import REPO
from generator.build import build_site, check_dossier
from generator.linkcheck import check_links

CONTENT = REPO / "content"
# Words from the aggregator's unrelated "related articles" (a footballer's transfer, a senator's
# drink-spiking trial, a US celebrity trial): none may reach the dossier.
NOISE = re.compile(r"footballer|football|transfer fee|drink-spiking|spiked|celebrity|striker", re.I)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("example") / "site"
    result = build_site(CONTENT, output)
    assert result.warnings == []
    return output


def read(site: Path, relative: str) -> str:
    return (site / relative).read_text(encoding="utf-8")


def test_the_example_is_clean():
    assert check_dossier(CONTENT) == []


def test_every_internal_link_and_fragment_resolves(site):
    assert [str(b) for b in check_links(site)] == []


def test_every_page_type_is_built(site):
    pages = {p.relative_to(site).as_posix() for p in site.rglob("*.html")}
    assert {"index.html", "404.html", "articles/index.html", "summaries/index.html", "entities/index.html",
            "timeline/index.html", "sources/index.html", "tags/index.html"} <= pages
    assert len([p for p in pages if p.startswith("articles/")]) == 5 + 1
    assert len([p for p in pages if p.startswith("summaries/")]) >= 4 + 1
    assert len([p for p in pages if p.startswith("entities/")]) >= 45
    assert (site / "feed.xml").is_file()


def test_no_aggregator_noise_anywhere(site):
    for path in site.rglob("*"):
        if path.suffix in (".html", ".xml"):
            assert not NOISE.search(path.read_text(encoding="utf-8")), path
    for path in CONTENT.rglob("*"):
        if path.is_file() and ".dossier-cache" not in path.parts:   # the cache is not content
            assert not NOISE.search(path.read_text(encoding="utf-8")), path


def test_le_monde_article_shows_its_hard_cases(site):
    html = read(site, "articles/lemonde-ofast-sting.html")
    assert "Partial text" in html and 'class="notice access-notice access-partial"' in html
    assert "translated from French" in html
    assert "Daily8" in html                                   # syndicated record
    assert 'href="../articles/americaone-ofast-sting.html">The America One News</a>' in html
    assert "Illustration: Titwane" in html
    copy = read(site, "articles/americaone-ofast-sting.html")
    assert "Copy of</dt>" in copy and "1 June 2025, 04:00 (UTC+02:00)" in copy


def test_unknown_outlets_are_never_guessed(site):
    for article_id in ("igpn-raid-drug-squad", "senate-report-amra", "magistrates-senate-hearing"):
        html = read(site, f"articles/{article_id}.html")
        assert 'class="outlet outlet-unknown">Outlet unknown</span>' in html
        assert "Europe 1</dd>" not in html
    radio = read(site, "articles/magistrates-senate-hearing.html")
    assert '<dt>Byline</dt><dd class="byline"><a href="../entities/william-molinie.html">William Molinié</a></dd>' in radio
    assert "spring 2024" in read(site, "articles/igpn-raid-drug-squad.html")
    senate = read(site, "articles/senate-report-amra.html")
    assert "around 15 May 2024" in senate and "translated from an unstated language" in senate


def test_misspelt_alias_links_to_the_right_person(site):
    html = read(site, "articles/magistrates-senate-hearing.html")
    assert 'data-entity="nicolas-bessone" href="../entities/nicolas-bessone.html">Nicolas Bessome</a>' in html


def test_summaries_cite_their_sources(site):
    for summary_id in ("overview", "ofast-sting", "corruption-methods", "senate-inquiry-amra"):
        html = read(site, f"summaries/{summary_id}.html")
        assert 'class="cite-ref"' in html and 'id="sources-list"' in html


def test_timeline_shows_events_with_their_precision(site):
    html = read(site, "timeline/index.html")
    for label in ("end of 2022", "September 2023", "6 March 2024", "22 March 2024", "March 2024",
                  "spring 2024", "14 May 2024", "21 May 2025"):
        assert f">{label}</time>" in html, label


def test_timeline_entries_name_their_entities_by_the_pages_short_keys(site):
    """The filter's data: each entry's entities as keys (base 36 places in the page's sorted
    list of ids), which decode to the entities the entry involves."""
    html = read(site, "timeline/index.html")
    ids = re.search(r'<form class="timeline-filter" hidden data-entity-ids="([^"]*)">', html).group(1).split()
    assert ids == sorted(set(ids)) and "mohamed-amra" in ids
    entries = [(re.search(r'<a href="[^"]*">([^<]*)</a>', entry).group(1), re.search(r'data-entities="([^"]*)"', entry).group(1))
               for entry in html.split('<li class="timeline-entry')[1:]]
    assert len(entries) > 10 and all(len(key) <= 2 for _, keys in entries for key in keys.split())
    decoded = [(title, {ids[int(key, 36)] for key in keys.split()}) for title, keys in entries]
    assert set().union(*(found for _, found in decoded)) == set(ids)
    assert {"mohamed-amra", "northern-france"} <= dict(decoded)["Escape of Mohamed Amra"]


def test_relations_from_facts_show_on_both_sides(site):
    durain = read(site, "entities/jerome-durain.html")
    inquiry = read(site, "entities/senate-drug-inquiry.html")
    assert re.search(r'<span class="verb">president of</span></dt>\s*<dd class="relation">\s*'
                     r'<a href="../entities/senate-drug-inquiry.html">Senate commission of inquiry on drug trafficking</a>',
                     durain)
    assert re.search(r'<span class="verb">presided by</span></dt>\s*<dd class="relation">\s*'
                     r'<a href="../entities/jerome-durain.html">Jérôme Durain</a>', inquiry)
