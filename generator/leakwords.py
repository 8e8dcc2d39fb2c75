"""How the leak check (leakcheck.py) reads a site's files: as the folded words a reader or a
script would meet in them. HTML entities, JSON and JavaScript escapes and percent-escapes are
decoded, accents and case folded; a tag counts for its attribute values only; gzip is opened;
Pagefind's search files are read for their strings (CBOR, or JSON for its fragments), its own
code and WebAssembly skipped; other binary files are not read.
"""
from __future__ import annotations

import functools
import gzip
import html
import re
import unicodedata
import zlib
from urllib.parse import unquote_to_bytes

try:   # (the same reading of Pagefind's CBOR in native code, where it is built: _leakscan.c)
    from ._leakscan import cbor_text as _native_cbor
except ImportError:
    _native_cbor = None

PAGEFIND_SIGNATURE = b"pagefind_dcd"


_ESCAPE = re.compile(rb"\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))")
# (written with its literal "%" first, so that the regex engine looks for it at C speed: a
# page's interface strings hold "%(num)d" placeholders, and a run of escapes needs no group)
_PERCENT = re.compile(rb"%[0-9a-fA-F]{2}(?:%[0-9a-fA-F]{2})*")
TAG = re.compile(rb"(<[A-Za-z/!?][^<>]*>)")
_ENTITY = re.compile(rb"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_PLAIN_ENTITIES = (b"&amp;", b"&lt;", b"&gt;", b"&quot;", b"&#39;", b"&#34;", b"&#x27;", b"&nbsp;")
# (a quote or a slash as itself, for the tags it is in; the others as a space)
_SIMPLE_ESCAPES = ((b"\\\\", b" "), (b"\\n", b" "), (b"\\r", b" "), (b"\\t", b" "), (b"\\/", b"/"), (b'\\"', b'"'),
                   (b"\\'", b"'"))
_NON_ASCII = re.compile(rb"[\x80-\xff]+")
# letters that no decomposition takes to a Latin letter, as their readers spell them without
_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d",
                          "ı": "i", "ŀ": "l"})


class _Folded(dict):
    """Each run of non-ASCII characters (bytes) folded, character by character: decomposed,
    casefolded, marks and format characters (soft hyphen, zero-width spaces) dropped,
    punctuation, symbols and spaces made ASCII spaces; letters and digits of every script kept.
    A run's fold is its characters' folds one after the other (never reordered as a whole
    run's decomposition would reorder its marks), so that the native reading, which folds a
    character at a time, and an entity that parts a run read alike. Memoised: a site has few
    distinct runs (accented letters, typographic quotes and dashes)."""

    def __missing__(self, run: bytes) -> bytes:
        self[run] = result = "".join(map(_fold_character, run.decode("utf-8", "replace"))).encode("utf-8")
        return result


@functools.lru_cache(maxsize=4096)
def _fold_character(char: str) -> str:
    text = unicodedata.normalize("NFKD", char).casefold().translate(_LETTERS)
    return "".join("" if kind in ("Mn", "Me", "Cf") else " " if kind[0] in "PSZC" else part
                   for part, kind in ((part, unicodedata.category(part)) for part in text)).lower()


_FOLDED = _Folded()


# ASCII letters and digits are word characters, any other ASCII byte a space; the bytes of
# other characters (letters of any script, once folded) belong to words
_WORDS_TABLE = bytes(c if (48 <= c <= 57 or 97 <= c <= 122 or c >= 128) else 32 for c in range(256))


def _escaped(match: re.Match) -> bytes:
    code = int(match.group(1) or match.group(2), 16)
    return b" " if 0xd800 <= code <= 0xdfff else chr(code).encode("utf-8")


class _Entities(dict):
    """Each HTML entity decoded (the plain ones of markup, `&amp;`, `&#39;`, `&nbsp;`..., as a
    space). Memoised: a site has few distinct entities."""

    def __missing__(self, entity: bytes) -> bytes:
        self[entity] = result = b" " if entity in _PLAIN_ENTITIES \
            else html.unescape(entity.decode("ascii")).encode("utf-8", "replace")
        return result


_ENTITIES = _Entities()


def words_of(data: bytes | str, markup: bool = True) -> list[bytes]:
    """The folded words of a file's text (or of a withheld word, `markup` False), in order:
    escapes decoded, each tag's values after the text's, parted by "<" (see the module's
    docstring), accents and case off, cut at anything that is not a letter or a digit."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    if markup:
        data = unescaped(data)
        if b"<" in data:   # (the text, then each tag's value on its own: "<" parts them, never a word)
            parts = TAG.split(data)
            return [*cut(b" ".join(parts[0::2])), *(word for tag in dict.fromkeys(parts[1::2])
                                                    for value in tag_values(tag) for word in (b"<", *cut(value)))]
    return cut(data)


def unescaped(data: bytes) -> bytes:
    """`data` with its JSON and JavaScript escapes and its percent-escapes decoded."""
    if b"\\" in data:
        for escape, char in _SIMPLE_ESCAPES:
            data = data.replace(escape, char)
        if b"\\u" in data or b"\\x" in data:
            data = _ESCAPE.sub(_escaped, data)
    if b"%" in data:
        data = _PERCENT.sub(lambda m: unquote_to_bytes(m.group(0)), data)
    return data


# In a tag, the value of each attribute (quoted or not); the tag's name and the attributes'
# names are the markup's, not words of the text. A comment is read whole.
_VALUE = re.compile(rb"""=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+)""")


def tag_values(tag: bytes, fixed: frozenset[bytes] = frozenset()) -> list[bytes]:
    """What of a tag (`<a href="x" title='y'>`) holds words that a page shows or a script
    reads: its attributes' values, but those that are in `fixed` (the theme's own markup:
    `id="main"`, `class="visually-hidden"`); a comment's text."""
    if tag.startswith(b"<!--"):   # (a comment; or a tag that opens like one and ends at the first '>')
        return [tag[4:-3] if tag.endswith(b"-->") else tag[4:-1]]
    values = []
    for value in _VALUE.findall(tag):
        if value[:1] in (b'"', b"'"):
            value = value[1:-1]
        if value not in fixed:
            values.append(value)
    return values


