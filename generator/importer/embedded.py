"""Pages whose article lives in embedded JSON state, not in their HTML: a site built with a script framework
saves a shell (a skeleton, "enable JavaScript") and the story in a data block (Next.js `__NEXT_DATA__`, Nuxt
`__NUXT_DATA__` or `window.__NUXT__`, `window.__INITIAL_STATE__`/`__PRELOADED_STATE__`, an Apollo cache, any
`<script type="application/json">`, a JSON-LD `articleBody`; JSON, or a script's object literal read by jsdata.py).

When the page's visible HTML holds little prose and such a block holds an article (a headline beside a body of
several paragraphs), the article is read from it generically, by the names its keys have on any site (headline or
title; teaser, standfirst, lead; body, content, blocks with text or HTML; authors with names; a publication date;
a canonical address; a picture's credit), in camelCase, snake_case or any case. Related stories, teasers,
advertising slots, navigation and dialogs (keys named so, or a story also found under such a key) are never read;
data that says the story is for subscribers makes its access partial. The article is handed on as a small page of its
own (its head the saved page's, a JSON-LD NewsArticle declaring what the data states), which the page reader
(html.py) reads like any other.
"""
from __future__ import annotations

import html as htmllib
import json
import re

from .jsdata import literal_at
from .when import find_date
from .visible import visible_text

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.I | re.S)
_ASSIGNED = re.compile(r"(?:window|self|globalThis)\s*\.\s*(__[A-Za-z0-9_]+__|[A-Za-z_$][\w$]*(?:State|STATE|Data|DATA|Cache))"
                       r"\s*=\s*(JSON\.parse\(\s*)?", re.S)
_TAG = re.compile(r"<[^>]+>")
_ELEMENT = re.compile(r"<(p|h[2-6]|blockquote)\b[^>]*>(.*?)</\1\s*>", re.I | re.S)
_HTML_BLOCK = re.compile(r"<(?:p|h[1-6]|br|div|li|blockquote)\b", re.I)

# Keys whose content is never the article: other stories, advertising, the site's furniture.
NOISE_KEY = re.compile(r"related|recommend|teasers|^ads?$|^ad[A-Z_]|advert|slot|^nav|navigation|menu|footer|header|sidebar|"
                       r"mostread|most_read|popular|trending|promo|newsletter|comments?$|^more|readmore|alsoread|breadcrumb|"
                       r"widget|^tags?$|taxonomy|seo$|^next|^prev|outbrain|taboola|paywallteaser|^site$|^config|^i18n|"
                       r"^translations?$|^messages$|^weitere|^mehrzum|lireaussi|^aussi|leggianche|^tambien|^también|"
                       r"^vejatambem|^veja|consent|cookie|gdpr|privacy|^cmp|banner|modal|popup|dialog|toast|onboarding|"
                       r"subscribe|signup|login|register|account", re.I)
NOISE_BLOCK = re.compile(r"\b(?:ad|ads|advert\w*|adslot|slot|related\w*|teaser|promo\w*|newsletter|recommend\w*|embed|social|"
                         r"video|gallery|poll|widget|cta|banner|paywall|outbrain|taboola|inline-?(?:link|article|teaser)|"
                         r"readmore|read-more|signup|subscribe)\b", re.I)
PICTURE_BLOCK = re.compile(r"image|figure|photo|picture|media|img", re.I)
LIST_BLOCK = re.compile(r"\b(?:list|bullet(?:ed)?(?:-?list)?|ul|ol|unordered|ordered)\b", re.I)
HEADING_BLOCK = re.compile(r"\bh[2-6]\b|heading|header-(?:two|three|four)|subhead|crosshead|intertitle|zwischen|"
                           r"inter-?titre|sottotitolo|ladillo", re.I)

TITLE_KEYS = ("headline", "title", "heading", "seotitle", "titel", "überschrift", "ueberschrift", "titre", "titulo", "título",
              "titular", "titolo", "name")
STANDFIRST_KEYS = ("standfirst", "teaser", "lead", "leadtext", "intro", "dek", "deck", "subtitle", "subheadline",
                   "summary", "description", "excerpt", "abstract", "chapo", "chapeau", "kurztext", "entradilla", "sumario")
