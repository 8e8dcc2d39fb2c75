"""The public and internal editions (editions.py): what the public edition leaves out is in
none of its files (pages, lists, counts, data files, feed, sitemap, search index), and the
internal edition holds all of it, marked."""
import gzip
import json
import re
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

from conftest import article, entity
from generator.build import analyse, build_site
from generator import editions as editions_module
from generator.cache import close_cache
from generator.editions import Withheld

# Each word only in what the public edition leaves out
CANARIES = ("Quenneville", "Gaspard", "Velvet", "internal-meeting", "Brackwater", "Ottoline", "secret-fixer",
            "zebrafinch", "hummingbird", "Harbinger", "embargoed-scoop", "velvetonly", "Kestrel", "internal-copy",
            "marmoset")

ISSUE_DOSSIER = {
    "dossier.yaml": 'title: "Editions"\nbase_url: https://example.org/d/\n',
    # the source: a pseudonym in public, the real name only in the internal edition
    "entities/source-x.yaml": entity("Lamplighter", internal_name="Gaspard Quenneville",
                                     internal_aliases="[Quenneville]",
                                     summary='"A source who goes by Lamplighter."'),
    "entities/secret-fixer.yaml": entity("Ottoline Brackwater", visibility="internal",
                                         summary='"A fixer the desk keeps to itself."'),
    "entities/prefecture.yaml": """
        name: "Prefecture of Nord"
        type: organization
        relations:
          - type: "paid"
            to: secret-fixer
          - type: "protects"
            to: source-x
            visibility: internal
            note: "zebrafinch arrangement"
          - type: "oversees"
            to: harbour
        """,
    "entities/harbour.yaml": entity("Old Harbour", "place"),
    "articles/internal-meeting.md": article(
        "Meeting at the Velvet Quay", "Gaspard Quenneville met [[source-x]] at the Prefecture of Nord.",
        visibility="internal", published="2024-02-01", tags="[velvetonly]", outlet="Desk"),
    "articles/internal-copy.md": article(
        "Mirror Copy Kestrel", "The same report, copied by the Prefecture of Nord newsletter.",
        visibility="internal", copy_of="public-report", published="2024-03-02", outlet="Newsletter"),
    "articles/public-report.md": article(
        "Harbour report", """
        Lamplighter spoke about the Prefecture of Nord and the Old Harbour.

        ::: internal
        Ottoline Brackwater arranged it [@internal-meeting]; hummingbird.
        :::

        The report goes on about the Old Harbour.
        """, published="2024-03-01", tags="[police]", outlet="Gazette"),
    "articles/embargoed-scoop.md": article(
        "Harbinger of the morning", "The Prefecture of Nord will announce it; marmoset.",
        embargo="2030-06-01T06:00+02:00", published="2024-04-01", tags="[police]", outlet="Gazette"),
    "summaries/overview.md": """
        ---
        title: "Overview"
        order: 1
        ---

        Lamplighter is our pseudonymous source on the Prefecture of Nord [@public-report].
        """,
}


def site_text(folder: Path) -> dict[str, str]:
    """Every file of the site as text, the search index's own files decompressed (gzip)."""
    texts = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if data[:2] == b"\x1f\x8b":
                data = gzip.decompress(data)
            texts[path.relative_to(folder).as_posix()] = data.decode("utf-8", errors="replace")
    return texts


def found(texts: dict[str, str], word: str) -> list[str]:
    return [name for name, text in texts.items() if word.lower() in text.lower()]


@pytest.fixture
def issue(make_dossier):
    return make_dossier(ISSUE_DOSSIER)


