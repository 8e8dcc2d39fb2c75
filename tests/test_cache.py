"""The .dossier-cache: reused when nothing changed, invalidated by what rendering depends on,
and never needed: deleting or corrupting it gives the same site."""
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO, article, entity, settle

from generator.build import build_site
from generator.cache import CACHE_FILE, CACHE_FOLDER


def site_digest(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != ".dossier-site.json"}


FILES = {"entities/herve.yaml": entity("Hervé", aliases='["the locksmith"]'),
         "articles/a.md": article("A", "Hervé spoke. [[herve]]"),
         "articles/b.md": article("B", "The locksmith spoke."),
         "summaries/s.md": article("S", "As reported [@a].")}


def test_unchanged_documents_are_not_rendered_again(make_dossier):
    d = make_dossier(FILES)
    first = build_site(d.root, d.output, search=False)
    assert first.render_cache == (0, 3)                   # two articles and a summary rendered
    assert (d.root / CACHE_FOLDER / CACHE_FILE).is_file()
    assert (d.root / CACHE_FOLDER / ".gitignore").read_text() == "*\n"
    again = build_site(d.root, d.output, search=False, force=True)
    assert again.render_cache == (3, 0)
    d.add({"articles/b.md": article("B", "The locksmith spoke twice.")})
    edited = build_site(d.root, d.output, search=False)
    assert edited.render_cache == (2, 1)
    assert "spoke twice." in d.page("articles/b.html")


def test_renderings_unused_for_three_builds_are_dropped(make_dossier):
    import sqlite3
    from generator.cache import KEEP_BUILDS

    d = make_dossier(FILES)

    def stored() -> tuple[int, int, set[str]]:
        with sqlite3.connect(d.root / CACHE_FOLDER / CACHE_FILE) as database:
            bodies = {html for (html,) in database.execute("SELECT html FROM bodies")}
            counts = database.execute("SELECT (SELECT count(*) FROM renders), (SELECT count(*) FROM seen), "
                                      "(SELECT count(*) FROM bodies)").fetchone()
        assert counts[0] == counts[2], "what is learnt of a rendering and its HTML are kept and dropped together"
        return *counts[:2], bodies

    build_site(d.root, d.output, search=False)
    assert stored()[:2] == (3, 3)
    for version in range(1, KEEP_BUILDS + 2):
        d.add({"articles/b.md": article("B", f"The locksmith spoke, take {version}.")})
        build_site(d.root, d.output, search=False)
    renders, seen, bodies = stored()
    assert renders == seen == 2 + KEEP_BUILDS     # a, s, and the last KEEP_BUILDS versions of b
    assert not any("spoke.</p>" in body for body in bodies if "locksmith" in body)   # b's first text is gone
    assert any(f"take {KEEP_BUILDS + 1}." in body for body in bodies)


def test_a_new_alias_renders_again_only_the_texts_that_hold_it(make_dossier, tmp_path):
    d = make_dossier(FILES)
    build_site(d.root, d.output, search=False)
    d.add({"entities/herve.yaml": entity("Hervé", aliases='["the locksmith", "spoke"]')})
    result = build_site(d.root, d.output, search=False)
    assert result.render_cache == (1, 2)      # a and b say "spoke"; s keeps its rendering
    assert "5 mentions in 2 documents" in d.page("entities/herve.html")   # "spoke" counted in both
    shutil.rmtree(d.root / CACHE_FOLDER)
    build_site(d.root, tmp_path / "cold", search=False, publication_from=d.output)   # (its "What's new")
    assert site_digest(d.output) == site_digest(tmp_path / "cold")


