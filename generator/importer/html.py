"""A web page saved from a browser → a Clipping.

The text is trafilatura's (main content only: scripts, styles, comments, navigation and
asides never reach the article), read again by the pasted-text reader for what it says
about itself. What the page declares is authoritative where present: JSON-LD (NewsArticle
and its kin), microdata, `og:`/`article:` meta tags, the canonical link, the `<title>`
("Headline | Outlet" split) and the document's language. A page that reproduces another
outlet's article (a canonical link or JSON-LD `isBasedOn` to another site, a line saying
where it was first published) is imported as the original's, the page's own site recorded
as a reproduction (`syndicated`).
"""
from __future__ import annotations

import datetime
import html as htmllib
import json
import logging
import re
from urllib.parse import urlsplit

from ..matcher import fold
from . import phrases as P
from .clipping import Clipping, Reproducer
from .embedded import article_page
from .listing import article_page as listed_article
from .factcheck import keep_verdict
from .kinds import kind_from_address, label_kind, note_label, settle_kind
from .known import KnownOutlets
from .meta import POSTED_ON, bare_credit
from .lines import (Unit, byline_by_comma, content_words, headline_text, is_section, language, name_like, outlet_like,
                    outlet_name, overlap)
from .text import TextReader, ask_unknown, first_of_pages
from .hosts import host, spells_host
from .shown import (caption_credits, element_text, menu_labels, names_site, marked_headline, photographer_fields,
                    printed_in_full, shown_headline, shown_site, split_title, title_is_site, without_kicker)
from .sources import meta_values, page_address
from .pagehead import labelled_date, label_over_headline, published_in, agency_bylines, byline_sources, header_lines, without_trailing_links
from .standfirst import page_standfirst, restore_headings
from .structured import declared_in_markup, quoted_attributes
from .visible import visible_text
from .when import find_date
from .vet import keep_provisional, no_person, provisional_kept

ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "opinionnewsarticle",
                 "liveblogposting", "report", "scholarlyarticle", "techarticle", "socialmediaposting", "webpage",
                 "backgroundnewsarticle", "reviewnewsarticle", "posting"}
_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script\s*>", re.I | re.S)
_LD = re.compile(r"<script\b[^>]*type\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>", re.I | re.S)
_META = re.compile(r"<meta\b[^>]*>", re.I)
_LINK = re.compile(r"<link\b[^>]*>", re.I)
_ATTR = re.compile(r"([\w:-]+)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)")
OWN_LINKS = {"home", "shortlink", "edituri", "pingback", "https://api.w.org/", "search", "wlwmanifest"}
_HOME = re.compile(r"<(?:a|base)\b[^>]*>", re.I)
_TOP_HEADING = re.compile(r"<h([12])\b[^>]*>(.*?)</h\1\s*>", re.I | re.S)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
_LANG = re.compile(r"<html\b[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_ITEMPROP = re.compile(r"<(\w+)\b([^>]*\bitemprop\s*=\s*[\"']?(headline|name|datePublished|author|publisher|inLanguage|url)"
                       r"[\"']?[^>]*)>(.*?)</\1>", re.I | re.S)
_NESTED_NAME = re.compile(r"<\w+\b[^>]*\bitemprop\s*=\s*[\"']?name[\"']?[^>]*>([^<]*)", re.I)
_TIME = re.compile(r"(<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']+)[\"'][^>]*>)", re.I)
_AUTHOR = re.compile(r"<(a|span|div|p)\b(?=[^>]*(?:\brel\s*=\s*[\"']?author|\bclass\s*=\s*[\"'](?![^\"']*(?:comment|foto|photo))[^\"']*"
                     r"(?:\b|_)(?:author|fn|auteur|autor|autorin|autore|verfasser)(?:\b|_)))[^>]*>((?:(?!</?\1\b).)*?)</\1>", re.I | re.S)
# (a CSS module's hashed class too: 'Article_author__Mm1p'; not a picture's author: 'autor-foto')


def _attrs(tag: str) -> dict[str, str]:
    return {name.lower(): htmllib.unescape(value.strip("\"'")) for name, value in _ATTR.findall(tag)}


def _local(stamp: str, shown: str) -> str:
    """A `<time>`'s UTC stamp as the page shows it beside, in local time ('…T17:20:00.000Z' shown '03.12.2026 um 18:20':
    the reader's 18:20), or its day alone at the time shown beside it; else the stamp."""
    day = find_date(shown)
    if not (day and day.has_time):
        return stamp
    same_day = re.fullmatch(r"\d{4}-\d{2}-\d{2}", stamp.strip()) and day.value.startswith(stamp.strip())
    # (a day alone, '2025-10-02', shown '02.10.2025 | 11:20': that day at the time shown)
    return day.value[:16] if same_day or _local_of_utc(stamp.strip(), day.value) else stamp


def _iso(value: str | None) -> str | None:
    """A date or date-time as the dossier writes it, from a machine-readable one."""
    if not value:
        return None
    value = re.sub(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})\b", lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", value)   # ('2025/10/21')
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?", value)
    if not match:
        found = find_date(value)
        return found.value if found else None
    date, time, zone = match.groups()
    if date < "1000" or (date == "1970-01-01" and time in (None, "00:00") and zone in (None, "Z", "+00:00", "+0000")):
        return None   # a generator's placeholder for 'not set' (Hugo's zero time, the Unix epoch), not a date
    if not time:
        return date
    if zone and zone != "Z" and ":" not in zone:
        zone = zone[:3] + ":" + zone[3:]
    return f"{date}T{time}{zone or ''}"


