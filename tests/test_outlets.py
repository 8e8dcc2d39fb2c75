"""Sources and trust: an article's kind, the outlets a dossier describes (dossier.yaml's
`outlets:` and outlets/*.yaml), the outlets counted and listed, bylines linked to people."""
import re
import shutil
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import article, entity, write_files
from generator.build import build_site
from generator.cache import CACHE_FOLDER
from generator.outlets import OutletBook, load_outlets
from test_incremental import tree

LE_MONDE = """\
name: "Le Monde"
aliases: ["Le Monde (English edition)", "lemonde.fr"]
kind: newspaper
country: France
language: fr
owner: "Groupe Le Monde"
url: https://www.lemonde.fr
reliability: "Daily of record; check its English edition against the French."
"""


def outlets_config(*entries: str) -> str:
    return "title: T\noutlets:\n" + "".join(entries)


# ---------------------------------------------------------------- an article's kind

def test_an_articles_kind_is_shown_in_its_provenance_the_sources_page_and_search(make_dossier):
    d = make_dossier({"articles/op.md": article("An op-ed", "It argues.", outlet="X", kind="opinion"),
                      "articles/plain.md": article("Plain", "It reports.", outlet="X"),
                      "articles/pr.md": article("PR", "It announces.", kind="Press-Release")})
    run = d.build("--no-search")
    assert run.code == 0, run.err
    op = d.page("articles/op.html")
    assert '<dt>Kind</dt><dd class="source-kind">Opinion</dd>' in op
    assert 'data-pagefind-meta="kind:Opinion"' in op
    assert 'data-pagefind-meta="kind:News report"' in d.page("articles/plain.html")   # (the default)
    assert 'data-pagefind-meta="kind:Press release"' in d.page("articles/pr.html")    # (case ignored)
    sources = d.page("sources/index.html")
    assert re.search(r'<li class="item source-item" data-kind="opinion">\s*<a class="item-title" '
                     r'href="../articles/op.html">', sources)
    assert '<span class="badge source-kind">Press release</span>' in sources
    # the filter: one choice per kind present, in the order of the list of kinds, with counts
    choices = re.findall(r'<input type="radio" name="kind" value="([^"]*)"[^>]*> ([^<]+) <span class="count">'
                         r'\((\d+)\)', sources)
    assert choices == [("", "every kind", "3"), ("news", "News report", "1"), ("opinion", "Opinion", "1"),
                       ("press-release", "Press release", "1")]
    assert '<form class="kind-filter" hidden' in sources   # (shown by the script: without it, all are listed)


def test_a_kind_left_to_review_is_shown_as_not_yet_known_never_as_news(make_dossier):
    """`dossier import` leaves out `kind:` and asks for it when nothing says what the page is: until a person says,
    pages show that the kind is not yet known (in the site's language), not the default news."""
    asked = '["kind: not stated — say whether it is news, a press-release, a statement, a document or other"]'
    d = make_dossier({"articles/asked.md": article("Asked", "It notes.", outlet="Ville de Chambéry", review=asked),
                      "articles/plain.md": article("Plain", "It reports.", outlet="X",
                                                   review='["outlet: not stated"]'),
                      "articles/said.md": article("Said", "It announces.", kind="press-release", review=asked)})
    run = d.build("--no-search")
    assert run.code == 0, run.err
    asked_page = d.page("articles/asked.html")
    assert '<dt>Kind</dt><dd class="source-kind">Not yet known</dd>' in asked_page
    assert "News report" not in asked_page
    assert '<dd class="source-kind">News report</dd>' in d.page("articles/plain.html")   # (another item open)
    assert '<dd class="source-kind">Press release</dd>' in d.page("articles/said.html")  # (a kind written wins)
    sources = d.page("sources/index.html")
    choices = re.findall(r'<input type="radio" name="kind" value="([^"]*)"[^>]*> ([^<]+) <span class="count">'
                         r'\((\d+)\)', sources)
    assert choices == [("", "every kind", "3"), ("news", "News report", "1"), ("press-release", "Press release", "1"),
                       ("unsettled", "Not yet known", "1")]
    assert re.search(r'data-kind="unsettled">\s*<a class="item-title" href="../articles/asked.html">', sources)
    # in another interface language, in its words
    d.add({"dossier.yaml": "title: T\nlanguage: fr\n"})
    assert d.build("--no-search").code == 0
    assert '<dd class="source-kind">Pas encore établi</dd>' in d.page("articles/asked.html")


