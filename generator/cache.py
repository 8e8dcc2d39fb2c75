"""The build cache in `.dossier-cache/` inside the dossier folder: content-addressed, disposable.

- what the loader made of each content file (records.py), found by the file's size and
  modification time (then the file is not even read) or else by a digest of its bytes;
- rendered Markdown, keyed by a digest of the text, the page it is on, the link setting, and
  fingerprints of everything else rendering depends on: the entities' ids, titles and names,
  the settings and the generator's own code (markup.catalog_fingerprint), and the articles and
  summaries the text links to or cites (markup.reference_fingerprint). What the last Markdown
  pass rendered with is kept in `meta`, so that a rendering a change of names cannot reach is
  kept under its new key (markup.reuse_across_names), its HTML where it was (`body`).

The entries live in one SQLite database (Python's own sqlite3): a build reads what it
needs in one query and writes only new rows, so an edit to one article costs one row, not a
rewrite of the whole cache. A rendering is kept as its HTML and, apart, what the Markdown
pass learnt (mentions, citations, links): the build reads the latter for every document
but the HTML only for the pages it writes (HtmlStore, StoredHtml), so the main process
never holds every body. The two live in tables of their own (`renders`, `bodies`): rows of
11 KB take a page of the database each, and reading what is learnt of 5,700 documents from
them touched 5,700 pages (40-80 ms of an edit's build) where the small rows fill 200. Values are JSON or text, never pickle: a dossier folder received
from someone else must not be able to run code through it. Deleting the folder always gives
a correct cold build; an unreadable or foreign cache is replaced; entries unused for
KEEP_BUILDS builds are dropped; a dossier where no cache can be written builds without.

Beside the database, `search/` holds the search documents Pagefind last read (search.py):
kept so that the next build rewrites those files instead of creating and deleting thousands.
"""
from __future__ import annotations

import functools
import hashlib
import importlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .errors import DossierError

CACHE_FOLDER = ".dossier-cache"
CACHE_FILE = "cache.sqlite3"
SEARCH_DOCUMENTS = "search"
FORMAT = 8
_TABLES = ("files", "renders")
# A file modified this recently is not trusted by its size and time alone: a second edit
# within the file system's time resolution could leave both unchanged.
RACY_NS = 2_000_000_000


def settled(mtime_ns: int) -> bool:
    """Whether a file modified at `mtime_ns` can be trusted unchanged while its size and time are."""
    return time.time_ns() - mtime_ns >= RACY_NS


def text_key(*parts: str) -> str:
    """The hash of the parts, each followed by a NUL (one update: half the time of one per part)."""
    return hashlib.sha256("\0".join((*parts, "")).encode("utf-8", "surrogatepass")).hexdigest()


def digest_of(*parts: object) -> str:
    """A short hash of strings, numbers and (nested) lists or tuples of them (through repr)."""
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


# The libraries that shape the output, by the module that names them.
RENDERING_LIBRARIES = {"markdown": "markdown", "jinja2": "jinja2", "nh3": "nh3", "pyyaml": "yaml",
                       "markupsafe": "markupsafe"}


@functools.cache
def code_fingerprint() -> str:
    """The generator's own code and the versions of the libraries that shape its output: a
    change to either invalidates everything (also between releases). Computed once per
    process: the code that runs is the code that was imported."""
    package = Path(__file__).resolve().parent
    return text_key(__version__, *library_versions(), *(p.read_text(encoding="utf-8") for p in sorted(package.glob("*.py"))))


@functools.cache
def library_versions() -> tuple[str, ...]:
    """The installed versions of RENDERING_LIBRARIES (fixed for the life of a process): the
    module's own __version__, or, for a module without one in its namespace (MarkupSafe 3), the
    size and time of its installed file. (importlib.metadata would take 25 ms to import,
    a tenth of a no-op build.)"""
    versions = []
    for name, module_name in RENDERING_LIBRARIES.items():
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            versions.append(f"{name} (missing)")
            continue
        version = module.__dict__.get("__version__")   # (not getattr: MarkupSafe 3.0 warns)
        if not isinstance(version, str):
            stat = os.stat(module.__file__) if getattr(module, "__file__", None) else None
            version = f"file {stat.st_size}:{stat.st_mtime_ns}" if stat else "unknown"
        versions.append(f"{name}=={version}")
    return tuple(versions)


