"""The leak check: nothing of a withheld (internal) item is in a rendered public site.

`scan(folder, withheld, published_words)` reads every file of the rendered site once and
looks for each withheld item's words (its id, title, names, aliases) and for every run of
RUN consecutive words of its texts. A hit is a leak, reported as a Problem naming the
output file, what leaked and the item's source; the build fails on it before the site is
swapped in.

How a file is read, so that what a reader (or a script, or a search engine) could get out
of it is what is compared:
- JSON and JavaScript escapes (`\\u00e9`, `\\n`, `\\/`) and percent-escapes in addresses
  (`%C3%A9`) are decoded;
- the text between tags is one stream, so that a run of words broken by inline markup
  (`<a>`, `<em>`, a mention's link, a line break) is still a run; of each tag, the value of
  each attribute (`title=`, `alt=`, `content=`, links) is read on its own, and a comment
  whole, but not the tag's name nor its attributes' names, nor the values that the theme's
  templates write as they are (`id="main"`, `class="visually-hidden"`: theme_markup), which
  are markup, not words of the dossier. A site repeats a few tens of thousands of distinct
  tags millions of times: each is read once by a worker, and what it holds remembered. Then
  HTML entities (`&amp;`, `&#233;`) are decoded;
- everything is accent- and case-folded (NFKD, combining marks dropped, casefold; ø, ł, æ
  and the few letters no decomposition reaches spelt as without) and cut into words:
  letters and digits of any script; punctuation, symbols and spaces of any script part them.
  A withheld word of several words is found as a sequence of words;
- the search index's own files (Pagefind's `.pf_fragment`, `.pf_index`, `.pf_meta`,
  `.pf_filter`: gzip-compressed, with the signature `pagefind_dcd`) are decompressed; the
  fragments are JSON, whose strings are read (but a paragraph's text repeated for its
  anchor, which the page's whole text holds), the others CBOR, whose text strings are read
  one by one (the index holds stems, "whisper" for "Whisperer": what a page gives the index
  is in its fragment, whole, and in the page);
- each file's own path is read as words too (an id in a file name is a leak).

Skipped, as they hold no text the site's pages or scripts show: images (.png, .jpg, .gif,
.webp, .avif, .ico, .bmp, .tif), fonts (.woff, .woff2, .ttf, .otf, .eot), PDFs and other
binary originals copied as they are (.pdf: their text would need extracting; an internal
item's original is left out of the site by the edition, and its path is still checked),
WebAssembly (Pagefind's code: .wasm and its gzip-compressed `wasm.*.pagefind`), and any
other file that decodes to binary data (a NUL byte). Pagefind's own scripts (`pagefind.js`,
`pagefind-worker.js`, its UI's) are skipped too: minified code the same in every site, whose
short tokens read as any short id ("e2"); so are the files the build passes as fixed (the
theme's own scripts and stylesheets, copied unchanged: build.py). Their paths are still checked.

A site of 5,000 articles is a quarter of a gigabyte: each file is read once, by the native
reading (_leakscan.c: tags, entities, fold and words in one pass over the bytes, every sought
sequence found through a table of word ids as its last word is read) where it is built, else
by the Python one, with C-level operations on bytes (replace, translate, split, set lookups):
a set lookup of its words against the withheld single words, of the withheld words of several
words by their longest (then the whole sequence), and a probe of its runs (below). The two
find the same (tests/test_leakscan.py). The files are shared out among worker processes.

Not a leak: a withheld word that a public item's name shares (`published_words`, said
once as a note); a run of words made only of public names one after the other (a withheld
text listing public entities, as a list page shows them); and, told among the hits only, a
word or run that a public text writes too (`public_texts`: quoted there, said as a note).
"""
from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from pathlib import Path

import markupsafe

