"""The dossier's Markdown extensions, bound to the index.

- `[[id]]`, `[[id|label]]`: a link to an entity, article or summary (WikiLink).
- `[@article-id]`, `[@article-id, p. 2]`, `[@a; @b]`: numbered citations (CitationGroup); a
  quotation (`[@id: "words"]`) shows in the reference's preview and the sources list, not inline.
- An article's paragraphs: numbered `id="p-N"`, each with a ¶ link to itself (ParagraphAnchors),
  the targets of a citation's `para. N`.
- Entity names and aliases in running text: found by the combined matcher, linked
  (first / all / none per page) and recorded as mentions (MentionLinker). Never inside
  a link, code, or a heading.
- Unsafe URLs (javascript:, vbscript:, data:, in any spelling) are removed (UrlGuard).

Each processor records what it finds into the PageRecorder of the text being rendered (one
for each render, handed to the processors by DossierExtension.begin), which then makes the
text's Rendered.
"""
from __future__ import annotations

import re
import urllib.parse
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field

import markdown
from markdown.extensions import Extension
from markdown.extensions.toc import slugify
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor

from ..i18n import _, date_text
from ..index import Catalog, Mention
from ..matcher import MentionMatcher
from ..langtags import differing, quoted, stated
from ..quotes import WIKILINK_PATTERN, quote_found, split_quote
from .internal import InternalBlock, InternalFenceLines
from .results import Citation, Rendered, outcome_digests, read_unchanged
from .sanitize import is_safe_url

ROOT_PREFIX = "../"  # every Markdown body is shown on a page one folder deep (articles/<id>.html)
SKIP_TAGS = {"a", "code", "pre", "script", "style", "h1", "h2", "h3", "h4", "h5", "h6"}
BLOCK_TAGS = {"p", "li", "td", "th", "dd", "dt", "blockquote", "figcaption", "div"}
# Ids the templates use on the same pages as rendered Markdown: headings must not take them.
RESERVED_IDS = {"main", "content", "sources", "sources-list", "mentions", "relations", "timeline",
                "provenance", "entities", "cited-by", "related", "footnotes", "top", "search", "cite-this",
                "cite-this-title", "cite-this-text", "sources-list-title"}
_PLACEHOLDER = re.compile("\x02[^\x03]*\x03")
_NUMBERED_ID = re.compile(r"(?:p|page)-\d+|cite-(?:use-)?\d+(?:-preview)?")   # paragraphs, pages, references
# Set on what a search should not index (search.py leaves it out): citation brackets, ¶ links.
NOT_INDEXED = {"data-pagefind-ignore": ""}


@dataclass
class PageRecorder:
    """One text's render: what it is rendered as (`self_id`, whose own names are not mentions;
    `link_mode`; the `matcher` of entity names) and what the processors find in it."""

    self_id: str | None
    link_mode: str
    matcher: MentionMatcher
    mention_order: list[str] = field(default_factory=list)
    mention_counts: dict[str, int] = field(default_factory=dict)
    snippets: dict[str, str] = field(default_factory=dict)
    linked: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    citations: dict[str, list] = field(default_factory=dict)   # article id → [number, locators, anchor, quotes]
    citation_uses: int = 0
    problems: list[tuple] = field(default_factory=list)   # (text to locate, message[, "warning"])
    block_texts: dict[int, str] = field(default_factory=dict)   # paragraph → its plain text, for snippets
    paragraphs: int | None = None   # an article's: its paragraphs are numbered (ParagraphAnchors); else None

    def mention(self, entity_id: str, snippet: str | None) -> None:
        if entity_id not in self.mention_counts:
            self.mention_order.append(entity_id)
            self.mention_counts[entity_id] = 0
        self.mention_counts[entity_id] += 1
        if snippet and entity_id not in self.snippets:
            self.snippets[entity_id] = snippet

    def links_mention(self, entity_id: str) -> bool:
        """Whether this mention of `entity_id` becomes a link (by the link mode), noting it."""
        if self.link_mode == "all" or (self.link_mode == "first" and entity_id not in self.linked):
            self.linked.add(entity_id)
            return True
        return False

    def cite(self, article_id: str, locator: str, quote: str | None = None) -> tuple[int, str]:
        """A citation of `article_id`: its number, and the id of the element that shows it."""
        self.citation_uses += 1
        if article_id not in self.citations:
            anchor = f"cite-{len(self.citations) + 1}"
            self.citations[article_id] = [len(self.citations) + 1, [], anchor, []]
            element_id = anchor
        else:
            element_id = f"cite-use-{self.citation_uses}"
        number, locators, _, quotes = self.citations[article_id]
        if locator and locator not in locators:
            locators.append(locator)
        if quote and quote not in quotes:
            quotes.append(quote)
        self.links.append(article_id)
        return number, element_id

    def rendered(self, html: str) -> Rendered:
        mentions = [Mention(entity_id, self.mention_counts[entity_id]) for entity_id in self.mention_order]
        citations = [Citation(number, article_id, tuple(locators), anchor, tuple(quotes))
                     for article_id, (number, locators, anchor, quotes) in self.citations.items()]
        links = list(dict.fromkeys(self.links))
        return Rendered(html, mentions, self.snippets, links, citations, self.problems,
                        outcome_digests(mentions, self.snippets, links, citations), paragraphs=self.paragraphs)


