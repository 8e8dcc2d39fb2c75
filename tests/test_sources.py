"""Source families, independent-source counts and quote-checked citations."""
import re

from conftest import REPO, article, entity

from generator.build import build_site


def test_le_monde_three_copies_count_as_one_source(tmp_path):
    site = tmp_path / "site"
    build_site(REPO / "content", site, search=False)
    read = lambda path: (site / path).read_text(encoding="utf-8")
    sources = read("sources/index.html").split('id="families"')[1].split("</section>")[0]
    assert "3 copies, one independent source" in sources
    assert "Le Monde" in sources and "The America One News" in sources and "Daily8" in sources   # (described outlets)
    assert "independent sources: 1" in read("summaries/ofast-sting.html")      # cites two copies
    assert "independent sources: 1" in read("entities/herve.html")            # mentioned in two copies
    assert "3 copies of one article, counted as one independent source" in read("articles/americaone-ofast-sting.html")
    overview = read("summaries/overview.html")
    assert "independent sources: 4" in overview                                     # all five articles cited


def base(**extra):
    return {"entities/herve.yaml": entity("Hervé"),
            "articles/full.md": article("Full", "The minister said the war “is being lost” in Marseille.", outlet="X"),
            "articles/part.md": article("Part", "Only the opening survives.", access="partial"),
            **extra}


def test_a_true_quote_passes_and_links_to_the_passage(make_dossier):
    d = make_dossier(base(**{"summaries/s.md": article(
        "S", 'He conceded it [@full: "IS BEING LOST"] and [@full, p. 2: "the war “is being lost”"].')}))
    run = d.build("--no-search")
    assert run.code == 0, run.err
    html = d.page("summaries/s.html")
    # the quotation is in the reference's preview and the sources list, not repeated in the sentence
    assert re.search(r'<span class="citation with-quote" data-pagefind-ignore="">\[<a aria-describedby="cite-1-preview" '
                     r'class="cite-ref" href="../articles/full.html#:~:text=IS%20BEING%20LOST" id="cite-1">1'
                     r'<span class="cite-preview" id="cite-1-preview">X — Full: <span class="cite-quote">“IS BEING LOST”</span>'
                     r'</span></a>\]', html)
    sources = html.split('id="sources-list"')[1]
    # (in the marks of the quoted article's language, English's here: a quotation inside in single marks)
    assert ('quoted: <span class="cite-quote">“IS BEING LOST”</span>; '
            '<span class="cite-quote">“the war ‘is being lost’”</span>' in sources)


def test_an_altered_quote_fails_with_file_and_line(make_dossier):
    d = make_dossier(base(**{"summaries/s.md": article("S", 'Intro.\n\nHe said it [@full: "is being won"].')}))
    run = d.build("--no-search")
    assert run.code == 1
    assert ("dossier/summaries/s.md:7: the quotation “is being won” is not in articles/full.md (compared "
            "ignoring case, accents, quote marks and spacing); copy it exactly from the article") in run.err


def test_a_quote_missing_from_a_partial_article_is_flagged_not_passed(make_dossier):
    d = make_dossier(base(**{"summaries/s.md": article("S", 'It went on [@part: "the rest of the story"].')}))
    run = d.build("--no-search")
    assert run.code == 0
    assert ("dossier/summaries/s.md:5: warning: quote not in the available excerpt: “the rest of the story” is "
            "not in the part of articles/part.md held in the dossier (partial access)") in run.err
    assert d.check("--strict").code == 1


def test_editing_the_quoted_article_rechecks_the_quote(make_dossier):
    import os
    import time
    d = make_dossier(base(**{"summaries/s.md": article("S", 'He said it [@full: "is being lost"].')}))
    past = time.time_ns() - 60 * 10**9   # settled files: the summary is not read again, only its record
    for path in d.root.rglob("*.md"):
        os.utime(path, ns=(past, past))
    assert d.build("--no-search").code == 0
    d.add({"articles/full.md": article("Full", "The minister said nothing of the sort.", outlet="X")})
    run = d.build("--no-search")
    assert run.code == 1 and "the quotation “is being lost” is not in articles/full.md" in run.err


def test_check_lists_unlinked_names_and_near_misses_for_review(make_dossier):
    d = make_dossier({
        "entities/bessone.yaml": entity("Nicolas Bessone"),
        "articles/a.md": article("A", "The prosecutor Nicolas Bessome spoke.\n\nOperation Place Nette began."),
        "articles/b.md": article("B", "Under Operation Place Nette, Marseille's police moved in."),
        "articles/c.md": article("C", "Nicolas Bessone's office said so. The Paris Office was quiet."),
    })
    run = d.check()
    assert run.code == 0                                       # a review list, never a failure
    lines = run.err.splitlines()
    assert "Review (2): names that may be missing from the dossier, or misspelt:" in lines
    assert ("  dossier/articles/a.md:7: note: review: “Operation Place Nette” appears in 2 articles and matches "
            "no entity name or alias; add it as an entity, or as an alias of one") in lines
    assert ("  dossier/articles/a.md:5: note: review: “Bessome” looks like a misspelling of “Nicolas Bessone”; "
            "correct it, or add it as an alias if the source spells it so") in lines
    assert not any("Paris Office" in line for line in lines)   # in one article only
    assert d.check("--strict").code == 0 and d.check("-q").err == ""
