"""The search index: Pagefind, in shards that are rebuilt only when their pages change.

Pagefind (https://pagefind.app) is made for static sites: the browser downloads only the
index chunks a query needs, so a 5,000-article dossier stays fast and small to search.
Since 1.5 it folds diacritics when indexing ("herve" finds Hervé). Pages opt in with
`data-pagefind-body` (articles, summaries, entities); lists and the home page are not
indexed. The binary comes from the `pagefind[bin]` package on PyPI; its Python service
wrapper polls with a 0.1 s sleep per file (500 s at 5,000 pages), so the command line is
run instead.

Pagefind has no incremental mode: it reads every page each time (12.6 s at 5,000 articles).
So the indexed pages are split into shards of about SHARD_PAGES pages each, by a hash of
the page's path (a page stays in its shard from build to build). Each shard is a Pagefind
bundle of its own under `pagefind/<shard>/`, indexed from a folder of hard links to its
pages; a shard whose pages are all unchanged is hard-linked from the previous site. In the
browser, the theme's script loads the first shard and merges the others into it with
Pagefind's `mergeIndex` (`pagefind/shards.json` lists them): one query runs over every
shard and the results come back ranked together. Shards are indexed in parallel too.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .errors import DossierError

SEARCH_FOLDER = "pagefind"
SHARDS_FILE = "shards.json"
SHARD_PAGES = 200          # Pagefind indexes about 500 pages a second here: one shard ≈ 0.4 s
INDEXED_SECTIONS = ("articles", "summaries", "entities")
# What the browser needs is the API, its worker and wasm, and the index: not the bundled UIs.
_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
           "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")
# A merged shard is searched by the first shard's code: its own copy is never loaded.
_MERGED_UNUSED = ("pagefind.js", "pagefind-worker.js")


class SearchIndexError(DossierError):
    pass


def pagefind_executable() -> Path:
    try:
        from pagefind.service import get_executable
    except ImportError:
        get_executable = None
    executable = get_executable() if get_executable else None
    if executable is None:
        found = shutil.which("pagefind")
        if not found:
            raise SearchIndexError("the search index needs Pagefind, which is not installed; install "
                                   "dossier again (pip install -e .) or build with --no-search")
        executable = Path(found)
    return Path(executable)


def is_indexed_page(path: str) -> bool:
    """articles/<id>.html, summaries/<id>.html, entities/<id>.html (not the lists: index.html)."""
    parts = path.split("/")
    return (len(parts) == 2 and parts[0] in INDEXED_SECTIONS and parts[1].endswith(".html")
            and parts[1] != "index.html")


@dataclass(frozen=True)
class SearchShard:
    name: str                 # its folder under pagefind/
    pages: tuple[str, ...]    # site-relative paths of the pages it indexes
    fingerprint: str          # the pages' content hashes, the language and Pagefind's version


def shard_count(pages: int) -> int:
    """A power of two, so that the assignment of pages changes only when the dossier doubles."""
    count = 1
    while count * SHARD_PAGES < pages:
        count *= 2
    return count


def plan_shards(page_hashes: dict[str, str], language: str, tool: str) -> list[SearchShard]:
    """Split the indexed pages (path → content hash) into shards; empty shards are left out."""
    indexed = sorted(path for path in page_hashes if is_indexed_page(path))
    count = shard_count(len(indexed))
    members: list[list[str]] = [[] for _ in range(count)]
    for path in indexed:
        members[int.from_bytes(hashlib.blake2b(path.encode(), digest_size=4).digest(), "big") % count].append(path)
    width = len(str(count - 1))
    shards = []
    for number, pages in enumerate(members):
        if pages:
            # the first shard carries Pagefind's code for all: that is part of what it is
            digest = hashlib.blake2b(f"{tool}\0{language}\0{not shards}\0".encode(), digest_size=16)
            for path in pages:
                digest.update(f"{path}\0{page_hashes[path]}\n".encode())
            shards.append(SearchShard(f"s{number:0{width}d}-of-{count}", tuple(pages), digest.hexdigest()))
    return shards


def index_site_folder(folder: Path, language: str, page_hashes: dict[str, str] | None = None,
                      previous: Path | None = None, previous_shards: dict[str, str] | None = None,
                      workers: int = 2) -> dict[str, str]:
    """Write the search index into `folder/pagefind/` from the HTML pages already in `folder`.

    `page_hashes` (path → content hash) are the site's files (found on disk when not given).
    Shards whose fingerprint is in `previous_shards` are hard-linked from the `previous`
    site instead of indexed again. Returns each shard's fingerprint, by name.
    """
    if page_hashes is None:
        page_hashes = {p.relative_to(folder).as_posix(): "" for p in folder.glob("*/*.html")}
    executable, language, shards = _plan(page_hashes, language)
    (folder / SEARCH_FOLDER).mkdir(exist_ok=True)
    previous_shards = previous_shards or {}
    stale = [shard for shard in shards
             if previous is None or previous_shards.get(shard.name) != shard.fingerprint
             or not _link_tree(previous / SEARCH_FOLDER / shard.name, folder / SEARCH_FOLDER / shard.name)]
    _index_shards(executable, folder, stale, shards, language, workers)
    return {shard.name: shard.fingerprint for shard in shards}


def _plan(page_hashes: dict[str, str], language: str) -> tuple[Path, str, list[SearchShard]]:
    """Pagefind's executable, the language code it is given, and the shards."""
    executable = pagefind_executable()
    language = (language or "en").split("-")[0].lower()
    return executable, language, plan_shards(page_hashes, language, executable.name + _pagefind_version(executable))