def href(catalog: Catalog, target_id: str) -> str:
    return ROOT_PREFIX + catalog.targets[target_id].path


def heading_slug(value: str, separator: str) -> str:
    """A heading's id: python-markdown's, kept clear of the ids the templates use and of
    the paragraphs' and pages' anchors (p-3, page-3)."""
    slug = slugify(value, separator) or "section"
    return f"{slug}-section" if slug in RESERVED_IDS or _NUMBERED_ID.fullmatch(slug) else slug


class DossierExtension(Extension):
    def __init__(self, catalog: Catalog):
        super().__init__()
        self.catalog = catalog
        self.processors: list = []

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        self.processors = [WikiLink(self.catalog), CitationGroup(self.catalog), MentionLinker(self.catalog, md)]
        md.inlinePatterns.register(self.processors[0], "dossier-wikilink", 175)
        md.inlinePatterns.register(self.processors[1], "dossier-citation", 174)
        md.inlinePatterns.register(PageAnchor(PAGE_ANCHOR, md), "dossier-page-anchor", 173)
        md.treeprocessors.register(self.processors[2], "dossier-mentions", 15)
        self.processors.append(ParagraphAnchors(md))
        md.treeprocessors.register(self.processors[3], "dossier-paragraphs", 12)
        md.preprocessors.register(InternalFenceLines(md), "dossier-internal", 29)
        md.parser.blockprocessors.register(InternalBlock(md.parser), "dossier-internal", 105)
        md.treeprocessors.register(UrlGuard(md), "dossier-url-guard", -10)

    def begin(self, recorder: PageRecorder) -> None:
        """Have the processors record into `recorder` (the text about to be rendered)."""
        for processor in self.processors:
            processor.recorder = recorder


class WikiLink(InlineProcessor):
    PATTERN = WIKILINK_PATTERN

    def __init__(self, catalog: Catalog):
        super().__init__(self.PATTERN)
        self.catalog = catalog
        self.recorder: PageRecorder | None = None

    def handleMatch(self, m: re.Match, data: str):
        target_id, label = m.group(1), m.group(2)
        target = self.catalog.targets.get(target_id)
        recorder = self.recorder
        if target is None:
            recorder.problems.append((m.group(0), f"[[{target_id}]] links to an unknown id; "
                                      "check the spelling or add that entity, article or summary", "error", target_id))
            el = etree.Element("span", {"class": "broken-link"})
            el.text = label or target_id
            return el, m.start(0), m.end(0)
        el = etree.Element("a", {"href": href(self.catalog, target_id), "class": f"wikilink {target.kind}"})
        if target.kind == "entity":
            el.set("data-entity", target_id)
            if target_id != recorder.self_id:
                recorder.mention(target_id, None)
        el.text = label or target.title
        recorder.links.append(target_id)
        return el, m.start(0), m.end(0)