BODY_KEYS = ("articlebody", "body", "bodyhtml", "content", "contents", "contenthtml", "blocks", "bodyblocks", "contentblocks",
             "paragraphs", "richtext", "elements", "components", "text", "bodytext", "fulltext", "html", "story", "storybody",
             "inhalt", "artikeltext", "contenu", "corps", "contenido", "cuerpo", "contenuto", "testo", "corpo", "conteudo",
             "conteúdo", "texte", "texto")
AUTHOR_KEYS = ("authors", "author", "byline", "bylines", "writers", "writer", "creators", "creator", "contributors", "by",
               "autoren", "autor", "auteurs", "auteur", "autores", "autori", "autore")
DATE_KEYS = ("datepublished", "publishedat", "published", "publishedtime", "publishdate", "publicationdate",
             "firstpublished", "firstpublishedat", "firstpublisheddate", "pubdate", "displaydate", "veröffentlicht",
             "veroeffentlicht", "veröffentlichtam", "publie", "publié", "datepublication", "fechapublicacion", "publicado",
             "datapubblicazione", "pubblicato", "date", "datum", "fecha", "createdat")
URL_KEYS = ("canonicalurl", "canonical", "url", "permalink", "shareurl", "weburl", "absoluteurl", "link", "href")
SITE_KEYS = ("site", "publisher", "brand", "publication", "organization", "organisation", "siteconfig", "siteinfo")
SITE_NAME_KEYS = ("sitename", "publicationname", "brandname", "publishername")
LOCKED_KEYS = ("paywall", "paywalled", "ispaywalled", "haspaywall", "premium", "ispremium", "subscriberonly", "subscribersonly",
               "locked", "islocked", "plus", "isplus", "paid", "ispaid", "abo", "abonly", "payant")
TIER_KEYS = ("accesslevel", "contenttier", "access", "paywalltype", "tier")
LOCKED_TIER = re.compile(r"premium|locked|paid|subscriber(?:s)?(?:[-_ ]only)?|metered|plus|abo|payant|abonnés", re.I)
NAME_KEYS = ("name", "fullname", "displayname", "title")
TEXT_KEYS = ("text", "html", "value", "content", "markdown", "body", "plaintext", "data")
CHILD_KEYS = ("children", "content", "contents", "spans", "inlines", "items", "blocks", "paragraphs", "elements", "nodes")
CREDIT_KEYS = ("credit", "credits", "copyright", "photographer", "source", "fotograf", "bildquelle")


def _norm(key: str) -> str:
    """A key's name whatever its case and separators, without a query's arguments ('body({"format":"html"})')."""
    return re.sub(r"[\W_]+", "", re.sub(r"\(.*\)$", "", key)).lower()


def _get(node: dict, keys: tuple[str, ...]):
    """The value of the first of `keys` the node has, whatever the case and separators of its key."""
    found = {_norm(key): value for key, value in node.items() if isinstance(key, str)}
    return next((found[key] for key in keys if found.get(key) not in (None, "", [], {})), None)


HEAD_KEYS = ("header", "head", "hero", "meta", "metadata", "info", "details", "attributes", "fields", "seo", "intro", "byline")


def _near(node: dict, keys: tuple[str, ...]):
    """The node's own value for `keys`, else its head's ('article': {'header': {'headline': …}, 'body': […]})."""
    found = _get(node, keys)
    if found is not None:
        return found
    heads = [value for key, value in node.items() if isinstance(key, str) and _norm(key) in HEAD_KEYS and isinstance(value, dict)]
    return next((value for head in heads if (value := _get(head, keys)) is not None), None)


def _plain(value: str) -> str:
    return " ".join(htmllib.unescape(_TAG.sub(" ", value)).split())


# --- reading the data blocks ---------------------------------------------------------------------------------------