def test_names_added_moved_or_taken_out_reuse_what_no_changed_name_reaches(make_dossier, tmp_path):
    """Each step renders again exactly the texts that hold every word of a name that came,
    went or changed entity (a longer name can win over a shorter one it holds), and the site
    equals a cold build; other settings render everything again."""
    d = make_dossier({**FILES, "articles/c.md": article("C", "The harbour at dawn; Ofast Marseille waited."),
                      "entities/ofast.yaml": entity("Ofast", "organization"),
                      "entities/herve-2.yaml": entity("Hervé Two", summary='"Not the locksmith."')})
    build_site(d.root, d.output, search=False)
    steps = [
        # (five texts: a, b, c, s and herve-2's summary)
        ({"entities/harbour.yaml": entity("The harbour", "place")}, (4, 1)),            # c holds "the harbour"
        ({"entities/ofast-marseille.yaml": entity("Ofast Marseille", "organization")}, (4, 1)),   # longer, in c
        ({"entities/herve.yaml": entity("Hervé", aliases="[]")}, (3, 2)),   # "the locksmith" left: b, herve-2's summary
        ({"entities/herve-2.yaml": entity("Hervé Two", aliases='["the locksmith"]', summary='"Not the locksmith."')},
         (3, 2)),                                                                        # the name moves entity
        ({"dossier.yaml": "title: T\nlink_mentions: all\n"}, (0, 5)),                 # a setting: everything
    ]
    for number, (files, expected) in enumerate(steps):
        d.add(files)
        assert build_site(d.root, d.output, search=False).render_cache == expected, number
        cold = tmp_path / f"cold-{number}"
        copy = tmp_path / f"content-{number}" / d.root.name     # (the site's title is the folder's name)
        shutil.copytree(d.root, copy, ignore=shutil.ignore_patterns(CACHE_FOLDER))
        build_site(copy, cold, search=False, publication_from=d.output)
        assert site_digest(d.output) == site_digest(cold), number


def test_a_new_article_or_a_new_title_renders_only_the_documents_that_refer_to_it(make_dossier, tmp_path):
    """Other documents' Markdown does not depend on an article they neither link to nor
    cite: a new clipping renders itself alone; a retitled article, itself and the texts that
    link to it or cite it (a link shows the title; a citation, the outlet, title and date)."""
    d = make_dossier({**FILES, "articles/c.md": article("C", "The harbour at dawn."),
                      "summaries/t.md": article("T", "See [[a]].")})
    build_site(d.root, d.output, search=False)
    d.add({"articles/new.md": article("New", "Hervé at the harbour.")})
    assert build_site(d.root, d.output, search=False).render_cache == (5, 1)
    d.add({"articles/a.md": article("A, retitled", "Hervé spoke. [[herve]]")})
    result = build_site(d.root, d.output, search=False)
    assert result.render_cache == (4, 2)      # s citing it, t linking to it (its own body shows no title)
    assert "A, retitled" in d.page("summaries/t.html") and "A, retitled" in d.page("summaries/s.html")
    shutil.rmtree(d.root / CACHE_FOLDER)
    build_site(d.root, tmp_path / "cold", search=False, publication_from=d.output)   # (its "What's new")
    assert site_digest(d.output) == site_digest(tmp_path / "cold")


def test_the_ids_a_text_refers_to_are_all_found():
    from generator.quotes import referenced_ids
    text = ("See [[a]], [[ b | the b ]], *[[c* [[d]]*]] and [@e; @f.g, p. 2] "
            "[@h: \"words\"], mail x@example.org, `[[in-code]]`, \\[[escaped]] and [[\nbroken]].")
    # 'd' starts inside the span of a match from an earlier '[[' (Markdown may split the text
    # there); more ids than the text really links to are harmless, fewer would not be
    assert referenced_ids(text) == sorted({"a", "b", "c* [[d", "d", "e", "f.g", "h", "example.org", "in-code",
                                           "escaped", "broken"})


def test_deleting_or_corrupting_the_cache_gives_the_same_site(make_dossier, tmp_path):
    d = make_dossier(FILES)
    build_site(d.root, d.output, search=False)
    warm = build_site(d.root, tmp_path / "warm", search=False)
    assert warm.render_cache[1] == 0
    (d.root / CACHE_FOLDER / CACHE_FILE).write_text("{not a database")
    corrupt = build_site(d.root, tmp_path / "corrupt", search=False)
    shutil.rmtree(d.root / CACHE_FOLDER)
    cold = build_site(d.root, tmp_path / "cold", search=False)
    assert corrupt.render_cache[0] == cold.render_cache[0] == 0
    assert site_digest(tmp_path / "warm") == site_digest(tmp_path / "cold") == site_digest(tmp_path / "corrupt")


