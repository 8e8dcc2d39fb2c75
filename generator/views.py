"""View objects: everything a template shows, computed once (URLs, labels, dates, counts).

build_site_views(catalog, documents, entity_summaries) → SiteViews. Templates receive
these objects and never dig through raw data or rebuild a URL: every `href` is a path
relative to the site root, and each page is given `root`, the prefix back to it.
"""
from __future__ import annotations

import bisect
import calendar
import dataclasses
import functools
import heapq
import itertools
import re
import urllib.parse
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from . import __version__
from .dates import DateSpan, FuzzyDate
from .index import (Catalog, Mention, RelationEnd, collect_backlinks, independent_sources, page_path,
                    tag_path, tag_slug)
from .markup import ROOT_PREFIX, Rendered
from .model import KNOWN_ENTITY_TYPES, Article, Entity, Summary
from .originals import PUBLISHED as PUBLISHED_ORIGINALS

ACCESS_LABELS = {"full": "Full text", "partial": "Partial text", "paywalled": "Paywalled"}
TYPE_LABELS = {"person": "People", "organization": "Organizations", "place": "Places",
               "event": "Events", "work": "Works"}
LANGUAGES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
             "pt": "Portuguese", "nl": "Dutch", "ar": "Arabic", "ru": "Russian", "zh": "Chinese",
             "pl": "Polish", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
             "tr": "Turkish", "el": "Greek", "ja": "Japanese", "uk": "Ukrainian", "ro": "Romanian"}
UNKNOWN_OUTLET = "Outlet unknown"
TIMELINE_ARTICLES = 10  # on an entity's own timeline: this many earliest and latest articles


UNSTATED = ("unknown", "unstated", "not stated", "?")


def language_name(code: str | None) -> str | None:
    """'fr' → 'French'; an unknown original language reads as such, never as a code."""
    if not code:
        return None
    if code.strip().lower() in UNSTATED:
        return "an unstated language"
    return LANGUAGES.get(code.lower().split("-")[0], code)


def type_label(entity_type: str, plural: bool = False) -> str:
    if plural:
        return TYPE_LABELS.get(entity_type, entity_type.replace("-", " ").capitalize() + "s")
    return entity_type.replace("-", " ").capitalize()


# ---------------------------------------------------------------- small shared views

@dataclass(frozen=True, slots=True)
class LinkView:
    title: str
    href: str
    kind: str = ""


@dataclass(frozen=True, slots=True)
class EntityRef:
    id: str
    name: str
    href: str
    type: str
    type_label: str
    one_line: str
    count: int = 0


@dataclass(frozen=True, slots=True)
class ArticleRef:
    id: str
    title: str
    href: str
    outlet: str
    outlet_known: bool
    date: FuzzyDate | None
    access: str
    access_label: str
    language: str | None
    translated_from: str | None
    dek: str | None
    is_copy: bool
    score: int = 0


@dataclass(frozen=True, slots=True)
class SummaryRef:
    id: str
    title: str
    href: str
    date: FuzzyDate | None
    dek: str | None


@dataclass(frozen=True, slots=True)
class TagRef:
    """A tag on the tags page and its own page: with how many articles and summaries carry it."""

    name: str
    href: str
    count: int = 0


@dataclass(frozen=True, slots=True)
class TagLink:
    """A tag shown on an article, summary or entity page. Without the count: a new article
    would otherwise change every page that carries one of its tags."""

    name: str
    href: str


@dataclass(frozen=True, slots=True)
class CopyView:
    outlet: str
    outlet_known: bool
    outlet_anchor: str        # the outlet's section on the sources page
    url: str | None
    date: FuzzyDate | None
    access: str | None
    access_label: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One numbered entry in a document's sources list."""

    number: int
    anchor: str
    article: ArticleRef
    locators: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MentionView:
    target: LinkView
    kind: str
    date: FuzzyDate | None
    count: int
    snippet: str


@dataclass(frozen=True, slots=True)
class RelationView:
    subject: LinkView
    verb: str
    object: LinkView
    subject_is_self: bool
    date: DateSpan | None
    sources: list[ArticleRef]
    note: str | None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: DateSpan
    kind: str                 # "event", "article", "relation"
    title: str
    href: str
    detail: str
    entities: list[EntityRef]
    involves: tuple[str, ...] = ()   # entity ids, for the timeline's filter

    @property
    def year(self) -> int:
        return self.date.start.year


@dataclass(frozen=True, slots=True)
class YearGroup:
    year: int
    entries: list[TimelineEntry]


# ---------------------------------------------------------------- pages

@dataclass(slots=True)
class ArticlePage:
    ref: ArticleRef
    authors: list[str]
    url: str | None
    access_note: str | None
    access_notice: str | None
    syndicated: list[CopyView]
    copy_of: ArticleRef | None
    translation_of: ArticleRef | None
    copies: list[ArticleRef]
    translations: list[ArticleRef]
    credits: list[str]
    notes: str | None
    original: str | None             # the imported file (originals/<id>.<ext>), its digest and when it was fetched
    original_published: bool         # copied into the site (a PDF, a text; a saved web page never is)
    sha256: str | None
    retrieved: FuzzyDate | None
    tags: list[TagLink]
    body_html: str
    entities: list[EntityRef]
    cited_by: list[SummaryRef]
    related: list[ArticleRef]
    sources: list[SourceEntry]
    independent_sources: int
    family: "FamilyView | None"      # when the article is one of several copies or translations
    path: str
    template = "article.html"

    @property
    def title(self) -> str:
        return self.ref.title


@dataclass(slots=True)
class SummaryPage:
    ref: SummaryRef
    order: int | None
    tags: list[TagLink]
    body_html: str
    sources: list[SourceEntry]
    independent_sources: int         # families among the cited articles
    entities: list[EntityRef]
    path: str
    template = "summary.html"

    @property
    def title(self) -> str:
        return self.ref.title


