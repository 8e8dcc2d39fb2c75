"""Which output files an edit touches: the plan of an incremental build.

Each build records a BuildState in its output folder's marker: a signature of everything
but the articles, summaries and entities (the `frame`: the generator's code, the build
options, the settings, the theme and the dossier's own templates), the size and time of its
own static files, the name each tag goes by, for each entity the hashes of what only its
page shows (summary, roles, links, aliases, tags), of its one line (its summary's first
sentence), of its card (name, type, dates, place, participants) and of the relations it
declares (with their other ends), and its file's path; and for each document the hash of
its path and front matter, of its body, and of what its Markdown gave: its shape (the ids
it mentions, in order, its citations and its links), its mention counts and its snippets;
and the few facts of its front matter the plan needs (DocumentFacts: its date, tags,
entities and citations).

When the frame, every document's front matter and shape are unchanged, only bodies changed.
Following views.py, a body reaches:
- its own page (the body, the chips with this page's counts);
- the feed (an entry's first sentence) and, for a summary, the home page (the lead summary);
- when its snippets or counts changed, the pages of the entities it mentions ("Mentioned in");
- when its counts changed, every place that shows those entities' totals: the home page, the
  Who's who page, the timeline, the scripts' data, and the pages whose timelines carry an
  event or dated entity involving them (that entity's own page and those related to it).
An article or summary that is new, deleted, or whose front matter or shape changed (a title,
a date, tags, a mention, a citation, a link, a copy or translation declared) reaches, as it
was and as it is:
- its own page (written, or deleted), the lists (articles, summaries, sources, tags,
  timeline, home), the feed and sitemap;
- for a summary, the articles it cites (their "Cited by");
- the pages of the entities it mentions, and the totals as above;
- the texts that link to it or cite it (they show its title, outlet and date), and the
  relations that cite it (on their entities' pages and the graph page); an entity's summary
  that links to it may hold its title in its first sentence, the entity's one line, shown
  on every chip of the entity and wherever its total shows;
- its tags' pages (written, or deleted with their last article) and the entities' pages
  that carry those tags (a tag with pages shows there); where a tag's name changes (the
  first article to carry it spells it), every page with that tag;
- the related articles of the articles near it in the lists of its entities (related_reach);
- for an article with copies or translations (its family, as it was and is), every member's
  page (each shows the family), and the texts citing a member and the entities a member
  mentions: they count independent sources, that is families, which a family joined, left
  or split changes.
An entity whose summary, roles, links, aliases or tags changed reaches its own page; when its
one line changed too, every place that shows it: the documents with its chips, the pages
showing its total (as above), and for a dated entity the pages of the entities related to
it (their timelines carry its entry). An alias added or taken out also changes the Markdown
of the texts that hold it (markup.reuse_across_names renders those alone): their pages
follow from their new mentions as for any edit, and an entity page whose summary gained or
lost a mention, from that summary's outcome hashes. The relations an entity's file declares,
added, changed or taken out, reach the pages of both ends as they were and are (their
lists and timelines), the graph page and its data. An entity with another name, type, date,
place or participants (its card) reaches what its one line does, the pages of every entity
it relates to (as they were and are: its place and participants make relations too, and
relations and timeline entries show its name, type and date), the graph, the sitemap (which
orders entities by name) and the texts that link to it (a link shows its name; a name
change renders them again). A new entity reaches its page, the sitemap, where a new one
line and card show and its relations' other ends; the texts its names now find follow as
above. A deleted entity reaches the sitemap, the lists and totals, the pages its
relations, place and participants were on (their relations and timelines) and the graph;
its page is deleted, and the texts that named it follow as above (a document or entity
that still refers to it is an error; one that names a new entity in its `entities:` has
changed as well). An entity file moved to another folder (the entities' order follows their
files) is a full build.
The dossier's own static files are copied when new or changed and deleted when gone; no
page depends on them (the theme's are in the frame).
Every other page is the same as in the previous site and is hard-linked from it. Anything
else changed (a template, the settings, a file moved between articles and summaries...): a
full build, which still reuses every unchanged file (write.py) and search shard (search.py).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple
from collections.abc import Iterable

from .cache import code_fingerprint, digest_of, settled
from .index import Catalog, page_path, tag_path, tag_slug
from .markup import Rendered
from .quotes import EVERY_ID, referenced_ids
from .model import Entity
from .views import ENTITY_DATA, GRAPH_DATA, document_mentions, entity_one_line, newest_key, related_reach, tag_names

# What of an entity only its own page shows (the summary's first sentence aside, and the
# aliases' mentions in the texts, which their renderings carry: see EntityState; its tags
# show on its page alone, tag pages list documents); the rest is its card (name, type,
# dates, place, participants: what its chips, links, relations and timeline entries show).
ENTITY_PAGE_FIELDS = ("summary", "roles", "links", "aliases", "tags")
_ENTITY_CARD_FIELDS = tuple(f for f in Entity.__dataclass_fields__
                            if f not in (*ENTITY_PAGE_FIELDS, "source", "relations"))
TOTALS_PAGES = ("index.html", "entities/index.html", "timeline/index.html", ENTITY_DATA, GRAPH_DATA)
LIST_PAGES = ("articles/index.html", "summaries/index.html", "sources/index.html", "tags/index.html", "feed.xml",
              "sitemap.xml")


@dataclass(frozen=True)
class DocumentFacts:
    """What the plan needs to know of a document as it was in the previous build."""

    kind: str
    date: tuple | None           # views.newest_key: where it stands among the newest
    tags: tuple[str, ...]
    mentions: tuple[str, ...]    # the entities it mentions or has attached
    family: str                  # with several copies or translations, the id of their family; else ""
    cites: tuple[str, ...]       # the articles it cites (their pages list it under "Cited by")

    @classmethod
    def from_json(cls, data: list, entities: tuple[str, ...]) -> "DocumentFacts":
        """From DocumentState.facts: a list, the entities by their numbers in `entities`
        (a third of the size of their ids)."""
        kind, date, tags, mentions, family, cites = data
        return cls(str(kind), tuple(date), tuple(map(str, tags)), tuple(entities[n] for n in mentions), str(family),
                   tuple(map(str, cites)))


class DocumentState(NamedTuple):
    """What the plan needs to know of a document: hashes, and its facts as the marker keeps
    them (a tuple is written as a list): 5,700 of them are made, written and read at each
    build of 5,000 articles, and the plan decodes the facts of the few it needs."""

    front: str       # its path, id and front matter
    body: str
    shape: str
    counts: str
    snippets: str
    facts: list | tuple   # see DocumentFacts.from_json; the front matter and shape say when they change

    def same(self, other: "DocumentState") -> bool:
        """Whether the text and outcome are the same (the facts follow from them, but for the
        family, which the plan follows from the articles that changed)."""
        return self[:5] == other[:5]


class EntityState(NamedTuple):
    """What the plan needs to know of an entity (hashes, but `related` and `file`)."""

    page: str       # what only its page shows, and what its summary's Markdown gave (its mentions,
                    # snippets, links: another entity's alias may appear there)
    one_line: str   # its summary's first sentence, on its chips, lists and timeline entry
    card: str       # its name, type, dates, place and participants
    relations: str  # the relations its file declares
    related: str    # the ids of their other ends and of its place and participants (space-separated)
    file: str       # its file's path (the order of the entities follows it)

    @classmethod
    def of(cls, entity: Entity, catalog: Catalog, summary: Rendered | None) -> "EntityState":
        return cls(digest_of(*(getattr(entity, name) for name in ENTITY_PAGE_FIELDS), summary.digests if summary else ()),
                   digest_of(entity_one_line(entity, catalog)),
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
    """The state of this build (see the module's docstring). `static` and `templates`: the
    dossier's own static files (path inside static/, stat) and templates (path, size, mtime),
    as load.list_content lists them (links leading outside the dossier left out)."""
    summaries = entity_summaries or {}
    entities = sorted(catalog.entities.values(), key=lambda e: e.id)
    frame = digest_of(code_fingerprint(), options, repr(catalog.config), file_stats(theme_places), list(templates))
    entity_states = {e.id: EntityState.of(e, catalog, summaries.get(e.id)) for e in entities}
    mentions = document_mentions(catalog, documents)
    entity_ids = tuple(sorted(catalog.entities))
    number = {entity: n for n, entity in enumerate(entity_ids)}
    families = catalog.families
    states = {}
    for item in [*catalog.articles.values(), *catalog.summaries.values()]:
        found = mentions[item.id]   # (one Mention per entity, as the Markdown pass and views make them)
        rendered = documents[item.id]
        facts = (item.kind, newest_key(item), item.tags, list(map(number.__getitem__, next(zip(*found)))) if found else [],
                 _family_id(item, families), [c.article_id for c in rendered.citations])
        states[item.id] = DocumentState(digest_of(item.source.rel, item.kind, item.source.yaml_digest),
                                        item.source.body_digest, *rendered.digests, facts)
    return BuildState(frame, tag_names(catalog), entity_ids, states, entity_states, static_files(static))


def static_files(files: list[tuple[str, os.stat_result]]) -> dict[str, list]:
    """The dossier's static files (path inside static/, stat), each as [size, modification
    time]; one modified too recently to be told from a second save (cache.settled) as
    [-1, -1]: never equal, it is copied again at the next build."""
    return {path: [stat.st_size, stat.st_mtime_ns] if settled(stat.st_mtime_ns) else [-1, -1]
            for path, stat in files}


def plan_build(previous: BuildState | None, current: BuildState, catalog: Catalog,
               documents: dict[str, Rendered], entity_summaries: dict[str, Rendered] | None = None) -> Plan | None:
    """What an incremental build makes again and deletes; None: build everything."""
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
        touched |= {"sitemap.xml", "feed.xml", *TOTALS_PAGES}
    totals_changed: set[str] = set()
    changed: set[str] = set()    # new, deleted, with another front matter or shape
    for doc_id in previous.documents.keys() | current.documents.keys():
        before, now = previous.documents.get(doc_id), current.documents.get(doc_id)
        if before is None or now is None or before.front != now.front or before.shape != now.shape:
            changed.add(doc_id)
        if before is None or now is None or before.same(now):
            continue
        kind = "article" if doc_id in catalog.articles else "summary"
        touched |= {page_path(kind, doc_id), "feed.xml"} | ({"index.html"} if kind == "summary" else set())
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
    mentions = {i: [m.entity_id for m in found] for i, found in document_mentions(catalog, documents).items()} \
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
    return pages | ({"graph/index.html", GRAPH_DATA} if relating else set())


def _rendered_again(documents: dict[str, Rendered], entity_summaries: dict[str, Rendered], catalog: Catalog) -> set[str]:
    """The pages of the texts this build rendered (Rendered.fresh). One rendered again though
    it did not change (a name or alias changed, or a link's target) may now have a mention
    spanning other words, or a link showing another name, where the outcome the state keeps
    is the same. A summary's HTML is on the home page too, when it is the lead."""
    pages = set()
    for doc_id, rendered in documents.items():
        if rendered.fresh:
            summary = doc_id in catalog.summaries
            pages |= {page_path("summary" if summary else "article", doc_id), *(("index.html",) if summary else ())}
    return pages | {page_path("entity", i) for i, rendered in entity_summaries.items() if rendered.fresh}


def _reached_by_changed_documents(changed: set[str], previous: BuildState, current: BuildState, catalog: Catalog,
                                 mentions: dict[str, list[str]]) -> tuple[set[str], set[str], set[str]] | None:
    """The pages that documents new, deleted or with another front matter reach (see the
    module's docstring), the entities whose totals they may change, and the files to delete;
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
                touched |= {page_path("entity", end.subject), page_path("entity", end.object), "graph/index.html"}
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
    return {doc_id for doc_id, document in state.documents.items() if document.facts[4] in family_ids}


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
    them, which the caller adds): their own pages, the documents with their chips, and for a
    dated entity the pages of the entities related to it (their timelines carry its entry)."""
    touched = {page_path("entity", entity_id) for entity_id in entity_ids}
    touched |= {page_path("article" if doc_id in catalog.articles else "summary", doc_id)
                for doc_id, found in mentions.items() if entity_ids.intersection(found)}
    for entity_id in entity_ids:
        if catalog.entities[entity_id].date:
            touched |= {page_path("entity", end.other) for end in catalog.relations.get(entity_id, [])}
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
