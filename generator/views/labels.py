"""The words pages show for codes: access, entity types, languages, an unknown outlet, the
kinds of sources and of outlets, of items, in the interface's language (i18n.py)."""
from __future__ import annotations

import functools

from .. import datelabels
from ..i18n import N_, _, active, language_code
from ..index import tag_slug
from ..model import KIND_UNSETTLED, Article, Relation

ACCESS_LABELS = {"full": N_("Full text"), "partial": N_("Partial text"), "paywalled": N_("Paywalled")}
TYPE_LABELS = {"person": N_("Person"), "organization": N_("Organization"), "place": N_("Place"),
               "event": N_("Event"), "work": N_("Work")}
TYPE_PLURALS = {"person": N_("People"), "organization": N_("Organizations"), "place": N_("Places"),
                "event": N_("Events"), "work": N_("Works")}
UNKNOWN_OUTLET = N_("Outlet unknown")
# An article's `kind:` (model.ARTICLE_KINDS), and an outlet's (outlets.OUTLET_KINDS)
KIND_LABELS = {"news": N_("News report"), "wire": N_("Wire copy"), "opinion": N_("Opinion"),
               "interview": N_("Interview"), "press-release": N_("Press release"),
               "document": N_("Official document"), "court-record": N_("Court record"),
               "statement": N_("Statement"), "transcript": N_("Transcript"), "other": N_("Other"),
               KIND_UNSETTLED: N_("Not yet known")}   # (its kind is left to review)
OUTLET_KIND_LABELS = {"newspaper": N_("Newspaper"), "broadcaster": N_("Broadcaster"), "agency": N_("News agency"),
                      "aggregator": N_("Aggregator"), "magazine": N_("Magazine"), "blog": N_("Blog"),
                      "website": N_("Website"), "government": N_("Government"), "court": N_("Court"),
                      "ngo": N_("NGO"), "company": N_("Company"), "other": N_("Other")}
# What a timeline entry, a "Mentioned in" line or a What's new entry is
ITEM_KIND_LABELS = {"event": N_("event"), "article": N_("article"), "relation": N_("relation"),
                    "summary": N_("summary"), "entity": N_("entity")}
UNSTATED = ("unknown", "unstated", "not stated", "?")


def relation_wording(relation: Relation, verb: str) -> str:
    """A relation's wording as pages show it: the author's as written; that of a relation the
    dossier implies (an event's place, its participants) in the interface's language."""
    return _(verb) if relation.derived else verb


def access_label(access: str | None) -> str | None:
    return _(ACCESS_LABELS[access]) if access in ACCESS_LABELS else None


def kind_label(kind: str) -> str:
    return _(KIND_LABELS.get(kind, KIND_LABELS["other"]))


def outlet_kind_label(kind: str | None) -> str | None:
    return _(OUTLET_KIND_LABELS[kind]) if kind in OUTLET_KIND_LABELS else None


def item_kind_label(kind: str) -> str:
    return _(ITEM_KIND_LABELS[kind]) if kind in ITEM_KIND_LABELS else type_label(kind).lower()   # (a dated entity)


def unknown_outlet() -> str:
    return _(UNKNOWN_OUTLET)


def language_name(code: str | None) -> str | None:
    """'fr' → 'French' (in a French interface, 'français'): CLDR's name of the language in the
    interface's; an unknown original language reads as such, never as a code."""
    if not code:
        return None
    if code.strip().lower() in UNSTATED:
        return _("an unstated language")
    return _language_name(code, active().language)


@functools.lru_cache(maxsize=512)
def _language_name(code: str, interface: str) -> str:
    return datelabels.cldr_locale(language_code(interface)).languages.get(language_code(code)) or code


def type_label(entity_type: str, plural: bool = False) -> str:
    table = TYPE_PLURALS if plural else TYPE_LABELS
    if entity_type in table:
        return _(table[entity_type])
    # a desk's own type (dossier.yaml `types:`) is shown as it is written
    words = entity_type.replace("-", " ").capitalize()
    return words + "s" if plural and language_code(active().language) == "en" else words


def moment_label(moment) -> str:
    """An instant with its zone ('5 March 2025, 14:00 (UTC+01:00)'; '5 mars 2025, 14:00 UTC') in
    the interface's language."""
    interface = active()
    return datelabels.moment_label(moment, interface.language, interface.gettext)


def outlet_anchor(name: str) -> str:
    """An outlet's section on the sources page."""
    return f"outlet-{tag_slug(name)}"


def access_notice(article: Article) -> str | None:
    """What an article's page says of a text the dossier holds only in part."""
    note = " " + _("Held: %(note)s.") % {"note": article.access_note} if article.access_note else ""
    if article.access == "partial":
        return (_("The dossier holds only part of this article.") + note + " "
                + _("A fact missing here may still be in the original."))
    if article.access == "paywalled":
        return _("The text is behind the publisher's paywall; the dossier holds only what is shown below.") + note
    return None
