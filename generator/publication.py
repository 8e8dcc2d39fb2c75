"""What a public build published, and when: the record kept in the site's marker, from which
the next publication tells what is new.

A public build compares what it publishes (each article, summary and entity: kind, title,
and a digest of its source) with the record of the site it replaces. Nothing different: it
is not a new publication, and the record is kept as it is (a rebuild, warm or cold, makes
the same pages). Something added or changed: a new publication, dated by the build's clock;
each item keeps the date it was first published and gets the date it last changed.

The record is read from the marker, which is published with the site and may have been
written by an older version or by hand: anything malformed in it reads as no record.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .cachekeys import digest_of
from .manifest import read_manifest

KINDS = ("article", "summary", "entity")


@dataclass(frozen=True)
class Published:
    """An item as a publication published it."""

    kind: str       # article, summary, entity
    title: str
    digest: str     # of its source (front matter and text; an entity's fields)
    first: str      # when it was first published (ISO 8601, UTC)
    changed: str    # when it last changed (first, if never since)


@dataclass(frozen=True)
class Publication:
    """What a public build published: its date, the previous publication's, and each item
    (keyed "kind/id": ids are unique within a kind)."""

    date: str
    previous: str | None     # None: the first publication of this site
    items: dict[str, Published]

    def to_json(self) -> dict:
        return {"date": self.date, "previous": self.previous,
                "items": {key: [i.kind, i.title, i.digest, i.first, i.changed] for key, i in self.items.items()}}

    @classmethod
    def from_json(cls, data: object) -> "Publication | None":
        """The record a marker's JSON holds, or None when it is missing or malformed."""
        if not isinstance(data, dict) or not _is_date(data.get("date")):
            return None
        previous, items = data.get("previous"), data.get("items")
        if not (previous is None or _is_date(previous)) or not isinstance(items, dict):
            return None
        read = {}
        for key, item in items.items():
            if not (isinstance(key, str) and isinstance(item, list) and len(item) == 5
                    and all(isinstance(part, str) for part in item) and item[0] in KINDS
                    and key.startswith(item[0] + "/") and _is_date(item[3]) and _is_date(item[4])):
                return None
            read[key] = Published(*item)
        return cls(data["date"], previous, read)

    def changes(self) -> dict[str, str]:
        """The items added ("new") or changed ("updated") by this publication, by key; none
        for the first publication of a site (everything in it is new: nothing to tell)."""
        if self.previous is None:
            return {}
        return {key: "new" if item.first == self.date else "updated"
                for key, item in self.items.items() if item.changed == self.date}


def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def clock(as_of: datetime | None = None) -> str:
    """The build's time, ISO 8601 in UTC: `as_of` (a naive one is taken as UTC), else the
    SOURCE_DATE_EPOCH of the environment (the reproducible builds' convention: seconds since
    1970), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    moment = as_of or (datetime.fromtimestamp(int(epoch), timezone.utc) if epoch.isdigit() and len(epoch) < 12
                       else datetime.now(timezone.utc))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def read_publication(folder: Path) -> Publication | None:
    """The record of the last public build into `folder` (None: none, or unreadable). An
    edition that is not published reads the public site's folder to show what it would add."""
    return Publication.from_json(read_manifest(folder).publication)


def published_items(catalog, state) -> dict[str, tuple[str, str, str]]:
    """Each item a build publishes: "kind/id" → (kind, title, digest of its source), from the
    catalog and the build's incremental.BuildState (which holds the digests)."""
    items = {}
    for kind, documents in (("article", catalog.articles), ("summary", catalog.summaries)):
        for item_id, document in documents.items():
            recorded = state.documents.get(item_id)
            items[f"{kind}/{item_id}"] = (kind, document.title, digest_of(recorded.front, recorded.body)
                                          if recorded else "")
    for item_id, entity in catalog.entities.items():
        recorded = state.entity_states.get(item_id)
        items[f"entity/{item_id}"] = ("entity", entity.name, digest_of(recorded.page, recorded.one_line, recorded.card,
                                                                       recorded.relations) if recorded else "")
    return items


def publish(record: Publication | None, items: dict[str, tuple[str, str, str]], now: str) -> Publication:
    """The record after publishing `items` at `now`: `record` itself when nothing was added,
    changed or taken out since it."""
    if record is not None and {key: (i.kind, i.title, i.digest) for key, i in record.items.items()} == items:
        return record
    before = record.items if record is not None else {}
    published = {}
    for key, (kind, title, digest) in items.items():
        old = before.get(key)
        first = old.first if old is not None else now
        changed = old.changed if old is not None and old.digest == digest and old.title == title else now
        published[key] = Published(kind, title, digest, first, changed)
    return Publication(now, record.date if record is not None else None, published)
