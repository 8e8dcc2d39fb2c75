"""The facts about a dossier that no single document holds: which entities each document
mentions, who mentions each entity and how often, which summaries cite an article, the copies
and translations of each article, where each document stands among the newest, and which
documents carry each tag. site_facts() gathers them into one Facts object; the views show
them and the incremental planner (incremental.py) follows what an edit changes in them.

Here too are the two rules both need to agree on: an entity's one line (its summary's first
sentence, on its chips and in lists) and the window from which an article's related articles
are drawn (related_articles, and related_reach: the articles an edit may give others).
"""
from __future__ import annotations

import bisect
import functools
import heapq
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import NamedTuple

from .index import Catalog, Mention, collect_backlinks, tag_slug
from .markup import Rendered
from .matcher import name_key
from .model import Article, Entity, Summary
from .outlets import Outlet, OutletBook

RELATED_WINDOW = 40   # an article's related ones are drawn, per entity, from this many nearest to it


class TagUse(NamedTuple):
    """A tag: the name it goes by (as the first article, else summary, to carry it spells it),
    and the ids of the articles and summaries carrying it."""

    name: str
    articles: list[str]
    summaries: list[str]


class OutletUse(NamedTuple):
    """An outlet of the dossier: a name articles or syndicated copies are attributed to
    (a described outlet's own name for any of its names; else the name as first written,
    case and accents folded to tell names apart)."""

    name: str
    outlet: Outlet | None              # its description, when the dossier gives one
    articles: list[str]                # the articles it published, newest first
    copies: list[tuple[str, int]]      # (article, index in its `syndicated`) of the copies it carried


class Facts:
    """The cross-document facts of one build. Each is worked out when first read: the
    planner reads a few, the views most of them."""

    def __init__(self, catalog: Catalog, documents: dict[str, Rendered]):
        self.catalog, self.documents = catalog, documents
        self._slugs: dict[str, str] = {}
        self._articles_of: dict[str, tuple[list[int], list[str]]] = {}

    @functools.cached_property
    def mentions(self) -> dict[str, list[Mention]]:
        """Each document's mentions (document_mentions)."""
        return document_mentions(self.catalog, self.documents)

    @functools.cached_property
    def backlinks(self) -> dict[str, list[tuple[str, Mention]]]:
        """entity → (document, mention) of each document mentioning it."""
        return collect_backlinks(self.mentions)

    @functools.cached_property
    def mention_totals(self) -> Counter[str]:
        """entity → its mentions in every document (a sum per entity over its backlinks)."""
        return Counter({entity_id: sum(mention.count for _, mention in found)
                        for entity_id, found in self.backlinks.items()})

    @functools.cached_property
    def cited_by(self) -> dict[str, list[str]]:
        """article → the summaries citing it (once per citation)."""
        cited_by: dict[str, list[str]] = defaultdict(list)
        summaries = self.catalog.summaries
        for doc_id, rendered in self.documents.items():
            if doc_id in summaries:
                for citation in rendered.citations:
                    cited_by[citation.article_id].append(doc_id)
        return cited_by

    @functools.cached_property
    def copies(self) -> dict[str, list[str]]:
        """article → the articles declaring themselves copies of it."""
        return self._declared("copy_of")

    @functools.cached_property
    def translations(self) -> dict[str, list[str]]:
        """article → the articles declaring themselves translations of it."""
        return self._declared("translation_of")

    def _declared(self, name: str) -> dict[str, list[str]]:
        found: dict[str, list[str]] = defaultdict(list)
        for article in self.catalog.articles.values():
            if original := getattr(article, name):
                found[original].append(article.id)
        return found

    @functools.cached_property
    def newest_rank(self) -> dict[str, int]:
        """Every document's position, newest first (undated last, ties by id)."""
        return newest_ranks(self.catalog)

    @functools.cached_property
    def ranked_ids(self) -> list[str]:
        """Every document's id at its place in newest_rank."""
        ranked = [""] * len(self.newest_rank)
        for doc_id, rank in self.newest_rank.items():
            ranked[rank] = doc_id
        return ranked

    @functools.cached_property
    def newest_articles(self) -> list[Article]:
        """The articles newest first (in the order of newest_rank)."""
        rank = self.newest_rank
        return sorted(self.catalog.articles.values(), key=lambda article: rank[article.id])

    @functools.cached_property
    def outlet_book(self) -> OutletBook:
        """The outlets the dossier describes, by their names."""
        return OutletBook(self.catalog.config.outlets)

    @functools.cached_property
    def outlets(self) -> dict[str, OutletUse]:
        """The dossier's outlets by name key, the one definition of an outlet that the home
        page counts and the sources page lists: an article without an outlet is not one."""
        uses: dict[str, OutletUse] = {}

        def use(written: str) -> OutletUse:
            described = self.outlet_book.match(written)
            key = name_key(described.name if described else written)
            return uses.get(key) or uses.setdefault(key, OutletUse(described.name if described else written,
                                                                   described, [], []))
        for article in self.newest_articles:
            if article.outlet:
                use(article.outlet).articles.append(article.id)
        for article in self.newest_articles:
            for index, copy in enumerate(article.syndicated):
                if copy.outlet:
                    use(copy.outlet).copies.append((article.id, index))
        return uses

    def outlet_name(self, written: str | None) -> str | None:
        """The name an outlet written so is shown under: its described name, else as written
        (what another article writes does not change this one's page)."""
        described = self.outlet_book.match(written)
        return described.name if described else written

    @functools.cached_property
    def tags(self) -> dict[str, TagUse]:
        """slug → the tag's use, by slug (collect_tags)."""
        return collect_tags(self.catalog, self.slug)

    def slug(self, tag: str) -> str:
        """tag_slug, once for each spelling."""
        slug = self._slugs.get(tag)
        if slug is None:
            slug = self._slugs[tag] = tag_slug(tag)
        return slug

    def articles_of(self, entity_id: str) -> tuple[list[int], list[str]]:
        """(ranks, ids) of the articles mentioning the entity, newest first."""
        found = self._articles_of.get(entity_id)
        if found is None:
            rank, articles = self.newest_rank, self.catalog.articles
            ordered = sorted((rank[d], d) for d, _ in self.backlinks.get(entity_id, ()) if d in articles)
            found = self._articles_of[entity_id] = ([r for r, _ in ordered], [d for _, d in ordered])
        return found

    def related_articles(self, article_id: str, limit: int = 5, window: int = RELATED_WINDOW) -> list[tuple[str, int]]:
        """(id, entities shared) of the articles sharing the most entities with this one, among
        those nearest to it in time; the best first, then newest first among equals.

        For each entity, only the `window` articles closest in date are candidates: the cost
        stays linear in the size of the dossier, and a widely mentioned entity does not make
        every article related to every other (related_reach follows this rule).
        """
        own = self.newest_rank[article_id]
        nearby: list[int] = []
        half = window // 2
        for mention in self.mentions[article_id]:
            ranks, _ = self.articles_of(mention.entity_id)
            middle = bisect.bisect_left(ranks, own)
            nearby += ranks[max(0, middle - half):middle + half + 1]
        # counted by rank (unique to a document, and newest first): one count over every window
        shared = Counter(nearby)
        shared.pop(own, None)
        if not shared:
            return []
        best = heapq.nsmallest(limit, [(-shared[other], other) for other in contenders(shared, limit)])
        return [(self.ranked_ids[other], -negative) for negative, other in best]


