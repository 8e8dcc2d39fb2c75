"""Which output files an edit touches: the plan of an incremental build.

Each build records a BuildState in its output folder's marker: a signature of everything
except the bodies of articles and summaries (the `frame`: the generator's code, the build
options, the settings, every entity file, every document's path and front matter, the theme
and the dossier's own templates and static files), and for each document the hash of its
body and of what its Markdown gave: its shape (the ids it mentions, in order, its citations
and its links), its mention counts and its snippets.

When the frame and every document's shape are unchanged, only bodies changed. Following
views.py, a body reaches:
- its own page (the body, the chips with this page's counts);
- the feed (an entry's first sentence) and, for a summary, the home page (the lead summary);
- when its snippets or counts changed, the pages of the entities it mentions ("Mentioned in");
- when its counts changed, every place that shows those entities' totals: the home page, the
  Who's who page, the timeline, the scripts' data, and the pages whose timelines carry an
  event or dated entity involving them (that entity's own page and those related to it).
Every other page is the same as in the previous site and is hard-linked from it. Anything
else changed (a title, a date, a new mention, an entity, a template...): a full build,
which still reuses every unchanged file (write.py) and search shard (search.py).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .cache import code_fingerprint, digest_of
from .index import Catalog, page_path
from .markup import Rendered
from .views import ENTITY_DATA, GRAPH_DATA

TOTALS_PAGES = ("index.html", "entities/index.html", "timeline/index.html", ENTITY_DATA, GRAPH_DATA)


@dataclass(frozen=True)
class DocumentState:
    body: str
    shape: str
    counts: str
    snippets: str


@dataclass(frozen=True)
class BuildState:
    frame: str
    documents: dict[str, DocumentState]

    def to_json(self) -> dict:
        return {"frame": self.frame,
                "documents": {i: [d.body, d.shape, d.counts, d.snippets] for i, d in self.documents.items()}}

    @classmethod
    def from_json(cls, data: object) -> "BuildState | None":
        """The state a previous build recorded; None when there is none or it is unreadable."""
        try:
            return cls(str(data["frame"]), {str(i): DocumentState(*map(str, d)) for i, d in data["documents"].items()})
        except (TypeError, KeyError, AttributeError, ValueError):
            return None


def file_stats(places: list[Path]) -> list[tuple[str, int, int]]:
    """(path, size, modification time) of each file in `places` (files, or folders walked
    in sorted order, __pycache__ left out); a broken link is left out too (the loader
    reports it)."""
    stats = []
    for place in map(str, places):
        if os.path.isfile(place):
            paths = [place]
        else:
            paths = []
            for folder, subfolders, names in os.walk(place):
                subfolders[:] = sorted(name for name in subfolders if name != "__pycache__")
                paths += [os.path.join(folder, name) for name in sorted(names)]
        for path in paths:
            try:
                stat = os.stat(path)
            except OSError:
                continue
            stats.append((path, stat.st_size, stat.st_mtime_ns))
    return stats


def build_state(catalog: Catalog, documents: dict[str, Rendered], options: tuple, theme_places: list[Path]) -> BuildState:
    """The state of this build (see the module's docstring)."""
    frame = digest_of(code_fingerprint(), options, repr(catalog.config), file_stats(theme_places),
                    sorted((e.source.rel, e.source.yaml_digest) for e in catalog.entities.values()),
                    sorted((d.source.rel, d.id, d.source.yaml_digest)
                           for d in [*catalog.articles.values(), *catalog.summaries.values()]))
    states = {}
    for item in [*catalog.articles.values(), *catalog.summaries.values()]:
        states[item.id] = DocumentState(item.source.body_digest, *documents[item.id].digests)
    return BuildState(frame, states)


def touched_paths(previous: BuildState | None, current: BuildState, catalog: Catalog,
                  documents: dict[str, Rendered]) -> set[str] | None:
    """The output files that may differ from the previous build's; None: build everything."""
    if previous is None or previous.frame != current.frame or previous.documents.keys() != current.documents.keys():
        return None
    touched: set[str] = set()
    totals_changed: set[str] = set()
    for doc_id, now in current.documents.items():
        before = previous.documents[doc_id]
        if before.shape != now.shape:
            return None
        if before == now:
            continue
        kind = "article" if doc_id in catalog.articles else "summary"
        touched |= {page_path(kind, doc_id), "feed.xml"} | ({"index.html"} if kind == "summary" else set())
        mentioned = {m.entity_id for m in documents[doc_id].mentions}
        if before.counts != now.counts or before.snippets != now.snippets:
            touched |= {page_path("entity", e) for e in mentioned}
        if before.counts != now.counts:
            totals_changed |= mentioned
    if totals_changed:
        touched.update(TOTALS_PAGES)
        for entity in catalog.entities.values():
            involved = {entity.place, *entity.participants} if entity.date else set()
            if involved & totals_changed:
                touched.add(page_path("entity", entity.id))
                touched |= {page_path("entity", end.other) for end in catalog.relations.get(entity.id, [])}
    return touched
