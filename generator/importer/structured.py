"""What a saved page declares about its article in the markup of the article itself, where it has no JSON-LD:
RDFa (`typeof="schema:NewsArticle"`, `property="schema:headline"`, a publisher linked by `href="#id"` to the
item that names it) and microformats (`h-entry` with `p-name`, `dt-published`, `p-author h-card`, `u-url`,
`p-summary`). Only the page's first article item counts: the related articles listed under it, and the
comments (`h-cite`, `p-comment`) inside it, are other items with their own authors and dates."""
from __future__ import annotations

import html as htmllib
import re
from functools import lru_cache
from html.parser import HTMLParser

_VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track"}
_ARTICLE = re.compile(r"(?:^|[\s:/])(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|"
                      r"OpinionNewsArticle|LiveBlogPosting|Report|Posting|Item)$")   # (Drupal 7: "sioc:Item foaf:Document")
_INLINE = {"a", "abbr", "b", "cite", "em", "i", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u"}
_NESTED_ITEM = {"h-cite", "h-entry", "h-review", "p-comment", "u-comment", "h-event"}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str], parent: "Node | None"):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list = []   # (Nodes and strings)

    def text(self) -> str:
        return " ".join("".join(child if isinstance(child, str) else child.text() if child.tag in _INLINE
                                else " " + child.text() + " " for child in self.children).split())

    def walk(self, inside=None):
        """Every element under this one, not descending into those `inside` refuses."""
        for child in self.children:
            if isinstance(child, Node):
                yield child
                if inside is None or inside(child):
                    yield from child.walk(inside)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class _Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.at = Node("#root", {}, None)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {name.lower(): value or "" for name, value in attrs}, self.at)
        self.at.children.append(node)
        if tag not in _VOID:
            self.at = node

    def handle_startendtag(self, tag, attrs):
        self.at.children.append(Node(tag, {name.lower(): value or "" for name, value in attrs}, self.at))

    def handle_endtag(self, tag):
        node = self.at
        while node.parent is not None and node.tag != tag:
            node = node.parent
        if node.parent is not None:   # (a stray end tag closes nothing)
            self.at = node.parent

    def handle_data(self, data):
        if self.at.tag not in ("script", "style"):
            self.at.children.append(data)


def _value(node: Node) -> str:
    """What a property's element states: its content, datetime, href or resource, else its text."""
    for key in ("content", "datetime"):
        if node.attrs.get(key, "").strip():
            return node.attrs[key].strip()
    if node.tag in ("a", "link", "area") and node.attrs.get("href"):
        return node.attrs["href"].strip()
    return node.text()


def _props(node: Node) -> list[str]:
    """An RDFa element's property names, without the vocabulary's prefix ('schema:headline' → 'headline')."""
    return [re.sub(r"^.*[:/#]", "", name) for name in node.attrs.get("property", "").split()]


# Dublin Core's names for an item's headline and date, as Drupal's RDFa writes them on a node ('sioc:Item foaf:Document').
DUBLIN_CORE = {"title": "headline", "date": "datePublished", "created": "datePublished", "issued": "datePublished"}


def _rdfa(root: Node) -> dict:
    article = next((node for node in root.walk() if _ARTICLE.search(node.attrs.get("typeof", "").split()[0]
                                                                     if node.attrs.get("typeof") else "")), None)
    if article is None:
        return {}
    found: dict = {"authors": []}
    if article.attrs.get("resource", "").startswith("http"):
        found["url"] = article.attrs["resource"]
    for node in article.walk(lambda node: not node.attrs.get("typeof")):   # (a nested item states its own properties)
        for prop in _props(node):
            if prop in ("author", "publisher", "creator"):
                name = _item_name(root, node)
                if name and prop == "publisher":
                    found.setdefault("publisher", name)
                elif name:
                    found["authors"].append(name)
            elif prop in ("headline", "datePublished", "description", "url", "mainEntityOfPage") and _value(node):
                found.setdefault("url" if prop == "mainEntityOfPage" else prop, _value(node))
            elif prop in DUBLIN_CORE and _value(node):   # (Drupal's 'dc:title', 'dc:date dc:created')
                found.setdefault(DUBLIN_CORE[prop], _value(node))
    return found


