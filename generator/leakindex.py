"""What the leak check (leakcheck.py) looks for: each withheld item's words (its id, title,
names and aliases) and each run of RUN words of its texts, folded as leakwords reads a file;
and the tables that the native reading (_leakscan.c) finds them with.

A withheld text's runs are its words as the public site would show them (text_segments): what
renders as something else breaks a run. A run that the public items' names make one after the
other (a list page's order), or that is itself a public name, is not sought.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain, count
from pathlib import Path
from typing import NamedTuple

from .errors import Problem
from .leakwords import _FOLDED, TAG, words_of

RUN = 8   # words: a run of this many words of a withheld text is a leak
# A file's runs are first probed: its PROBE-word windows at every STRIDE-th word, against
# every PROBE-word window of the withheld texts. A run of RUN words holds STRIDE windows of
# PROBE words (RUN = PROBE + STRIDE - 1), one of which starts at a probed word: a file that
# holds a run is always probed positive, and only then are all its RUN-word windows made.
STRIDE = 4
PROBE = RUN - STRIDE + 1
SHOWN = 60   # characters of a leaked word or run in a message


@dataclass(frozen=True)
class Withheld:
    """An item (or part of one) left out of the public edition (editions.py): what of it must
    not appear. For a public entity with an internal name, `words` are only its internal names."""

    item_id: str
    kind: str   # "article", "summary", "entity", "relation", "internal name", "internal block"
    path: Path | str               # its source file
    line: int | None
    words: tuple[str, ...] = ()    # its id, title, names, aliases: each a whole word or words
    texts: tuple[str, ...] = ()    # Markdown or plain texts: none of their RUN-word runs


# ---------------------------------------------------------------- what is looked for

class Sought(NamedTuple):   # (a tuple: made for each run of every withheld text)
    item: Withheld
    written: str       # a word as the item writes it ("" for a run: its folded words are shown)
    run: bool = False  # a run of its texts (else one of its words)
    position: int = 0  # a run's place in its item's texts (the first one found is shown)
    words: tuple = ()  # its folded words

    @property
    def shown(self) -> str:
        """What leaked, as a message shows it."""
        return self.written or b" ".join(self.words).decode("utf-8", "replace")


_FENCE = re.compile(r"(?m)^\s*:::.*$")
_LABELLED = re.compile(r"\[\[[^\]|]*\|([^\]]*)\]\]")
_REFERENCE = re.compile(r"\[\[[^\]]*\]\]|\[@[^\]]*\]|\[\^[^\]]*\]")
_ADDRESS = re.compile(r"\]\([^)]*\)|\]\[[^\]]*\]|\{[^}]*\}")


def text_segments(text: str) -> list[list[bytes]]:
    """The folded words of a Markdown or plain text, in segments that the output shows in
    one piece: what renders as something else (a [[link]] shows a name, a [@citation] a
    number, a footnote's mark, a fence line is not shown) breaks a run; a link's address and
    an attribute list are left out (the output shows neither among the words)."""
    return [words for part in text_parts(text) if (words := words_of(part, markup=False))]


def text_parts(text: str) -> list[bytes]:
    """The pieces of a Markdown or plain text that the output shows in one piece each, without
    their tags (text_segments cuts each into words)."""
    # (each only where its mark is: most texts have few of them)
    if ":::" in text:
        text = _FENCE.sub("\x00", text)
    if "[" in text:
        text = _LABELLED.sub("\x00\\1\x00", text)           # [[id|label]] shows the label
        text = _REFERENCE.sub("\x00", text)
    if "]" in text or "{" in text:
        text = _ADDRESS.sub("]", text)   # a link's address: not shown
    parts = []
    for part in text.split("\x00"):
        data = part.encode("utf-8", "surrogatepass")
        parts.append(b" ".join(TAG.split(data)[0::2]) if b"<" in data else data)   # (the text between tags)
    return parts


class _Names:
    """The public items' names (ids, titles, names, aliases: folded words), to tell a run of
    words made only of them (a withheld text listing public entities, as a list page of the
    site shows them) from a withheld text's own words."""

    def __init__(self, names: set[tuple[bytes, ...]]):
        self.names = names
        self.words = {word for name in names for word in name}
        self.starts = {name[:end] for name in names for end in range(1, len(name) + 1)}
        self.ends = {name[start:] for name in names for start in range(len(name))}

    def listed(self, run: tuple[bytes, ...]) -> bool:
        """Whether `run` is names one after the other (the first and the last may be cut)."""
        if not all(map(self.words.__contains__, run)):   # (most runs: at their first word)
            return False
        size = len(run)
        reached = [end for end in range(1, size + 1) if run[:end] in self.ends]   # (the first name's end)
        seen = set(reached)
        while reached:
            at = reached.pop()
            if at == size or run[at:] in self.starts:
                return True
            for end in range(at + 1, size + 1):
                if end not in seen and run[at:end] in self.names:
                    seen.add(end)
                    reached.append(end)
        return False


class Index:
    """The withheld words (one word; several, by their longest) and the withheld runs."""

    def __init__(self, withheld: Iterable[Withheld], published_words: Iterable[str]):
        shared = {tuple(words_of(word, markup=False)) for word in published_words}
        names = _Names(shared)
        self.sought: list[Sought] = []
        self.single: dict[bytes, list[int]] = {}
        # its longest word (the likeliest to be rare) → (its words, its words joined, sought)
        self.several: dict[bytes, list[tuple[frozenset, bytes, int]]] = {}
        self.runs: dict[tuple, list[int]] = {}
        self.notes: list[Problem] = []
        for item in withheld:
            quoted: list[str] = []   # its runs that the public edition's texts write too
            kept, keys = [], set()
            for word in item.words:
                key = tuple(words_of(word, markup=False))
                if not key or key in keys:   # (an id is often its name, folded: one leak)
                    continue
                keys.add(key)
                if key in shared:
                    kept.append(word)
                    continue
                number = self._add(Sought(item, word, words=key))
                if len(key) == 1:
                    self.single.setdefault(key[0], []).append(number)
                else:
                    self.several.setdefault(max(key, key=len), []).append(
                        (frozenset(key), b" " + b" ".join(key) + b" ", number))
            if kept:
                self.notes.append(Problem(Path(item.path), item.line, shared_note(item, kept), severity="note"))
            position, runs, sought, name_words = 0, self.runs, self.sought, names.words
            for text in item.texts:
                for segment in text_segments(text):
                    for run in zip(*(segment[k:] for k in range(RUN))):   # (each RUN words of it)
                        if run in shared:
                            quoted.append(b" ".join(run).decode("utf-8", "replace"))
                            continue
                        if run[0] in name_words and names.listed(run):   # (public names, one after the other)
                            continue
                        numbers = runs.get(run)
                        if numbers is None:
                            runs[run] = [len(sought)]
                        elif sought[numbers[-1]].item is not item:
                            numbers.append(len(sought))
                        else:
                            position += 1
                            continue
                        sought.append(Sought(item, "", True, position, run))
                        position += 1
            if quoted:
                self.notes.append(Problem(Path(item.path), item.line, quoted_note(item, quoted), severity="note"))

        # the words looked up first: the single ones, and every word of those of several words
        self.first = dict.fromkeys([*self.single, *(word for anchored in self.several.values()
                                                    for parts, _, _ in anchored for word in parts)])

    @functools.cached_property
    def probes(self) -> set[tuple]:
        """Every PROBE-word window of the runs sought (made when the Python reading needs them)."""
        return probes_of(self.runs)

    def _add(self, sought: Sought) -> int:
        self.sought.append(sought)
        return len(self.sought) - 1

    def found_in(self, words: list[bytes]) -> list[int]:
        """The numbers of what is sought that is in these words."""
        found: list[int] = []
        if not words:
            return found
        joined = None
        present = self.first.keys() & words   # (one pass over the words: a set of the few found)
        for word in present.intersection(self.single):
            found += self.single[word]
        for word in present.intersection(self.several):   # (the words of a title are often common ones)
            for parts, key, number in self.several[word]:
                if parts <= present:
                    joined = joined or b" " + b" ".join(words) + b" "
                    if key in joined:
                        found.append(number)
        if self.runs and len(words) >= RUN \
                and not self.probes.isdisjoint(zip(*(words[k::STRIDE] for k in range(PROBE)))):
            # the runs that hold a probe found: those that start up to STRIDE - 1 words before it
            starts = {max(0, STRIDE * at - k) for at, probe in enumerate(zip(*(words[k::STRIDE] for k in range(PROBE))))
                      if probe in self.probes for k in range(STRIDE)}
            for run in self.runs.keys() & {tuple(words[start:start + RUN]) for start in starts}:
                found += self.runs[run]
        return found


def internal(item: Withheld) -> str:
    """'the internal article x', 'the internal block of x', 'the internal name of x'."""
    if item.kind.startswith("internal "):
        return f"the {item.kind} of {item.item_id}"
    return f"the internal {item.kind} {item.item_id}"


def shared_note(item: Withheld, words: list[str]) -> str:
    listed = ", ".join(f"'{short(word)}'" for word in words)
    return (f"{listed} of {internal(item)} {'is' if len(words) == 1 else 'are'} also "
            "the name of a public item: not a leak where it appears in the public edition")


def quoted_note(item: Withheld, runs: list[str]) -> str:
    others = len(dict.fromkeys(runs)) - 1
    more = f" (and {others} other {'run' if others == 1 else 'runs'} of {RUN} words)" if others else ""
    return (f"the words '{short(runs[0])}'{more} of {internal(item)} are also written in "
            "a public text (quoted there): not a leak where they appear in the public edition")


def short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN else text[:SHOWN - 1].rstrip() + "…"


def sequence_reader(sequences: list[tuple[bytes, ...]], fixed: frozenset[bytes] = frozenset()) -> object | None:
    """A native reader (_leakscan.c) that finds these sequences of folded words, numbered in
    their order, and skips the attribute values `fixed`; None where the module was not built
    (the Python reading is then used) or a sequence is longer than it takes."""
    try:
        from . import _leakscan
    except ImportError:
        return None
    if any(len(words) > _leakscan.MAX_SEQUENCE for words in sequences):
        return None
    ids = dict(zip(dict.fromkeys(chain.from_iterable(sequences)), count(1)))
    return _leakscan.Reader(_FOLDED, list(ids), [tuple(map(ids.__getitem__, words)) for words in sequences],
                            sorted(fixed))


def native_reader(index: Index, fixed: frozenset[bytes]) -> tuple[object | None, list[list[int]]]:
    """The native reading of files (the same words, found the same way, in one pass over each
    file's bytes) for what `index` seeks, and for each sequence of words it is told to find,
    the numbers of what is sought that are those words; (None, []) where there is none."""
    sequences: dict[tuple[bytes, ...], list[int]] = dict(index.runs)
    for number in [*chain.from_iterable(index.single.values()),
                   *(number for anchored in index.several.values() for _, _, number in anchored)]:
        words = index.sought[number].words
        sequences[words] = [*sequences.get(words, ()), number]
    reader = sequence_reader(list(sequences), fixed)
    return (reader, list(sequences.values())) if reader is not None else (None, [])


def probes_of(runs: Iterable[tuple[bytes, ...]]) -> set[tuple[bytes, ...]]:
    """Every PROBE-word window of these runs (what the Python reading probes a text for first)."""
    return {run[start:start + PROBE] for run in runs for start in range(RUN - PROBE + 1)}
