"""Find entity names and aliases in running text with one combined, trie-factored regex.

Names are keyed folded (accents removed, lower-cased, typographic apostrophes made plain);
text is searched unaccented but in its own case, character for character, so positions
found are positions in the original. One regex over every alias costs a fraction of a
millisecond per page; a loop of one regex per alias would cost minutes at scale.
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple


# The longest name or alias an entity can have (load.py refuses longer ones, naming the
# entity's file): the combined pattern nests one level per character of a name (_compile).
MAX_NAME_LENGTH = 200


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in list(range(0x80, 0x250)) + list(range(0x1E00, 0x1F00)) + list(range(0x41, 0x5B)):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        lower = base.lower()
        folded = lower if len(lower) == 1 else base
        if folded != char:
            table[code] = folded
    for char in "\u2018\u2019\u02bc\u2032":
        table[ord(char)] = "'"
    for char in "\u00a0\u202f\u2007":
        table[ord(char)] = " "
    for char in "\u2010\u2011":
        table[ord(char)] = "-"
    return table


FOLD_TABLE = _fold_table()
_FOLDABLE = re.compile("[" + re.escape("".join(sorted(chr(code) for code in FOLD_TABLE))) + "]")


def _accent_table() -> dict[int, str]:
    """What fold() does but the case: 'É' becomes 'E', not 'e', so that fold(c) is always
    unaccent(c).lower() (a test checks every character up to U+3000). Besides FOLD_TABLE's
    characters, those whose lower case is in it (the Angstrom sign is an upper-case å)."""
    table = {}
    for code in range(0x80, 0x2200):
        char = chr(code)
        lower = char.lower()
        if len(lower) != 1 or ord(lower) not in FOLD_TABLE and code not in FOLD_TABLE:
            continue
        folded = FOLD_TABLE.get(ord(lower), lower)
        capital = folded.upper()
        kept = capital if char.isupper() and len(capital) == 1 and capital.lower() == folded else folded
        if kept != char:
            table[code] = kept
    return table


ACCENT_TABLE = _accent_table()
_ACCENTED = re.compile("[" + re.escape("".join(sorted(chr(code) for code in ACCENT_TABLE))) + "]")


def _unaccent_char(found: re.Match) -> str:
    return ACCENT_TABLE[ord(found.group())]


def unaccent(text: str) -> str:
    """`text` with accents (and typographic apostrophes, spaces, hyphens) folded as fold()
    does, its case kept and its length unchanged."""
    if text.isascii():
        return text
    return _ACCENTED.sub(_unaccent_char, text.replace("\u0130", "I"))


def _fold_char(found: re.Match) -> str:
    return FOLD_TABLE[ord(found.group())]


def fold(text: str) -> str:
    """Accent- and case-fold `text`, keeping its length (so offsets stay valid).

    str.lower() first (it keeps the length of every character but U+0130, replaced before),
    then the table for the few characters left to fold: str.translate() would look up every
    character of a text with one accent in it, five times slower on an article."""
    if text.isascii():
        return text.lower()
    return _FOLDABLE.sub(_fold_char, text.replace("\u0130", "i").lower())


def name_key(text: str) -> str:
    """The key two names share when they are the same name: folded, single-spaced."""
    return " ".join(fold(text).split())


# What find_each joins texts with: not a word character nor a space, so no name's pattern
# matches across it, and it is not in any name (where it is, texts are searched one by one).
SEPARATOR = "\x00"


class Match(NamedTuple):
    """A name found in a text (a named tuple: made by the thousand, it must be cheap)."""

    start: int
    end: int
    entity_id: str


class MentionMatcher:
    """Finds every name of every entity: whole words only, the longest name wins.

    Case is folded only where safe: 'Herve' finds Hervé, but 'le monde' does not find Le
    Monde (a name written with a capital needs a capital where it is found)."""

    def __init__(self, names: dict[str, tuple[str, str]]):
        """`names` maps name_key(alias) → (alias as written, entity id)."""
        self.names = names
        self._pattern: re.Pattern[str] | None = None
        self._separable: bool | None = None   # whether find_each may join texts (no name holds SEPARATOR)
        # key → (entity id, None when any case will do, else whether the text must start upper-case)
        self._found: dict[str, tuple[str, bool | None]] = {
            key: (entity_id, None if alias == alias.lower() else alias[:1].isupper())
            for key, (alias, entity_id) in names.items()}

    @property
    def pattern(self) -> re.Pattern[str] | None:
        """The combined regex, compiled when first needed (0.1 s for 2,000 names)."""
        return self.compile()

    def compile(self) -> re.Pattern[str] | None:
        """Compile the combined regex now (before forking workers that will all need it)."""
        if self._pattern is None and self.names:
            self._pattern = _compile(list(self.names), self._first_letters)
        return self._pattern

    def narrowed(self, text: str) -> "MentionMatcher":
        """A matcher for `text` alone, which finds in it exactly what this one finds: only
        the names each of whose words occurs in the folded text can match there (fold keeps
        every character's place, so a name found is a stretch of the folded text). At 2,000
        names an article keeps a hundred, where its first words alone keep 500: compiling
        takes 3 ms instead of 12, against 0.1 s for every name."""
        folded = fold(text)
        return MentionMatcher({key: value for key, value in self.names.items()
                               if all(word in folded for word in key.split(" "))})

    def find(self, text: str) -> list[Match]:
        if not self.names or not text:
            return []
        matches = []
        known = self._found
        for found in self.pattern.finditer(unaccent(text)):
            key = fold(found.group())
            entity, upper = known.get(key) or known.get(" ".join(key.split()), (None, None))  # names may break lines
            start = found.start()
            if entity is not None and (upper is None or text[start].isupper() == upper):
                matches.append(Match(start, found.end(), entity))
        return matches

    def find_each(self, texts: list[str]) -> list[list[Match]]:
        """find() of each text (positions in that text), in one search of the texts joined
        by a character no name holds and no name's pattern crosses: a name's edges see it as
        they see a text's ends. The pieces of text of an article (about 30) cost one search,
        not 30 each with its own set-up."""
        found: list[list[Match]] = [[] for _ in texts]
        if not self.names or not texts:
            return found
        if self._separable is None:
            self._separable = not any(SEPARATOR in key for key in self.names)
        if not self._separable:
            return [self.find(text) for text in texts]
        index, offset, end = 0, 0, len(texts[0])
        for start, stop, entity_id in self.find(SEPARATOR.join(texts)):
            while start >= end:    # (a match never starts on a separator)
                index += 1
                offset = end + 1
                end = offset + len(texts[index])
            found[index].append(Match(start - offset, stop - offset, entity_id))
        return found

    def _first_letters(self, key: str) -> tuple[str, ...]:
        """How a name's first letter may be written where it is found (in unaccented text)."""
        _, upper = self._found[key]
        first = key[0]
        capital = first.upper()
        if len(capital) != 1:       # ('ß': its capital is 'SS'; unaccent gives 'ß' for 'ẞ')
            return (first,)
        if upper is None:           # any case will do
            return tuple(dict.fromkeys((first, capital)))
        return (capital,) if upper else (first,)


def _compile(keys: list[str], first_letters=None) -> re.Pattern[str]:
    r"""One regex for every name (keys are folded): a trie of their first letters as they
    must be written (a capital where the name has one: 'Le Monde' is not 'le monde'), each
    followed by the rest of the name in any case. Run over unaccented text, not over
    lower-cased text: Python's regex engine then skips at once every position whose letter
    cannot start a name (most of them are lower-case), two to three times faster over an
    article than `(?<!\w)` tried at each letter of a folded text."""
    trie: dict = {}
    for key in keys:
        for first in (first_letters(key) if first_letters else (key[0],)):
            node = trie.setdefault(first, {})
            for char in key[1:]:
                node = node.setdefault(char, {})
            node[""] = {}
    branches = []
    for first, rest in sorted(trie.items()):
        tail = _trie_pattern(rest)
        # (?<!\w.): the letter before the name's first one is not part of a word
        branches.append(re.escape(first) + r"(?<!\w.)" + (f"(?i:{tail})" if tail else ""))
    return re.compile("(?:" + "|".join(branches) + r")(?!\w)")


def _trie_pattern(node: dict) -> str:
    branches = [(r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    optional = "" in node
    if len(branches) == 1 and not optional:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")