def _item_name(root: Node, node: Node) -> str | None:
    """The name of the item a property holds: its own `schema:name`, or the one of the item it links to ('#verlag')."""
    target = node.attrs.get("href") or node.attrs.get("resource") or ""
    if not node.attrs.get("typeof") and target.startswith("#"):
        node = next((item for item in root.walk() if item.attrs.get("resource") == target or
                     item.attrs.get("id") == target[1:]), node)
    named = next((item for item in node.walk() if "name" in _props(item)), None)
    if named is not None:
        return _value(named) or None
    return None if node.attrs.get("href") or node.attrs.get("resource") else node.text() or None


def _hentry(root: Node) -> dict:
    entry = next((node for node in root.walk() if "h-entry" in node.classes), None)
    if entry is None:
        return {}
    found: dict = {"authors": []}
    for node in entry.walk(lambda node: not node.classes & _NESTED_ITEM and "h-card" not in node.classes):
        if node.classes & _NESTED_ITEM:
            continue
        classes = node.classes
        if "p-author" in classes:
            named = next((item for item in node.walk() if "p-name" in item.classes), node)
            if (name := named.text()) and name not in found["authors"]:
                found["authors"].append(name)
        if "p-name" in classes:
            found.setdefault("headline", node.text())
        if "dt-published" in classes and _value(node):
            found.setdefault("datePublished", node.attrs.get("datetime") or node.text())
        if "u-url" in classes and node.attrs.get("href", "").startswith("http"):
            found.setdefault("url", node.attrs["href"])
        if "p-summary" in classes:
            found.setdefault("description", node.text())
    return found


def declared_in_markup(page: str) -> dict:
    """The first article item's headline, url, datePublished, authors, publisher and description, as its RDFa or
    its h-entry states them (empty where the page marks up no article)."""
    if not re.search(r"\btypeof\s*=|\bh-entry\b", page):
        return {}
    root = _parsed(page)
    return (_rdfa(root) or _hentry(root)) if root else {}


def shown_description(page: str, descriptions: list[str]) -> str | None:
    """The page's declared description (JSON-LD, meta, microdata, RDFa, h-entry) where the page also shows it, as an
    element of its own in its body: the article's standfirst, whatever the theme calls its class."""
    wanted = {" ".join(htmllib.unescape(text).split()) for text in descriptions if text and len(text) >= 40}
    if not wanted or not (root := _parsed(page)):
        return None
    body = next((node for node in root.walk() if node.tag == "body"), root)
    return next((text for node in body.walk(lambda node: node.tag not in ("head", "script", "style"))
                 if node.tag in ("p", "div", "h2", "h3", "span") and (text := node.text()) in wanted), None)


@lru_cache(maxsize=4)
def _parsed(page: str) -> Node | None:
    tree = _Tree()
    try:
        tree.feed(page)
        tree.close()
    except (AssertionError, ValueError):   # (markup the parser gives up on: nothing declared)
        return None
    return tree.root


_UNQUOTED_ANY = re.compile(r"<[a-zA-Z][\w-]*\s[^<>]*?\b(?:class|rel|href|content|property|name|itemprop|id)=[^\s\"'>]", re.S)
_TAG_OR_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>|<[a-zA-Z][\w-]*\s[^<>]*>", re.I | re.S)
_UNQUOTED = re.compile(r"(\s[\w:.-]+)=([^\s\"'<>`]+)")


def quoted_attributes(page: str) -> str:
    """A page saved minified (SingleFile, a minifier: `class=byline`, `rel=author`) with its attribute values quoted, as
    the page readers' patterns expect them; scripts and styles untouched."""
    if not _UNQUOTED_ANY.search(page):
        return page
    return _TAG_OR_SCRIPT.sub(lambda tag: tag.group(0) if tag.group(1) else
                              _UNQUOTED.sub(lambda attr: f'{attr.group(1)}="{attr.group(2)}"', tag.group(0)), page)


def classed_texts(page: str, classes: re.Pattern) -> list[str]:
    """The whole text of each element whose class the pattern finds, nested elements and all: a CMS's labelled field
    ('<div class="field--name-field-autor"><div class="field__label">Von</div><div class="field__item">…</div></div>')
    reads 'Von …'."""
    root = _parsed(page)
    return [node.text() for node in root.walk() if classes.search(node.attrs.get("class", ""))] if root else []