def _unprinted(title: str, shown: str, reader: TextReader, tagline: bool) -> bool:
    """The headline the page declares (its <title>'s, its og:title) yields to the one it prints: the page never prints
    it, and it is either the words a <title> sets beside the site's name sharing none of the printed headline's, of
    which the text speaks less (a tagline), or a shorter version of the printed headline (for sharing)."""
    printed = {fold(unit.clean.lstrip("#> ")) for unit in reader.units}
    if fold(title) in printed or fold(shown) not in printed or shown.endswith(".") or len(shown.split()) > 30:
        return False
    declared, own = content_words(title), content_words(shown)
    if tagline and not declared & own:
        return overlap(shown, reader.body_words) > overlap(title, reader.body_words)
    return len(shown) > len(title) and len(declared & own) * 2 >= len(declared) > 0


def _names(value) -> list[str]:
    """Author names from JSON-LD (a string, an object with a name, or a list of them)."""
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str) and value.strip() and not value.startswith("http"):
        return [part.strip() for part in re.split(r"\s*(?:;|,| and | et | und | y | e )\s*", value) if part.strip()]
    return []


def _name(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _url(value) -> str | None:
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id")
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, str) and value.startswith("http") else None


LINKED = ("publisher", "author", "isPartOf", "mainEntityOfPage", "isBasedOn")


def _ld_articles(page: str) -> list[dict]:
    """The article nodes of the page's JSON-LD, their references by `@id` to other nodes of the page (a
    Yoast-style `@graph`: WebPage, Organization, Person) replaced by those nodes."""
    found, nodes = [], {}

    def walk(node):
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            if isinstance(node.get("@id"), str) and len(node) > 1:
                nodes.setdefault(node["@id"], node)
            types = node.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t.lower() in ARTICLE_TYPES for t in types) and \
                    (node.get("headline") or node.get("datePublished")):
                found.append(node)
            for key in ("@graph", "mainEntity", "hasPart"):
                if key in node:
                    walk(node[key])

    for block in _LD.findall(page):
        try:
            walk(json.loads(block.strip().removeprefix("<!--").removesuffix("-->")))
        except ValueError:
            continue

    def resolve(value):
        if isinstance(value, list):
            return [resolve(item) for item in value]
        if isinstance(value, dict) and set(value) == {"@id"}:
            return nodes.get(value["@id"], value)
        return value

    found.sort(key=lambda node: _types(node) <= {"webpage"})   # (an article's own node before a page's template)
    return [{**node, **{key: resolve(node[key]) for key in LINKED if key in node}} for node in found]


