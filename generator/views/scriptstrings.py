"""The words the theme's script shows (dossier.js), in the interface's language: a small JSON
block on each page (`<script type="application/json" id="dossier-strings">`), read by the
script's `t()`. The wording comes from the same catalogue as the templates' (i18n.py): this
table only names each string for the script. A page carries the common strings and those of
its own section (the timeline's filter on the timeline, the graph's on the graph and entity pages).
"""
from __future__ import annotations

import json

import markupsafe

from ..i18n import N_, Nn_, _, active

# name → English msgid; a pair (singular, plural) is chosen by count in the script (Intl.PluralRules).
COMMON = {
    "toLight": N_("Switch to light mode"), "toDark": N_("Switch to dark mode"),
    "searchResults": N_("Search results"), "page": N_("Page"),
    "results": Nn_("%(num)d result", "%(num)d results"),
    "enterForAll": N_("— Enter on the search page for all"),
    "nothingFound": N_("Nothing found for “%(query)s”."),
    "fromDisk": N_("Search works when the dossier is served by a web server; it cannot run from files opened on "
                   "disk. Serve the folder (for example: python -m http.server) or browse with the Who's who, "
                   "Timeline and Articles pages."),
    "unavailable": N_("Search is not available for this copy of the dossier (its index was not built)."),
    "copied": N_("Copied"), "selected": N_("Selected: press Ctrl+C (⌘C on a Mac) to copy"),
    "mentions": Nn_("%(num)d mention in the dossier", "%(num)d mentions in the dossier"),
    "notMentioned": N_("Not mentioned in the texts"),
    "new": N_("new"), "updated": N_("updated"),
}
SECTIONS = {
    "search": {
        "typeQuery": N_("Type a name, a place or any words, then press Enter."),
        "searching": N_("Searching…"), "showMore": N_("Show more results"),
        "resultsFor": Nn_("%(num)d result for “%(query)s”", "%(num)d results for “%(query)s”"),
        "shown": N_("(%(shown)s shown)"),
    },
    "timeline": {
        "entries": Nn_("%(num)d entry", "%(num)d entries"),
        "entriesOf": N_("%(shown)s of %(total)s entries"),
        "ofKind": N_("of the kind “%(kind)s”"),
    },
    "sources": {
        "articlesOfKind": Nn_("%(num)d article of the kind “%(kind)s”", "%(num)d articles of the kind “%(kind)s”"),
        "everyArticle": N_("Every article is shown."),
    },
    "graph": {
        "allDrawn": N_("All %(total)s entities are drawn, in rings: the most mentioned in the centre."),
        "someDrawn": N_("The %(limit)s most mentioned of the %(total)s entities are drawn, so that the graph "
                        "stays legible."),
        "drawSome": N_("Draw the %(limit)s most mentioned"), "drawAll": N_("Draw all %(total)s"),
        "drawing": N_("Drawing…"),
    },
}
SECTIONS["entities"] = SECTIONS["graph"]   # (an entity page draws its neighbourhood)


def script_strings() -> dict[str, markupsafe.Markup]:
    """Each page section's JSON block ("common" for a section with no strings of its own)."""
    common = _translated(COMMON)
    blocks = {"common": _json(common)}
    for section, strings in SECTIONS.items():
        blocks[section] = _json({**common, **_translated(strings)})
    return blocks


def _translated(table: dict) -> dict:
    interface = active()
    return {name: _(english) if isinstance(english, str) else interface.plural_forms(*english)
            for name, english in table.items()}


def _json(value: dict) -> markupsafe.Markup:
    """JSON safe inside a <script> element: no '<' (no '</script>' nor '<!--'), and no line
    separators that older parsers take for line ends."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return markupsafe.Markup(text.replace("<", "\\u003c").replace("&", "\\u0026")
                             .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
