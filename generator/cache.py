"""The build cache in `.dossier-cache/` inside the dossier folder: content-addressed, disposable.

- what the loader made of each content file (records.py), found by the file's size and
  modification time (then the file is not even read) or else by a digest of its bytes;
- rendered Markdown, keyed by a digest of the text, the page it is on, the link setting, and
  fingerprints of everything else rendering depends on: the entities' ids, titles and names,
  the settings and the generator's own code (markup/keys.py: catalog_fingerprint), and the articles and
  summaries the text links to or cites (reference_fingerprint). What the last Markdown
  pass rendered with is kept in `meta`, so that a rendering a change of names cannot reach is
  kept under its new key (reuse_across_names), its HTML where it was (`body`).

The entries live in one SQLite database (Python's own sqlite3): a build reads what it
needs in one query and writes only new rows, so an edit to one article costs one row, not a
rewrite of the whole cache. A rendering is kept as its HTML and, apart, what the Markdown
pass learnt (mentions, citations, links): the build reads the latter for every document but
the HTML only for the pages it writes (cachestore.py), so the main process never holds every
body; the two live in tables of their own (`renders`, `bodies`), so that reading the small
rows does not page through the large ones. Values are JSON or text, never pickle: a dossier
folder received from someone else must not be able to run code through it. Deleting the
folder always gives a correct cold build; an unreadable or foreign cache is replaced;
entries unused for KEEP_BUILDS builds are dropped; a dossier where no cache can be written
builds without.

A cache is never more trusted than the Markdown it came from: the folder travels with the
dossier (a zip, a shared drive), and its bodies are shown as HTML, its records taken for
validated files. So every entry carries a MAC (HMAC-SHA256) made with a key of this user's,
kept outside any dossier (cachekeys.py: $XDG_CACHE_HOME/dossier/cache-key); a cache with an
entry that fails its check, or with tables other than those made here (a trigger would run
in our writes), was written on another machine or by another user, or changed by hand: it is
made anew with one note, and the build goes on cold. The stamp, the file records and the
tables are checked when the cache is opened; what is learnt of a rendering when it is read;
a body when a page reads it (CacheForged: the build starts again without the cache).

Beside the database, `search/` holds the search documents Pagefind last read (search.py):
kept so that the next build rewrites those files instead of creating and deleting thousands.
"""
from __future__ import annotations

import functools
import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG

from .cachekeys import NOFOLLOW, code_fingerprint, key_place, settled, sign, signed, signing_key
from .cachestore import SET_ASIDE, CacheForged, HtmlStore, cache_note, connect, reason_of
from .errors import Problem

