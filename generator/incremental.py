"""Which output files an edit touches: the plan of an incremental build.

Each build records its BuildState in the output folder's marker: hashes of what each
document and entity was, and the few facts of each document the plan needs. plan_build
compares the previous state with this one and lists the files to make again and to delete;
every other page is the same as in the previous site and is hard-linked from it. Where it
cannot tell (the frame changed, an entity's file moved, a file went from articles to
summaries), it returns None: a full build, which still reuses every unchanged file
(write.py) and search shard (search.py).

Glossary (the planner's words):
- frame: everything but the articles, summaries and entities: the generator's code, the
  build options, the settings, the theme and the dossier's own templates. Another frame is a
  full build.
- front: a document's path, id and front matter. body: its Markdown text.
- shape: what a document's Markdown gave, but for counts and snippets: the ids it mentions
  (in order), its citations and its links. counts, snippets: its mentions' counts and the
  sentences shown around them on the entities' pages ("Mentioned in").
- page (of an entity): what only its own page shows: its summary, roles, links, aliases, tags.
- one line: an entity's summary's first sentence, on its chips, in lists, on timelines.
- card: an entity's name, type, dates, place and participants: what its chips, links,
  relations and timeline entries show. recast: an entity whose card changed.
- totals: the entities' mention totals and one lines, shown by the totals pages
  (routes.paths_showing("totals"), and the scripts' data) and on the timelines of the dated
  entities involving them.
- family: an article with its copies and translations; independent sources count families.
- reach: the pages an edit changes.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple
from collections.abc import Iterable

from .cachekeys import code_fingerprint, digest_of, settled
from .index import Catalog, page_path, tag_path, tag_slug
from .markup import Rendered
from .quotes import EVERY_ID, referenced_ids
from .model import Entity
from .facts import byline_people, entity_one_line, newest_key, related_reach, site_facts
from .views.routes import ENTITY_DATA, FEED, GRAPH_DATA, ROUTE, SITEMAP, paths_showing

# What of an entity only its own page shows (the summary's first sentence aside, and the
# aliases' mentions in the texts, which their renderings carry: see EntityState; its tags
# show on its page alone, tag pages list documents); the rest is its card (name, type,
# dates, place, participants: what its chips, links, relations and timeline entries show).
ENTITY_PAGE_FIELDS = ("summary", "roles", "links", "aliases", "tags")
_ENTITY_CARD_FIELDS = tuple(f for f in Entity.__dataclass_fields__
                            if f not in (*ENTITY_PAGE_FIELDS, "source", "relations"))
TOTALS_PAGES = (*paths_showing("totals"), ENTITY_DATA, GRAPH_DATA)   # what shows the entities' totals
LIST_PAGES = (*paths_showing("documents"), FEED, SITEMAP)            # what lists the documents
RELATION_PAGES = paths_showing("relations")                         # what lists every relation
DATED_RELATION_PAGES = (ROUTE["timeline"].path, ROUTE["home"].path)  # what shows the dated relations
HOME = ROUTE["home"].path   # (it shows the lead summary's text)


class StoredFacts(NamedTuple):
    """The facts of a document the plan needs, as the marker keeps them (written as a list;
    the plan decodes those of the few documents it needs: DocumentFacts)."""

    kind: str
    date: list           # facts.newest_key: where it stands among the newest
    tags: list[str]
    mentions: list[int]  # the entities it mentions or has attached, by their numbers in BuildState.entities
    family: str          # with several copies or translations, the id of their family; else ""
    cites: list[str]     # the articles it cites (their pages list it under "Cited by")


@dataclass(frozen=True)
class DocumentFacts:
    """A document's StoredFacts as it was in the previous build, read."""

    kind: str
    date: tuple | None
    tags: tuple[str, ...]
    mentions: tuple[str, ...]    # entity ids
    family: str
    cites: tuple[str, ...]

    @classmethod
    def from_json(cls, data: list, entities: tuple[str, ...]) -> "DocumentFacts":
        """From DocumentState.facts, the entities' numbers read in `entities`."""
        stored = StoredFacts._make(data)
        return cls(str(stored.kind), tuple(stored.date), tuple(map(str, stored.tags)),
                   tuple(entities[n] for n in stored.mentions), str(stored.family), tuple(map(str, stored.cites)))


