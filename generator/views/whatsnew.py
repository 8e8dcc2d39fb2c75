"""The "What's new" page and what the list and home pages show of the last publication
(publication.py): the items it added or changed since the previous one, newest first."""
from __future__ import annotations

from datetime import datetime, timezone

from ..publication import Publication
from ..i18n import N_, _
from .labels import moment_label
from .refs import Inputs
from .routes import NEW_DATA, ROUTE, paths_showing
from .types import WhatsNewEntry, WhatsNewPage, WhatsNewView

KIND_LABELS = {"article": N_("Article"), "summary": N_("Summary"), "entity": N_("Entity")}


def date_label(iso: str) -> str:
    """'5 December 2026, 09:30 UTC', in the interface's language."""
    return moment_label(datetime.fromisoformat(iso).astimezone(timezone.utc))


def whats_new_view(publication: Publication | None) -> WhatsNewView:
    if publication is None or publication.previous is None:
        return WhatsNewView()
    marks = publication.changes()
    new = sum(status == "new" for status in marks.values())
    return WhatsNewView(date_label(publication.previous), publication.previous, new, len(marks) - new, marks)


def publication_pages(before: Publication | None, after: Publication) -> set[str]:
    """The pages that show something else after this publication than after `before`: the
    "What's new" page, the home page when its line changes, the lists' marks (NEW_DATA, which
    their script reads: the lists themselves are not made again) when they change. (The
    default theme shows site.whats_new on those pages only.)"""
    if before == after:
        return set()
    old, new = whats_new_view(before), whats_new_view(after)
    paths = set(paths_showing("publication"))
    if old.summary != new.summary:
        paths.add(ROUTE["home"].path)
    if old.marks != new.marks:
        paths.add(NEW_DATA)
    return paths


def whats_new_page(inputs: Inputs, publication: Publication | None) -> WhatsNewPage:
    route = ROUTE["new"]
    if publication is None or publication.previous is None:
        return WhatsNewPage(_(route.title), route.path, route.template, [])
    refs = {"article": inputs.refs.articles, "summary": inputs.refs.summaries, "entity": inputs.refs.entities}
    entries = []
    for key, status in publication.changes().items():
        kind, item_id = key.split("/", 1)
        if item_id in refs[kind]:
            date = publication.items[key].changed
            entries.append(WhatsNewEntry(refs[kind][item_id], kind, _(KIND_LABELS[kind]), status, date, date_label(date)))
    order = {kind: number for number, kind in enumerate(KIND_LABELS)}
    entries.sort(key=lambda e: (order[e.kind], e.ref.title.lower()))
    entries.sort(key=lambda e: e.date, reverse=True)
    return WhatsNewPage(_(route.title), route.path, route.template, entries, date_label(publication.previous),
                        publication.previous)