def test_a_cache_folder_that_is_a_link_is_neither_written_nor_read(make_dossier, tmp_path):
    """A dossier received from someone else may hold a .dossier-cache link to anywhere: the
    cache would write its .gitignore there and remove files of its own names."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / ".gitignore").write_text("mine\n")
    (elsewhere / CACHE_FILE).write_text("not a cache")
    d = make_dossier(FILES)
    (d.root / CACHE_FOLDER).symlink_to(elsewhere, target_is_directory=True)
    result = build_site(d.root, d.output)
    assert result.render_cache[0] == 0   # nothing reused
    assert sorted(p.name for p in elsewhere.iterdir()) == [".gitignore", CACHE_FILE]
    assert (elsewhere / ".gitignore").read_text() == "mine\n"
    assert (elsewhere / CACHE_FILE).read_text() == "not a cache"
    assert (d.output / "pagefind" / "shards.json").is_file()


def test_unchanged_pages_are_hard_linked_from_the_previous_site(make_dossier):
    d = make_dossier(FILES)
    build_site(d.root, d.output, search=False)
    inode = lambda path: (d.output / path).stat().st_ino
    before = {p: inode(p) for p in ("articles/a.html", "articles/b.html", "timeline/index.html")}
    d.add({"articles/b.md": article("B", "The locksmith spoke twice.")})
    build_site(d.root, d.output, search=False)
    assert inode("articles/a.html") == before["articles/a.html"]       # same file, linked
    assert inode("articles/b.html") != before["articles/b.html"]       # rewritten
    assert "spoke twice." in d.page("articles/b.html")


def test_a_body_dropped_by_a_concurrent_build_fails_cleanly(make_dossier, monkeypatch):
    import sqlite3
    from generator import build as build_module
    d = make_dossier(FILES)
    assert d.build("--no-search").code == 0
    before = site_digest(d.output)
    d.add({"articles/b.md": article("B", "The locksmith spoke again.")})
    original = build_module.build_site_views

    def views_then_another_build_drops_the_bodies(*args, **kwargs):
        with sqlite3.connect(d.root / CACHE_FOLDER / CACHE_FILE) as database:
            database.execute("DELETE FROM renders")
            database.execute("DELETE FROM bodies")
        return original(*args, **kwargs)

    monkeypatch.setattr(build_module, "build_site_views", views_then_another_build_drops_the_bodies)
    run = d.build("--no-search")
    assert run.code == 1 and "another build of this dossier ran at the same time" in run.err
    assert "Traceback" not in run.err and site_digest(d.output) == before
    monkeypatch.undo()
    assert d.build("--no-search").code == 0 and "spoke again." in d.page("articles/b.html")


def test_unchanged_files_are_neither_read_nor_validated_again(make_dossier, monkeypatch, tmp_path):
    from generator import load
    # (with a summary each: the feed shows the first sentence of a body that has none)
    files = {"entities/herve.yaml": FILES["entities/herve.yaml"],
             "articles/a.md": article("A", "Hervé spoke. [[herve]]", summary='"A."'),
             "articles/b.md": article("B", "The locksmith spoke.", summary='"B."'),
             "summaries/s.md": article("S", "As reported [@a].", summary='"S."'),
             "articles/c.md": article("C", "Cites [@a].", published="2024-05-01", colour='"red"', summary='"C."')}
    d = make_dossier(files)
    settle(d.root)
    first = d.build("--no-search")
    assert first.code == 0 and "unknown field 'colour'" in first.err
    read: list[str] = []
    original = load._read_bytes
    monkeypatch.setattr(load, "_read_bytes", lambda path, problems: read.append(os.path.basename(path)) or original(path, problems))
    again = d.build("--no-search", "--force")
    assert again.code == 0 and read == []                       # found by size and time: nothing read
    assert "articles/c.md:4: warning: unknown field 'colour'" in again.err, again.err   # its warning kept, with its line
    assert site_digest(d.output) == site_digest(shutil.copytree(d.output, tmp_path / "copy"))
    monkeypatch.undo()
    shutil.rmtree(d.root / CACHE_FOLDER)
    cold = build_site(d.root, tmp_path / "cold", search=False)
    assert cold.render_cache[0] == 0 and site_digest(tmp_path / "cold") == site_digest(d.output)


def test_a_touched_file_is_read_but_not_validated_again(make_dossier, monkeypatch):
    import os
    from generator import load
    d = make_dossier(FILES)
    settle(d.root)
    assert d.build("--no-search").code == 0
    os.utime(d.root / "articles/b.md")                            # same bytes, a new time
    validated: list[str] = []
    original = load._read_article
    monkeypatch.setattr(load, "_read_article", lambda fields, source: validated.append(source.rel) or original(fields, source))
    assert d.build("--no-search", "--force").code == 0
    assert validated == []
    d.add({"articles/b.md": article("B", "The locksmith spoke at noon.")})
    assert d.build("--no-search").code == 0
    assert validated == ["articles/b.md"] and "spoke at noon." in d.page("articles/b.html")


def test_a_second_edit_within_the_clock_resolution_is_seen(make_dossier):
    """An edit that keeps the size and the modification time (two saves within the file
    system's time resolution) must not be hidden by the record of the first."""
    import os
    d = make_dossier(FILES)
    assert d.build("--no-search").code == 0
    path = d.root / "articles/b.md"
    stat = path.stat()
    path.write_text(path.read_text().replace("spoke.", "spake."), encoding="utf-8")   # same size
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))                          # same time
    run = d.build("--no-search")          # (not taken for a no-op: the first build saw unsettled files)
    assert run.code == 0 and "Nothing changed" not in run.out
    assert "spake." in d.page("articles/b.html")
    d.settle()
    assert "Nothing changed" not in d.build("--no-search").out     # new times: the files are looked at
    assert "Nothing changed" in d.build("--no-search").out         # settled, and seen settled: a no-op
    assert "spake." in d.page("articles/b.html")


