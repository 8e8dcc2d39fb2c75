"""The leak check (leakcheck.py): what is withheld is found in a rendered site however it is
written there, a clean site passes, and a leak fails the public build before the swap."""
from __future__ import annotations

import gzip
import importlib
import html
import json
import re
import shutil
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from generator import build
from generator.leakcheck import RUN, Scanner, Withheld, scan
from generator.leakwords import words_of
from tests.conftest import article, entity, write_files

SECRET = Withheld("jv-source", "entity", "entities/jv-source.yaml", 3,
                  ("jv-source", "Jean Valmont", "the Prefecture Whisperer"),
                  ("Our source at the prefecture confirmed the meeting on 3 May, in his car, do not quote.",))
RUN_TEXT = "our source at the prefecture confirmed the meeting"   # RUN words of SECRET's text


def site(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    folder = tmp_path / "site"
    for relative, content in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return folder


def leaked(folder: Path, *withheld: Withheld, published: frozenset = frozenset()) -> list[str]:
    leaks, _ = scan(folder, withheld or (SECRET,), published)
    return [leak.format() for leak in leaks]


# ---------------------------------------------------------------- how a word may be written

def accented(text: str, draw) -> str:
    """`text` with some letters accented, others upper-cased."""
    out = []
    for char in text:
        choice = draw(st.integers(0, 3))
        if choice == 1 and char in "aeiou":
            char = unicodedata.normalize("NFC", char + "\u0301")
        elif choice == 2:
            char = char.upper()
        out.append(char)
    return "".join(out)


def disguised(words: list[str], draw, kind: str) -> str:
    """The words as a file of `kind` may hold them: tags, line breaks, entities, escapes."""
    separators = [" ", "\n", "  ", " <em>", "</a> ", "<br>", '<span class="x">', " &nbsp;", "&#160;", " — "]
    text = words[0]
    for word in words[1:]:
        text += draw(st.sampled_from(separators)) + word
    if kind == "html":
        text = "".join(f"&#{ord(c)};" if ord(c) > 127 and draw(st.booleans()) else c for c in text)
    elif kind == "json":
        text = json.dumps(text)   # (\u00e9, \n, \")
    elif kind == "js":
        text = "var x = " + json.dumps({"k": text}) + ";"
    return text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_a_withheld_word_or_run_is_found_however_it_is_written(tmp_path_factory, data):
    draw = data.draw
    kind = draw(st.sampled_from(["html", "json", "js", "txt", "pagefind"]))
    wanted = draw(st.sampled_from(["Jean Valmont", "the Prefecture Whisperer", "jv-source", RUN_TEXT]))
    words = [accented(word, draw) for word in wanted.replace("-", " ").split()]
    inserted = disguised(words, draw, "html" if kind == "pagefind" else kind)
    before = draw(st.text(alphabet="abcdefgh ,.<>", max_size=30))
    after = draw(st.text(alphabet="abcdefgh ,.", max_size=30))
    body = f"<p>{html.escape(before)} {inserted} {after}</p>" if kind == "html" else f"{before} {inserted} {after}"
    if kind == "pagefind":
        data_file = gzip.compress(b"pagefind_dcd" + json.dumps({"content": body}).encode())
        files = {"pagefind/s0/fragment/en_1.pf_fragment": data_file}
    else:
        files = {f"page.{kind}": body}
    folder = site(tmp_path_factory.mktemp("leak"), files)
    found = leaked(folder)
    assert found, (kind, body)
    if wanted == RUN_TEXT:
        assert "the words 'our source at the prefecture confirmed the meeting' of its text" in found[0]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["jean", "valmont", "prefecture", "source", "our", "the", "meeting", "whisperer",
                                 "at", "confirmed", "<em>", "&amp;", "car", "public"]), max_size=40))
def test_a_text_without_them_is_clean(tmp_path_factory, words):
    # the words in any order but never one of the withheld names nor a whole run
    text = " ".join(words)
    folded = " ".join(word.decode() for word in words_of(text))
    assume(not any(name in f" {folded} " for name in (" jean valmont ", " prefecture whisperer ", f" {RUN_TEXT} ")))
    folder = site(tmp_path_factory.mktemp("clean"), {"index.html": f"<p>{text}</p>"})
    assert leaked(folder) == []