class CitationGroup(InlineProcessor):
    PATTERN = r"\[(@[^\[\]\n]+)\]"
    ITEM = re.compile(r"^@([A-Za-z0-9][A-Za-z0-9_.-]*)\s*(?:,\s*(.+))?$")

    def __init__(self, catalog: Catalog):
        super().__init__(self.PATTERN)
        self.catalog = catalog
        self.recorder: PageRecorder | None = None

    def handleMatch(self, m: re.Match, data: str):
        if data[m.end(0):m.end(0) + 1] in ("(", "["):  # [@handle](url) is an ordinary link
            return None, None, None
        pieces = [split_quote(part.strip()) for part in m.group(1).split(";")]
        parts = [self.ITEM.match(reference) for reference, _ in pieces]
        if not all(parts):
            return None, None, None
        recorder, catalog = self.recorder, self.catalog
        group = etree.Element("span", {"class": "citation", **NOT_INDEXED})
        group.text = "["
        last = None
        for index, part in enumerate(parts):
            article_id, locator = part.group(1), (part.group(2) or "").strip()
            quote = pieces[index][1]
            if index:
                last.tail = (last.tail or "") + "; "
            target = catalog.targets.get(article_id)
            if target is None or target.kind != "article":
                what = "an unknown id" if target is None else f"{_a(target.kind)}, not an article"
                recorder.problems.append((f"@{article_id}", f"[@{article_id}] cites {what}; citations must "
                                          "name an article id (use [[id]] to link anything else)",
                                          *(("error", article_id, "article") if target is None else ())))
                last = etree.SubElement(group, "span", {"class": "broken-link"})
                last.text = f"@{article_id}"
            else:
                number, element_id = recorder.cite(article_id, locator, quote)
                if quote:
                    check_quote(catalog, recorder, article_id, quote)
                    group.set("class", "citation with-quote")
                last = etree.SubElement(group, "a", {"href": cite_href(catalog, article_id, locator, quote),
                                                     "id": element_id, "class": "cite-ref",
                                                     "aria-describedby": f"{element_id}-preview"})
                last.text = str(number)
                last.append(citation_preview(catalog, article_id, locator, quote, f"{element_id}-preview"))
            if locator:
                last.tail = f", {locator}"
        if last is not None:
            last.tail = (last.tail or "") + "]"
        return group, m.start(0), m.end(0)


def cite_href(catalog: Catalog, article_id: str, locator: str, quote: str | None) -> str:
    """Where a citation leads: the cited article's page, at the quotation (a text fragment,
    which scrolls to and highlights it), else at the page ('p. 3' of a PDF original) or the
    paragraph ('para. 3') the locator names."""
    link = href(catalog, article_id)
    if quote:
        return link + "#:~:text=" + urllib.parse.quote(quote, safe="")
    cited = catalog.articles.get(article_id)
    if (page := PAGE_LOCATOR.fullmatch(locator)) and cited and (cited.original or "").lower().endswith(".pdf"):
        return link + f"#page-{page.group(1)}"
    if paragraph := PARA_LOCATOR.fullmatch(locator):
        return link + f"#p-{paragraph.group(1)}"
    return link


def citation_preview(catalog: Catalog, article_id: str, locator: str, quote: str | None,
                     element_id: str) -> etree.Element:
    """The preview a reference shows on hover and keyboard focus (style.css): the cited
    article's outlet, title and date, the locator and the quotation. The link's accessible
    description (aria-describedby), not a title alone; out of the text otherwise (display:
    none), so that a sentence copied or read aloud holds no preview."""
    preview = etree.Element("span", {"class": "cite-preview", "id": element_id})
    preview.text = _citation_title(catalog, article_id) + (f", {locator}" if locator else "")
    if quote:
        preview.text += ": "
        # the marks are the quoted article's language's (langtags.quoted), as text: a browser
        # draws a <q>'s marks in the language around it, not in the quotation's
        site, language = catalog.config.language, catalog.articles[article_id].language
        lang = differing(language, site)
        quoted_words = etree.SubElement(preview, "span", {"class": "cite-quote", **({"lang": lang} if lang else {})})
        quoted_words.text = quoted(quote, stated(language) or site)
    return preview


