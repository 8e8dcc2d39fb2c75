"""The site's views, page after page in the order of routes.PAGE_ORDER: build_site_views."""
from __future__ import annotations

import functools
from collections.abc import Callable

from .. import __version__
from ..i18n import _
from ..index import Catalog, page_path, tag_path
from ..markup import Rendered
from ..model import Summary
from ..publication import Publication
from . import feeds, pages
from .scriptstrings import script_strings
from .refs import Inputs
from .routes import ENTITY_DATA, FEED, GRAPH_DATA, NEW_DATA, ITEM_KINDS, PAGE_ORDER, ROUTE, ROUTES, SITEMAP
from .timeline import site_timeline, timeline_page
from .whatsnew import whats_new_page, whats_new_view
from .types import ArticlePage, EntityPage, NavItem, PendingPage, SiteView, SiteViews


def build_site_views(catalog: Catalog, documents: dict[str, Rendered],
                     entity_summaries: dict[str, Rendered], only: set[str] | None = None,
                     publication: Publication | None = None) -> SiteViews:
    """Every page's view; with `only`, just the pages and files of those output paths (an
    incremental build: the others are unchanged and copied from the previous site).
    `publication`: what this edition publishes against the previous one (its "What's new")."""
    inputs = Inputs.of(catalog, documents, entity_summaries)
    wanted: Callable[[str], bool] = (lambda path: True) if only is None else only.__contains__
    public = catalog.dossier.edition != "internal"   # (the internal edition has no feed nor sitemap)
    # the summaries' views are on the home page too, and the site's timeline on the timeline's
    summaries = [pages.summary_page(inputs, s) for s in summary_order(catalog.summaries.values())]
    timeline = site_timeline(inputs) if wanted(ROUTE["home"].path) or wanted(ROUTE["timeline"].path) else []
    made: list = []
    for kind in PAGE_ORDER:
        if kind in ITEM_KINDS:
            made += _item_pages(inputs, kind, summaries, wanted)
        elif wanted(ROUTE[kind].path):
            made.append(_list_page(inputs, kind, summaries, timeline, publication))
    return SiteViews(site_view(catalog, publication), made,
                     feeds.feed(inputs) if public and wanted(FEED) else None,
                     feeds.sitemap(inputs, functools.partial(_sitemap_paths, inputs))
                     if public and wanted(SITEMAP) else None,
                     feeds.entity_index(inputs) if wanted(ENTITY_DATA) else None,
                     functools.partial(feeds.graph, inputs) if wanted(GRAPH_DATA) else None,
                     whats_new_view(publication).marks if wanted(NEW_DATA) else None)


def _item_pages(inputs: Inputs, kind: str, summaries: list, wanted: Callable[[str], bool]) -> list:
    """The pages of one kind of item that are wanted; an article's and an entity's view is
    made where it is rendered (PendingPage)."""
    if kind == "summary":
        return [page for page in summaries if wanted(page.path)]
    if kind == "tag":
        return [pages.tag_page(inputs, slug) for slug in inputs.facts.tags if wanted(tag_path(slug))]
    make, template = (pages.article_page, ArticlePage.template) if kind == "article" else \
        (pages.entity_page, EntityPage.template)
    return [PendingPage(page_path(kind, item.id), template, functools.partial(make, inputs, item))
            for item in item_order(inputs, kind) if wanted(page_path(kind, item.id))]


def _list_page(inputs: Inputs, key: str, summaries: list, timeline: list, publication: Publication | None = None):
    """The view of the list page with this key (routes.ROUTES)."""
    makers = {"home": lambda: pages.home_page(inputs, summaries, timeline),
              "articles": lambda: pages.articles_page(inputs),
              "summaries": lambda: pages.list_page(key, [s.ref for s in summaries]),
              "entities": lambda: pages.list_page(key, pages.entity_groups(inputs)),
              "timeline": lambda: timeline_page(timeline),
              "sources": lambda: pages.sources_page(inputs),
              "tags": lambda: pages.list_page(key, pages.tag_refs(inputs)),
              "graph": lambda: pages.list_page(key, pages.all_relations(inputs)),
              "new": lambda: whats_new_page(inputs, publication),
              "search": lambda: pages.list_page(key),
              "not_found": lambda: pages.list_page(key)}
    return makers[key]()


def item_order(inputs: Inputs, kind: str) -> list:
    """The articles newest first, the summaries in their order, the entities by name."""
    catalog = inputs.catalog
    if kind == "article":
        return inputs.facts.newest_articles
    if kind == "summary":
        return summary_order(catalog.summaries.values())
    return sorted(catalog.entities.values(), key=lambda e: e.name.lower())


def summary_order(summaries) -> list[Summary]:
    return sorted(summaries, key=lambda s: (s.order if s.order is not None else 10**6, s.title.lower()))


def page_paths(inputs: Inputs) -> list[str]:
    """Every HTML page's path, in the order build_site_views lists the pages."""
    paths = []
    for kind in PAGE_ORDER:
        if kind == "tag":
            paths += map(tag_path, inputs.facts.tags)
        elif kind in ITEM_KINDS:
            paths += (page_path(kind, item.id) for item in item_order(inputs, kind))
        else:
            paths.append(ROUTE[kind].path)
    return paths


def _sitemap_paths(inputs: Inputs) -> list[str]:
    """Every page's path but the 404 page's."""
    return [path for path in page_paths(inputs) if path != ROUTE["not_found"].path]


def site_view(catalog: Catalog, publication: Publication | None = None) -> SiteView:
    """What every page shows of the site: its title, navigation, the list pages' paths."""
    config = catalog.config
    return SiteView(title=config.title, description=config.description, language=config.language,
                    author=config.author, organisation=config.organisation, base_url=config.base_url,
                    nav=[NavItem(route.key, _(route.nav), route.path) for route in ROUTES if route.nav],
                    routes={route.key: route.path for route in ROUTES}, version=__version__,
                    feed_id=feeds.entry_id(config, "dossier", ""), whats_new=whats_new_view(publication),
                    script_strings=script_strings(),
                    **({} if catalog.dossier.edition != "internal" else {"feed_href": "", "edition": "internal"}))
