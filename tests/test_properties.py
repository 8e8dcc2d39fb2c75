"""Property tests: random input never crashes the parsers, never escapes the output folder,
never yields an executable URL."""
import html.parser
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.dates import DateError, parse_date
from generator.load import id_problem
from generator.markup import is_safe_url
from generator.matcher import MentionMatcher, fold, name_key
from generator.write import OutputError, safe_output_path, write_files

DATE_WORDS = st.sampled_from(["around", "c.", "spring", "end of", "early", "mid", "late", "May", "Sept",
                              "2024", "-", "T", ":", "+01:00", "Z", "13", "30", "02", " ", "of", "31"])
date_like = st.lists(DATE_WORDS, max_size=8).map("".join)


@given(st.one_of(st.text(max_size=40), date_like, st.integers(), st.none(), st.booleans(), st.floats()))
@settings(max_examples=400)
def test_date_parser_accepts_or_explains(value):
    try:
        date = parse_date(value)
    except DateError as exc:
        assert str(exc)
        return
    assert 1 <= date.year <= 9999
    assert date.label and date.iso.startswith(f"{date.year:04d}")
    assert len(date.sort_key) == 4


@given(st.text(max_size=60))
@settings(max_examples=400)
def test_valid_ids_always_stay_inside_the_output_folder(value):
    output = Path(tempfile.gettempdir()) / "dossier-property-site"
    if id_problem(value) is None:
        for section in ("articles", "summaries", "entities"):
            path = safe_output_path(output, f"{section}/{value}.html")
            assert path.resolve().is_relative_to(output.resolve())
    else:
        assert id_problem(value)


@given(st.text(max_size=60))
def test_any_path_is_either_refused_or_inside(value):
    output = Path(tempfile.gettempdir()) / "dossier-property-site"
    try:
        path = safe_output_path(output, value)
    except OutputError:
        return
    assert path.resolve().is_relative_to(output.resolve())


@given(st.text(alphabet=st.sampled_from(list("ab./\\\x00")), min_size=1, max_size=12))
@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_page_writer_writes_inside_its_folder_or_refuses(tmp_path, value):
    """write.write_files (the page workers' writer): every file it writes lands in the folder
    given, with the bytes given; any other path is refused before anything is written."""
    folder = Path(tempfile.mkdtemp(dir=tmp_path)) / "inside"   # (a value may come twice)
    folder.mkdir()
    try:
        hashes = write_files(folder, [(value, "é<p>")])
    except OutputError:
        assert not [p for p in folder.parent.rglob("*") if p.is_file()]
        return
    written = [p for p in folder.parent.rglob("*") if p.is_file()]
    assert len(written) == 1 and written[0].is_relative_to(folder) and written[0].read_bytes() == "é<p>".encode()
    assert list(hashes) == [value]


NAMES = ["Hervé", "Mohamed Djeha", "Mimo", "Ofast", "Ofast Marseille", "Le Monde", "the fly", "Dupond-Moretti"]


@given(st.text(alphabet=st.sampled_from(list("Hervé Mohamed Djeha Mimo Ofast Marseille Le Monde fly-.,'’\n ÉÀ")) ,
               max_size=300) | st.text(max_size=300))
@settings(max_examples=300)
def test_mention_matcher_never_crashes_and_finds_whole_names(text):
    matcher = MentionMatcher({name_key(n): (n, f"e{i}") for i, n in enumerate(NAMES)})
    keys = {name_key(n): f"e{i}" for i, n in enumerate(NAMES)}
    assert len(fold(text)) == len(text)
    for match in matcher.find(text):
        assert 0 <= match.start < match.end <= len(text)
        assert keys[" ".join(fold(text[match.start:match.end]).split())] == match.entity_id
        assert match.start == 0 or not text[match.start - 1].isalnum()
        assert match.end == len(text) or not text[match.end].isalnum()


