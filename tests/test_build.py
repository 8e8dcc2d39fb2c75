"""Tiny dossiers built in tmp_path; assertions on the HTML and feeds produced."""
import re

import markupsafe
import pytest
from conftest import article, entity

from generator.linkcheck import check_links


def base_files(**extra):
    files = {
        "entities/herve.yaml": entity("Hervé", aliases='["the locksmith"]',
                                      summary='"A police reservist."'),
        "entities/ofast.yaml": entity("Ofast", "organization", aliases='["Office anti-stupéfiants"]'),
        "entities/ofast-marseille.yaml": entity("Ofast Marseille", "organization", relations="""
  - type: "branch of"
    to: ofast
    inverse: "parent agency of"
    date: 2020
    sources: [sting]"""),
        "articles/sting.md": article(
            "The sting", "Herve told his wife. Hervé again. The Ofast Marseille branch and Ofast.",
            outlet='"Le Monde"', published="2025-05-21", access="partial",
            access_note='"opening only"'),
        "articles/raid.md": article("The raid", "Nobody named Hervé here? Yes: Hervé.",
                                    published='"spring 2024"', translated_from="de"),
        "summaries/brief.md": article("The brief", "Ofast acted [@sting, p. 2]. Later [@raid; @sting].",
                                      date="2025-06-01", order=1),
    }
    files.update(extra)
    return files


def test_a_mention_of_an_alias_links_to_its_entity(make_dossier):
    d = make_dossier(base_files())
    assert d.build().code == 0
    html = d.page("articles/sting.html")
    # accent-folded alias found; first mention linked, the second one not
    assert '<a class="mention entity" data-entity="herve" href="../entities/herve.html">Herve</a>' in html
    assert html.count('href="../entities/herve.html"') >= 1
    body = html.split('class="prose body"')[1].split("</div>")[0]
    assert body.count('data-entity="herve"') == 1
    # longest match: "Ofast Marseille" is one entity, not Ofast followed by Marseille
    assert 'data-entity="ofast-marseille" href="../entities/ofast-marseille.html">Ofast Marseille</a>' in body


def test_backlinks_and_their_counts(make_dossier):
    d = make_dossier(base_files())
    d.build()
    html = d.page("entities/herve.html")
    mentions = html.split('id="mentions"')[1]
    assert "4 mentions in 2 documents" in mentions
    assert '<a class="item-title" href="../articles/sting.html">The sting</a>' in mentions
    assert '<a class="item-title" href="../articles/raid.html">The raid</a>' in mentions
    assert "2 mentions" in mentions
    assert "Herve told his wife" in mentions  # the context snippet


def test_link_mentions_setting_all_and_none(make_dossier):
    d = make_dossier(base_files(**{"dossier.yaml": "link_mentions: all\n"}))
    d.build()
    body = d.page("articles/raid.html").split('class="prose body"')[1].split("</div>")[0]
    assert body.count('data-entity="herve"') == 2
    d.add({"dossier.yaml": "link_mentions: none\n"})
    d.build()
    body = d.page("articles/raid.html").split('class="prose body"')[1].split("</div>")[0]
    assert 'data-entity="herve"' not in body
    # still counted as backlinks
    assert "4 mentions in 2 documents" in d.page("entities/herve.html")


def test_mentions_are_never_linked_inside_links_code_or_headings(make_dossier):
    d = make_dossier(base_files(**{"articles/x.md": article("X", """
        ## About Hervé

        See [Hervé's page](https://example.org) and `Hervé` in code.

        Then Hervé in text.
        """)}))
    d.build()
    html = d.page("articles/x.html")
    assert '<h2 id="about-herve">About Hervé</h2>' in html
    assert '<a href="https://example.org">Hervé\'s page</a>' in html
    assert "<code>Hervé</code>" in html
    assert 'Then <a class="mention entity" data-entity="herve"' in html