def test_an_unknown_kind_is_an_error_with_its_line_the_kinds_and_a_guess(make_dossier):
    d = make_dossier({"articles/a.md": article("A", "Text.", outlet="X", kind="opnion"),
                      "articles/b.md": article("B", "Text.", kind="[news]")})
    run = d.build("--no-search")
    assert run.code != 0
    assert "articles/b.md:3: 'kind' must be text, not a list" in run.err
    assert ("articles/a.md:4: 'kind' is 'opnion'; did you mean 'opinion'? It must be one of: news, wire, opinion, "
            "interview, press-release, document, court-record, statement, transcript, other") in run.err


def test_a_changed_kind_reaches_the_warm_build(tmp_path):
    content = write_files(tmp_path / "content", {
        "articles/a.md": article("A", "Text.", outlet="X"), "articles/b.md": article("B", "More.", outlet="Y")})
    warm, cold = tmp_path / "warm", tmp_path / "cold"
    build_site(content, warm, search=False)
    path = content / "articles/a.md"
    path.write_text(path.read_text().replace('outlet: X', 'outlet: X\nkind: interview'))
    assert build_site(content, warm, search=False).incremental
    shutil.rmtree(content / CACHE_FOLDER)
    build_site(content, cold, search=False, workers=1, publication_from=warm)   # (its "What's new" too)
    assert tree(warm) == tree(cold)
    assert "Interview" in (warm / "articles/a.html").read_text() and 'data-kind="interview"' in \
        (warm / "sources/index.html").read_text()


# ---------------------------------------------------------------- described outlets

def test_outlets_described_in_dossier_yaml_and_files_are_shown_under_their_own_name(make_dossier):
    d = make_dossier({
        "dossier.yaml": outlets_config('  - name: "Daily8"\n    kind: aggregator\n'
                                       '    reliability: "Copies other outlets."\n'),
        "outlets/le-monde.yaml": LE_MONDE,
        "articles/lm.md": article("Sting", "Text.", outlet='"LE MONDE (English Edition)"',
                                  syndicated='[{outlet: "daily8", published: 2025-05-21}]'),
        "articles/other.md": article("Other", "Text.", outlet='"lemonde.fr"'),
        "articles/none.md": article("No outlet", "Text.")})
    run = d.build("--no-search")
    assert run.code == 0, run.err
    sources = d.page("sources/index.html")
    sections = re.findall(r'<h2 id="(outlet-[^"]+)-title"[^>]*>([^<]+)</h2>', sources)
    assert sections == [("outlet-daily8", "Daily8"), ("outlet-le-monde", "Le Monde"),
                        ("outlet-outlet-unknown", "Outlet unknown")]
    le_monde = sources.split('id="outlet-le-monde"')[1].split("</section>")[0]
    assert "Newspaper · France · French · owned by Groupe Le Monde" in le_monde
    assert "Also written: Le Monde (English edition), lemonde.fr" in le_monde
    assert "Daily of record; check its English edition against the French." in le_monde
    assert '<a class="external" href="https://www.lemonde.fr" rel="noopener noreferrer">' in le_monde
    assert le_monde.count('class="item source-item"') == 2                # both spellings, one outlet
    daily8 = sources.split('id="outlet-daily8"')[1].split("</section>")[0]
    assert "Copy of <a href=\"../articles/lm.html\">Sting</a> (Le Monde)" in daily8 and "Aggregator" in daily8
    # the count on the home page is the number of outlets listed (an article without one is none)
    assert "<strong>2</strong> named outlets" in d.page("index.html")
    page = d.page("articles/lm.html")
    assert ('<dt>Outlet</dt><dd class="outlet-described"><a href="../sources/index.html#outlet-le-monde">Le Monde</a> '
            '<span class="hint">(written “LE MONDE (English Edition)”)</span> · Newspaper') in page
    assert "Reliability:</span> Daily of record" in page
    assert re.search(r'<dt>Also published by</dt>\s*<dd><ul class="syndicated">\s*<li><span class="outlet">Daily8</span>',
                     page)


def test_the_outlet_count_and_list_agree_without_descriptions(make_dossier):
    d = make_dossier({"articles/a.md": article("A", "Text.", outlet='"Radio X"',
                                               syndicated='[{outlet: "Aggregator Y"}]'),
                      "articles/b.md": article("B", "Text.", outlet='"radio x"'),
                      "articles/c.md": article("C", "Text.")})
    assert d.build("--no-search").code == 0
    sources = d.page("sources/index.html")
    named = [name for anchor, name in re.findall(r'<h2 id="(outlet-[^"]+)-title"[^>]*>([^<]+)</h2>', sources)
             if anchor != "outlet-outlet-unknown"]
    assert named == ["Aggregator Y", "Radio X"]   # (one spelling of a name per outlet, case folded)
    assert f"<strong>{len(named)}</strong> named outlets" in d.page("index.html")


