"""Entity pages, the timeline and the home page's recent lists, as a reader uses them: the
produced HTML and entity data of small dossiers (tmp_path) and of the example."""
import json
import re

from conftest import article, entity
from test_build import base_files


def relation_rows(html: str) -> list[tuple[str, list[str]]]:
    """The entity page's relation groups: (wording, [other end's name, ...])."""
    block = html.split('<dl class="relation-groups">')[1].split("</dl>")[0]
    groups = []
    for part in block.split('<dt class="relation-type">')[1:]:
        label = re.sub(r"<[^>]+>", "", part.split("</dt>")[0]).strip()
        groups.append((label, re.findall(r'<dd class="relation">\s*<a href="[^"]*">([^<]*)</a>', part)))
    return groups


def timeline_entries(html: str) -> list[str]:
    return html.split('<li class="timeline-entry')[1:]


def test_relations_are_grouped_by_their_wording_from_the_pages_side(make_dossier):
    files = base_files(**{
        "entities/durain.yaml": entity("Jérôme Durain", relations="""
  - type: "president of"
    to: ofast
  - type: "investigated"
    to: ofast-marseille
    inverse: "investigated by"
    date: 2024-03-06
    note: "in the Senate"
    sources: [raid]"""),
        "entities/blanc.yaml": entity("Étienne Blanc", relations="""
  - type: "investigated"
    to: ofast-marseille
    inverse: "investigated by"
    sources: [sting]"""),
    })
    d = make_dossier(files)
    assert d.build().code == 0
    marseille = d.page("entities/ofast-marseille.html")
    assert relation_rows(marseille) == [("branch of", ["Ofast"]),
                                        ("investigated by", ["Étienne Blanc", "Jérôme Durain"])]
    # a row: the other end, its date, note and sources, never the page's own name
    row = marseille.split('<a href="../entities/durain.html">Jérôme Durain</a>')[1].split("</dd>")[0]
    assert 'datetime="2024-03-06"' in row and "in the Senate" in row
    assert "Ofast Marseille" not in marseille.split('<dl class="relation-groups">')[1].split("</dl>")[0]
    # incoming without inverse wording: read as declared, "president of this organization"
    assert ("president of this organization", ["Jérôme Durain"]) in relation_rows(d.page("entities/ofast.html"))
    assert relation_rows(d.page("entities/durain.html")) == [("investigated", ["Ofast Marseille"]),
                                                             ("president of", ["Ofast"])]
    # the facts name the groups, with a link down to them
    assert re.search(r'<a href="#relations">3 relations</a>: branch of · investigated by \(2\)', marseille)


def test_a_source_without_an_outlet_is_named_by_its_title(make_dossier):
    d = make_dossier(base_files(**{"entities/ofast-marseille.yaml": entity("Ofast Marseille", "organization", relations="""
  - type: "branch of"
    to: ofast
    date: 2024
    sources: [raid]"""), "articles/nameless.md": article("A reprint", "Ofast.", published="2025-06-03", copy_of="sting")}))
    assert d.build().code == 0
    for page in ("entities/ofast-marseille.html", "entities/ofast.html", "timeline/index.html"):
        html = d.page(page)
        assert re.search(r'<a href="../articles/raid.html" title="The raid">The raid, <time', html), page
        assert "Outlet unknown, <time" not in html and "Outlet unknown</a>, <time" not in html, page
    # a copy without an outlet, under its original: on the timeline and the original's page
    assert 'also carried by <a href="../articles/nameless.html">A reprint</a>, <time' in d.page("timeline/index.html")
    assert '<a href="../articles/nameless.html">A reprint</a>, <time' in d.page("articles/sting.html")


def test_the_page_opens_on_its_facts_and_mentions_then_relations_graph_and_timeline(make_dossier):
    d = make_dossier(base_files())
    assert d.build().code == 0
    html = d.page("entities/ofast-marseille.html")
    order = [html.index(s) for s in ('<h1>Ofast Marseille</h1>', '<nav class="entity-jump"', 'id="mentions"',
                                     'id="relations"', 'id="graph"', 'id="timeline"')]
    assert order == sorted(order)
    jump = html.split('<nav class="entity-jump"')[1].split("</nav>")[0]
    assert re.findall(r'href="(#[a-z]+)">', jump) == ["#mentions", "#relations", "#graph", "#timeline"]
    # the graph's section and link show once the script draws it (it needs the script)
    assert '<li class="jump-graph" hidden>' in jump
    assert re.search(r'<section id="graph" class="entity-graph" [^>]*hidden', html)