class DocumentState(NamedTuple):
    """What the plan needs to know of a document: hashes (see the glossary), and its facts."""

    front: str
    body: str
    shape: str
    counts: str
    snippets: str
    facts: list | tuple   # StoredFacts; the front matter and shape say when they change

    def same(self, other: "DocumentState") -> bool:
        """Whether the text and outcome are the same (the facts follow from them, but for the
        family, which the plan follows from the articles that changed)."""
        return (self.front, self.body, self.shape, self.counts, self.snippets) == \
            (other.front, other.body, other.shape, other.counts, other.snippets)


class EntityState(NamedTuple):
    """What the plan needs to know of an entity (hashes, but `related` and `file`)."""

    page: str       # what only its page shows, and what its summary's Markdown gave (its mentions,
                    # snippets, links: another entity's alias may appear there)
    one_line: str   # its summary's first sentence, on its chips, lists and timeline entry; and its
                    # aliases, which the entity data holds for the timeline's filter
    card: str       # its name, type, dates, place and participants
    relations: str  # the relations its file declares
    related: str    # the ids of their other ends and of its place and participants (space-separated)
    file: str       # its file's path (the order of the entities follows it)

    @classmethod
    def of(cls, entity: Entity, catalog: Catalog, summary: Rendered | None) -> "EntityState":
        return cls(digest_of(*(getattr(entity, name) for name in ENTITY_PAGE_FIELDS), summary.digests if summary else ()),
                   digest_of(entity_one_line(entity, catalog), entity.aliases),
                   digest_of(*(getattr(entity, name) for name in _ENTITY_CARD_FIELDS)),
                   digest_of(entity.relations), " ".join(sorted(_related_ids(entity))), entity.source.rel)


@dataclass(frozen=True)
class BuildState:
    frame: str
    tags: dict[str, str]          # tag slug → the name it goes by
    entities: tuple[str, ...]     # every entity id, sorted (the numbers its documents' facts use)
    documents: dict[str, DocumentState]
    entity_states: dict[str, EntityState] = field(default_factory=dict)
    # the dossier's own static files (copied as they are to the site root): path → [size, mtime]
    static: dict[str, list] = field(default_factory=dict)

    def facts(self, doc_id: str) -> DocumentFacts:
        return DocumentFacts.from_json(self.documents[doc_id].facts, self.entities)

    def to_json(self) -> dict:
        return {"frame": self.frame, "tags": self.tags, "entities": self.entities, "documents": self.documents,
                "entity_states": self.entity_states, "static": self.static}

    @classmethod
    def from_json(cls, data: object) -> "BuildState | None":
        """The state a previous build recorded; None when there is none or it is unreadable."""
        try:
            return cls(str(data["frame"]), {str(k): str(v) for k, v in data["tags"].items()},
                       tuple(map(str, data["entities"])),
                       {str(i): DocumentState(*d) for i, d in data["documents"].items()},
                       {str(i): EntityState(*map(str, values)) for i, values in data["entity_states"].items()},
                       {str(path): list(stat) for path, stat in data["static"].items()})
        except (TypeError, KeyError, AttributeError, ValueError):
            return None


@dataclass(frozen=True)
class Plan:
    """An incremental build: the output files to make again, and those to delete (a deleted
    article's page, the page of a tag no document carries any more)."""

    paths: set[str]
    removed: set[str]
    static: set[str] = frozenset()           # the dossier's static files to copy (new or changed)
    static_removed: set[str] = frozenset()   # and those to delete


def file_stats(places: list[Path], skipped: tuple[str, ...] = ("__pycache__",)) -> list[tuple[str, int, int]]:
    """(path, size, modification time) of each file in `places` (files, or folders walked
    in sorted order, the folders named in `skipped` left out: the generator's bytecode); a
    broken link is left out too (the loader reports it)."""
    stats = []
    for place in map(str, places):
        if os.path.isfile(place):
            paths = [place]
        else:
            paths = []
            for folder, subfolders, names in os.walk(place):
                subfolders[:] = sorted(name for name in subfolders if name not in skipped)
                paths += [os.path.join(folder, name) for name in sorted(names)]
        for path in paths:
            try:
                stat = os.stat(path)
            except OSError:
                continue
            stats.append((path, stat.st_size, stat.st_mtime_ns))
    return stats