@dataclass(slots=True)
class EntityPage:
    ref: EntityRef
    aliases: list[str]
    roles: list[str]
    summary_html: str
    links: list[LinkView]
    date: DateSpan | None
    relations: list[RelationView]
    timeline: list[TimelineEntry]
    timeline_complete: bool          # False when articles were left out of the entity's timeline
    mentioned_in: list[MentionView]
    mention_total: int
    independent_sources: int         # families among the articles that mention it
    tags: list[TagLink]
    path: str
    template = "entity.html"

    @property
    def title(self) -> str:
        return self.ref.name


@dataclass(frozen=True, slots=True)
class FamilyView:
    original: ArticleRef
    members: list[ArticleRef]        # every article file of the family, the original first
    records: list[CopyView]          # syndicated copies kept only as records
    size: int


@dataclass(slots=True)
class SourcesPage:
    title: str
    path: str
    outlets: list["OutletGroup"]
    families: list[FamilyView]       # only families of more than one copy
    template = "sources.html"

    @property
    def items(self) -> list["OutletGroup"]:
        return self.outlets


@dataclass(slots=True)
class TypeGroup:
    type: str
    label: str
    anchor: str
    entities: list[EntityRef]


@dataclass(slots=True)
class OutletGroup:
    name: str
    known: bool
    anchor: str
    articles: list["OutletArticle"]
    copies: list[tuple[CopyView, ArticleRef]]


@dataclass(slots=True)
class OutletArticle:
    """An article as the sources page lists it (the fields of its ArticlePage it shows)."""

    ref: ArticleRef
    authors: list[str]
    syndicated: list[CopyView]
    copy_of: ArticleRef | None
    translation_of: ArticleRef | None


@dataclass(frozen=True, slots=True)
class ArticleYear:
    """The articles of one year on a list page, newest first; `year` None: the undated ones."""

    year: int | None
    articles: list[ArticleRef]

    @property
    def label(self) -> str:
        return "Undated" if self.year is None else str(self.year)

    @property
    def anchor(self) -> str:
        return "undated" if self.year is None else f"year-{self.year}"


def article_years(articles: list[ArticleRef]) -> list[ArticleYear]:
    """Articles listed newest first (undated last) in runs of one year, for a list page's
    headings and its "jump to a year" line: thousands of clippings are a long page."""
    return [ArticleYear(year, list(run))
            for year, run in itertools.groupby(articles, key=lambda a: a.date.year if a.date else None)]


@dataclass(slots=True)
class TagPage:
    tag: TagRef
    articles: list[ArticleRef]   # newest first
    summaries: list[SummaryRef]
    path: str
    template = "tag.html"

    @property
    def title(self) -> str:
        return f"Tag: {self.tag.name}"

    @property
    def article_years(self) -> list[ArticleYear]:
        """The articles by year, for headings and a line to jump to each, when there are
        enough to need it (more than TAG_YEARS_FROM, from more than one year); else none."""
        years = article_years(self.articles) if len(self.articles) > TAG_YEARS_FROM else []
        return years if len(years) > 1 else []


TAG_YEARS_FROM = 20


@dataclass(slots=True)
class ListPage:
    """An index page: what it lists is in `items` (shape depends on the template)."""

    title: str
    path: str
    template: str
    items: list = field(default_factory=list)


@dataclass(slots=True)
class ArticlesPage(ListPage):
    """The list of every article (`items`: ArticleRefs, newest first), by year (`years`)."""

    @property
    def years(self) -> list[ArticleYear]:
        return article_years(self.items)


@dataclass(slots=True)
class TimelinePage(ListPage):
    """The timeline (`items`: YearGroups). Its filter finds the entries involving an entity by
    the entity's key on this page (`entity_keys`: base 36 of its place in `entity_ids`, two
    characters where an id has twenty): at 5,000 articles the ids were 43% of the page."""

    entity_ids: list[str] = field(default_factory=list)   # every id an entry involves, sorted
    entity_keys: dict[str, str] = field(default_factory=dict)


def _timeline_page(entries: list[TimelineEntry]) -> TimelinePage:
    ids = sorted({entity_id for entry in entries for entity_id in entry.involves})
    return TimelinePage("Timeline", "timeline/index.html", "timeline.html", _by_year(entries), ids,
                        {entity_id: _base36(number) for number, entity_id in enumerate(ids)})