class Declared:
    """What the page declares about itself."""

    def __init__(self, page: str):
        self.page = page
        self.meta: dict[str, str] = {}
        self.metas: dict[str, list[str]] = {}   # (every value: one citation_author tag per author)
        for tag in _META.findall(page):
            attrs = _attrs(tag)
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key and "content" in attrs:
                self.metas.setdefault(key, []).append(attrs["content"].strip())
                self.meta.setdefault(key, attrs["content"].strip())
        if "og:url" in self.meta:
            self.meta["og:url"] = page_address(self.meta["og:url"]) or ""
        self.canonical = self.item_page = None
        self.home = None    # the page's own site's address: its og:url, a base or a rel=home link
        self.base = None    # a `<base href>` that is an article's address (Joomla writes the page's own)
        for tag in _LINK.findall(page) + _HOME.findall(page):
            attrs = _attrs(tag)
            if tag.lower().startswith("<base") and len(urlsplit(attrs.get("href", "")).path.strip("/")) >= 12:
                self.base = page_address(attrs["href"])
            rel = attrs.get("rel", "").lower().split()
            if "canonical" in rel and attrs.get("href", "").startswith("http"):
                self.canonical = page_address(attrs["href"])
            elif attrs.get("itemprop", "").lower() in ("mainentityofpage", "url") and page_address(attrs.get("href")):
                self.item_page = self.item_page or page_address(attrs.get("href"))   # (microdata's link to its page)
            elif (OWN_LINKS & set(rel) or "alternate" in rel and re.search(r"rss|atom", attrs.get("type", ""), re.I) or
                  tag.lower().startswith("<base")) and attrs.get("href", "").startswith("http"):
                self.home = self.home or attrs["href"]   # (its link home, its feed, its short link: the site's own)
        title = _TITLE.search(page)
        self.title = element_text(title.group(1)) if title else None
        lang = _LANG.search(page)
        self.lang = lang.group(1).lower() if lang else None
        articles = _ld_articles(page)
        self.ld = articles[0] if articles else {}
        self.micro: dict[str, str] = {}
        for _, attrs, prop, inner in _ITEMPROP.findall(page):
            prop = prop.lower()
            stamp = _attrs(attrs).get("title", "") if prop == "datepublished" else ""   # (Blogger: <abbr title="2026-…T18:40">)
            value = _attrs(attrs).get("content") or _attrs(attrs).get("datetime") or \
                (stamp if re.match(r"\d{4}-\d\d-\d\d", stamp) else "") or element_text(inner)
            if prop in ("publisher", "author") and (name := _NESTED_NAME.search(inner)):
                value = _attrs(name.group(0)).get("content") or element_text(name.group(1) or "")   # (an item with its own name)
            if prop == "author":
                self.micro["author"] = "; ".join(filter(None, [self.micro.get("author"), value]))
            elif value and prop not in self.micro:
                self.micro[prop] = value
        self.marked = declared_in_markup(page)   # (RDFa, h-entry: what the article's markup says where no JSON-LD does)
        for key, prop in (("headline", "headline"), ("datePublished", "datepublished"), ("publisher", "publisher")):
            if self.marked.get(key) and not self.micro.get(prop):
                self.micro[prop] = self.marked[key]
        if self.marked.get("authors") and not self.micro.get("author"):
            self.micro["author"] = "; ".join(self.marked["authors"])
        self.item_page = self.item_page or page_address(self.meta.get("mainentityofpage")) or page_address(self.marked.get("url"))
        times = _TIME.findall(page)
        self.time = next((value for tag, value in times if re.search(r"publish", tag, re.I)), times[0][1] if times else None)
        shown = next((re.search(r"\s*([^<]*)", page[page.find(tag) + len(tag):]).group(1) for tag, value in times
                      if value == self.time), "")
        self.time = _local(self.time, shown) if self.time else None
        self.authors = []
        for inner in _AUTHOR.findall(page):
            name = P.BYLINE_START.sub("", element_text(inner[-1]))
            name = name.partition(",")[0].strip() if byline_by_comma(name) else name   # ('By Ann Lowe, Transport Correspondent')
            if name_like(name) and name not in self.authors:
                self.authors.append(name)

    def first(self, *values):
        return next((value for value in values if value), None)