def build_state(catalog: Catalog, documents: dict[str, Rendered], options: tuple, theme_places: list[Path],
                entity_summaries: dict[str, Rendered] | None = None,
                static: list[tuple[str, os.stat_result]] = (), templates: list[tuple[str, int, int]] = ()) -> BuildState:
    """The state of this build (BuildState). `static` and `templates`: the
    dossier's own static files (path inside static/, stat) and templates (path, size, mtime),
    as load.list_content lists them (links leading outside the dossier left out)."""
    summaries = entity_summaries or {}
    entities = sorted(catalog.entities.values(), key=lambda e: e.id)
    frame = digest_of(code_fingerprint(), options, repr(catalog.config), file_stats(theme_places), list(templates))
    entity_states = {e.id: EntityState.of(e, catalog, summaries.get(e.id)) for e in entities}
    facts = site_facts(catalog, documents)
    mentions = facts.mentions
    entity_ids = tuple(sorted(catalog.entities))
    number = {entity: n for n, entity in enumerate(entity_ids)}
    families = catalog.families
    states = {}
    for item in [*catalog.articles.values(), *catalog.summaries.values()]:
        found = mentions[item.id]   # (one Mention per entity, as the Markdown pass and views make them)
        rendered = documents[item.id]
        stored = StoredFacts(item.kind, newest_key(item), item.tags,
                             list(map(number.__getitem__, next(zip(*found)))) if found else [],
                             _family_id(item, families), [c.article_id for c in rendered.citations])
        # (the people its byline names count as part of its front matter: an alias that makes
        # a byline name a person changes the article's page and the person's)
        signed = byline_people(catalog, item) if item.kind == "article" else []
        states[item.id] = DocumentState(digest_of(item.source.rel, item.kind, item.source.yaml_digest, signed),
                                        item.source.body_digest, *rendered.digests, stored)
    tags = {slug: use.name for slug, use in facts.tags.items()}
    return BuildState(frame, tags, entity_ids, states, entity_states, static_files(static))


def static_files(files: list[tuple[str, os.stat_result]]) -> dict[str, list]:
    """The dossier's static files (path inside static/, stat), each as [size, modification
    time]; one modified too recently to be told from a second save (cachekeys.settled) as
    [-1, -1]: never equal, it is copied again at the next build."""
    return {path: [stat.st_size, stat.st_mtime_ns] if settled(stat.st_mtime_ns) else [-1, -1]
            for path, stat in files}


