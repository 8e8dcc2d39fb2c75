"""Citations as a reader uses them: a quotation in the reference's preview and the sources
list, numbered paragraphs with their ¶ links, 'para. N' locators (checked, also when the
citing text comes from the cache), "Cite this page", and what the search index holds."""
import gzip
import json
import re

from hypothesis import given, strategies as st

from conftest import article, entity
from generator.build import build_site
from generator.markup import MarkupRenderer
from generator.markup.extensions import PARA_LOCATOR
from test_properties import SYNTAX_CATALOG

THREE_PARAGRAPHS = """\
First paragraph, where the State was losing.

## P 2

Second paragraph.

> Third, in a quotation.

- a tight item is no paragraph

Fourth, with a note.[^n]

[^n]: A footnote is not numbered.
"""


def files(summary: str, **extra):
    return {"dossier.yaml": 'title: "Harbour file"\nauthor: "Desk"\nlead_summary: s\n',
            "entities/herve.yaml": entity("Hervé"),
            "articles/a.md": article("A report", THREE_PARAGRAPHS, outlet="Le Monde", published="2024-05-01",
                                     url="https://example.com/a"),
            "summaries/s.md": article("S", summary, date="2025-06-01"),
            **extra}


def body(html: str) -> str:
    return html.split('<div class="prose body">')[1].split("</div>")[0]


def test_a_quotation_shows_in_the_preview_and_the_sources_list_not_in_the_sentence(make_dossier):
    d = make_dossier(files('The State was losing [@a: "was losing"] and [@a, para. 2].'))
    assert d.build("--no-search").code == 0
    html = d.page("summaries/s.html")
    text = body(html)
    assert text.count("was losing") == 2   # the sentence, and the preview (not the sentence again)
    first = re.search(r'<a aria-describedby="cite-1-preview" class="cite-ref" href="../articles/a.html#:~:text='
                      r'was%20losing" id="cite-1">1<span class="cite-preview" id="cite-1-preview">(.*?)</span></a>\]', text)
    assert first and first.group(1) == 'Le Monde — A report — 1 May 2024: <span class="cite-quote">“was losing”</span>'
    assert ('<span class="cite-preview" id="cite-use-2-preview">Le Monde — A report — 1 May 2024, para. 2</span></a>'
            ', para. 2]') in text
    assert 'title="' not in text                 # the preview is the link's description, not a title alone
    sources = html.split('id="sources-list"')[1].split("</section>")[0]
    assert '<h2 id="sources-list-title">Sources</h2>' in sources
    # the back-link is on the source's own line, beside its title
    assert re.search(r'<span class="source-title"><a href="../articles/a.html">A report</a> '
                     r'<a class="backref" href="#cite-1"[^>]*>↩</a></span>', sources)
    assert "cited at para. 2" in sources and 'quoted: <span class="cite-quote">“was losing”</span>' in sources


def test_an_articles_paragraphs_are_numbered_with_a_link_each(make_dossier):
    d = make_dossier(files("Nothing cited."))
    assert d.build("--no-search").code == 0
    text = body(d.page("articles/a.html"))
    assert re.findall(r'<p id="(p-\d+)">', text) == ["p-1", "p-2", "p-3", "p-4"]
    assert '<h2 id="p-2-section">P 2</h2>' in text           # a heading never takes a paragraph's id
    assert '<blockquote>\n<p id="p-3">Third, in a quotation.' in text
    assert ('<a aria-label="Link to paragraph 2" class="para-link" data-pagefind-ignore="" href="#p-2">¶</a></p>'
            in text)
    assert "<li>a tight item is no paragraph</li>" in text
    footnotes = text.split('class="footnote"')[1]
    assert 'id="p-' not in footnotes and "para-link" not in footnotes
    assert 'id="p-' not in body(d.page("summaries/s.html"))   # summaries are not numbered


