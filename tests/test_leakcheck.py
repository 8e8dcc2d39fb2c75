"""The leak check (leakcheck.py): what is withheld is found in a rendered site however it is
written there, a clean site passes, and a leak fails the public build before the swap."""
from __future__ import annotations

import gzip
import html
import json
import re
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from generator import build
from generator.leakcheck import RUN, Withheld, scan, words_of
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


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
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


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
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
    from generator.leakcheck import PAGEFIND_SIGNATURE, file_data
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
    from generator.leakcheck import _FOLDED, _NON_ASCII, _fold_non_ascii
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
    from generator.leakcheck import cbor_strings
    data = cbor(item)
    assert cbor_strings(data) == strings_in(item)
    if len(data) > 1 and isinstance(item, (str, bytes, list, dict)) and strings_in(item):
        try:   # cut short: not CBOR (then the file is read as text), or fewer strings
            assert len(cbor_strings(data[:-1])) <= len(strings_in(item))
        except ValueError:
            pass


@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
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