def test_the_public_edition_holds_nothing_it_leaves_out_in_any_file(issue):
    assert issue.build().code == 0
    texts = site_text(issue.output)
    assert "pagefind/shards.json" in texts and any(name.endswith(".pf_fragment") for name in texts)
    assert {word: found(texts, word) for word in CANARIES} == {word: [] for word in CANARIES}
    # what stays: the pseudonym, the public article (without its block), the summary's citation
    assert "Lamplighter" in issue.page("entities/source-x.html")
    body = issue.page("articles/public-report.html")
    assert "The report goes on about the Old Harbour." in body and "Internal" not in body
    assert not (issue.output / "articles/internal-meeting.html").exists()
    assert not (issue.output / "articles/embargoed-scoop.html").exists()
    assert not (issue.output / "entities/secret-fixer.html").exists()
    assert not (issue.output / "tags/velvetonly.html").exists()
    # counts and totals: one article, in one family of its own
    home = issue.page("index.html")
    assert re.search(r"<strong>1</strong> articles?<", home)
    assert re.search(r"<strong>3</strong> entities<", home)
    assert re.search(r"<strong>1</strong> named outlets?<", home)
    assert "Desk" not in home and "Newsletter" not in texts["sources/index.html"]
    tags = issue.page("tags/police.html")
    assert "Harbour report" in tags and tags.count('class="item article-item"') == 1
    # the relations left: only 'oversees' (not to the internal entity, not the internal one)
    graph = texts["data/graph.js"]
    assert "oversees" in graph and "paid" not in graph and "protects" not in graph
    assert "protects" not in issue.page("entities/source-x.html")
    feed, sitemap = texts["feed.xml"], texts["sitemap.xml"]
    assert "public-report" in feed and "public-report" in sitemap
    marker = json.loads(texts[".dossier-site.json"])
    assert marker["edition"] == "public" and "2030" not in texts[".dossier-site.json"]


def test_the_internal_edition_holds_everything_marked(issue):
    assert issue.build("--internal").code == 0
    texts = site_text(issue.output)
    search = {name: text for name, text in texts.items() if name.startswith("pagefind/")}
    for word in CANARIES:
        assert found(texts, word), word
    assert found(search, "Quenneville") and found(search, "hummingbird")
    pages = [name for name in texts if name.endswith(".html")]
    assert len(pages) > 10
    for name in pages:
        assert "Internal — not for publication" in texts[name], name
        assert '<meta name="robots" content="noindex">' in texts[name], name
    assert not (issue.output / "feed.xml").exists() and not (issue.output / "sitemap.xml").exists()
    assert "application/atom+xml" not in texts["index.html"]
    source = issue.page("entities/source-x.html")
    assert "Real name (internal):" in source and "Gaspard Quenneville" in source
    scoop = issue.page("articles/embargoed-scoop.html")
    assert "Embargoed until 1 June 2030, 06:00 (UTC+02:00)" in scoop
    assert "Internal: not in the public edition" in issue.page("articles/internal-meeting.html")
    report = issue.page("articles/public-report.html")
    assert '<div class="internal-block">\n<p class="internal-label"><strong>Internal</strong></p>' in report
    assert "hummingbird" in report
    # the internal name is linked where the internal article writes it
    assert 'data-entity="source-x" href="../entities/source-x.html">Gaspard Quenneville</a>' in \
        issue.page("articles/internal-meeting.html")
    assert json.loads(texts[".dossier-site.json"])["edition"] == "internal"
    relations = issue.page("entities/prefecture.html")
    assert re.search(r'protects</span>.*?<span class="edition-note">Internal</span>', relations, re.S)
    assert relations.count('<span class="edition-note">Internal</span>') == 1


def test_an_embargo_ends_at_its_moment(issue, monkeypatch):
    assert issue.build("--as-of", "2030-06-01T05:59+02:00").code == 0
    assert not (issue.output / "articles/embargoed-scoop.html").exists()
    # by the clock: nothing changed in the dossier, but the embargo ended since the last build
    issue.settle()
    assert issue.build().code == 0
    assert "up to date" in issue.build().out

    class Later(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2030, 6, 1, 4, 0, 1, tzinfo=timezone.utc)
    monkeypatch.setattr(editions_module, "datetime", Later)
    result = issue.build()
    assert "up to date" not in result.out and "marmoset" in issue.page("articles/embargoed-scoop.html")
    monkeypatch.undo()
    assert issue.build("--as-of", "2030-06-01T04:00Z").code == 0
    assert "marmoset" in issue.page("articles/embargoed-scoop.html")
    assert "embargoed" not in issue.page("articles/embargoed-scoop.html").lower().replace("embargoed-scoop", "")