def test_a_leak_names_the_file_what_leaked_and_the_item_and_groups_the_files(tmp_path):
    files = {f"articles/a{n}.html": "<p>Jean <a href='x'>Valmont</a></p>" for n in range(5)}
    files["data/entities.js"] = 'window.x = {"jv-source": 1};'
    files["search/index.html"] = f"<p>{RUN_TEXT} in his car</p>"
    found = leaked(site(tmp_path, files))
    assert found == [
        "articles/a0.html: 'Jean Valmont' of the internal entity jv-source (entities/jv-source.yaml:3) is "
        "published here (and 4 other files); the public edition must not show it: find what prints it (a template, "
        "a public text, a name shared with it) and take it out, or make the item public",
        "data/entities.js: 'jv-source' of the internal entity jv-source (entities/jv-source.yaml:3) is "
        "published here; the public edition must not show it: find what prints it (a template, a public text, a "
        "name shared with it) and take it out, or make the item public",
        "search/index.html: the words 'our source at the prefecture confirmed the meeting' of its text of the "
        "internal entity jv-source (entities/jv-source.yaml:3) is published here; the public edition must not "
        "show it: find what prints it (a template, a public text, a name shared with it) and take it out, or make "
        "the item public"]


def test_an_id_in_a_file_name_is_a_leak_and_binary_files_are_skipped(tmp_path):
    folder = site(tmp_path, {"originals/jv-source.pdf": b"%PDF-1.4 Jean Valmont", "logo.png": b"Jean Valmont",
                             "ok.html": "<p>nothing</p>"})
    assert [line.split(":")[0] for line in leaked(folder)] == ["originals/jv-source.pdf"]


def test_a_name_shared_with_a_public_item_is_not_a_leak_and_said_once(tmp_path):
    folder = site(tmp_path, {"a.html": "<p>Jean Valmont</p>", "b.html": "<p>Jean Valmont</p>"})
    leaks, notes = scan(folder, [SECRET], frozenset({"Jean Valmont"}))
    assert leaks == []
    assert [note.format() for note in notes] == [
        "entities/jv-source.yaml:3: note: 'Jean Valmont' of the internal entity jv-source is also the name of "
        "a public item: not a leak where it appears in the public edition"]


def test_the_search_index_cbor_files_are_read(tmp_path):
    # a CBOR text string: 0x60 + length, then the bytes (Pagefind's .pf_index and .pf_meta)
    word = "valmont".encode()
    cbor = bytes([0x82, 0x60 + len(word)]) + word + bytes([0x01])
    folder = site(tmp_path, {"pagefind/s0/index/en_1.pf_index": gzip.compress(b"pagefind_dcd" + cbor)})
    only_name = Withheld("v", "entity", "entities/v.yaml", 1, ("Valmont",))
    assert [line.split(":")[0] for line in leaked(folder, only_name)] == ["pagefind/s0/index/en_1.pf_index"]


def test_a_markdown_text_run_is_found_across_links_and_emphasis_in_the_output(tmp_path):
    text = Withheld("note", "article", "articles/note.md", 7, ("note-42",),
                    ("The **deputy mayor** met [the contractor](https://example.org/x) twice at the harbour office.",))
    folder = site(tmp_path, {"a.html": '<p>The <strong>deputy mayor</strong> met <a href="https://example.org/x">'
                                       'the contractor</a> twice at the\nharbour office.</p>'})
    assert len(leaked(folder, text)) == 1
    assert len(RUN_TEXT.split()) == RUN


# ---------------------------------------------------------------- in the build

def dossier_files(**extra):
    files = {"dossier.yaml": 'title: "Leaks"\n',
             "entities/herve.yaml": entity("Hervé", summary='"A source."'),
             "articles/sting.md": article("The sting", "Hervé talked to the police.", published="2025-05-21")}
    files.update(extra)
    return files


