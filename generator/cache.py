"""The build cache in `.dossier-cache/` inside the dossier folder: content-addressed, disposable.

- parsed front matter and entity YAML, keyed by the YAML text;
- rendered Markdown, keyed by the text, the page it is on, the link setting, and a
  fingerprint of everything else rendering depends on (every id, title and alias in the
  dossier, the settings, and the generator's own code).

Deleting the folder always gives a correct cold build. The cache is JSON, never pickle: a
dossier folder received from someone else must not be able to run code through it.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__

CACHE_FOLDER = ".dossier-cache"
CACHE_FILE = "cache.json"
FORMAT = 1


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
    renders: dict[str, dict] = field(default_factory=dict)
    used_yaml: set[str] = field(default_factory=set)
    used_renders: set[str] = field(default_factory=set)
    hits: int = 0
    misses: int = 0

    def get_yaml(self, key: str):
        if key in self.yaml:
            self.used_yaml.add(key)
            return self.yaml[key]
        return None

    def put_yaml(self, key: str, data: object) -> None:
        try:  # only what survives JSON unchanged (a YAML key like 2024 would come back as "2024")
            if json.loads(json.dumps(data)) != data:
                return
        except (TypeError, ValueError):
            return
        self.yaml[key] = data
        self.used_yaml.add(key)

    def get_render(self, key: str) -> dict | None:
        found = self.renders.get(key)
        if found is None:
            self.misses += 1
            return None
        self.hits += 1
        self.used_renders.add(key)
        return found

    def put_render(self, key: str, value: dict) -> None:
        self.renders[key] = value
        self.used_renders.add(key)


def open_cache(root: Path, enabled: bool = True) -> BuildCache:
    folder = root / CACHE_FOLDER
    if not enabled:
        return BuildCache(None)
    try:
        data = json.loads((folder / CACHE_FILE).read_text(encoding="utf-8"))
        if data.get("format") == FORMAT and data.get("code") == code_fingerprint():
            return BuildCache(folder, data.get("yaml", {}), data.get("renders", {}))
    except (OSError, ValueError, AttributeError):
        pass  # missing, unreadable or from another version: start cold
    return BuildCache(folder)


def save_cache(cache: BuildCache) -> None:
    """Keep what this build used, atomically; a read-only dossier simply goes without."""
    if cache.folder is None:
        return
    data = {"format": FORMAT, "code": code_fingerprint(),
            "yaml": {k: cache.yaml[k] for k in sorted(cache.used_yaml)},
            "renders": {k: cache.renders[k] for k in sorted(cache.used_renders)}}
    try:
        cache.folder.mkdir(exist_ok=True)
        (cache.folder / ".gitignore").write_text("*\n", encoding="utf-8")
        temporary = cache.folder / f"{CACHE_FILE}.{os.getpid()}.tmp"
        temporary.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        os.replace(temporary, cache.folder / CACHE_FILE)
    except OSError:
        pass
