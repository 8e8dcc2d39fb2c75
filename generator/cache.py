"""The build cache in `.dossier-cache/` inside the dossier folder: content-addressed, disposable.

- parsed front matter and entity YAML, keyed by the YAML text;
- rendered Markdown, keyed by the text, the page it is on, the link setting, and a
  fingerprint of everything else rendering depends on (every id, title and alias in the
  dossier, the settings, and the generator's own code).

The entries live in one SQLite database (Python's own sqlite3): a build reads the entries it
needs in one query, and writes only the new ones, in one transaction, so that an edit to
one article costs one row rather than rewriting the whole cache. Values are JSON, never
pickle: a dossier folder received from someone else must not be able to run code through
it. Deleting the folder always gives a correct cold build; an unreadable or foreign cache
is replaced, and a cache that cannot be written is simply gone without.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__

CACHE_FOLDER = ".dossier-cache"
CACHE_FILE = "cache.sqlite3"
FORMAT = 2
_TABLES = ("yaml", "renders")


def text_key(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def code_fingerprint() -> str:
    """The generator's own code: a change to it invalidates everything (also between releases)."""
    package = Path(__file__).resolve().parent
    return text_key(__version__, *(p.read_text(encoding="utf-8") for p in sorted(package.glob("*.py"))))


@dataclass
class BuildCache:
    folder: Path | None                      # None: a cache that is neither read nor written
    yaml: dict[str, object] = field(default_factory=dict)
    database: sqlite3.Connection | None = None   # the open cache, when it was valid
    stamp: str = ""                          # format and code the entries were made by
    new: dict[str, dict[str, str]] = field(default_factory=lambda: {t: {} for t in _TABLES})
    used: dict[str, set[str]] = field(default_factory=lambda: {t: set() for t in _TABLES})
    hits: int = 0
    misses: int = 0

    def get_yaml(self, key: str):
        if key in self.yaml:
            self.used["yaml"].add(key)
            return self.yaml[key]
        return None

    def put_yaml(self, key: str, data: object) -> None:
        try:  # only what survives JSON unchanged (a YAML key like 2024 would come back as "2024")
            text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            if json.loads(text) != data:
                return
        except (TypeError, ValueError):
            return
        self.yaml[key] = data
        self.new["yaml"][key] = text
        self.used["yaml"].add(key)

    def get_renders(self, keys: list[str]) -> list[dict | None]:
        """The cached renderings of `keys`, in order (None where there is none)."""
        found: dict[str, str] = {}
        if self.database is not None and keys:
            try:
                found = dict(self.database.execute(
                    "SELECT key, value FROM renders WHERE key IN (SELECT value FROM json_each(?))",
                    (json.dumps(keys),)))
            except sqlite3.Error:
                found = {}
        results = []
        for key in keys:
            value = found.get(key)
            results.append(json.loads(value) if value is not None else None)
            if value is None:
                self.misses += 1
            else:
                self.hits += 1
                self.used["renders"].add(key)
        return results

    def put_render(self, key: str, value: dict) -> None:
        self.new["renders"][key] = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        self.used["renders"].add(key)


def _stamp() -> str:
    return f"{FORMAT}:{code_fingerprint()}"


def open_cache(root: Path, enabled: bool = True) -> BuildCache:
    if not enabled:
        return BuildCache(None)
    folder, stamp = root / CACHE_FOLDER, _stamp()
    path = folder / CACHE_FILE
    if not path.is_file():
        return BuildCache(folder, stamp=stamp)
    try:
        database = sqlite3.connect(path, timeout=10)
        row = database.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
        if row is None or row[0] != stamp:
            database.close()
            return BuildCache(folder, stamp=stamp)   # from another version: replaced when saved
        yaml = {key: json.loads(value) for key, value in database.execute("SELECT key, value FROM yaml")}
        return BuildCache(folder, yaml, database, stamp)
    except (sqlite3.Error, ValueError):
        return BuildCache(folder, stamp=stamp)       # unreadable: start cold, replaced when saved


def save_cache(cache: BuildCache) -> None:
    """Add what this build made and drop what it no longer used; a read-only dossier goes without."""
    if cache.folder is None:
        return
    try:
        if cache.database is None:
            _write_fresh(cache)
        else:
            _update(cache.database, cache)
    except (OSError, sqlite3.Error):
        pass
    finally:
        if cache.database is not None:
            cache.database.close()
            cache.database = None


def _update(database: sqlite3.Connection, cache: BuildCache) -> None:
    with database:
        database.execute("CREATE TEMP TABLE IF NOT EXISTS used (name TEXT, key TEXT)")
        database.execute("DELETE FROM used")
        for table in _TABLES:
            database.executemany(f"INSERT OR REPLACE INTO {table} (key, value) VALUES (?, ?)",
                                 cache.new[table].items())
            database.executemany("INSERT INTO used (name, key) VALUES (?, ?)",
                                 ((table, key) for key in cache.used[table]))
            database.execute(f"DELETE FROM {table} WHERE key NOT IN (SELECT key FROM used WHERE name = ?)",
                             (table,))


def _write_fresh(cache: BuildCache) -> None:
    """A new database beside the old one, then renamed over it (never half-written)."""
    folder = cache.folder
    folder.mkdir(exist_ok=True)
    (folder / ".gitignore").write_text("*\n", encoding="utf-8")
    temporary = folder / f"{CACHE_FILE}.{os.getpid()}.tmp"
    temporary.unlink(missing_ok=True)
    database = sqlite3.connect(temporary)
    try:
        with database:
            database.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            for table in _TABLES:
                database.execute(f"CREATE TABLE {table} (key TEXT PRIMARY KEY, value TEXT)")
            database.execute("INSERT INTO meta VALUES ('stamp', ?)", (cache.stamp,))
            for table in _TABLES:
                database.executemany(f"INSERT INTO {table} (key, value) VALUES (?, ?)", cache.new[table].items())
    finally:
        database.close()
    os.replace(temporary, folder / CACHE_FILE)
    (folder / "cache.json").unlink(missing_ok=True)   # the format before 0.2's SQLite