def test_paragraph_locators_link_to_the_paragraph(make_dossier):
    spellings = ["para. 3", "para 3", "paras. 3-4", "¶ 3", "¶¶ 3–4", "paragraph 3"]
    d = make_dossier(files(" ".join(f"Claim [@a, {s}]." for s in spellings) + ' Quoted [@a, para. 1: "Second"].'))
    assert d.build("--no-search").code == 0
    text = body(d.page("summaries/s.html"))
    assert [href for href in re.findall(r'class="cite-ref" href="([^"]+)"', text)] == \
        ["../articles/a.html#p-3"] * len(spellings) + ["../articles/a.html#:~:text=Second"]
    assert d.page("articles/a.html").count('id="p-3"') == 1


def test_a_paragraph_beyond_the_article_is_an_error_at_its_line(make_dossier):
    d = make_dossier(files("Intro.\n\nSee [@a, para. 9].\n\nAnd [@a, ¶¶ 3–5; @a, para. 4]."))
    run = d.build("--no-search")
    assert run.code == 1
    assert ("summaries/s.md:8: [@a, para. 9] points to paragraph 9, but articles/a.md has 4 paragraphs; cite a "
            "paragraph from 1 to 4 (the ¶ links on its page show their numbers)") in run.err
    assert "summaries/s.md:10: [@a, ¶¶ 3–5] points to paragraph 5, but articles/a.md has 4 paragraphs" in run.err
    assert "para. 4]" not in run.err and "2 errors" in run.err


def test_a_change_in_the_cited_articles_paragraphs_rechecks_its_citers(make_dossier):
    """The citing text is unchanged and comes from the cache: the check runs from what the
    renderings keep, at every build."""
    d = make_dossier(files("See [@a, para. 4]."))
    assert d.build("--no-search").code == 0
    article_file = d.root / "articles" / "a.md"
    original = article_file.read_text()
    article_file.write_text(original.replace("Fourth, with a note.[^n]", "### Fourth, now a heading"))
    run = d.build("--no-search")
    assert run.code == 1 and "summaries/s.md:6: [@a, para. 4] points to paragraph 4, but articles/a.md has " \
                             "3 paragraphs" in run.err
    assert d.check().code == 1
    article_file.write_text(original + "\nFifth.\n")
    assert d.build("--no-search").code == 0
    assert 'id="p-5"' in d.page("articles/a.html") and 'href="../articles/a.html#p-4"' in d.page("summaries/s.html")


def test_incremental_builds_with_paragraph_citations_equal_cold_ones(tmp_path):
    from test_incremental import rebuild_like_cold
    from conftest import write_files
    content = write_files(tmp_path / "content", files("See [@a, ¶ 2] and [@a, para. 4]."))
    warm = tmp_path / "warm"
    build_site(content, warm, search=False)
    article_file = content / "articles" / "a.md"
    article_file.write_text(article_file.read_text().replace("First paragraph", "Intro.\n\nFirst paragraph"))
    rebuild_like_cold(content, warm, tmp_path / "cold")
    assert 'id="p-5"' in (warm / "articles/a.html").read_text()


@given(st.lists(st.sampled_from(["para", "block", "heading", "list", "quote", "anchor"]), min_size=1, max_size=12))
def test_paragraph_numbers_follow_the_paragraphs_in_order(kinds):
    """Whatever the blocks around them, the paragraphs (and those in quotations) are numbered
    1..N in reading order, each once, each with its link; nothing else takes a number."""
    blocks = {"para": "Words {i}.", "block": "Words {i}\nover two lines.", "heading": "## Heading {i}",
              "list": "- item {i}\n- item\n\n### After list {i}", "quote": "> quoted {i}", "anchor": "{{#page-{i}}}"}
    text = "\n\n".join(blocks[kind].format(i=i) for i, kind in enumerate(kinds))
    rendered = MarkupRenderer(SYNTAX_CATALOG).render(text, "s", paragraphs=True)
    wanted = sum(kind in ("para", "block", "quote") for kind in kinds)
    assert rendered.paragraphs == wanted
    assert re.findall(r'<p id="p-(\d+)">', rendered.html) == [str(n) for n in range(1, wanted + 1)]
    assert rendered.html.count('class="para-link"') == wanted


