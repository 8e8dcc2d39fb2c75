"""Hostile values in a dossier's content: control characters, deep nesting, very long names,
loops between copies, duplicate keys, Unicode spellings, runaway dates, look-alike tags. Each
gives a message naming the file and line (or is made harmless), never a crash, and never a
feed that XML readers refuse."""
import re
import unicodedata
import xml.etree.ElementTree as ET

import pytest
from conftest import article, entity, write_files
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.matcher import MAX_NAME_LENGTH

# What XML 1.0 refuses in a document (and HTML parsers report as errors in text).
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
TRACEBACK = "Traceback"


def site_text(d) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in d.output.rglob("*") if p.suffix in (".html", ".xml"))


# ---- control characters

@pytest.mark.parametrize("escape, code", [(r"\x01", "U+0001"), (r"\v", "U+000B"), (r"\e", "U+001B"),
                                          (r"\0", "U+0000"), (r"\uFFFE", "U+FFFE"), (r"\x85", "U+0085")])
def test_a_control_character_written_as_an_escape_is_refused_with_its_line(make_dossier, escape, code):
    d = make_dossier({"articles/a.md": f'---\ntitle: "Fine"\nsummary: "bad {escape} here"\n---\n\nText.\n'})
    run = d.build("--no-search")
    assert run.code == 1 and TRACEBACK not in run.err
    assert f"dossier/articles/a.md:3:10: the text holds the control character {code}" in run.err
    assert not (d.output / "feed.xml").exists()


@pytest.mark.parametrize("where, files, line", [
    ("a tag", {"articles/a.md": '---\ntitle: T\ntags:\n  - ok\n  - "b\\x1bd"\n---\n'}, "articles/a.md:5"),
    ("an entity's name", {"entities/e.yaml": 'type: person\nname: "E\\x01"\n'}, "entities/e.yaml:2"),
    ("a summary's title", {"summaries/s.md": '---\ntitle: "S\\x02"\n---\n'}, "summaries/s.md:2"),
    ("the site's title", {"dossier.yaml": 'title: "Site\\x1b"\n'}, "dossier.yaml:1"),
])
def test_control_characters_are_refused_in_every_field(make_dossier, where, files, line):
    d = make_dossier({"articles/z.md": article("Z"), **files})
    run = d.build("--no-search")
    assert run.code == 1 and TRACEBACK not in run.err, where
    assert f"dossier/{line}:" in run.err and "control character" in run.err, run.err


def test_a_control_character_typed_into_front_matter_is_refused_with_its_line(make_dossier):
    d = make_dossier({"articles/a.md": b"---\ntitle: Fine\nsummary: bad \x1b here\n---\n\nText.\n"})
    run = d.build("--no-search")
    assert run.code == 1 and TRACEBACK not in run.err
    assert "dossier/articles/a.md:3:14: the text holds the control character U+001B" in run.err


def test_control_characters_in_a_body_are_dropped_and_the_feed_parses(make_dossier):
    body = ("Bell\x07 and escape\x1b[31m and form\x0cfeed, nul\x00, \ufffe end.\n\nSecond\x01 paragraph, "
            "C1\x9b[0m and\x85 non\uffff-characters.")
    d = make_dossier({"articles/a.md": ("---\ntitle: A\n---\n\n" + body + "\n").encode()})
    run = d.build("--no-search")
    assert run.code == 0, run.err
    ET.parse(d.output / "feed.xml")
    html = d.page("articles/a.html")
    assert "Bell and escape[31m and formfeed, nul,  end." in html and "C1[0m and non-characters." in html
    assert XML_FORBIDDEN.search(site_text(d)) is None
    d.settle()   # a name it holds, added: the article renders again, its text read again from the disk
    d.add({"entities/bell.yaml": entity("Bell")})
    run = d.build("--no-search")
    assert run.code == 0, run.err
    assert 'href="../entities/bell.html"' in d.page("articles/a.html")