def test_outlet_mistakes_are_reported_with_their_places(make_dossier):
    d = make_dossier({
        "dossier.yaml": outlets_config('  - name: "Le Monde"\n    kind: newspapr\n',
                                       '  - name: "Wire"\n    url: "javascript:alert(1)"\n    founded: 1944\n',
                                       '  - aliases: ["nameless"]\n'),
        "outlets/le-monde.yaml": 'name: "Le Monde"\n',
        "outlets/wire.yaml": 'name: "Other"\naliases: ["WIRE"]\n',
        "outlets/long.yaml": f'name: "{"x" * 201}"\n',
        "outlets/list.yaml": "- name: A\n",
        "outlets/typo.yaml": 'name: "Typo"\nreliabilty: "A note."\n',
        "outlets/notes.txt": "not an outlet",
        "articles/a.md": article("A", "Text.", outlet="X")})
    run = d.build("--no-search")
    assert run.code != 0
    err = run.err
    assert ("dossier.yaml:4: 'outlets[1].kind' is 'newspapr'; did you mean 'newspaper'? It must be one of: "
            "newspaper, broadcaster, agency, aggregator,") in err
    assert "dossier.yaml:6: 'outlets[2].url' must be a web address starting with https:// or http://" in err
    assert ("dossier.yaml:7: unknown field 'founded' in an outlet; the fields are: aliases, country, kind, language, "
            "name, owner, reliability, url") in err
    assert "dossier.yaml:8: 'outlets[3].name' is missing" in err
    assert ("outlets/le-monde.yaml:1: the outlet name 'Le Monde' is already given to 'Le Monde' at dossier.yaml:3; "
            "describe each outlet once") in err
    assert "outlets/wire.yaml:1: the outlet name 'WIRE' is already given to 'Wire' at dossier.yaml:5" in err
    assert "outlets/long.yaml:1: 'name' is 201 characters long; it can be at most 200" in err
    assert "outlets/list.yaml:1: the fields must be 'key: value' lines" in err
    assert "outlets/notes.txt: warning: this file is not read" in err
    assert "outlets/typo.yaml:2: unknown field 'reliabilty' in an outlet; did you mean 'reliability'?" in err
    assert "Traceback" not in err


def test_match_folds_case_and_accents_and_knows_every_name(tmp_path):
    write_files(tmp_path, {"outlets/lm.yaml": LE_MONDE, "outlets/e.yaml": 'name: "Le Télégramme"\n'})
    outlets, problems = load_outlets(tmp_path, [("lm.yaml", str(tmp_path / "outlets/lm.yaml")),
                                                ("e.yaml", str(tmp_path / "outlets/e.yaml"))])
    assert problems == []
    book = OutletBook(outlets)
    assert book.match("le monde (ENGLISH edition)").name == "Le Monde"
    assert book.match("  LE  TELEGRAMME ").name == "Le Télégramme"
    assert book.match("Le Figaro") is None and book.match(None) is None and book.match("") is None
    assert book.known_outlets() == [("Le Monde", ("Le Monde (English edition)", "lemonde.fr")),
                                    ("Le Télégramme", ())]


# Any YAML (and any text) in an outlet's file or in dossier.yaml's list gives outlets or
# problems, never an exception.
_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30),
                     st.sampled_from(["newspaper", "javascript:x", "https://a.example", "Le Monde", "x" * 250]))
_keys = st.one_of(st.sampled_from(["name", "aliases", "kind", "country", "language", "owner", "url",
                                   "reliability", "nmae"]), st.text(max_size=8))
_fields = st.one_of(_scalars, st.lists(_scalars, max_size=3), st.dictionaries(_keys, _scalars, max_size=2))
_outlet = st.dictionaries(_keys, _fields, max_size=6)   # (mostly the keys of an outlet)
_named = st.fixed_dictionaries({"name": st.one_of(st.text(max_size=30), _scalars)},
                               optional={key: _fields for key in ("aliases", "kind", "url", "reliability", "owner")})
_values = st.one_of(_named, _outlet, _scalars, st.lists(st.one_of(_named, _outlet, _scalars), max_size=3))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=_values, raw=st.text(max_size=80), listed=st.booleans())
def test_any_yaml_gives_outlets_or_problems_never_an_exception(tmp_path, data, raw, listed):
    folder = tmp_path / "d"
    shutil.rmtree(folder, ignore_errors=True)
    file_text = yaml.safe_dump(data, allow_unicode=True)
    config = yaml.safe_dump({"outlets": data if listed else [data]}, allow_unicode=True)
    write_files(folder, {"outlets/a.yaml": file_text, "outlets/b.yaml": raw.encode("utf-8", "surrogatepass"),
                         "dossier.yaml": config})
    files = [("a.yaml", str(folder / "outlets/a.yaml")), ("b.yaml", str(folder / "outlets/b.yaml"))]
    outlets, problems = load_outlets(folder, files)
    for outlet in outlets:
        assert outlet.name and len(outlet.name) <= 200
        assert outlet.url is None or outlet.url.lower().startswith(("http://", "https://", "mailto:"))
    names = [name.casefold() for outlet in outlets for name in outlet.names]
    assert len(names) == len(set(names)) or problems   # (a name given twice is a problem)