def read_html(page: str, known: KnownOutlets | None = None) -> Clipping:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)   # (its notes on a page are not the user's business)

    page = article_page(page) or listed_article(page) or page   # (a framework's shell: its data's article; a listing: its full item)
    page = quoted_attributes(page)   # (a minified save's `class=byline`)
    declared = Declared(page)
    text = trafilatura.extract(page, output_format="markdown", include_formatting=True, include_comments=False,
                               include_tables=False, include_images=False, deduplicate=False, favor_recall=True) or ""
    if _is_live(declared):
        text = visible_text(page)   # (trafilatura keeps the heading of one entry of a live report only)
    else:
        text = restore_headings(page, text, _described(declared))
    reader = TextReader(text, known=known)
    clip = reader.read()
    standfirst = page_standfirst(page, _described(declared), text)
    if standfirst and clip.body and not any(standfirst[:60] in block for block in clip.body):
        clip.body.insert(0, standfirst)   # (the page marks it the standfirst: read as a headline, it would be lost)
        if clip.title == standfirst:
            clip.title = None
    lines = []
    for line in header_lines(page):   # (a byline run on into its date, 'By A and B Posted Dec. 4, 2026': two lines)
        cut = P.PUBLISHED_WORDS.search(line, 3) if P.BYLINE_START.match(line) else None
        lines += [line[:cut.start()].strip(" ·|•–—-,"), line[cut.start():]] if cut and find_date(line[cut.start():]) else [line]
    dated = [line for line in lines if (found := find_date(line)) and found.has_time]
    for line in sorted(lines, key=lambda line: line not in dated):   # (bylines and datelines the main text left out;
        unit = Unit(line)                                              #  a date with its time before the day's date alone)
        kind = reader._meta_kind(unit)
        if kind == "byline" and not clip.authors:
            reader._byline(unit)
        if kind == "byline":   # (a byline split by roles: 'Texto: Ignacia Barrientos · Fotos: Martín Kusanovic')
            for part in re.split(r"\s+[·|•–—]\s+", line)[1:]:
                if P.CREDIT_ROLE.match(part) and P.CREDIT.match(part) and part not in clip.credits:
                    reader._credit(part.strip(), None)
        elif kind == "dateline" and (not clip.published or POSTED_ON.search(line)):
            reader._dateline(unit)   # (or the site's own date beside a copy's credit: 'Posted on NewsHub on …')
        if kind == "dateline" and not clip.authors:   # ('Publié le 3 mars 2026 · Par Paul Girard': the byline beside the date)
            for part in re.split(r"\s+[·|•–—]\s+", line)[1:]:
                if P.BYLINE_START.match(part) and reader._meta_kind(Unit(part)) == "byline":
                    reader._byline(Unit(part))
    if not clip.published and (dated := labelled_date(page)):
        reader._dateline(Unit(dated))   # ('Data:' / '01 dicembre 2026', set apart: the main text left both out)
    if not getattr(reader, "beside_date", None) and (source := _source_line(page)):
        reader.beside_date = source   # (an aggregator's "<Outlet> · <date>" line, linking the original, the main text left out)
    shown = visible_text(page).split("\n\n")
    if not clip.kind and (label := label_over_headline(shown, marked_headline(page) or clip.title)):
        note_label(clip, label, "over the headline")
    if not reader.stopped_short:   # (a link-only "Continue reading on X" the main text left out)
        pointer = next((line for line in shown
                        if len(line.split()) <= 20 and P.continues_elsewhere(line)), None)
        if pointer:
            reader._elsewhere(Unit(pointer))
            clip.decide("access", "partial", "the page stops and sends the reader elsewhere for the rest")
    first_of_pages(clip, shown)
    clip.input_kind = "html"
    provisional = provisional_kept(clip)   # (opening words, marked as such)
    clip.review = []
    clip.body = keep_verdict(page, clip.body)
    without_trailing_links(page, clip)
    _credits(page, clip)
    _apply(declared, clip, reader, provisional[1] if provisional[0] else None)
    sections = [name for name in [declared.meta.get("article:section"), *_as_list(declared.ld.get("articleSection"))]
                if isinstance(name, str) and name] or [next(iter(declared.metas.get("article:tag", [])), "")]
    section = next((name for name in sections if label_kind(name)), "")
    section_kind = label_kind(section)   # (its JSON-LD's articleSections, any that names a kind: '["Columns", "Opinion"]';
    #                                      with none, the first tag, which Ghost and WordPress give as the primary one)
    if not clip.kind and "OpinionNewsArticle" in _as_list(declared.ld.get("@type")):
        clip.decide("kind", "opinion", "the page declares it an opinion piece")
    elif not clip.kind and section_kind:
        clip.decide("kind", section_kind, f"the page's declared section “{section}”")
    agency_bylines(clip)
    byline_sources(page, clip)
    kind_from_address(clip)
    settle_kind(clip, reader.agency_dateline)
    ask_unknown(clip)
    keep_provisional(clip, provisional)
    return clip


def _described(d: Declared) -> list[str]:
    """The descriptions the page declares (its JSON-LD's, its markup's, its meta tags'): a standfirst where it shows one."""
    return [d.ld.get("description") if isinstance(d.ld.get("description"), str) else "", d.marked.get("description", ""),
            *d.metas.get("description", []), *d.metas.get("og:description", [])]


def _credits(page: str, clip: Clipping) -> None:
    for credit in map(bare_credit, caption_credits(page)):
        if credit not in clip.credits:
            clip.credits.append(credit)
            clip.decisions.append(f"credits: {credit} — from a picture's caption")
    for credit in photographer_fields(page):
        if not any(credit.split(": ", 1)[1] in other for other in clip.credits):
            clip.credits.append(credit)
            clip.decisions.append(f"credits: {credit} — the page's field naming its photographer")


def _in_utc(stamp: str) -> bool:
    """A declared date-time given in UTC ('…Z', '…+00:00'), which may not be the site's own time."""
    return bool(re.search(r"(?:Z|[+-]00:?00)$", stamp))


def _local_of_utc(declared: str, shown: str | None) -> bool:
    """'2026-12-04T12:10+00:00' declared where the page prints '04/12/2026 13:10': the same moment in the site's own
    time, whole hours (or half hours) away; the time its reader reads is the one printed."""
    if not shown or len(shown) < 16 or not _in_utc(declared) or _in_utc(shown):
        return False   # (a <time> element repeating the declared UTC value prints no local time)
    try:
        gap = datetime.datetime.fromisoformat(shown[:16]) - datetime.datetime.fromisoformat(declared[:16])
    except ValueError:
        return False
    minutes = gap.total_seconds() / 60
    return minutes % 30 == 0 and -12 * 60 <= minutes <= 14 * 60


def _same_moment(local: str, utc: str) -> bool:
    """'2026-01-15T06:30+08:00' and '2026-01-14T22:30Z' name one moment."""
    try:
        one = datetime.datetime.fromisoformat(local.replace("Z", "+00:00"))
        other = datetime.datetime.fromisoformat(utc.replace("Z", "+00:00"))
    except ValueError:
        return False
    return one.tzinfo is not None and other.tzinfo is not None and one == other


