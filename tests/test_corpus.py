"""The shared benchmark corpus (neutral format) is a valid dossier and builds as it is."""
import json

import pytest

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
