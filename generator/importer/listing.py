"""A listing page around the article: a topic or dossier page, a section front, a blog's index (declared as a
JSON-LD CollectionPage, ItemList or WebPage with items, or showing three headlines or more that link to their own
pages, on a page that declares no article of its own) that shows one item in full: its own headline (linking to
its page or not), its byline, several paragraphs. That item is the
clipping; the page's own title, introduction and the other items' teasers are not part of it, and its address
is the item's, not the listing's.

The item is handed on as a small page of its own (the saved page's head without the listing's own title and
address, a JSON-LD NewsArticle declaring what the listing's data says of the item), which the page reader
(html.py) reads like any other. lxml (which trafilatura is built on) parses the page.
"""
from __future__ import annotations

import html as htmllib
import json
import re
from urllib.parse import urljoin

from ..matcher import fold

LISTING_TYPES = {"collectionpage", "itemlist", "searchresultspage", "webpage", "blog", "profilepage", "periodical"}
STRONG_TYPES = {"collectionpage", "itemlist", "searchresultspage", "blog"}
ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
                 "backgroundnewsarticle", "liveblogposting"}
_LD = re.compile(r"<script\b[^>]*type\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>", re.I | re.S)
PROSE_WORDS = 12   # words of a paragraph of running prose
FULL = 3           # paragraphs of prose under an item's headline: the item is shown in full


def _types(node) -> set[str]:
    types = node.get("@type") if isinstance(node, dict) else None
    return {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}


def _ld(page: str) -> list:
    found = []
    for block in _LD.findall(page):
        try:
            found.append(json.loads(block.strip().removeprefix("<!--").removesuffix("-->")))
        except ValueError:
            continue
    return found


def declared_listing(page: str) -> tuple[list[dict], dict | None]:
    """The articles a page's JSON-LD lists as its items, and the listing's publisher; ([], None) for a page whose
    JSON-LD declares an article of its own (at its top, not as an item)."""
    items, publisher, own_article = [], None, False

    def walk(node, listed: bool, depth: int = 0):
        nonlocal publisher, own_article
        if depth > 12:
            return
        if isinstance(node, list):
            for item in node:
                walk(item, listed, depth + 1)
            return
        if not isinstance(node, dict):
            return
        types = _types(node)
        if types & ARTICLE_TYPES:
            if listed:
                items.append(node)
            else:
                own_article = True
            return
        if types & LISTING_TYPES:
            if isinstance(node.get("publisher"), dict) and publisher is None:
                publisher = node["publisher"]
            for key in ("mainEntity", "itemListElement", "hasPart", "blogPost", "about"):
                if key in node:
                    walk(node[key], True, depth + 1)
        elif "listitem" in types:
            item = node.get("item")
            if isinstance(item, dict) and not _types(item) and (item.get("name") or item.get("headline")):
                item = {**item, "@type": "Article"}   # (an item named, its type not said)
            if isinstance(item, dict):
                walk(item, True, depth + 1)
            elif node.get("name") or node.get("headline"):   # (a list item that is its own item: a name and an address)
                items.append({"headline": node.get("headline") or node.get("name"),
                              "url": node.get("url") or (item if isinstance(item, str) else None)})
        elif "@graph" in node:
            walk(node["@graph"], listed, depth + 1)

    for block in _ld(page):
        walk(block, False)
    strong = any(_types(node) & STRONG_TYPES for block in _ld(page) for node in _nodes(block))
    if own_article or not (len(items) >= 2 or strong and items):
        return [], None   # (a web page whose one item is its article: no listing)
    return items, publisher


def _nodes(block) -> list:
    if isinstance(block, list):
        return [node for item in block for node in _nodes(item)]
    return [block, *_nodes(block.get("@graph", []))] if isinstance(block, dict) else []


def _words(element) -> int:
    return len(" ".join(element.itertext()).split())


def _prose(element) -> bool:
    text = " ".join(" ".join(element.itertext()).split())
    return len(text.split()) >= PROSE_WORDS and bool(re.search(r"[.!?…»”\"]$", text))


def _full_item(root, headings: list, others: list):
    """The heading shown with the most prose under it, and the element holding it and its text (the lowest around the
    heading with FULL paragraphs of prose after it and no other item's heading)."""
    best = None
    for heading in headings:
        container = heading.getparent()
        while container is not None:
            after = _after(container, heading)
            prose = [p for p in after if p.tag == "p" and _prose(p)]
            if any(other is not heading and _inside(other, container) for other in others):
                break
            if len(prose) >= FULL:
                words = sum(_words(p) for p in prose)
                if best is None or words > best[2]:
                    best = (heading, container, words)
                break
            container = container.getparent()
    return best


def _opens_text(root) -> bool:
    """The page's first <h1> is followed by two paragraphs of prose or more before any other heading: an article's page."""
    h1 = root.find(".//h1")
    h1 = h1 if h1 is not None else root.find(".//h2")   # (a page whose headline is set in an <h2>)
    if h1 is None:
        return False
    seen, prose = False, 0
    for element in root.iter():
        if element is h1:
            seen = True
        elif seen and element.tag in ("h1", "h2", "h3", "h4"):
            break
        elif seen and element.tag == "p" and not _inside(element, h1) and _prose(element):
            prose += 1
    return prose >= 2


