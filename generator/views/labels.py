"""The words pages show for codes: access, entity types, languages, an unknown outlet, the
kinds of sources and of outlets."""
from __future__ import annotations

from ..index import tag_slug
from ..model import Article

ACCESS_LABELS = {"full": "Full text", "partial": "Partial text", "paywalled": "Paywalled"}
TYPE_LABELS = {"person": "People", "organization": "Organizations", "place": "Places",
               "event": "Events", "work": "Works"}
LANGUAGES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
             "pt": "Portuguese", "nl": "Dutch", "ar": "Arabic", "ru": "Russian", "zh": "Chinese",
             "pl": "Polish", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
             "tr": "Turkish", "el": "Greek", "ja": "Japanese", "uk": "Ukrainian", "ro": "Romanian"}
UNKNOWN_OUTLET = "Outlet unknown"
# An article's `kind:` (model.ARTICLE_KINDS), and an outlet's (outlets.OUTLET_KINDS)
KIND_LABELS = {"news": "News report", "wire": "Wire copy", "opinion": "Opinion", "interview": "Interview",
               "press-release": "Press release", "document": "Official document", "court-record": "Court record",
               "statement": "Statement", "transcript": "Transcript", "other": "Other"}
OUTLET_KIND_LABELS = {"newspaper": "Newspaper", "broadcaster": "Broadcaster", "agency": "News agency",
                      "aggregator": "Aggregator", "magazine": "Magazine", "blog": "Blog", "website": "Website",
                      "government": "Government", "court": "Court", "ngo": "NGO", "company": "Company",
                      "other": "Other"}
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


def outlet_anchor(name: str) -> str:
    """An outlet's section on the sources page."""
    return f"outlet-{tag_slug(name)}"


def access_notice(article: Article) -> str | None:
    """What an article's page says of a text the dossier holds only in part."""
    note = f" Held: {article.access_note}." if article.access_note else ""
    if article.access == "partial":
        return (f"The dossier holds only part of this article.{note} "
                "A fact missing here may still be in the original.")
    if article.access == "paywalled":
        return (f"The text is behind the publisher's paywall; the dossier holds only what is "
                f"shown below.{note}")
    return None