def _base36(number: int) -> str:
    digits = ""
    while True:
        number, digit = divmod(number, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[digit] + digits
        if not number:
            return digits


@dataclass(slots=True)
class HomePage:
    title: str
    description: str
    lead: SummaryPage | None
    lead_html: str
    summaries: list[SummaryRef]
    counts: list[tuple[str, int, str]]     # (label, number, href)
    latest_articles: list[ArticleRef]
    key_entities: list[EntityRef]
    recent_timeline: list[TimelineEntry]
    path: str = "index.html"
    template = "home.html"


@dataclass(frozen=True, slots=True)
class NavItem:
    key: str
    label: str
    href: str


@dataclass(slots=True)
class SiteView:
    title: str
    description: str
    language: str
    author: str | None
    organisation: str | None
    base_url: str | None
    nav: list[NavItem]
    version: str
    feed_id: str
    feed_href: str = "feed.xml"

    @property
    def base_path(self) -> str:
        """The path of base_url ('/dossier/'; '/' without one), for the 404 page, which a host
        serves at any address: its links resolve from there on the host that serves it, never
        from base_url's host. Characters a browser would read otherwise are %-escaped, and the
        path never begins with two slashes or a backslash (an address on another host)."""
        path = urllib.parse.urlsplit(self.base_url or "/").path.lstrip("/\\")
        path = urllib.parse.quote(path, safe="/%-._~!$&()*+,;=:@")
        return "/" + (path if path.endswith("/") or not path else path + "/")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    kind: str
    title: str
    url: str          # pretty URL, absolute when base_url is set
    id: str
    updated: str      # RFC 3339
    summary: str
    author: str | None


@dataclass(frozen=True, slots=True)
class FeedView:
    entries: list[FeedEntry]
    updated: str


@dataclass(frozen=True, slots=True)
class PendingPage:
    """A page whose view is made where the page is rendered: in a page worker, which
    inherits the builder through fork. The 5,000 article views of a large dossier are then
    made on every core rather than one at a time before the workers start."""

    path: str
    template: str
    make: Callable[[], object]

    def view(self) -> object:
        return self.make()


ENTITY_DATA = "data/entities.js"
GRAPH_DATA = "data/graph.js"


@dataclass(slots=True)
class SiteViews:
    """What the site shows. In an incremental build only what changed is here: the other
    fields are None and their files are copied from the previous site."""

    site: SiteView
    pages: list               # HTML pages, each with .path and .template
    feed: FeedView | None
    sitemap_urls: list[str] | None   # [] when the dossier has no base_url (no sitemap)
    entity_index: dict | None        # id → name, type, one-line, href: for link previews
    # nodes and edges (relations and co-mentions), made where the file is written: in a page
    # worker, beside the first pages, rather than before the workers start
    graph: Callable[[], dict] | None


# What a template may be given and look into (sandbox.TemplateSandbox grants the fields and
# properties of these classes, nothing of other objects but plain values): every view class,
# and the dates they hold. A view class missing here fails its pages in the sandbox.
TEMPLATE_VIEWS = (LinkView, EntityRef, ArticleRef, SummaryRef, TagRef, TagLink, CopyView, SourceEntry, MentionView,
                  RelationView, TimelineEntry, YearGroup, ArticlePage, SummaryPage, EntityPage, FamilyView,
                  SourcesPage, TypeGroup, OutletGroup, OutletArticle, ArticleYear, TagPage, ListPage, ArticlesPage,
                  TimelinePage, HomePage, NavItem, SiteView, FeedEntry, FeedView, FuzzyDate, DateSpan)


NAV = [("home", "Overview", "index.html"), ("summaries", "Summaries", "summaries/index.html"),
       ("entities", "Who's who", "entities/index.html"), ("timeline", "Timeline", "timeline/index.html"),
       ("graph", "Graph", "graph/index.html"), ("articles", "Articles", "articles/index.html"),
       ("sources", "Sources", "sources/index.html"), ("tags", "Tags", "tags/index.html")]


# ---------------------------------------------------------------- building

def build_site_views(catalog: Catalog, documents: dict[str, Rendered],
                     entity_summaries: dict[str, Rendered], only: set[str] | None = None) -> SiteViews:
    return _Builder(catalog, documents, entity_summaries).build(only)


def document_mentions(catalog: Catalog, documents: dict[str, Rendered]) -> dict[str, list[Mention]]:
    """Each document's mentions: those its Markdown found, then the entities attached to it
    by hand (`entities:`), counted as mentions with no occurrence."""
    mentions = {doc_id: rendered.mentions for doc_id, rendered in documents.items()}
    for document in [*catalog.articles.values(), *catalog.summaries.values()]:
        if document.entities:
            found = {m.entity_id for m in mentions[document.id]}
            explicit = [Mention(e, 0) for e in document.entities if e in catalog.entities and e not in found]
            mentions[document.id] = [*mentions[document.id], *explicit]
    return mentions


def newest_key(item: Article | Summary) -> tuple:
    """Where a document stands among the newest: the greater key first (a dated one before
    the undated), ties by id (see _newest_order)."""
    date = item.published if item.kind == "article" else item.date
    return (1, *date.sort_key) if date is not None else (0,)


def newest_ranks(catalog: Catalog) -> dict[str, int]:
    """Every document's position, newest first (undated last, ties by id)."""
    dated = [*catalog.articles.values(), *catalog.summaries.values()]
    return {item.id: rank for rank, item in enumerate(_newest_order(dated))}


def collect_tags(catalog: Catalog, slug: Callable[[str], str] = tag_slug) -> dict[str, tuple[str, list[str], list[str]]]:
    """slug → (the name it goes by: as the first article, else summary, to carry it spells it,
    article ids, summary ids), by slug."""
    tags: dict[str, tuple[str, dict[str, None], dict[str, None]]] = {}   # (dicts: ordered sets)
    for items, position in ((catalog.articles.values(), 1), (catalog.summaries.values(), 2)):
        for item in items:
            for tag in item.tags:
                key = slug(tag)
                entry = tags.get(key) or tags.setdefault(key, (tag, {}, {}))
                entry[position][item.id] = None
    return {key: (name, list(articles), list(summaries)) for key, (name, articles, summaries) in sorted(tags.items())}


def tag_names(catalog: Catalog) -> dict[str, str]:
    """slug → the name the tag goes by."""
    return {slug: name for slug, (name, _, _) in collect_tags(catalog, functools.cache(tag_slug)).items()}


RELATED_WINDOW = 40   # (see _Builder._related)


def related_reach(catalog: Catalog, mentions: dict[str, Iterable[str]], changed: set[str],
                  old_versions: dict[str, tuple[tuple, Iterable[str]]]) -> set[str]:
    """The articles whose related articles may differ now that the `changed` articles are
    new, deleted, or moved (another date, other entities); `old_versions` gives the
    newest_key and entities of those that were there before, `mentions` every article's
    entities now.

    _related draws an article's related ones, for each entity it mentions, from the
    RELATED_WINDOW articles nearest to it in that entity's list (newest first). A change
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
            ordered = _newest_order(items, key=lambda item: item[0], ident=lambda item: item[1])
            for position, (_, doc_id) in enumerate(ordered):
                if doc_id in changed:
                    touched.update(d for _, d in ordered[max(0, position - reach):position + reach + 1])
    return touched - changed


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


def entity_one_line(entity: Entity, catalog: Catalog) -> str:
    """What an entity's chips, its line in lists and its timeline entry say of it: its
    summary's first sentence, a link there showing its target's title."""
    return first_sentence(plain_text(entity.summary, catalog))


def first_sentence(text: str, limit: int = 160) -> str:
    match = re.search(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý“\"'])", text)
    sentence = text[:match.start()] if match else text
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0] + "…"
    return sentence


class _RefsWhenAsked(dict):
    """id → the reference of the item with that id, made the first time it is asked for: an
    edit's build shows a few of 5,000 articles' references (making them all took 20 ms)."""

    def __init__(self, make: Callable, items: dict):
        super().__init__()
        self.make, self.items = make, items

    def __missing__(self, item_id: str):
        ref = self[item_id] = self.make(self.items[item_id])
        return ref

    def __contains__(self, item_id: object) -> bool:
        return item_id in self.items

    def get(self, item_id: str, default=None):
        return self[item_id] if item_id in self.items else default


class _Builder:
    def __init__(self, catalog: Catalog, documents: dict[str, Rendered], entity_summaries: dict[str, Rendered]):
        self.catalog, self.documents, self.entity_summaries = catalog, documents, entity_summaries
        self.mentions = mentions = document_mentions(catalog, documents)
        self.backlinks = collect_backlinks(mentions)
        # (a sum per entity over its backlinks: half the time of a count per mention)
        self.mention_totals: Counter[str] = Counter({entity_id: sum(mention.count for _, mention in found)
                                                     for entity_id, found in self.backlinks.items()})
        self.entity_refs = {e.id: self._entity_ref(e) for e in catalog.entities.values()}
        self.article_refs = _RefsWhenAsked(self._article_ref, catalog.articles)
        self.summary_refs = {s.id: self._summary_ref(s) for s in catalog.summaries.values()}
        self.cited_by: dict[str, list[str]] = defaultdict(list)
        for doc_id, rendered in documents.items():
            for citation in rendered.citations:
                if doc_id in catalog.summaries:
                    self.cited_by[citation.article_id].append(doc_id)
        self.slugs: dict[str, str] = {}
        self.counted: dict[tuple[str, int], EntityRef] = {}
        self.scored: dict[tuple[str, int], ArticleRef] = {}
        self.tags = self._tags()
        # Newest first: the position of every document, computed once for every sort.
        self.newest_rank = newest_ranks(catalog)
        # entity → (ranks, article ids) of the articles mentioning it, newest first (made when
        # first asked for: an incremental build needs it for a few entities only)
        self.articles_by_entity: dict[str, tuple[list[int], list[str]]] = {}
        self.article_entries: dict[str, TimelineEntry] = {}
        self.links: dict[str, LinkView] = {}
        self.copies: dict[str, list[str]] = defaultdict(list)
        self.translations: dict[str, list[str]] = defaultdict(list)
        for article in catalog.articles.values():
            if article.copy_of:
                self.copies[article.copy_of].append(article.id)
            if article.translation_of:
                self.translations[article.translation_of].append(article.id)

    @functools.cached_property
    def ranked_ids(self) -> list[str]:
        """Every document's id at its place in newest_rank."""
        ranked = [""] * len(self.newest_rank)
        for doc_id, rank in self.newest_rank.items():
            ranked[rank] = doc_id
        return ranked

    @functools.cached_property
    def newest_articles(self) -> list[Article]:
        """The articles newest first (in the order of newest_rank, which ranks every document)."""
        rank = self.newest_rank
        return sorted(self.catalog.articles.values(), key=lambda article: rank[article.id])

    def _articles_of(self, entity_id: str) -> tuple[list[int], list[str]]:
        """(ranks, ids) of the articles mentioning the entity, newest first."""
        found = self.articles_by_entity.get(entity_id)
        if found is None:
            rank, articles = self.newest_rank, self.catalog.articles
            ordered = sorted((rank[d], d) for d, _ in self.backlinks.get(entity_id, ()) if d in articles)
            found = self.articles_by_entity[entity_id] = ([r for r, _ in ordered], [d for _, d in ordered])
        return found

    # ---- refs
    def _entity_ref(self, entity: Entity) -> EntityRef:
        return EntityRef(entity.id, entity.name, page_path("entity", entity.id), entity.type,
                         type_label(entity.type), entity_one_line(entity, self.catalog),
                         self.mention_totals.get(entity.id, 0))

    def _article_ref(self, article: Article, score: int = 0) -> ArticleRef:
        return ArticleRef(article.id, article.title, page_path("article", article.id),
                          article.outlet or UNKNOWN_OUTLET, bool(article.outlet), article.published,
                          article.access, ACCESS_LABELS[article.access], language_name(article.language),
                          language_name(article.translated_from), article.summary,
                          bool(article.copy_of or article.translation_of), score)

    def _summary_ref(self, summary: Summary) -> SummaryRef:
        return SummaryRef(summary.id, summary.title, page_path("summary", summary.id), summary.date,
                          summary.summary)

    def _link(self, target_id: str) -> LinkView:
        link = self.links.get(target_id)
        if link is None:
            target = self.catalog.targets[target_id]
            link = self.links[target_id] = LinkView(target.title, target.path, target.kind)
        return link

    def _tags(self) -> dict[str, tuple[str, list[str], list[str]]]:
        return collect_tags(self.catalog, self._slug)

    def _slug(self, tag: str) -> str:
        slug = self.slugs.get(tag)
        if slug is None:
            slug = self.slugs[tag] = tag_slug(tag)
        return slug

    def _tag_links(self, tags: list[str]) -> list[TagLink]:
        """A page's tags (those with a page of their own), by the name the tags page gives
        them, each once."""
        return [TagLink(self.tags[slug][0], tag_path(slug)) for slug in dict.fromkeys(self._slug(t) for t in tags)]

    # ---- pages
    def build(self, only: set[str] | None = None) -> SiteViews:
        """Every page's view; with `only`, just the pages and files of those output paths
        (an incremental build: the others are unchanged and copied from the previous site)."""
        catalog = self.catalog
        wanted = (lambda path: True) if only is None else only.__contains__
        newest = self.newest_articles
        articles = [PendingPage(page_path("article", a.id), "article.html", functools.partial(self._article_page, a))
                    for a in newest if wanted(page_path("article", a.id))]
        summaries = [self._summary_page(s) for s in _summary_order(catalog.summaries.values())]
        entities = [PendingPage(page_path("entity", e.id), "entity.html", functools.partial(self._entity_page, e))
                    for e in sorted(catalog.entities.values(), key=lambda e: e.name.lower())
                    if wanted(page_path("entity", e.id))]
        timeline = self._timeline() if wanted("index.html") or wanted("timeline/index.html") else []
        pages: list = [self._home(summaries, timeline), *articles, *summaries, *entities]
        pages.append(ArticlesPage("Articles", "articles/index.html", "articles.html",
                              [self.article_refs[a.id] for a in newest] if wanted("articles/index.html") else []))
        pages.append(ListPage("Summaries", "summaries/index.html", "summaries.html", [s.ref for s in summaries]))
        pages.append(ListPage("Who's who", "entities/index.html", "entities.html", self._entity_groups()))
        pages.append(_timeline_page(timeline))
        if wanted("sources/index.html"):
            families = {f.id: f for f in catalog.families.values() if f.size > 1}
            pages.append(SourcesPage("Sources", "sources/index.html", self._outlets(newest),
                                     [self._family_view(f) for f in sorted(families.values(), key=lambda f: f.id)]))
        pages.append(ListPage("Tags", "tags/index.html", "tags.html",
                              [TagRef(name, tag_path(slug), len(a) + len(s))
                               for slug, (name, a, s) in self.tags.items()]))
        pages += [TagPage(TagRef(name, tag_path(slug), len(a) + len(s)),
                          [self.article_refs[i] for i in sorted(a, key=self.newest_rank.__getitem__)],
                          [self.summary_refs[i] for i in s], tag_path(slug))
                  for slug, (name, a, s) in self.tags.items() if wanted(tag_path(slug))]
        if wanted("graph/index.html"):
            pages.append(ListPage("Relation graph", "graph/index.html", "graph.html", self._all_relations()))
        pages.append(ListPage("Search", "search/index.html", "search.html"))
        pages.append(ListPage("Page not found", "404.html", "404.html"))
        pages = [page for page in pages if wanted(page.path)]
        feed = self._feed() if wanted("feed.xml") else None
        sitemap = self._sitemap() if wanted("sitemap.xml") else None
        return SiteViews(self._site(), pages, feed, sitemap,
                         self._entity_index() if wanted(ENTITY_DATA) else None,
                         self._graph if wanted(GRAPH_DATA) else None)

    # ---- data for scripts
    def _entity_index(self) -> dict:
        return {ref.id: {"name": ref.name, "type": ref.type, "typeLabel": ref.type_label,
                         "summary": ref.one_line, "href": ref.href, "mentions": ref.count}
                for ref in sorted(self.entity_refs.values(), key=lambda r: r.id)}

    def _all_relations(self) -> list[RelationView]:
        seen, views = set(), []
        for entity_id in sorted(self.catalog.relations):
            for end in self.catalog.relations[entity_id]:
                if end.outgoing and id(end.relation) not in seen:
                    seen.add(id(end.relation))
                    views.append(self._relation_view(entity_id, end))
        return sorted(views, key=lambda r: (r.subject.title.lower(), r.verb, r.object.title.lower()))

    def _graph(self, co_mentions_per_entity: int = 5) -> dict:
        """Nodes, typed relation edges, and each entity's strongest co-mentions."""
        edges, seen = [], set()
        for entity_id in sorted(self.catalog.relations):
            for end in self.catalog.relations[entity_id]:
                key = (end.relation.subject, end.relation.target, end.relation.type)
                if end.outgoing and key not in seen:
                    seen.add(key)
                    edges.append({"source": key[0], "target": key[1], "label": key[2], "kind": "relation"})
        # Each entity's partners counted over its own documents, one entity at a time (a table
        # of every pair would hold hundreds of thousands of entries at 5,000 articles).
        entities_of = [list({m.entity_id for m in mentions}) for mentions in self.mentions.values()]
        documents_of: dict[str, list[int]] = defaultdict(list)
        for index, entity_ids in enumerate(entities_of):
            for entity_id in entity_ids:
                documents_of[entity_id].append(index)
        related = {(e["source"], e["target"]) for e in edges} | {(e["target"], e["source"]) for e in edges}
        kept = set()
        for entity_id in sorted(documents_of):
            # one count over all the entity's documents (one update per document cost 0.3 s)
            partners: Counter[str] = Counter(itertools.chain.from_iterable(
                map(entities_of.__getitem__, documents_of[entity_id])))
            del partners[entity_id]
            if not partners:
                continue
            best = heapq.nlargest(co_mentions_per_entity, [(partners[other], other)
                                                          for other in _contenders(partners, co_mentions_per_entity)])
            for count, other in best:
                pair = tuple(sorted((entity_id, other)))
                if pair not in kept and pair not in related:
                    kept.add(pair)
                    edges.append({"source": pair[0], "target": pair[1], "label": f"mentioned together ×{count}",
                                  "kind": "co-mention", "weight": count})
        nodes = [{"id": ref.id, "name": ref.name, "type": ref.type, "href": ref.href, "mentions": ref.count}
                 for ref in sorted(self.entity_refs.values(), key=lambda r: r.id)]
        types = [t for t in KNOWN_ENTITY_TYPES if any(n["type"] == t for n in nodes)]
        types += sorted({n["type"] for n in nodes} - set(types))
        return {"nodes": nodes, "edges": edges, "types": types}

    def _site(self) -> SiteView:
        config = self.catalog.config
        return SiteView(config.title, config.description, config.language, config.author,
                        config.organisation, config.base_url,
                        [NavItem(key, label, href) for key, label, href in NAV], __version__,
                        self._entry_id("dossier", ""))

    def _sources_list(self, rendered: Rendered) -> list[SourceEntry]:
        return [SourceEntry(c.number, c.anchor, self.article_refs[c.article_id], c.locators)
                for c in rendered.citations]

    def _entities_of(self, doc_id: str) -> list[EntityRef]:
        mentions = sorted(self.mentions[doc_id], key=lambda m: (-m.count, self.catalog.entities[m.entity_id].name))
        return [self._counted(m.entity_id, m.count) for m in mentions]

    def _counted(self, entity_id: str, count: int) -> EntityRef:
        """The entity's ref with this page's mention count (few distinct ones: made once each)."""
        ref = self.counted.get((entity_id, count))
        if ref is None:
            ref = self.counted[(entity_id, count)] = _with_count(self.entity_refs[entity_id], count)
        return ref

    def _article_page(self, article: Article) -> ArticlePage:
        rendered = self.documents[article.id]
        copies = [self.article_refs[i] for i in self.copies.get(article.id, [])]
        translations = [self.article_refs[i] for i in self.translations.get(article.id, [])]
        return ArticlePage(
            ref=self.article_refs[article.id], authors=article.authors, url=article.url,
            access_note=article.access_note, access_notice=_access_notice(article),
            syndicated=[_copy_view(c) for c in article.syndicated],
            copy_of=self.article_refs.get(article.copy_of or ""),
            translation_of=self.article_refs.get(article.translation_of or ""),
            copies=copies, translations=translations, credits=article.credits, notes=article.notes,
            original=article.original, original_published=(article.original or "").lower().endswith(PUBLISHED_ORIGINALS),
            sha256=article.sha256, retrieved=article.retrieved,
            tags=self._tag_links(article.tags), body_html=rendered.html, entities=self._entities_of(article.id),
            cited_by=[self.summary_refs[s] for s in dict.fromkeys(self.cited_by.get(article.id, []))],
            related=self._related(article.id), sources=self._sources_list(rendered),
            independent_sources=independent_sources([c.article_id for c in rendered.citations], self.catalog.families),
            family=self._family_view(self.catalog.families[article.id]),
            path=page_path("article", article.id))

    def _related(self, article_id: str, limit: int = 5, window: int = RELATED_WINDOW) -> list[ArticleRef]:
        """Articles sharing the most entities with this one, among those nearest to it in time.

        For each entity, only the `window` articles closest in date are candidates: the cost
        stays linear in the size of the dossier, and a widely mentioned entity does not make
        every article related to every other.
        """
        own = self.newest_rank[article_id]
        nearby: list[int] = []
        half = window // 2
        articles_of = self._articles_of
        for mention in self.mentions[article_id]:
            ranks, _ = articles_of(mention.entity_id)
            middle = bisect.bisect_left(ranks, own)
            nearby += ranks[max(0, middle - half):middle + half + 1]
        # Counted by rank (a document's rank is unique, and orders newest first): one count
        # over every window, far cheaper than one update each.
        shared = Counter(nearby)
        shared.pop(own, None)
        if not shared:
            return []
        # the best scores first, then newest first among equals
        best = heapq.nsmallest(limit, [(-shared[other], other) for other in _contenders(shared, limit)])
        ranked = self.ranked_ids
        return [self._scored(ranked[other], -negative) for negative, other in best]

    def _scored(self, article_id: str, score: int) -> ArticleRef:
        """The article's ref with a number of shared entities (few distinct ones: made once each)."""
        ref = self.scored.get((article_id, score))
        if ref is None:
            ref = self.scored[(article_id, score)] = _with_score(self.article_refs[article_id], score)
        return ref

    def _summary_page(self, summary: Summary) -> SummaryPage:
        rendered = self.documents[summary.id]
        return SummaryPage(self.summary_refs[summary.id], summary.order, self._tag_links(summary.tags),
                           rendered.html, self._sources_list(rendered),
                           independent_sources([c.article_id for c in rendered.citations], self.catalog.families),
                           self._entities_of(summary.id), page_path("summary", summary.id))

    def _entity_page(self, entity: Entity) -> EntityPage:
        catalog = self.catalog
        relations = [self._relation_view(entity.id, end) for end in catalog.relations.get(entity.id, [])]
        relations.sort(key=lambda r: (r.date.sort_key if r.date else (0,), r.verb))
        mentioned = []
        # Summaries first, then articles, each newest first.
        backlinks = sorted(self.backlinks.get(entity.id, []),
                           key=lambda link: (link[0] in catalog.articles, self.newest_rank[link[0]]))
        for doc_id, mention in backlinks:
            target = self._link(doc_id)
            date = catalog.articles[doc_id].published if doc_id in catalog.articles else catalog.summaries[doc_id].date
            mentioned.append(MentionView(target, target.kind, date, mention.count,
                                         self.documents[doc_id].snippets.get(entity.id, "")))
        summary = self.entity_summaries.get(entity.id)
        return EntityPage(
            ref=self.entity_refs[entity.id], aliases=entity.aliases, roles=entity.roles,
            summary_html=summary.html if summary else "",
            links=[LinkView(link.label, link.url) for link in entity.links], date=entity.date,
            relations=relations, timeline=self._entity_timeline(entity),
            timeline_complete=len(self._articles_of(entity.id)[1]) <= 2 * TIMELINE_ARTICLES,
            mentioned_in=mentioned, mention_total=self.mention_totals.get(entity.id, 0),
            independent_sources=independent_sources([d for d, _ in self.backlinks.get(entity.id, [])],
                                                    catalog.families),
            tags=self._tag_links([t for t in entity.tags if self._slug(t) in self.tags]),
            path=page_path("entity", entity.id))

    def _family_view(self, family) -> FamilyView | None:
        if family.size <= 1:
            return None
        return FamilyView(self.article_refs[family.id], [self.article_refs[i] for i in family.members],
                          [_copy_view(copy) for _, copy in family.records], family.size)

    def _relation_view(self, entity_id: str, end: RelationEnd) -> RelationView:
        relation = end.relation
        return RelationView(self._link(end.subject), end.verb, self._link(end.object), end.subject == entity_id,
                            relation.date, [self.article_refs[s] for s in relation.sources if s in self.article_refs],
                            relation.note)

    # ---- timeline
    def _event_entry(self, entity: Entity) -> TimelineEntry:
        involved = ([entity.place] if entity.place else []) + entity.participants
        refs = [self.entity_refs[i] for i in dict.fromkeys(involved) if i in self.entity_refs]
        return TimelineEntry(entity.date, entity.type, entity.name, page_path("entity", entity.id),
                             self.entity_refs[entity.id].one_line, refs,
                             tuple(dict.fromkeys([entity.id, *(r.id for r in refs)])))

    def _article_entry(self, article: Article) -> TimelineEntry:
        entry = self.article_entries.get(article.id)
        if entry is None:
            entry = self.article_entries[article.id] = self._make_article_entry(article)
        return entry

    def _make_article_entry(self, article: Article) -> TimelineEntry:
        ref = self.article_refs[article.id]
        detail = ref.outlet + (f" · {ref.access_label}" if article.access != "full" else "")
        return TimelineEntry(DateSpan(article.published), "article", article.title, ref.href, detail, [],
                             tuple(m.entity_id for m in self.mentions[article.id]))

    def _timeline(self) -> list[TimelineEntry]:
        entries = [self._event_entry(e) for e in self.catalog.entities.values() if e.date]
        entries += [self._article_entry(a) for a in self.catalog.articles.values() if a.published]
        return sorted(entries, key=_timeline_key)

    def _entity_timeline(self, entity: Entity) -> list[TimelineEntry]:
        catalog = self.catalog
        entries = []
        if entity.date:
            entries.append(self._event_entry(entity))
        for end in catalog.relations.get(entity.id, []):
            other = catalog.entities[end.other]
            if other.date and other.type == "event" and end.other != entity.id:
                entries.append(self._event_entry(other))
            elif end.relation.date:
                entries.append(TimelineEntry(end.relation.date, "relation",
                                             f"{self._link(end.subject).title} {end.verb} {self._link(end.object).title}",
                                             page_path("entity", end.other), end.relation.note or "", []))
        # Articles: all of them while there are few; beyond that the first and latest reports
        # (every article is listed under "Mentioned in", and the timeline page filters by entity).
        ranks, ids = self._articles_of(entity.id)
        dated = [i for i in ids if catalog.articles[i].published]
        if len(dated) > 2 * TIMELINE_ARTICLES:
            dated = dated[:TIMELINE_ARTICLES] + dated[-TIMELINE_ARTICLES:]
        entries += [self._article_entry(catalog.articles[i]) for i in dated]
        unique = {(e.kind, e.href, e.title): e for e in entries}
        return sorted(unique.values(), key=_timeline_key)

    # ---- index pages
    def _entity_groups(self) -> list[TypeGroup]:
        groups: dict[str, list[EntityRef]] = defaultdict(list)
        for ref in sorted(self.entity_refs.values(), key=lambda r: r.name.lower()):
            groups[ref.type].append(ref)
        order = [t for t in KNOWN_ENTITY_TYPES if t in groups] + sorted(t for t in groups if t not in KNOWN_ENTITY_TYPES)
        return [TypeGroup(t, type_label(t, plural=True), f"type-{tag_slug(t)}", groups[t]) for t in order]

    def _outlets(self, articles: list[Article]) -> list[OutletGroup]:
        """Articles by outlet, newest first as given, then the syndicated copies each carried."""
        groups: dict[str, OutletGroup] = {}
        listed = [OutletArticle(self.article_refs[a.id], a.authors, [_copy_view(c) for c in a.syndicated],
                                self.article_refs.get(a.copy_of or ""), self.article_refs.get(a.translation_of or ""))
                  for a in articles]
        for item in listed:
            ref = item.ref
            group = groups.setdefault(ref.outlet, OutletGroup(ref.outlet, ref.outlet_known,
                                                              outlet_anchor(ref.outlet), [], []))
            group.articles.append(item)
        for item in listed:
            for copy in item.syndicated:
                group = groups.setdefault(copy.outlet, OutletGroup(copy.outlet, copy.outlet_known,
                                                                   copy.outlet_anchor, [], []))
                group.copies.append((copy, item.ref))
        return sorted(groups.values(), key=lambda g: (not g.known, g.name.lower()))

    def _home(self, summaries: list[SummaryPage], timeline: list[TimelineEntry]) -> HomePage:
        catalog, config = self.catalog, self.catalog.config
        lead = next((s for s in summaries if s.ref.id == config.lead_summary), summaries[0] if summaries else None)
        lead_html = str(lead.body_html).replace(f'href="{ROOT_PREFIX}', 'href="') if lead else ""
        outlets = {a.outlet for a in catalog.articles.values() if a.outlet}
        events = [e for e in catalog.entities.values() if e.type == "event"]
        counts = [("summaries", len(summaries), "summaries/index.html"),
                  ("articles", len(catalog.articles), "articles/index.html"),
                  ("entities", len(catalog.entities), "entities/index.html"),
                  ("events", len(events), "timeline/index.html"),
                  ("named outlets", len(outlets), "sources/index.html")]
        latest = [self.article_refs[a.id] for a in self.newest_articles[:6]]
        key_entities = sorted(self.entity_refs.values(), key=lambda r: (-r.count, r.name))[:10]
        return HomePage(config.title, config.description, lead, lead_html,
                        [s.ref for s in summaries], counts, latest, key_entities, timeline[-6:][::-1])

    # ---- feed and sitemap
    def _absolute(self, path: str) -> str:
        pretty = path.removesuffix("index.html")
        base = self.catalog.config.base_url
        return (base + pretty) if base else (pretty or "./")

    def _feed(self) -> FeedView:
        """The 50 newest articles and summaries (their text is reduced only for those)."""
        catalog, config = self.catalog, self.catalog.config
        items = [("article", a, a.published) for a in catalog.articles.values()]
        items += [("summary", s, s.date) for s in catalog.summaries.values()]
        keyed = heapq.nlargest(50, ((_rfc3339(date), self._entry_id(kind, item.id), kind, item)
                                    for kind, item, date in items), key=lambda entry: entry[:2])
        entries = []
        for updated, entry_id, kind, item in keyed:
            if kind == "article":
                summary = item.summary or first_sentence(plain_text(item.body), 300)
                author = ", ".join(item.authors) or item.outlet
            else:
                summary = item.summary or first_sentence(plain_text(item.body, catalog), 300)
                author = config.author or config.organisation
            entries.append(FeedEntry(kind, item.title, self._absolute(page_path(kind, item.id)), entry_id,
                                     updated, summary, author))
        return FeedView(entries, keyed[0][0] if keyed else _rfc3339(None))

    def _entry_id(self, kind: str, item_id: str) -> str:
        base = self.catalog.config.base_url
        if base and base.startswith("http"):
            return f"{base}{SECTION_OF[kind]}/{item_id}/" if item_id else base
        return self._urn + (f":{kind}:{item_id}" if item_id else "")

    @functools.cached_property
    def _urn(self) -> str:
        return f"urn:dossier:{tag_slug(self.catalog.config.title)}"

    def _sitemap(self) -> list[str]:
        """Every page's address but the 404 page's (none without a base_url)."""
        if not self.catalog.config.base_url:
            return []
        return [self._absolute(path) for path in self.page_paths() if path != "404.html"]

    def page_paths(self) -> list[str]:
        """Every HTML page's path, in the order build() lists the pages."""
        catalog = self.catalog
        return ["index.html",
                *(page_path("article", a.id) for a in self.newest_articles),
                *(page_path("summary", s.id) for s in _summary_order(catalog.summaries.values())),
                *(page_path("entity", e.id) for e in sorted(catalog.entities.values(), key=lambda e: e.name.lower())),
                "articles/index.html", "summaries/index.html", "entities/index.html", "timeline/index.html",
                "sources/index.html", "tags/index.html", *(tag_path(slug) for slug in self.tags),
                "graph/index.html", "search/index.html", "404.html"]


SECTION_OF = {"article": "articles", "summary": "summaries"}


def _with_count(ref: EntityRef, count: int) -> EntityRef:
    """The same entity with this page's count (built directly: dataclasses.replace is slow)."""
    return EntityRef(ref.id, ref.name, ref.href, ref.type, ref.type_label, ref.one_line, count)


def _contenders(counts: Counter, limit: int) -> list:
    """The keys counted at least as often as the `limit`-th largest count: every one of the
    `limit` strongest is among them, picked without a Python loop over all (heapq and
    compress run in C); the caller orders the few left."""
    cutoff = heapq.nlargest(limit, counts.values())[-1]
    return list(itertools.compress(counts.keys(), map(cutoff.__le__, counts.values())))


def _with_score(ref: ArticleRef, score: int) -> ArticleRef:
    return ArticleRef(*(getattr(ref, f) for f in _ARTICLE_REF_FIELDS[:-1]), score)


_ARTICLE_REF_FIELDS = tuple(f.name for f in dataclasses.fields(ArticleRef))


def _copy_view(copy) -> CopyView:
    outlet = copy.outlet or UNKNOWN_OUTLET
    return CopyView(outlet, bool(copy.outlet), outlet_anchor(outlet), copy.url, copy.published, copy.access,
                    ACCESS_LABELS.get(copy.access or ""), copy.note)


def outlet_anchor(name: str) -> str:
    return f"outlet-{tag_slug(name)}"


def _access_notice(article: Article) -> str | None:
    note = f" Held: {article.access_note}." if article.access_note else ""
    if article.access == "partial":
        return (f"The dossier holds only part of this article.{note} "
                "A fact missing here may still be in the original.")
    if article.access == "paywalled":
        return (f"The text is behind the publisher's paywall; the dossier holds only what is "
                f"shown below.{note}")
    return None


def _newest_order(items: list, key=newest_key, ident=lambda item: item.id) -> list:
    """Newest first, undated last, ties by id: two stable sorts (no inverted keys to build),
    by a `key` like newest_key's."""
    return sorted(sorted(items, key=ident), key=key, reverse=True)   # (reverse keeps ties in order)


def _summary_order(summaries) -> list[Summary]:
    return sorted(summaries, key=lambda s: (s.order if s.order is not None else 10**6, s.title.lower()))


def _timeline_key(entry: TimelineEntry) -> tuple:
    return (entry.date.sort_key, entry.kind != "event", entry.title)


def _by_year(entries: list[TimelineEntry]) -> list[YearGroup]:
    groups: dict[int, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        groups[entry.year].append(entry)
    return [YearGroup(year, groups[year]) for year in sorted(groups)]


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
