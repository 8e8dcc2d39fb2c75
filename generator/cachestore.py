"""The cache database's connection, its errors, and the rendered bodies kept in it.

A rendering is kept as its HTML and, apart, what the Markdown pass learnt of it (cache.py);
the HTML is read only when a page shows it (HtmlStore, StoredHtml, StoredSnippets), so that
the main process never holds every body. Each body is checked against its MAC as it is read.
"""
from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .cachekeys import sign, signed
from .errors import DossierError, Problem


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
            raise CacheUnwritable(self.path.parent, reason_of(exc)) from None

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


def reason_of(exc: BaseException) -> str:
    """An error in a few words: the system's message, without the path the note already names."""
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
