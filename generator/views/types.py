"""The view dataclasses: what a template is given, every value computed (URLs, labels,
dates, counts). Every `href` is a path relative to the site root; each page is given `root`,
the prefix back to it.
"""
from __future__ import annotations

import itertools
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field

from ..dates import DateSpan, FuzzyDate
from ..datelabels import year_label
from ..i18n import _, active
from .labels import item_kind_label
from .routes import FEED, ROUTE

# ---------------------------------------------------------------- references and parts of pages

@dataclass(frozen=True, slots=True)
class LinkView:
    title: str
    href: str
    kind: str = ""

    @property
    def kind_label(self) -> str:
        return item_kind_label(self.kind)


@dataclass(frozen=True, slots=True)
class EntityRef:
    id: str
    name: str
    href: str
    type: str
    type_label: str
    one_line: str
    count: int = 0

    @property
    def title(self) -> str:
        return self.name


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
    source_kind: str = "news"        # its `kind:` (model.ARTICLE_KINDS)
    source_kind_label: str = "News report"
    lang: str | None = None          # its BCP 47 tag when not the site's language (its text's lang)
    score: int = 0

    @property
    def label(self) -> str:
        """How a list of sources names it: its outlet, or its title when the outlet is unknown
        ("Outlet unknown" would say nothing about which source it is)."""
        return self.outlet if self.outlet_known else self.title


@dataclass(frozen=True, slots=True)
class SummaryRef:
    id: str
    title: str
    href: str
    date: FuzzyDate | None
    dek: str | None
    lang: str | None = None          # its BCP 47 tag when not the site's language (its text's lang)


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
class OutletView:
    """An outlet the dossier describes (outlets.py), as the sources page and an article's
    provenance panel show it."""

    name: str
    anchor: str               # its section on the sources page
    aliases: tuple[str, ...]
    kind_label: str | None
    country: str | None
    language: str | None
    owner: str | None
    url: str | None
    reliability: str | None

    @property
    def details(self) -> str:
        """"Newspaper · France · French · owned by …": what is known of it, on one line."""
        owner = f"owned by {self.owner}" if self.owner else None
        return " · ".join(part for part in (self.kind_label, self.country, self.language, owner) if part)


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One numbered entry in a document's sources list."""

    number: int
    anchor: str
    article: ArticleRef
    locators: tuple[str, ...]
    quotes: tuple[str, ...] = ()     # the quotations cited from it, in its language's quotation marks


@dataclass(frozen=True, slots=True)
class MentionView:
    target: LinkView
    kind: str
    date: FuzzyDate | None
    count: int
    snippet: str
    byline: bool = False      # the document is an article the entity (a person) signed


@dataclass(frozen=True, slots=True)
class RelationView:
    subject: LinkView
    verb: str
    object: LinkView
    subject_is_self: bool
    date: DateSpan | None
    sources: list[ArticleRef]
    note: str | None
    internal: bool = False     # the internal edition's mark on a relation the public one leaves out

    @property
    def other(self) -> LinkView:
        """The end that is not the page's own entity."""
        return self.object if self.subject_is_self else self.subject


@dataclass(frozen=True, slots=True)
class RelationGroup:
    """An entity's relations of one wording, as read from its side: `label` is the relation's
    type (outgoing) or its inverse (incoming); `plain_incoming` when an incoming relation has
    no inverse wording, so that the page says the wording is the other entity's."""

    label: str
    plain_incoming: bool
    relations: list[RelationView]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: DateSpan
    kind: str                 # "event", "article", "relation"
    title: str
    href: str
    detail: str
    entities: list[EntityRef]
    involves: tuple[str, ...] = ()   # entity ids, for the timeline's filter
    sources: tuple[ArticleRef, ...] = ()   # a dated relation's sources
    copies: tuple[ArticleRef, ...] = ()    # an article's copies (copy_of), shown under it

    @property
    def kind_label(self) -> str:
        return item_kind_label(self.kind)

    @property
    def year(self) -> int:
        return self.date.start.year


@dataclass(frozen=True, slots=True)
class YearGroup:
    year: int
    entries: list[TimelineEntry]


# ---------------------------------------------------------------- pages

@dataclass(slots=True)
class ItemPage:
    """What the page of an article, a summary and an entity share."""

    ref: ArticleRef | SummaryRef | EntityRef
    tags: list[TagLink]
    independent_sources: int         # families among the articles it cites, or that mention it
    path: str

    @property
    def title(self) -> str:
        return self.ref.title


@dataclass(slots=True)
class DocumentPage(ItemPage):
    """What the page of an article and a summary share."""

    body_html: str
    sources: list[SourceEntry]       # what it cites, numbered
    entities: list[EntityRef]        # with their mentions on this page
    cite_line: str                   # "Cite this page": the line a reader copies (views/citing.py)


@dataclass(slots=True)
class ArticlePage(DocumentPage):
    authors: list[str]
    byline: list[LinkView]           # each author; `href` the person's page when one is named so, else ""
    outlet: OutletView | None        # the outlet, when the dossier describes it
    outlet_as_written: str | None    # the outlet's name as the article writes it, when it is an alias
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
    cited_by: list[SummaryRef]
    related: list[ArticleRef]
    family: "FamilyView | None"      # when the article is one of several copies or translations
    edition_note: str | None = None  # the internal edition's: "Internal: not in the public edition", an embargo
    template = "article.html"


@dataclass(slots=True)
class SummaryPage(DocumentPage):
    order: int | None
    edition_note: str | None = None
    template = "summary.html"