def _index_shards(executable: Path, folder: Path, stale: list[SearchShard], shards: list[SearchShard],
                  language: str, workers: int, source=None) -> None:
    """Index the `stale` shards into folder/pagefind/, trim what the browser never loads, and
    write the list of every shard. `source(page)` is where a page is read (default: `folder`)."""
    bundle = folder / SEARCH_FOLDER
    _run_pagefind(executable, folder, stale, language, max(1, workers), source)
    for shard in stale:
        for name in _UNUSED + (_MERGED_UNUSED if shard is not shards[0] else ()):
            (bundle / shard.name / name).unlink(missing_ok=True)
    (bundle / SHARDS_FILE).write_text(json.dumps({"shards": [s.name for s in shards]}) + "\n", encoding="utf-8")


_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def indexed_text(html: str) -> str | None:
    """What Pagefind reads of a page: the data-pagefind-body element without the elements
    marked data-pagefind-ignore (markup included, so attributes such as meta count too).
    None when the page is not shaped as expected: then it counts as changed."""
    start = html.find("data-pagefind-body")
    if start < 0:
        return None
    start = html.rfind("<", 0, start)
    kept, depth, ignoring, cursor = [], 0, 0, start
    for tag in _TAG.finditer(html, start):
        closing, name, attributes, self_closing = tag.groups()
        name = name.lower()
        if name in _VOID or self_closing:
            continue
        if not closing:
            depth += 1
            if ignoring:
                ignoring += 1
            elif "data-pagefind-ignore" in attributes:
                kept.append(html[cursor:tag.start()])
                ignoring = 1
            continue
        depth -= 1
        if ignoring:
            ignoring -= 1
            if not ignoring:
                cursor = tag.end()
        if depth == 0:
            kept.append(html[cursor:tag.end()])
            return "".join(kept)
        if depth < 0:
            return None
    return None