def states(page: str) -> list:
    """Every JSON data block of the page: `<script type="application/json">` (not JSON-LD) and a script's
    assignment of a state object to the window."""
    found = []
    for attrs, body in _SCRIPT.findall(page):
        body = body.strip()
        if re.search(r"type\s*=\s*[\"']?application/(?:ld\+)?json", attrs, re.I):   # (JSON-LD's articleBody too)
            try:
                found.append(_dereferenced(_undevalue(json.loads(body))))
            except ValueError:
                pass
            continue
        for assigned in _ASSIGNED.finditer(body):
            value = _decode_at(body, assigned.end(), bool(assigned.group(2)))
            if value is not None:
                found.append(_dereferenced(_undevalue(value)))
    return found


def _decode_at(text: str, at: int, parsed_string: bool):
    """The JSON value that starts at `at` (or, after `JSON.parse(`, the JSON in the string literal there)."""
    decoder = json.JSONDecoder()
    try:
        value, _ = decoder.raw_decode(text, at)
        if parsed_string and isinstance(value, str):
            value = json.loads(value)
    except ValueError:
        value = None if parsed_string else literal_at(text, at)   # (a script's object literal, Nuxt 2's payload function)
    return value if isinstance(value, (dict, list)) else None


_DEVALUE_WRAPPERS = {"Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef", "EmptyShallowRef", "NuxtError", "Object"}


def _dereferenced(state):
    """A normalised cache (Apollo's `{"__ref": "Author:5"}`, a `{"type": "id", "id": …}` link) with each reference replaced
    by the entry it names at the state's top (or under its ROOT_QUERY's siblings)."""
    if not isinstance(state, dict):
        return state
    entries = {key: value for key, value in state.items() if isinstance(value, dict)}
    done: dict[int, object] = {}

    def entry(target: dict, depth: int):
        if id(target) not in done:   # (one object per entry, wherever it is referred to)
            done[id(target)] = {}
            done[id(target)].update({key: walk(value, depth + 1) for key, value in target.items()})
        return done[id(target)]

    def walk(node, depth=0):
        if depth > 40:
            return node
        if isinstance(node, dict):
            ref = node.get("__ref") or node.get("$ref") or (node.get("id") if node.get("type") == "id" and len(node) <= 3 else None)
            if isinstance(ref, str) and ref in entries and len(node) <= 3:
                return entry(entries[ref], depth)
            return {key: walk(value, depth + 1) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(item, depth + 1) for item in node]
        return node

    if not _has_refs(state):
        return state
    return {key: entry(value, 0) if isinstance(value, dict) else value for key, value in state.items()}


def _has_refs(node, depth=0) -> bool:
    if depth > 6:
        return False
    if isinstance(node, dict):
        return "__ref" in node or "$ref" in node or node.get("type") == "id" or \
            any(_has_refs(value, depth + 1) for value in list(node.values())[:50])
    if isinstance(node, list):
        return any(_has_refs(item, depth + 1) for item in node[:50])
    return False


def _undevalue(value):
    """A Nuxt 3 payload (`devalue`: one flat array, each object's values the indexes of other entries) as the
    nested object it stands for; any other value unchanged."""
    if not (isinstance(value, list) and value and isinstance(value[0], (list, dict))):
        return value
    head = value[0]
    refs = head[1:] if isinstance(head, list) and head and head[0] in _DEVALUE_WRAPPERS else \
        list(head.values()) if isinstance(head, dict) else []
    if not refs or not all(isinstance(ref, int) and not isinstance(ref, bool) for ref in refs):
        return value
    done: dict[int, object] = {}

    def at(index, depth=0):
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(value) or depth > 80:
            return None
        if index in done:
            return done[index]
        entry = value[index]
        if isinstance(entry, dict):
            done[index] = out = {}
            out.update({key: at(ref, depth + 1) for key, ref in entry.items()})
            return out
        if isinstance(entry, list):
            if entry and isinstance(entry[0], str):
                tag = entry[0]
                if tag == "Date":
                    return entry[1] if len(entry) > 1 else None
                if tag in _DEVALUE_WRAPPERS:
                    return at(entry[1], depth + 1) if len(entry) > 1 else None
                if tag in ("Set", "Map"):
                    return [at(ref, depth + 1) for ref in entry[1:]]
            done[index] = out = []
            out.extend(at(ref, depth + 1) for ref in entry)
            return out
        return entry

    return at(0)