from . import i18n
from .errors import Problem, display_path
from .leakindex import (PROBE, RUN, STRIDE, Index, Sought, Withheld, internal, native_reader, probes_of,
                        quoted_note, sequence_reader, shared_note, short, text_parts, text_segments)
from .leakwords import TAG, cut, file_data, tag_values, unescaped, words_of
from .workers import forked_pool, worker_state

BINARY_SUFFIXES = frozenset((".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico", ".bmp", ".tif", ".tiff",
                             ".woff", ".woff2", ".ttf", ".otf", ".eot", ".pdf", ".wasm", ".zip", ".gz"))
_PAGEFIND_CODE = re.compile(r"(?:^|/)pagefind/(?:[^/]+/)*pagefind[\w.-]*\.js$")


# ---------------------------------------------------------------- the scan

def withheld_digest(withheld: Iterable[Withheld], published_words: Iterable[str] = ()) -> str | None:
    """What a scan looks for, as a digest (None: nothing): an incremental build scans only
    the files it writes when the previous build looked for the same."""
    items = sorted((item.item_id, item.kind, item.words, item.texts) for item in withheld)
    if not items:
        return None
    return hashlib.sha256(repr((items, sorted(published_words))).encode("utf-8", "surrogatepass")).hexdigest()


def site_files(folder: Path) -> list[str]:
    """Every file under `folder`, relative, '/'-separated, sorted."""
    found = []
    base = os.fspath(folder)
    for parent, folders, files in os.walk(base):
        folders.sort()
        relative = os.path.relpath(parent, base).replace(os.sep, "/")
        found += [name if relative == "." else f"{relative}/{name}" for name in files]
    return sorted(found)


# A word of the interface in a template: `{{ _("Main") }}`, written in the build's language
_INTERFACE_WORD = re.compile(r'\{\{ _\("((?:[^"\\]|\\.)*)"\) \}\}')


def _catalogue_word(interface: i18n.Interface, msgid: str) -> str:
    """The theme's word in the build's language: its catalogue's (a dossier's label is its own text)."""
    found = interface.catalogue.messages.get(msgid)
    return found if isinstance(found, str) else msgid