def test_switching_editions_replaces_the_site_and_a_warm_public_build_equals_a_cold_one(issue, tmp_path):
    assert issue.build().code == 0
    assert issue.build("--internal").code == 0
    assert not (issue.output / "feed.xml").exists()
    assert issue.build().code == 0
    warm_files = site_text(issue.output)
    assert {word: found(warm_files, word) for word in CANARIES} == {word: [] for word in CANARIES}
    shutil.rmtree(issue.root / ".dossier-cache")
    cold = tmp_path / "cold"
    build_site(issue.root, cold, workers=1)
    cold_files = site_text(cold)
    marker_w, marker_c = (json.loads(files.pop(".dossier-site.json")) for files in (warm_files, cold_files))
    # (the search index is compared by its answers, as in test_incremental.py: its files name shards by hash)
    assert {name: text for name, text in warm_files.items() if not name.startswith("pagefind/")} == \
        {name: text for name, text in cold_files.items() if not name.startswith("pagefind/")}
    assert marker_w["edition"] == marker_c["edition"] == "public"


def test_a_public_text_citing_or_linking_an_internal_item_is_an_error(issue):
    issue.add({"summaries/leaky.md": """
        ---
        title: "Leaky"
        ---

        As the desk heard [@internal-meeting], and see [[secret-fixer]] and [@embargoed-scoop].

        ::: internal
        This one is fine: [@internal-meeting].
        :::
        """})
    result = issue.build()
    assert result.code == 1
    path = "dossier/summaries/leaky.md"
    assert set(result.err.splitlines()[:3]) == {
        f"{path}:5: [@internal-meeting] cites the internal article 'internal-meeting'; make it public "
        "(visibility: public) or move the citation into a '::: internal' block",
        f"{path}:5: [[secret-fixer]] links the internal item 'secret-fixer'; make it public (visibility: public) "
        "or move the link into a '::: internal' block",
        f"{path}:5: [@embargoed-scoop] cites the article 'embargoed-scoop', embargoed until "
        "2030-06-01T06:00:00+02:00; wait for its embargo to end, or move the citation into a '::: internal' block"}
    assert "Build failed: 3 errors" in result.err
    assert issue.build("--internal").code == 0
    checked = issue.check()
    assert checked.code == 1 and checked.err.count("cites the internal article 'internal-meeting'") == 1


def test_the_content_model_s_mistakes_are_told_with_their_line(make_dossier):
    dossier = make_dossier({
        "dossier.yaml": "default_visibility: secret\n",
        "articles/a.md": article("A", "Text.", visibility="private", embargo="2025-06-01T06:00"),
        "articles/b.md": article("B", "Text.\n\n::: internal\nnever closed\n"),
        "entities/x.yaml": entity("X", visibility="hidden"),
        "summaries/s.md": "---\ntitle: S\nembargo: tomorrow\n---\n\nText.\n",
    })
    result = dossier.check()
    root = Path("dossier")
    assert result.code == 1
    lines = result.err.splitlines()
    assert f"{root / 'dossier.yaml'}:1: default_visibility is 'secret'; it must be one of: internal, public" in lines
    assert f"{root / 'articles/a.md'}:3: 'visibility' is 'private'; it must be one of: internal, public" in lines
    assert (f"{root / 'articles/a.md'}:4: 'embargo' is '2025-06-01T06:00', not a date and time with its offset; "
            "write a date and time with its offset from UTC, such as 2025-06-01T06:00+02:00 (or 2025-06-01T04:00Z)"
            ) in lines
    assert f"{root / 'entities/x.yaml'}:3: 'visibility' is 'hidden'; it must be one of: internal, public" in lines
    assert any(line.startswith(f"{root / 'summaries/s.md'}:3: 'embargo' is 'tomorrow'") for line in lines)
    assert (f"{root / 'articles/b.md'}:7: the internal block opened here ('::: internal') is never closed; "
            "add a line ':::' where it ends") in lines
    assert dossier.build().code == 1 and not dossier.output.exists()


def test_default_visibility_internal_publishes_only_what_is_marked_public(make_dossier):
    dossier = make_dossier({
        "dossier.yaml": "default_visibility: internal\n",
        "articles/kept.md": article("Published piece", "Text.", visibility="public"),
        "articles/draft.md": article("Unmarked draft", "Text."),
    })
    assert dossier.build().code == 0
    assert (dossier.output / "articles/kept.html").exists()
    assert not found(site_text(dossier.output), "Unmarked draft")