# "{#page-3}": where page 3 of an imported PDF starts, the target of a citation's "p. 3".
PAGE_ANCHOR = r"\{#(page-\d{1,5})\}"
PAGE_LOCATOR = re.compile(r"(?:p|pp|page|pages|s|seite|pág|pag)\.?\s*(\d{1,5})(?:\s*[-–]\s*\d{1,5})?", re.I)
# "para. 3", "paras 3-4", "¶ 3", "¶¶ 3–4": paragraphs of the cited article (its id="p-N"); the
# numbers are checked against its paragraphs once every text is rendered (run.paragraph_problems)
PARA_LOCATOR = re.compile(r"(?:paras?\.?|paragraphs?|¶¶?)\s*(\d{1,5})(?:\s*[-–]\s*(\d{1,5}))?", re.I)


class PageAnchor(InlineProcessor):
    def handleMatch(self, m: re.Match, data: str):
        return etree.Element("a", {"id": m.group(1)}), m.start(0), m.end(0)


def check_quote(catalog: Catalog, recorder: PageRecorder, article_id: str, quote: str) -> None:
    """Record a problem when `quote` is not in the cited article's stored text (read again
    from its file: it must still be the text the loader read, whose digest is in the key)."""
    article = catalog.articles[article_id]
    if quote_found(quote, read_unchanged(article.source)):
        return
    shown = quote if len(quote) <= 60 else quote[:57] + "…"
    if article.access in ("partial", "paywalled"):
        recorder.problems.append((quote, f"quote not in the available excerpt: “{shown}” is not in the part of "
                                  f"{article.source.rel} held in the dossier ({article.access} access); check it "
                                  "against the original", "warning"))
    else:
        recorder.problems.append((quote, f"the quotation “{shown}” is not in {article.source.rel} (compared "
                                  "ignoring case, accents, quote marks and spacing); copy it exactly from the article"))


def _a(word: str) -> str:
    return f"an {word}" if word[:1] in "aeiou" else f"a {word}"


def _citation_title(catalog: Catalog, article_id: str) -> str:
    article = catalog.articles[article_id]
    parts = [article.outlet or _("Outlet unknown"), article.title]
    if article.published:
        parts.append(date_text(article.published))
    return " — ".join(parts)


class MentionLinker(Treeprocessor):
    """Finds entity names in text nodes, links them and records them as mentions.

    The text nodes are gathered in document order, searched in one pass of the matcher
    (MentionMatcher.find_each), and the mentions recorded in that order; the links go in
    last, from the end of the document backwards, so that each insertion leaves the places
    of those still to make where they were."""

    def __init__(self, catalog: Catalog, md: markdown.Markdown):
        super().__init__(md)
        self.catalog = catalog
        self.recorder: PageRecorder | None = None

    def run(self, root: etree.Element) -> None:
        matcher = self.recorder.matcher
        if not matcher.names:
            return
        pieces: list[TextPiece] = []
        gather_text(root, root, pieces)
        found = matcher.find_each([piece.text for piece in pieces])
        insertions = []
        for piece, matches in zip(pieces, found):
            recorded = self._record(piece, matches) if matches else None
            if recorded:
                insertions.append((piece, *recorded))
        for piece, kept, new_links in reversed(insertions):
            piece.insert(kept, new_links)

    def _record(self, piece: TextPiece, matches: list) -> tuple[str, list[etree.Element]] | None:
        """Record the mentions in `piece`; returns what of its text stays plain and the links
        to put after it, or None when it gets none."""
        recorder = self.recorder
        if piece.block is None:   # a heading: its names count as mentions but are not linked
            for match in matches:
                if match.entity_id != recorder.self_id:
                    recorder.mention(match.entity_id, None)
            return None
        text = piece.text
        kept, cursor, new_links = [], 0, []
        for match in matches:
            if match.entity_id == recorder.self_id:
                continue
            found = text[match.start:match.end]
            recorder.mention(match.entity_id, None if match.entity_id in recorder.snippets
                             else snippet(piece.block, found, recorder.block_texts))
            if recorder.links_mention(match.entity_id):
                link = etree.Element("a", {"href": href(self.catalog, match.entity_id), "class": "mention entity",
                                           "data-entity": match.entity_id})
                link.text = found
                kept.append(text[cursor:match.start])
                new_links.append(link)
                cursor = match.end
        if not new_links:
            return None
        # kept[0] stays as the text before the first link; each link's tail runs to the next link
        for link, tail in zip(new_links, kept[1:] + [text[cursor:]]):
            link.tail = tail
        return kept[0], new_links


