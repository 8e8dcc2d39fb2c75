"""The sharded search index: stable shards, a rebuild that indexes only the changed ones, and
the search documents Pagefind reads instead of whole pages."""
import filecmp
import json
import os
import shutil
import subprocess

import pytest

from conftest import article, write_files
from generator import search
from generator.build import build_site
from generator.search import (document_digest, is_indexed_page, pagefind_executable, plan_shards, search_document,
                              shard_count)


def shard_inodes(site):
    return {folder.name: (folder / "pagefind-entry.json").stat().st_ino
            for folder in (site / "pagefind").iterdir() if folder.is_dir()}


def test_shard_count_grows_by_doubling():
    size = search.SHARD_PAGES
    assert [shard_count(n) for n in (0, 1, size, size + 1, 2 * size, 2 * size + 1, 14 * size)] == [1, 1, 1, 2, 2, 4, 16]


def test_pages_keep_their_shard_when_others_change():
    hashes = {f"articles/a{i}.html": "x" for i in range(1000)}
    before = {page: shard.name for shard in plan_shards(hashes, "en", "t") for page in shard.pages}
    hashes["articles/new.html"] = "y"
    hashes["articles/a3.html"] = "z"
    after = {page: shard.name for shard in plan_shards(hashes, "en", "t") for page in shard.pages}
    assert all(after[page] == name for page, name in before.items())
    assert not any(is_indexed_page(p) for p in ("index.html", "articles/index.html", "tags/x.html"))


def test_an_edit_reindexes_only_the_shards_whose_pages_changed(tmp_path, monkeypatch):
    monkeypatch.setattr(search, "SHARD_PAGES", 8)
    content = write_files(tmp_path / "content", {
        "entities/herve.yaml": "name: Hervé\ntype: person\n",
        **{f"articles/a{i:02d}.md": article(f"Article {i}", f"Hervé and the harbour, part {i}.") for i in range(40)}})
    site = tmp_path / "site"
    build_site(content, site)
    shards = json.loads((site / "pagefind" / "shards.json").read_text())["shards"]
    assert len(shards) == shard_count(41) == 8
    before, hashes_before = shard_inodes(site), json.loads((site / ".dossier-site.json").read_text())["hashes"]
    indexed_before = {p: search_document((site / p).read_bytes()) for p in hashes_before if is_indexed_page(p)}

    (content / "articles" / "a07.md").write_text(article("Article 7", "Hervé and the harbour, part 7. Zanzibar."))
    build_site(content, site)
    after, marker = shard_inodes(site), json.loads((site / ".dossier-site.json").read_text())
    changed_pages = {p for p, h in marker["hashes"].items() if hashes_before.get(p) != h and is_indexed_page(p)}
    assert "articles/a07.html" in changed_pages and "entities/herve.html" in changed_pages
    # the entity page changed only in its "Mentioned in" list, which is not indexed
    changed_pages = {p for p in changed_pages if search_document((site / p).read_bytes()) != indexed_before[p]}
    assert changed_pages == {"articles/a07.html"}
    plan = plan_shards(marker["hashes"], "en", "t")
    expected = {shard.name for shard in plan if changed_pages & set(shard.pages)}
    reindexed = {name for name in after if before.get(name) != after[name]}
    assert reindexed == expected and len(reindexed) < len(shards)
    # the reused shards are hard links to the previous site's files, the others are new
    assert set(marker["search_shards"]) == set(shards)


HEAD = '<!doctype html><html lang="fr"><head><title>Hervé · Dossier</title></head>'


def document(page: str) -> str:
    return search_document(page.encode("utf-8")).decode("utf-8")


def test_a_search_document_keeps_the_head_and_the_body_element_without_what_pagefind_ignores():
    page = (HEAD + '<body class="x"><nav>menu</nav><article data-pagefind-body><h1>Hervé</h1><img src="x.png">'
            '<section data-pagefind-ignore><div><section><p>mentioned in 12 articles</p></section></div></section>'
            '<p>Locksmith<br>in Marseille</p><span data-pagefind-ignore="all">(2024)</span></article>'
            '<footer>x</footer></body></html>')
    assert document(page) == (HEAD + '<body class="x"><article data-pagefind-body><h1>Hervé</h1>'
                                     '<img src="x.png"><p>Locksmith<br>in Marseille</p></article></body></html>\n')


