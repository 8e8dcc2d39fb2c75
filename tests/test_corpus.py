"""The shared benchmark corpus (neutral format) is a valid dossier and builds as it is."""
import subprocess
import sys

import pytest

from conftest import SHARED
from generator.build import build_site
from generator.linkcheck import check_links

MAKE_CORPUS = SHARED / "bench" / "make_corpus.py"


@pytest.mark.skipif(not MAKE_CORPUS.exists(), reason=f"{MAKE_CORPUS} is not beside the repository")
@pytest.mark.parametrize("articles", [200, 5000])
def test_the_neutral_corpus_builds_without_errors(tmp_path, articles):
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(MAKE_CORPUS), "--articles", str(articles), "--entities", "700",
                    "--out", str(corpus), "--format", "neutral"], check=True, capture_output=True)
    result = build_site(corpus, tmp_path / "site")
    # the corpus gives two people the same short alias ("E. Šimić"): a warning, not an error
    assert all("is claimed by" in w.message for w in result.warnings)
    assert result.pages > articles + 700
    sample = (tmp_path / "site" / "articles" / "index.html").read_text(encoding="utf-8")
    assert sample.count('class="item article-item"') == articles
    if articles <= 200:  # the link check of 5,000 pages is slow and adds nothing new
        assert check_links(tmp_path / "site") == []