# --- the article in the data ---------------------------------------------------------------------------------------

def _blocks(value, credits: list[str], depth: int = 0) -> list[tuple[str, str]]:
    """A body value as blocks: ('p', html-or-text), ('h', text); a picture's credit put in `credits`."""
    if depth > 12 or value is None:
        return []
    if isinstance(value, str):
        text = value.strip()
        if _HTML_BLOCK.search(text):
            elements = _ELEMENT.findall(text)
            return [("h" if tag[0] in "hH" and len(_plain(inner).split()) <= 20 else "p", _plain(inner) if tag[0] in "hH" else inner)
                    for tag, inner in elements if _plain(inner)] if elements else [("html", text)]
        parts = re.split(r"\n\s*\n", text) if "\n\n" in text.replace("\r", "") else text.split("\n")
        return [("h", part.strip().lstrip("#").strip()) if re.match(r"\s*#{1,6}\s", part) else ("p", part)
                for part in parts if part.strip()]   # (Markdown: '## A subheading'; a line a paragraph where none is blank)
    if isinstance(value, list):
        return [block for item in value for block in _blocks(item, credits, depth + 1)]
    if not isinstance(value, dict):
        return []
    kind = " ".join(str(value[key]) for key in value if isinstance(key, str) and
                    _norm(key) in ("type", "typename", "nodetype", "kind", "blocktype", "component", "style", "tag", "level")
                    and isinstance(value[key], (str, int)))
    kind = kind.replace("_", "-")   # ('bullet_list', 'heading_2': words apart)
    if NOISE_BLOCK.search(kind):
        return []
    if PICTURE_BLOCK.search(kind):
        _picture_credit(value, credits)
        return []
    text = next((value[key] for key in value if isinstance(key, str) and _norm(key) in TEXT_KEYS
                 and isinstance(value[key], str) and value[key].strip()), None)
    children = _get(value, CHILD_KEYS)
    if text is None and isinstance(children, list) and LIST_BLOCK.search(kind):   # (a list: its items, one a line)
        items = [_plain(item if isinstance(item, str) else _leaf_text(item)) for item in children]
        return [("html", "<ul>" + "".join(f"<li>{htmllib.escape(item)}</li>" for item in items if item) + "</ul>")]
    if text is None and isinstance(children, list) and children and all(_inline(child) for child in children):
        text = "".join(_leaf_text(child) for child in children)   # (a paragraph of spans: Portable Text, a rich-text tree)
    if text is not None:
        heading = HEADING_BLOCK.search(kind) or re.fullmatch(r"\s*[2-6]\s*", kind)
        if heading and len(_plain(text).split()) <= 20:
            return [("h", _plain(text))]
        return _blocks(text, credits, depth + 1) if _HTML_BLOCK.search(text) else [("p", text)]
    inner = _get(value, BODY_KEYS + CHILD_KEYS)
    return _blocks(inner, credits, depth + 1) if isinstance(inner, (list, dict, str)) else []


def _inline(node) -> bool:
    """A piece of a paragraph's text (a span, a link, a marked run), not a block of its own."""
    if isinstance(node, str):
        return True
    if not isinstance(node, dict):
        return False
    kind = " ".join(str(v) for k, v in node.items() if _norm(k) in ("type", "typename", "nodetype", "kind") and isinstance(v, str))
    return bool(re.search(r"text|span|link|hyperlink|mark|bold|italic|emphasis|strong|inline", kind, re.I)) or \
        (not kind and any(_norm(k) in ("text", "value") for k in node))


def _leaf_text(node) -> str:
    if isinstance(node, str):
        return node
    if isinstance(node, dict):
        own = next((node[k] for k in node if _norm(k) in ("text", "value") and isinstance(node[k], str)), None)
        if own is not None:
            return own
        children = _get(node, CHILD_KEYS)
        if isinstance(children, list):
            return "".join(_leaf_text(child) for child in children)
    return ""