def plan_build(previous: BuildState | None, current: BuildState, catalog: Catalog,
               documents: dict[str, Rendered], entity_summaries: dict[str, Rendered] | None = None) -> Plan | None:
    """What an incremental build makes again and deletes; None: build everything.

    Only a body changed: its page, the feed, for a summary the home page; with other
    snippets or counts, the pages of the entities it mentions; with other counts, the totals.
    A document new, deleted, or with another front or shape: see _reached_by_changed_documents.
    An entity with another page: its page; another one line or card: where it shows (its
    chips, the totals, the timelines of entities related to a dated one); recast: also the
    texts linking to it, its relations' other ends, the sitemap (by name) and the graph;
    relations declared or taken out: both ends' pages and the graph. Texts rendered again
    (a name or alias changed): their pages. The dossier's static files: copied when new or
    changed, deleted when gone (no page depends on them)."""
    if previous is None or previous.frame != current.frame:
        return None
    before_entities, now_entities = previous.entity_states, current.entity_states
    added = now_entities.keys() - before_entities.keys()
    deleted = before_entities.keys() - now_entities.keys()
    kept = now_entities.keys() - added
    if any(before_entities[i].file != now_entities[i].file for i in kept):
        return None   # an entity's file moved (the entities' order follows the files)
    # an entity with another name, type, date, place or participants (its card)
    recast = {i for i in kept if before_entities[i].card != now_entities[i].card}
    touched = _relation_reach(previous, current, added, deleted, recast, catalog) | \
        _rendered_again(documents, entity_summaries or {}, catalog)
    if added or deleted or recast:
        # (a new page, or one gone, or a name: the sitemap orders the entities by name, and a
        # summary's line in the feed shows the names its links show; the lists and totals;
        # the texts that named it follow as edits)
        touched |= {SITEMAP, FEED, *TOTALS_PAGES}
    totals_changed: set[str] = set()
    changed: set[str] = set()    # new, deleted, with another front matter or shape
    for doc_id in previous.documents.keys() | current.documents.keys():
        before, now = previous.documents.get(doc_id), current.documents.get(doc_id)
        if before is None or now is None or before.front != now.front or before.shape != now.shape:
            changed.add(doc_id)
        if before is None or now is None or before.same(now):
            continue
        kind = "article" if doc_id in catalog.articles else "summary"
        touched |= {page_path(kind, doc_id), FEED} | ({HOME} if kind == "summary" else set())
        mentioned = {m.entity_id for m in documents[doc_id].mentions}
        if before.counts != now.counts or before.snippets != now.snippets:
            touched |= {page_path("entity", e) for e in mentioned}
        if before.counts != now.counts:
            totals_changed |= mentioned
    # an entity with another page, one line or card: its page, and where its one line shows
    one_lines_changed = set()
    for entity_id, now in now_entities.items():
        before = before_entities.get(entity_id)
        if before != now:
            touched.add(page_path("entity", entity_id))
            if before is None or before.one_line != now.one_line or entity_id in recast:
                one_lines_changed.add(entity_id)   # (its card shows where its one line does)
    # each document's entities (computed once, when something needs them)
    mentions = {i: [m.entity_id for m in found] for i, found in site_facts(catalog, documents).mentions.items()} \
        if one_lines_changed or changed else {}
    if one_lines_changed:
        touched |= _one_line_reach(one_lines_changed, catalog, mentions)
        totals_changed |= one_lines_changed
    if recast:
        # the texts that link to a recast entity show its name
        pages, linking = _referring_texts(recast, catalog)
        touched |= pages | _one_line_reach(linking, catalog, mentions)
        totals_changed |= linking
    removed: set[str] = {page_path("entity", i) for i in deleted}
    if changed:
        reached = _reached_by_changed_documents(changed, previous, current, catalog, mentions)
        if reached is None:
            return None
        more, entities, removed_documents = reached
        touched |= more
        totals_changed |= entities - deleted
        removed |= removed_documents
    if totals_changed:
        touched.update(TOTALS_PAGES)
        for entity in catalog.entities.values():
            involved = {entity.place, *entity.participants} if entity.date else set()
            if involved & totals_changed:
                touched.add(page_path("entity", entity.id))
                touched |= {page_path("entity", end.other) for end in catalog.relations.get(entity.id, [])}
        # a dated relation's entry, on both ends' timelines, holds both ends
        touched |= {page_path("entity", end.other) for entity_id in totals_changed
                    for end in catalog.relations.get(entity_id, []) if end.relation.date}
    # the dossier's static files: copied when new or changed, deleted when gone (no page
    # depends on them); a file that became a folder, or the other way round, is a full build
    if previous.static.keys() & _folders(current.static) or current.static.keys() & _folders(previous.static):
        return None
    static = {path for path, stat in current.static.items() if previous.static.get(path) != stat or stat[0] < 0}
    return Plan(touched - removed, removed, static, previous.static.keys() - current.static.keys())


def _folders(paths: Iterable[str]) -> set[str]:
    """Every folder holding one of these paths ('a/b/c' → 'a', 'a/b')."""
    folders = set()
    for path in paths:
        parts = path.split("/")
        folders.update("/".join(parts[:end]) for end in range(1, len(parts)))
    return folders