def connect(path: Path) -> sqlite3.Connection:
    """A connection to the cache database. In WAL mode a commit need not wait for the disk
    (synchronous = NORMAL): a power cut may lose the last build's new entries, never corrupt
    the file (a rollback journal, where WAL is refused, keeps its full synchronisation)."""
    database = sqlite3.connect(path, timeout=60)
    mode = database.execute("PRAGMA journal_mode = WAL").fetchone()   # a no-op once the file is in WAL
    if mode and str(mode[0]).lower() == "wal":
        database.execute("PRAGMA synchronous = NORMAL")
    return database


class HtmlStore:
    """Rendered bodies kept in the cache database, read back when a page shows them.

    The main process never holds every body: Markdown workers write what they render here,
    and page workers read the bodies of the pages they write. Each process opens its own
    connection (a SQLite connection must not cross a fork)."""

    def __init__(self, path: Path):
        self.path = path
        self._connection: sqlite3.Connection | None = None
        self._pid = 0

    def connection(self) -> sqlite3.Connection:
        if self._connection is None or self._pid != os.getpid():
            self._connection = connect(self.path)
            self._pid = os.getpid()
        return self._connection

    def close(self) -> None:
        if self._connection is not None and self._pid == os.getpid():
            self._connection.close()
        self._connection = None

    def fetch(self, key: str) -> str:
        return self._column("html", key)

    def fetch_snippets(self, key: str) -> dict[str, str]:
        return json.loads(self._column("snippets", key))

    def _column(self, column: str, key: str) -> str:
        row = self.connection().execute(f"SELECT {column} FROM bodies WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise CacheMiss(f"a rendered document is no longer in {self.path} (another build of this dossier "
                            "ran at the same time and dropped it); build again")
        return row[0]

    def put(self, rows: list[tuple[str, str, str, str]], serial: int) -> None:
        """Store (key, meta JSON, snippets JSON, html) rows in one transaction."""
        with self.connection() as connection:
            connection.executemany("INSERT OR REPLACE INTO renders (key, meta) VALUES (?, ?)",
                                   [row[:2] for row in rows])
            connection.executemany("INSERT OR REPLACE INTO bodies (key, snippets, html) VALUES (?, ?, ?)",
                                   [(row[0], *row[2:]) for row in rows])
            connection.executemany("INSERT OR REPLACE INTO seen (key, build) VALUES (?, ?)",
                                   [(row[0], serial) for row in rows])

    def __getstate__(self) -> dict:       # pickled into a worker without its connection
        return {"path": self.path}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["path"])


class CacheMiss(DossierError):
    """A body the build stored was gone when its page was written: another build of the same
    dossier, running at the same time, dropped it. Building again fixes it."""


@dataclass(frozen=True)
class StoredHtml:
    """A rendered body that stays in the HtmlStore until a template shows it (`__html__`
    is what Jinja and markupsafe call; `|safe` works too)."""

    key: str
    store: HtmlStore

    def __html__(self) -> str:
        return self.store.fetch(self.key)

    def __str__(self) -> str:
        return self.__html__()

    def __len__(self) -> int:
        return len(self.__html__())


class StoredSnippets:
    """A rendered document's snippets (entity id → the words around its first mention), read
    from the HtmlStore the first time a page asks: an edit shows a few entity pages, and the
    snippets are most of what the cache holds about each document besides its HTML."""

    __slots__ = ("key", "store", "_snippets")

    def __init__(self, key: str, store: HtmlStore):
        self.key, self.store, self._snippets = key, store, None

    def get(self, entity_id: str, default: str = "") -> str:
        if self._snippets is None:
            self._snippets = self.store.fetch_snippets(self.key)
        return self._snippets.get(entity_id, default)