def site_facts(catalog: Catalog, documents: dict[str, Rendered]) -> Facts:
    """The cross-document facts of this catalog and its rendered documents."""
    return Facts(catalog, documents)


def document_mentions(catalog: Catalog, documents: dict[str, Rendered]) -> dict[str, list[Mention]]:
    """Each document's mentions: those its Markdown found, then the entities attached to it
    by hand (`entities:`) and the people its byline names (byline_people), counted as
    mentions with no occurrence: the person's page lists the articles they signed, and their
    mention totals count only what texts say of them."""
    mentions = {doc_id: rendered.mentions for doc_id, rendered in documents.items()}
    for document in [*catalog.articles.values(), *catalog.summaries.values()]:
        attached = [*document.entities, *(byline_people(catalog, document) if document.kind == "article" else ())]
        if attached:
            found = {m.entity_id for m in mentions[document.id]}
            explicit = [Mention(e, 0) for e in dict.fromkeys(attached) if e in catalog.entities and e not in found]
            mentions[document.id] = [*mentions[document.id], *explicit]
    return mentions


def byline_people(catalog: Catalog, article: Article) -> list[str]:
    """The person entities the article's authors name (their name or an alias, case and
    accents folded), in the byline's order."""
    return [person for person in map(functools.partial(byline_person, catalog), article.authors) if person]


def byline_person(catalog: Catalog, author: str) -> str | None:
    """The id of the person entity whose name or alias `author` is, or None."""
    found = catalog.matcher.names.get(name_key(author))
    if found is None or catalog.entities[found[1]].type != "person":
        return None
    return found[1]


def newest_key(item: Article | Summary) -> tuple:
    """Where a document stands among the newest: the greater key first (a dated one before
    the undated), ties by id (see newest_order)."""
    date = item.published if item.kind == "article" else item.date
    return (1, *date.sort_key) if date is not None else (0,)