def test_a_page_is_given_whole_when_a_part_left_out_could_matter():
    unshaped = ["<html><body><p>no body marker</p></body></html>",
                HEAD + "<body><article data-pagefind-body><p>never closed</body></html>",
                HEAD + "<body><p data-pagefind-meta='author:Léa'>x</p><article data-pagefind-body>y</article></body>",
                HEAD + "<body><article data-pagefind-body>y</article><div data-pagefind-body>z</div></body>",
                HEAD + "<body><article data-pagefind-body>y</article><p data-pagefind-filter='year:2024'></p></body>"]
    for page in unshaped:
        assert document(page) == page
    # an ignored element holding metadata stays: Pagefind still reads metadata there
    kept = '<section data-pagefind-ignore><span data-pagefind-meta="date:2024">2024</span></section>'
    page = HEAD + f"<body><main data-pagefind-body><p>x</p>{kept}</main></body></html>"
    assert kept in document(page)


def test_the_attribute_counts_only_as_an_attribute():
    prose = ('<p title="see data-pagefind-ignore">The data-pagefind-ignore attribute hides '
             '<code>&lt;div data-pagefind-ignore&gt;</code> from search.</p>')
    page = HEAD + f"<body><article class='a>b' data-pagefind-body>{prose}</article></body></html>"
    assert prose in document(page)
    assert document(HEAD + "<body><p>data-pagefind-body</p></body>") == HEAD + "<body><p>data-pagefind-body</p></body>"


def test_elements_end_where_html_says_whatever_the_case_or_nesting():
    page = (HEAD + '<BODY><Article Data-Pagefind-Body><p>kept</p>'
            '<SECTION DATA-PAGEFIND-IGNORE><section-list><section/><section><p>x</p></section></section-list>'
            '</Section ><p>kept too</p><div data-pagefind-ignore>not closed</article></BODY>')
    assert document(page) == page   # the ignored div never ends before the body element does
    page = page.replace("not closed", "closed</div>")
    assert document(page) == HEAD + "<BODY><Article Data-Pagefind-Body><p>kept</p><p>kept too</p></article></body></html>\n"


def _bundle_files(folder):
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def test_pagefind_indexes_search_documents_as_it_indexes_whole_pages(example_content, tmp_path):
    """The example dossier's pages, indexed whole, as search documents, and as search documents
    without the plain links that document_digest leaves out: the same page fragments (each
    page's text, metadata and filters) and word index, byte for byte. (The filter and meta
    files are not compared: their bytes vary from run to run of Pagefind on the same input,
    as the order of a hash map does.)"""
    example_site = tmp_path / "site"
    build_site(example_content, example_site, search=False)
    pages = [p.relative_to(example_site).as_posix() for p in example_site.glob("*/*.html")]
    pages = [p for p in pages if is_indexed_page(p)]
    assert len(pages) > 40
    bundles = {}
    unlinked = lambda html: search._LINK_TAG.sub(search._inert_link_tag, search_document(html))   # noqa: E731
    assert b'class="mention entity"' in search_document((example_site / "articles/lemonde-ofast-sting.html").read_bytes())
    for kind, read in (("whole", lambda html: html), ("documents", search_document), ("unlinked", unlinked)):
        for page in pages:
            target = tmp_path / kind / page
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(read((example_site / page).read_bytes()))
        bundles[kind] = tmp_path / f"{kind}-bundle"
        subprocess.run([str(pagefind_executable()), "--site", str(tmp_path / kind), "--output-path",
                        str(bundles[kind]), "--glob", "*/*.html", "--force-language", "fr", "--silent"], check=True)
    whole, documents, without_links = (_bundle_files(bundles[k]) for k in ("whole", "documents", "unlinked"))
    compared = {f for f in whole if f.startswith(("fragment/", "index/"))}
    assert len([f for f in compared if f.startswith("fragment/")]) == len(pages)
    assert compared <= documents and compared <= without_links
    for kind in ("documents", "unlinked"):
        assert all(filecmp.cmp(bundles["whole"] / f, bundles[kind] / f, shallow=False) for f in compared), kind
    assert sum((tmp_path / "documents" / p).stat().st_size for p in pages) < \
        sum((tmp_path / "whole" / p).stat().st_size for p in pages) / 2