def test_a_citation_links_to_its_article_with_a_sources_list(make_dossier):
    d = make_dossier(base_files())
    d.build()
    html = d.page("summaries/brief.html")
    # the number, with its preview (outlet, title, date, locator) inside the link: its accessible name
    assert re.search(r'\[<a aria-describedby="cite-1-preview" class="cite-ref" href="../articles/sting.html" '
                     r'id="cite-1">1<span class="cite-preview" id="cite-1-preview">'
                     r'Le Monde — The sting — 21 May 2025, p. 2</span></a>, p. 2\]', html)
    # a group of two citations; the repeated article keeps its number
    assert re.search(r'\[<a [^>]*href="../articles/raid.html" id="cite-2">2<span [^>]*>[^<]*</span></a>; '
                     r'<a [^>]*href="../articles/sting.html" id="cite-use-3">1<span [^>]*>[^<]*</span></a>\]',
                     html)
    sources = html.split('id="sources-list"')[1]
    assert '<li id="source-1" value="1">' in sources and '<li id="source-2" value="2">' in sources
    assert "cited at p. 2" in sources
    assert 'class="badge access-partial">Partial text' in sources
    assert 'class="outlet outlet-unknown">Outlet unknown' in sources
    # the article knows who cites it
    assert '<a class="item-title" href="../summaries/brief.html">The brief</a>' in \
        d.page("articles/sting.html").split('id="cited-by"')[1]


def test_relations_appear_on_both_sides(make_dossier):
    d = make_dossier(base_files())
    d.build()
    branch = d.page("entities/ofast-marseille.html").split('id="relations"')[1]
    parent = d.page("entities/ofast.html").split('id="relations"')[1]
    # grouped by the wording from the page's side, each row the other end alone
    assert re.search(r'<dt class="relation-type"><span class="verb">branch of</span></dt>\s*'
                     r'<dd class="relation">\s*<a href="../entities/ofast.html">Ofast</a>', branch)
    assert re.search(r'<dt class="relation-type"><span class="verb">parent agency of</span></dt>\s*'
                     r'<dd class="relation">\s*<a href="../entities/ofast-marseille.html">Ofast Marseille</a>', parent)
    for page, own in ((branch, "Ofast Marseille"), (parent, "Ofast")):
        relations = page.split("</dl>")[0]
        assert re.findall(r"<dd class=\"relation\">\s*<a [^>]*>([^<]*)</a>", relations) and own not in \
            re.findall(r"<dd class=\"relation\">\s*<a [^>]*>([^<]*)</a>", relations)
    for page in (branch, parent):
        assert '<time class="date precision-year" datetime="2020">2020</time>' in page
        assert ('<a href="../articles/sting.html" title="The sting">Le Monde, '
                '<time class="date precision-day" datetime="2025-05-21" title="21 May 2025">21 May 2025</time></a>') in page


def test_a_relation_without_inverse_reads_as_declared_on_the_other_side(make_dossier):
    d = make_dossier(base_files(**{"entities/durain.yaml": entity("Jérôme Durain", relations="""
  - type: "president of"
    to: ofast""")}))
    d.build()
    other_side = d.page("entities/ofast.html").split('id="relations"')[1]
    assert re.search(r'<dt class="relation-type"><span class="verb">president of</span> '
                     r'<span class="this-entity">this organization</span></dt>\s*'
                     r'<dd class="relation">\s*<a href="../entities/durain.html">Jérôme Durain</a>', other_side)


