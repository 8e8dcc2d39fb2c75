"""Speed-ups of python-markdown that give the same HTML: each text is rendered with only the
processors it can use, and the inline pass skips the pieces of text and the patterns that
cannot match. Some of this overrides python-markdown's private (name-mangled) methods and
assumes what its patterns can match, which its public API does not promise.

This is the one file to re-check when python-markdown is upgraded. RELIED_ON names each
method, class and pattern whose behaviour the code here assumes, with a digest of its source;
tests/test_speedups.py fails when any of them changed or went missing, and compares the
output with stock python-markdown's on drawn texts.
"""
from __future__ import annotations

import functools
import hashlib
import importlib
import inspect
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

import markdown
from markdown import treeprocessors
from markdown.extensions.toc import TocExtension, TocTreeprocessor

# Inline patterns (by their registered names) that cannot match a text holding none of these
# strings: python-markdown tries each of its inline patterns on every piece of text.
# A tab becomes spaces before the inline pass, so it may end a line in two spaces (a <br>).
# Names not listed here (another version's, another extension's) are always kept.
INLINE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "backtick": ("`",), "escape": ("\\",), "entity": ("&",),
    "reference": ("[",), "link": ("[",), "short_reference": ("[",),
    "image_link": ("![",), "image_reference": ("![",), "short_image_ref": ("![",),
    "autolink": ("<",), "automail": ("<",), "html": ("<",),
    "linebreak": ("  \n", "\t", "\r"),
    "em_strong": ("*", "_"), "em_strong2": ("*", "_"), "not_strong": ("*", "_"),
    "strong": ("*", "_"), "emphasis": ("*", "_"), "emphasis2": ("*", "_"),
    "footnote": ("[^",), "dossier-wikilink": ("[[",), "dossier-citation": ("[@",), "dossier-page-anchor": ("{#page-",),
}


# Block processors and preprocessors likewise (python-markdown tests each block processor
# on every block, and runs each preprocessor's regex over the whole text). Nothing before or
# during the block pass adds these characters: a fence or a quotation comes from the text.
BLOCK_TRIGGERS: dict[str, tuple[str, ...]] = {
    "quote": (">",), "hashheader": ("#",), "table": ("|",), "footnote": ("[^",), "reference": ("]:",),
    "dossier-internal": (":::",),
}
PREPROCESSOR_TRIGGERS: dict[str, tuple[str, ...]] = {"fenced_code_block": ("```", "~~~"), "dossier-internal": (":::",)}
# The block processors whose test is a regex search over the block, skipped on a block that
# holds none of these (each of their matches holds one): python-markdown tests each block
# with every processor in turn until one takes it. Checked on the block itself, so these can
# be narrower than what a whole text must hold: a Setext underline is a line of '=' or '-',
# a rule three '-', '_' or '*' with at most two spaces between them.
BLOCK_TEST_TRIGGERS: dict[str, tuple[str, ...]] = {
    "quote": (">",), "hashheader": ("#",), "setextheader": ("\n=", "\n-"),
    "hr": ("--", "- -", "-  -", "__", "_ _", "_  _", "**", "* *", "*  *"),
}
# Tree processors with nothing to do: 'unescape' restores the characters that the inline
# pattern 'escape' replaced by placeholders (the source's own placeholder characters are
# removed first), and the footnote processors handle footnotes.
TREEPROCESSOR_TRIGGERS: dict[str, tuple[str, ...]] = {"unescape": ("\\",), "footnote": ("[^",),
                                                      "footnote-duplicate": ("[^",)}
# The 'toc' processor gives headings their ids and puts a table of contents where a paragraph
# holds only its marker. A text without the marker gets HeadingIds instead: the same ids,
# without making a table nobody shows. Listed as registry 'toc'.
TOC_MARKER = "[TOC]"
_TRIGGER_TABLES = (("inline", INLINE_TRIGGERS), ("block", BLOCK_TRIGGERS), ("pre", PREPROCESSOR_TRIGGERS),
                   ("tree", TREEPROCESSOR_TRIGGERS), ("toc", {"table": (TOC_MARKER,)}))
_SYNTAX = tuple((registry, name, frozenset(triggers)) for registry, table in _TRIGGER_TABLES
                for name, triggers in table.items())
_TRIGGERS = tuple(sorted({trigger for _, _, triggers in _SYNTAX for trigger in triggers}))