def _search_unchanged(page: str, patch: Path, live: Path) -> bool:
    """True when an edited page's indexed part is the same as the live page's."""
    try:
        new = indexed_text((patch / page).read_text(encoding="utf-8"))
        old = indexed_text((live / page).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return False
    return new is not None and new == old


def update_search_index(patch: Path, live: Path, language: str, page_hashes: dict[str, str], changed: set[str],
                        previous_shards: dict[str, str], workers: int = 2) -> tuple[dict[str, str], list[str]]:
    """For an incremental build: index again only the shards whose pages changed, into
    `patch`/pagefind/, from the changed pages in `patch` and the others in the `live` site.
    Returns every shard's fingerprint, and the paths (in the site) that replace the live ones."""
    executable, language, shards = _plan(page_hashes, language)
    # A page whose change lies outside what is indexed (an entity's "Mentioned in" list, say)
    # leaves its shard as it is; the shard keeps its recorded fingerprint (a later full build,
    # which compares fingerprints of whole pages, indexes it again).
    searchable = {page for page in changed if is_indexed_page(page) and not _search_unchanged(page, patch, live)}
    fingerprints = {}
    stale = []
    for shard in shards:
        if shard.name in previous_shards and not searchable.intersection(shard.pages):
            fingerprints[shard.name] = previous_shards[shard.name]
        else:
            fingerprints[shard.name] = shard.fingerprint
            stale.append(shard)
    if not stale:
        return fingerprints, []
    (patch / SEARCH_FOLDER).mkdir(exist_ok=True)
    _index_shards(executable, patch, stale, shards, language, workers,
                  source=lambda page: (patch if page in changed else live) / page)
    return fingerprints, [f"{SEARCH_FOLDER}/{shard.name}" for shard in stale] + [f"{SEARCH_FOLDER}/{SHARDS_FILE}"]


def _run_pagefind(executable: Path, folder: Path, shards: list[SearchShard], language: str, workers: int,
                  source=None) -> None:
    """Index each shard into folder/pagefind/<shard> from a folder of hard links to its pages
    (taken from `folder`, or where `source(page)` says), `workers` Pagefind runs at a time."""
    source = source or (lambda page: folder / page)
    scratch = folder.parent / f".{folder.name}.search-{os.getpid()}"
    running: list[tuple[subprocess.Popen, SearchShard]] = []
    try:
        for shard in shards:
            pages = scratch / shard.name
            for section in {page.rsplit("/", 1)[0] for page in shard.pages}:
                (pages / section).mkdir(parents=True, exist_ok=True)
            for page in shard.pages:
                target = pages / page
                try:
                    os.link(source(page), target)
                except OSError:
                    shutil.copyfile(source(page), target)
            command = [str(executable), "--site", str(pages), "--output-path",
                       str(folder / SEARCH_FOLDER / shard.name), "--glob", "*/*.html",
                       "--force-language", language, "--keep-index-url", "--silent"]
            running.append((subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                             text=True), shard))
            while len(running) >= workers:
                _finish(running.pop(0))
        while running:
            _finish(running.pop(0))
    finally:
        for process, _ in running:
            process.kill()
            process.wait()
        shutil.rmtree(scratch, ignore_errors=True)


def _finish(job: tuple[subprocess.Popen, SearchShard]) -> None:
    process, shard = job
    out, err = process.communicate()
    if process.returncode != 0:
        detail = (err or out).strip().splitlines()[-1:] or ["no message"]
        raise SearchIndexError(f"Pagefind could not build the search index ({shard.name}): {detail[0]}; "
                               "build with --no-search to skip it")


def _link_tree(source: Path, target: Path) -> bool:
    """Hard-link every file of `source` under `target`; False (and nothing left) when it fails."""
    if not source.is_dir():
        return False
    try:
        for directory, _, names in os.walk(source):
            destination = os.path.join(target, os.path.relpath(directory, source))
            os.makedirs(destination, exist_ok=True)
            for name in names:
                os.link(os.path.join(directory, name), os.path.join(destination, name))
        return True
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        return False


@functools.cache
def _pagefind_version(executable: Path) -> str:
    """Part of each shard's fingerprint: another Pagefind version indexes everything again."""
    return subprocess.run([str(executable), "--version"], capture_output=True, text=True).stdout.strip()