@dataclass(slots=True)
class TextPiece:
    """A stretch of text in the tree: an element's text (`after` is None) or the tail of
    `after`, a child of `parent`; `block` is the paragraph (list item, cell...) it is in, or
    None for a heading's whole text (`parent` then the heading)."""

    text: str
    parent: etree.Element
    after: etree.Element | None
    block: etree.Element | None

    def insert(self, kept: str, links: list[etree.Element]) -> None:
        """Put `links` in where this text was, `kept` before them."""
        if self.after is None:
            self.parent.text, position = kept, 0
        else:
            self.after.tail = kept
            position = list(self.parent).index(self.after) + 1
        self.parent[position:position] = links


def gather_text(element: etree.Element, block: etree.Element, pieces: list[TextPiece]) -> None:
    """The pieces of text under `element` in which names are looked for, in document order:
    not inside links, code or scripts; a heading's text as one piece, not to be linked."""
    tag = element.tag
    if tag in BLOCK_TAGS:
        block = element
    if tag in SKIP_TAGS:
        if tag.startswith("h"):
            pieces.append(TextPiece("".join(element.itertext()), element, None, None))
        return
    if element.text:
        pieces.append(TextPiece(element.text, element, None, block))
    for child in element:
        gather_text(child, block, pieces)
        if child.tail:
            pieces.append(TextPiece(child.tail, element, child, block))


def snippet(block: etree.Element, found: str, texts: dict[int, str], width: int = 90) -> str:
    """The words around `found` in its paragraph (or list item, cell...); `texts` keeps each
    block's plain text for the document's other mentions."""
    text = texts.get(id(block))
    if text is None:
        text = texts[id(block)] = " ".join(_PLACEHOLDER.sub("", "".join(_reading_text(block))).split())
    index = text.find(" ".join(found.split()))
    if index < 0:
        return text[: 2 * width]
    start, end = max(0, index - width), min(len(text), index + len(found) + width)
    if start > 0:
        start = text.find(" ", start) + 1 or start
    if end < len(text):
        cut = text.rfind(" ", index + len(found), end)
        end = cut if cut > 0 else end
    return ("… " if start > 0 else "") + text[start:end].strip() + (" …" if end < len(text) else "")


class ParagraphAnchors(Treeprocessor):
    """Numbers an article's paragraphs: each <p> of its text, in reading order (in quotations
    and list items too; not a footnote's, nor one that holds no text, such as a lone page
    anchor), gets id="p-N" from 1 and ends with a ¶ link to itself, which the stylesheet
    shows on hover and keyboard focus. Headings, tables and tight lists hold no <p>, so
    they number nothing; the numbers change only where paragraphs are added or taken out.
    An internal block's paragraphs are not numbered: both editions number the text alike,
    so that 'para. 3' is the same paragraph in each."""

    def __init__(self, md: markdown.Markdown):
        super().__init__(md)
        self.recorder: PageRecorder | None = None

    def run(self, root: etree.Element) -> None:
        if self.recorder.paragraphs is None:
            return
        count = 0
        for paragraph in _paragraphs(root):
            count += 1
            paragraph.set("id", f"p-{count}")
            link = etree.SubElement(paragraph, "a", {"class": "para-link", "href": f"#p-{count}",
                                                     "aria-label": _("Link to paragraph %(number)s") % {"number": count},
                                                     **NOT_INDEXED})
            link.text = "¶"
        self.recorder.paragraphs = count


def _paragraphs(element: etree.Element):
    for child in element:
        if child.tag == "div" and {"footnote", "internal-block"} & set((child.get("class") or "").split()):
            continue
        if child.tag == "p":
            if "".join(child.itertext()).strip():
                yield child
        else:
            yield from _paragraphs(child)


def _reading_text(element: etree.Element):
    """The text of `element` as it reads, without the citations (their brackets and previews)."""
    if element.text:
        yield element.text
    for child in element:
        if not (child.tag == "span" and "citation" in (child.get("class") or "").split()):
            yield from _reading_text(child)
        if child.tail:
            yield child.tail


class UrlGuard(Treeprocessor):
    """Removes link and image targets whose scheme could run code."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value is not None and not is_safe_url(value):
                    del element.attrib[attribute]
                    element.set("class", (element.get("class", "") + " unsafe-link").strip())
