"""What's new since the last publication (publication.py, views/whatsnew.py): each public
build records what it published in the site's marker; the next one lists what it added and
changed, marks it on the list pages and counts it on the home page."""
from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timezone

from generator.build import build_site
from generator.manifest import MARKER
from generator.publication import Publication, publish
from tests.conftest import article, entity, settle, write_files

MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
TUESDAY = datetime(2026, 3, 3, 17, 30, tzinfo=timezone.utc)
WEDNESDAY = datetime(2026, 3, 4, 8, 0, tzinfo=timezone.utc)


def files(**extra):
    base = {"dossier.yaml": 'title: "Desk"\n',
            "entities/herve.yaml": entity("Hervé", summary='"A police reservist."'),
            "articles/sting.md": article("The sting", "Hervé talked.", published="2025-05-21"),
            "articles/raid.md": article("The raid", "A raid.", published="2025-06-01"),
            "summaries/brief.md": article("The brief", "What we know.", date="2025-06-02")}
    base.update(extra)
    return base


def build(content, output, when, **options):
    settle(content)
    return build_site(content, output, search=False, workers=1, as_of=when, **options)


def tree(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != MARKER}


def page(folder, relative):
    return (folder / relative).read_text(encoding="utf-8")


def marks(folder):
    """The list pages' marks, as data/new.js gives them to the lists' script."""
    text = page(folder, "data/new.js")
    return json.loads(text[text.index("{"):text.rindex("}") + 1])


def main(html):
    return html.split('<main id="main"', 1)[1].split("</main>", 1)[0]


def test_the_first_publication_says_so_and_marks_nothing(tmp_path):
    content, site = write_files(tmp_path / "content", files()), tmp_path / "site"
    build(content, site, MONDAY)
    new = main(page(site, "new/index.html"))
    assert "This is the first publication of this dossier: everything in it is new." in new
    assert "<li" not in new
    assert "whats-new-note" not in page(site, "index.html")
    assert marks(site) == {}
    assert '<a href="../new/index.html" aria-current="page">What&#39;s new</a>' in page(site, "new/index.html")
    record = json.loads((site / MARKER).read_text())["publication"]
    assert record["date"] == "2026-03-02T09:00:00+00:00" and record["previous"] is None
    assert record["items"]["article/sting"][:2] == ["article", "The sting"]


def test_the_next_publication_lists_what_it_added_and_changed_newest_first(tmp_path):
    content, site = write_files(tmp_path / "content", files()), tmp_path / "site"
    build(content, site, MONDAY)
    write_files(content, {"articles/sting.md": article("The sting", "Hervé talked. Then he left.",
                                                      published="2025-05-21"),
                          "articles/leak.md": article("The leak", "New facts.", published="2025-07-01"),
                          "entities/ofast.yaml": entity("Ofast", "organization")})
    build(content, site, TUESDAY)
    new = main(page(site, "new/index.html"))
    assert 'since the previous publication, on <time datetime="2026-03-02T09:00:00+00:00">2 March 2026, 09:00 UTC' \
        '</time>, newest first.' in new
    listed = re.findall(r'href="\.\./([^"]+)">([^<]+)</a>\s*<span class="item-meta"><span class="badge kind">(\w+)'
                        r'</span> <span class="badge fresh">(\w+)</span> <time datetime="([^"]+)">([^<]+)</time>', new)
    assert listed == [("articles/leak.html", "The leak", "Article", "new", "2026-03-03T17:30:00+00:00",
                       "3 March 2026, 17:30 UTC"),
                      ("articles/sting.html", "The sting", "Article", "updated", "2026-03-03T17:30:00+00:00",
                       "3 March 2026, 17:30 UTC"),
                      ("entities/ofast.html", "Ofast", "Entity", "new", "2026-03-03T17:30:00+00:00",
                       "3 March 2026, 17:30 UTC")]
    assert ('<p class="whats-new-note"><a href="new/index.html">2 new and 1 updated since 2 March 2026, 09:00 UTC'
            '</a></p>') in page(site, "index.html")
    # the lists' marks, which their script puts in beside each title (tests/test_browser_whatsnew.py)
    assert marks(site) == {"article/leak": "new", "article/sting": "updated", "entity/ofast": "new"}
    for kind, listed in (("article", "articles"), ("entity", "entities"), ("summary", "summaries")):
        html = page(site, f"{listed}/index.html")
        assert f'data-marks="{kind}"' in html and '<script src="../data/new.js" defer></script>' in html
    assert '<li class="item article-item" data-id="leak">' in page(site, "articles/index.html")

    # a third publication: only what changed since Tuesday; the first dates are kept
    write_files(content, {"summaries/brief.md": article("The brief", "What we know now.", date="2025-06-02")})
    build(content, site, WEDNESDAY)
    new = main(page(site, "new/index.html"))
    assert re.findall(r'href="\.\./([^"]+)"', new) == ["summaries/brief.html"]
    assert "3 March 2026, 17:30 UTC" in new and '<span class="badge fresh">updated</span>' in new
    items = json.loads((site / MARKER).read_text())["publication"]["items"]
    assert items["article/leak"][3:] == ["2026-03-03T17:30:00+00:00", "2026-03-03T17:30:00+00:00"]
    assert items["summary/brief"][3:] == ["2026-03-02T09:00:00+00:00", "2026-03-04T08:00:00+00:00"]