def unused_syntax(text: str) -> frozenset[tuple[str, str]]:
    """The (registry, name) pairs of the inline patterns, block processors, preprocessors and
    tree processors (of the tables above) that cannot apply anywhere in `text`, and ('toc',
    'table') when it has no table-of-contents marker. Each distinct trigger is looked for once."""
    return _unused_without(frozenset([trigger for trigger in _TRIGGERS if trigger in text]))


@functools.lru_cache(maxsize=1024)   # a dossier's texts hold a handful of sets of triggers
def _unused_without(present: frozenset[str]) -> frozenset[tuple[str, str]]:
    return frozenset((registry, name) for registry, name, triggers in _SYNTAX if present.isdisjoint(triggers))


def toc_extension(unused: frozenset[tuple[str, str]]) -> type[TocExtension]:
    """The table-of-contents extension for a text: the lighter one without the marker."""
    return HeadingIdsExtension if ("toc", "table") in unused else TocExtension


def leave_out(md: markdown.Markdown, unused: frozenset[tuple[str, str]]) -> None:
    """Deregister the processors of `unused` (see unused_syntax) from `md`."""
    registries = {"inline": md.inlinePatterns, "block": md.parser.blockprocessors, "pre": md.preprocessors,
                  "tree": md.treeprocessors}
    for registry, name in unused:
        if registry != "toc":
            registries[registry].deregister(name, strict=False)


def speed_up(md: markdown.Markdown) -> None:
    """Replace `md`'s inline pass with TriggeredInlineProcessor and guard the block tests of
    BLOCK_TEST_TRIGGERS; call it last, once `md` has all the patterns it will have."""
    md.treeprocessors.register(TriggeredInlineProcessor(md), "inline", 20)
    blocks = md.parser.blockprocessors
    for name, triggers in BLOCK_TEST_TRIGGERS.items():
        if name in blocks:
            blocks[name].test = _guarded_test(blocks[name].test, triggers)


class HeadingIds(TocTreeprocessor):
    """The 'toc' processor for a text without the table-of-contents marker: the library's own
    run gives the headings their ids, but the table is not built (an empty one stands in, for
    the unused `md.toc`) nor looked for a place in the whole tree."""

    def replace_marker(self, root: etree.Element, elem: etree.Element) -> None:
        pass

    def build_toc_div(self, toc_list: list) -> etree.Element:
        return etree.Element("div")


class HeadingIdsExtension(TocExtension):
    TreeProcessorClass = HeadingIds


def _guarded_test(test: Callable[[etree.Element, str], bool], triggers: tuple[str, ...]):
    """A block processor's test that says no at once to a block without its triggers."""
    def guarded(parent: etree.Element, block: str) -> bool:
        for trigger in triggers:
            if trigger in block:
                return test(parent, block)
        return False
    return guarded


class TriggeredInlineProcessor(treeprocessors.InlineProcessor):
    """python-markdown's inline pass, which tries each inline pattern on each piece of text:
    here a piece holding no trigger of any pattern is left as it is, and a pattern is not
    tried on a piece that holds none of its triggers (INLINE_TRIGGERS), since it cannot match
    there. The per-text pruning (unused_syntax) already left out the patterns no piece can use.
    python-markdown has no hook for this: the methods replaced are its private (name-mangled)
    `__handleInline`, which gives back a piece no pattern matches as it was, and
    `__applyPattern`, whose result for a pattern that does not match is (data, False, 0)."""

    def __init__(self, md: markdown.Markdown):
        super().__init__(md)
        self.triggers: dict[int, tuple[str, ...]] = {}   # id(pattern) → its triggers
        for name, triggers in INLINE_TRIGGERS.items():
            if name in md.inlinePatterns:
                self.triggers[id(md.inlinePatterns[name])] = triggers
        # Any trigger of any pattern, in one search: a piece without one is left as it is
        # (when every pattern has triggers; another extension's may not).
        every = sorted({trigger for triggers in self.triggers.values() for trigger in triggers}, key=len, reverse=True)
        self.any_trigger = re.compile("|".join(map(re.escape, every))) \
            if every and all(id(pattern) in self.triggers for pattern in md.inlinePatterns) else None

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        if self.any_trigger is not None and self.any_trigger.search(data) is None:
            return data
        return super()._InlineProcessor__handleInline(data, patternIndex)

    def _InlineProcessor__applyPattern(self, pattern, data: str, patternIndex: int, startIndex: int = 0):
        triggers = self.triggers.get(id(pattern))
        if triggers is not None:
            for trigger in triggers:
                if data.find(trigger, startIndex) >= 0:
                    break
            else:
                return data, False, 0
        return super()._InlineProcessor__applyPattern(pattern, data, patternIndex, startIndex)


