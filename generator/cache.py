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
pass learnt (mentions, citations, links): the build reads the latter for every document
but the HTML only for the pages it writes (HtmlStore, StoredHtml), so the main process
never holds every body. The two live in tables of their own (`renders`, `bodies`): rows of
11 KB take a page of the database each, and reading what is learnt of 5,700 documents from
them touched 5,700 pages (40-80 ms of an edit's build) where the small rows fill 200. Values are JSON or text, never pickle: a dossier folder received
from someone else must not be able to run code through it. Deleting the folder always gives
a correct cold build; an unreadable or foreign cache is replaced; entries unused for
KEEP_BUILDS builds are dropped; a dossier where no cache can be written builds without.

A cache is never more trusted than the Markdown it came from: the folder travels with the
dossier (a zip, a shared drive), and its bodies are shown as HTML, its records taken for
validated files. So every entry carries a MAC (HMAC-SHA256) made with a key of this user's,
kept outside any dossier (signing_key: $XDG_CACHE_HOME/dossier/cache-key); a cache with an
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
import hashlib
import hmac
import importlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG

from . import __version__
from .errors import DossierError, Problem

CACHE_FOLDER = ".dossier-cache"
CACHE_FILE = "cache.sqlite3"
SEARCH_DOCUMENTS = "search"
FORMAT = 9
KEY_FILE = "cache-key"
KEY_BYTES = 32
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)   # (not on Windows)
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
    database.execute("PRAGMA trusted_schema = OFF")   # (what a schema holds runs no function with effects)
    mode = database.execute("PRAGMA journal_mode = WAL").fetchone()   # a no-op once the file is in WAL
    if mode and str(mode[0]).lower() == "wal":
        database.execute("PRAGMA synchronous = NORMAL")
    return database


def key_folder() -> Path:
    """Where this user's key for caches is kept: $XDG_CACHE_HOME/dossier, else ~/.cache/dossier
    (a relative XDG_CACHE_HOME is ignored, as the XDG specification says). Never in a dossier."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "dossier"


def signing_key() -> bytes:
    """This user's key for signing cache entries: KEY_BYTES random bytes, made on first use in
    key_folder(), readable by the user alone. Raises OSError (RuntimeError: no home folder)
    when it can be neither read nor made."""
    folder = key_folder()
    path = folder / KEY_FILE
    key = _read_key(path)
    if key is not None:
        return key
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = folder / f".{KEY_FILE}.{os.getpid()}"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | NOFOLLOW, 0o600)
    try:
        os.write(descriptor, os.urandom(KEY_BYTES))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    try:
        os.link(temporary, path)     # never over a key another build made meanwhile
    except OSError:                  # one is there (damaged: replaced), or no links here
        if _read_key(path) is None:
            os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    key = _read_key(path)
    if key is None:
        raise OSError(f"{path} holds no key")
    return key


def _read_key(path: Path) -> bytes | None:
    """The key in `path`; None when there is none, or not a whole one (a build killed as it wrote)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | NOFOLLOW)
    except FileNotFoundError:
        return None
    try:
        key = os.read(descriptor, KEY_BYTES + 1)
    finally:
        os.close(descriptor)
    return key if len(key) == KEY_BYTES else None


def sign(key: bytes, value: str | bytes, *names: str) -> bytes:
    """The MAC of an entry: its `names` (the table or column, the entry's key, its small fields),
    each followed by a NUL, then its value (as UTF-8: large values are read back as bytes, which
    spares encoding them again). The names hold no NUL (names, digests, numbers, paths), so no
    part can be shifted into another."""
    if isinstance(value, str):
        value = value.encode("utf-8", "surrogatepass")
    return hmac.digest(key, "\0".join((*names, "")).encode("utf-8", "surrogatepass") + value, "sha256")[:16]


def signed(key: bytes, mac: object, value: object, *names: object) -> bool:
    """Whether `mac` is the MAC of the entry (see sign)."""
    try:
        return hmac.compare_digest(mac, sign(key, value, *names))
    except TypeError:    # a value or MAC of another type than this cache writes (None, a number)
        return False


FOREIGN = "the cache was written on another machine or by another user, or changed by hand"
SET_ASIDE = f"{FOREIGN}; building without it (it is made anew)"