def _picture_credit(node: dict, credits: list[str]) -> None:
    credit = _get(node, CREDIT_KEYS)
    if isinstance(credit, dict):
        credit = _get(credit, NAME_KEYS + ("text",))
    if isinstance(credit, str) and 0 < len(_plain(credit).split()) <= 10 and _plain(credit) not in credits:
        credits.append(_plain(credit))


def _names(value) -> list[str]:
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    if isinstance(value, dict):
        name = _get(value, NAME_KEYS)
        if not name and isinstance(value.get("firstName"), str):
            name = f"{value['firstName']} {value.get('lastName') or ''}".strip()
        return _names(name) if isinstance(name, str) else []
    if isinstance(value, str) and 0 < len(value.split()) <= 8 and not value.startswith("http"):
        return [_plain(value)]
    return []


class Found:
    """An article read from a page's data: its fields as the data states them, its body as blocks."""

    def __init__(self, node: dict, blocks: list[tuple[str, str]], credits: list[str]):
        self.node, self.blocks, self.credits = node, blocks, credits
        title = _near(node, TITLE_KEYS)
        self.title = _plain(title) if isinstance(title, str) else None
        standfirst = _near(node, STANDFIRST_KEYS)
        self.standfirst = _plain(standfirst) if isinstance(standfirst, str) and len(standfirst.split()) >= 8 else None
        self.authors = _names(_near(node, AUTHOR_KEYS))
        date = _near(node, DATE_KEYS)
        self.published = date if isinstance(date, str) and (re.match(r"\s*\d{4}-\d{2}-\d{2}", date) or find_date(date)) else None
        url = _near(node, URL_KEYS)
        self.url = url if isinstance(url, str) and url.startswith(("http://", "https://", "/")) else None
        found = {_norm(key): value for key, value in node.items() if isinstance(key, str)}
        self.locked = any(found.get(key) is True for key in LOCKED_KEYS) or \
            any(isinstance(found.get(key), str) and LOCKED_TIER.fullmatch(found[key].strip()) for key in TIER_KEYS) or \
            found.get("isaccessibleforfree") is False   # (the data says the story is for subscribers)
        for key in ("image", "leadimage", "mainimage", "teaserimage", "heroimage", "picture", "photo", "media", "images"):
            picture = _get(node, (key,))
            for item in picture if isinstance(picture, list) else [picture]:
                if isinstance(item, dict):
                    _picture_credit(item, self.credits)

    @property
    def words(self) -> int:
        return sum(len(_plain(text).split()) for kind, text in self.blocks if kind != "h")


def _articles(node, found: list[Found], depth: int = 0) -> None:
    """Every node of the data that holds a headline beside a body of prose; noise keys never entered."""
    if depth > 40:
        return
    if isinstance(node, list):
        for item in node:
            _articles(item, found, depth + 1)
        return
    if not isinstance(node, dict):
        return
    title = _near(node, TITLE_KEYS)
    body = _get(node, BODY_KEYS)
    if isinstance(title, str) and 2 <= len(title.split()) <= 40 and body is not None:
        credits: list[str] = []
        blocks = _blocks(body, credits)
        article = Found(node, blocks, credits)
        paragraphs = sum(kind != "h" for kind, _ in blocks)
        if paragraphs >= 2 and article.words >= 40 or paragraphs == 1 and article.words >= 80:
            found.append(article)
    for key, value in node.items():
        if isinstance(value, (dict, list)) and not (isinstance(key, str) and NOISE_KEY.search(key)):
            _articles(value, found, depth + 1)


def _noise_nodes(node, noise: set[int], inside: bool, depth: int = 0) -> None:
    """The nodes found under a noise key (related, recommended, teasers...), wherever else they are."""
    if depth > 40:
        return
    if isinstance(node, dict):
        if inside:
            noise.add(id(node))
        for key, value in node.items():
            _noise_nodes(value, noise, inside or isinstance(key, str) and bool(NOISE_KEY.search(key)), depth + 1)
    elif isinstance(node, list):
        for item in node:
            _noise_nodes(item, noise, inside, depth + 1)