def test_withheld_and_published_words_for_the_leak_check(issue):
    analysis = analyse(issue.root, internal=False, as_of=datetime(2025, 1, 1, tzinfo=timezone.utc))
    close_cache(analysis.cache)
    withheld = {(item.item_id, item.kind): item for item in analysis.withheld}
    assert all(isinstance(item, Withheld) for item in analysis.withheld)
    assert set(withheld) == {("internal-meeting", "article"), ("internal-copy", "article"),
                             ("embargoed-scoop", "article"), ("secret-fixer", "entity"),
                             ("source-x", "internal name"), ("public-report", "internal block"),
                             ("prefecture", "relation")}
    assert withheld[("source-x", "internal name")].words == ("Gaspard Quenneville", "Quenneville")
    assert withheld[("internal-meeting", "article")].words == ("internal-meeting", "Meeting at the Velvet Quay")
    assert "Gaspard Quenneville met" in withheld[("internal-meeting", "article")].texts[0]
    block = withheld[("public-report", "internal block")]
    assert block.texts == ("Ottoline Brackwater arranged it [@internal-meeting]; hummingbird.",)
    assert Path(block.path) == issue.root / "articles/public-report.md" and block.line == 10
    assert {"Lamplighter", "public-report", "Harbour report", "Prefecture of Nord"} <= analysis.published_words
    assert not {"Quenneville", "Gaspard Quenneville", "secret-fixer"} & analysis.published_words
    internal = analyse(issue.root, internal=True)
    close_cache(internal.cache)
    assert internal.withheld == () and internal.published_words == frozenset()


@pytest.mark.parametrize("edit", ["block", "publish", "withdraw", "relation"])
def test_a_warm_public_build_after_an_edit_equals_a_cold_one(issue, tmp_path, edit):
    from test_incremental import rebuild_like_cold, replace as replace_text
    build_site(issue.root, issue.output, search=False)
    root = issue.root
    if edit == "block":
        replace_text(root / "articles/public-report.md", "hummingbird", "Old Harbour again")
    elif edit == "publish":
        # (its text names the source by the real name: published as it is, the leak check stops it;
        # a desk publishing it writes the pseudonym)
        replace_text(root / "articles/internal-meeting.md", "visibility: internal", "visibility: public")
        replace_text(root / "articles/internal-meeting.md", "Gaspard Quenneville met", "Lamplighter met")
    elif edit == "withdraw":
        replace_text(root / "entities/harbour.yaml", "type: place", "type: place\nvisibility: internal")
    else:
        replace_text(root / "entities/prefecture.yaml", "visibility: internal", "visibility: public")
    issue.settle()
    rebuild_like_cold(root, issue.output, tmp_path / "cold")
    texts = site_text(issue.output)
    assert bool(found(texts, "Velvet")) == (edit == "publish")
    assert bool(found(texts, "protects")) == (edit == "relation")


def test_serve_shows_the_internal_edition_unless_asked_for_the_public_one(issue, tmp_path):
    from generator import serve as serve_module
    from generator.cli import _parser
    assert _parser().parse_args(["serve"]).public is False and _parser().parse_args(["serve", "--public"]).public
    for internal in (True, False):
        state = serve_module.ServerState(tmp_path / f"served-{internal}", internal=internal)
        error, result = serve_module.rebuild(issue.root, state, search=False)
        assert error is None and result is not None
        home = (state.output / "index.html").read_text(encoding="utf-8")
        assert ("Internal — not for publication" in home) == internal
        assert (state.output / "articles/internal-meeting.html").exists() == internal