def test_date_precision_renders_as_written(make_dossier):
    d = make_dossier(base_files(**{
        "entities/tip.yaml": entity("The tip", "event", date='"end of 2022"', participants="[ofast]"),
        "entities/call.yaml": entity("The call", "event", date="2024-03-22"),
        "articles/around.md": article("Around", published='"around 2024-05-15"'),
        "articles/month.md": article("Month", published="2024-05"),
        "articles/minute.md": article("Minute", published='"2024-03-08T07:42+01:00"'),
    }))
    d.build()
    timeline = d.page("timeline/index.html")
    assert '<time class="date precision-year approximate" datetime="2022">end of 2022</time>' in timeline
    assert '<time class="date precision-day" datetime="2024-03-22">22 March 2024</time>' in timeline
    assert 'datetime="2024-05-15">around 15 May 2024</time>' in timeline
    assert '<time class="date precision-month" datetime="2024-05">May 2024</time>' in timeline
    assert 'datetime="2024-03-08T07:42+01:00">8 March 2024, 07:42 (UTC+01:00)</time>' in timeline
    assert 'datetime="2024">spring 2024</time>' in timeline
    # in time order, years as sections (from 2022: the relation dated 2020 lists its source of 2025)
    start = timeline.index('id="year-2022"')
    order = [timeline.index(s, start) for s in ("end of 2022", "8 March 2024", "22 March 2024", "spring 2024",
                                         "May 2024", "around 15 May 2024", "21 May 2025")]
    assert order == sorted(order)
    assert 'id="year-2022"' in timeline and 'id="year-2025"' in timeline
    # the event shows on its participant's own timeline
    assert "The tip" in d.page("entities/ofast.html").split('id="timeline"')[1]


def test_wiki_links_reach_entities_articles_and_summaries(make_dossier):
    d = make_dossier(base_files(**{"summaries/other.md": article(
        "Other", "See [[herve]], [[sting|the sting article]] and [[brief]].")}))
    d.build()
    html = d.page("summaries/other.html")
    assert '<a class="wikilink entity" data-entity="herve" href="../entities/herve.html">Hervé</a>' in html
    assert '<a class="wikilink article" href="../articles/sting.html">the sting article</a>' in html
    assert '<a class="wikilink summary" href="../summaries/brief.html">The brief</a>' in html


def test_article_provenance_panel(make_dossier):
    d = make_dossier(base_files(**{
        "articles/sting.md": article(
            "The sting", "Text.", outlet='"Le Monde"', published="2025-05-21", access="partial",
            access_note='"opening only"', url="https://example.org/sting", authors='["A. Writer"]',
            language="en", translated_from="fr", credits='["Illustration: Titwane"]',
            syndicated="""
  - outlet: Daily8
    published: 2025-05-21
    access: partial
    note: same opening"""),
        "articles/copy.md": article("Copy", "Same.", outlet='"An aggregator"', copy_of="sting"),
    }))
    d.build()
    html = d.page("articles/sting.html")
    panel = html.split('id="provenance"')[1].split("</aside>")[0]
    for expected in ("Le Monde", "A. Writer", "21 May 2025", 'href="https://example.org/sting"',
                     "English · translated from French", "opening only", "Daily8", "same opening",
                     "Illustration: Titwane", 'href="../articles/copy.html">An aggregator</a>'):
        assert expected in panel
    assert 'class="notice access-notice access-partial" role="note"' in html
    copy = d.page("articles/copy.html")
    assert 'Copy of</dt><dd><a href="../articles/sting.html">The sting</a>' in copy
    raid = d.page("articles/raid.html")
    assert "Outlet unknown" in raid and "(not named in the clipping)" in raid


def test_sources_page_groups_outlets_and_unknown_outlets(make_dossier):
    d = make_dossier(base_files(**{"articles/sting.md": article(
        "The sting", "T.", outlet='"Le Monde"', syndicated="\n  - outlet: Daily8\n    published: 2025-05-21")}))
    d.build()
    html = d.page("sources/index.html")
    assert '<h2 id="outlet-le-monde-title" class="">Le Monde</h2>' in html
    assert '<h2 id="outlet-outlet-unknown-title" class="outlet-unknown">Outlet unknown</h2>' in html
    assert html.index("Le Monde</h2>") < html.index("Outlet unknown</h2>")
    daily = html.split('id="outlet-daily8"')[1]
    assert '<span>Copy of <a href="../articles/sting.html">The sting</a> (Le Monde)</span>' in daily