def _own_time(stamp: str | None, *others: str | None) -> str | None:
    """A UTC stamp as the site writes the same moment elsewhere: with its own offset ('2025-04-11T09:45+02:00' for
    '…T07:45Z') or in local time as printed ('2024-08-12T08:40' for '…T06:40Z'); else the stamp."""
    if not stamp or not _in_utc(stamp):
        return stamp
    return next((other for other in others if other and not _in_utc(other) and
                 (_same_moment(other, stamp) or _local_of_utc(stamp, other))), stamp)


def _other_day_in_utc(declared: str, shown: str | None) -> bool:
    """'2026-12-01T03:05Z' declared where the page prints 'Nov 30, 2026': the site's own day, the evening before in
    its time zone, is the one its reader reads."""
    if not shown or not _in_utc(declared) or shown[:10] == declared[:10]:
        return False
    try:
        gap = (datetime.date.fromisoformat(declared[:10]) - datetime.date.fromisoformat(shown[:10])).days
        hour = int(declared[11:13])
    except ValueError:
        return False
    return gap == 1 and hour < 11 or gap == -1 and hour >= 11
    # (a site's local day differs from UTC's only that close to midnight: no time zone is more than 11 hours behind
    #  UTC or 14 ahead; otherwise the day printed is another date, a strip with today's date over the page)