def test_dated_relations_are_on_the_timeline_with_their_sources(make_dossier):
    d = make_dossier(base_files(**{"entities/tip.yaml": entity("The tip", "event", date="2023-01-05",
                                                              participants="[ofast]")}))
    assert d.build().code == 0
    timeline = d.page("timeline/index.html")
    relations = [e for e in timeline_entries(timeline) if e.startswith(' kind-relation')]
    assert len(relations) == 1     # the branch (2020); an event's participants are the event's own entry
    entry = relations[0]
    assert 'data-kind="relation"' in entry and "Ofast Marseille — branch of — Ofast" in entry
    assert 'href="../entities/ofast-marseille.html#relations"' in entry
    assert re.search(r'Source: <a href="../articles/sting.html" title="The sting">Le Monde, <time', entry)
    assert 'data-entity="ofast"' in entry and 'data-entity="ofast-marseille"' in entry
    assert timeline.index('id="year-2020"') < timeline.index("branch of") < timeline.index('id="year-2023"')
    # and on both ends' own timelines
    for page in ("entities/ofast.html", "entities/ofast-marseille.html"):
        assert "Ofast Marseille — branch of — Ofast" in d.page(page).split('id="timeline"')[1], page


def test_a_copy_is_shown_once_under_its_original(make_dossier):
    files = base_files(**{
        "articles/copy.md": article("The sting", "Herve told his wife. Ofast Marseille.", outlet='"America One"',
                                    published="2025-06-01", copy_of="sting"),
        "articles/late.md": article("Late copy", "Ofast.", outlet='"Aggregator"', published="2025-06-02",
                                    copy_of="sting"),
    })
    d = make_dossier(files)
    assert d.build().code == 0
    for page in ("timeline/index.html", "entities/herve.html"):
        html = d.page(page)
        entries = [e for e in timeline_entries(html) if "kind-article" in e.split(">")[0]]
        assert not any('href="../articles/copy.html">The sting</a>' in e.split('class="timeline-copies"')[0]
                       for e in entries), page
        sting = next(e for e in entries if 'href="../articles/sting.html"' in e)
        assert re.search(r'also carried by <a href="../articles/copy.html">America One</a>, <time[^>]*>1 Jun 2025',
                         sting), page
    timeline = d.page("timeline/index.html")
    assert "also carried by <a href=\"../articles/late.html\">Aggregator</a>" in timeline
    home = d.page("index.html")
    latest = home.split("<h2>Latest articles</h2>")[1].split("</ul>")[0]
    assert latest.count('<li class="item article-item"') == 2      # the sting (with its copies) and the raid
    assert re.search(r'also carried by <a href="articles/copy.html">America One</a>', latest)
    recent = home.split("<h2>Latest on the timeline</h2>")[1].split("</ol>")[0]
    assert 'href="articles/copy.html">The sting</a>' not in recent.replace("also carried by <a", "")


def test_the_entity_data_holds_aliases_for_the_timelines_filter(make_dossier):
    d = make_dossier(base_files())
    assert d.build().code == 0
    data = d.page("data/entities.js")
    entities = json.loads(data[data.index("{"):data.rindex("}") + 1])
    assert entities["herve"]["aliases"] == ["the locksmith"]
    assert "aliases" not in entities["ofast-marseille"]


def test_the_legend_explains_every_marker(make_dossier):
    d = make_dossier(base_files())
    assert d.build().code == 0
    legend = d.page("timeline/index.html").split('<ul class="legend timeline-legend"')[1].split("</ul>")[0]
    for marker in ('class="marker kind-event"', 'class="marker kind-article"', 'class="marker kind-relation"',
                   'class="marker kind-event approximate"'):
        assert marker in legend
    for words in ("solid dot: an event", "hollow dot: an article", "a dated relation", "approximate date",
                  "also carried by"):
        assert words in legend


def test_an_alias_edit_reaches_the_entity_data_in_an_incremental_build(make_dossier):
    d = make_dossier(base_files())
    assert d.build().code == 0
    path = d.root / "entities/herve.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("the locksmith", "Mimo"), encoding="utf-8")
    assert d.build().code == 0
    assert '"aliases": ["Mimo"]' in d.page("data/entities.js").replace('":["', '": ["')


def test_a_relation_dated_in_an_edit_reaches_the_timeline_in_an_incremental_build(make_dossier):
    d = make_dossier(base_files())
    assert d.build().code == 0
    assert "branch of" in d.page("timeline/index.html")
    path = d.root / "entities/ofast-marseille.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    date: 2020\n", ""), encoding="utf-8")
    assert d.build().code == 0
    assert "branch of" not in d.page("timeline/index.html")
