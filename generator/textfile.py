"""A content file's bytes as text (UTF-8, newlines, NFC, control characters), and a Markdown
file's front matter split from its body. Problems carry the file and line."""
from __future__ import annotations

import re
from pathlib import Path

from .errors import Problem
from .fences import has_fences
from .quotes import cited_with_quotes, referenced_ids
from .yamlsource import CONTROL_CHARACTERS, SourceFile, nfc


# What each byte of UTF-8 text may start. The file's bytes are looked at through this table
# (a translate() and a find() for each kind: a search of the text, or asking whether it is
# NFC, costs several times more), and the text is searched only when they hold one:
_CONTROL, _NOT_LATIN, _C2, _E2, _EF = 1, 2, 3, 4, 5
_BYTE_KINDS = bytes(_CONTROL if (byte < 0x20 and byte not in b"\t\n\r") or byte == 0x7f   # C0 and DEL
                    else _C2 if byte == 0xc2        # U+0080-U+00BF: C1 controls, no-break space
                    else _E2 if byte == 0xe2        # U+2000-U+2FFF: typographic quotes, dashes
                    else _EF if byte == 0xef        # U+F000-U+FFFF: U+FFFE, U+FFFF
                    else _NOT_LATIN if byte >= 0xcc  # from U+0300: combining accents and the rest
                    else 0 for byte in range(256))
_C1_BYTES = re.compile(rb"\xc2[\x80-\x9f]")
# The characters of U+2000-U+2FFF a text in NFC may not hold, or that may compose with the
# one before (a test checks the list): a text without one of them nor any other character from
# U+0300 (but U+F000 on) is NFC, since composing needs such a character.
E2_NOT_NFC = re.compile(rb"\xe2(?:\x80[\x80\x81]|\x83[\x90-\xb0]|\x84[\xa6\xaa\xab]|\x8c[\xa9\xaa]|\xab\x9c|"
                         rb"\xb3[\xaf-\xb1]|\xb5\xbf|\xb7[\xa0-\xbf])")


def decode_text(path: Path, data: bytes, problems: list[Problem], markdown: bool = False) -> str | None:
    """The file's text: newlines normalised to \\n, without a BOM, NFC; in a Markdown file's
    body (`markdown`), control characters are dropped (see yamlsource.CONTROL_CHARACTERS:
    the front matter refuses them with their line)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problems.append(Problem(path, line, f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x}); "
                                "save it with UTF-8 encoding"))
        return None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    kinds = data.translate(_BYTE_KINDS)
    if data.isascii():
        if markdown and kinds.find(_CONTROL) >= 0:
            text = _without_controls_in_body(text)
        return text
    high = kinds.find(_EF) >= 0
    if kinds.find(_NOT_LATIN) >= 0 or high or kinds.find(_E2) >= 0 and E2_NOT_NFC.search(data):
        text = nfc(text)
    if markdown and (kinds.find(_CONTROL) >= 0 or kinds.find(_C2) >= 0 and _C1_BYTES.search(data)
                     or high and ("\ufffe" in text or "\uffff" in text)):
        text = _without_controls_in_body(text)
    return text


def _without_controls_in_body(text: str) -> str:
    """A Markdown file's text with the control characters after its front matter dropped."""
    first_end = text.find("\n")
    fence = _CLOSING_FENCE.search(text, first_end + 1) if first_end >= 0 else None
    start = fence.end() if fence else len(text)
    return text[:start] + CONTROL_CHARACTERS.sub("", text[start:])


_CLOSING_FENCE = re.compile(r"^(?:---|\.\.\.)[^\S\n]*$", re.MULTILINE)


def split_front_matter(path: Path, rel: str, text: str, problems: list[Problem]) -> SourceFile | None:
    if not text.strip():
        problems.append(Problem(path, 1, "the file is empty; it needs front matter between '---' lines "
                                "with at least a title"))
        return None
    first_end = text.find("\n")
    if (text if first_end < 0 else text[:first_end]).strip() != "---":
        problems.append(Problem(path, 1, "the file must start with front matter: a line '---', "
                                "the fields (title: ...), then another '---'"))
        return None
    fence = _CLOSING_FENCE.search(text, first_end + 1) if first_end >= 0 else None
    if fence is None:
        problems.append(Problem(path, 1, "the front matter that starts on line 1 is never closed; "
                                "add a line '---' after the last field"))
        return None
    yaml_text = text[first_end + 1:fence.start()].removesuffix("\n")
    body = text[fence.end() + 1:]
    fence_line = text.count("\n", 0, fence.start()) + 1
    return SourceFile(path, rel, "", yaml_text, 2, body, fence_line + 1, quoted_ids=tuple(cited_with_quotes(body)),
                      referenced_ids=tuple(referenced_ids(body)), has_fences=has_fences(body))