def test_problems_found_after_loading_still_have_lines_when_files_are_not_read(make_dossier):
    d = make_dossier({**FILES, "articles/c.md": article("C", "Text.", published="2024-05-01", entities="[nobody]")})
    settle(d.root)
    first = d.build("--no-search")
    again = d.build("--no-search")
    assert first.code == again.code == 1
    assert "articles/c.md:4:" in first.err and first.err == again.err


def test_a_record_gives_back_what_the_loader_made():
    """Every item of the example dossier (articles with syndicated copies, translations,
    entities with relations and dated spans) survives its record unchanged."""
    import dataclasses
    from pathlib import Path
    from generator import records
    from generator.load import load_dossier

    dossier, _ = load_dossier(Path(__file__).resolve().parent.parent / "content")
    items = [*dossier.articles, *dossier.summaries, *dossier.entities]
    assert any(a.syndicated for a in dossier.articles) and any(e.relations for e in dossier.entities)
    for item in items:
        text = records.encode(records.Loaded(item, []), item.source)
        back = records.decode(text, item.source.path, item.source.rel, lambda: ("", "", "")).item
        assert type(back) is type(item)
        for field in dataclasses.fields(item):
            if field.name != "source":
                assert getattr(back, field.name) == getattr(item, field.name), (item.id, field.name)
        assert (back.source.yaml_digest, back.source.body_digest, back.source.quoted_ids, back.source.body_first_line,
                back.source.referenced_ids) == \
            (item.source.yaml_digest, item.source.body_digest, item.source.quoted_ids, item.source.body_first_line,
             item.source.referenced_ids)
    assert any(item.source.referenced_ids for item in items)


def test_a_body_changed_after_the_loader_read_it_is_not_cached_under_its_old_digest(renderer_factory):
    """A Markdown worker reads a document's body again (the loader's record holds only its
    digest): a body saved again in between would be cached under the key of the text the
    loader read. It is refused, and the build says to build again."""
    from generator.markup import Failure, Item, render_bounded
    from generator.yamlsource import SourceFile, text_digest

    def source(body_on_disk: str) -> SourceFile:
        return SourceFile("/d/articles/a.md", "articles/a.md", "", "title: A", 2, "", 4,
                          body_digest=text_digest("Read by the loader."), reread=lambda: ("", "title: A", body_on_disk))

    same = render_bounded(renderer_factory(), Item("a", "article", source("Read by the loader."), None, key="key"), 5)
    assert not isinstance(same, Failure) and same.html.startswith('<p id="p-1">Read by the loader.<a ')
    changed = render_bounded(renderer_factory(), Item("a", "article", source("Saved again."), None, key="key"), 5)
    assert isinstance(changed, Failure)
    assert changed.message == "the file changed while the site was being built; build again"


