"""Which output files an edit touches: the plan of an incremental build.

Each build records a BuildState in its output folder's marker: a signature of everything
but the articles and summaries (the `frame`: the generator's code, the build options, the
settings, every entity file, the theme and the dossier's own templates and static files),
and for each document the hash of its path and front matter, of its body, and of what its
Markdown gave: its shape (the ids it mentions, in order, its citations and its links), its
mention counts and its snippets.

When the frame, every document's front matter and shape are unchanged, only bodies changed.
Following views.py, a body reaches:
- its own page (the body, the chips with this page's counts);
- the feed (an entry's first sentence) and, for a summary, the home page (the lead summary);
- when its snippets or counts changed, the pages of the entities it mentions ("Mentioned in");
- when its counts changed, every place that shows those entities' totals: the home page, the
  Who's who page, the timeline, the scripts' data, and the pages whose timelines carry an
  event or dated entity involving them (that entity's own page and those related to it).
A new article (a clipping saved into the dossier; not a copy or translation of another)
reaches, besides:
- its own page, the lists (articles, sources, tags, timeline, home), the feed and sitemap;
- the pages of the entities it mentions, and the totals as above;
- its tags' pages and the entities' pages that carry those tags (a tag with pages shows
  there); where it is the first to carry a tag, every page with that tag (its spelling
  names the tag);
- the related articles of the articles near it in the lists of its entities (related_reach).
Every other page is the same as in the previous site and is hard-linked from it. Anything
else changed (a title, a date, a new mention, a deleted article, an entity, a template...):
a full build, which still reuses every unchanged file (write.py) and search shard (search.py).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .cache import code_fingerprint, digest_of
from .index import Catalog, page_path, tag_path, tag_slug
from .markup import Rendered
from .views import ENTITY_DATA, GRAPH_DATA, document_mentions, related_reach

TOTALS_PAGES = ("index.html", "entities/index.html", "timeline/index.html", ENTITY_DATA, GRAPH_DATA)
LIST_PAGES = ("articles/index.html", "sources/index.html", "tags/index.html", "feed.xml", "sitemap.xml")


@dataclass(frozen=True)
class DocumentState:
    front: str       # its path, id and front matter
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
                "documents": {i: [d.front, d.body, d.shape, d.counts, d.snippets] for i, d in self.documents.items()}}

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
                    sorted((e.source.rel, e.source.yaml_digest) for e in catalog.entities.values()))
    states = {}
    for item in [*catalog.articles.values(), *catalog.summaries.values()]:
        states[item.id] = DocumentState(digest_of(item.source.rel, item.kind, item.source.yaml_digest),
                                        item.source.body_digest, *documents[item.id].digests)
    return BuildState(frame, states)


def touched_paths(previous: BuildState | None, current: BuildState, catalog: Catalog,
                  documents: dict[str, Rendered]) -> set[str] | None:
    """The output files that may differ from the previous build's; None: build everything."""
    if previous is None or previous.frame != current.frame or previous.documents.keys() - current.documents.keys():
        return None
    touched: set[str] = set()
    totals_changed: set[str] = set()
    added = current.documents.keys() - previous.documents.keys()
    if added:
        reached = _reached_by_new_articles(added, catalog, documents)
        if reached is None:
            return None
        touched, totals_changed = reached
    for doc_id, now in current.documents.items():
        before = previous.documents.get(doc_id)
        if before is None:
            continue
        if before.front != now.front or before.shape != now.shape:
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


def _reached_by_new_articles(added: set[str], catalog: Catalog,
                             documents: dict[str, Rendered]) -> tuple[set[str], set[str]] | None:
    """The pages new articles reach (see the module's docstring) and the entities whose
    totals they change; None when a full build is needed: a new summary, a copy or
    translation (its family's pages and every count of independent sources change), or an
    article something already referred to."""
    articles = catalog.articles
    if not added <= articles.keys():
        return None
    for article in articles.values():
        if {article.copy_of, article.translation_of} & added or (article.id in added and (
                article.copy_of or article.translation_of)):
            return None
    if any(source in added for ends in catalog.relations.values() for end in ends for source in end.relation.sources):
        return None
    mentions = document_mentions(catalog, documents)
    entities = {m.entity_id for doc_id in added for m in mentions[doc_id]}
    slugs = {tag_slug(tag) for doc_id in added for tag in articles[doc_id].tags}
    touched = {*LIST_PAGES, *TOTALS_PAGES, *(page_path("article", doc_id) for doc_id in added),
               *(page_path("entity", entity) for entity in entities), *(tag_path(slug) for slug in slugs)}
    if slugs:
        touched |= _showing_tags(slugs, added, catalog)
    touched |= {page_path("article", doc_id) for doc_id in related_reach(catalog, mentions, added)}
    return touched, entities


def _showing_tags(slugs: set[str], added: set[str], catalog: Catalog) -> set[str]:
    """The pages whose tags may show differently now that `added` articles carry tags of
    these slugs: an entity's page (it shows only the tags that have pages: one may be new)
    and, where a new article comes first among those carrying a tag, every page with that
    tag (a tag is named as the first article or summary to carry it spells it)."""
    touched = set()
    slug_of: dict[str, str] = {}

    def slugs_of(item) -> set[str]:
        return {slug_of.get(tag) or slug_of.setdefault(tag, tag_slug(tag)) for tag in item.tags}

    first: dict[str, str] = {}
    carriers: dict[str, list] = {slug: [] for slug in slugs}
    for item in [*catalog.articles.values(), *catalog.summaries.values()]:
        for slug in slugs_of(item) & slugs:
            first.setdefault(slug, item.id)
            carriers[slug].append(item)
    for slug, items in carriers.items():
        if first.get(slug) in added:
            touched |= {page_path(item.kind, item.id) for item in items}
    touched |= {page_path("entity", e.id) for e in catalog.entities.values() if slugs_of(e) & slugs}
    return touched

