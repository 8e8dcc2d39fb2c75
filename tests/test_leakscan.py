"""The leak check's native reading (generator/_leakscan.c) finds exactly what its Python
reading finds (leakcheck.Scanner, leakwords), on any bytes: the scan of a public build may use
either, and must not weaken when it uses the fast one."""
from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from generator import leakcheck
from generator.leakcheck import RUN, Scanner, Withheld

try:
    from generator import _leakscan
except ImportError:   # (no C compiler where the package was installed: the Python reading is used)
    _leakscan = None
pytestmark = pytest.mark.skipif(_leakscan is None, reason="the native reading is not built (no C compiler?)")

# Words of several scripts, cases and accents, and some that fold to the same ("straße",
# "STRASSE"; "Émile", "emile"); and what parts or joins words in a page
WORDS = ["leak", "Émile", "emile", "ŠIMIĆ", "straße", "STRASSE", "Ærø", "naïve", "Ωmega", "город", "東京",
         "x1", "2024", "the", "of", "a", "Hidden", "main", "ǅemal", "ﬁle", "İstanbul", "Ⅻ"]
PIECES = [" ", "  ", "\n", ", ", ". ", "—", "’", "“", "<em>", "</em>", '<a href="/x/émile.html">', "</a>", "<br>",
          "&amp;", "&#233;", "&#xE9;", "&#x27;", "&#39;", "&nbsp;", "&lt;", "&eacute;", "&copy", "&#150;", "&#1234567;",
          "&#", "&T", "<!-- a note -->", "<!---->", '<span title="Émile ŠIMIĆ">', "<span class='main' id=main>",
          '<img alt="naïve leak" src=x.png>', "<", ">", "< b", "\u00ad", "\u200b", "e\u0301", "\u0301", "𝒳", "😀",
          "\xff", "\xe9\x80", "%", "=", '"', "<p hidden>", "<meta content=\"the of a\">", "<x =  'ωmega' y= z>",
          # marks that stay after the fold, in an order their decomposition would change, and as entities
          "\u302e\u1715", "\u1715\u302e", "&#x345;&#x1715;", "\u0345", "\U0001d165", "<!--Zola>", "<!-- x -->"]
FIXED = frozenset({b"main", b"x.png"})


def _document(tokens: list[str]) -> bytes:
    # (two tokens are bytes that are no UTF-8: a lone byte and a cut sequence)
    return "".join(tokens).encode("utf-8", "surrogateescape").replace(b"\xc3\xbf", b"\xff").replace(
        b"\xc3\xa9\xc2\x80", b"\xe9\x80")


words = st.sampled_from(WORDS)
pieces = st.sampled_from(PIECES)


@st.composite
def dossiers(draw):
    """Withheld items (their names, and texts of RUN words or more) and pages made of their
    words, of other words, and of markup, entities and characters of every kind between them."""
    items = []
    for number in range(draw(st.integers(1, 3))):
        names = tuple(" ".join(draw(st.lists(words, min_size=1, max_size=3))) for _ in range(draw(st.integers(0, 2))))
        texts = tuple(" ".join(draw(st.lists(words, min_size=RUN, max_size=RUN + 4))) for _ in range(draw(st.integers(0, 2))))
        items.append(Withheld(f"item-{number}", "article", f"articles/item-{number}.md", 1,
                              (f"item-{number}", *names), texts))
    shown = [word for item in items for text in (*item.words, *item.texts) for word in text.split()]
    # a name or a text whole, its words parted by markup, spaces or entities (or not parted)
    whole = st.sampled_from([text for item in items for text in (*item.words, *item.texts)]).flatmap(
        lambda text: st.lists(st.sampled_from([" ", "<em>", "</a> ", "&nbsp;", "\n", "’", "&#39;", "", "<br/>"]),
                              min_size=len(text.split()), max_size=len(text.split())).map(
            lambda glue: "".join(word + between for word, between in zip(text.split(), glue))))
    token = st.one_of(words, pieces, whole, st.sampled_from(shown or WORDS),
                      st.text(string.ascii_letters + "é ", max_size=4))
    pages = [_document(draw(st.lists(token, max_size=60))) for _ in range(draw(st.integers(1, 3)))]
    return items, pages


