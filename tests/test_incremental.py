"""Incremental builds: after each edit, the site built from the previous one (rendering only
the pages the edit touches) is byte-identical to a cold build of the same content."""
import hashlib
import shutil

import pytest

from conftest import REPO, article, entity
from generator.build import build_site
from generator.cache import CACHE_FOLDER

ARTICLE = "articles/igpn-raid-drug-squad.md"


def tree(folder):
    """Every file but the search index (compared by its answers in test_browser.py) and the marker."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()
            and p.relative_to(folder).parts[0] != "pagefind" and p.name != ".dossier-site.json"}


def append(path, text):
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def rebuild_like_cold(content, warm, cold, **options):
    """An incremental build of `content` into `warm`, then a cold single-process one into
    `cold` without the cache; asserts that the first was incremental and both are the same.
    (The cold one is measured against the warm one's last publication: its "What's new".)"""
    assert build_site(content, warm, search=False, **options).incremental
    shutil.rmtree(content / CACHE_FOLDER)
    build_site(content, cold, search=False, workers=1, publication_from=warm, **options)
    assert tree(warm) == tree(cold)


# (what the edit is, how to make it, whether the rebuild can be incremental)
EDITS = [
    ("a sentence without names", lambda c: append(c / ARTICLE, "\nThe report gives no further detail.\n"), True),
    ("one more mention of a mentioned entity (its total changes)",
     lambda c: append(c / ARTICLE, "\nMarseille, once more.\n"), True),
    ("a summary's text (the home page shows the lead summary)",
     lambda c: append(c / "summaries/overview.md", "\nA closing line for the overview.\n"), True),
    ("a snippet's sentence", lambda c: replace(c / ARTICLE, "Citing Le Parisien", "Quoting Le Parisien"), True),
    ("a mention of an entity the article did not mention",
     lambda c: append(c / ARTICLE, "\nEmmanuel Macron said nothing about it.\n"), True),
    ("a mention taken out", lambda c: replace(c / ARTICLE, "Emmanuel Macron said", "Someone said"), True),
    ("a citation in a summary (the cited article lists it)",
     lambda c: append(c / "summaries/overview.md", "\nAn aggregator carried it too [@americaone-ofast-sting].\n"), True),
    ("a link in a summary", lambda c: append(c / "summaries/overview.md", "\nSee [[corruption-methods]].\n"), True),
    ("a title (links, citations and relations show it)",
     lambda c: replace(c / ARTICLE, "Police oversight raids", "Police oversight searches"), True),
    ("a date (the lists and timelines order by it)",
     lambda c: replace(c / ARTICLE, 'published: "spring 2024"', 'published: "2023-11-20"'), True),
    ("tags", lambda c: replace(c / ARTICLE, "tags: [corruption, police, violence]", "tags: [police, raids]"), True),
    ("an entity's summary past its first sentence (its page alone)",
     lambda c: replace(c / "entities/places/marseille.yaml", "there in 2023.", "there in 2023, by official counts."), True),
    ("an entity's one line (its summary's first sentence: its chips, lists and the totals' pages)",
     lambda c: replace(c / "entities/people/gerald-darmanin.yaml", "at the time of the reports", "when the reports came out"),
     True),
    ("an entity's roles", lambda c: replace(c / "entities/people/gerald-darmanin.yaml", 'roles: ["Interior Minister (2024)"]',
                                            'roles: ["Interior Minister (2024)", "Budget Minister (2017-2020)"]'), True),
    ("an event's one line (its timeline entry on its related entities' pages)",
     lambda c: replace(c / "entities/events/place-nette-marseille.yaml", "summary: |\n", "summary: |\n  Announced loudly. "),
     True),
    ("an entity's aliases (the texts that hold one render again)",
     lambda c: replace(c / "entities/places/marseille.yaml", 'aliases: ["Marseilles"]', "aliases: [Massilia, Marseille-based]"),
     True),
    ("an alias that another entity's summary holds (that entity's page shows the new mention)",
     lambda c: replace(c / "entities/places/colombia.yaml", "name: \"Colombia\"\n",
                       "name: \"Colombia\"\naliases: [\"exporter working through\"]\n"), True),   # (dea-tip alone)
    ("an alias that a summary holds (its mentions change, and the lists and totals with them)",
     lambda c: replace(c / "entities/organizations/french-customs.yaml", '"Douane"]', '"Douane", "bananas bound"]'), True),
    ("a new entity whose name texts hold (their chips, the lists and totals, its page)",
     lambda c: (c / "entities/people/interior-minister.yaml").write_text('name: "Interior Minister"\ntype: person\n'
                                                                         'summary: "The office, as the texts name it."\n'),
     True),
    ("that entity deleted (the texts that named it, the lists and totals; its page goes)",
     lambda c: (c / "entities/people/interior-minister.yaml").unlink(), True),
    ("a new entity declaring a relation (the other end's page, the graph)",
     lambda c: (c / "entities/organizations/cartel.yaml").write_text('name: "DZ Mafia"\ntype: organization\n' + RELATION),
     True),
    ("that entity deleted (the other end's page, the graph)", lambda c: (c / "entities/organizations/cartel.yaml").unlink(),
     True),
    ("an event deleted (its place's relations and timeline, the timeline page)",
     lambda c: (c / "entities/events/student-killed.yaml").unlink(), True),
    ("a new event with a place and participants (the timelines, their pages, the graph)",
     lambda c: (c / "entities/events/new-event.yaml").write_text(
         'name: "A hearing"\ntype: event\ndate: 2024-05-02\nplace: marseille\nparticipants: [igpn, herve]\n'
         'tags: [police]\nsummary: "A hearing in Marseille."\n'), True),
    ("a new entity that a clipping attaches by hand", lambda c: (
        (c / "entities/people/new-person.yaml").write_text('name: "Nadia Kerrouche"\ntype: person\n'),
        replace(c / ARTICLE, "language: en\n", "language: en\nentities: [new-person]\n")),
     True),
    ("an entity's name (its chips, links, relations, timeline entries; the lists' order)",
     lambda c: replace(c / "entities/places/colombia.yaml", "name: \"Colombia\"", "name: \"Columbia\""), True),
    ("links to entities, in a summary and in the first sentence of an entity's summary",
     lambda c: (append(c / "summaries/overview.md", "\nSee [[herve]] and [[igpn]].\n"),
                replace(c / "entities/organizations/border-police.yaml", "summary: |\n", "summary: |\n  Heard [[herve]]. "),
                replace(c / "entities/organizations/border-police.yaml", "inside help.", "inside help. William Molinie wrote of it.\n\n  Read [[william-molinie]] on the subject.")),
     True),
    ("a name that texts link to by its id (they show it) and that comes first in the lists",
     lambda c: replace(c / "entities/people/herve.yaml", 'name: "Hervé"', 'name: "Aardvark Hervé"'), True),
    ("a name that an entity's summary links to past its first sentence (that entity's page shows it)",
     lambda c: replace(c / "entities/people/william-molinie.yaml", 'name: "William Molinié"', 'name: "W. Molinié"'), True),
    ("an entity's type", lambda c: replace(c / "entities/organizations/igpn.yaml", "type: organization", "type: agency"),
     True),
    ("an event's date (the timelines, its place's and participants' pages)",
     lambda c: replace(c / "entities/events/igpn-raid.yaml", 'date: "spring 2024"', "date: 2024-02"), True),
    ("an event's place and participants (the pages of both, as they were and are)",
     lambda c: replace(c / "entities/events/igpn-raid.yaml", "place: marseille\nparticipants: [igpn]",
                       "place: france\nparticipants: [igpn, ofast]"), True),
    ("an event no longer an event (the timelines of the entities related to it)",
     lambda c: replace(c / "entities/events/new-event.yaml", "type: event", "type: meeting"), True),
    ("an entity's tags (its page alone)", lambda c: replace(c / "entities/organizations/ofast.yaml",
                                                            "tags: [ofast-affair, police]", "tags: [police, customs]"),
     True),
    ("a relation's date (both ends' lists and timelines, the graph)",
     lambda c: replace(c / "entities/people/gerald-darmanin.yaml", "date: 2024-03", "date: 2024-04"), True),
    ("a relation declared", lambda c: append(c / "entities/places/colombia.yaml", RELATION), True),
    ("that relation taken out", lambda c: replace(c / "entities/places/colombia.yaml", RELATION, ""), True),
    ("a static file added (copied to the site as it is: no page changes)",
     lambda c: (c / "static" / "img").mkdir(parents=True) or (c / "static/img/map.svg").write_text("<svg/>\n"), True),
    ("that static file changed", lambda c: (c / "static/img/map.svg").write_text("<svg><g/></svg>\n"), True),
    ("another at the site's root", lambda c: (c / "static/robots.txt").write_text("User-agent: *\n"), True),
    ("a static file that an incremental build copied, deleted with a template changed (the full build's swap "
     "knows the file as the site's own: it goes)",
     lambda c: ((c / "static/robots.txt").unlink(),
                replace(c / "templates/summary.html", "<p>{% for t in page.tags %}", "<p class=\"tags\">{% for t in page.tags %}")),
     False),
    ("the first static file deleted", lambda c: (c / "static/img/map.svg").unlink(), True),
    ("a static file where an emptied static folder was (the patch took the folder out)",
     lambda c: (c / "static/img").rmdir() or (c / "static/img").write_text("not a folder\n"), True),
    ("a static folder where that file was (a full build)",
     lambda c: (c / "static/img").unlink() or (c / "static/img").mkdir() or (c / "static/img/a.txt").write_text("a\n"),
     False),
    ("and a file again where that folder was (a full build)",
     lambda c: (c / "static/img/a.txt").unlink() or (c / "static/img").rmdir() or (c / "static/img").write_text("b\n"),
     False),
    ("a sentence again, after full builds", lambda c: append(c / ARTICLE, "\nA last line.\n"), True),
    ("a new clipping", 
     lambda c: (c / NEW).write_text(clipping("Customs seize a cargo in Marseille", "2024-06-02", "[ofast-affair, customs]",
                                             "The IGPN and French customs were both in Marseille that week.")), True),
    ("a new clipping that comes first and spells a tag its own way (every page with the tag shows that name)",
     lambda c: (c / "articles/0-first.md").write_text(clipping("First in line", "2023-01-01", "[OFAST Affair]",
                                                               "Nothing new.")), True),
    ("another new clipping, undated, naming nobody",
     lambda c: (c / "articles/second-new.md").write_text(clipping("A quiet week", None, "[]", "Nothing of note.")), True),
    ("a new clipping that is a copy of another (its family changes)",
     lambda c: (c / "articles/copied.md").write_text(clipping("A reprint", "2024-06-03", "[police]", "Reprinted.",
                                                              "copy_of: " + NEW.removesuffix(".md").split("/")[1])), True),
    ("a copy's title (the family on each member's page)",
     lambda c: replace(c / "articles/copied.md", 'title: "A reprint"', 'title: "A reprint, retitled"'), True),
    ("a translation declared (a family joined: the counts of independent sources where members are cited)",
     lambda c: replace(c / ARTICLE, "language: en\n", "language: en\ntranslation_of: lemonde-ofast-sting\n"), True),
    ("that translation taken out again", lambda c: replace(c / ARTICLE, "translation_of: lemonde-ofast-sting\n", ""),
     True),
    ("an original's syndicated copies (on every member's page and the sources page)",
     lambda c: replace(c / "articles/lemonde-ofast-sting.md", 'outlet: "Daily8"', 'outlet: "Daily 8"'), True),
    ("a copy made an original (a family split)",
     lambda c: replace(c / "articles/americaone-ofast-sting.md", "copy_of: lemonde-ofast-sting\n", ""), True),
    ("a new summary (the articles it cites list it)", lambda c: (c / "summaries/new-summary.md").write_text(
        "---\ntitle: A new summary\ntags: [police]\norder: 0\n---\n\nGérald Darmanin, again "
        "[@igpn-raid-drug-squad].\n"), True),
    ("a summary's title and tags", lambda c: replace(c / "summaries/new-summary.md", "title: A new summary\ntags: [police]",
                                                      "title: A summary retitled\ntags: [policy]"), True),
    ("a deleted summary", lambda c: (c / "summaries/new-summary.md").unlink(), True),
    ("a deleted clipping", lambda c: (c / "articles/second-new.md").unlink(), True),
    ("a deleted copy (its family changes)", lambda c: (c / "articles/copied.md").unlink(), True),
    ("the last clipping with a tag deleted (the tag's page goes)", lambda c: (c / NEW).unlink(), True),
    ("the clipping that named a tag deleted", lambda c: (c / "articles/0-first.md").unlink(), True),
]
NEW = "articles/new-clipping.md"
RELATION = 'relations:\n  - type: "shipped cocaine to"\n    to: france\n    inverse: "received cocaine from"\n    date: 2023\n'


def clipping(title, published, tags, body, extra=""):
    return (f"---\ntitle: \"{title}\"\noutlet: Example Outlet\n" + (f"published: \"{published}\"\n" if published else "")
            + f"tags: {tags}\n{extra}\n---\n\n{body}\n")


@pytest.fixture(scope="module")
def dossier(tmp_path_factory):
    folder = tmp_path_factory.mktemp("incremental")
    shutil.copytree(REPO / "content", folder / "content")
    # an override that shows what the default theme leaves out: the totals of the entities
    # on an entity's timeline (the plan must follow the views, not only the default templates)
    (folder / "content" / "templates").mkdir()
    (folder / "content" / "templates" / "entity.html").write_text(
        '{% extends "!theme/entity.html" %}{% block content %}{{ super() }}<p>{% for e in page.timeline %}'
        '{% for x in e.entities %}{{ x.id }}: {{ x.count }} {% endfor %}{% endfor %}</p>{% endblock %}\n')
    # and the tags' names as the tags page spells them, on articles and summaries
    for kind in ("article", "summary"):
        (folder / "content" / "templates" / f"{kind}.html").write_text(
            f'{{% extends "!theme/{kind}.html" %}}{{% block content %}}{{{{ super() }}}}<p>{{% for t in page.tags %}}'
            '{{ t.name }} {% endfor %}</p>{% endblock %}\n')
    # an entity carrying a tag: its page shows the tag under the tags page's name, which a new
    # clipping can change (it spells the tag first)
    ofast = folder / "content" / "entities" / "organizations" / "ofast.yaml"
    assert "tags:" not in ofast.read_text(encoding="utf-8")
    append(ofast, "tags: [ofast-affair, police]\n")
    warm = folder / "warm"
    build_site(folder / "content", warm, search=False)
    return folder


@pytest.mark.parametrize("what, edit, incremental", EDITS, ids=[e[0] for e in EDITS])
def test_an_incremental_rebuild_equals_a_cold_build(dossier, what, edit, incremental):
    content, warm = dossier / "content", dossier / "warm"
    before = tree(warm)
    edit(content)
    result = build_site(content, warm, search=False)
    assert result.incremental == incremental
    shutil.rmtree(content / CACHE_FOLDER, ignore_errors=True)
    cold = dossier / f"cold-{len(list(dossier.glob('cold-*')))}"
    build_site(content, cold, search=False, workers=1, publication_from=warm)
    after, expected = tree(warm), tree(cold)
    assert after.keys() == expected.keys()
    assert [path for path in expected if after[path] != expected[path]] == []
    assert before != after   # the edit showed


def test_a_failed_incremental_build_leaves_the_site_as_it_was(tmp_path, monkeypatch):
    from conftest import article, write_files
    from generator import search as search_module
    from generator.search import SearchIndexError
    content = write_files(tmp_path / "content", {f"articles/a{i}.md": article(f"A{i}", f"Text {i}.") for i in range(5)})
    site = tmp_path / "site"
    build_site(content, site)
    before = {**tree(site), "marker": (site / ".dossier-site.json").read_text()}

    def broken(*args, **kwargs):
        raise SearchIndexError("Pagefind could not build the search index (test)")

    monkeypatch.setattr(search_module, "update_search_index", broken)
    (content / "articles" / "a1.md").write_text(article("A1", "Text 1, edited."))
    with pytest.raises(SearchIndexError):
        build_site(content, site)
    assert {**tree(site), "marker": (site / ".dossier-site.json").read_text()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site")] == []
    monkeypatch.undo()
    assert build_site(content, site).incremental
    assert "Text 1, edited." in (site / "articles" / "a1.html").read_text()


def test_a_build_killed_while_patching_is_followed_by_a_full_one(tmp_path):
    import json
    from conftest import article, write_files
    content = write_files(tmp_path / "content", {f"articles/a{i}.md": article(f"A{i}", f"Text {i}.") for i in range(5)})
    site = tmp_path / "site"
    build_site(content, site, search=False)
    marker = json.loads((site / ".dossier-site.json").read_text())
    (site / ".dossier-site.json").write_text(json.dumps({**marker, "incomplete": True}))   # as if killed there
    again = build_site(content, site, search=False)
    assert not again.up_to_date and not again.incremental
    assert "incomplete" not in json.loads((site / ".dossier-site.json").read_text())


def test_a_clipping_added_moved_or_deleted_renders_only_the_pages_it_reaches(make_dossier, tmp_path):
    """In a dossier of 120 articles, a new one renders its own page, its entities' pages, the
    lists, and the related articles of its neighbours in the lists of the entities it
    mentions (those within half a window of it): not the articles further away, nor the
    entity it does not mention, nor the other tag's pages."""
    files = {"entities/ana.yaml": entity("Ana Lopes"), "entities/bo.yaml": entity("Bo Berg"),
             "entities/cy.yaml": entity("Cy Dahl")}
    for number in range(120):
        names = "Ana Lopes" + (" and Bo Berg" if number % 3 == 0 else "") + (" with Cy Dahl" if number >= 100 else "")
        files[f"articles/a{number:03d}.md"] = article(f"Report {number}", f"{names} met.",
                                                      published=f"2024-01-01T{number // 60:02d}:{number % 60:02d}Z",
                                                      tags="[even]" if number % 2 == 0 else "[odd]")
    d = make_dossier(files)
    first = build_site(d.root, d.output, search=False)
    before = tree(d.output)
    d.root.joinpath("articles/new.md").write_text(article("A new report", "Ana Lopes and Bo Berg met again.",
                                                          published='"2024-01-01T00:30:30Z"', tags="[odd]"))
    result = build_site(d.root, d.output, search=False)
    assert result.incremental and result.pages == first.pages + 1
    after = tree(d.output)
    shutil.rmtree(d.root / CACHE_FOLDER)
    build_site(d.root, tmp_path / "cold", search=False, workers=1, publication_from=d.output)
    expected = tree(tmp_path / "cold")
    assert after.keys() == expected.keys() and [p for p in expected if after[p] != expected[p]] == []
    changed = {path for path in after if before.get(path) != after[path]}
    assert "articles/new.html" in changed and "entities/ana.html" in changed and "entities/bo.html" in changed
    assert "tags/odd.html" in changed and "entities/cy.html" not in changed and "tags/even.html" not in changed
    # The new article comes between a030 and a031 in Ana's list. It is among the related
    # articles of the older ones within half a window of it (among equal scores the newest
    # win), down to a010, twenty places away; a009 is one place too far.
    related_changed = {p for p in changed if p.startswith("articles/a")}
    assert {"articles/a010.html", "articles/a029.html"} <= related_changed
    assert "articles/a009.html" not in changed and "articles/a119.html" not in changed

    # moved far in time, it leaves the related lists of its old neighbours and enters others;
    # deleted, it leaves them all
    moved = (lambda: d.root.joinpath("articles/new.md").write_text(article(
        "A new report", "Ana Lopes and Bo Berg met again.", published='"2024-01-01T01:50:30Z"', tags="[odd]")))
    deleted = (lambda: d.root.joinpath("articles/new.md").unlink())
    for edit, reached, pages in ((moved, {"articles/a010.html", "articles/a029.html", "articles/a095.html"},
                                  first.pages + 1),
                                 (deleted, {"articles/a095.html"}, first.pages)):
        before = tree(d.output)
        edit()
        result = build_site(d.root, d.output, search=False)
        assert result.incremental and result.pages == pages
        after = tree(d.output)
        shutil.rmtree(d.root / CACHE_FOLDER)
        shutil.rmtree(tmp_path / "cold")
        build_site(d.root, tmp_path / "cold", search=False, workers=1, publication_from=d.output)
        expected = tree(tmp_path / "cold")
        assert after.keys() == expected.keys() and [p for p in expected if after[p] != expected[p]] == []
        assert reached <= {p for p in after if before.get(p) != after[p]}


def test_an_entitys_one_line_follows_the_title_its_summary_links_to(tmp_path):
    """An entity's summary that begins with a link to an article shows the article's title in
    its one line, which every chip of the entity carries (its title attribute), far beyond
    the pages an article's edit otherwise reaches: 60 articles name the entity, most of them
    out of reach of the linked one's related lists."""
    from conftest import write_files
    files = {"entities/herve.yaml": entity("Hervé", summary='"The man named in [[sting]]. A reservist."'),
             "articles/sting.md": article("The sting", "Hervé told his wife.", published="2020-01-01")}
    for number in range(60):
        files[f"articles/report-{number}.md"] = article(f"Report {number}", f"Hervé again, report {number}.",
                                                        published=f'"2025-01-01T{number // 60:02d}:{number % 60:02d}:00Z"')
    content = write_files(tmp_path / "content", files)
    warm = tmp_path / "warm"
    build_site(content, warm, search=False)
    replace(content / "articles" / "sting.md", 'title: "The sting"', 'title: "The big sting"')
    rebuild_like_cold(content, warm, tmp_path / "cold")
    assert 'title="Person: The man named in The big sting."' in (warm / "articles" / "report-0.html").read_text(encoding="utf-8")


def test_a_new_entity_reaches_the_sitemap(tmp_path):
    """With a base URL the site has a sitemap, which lists the new entity's page."""
    from conftest import write_files
    content = write_files(tmp_path / "content", {
        "entities/herve.yaml": entity("Hervé"),
        **{f"articles/a{i}.md": article(f"A{i}", f"Hervé and the harbour master, {i}.", published=f"2024-01-{i + 1:02d}")
           for i in range(5)}})
    warm, cold = tmp_path / "warm", tmp_path / "cold"
    build_site(content, warm, search=False, base_url="https://example.org/dossier/")
    (content / "entities" / "harbour-master.yaml").write_text(entity("Harbour master"), encoding="utf-8")
    rebuild_like_cold(content, warm, cold, base_url="https://example.org/dossier/")
    assert "entities/harbour-master.html" in (warm / "sitemap.xml").read_text(encoding="utf-8")


@pytest.mark.parametrize("edit", ["alias", "name"])
def test_a_text_whose_mention_spans_other_words_is_rendered_again_on_its_page(tmp_path, edit):
    """An alias or name that makes a mention span other words changes the HTML of the texts
    that hold it, where the outcome the state keeps (the ids mentioned, the counts, the
    snippet: here the whole short paragraph) stays the same; those texts' pages follow,
    here an unrelated entity's page and an article about someone else."""
    from conftest import write_files
    content = write_files(tmp_path / "content", {
        "entities/amra.yaml": entity("Amra"),
        "entities/van.yaml": entity("Prison van", "event", summary='"The van carrying Mohamed Amra was attacked."'),
        "articles/report.md": article("A report", "The van of Mohamed Amra.", published="2024-05-14")})
    warm, cold = tmp_path / "warm", tmp_path / "cold"
    build_site(content, warm, search=False)
    if edit == "alias":
        (content / "entities" / "amra.yaml").write_text(entity("Amra", aliases='["Mohamed Amra"]'), encoding="utf-8")
    else:
        (content / "entities" / "amra.yaml").write_text(entity("Mohamed Amra", aliases='["Amra"]'), encoding="utf-8")
    rebuild_like_cold(content, warm, cold)
    for page in ("entities/van.html", "articles/report.html"):
        assert 'data-entity="amra" href="../entities/amra.html">Mohamed Amra</a>' in (warm / page).read_text(encoding="utf-8")


def test_a_family_split_reaches_the_counts_of_independent_sources(tmp_path):
    """a is a copy of x, x a copy of b: one family. When x no longer says it copies b, the
    family splits; a summary citing a and b, and an entity that a and b name (x names
    nobody and is cited by no one), count two independent sources instead of one."""
    from conftest import write_files
    content = write_files(tmp_path / "content", {
        "entities/herve.yaml": entity("Hervé"),
        "articles/a.md": article("A", "Hervé spoke.", published="2024-01-03", copy_of="x"),
        "articles/x.md": article("X", "A report.", published="2024-01-02", copy_of="b"),
        "articles/b.md": article("B", "Hervé again.", published="2024-01-01"),
        "summaries/s.md": "---\ntitle: S\n---\n\nTwo reports [@a] [@b].\n"})
    warm, cold = tmp_path / "warm", tmp_path / "cold"
    build_site(content, warm, search=False)
    assert "independent sources: 1" in (warm / "summaries" / "s.html").read_text(encoding="utf-8")
    replace(content / "articles" / "x.md", "copy_of: b\n", "")
    rebuild_like_cold(content, warm, cold)
    for page in ("summaries/s.html", "entities/herve.html"):
        assert "independent sources: 2" in (warm / page).read_text(encoding="utf-8")