def test_search_documents_are_rewritten_in_place_from_build_to_build(tmp_path):
    content = write_files(tmp_path / "content", {
        "entities/herve.yaml": "name: Hervé\ntype: person\n",
        **{f"articles/a{i}.md": article(f"Article {i}", f"Hervé and the harbour, part {i}.") for i in range(3)}})
    site = tmp_path / "site"
    build_site(content, site)
    workspace = content / ".dossier-cache" / "search"
    documents = {p.relative_to(workspace).as_posix(): p.stat().st_ino for p in workspace.glob("*/*/*.html")}
    assert sorted(d.split("/", 1)[1] for d in documents) == [
        "articles/a0.html", "articles/a1.html", "articles/a2.html", "entities/herve.html"]
    assert "</a> and the harbour, part 1.</p>" in (workspace / next(d for d in documents if d.endswith("a1.html"))).read_text()
    assert not any(p.name.startswith(".site.search") for p in tmp_path.iterdir())

    (content / "articles" / "a2.md").unlink()
    build_site(content, site, force=True)
    after = {p.relative_to(workspace).as_posix(): p.stat().st_ino for p in workspace.glob("*/*/*.html")}
    assert set(after) == {d for d in documents if not d.endswith("a2.html")}
    assert all(after[d] == documents[d] for d in after)   # the same files, written again