def newest_order(items: list, key=newest_key, ident=lambda item: item.id) -> list:
    """Newest first, undated last, ties by id: two stable sorts (no inverted keys to build),
    by a `key` like newest_key's."""
    return sorted(sorted(items, key=ident), key=key, reverse=True)   # (reverse keeps ties in order)


def newest_ranks(catalog: Catalog) -> dict[str, int]:
    """Every document's position, newest first (undated last, ties by id)."""
    dated = [*catalog.articles.values(), *catalog.summaries.values()]
    return {item.id: rank for rank, item in enumerate(newest_order(dated))}


def collect_tags(catalog: Catalog, slug: Callable[[str], str] = tag_slug) -> dict[str, TagUse]:
    """slug → the tag's use (TagUse), by slug."""
    tags: dict[str, tuple[str, dict[str, None], dict[str, None]]] = {}   # (dicts: ordered sets)
    for items, position in ((catalog.articles.values(), 1), (catalog.summaries.values(), 2)):
        for item in items:
            for tag in item.tags:
                key = slug(tag)
                entry = tags.get(key) or tags.setdefault(key, (tag, {}, {}))
                entry[position][item.id] = None
    return {key: TagUse(name, list(articles), list(summaries))
            for key, (name, articles, summaries) in sorted(tags.items())}


def contenders(counts: Counter, limit: int) -> list:
    """The keys counted at least as often as the `limit`-th largest count: every one of the
    `limit` strongest is among them, picked without a Python loop over all (heapq and
    compress run in C); the caller orders the few left."""
    cutoff = heapq.nlargest(limit, counts.values())[-1]
    return list(itertools.compress(counts.keys(), map(cutoff.__le__, counts.values())))


def related_reach(catalog: Catalog, mentions: dict[str, Iterable[str]], changed: set[str],
                  old_versions: dict[str, tuple[tuple, Iterable[str]]]) -> set[str]:
    """The articles whose related articles may differ now that the `changed` articles are
    new, deleted, or moved (another date, other entities); `old_versions` gives the
    newest_key and entities of those that were there before, `mentions` every article's
    entities now.

    Facts.related_articles draws an article's related ones, for each entity it mentions, from
    the RELATED_WINDOW articles nearest to it in that entity's list (newest first). A change
    alters that window only for the articles within half a window of a changed article, in
    the list as it was or as it is: further away, the window holds the same articles."""
    articles = catalog.articles
    entities = {e for i in changed if i in articles for e in mentions[i]}
    entities |= {e for _, found in old_versions.values() for e in found}
    now: dict[str, list[tuple[tuple, str]]] = {entity: [] for entity in entities}
    before: dict[str, list[tuple[tuple, str]]] = {entity: [] for entity in entities}
    for doc_id, article in articles.items():
        key = None
        for entity in mentions[doc_id]:
            if entity in now:
                key = key or newest_key(article)
                now[entity].append((key, doc_id))
                if doc_id not in changed:
                    before[entity].append((key, doc_id))
    for doc_id, (key, found) in old_versions.items():
        for entity in found:
            before[entity].append((tuple(key), doc_id))
    reach = RELATED_WINDOW // 2 + 1
    touched: set[str] = set()
    for lists in (before, now):
        for items in lists.values():
            ordered = newest_order(items, key=lambda item: item[0], ident=lambda item: item[1])
            for position, (_, doc_id) in enumerate(ordered):
                if doc_id in changed:
                    touched.update(d for _, d in ordered[max(0, position - reach):position + reach + 1])
    return touched - changed


# ---------------------------------------------------------------- one lines

def plain_text(markdown_text: str, catalog: Catalog | None = None) -> str:
    """Markdown reduced to plain text for one-liners and feeds (not for display as HTML)."""
    def wiki(match: re.Match) -> str:
        if match.group(2):
            return match.group(2)
        target = catalog.targets.get(match.group(1)) if catalog else None
        return target.title if target else match.group(1)
    text = re.sub(r"\[\[\s*([^\]|]+?)\s*(?:\|\s*([^\]]+?)\s*)?\]\]", wiki, markdown_text)
    text = re.sub(r"\[@[^\]]*\]", "", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"[*_`#>]+", "", text)
    return " ".join(text.split())


def first_sentence(text: str, limit: int = 160) -> str:
    match = re.search(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý“\"'])", text)
    sentence = text[:match.start()] if match else text
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0] + "…"
    return sentence


def entity_one_line(entity: Entity, catalog: Catalog) -> str:
    """What an entity's chips, its line in lists and its timeline entry say of it: its
    summary's first sentence, a link there showing its target's title."""
    return first_sentence(plain_text(entity.summary, catalog))