def test_every_page_type_is_written_and_links_resolve(make_dossier):
    d = make_dossier(base_files(**{"articles/sting.md": article(
        "The sting", "Text.", outlet='"Le Monde"', tags="[ofast-affair, Corruption]")}))
    assert d.build("--base-url", "https://example.org/dossier").code == 0
    for path in ("index.html", "404.html", "feed.xml", "sitemap.xml", "assets/style.css",
                 "articles/index.html", "articles/sting.html", "summaries/index.html",
                 "summaries/brief.html", "entities/index.html", "entities/herve.html",
                 "timeline/index.html", "sources/index.html", "tags/index.html",
                 "tags/ofast-affair.html", "tags/corruption.html"):
        assert (d.output / path).is_file(), path
    assert check_links(d.output) == []
    sitemap = d.page("sitemap.xml")
    assert "<loc>https://example.org/dossier/articles/sting.html</loc>" in sitemap
    assert "404" not in sitemap
    feed = d.page("feed.xml")
    assert '<link rel="alternate" type="text/html" href="https://example.org/dossier/summaries/brief.html"/>' in feed
    assert "<updated>2025-06-01T00:00:00Z</updated>" in feed
    assert '<meta name="dossier-root" content="/dossier/">' in d.page("404.html") and "<base" not in d.page("404.html")
    # the navigation marks the current section: the home page's item on the home page only
    assert '<a href="index.html" aria-current="page">Overview</a>' in d.page("index.html")
    assert "aria-current" not in d.page("404.html")


def test_no_sitemap_without_base_url_and_links_stay_relative(make_dossier):
    d = make_dossier(base_files())
    d.build()
    assert not (d.output / "sitemap.xml").exists()
    for path in d.output.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert not re.search(r'(href|src)="/', html), path


def test_entities_index_is_grouped_by_type(make_dossier):
    d = make_dossier(base_files(**{"entities/film.yaml": entity("Bac Nord", "work"),
                                   "entities/thing.yaml": entity("A vessel", "ship")}))
    d.build()
    html = d.page("entities/index.html")
    order = [html.index(f'id="type-{t}"') for t in ("person", "organization", "work", "ship")]
    assert order == sorted(order)
    assert ">Ships</h2>" in html


def test_home_page_has_lead_summary_counts_and_latest(make_dossier):
    d = make_dossier(base_files(**{"dossier.yaml": 'title: "Test dossier"\ndescription: "About things."\n'}))
    d.build()
    html = d.page("index.html")
    assert "<h1>Test dossier</h1>" in html and "About things." in html
    assert 'href="articles/sting.html"' in html          # rebased links in the lead summary
    assert "<strong>2</strong> articles" in html
    assert "Latest articles" in html and "Key entities" in html


def test_raw_html_is_escaped_and_script_links_removed(make_dossier):
    d = make_dossier(base_files(**{"articles/evil.md": article(
        "Evil <script>alert(1)</script>",
        '<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) '
        '[y](JaVaScRiPt&#58;alert(1)) [z](data:text/html,hi)')}))
    assert d.build().code == 0
    html = d.page("articles/evil.html")
    assert "<script>alert" not in html and "<img" not in html and "onerror=alert" not in html.replace("&lt;img src=x onerror=alert(1)&gt;", "")
    assert "javascript:" not in html.lower() and "data:text" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_bench_corpus_layout_builds(make_dossier):
    d = make_dossier({
        "articles/00001-a-story-1.md": '---\ntitle: "A story (1)"\noutlet: "The Ledger"\n'
                                       'published: "2025-07-21T07:55:00Z"\ntags: ["energy"]\n---\n\nText '
                                       "about Amélie Haddad.\n",
        "entities/amelie-haddad.yaml": 'id: "amelie-haddad"\nname: "Amélie Haddad"\ntype: "person"\n'
                                       'aliases:\n  - "A. Haddad"\nsummary: "An auditor."\n',
    })
    assert d.build().code == 0
    assert 'data-entity="amelie-haddad"' in d.page("articles/00001-a-story-1.html")


