"""View objects: everything a template shows, computed once (URLs, labels, dates, counts).

build_site_views(catalog, documents, entity_summaries) → SiteViews. Templates receive these
objects and never dig through raw data or rebuild a URL: every `href` is a path relative to
the site root, and each page is given `root`, the prefix back to it.

    routes.py    the list pages' table (path, template, title, navigation) and the page order
    types.py     the view dataclasses, and TEMPLATE_VIEWS, the sandbox's allowlist of them
    labels.py    the words shown for codes (access, types, languages)
    refs.py      the references to entities, articles, summaries and tags, each made once
    pages.py     one function per kind of page
    timeline.py  the site's timeline and each entity's
    feeds.py     the feed, the sitemap, and the data of the theme's scripts (entities, graph)
    site.py      build_site_views: the pages in order, and the site's own view

The facts they show that no single document holds are generator/facts.py's.
"""
from .routes import ENTITY_DATA, GRAPH_DATA, NEW_DATA, ROUTES, Route
from .site import build_site_views
from .types import TEMPLATE_VIEWS, PendingPage, SiteView, SiteViews

__all__ = ["ENTITY_DATA", "GRAPH_DATA", "NEW_DATA", "ROUTES", "TEMPLATE_VIEWS", "PendingPage", "Route", "SiteView", "SiteViews",
           "build_site_views"]