def theme_markup(theme: Path) -> frozenset[bytes]:
    """The attribute values that the theme's templates write as they are (`id="main"`,
    `class="visually-hidden"`, `aria-label="Main"`, or its translation when the template asks
    for the interface's word: `aria-label="{{ _("Main") }}"`): the theme's markup, not words of
    the dossier's, in any page (a value with another template expression in it is the dossier's)."""
    fixed = set()
    interface = i18n.active()
    for path in sorted((theme / "templates").rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            text = _INTERFACE_WORD.sub(lambda m: str(markupsafe.escape(_catalogue_word(interface, m.group(1)))), text)
            text = re.sub(r"\{([{%#]).*?[}%#]\}", "\x00", text, flags=re.S)
            for tag in TAG.findall(text.encode("utf-8")):
                fixed.update(value for value in tag_values(tag) if b"\x00" not in value and not tag.startswith(b"<!--"))
    return frozenset(fixed)


def skipped(relative: str) -> bool:
    """A file whose bytes are not read (its path still is): see the module's docstring."""
    return os.path.splitext(relative)[1].lower() in BINARY_SUFFIXES or bool(_PAGEFIND_CODE.search(relative))


class Scanner:
    """What a scan looks for, and how it reads a site's files for it (`hits`), then tells what it
    found (`report`). A site repeats a few tens of thousands of distinct tags millions of times
    (its lists, cards, links): each is read once, and what it holds remembered."""

    def __init__(self, withheld: Iterable[Withheld], published_words: Iterable[str] = frozenset(),
                 fixed: frozenset[bytes] = frozenset(), native: bool = True):
        self.index = Index(withheld, published_words)
        self.fixed = fixed                         # the theme's own attribute values (theme_markup)
        self.read_tags: set[bytes] = set()         # every tag read...
        self.tag_hits: dict[bytes, list[int]] = {}   # ...and those that hold something sought
        self.reader, self.numbers = native_reader(self.index, fixed) if native else (None, [])

    def hits(self, relative: str, data: bytes | None) -> list[int]:
        """The numbers of what is sought that the file `relative` holds in its path or in its
        bytes, `data` (None: not read, as `skipped`)."""
        path = words_of(relative, markup=False)
        found = self._numbers(self.reader.find(path)) if self.reader is not None else self.index.found_in(path)
        if data is not None and not skipped(relative) and (data := file_data(data)) is not None:
            data = unescaped(data)
            if self.reader is not None and (sequences := self.reader.scan(data)) is not None:
                return found + self._numbers(sequences)
            if b"<" not in data:
                return found + self.index.found_in(cut(data))
            parts = TAG.split(data)
            found += self.index.found_in(cut(b" ".join(parts[0::2])))
            tags = set(parts[1::2])
            new = tags - self.read_tags
            # (the values of the tags not read yet, at once: a word that is none, "<", parts them)
            if new and self.index.found_in([word for tag in new for value in tag_values(tag, self.fixed)
                                            for word in (b"<", *cut(value))]):
                for tag in new:
                    if numbers := [number for value in tag_values(tag, self.fixed)
                                   for number in self.index.found_in(cut(value))]:
                        self.tag_hits[tag] = numbers
            self.read_tags |= new
            if self.tag_hits:
                for tag in tags.intersection(self.tag_hits):
                    found += self.tag_hits[tag]
        return found

    def _numbers(self, sequences: list[int]) -> list[int]:
        """What is sought that is the sequences the native reader found."""
        return [number for sequence in sequences for number in self.numbers[sequence]]

    def report(self, hits: Iterable[tuple[str, list[int]]], public_texts: Iterable[str] = ()) \
            -> tuple[list[Problem], list[Problem]]:
        """The leaks among `hits` (each file with what it holds), one Problem per withheld word,
        or per item whose text is found, naming the first file it is in and how many others;
        and the notes: a withheld word or run that the public edition's own texts
        (`public_texts`) write too is theirs, not a leak (an internal entity's name in a public
        article, an internal note quoting one)."""
        hits = list(hits)
        written = self._written({number for _, numbers in hits for number in numbers}, public_texts)
        found: dict[tuple, tuple[Sought, list[str]]] = {}
        for relative, numbers in hits:
            for sought in (self.index.sought[number] for number in numbers if number not in written):
                key = (sought.item.item_id, sought.item.kind, sought.run, "" if sought.run else sought.shown)
                known = found.get(key)
                if known is None:
                    found[key] = (sought, [relative])
                    continue
                if sought.position < known[0].position:
                    known = found[key] = (sought, known[1])
                if known[1][-1] != relative:
                    known[1].append(relative)
        notes: dict[int, tuple[Withheld, list[str], list[str]]] = {}   # id of the item → it, its words, its runs
        for sought in sorted(map(self.index.sought.__getitem__, written), key=lambda s: (s.run, s.position)):
            item = notes.setdefault(id(sought.item), (sought.item, [], []))
            item[2 if sought.run else 1].append(sought.shown)
        return [_leak(sought, files) for sought, files in found.values()], [
            *self.index.notes, *(Problem(Path(item.path), item.line, note, severity="note")
                                 for item, words, runs in notes.values()
                                 for note in ([shared_note(item, words)] if words else [])
                                 + ([quoted_note(item, runs)] if runs else []))]

    def _written(self, numbers: set[int], texts: Iterable[str]) -> set[int]:
        """Those of `numbers` (hits) that one of `texts` writes: a word as a whole word, a run
        in one piece (as text_segments cuts it), found by the native reader where it is built,
        else probed for first, as a file is by the Python reading."""
        words: dict[int, bytes] = {}              # a withheld word hit → its words, joined
        runs: dict[tuple, list[int]] = {}         # a run hit → its numbers
        for number in numbers:
            sought = self.index.sought[number]
            if sought.run:
                runs.setdefault(sought.words, []).append(number)
            else:
                words[number] = b" " + b" ".join(sought.words) + b" "
        listed = list(runs)
        finder = sequence_reader(listed) if self.reader is not None and runs else None
        written: set[int] = set()
        probes: set[tuple] | None = None   # (for the Python reading: made once, when first needed)
        for text in texts:
            if not words and not runs:
                break
            if words:
                joined = b" " + b" ".join(words_of(text)) + b" "
                for number in [number for number, key in words.items() if key in joined]:
                    written.add(number)
                    del words[number]
            if not runs:
                continue
            # (the runs as the text shows its words, in pieces)
            if finder is not None and (numbers := finder.read(text_parts(text))) is not None:
                found = [listed[number] for number in numbers]
            else:
                if probes is None:
                    probes = probes_of(runs)
                found = [run for segment in text_segments(text) if len(segment) >= RUN
                         and not probes.isdisjoint(zip(*(segment[k::STRIDE] for k in range(PROBE))))
                         for run in runs.keys() & set(zip(*(segment[k:] for k in range(RUN))))]
            for run in found:
                if run in runs:
                    written.update(runs.pop(run))
        return written


BATCH = 64   # files a task of the scan's workers


def scan(folder: Path, withheld: Iterable[Withheld], published_words: Iterable[str] = frozenset(),
         workers: int = 1, scanned: Iterable[str] = (), fixed: frozenset[bytes] = frozenset(),
         public_texts: Iterable[str] = ()) -> tuple[list[Problem], list[Problem]]:
    """The leaks in the site rendered in `folder`, and the notes (Scanner.report; a withheld
    word that a public item shares, in `published_words`, is not looked for). `workers`: the
    processes that share out the files. `scanned`: files known clean (the same bytes as in
    the previous site, which was scanned for the same), left out. `fixed`: the theme's own
    attribute values (theme_markup)."""
    scanner = Scanner(withheld, published_words, fixed)
    if not scanner.index.sought:
        return [], scanner.index.notes
    known = set(scanned)
    files = [relative for relative in site_files(folder) if relative not in known]
    batches = [files[start:start + BATCH] for start in range(0, len(files), BATCH)]
    with forked_pool(min(workers, len(batches)), (Path(folder), scanner)) as pool:
        if pool is None:
            found = [_scan_files(Path(folder), scanner, batch) for batch in batches]
        else:
            found = list(pool.map(_scan_batch, batches))
    return scanner.report((hit for batch in found for hit in batch), public_texts)


def _scan_batch(batch: list[str]) -> list[tuple[str, list[int]]]:
    folder, scanner = worker_state()
    return _scan_files(folder, scanner, batch)


def _scan_files(folder: Path, scanner: Scanner, batch: list[str]) -> list[tuple[str, list[int]]]:
    """Each file of `batch` (paths relative to `folder`) with what it holds."""
    hits = []
    for relative in batch:
        data = None
        if not skipped(relative):
            with open(os.path.join(folder, *relative.split("/")), "rb") as file:
                data = file.read()
        if found := scanner.hits(relative, data):
            hits.append((relative, found))
    return hits


def _leak(sought: Sought, files: list[str]) -> Problem:
    item = sought.item
    source = display_path(Path(item.path)) + (f":{item.line}" if item.line else "")
    what = f"the words '{short(sought.shown)}' of its text" if sought.run else f"'{short(sought.shown)}'"
    others = len(files) - 1
    also = f" (and {others} other {'file' if others == 1 else 'files'})" if others else ""
    return Problem(Path(files[0]), None,
                   f"{what} of {internal(item)} ({source}) is "
                   f"published here{also}; the public edition must not show it: find what prints it (a template, "
                   "a public text, a name shared with it) and take it out, or make the item public")
