"""The search index: Pagefind, in shards that are rebuilt only when their pages change.

Pagefind (https://pagefind.app) is made for static sites: the browser downloads only the
index chunks a query needs, so a 5,000-article dossier stays fast and small to search.
Since 1.5 it folds diacritics when indexing ("herve" finds Hervé). Pages opt in with
`data-pagefind-body` (articles, summaries, entities); lists and the home page are not
indexed. The binary comes from the `pagefind[bin]` package on PyPI; its Python service
wrapper sleeps between files (minutes for a large dossier), so the command line is run
instead.

Pagefind has no incremental mode: it reads every page each time. So the indexed pages are
split into shards of about SHARD_PAGES pages each, by a hash of the page's path (a page
stays in its shard from build to build). Each shard is a Pagefind bundle of its own under
`pagefind/<shard>/`, indexed from a folder of its pages' search documents
(`search_document`: the head and the indexed element, without what Pagefind ignores: fewer
bytes for Pagefind to read, for the same index); a shard whose pages are all unchanged is
hard-linked from the previous site. In the browser, the theme's script loads the first
shard and merges the others into it with Pagefind's `mergeIndex` (`pagefind/shards.json`
lists them): one query runs over every shard and the results come back ranked together.
Shards are indexed in parallel too.

Each page is indexed in its language, so that its words are stemmed as that language's
(a French "chevaux" is found by "cheval"). A page in another language than the site's (an
article or summary with its own `language:`, marked `lang` on its text; the page's `<html
lang>` stays the site's, as its header, navigation and footer are) goes into shards of its
language's own, `pagefind/<lang>-sN-of-M/`, indexed with `--force-language <lang>`:
Pagefind reads a page's language from `<html lang>` only, and has no per-element language.
shards.json lists the site language's shards under "shards" and the others' under
"languages". The browser searches each language with a Pagefind of its own (its first
shard's script, which loads that language's stemmer; the language's other shards merged
into it), and ranks their results together: Pagefind's mergeIndex searches a merged index
with the first shard's stemmer, which would stem French words as English ones.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import DossierError
from .workers import child_dies_with_parent, dying_with_this_process
from .manifest import PreviousSite

SEARCH_FOLDER = "pagefind"
SHARDS_FILE = "shards.json"
SHARD_PAGES = 200          # pages a shard: an edit indexes again one shard, a fraction of a second
INDEXED_SECTIONS = ("articles", "summaries", "entities")
# What the browser needs is the API, its worker and wasm, and the index: not the bundled UIs.
_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
           "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")
# A merged shard is searched by the first shard's code: its own copy is never loaded.
_MERGED_UNUSED = ("pagefind.js", "pagefind-worker.js")
# What the indexed pages show to find one's way rather than to be read, left out of the index
# (and so of the results' snippets) whichever template shows it: a page's kind and outlet
# line (its type and outlet are metadata), its tags, the access notices, an entity's
# relations (each repeats the entity's name; the other ends have pages of their own). The
# rendered texts and the theme mark their own such parts data-pagefind-ignore: citation
# brackets, ¶ links, the sources list, "Cite this page".
NOT_INDEXED_SELECTORS = ".kicker, .tags, .notice, #relations"


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
    language: str = ""        # what its pages are indexed as (a primary language subtag: fr)
    first: bool = True        # the first of its language's: it carries Pagefind's code for them


def shard_count(pages: int) -> int:
    """A power of two, so that the assignment of pages changes only when the dossier doubles."""
    count = 1
    while count * SHARD_PAGES < pages:
        count *= 2
    return count


def plan_shards(digests: dict[str, str], language: str, tool: str,
                page_languages: dict[str, str] | None = None) -> list[SearchShard]:
    """Split the indexed pages (path → digest of its search document, see document_digest)
    into shards, the site's `language` first, then each other language of `page_languages`
    (path → primary language subtag, for the pages not in the site's); empty shards are left
    out. A shard's fingerprint is made of its pages' digests: what Pagefind would read of
    them, not their whole HTML."""
    indexed = sorted(path for path in digests if is_indexed_page(path))
    groups: dict[str, list[str]] = {language: []}
    for path in indexed:
        groups.setdefault((page_languages or {}).get(path) or language, []).append(path)
    shards: list[SearchShard] = []
    for group, paths in groups.items():
        shards += _language_shards(digests, paths, group, "" if group == language else f"{group}-", tool)
    return shards


def _language_shards(digests: dict[str, str], indexed: list[str], language: str, prefix: str,
                     tool: str) -> list[SearchShard]:
    """The shards of one language's pages, named `<prefix>sN-of-M`."""
    count = shard_count(len(indexed))
    members: list[list[str]] = [[] for _ in range(count)]
    for path in indexed:
        members[int.from_bytes(hashlib.blake2b(path.encode(), digest_size=4).digest(), "big") % count].append(path)
    width = len(str(count - 1))
    shards: list[SearchShard] = []
    for number, pages in enumerate(members):
        if pages:
            # the first shard carries Pagefind's code for all: that is part of what it is
            digest = hashlib.blake2b(f"{tool}\0{language}\0{not shards}\0".encode(), digest_size=16)
            for path in pages:
                digest.update(f"{path}\0{digests[path]}\n".encode())
            shards.append(SearchShard(f"{prefix}s{number:0{width}d}-of-{count}", tuple(pages), digest.hexdigest(),
                                      language, not shards))
    return shards


def document_digest(document: bytes) -> str:
    """What Pagefind makes of a search document, as a digest: its bytes, less the tags of
    the plain links in it (mention links, external links), which Pagefind reads through:
    an index is byte for byte the same with or without them (tried with Pagefind 1.5.2).
    An alias or a name given to an entity links its words in hundreds of texts, whose pages
    change but whose shards then need not be indexed again. A link with an id (Pagefind
    keeps an anchor's extent) or any attribute not known to be inert stays in."""
    return DIGEST_SCHEME + hashlib.blake2b(_without_inert_links(document), digest_size=12).hexdigest()


def _without_inert_links(document: bytes) -> bytes:
    """`document` less the tags of its inert links. Mostly every link is inert, in the form
    the templates and Markdown write: then their start tags go in one pass and every end tag
    in another (several times faster than pairing each start tag with its end)."""
    quick = _INERT_LINK_START.sub(b"", document)
    if _ANY_LINK_START.search(quick) is None:
        return _LINK_END.sub(b"", quick)
    return _LINK_TAG.sub(_inert_link_tag, document)


# Marks the digests made as document_digest makes them now: a digest recorded by a version
# that made them otherwise (of the document's bytes alone, inert links included) is made again.
DIGEST_SCHEME = "nolinks-"


def _known_digest(known: dict[str, str], page: str) -> str | None:
    digest = known.get(page)
    return digest if digest is not None and digest.startswith(DIGEST_SCHEME) else None


# An <a> start tag and its end tag (a link holds no other link); the attributes a link may
# carry and still be read through by Pagefind.
_LINK_TAG = re.compile(rb"""<a(?=[\s>])(?:[^>"']|"[^"]*"|'[^']*')*>(.*?)</a\s*>""", re.IGNORECASE | re.DOTALL)
_INERT_LINK_ATTRIBUTES = frozenset([b"href", b"class", b"data-entity", b"rel", b"title"])
_INERT_LINK_START = re.compile(rb'<a(?:\s+(?:' + b"|".join(map(re.escape, sorted(_INERT_LINK_ATTRIBUTES)))
                               + rb')="[^"]*")*\s*>')
_ANY_LINK_START = re.compile(rb"<a[\s>]", re.IGNORECASE)
_LINK_END = re.compile(rb"</a\s*>", re.IGNORECASE)


def _inert_link_tag(link: re.Match) -> bytes:
    start = link.group(0)[:link.start(1) - link.start(0)]
    names = _ATTRIBUTE_NAME.findall(start[2:].lower())
    return link.group(1) if _INERT_LINK_ATTRIBUTES.issuperset(names) and b"<a" not in link.group(1).lower() else link.group(0)


def index_site_folder(folder: Path, language: str, page_hashes: dict[str, str] | None = None,
                      previous: PreviousSite | None = None, workers: int = 2,
                      workspace: Path | None = None,
                      page_languages: dict[str, str] | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """Write the search index into `folder/pagefind/` from the HTML pages already in `folder`.

    `page_hashes` (path → content hash) are the site's files (found on disk when not given).
    A shard whose pages' search documents are those of the `previous` site's shard is
    hard-linked from it instead of indexed again: a change outside what Pagefind reads (a
    template's header or footer, an entity's "Mentioned in" list, the related articles a
    new clipping changes on other pages) indexes nothing again. `workspace` is a folder of
    the dossier's where Pagefind's input may be kept from build to build. `page_languages`:
    the pages in another language than the site's, with theirs (see plan_shards). Returns
    each shard's fingerprint, by name, and each indexed page's document digest.
    """
    if page_hashes is None:
        page_hashes = {p.relative_to(folder).as_posix(): "" for p in folder.glob("*/*.html")}
    executable, language, tool = _tool(language)
    pages = sorted(page for page in page_hashes if is_indexed_page(page))
    digests = _known_digests(folder, pages, page_hashes, previous)
    shards = plan_shards(digests or dict.fromkeys(pages, ""), language, tool, page_languages)
    (folder / SEARCH_FOLDER).mkdir(exist_ok=True)
    stale = [shard for shard in shards
             if not digests or previous.search_shards.get(shard.name) != shard.fingerprint
             or not _link_tree(previous.folder / SEARCH_FOLDER / shard.name, folder / SEARCH_FOLDER / shard.name)]
    digests.update(_index_shards(executable, folder, stale, shards, language, workers, workspace))
    return {shard.name: shard.fingerprint for shard in plan_shards(digests, language, tool, page_languages)}, digests


def _known_digests(folder: Path, pages: list[str], page_hashes: dict[str, str],
                   previous: PreviousSite | None) -> dict[str, str]:
    """Each page's document digest, when the previous build recorded them: kept for a page
    whose file is unchanged, else made from the page in `folder`. Empty without them (a
    first build indexes every shard, and learns the digests as it writes the documents)."""
    if previous is None or not previous.search_documents:
        return {}
    known = previous.search_documents
    return {page: (previous.hashes.get(page) == page_hashes[page] and _known_digest(known, page))
            or document_digest(search_document((folder / page).read_bytes())) for page in pages}


def _tool(language: str) -> tuple[Path, str, str]:
    """Pagefind's executable, the language code it is given, and what names its version."""
    executable = pagefind_executable()
    return (executable, (language or "en").split("-")[0].lower(),
            executable.name + _pagefind_version(executable) + "\0" + NOT_INDEXED_SELECTORS)


def _index_shards(executable: Path, folder: Path, stale: list[SearchShard], shards: list[SearchShard],
                  language: str, workers: int, workspace: Path | None, source=None) -> dict[str, str]:
    """Index the `stale` shards into folder/pagefind/, trim what the browser never loads, and
    write the list of every shard. `source(page)` is where a page is read (default: `folder`);
    `workspace` is where search documents may be kept between builds (see _documents_folder).
    Returns the digests of the documents indexed."""
    bundle = folder / SEARCH_FOLDER
    digests = _run_pagefind(executable, folder, stale, language, max(1, workers),
                            source or (lambda page: folder / page), workspace, {shard.name for shard in shards})
    for shard in stale:
        for name in _UNUSED + (_MERGED_UNUSED if not shard.first else ()):
            (bundle / shard.name / name).unlink(missing_ok=True)
    (bundle / SHARDS_FILE).write_text(json.dumps(shard_list(shards, language)) + "\n", encoding="utf-8")
    return digests


def shard_list(shards: list[SearchShard], language: str) -> dict:
    """What shards.json holds: the site language's shards ("shards"), and the shards of each
    other language ("languages": language → its shards), which the browser searches apart."""
    listed: dict = {"shards": [s.name for s in shards if s.language == language]}
    others: dict[str, list[str]] = {}
    for shard in shards:
        if shard.language != language:
            others.setdefault(shard.language, []).append(shard.name)
    if others:
        listed["languages"] = others
    return listed


# What an element's start tag says of it: its name, its attributes, and whether it closes itself.
_START_TAG = re.compile(rb"""<([a-z][a-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(/?)>""")
_ATTRIBUTE_NAME = re.compile(rb"""[\s/]([^\s=/>"']+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?""")
_VOID = {b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"source",
         b"track", b"wbr"}
_NAME_ENDS = frozenset(b" \t\n\r\f/>")
BODY_ATTRIBUTE = b"data-pagefind-body"
IGNORE_ATTRIBUTE = b"data-pagefind-ignore"
# What Pagefind reads even where it indexes no text: metadata, filters, sort keys.
_READ_ANYWHERE = re.compile(rb"data-pagefind-(?:body|meta|filter|sort|default-meta)")


def search_document(html: bytes) -> bytes:
    """The page (UTF-8) as Pagefind needs to read it: the page up to its <body> tag, then
    the data-pagefind-body element without the elements marked data-pagefind-ignore.

    Pagefind reads whole pages and indexes only that element; given this, it builds the
    same index from a fraction of the bytes (an entity page's "Mentioned in" list, which
    is ignored, is most of it). Whatever Pagefind could read in a part left out (metadata,
    filters or sort keys outside the element or in an ignored one, a second body element)
    keeps that part in; a page not shaped as expected is given whole.

    Tags and attributes are looked for in a lower-cased copy (HTML's names ignore case;
    bytes.lower() changes ASCII letters only, so every position holds in the page too)."""
    lowered = html.lower()
    body = _attribute_tag(lowered, BODY_ATTRIBUTE, 0, len(lowered))
    if body is None:
        return html
    body_start, body_name = body
    body_end = _element_end(lowered, body_start, body_name)
    page_body = lowered.rfind(b"<body", 0, body_start)
    if body_end is None or page_body < 0:
        return html
    if _READ_ANYWHERE.search(lowered, page_body, body_start) or _READ_ANYWHERE.search(lowered, body_end):
        return html
    kept, cursor, at = [html[:lowered.index(b">", page_body) + 1]], body_start, body_start
    while (ignored := _attribute_tag(lowered, IGNORE_ATTRIBUTE, at, body_end)) is not None:
        start, name = ignored
        end = _element_end(lowered, start, name)
        if end is None or end > body_end:
            return html
        if _READ_ANYWHERE.search(lowered, start, end):
            at = lowered.index(b">", start)       # kept: look for ignored elements inside it
            continue
        kept.append(html[cursor:start])
        cursor = at = end
    kept.append(html[cursor:body_end])
    kept.append(b"</body></html>\n")
    return b"".join(kept)


def _attribute_tag(lowered: bytes, attribute: bytes, start: int, end: int) -> tuple[int, bytes] | None:
    """Where the first start tag carrying `attribute` begins (from `start`), and its name."""
    at = lowered.find(attribute, start, end)
    while at >= 0:
        tag_start = lowered.rfind(b"<", start, at)
        tag = _START_TAG.match(lowered, tag_start) if tag_start >= 0 else None
        if tag and tag.end() > at and attribute in _ATTRIBUTE_NAME.findall(tag.group(2)):
            return tag_start, tag.group(1)
        at = lowered.find(attribute, at + len(attribute), end)
    return None


def _element_end(lowered: bytes, start: int, name: bytes) -> int | None:
    """Where the element whose start tag begins at `start` ends (None when it never does).
    Only the tags of its own name are looked at (found with `find`, cheaper than a scan of
    every tag): nothing else can close it."""
    first = _START_TAG.match(lowered, start)
    if name in _VOID or first.group(3):
        return first.end()
    opening, closing = b"<" + name, b"</" + name
    depth, at = 1, first.end()
    while (close := lowered.find(closing, at)) >= 0:
        opened = lowered.find(opening, at, close)
        while opened >= 0:
            following = opened + len(opening)
            if following < len(lowered) and lowered[following] in _NAME_ENDS:
                tag = _START_TAG.match(lowered, opened)
                if tag is not None and not tag.group(3):
                    depth += 1
            opened = lowered.find(opening, opened + len(opening), close)
        at = close + len(closing)
        if at < len(lowered) and lowered[at] in _NAME_ENDS:
            depth -= 1
            if depth == 0:
                tag_end = lowered.find(b">", at)
                return None if tag_end < 0 else tag_end + 1
    return None


def update_search_index(patch: Path, live: Path, language: str, page_hashes: dict[str, str], changed: set[str],
                        previous: PreviousSite, workers: int = 2, workspace: Path | None = None,
                        page_languages: dict[str, str] | None = None
                        ) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """For an incremental build: index again only the shards where what Pagefind reads of a
    page changed, into `patch`/pagefind/, from the changed pages in `patch` and the others in
    the `live` site. Returns every shard's fingerprint, every indexed page's document digest,
    and the paths (in the site) that replace the live ones."""
    executable, language, tool = _tool(language)
    known = previous.search_documents
    digests = {page: (page not in changed and _known_digest(known, page))
               or document_digest(search_document(((patch if page in changed else live) / page).read_bytes()))
               for page in sorted(page_hashes) if is_indexed_page(page)}
    shards = plan_shards(digests, language, tool, page_languages)
    fingerprints = {shard.name: shard.fingerprint for shard in shards}
    stale = [shard for shard in shards if previous.search_shards.get(shard.name) != shard.fingerprint]
    if not stale:
        return fingerprints, digests, []
    (patch / SEARCH_FOLDER).mkdir(exist_ok=True)
    _index_shards(executable, patch, stale, shards, language, workers, workspace,
                  source=lambda page: (patch if page in changed else live) / page)
    return fingerprints, digests, [f"{SEARCH_FOLDER}/{shard.name}" for shard in stale] + [f"{SEARCH_FOLDER}/{SHARDS_FILE}"]


def _run_pagefind(executable: Path, folder: Path, shards: list[SearchShard], language: str, workers: int,
                  source, workspace: Path | None, every_shard: set[str]) -> dict[str, str]:
    """Index each shard into folder/pagefind/<shard> from a folder of its pages' search
    documents (made from the pages where `source(page)` says), `workers` Pagefind runs at a
    time. The next shard's documents are written while those run."""
    running: list[tuple[subprocess.Popen, SearchShard]] = []
    digests: dict[str, str] = {}
    with _documents_folder(folder, workspace) as documents:
        if documents == workspace:
            _prune_workspace(workspace, every_shard)
        try:
            for shard in shards:
                pages = documents / shard.name
                digests.update(_write_documents(pages, shard.pages, source))
                command = [str(executable), "--site", str(pages), "--output-path",
                           str(folder / SEARCH_FOLDER / shard.name), "--glob", "*/*.html",
                           "--force-language", shard.language or language, "--exclude-selectors", NOT_INDEXED_SELECTORS,
                           "--keep-index-url", "--silent"]
                while len(running) >= workers:
                    _finish(running[0])   # (still listed while it runs: an interruption kills it below)
                    running.pop(0)
                running.append((subprocess.Popen(dying_with_this_process(command), stdout=subprocess.PIPE,
                                                 stderr=subprocess.PIPE, text=True,
                                                 preexec_fn=child_dies_with_parent()), shard))
            while running:
                _finish(running[0])
                running.pop(0)
        finally:
            for process, _ in running:
                process.kill()
                process.wait()
    return digests


@contextmanager
def _documents_folder(site: Path, workspace: Path | None):
    """Where the search documents are written: the dossier's `workspace`, kept from build to
    build, when no other build is using it; else a scratch folder beside the site, removed
    afterwards. (Files rewritten in place cost less than new ones, and removing thousands
    of files slows the creation of the next thousands on some file systems: ext4 without a
    journal skips recently freed inodes one by one.)"""
    lock = _lock(workspace) if workspace is not None else None
    if lock is not None:
        try:
            yield workspace
        finally:
            os.close(lock)
        return
    scratch = site.parent / f".{site.name}.search-{os.getpid()}"
    try:
        yield scratch
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


WORKSPACE_LOCK = "dossier-search.lock"
_SHARD_NAME = re.compile(r"(?:[a-z]{2,3}-)?s[0-9]+-of-[0-9]+")


def _lock(workspace: Path) -> int | None:
    """An open descriptor holding the workspace's lock (released when closed, or when the
    process ends however it ends), or None when another build holds it or it cannot be had.

    The workspace must be a folder this tool made (its lock file is the sign: a folder
    without one is used only while empty), not a link: the build removes what it does not
    expect in it, and must never do so elsewhere."""
    try:
        import fcntl
    except ImportError:
        return None
    lock = workspace / WORKSPACE_LOCK
    try:
        if not os.path.lexists(workspace):
            workspace.mkdir()
        if workspace.is_symlink() or not workspace.is_dir() or not (os.path.lexists(lock) or _empty(workspace)):
            return None
        descriptor = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError:
        return None
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return descriptor
    except OSError:
        os.close(descriptor)
        return None


def _empty(folder: Path) -> bool:
    with os.scandir(folder) as entries:
        return next(entries, None) is None


def _write_documents(folder: Path, pages: tuple[str, ...], source) -> dict[str, str]:
    """The pages' search documents under `folder`, and nothing else there; returns their digests."""
    wanted: dict[str, set[str]] = {}
    for page in pages:
        section, name = page.rsplit("/", 1)
        wanted.setdefault(section, set()).add(name)
    if folder.is_dir() and not folder.is_symlink():
        for entry in os.scandir(folder):
            if entry.is_dir(follow_symlinks=False) and entry.name in wanted:
                for file in os.scandir(entry.path):
                    if file.name not in wanted[entry.name] or not file.is_file(follow_symlinks=False):
                        _remove(file)
            else:
                _remove(entry)
    elif os.path.lexists(folder):
        os.unlink(folder)
    for section in wanted:
        (folder / section).mkdir(parents=True, exist_ok=True)
    base, digests = str(folder), {}
    for page in pages:
        with open(source(page), "rb") as file:
            document = search_document(file.read())
        _rewrite(f"{base}/{page}", document)
        digests[page] = document_digest(document)
    return digests


def _rewrite(path: str, data: bytes) -> None:
    """Write `data` to `path`, in place when the file there is one of its own; a hard link
    (a received dossier's cache may hold them) is replaced, never written through."""
    no_link = getattr(os, "O_NOFOLLOW", 0)   # (not on Windows)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | no_link, 0o644)
    if os.fstat(descriptor).st_nlink > 1:
        os.close(descriptor)
        os.unlink(path)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | no_link, 0o644)
    with open(descriptor, "wb") as file:
        file.truncate()
        file.write(data)


def _remove(entry: os.DirEntry) -> None:
    if entry.is_dir(follow_symlinks=False):
        shutil.rmtree(entry.path)
    else:
        os.unlink(entry.path)


def _prune_workspace(workspace: Path, names: set[str]) -> None:
    """Remove the documents of shards that no longer exist (the dossier doubled or halved)."""
    for entry in os.scandir(workspace):
        if _SHARD_NAME.fullmatch(entry.name) and entry.name not in names:
            _remove(entry)


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