def _reference_find(names: dict, text: str) -> list[tuple[int, int, str]]:
    """What the matcher must find, the slow way: from left to right, at each start of a word,
    the longest name that ends a word there and may be written in that case (a name with a
    capital needs its first letter upper-case, one starting lower-case a letter that is not)."""
    folded, found, start = fold(text), [], 0
    forms = [(re.compile(r"\s+".join(map(re.escape, key.split(" "))) + r"(?!\w)"), alias, entity)
             for key, (alias, entity) in names.items()]
    while start < len(text):
        best = None
        if start == 0 or not re.match(r"\w", folded[start - 1]):
            for form, alias, entity in forms:
                match = form.match(folded, start)
                upper = None if alias == alias.lower() else alias[:1].isupper()
                if match and (upper is None or text[start].isupper() == upper) and \
                        (best is None or match.end() > best[1]):
                    best = (start, match.end(), entity)
        if best:
            found.append(best)
            start = best[1]
        else:
            start += 1
    return found


CASED_NAMES = [*NAMES, "Northern France", "France", "van Gogh", "Gogh", "le fly"]


NAME_PIECES = st.sampled_from(["Hervé", "herve", "HERVÉ", "Mohamed", "Djeha", "Mimo", "Ofast", "Marseille", "Le", "le",
                               "Monde", "the", "fly", "Northern", "northern", "France", "van", "Van", "Gogh", "Dupond",
                               "Moretti", "x", "É", " ", "  ", "\n", ",", "-", "'", "’"])


@given(st.lists(NAME_PIECES, max_size=30).map("".join) | st.lists(NAME_PIECES, max_size=30).map(" ".join))
@settings(max_examples=400)
def test_mention_matcher_finds_what_the_slow_reference_finds(text):
    names = {name_key(n): (n, f"e{i}") for i, n in enumerate(CASED_NAMES)}
    assert [tuple(m) for m in MentionMatcher(names).find(text)] == _reference_find(names, text)


SCHEME_PIECES = st.sampled_from(["java", "script", "vb", "data", ":", "&#58;", "&colon;", "&#x3A;", "\t", "\n",
                                 " ", "&#x6A;", "JaVa", "ScRiPt", "%3A", "alert(1)", "http", "s", "//x"])


@given(st.lists(SCHEME_PIECES, min_size=1, max_size=8).map("".join))
@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
def test_sanitised_markdown_never_holds_an_executable_url(renderer_factory, url):
    renderer = renderer_factory()
    html = renderer.render(f"[a]({url}) [b][r] ![c]({url}) <{url}>\n\n[r]: {url}\n").html
    for value in re.findall(r'(?:href|src)="([^"]*)"', html):
        assert is_safe_url(value), (url, value)
        assert not re.match(r"\s*(javascript|vbscript|data):", value, re.I)


MARKDOWN_PIECES = st.sampled_from([
    "word", " ", "\n", "\n\n", "Hervé", "the locksmith", "`code`", "``a ` b``", "\\*", "\\", "&amp;", "&", "&#42;",
    "<https://x.example/p>", "<a@b.example>", "<b>raw</b>", "<", ">", "![alt](i.png)", "![alt][r]", "[t](https://u.example)",
    "[t][r]", "[r]", "\n\n[r]: https://r.example\n\n", "*em*", "_em_", "**strong**", "__strong__", "*", "_", "  \n",
    "\t\n", "\t", "\r", "[^1]", "\n\n[^1]: a note *here*\n\n", "[[herve]]", "[[herve|him]]", "[[nobody]]", "[@a]",
    "[@a, p. 2]", "[@a; @a]", '[@a: "Some words"]', "[", "]", "!", "\n\n- item\n- item two\n", "\n\n1. one\n",
    "\n\n> quoted\n", "\n\n```\nfenced `code` *x*\n```\n\n", "\n\n    indented code\n\n", "\n\n## Heading *x*\n\n",
    "\n\n| a | b |\n|---|---|\n| *c* | [d](e) |\n\n", "[TOC]", "#", "|", "a | b\n--|--\n", "\n~~~\n", "]:",
    "\n\n#Title\n", ">>", "\n===\n", "\n---\n", "\n\n* * *\n\n", "\n\n_  _  _\n", "--", "**", "- -",
    "\n\n| a | b | c |\n|:--|:-:|--:|\n| d | e | f |\n\n", "\n\n```python\nx = '\"'\n```\n\n",
    '[t](https://u.example "a \\"title\\" & more")', "\n\n3. three\n4. four\n", "&lt;script&gt;", "&#60;b&#62;",
    "\u2028", "\x00", "javascript:alert(1)", "[j](javascript:alert(1))", "[d](&#100;ata:x)"])