def test_an_imported_clipping_with_control_characters_builds(tmp_path, make_dossier):
    from generator.importer import import_clipping
    d = make_dossier({"articles/other.md": article("Other")})
    clipping = ("Bad\x1b title\x01\nBy Someone\n\n" + "A paragraph with a bell\x07 in it, long enough to be text. " * 3
                + "\n\nAnother\x0b paragraph of the clipping that says something about the case.\n")
    result = import_clipping(clipping, d.root)
    written = result.path.read_text(encoding="utf-8")
    assert XML_FORBIDDEN.search(written) is None and "\\x" not in written
    run = d.build("--no-search")
    assert run.code == 0, run.err
    ET.parse(d.output / "feed.xml")


# ---- nesting depth

def test_quotes_nested_past_the_bound_fail_naming_the_line(make_dossier):
    d = make_dossier({"articles/a.md": article("A"),
                      "articles/deep.md": "---\ntitle: Deep\n---\n\nFine.\n\n" + "> " * 101 + "bottom\n"})
    run = d.build("--no-search")
    assert run.code == 1 and TRACEBACK not in run.err
    assert ("dossier/articles/deep.md:7: the Markdown nests quotes or lists 101 deep on this line; "
            "at most 100 levels are allowed") in run.err


def test_quotes_nested_to_the_bound_render(make_dossier):
    d = make_dossier({"articles/deep.md": "---\ntitle: Deep\n---\n\n" + ">" * 100 + " bottom\n"})
    assert d.build("--no-search").code == 0
    assert d.page("articles/deep.html").count("<blockquote>") == 100


@pytest.mark.parametrize("text", ["\n".join("    " * i + "- item" for i in range(100)), "> - " * 50 + "x",
                                  "\n".join(">" * i + " level" for i in range(1, 101))])
def test_lists_and_quotes_nested_to_the_bound_render(make_dossier, text):
    d = make_dossier({"articles/lists.md": "---\ntitle: L\n---\n" + text + "\n"})
    run = d.build("--no-search")
    assert run.code == 0, run.err


@pytest.mark.parametrize("text", [
    "\n".join("    " * i + "- item" for i in range(120)),          # indented lists
    "- " * 150 + "x",                                                # lists on one line
    "1. " * 150 + "x",
    "> - " * 60 + "x",                                               # quotes and lists
])
def test_lists_nested_past_the_bound_fail_naming_the_file(make_dossier, text):
    d = make_dossier({"articles/lists.md": "---\ntitle: L\n---\n" + text + "\n"})
    run = d.build("--no-search")
    assert run.code == 1 and TRACEBACK not in run.err
    assert re.search(r"dossier/articles/lists\.md:\d+: the Markdown nests quotes or lists \d+ deep", run.err), run.err


def test_a_deep_indented_code_block_is_not_nesting(make_dossier):
    code = "```\n" + "\n".join(" " * (4 * i) + "x" for i in range(150)) + "\n```\n"
    d = make_dossier({"articles/code.md": "---\ntitle: C\n---\n\n" + code})
    assert d.build("--no-search").code == 0


# ---- long names

def test_an_over_long_entity_name_is_refused_naming_the_entity(make_dossier):
    long_name = "Word " * 100
    d = make_dossier({"entities/long.yaml": f'name: "{long_name.strip()}"\ntype: person\n',
                      "entities/alias.yaml": f'name: Fine\ntype: person\naliases:\n  - Other\n  - "{"x" * 600}"\n',
                      "articles/a.md": article("A", "Fine text."), "articles/b.md": article("B", "More text.")})
    run = d.build("--no-search")
    assert run.code == 1 and TRACEBACK not in run.err
    assert (f"dossier/entities/long.yaml:1: 'name' is 499 characters long; a name can be at most "
            f"{MAX_NAME_LENGTH} characters") in run.err
    assert (f"dossier/entities/alias.yaml:5: item 2 of 'aliases' is 600 characters long; a name can be at most "
            f"{MAX_NAME_LENGTH} characters") in run.err
    assert "articles/a.md" not in run.err and "too deeply" not in run.err


