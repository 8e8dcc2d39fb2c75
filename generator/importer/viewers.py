"""Where a clipping was read, not published: a news database's record and a feed reader's item view.

A reporter copies an article from the tools that show it as often as from the site that published it. The tool's name
heads the copy like a masthead, but it publishes nothing: the outlet is the source the tool names beside the article
(the record's source field, the feed's name over the headline), and the tool is not recorded as a copy either.
"""
from __future__ import annotations

import re

import yaml

from ..matcher import fold
from ..yamlsource import DossierLoader
from .lines import is_section, outlet_like, outlet_name
from .when import find_date

# A news database's record, the fields over its text: '612 words', '612 mots', '612 Wörter' …
WORD_COUNT = re.compile(r"^\d[\d,.\s]*\s(?:words|mots|wörter|palabras|parole|palavras)$", re.I)
LANGUAGE_NAME = re.compile(r"^(?:english|french|german|spanish|italian|portuguese|français|anglais|deutsch|englisch|"
                           r"español|inglés|italiano|inglese|português|inglês)$", re.I)
# A feed reader's buttons and lists, in each language: 'Mark all as read', 'Read later', 'Starred', 'Quellen verwalten'.
FEED_READER = re.compile(r"^(?:mark (?:all )?as read|read later|starred|unread|all (?:articles|items)|search (?:your|all) feeds|"
                         r"(?:manage|add|your) (?:feeds|sources|subscriptions)|als gelesen markieren|später lesen|alle artikel|"
                         r"quellen verwalten|marquer (?:tout )?comme lu|lire plus tard|tous les articles|gérer les flux|"
                         r"marcar (?:todo )?como leído|leer más tarde|todos los artículos|segna (?:tutto )?come letto|"
                         r"leggi più tardi|tutti gli articoli|marcar como lido|ler mais tarde|todos os artigos)$", re.I)


def viewed_source(units, headline: str | None) -> tuple[str, str] | None:
    """The source a database's record or a feed reader names, and the tool that showed it ('news database', 'feed reader')."""
    source = record_source(units)
    if source:
        return source, "news database"
    source = feed_source(units, headline)
    if source:
        return source, "feed reader"
    source = export_source(units, headline)
    return (source, "reading app's export") if source else None


def record_source(units) -> str | None:
    """A news database's record ('Headline / Writer / 612 words / 3 December 2026 / The Okanagan Courier / OKNC /
    English'): the source named under its date, over the source's code or the language."""
    head = units[:30]
    if not any(WORD_COUNT.match(unit.clean) for unit in head):
        return None
    for before, unit, after in zip(head, head[1:], head[2:]):
        if find_date(before.clean) and len(before.clean.split()) <= 5 and outlet_like(unit.clean) and \
                (re.fullmatch(r"[A-Z]{2,6}", after.clean) or LANGUAGE_NAME.match(after.clean)):
            return outlet_name(unit.clean)
    return None


def feed_source(units, headline: str | None) -> str | None:
    """A feed reader's item view (two of its buttons in the lines over the item): the feed's name right over the
    headline, without the section the feed is of ('Cape Breton Courier - Local News')."""
    at = next((unit.index for unit in units if headline and fold(unit.clean) == fold(headline)), None)
    if at is None:
        return None
    buttons = [item for unit in units[:at] for item in re.split(r"\s{2,}|\s*[|·•]\s*", unit.clean) if FEED_READER.match(item)]
    if len(buttons) < 2:
        return None
    above = next((unit.clean for unit in reversed(units[:at]) if unit.clean and not FEED_READER.match(unit.clean)), "")
    # (the feed's name over its buttons: 'Upper Mountains Courier' / 'Mark all as read' / the headline)
    parts = re.split(r"\s+[|–—-]\s+|\s*[·•]\s*", above)
    name = parts[0] if len(parts) == 2 and is_section(parts[1]) else above
    return outlet_name(name) if outlet_like(name) and not FEED_READER.match(name) else None


# A reading app's export over the articles it holds: its header ('Leseliste · Export', 'Exported on 20 Feb 2026') closed by
# a rule of '=' or '-', as an app writes a text export.
EXPORTED = re.compile(r"\b(?:export|exported|exportiert|exporté|exportée|exportado|exportada|esportato|esportata|exportação)\b", re.I)
RULE = re.compile(r"^[=\-_~*]{5,}$")


def export_source(units, headline: str | None) -> str | None:
    """A reading app's export (its header over a rule, saying it is an export): the outlet named on the line right
    under the article's headline, without the section beside it ('Der Waldler Kurier · Lokales Regen')."""
    rule = next((unit.index for unit in units[:12] if RULE.match(unit.text.strip())), None)
    if rule is None or not any(EXPORTED.search(unit.clean) for unit in units[:rule]):
        return None
    at = next((unit.index for unit in units[rule:rule + 6] if headline and fold(unit.clean) == fold(headline)), None)
    if at is None or at + 1 >= len(units):
        return None
    parts = re.split(r"\s+[|–—-]\s+|\s*[·•]\s*", units[at + 1].clean)
    name = parts[0] if len(parts) <= 2 else ""
    return outlet_name(name) if name and outlet_like(name) and not find_date(name) else None


