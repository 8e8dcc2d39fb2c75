"""Internal blocks (fences.py) in the internal edition: each shown as a marked aside, a
`<div class="internal-block">` whose first paragraph says "Internal". (The public edition's
texts hold none: editions.py left them out before the Markdown pass.)"""
from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown.blockprocessors import BlockProcessor
from markdown.preprocessors import Preprocessor

from ..fences import LABEL, closes, is_fence, opens_internal
from ..i18n import _


class InternalFenceLines(Preprocessor):
    """Puts an empty line before each fence that opens an internal block, so that the fence
    starts a block of its own (a paragraph would otherwise take it in as text)."""

    def run(self, lines: list[str]) -> list[str]:
        result: list[str] = []
        for line in lines:
            if is_fence(line) and opens_internal(line) and result and result[-1].strip():
                result.append("")
            result.append(line)
        return result


class InternalBlock(BlockProcessor):
    """A block that starts with an internal fence: everything up to the fence that closes
    it (nested divs counted, as fences.internal_blocks counts them), parsed into the aside."""

    def test(self, parent: etree.Element, block: str) -> bool:
        return opens_internal(block.split("\n", 1)[0])

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        lines = blocks.pop(0).split("\n")[1:]
        inner: list[str] = []
        depth = 1
        while depth:
            for index, line in enumerate(lines):
                if is_fence(line):
                    depth += -1 if closes(line) else 1
                    if not depth:
                        if rest := "\n".join(lines[index + 1:]).strip("\n"):
                            blocks.insert(0, rest)
                        break
                inner.append(line)
            if depth:
                if not blocks:
                    break   # (never closed: an error of the build; shown to the end of the text)
                lines = blocks.pop(0).split("\n")
                inner.append("")
        aside = etree.SubElement(parent, "div", {"class": "internal-block"})
        label = etree.SubElement(aside, "p", {"class": "internal-label"})
        strong = etree.SubElement(label, "strong")
        strong.text = _(LABEL)
        self.parser.parseChunk(aside, "\n".join(inner))