@given(st.integers(1, 99999), st.integers(1, 99999), st.sampled_from(["para.", "para", "paras.", "paras", "¶",
                                                                       "¶¶", "Para.", "paragraphs"]),
       st.sampled_from(["-", "–", " - "]))
def test_a_paragraph_locator_names_its_first_and_last_paragraph(first, last, word, dash):
    match = PARA_LOCATOR.fullmatch(f"{word} {first}{dash}{last}")
    assert match and match.groups() == (str(first), str(last))
    assert PARA_LOCATOR.fullmatch(f"{word}{first}").group(1) == str(first)
    assert not PARA_LOCATOR.fullmatch(f"p. {first}")


def test_cite_this_page_gives_one_line_with_both_addresses(make_dossier):
    d = make_dossier(files("Text."))
    assert d.build("--no-search").code == 0
    line = re.search(r'<span class="cite-text" id="cite-this-text">([^<]*)</span>', d.page("articles/a.html"))
    assert line.group(1) == "Le Monde, “A report”, 1 May 2024. articles/a.html (original: https://example.com/a)"
    assert 'data-copy="cite-this-text" hidden>Copy citation</button>' in d.page("articles/a.html")
    d.add({"dossier.yaml": 'title: "Harbour file"\nauthor: "Desk"\nbase_url: https://example.org/harbour/\n'})
    assert d.build("--no-search").code == 0
    line = re.search(r'id="cite-this-text">([^<]*)</span>', d.page("summaries/s.html"))
    assert line.group(1) == "Desk, “S”, Harbour file, 1 June 2025. https://example.org/harbour/summaries/s.html"


def test_the_home_pages_sidebar_lists_only_the_other_summaries(make_dossier):
    d = make_dossier(files("The lead.", **{"summaries/t.md": article("Another summary", "Other.")}))
    assert d.build("--no-search").code == 0
    side = d.page("index.html").split('class="home-side"')[1]
    assert "Other summaries" in side and "Another summary" in side and 'href="summaries/s.html"' not in side
    d.add({"summaries/t.md": ""})
    (d.root / "summaries" / "t.md").unlink()
    assert d.build("--no-search").code == 0
    assert "summaries" not in d.page("index.html").split('class="home-side"')[1].split("Key entities")[0].lower()


def fragments(site) -> dict[str, dict]:
    """What Pagefind indexed of each page: its text and metadata (its page fragments)."""
    found = {}
    for path in site.glob("pagefind/*/fragment/*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd")
        fragment = json.loads(data[len(b"pagefind_dcd"):])
        found[fragment["url"].lstrip("/")] = fragment
    return found


def test_the_search_index_holds_the_readable_text_and_an_articles_outlet_and_date(tmp_path):
    from conftest import write_files
    content = write_files(tmp_path / "content", files(
        'Hervé spoke [@a, para. 2; @a: "losing"] to [[herve]].',
        **{"entities/ofast.yaml": entity("Ofast", "organization", relations="[{type: employs, to: herve}]"),
           "articles/a.md": article("A report", "Hervé said the State was losing.\n\nMore words.", outlet="Le Monde",
                                    published="2024-05-01", tags="[harbour]", access="partial")}))
    site = tmp_path / "site"
    build_site(content, site)
    indexed = fragments(site)
    summary, report, herve = (indexed[p] for p in ("summaries/s.html", "articles/a.html", "entities/herve.html"))
    assert summary["content"].startswith("S. Hervé spoke to Hervé")
    for page in (summary, report, herve):
        text = page["content"]
        assert not re.search(r"[\[\]¶↩]|Cite this|Copy citation|Sources|#harbour|Partial text|Relations|employs", text), text
    assert report["content"].startswith("A report. Hervé said the State was losing. More words.")
    assert report["meta"]["outlet"] == "Le Monde" and report["meta"]["date"] == "1 May 2024"
    assert "outlet" not in summary["meta"]
    assert herve["content"].startswith("Hervé")