@dataclass(slots=True)
class EntityPage(ItemPage):
    aliases: list[str]
    roles: list[str]
    summary_html: str
    links: list[LinkView]
    date: DateSpan | None
    relations: list[RelationView]
    relation_groups: list[RelationGroup]
    timeline: list[TimelineEntry]
    timeline_complete: bool          # False when articles were left out of the entity's timeline
    mentioned_in: list[MentionView]
    mention_total: int
    edition_note: str | None = None
    real_names: tuple[str, ...] = ()   # the internal edition's internal_name and internal_aliases
    template = "entity.html"


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
    kinds: list[tuple[str, str, int]] = field(default_factory=list)   # (kind, label, articles): the filter's choices
    template = ROUTE["sources"].template

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
    outlet: OutletView | None = None   # its description, when the dossier gives one


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
        return _("Undated") if self.year is None else year_label(self.year, active().language)

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
        return _("Tag: %(name)s") % {"name": self.tag.name}

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
    characters where an id has twenty: the ids would be a large share of a long page)."""

    entity_ids: list[str] = field(default_factory=list)   # every id an entry involves, sorted
    entity_keys: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class HomePage:
    title: str
    description: str
    lead: SummaryPage | None
    lead_html: str
    summaries: list[SummaryRef]            # the others than the lead
    counts: list[tuple[str, int, str, str]]   # (words before the number, number, words after, href)
    latest_articles: list[ArticleRef]      # originals only: a copy is listed under its original
    key_entities: list[EntityRef]
    recent_timeline: list[TimelineEntry]
    path: str
    latest_copies: dict[str, list[ArticleRef]] = field(default_factory=dict)   # article id → its copies
    template = ROUTE["home"].template


@dataclass(frozen=True, slots=True)
class NavItem:
    key: str
    label: str
    href: str


@dataclass(frozen=True, slots=True)
class WhatsNewEntry:
    """An item the last publication added or changed (the "What's new" page)."""

    ref: object         # its ArticleRef, SummaryRef or EntityRef
    kind: str           # article, summary, entity
    kind_label: str     # Article, Summary, Entity
    status: str         # new, updated
    date: str           # when it was published or changed, ISO 8601 (a <time>'s datetime)
    date_label: str     # the same, as shown


@dataclass(slots=True)
class WhatsNewPage(ListPage):
    """The "What's new" page: `items` (WhatsNewEntries), newest first, since the previous
    publication (`since`: shown; `since_date`: ISO; both empty for a site's first)."""

    since: str = ""
    since_date: str = ""


@dataclass(frozen=True, slots=True)
class WhatsNewView:
    """What the list pages and the home page know of the last publication (site.whats_new):
    what it added and changed since the previous one."""

    since: str = ""         # the previous publication's date, as shown ("": this is the first)
    since_date: str = ""    # ISO 8601
    new: int = 0
    updated: int = 0
    marks: dict = field(default_factory=dict)   # "kind/id" → "new" or "updated"

    @property
    def summary(self) -> str:
        """'3 new and 1 updated since 4 December 2026, 10:00 UTC' ("" when nothing is)."""
        if not self.since or not (self.new or self.updated):
            return ""
        if self.new and self.updated:
            return _("%(new)s new and %(updated)s updated since %(date)s") % {
                "new": self.new, "updated": self.updated, "date": self.since}
        if self.new:
            return _("%(new)s new since %(date)s") % {"new": self.new, "date": self.since}
        return _("%(updated)s updated since %(date)s") % {"updated": self.updated, "date": self.since}


@dataclass(slots=True)
class SiteView:
    title: str
    description: str
    language: str
    author: str | None
    organisation: str | None
    base_url: str | None
    nav: list[NavItem]
    routes: dict[str, str]           # each list page's path by its key (views.routes): site.routes.timeline
    version: str
    feed_id: str
    feed_href: str = FEED              # "" when there is no feed (the internal edition)
    # the scripts' words, a JSON block for each page section ("common": the others) (scriptstrings.py)
    script_strings: dict = field(default_factory=dict)
    edition: str = "public"            # or "internal": every page says it is not for publication
    whats_new: WhatsNewView = WhatsNewView()

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
    inherits the view inputs through fork, so that the many article and entity views of a
    large dossier are made on every core rather than one at a time before the workers start."""

    path: str
    template: str
    make: Callable[[], object]

    def view(self) -> object:
        return self.make()


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
    # "kind/id" → "new" or "updated" since the previous publication: the list pages' marks, put
    # in by their script, so that a publication's marks render no list again
    marks: dict | None = None


# What a template may be given and look into (sandbox.TemplateSandbox grants the fields and
# properties of these classes, nothing of other objects but plain values): every view class,
# and the dates they hold. A view class missing here fails its pages in the sandbox.
TEMPLATE_VIEWS = (LinkView, EntityRef, ArticleRef, SummaryRef, TagRef, TagLink, CopyView, SourceEntry, MentionView,
                  RelationView, TimelineEntry, YearGroup, ItemPage, DocumentPage, ArticlePage, SummaryPage,
                  EntityPage, FamilyView, SourcesPage, TypeGroup, OutletGroup, OutletArticle, ArticleYear, TagPage,
                  ListPage, ArticlesPage, TimelinePage, HomePage, NavItem, SiteView, FeedEntry, FeedView, FuzzyDate,
                  DateSpan, OutletView, WhatsNewEntry, WhatsNewPage, WhatsNewView)
TEMPLATE_VIEWS += (RelationGroup,)