def _both(items: list[Withheld]) -> tuple[Scanner, Scanner]:
    python, native = Scanner(items, fixed=FIXED, native=False), Scanner(items, fixed=FIXED)
    assert python.reader is None and native.reader is not None
    return python, native


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dossiers())
def test_the_native_reading_finds_what_the_python_reading_finds(dossier):
    items, pages = dossier
    python, native = _both(items)
    for number, page in enumerate(pages):   # (one scanner for all: tags met again are remembered)
        relative = f"pages/{number}.html"
        assert sorted(set(native.hits(relative, page))) == sorted(set(python.hits(relative, page)))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.lists(words, min_size=1, max_size=3))
def test_any_bytes_read_alike(data, name):
    items = [Withheld("x", "article", "x.md", 1, (" ".join(name),), (" ".join(WORDS[:RUN + 2]),))]
    python, native = _both(items)
    for page in (data, data + " ".join(name).encode() + data, b"<p>" + data + b"</p>"):
        assert sorted(set(native.hits("p.html", page))) == sorted(set(python.hits("p.html", page)))


def test_what_only_the_python_reading_decodes_is_read_by_it():
    """A named entity other than the plain ones (`&eacute;`) is decoded as Python's html module
    does: the native reading hands such a file back, and the Python reading finds the word."""
    scanner = Scanner([Withheld("x", "article", "x.md", 1, ("Émile",))])
    assert scanner.reader.scan(b"&Eacute;mile") is None
    assert scanner.hits("a.html", b"<p>&Eacute;mile</p>") == [0]


def test_a_name_longer_than_the_native_reading_takes_is_still_found():
    long_title = " ".join(f"w{number}" for number in range(_leakscan.MAX_SEQUENCE + 5))
    scanner = Scanner([Withheld("x", "article", "x.md", 1, (long_title,))])
    assert scanner.reader is None
    assert scanner.hits("a.html", f"<h1>{long_title}</h1>".encode()) == [0]


def test_a_sequence_across_tags_and_values_on_their_own():
    """Words parted by inline markup are one run (the text between tags is one stream); an
    attribute's value is read on its own: a name does not run from one value into the next."""
    run = " ".join(WORDS[:RUN])
    scanner = Scanner([Withheld("x", "article", "x.md", 1, ("naïve leak",), (run,))])
    first, rest = run.split(" ", 1)
    numbers = scanner.hits("a.html", f"<p>{first} <a href='/y'>{rest}</a></p>".encode())
    assert [scanner.index.sought[number].run for number in numbers] == [True]
    assert scanner.hits("b.html", b'<img alt="naive" title="leak">') == []
    assert scanner.hits("c.html", b'<img alt="NAIVE  leak">') == [0]


def test_the_theme_markup_is_not_read_in_either_reading():
    for native in (True, False):
        scanner = Scanner([Withheld("x", "entity", "x.yaml", 1, ("Main",))], fixed=FIXED, native=native)
        assert scanner.hits("a.html", b'<main id=main class="main"></main>') == []
        assert scanner.hits("b.html", b'<p>Main</p>') == [0]


def test_the_scan_uses_the_native_reading(tmp_path, monkeypatch):
    """scan() (what a public build calls) reads files natively; the result is the same."""
    (tmp_path / "a.html").write_text("<p>the Émile <b>Zola</b> file</p>", encoding="utf-8")
    items = [Withheld("x", "entity", "entities/x.yaml", 2, ("emile zola",))]
    scans = []
    real = leakcheck.native_reader

    def counted(*args):
        reader, numbers = real(*args)
        scans.append(reader)
        return reader, numbers

    monkeypatch.setattr(leakcheck, "native_reader", counted)
    leaks, _ = leakcheck.scan(tmp_path, items)
    assert scans and scans[0] is not None
    assert [leak.path.name for leak in leaks] == ["a.html"]


MARKDOWN = ["[[x|", "]]", "[[", "[@", "[^1]", "](", ")", "{.class}", ":::", "\n::: internal\n", "\n:::\n", "<b>", "</b>",
            '<a title="t">', "&amp;", "&eacute;", "\\n", "\\u00e9", "%C3%A9", "%", "\\", "’", " ", "\n\n"]


@settings(max_examples=300, deadline=None)
@given(dossiers(), st.lists(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKDOWN + PIECES)),
                                     max_size=40).map("".join), max_size=4))