def test_names_at_the_length_bound_link(make_dossier):
    """Names of the longest length allowed, each a prefix of the next (the deepest pattern
    the names can make), still link, in a build that renders in this process and in one that
    renders a single text with its own matcher."""
    names = [" ".join("w" * n) for n in range(1, MAX_NAME_LENGTH // 2 + 1)]
    names = [name for name in names if len(name) < MAX_NAME_LENGTH] + ["y" * MAX_NAME_LENGTH]
    files = {f"entities/e{i}.yaml": entity(name) for i, name in enumerate(names)}
    files["articles/a.md"] = article("A", "Here: " + names[-2] + " and " + names[-1] + ".")
    d = make_dossier(files)
    run = d.build("--no-search")
    assert run.code == 0, run.err
    for _ in range(2):
        html = d.page("articles/a.html")
        assert f'href="../entities/e{len(names) - 2}.html"' in html and f'href="../entities/e{len(names) - 1}.html"' in html
        d.add({"articles/a.md": article("A", "There: " + names[-2] + " and " + names[-1] + ".")})
        run = d.build("--no-search")
        assert run.code == 0, run.err


# ---- copies and translations

@pytest.mark.parametrize("links", [
    {"a": "copy_of: b", "b": "copy_of: a"},
    {"a": "translation_of: b", "b": "copy_of: c", "c": "translation_of: a"},
])
def test_a_loop_of_copies_is_an_error(make_dossier, links):
    d = make_dossier({f"articles/{name}.md": f"---\ntitle: {name.upper()}\n{link}\n---\n\nText.\n"
                      for name, link in links.items()})
    run = d.build("--no-search")
    assert run.code == 1 and TRACEBACK not in run.err
    first = sorted(links)[0]
    assert f"dossier/articles/{first}.md:3: '{links[first].split(':')[0]}' makes a loop" in run.err, run.err
    assert run.err.count("makes a loop") == 1


@pytest.mark.parametrize("key", ["copy_of", "translation_of"])
def test_an_article_cannot_be_a_copy_of_itself(make_dossier, key):
    d = make_dossier({"articles/a.md": f"---\ntitle: A\n{key}: a\n---\n\nText.\n"})
    run = d.build("--no-search")
    assert run.code == 1
    assert f"dossier/articles/a.md:3: '{key}' names the article itself" in run.err


# ---- duplicate keys

@pytest.mark.parametrize("path, text, line, key", [
    ("articles/a.md", "---\ntitle: One\nsummary: S\ntitle: Two\n---\n\nText.\n", 4, "title"),
    ("entities/e.yaml", "name: E\ntype: person\nname: F\n", 3, "name"),
    ("entities/r.yaml", "name: R\ntype: person\nrelations:\n  - type: knows\n    to: e\n    to: f\n", 6, "to"),
    ("dossier.yaml", "title: X\ntitle: Y\n", 2, "title"),
])
def test_a_key_given_twice_is_an_error(make_dossier, path, text, line, key):
    d = make_dossier({"articles/z.md": article("Z"), path: text})
    run = d.build("--no-search")
    assert run.code == 1 and TRACEBACK not in run.err
    assert f"dossier/{path}:{line}:" in run.err
    assert f"'{key}' is given twice (first on line" in run.err, run.err


def test_a_merge_key_is_not_a_duplicate(make_dossier):
    d = make_dossier({"entities/e.yaml": "name: E\ntype: person\nlinks:\n  - &l {label: L, url: 'https://a.example'}\n"
                                         "  - <<: *l\n    label: M\n"})
    assert d.build("--no-search").code == 0


# ---- Unicode normalisation

def test_nfd_and_nfc_spellings_are_one_name(make_dossier):
    nfd, nfc = "Herve\u0301 Dupre\u0301", "Herv\u00e9 Dupr\u00e9"
    d = make_dossier({"entities/herve.yaml": entity(nfc), "entities/zoe.yaml": entity("Zoe\u0308"),
                      "articles/a.md": article(nfd, f"Met {nfd} and Zo\u00eb today.", tags=['"Caf\u00e9"']),
                      "articles/b.md": article("B", "Text.", tags=['"Cafe\u0301"'])})
    run = d.build("--no-search")
    assert run.code == 0, run.err
    html = d.page("articles/a.html")
    assert "\u0301" not in site_text(d) and "\u0308" not in site_text(d)
    assert re.search(r'<a [^>]*href="\.\./entities/herve\.html"[^>]*>Herv\u00e9 Dupr\u00e9</a>', html), html
    assert re.search(r'<a [^>]*href="\.\./entities/zoe\.html"[^>]*>Zo\u00eb</a>', html)
    assert "<h1>Herv\u00e9 Dupr\u00e9</h1>" in html
    assert len(list((d.output / "tags").glob("caf*.html"))) == 1


def test_the_quick_look_for_text_to_normalise_misses_nothing():
    """load.py makes a file's text NFC only when its bytes hold a character from U+0300 that
    may change (textfile.E2_NOT_NFC for U+2000-U+2FFF, where typographic punctuation is): every
    character it lets through is one NFC keeps, and that composes with nothing before it."""
    import unicodedata
    from generator.textfile import E2_NOT_NFC
    seconds = {int(parts[1], 16) for code in range(0x110000)
               if (d := unicodedata.decomposition(chr(code))) and not d.startswith("<") and len(parts := d.split()) == 2}
    for code in range(0x2000, 0x3000):
        char = chr(code)
        if E2_NOT_NFC.search(char.encode()) is None:
            assert unicodedata.normalize("NFC", char) == char and not unicodedata.combining(char), hex(code)
            assert code not in seconds, hex(code)
    d_text = "Ω and KK and Å".encode()
    from generator.textfile import decode_text
    assert decode_text(None, d_text, []) == "Ω and KK and Å"


# ---- dates

@pytest.mark.parametrize("date", ["early " * 1000 + "2024", "x" * 100_000, "around " * 1000 + "2024"])
def test_a_runaway_date_is_a_plain_message(make_dossier, date):
    d = make_dossier({"articles/a.md": article("A", published=f'"{date}"')})
    run = d.build("--no-search")
    assert run.code == 1 and TRACEBACK not in run.err and "internal error" not in run.err
    assert "dossier/articles/a.md:3: 'published': " in run.err
    assert len(run.err) < 2000


def test_one_part_of_a_date_still_reads(make_dossier):
    d = make_dossier({"articles/a.md": article("A", published='"early May 2024"')})
    assert d.build("--no-search").code == 0
    assert "early May 2024" in d.page("articles/a.html")


# ---- tags

def test_tags_that_differ_by_their_symbols_keep_pages_of_their_own(make_dossier):
    d = make_dossier({"articles/a.md": article("A", tags='["C++"]'), "articles/b.md": article("B", tags='["C#"]'),
                      "articles/c.md": article("C", tags='["c"]'), "articles/d.md": article("D", tags='["R&D"]'),
                      "articles/e.md": article("E", tags='["\u65e5\u672c"]'),
                      "articles/f.md": article("F", tags='["\u4e2d\u56fd"]')})
    run = d.build("--no-search")
    assert run.code == 0, run.err
    pages = {p.name for p in (d.output / "tags").glob("*.html")} - {"index.html"}
    assert len(pages) == 6, pages
    assert {"c-plus-plus.html", "c-sharp.html", "c.html", "r-and-d.html"} <= pages
    assert "A" in d.page("tags/c-plus-plus.html") and ">B<" not in d.page("tags/c-plus-plus.html")


def test_a_long_tag_has_a_page_with_a_name_a_disk_takes(make_dossier):
    tags = ["x" * 5000, "x" * 4999 + "y", "\u65e5" * 300]
    d = make_dossier({"articles/a.md": article("A", tags="[" + ", ".join(f'"{tag}"' for tag in tags) + "]")})
    run = d.build("--no-search")
    assert run.code == 0, run.err
    pages = [p.name for p in (d.output / "tags").glob("*.html") if p.name != "index.html"]
    assert len(pages) == 3 and all(len(name) <= 100 for name in pages), pages


def test_tags_that_share_a_page_but_not_a_spelling_are_warned(make_dossier):
    d = make_dossier({"articles/a.md": article("A", tags='["U.S. politics"]'),
                      "articles/b.md": article("B", tags='["US politics"]'),
                      "articles/c.md": article("C", tags='["u-s politics", "Politics"]'),
                      "articles/d.md": article("D", tags='["politics"]')})
    run = d.build("--no-search")
    assert run.code == 0
    assert ("dossier/articles/c.md:3: warning: the tag 'u-s politics' shares the page tags/u-s-politics.html "
            "with 'U.S. politics' (articles/a.md)") in run.err, run.err
    assert "'politics'" not in run.err and "'US politics'" not in run.err


# ---- any front matter at all

PRINTABLE = st.characters(blacklist_categories=("Cc", "Cs"))
FIELD_TEXT = st.one_of(   # (mostly text a build takes, so that the feed is often made)
    st.text(PRINTABLE, min_size=1, max_size=30),
    st.text(PRINTABLE, min_size=1, max_size=30).map(lambda text: unicodedata.normalize("NFD", text)),
    st.text(max_size=30),
    st.sampled_from(["\x00", "\x01", "\x0b", "\x1b", "\ufffe", "\uffff", "e\u0301", "\x85", "\u2028",
                     "C++", "C#", "early " * 300 + "2024", "x" * 5000, "> " * 200, "\u65e5" * 300]),
)


def _double_quoted(value: str) -> str:
    """A YAML double-quoted scalar for any text (escapes for what YAML cannot hold as it is)."""
    out = []
    for char in value:
        if char in '"\\':
            out.append("\\" + char)
        elif char.isprintable() and not 0xd800 <= ord(char) <= 0xdfff and char not in "\ufeff":
            out.append(char)
        else:
            out.append(f"\\u{ord(char):04x}" if ord(char) <= 0xffff else f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


DATE_TEXT = st.one_of(st.sampled_from(["", "2024", "2024-05-01", "spring 2024", "around 2023-02"]), FIELD_TEXT)


@given(title=FIELD_TEXT, summary=FIELD_TEXT, tag=FIELD_TEXT, name=FIELD_TEXT, date=DATE_TEXT, body=FIELD_TEXT)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
def test_any_front_matter_gives_a_site_or_messages(make_dossier, title, summary, tag, name, date, body):
    d = make_dossier({
        "articles/a.md": (f"---\ntitle: {_double_quoted(title)}\nsummary: {_double_quoted(summary)}\n"
                          f"tags: [{_double_quoted(tag)}]\npublished: {_double_quoted(date)}\n---\n\n{body}\n"),
        "entities/e.yaml": f"name: {_double_quoted(name)}\ntype: person\n",
        "articles/b.md": article("B", "Plain text."),
    })
    run = d.build("--no-search")
    assert run.code in (0, 1), run.err
    assert TRACEBACK not in run.err and "internal error" not in run.err
    if run.code == 0:
        ET.parse(d.output / "feed.xml")
        assert XML_FORBIDDEN.search(site_text(d)) is None
    else:
        lines = [line for line in run.err.splitlines() if line.startswith("dossier/")]
        assert lines and all(re.match(r"dossier/[\w/.]+:\d+(:\d+)?: ", line) for line in lines), run.err


def test_the_nesting_check_is_bounded_in_time_as_the_rendering_is(tmp_path):
    """A text with a line too deep is looked through for fences first: unclosed fences of
    growing length made that search take seconds a megabyte, outside the time limit."""
    import time

    from generator.build import build_site
    from generator.errors import ContentError
    fences = "".join("`" * n + "x\n" for n in range(3, 1500))
    write_files(tmp_path / "d", {"articles/a.md": article("A", fences + ">" * 150 + " deep\n")})
    started = time.monotonic()
    with pytest.raises(ContentError) as raised:
        build_site(tmp_path / "d", tmp_path / "site", search=False, render_seconds=1)
    assert time.monotonic() - started < 8
    assert any("articles/a.md" in str(p.path) for p in raised.value.problems)