def _year_headings(html: str, tag: str) -> list[tuple[str, list[str]]]:
    """Each year heading of a list page (its anchor) with the titles listed under it."""
    parts = re.split(rf'<{tag} class="article-year" id="([^"]+)">[^<]*</{tag}>', html)
    return [(anchor, re.findall(r'class="item-title" href="[^"]+">([^<]+)</a>', part))
            for anchor, part in zip(parts[1::2], parts[2::2])]


def test_articles_are_listed_by_year_with_a_line_to_jump_to_each(make_dossier):
    """The list of articles (thousands in a large dossier) has a heading for each year, the
    undated last, and a line of links to them with their counts; a tag's page does the same
    once it lists more than 20 articles from more than one year."""
    files = base_files(**{f"articles/n{i:02d}.md": article(f"Note {i:02d}", "T.", published=f"{2023 - i % 2}-03-{i + 1:02d}",
                                                            tags="[port]") for i in range(21)})
    files["articles/old.md"] = article("Undated note", "T.", tags="[port]")
    files["articles/raid.md"] = article("The raid", "T.", published='"spring 2024"', tags="[raid]")
    d = make_dossier(files)
    assert d.build().code == 0
    listing = d.page("articles/index.html")
    notes = [f"Note {i:02d}" for i in range(20, -1, -1)]
    assert _year_headings(listing, "h2") == [
        ("year-2025", ["The sting"]), ("year-2024", ["The raid"]),
        ("year-2023", [n for n in notes if int(n[-2:]) % 2 == 0]), ("year-2022", [n for n in notes if int(n[-2:]) % 2]),
        ("undated", ["Undated note"])]
    jump = listing.split('<nav class="jump" aria-label="Years">')[1].split("</nav>")[0]
    assert re.findall(r'href="#([^"]+)">(\w+) <span class="count">(\d+)</span>', jump) == [
        ("year-2025", "2025", "1"), ("year-2024", "2024", "1"), ("year-2023", "2023", "11"), ("year-2022", "2022", "10"),
        ("undated", "Undated", "1")]
    port = d.page("tags/port.html")
    assert [anchor for anchor, _ in _year_headings(port, "h3")] == ["year-2023", "year-2022", "undated"]
    assert port.count('class="item-title"') == 22 and '<nav class="jump" aria-label="Years">' in port
    raid = d.page("tags/raid.html")   # one article: a plain list
    assert 'class="article-year"' not in raid and 'class="jump"' not in raid and raid.count('class="item-title"') == 1
    assert check_links(d.output) == []
    for name in ("n00.md", "n01.md"):   # 20 articles left: the tag's page lists them plainly
        (d.root / "articles" / name).unlink()
    assert d.build().code == 0
    assert 'class="article-year"' not in d.page("tags/port.html")


def test_newest_first_puts_undated_last_and_breaks_ties_by_id():
    from types import SimpleNamespace
    from generator.dates import parse_date
    from generator.facts import newest_order
    items = [SimpleNamespace(id=i, kind="summary", date=parse_date(d) if d else None)
             for i, d in [("b", "2024-05-01"), ("a", "2024-05-01"), ("c", None), ("d", "2025"), ("e", "2024-05-01T10:00")]]
    assert [x.id for x in newest_order(items)] == ["d", "e", "a", "b", "c"]