def cut(data: bytes) -> list[bytes]:
    """The folded words of text without tags: entities decoded, accents and case off, cut at
    anything that is not a letter or a digit."""
    if b"&" in data:
        data = _ENTITY.sub(lambda match: _ENTITIES[match.group()], data)
    data = data.lower()
    if not data.isascii():
        data = _fold_non_ascii(data)
    return data.translate(_WORDS_TABLE).split()


_HIGH = bytes(range(128)) + b"\x80" * 128   # (every non-ASCII byte made one)
_ASCII = bytes(range(128))


def _fold_non_ascii(data: bytes) -> bytes:
    """`data` with each run of non-ASCII bytes folded (_Folded), as `_NON_ASCII.sub` would, but
    found with C-speed cuts (the runs are short and far apart in most of a site): the ASCII
    pieces between non-ASCII bytes, and the non-ASCII bytes in order."""
    high = data.translate(None, _ASCII)
    if len(high) * 4 > len(data):   # (a text in another script: long runs, close together)
        return _NON_ASCII.sub(lambda run: _FOLDED[run.group()], data)
    pieces = data.translate(_HIGH).split(b"\x80")   # one more piece than non-ASCII bytes
    out, at, piece, count = [pieces[0]], 0, 1, len(pieces)
    while piece < count:
        start = at
        at += 1
        while piece < count - 1 and not pieces[piece]:   # (an empty piece: the run goes on)
            at += 1
            piece += 1
        out.append(_FOLDED[high[start:at]])
        out.append(pieces[piece])
        piece += 1
    return b"".join(out)


# For each CBOR head byte: how many bytes follow it before the next item (its argument's),
# or -1 for a byte or text string (its length follows: then its bytes), -2 for a reserved one.
# (Arrays, maps and tags are followed by their items, read as items; so is an indefinite length.)
_CBOR_SKIP = tuple(-2 if head & 31 in (28, 29, 30) else -1 if 0x40 <= head < 0x80
                   else (0, 1, 2, 4, 8)[max(0, (head & 31) - 23)] if head & 31 != 31 else 0
                   for head in range(256))


def _heads(skip: int) -> bytes:
    return b"[" + b"".join(re.escape(bytes([head])) for head in range(256) if _CBOR_SKIP[head] == skip) + b"]"


# A run of items that are neither strings nor reserved (numbers, heads of arrays and maps: most
# of an index), each its head and the bytes of its argument
_CBOR_FIXED = re.compile(b"(?:" + b"|".join(_heads(skip) + b"." * skip for skip in (0, 1, 2, 4, 8)) + b")*", re.S)


def cbor_strings(data: bytes) -> list[bytes]:
    """Every text string in CBOR data (Pagefind's index files); raises ValueError when the
    data is not CBOR."""
    found, at, end, skips, fixed = [], 0, len(data), _CBOR_SKIP, _CBOR_FIXED.match
    while True:
        at = fixed(data, at).end()
        if at >= end:
            break
        head = data[at]
        at += 1
        if skips[head] >= 0:   # (an item cut short by the end of the data)
            raise ValueError("truncated")
        if skips[head] == -2:
            raise ValueError("reserved")
        info = head & 31
        if info < 24:
            value = info
        elif info <= 27:
            size = 1 << (info - 24)
            value = int.from_bytes(data[at:at + size], "big")
            at += size
        else:
            continue   # (an indefinite length: its chunks follow as strings)
        if at + value > end:
            raise ValueError("truncated")
        if head >= 0x60:
            found.append(data[at:at + value])
        at += value
    return found


def file_data(data: bytes) -> bytes | None:
    """What of a site's file to read words from, or None for a binary one (see the docstring)."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error):
            return None
    if data.startswith(PAGEFIND_SIGNATURE):
        data = data[len(PAGEFIND_SIGNATURE):]
        if data.startswith(b"\x00asm"):   # (Pagefind's own code, WebAssembly: its bytes read as any word)
            return None
        if data.lstrip().startswith((b"{", b"[")):
            return _json_strings(data)
        if _native_cbor is not None:
            if (text := _native_cbor(data)) is not None:
                return text
        else:
            try:
                return b"\n".join(cbor_strings(data))
            except ValueError:
                pass
        # (not CBOR: read as text, below)
    elif b"\x00" in data[:4096]:
        return None
    return data


def _json_strings(data: bytes) -> bytes:
    """The strings of a search fragment's JSON (as written, escapes and all; an escaped quote
    or backslash as a space), one a line, but those that its longest (the page's text) holds
    as they are (each paragraph's text again, for its anchor): their words and runs are read there."""
    strings = data.replace(b"\\\\", b" ").replace(b'\\"', b" ").split(b'"')[1::2]
    if not strings:
        return data
    longest = max(strings, key=len)
    return b"\n".join([longest, *(string for string in strings if len(string) < 80 or string not in longest)])