def _syntax_catalog():
    from generator.config import Config
    from generator.index import build_index
    from generator.model import Article, Dossier, Entity
    from generator.yamlsource import SourceFile

    def source(rel: str) -> SourceFile:
        return SourceFile(Path(rel), rel, "", "", 2, "Some words to quote.", 5)

    catalog, _ = build_index(Dossier(Path("."), Config(), [Article("a", "A", source("articles/a.md"))], [],
                                     [Entity("herve", "person", "Hervé", source("entities/herve.yaml"),
                                             aliases=["the locksmith"])]))
    return catalog


SYNTAX_CATALOG = _syntax_catalog()


# One text where each pattern of markup.speedups.INLINE_TRIGGERS (and each processor of BLOCK_TRIGGERS,
# PREPROCESSOR_TRIGGERS and TREEPROCESSOR_TRIGGERS, and the [TOC] marker) applies, besides the
# random ones.
SYNTAX_EXAMPLES = ["`c` and ``a ` b``", "\\*not em\\*", "&amp; &#42;", "[t][r]\n\n[r]: https://r.example",
                   "[t](https://u.example)", "[r]\n\n[r]: https://r.example", "![a](i.png)", "![a][r]\n\n[r]: i.png",
                   "![r]\n\n[r]: i.png", "<https://x.example>", "<a@b.example>", "<b>raw</b>", "a  \nb", "a\t\nb",
                   "*a* **b** ***c***", "_a_ __b__", "x[^1]\n\n[^1]: a note", "x[^1] y[^1]\n\n[^1]: a note used twice", "[[herve]] [[herve|him]]",
                   "[@a] [@a, p. 2: \"Some words\"]", "> quoted\n> on two lines", "## Heading\n\ntext",
                   "| a | b |\n|---|---|\n| c | d |", "```\ncode\n```", "~~~\ncode\n~~~",
                   "[TOC]\n\n## Heading\n\n## Heading"]


@given(st.lists(MARKDOWN_PIECES, min_size=1, max_size=14).map("".join))
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
def test_leaving_out_unusable_syntax_never_changes_the_output(text):
    """The renderer leaves out, for each text, the inline patterns, block, pre- and tree
    processors whose trigger characters it lacks, and the table of contents without its
    marker (markup.unused_syntax); the result must be what the full set gives."""
    from generator.markup import MarkupRenderer
    pruned = MarkupRenderer(SYNTAX_CATALOG).render(text, "s")
    full = MarkupRenderer(SYNTAX_CATALOG, prune=False).render(text, "s")
    assert (pruned.html, pruned.mentions, pruned.snippets, pruned.links, pruned.citations, pruned.problems) == \
        (full.html, full.mentions, full.snippets, full.links, full.citations, full.problems)


class _Markup(html.parser.HTMLParser):
    """The tags, attributes and comments of a piece of HTML, as a browser reads them."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list]] = []
        self.comments: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_comment(self, data):
        self.comments.append(data)


@given(st.lists(MARKDOWN_PIECES.filter(lambda piece: "<" not in piece and "\x00" not in piece),
                min_size=1, max_size=14).map("".join))
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
def test_a_text_without_a_tag_renders_only_what_the_sanitizer_allows(text):
    """The renderer skips nh3 for a text without '<' or NUL when raw HTML is kept out (markup.
    MarkupRenderer.render): what it gives must pass nh3's allowlist as it is. (nh3 would
    also rebuild misnested markup, a link in a link's text say, as the browser does.)"""
    from generator.markup import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, MarkupRenderer
    rendered = MarkupRenderer(SYNTAX_CATALOG).render(text, "s").html
    parsed = _Markup(rendered)
    assert parsed.comments == [] and "\x00" not in rendered
    for tag, attributes in parsed.tags:
        assert tag in ALLOWED_TAGS, (tag, rendered)
        for name, value in attributes:
            assert name in ALLOWED_ATTRIBUTES["*"] | ALLOWED_ATTRIBUTES.get(tag, set()), (tag, name, rendered)
            if name in ("href", "src"):
                assert is_safe_url(value), (value, rendered)
            if name == "style":
                assert re.fullmatch(r"text-align: (left|center|right);", value), (value, rendered)