def _apply(d: Declared, clip: Clipping, reader: TextReader, opening_words: str | None = None) -> None:
    ld, meta, micro = d.ld, d.meta, d.micro
    shown_date = reader.own_date or clip.published   # (the date the page's text gives, before what it declares)
    site = d.first(meta.get("og:site_name"), _name(ld.get("publisher")) if not _reproduced(d) else None,
                   micro.get("publisher"), *meta_values(d.metas, "site"))
    seen = {host(url) for url in (d.canonical, meta.get("og:url"), page_address(_saved_from(d.page))) if url}
    site_host = seen.pop() if len(seen) == 1 and not _reproduced(d) else None   # (a copy's canonical link: the original's)
    og_title, tail = meta.get("og:title"), None
    if og_title and d.title and not ld.get("headline") and fold(d.title).startswith(fold(og_title).rstrip()) and \
            (tail := re.match(r"\s+[|–—·:-]\s+(?!.*\s[|–—·:-]\s)(.{2,60})$", d.title[len(og_title.rstrip()):])):
        headline, title_site = og_title.strip(), tail.group(1).strip()   # (the <title> is the og:title and the site's
        #      name after it: the og:title is the whole headline, whatever dash it holds: 'Wochenmarkt: … – Stadt sucht …')
    else:
        headline, title_site = split_title(d.first(og_title, d.title) if not ld.get("headline") else None, site,
                                           site_host, menu_labels(d.page))
    if not title_site and d.title and meta.get("og:title") and not ld.get("headline"):
        title_site = split_title(d.title, site, site_host, menu_labels(d.page))[1]   # (the og:title is the headline
        #                                                                           alone; the <title> names the site)
    if title_site and spells_host(title_site, site_host) and site and not spells_host(site, site_host):
        site = title_site   # (the declared site name is a section's, 'Lauterbach'; the <title> names the site its address spells)
    shown_name = None if site or title_site else shown_site(d.page, d.title)   # (a page that declares nothing: what it shows)
    if headline and meta.get("og:title") and d.title and not (ld.get("headline") or micro.get("headline")):
        own = split_title(d.title, site, site_host)[0]
        if own and (h1 := shown_headline(d.page)) and fold(own) == fold(h1) != fold(headline):
            headline = own   # (the og:title is a shorter social headline; the page's <title> and its <h1> agree on its own)
    if not (ld.get("headline") or micro.get("headline")) and names_site(d.first(meta.get("og:title"), d.title),
                                                                        [site, shown_name, title_site]) \
            and (h1 := marked_headline(d.page)) and not names_site(h1, [site, shown_name]):   # (og:title too: a CMS's default)
        note_label(clip, headline or "", "before the headline")   # ('Pressemitteilung: …' in the <title>: its kind)
        headline = h1 if h1 == shown_headline(d.page) else None
        # (its <title> is the site's name, or its name beside a tagline: the headline is its <h1>; or the element its
        #  markup names the title, '<td class="titular">', read below as a page that declares none)
    title = d.first(ld.get("headline"), micro.get("headline"), headline if headline != d.title or not clip.title else None)
    if title and title == headline and clip.title and _unprinted(title, clip.title, reader, tagline=bool(title_site)):
        title = None   # (what the page declares it never prints: the <title>'s tagline beside the site's name,
        #                'Cronache del Bussento - Notizie dal Cilento …', or a shorter headline for sharing; the
        #                headline is the one the text shows)
    if title and "|" in title and not ld.get("headline"):
        title = split_title(title, site)[0]
    if title:
        title = " ".join(htmllib.unescape(title).split())
        for name in filter(None, (site, title_site)):   # (a plugin's JSON-LD headline copied from the <title>, its site
            if fold(title).endswith(fold(name)) and re.search(r"\s[|–—-]\s*$", title[:-len(name)]):   # name and all)
                title = title[:-len(name)].rstrip(" |–—-")
        note_label(clip, title, "before the headline")
        title = without_kicker(headline_text(title), d.page)   # ("Pressemitteilung: Neue Buslinie ...", "Interview: ...":
        #                                                         the label goes; a kicker set apart in the <h1> too)
        if (h1 := shown_headline(d.page)) and meta.get("og:title") and fold(meta["og:title"]) == fold(h1) and \
                fold(title) not in fold(h1):
            title = h1   # (the page prints and shares one headline, its JSON-LD declares another, for search engines;
            #              not one the printed one holds with a label: 'EN IMAGES | …')
        if not (ld.get("headline") or micro.get("headline")):
            shown = [clip.title or ""] + [element_text(inner) for _, inner in _TOP_HEADING.findall(d.page)]
            title = next((text for text in shown if len(text) > len(title) and len(text.split()) <= 30
                          and fold(text).startswith(fold(title))), title)   # (the <title> shortens the page's headline)
        read = None if opening_words and clip.title == opening_words else clip.title   # (the text's opening words, no
        #                                                                                  headline the text reader found)
        if full := printed_in_full(title, d.page, read):
            clip.decide("title", full, "the headline the page prints (what it declares shortens or rewords it)")
        else:
            clip.decide("title", title, "the page's declared headline")
    own_site = d.first(*(name for name in (published_in(d.page), site, title_site, shown_name,
                                           title_is_site(d.title, title or clip.title))
                         if not (name and title and fold(name) == fold(title))))   # (the declared headline names no site)
    if not title and clip.title and (marked := marked_headline(d.page)) and fold(marked) != fold(clip.title):
        # (the page declares no headline and the line read first is another: the site's name, a sidebar's item)
        at = next((unit.index for unit in reader.units if fold(unit.clean.lstrip("#> ")) == fold(marked)), -1)
        above = {fold(unit.clean.lstrip("#> ")) for unit in reader.units[:at + 1]}   # (read as the text: above the headline)
        clip.body = [block for block in clip.body if fold(block.lstrip("#> ")) not in above]
        clip.decide("title", marked, "the headline the page's markup marks (it declares none)")
    authors = _names(ld.get("author")) or _names(micro.get("author")) or \
        [name for value in meta_values(d.metas, "author") for name in _names(value)] or d.authors
    publishers = {name.lower() for name in (site, _name(ld.get("publisher")), title_site) if name}
    authors = [P.BYLINE_START.sub("", name) for name in authors if not P.CREDIT.match(name)]   # (a byline's "By" in a meta
    #                                                              tag; not a picture's author, 'Foto: Pau Morell', a credit)
    authors = [name for name in authors if name.lower() not in publishers and not P.NEWSROOM.match(name)]
    shown = {fold(name) for name in clip.authors}
    if authors and len(shown) > len(authors) and {fold(name) for name in authors} < shown:
        authors = list(clip.authors)   # (the byline the page shows names the declared author and more)
    if authors:   # (the outlet or its newsroom named as the author is no author)
        agencies = [name for name in authors if P.is_agency(name)]
        people = [name for name in authors if name not in agencies]
        if clip.authors and people and all(no_person(name, list(publishers)) for name in people):
            people = []   # (the page declares its desk or itself, 'Rédaction RuraWal': the byline it prints names a writer)
        for agency in agencies:
            if agency not in clip.credits:
                clip.credits.append(agency)
        if people:
            clip.decide("authors", people, "the page's declared author")
    published = _iso(d.first(ld.get("datePublished"), ld.get("dateCreated"), micro.get("datepublished"),
                             *meta_values(d.metas, "date")))
    if published and _in_utc(published):   # (JSON-LD in UTC, a meta tag or the <time> element in the site's own time)
        published = next((local for value in (*meta_values(d.metas, "date"), d.time) if value and (local := _iso(value))
                          and not _in_utc(local) and _same_moment(local, published)), published)
    entries = sorted(filter(None, (_iso(entry.get("datePublished")) for entry in _as_list(ld.get("liveBlogUpdate"))
                                   if isinstance(entry, dict))))
    if entries and (not published or entries[0][:16] < published[:16]):
        clip.decide("published", entries[0], "a live report: the date of its first entry (liveBlogUpdate)")
    elif published and (local := next((value for value in (shown_date, _iso(d.time)) if _local_of_utc(published, value)),
                                      None)):   # (in the text, or beside the <time> element declaring it)
        clip.decide("published", local, f"the local time the page prints (its declared {published} is the same moment "
                                        "in UTC)")
    elif published and len(published) == 10 and \
            (printed := next((value for value in (shown_date, _iso(d.time), *map(_iso, meta_values(d.metas, "date")))
                              if value and len(value) > 10 and value[:10] == published), None)):
        # (in the text, in the <time> element declaring it, or in a meta tag: 'article:published_time')
        clip.decide("published", printed, "the page's declared day, at the time the page gives it elsewhere")
    elif published and _other_day_in_utc(published, shown_date):
        clip.decide("published", shown_date, f"the day the page prints (its declared {published} is in UTC, another day "
                                             "there)")
    elif published:
        clip.decide("published", published, "the page's declared publication date")
    elif (stamped := _iso(d.time)) and (not clip.published or clip.published[:10] == stamped[:10]):
        clip.decide("published", stamped, "the date-time the page gives its article")
    elif clip.published and len(clip.published) == 10 and len(times := ENTRY_TIMES.findall(d.page)) >= 3:
        first = min(_clock(*time) for time in times)
        clip.decide("published", f"{clip.published}T{first}", "a live report: the time of its first entry, on the day it gives")
    page_node = ld.get("isPartOf") if _types(ld.get("isPartOf")) & {"webpage", "itempage", "collectionpage"} else None
    url = d.first(d.canonical, *map(page_address, (_url(ld.get("mainEntityOfPage")), _url(ld.get("url")))), d.item_page,
                  *map(page_address, meta_values(d.metas, "url")), page_address(_url(page_node)),
                  *map(page_address, (micro.get("url"), meta.get("url"))), page_address(_saved_from(d.page)), d.base)
    if url:
        clip.decide("url", url, "the page's canonical address")
    lang = d.first(ld.get("inLanguage") if isinstance(ld.get("inLanguage"), str) else None, meta.get("og:locale"), d.lang)
    clip.language = language(clip.text, lang[:2].lower() if lang else clip.language)
    if (ld.get("isAccessibleForFree") in (False, "False", "false") or meta.get("article:content_tier") == "locked") \
            and clip.access == "full" and not clip.whole:   # (a subscriber's saved page: the whole text)
        clip.decide("access", "partial", "the page declares the article is not free to read (isAccessibleForFree)")
        clip.access_note = clip.access_note or "opening only; the rest is for subscribers"
    clip.reproduced_by = None
    beside = getattr(reader, "beside_date", None)   # ("The Bay Courier · 4 June 2024" under an aggregator's headline)
    if beside and own_site and beside[0].lower() != own_site.lower():
        reader.original = reader.original or beside[0]
        if reader.original.lower() == beside[0].lower():
            reader.original_date = reader.original_date or beside[1]
    reader.date_by_print()
    original = reader.original or _reproduced(d)
    if original and own_site and (isinstance(original, str) and original.lower() != own_site.lower() or original is True):
        copy = Reproducer(outlet=own_site, url=meta.get("og:url") if host(meta.get("og:url")) != host(url) else None,
                          published=_iso(meta.get("article:published_time")) or
                          (_iso(ld.get("datePublished")) if not _reproduced(d) else _iso(d.time) if d.time else None) or
                          (shown_date if shown_date and shown_date != reader.original_date else None),
                          access=clip.access)   # (a page that reproduces: the date it shows is its own)
        if url and not copy.url and host(url) == host(meta.get("og:url") or url) and not _reproduced(d):
            copy.url, clip.url = url, None   # (the only address the page gives is its own, not the original's)
        declared = _iso(ld.get("datePublished")) if _reproduced(d) else None   # (else the page's JSON-LD is the copy's own)
        copy.published = _own_time(copy.published, _iso(ld.get("datePublished")), _iso(d.time), clip.published)
        clip.published = _own_time(declared, clip.published) or reader.original_date   # (the original's own date, if stated)
        link = _link_to(d.page, original) if isinstance(original, str) else None
        if link and host(link) != host(copy.url or meta.get("og:url")):
            clip.decide("url", link, f"the link on “{original}” in the credit of the original")
        if copy.published == clip.published:
            copy.published = None
        clip.reproduced_by = copy
        name = _name(ld.get("publisher")) if original is True else original
        if name and name.lower() != own_site.lower():
            clip.decide("outlet", name, f"the original outlet ({own_site} reproduced it: recorded under syndicated)")
        else:
            clip.outlet = None
    elif reader.wire_release and reader.issuer and (not own_site or fold(reader.issuer) != fold(own_site)):
        clip.decide("outlet", reader.issuer, f"the issuer the wire names (“News provided by”), not the wire, {own_site}")
        clip.authors = [name for name in clip.authors if fold(name) != fold(reader.issuer)]
    elif issuer := _issuing_body(ld, d.page, own_site):
        clip.decide("outlet", issuer, "the body the page names as its author and shows it is from (“From:”), not the "
                                      "portal that hosts it")
        clip.authors = [name for name in clip.authors if fold(name) != fold(issuer)]
    elif own_site:
        clip.decide("outlet", outlet_name(own_site), "the page's declared site name")


