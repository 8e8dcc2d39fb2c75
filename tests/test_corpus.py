"""The shared benchmark corpus (neutral format) is a valid dossier and builds as it is."""
import pytest

from generator.linkcheck import check_links


@pytest.mark.parametrize("articles", [200, 5000])
def test_the_neutral_corpus_builds_without_errors(bench_site, articles):
    site, result = bench_site(articles)
    # the corpus gives two people the same short alias ("E. Šimić"): a warning, not an error
    assert all("is claimed by" in w.message for w in result.warnings)
    assert result.pages > articles + 700
    listing = (site / "articles" / "index.html").read_text(encoding="utf-8")
    assert listing.count('class="item article-item"') == articles
    assert (site / "pagefind" / "pagefind.js").is_file()
    if articles <= 200:  # the link check of 5,000 pages is slow and adds nothing new
        assert check_links(site) == []
