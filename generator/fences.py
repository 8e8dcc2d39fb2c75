"""Internal blocks: the parts of a Markdown text fenced as Pandoc fences a div, kept out of
the public edition (editions.py) and shown as marked asides in the internal one (markup).

    ::: internal            (or ::: {.internal}, or with more colons)
    Our source confirmed this on 3 May; do not quote.
    :::

The rules, line by line (a fence is a line whose first characters, after spaces or tabs, are
three colons or more):
- outside a block, a fence naming `internal` (or the class `.internal`) opens one; any other
  fence there is text, as it always was;
- inside a block, a fence holding only colons closes the innermost div, and any other fence
  opens a nested div (an internal one too), which its own closing fence closes: the block
  ends at the fence that closes its opening one;
- a block still open at the end of the text is an error (unclosed_line), and everything
  after its opening fence is left out of the public text all the same.
Code blocks are not looked into: a line of three colons inside a fenced code block still
counts, so that no reading of the text can make an internal line public.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .i18n import N_

_FENCE_START = re.compile(r"^[ \t]*:::", re.MULTILINE)
_OPENS_INTERNAL = re.compile(r"[ \t]*:{3,}[ \t]*(?:internal|\{[^}\n]*(?<![\w-])\.internal(?![\w-])[^}\n]*\})"
                             r"[ \t]*:*[ \t]*")
_CLOSES = re.compile(r"[ \t]*:{3,}[ \t]*")
LABEL = N_("Internal")


def has_fences(text: str) -> bool:
    """Whether the text may hold an internal block (a quick look, most texts hold no ':::')."""
    return ":::" in text and _FENCE_START.search(text) is not None


def is_fence(line: str) -> bool:
    return line.lstrip(" \t").startswith(":::")


def opens_internal(line: str) -> bool:
    return _OPENS_INTERNAL.fullmatch(line) is not None


def closes(line: str) -> bool:
    return _CLOSES.fullmatch(line) is not None


@dataclass(frozen=True)
class Block:
    """One internal block: the indexes (from 0) of its opening and closing fence lines."""

    start: int
    end: int | None   # None: never closed (the text's last line is then its last)


def internal_blocks(text: str) -> list[Block]:
    """The outermost internal blocks of the text, in order."""
    if not has_fences(text):
        return []
    blocks, depth, start = [], 0, 0
    for index, line in enumerate(text.split("\n")):
        if not is_fence(line):
            continue
        if depth == 0:
            if opens_internal(line):
                start, depth = index, 1
        elif closes(line):
            depth -= 1
            if depth == 0:
                blocks.append(Block(start, index))
        else:
            depth += 1
    if depth:
        blocks.append(Block(start, None))
    return blocks


def unclosed_line(text: str) -> int | None:
    """The line (from 0) of an internal block's opening fence that is never closed, or None."""
    blocks = internal_blocks(text)
    return blocks[-1].start if blocks and blocks[-1].end is None else None


def public_text(text: str) -> str:
    """The text without its internal blocks, fences included; each of their lines is left
    empty, so that every other line keeps its number (for the messages that name a line)."""
    blocks = internal_blocks(text)
    if not blocks:
        return text
    lines = text.split("\n")
    for block in blocks:
        end = len(lines) - 1 if block.end is None else block.end
        lines[block.start:end + 1] = [""] * (end + 1 - block.start)
    return "\n".join(lines)


def internal_texts(text: str) -> list[str]:
    """The text inside each internal block (its fences left out)."""
    lines = text.split("\n")
    return ["\n".join(lines[block.start + 1:len(lines) if block.end is None else block.end])
            for block in internal_blocks(text)]
