"""The timelines: the site's (events, dated relations and dated articles, by year, with a
filter by entity) and each entity's own (its events, dated relations and the articles
mentioning it). A copy of an article (copy_of) is shown under its original, not on its own."""
from __future__ import annotations

from collections import defaultdict

from ..i18n import _
from ..index import page_path
from ..model import Entity, Relation
from .refs import Inputs
from .routes import ROUTE
from .types import TimelineEntry, TimelinePage, YearGroup

TIMELINE_ARTICLES = 10  # on an entity's own timeline: this many earliest and latest articles


def event_entry(inputs: Inputs, entity: Entity) -> TimelineEntry:
    """A dated entity's entry, with the place and participants involved."""
    refs = inputs.refs.entities
    involved = ([entity.place] if entity.place else []) + entity.participants
    found = [refs[i] for i in dict.fromkeys(involved) if i in refs]
    return TimelineEntry(entity.date, entity.type, entity.name, page_path("entity", entity.id),
                         refs[entity.id].one_line, found, tuple(dict.fromkeys([entity.id, *(r.id for r in found)])))


def relation_entry(inputs: Inputs, relation: Relation) -> TimelineEntry:
    """A dated relation's entry, "A — type — B", with its sources and both ends (made once)."""
    refs = inputs.refs
    entry = refs.relation_entries.get(id(relation))
    if entry is None:
        subject, target, articles = refs.entities[relation.subject], refs.entities[relation.target], refs.articles
        entry = refs.relation_entries[id(relation)] = TimelineEntry(
            relation.date, "relation", f"{subject.name} — {relation.type} — {target.name}",
            subject.href + "#relations", relation.note or "", [subject, target],
            tuple(dict.fromkeys([subject.id, target.id])),
            sources=tuple(articles[s] for s in relation.sources if s in articles))
    return entry


def declared_relations(inputs: Inputs) -> list[Relation]:
    """Every dated relation written in an entity's file (not those an event's place and
    participants imply: the event is on the timeline itself), whose target exists."""
    entities = inputs.catalog.entities
    return [r for e in entities.values() for r in e.relations if r.date and r.target in entities]


def site_timeline(inputs: Inputs) -> list[TimelineEntry]:
    """Every dated entity, declared relation and article, in time order."""
    catalog, refs = inputs.catalog, inputs.refs
    entries = [event_entry(inputs, e) for e in catalog.entities.values() if e.date]
    entries += [relation_entry(inputs, r) for r in declared_relations(inputs)]
    entries += [refs.article_entry(a) for a in catalog.articles.values()
                if a.published and not refs.is_shown_copy(a)]
    return sorted(entries, key=_timeline_key)


def entity_timeline(inputs: Inputs, entity: Entity) -> list[TimelineEntry]:
    """An entity's own timeline: its date, the events and dated relations it is in, and the
    articles mentioning it: all of them while there are few, beyond that the first and
    latest reports (every article is listed under "Mentioned in", and the timeline page
    filters by entity)."""
    catalog, refs = inputs.catalog, inputs.refs
    entries = []
    if entity.date:
        entries.append(event_entry(inputs, entity))
    for end in catalog.relations.get(entity.id, []):
        other = catalog.entities[end.other]
        if other.date and other.type == "event" and end.other != entity.id:
            entries.append(event_entry(inputs, other))
        elif end.relation.date and not end.relation.derived:
            entries.append(relation_entry(inputs, end.relation))
    _, ids = inputs.facts.articles_of(entity.id)
    dated = [i for i in ids if catalog.articles[i].published]
    listed = set(dated)   # (a copy whose original is listed is shown under it)
    dated = [i for i in dated
             if not (refs.is_shown_copy(catalog.articles[i]) and catalog.articles[i].copy_of in listed)]
    if len(dated) > 2 * TIMELINE_ARTICLES:
        dated = dated[:TIMELINE_ARTICLES] + dated[-TIMELINE_ARTICLES:]
    entries += [refs.article_entry(catalog.articles[i]) for i in dated]
    unique = {(e.kind, e.href, e.title): e for e in entries}
    return sorted(unique.values(), key=_timeline_key)


def timeline_complete(inputs: Inputs, entity: Entity) -> bool:
    """Whether the entity's timeline holds every article mentioning it."""
    return len(inputs.facts.articles_of(entity.id)[1]) <= 2 * TIMELINE_ARTICLES


def timeline_page(entries: list[TimelineEntry]) -> TimelinePage:
    route = ROUTE["timeline"]
    ids = sorted({entity_id for entry in entries for entity_id in entry.involves})
    return TimelinePage(_(route.title), route.path, route.template, _by_year(entries), ids,
                        {entity_id: _base36(number) for number, entity_id in enumerate(ids)})


def _base36(number: int) -> str:
    digits = ""
    while True:
        number, digit = divmod(number, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[digit] + digits
        if not number:
            return digits


def _timeline_key(entry: TimelineEntry) -> tuple:
    return (entry.date.sort_key, entry.kind != "event", entry.title)


def _by_year(entries: list[TimelineEntry]) -> list[YearGroup]:
    groups: dict[int, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        groups[entry.year].append(entry)
    return [YearGroup(year, groups[year]) for year in sorted(groups)]