# A tool's labelled record of the item it shows: a feed reader's raw fields ('Title:', 'pubDate:', 'link:',
# 'dc:creator:'), a read-later app's info panel ('Source:', 'Site:', 'Author:', 'Published: —'). Each label, the field
# it states; the tool's own fields ('Saved:', 'Tags:', 'Words:') state nothing of the article.
RECORD_LABELS = {
    "title": "title", "titre": "title", "titel": "title", "título": "title", "titolo": "title",
    "author": "authors", "authors": "authors", "dc:creator": "authors", "creator": "authors", "auteur": "authors",
    "autor": "authors", "autore": "authors", "byline": "authors",
    "pubdate": "published", "published": "published", "date published": "published", "dc:date": "published",
    "publié": "published", "publié le": "published", "veröffentlicht": "published", "publicado": "published",
    "pubblicato": "published",
    "link": "url", "url": "url", "source": "url", "original": "url", "permalink": "url", "lien": "url", "quelle": "url",
    "enlace": "url", "fonte": "url",
    "site": "outlet", "feed": "outlet", "site name": "outlet", "publication": "outlet", "flux": "outlet",
}
TOOL_LABELS = {"saved", "tags", "category", "categories", "words", "reading progress", "guid", "enclosure", "read",
               "added", "highlights", "notes", "gespeichert", "enregistré", "guardado", "salvato"}
RECORD_LINE = re.compile(r"^([^\W\d][\w: ]{1,20}?)\s?:\s+(\S.*)$")
FEED_ADDRESS = re.compile(r"(?:/feeds?/?|/rss/?|\.rss|\.xml|/atom/?)$", re.I)
NOT_STATED = re.compile(r"^[—–-]+$|^(?:n/?a|none|unknown|inconnu|unbekannt|desconocido|sconosciuto|desconhecido)$", re.I)


def tool_record(units) -> dict[str, tuple[str | None, str]]:
    """The fields a tool's labelled record states of its item, each with the line that states it: three labelled
    lines or more set one under another, two of them the article's own fields and none a field no tool sets (a form's
    'Meeting:', a job's 'Closing date:'). A field it marks as not known ('Published: —') is stated as None."""
    fields: dict[str, tuple[str | None, str]] = {}
    run: list[tuple[str, str, str]] = []
    for unit in list(units) + [None]:
        found = RECORD_LINE.match(unit.clean) if unit is not None else None
        label = found.group(1).strip().casefold() if found else None
        if found and (label in RECORD_LABELS or label in TOOL_LABELS):
            run.append((label, found.group(2).strip(), unit.clean))
            continue
        if unit is not None and run and re.match(r"https?://\S+$", unit.clean):
            continue   # (the feed's own address under its name)
        own = [(RECORD_LABELS[label], value, line) for label, value, line in run if label in RECORD_LABELS]
        if len(run) >= 3 and len({field for field, _, _ in own}) >= 2:
            for field, value, line in own:
                read = _value(field, value)
                if read is not None or NOT_STATED.match(value):   # (not a value it cannot read: a feed's own address)
                    fields.setdefault(field, (read, line))
        run = []
    return fields


def _value(field: str, value: str) -> str | None:
    if NOT_STATED.match(value):
        return None
    if field == "url":
        return value if re.fullmatch(r"https?://\S+", value) and not FEED_ADDRESS.search(value) else None
    if field == "published":
        found = find_date(value)
        return found.value if found else None
    if field == "outlet":
        parts = re.split(r"\s+[|–—-]\s+", value)
        name = parts[0] if len(parts) == 2 and is_section(parts[1]) else value
        return outlet_name(name) if outlet_like(name) else None
    return value


# A note-taking app's web clipper (Obsidian's, and those like it) writes the page as Markdown under a YAML front matter
# block: 'title:', 'source:', 'author:' (a list of '[[links]]'), 'published:', 'created:', 'tags:'. The block is the
# tool's record of the item, the Markdown under it the text. Its fields, as the record's labelled lines, and its own.
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.{0,6000}?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_CLIPPER_KEYS = set(RECORD_LABELS) | TOOL_LABELS | {"created"}   # (the record's fields and the tool's own; not 'description')
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]")   # ('[[Marie-Ève Lesage]]', '[[people/Ann Roe|Ann Roe]]')


def front_matter_record(text: str) -> str | None:
    """The text with a web clipper's front matter block set as a tool's labelled record (one 'Label: value' line a
    field, which tool_record reads), or None when it opens with no such block: a YAML mapping, read without
    following aliases, two of whose keys are the article's own fields."""
    found = _FRONT_MATTER.match(text)
    if not found:
        return None
    try:
        if any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(found.group(1), Loader=DossierLoader)):
            return None   # (an alias repeats what it names: a record has no need of one, a bomb does)
        data = yaml.load(found.group(1), Loader=DossierLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict) or len({RECORD_LABELS.get(str(key).casefold()) for key in data} - {None}) < 2:
        return None
    lines = []
    for key, value in data.items():
        values = value if isinstance(value, list) else [value]
        shown = [_WIKI_LINK.sub(r"\1", str(item)).strip() for item in values if isinstance(item, (str, int, float))]
        shown = [item for item in shown if item.strip("[]| ")]
        if shown and str(key).casefold() in _CLIPPER_KEYS:
            lines.append(f"{str(key).capitalize()}: {', '.join(item for item in shown if item)}")
    return "\n".join(lines) + "\n\n" + text[found.end():]
