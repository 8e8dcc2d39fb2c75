"""The site's list pages, in one table: where each is, its template, its title and its label
in the navigation. The navigation, the order of the pages (and so the sitemap's), the
addresses templates link to (`site.routes.<key>`) and the incremental planner's list pages
are all read from here.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..i18n import N_


@dataclass(frozen=True, slots=True)
class Route:
    key: str             # its name: site.routes.<key> in a template
    path: str
    template: str
    title: str | None    # None: the dossier's title (the home page); in English, translated where shown
    nav: str | None      # its label in the navigation; None: not in it
    # what of the dossier it shows, for the incremental planner: "documents" (lists them),
    # "totals" (entities' mention totals, one lines and timelines), "relations", "publication"
    # (what the last publication changed: the page is made again when that changes), or "" (nothing)
    shows: str


# In the navigation's order (the pages left out of it last).
ROUTES = (
    Route("home", "index.html", "home.html", None, N_("Overview"), "totals"),
    Route("summaries", "summaries/index.html", "summaries.html", N_("Summaries"), N_("Summaries"), "documents"),
    Route("entities", "entities/index.html", "entities.html", N_("Who's who"), N_("Who's who"), "totals"),
    Route("timeline", "timeline/index.html", "timeline.html", N_("Timeline"), N_("Timeline"), "totals"),
    Route("graph", "graph/index.html", "graph.html", N_("Relation graph"), N_("Graph"), "relations"),
    Route("articles", "articles/index.html", "articles.html", N_("Articles"), N_("Articles"), "documents"),
    Route("sources", "sources/index.html", "sources.html", N_("Sources"), N_("Sources"), "documents"),
    Route("tags", "tags/index.html", "tags.html", N_("Tags"), N_("Tags"), "documents"),
    # what the last publication added and changed (publication.py): made again when that changes
    Route("new", "new/index.html", "new.html", N_("What's new"), N_("What's new"), "publication"),
    Route("search", "search/index.html", "search.html", N_("Search"), None, ""),
    Route("not_found", "404.html", "404.html", N_("Page not found"), None, ""),
)
ROUTE = {route.key: route for route in ROUTES}

# The order of the site's pages: the list pages by key, and where the pages of each
# article, summary, entity and tag come (in the order views.site.item_order gives them).
ITEM_KINDS = ("article", "summary", "entity", "tag")
PAGE_ORDER = ("home", "article", "summary", "entity", "articles", "summaries", "entities", "timeline", "sources",
              "tags", "tag", "new", "graph", "search", "not_found")

FEED = "feed.xml"
SITEMAP = "sitemap.xml"
ENTITY_DATA = "data/entities.js"   # the entities, for link previews
GRAPH_DATA = "data/graph.js"       # the graph's nodes and edges
NEW_DATA = "data/new.js"           # what the last publication added or changed: the lists' marks


def paths_showing(what: str) -> tuple[str, ...]:
    """The paths of the list pages that show `what` (see Route.shows)."""
    return tuple(route.path for route in ROUTES if route.shows == what)
