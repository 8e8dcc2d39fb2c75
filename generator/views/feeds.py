"""The files that are not pages: the Atom feed, the sitemap's addresses, and the data the
theme's scripts read (the entities for link previews, the graph's nodes and edges)."""
from __future__ import annotations

import calendar
import functools
import heapq
import itertools
from collections import Counter, defaultdict
from collections.abc import Callable

from ..config import Config
from ..dates import FuzzyDate
from ..facts import contenders, first_sentence, plain_text
from ..i18n import _
from .labels import relation_wording, type_label
from ..index import SECTION, page_path, tag_slug
from ..model import KNOWN_ENTITY_TYPES
from .refs import Inputs
from .types import FeedEntry, FeedView

FEED_ENTRIES = 50


def absolute(inputs: Inputs, path: str) -> str:
    """A page's pretty address: absolute with a base_url, else relative to the site root."""
    pretty = path.removesuffix("index.html")
    base = inputs.catalog.config.base_url
    return (base + pretty) if base else (pretty or "./")


def feed(inputs: Inputs) -> FeedView:
    """The newest articles and summaries (their text is reduced only for those)."""
    catalog, config = inputs.catalog, inputs.catalog.config
    items = [("article", a, a.published) for a in catalog.articles.values()]
    items += [("summary", s, s.date) for s in catalog.summaries.values()]
    keyed = heapq.nlargest(FEED_ENTRIES, ((_rfc3339(date), entry_id(config, kind, item.id), kind, item)
                                          for kind, item, date in items), key=lambda entry: entry[:2])
    entries = []
    for updated, key, kind, item in keyed:
        if kind == "article":
            summary = item.summary or first_sentence(plain_text(item.body), 300)
            author = ", ".join(item.authors) or item.outlet
        else:
            summary = item.summary or first_sentence(plain_text(item.body, catalog), 300)
            author = config.author or config.organisation
        entries.append(FeedEntry(kind, item.title, absolute(inputs, page_path(kind, item.id)), key,
                                 updated, summary, author))
    return FeedView(entries, keyed[0][0] if keyed else _rfc3339(None))


def entry_id(config: Config, kind: str, item_id: str) -> str:
    """The Atom id of a document (with no id: the dossier's own): its address under an
    http(s) base_url, else a URN made from the dossier's title."""
    base = config.base_url
    if base and base.startswith("http"):
        return f"{base}{SECTION[kind]}/{item_id}/" if item_id else base
    return _urn(config.title) + (f":{kind}:{item_id}" if item_id else "")


@functools.lru_cache(maxsize=4)
def _urn(title: str) -> str:
    return f"urn:dossier:{tag_slug(title)}"


def sitemap(inputs: Inputs, paths: Callable[[], list[str]]) -> list[str]:
    """The addresses of the pages `paths` gives (none without a base_url)."""
    if not inputs.catalog.config.base_url:
        return []
    return [absolute(inputs, path) for path in paths()]


def entity_index(inputs: Inputs) -> dict:
    """id → what a link preview shows of the entity, and the other names it is known by
    (`aliases`, when it has any: the timeline's filter finds an entity by any of them)."""
    entities = inputs.catalog.entities
    index = {}
    for ref in sorted(inputs.refs.entities.values(), key=lambda r: r.id):
        index[ref.id] = {"name": ref.name, "type": ref.type, "typeLabel": ref.type_label,
                         "summary": ref.one_line, "href": ref.href, "mentions": ref.count}
        if entities[ref.id].aliases:
            index[ref.id]["aliases"] = list(entities[ref.id].aliases)
    return index


def graph(inputs: Inputs, co_mentions_per_entity: int = 5) -> dict:
    """Nodes, typed relation edges, and each entity's strongest co-mentions."""
    relations = inputs.catalog.relations
    edges, seen = [], set()
    for entity_id in sorted(relations):
        for end in relations[entity_id]:
            key = (end.relation.subject, end.relation.target, end.relation.type)
            if end.outgoing and key not in seen:
                seen.add(key)
                edges.append({"source": key[0], "target": key[1], "label": relation_wording(end.relation, key[2]),
                              "kind": "relation"})
    # Each entity's partners counted over its own documents, one entity at a time (a table
    # of every pair would grow with the square of the entities a document mentions).
    entities_of = [list({m.entity_id for m in mentions}) for mentions in inputs.facts.mentions.values()]
    documents_of: dict[str, list[int]] = defaultdict(list)
    for index, entity_ids in enumerate(entities_of):
        for entity_id in entity_ids:
            documents_of[entity_id].append(index)
    related = {(e["source"], e["target"]) for e in edges} | {(e["target"], e["source"]) for e in edges}
    kept = set()
    for entity_id in sorted(documents_of):
        # one count over all the entity's documents rather than an update per document
        partners: Counter[str] = Counter(itertools.chain.from_iterable(
            map(entities_of.__getitem__, documents_of[entity_id])))
        del partners[entity_id]
        if not partners:
            continue
        best = heapq.nlargest(co_mentions_per_entity, [(partners[other], other)
                                                      for other in contenders(partners, co_mentions_per_entity)])
        for count, other in best:
            pair = tuple(sorted((entity_id, other)))
            if pair not in kept and pair not in related:
                kept.add(pair)
                edges.append({"source": pair[0], "target": pair[1], "label": _("mentioned together ×%(count)s") % {"count": count},
                              "kind": "co-mention", "weight": count})
    nodes = [{"id": ref.id, "name": ref.name, "type": ref.type, "href": ref.href, "mentions": ref.count}
             for ref in sorted(inputs.refs.entities.values(), key=lambda r: r.id)]
    types = [t for t in KNOWN_ENTITY_TYPES if any(n["type"] == t for n in nodes)]
    types += sorted({n["type"] for n in nodes} - set(types))
    return {"nodes": nodes, "edges": edges, "types": types,
            "typeLabels": {t: type_label(t, plural=True) for t in types}}   # (the filter's words)


@functools.lru_cache(maxsize=16384)
def _rfc3339(date: FuzzyDate | None) -> str:
    """An Atom timestamp for a date of any precision (the earliest instant it can mean)."""
    if date is None:
        return "1970-01-01T00:00:00Z"
    year, month, day, time = date.sort_key
    month = max(month, 1)
    day = max(min(day, calendar.monthrange(year, month)[1]) if day > 28 else day, 1)
    time = time or "00:00"
    tz = date.tz if date.tz and date.time else "Z"
    return f"{year:04d}-{month:02d}-{day:02d}T{time}:00{tz}"
