"""generator/markup/speedups.py leans on python-markdown's internals: these tests fail loudly
when an upgrade changes what it relies on, and check that it gives stock python-markdown's HTML."""
import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.footnotes import FootnoteExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import TocExtension, TocTreeprocessor
from markdown.treeprocessors import InlineProcessor

from generator.markup import speedups


def test_what_the_speedups_rely_on_is_unchanged_in_the_installed_python_markdown():
    changed = {name: digest for name, digest in speedups.relied_on().items() if digest != speedups.RELIED_ON[name]}
    assert not changed, (f"python-markdown {markdown.__version__} changed what generator/markup/speedups.py "
                         f"relies on: {sorted(changed)} (None: gone). Read their new source against the "
                         "trigger tables and overrides there, then record the new digests in RELIED_ON: "
                         f"{changed}")


def test_each_overridden_method_exists_on_the_class_it_overrides():
    """An override of a method that was renamed silently stops applying."""
    for subclass, base in ((speedups.TriggeredInlineProcessor, InlineProcessor),
                           (speedups.HeadingIds, TocTreeprocessor)):
        overridden = [name for name in vars(subclass) if callable(vars(subclass)[name]) and name != "__init__"]
        assert overridden
        for name in overridden:
            assert callable(getattr(base, name, None)), f"{base.__name__}.{name} no longer exists"


def _stock(text: str) -> str:
    md = markdown.Markdown(extensions=[TableExtension(), FootnoteExtension(), SaneListExtension(),
                                       FencedCodeExtension(), TocExtension(toc_depth="2-4")], output_format="html")
    return md.convert(text)


def _sped_up(text: str) -> str:
    unused = speedups.unused_syntax(text)
    md = markdown.Markdown(extensions=[TableExtension(), FootnoteExtension(), SaneListExtension(),
                                       FencedCodeExtension(), speedups.toc_extension(unused)(toc_depth="2-4")],
                           output_format="html")
    speedups.leave_out(md, unused)
    speedups.speed_up(md)
    return md.convert(text)


PIECES = st.sampled_from([
    "word", " ", "\n", "\n\n", "`code`", "``a ` b``", "\\*", "\\", "&amp;", "&", "&#42;", "<https://x.example/p>",
    "<a@b.example>", "<b>raw</b>", "<", ">", "![alt](i.png)", "![alt][r]", "[t](https://u.example)", "[t][r]", "[r]",
    "\n\n[r]: https://r.example\n\n", "*em*", "_em_", "**strong**", "__strong__", "*", "_", "  \n", "\t\n", "\t",
    "\r", "[^1]", "\n\n[^1]: a note *here*\n\n", "[", "]", "!", "\n\n- item\n- item two\n", "\n\n1. one\n",
    "\n\n> quoted\n", "\n\n```\nfenced `code` *x*\n```\n\n", "\n\n    indented code\n\n", "\n\n## Heading *x*\n\n",
    "\n\n| a | b |\n|---|---|\n| *c* | [d](e) |\n\n", "[TOC]", "#", "|", "a | b\n--|--\n", "\n~~~\n", "]:",
    "\n\n#Title\n", ">>", "\n===\n", "\n---\n", "\n\n* * *\n\n", "\n\n_  _  _\n", "--", "**", "- -"])


@given(st.lists(st.one_of(PIECES, st.text(max_size=6)), min_size=1, max_size=14).map("".join))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_the_speedups_give_stock_python_markdowns_html(text):
    assert _sped_up(text) == _stock(text)