def test_a_rebuild_with_nothing_changed_is_not_a_publication_and_warm_equals_cold(tmp_path):
    content, site = write_files(tmp_path / "content", files()), tmp_path / "site"
    build(content, site, MONDAY)
    write_files(content, {"articles/raid.md": article("The raid", "A raid at dawn.", published="2025-06-01")})
    result = build(content, site, TUESDAY)
    assert result.incremental                          # (the publication's pages made again with the edit)
    warm = tree(site)
    record = json.loads((site / MARKER).read_text())["publication"]
    # a cold build over the same folder, later: nothing changed since, so the same site and record
    build(content, site, WEDNESDAY, force=True)
    assert tree(site) == warm
    assert json.loads((site / MARKER).read_text())["publication"] == record
    # and a cold build elsewhere, measured against this site's last publication
    build(content, tmp_path / "cold", WEDNESDAY, publication_from=site)
    assert tree(tmp_path / "cold") == warm


def test_a_hostile_or_old_record_reads_as_none(tmp_path):
    content, site = write_files(tmp_path / "content", files()), tmp_path / "site"
    build(content, site, MONDAY)
    marker = json.loads((site / MARKER).read_text())
    good = marker["publication"]
    for bad in ["yesterday", {"date": "not a date", "items": {}}, {"date": good["date"], "items": []},
                {**good, "items": {"article/sting": ["article", "x", 3, good["date"], good["date"]]}},
                {**good, "items": {"entity/sting": ["article", "x", "d", good["date"], good["date"]]}},
                {**good, "previous": "<script>"}]:
        assert Publication.from_json(bad) is None, bad
    del marker["publication"]   # a marker from before publications were recorded
    (site / MARKER).write_text(json.dumps(marker))
    write_files(content, {"articles/raid.md": article("The raid", "Another text.", published="2025-06-01")})
    build(content, site, TUESDAY)
    assert "This is the first publication" in page(site, "new/index.html")
    assert json.loads((site / MARKER).read_text())["publication"]["previous"] is None


def test_the_build_clock_takes_a_naive_datetime_as_utc(tmp_path):
    content, site = write_files(tmp_path / "content", files()), tmp_path / "site"
    build(content, site, datetime(2026, 3, 2, 9, 0))
    assert json.loads((site / MARKER).read_text())["publication"]["date"] == "2026-03-02T09:00:00+00:00"