def test_a_build_uses_a_scratch_folder_while_another_holds_the_documents(tmp_path, monkeypatch):
    import fcntl
    content = write_files(tmp_path / "content", {"articles/a.md": article("Article", "The harbour.")})
    workspace = content / ".dossier-cache" / "search"
    workspace.mkdir(parents=True)
    held = os.open(workspace / search.WORKSPACE_LOCK, os.O_RDWR | os.O_CREAT)
    fcntl.flock(held, fcntl.LOCK_EX)
    scratch_used = []
    real_write = search._write_documents
    monkeypatch.setattr(search, "_write_documents",
                        lambda folder, pages, source: (scratch_used.append(folder), real_write(folder, pages, source))[1])
    try:
        build_site(content, tmp_path / "site")
    finally:
        os.close(held)
    assert scratch_used and all(not f.is_relative_to(workspace) for f in scratch_used)
    assert not any(workspace.glob("*/*/*.html"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "site"]   # the scratch folder is gone
    assert json.loads((tmp_path / "site" / "pagefind" / "shards.json").read_text())["shards"]


def test_a_workspace_the_tool_did_not_make_is_left_alone(tmp_path):
    """The build removes what it does not expect in its workspace: never through a link, never
    in a folder it did not make, never outside its shards' folders."""
    elsewhere = write_files(tmp_path / "elsewhere", {"s0-of-1/notes.txt": "mine", "keep/a.html": "mine"})
    content = write_files(tmp_path / "content", {"articles/a.md": article("Article", "The harbour.")})
    (content / ".dossier-cache").mkdir()
    (content / ".dossier-cache" / "search").symlink_to(elsewhere, target_is_directory=True)
    build_site(content, tmp_path / "site")
    assert sorted(p.relative_to(elsewhere).as_posix() for p in elsewhere.rglob("*")) == [
        "keep", "keep/a.html", "s0-of-1", "s0-of-1/notes.txt"]

    (content / ".dossier-cache" / "search").unlink()
    write_files(content / ".dossier-cache" / "search", {"s0-of-1/notes.txt": "not the tool's"})
    build_site(content, tmp_path / "site", force=True)
    assert (content / ".dossier-cache" / "search" / "s0-of-1" / "notes.txt").read_text() == "not the tool's"

    # the tool's own workspace: a link in it is removed, never followed
    shutil.rmtree(content / ".dossier-cache" / "search")
    (content / "articles" / "a.md").write_text(article("Article", "The harbour, in winter."))
    build_site(content, tmp_path / "site", force=True)
    shard = next((content / ".dossier-cache" / "search").glob("s*"))
    (shard / "articles" / "b.html").symlink_to(elsewhere / "keep" / "a.html")
    (shard / "entities").symlink_to(elsewhere / "keep", target_is_directory=True)
    (content / ".dossier-cache" / "search" / "s7-of-8").symlink_to(elsewhere / "keep", target_is_directory=True)
    (content / ".dossier-cache" / "search" / "notes").mkdir()
    (content / "articles" / "a.md").write_text(article("Article", "The harbour, again."))
    build_site(content, tmp_path / "site", force=True)
    assert sorted(p.relative_to(shard).as_posix() for p in shard.rglob("*")) == ["articles", "articles/a.html"]
    assert (elsewhere / "keep" / "a.html").read_text() == "mine"
    assert sorted(p.name for p in (content / ".dossier-cache" / "search").iterdir()) == [
        search.WORKSPACE_LOCK, "notes", shard.name]


def _harbour_dossier(tmp_path, monkeypatch, articles=40):
    monkeypatch.setattr(search, "SHARD_PAGES", 8)
    return write_files(tmp_path / "content", {
        "entities/herve.yaml": "name: Hervé\ntype: person\n",
        **{f"articles/a{i:02d}.md": article(f"Article {i}", f"Hervé and the harbour, part {i}.")
           for i in range(articles)}})


def _reindexed(site, before):
    after = shard_inodes(site)
    return {name for name in after if before.get(name) != after[name]}


@pytest.mark.parametrize("force", [False, True], ids=["incremental", "full build"])
def test_a_new_clipping_reindexes_only_its_own_shard(tmp_path, monkeypatch, force):
    """A new article changes the entity's page ("Mentioned in"), but not what Pagefind reads
    of it: only the shard that holds the new page is indexed again, by an incremental build
    and by a full one alike."""
    content = _harbour_dossier(tmp_path, monkeypatch)
    site = tmp_path / "site"
    build_site(content, site)
    before, hashes_before = shard_inodes(site), json.loads((site / ".dossier-site.json").read_text())["hashes"]
    (content / "articles" / "fresh.md").write_text(article("A new clipping", "Hervé and the harbour, once more."))
    result = build_site(content, site, force=force)
    assert result.incremental == (not force)
    marker = json.loads((site / ".dossier-site.json").read_text())
    changed = {p for p, h in marker["hashes"].items() if is_indexed_page(p) and hashes_before.get(p) != h}
    assert changed == {"articles/fresh.html", "entities/herve.html"}
    shard_of = {page: shard.name for shard in plan_shards(marker["search_documents"], "en", "t")
                for page in shard.pages}
    assert shard_of["entities/herve.html"] != shard_of["articles/fresh.html"]
    assert _reindexed(site, before) == {shard_of["articles/fresh.html"]}
    assert len(shard_inodes(site)) == 8


def test_a_template_change_outside_the_indexed_part_reindexes_nothing(tmp_path, monkeypatch):
    content = _harbour_dossier(tmp_path, monkeypatch)
    site = tmp_path / "site"
    build_site(content, site)
    before = shard_inodes(site)

    def rebuilt_with(block: str) -> str:
        """The site rebuilt with an article template that adds `block`; an article page."""
        write_files(content, {"templates/article.html": '{% extends "!theme/article.html" %}' + block + "\n"})
        build_site(content, site)
        return (site / "articles" / "a01.html").read_text()

    assert 'class="page article-page wide"' in rebuilt_with("{% block main_class %}{{ super() }} wide{% endblock %}")
    assert _reindexed(site, before) == set()
    # a paragraph before the indexed element is not read either, but the head is
    assert "Filed under harbours." in rebuilt_with("{% block content %}<p>Filed under harbours.</p>{{ super() }}"
                                                   "{% endblock %}")
    assert _reindexed(site, before) == set()
    rebuilt_with('{% block meta %}{{ super() }}<meta name="robots" content="noarchive">{% endblock %}')
    plan = plan_shards(json.loads((site / ".dossier-site.json").read_text())["search_documents"], "en", "t")
    assert _reindexed(site, before) == {shard.name for shard in plan if any(p.startswith("articles/") for p in shard.pages)}


def test_links_pagefind_reads_through_leave_a_document_digest_as_it_was():
    """Pagefind indexes a page the same with or without its plain links (tried with 1.5.2): an
    alias that links a name in hundreds of texts changes their pages, not their shards."""
    plain = b'<main data-pagefind-body><p>Herv\xc3\xa9 met Ofast in <em>Marseille</em>.</p></main>'
    linked = (b'<main data-pagefind-body><p><a class="mention entity" data-entity="herve" href="../entities/herve.html">'
              b'Herv\xc3\xa9</a> met <A HREF="https://ofast.example/" rel="noopener" title="a &gt; b">Ofast</A> in '
              b'<a href="x"><em>Marseille</em></a>.</p></main>')
    written = (b'<main data-pagefind-body><p><a class="mention entity" data-entity="herve" href="../entities/herve.html">'
               b'Herv\xc3\xa9</a> met <a href="https://ofast.example/" rel="noopener">Ofast</a> in '
               b'<em><a href="x">Marseille</a></em>.</p></main>')   # as the templates and Markdown write links
    assert document_digest(linked) == document_digest(written) == document_digest(plain)
    # what Pagefind does read: an anchor's extent (a link with an id), its own attributes, the text
    anchored = b'<main data-pagefind-body><p><a id="c1" href="#s">Herv\xc3\xa9</a> met Ofast in Marseille.</p></main>'
    longer = b'<main data-pagefind-body><p><a id="c1" href="#s">Herv\xc3\xa9 met</a> Ofast in Marseille.</p></main>'
    weighted = b'<main data-pagefind-body><p><a data-pagefind-weight="9" href="x">Herv\xc3\xa9</a> met Ofast in Marseille.</p></main>'
    assert len({document_digest(d) for d in (plain, anchored, longer, weighted)}) == 4
    assert document_digest(plain.replace(b"Ofast", b"Europol")) != document_digest(plain)


def test_an_alias_linked_in_many_texts_reindexes_no_shard(tmp_path, monkeypatch):
    """Every article's page changes (the alias is linked in each), none of what Pagefind reads."""
    content = _harbour_dossier(tmp_path, monkeypatch)
    site = tmp_path / "site"
    build_site(content, site)
    before, hashes_before = shard_inodes(site), json.loads((site / ".dossier-site.json").read_text())["hashes"]
    (content / "entities" / "harbour.yaml").write_text("name: The Harbour\ntype: place\naliases: [harbour]\n")
    assert build_site(content, site).incremental
    hashes = json.loads((site / ".dossier-site.json").read_text())["hashes"]
    assert {p for p in hashes if p.startswith("articles/a") and hashes_before[p] != hashes[p]} == \
        {p for p in hashes if p.startswith("articles/a")}
    assert 'data-entity="harbour"' in (site / "articles" / "a07.html").read_text()
    plan = plan_shards(json.loads((site / ".dossier-site.json").read_text())["search_documents"], "en", "t")
    assert _reindexed(site, before) == {next(s.name for s in plan if "entities/harbour.html" in s.pages)}


def test_digests_recorded_by_an_earlier_version_are_made_again(tmp_path, monkeypatch):
    """Digests of the documents' bytes alone (before links were left out) are not taken for
    the present ones: the next build makes every digest again and indexes every shard once."""
    content = _harbour_dossier(tmp_path, monkeypatch)
    site = tmp_path / "site"
    build_site(content, site)
    marker_path = site / ".dossier-site.json"
    marker = json.loads(marker_path.read_text())
    assert all(d.startswith(search.DIGEST_SCHEME) for d in marker["search_documents"].values())
    # the marker as an earlier version wrote it: digests and shard fingerprints made from them
    marker["search_documents"] = {p: d.removeprefix(search.DIGEST_SCHEME) for p, d in marker["search_documents"].items()}
    _, language, tool = search._tool("en")
    marker["search_shards"] = {shard.name: shard.fingerprint
                               for shard in plan_shards(marker["search_documents"], language, tool)}
    marker_path.write_text(json.dumps(marker))
    before = shard_inodes(site)
    build_site(content, site, force=True)
    assert _reindexed(site, before) == set(before)
    assert all(d.startswith(search.DIGEST_SCHEME)
               for d in json.loads(marker_path.read_text())["search_documents"].values())