# The label a portal sets before the body a page is from: 'From: Department for …', 'Von: …', 'De : …'.
_FROM = r"(?:from|von|de|da|desde)\s?:"


def _issuing_body(ld: dict, page: str, site: str | None) -> str | None:
    """A government portal's page is its department's: the JSON-LD's author is an organisation, not the portal that
    publishes it, and the page shows it after 'From:'."""
    author = ld.get("author")
    author = author[0] if isinstance(author, list) and len(author) == 1 else author
    if not isinstance(author, dict) or "organization" not in str(author.get("@type", "")).lower():
        return None
    name = _name(author)
    if not name or site and fold(name) == fold(site):
        return None
    shown = any(re.search(_FROM + r"(?:\s+|<[^>]+>){0,12}" + re.escape(written), page, re.I)
                for written in {name, htmllib.escape(name, quote=False)})
    return name if shown else None




# The address a browser or an extension records in the saved file: '<!-- saved from url=(0071)https://… -->',
# SingleFile's '<!-- Page saved with SingleFile / url: https://… -->'.
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->|<!--\s*Page saved with SingleFile\s+url:\s*(\S+)", re.I)


def _saved_from(page: str) -> str | None:
    """The address the page was saved from: its own, where it declares none."""
    found = _SAVED_FROM.search(page[:5000])
    return (found.group(1) or found.group(2)) if found else None