def test_quotes_are_told_alike(dossier, texts):
    """Which hits a public text writes (a quote, not a leak) is found alike by both readings."""
    items, pages = dossier
    texts = [*texts, *(" ".join(item.texts) for item in items[1:])]   # (one item's text quoted in full)
    python, native = _both(items)
    everything = set(range(len(python.index.sought)))
    assert python._written(everything, texts) == native._written(everything, texts)


def _cbor(value) -> bytes:
    """A small CBOR encoder (what Pagefind writes: maps, arrays, texts, bytes, integers)."""
    def head(major: int, number: int) -> bytes:
        if number < 24:
            return bytes([major << 5 | number])
        for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
            if number < 1 << (8 * size):
                return bytes([major << 5 | info]) + number.to_bytes(size, "big")
        raise ValueError(number)
    if isinstance(value, bool) or value is None:
        return bytes([0xf5 if value is True else 0xf4 if value is False else 0xf6])
    if isinstance(value, int):
        return head(0, value) if value >= 0 else head(1, -1 - value)
    if isinstance(value, bytes):
        return head(2, len(value)) + value
    if isinstance(value, str):
        data = value.encode("utf-8", "surrogatepass")
        return head(3, len(data)) + data
    if isinstance(value, list):
        return head(4, len(value)) + b"".join(map(_cbor, value))
    return head(5, len(value)) + b"".join(_cbor(key) + _cbor(item) for key, item in value.items())


cbor_values = st.recursive(
    st.one_of(st.integers(-2**63, 2**64 - 1), st.text(max_size=20), st.binary(max_size=20), st.booleans(), st.none()),
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=5), inner, max_size=5)),
    max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(cbor_values, st.binary(max_size=40), st.integers(0, 60))
def test_the_search_index_is_read_alike(value, noise, cut):
    """Pagefind's CBOR files: the native reading gives the text strings the Python one gives,
    and refuses what it refuses (then the file is read as text), on data cut short or spoilt."""
    from generator import leakwords
    data = _cbor(value)
    for sample in (data, data[:cut], data + noise, noise, noise + data):
        try:
            expected = b"\n".join(leakwords.cbor_strings(sample))
        except ValueError:
            expected = None
        assert _leakscan.cbor_text(sample) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_a_run_folds_as_its_characters_one_after_the_other(text):
    """The Python reading folds a run of characters as the native one does, a character at a
    time: a mark is never moved by the run's decomposition (which reorders marks)."""
    from generator.leakwords import _FOLDED
    data = text.encode("utf-8", "surrogatepass")
    assert _FOLDED[data] == b"".join(_FOLDED[char.encode("utf-8", "surrogatepass")] for char in text)


def test_a_tag_that_opens_like_a_comment_is_read_whole():
    for native in (True, False):
        scanner = Scanner([Withheld("x", "entity", "x.yaml", 1, ("Zola",))], native=native)
        assert scanner.hits("a.html", b"<p><!--Zola> secret --></p>") == [0]


def test_a_name_is_quoted_only_where_a_text_writes_it_in_one_piece():
    """A public text that writes one word of a withheld name and the next in a tag's value does
    not quote the name: its leaks elsewhere are still leaks."""
    for native in (True, False):
        scanner = Scanner([Withheld("x", "entity", "x.yaml", 1, ("Emile Zola",))], native=native)
        assert scanner._written({0}, ['said Emile<br title="Zola">']) == set()
        assert scanner._written({0}, ['said <em>Emile</em> Zola']) == {0}


def test_the_reader_refuses_what_would_harm_it():
    reader = _leakscan.Reader.__new__(_leakscan.Reader)   # (never made)
    with pytest.raises(RuntimeError):
        reader.scan(b"abc")

    class Index(int):
        def __index__(self):
            return 1
    with pytest.raises(TypeError):
        _leakscan.Reader({}, [b"a"], [(Index(1),)], [])

    class Folding(dict):   # a fold that reads again, or empties the list being read
        def __missing__(self, run):
            if self.parts:
                self.parts.clear()
            return self.reader.scan(b"x") or b""
    folding = Folding()
    folding.reader = _leakscan.Reader(folding, [b"a"], [(1,)], [])
    folding.parts = None
    with pytest.raises(RuntimeError):
        folding.reader.scan("é".encode())
    folding.parts = parts = [b"a \xc3\xa9 a", b"a"]
    with pytest.raises(RuntimeError):
        folding.reader.read(parts)
    assert folding.reader.read([b"a"]) == [0]   # (and reads well afterwards)