def test_memo_makes_a_macros_output_once_for_each_distinct_set_of_arguments():
    import jinja2
    from generator.render import MacroMemo
    calls = []
    env = jinja2.Environment(loader=jinja2.DictLoader({
        "macros.html": '{% macro chip(e, root) %}{{ note(e.name) }}<a href="{{ root }}{{ e.name }}">{{ e.name }}</a>{% endmacro %}',
        "page.html": '{% import "macros.html" as m %}{% for e in items %}{{ memo(m.chip, e, root) }}{% endfor %}'}),
        autoescape=True)
    env.globals.update(memo=MacroMemo(), note=lambda name: calls.append(name) or "")
    first, second = type("Ref", (), {"name": "A&B"})(), type("Ref", (), {"name": "C"})()
    page = env.get_template("page.html")
    assert page.render(items=[first, second, first], root="../") == \
        '<a href="../A&amp;B">A&amp;B</a><a href="../C">C</a><a href="../A&amp;B">A&amp;B</a>'
    assert page.render(items=[first], root="../") == '<a href="../A&amp;B">A&amp;B</a>'
    assert calls == ["A&B", "C"]          # once per object, over pages
    assert page.render(items=[first], root="") == '<a href="A&amp;B">A&amp;B</a>'
    assert calls == ["A&B", "C", "A&B"]   # another root is another piece


class _Stored:
    def __html__(self):
        return "<p>stored</p>"


@pytest.mark.parametrize("value", ["plain", "<a href=\"x\">'&'</a>", "", "é\u2028", 3, 2.5, None, True,
                                   markupsafe.Markup("<b>kept</b>"), _Stored()])
def test_template_outputs_are_escaped_as_markupsafe_escapes_them(value):
    from generator.render import escaped_text
    assert escaped_text(value) == str(markupsafe.escape(value))
    assert type(escaped_text(value)) in (str, markupsafe.Markup)


def test_page_templates_write_values_with_the_plain_string_escape(tmp_path):
    import jinja2
    from generator.render import escaped_text, make_environment, theme_template_dirs
    env = make_environment(theme_template_dirs(tmp_path))
    for template in (env.from_string("{{ x }}"), env.get_template("base.html")):
        assert template.root_render_func.__globals__["escape"] is escaped_text
    page = env.from_string('{% macro b(t) %}<b>{{ t }}</b>{% endmacro %}{{ x }}|{{ y }}|{{ b(x) }}|{{ n }}')
    assert page.render(x="<i>&", y=markupsafe.Markup("<i>ok</i>"), n=3) == \
        "&lt;i&gt;&amp;|<i>ok</i>|<b>&lt;i&gt;&amp;</b>|3"
    with pytest.raises(jinja2.UndefinedError):   # undefined names still fail
        env.from_string("{{ missing }}").render()


def test_entity_chips_show_each_pages_own_count(make_dossier):
    d = make_dossier(base_files(**{"articles/once.md": article("Once", "Hervé came.", published="2025-01-02"),
                                   "articles/thrice.md": article("Thrice", "Hervé, Hervé and Hervé.",
                                                                 published="2025-01-03")}))
    assert d.build().code == 0

    def chip_count(page: str) -> str:
        chips = d.page(page).split('<p class="chips">')[1].split("</p>")[0]
        return re.search(r'data-entity="herve"[^>]*>Hervé <span class="count">(\d+)</span>', chips).group(1)

    assert (chip_count("articles/once.html"), chip_count("articles/thrice.html")) == ("1", "3")


def test_the_graph_keeps_each_entitys_strongest_co_mentions(make_dossier):
    """Each entity's five strongest partners (by shared documents, then id), as edges of
    the graph data, checked against a count of every pair."""
    import itertools
    import json
    import random
    from collections import Counter
    names = {f"e{i:02d}": f"Person {chr(65 + i)}lpha" for i in range(12)}
    rng = random.Random(7)
    files = {f"entities/{key}.yaml": entity(name) for key, name in names.items()}
    documents = []
    for number in range(40):
        members = sorted(rng.sample(sorted(names), rng.randint(2, 5)))
        documents.append(members)
        files[f"articles/a{number:02d}.md"] = article(f"Article {number}", " and ".join(names[m] for m in members) + " met.",
                                                    published=f"2025-01-{number % 28 + 1:02d}")
    d = make_dossier(files)
    assert d.build().code == 0
    graph = json.loads(d.page("data/graph.js").removeprefix("window.dossierGraph = ").rstrip().removesuffix(";"))
    found = {(e["source"], e["target"]): e["weight"] for e in graph["edges"] if e["kind"] == "co-mention"}

    together = Counter(itertools.chain.from_iterable(itertools.combinations(m, 2) for m in documents))
    expected = {}
    for key in names:
        partners = [(count, b if a == key else a) for (a, b), count in together.items() if key in (a, b)]
        for count, other in sorted(partners, reverse=True)[:5]:
            expected[tuple(sorted((key, other)))] = count
    assert found == expected and len(found) > 12