def _relation_reach(previous: BuildState, current: BuildState, added: set[str], deleted: set[str],
                    recast: set[str], catalog: Catalog) -> set[str]:
    """Where relations declared, changed or taken out show (with their entity, new or deleted;
    those its place and participants make; those of a recast entity, which show its name and
    date): both ends' pages as they were and are (their lists and timelines), the graph page
    and its data."""
    before, now = previous.entity_states, current.entity_states
    relating = [i for i in now if i in added or i in recast or before[i].relations != now[i].relations]
    relating += [i for i in deleted if before[i].related]
    # (no other entity can refer to a new or deleted one unchanged: a reference to an unknown
    # id is an error)
    pages = {page_path("entity", other) for i in relating
             for other in {*(now[i].related.split() if i in now else ()),
                           *(before[i].related.split() if i in before else ())}}
    # the relations other entities declare to a recast one
    pages |= {page_path("entity", end.other) for i in recast for end in catalog.relations.get(i, [])}
    return pages | ({*RELATION_PAGES, *DATED_RELATION_PAGES, GRAPH_DATA} if relating else set())


def _rendered_again(documents: dict[str, Rendered], entity_summaries: dict[str, Rendered], catalog: Catalog) -> set[str]:
    """The pages of the texts this build rendered (Rendered.fresh). One rendered again though
    it did not change (a name or alias changed, or a link's target) may now have a mention
    spanning other words, or a link showing another name, where the outcome the state keeps
    is the same. A summary's HTML is on the home page too, when it is the lead."""
    pages = set()
    for doc_id, rendered in documents.items():
        if rendered.fresh:
            summary = doc_id in catalog.summaries
            pages |= {page_path("summary" if summary else "article", doc_id), *((HOME,) if summary else ())}
    return pages | {page_path("entity", i) for i, rendered in entity_summaries.items() if rendered.fresh}


def _reached_by_changed_documents(changed: set[str], previous: BuildState, current: BuildState, catalog: Catalog,
                                 mentions: dict[str, list[str]]) -> tuple[set[str], set[str], set[str]] | None:
    """The pages that documents new, deleted or with another front matter or shape reach (as
    they were and are: their own, the lists, the entities they mention, the articles they
    cite, the texts linking to them, their tags' pages, their families, the related articles
    near them), the entities whose totals they may change, and the files to delete;
    None when a full build is needed: a file that went from articles to summaries."""
    before = {i: previous.facts(i) for i in changed if i in previous.documents}
    now = {i: current.facts(i) for i in changed if i in current.documents}
    facts = [*before.values(), *now.values()]
    if any(before[i].kind != now[i].kind for i in before.keys() & now.keys()):
        return None
    articles = catalog.articles
    removed = {page_path(f.kind, i) for i, f in before.items() if i not in now}
    entities = {entity for f in facts for entity in f.mentions}
    # Copies and translations: the families of the changed articles, as they were and are.
    # Each member's page shows the family (its members' titles, outlets, dates, and its
    # syndicated copies); the texts citing a member and the entities a member mentions show
    # counts of independent sources (families), which a family joined, left or split changes.
    members = _family_members({f.family for f in before.values()} - {""}, previous) | \
        _family_members({f.family for f in now.values()} - {""}, current)
    # (a member that did not change mentions what it did; one that did is among `facts`)
    entities |= {entity for i in members if i in mentions for entity in mentions[i]}
    members_now = [i for i in members if i in articles]
    touched = {*LIST_PAGES, *TOTALS_PAGES, *(page_path(f.kind, i) for i, f in now.items()),
               *(page_path("article", i) for i in members_now),
               *(page_path("entity", entity) for entity in entities),
               *(page_path("article", article) for f in facts for article in f.cites if article in articles)}
    # a relation lists its sources on both its entities' pages and on the graph page
    for ends in catalog.relations.values():
        for end in ends:
            if changed.intersection(end.relation.sources):
                touched |= {page_path("entity", end.subject), page_path("entity", end.object), *RELATION_PAGES,
                            *DATED_RELATION_PAGES}
    # the texts that link to or cite them show their titles, outlets and dates
    pages, linking = _referring_texts(changed | members, catalog)
    touched |= pages
    if linking:
        entities |= linking
        touched |= _one_line_reach(linking, catalog, mentions)
    slugs = {tag_slug(tag) for f in facts for tag in f.tags}
    if slugs:
        tag_touched, tag_removed = _tag_pages(slugs, previous.tags, current.tags, catalog)
        touched |= tag_touched
        removed |= tag_removed
    old_versions = {i: (f.date, f.mentions) for i, f in before.items() if f.kind == "article"}
    touched |= {page_path("article", i) for i in related_reach(catalog, mentions, changed, old_versions)}
    return touched, entities, removed