def test_a_quoted_article_changed_after_the_loader_read_it_fails_the_rendering_that_quotes_it():
    """A quotation is checked against the cited article's body, read again from its file:
    the rendering is cached under the digest the loader took of that body, so a body saved
    again in between is refused as the document's own is (a revert to the first text would
    otherwise find a check made against the second)."""
    from generator.config import Config
    from generator.index import build_index
    from generator.markup import Failure, Item, MarkupRenderer, render_bounded
    from generator.model import Article, Dossier
    from generator.yamlsource import SourceFile, text_digest

    def renderer(body_on_disk: str) -> MarkupRenderer:
        source = SourceFile("/d/articles/a.md", "articles/a.md", "", "title: A", 2, "", 4,
                            body_digest=text_digest("The harbour at dawn."),
                            reread=lambda: ("", "title: A", body_on_disk))
        catalog, _ = build_index(Dossier(Path("."), Config(), [Article("a", "A", source)], [], []))
        return MarkupRenderer(catalog)

    citing = Item("s", "entity", SourceFile("/d/entities/s.yaml", "entities/s.yaml", "", "", 1, "", 1),
                  None, 'As reported [@a: "harbour at dawn"].')
    same = render_bounded(renderer("The harbour at dawn."), citing, 5)
    assert not isinstance(same, Failure) and not same.problems and "cite-quote" in same.html
    changed = render_bounded(renderer("The harbour at dusk."), citing, 5)
    assert isinstance(changed, Failure)
    assert changed.message == "the file changed while the site was being built; build again (an article it quotes)"


def test_rendered_bodies_and_snippets_are_read_through_the_builds_one_store(make_dossier):
    """Markdown workers put each body and its snippets in the cache and send back neither;
    every document then reads them through the main process's one HtmlStore, so a page worker
    opens one database connection (one per share of results, each with its own page cache,
    took 50 MB more per page worker at 5,000 articles)."""
    from generator.build import analyse
    from generator.cache import close_cache
    from generator.cachestore import StoredHtml, StoredSnippets
    files = {"entities/herve.yaml": entity("Hervé")}
    files |= {f"articles/a{n:03}.md": article(f"A{n}", f"Number {n}: Hervé spoke at length.") for n in range(240)}
    d = make_dossier(files)
    analysis = analyse(d.root, workers=2)
    try:
        assert analysis.render_cache == (0, 240)
        store = analysis.cache.store
        for document in analysis.documents.values():
            assert isinstance(document.html, StoredHtml) and document.html.store is store
            assert isinstance(document.snippets, StoredSnippets) and document.snippets.store is store
        assert analysis.documents["a007"].snippets.get("herve") == "Number 7: Hervé spoke at length."
        assert str(analysis.documents["a007"].html).startswith('<p id="p-1">Number 7: <a ')
    finally:
        close_cache(analysis.cache)


def test_the_code_fingerprint_covers_every_module_of_the_package(tmp_path):
    """A change to any module of the generator, one in a subpackage (markup/, views/) included,
    makes every cached entry stale: the cache never serves what older code rendered."""
    package = tmp_path / "generator"
    shutil.copytree(REPO / "generator", package, ignore=shutil.ignore_patterns("__pycache__"))
    code = "from generator.cachekeys import code_fingerprint; print(code_fingerprint())"

    def fingerprint() -> str:
        return subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                              check=True, env={**os.environ, "PYTHONPATH": str(tmp_path)}).stdout.strip()

    seen = [fingerprint()]
    for module in ("markup/extensions.py", "views/pages.py", "build.py"):
        with (package / module).open("a", encoding="utf-8") as file:
            file.write("\n# changed\n")
        seen.append(fingerprint())
    assert len(set(seen)) == len(seen)
