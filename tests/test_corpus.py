"""The shared benchmark corpus (neutral format) is a valid dossier and builds as it is."""
import json
import sys
from pathlib import Path

import pytest
from markupsafe import escape

from generator.linkcheck import check_links
from generator.search import is_indexed_page, shard_count


@pytest.mark.parametrize("articles", [200, 5000])
def test_the_neutral_corpus_builds_without_errors(bench_site, articles):
    site, result = bench_site(articles)
    # the corpus gives two people the same short alias ("E. Šimić"): a warning, not an error
    assert all("is claimed by" in w.message for w in result.warnings)
    assert result.pages > articles + 700
    listing = (site / "articles" / "index.html").read_text(encoding="utf-8")
    assert listing.count('class="item article-item"') == articles
    shards = json.loads((site / "pagefind" / "shards.json").read_text())["shards"]
    assert (site / "pagefind" / shards[0] / "pagefind.js").is_file()
    indexed = [p for p in site.glob("*/*.html") if is_indexed_page(p.relative_to(site).as_posix())]
    assert len(shards) == shard_count(len(indexed)) and (articles < 5000 or len(shards) >= 8)
    if articles <= 200:  # the link check of 5,000 pages is slow and adds nothing new
        assert check_links(site) == []


def test_the_minimal_peer_of_the_benchmark_renders_the_whole_corpus(bench_site, tmp_path, monkeypatch):
    """benchmarks/minimal_generator.py, the floor the benchmark measures dossier against, must
    do the work it stands for: every article's page, its tables and footnotes rendered."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "minimal_generator.py"
    spec = importlib.util.spec_from_file_location("minimal_generator", path)
    minimal = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(minimal)
    monkeypatch.setitem(sys.modules, "minimal_generator", minimal)   # its workers find it by name
    site, _ = bench_site(200)
    corpus = site.parent / "corpus"
    for workers in (1, 2):
        output = tmp_path / f"workers-{workers}"
        assert minimal.main([str(corpus), str(output), "--workers", str(workers)]) == 0
        sources = sorted((corpus / "articles").glob("*.md"))
        pages = sorted(output.glob("*.html"))
        assert [p.stem for p in pages] == [s.stem for s in sources]
        for source, page in zip(sources, pages):
            text, html = source.read_text(encoding="utf-8"), page.read_text(encoding="utf-8")
            meta, body = minimal.split_front_matter(text)
            assert f"<h1>{escape(meta['title'])}</h1>" in html
            assert ("<table>" in html) == ("\n|" in body)
            assert ('class="footnote"' in html) == ("[^" in body)
    assert (tmp_path / "workers-1" / pages[0].name).read_bytes() == pages[0].read_bytes()