def withholding(monkeypatch, *withheld: Withheld, published: frozenset = frozenset()) -> None:
    """The build's analysis with these items withheld (as the editions fill them)."""
    analyse = build.analyse

    def analysed(*args, **kwargs):
        analysis = analyse(*args, **kwargs)
        analysis.withheld, analysis.published_words = withheld, published
        return analysis
    monkeypatch.setattr(build, "analyse", analysed)


def test_a_clean_build_with_withheld_items_passes_and_an_incremental_one_checks_its_patch(make_dossier, monkeypatch):
    d = make_dossier(dossier_files())
    withholding(monkeypatch, SECRET)
    assert d.build().code == 0
    d.settle()
    d.add({"articles/sting.md": article("The sting", "Hervé talked. Jean Valmont too.", published="2025-05-21")})
    run = d.build()
    assert run.code != 0 and "articles/sting.html: 'Jean Valmont' of the internal entity" in run.err, run.err
    assert "Jean Valmont" not in d.page("articles/sting.html")


def test_a_shared_name_is_a_note_of_the_build(make_dossier, monkeypatch):
    d = make_dossier(dossier_files())
    withholding(monkeypatch, Withheld("h2", "entity", d.root / "entities/h2.yaml", 1, ("Hervé",)),
                published=frozenset({"Hervé"}))
    run = d.build()
    assert run.code == 0
    assert "'Hervé' of the internal entity h2 is also the name of a public item" in run.err + run.out


def test_a_whole_rebuild_scans_the_files_that_changed_since_the_last_scan(make_dossier, monkeypatch):
    d = make_dossier(dossier_files())
    withholding(monkeypatch, SECRET)
    assert d.build().code == 0              # scanned whole, clean
    d.settle()
    d.add({"templates/article.html": '{% extends "!theme/article.html" %}'
                                     '{% block title %}Jean Valmont{% endblock %}'})   # (a whole build)
    run = d.build()
    assert run.code != 0 and "articles/sting.html: 'Jean Valmont' of the internal entity jv-source" in run.err, run.err


def test_pagefinds_compressed_webassembly_is_not_read_for_words():
    """Pagefind's program (wasm.<lang>.pagefind: gzip, its signature, then WebAssembly) holds
    byte runs that read as any short id ('a1'); it is code the build did not write from the dossier."""
    import gzip
    from generator.leakwords import PAGEFIND_SIGNATURE, file_data
    program = gzip.compress(PAGEFIND_SIGNATURE + b"\x00asm\x01\x00\x00\x00" + b"\x02a1\x05a1 b2" * 40)
    assert file_data(program) is None
    index = gzip.compress(PAGEFIND_SIGNATURE + b'{"words": ["a1"]}')
    assert b"a1" in file_data(index)


def test_a_template_printing_an_internal_articles_title_fails_the_public_build_only(make_dossier):
    """End to end, as a desk meets it: the article is marked internal, a template override
    prints its title on every page; the public build fails naming a page, the title and the
    article's file, and leaves the live site as it was; the internal edition builds."""
    d = make_dossier(dossier_files(**{
        "articles/secret-plan.md": article("The Harbour Bribery Ledger", "Who paid whom, line by line.",
                                           visibility="internal", published="2025-05-01")}))
    assert d.build().code == 0
    assert "Bribery Ledger" not in d.page("index.html")
    before = {path: path.read_bytes() for path in d.output.rglob("*") if path.is_file()}
    d.add({"templates/base.html": '{% extends "!theme/base.html" %}'
                                  '{% block head %}<meta name="x" content="The Harbour Bribery Ledger">{% endblock %}'})
    run = d.build()
    assert run.code != 0
    assert re.search(r"^404\.html: 'The Harbour Bribery Ledger' of the internal article secret-plan "
                     r"\(dossier/articles/secret-plan\.md:1\) is published here \(and \d+ other files\); ", run.err,
                     re.M), run.err
    assert {path: path.read_bytes() for path in d.output.rglob("*") if path.is_file()} == before
    assert not list(d.output.parent.glob(".site.staging-*"))   # (and nothing left beside it)
    assert d.build("--internal").code == 0
    assert "The Harbour Bribery Ledger" in d.page("articles/secret-plan.html")