@dataclass
class BuildCache:
    folder: Path | None                      # None: a cache that is neither read nor written
    files: dict[str, tuple] = field(default_factory=dict)   # rel → (digest, size, mtime, record)
    database: sqlite3.Connection | None = None
    serial: int = 0                          # this build's number, for keeping recent entries
    new_files: dict[str, tuple] = field(default_factory=dict)
    used: dict[str, set[str]] = field(default_factory=lambda: {t: set() for t in _TABLES})
    hits: int = 0
    misses: int = 0
    rendering: dict | None = None     # what this build rendered with, to record (remember_rendering)
    _store: HtmlStore | None = None

    @property
    def search_documents(self) -> Path | None:
        """Where the search index's input may be kept between builds (None without a cache)."""
        return None if self.folder is None else self.folder / SEARCH_DOCUMENTS

    @property
    def store(self) -> HtmlStore | None:
        """Where rendered bodies go (None without a usable cache: they stay in memory)."""
        if self.database is None:
            return None
        if self._store is None:
            self._store = HtmlStore(self.folder / CACHE_FILE)
        return self._store

    @property
    def keeps_records(self) -> bool:
        return self.database is not None

    def record_by_stat(self, rel: str, size: int, mtime: int) -> str | None:
        """The record of a file whose size and modification time are those it was read with."""
        known = self.files.get(rel)
        if known is None or known[1] != size or known[2] != mtime:
            return None
        self.used["files"].add(rel)
        return known[3]

    def record_by_digest(self, rel: str, digest: str) -> str | None:
        """The record of a file with these bytes (touched, or written again the same)."""
        known = self.files.get(rel)
        return known[3] if known is not None and known[0] == digest else None

    def put_record(self, rel: str, digest: str, size: int, mtime: int, record: str) -> None:
        if not settled(mtime):
            size = -1    # found by its digest only, until a later build sees it settled
        row = (digest, size, mtime, record)
        if self.files.get(rel) != row:
            self.files[rel] = self.new_files[rel] = row
        self.used["files"].add(rel)

    def get_renders(self, keys: list[str]) -> list[dict | None]:
        """What the cache knows of each key's rendering besides its HTML (None: not cached)."""
        found = self.peek_renders(keys)
        results = []
        for key in keys:
            value = found.get(key)
            results.append(value)
            if value is None:
                self.misses += 1
            else:
                self.hits += 1
                self.used["renders"].add(key)
                if "body" in value:     # kept under another key (copy_renders)
                    self.used["renders"].add(value["body"])
        return results

    def rendered(self, key: str) -> None:
        """A rendering stored in the HtmlStore by this build."""
        self.used["renders"].add(key)

    def peek_renders(self, keys: list[str]) -> dict[str, dict]:
        """What the cache knows of those keys' renderings, by key, in one query (not counted
        as hits or marked used: get_renders does, and copy_renders)."""
        if self.database is None or not keys:
            return {}
        try:
            rows = self.database.execute("SELECT key, meta FROM renders WHERE key IN (SELECT value FROM json_each(?))",
                                         (json.dumps(keys),)).fetchall()
            # one JSON document for them all: a call per row costs as much as the parsing
            return dict(zip([key for key, _ in rows], json.loads(f"[{','.join(meta for _, meta in rows)}]")))
        except (sqlite3.Error, ValueError):
            return {}

    def copy_renders(self, pairs: list[tuple[str, str, dict]]) -> list[dict] | None:
        """Keep the renderings of the first keys under the second ones too, given what the
        cache knows of each (peek_renders); their HTML and snippets stay where they are, which
        the copy's `body` names. Returns what the cache now knows of the copies, or None when
        that failed (render them again)."""
        if self.database is None or not pairs:
            return None if pairs else []
        copies = [{**meta, "body": meta.get("body", old)} for old, _, meta in pairs]
        try:
            with self.database:
                self.database.executemany("INSERT OR REPLACE INTO renders (key, meta) VALUES (?, ?)",
                                          [(new, json.dumps(copy, ensure_ascii=False))
                                           for (_, new, _), copy in zip(pairs, copies)])
        except sqlite3.Error:
            return None
        self.hits, self.misses = self.hits + len(pairs), self.misses - len(pairs)
        self.used["renders"].update(new for _, new, _ in pairs)
        self.used["renders"].update(copy["body"] for copy in copies)
        return copies

    def last_rendering(self, part: str = "fingerprint") -> object:
        """What the last build that rendered Markdown rendered it with (see remember_rendering):
        its fingerprint, or `part` "basis" (None when unknown)."""
        if self.database is None:
            return None
        try:
            row = self.database.execute("SELECT value FROM meta WHERE key = ?", (f"rendering {part}",)).fetchone()
            return json.loads(row[0]) if row else None
        except (sqlite3.Error, ValueError):
            return None

    def remember_rendering(self, fingerprint: str, basis: dict) -> None:
        """Record what this build's Markdown was rendered with, when it changed (save_cache
        writes it): a later build compares with it (markup.reuse_across_names)."""
        self.rendering = {"fingerprint": fingerprint, "basis": basis}


def _stamp() -> str:
    return f"{FORMAT}:{code_fingerprint()}"


KEEP_BUILDS = 3   # entries unused for this many builds go (another build may run at the same time)