def _related_ids(entity: Entity) -> set[str]:
    """The entities on whose pages (relations, timelines) this one's file puts something."""
    return {relation.target for relation in entity.relations} | set(entity.participants) | \
        ({entity.place} if entity.place else set())


def _family_id(item, families) -> str:
    family = families.get(item.id) if item.kind == "article" else None
    return family.id if family is not None and family.size > 1 else ""


def _family_members(family_ids: set[str], state: BuildState) -> set[str]:
    """The articles of these families (by the id of each, its original) in a build's state."""
    if not family_ids:
        return set()
    return {doc_id for doc_id, document in state.documents.items()
            if StoredFacts._make(document.facts).family in family_ids}


def _referring_texts(ids: set[str], catalog: Catalog) -> tuple[set[str], set[str]]:
    """The pages of the documents that link to or cite any of these ids (a link shows its
    target's title or name), and the entities whose summaries do: their pages show it, and
    when it is in the summary's first sentence, so does the entity's one line, on every chip
    of it and wherever its total shows (the caller adds those)."""
    wanted = ids | {EVERY_ID}
    pages = {page_path(item.kind, item.id) for item in [*catalog.articles.values(), *catalog.summaries.values()]
             if not wanted.isdisjoint(item.source.referenced_ids)}
    linking = {entity.id for entity in catalog.entities.values()
               if entity.summary and not wanted.isdisjoint(referenced_ids(entity.summary))}
    return pages, linking


def _one_line_reach(entity_ids: set[str], catalog: Catalog, mentions: dict[str, list[str]]) -> set[str]:
    """The pages that show these entities' one line (their summary's first sentence) besides
    the pages showing their totals (TOTALS_PAGES and the timelines of the events involving
    them, which the caller adds): their own pages, the documents with their chips, for a
    dated entity the pages of the entities related to it (their timelines carry its entry),
    and the other ends of their dated relations (whose timelines carry the relation's entry,
    with both ends' chips)."""
    touched = {page_path("entity", entity_id) for entity_id in entity_ids}
    touched |= {page_path("article" if doc_id in catalog.articles else "summary", doc_id)
                for doc_id, found in mentions.items() if entity_ids.intersection(found)}
    for entity_id in entity_ids:
        dated = bool(catalog.entities[entity_id].date)
        touched |= {page_path("entity", end.other) for end in catalog.relations.get(entity_id, [])
                    if dated or end.relation.date}
    return touched


def _tag_pages(slugs: set[str], names_before: dict[str, str], names_now: dict[str, str],
               catalog: Catalog) -> tuple[set[str], set[str]]:
    """For tags some changed articles carry or carried: their pages (deleted when no document
    carries the tag any more), the entity pages carrying them (an entity shows only the tags
    that have pages), and where a tag's name changed, every page with that tag."""
    touched, removed = set(), set()
    renamed = set()
    for slug in slugs:
        if slug in names_now:
            touched.add(tag_path(slug))
        elif slug in names_before:
            removed.add(tag_path(slug))
        if names_before.get(slug) != names_now.get(slug):
            renamed.add(slug)
    slug_of: dict[str, str] = {}

    def slugs_of(item) -> set[str]:
        return {slug_of.get(tag) or slug_of.setdefault(tag, tag_slug(tag)) for tag in item.tags}

    if renamed:
        touched |= {page_path(item.kind, item.id) for item in [*catalog.articles.values(), *catalog.summaries.values()]
                    if slugs_of(item) & renamed}
    touched |= {page_path("entity", e.id) for e in catalog.entities.values() if slugs_of(e) & slugs}
    return touched, removed