CACHE_FOLDER = ".dossier-cache"
CACHE_FILE = "cache.sqlite3"
SEARCH_DOCUMENTS = "search"
FORMAT = 9
_TABLES = ("files", "renders")


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
    key: bytes = b""                  # this user's key, which signs every entry (signing_key)
    notes: list[Problem] = field(default_factory=list)   # why the cache was made anew or not used
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
            self._store = HtmlStore(self.folder / CACHE_FILE, self.key)
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
            rows = self.database.execute("SELECT key, CAST(meta AS BLOB), CAST(mac AS BLOB) FROM renders WHERE key IN "
                                         "(SELECT value FROM json_each(?))", (json.dumps(keys),)).fetchall()
        except sqlite3.Error:
            return {}
        key = self.key
        if not all([signed(key, mac, meta, "renders", row_key) for row_key, meta, mac in rows]):
            raise CacheForged(self.folder)
        # one JSON document for them all: a call per row costs as much as the parsing
        return dict(zip([row_key for row_key, _, _ in rows],
                        json.loads(b"[%s]" % b",".join(meta for _, meta, _ in rows))))

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
                texts = [(new, json.dumps(copy, ensure_ascii=False)) for (_, new, _), copy in zip(pairs, copies)]
                self.database.executemany("INSERT OR REPLACE INTO renders (key, meta, mac) VALUES (?, ?, ?)",
                                          [(new, text, sign(self.key, text, "renders", new)) for new, text in texts])
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
        name = f"rendering {part}"
        try:
            row = self.database.execute("SELECT CAST(value AS BLOB), CAST(mac AS BLOB) FROM meta WHERE key = ?",
                                        (name,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        if not signed(self.key, row[1], row[0], "meta", name):
            raise CacheForged(self.folder)
        return json.loads(row[0])

    def remember_rendering(self, fingerprint: str, basis: dict) -> None:
        """Record what this build's Markdown was rendered with, when it changed (save_cache
        writes it): a later build compares with it (markup/keys.py: reuse_across_names)."""
        self.rendering = {"fingerprint": fingerprint, "basis": basis}


def _stamp() -> str:
    return f"{FORMAT}:{code_fingerprint()}"


KEEP_BUILDS = 3   # entries unused for this many builds go (another build may run at the same time)


def open_cache(root: Path, enabled: bool = True) -> BuildCache:
    """The dossier's cache, made anew when missing, unreadable, from another version, or not
    signed with this user's key (with a note for the last two). A build without one, with a
    note, when the cache cannot be made or written, when the cache folder is a link (a dossier
    received from someone else could point it anywhere), or when this user has no key: nothing
    in the cache could be checked, and what a build wrote could never be read back."""
    folder, stamp = root / CACHE_FOLDER, _stamp()
    if not enabled:
        return BuildCache(None)
    if folder.is_symlink():   # a link could point where the cache must not write
        return BuildCache(None, notes=[cache_note(folder, "the cache folder is a link, which the build neither "
                                                          "follows nor replaces: building without a cache; "
                                                          "remove the link to have one")])
    try:
        key = signing_key()
    except (OSError, RuntimeError) as exc:
        return BuildCache(None, notes=[cache_note(folder, f"no key to check the cache could be kept in {key_place()} "
                                                          f"({reason_of(exc)}): building without the cache; "
                                                          "set XDG_CACHE_HOME to a folder you can write")])
    path, notes = folder / CACHE_FILE, []
    try:
        if not _own_files(folder):
            notes.append(cache_note(folder, SET_ASIDE))
        elif path.is_file():
            cache = _open_existing(path, stamp, key, notes)
            if cache is not None:
                return cache
        return BuildCache(folder, database=_create(folder, stamp, key), serial=1, key=key, notes=notes)
    except (OSError, sqlite3.Error) as exc:
        return BuildCache(None, notes=[cache_note(folder, f"the cache cannot be used ({reason_of(exc)}): building "
                                                          f"without it; delete {CACHE_FOLDER} if this lasts")])


def _open_existing(path: Path, stamp: str, key: bytes, notes: list[Problem]) -> BuildCache | None:
    """The cache in `path`, when it is this version's and signed with `key`; else None, with a
    note in `notes` when it is not signed or cannot be read (it is then made anew). Raises
    sqlite3.Error when it can be read but not written (the build goes without it)."""
    try:
        database = connect(path)
    except sqlite3.Error as exc:
        notes.append(_unreadable(path, exc))
        return None
    try:
        try:
            found = _read_signed(database, stamp, key)
        except _Unsigned:
            notes.append(cache_note(path.parent, SET_ASIDE))
            found = None
        except (sqlite3.Error, ValueError, TypeError) as exc:
            notes.append(_unreadable(path, exc))
            found = None
        if found is None:
            database.close()
            return None
        serial, files = found
        with database:   # this build's number, claimed now: a cache that cannot be written shows here
            database.execute("UPDATE meta SET value = ?, mac = ? WHERE key = 'serial'",
                             (str(serial), sign(key, str(serial), "meta", "serial")))
        return BuildCache(path.parent, files, database, serial, key=key)
    except BaseException:
        database.close()
        raise


_DATABASE_FILES = (CACHE_FILE, f"{CACHE_FILE}-wal", f"{CACHE_FILE}-shm")


def _own_files(folder: Path) -> bool:
    """Whether the database's files, where they exist, are files of their own: not links (a
    received dossier's could lead to any file of the user's, another program's database
    among them, which SQLite would write to as it opens it), nor hard links."""
    for name in _DATABASE_FILES:
        try:
            status = os.lstat(folder / name)
        except FileNotFoundError:
            continue
        if not S_ISREG(status.st_mode) or status.st_nlink != 1:
            return False
    return True


class _Unsigned(Exception):
    """The cache holds an entry not signed with this user's key, or tables not made here."""


def _read_signed(database: sqlite3.Connection, stamp: str, key: bytes) -> tuple[int, dict[str, tuple]] | None:
    """The last build's number and the file records of a cache of this version (None: of
    another), after checking its tables and the MACs of its stamp, number and records.
    Raises _Unsigned."""
    row = database.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
    if row is None or row[0] != stamp:
        return None    # another version's (or no cache of ours): replaced without a word
    if set(database.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")) != _schema():
        raise _Unsigned()
    meta = {name: (value, mac) for name, value, mac in
            database.execute("SELECT key, value, CAST(mac AS BLOB) FROM meta WHERE key IN ('stamp', 'serial')")}
    if not all(signed(key, mac, value, "meta", name)
               for name in ("stamp", "serial") for value, mac in [meta.get(name, (None, None))]):
        raise _Unsigned()
    files = {}
    for rel, digest, size, mtime, record, mac in database.execute("SELECT rel, digest, size, mtime, "
                                                                  "CAST(record AS BLOB), CAST(mac AS BLOB) FROM files"):
        if not signed(key, mac, record, "files", rel, digest, str(size), str(mtime)):
            raise _Unsigned()
        files[rel] = (digest, size, mtime, record.decode("utf-8"))
    return int(meta["serial"][0]) + 1, files


_SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT, mac BLOB)",
    "CREATE TABLE files (rel TEXT PRIMARY KEY, digest TEXT, size INTEGER, mtime INTEGER, record TEXT, mac BLOB)",
    "CREATE TABLE renders (key TEXT PRIMARY KEY, meta TEXT, mac BLOB) WITHOUT ROWID",
    "CREATE TABLE bodies (key TEXT PRIMARY KEY, snippets TEXT, snippets_mac BLOB, html TEXT, html_mac BLOB)",
    # When each rendering was last used, apart: a column of `bodies` would rewrite each row,
    # HTML and all, and one of `renders` would add a write of every row to each build.
    # (Not signed: a forged number can only drop entries.)
    "CREATE TABLE seen (key TEXT PRIMARY KEY, build INTEGER) WITHOUT ROWID",
    "CREATE INDEX seen_build ON seen (build)",
)


@functools.cache
def _schema() -> set[tuple]:
    """What sqlite_master holds for the tables made here, and nothing else: no trigger, view or other table."""
    database = sqlite3.connect(":memory:")
    try:
        for statement in _SCHEMA:
            database.execute(statement)
        return set(database.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    finally:
        database.close()


def _unreadable(path: Path, exc: Exception) -> Problem:
    return cache_note(path.parent, f"the cache could not be read ({reason_of(exc)}): it is made anew")


def _create(folder: Path, stamp: str, key: bytes) -> sqlite3.Connection:
    """An empty cache database, replacing whatever was there (it is ours, and stale)."""
    folder.mkdir(exist_ok=True)
    # (each name unlinked first: whatever a received dossier left there, a link to a file of
    # the user's among others, is removed, never written through)
    for name in (".gitignore", *_DATABASE_FILES, "cache.json"):   # cache.json: before 0.2
        (folder / name).unlink(missing_ok=True)
    descriptor = os.open(folder / ".gitignore", os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, 0o644)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write("*\n")
    database = connect(folder / CACHE_FILE)
    with database:
        for statement in _SCHEMA:
            database.execute(statement)
        database.executemany("INSERT INTO meta VALUES (?, ?, ?)",
                             [(name, value, sign(key, value, "meta", name)) for name, value in
                              (("stamp", stamp), ("serial", "1"))])
    return database


def discard_cache(root: Path) -> None:
    """Remove the cache database (after CacheForged): the next open_cache makes it anew."""
    folder = root / CACHE_FOLDER
    if not folder.is_symlink():
        for name in _DATABASE_FILES:
            try:
                (folder / name).unlink(missing_ok=True)
            except OSError:
                pass


def save_cache(cache: BuildCache) -> None:
    """Add the new file records, mark what this build used, drop what recent builds did not use.
    The connection stays open until close_cache: page workers still read bodies."""
    database, key = cache.database, cache.key
    if database is None:
        return
    try:
        with database:
            database.executemany("INSERT OR REPLACE INTO files (rel, digest, size, mtime, record, mac) "
                                 "VALUES (?, ?, ?, ?, ?, ?)",
                                 [(rel, digest, size, mtime, record,
                                   sign(key, record, "files", rel, digest, str(size), str(mtime)))
                                  for rel, (digest, size, mtime, record) in cache.new_files.items()])
            # (the keys go in as one JSON array: one statement instead of thousands)
            database.execute("INSERT OR REPLACE INTO seen (key, build) SELECT value, ? FROM json_each(?)",
                             (cache.serial, json.dumps(sorted(cache.used["renders"]))))
            stale = cache.serial - KEEP_BUILDS + 1
            for table in ("renders", "bodies"):
                database.execute(f"DELETE FROM {table} WHERE key IN (SELECT key FROM seen WHERE build < ?)", (stale,))
            database.execute("DELETE FROM seen WHERE build < ?", (stale,))
            database.execute("DELETE FROM files WHERE rel NOT IN (SELECT value FROM json_each(?))",
                             (json.dumps(sorted(cache.used["files"])),))
            if cache.rendering is not None:
                texts = [(f"rendering {part}", json.dumps(value, ensure_ascii=False))
                         for part, value in cache.rendering.items()]
                database.executemany("INSERT OR REPLACE INTO meta (key, value, mac) VALUES (?, ?, ?)",
                                     [(name, text, sign(key, text, "meta", name)) for name, text in texts])
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
