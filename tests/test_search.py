"""The sharded search index: stable shards, and a rebuild that indexes only the changed ones."""
import json

from conftest import article, write_files
from generator import search
from generator.build import build_site
from generator.search import indexed_text, is_indexed_page, plan_shards, shard_count


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
    indexed_before = {p: indexed_text((site / p).read_text()) for p in hashes_before if is_indexed_page(p)}

    (content / "articles" / "a07.md").write_text(article("Article 7", "Hervé and the harbour, part 7. Zanzibar."))
    build_site(content, site)
    after, marker = shard_inodes(site), json.loads((site / ".dossier-site.json").read_text())
    changed_pages = {p for p, h in marker["hashes"].items() if hashes_before.get(p) != h and is_indexed_page(p)}
    assert "articles/a07.html" in changed_pages and "entities/herve.html" in changed_pages
    # the entity page changed only in its "Mentioned in" list, which is not indexed
    changed_pages = {p for p in changed_pages if indexed_text((site / p).read_text()) != indexed_before[p]}
    assert changed_pages == {"articles/a07.html"}
    plan = plan_shards(marker["hashes"], "en", "t")
    expected = {shard.name for shard in plan if changed_pages & set(shard.pages)}
    reindexed = {name for name in after if before.get(name) != after[name]}
    assert reindexed == expected and len(reindexed) < len(shards)
    # the reused shards are hard links to the previous site's files, the others are new
    assert set(marker["search_shards"]) == set(shards)


def test_the_indexed_part_of_a_page_leaves_out_what_pagefind_ignores():
    page = ('<html><body><nav>menu</nav><article data-pagefind-body><h1>Hervé</h1><img src="x.png">'
            '<section data-pagefind-ignore><div><p>mentioned in 12 articles</p></div></section>'
            '<p>Locksmith<br>in Marseille</p></article><footer>x</footer></body></html>')
    assert indexed_text(page) == ('<article data-pagefind-body><h1>Hervé</h1><img src="x.png">'
                                  '<p>Locksmith<br>in Marseille</p></article>')
    assert indexed_text("<html><body><p>no body marker</p></body></html>") is None
    assert indexed_text("<article data-pagefind-body><p>never closed") is None