# ---------------------------------------------------------------- the fast paths read as the plain ones

@settings(max_examples=300)
@given(st.lists(st.one_of(st.binary(max_size=6), st.text(max_size=6).map(str.encode),
                          st.sampled_from(["é", "Ø", "ß", "ﬁ", "\u0301", "\u00ad", "—", "Ω", "日本", " "]).map(str.encode)),
                max_size=30))
def test_non_ascii_runs_are_folded_as_the_regex_folds_them(parts):
    from generator.leakwords import _FOLDED, _NON_ASCII, _fold_non_ascii
    for data in (b"".join(parts).lower(), b" ab ".join(parts).lower() + b"x" * 4 * len(b"".join(parts))):
        # (the second with enough ASCII for the cuts; the first, mostly not, for the regex)
        assert _fold_non_ascii(data) == _NON_ASCII.sub(lambda run: _FOLDED[run.group()], data)


def cbor(item) -> bytes:
    """A small CBOR encoder (arguments of every size, so that each head is met)."""
    def head(major: int, value: int) -> bytes:
        for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
            if value < 24 and not isinstance(item, bool):
                return bytes([major << 5 | value])
            if value < 1 << (8 * size):
                return bytes([major << 5 | info]) + value.to_bytes(size, "big")
        raise ValueError(value)
    if isinstance(item, int):
        return head(0, item) if item >= 0 else head(1, -1 - item)
    if isinstance(item, bytes):
        return head(2, len(item)) + item
    if isinstance(item, str):
        return head(3, len(item.encode())) + item.encode()
    if isinstance(item, list):
        return head(4, len(item)) + b"".join(map(cbor, item))
    return head(5, len(item)) + b"".join(cbor(key) + cbor(value) for key, value in item.items())


def strings_in(item) -> list[bytes]:
    if isinstance(item, str):
        return [item.encode()]
    if isinstance(item, list):
        return [found for part in item for found in strings_in(part)]
    if isinstance(item, dict):
        return [found for key, value in item.items() for found in strings_in(key) + strings_in(value)]
    return []


