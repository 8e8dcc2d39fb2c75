"""The bounds a text's rendering runs within: a time limit, and a nesting depth checked before
python-markdown sees the text."""
from __future__ import annotations

import re
import signal
import threading
from contextlib import contextmanager

from markdown.extensions.fenced_code import FencedBlockPreprocessor

# Per text. Pathological Markdown (runs of brackets, say) may never end; a large but ordinary
# article renders well within it.
RENDER_SECONDS = 20


class RenderTimeout(Exception):
    pass


@contextmanager
def time_limit(seconds: float):
    """Raise RenderTimeout in the block after `seconds` (main thread on Unix; elsewhere no limit)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):
        raise RenderTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# How deep quotes and lists may nest. python-markdown's memory grows with the square of the
# depth (gigabytes at a few thousand levels) and a few hundred levels exhaust its stack; a
# text nesting deeper is refused, naming the line, before python-markdown sees it.
MAX_NESTING = 100
# A line nesting deeper starts with at least one character a level ('>', a list marker, 4
# columns of indentation): only lines that start so are looked at further. The search is for
# a newline followed by them (the text is given one in front), which the regex engine finds
# at the speed of a search for the newline; a multi-line '^' would be tried at every character.
_DEEP_START = re.compile(r"\n[ \t>*+\-.)0-9]{%d}" % (MAX_NESTING + 1))
_LEVEL = re.compile(r"[ \t]*(?:(>)|[*+\-](?=[ \t]|$)|[0-9]{1,9}[.)](?=[ \t]|$))")


def too_deep(text: str) -> tuple[int, int] | None:
    """(line counted from 0, its depth) of the first line nesting quotes and lists deeper
    than MAX_NESTING, outside fenced code; None for the others."""
    if _DEEP_START.search(text) is None and _DEEP_START.match("\n" + text[:MAX_NESTING + 1]) is None:
        return None
    text = "\n" + text
    if "```" in text or "~~~" in text:   # (code keeps its lines: its indentation is not nesting)
        text = FencedBlockPreprocessor.FENCED_BLOCK_RE.sub(lambda code: "\n" * code.group().count("\n"), text)
    for found in _DEEP_START.finditer(text):
        start = found.start() + 1
        end = text.find("\n", start)
        depth = _line_depth(text[start:end if end >= 0 else len(text)])
        if depth > MAX_NESTING:
            return text.count("\n", 0, start) - 1, depth
    return None


def _line_depth(line: str) -> int:
    """The levels of quotes and lists a line's start opens: a '>' or a list marker each, and
    a list each 4 columns of indentation before them. A line of list markers alone is a rule."""
    quotes = markers = 0
    at = 0
    while (level := _LEVEL.match(line, at)) is not None:
        quotes += level.group(1) is not None
        markers += level.group(1) is None
        at = level.end()
    if not line[at:].strip():
        markers = 0
    if not quotes + markers:
        return 0
    indent = len(line) - len(line.lstrip(" \t"))
    return quotes + markers + len(line[:indent].expandtabs(4)) // 4