class CacheForged(DossierError):
    """An entry of the cache failed its check after the cache was opened (what is learnt of a
    rendering, or a body as a page reads it): the build starts again without the cache."""

    def __init__(self, folder: Path):
        self.folder = folder
        super().__init__(f"{folder}: {FOREIGN}; build again (it is made anew)")

    def __reduce__(self):   # (raised in a page worker, it crosses back whole)
        return (CacheForged, (self.folder,))

    @property
    def note(self) -> Problem:
        return cache_note(self.folder, SET_ASIDE)


class CacheUnwritable(DossierError):
    """The cache could not take what a build wrote into it (a full disk): the build starts
    again without the cache."""

    def __init__(self, folder: Path, reason: str):
        self.folder, self.reason = folder, reason
        super().__init__(f"{folder}: the cache could not be written ({reason}); build again")

    def __reduce__(self):
        return (CacheUnwritable, (self.folder, self.reason))

    @property
    def note(self) -> Problem:
        return cache_note(self.folder, f"the cache could not be written ({self.reason}): building without it")


def cache_note(folder: Path, message: str) -> Problem:
    """A note about the cache, printed as `.dossier-cache: note: ...` (not a problem of the content)."""
    return Problem(folder, None, message, severity="note")


class HtmlStore:
    """Rendered bodies kept in the cache database, read back when a page shows them.

    The main process never holds every body: Markdown workers write what they render here,
    and page workers read the bodies of the pages they write. Each process opens its own
    connection (a SQLite connection must not cross a fork)."""

    def __init__(self, path: Path, key: bytes):
        self.path, self.key = path, key
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
        return self._column("html", key).decode("utf-8")

    def fetch_snippets(self, key: str) -> dict[str, str]:
        return json.loads(self._column("snippets", key))

    def _column(self, column: str, key: str) -> bytes:
        """A column of a body, as UTF-8, checked against its MAC (in a page worker: a body
        changed by hand ends the build, which starts again without the cache)."""
        # (as bytes: a MAC is checked on them without encoding; a value changed into text that
        # is not UTF-8 cannot fail as it is read)
        row = self.connection().execute(f"SELECT CAST({column} AS BLOB), CAST({column}_mac AS BLOB) FROM bodies "
                                        "WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise CacheMiss(f"a rendered document is no longer in {self.path} (another build of this dossier "
                            "ran at the same time and dropped it); build again")
        if not signed(self.key, row[1], row[0], column, key):
            raise CacheForged(self.path.parent)
        return row[0]

    def put(self, rows: list[tuple[str, str, str, str]], serial: int) -> None:
        """Store (key, meta JSON, snippets JSON, html) rows in one transaction, each signed."""
        try:
            self._put(rows, serial)
        except sqlite3.Error as exc:
            raise CacheUnwritable(self.path.parent, _reason(exc)) from None

    def _put(self, rows: list[tuple[str, str, str, str]], serial: int) -> None:
        with self.connection() as connection:
            connection.executemany("INSERT OR REPLACE INTO renders (key, meta, mac) VALUES (?, ?, ?)",
                                   [(key, meta, sign(self.key, meta, "renders", key)) for key, meta, _, _ in rows])
            connection.executemany("INSERT OR REPLACE INTO bodies (key, snippets, snippets_mac, html, html_mac) "
                                   "VALUES (?, ?, ?, ?, ?)",
                                   [(key, snippets, sign(self.key, snippets, "snippets", key),
                                     html, sign(self.key, html, "html", key)) for key, _, snippets, html in rows])
            connection.executemany("INSERT OR REPLACE INTO seen (key, build) VALUES (?, ?)",
                                   [(row[0], serial) for row in rows])

    def __getstate__(self) -> dict:       # pickled into a worker without its connection
        return {"path": self.path, "key": self.key}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["path"], state["key"])


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
        return BuildCache(None, notes=[cache_note(folder, f"no key to check the cache could be kept in {_key_place()} "
                                                          f"({_reason(exc)}): building without the cache; "
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
        return BuildCache(None, notes=[cache_note(folder, f"the cache cannot be used ({_reason(exc)}): building "
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
    # HTML and all (40 MB a build at 5,000 articles), and one of `renders` would add a
    # write of every row to each build. (Not signed: a forged number can only drop entries.)
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


def _key_place() -> str:
    try:
        return str(key_folder())
    except RuntimeError:    # no home folder
        return "$XDG_CACHE_HOME/dossier"


def _unreadable(path: Path, exc: Exception) -> Problem:
    return cache_note(path.parent, f"the cache could not be read ({_reason(exc)}): it is made anew")


def _reason(exc: BaseException) -> str:
    """An error in a few words: the system's message, without the path the note already names."""
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


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