# ---------------------------------------------------------------- bylines

def test_a_byline_naming_a_person_links_to_them_and_lists_the_article_on_their_page(make_dossier):
    d = make_dossier({"entities/molinie.yaml": entity("William Molinié", aliases='["W. Molinie"]'),
                      "entities/acme.yaml": entity("Acme", kind="organization"),
                      "articles/a.md": article("Report", "The magistrates spoke.",
                                               authors='["w. molinie", "Someone Else", "ACME"]')})
    run = d.build("--no-search")
    assert run.code == 0, run.err
    page = d.page("articles/a.html")
    assert ('<dt>Byline</dt><dd class="byline"><a href="../entities/molinie.html">w. molinie</a>, Someone Else, '
            'ACME</dd>') in page   # (a person only: an organization's name is not a byline)
    person = d.page("entities/molinie.html")
    assert re.search(r'href="../articles/a.html"[^§]*?· in the byline</span>', person)
    assert "0 mentions in 1 document" in person   # (listed, but the text does not name him)
    assert "a.html" not in d.page("entities/acme.html")


def test_an_alias_that_makes_a_byline_name_a_person_reaches_the_warm_build(tmp_path):
    content = write_files(tmp_path / "content", {
        "entities/molinie.yaml": entity("William Molinié"),
        "articles/a.md": article("Report", "Text.", outlet="X", authors='["W. M."]')})
    warm, cold = tmp_path / "warm", tmp_path / "cold"
    build_site(content, warm, search=False)
    assert "molinie.html" not in (warm / "articles/a.html").read_text()
    (content / "entities/molinie.yaml").write_text(entity("William Molinié", aliases='["W. M."]'))
    build_site(content, warm, search=False)
    shutil.rmtree(content / CACHE_FOLDER)
    build_site(content, cold, search=False, workers=1, publication_from=warm)   # (its "What's new" too)
    assert tree(warm) == tree(cold)
    assert 'href="../entities/molinie.html">W. M.</a>' in (warm / "articles/a.html").read_text()
    assert "in the byline" in (warm / "entities/molinie.html").read_text()


def test_an_outlet_described_afterwards_reaches_the_warm_build(tmp_path):
    content = write_files(tmp_path / "content", {"articles/a.md": article("A", "Text.", outlet='"lemonde.fr"')})
    warm, cold = tmp_path / "warm", tmp_path / "cold"
    build_site(content, warm, search=False)
    write_files(content, {"outlets/le-monde.yaml": LE_MONDE})
    build_site(content, warm, search=False)
    shutil.rmtree(content / CACHE_FOLDER)
    build_site(content, cold, search=False, workers=1, publication_from=warm)   # (its "What's new" too)
    assert tree(warm) == tree(cold)
    assert 'id="outlet-le-monde"' in (warm / "sources/index.html").read_text()


def test_the_example_describes_its_outlets_and_links_its_journalist(tmp_path):
    from conftest import REPO
    site = tmp_path / "site"
    build_site(REPO / "content", site, search=False)
    sources = (site / "sources/index.html").read_text()
    named = re.findall(r'<h2 id="outlet-(?!outlet-unknown)[^"]+-title"[^>]*>([^<]+)</h2>', sources)
    assert named == ["Daily8", "Le Monde", "The America One News"]
    assert sources.count('class="outlet-description"') == 3
    assert f"<strong>{len(named)}</strong> named outlets" in (site / "index.html").read_text()
    hearing = (site / "articles/magistrates-senate-hearing.html").read_text()
    assert '<a href="../entities/william-molinie.html">William Molinié</a>' in hearing
    assert Path(site / "entities/william-molinie.html").read_text().count("in the byline") == 1


def test_dossier_outlets_reads_a_folder_for_import(tmp_path):
    from generator.outlets import dossier_outlets
    write_files(tmp_path, {"dossier.yaml": outlets_config('  - name: "Daily8"\n    kind: aggregator\n'),
                           "outlets/lm.yaml": LE_MONDE, "outlets/.hidden.yaml": "name: Hidden\n"})
    outside = tmp_path.parent / f"{tmp_path.name}-outside.yaml"
    outside.write_text("name: Outside\n")
    (tmp_path / "outlets/link.yaml").symlink_to(outside)
    book, problems = dossier_outlets(tmp_path)
    assert [name for name, _ in book.known_outlets()] == ["Daily8", "Le Monde"]   # (not the link leading out)
    assert book.match("DAILY8").kind == "aggregator" and problems == []