def test_compiled_templates_of_other_versions_or_long_unused_are_removed(tmp_path, monkeypatch):
    import os
    import time

    import jinja2

    from generator import render
    now = time.time()
    names = {"dossier-aaaa-1.cache": now, "dossier-aaaa-2.cache": now - (render.BYTECODE_KEEP_DAYS + 1) * 86400,
             "dossier-bbbb-1.cache": now, "other-tool-1.cache": now - 400 * 86400, "dossier-aaaa-notes.txt": 0}
    for name, mtime in names.items():
        (tmp_path / name).write_text("x")
        os.utime(tmp_path / name, (mtime, mtime))
    render.prune_compiled_templates(tmp_path, "dossier-aaaa-", now)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossier-aaaa-1.cache", "dossier-aaaa-notes.txt",
                                                          "other-tool-1.cache"]
    # the build's cache prunes its folder when it is first made
    real = jinja2.FileSystemBytecodeCache
    monkeypatch.setattr(render.jinja2, "FileSystemBytecodeCache", lambda: real(str(tmp_path)))
    render.template_bytecode_cache.cache_clear()
    try:
        cache = render.template_bytecode_cache()
    finally:
        render.template_bytecode_cache.cache_clear()
    assert cache.directory == str(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossier-aaaa-notes.txt", "other-tool-1.cache"]


def test_the_sandbox_gives_the_theme_the_same_pages(example_content, tmp_path, monkeypatch):
    """With templates of its own, a dossier's pages are rendered in Jinja's sandbox, the
    theme's included (they extend each other): the same bytes as outside it."""
    import hashlib

    import jinja2

    from generator import render
    from generator.build import build_site
    (example_content / "templates").mkdir()
    (example_content / "templates" / "entity.html").write_text(
        '{% extends "!theme/entity.html" %}{% block content %}{{ super() }}<p>{% for e in page.timeline %}'
        '{% for x in e.entities %}{{ x.name|upper }}: {{ x.count }} {% endfor %}{% endfor %}</p>{% endblock %}\n')

    def pages(site):
        return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in site.rglob("*.html")}
    build_site(example_content, tmp_path / "sandboxed", search=False)
    assert "MOHAMED AMRA: " in (tmp_path / "sandboxed" / "entities" / "amra-escape.html").read_text()
    monkeypatch.setattr(render, "TemplateSandbox", jinja2.Environment)
    monkeypatch.setattr(render, "template_bytecode_cache", lambda sandboxed=False, words="": None)
    build_site(example_content, tmp_path / "plain", search=False, force=True)
    assert pages(tmp_path / "sandboxed") == pages(tmp_path / "plain")


def test_an_entitys_tags_go_by_the_tags_pages_names_each_once(make_dossier):
    """An entity's tags link to the pages of tags some article or summary carries, under the
    name the tags page gives them (as the first article spells it), each tag once."""
    d = make_dossier(base_files(**{
        "articles/sting.md": article("The sting", "Hervé again.", published="2025-05-21",
                                     tags='["Drug trade", "police"]'),
        "entities/herve.yaml": entity("Hervé", tags='["drug trade", "Drug Trade", "unused"]')}))
    assert d.build("--no-search").code == 0
    tags = re.findall(r'<a class="tag" href="([^"]+)">#([^<]+)</a>', d.page("entities/herve.html"))
    assert tags == [("../tags/drug-trade.html", "Drug trade")]
    assert "#unused" not in d.page("entities/herve.html")