def _prose_before(root, heading) -> int:
    count = 0
    for element in root.iter():
        if element is heading:
            return count
        count += element.tag == "p" and _prose(element)
    return count


def _text_of(root, tag: str) -> str:
    found = root.find(f".//{tag}")
    return " ".join(found.text_content().split()) if found is not None else ""


def _inside(element, container) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def _after(container, heading) -> list:
    """The elements of `container` that come after `heading`, in the page's order."""
    seen, found = False, []
    for element in container.iter():
        if element is heading:
            seen = True
        elif seen and not _inside(element, heading):
            found.append(element)
    return found


def article_page(page: str) -> str | None:
    """The item a listing page shows in full, as a small page of its own; None for any other page."""
    if not re.search(r"<h[1-4]\b", page, re.I):
        return None
    items, publisher = declared_listing(page)
    declares_article = bool(re.search(r"<meta\b[^>]*og:type[^>]*content\s*=\s*[\"']article", page, re.I)) or \
        any(_types(node) & ARTICLE_TYPES for block in _ld(page) for node in _nodes(block))
    if not items and declares_article:
        return None
    import lxml.html

    try:
        root = lxml.html.document_fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return None
    headings = [h for h in root.iter("h1", "h2", "h3", "h4") if " ".join(h.text_content().split())]
    titles = {fold(item.get("headline") or item.get("name") or ""): item for item in items}
    if items:   # (declared: the items' headlines shown on the page)
        listed = [h for h in headings if fold(" ".join(h.text_content().split())) in titles]
    else:       # (shown: headlines that link to pages of their own, three or more)
        listed = [h for h in headings if h.find(".//a[@href]") is not None]
        if len(listed) < 3:
            return None
    candidates = listed
    if not items and not _opens_text(root):   # (the item shown in full may not link to itself: any headline the page's own
        #                                        title does not restate, where the page's <h1> opens no text of its own)
        own = fold(" ".join(filter(None, [_text_of(root, "title"), *root.xpath("//meta[@property='og:title']/@content")])))
        candidates = listed + [h for h in headings if h not in listed and fold(" ".join(h.text_content().split())) not in own
                               and _prose_before(root, h) <= 2]   # (an item starts the text: little prose above it)
    if not listed:
        return None
    best = _full_item(root, candidates, listed)
    if best is None:
        return None
    heading, container, _ = best
    item = titles.get(fold(" ".join(heading.text_content().split())), {})
    link = heading.find(".//a[@href]")
    base = _base(page)
    url = item.get("url") or (urljoin(base, link.get("href")) if link is not None and base else None)
    return _page_of(page, root, heading, container, item, publisher, url)


def _base(page: str) -> str | None:
    found = re.search(r"<link\b[^>]*rel\s*=\s*[\"']canonical[\"'][^>]*href\s*=\s*[\"'](https?://[^\"']+)", page, re.I) or \
        re.search(r"<meta\b[^>]*og:url[^>]*content\s*=\s*[\"'](https?://[^\"']+)", page, re.I)
    return found.group(1) if found else None


def _page_of(page, root, heading, container, item: dict, publisher: dict | None, url: str | None) -> str:
    import lxml.html

    headline = " ".join(heading.text_content().split())
    declared = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": item.get("headline") or headline}
    for key in ("datePublished", "dateCreated", "author", "isAccessibleForFree", "inLanguage"):
        if item.get(key):
            declared[key] = item[key]
    if publisher or item.get("publisher"):
        declared["publisher"] = item.get("publisher") or publisher
    if url:
        declared["url"] = url
    after = _after(container, heading)
    within = {id(element) for element in after}
    body = "".join(lxml.html.tostring(element, encoding="unicode", with_tail=True)
                   for element in after if id(element.getparent()) not in within)   # (each element once, with what it holds)
    head = re.search(r"<head\b[^>]*>(.*?)</head\s*>", page, re.I | re.S)
    kept = head.group(1) if head else ""
    kept = _LD.sub("", kept)
    kept = re.sub(r"<title\b[^>]*>.*?</title\s*>", "", kept, flags=re.I | re.S)   # (the listing's own title and address)
    kept = re.sub(r"<link\b[^>]*rel\s*=\s*[\"']canonical[\"'][^>]*>|<meta\b[^>]*(?:og:(?:url|title|description|type)|"
                  r"twitter:title|name\s*=\s*[\"']description)[^>]*>", "", kept, flags=re.I)
    opening = re.search(r"<html\b[^>]*>", page, re.I)
    ld = json.dumps(declared, ensure_ascii=False).replace("</", "<\\/")
    logo = "".join(lxml.html.tostring(element, encoding="unicode") for element in root.iter("header")
                   if not _inside(container, element))[:4000]   # (the site's own logo: its name, where nothing declares it)
    return (f"<!DOCTYPE html>{opening.group(0) if opening else '<html>'}<head>{kept}"
            f'<script type="application/ld+json">{ld}</script></head><body>{logo}<main><article>'
            f"<h1>{htmllib.escape(headline)}</h1>"
            f"{body}</article></main></body></html>")