# What the code above assumes of python-markdown, by "module:qualified name", with a digest
# of its source (a regex: of its pattern): the two private methods overridden, the toc
# processor's methods HeadingIds replaces or relies on, the registries that name the patterns
# and processors of the trigger tables, and the patterns whose possible matches the triggers
# describe. When one changes, read its new source against the tables and overrides above, then
# put the digest that relied_on() reports here.
RELIED_ON = {
    "markdown.treeprocessors:InlineProcessor._InlineProcessor__handleInline":
        "fe27babc114aed0a",
    "markdown.treeprocessors:InlineProcessor._InlineProcessor__applyPattern":
        "8862b35197c0e614",
    "markdown.treeprocessors:InlineProcessor.run":
        "f6c93631f2871499",
    "markdown.treeprocessors:UnescapeTreeprocessor":
        "4351c7f025c7fc70",
    "markdown.treeprocessors:build_treeprocessors":
        "642399e317288f12",
    "markdown.extensions.toc:TocTreeprocessor.run":
        "75af906d7e4cef01",
    "markdown.extensions.toc:TocTreeprocessor.replace_marker":
        "9f9ee8b48ecbac72",
    "markdown.extensions.toc:TocTreeprocessor.build_toc_div":
        "fa071e3a69eb3e1e",
    "markdown.inlinepatterns:build_inlinepatterns":
        "78e74889e7b3415f",
    "markdown.inlinepatterns:DelimiterProcessor":
        "8f3b6b52569ce1ca",
    "markdown.inlinepatterns:BACKTICK_RE":
        "231bee70302e704d",
    "markdown.inlinepatterns:ESCAPE_RE":
        "51a11c21258d37ec",
    "markdown.inlinepatterns:LINK_RE":
        "0aca4cbc7f7995e2",
    "markdown.inlinepatterns:IMAGE_LINK_RE":
        "3bd0cb9cfeedd718",
    "markdown.inlinepatterns:REFERENCE_RE":
        "0aca4cbc7f7995e2",
    "markdown.inlinepatterns:IMAGE_REFERENCE_RE":
        "3bd0cb9cfeedd718",
    "markdown.inlinepatterns:AUTOLINK_RE":
        "7cc379585f40fe69",
    "markdown.inlinepatterns:AUTOMAIL_RE":
        "64b9f843dff4e149",
    "markdown.inlinepatterns:HTML_RE":
        "47eec514cf83c77b",
    "markdown.inlinepatterns:ENTITY_RE":
        "59f41c098c4b4533",
    "markdown.inlinepatterns:LINE_BREAK_RE":
        "75df45fedc69aea0",
    "markdown.blockprocessors:build_block_parser":
        "147a919e68585aaa",
    "markdown.blockprocessors:BlockQuoteProcessor":
        "4852c1c0d4e79cb5",
    "markdown.blockprocessors:HashHeaderProcessor":
        "d5fdc5284e82b48b",
    "markdown.blockprocessors:SetextHeaderProcessor":
        "29bb14b6729c4251",
    "markdown.blockprocessors:HRProcessor":
        "b39eb303d0787948",
    "markdown.blockprocessors:ReferenceProcessor":
        "c5f114827d6efabe",
    "markdown.extensions.tables:TableProcessor.test":
        "399019a4927efd46",
    "markdown.extensions.fenced_code:FencedBlockPreprocessor.FENCED_BLOCK_RE":
        "588455cd8f4f8ecb",
    "markdown.extensions.footnotes:FootnoteExtension.extendMarkdown":
        "3c4292f491bbe514",
    "markdown.extensions.footnotes:FootnoteBlockProcessor.RE":
        "e9692890598b90ed",
    "markdown.extensions.footnotes:FootnoteTreeprocessor":
        "24184c61a1c695af",
    "markdown.extensions.footnotes:FootnotePostTreeprocessor":
        "cc0b78bcc7fb2bf8",
}


def relied_on() -> dict[str, str | None]:
    """The digest of each entry of RELIED_ON in the installed python-markdown; None for one
    that no longer exists."""
    return {name: _digest_of(name) for name in RELIED_ON}


def _digest_of(name: str) -> str | None:
    module_name, _, qualified = name.partition(":")
    try:
        found = importlib.import_module(module_name)
        for part in qualified.split("."):
            found = getattr(found, part)
    except (ImportError, AttributeError):
        return None
    if isinstance(found, re.Pattern):
        found = found.pattern
    text = found if isinstance(found, str) else inspect.getsource(found)
    return hashlib.sha256(text.encode()).hexdigest()[:16]