def _link_to(page: str, name: str) -> str | None:
    """The address a page links the original's name to ('first published by <a href=…>The Ledger</a>'), when it is an
    article's: a link to the outlet's home page ('https://www.ledger.example/') is no address of the article."""
    found = re.search(r"<a\b[^>]*\bhref\s*=\s*[\"'](https?://[^\"']+)[\"'][^>]*>\s*" + re.escape(htmllib.escape(name, quote=False))
                      + r"\s*</a>", page, re.I)
    return found.group(1) if found and urlsplit(found.group(1)).path.strip("/") else None


SOURCE_LINE = re.compile(r"^(?P<name>[^|·•–—]{2,60}?)\s*[|·•–—]\s*(?P<date>[^|·•–—]{6,40})$")


def _source_line(page: str) -> tuple[str, str] | None:
    """An aggregator's line crediting the original above the text: a name linked to another site than the page's
    own, set apart from a date ('<a href=…>The Bay Courier</a> · 04/06/2024') or labelled as the source ('Source: <a
    href=…>The Talbot Courier</a>'): (the name, the date or None)."""
    own = host(Declared(page).canonical) or host(next(iter(re.findall(
        r"<meta\b[^>]*property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)", page)), None))
    prose = False
    for line in visible_text(page).split("\n\n")[:40]:
        prose = prose or len(line.split()) >= 12 and line.rstrip()[-1:] in ".!?"   # (the text has begun)
        found = SOURCE_LINE.match(line.strip())
        date = find_date(found["date"]) if found and len(line.split()) <= 12 else None
        name = found["name"].strip() if found else ""
        labelled = P.SOURCE_LABEL.match(line.strip())   # ('Source: <a href=…>The Talbot Courier</a>', no date)
        if labelled and not date and len(line.split()) <= 8 and not prose:   # (in the head: not a chart's source)
            name = line.strip()[labelled.end():].strip(" .")
        elif not date or date.text.strip() != found["date"].strip():
            continue
        if not outlet_like(name) or is_section(name) or labelled and (P.is_agency(name) or name_like(name)):
            continue   # (a source line naming an agency credits it; one naming a person, a picture's source)
        link = _link_to(page, name)
        if link and host(link) != own:   # (a page that declares no address of its own: any other site's)
            return outlet_name(name), date.value if date else None
    return None


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value] if value else []


def _types(node) -> set[str]:
    types = node.get("@type") if isinstance(node, dict) else None
    return {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}


ENTRY_TIMES = re.compile(r"<time\b[^>]*>\s*(\d{1,2})[:.h](\d{2})\s*([ap])?(?:\.?\s?m\.?|uhr|h)?\s*</time>", re.I)
#              (a live report's entries, stamped: '16:42', '8:31am', '16.42 Uhr')


def _clock(hour: str, minute: str, half: str) -> str:
    hour_24 = int(hour) % 12 + (12 if half.lower() == "p" else 0) if half else int(hour)
    return f"{hour_24:02d}:{minute}"


def _is_live(d: Declared) -> bool:
    """A live report: declared so, or entries stamped with their time alone ('<time>16:42</time>', three or more)."""
    types = d.ld.get("@type")
    return "LiveBlogPosting" in (types if isinstance(types, list) else [types]) or \
        len(ENTRY_TIMES.findall(d.page)) >= 3


def _reproduced(d: Declared) -> bool:
    """The page declares another site's article as its original (canonical or isBasedOn on another host
    than the page's own, known from its og:url, its base or its link home)."""
    own = host(d.meta.get("og:url")) or host(d.home)
    based = _url(d.ld.get("isBasedOn")) or d.canonical
    return bool(own and based and host(based) != own)