@pytest.mark.parametrize("text", SYNTAX_EXAMPLES)
def test_each_processor_still_applies_where_its_trigger_is(text):
    from generator.markup import MarkupRenderer, unused_syntax
    assert len(unused_syntax(text)) < len(unused_syntax("plain words"))
    pruned, full = MarkupRenderer(SYNTAX_CATALOG).render(text, "s"), MarkupRenderer(SYNTAX_CATALOG, prune=False).render(text, "s")
    assert pruned.html == full.html and re.search(r"<(p|blockquote|h2|table|pre)>|<div class=\"toc\">", full.html)


# One block for each guarded test of markup.BLOCK_TEST_TRIGGERS, with the tag it makes.
BLOCK_TEST_EXAMPLES = [("> quoted", "<blockquote>"), ("# Heading", "<h1"), ("Title\n=====", "<h1"),
                       ("Title\n-----", "<h2"), ("para\n\n---", "<hr>"), ("- - -", "<hr>"), ("-  -  -", "<hr>"),
                       ("___", "<hr>"), ("_ _ _", "<hr>"), ("_  _  _", "<hr>"), ("***", "<hr>"),
                       ("* * *", "<hr>"), ("*  *  *", "<hr>")]


@pytest.mark.parametrize("text, tag", BLOCK_TEST_EXAMPLES)
def test_each_guarded_block_test_still_takes_its_blocks(text, tag):
    """A block processor's test is skipped on blocks without its triggers (markup.
    speedups.BLOCK_TEST_TRIGGERS): on a block with them, the block is still taken."""
    from generator.markup import MarkupRenderer
    pruned, full = MarkupRenderer(SYNTAX_CATALOG).render(text, "s"), MarkupRenderer(SYNTAX_CATALOG, prune=False).render(text, "s")
    assert pruned.html == full.html and tag in pruned.html


def test_headings_get_ids_and_the_marker_a_table_of_contents():
    """Texts without '[TOC]' get the lighter heading processor (markup.speedups.HeadingIds): the same
    ids, de-duplicated; a text with the marker still gets the table where it stands."""
    from generator.markup import MarkupRenderer
    renderer = MarkupRenderer(SYNTAX_CATALOG)
    plain = renderer.render("## Heading\n\ntext\n\n## Heading *x*\n\n## Heading", "s").html
    assert re.findall(r'<h2 id="([^"]+)"', plain) == ["heading", "heading-x", "heading_1"]
    assert "toc" not in plain
    marked = renderer.render("[TOC]\n\n## Heading\n\ntext\n\n## Heading", "s").html
    assert marked.startswith('<div class="toc">') and '<li><a href="#heading_1">Heading</a></li>' in marked
    assert re.findall(r'<h2 id="([^"]+)"', marked) == ["heading", "heading_1"] and "[TOC]" not in marked


def test_the_private_inline_methods_the_pruned_renderer_replaces_still_exist():
    """markup.speedups.TriggeredInlineProcessor replaces two private methods of python-markdown's
    inline pass: were they renamed, the replacements would silently stop applying (the
    HTML would stay right, the build would be slower). This says so at once."""
    from markdown.treeprocessors import InlineProcessor
    from generator.markup.speedups import TriggeredInlineProcessor
    for name in ("_InlineProcessor__handleInline", "_InlineProcessor__applyPattern"):
        assert callable(getattr(InlineProcessor, name, None)), name
        assert name in vars(TriggeredInlineProcessor)
