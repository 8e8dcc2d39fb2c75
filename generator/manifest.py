"""The site marker (`.dossier-site.json` in the output folder): what a build wrote there.

A build reads the previous build's marker to know which files of the output folder are its
own (the others are the user's: `.git`, `CNAME`...), which it may hard-link rather than
write again, whether nothing changed, and what its incremental plan starts from. The marker
is published with the site and may have been written by an older version or by hand:
whatever is missing or of the wrong type in it reads as unknown, never as a crash.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, fields
from pathlib import Path

from . import __version__

MARKER = ".dossier-site.json"

Warning = tuple[str, "int | None", str, "int | None"]   # (path relative to the dossier, line, message, column)


@dataclass(frozen=True)
class SiteManifest:
    """What a build recorded in its output folder (an empty one: no build did)."""

    entries: list[str] = field(default_factory=list)       # the top-level names of the site that are dossier's
    assets: list[str] | None = None     # the static files copied (None: a marker from before they were listed)
    fingerprint: str | None = None      # of the build's inputs (build.input_fingerprint): equal, nothing to do
    pages: int = 0
    files: int = 0
    warnings: list[Warning] = field(default_factory=list)   # the build's warnings, said again when nothing changed
    state: dict | None = None           # what the incremental plan starts from (incremental.BuildState)
    search_shards: dict[str, str] | None = None      # search index shard → fingerprint (search.py)
    search_documents: dict[str, str] | None = None   # indexed page → digest of what the index read of it
    incomplete: bool = False            # an incremental build was moving files in: a full build follows
    hashes: dict[str, str] = field(default_factory=dict)   # each page dossier wrote → its content hash
    edition: str | None = None          # "public" or "internal" (editions.py); None: from before editions
    withheld: str | None = None         # digest of what the leak check looked for (leakcheck.py)
    publication: dict | None = None     # what the site published, and when (publication.py)

    @property
    def marked(self) -> bool:
        """Whether a build of dossier's wrote this folder (its files are told from the user's)."""
        return bool(self.entries) or bool(self.hashes)

    def to_json(self) -> dict:
        data = {"generator": "dossier", "version": __version__}
        # (the fields as they are: asdict would copy the state and the hashes, deeply, for nothing)
        data.update((f.name, getattr(self, f.name)) for f in fields(self) if getattr(self, f.name) is not None)
        if not self.incomplete:
            del data["incomplete"]
        return data

    @classmethod
    def from_json(cls, data: object) -> "SiteManifest":
        """The manifest a marker's JSON describes; a field that is missing or not of its type
        is left unknown."""
        if not isinstance(data, dict):
            return cls()
        get = data.get
        return cls(hashes=_strings(get("hashes")) or {}, entries=_names(get("entries")) or [],
                   assets=_names(get("assets")), fingerprint=_of(get("fingerprint"), str),
                   pages=_count(get("pages")), files=_count(get("files")), warnings=_warnings(get("warnings")),
                   state=_of(get("state"), dict), search_shards=_strings(get("search_shards")),
                   search_documents=_strings(get("search_documents")), incomplete=bool(get("incomplete")),
                   edition=_of(get("edition"), str), withheld=_of(get("withheld"), str),
                   publication=_of(get("publication"), dict))


def _of(value: object, kind: type):
    return value if isinstance(value, kind) else None


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _names(value: object) -> list[str] | None:
    return [name for name in value if isinstance(name, str)] if isinstance(value, list) else None


def _strings(value: object) -> dict[str, str] | None:
    return {key: item for key, item in value.items() if isinstance(item, str)} if isinstance(value, dict) else None


def _warnings(value: object) -> list[Warning]:
    def line(item: object) -> bool:
        return item is None or isinstance(item, int) and not isinstance(item, bool)
    return [tuple(item) for item in value if isinstance(item, list) and len(item) == 4 and isinstance(item[0], str)
            and line(item[1]) and isinstance(item[2], str) and line(item[3])] if isinstance(value, list) else []


def read_manifest(output: Path) -> SiteManifest:
    """What the previous build recorded in `output` (an empty manifest when there is none)."""
    try:
        data = json.loads((output / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return SiteManifest()
    return SiteManifest.from_json(data)


def write_manifest(folder: Path, manifest: SiteManifest) -> None:
    """The marker in `folder`, whole or not at all (a draft renamed into place)."""
    temporary = folder / f"{MARKER}.{os.getpid()}.tmp"
    # compact: with an indent, json falls back to its pure-Python encoder, several times slower
    # on a marker holding 10,000 hashes
    temporary.write_text(json.dumps(manifest.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n",
                         encoding="utf-8")
    os.replace(temporary, folder / MARKER)


@dataclass(frozen=True)
class PreviousSite:
    """The site being replaced: where it is and the content hash of each file it holds."""

    folder: Path
    hashes: dict[str, str]
    search_shards: dict[str, str]     # search index shard → fingerprint (see search.py)
    search_documents: dict[str, str]  # indexed page → digest of what the search index read of it


def previous_site(output: Path, manifest: SiteManifest) -> PreviousSite | None:
    """The previous build in `output`, if there is one whose files can be trusted (an
    incremental build killed half-way left hashes that cannot)."""
    if not manifest.hashes or manifest.incomplete:
        return None
    return PreviousSite(output.resolve(), manifest.hashes, manifest.search_shards or {},
                        manifest.search_documents or {})