CBOR_ITEMS = st.recursive(st.one_of(st.integers(-2**40, 2**40), st.text(max_size=40), st.binary(max_size=30)),
                          lambda inner: st.one_of(st.lists(inner, max_size=6),
                                                  st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                          max_leaves=30)


@settings(max_examples=200)
@given(CBOR_ITEMS)
def test_every_text_string_of_cbor_data_is_read(item):
    from generator.leakwords import cbor_strings
    data = cbor(item)
    assert cbor_strings(data) == strings_in(item)
    if len(data) > 1 and isinstance(item, (str, bytes, list, dict)) and strings_in(item):
        try:   # cut short: not CBOR (then the file is read as text), or fewer strings
            assert len(cbor_strings(data[:-1])) <= len(strings_in(item))
        except ValueError:
            pass


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_a_withheld_word_written_with_any_entity_or_percent_escape_is_found(tmp_path_factory, data):
    draw = data.draw
    wanted = draw(st.sampled_from(["Jean Valmont", "the Prefecture Whisperer", "jv-source"]))
    written = ""
    for char in accented(wanted, draw):
        way = draw(st.integers(0, 4))
        written += (f"&#{ord(char)};" if way == 1 else f"&#x{ord(char):X};" if way == 2
                    else html.escape(char) if way == 3 else char)
    quoted = "".join(draw(st.sampled_from([c, "%" + c.encode().hex().upper()])) for c in wanted)
    where = draw(st.sampled_from(["text", "attribute", "link"]))
    body = {"text": f"<p>x {written} y</p>", "attribute": f'<img alt="{written}" src="a.png">',
            "link": f'<a href="/find?q={quoted}">z</a>'}[where]
    folder = site(tmp_path_factory.mktemp("entities"), {"page.html": f"&amp; &nbsp;&#39; {body}"})
    assert leaked(folder), body


def test_the_scan_runs_only_when_something_is_left_out(tmp_path):
    """The README's promise: a dossier with nothing internal pays nothing for the leak check."""
    content = write_files(tmp_path / "content", dossier_files())
    assert "leaks" not in build.build_site(content, tmp_path / "site", search=False).stages
    write_files(content, {"articles/note.md": article("Quayside note", "Kept in.", visibility="internal")})
    assert "leaks" in build.build_site(content, tmp_path / "site", search=False).stages


# ---------------------------------------------------------------- the tags read once

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_a_withheld_word_in_a_repeated_tag_is_found_in_every_file_that_holds_it(tmp_path_factory, data):
    """Each distinct tag is read once by a worker, and what it holds remembered: a tag that
    holds a withheld word (entities, percent-escapes, accents, case) is reported in every page
    and every non-page file it is in, however many clean files came before."""
    draw = data.draw
    wanted = draw(st.sampled_from(["Jean Valmont", "the Prefecture Whisperer", "jv-source"]))
    written = "".join(f"&#{ord(c)};" if draw(st.booleans()) else c for c in accented(wanted, draw))
    quoted = "".join(draw(st.sampled_from([c, "%" + c.encode().hex().upper()])) for c in wanted)
    tag = draw(st.sampled_from([f'<a title="{written}" href="x.html">', f"<img alt='{written}' src=a.png>",
                                f'<a href="/find?q={quoted}">', f"<!-- {written} -->"]))
    clean = draw(st.integers(0, 70))   # (files read before: the tags they share are known clean)
    files = {f"a/{n:03}.html": '<p><a href="x.html">clean</a> text</p>' for n in range(clean)}
    files |= {f"b/{n}.html": f"<p>before {tag}after</p>" for n in range(3)}
    files["c/data.js"] = "window.x = " + json.dumps({"html": f"<li>{tag}</li>"}).replace("<", "\\u003c") + ";"
    found = leaked(site(tmp_path_factory.mktemp("tags"), files))
    assert len(found) == 1 and found[0].startswith("b/0.html: ") and "(and 3 other files)" in found[0], (tag, found)


def test_the_themes_own_markup_is_not_words_of_the_dossier(tmp_path):
    """An internal entity named "Hidden" or with the id "main": the theme's `hidden` attribute,
    its `id="main"` and `class="visually-hidden"` are its markup. The same words as text, or
    in an attribute value the theme does not write as it is, are still found."""
    from generator.leakcheck import theme_markup
    from generator.render import DEFAULT_THEME
    fixed = theme_markup(DEFAULT_THEME)
    assert {b"main", b"visually-hidden"} <= fixed and not any(b"{" in value for value in fixed)
    hidden = Withheld("main", "entity", "entities/main.yaml", 1, ("main", "Hidden"))
    page = ('<main id="main"><a class="skip-link" href="#main">Skip</a><button hidden type="button">'
            '<span class="visually-hidden">Dark mode</span></button><section hidden></section></main>')
    folder = site(tmp_path / "clean", {"index.html": page})
    assert scan(folder, [hidden], fixed=fixed) == ([], [])
    for leaking in ("<p>The hidden room</p>", '<a href="../entities/main.html">x</a>', '<img alt="Hidden" src="a.png">'):
        folder = site(tmp_path / str(len(leaking)), {"index.html": page + leaking})
        assert [leak.path.name for leak in scan(folder, [hidden], fixed=fixed)[0]] == ["index.html"], leaking


def test_internal_entities_named_like_the_themes_markup_build_in_public(make_dossier):
    d = make_dossier(dossier_files(**{
        "entities/main.yaml": entity("Main Street Cell", visibility="internal"),
        "entities/hidden.yaml": entity("Hidden", visibility="internal"),
        "entities/nav.yaml": entity("Nav", visibility="internal")}))
    run = d.build()
    assert run.code == 0, run.err
    assert "hidden" in d.page("index.html") and 'id="main"' in d.page("index.html")


NAMES = ["Alvarez", "Brunet", "Castel", "Dumont", "Esposito", "Ferrand", "Gauthier", "Hamel", "Ibarra", "Joubert"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_a_run_made_only_of_public_names_is_not_a_leak_but_the_texts_own_words_are(tmp_path_factory, data):
    """A withheld text that lists public entities in the order a list page shows them: those
    names, one after the other, are the public site's own. The text's own words are still sought."""
    draw = data.draw
    start = draw(st.integers(0, 2))
    listed = NAMES[start:start + draw(st.integers(RUN, len(NAMES) - start))]
    public = frozenset({*NAMES, "Castel Group"} if draw(st.booleans()) else NAMES)
    note = Withheld("desk", "article", "articles/desk.md", 1, ("desk-note-77",),
                    (f"Present: {', '.join(listed)}. The harbour master paid each of them twice in cash.",))
    page = "<ul>" + "".join(f'<li><a href="e/{name.lower()}.html">{name}</a> <span>0</span></li>' for name in NAMES) + "</ul>"
    folder = site(tmp_path_factory.mktemp("names"), {"entities.html": page})
    assert scan(folder, [note], public)[0] == []
    folder = site(tmp_path_factory.mktemp("own"), {"x.html": "<p>the harbour master paid each of them twice</p>"})
    assert len(scan(folder, [note], public)[0]) == 1


def test_what_the_public_texts_write_is_told_from_a_leak_among_the_hits_only(tmp_path):
    """A withheld run or word found in the site that a public text writes too (a link's address
    in between, as Markdown writes it) is a note; what no public text writes is a leak."""
    note = Withheld("desk", "article", "articles/desk.md", 1, ("desk-note-77", "Harbour Ledger"),
                    ("Reporting by Le Courrier shows that Granite Bank met the mayor. Our fixer paid "
                     "the harbour master twice in cash.",))
    public = ("Reporting by [Le Courrier](https://courrier.example/2024/09/a-b) shows that Granite Bank met "
              "the mayor.", "The [[harbour]] Ledger is public.", "The Harbour Ledger, as it is called.")
    page = ('<p>Reporting by <a href="https://courrier.example/2024/09/a-b">Le Courrier</a> shows that Granite '
            'Bank met the mayor.</p><p>The Harbour Ledger</p>')
    folder = site(tmp_path / "quoted", {"a.html": page})
    leaks, notes = scan(folder, [note], public_texts=public)
    assert leaks == []
    assert [n.format() for n in notes] == [
        "articles/desk.md:1: note: 'Harbour Ledger' of the internal article desk is also the name of a public item: "
        "not a leak where it appears in the public edition",
        "articles/desk.md:1: note: the words 'reporting by le courrier shows that granite bank' (and 3 other runs "
        "of 8 words) of the internal article desk are also written in a public text (quoted there): not a leak where "
        "they appear in the public edition"]
    folder = site(tmp_path / "leaked", {"a.html": page, "b.html": "<p>our fixer paid the harbour master twice in</p>"})
    leaks, _ = scan(folder, [note], public_texts=public[:1])
    assert sorted(leak.path.name for leak in leaks) == ["a.html", "b.html"]   # (the name; the fixer's run)


def test_native_reader_is_built():
    """`make test` installs the package, which compiles the native reading where a C compiler
    is: a build of the public edition then uses it (the Python reading stays for where none was)."""
    try:
        importlib.import_module("generator._leakscan")
    except ImportError:
        assert not (shutil.which("cc") or shutil.which("gcc")), \
            "a C compiler is here but generator/_leakscan.c was not built: reinstall (pip install -e .) and read its errors"
        pytest.skip("no C compiler: the leak check reads files in Python")
    scanner = Scanner([Withheld("x", "article", "x.md", 1, ("Émile Zola",))])
    assert scanner.reader is not None
    assert scanner.hits("a.html", "<p>EMILE <em>zola</em></p>".encode()) == [0]