def open_cache(root: Path, enabled: bool = True) -> BuildCache:
    """The dossier's cache, made anew when missing, unreadable or from another version;
    a cache that cannot be made gives a build without one, and so does a cache folder that
    is a link (a dossier received from someone else could point it anywhere)."""
    folder, stamp = root / CACHE_FOLDER, _stamp()
    if not enabled or folder.is_symlink():   # a link could point where the cache must not write
        return BuildCache(None)
    path = folder / CACHE_FILE
    try:
        if path.is_file():
            try:
                database = connect(path)
                row = database.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
                if row is not None and row[0] == stamp:
                    serial = int(database.execute("SELECT value FROM meta WHERE key = 'serial'").fetchone()[0]) + 1
                    files = {row[0]: row[1:] for row in database.execute("SELECT rel, digest, size, mtime, record FROM files")}
                    return BuildCache(folder, files, database, serial)
                database.close()
            except (sqlite3.Error, ValueError, TypeError):
                pass
        return BuildCache(folder, database=_create(folder, stamp), serial=1)
    except (OSError, sqlite3.Error):
        return BuildCache(None)


def _create(folder: Path, stamp: str) -> sqlite3.Connection:
    """An empty cache database, replacing whatever was there (it is ours, and stale)."""
    folder.mkdir(exist_ok=True)
    (folder / ".gitignore").write_text("*\n", encoding="utf-8")
    for name in (CACHE_FILE, f"{CACHE_FILE}-wal", f"{CACHE_FILE}-shm", "cache.json"):   # cache.json: before 0.2
        (folder / name).unlink(missing_ok=True)
    database = connect(folder / CACHE_FILE)
    with database:
        database.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        database.execute("CREATE TABLE files (rel TEXT PRIMARY KEY, digest TEXT, size INTEGER, mtime INTEGER, record TEXT)")
        database.execute("CREATE TABLE renders (key TEXT PRIMARY KEY, meta TEXT) WITHOUT ROWID")
        database.execute("CREATE TABLE bodies (key TEXT PRIMARY KEY, snippets TEXT, html TEXT)")
        # When each rendering was last used, apart: a column of `bodies` would rewrite each row,
        # HTML and all (40 MB a build at 5,000 articles), and one of `renders` would add a
        # write of every row to each build.
        database.execute("CREATE TABLE seen (key TEXT PRIMARY KEY, build INTEGER) WITHOUT ROWID")
        database.execute("CREATE INDEX seen_build ON seen (build)")
        database.executemany("INSERT INTO meta VALUES (?, ?)", [("stamp", stamp), ("serial", "0")])
    return database


def save_cache(cache: BuildCache) -> None:
    """Add the new file records, mark what this build used, drop what recent builds did not use.
    The connection stays open until close_cache: page workers still read bodies."""
    database = cache.database
    if database is None:
        return
    try:
        with database:
            database.executemany("INSERT OR REPLACE INTO files (rel, digest, size, mtime, record) VALUES (?, ?, ?, ?, ?)",
                                 [(rel, *row) for rel, row in cache.new_files.items()])
            # (the keys go in as one JSON array: one statement instead of thousands)
            database.execute("INSERT OR REPLACE INTO seen (key, build) SELECT value, ? FROM json_each(?)",
                             (cache.serial, json.dumps(sorted(cache.used["renders"]))))
            stale = cache.serial - KEEP_BUILDS + 1
            for table in ("renders", "bodies"):
                database.execute(f"DELETE FROM {table} WHERE key IN (SELECT key FROM seen WHERE build < ?)", (stale,))
            database.execute("DELETE FROM seen WHERE build < ?", (stale,))
            database.execute("DELETE FROM files WHERE rel NOT IN (SELECT value FROM json_each(?))",
                             (json.dumps(sorted(cache.used["files"])),))
            database.execute("UPDATE meta SET value = ? WHERE key = 'serial'", (str(cache.serial),))
            if cache.rendering is not None:
                database.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                                     [(f"rendering {part}", json.dumps(value, ensure_ascii=False))
                                      for part, value in cache.rendering.items()])
    except sqlite3.Error:
        pass
    cache.files, cache.new_files = {}, {}   # read by the loader only: let the memory go before pages fork


def close_cache(cache: BuildCache) -> None:
    """Close this process's connections (the last one to close folds the WAL into the file)."""
    if cache._store is not None:
        cache._store.close()
    if cache.database is not None:
        cache.database.close()
        cache.database = None