@pytest.mark.parametrize("workers", [2, 3, 8])
def test_page_shares_put_the_entity_pages_first_in_one_share_per_pair_of_workers(workers):
    """Entity pages first, in one share per pair of workers; then the lists of everything
    (costly, few); the texts' pages, many and alike, last, so that the workers end together."""
    from generator.render import _shares
    jobs = [(f"articles/a{i}.html", "article.html", {}) for i in range(300)]
    jobs[100:100] = [(f"entities/e{i}.html", "entity.html", {}) for i in range(70)]
    jobs[20:20] = [(f"summaries/s{i}.html", "summary.html", {}) for i in range(5)]
    jobs += [("timeline/index.html", "timeline.html", {}), ("tags/t.html", "tag.html", {}), ("feed.xml", "feed.xml", {})]
    ordered, parts = _shares(jobs, workers)
    taken = [job for part in parts for job in ordered[part]]
    assert sorted(taken) == sorted(jobs) and len(taken) == len(jobs)        # each job once
    groups = max(1, workers // 2)
    assert all(name == "entity.html" for part in parts[:groups] for _, name, _ in ordered[part])
    assert not any(name == "entity.html" for part in parts[groups:] for _, name, _ in ordered[part])
    assert [name for _, name, _ in ordered[70:73]] == ["timeline.html", "tag.html", "feed.xml"]
    assert {name for _, name, _ in ordered[73:]} == {"article.html", "summary.html"}
    assert len(parts) > groups + workers    # the rest in small shares


def test_the_list_pages_navigation_and_page_order_follow_the_route_table(make_dossier):
    from generator.views import ROUTES
    from generator.views.routes import ITEM_KINDS, PAGE_ORDER
    assert sorted(key for key in PAGE_ORDER if key not in ITEM_KINDS) == sorted(route.key for route in ROUTES)
    html_escape = markupsafe.escape
    d = make_dossier(base_files(**{
        "articles/sting.md": article("The sting", "Text.", published="2025-05-21", tags="[corruption]"),
        "templates/tags.html": '{% extends "!theme/tags.html" %}{% block content %}'
                               '<a id="to-timeline" href="{{ root }}{{ site.routes.timeline }}">when</a>{% endblock %}'}))
    assert d.build("--base-url", "https://example.org/").code == 0
    for route in ROUTES:
        html = d.page(route.path)
        assert route.title is None or f"<title>{html_escape(route.title)} · " in html, route
    home = d.page("index.html")
    nav = re.findall(r'<li><a href="([^"]+)"(?: aria-current="page")?>([^<]+)</a></li>', home.split('class="site-nav"')[1])
    assert nav == [(r.path, html_escape(r.nav)) for r in ROUTES if r.nav]
    # the site's pages in one order: home, each article, summary and entity, the lists, each tag
    sitemap = re.findall(r"<loc>https://example.org/([^<]*)</loc>", d.page("sitemap.xml"))
    assert sitemap == ["", "articles/sting.html", "articles/raid.html", "summaries/brief.html",
                       "entities/herve.html", "entities/ofast.html", "entities/ofast-marseille.html",
                       "articles/", "summaries/", "entities/", "timeline/", "sources/", "tags/",
                       "tags/corruption.html", "new/", "graph/", "search/"]
    # a dossier's own template links to a list page by its key
    assert '<a id="to-timeline" href="../timeline/index.html">when</a>' in d.page("tags/index.html")


def test_the_themes_templates_link_to_list_pages_by_their_key():
    from generator.views import ROUTES
    from conftest import REPO
    for template in (REPO / "themes/default/templates").iterdir():
        text = template.read_text(encoding="utf-8")
        for route in ROUTES:
            assert f'{{{{ root }}}}{route.path}' not in text, (template.name, route.path)