def test_paragraphs_are_numbered_alike_in_both_editions(tmp_path):
    """An internal block's paragraphs are not numbered, so a 'para. N' locator and a reader's
    #p-N link name the same paragraph in the public and the internal edition."""
    from conftest import write_files
    root = write_files(tmp_path / "d", {
        "dossier.yaml": "title: T\n",
        "articles/a.md": article("A", "First paragraph of the text.\n\n::: internal\nDesk note, not for print.\n\n"
                                      "A second desk note.\n:::\n\nSecond paragraph of the text."),
        "summaries/s.md": "---\ntitle: S\n---\n\nAs the text says [@a, para. 2].\n"})
    for internal in (False, True):
        site = tmp_path / ("internal" if internal else "public")
        build_site(root, site, internal=internal)
        page = (site / "articles" / "a.html").read_text(encoding="utf-8")
        second = re.search(r'<p id="p-2">(.*?)</p>', page, re.S)
        assert second and second.group(1).startswith("Second paragraph of the text."), internal
        assert 'id="p-3"' not in page
        assert ("Desk note, not for print." in page) is internal
        assert 'a.html#p-2"' in (site / "summaries" / "s.html").read_text(encoding="utf-8")


def test_the_build_after_an_embargo_ends_is_incremental_and_equals_a_cold_one(issue, tmp_path):
    """The clock is not one of the options every page depends on: the embargoed article that
    comes in is an addition, as an edit would make it, and the warm site equals a cold one."""
    from test_incremental import tree
    before, after = datetime(2030, 6, 1, 3, 59, tzinfo=timezone.utc), datetime(2030, 6, 1, 4, 1, tzinfo=timezone.utc)
    build_site(issue.root, issue.output, search=False, as_of=before)
    assert not (issue.output / "articles/embargoed-scoop.html").exists()
    issue.settle()
    assert build_site(issue.root, issue.output, search=False, as_of=after).incremental
    assert "marmoset" in issue.page("articles/embargoed-scoop.html")
    shutil.rmtree(issue.root / ".dossier-cache")
    build_site(issue.root, tmp_path / "cold", search=False, workers=1, as_of=after, publication_from=issue.output)
    assert tree(issue.output) == tree(tmp_path / "cold")


QUOTED = "the State was losing the war on drugs in Marseille"   # 10 words of a public article


def test_an_internal_text_quoting_a_public_article_is_not_a_leak_but_its_own_words_are(make_dossier):
    d = make_dossier({
        "dossier.yaml": 'title: "Quotes"\n',
        "articles/prefect.md": article("The prefect speaks", f"The prefect said that {QUOTED}, and left.",
                                       published="2024-01-02"),
        "articles/desk-note.md": article("Desk note", f"The article says '{QUOTED}'. Check it with the mayor.",
                                         visibility="internal", published="2024-01-03"),
        "articles/follow-up.md": article("Follow-up", f"""
            The prefect spoke again on Monday.

            ::: internal
            As the first article said, {QUOTED.upper()}: our fixer drove the harbour master home every Friday.
            :::
            """, published="2024-01-04"),
    })
    run = d.build()
    assert run.code == 0, run.err
    assert QUOTED in d.page("articles/prefect.html")
    notes = [line for line in (run.err + run.out).splitlines() if "also written in a public text" in line]
    assert [note.split(":")[0] for note in notes] == ["dossier/articles/desk-note.md", "dossier/articles/follow-up.md"]
    assert "the words 'the state was losing the war on drugs' (and 2 other runs of 8 words) of the internal " \
           "article desk-note are also written" in notes[0]
    # the block's own words are still sought: a template printing them fails the public build
    d.add({"templates/article.html": '{% extends "!theme/article.html" %}'
                                     '{% block title %}Our fixer drove the harbour master home every Friday{% endblock %}'})
    run = d.build()
    assert run.code != 0
    assert "the words 'our fixer drove the harbour master home every' of its text of the internal block of " \
           "follow-up" in run.err, run.err


def test_a_warning_about_an_internal_file_stays_out_of_the_public_sites_marker(make_dossier):
    """The warnings a build keeps go into the site's marker, published with the site: one about
    a file the public edition leaves out would name it there."""
    d = make_dossier({"dossier.yaml": 'title: "Marker"\n',
                      "articles/open.md": article("Open", "Public text.", published="2024-01-01"),
                      "articles/hidden-source-herve.md": article("Quayside Ledger Notes", "Internal text.", visibility="internal",
                                                                 published="2024-01-02", foo="bar")})
    assert d.build().code == 0
    assert "hidden-source-herve" not in (d.output / ".dossier-site.json").read_text(encoding="utf-8")
    assert d.build("--internal").code == 0
    assert "hidden-source-herve" in (d.output / ".dossier-site.json").read_text(encoding="utf-8")