def test_publish_keeps_the_record_when_nothing_changed_and_dates_each_item():
    first = publish(None, {"article/a": ("article", "A", "1")}, "2026-03-02T09:00:00+00:00")
    assert publish(first, {"article/a": ("article", "A", "1")}, "2026-03-09T09:00:00+00:00") is first
    second = publish(first, {"article/a": ("article", "A", "2"), "entity/b": ("entity", "B", "1")},
                     "2026-03-09T09:00:00+00:00")
    assert second.previous == first.date and second.changes() == {"article/a": "updated", "entity/b": "new"}
    assert first.changes() == {}
    assert Publication.from_json(second.to_json()) == second


def test_an_edit_makes_again_only_the_publication_pages_whose_marks_or_line_change(tmp_path):
    content, site = write_files(tmp_path / "content", files()), tmp_path / "site"
    build(content, site, MONDAY)
    write_files(content, {"articles/sting.md": article("The sting", "Hervé talked twice.", published="2025-05-21")})
    assert build(content, site, TUESDAY).incremental
    before = tree(site)
    write_files(content, {"articles/sting.md": article("The sting", "Hervé talked thrice.", published="2025-05-21")})
    assert build(content, site, WEDNESDAY).incremental
    after = tree(site)
    changed = {path for path in after if before[path] != after[path]}
    # the article, and its publication's page and line; the list's marks are the same (it is
    # "updated" still): their file is not written again, and no list ever is for its marks
    assert {"articles/sting.html", "new/index.html", "index.html"} <= changed
    assert not changed & {"articles/index.html", "summaries/index.html", "entities/index.html", "data/new.js"}
    assert "1 updated since 3 March 2026, 17:30 UTC" in page(site, "index.html")
    build(content, tmp_path / "cold", WEDNESDAY, publication_from=site)
    assert tree(tmp_path / "cold") == after


def test_the_build_clock_follows_source_date_epoch(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1772442000")
    content, site = write_files(tmp_path / "content", files()), tmp_path / "site"
    build(content, site, None)
    assert json.loads((site / MARKER).read_text())["publication"]["date"] == "2026-03-02T09:00:00+00:00"


def test_the_internal_edition_compares_with_the_public_folder_named_on_the_command_line(tmp_path, capsys):
    """`dossier build --internal --whats-new-from SITE`: the internal edition, built into its
    own folder, shows what the next public build into SITE would add or change since the
    public publication recorded there; once SITE publishes it, the internal build is not up to
    date any more, and shows nothing new. A folder with no record is refused by name."""
    from generator.cli import main as dossier
    content, site, internal = write_files(tmp_path / "content", files()), tmp_path / "site", tmp_path / "internal"
    settle(content)
    assert dossier(["build", str(content), "-o", str(site), "--no-search", "--as-of", "2026-03-02T09:00Z"]) == 0
    write_files(content, {"articles/leak.md": article("The leak", "New facts.", published="2025-07-01"),
                          "articles/desk.md": article("Desk", "Not for print.", visibility="internal")})
    settle(content)
    internal_build = ["build", str(content), "-o", str(internal), "--no-search", "--internal",
                      "--as-of", "2026-03-03T17:30Z", "--whats-new-from", str(site)]
    assert dossier(internal_build) == 0
    new = main(page(internal, "new/index.html"))
    assert re.findall(r'href="\.\./([^"]+)"', new) == ["articles/desk.html", "articles/leak.html"], new
    assert '<time datetime="2026-03-02T09:00:00+00:00">' in new
    assert dossier(["build", str(content), "-o", str(site), "--no-search", "--as-of", "2026-03-03T18:00Z"]) == 0
    assert dossier(internal_build) == 0
    new = main(page(internal, "new/index.html"))
    assert re.findall(r'href="\.\./([^"]+)"', new) == ["articles/desk.html"], new
    capsys.readouterr()
    assert dossier(internal_build) == 0 and "is up to date" in capsys.readouterr().out
    assert dossier([*internal_build[:-1], str(tmp_path / "content")]) == 1
    assert capsys.readouterr().err == (
        f"error: {tmp_path / 'content'} holds no record of a public build (its .dossier-site.json); give the "
        "output folder of the last public build, or build the public edition into it first\n")