def _site_name(state) -> str | None:
    """The site's name as the data gives it: a `site`/`publisher`/`brand` object's name, a `siteName` value."""
    stack, seen = [(state, 0)], 0
    while stack and seen < 5000:
        node, depth = stack.pop(0)
        seen += 1
        if isinstance(node, dict):
            named = _get(node, SITE_NAME_KEYS)
            if isinstance(named, str) and 0 < len(named.split()) <= 6:
                return named.strip()
            for key, value in node.items():
                if isinstance(value, dict) and _norm(str(key)) in SITE_KEYS:
                    name = _get(value, ("name", "title", "sitename"))
                    if isinstance(name, str) and 0 < len(name.split()) <= 6:
                        return name.strip()
            stack += [(value, depth + 1) for value in node.values() if isinstance(value, (dict, list)) and depth < 12]
        elif isinstance(node, list):
            stack += [(value, depth + 1) for value in node[:200] if isinstance(value, (dict, list)) and depth < 12]
    return None


def prose_words(page: str) -> int:
    """Words of running prose the page's HTML shows: lines that read as sentences, of ten words or more."""
    return sum(len(line.split()) for line in visible_text(page).split("\n\n")
               if len(line.split()) >= 10 and re.search(r"[.!?…»”\"]\s*$", line))


def article_page(page: str) -> str | None:
    """The article the page's embedded data holds, as a small page of its own, when the page's HTML shows little
    of it (a shell around a data block); None for a page whose HTML holds its text."""
    if "<script" not in page:
        return None
    found: list[Found] = []
    data = states(page)
    for state in data:
        _articles(state, found)
    noise: set[int] = set()
    for state in data:
        _noise_nodes(state, noise, False)
    found = [item for item in found if id(item.node) not in noise] or found   # (a related story is also in a flat cache)
    if not found:
        return None
    article = max(found, key=lambda item: item.words)
    if article.words < 2 * prose_words(page) + 30:
        return None   # (the HTML shows the text: the data restates it)
    site = next(filter(None, map(_site_name, data)), None)
    return _page_of(page, article, site)


def _page_of(page: str, article: Found, site: str | None) -> str:
    head = re.search(r"<head\b[^>]*>(.*?)</head\s*>", page, re.I | re.S)
    opening = re.search(r"<html\b[^>]*>", page, re.I)
    declared = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title}
    if article.published:
        declared["datePublished"] = article.published
    if article.authors:
        declared["author"] = [{"@type": "Person", "name": name} for name in article.authors]
    if site:
        declared["publisher"] = {"@type": "Organization", "name": site}
    host = re.search(r"https?://[^/\"'\s]+", " ".join(re.findall(r"(?:canonical|og:url)[^>]*>", page)))
    if article.url and article.url.startswith("/") and host:
        article.url = host.group(0) + article.url
    if article.url and article.url.startswith("http"):
        declared["url"] = article.url
    if article.locked:
        declared["isAccessibleForFree"] = False
    ld = json.dumps(declared, ensure_ascii=False).replace("</", "<\\/")
    parts = [f"<h1>{htmllib.escape(article.title or '')}</h1>"]
    body_text = " ".join(_plain(text) for _, text in article.blocks)
    if article.standfirst and article.standfirst[:60] not in body_text:
        parts.append(f'<p class="standfirst">{htmllib.escape(article.standfirst)}</p>')
    for kind, text in article.blocks:
        if kind == "html":
            parts.append(text)
        elif kind == "h":
            parts.append(f"<h2>{htmllib.escape(text)}</h2>")
        else:
            parts.append(f"<p>{text if _TAG.search(text) else htmllib.escape(text)}</p>")
    if article.credits:
        parts.append("<figure><figcaption>" + "".join(f'<span class="credit">{htmllib.escape(credit)}</span>'
                                                      for credit in article.credits) + "</figcaption></figure>")
    return (f"<!DOCTYPE html>{opening.group(0) if opening else '<html>'}<head>{head.group(1) if head else ''}"
            f'<script type="application/ld+json">{ld}</script></head><body><main><article>{"".join(parts)}'
            "</article></main></body></html>")
