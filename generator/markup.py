"""Markdown with the dossier's extensions, bound to the index.

- `[[id]]`, `[[id|label]]`: a link to an entity, article or summary (inline processor).
- `[@article-id]`, `[@article-id, p. 2]`, `[@a; @b]`: numbered citations (inline processor).
- Entity names and aliases in running text: found by the combined matcher, linked
  (first / all / none per page) and recorded as mentions (tree processor). Never inside
  a link, code, or a heading.
- Unsafe URLs (javascript:, vbscript:, data:, in any spelling) are removed (tree processor);
  raw HTML is escaped unless the dossier opts in.

One MarkupRenderer holds one Markdown instance, reused with reset() for every document.
"""
from __future__ import annotations

import dataclasses
import functools
import html
import json
import re
import signal
import threading
import urllib.parse
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field

import markdown
import nh3
from markdown.extensions import Extension
from markdown.extensions.fenced_code import FencedBlockPreprocessor, FencedCodeExtension
from markdown.extensions.footnotes import FootnoteExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import TocExtension, TocTreeprocessor, slugify
from markdown.inlinepatterns import InlineProcessor
from markdown import treeprocessors
from markdown.treeprocessors import Treeprocessor

from .cache import BuildCache, HtmlStore, StoredHtml, StoredSnippets, code_fingerprint, digest_of, text_key
from .errors import Problem
from .index import Catalog, Mention, did_you_mean
from .matcher import fold
from .quotes import EVERY_ID, WIKILINK_PATTERN, cited_with_quotes, quote_found, referenced_ids, split_quote
from .workers import default_workers, fork_pool, in_order, start_forked_worker, stop_pool
from .yamlsource import SourceFile, text_digest

ROOT_PREFIX = "../"  # every Markdown body is shown on a page one folder deep (articles/<id>.html)
SAFE_SCHEMES = {"http", "https", "mailto", "tel", "ftp"}
SKIP_TAGS = {"a", "code", "pre", "script", "style", "h1", "h2", "h3", "h4", "h5", "h6"}
BLOCK_TAGS = {"p", "li", "td", "th", "dd", "dt", "blockquote", "figcaption", "div"}
# Ids the templates use on the same pages as rendered Markdown: headings must not take them.
RESERVED_IDS = {"main", "content", "sources", "sources-list", "mentions", "relations", "timeline",
                "provenance", "entities", "cited-by", "related", "footnotes", "top", "search"}
_PLACEHOLDER = re.compile("\x02[^\x03]*\x03")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]+")


# The allowlist a rendered body passes through (nh3: the maintained Rust sanitizer; bleach is
# deprecated). It covers what Markdown and its extensions produce, plus plain formatting for
# dossiers that opt in to raw HTML; scripts, styles, frames and event handlers never pass.
# A text without '<' (nor NUL, which it drops), in a dossier that keeps raw HTML out, skips
# it (a seventh of an article's Markdown time): no tag can come from such a text, only
# python-markdown's own elements, whose text and attributes its serializer escapes and whose
# link targets _UrlGuard checks; a property test holds that the sanitizer would keep such a
# body as it is.
ALLOWED_TAGS = {"a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details",
                "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
                "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span",
                "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
                "time", "tr", "u", "ul"}
DROPPED_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "template", "noscript",
                        "svg", "math", "textarea", "select", "button", "form", "frameset", "frame"}
ALLOWED_ATTRIBUTES = {"*": {"id", "class", "title", "lang", "dir"}, "a": {"href", "data-entity"},
                      "img": {"src", "alt", "width", "height"}, "td": {"style", "colspan", "rowspan"},
                      "th": {"style", "colspan", "rowspan"}, "ol": {"start", "reversed"}, "li": {"value"},
                      "time": {"datetime"}}


def make_sanitizer() -> nh3.Cleaner:
    return nh3.Cleaner(tags=ALLOWED_TAGS, clean_content_tags=DROPPED_WITH_CONTENT,
                       attributes=ALLOWED_ATTRIBUTES, url_schemes=SAFE_SCHEMES, link_rel=None,
                       filter_style_properties={"text-align"}, strip_comments=True)


def is_safe_url(url: str) -> bool:
    """False for javascript:, vbscript:, data: ... however they are spelled or encoded."""
    cleaned = url
    for _ in range(3):  # entity-encoded twice is still encoded
        unescaped = html.unescape(cleaned)
        if unescaped == cleaned:
            break
        cleaned = unescaped
    cleaned = _INVISIBLE.sub("", cleaned).lower()
    match = _SCHEME.match(cleaned)
    return match is None or match.group(1) in SAFE_SCHEMES


@dataclass(frozen=True)
class Citation:
    number: int
    article_id: str
    locators: tuple[str, ...]
    anchor: str            # id of the first place it is cited, for links back


@dataclass
class Rendered:
    """A document's Markdown as HTML, with what the Markdown pass learnt about it. With a
    cache, the HTML stays in its store until a page shows it (StoredHtml)."""

    html: "str | StoredHtml"
    mentions: list[Mention] = field(default_factory=list)
    # entity id → the words around its first mention; from the cache, read when a page asks
    snippets: "dict[str, str] | StoredSnippets" = field(default_factory=dict)
    links: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    problems: list[tuple] = field(default_factory=list)   # (text to locate, message[, "warning"])
    digests: tuple[str, str, str] = ("", "", "")   # see outcome_digests (kept in the cache)
    # rendered by this build, not read back from the cache: its HTML may differ from the last
    # build's though its text and outcome did not (another entity's name or alias; see
    # incremental.plan_build)
    fresh: bool = field(default=False, compare=False)


def outcome_digests(mentions: list[Mention], snippets: dict[str, str], links: list[str],
                    citations: list[Citation]) -> tuple[str, str, str]:
    """Hashes of what the Markdown pass learnt about a document, which incremental.py compares
    between builds (with the digest of its text, which the loader keeps): the document's shape
    (the ids it mentions, in order, its links and citations), its mention counts, and its
    snippets. Made where the Markdown is rendered (in the workers) and kept in the cache, so
    that an edit does not hash every other document again."""
    return (digest_of([m.entity_id for m in mentions], links,
                      [[c.number, c.article_id, c.locators, c.anchor] for c in citations]),
            digest_of([m.count for m in mentions]), digest_of([snippets.get(m.entity_id, "") for m in mentions]))


@dataclass
class _PageState:
    self_id: str | None
    link_mode: str
    mention_order: list[str] = field(default_factory=list)
    mention_counts: dict[str, int] = field(default_factory=dict)
    snippets: dict[str, str] = field(default_factory=dict)
    linked: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    citations: dict[str, list] = field(default_factory=dict)   # article id → [number, locators, anchor]
    citation_uses: int = 0
    problems: list[tuple] = field(default_factory=list)
    block_texts: dict[int, str] = field(default_factory=dict)   # paragraph → its plain text, for snippets

    def mention(self, entity_id: str, snippet: str | None) -> None:
        if entity_id not in self.mention_counts:
            self.mention_order.append(entity_id)
            self.mention_counts[entity_id] = 0
        self.mention_counts[entity_id] += 1
        if snippet and entity_id not in self.snippets:
            self.snippets[entity_id] = snippet


# Inline patterns (by their registered names) that cannot match a text holding none of these
# strings. python-markdown tries each of its inline patterns on every piece of text, about 380
# tries per article; a text without a backtick, a '<', an '&' or an image needs fewer.
# A tab becomes spaces before the inline pass, so it may end a line in two spaces (a <br>).
# Names not listed here (another version's, another extension's) are always kept.
INLINE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "backtick": ("`",), "escape": ("\\",), "entity": ("&",),
    "reference": ("[",), "link": ("[",), "short_reference": ("[",),
    "image_link": ("![",), "image_reference": ("![",), "short_image_ref": ("![",),
    "autolink": ("<",), "automail": ("<",), "html": ("<",),
    "linebreak": ("  \n", "\t", "\r"),
    "em_strong": ("*", "_"), "em_strong2": ("*", "_"), "not_strong": ("*", "_"),
    "strong": ("*", "_"), "emphasis": ("*", "_"), "emphasis2": ("*", "_"),
    "footnote": ("[^",), "dossier-wikilink": ("[[",), "dossier-citation": ("[@",), "dossier-page-anchor": ("{#page-",),
}


# Block processors and preprocessors likewise (python-markdown tests each block processor
# on every block, and runs each preprocessor's regex over the whole text). Nothing before or
# during the block pass adds these characters: a fence or a quotation comes from the text.
BLOCK_TRIGGERS: dict[str, tuple[str, ...]] = {
    "quote": (">",), "hashheader": ("#",), "table": ("|",), "footnote": ("[^",), "reference": ("]:",),
}
PREPROCESSOR_TRIGGERS: dict[str, tuple[str, ...]] = {"fenced_code_block": ("```", "~~~")}
# The block processors whose test is a regex search over the block, skipped on a block that
# holds none of these (each of their matches holds one): python-markdown tests each block
# with every processor in turn until one takes it. Checked on the block itself, so these can
# be narrower than what a whole text must hold: a Setext underline is a line of '=' or '-',
# a rule three '-', '_' or '*' with at most two spaces between them.
BLOCK_TEST_TRIGGERS: dict[str, tuple[str, ...]] = {
    "quote": (">",), "hashheader": ("#",), "setextheader": ("\n=", "\n-"),
    "hr": ("--", "- -", "-  -", "__", "_ _", "_  _", "**", "* *", "*  *"),
}
# Tree processors with nothing to do: 'unescape' restores the characters that the inline
# pattern 'escape' replaced by placeholders (the source's own placeholder characters are
# removed first), and the footnote processors handle footnotes.
TREEPROCESSOR_TRIGGERS: dict[str, tuple[str, ...]] = {"unescape": ("\\",), "footnote": ("[^",),
                                                      "footnote-duplicate": ("[^",)}
# The 'toc' processor gives headings their ids and puts a table of contents where a paragraph
# holds only its marker. A text without the marker gets _HeadingIds instead: the same ids,
# without making a table nobody shows (3% of an article's time). Listed as registry 'toc'.
TOC_MARKER = "[TOC]"
_TRIGGER_TABLES = (("inline", INLINE_TRIGGERS), ("block", BLOCK_TRIGGERS), ("pre", PREPROCESSOR_TRIGGERS),
                   ("tree", TREEPROCESSOR_TRIGGERS), ("toc", {"table": (TOC_MARKER,)}))
_SYNTAX = tuple((registry, name, frozenset(triggers)) for registry, table in _TRIGGER_TABLES
                for name, triggers in table.items())
_TRIGGERS = tuple(sorted({trigger for _, _, triggers in _SYNTAX for trigger in triggers}))


def unused_syntax(text: str) -> frozenset[tuple[str, str]]:
    """The (registry, name) pairs of the inline patterns, block processors, preprocessors and
    tree processors (of the tables above) that cannot apply anywhere in `text`, and ('toc',
    'table') when it has no table-of-contents marker. Each trigger is looked for once (21
    scans of the text, not 40)."""
    return _unused_without(frozenset([trigger for trigger in _TRIGGERS if trigger in text]))


@functools.lru_cache(maxsize=1024)   # a dossier's texts hold a handful of sets of triggers
def _unused_without(present: frozenset[str]) -> frozenset[tuple[str, str]]:
    return frozenset((registry, name) for registry, name, triggers in _SYNTAX if present.isdisjoint(triggers))


def _registry(md: markdown.Markdown, registry: str):
    return {"inline": md.inlinePatterns, "block": md.parser.blockprocessors, "pre": md.preprocessors,
            "tree": md.treeprocessors}[registry]


class MarkupRenderer:
    def __init__(self, catalog: Catalog, narrow: bool = False, prune: bool = True):
        """`narrow`: match names with a matcher made for each text (see MentionMatcher.
        narrowed), for a few documents; otherwise with the catalog's, compiled once.
        `prune`: render each text with a Markdown instance that leaves out the processors it
        cannot use (unused_syntax): the same HTML, a third less time in the inline pass."""
        self.catalog = catalog
        self.matcher = catalog.matcher
        self.narrow = narrow
        self.prune = prune
        self.state = _PageState(None, "first")
        self.sanitizer = make_sanitizer()
        # One Markdown instance per set of left-out processors, each reused with reset(): a
        # dossier's texts use a handful of sets.
        self.variants: dict[frozenset[tuple[str, str]], markdown.Markdown] = {}

    def _markdown(self, unused: frozenset[tuple[str, str]]) -> markdown.Markdown:
        md = self.variants.get(unused)
        if md is None:
            # Extensions as objects, not names: a name is looked up among the installed
            # packages' entry points first (importlib.metadata: 25 ms of an edit's build).
            toc = _HeadingIdsExtension if ("toc", "table") in unused else TocExtension
            md = self.variants[unused] = markdown.Markdown(
                extensions=[TableExtension(), FootnoteExtension(), SaneListExtension(), FencedCodeExtension(),
                            toc(slugify=_slugify, toc_depth="2-4"), _DossierExtension(self)],
                output_format="html")
            if not self.catalog.config.allow_raw_html:
                md.preprocessors.deregister("html_block")
                md.inlinePatterns.deregister("html")
            for registry, name in unused:
                if registry != "toc":
                    _registry(md, registry).deregister(name, strict=False)
            if self.prune:
                md.treeprocessors.register(_TriggeredInlineProcessor(md), "inline", 20)
                blocks = md.parser.blockprocessors
                for name, triggers in BLOCK_TEST_TRIGGERS.items():
                    if name in blocks:
                        blocks[name].test = _guarded_test(blocks[name].test, triggers)
        return md

    def render(self, text: str, self_id: str | None = None, link_mode: str | None = None) -> Rendered:
        self.state = _PageState(self_id, link_mode or self.catalog.config.link_mentions)
        self.matcher = self.catalog.matcher.narrowed(text) if self.narrow else self.catalog.matcher
        md = self._markdown(unused_syntax(text) if self.prune else frozenset())
        md.reset()
        body = md.convert(text)
        if self.catalog.config.allow_raw_html or "<" in text or "\x00" in text:
            body = self.sanitizer.clean(body)
        state = self.state
        mentions = [Mention(entity_id, state.mention_counts[entity_id]) for entity_id in state.mention_order]
        citations = [Citation(number, article_id, tuple(locators), anchor)
                     for article_id, (number, locators, anchor) in state.citations.items()]
        links = list(dict.fromkeys(state.links))
        return Rendered(body, mentions, state.snippets, links, citations, state.problems,
                        outcome_digests(mentions, state.snippets, links, citations))

    def href(self, target_id: str) -> str:
        return ROOT_PREFIX + self.catalog.targets[target_id].path


def _slugify(value: str, separator: str) -> str:
    slug = slugify(value, separator) or "section"
    return f"{slug}-section" if slug in RESERVED_IDS else slug


class _HeadingIds(TocTreeprocessor):
    """The 'toc' processor for a text without the table-of-contents marker: the library's own
    run gives the headings their ids, but the table is not built (an empty one stands in, for
    the unused `md.toc`) nor looked for a place in the whole tree."""

    def replace_marker(self, root: etree.Element, elem: etree.Element) -> None:
        pass

    def build_toc_div(self, toc_list: list) -> etree.Element:
        return etree.Element("div")


class _HeadingIdsExtension(TocExtension):
    TreeProcessorClass = _HeadingIds


def _guarded_test(test: Callable[[etree.Element, str], bool], triggers: tuple[str, ...]):
    """A block processor's test that says no at once to a block without its triggers."""
    def guarded(parent: etree.Element, block: str) -> bool:
        for trigger in triggers:
            if trigger in block:
                return test(parent, block)
        return False
    return guarded


class _TriggeredInlineProcessor(treeprocessors.InlineProcessor):
    """python-markdown's inline pass, which tries each inline pattern on each piece of text
    (about 25 pieces in an article, a dozen patterns): here a piece holding no trigger of
    any pattern is left as it is, and a pattern is not tried on a piece that holds none of
    its triggers (INLINE_TRIGGERS), since it cannot match there. The per-text pruning
    (unused_syntax) already left out the patterns no piece can use. A fifth of an article's
    Markdown time; the same HTML (the property test compares with the full pass).
    python-markdown has no hook for this: the methods replaced are its private (name-mangled)
    `__handleInline`, which gives back a piece no pattern matches as it was, and
    `__applyPattern`, whose result for a pattern that does not match is (data, False, 0)."""

    def __init__(self, md: markdown.Markdown):
        super().__init__(md)
        self.triggers: dict[int, tuple[str, ...]] = {}   # id(pattern) → its triggers
        for name, triggers in INLINE_TRIGGERS.items():
            if name in md.inlinePatterns:
                self.triggers[id(md.inlinePatterns[name])] = triggers
        # Any trigger of any pattern, in one search: a piece without one is left as it is
        # (when every pattern has triggers; another extension's may not).
        every = sorted({trigger for triggers in self.triggers.values() for trigger in triggers}, key=len, reverse=True)
        self.any_trigger = re.compile("|".join(map(re.escape, every))) \
            if every and all(id(pattern) in self.triggers for pattern in md.inlinePatterns) else None

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        if self.any_trigger is not None and self.any_trigger.search(data) is None:
            return data
        return super()._InlineProcessor__handleInline(data, patternIndex)

    def _InlineProcessor__applyPattern(self, pattern, data: str, patternIndex: int, startIndex: int = 0):
        triggers = self.triggers.get(id(pattern))
        if triggers is not None:
            for trigger in triggers:
                if data.find(trigger, startIndex) >= 0:
                    break
            else:
                return data, False, 0
        return super()._InlineProcessor__applyPattern(pattern, data, patternIndex, startIndex)


class _DossierExtension(Extension):
    def __init__(self, renderer: MarkupRenderer):
        super().__init__()
        self.renderer = renderer

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.inlinePatterns.register(_WikiLink(self.renderer), "dossier-wikilink", 175)
        md.inlinePatterns.register(_CitationGroup(self.renderer), "dossier-citation", 174)
        md.inlinePatterns.register(_PageAnchor(PAGE_ANCHOR, md), "dossier-page-anchor", 173)
        md.treeprocessors.register(_MentionLinker(self.renderer, md), "dossier-mentions", 15)
        md.treeprocessors.register(_UrlGuard(md), "dossier-url-guard", -10)


class _WikiLink(InlineProcessor):
    PATTERN = WIKILINK_PATTERN

    def __init__(self, renderer: MarkupRenderer):
        super().__init__(self.PATTERN)
        self.renderer = renderer

    def handleMatch(self, m: re.Match, data: str):
        target_id, label = m.group(1), m.group(2)
        target = self.renderer.catalog.targets.get(target_id)
        state = self.renderer.state
        if target is None:
            state.problems.append((m.group(0), f"[[{target_id}]] links to an unknown id; "
                                   "check the spelling or add that entity, article or summary", "error", target_id))
            el = etree.Element("span", {"class": "broken-link"})
            el.text = label or target_id
            return el, m.start(0), m.end(0)
        el = etree.Element("a", {"href": self.renderer.href(target_id), "class": f"wikilink {target.kind}"})
        if target.kind == "entity":
            el.set("data-entity", target_id)
            if target_id != state.self_id:
                state.mention(target_id, None)
        el.text = label or target.title
        state.links.append(target_id)
        return el, m.start(0), m.end(0)


class _CitationGroup(InlineProcessor):
    PATTERN = r"\[(@[^\[\]\n]+)\]"
    ITEM = re.compile(r"^@([A-Za-z0-9][A-Za-z0-9_.-]*)\s*(?:,\s*(.+))?$")

    def __init__(self, renderer: MarkupRenderer):
        super().__init__(self.PATTERN)
        self.renderer = renderer

    def handleMatch(self, m: re.Match, data: str):
        if data[m.end(0):m.end(0) + 1] in ("(", "["):  # [@handle](url) is an ordinary link
            return None, None, None
        pieces = [split_quote(part.strip()) for part in m.group(1).split(";")]
        parts = [self.ITEM.match(reference) for reference, _ in pieces]
        if not all(parts):
            return None, None, None
        state, catalog = self.renderer.state, self.renderer.catalog
        group = etree.Element("span", {"class": "citation"})
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
                state.problems.append((f"@{article_id}", f"[@{article_id}] cites {what}; citations must "
                                       "name an article id (use [[id]] to link anything else)",
                                       *(("error", article_id, "article") if target is None else ())))
                last = etree.SubElement(group, "span", {"class": "broken-link"})
                last.text = f"@{article_id}"
            else:
                state.citation_uses += 1
                if article_id not in state.citations:
                    anchor = f"cite-{len(state.citations) + 1}"
                    state.citations[article_id] = [len(state.citations) + 1, [], anchor]
                    element_id = anchor
                else:
                    element_id = f"cite-use-{state.citation_uses}"
                number, locators, _ = state.citations[article_id]
                if locator and locator not in locators:
                    locators.append(locator)
                href = self.renderer.href(article_id)
                page = PAGE_LOCATOR.fullmatch(locator)
                cited = catalog.articles.get(article_id)
                if page and not quote and cited and (cited.original or "").endswith(".pdf"):   # (its page anchors)
                    href += f"#page-{page.group(1)}"
                if quote:
                    check_quote(self.renderer, article_id, quote)
                    href += "#:~:text=" + urllib.parse.quote(quote, safe="")   # scrolls to and highlights it
                    group.set("class", "citation with-quote")
                last = etree.SubElement(group, "a", {"href": href, "id": element_id,
                                                     "class": "cite-ref", "title": _citation_title(catalog, article_id)})
                last.text = str(number)
                state.links.append(article_id)
            if locator:
                last.tail = f", {locator}"
            if quote and target is not None and target.kind == "article":
                last.tail = (last.tail or "") + ": "
                last = etree.SubElement(group, "q", {"class": "cite-quote"})
                last.text = quote
        if last is not None:
            last.tail = (last.tail or "") + "]"
        return group, m.start(0), m.end(0)



# "{#page-3}": where page 3 of an imported PDF starts, the target of a citation's "p. 3".
PAGE_ANCHOR = r"\{#(page-\d{1,5})\}"


class _PageAnchor(InlineProcessor):
    def handleMatch(self, m: re.Match, data: str):
        return etree.Element("a", {"id": m.group(1)}), m.start(0), m.end(0)


PAGE_LOCATOR = re.compile(r"(?:p|pp|page|pages|s|seite|pág|pag)\.?\s*(\d{1,5})(?:\s*[-–]\s*\d{1,5})?", re.I)

def check_quote(renderer: MarkupRenderer, article_id: str, quote: str) -> None:
    """Record a problem when `quote` is not in the cited article's stored text (read again
    from its file: it must still be the text the loader read, whose digest is in the key)."""
    article = renderer.catalog.articles[article_id]
    if quote_found(quote, _read_unchanged(article.source)):
        return
    state, shown = renderer.state, quote if len(quote) <= 60 else quote[:57] + "…"
    if article.access in ("partial", "paywalled"):
        state.problems.append((quote, f"quote not in the available excerpt: “{shown}” is not in the part of "
                               f"{article.source.rel} held in the dossier ({article.access} access); check it "
                               "against the original", "warning"))
    else:
        state.problems.append((quote, f"the quotation “{shown}” is not in {article.source.rel} (compared "
                               "ignoring case, accents, quote marks and spacing); copy it exactly from the article"))


def _a(word: str) -> str:
    return f"an {word}" if word[:1] in "aeiou" else f"a {word}"


def _citation_title(catalog: Catalog, article_id: str) -> str:
    article = catalog.articles[article_id]
    parts = [article.outlet or "outlet unknown", article.title]
    if article.published:
        parts.append(article.published.label)
    return " — ".join(parts)


class _MentionLinker(Treeprocessor):
    """Finds entity names in text nodes, links them and records them as mentions.

    The text nodes are gathered in document order, searched in one pass of the matcher
    (MentionMatcher.find_each: an article has about 30 of them), and the mentions recorded
    in that order; the links go in last, from the end of the document backwards, so that
    each insertion leaves the places of those still to make where they were."""

    def __init__(self, renderer: MarkupRenderer, md: markdown.Markdown):
        super().__init__(md)
        self.renderer = renderer

    def run(self, root: etree.Element) -> None:
        if not self.renderer.matcher.names:
            return
        pieces: list[_TextPiece] = []
        _gather_text(root, root, pieces)
        found = self.renderer.matcher.find_each([piece.text for piece in pieces])
        insertions = []
        for piece, matches in zip(pieces, found):
            recorded = self._record(piece, matches) if matches else None
            if recorded:
                insertions.append((piece, *recorded))
        for piece, kept, new_links in reversed(insertions):
            piece.insert(kept, new_links)

    def _record(self, piece: _TextPiece, matches: list) -> tuple[str, list[etree.Element]] | None:
        """Record the mentions in `piece`; returns what of its text stays plain and the links
        to put after it, or None when it gets none."""
        state, renderer = self.renderer.state, self.renderer
        if piece.block is None:   # a heading: its names count as mentions but are not linked
            for match in matches:
                if match.entity_id != state.self_id:
                    state.mention(match.entity_id, None)
            return None
        text = piece.text
        kept, cursor, new_links = [], 0, []
        for match in matches:
            if match.entity_id == state.self_id:
                continue
            found = text[match.start:match.end]
            state.mention(match.entity_id,
                          None if match.entity_id in state.snippets else _snippet(piece.block, found, state.block_texts))
            if state.link_mode == "all" or (state.link_mode == "first" and match.entity_id not in state.linked):
                state.linked.add(match.entity_id)
                link = etree.Element("a", {"href": renderer.href(match.entity_id), "class": "mention entity",
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
class _TextPiece:
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


def _gather_text(element: etree.Element, block: etree.Element, pieces: list[_TextPiece]) -> None:
    """The pieces of text under `element` in which names are looked for, in document order:
    not inside links, code or scripts; a heading's text as one piece, not to be linked."""
    tag = element.tag
    if tag in BLOCK_TAGS:
        block = element
    if tag in SKIP_TAGS:
        if tag.startswith("h"):
            pieces.append(_TextPiece("".join(element.itertext()), element, None, None))
        return
    if element.text:
        pieces.append(_TextPiece(element.text, element, None, block))
    for child in element:
        _gather_text(child, block, pieces)
        if child.tail:
            pieces.append(_TextPiece(child.tail, element, child, block))


def _snippet(block: etree.Element, found: str, texts: dict[int, str], width: int = 90) -> str:
    """The words around `found` in its paragraph (or list item, cell...); `texts` keeps each
    block's plain text for the document's other mentions."""
    text = texts.get(id(block))
    if text is None:
        text = texts[id(block)] = " ".join(_PLACEHOLDER.sub("", "".join(block.itertext())).split())
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


class _UrlGuard(Treeprocessor):
    """Removes link and image targets whose scheme could run code."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value is not None and not is_safe_url(value):
                    del element.attrib[attribute]
                    element.set("class", (element.get("class", "") + " unsafe-link").strip())


RENDER_SECONDS = 20  # a 10 MB article renders in about 8 s here; pathological Markdown never ends


class RenderTimeout(Exception):
    pass


@contextmanager
def time_limit(seconds: float):
    """Raise RenderTimeout in the block after `seconds` (main thread on Unix; elsewhere no limit)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):
        raise RenderTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True)
class _Job:
    """One text to render: an entity's summary (`text`), or a document's body, read from its
    `source` by whichever process renders it (a cold build's main process need not hold
    every body: the loader's workers read the files, the Markdown workers read them again)."""

    item_id: str
    text: str
    link_mode: str | None
    key: str = ""          # the cache key under which its HTML is stored (with a store)
    source: SourceFile | None = None

    def read(self) -> str:
        """The text; a body must still be the one the loader read (_read_unchanged)."""
        return self.text if self.source is None else _read_unchanged(self.source)


def _read_unchanged(source: SourceFile) -> str:
    """A document's body, which must still be the one the loader read (by its digest): else
    a rendering made from it would be cached under the key of a text it was not made from."""
    body = source.body
    if text_digest(body) != source.body_digest:
        raise _Changed()
    return body


class _Changed(Exception):
    pass


@dataclass(frozen=True)
class _Failure:
    message: str           # what went wrong, and what to do about it
    line: int | None = None   # the line of the text it is about, counted from 0


# How deep quotes and lists may nest. python-markdown's memory grows with the square of the
# depth (a quote more on each line: 2,000 lines take 1.0 GB, 3,000 take 2.3 GB and 18 s) and
# a few hundred levels exhaust its stack; a text nesting deeper is refused, naming the line,
# before python-markdown sees it.
MAX_NESTING = 100
# A line nesting deeper starts with at least one character a level ('>', a list marker, 4
# columns of indentation): only lines that start so are looked at further. The search is for
# a newline followed by them (the text is given one in front), which the regex engine finds
# at the speed of a search for the newline: a multi-line '^' is tried at every character,
# ten times slower (70 us for 10 KB of text, against 6).
_DEEP_START = re.compile(r"\n[ \t>*+\-.)0-9]{%d}" % (MAX_NESTING + 1))
_LEVEL = re.compile(r"[ \t]*(?:(>)|[*+\-](?=[ \t]|$)|[0-9]{1,9}[.)](?=[ \t]|$))")


def too_deep(text: str) -> tuple[int, int] | None:
    """(line counted from 0, its depth) of the first line nesting quotes and lists deeper
    than MAX_NESTING, outside fenced code; None for the others."""
    if _DEEP_START.search(text) is None and _DEEP_START.match("\n" + text[:MAX_NESTING + 1]) is None:
        return None
    text = "\n" + text
    if "```" in text or "~~~" in text:   # (code keeps its lines: its indentation is not nesting)
        text = FencedBlockPreprocessor.FENCED_BLOCK_RE.sub(lambda code: "\n" * code.group().count("\n"), text)
    for found in _DEEP_START.finditer(text):
        start = found.start() + 1
        end = text.find("\n", start)
        depth = _line_depth(text[start:end if end >= 0 else len(text)])
        if depth > MAX_NESTING:
            return text.count("\n", 0, start) - 1, depth
    return None


def _line_depth(line: str) -> int:
    """The levels of quotes and lists a line's start opens: a '>' or a list marker each, and
    a list each 4 columns of indentation before them. A line of list markers alone is a rule."""
    quotes = markers = 0
    at = 0
    while (level := _LEVEL.match(line, at)) is not None:
        quotes += level.group(1) is not None
        markers += level.group(1) is None
        at = level.end()
    if not line[at:].strip():
        markers = 0
    if not quotes + markers:
        return 0
    indent = len(line) - len(line.lstrip(" \t"))
    return quotes + markers + len(line[:indent].expandtabs(4)) // 4


_CHANGED = "the file changed while the site was being built; build again"


def _render_bounded(renderer: MarkupRenderer, job: _Job, seconds: float) -> Rendered | _Failure:
    try:
        text = job.read()
    except _Changed:
        return _Failure(_CHANGED)
    advice = "simplify or split it (runs of brackets, deep nesting, very long lines)"
    try:
        with time_limit(seconds):   # (the nesting check too: its search for fences is bounded by it)
            deep = too_deep(text)
            if deep is not None:
                return _Failure(f"the Markdown nests quotes or lists {deep[1]} deep on this line; at most "
                                f"{MAX_NESTING} levels are allowed — flatten it", deep[0])
            return renderer.render(text, job.item_id, job.link_mode)
    except _Changed:    # an article it quotes (check_quote)
        return _Failure(f"{_CHANGED} (an article it quotes)")
    except RenderTimeout:
        return _Failure(f"the Markdown ({len(text) / 1e6:.1f} MB) took longer than {seconds:g} s to render; {advice}")
    except RecursionError:
        return _Failure(f"the Markdown ({len(text) / 1e6:.1f} MB) nests lists, quotes or brackets too deeply "
                        f"to render; {advice}")


# Each worker process renders with its own MarkupRenderer, made once when the worker starts
# (with the fork start method the catalog is inherited, not pickled).
_worker: dict = {}


def _start_worker(catalog: Catalog, jobs: list[_Job], seconds: float, store: HtmlStore | None,
                  serial: int) -> None:
    start_forked_worker()
    _worker.update(jobs=jobs, seconds=seconds, renderer=MarkupRenderer(catalog), store=store, serial=serial)


def _work(part: range) -> list[Rendered | _Failure]:
    """Render the jobs in `part` (the texts are not sent: the worker inherited them)."""
    jobs = _worker["jobs"][part.start:part.stop]
    results, _worker["renderer"] = _render_each(_worker["renderer"], jobs, _worker["seconds"])
    return _stored(jobs, results, _worker["store"], _worker["serial"])


def _render_each(renderer: MarkupRenderer, jobs: list[_Job], seconds: float,
                 tick: Callable[[int, int], None] | None = None) -> tuple[list[Rendered | _Failure], MarkupRenderer]:
    """Render the jobs one after another; returns the results and the renderer to go on
    with (a new one after a failure: the interrupted one may be half-way)."""
    results = []
    for job in jobs:
        result = _render_bounded(renderer, job, seconds)
        if isinstance(result, _Failure):
            renderer = MarkupRenderer(renderer.catalog, renderer.narrow, renderer.prune)
        results.append(result)
        if tick and len(results) % 50 == 0:
            tick(len(results), len(jobs))
    return results, renderer


def _stored(jobs: list[_Job], results: list, store: HtmlStore | None, serial: int) -> list[Rendered | _Failure]:
    """With a store, the HTML and the snippets go into it (one transaction) and leave the
    results: neither is sent back to the main process (the snippets are most of what would
    be, 3.9 KB a document). render_documents points the results at them (_kept_in)."""
    if store is None:
        return results
    rows = [(job.key, _json(_to_json(result)), _json(result.snippets), result.html)
            for job, result in zip(jobs, results) if isinstance(result, Rendered)]
    store.put(rows, serial)
    return [dataclasses.replace(result, html="", snippets={}) if isinstance(result, Rendered) else result
            for result in results]


def _kept_in(store: HtmlStore, key: str, result: Rendered) -> Rendered:
    """A result whose HTML and snippets are in the store, read from it when a page shows them,
    as a result read from the cache is: through the main process's own store, so that each
    page worker opens one connection to the database (not one per share of the Markdown
    workers' results, each with its own page cache)."""
    return dataclasses.replace(result, html=StoredHtml(key, store), snippets=StoredSnippets(key, store))


# Up to this many documents to render (an edit), each gets a matcher of its own names
# (a few ms each) rather than compiling the dossier's (0.1 s at 2,000 names).
NARROW_JOBS = 10


def _render_all(catalog: Catalog, jobs: list[_Job], seconds: float, workers: int,
                tick: Callable[[int, int], None] | None = None, store: HtmlStore | None = None,
                serial: int = 0) -> list[Rendered | _Failure]:
    """Render every job, in order; across processes when there is enough work and fork exists.
    With a `store`, the HTML is written there rather than returned. `tick(done, total)` hears
    of progress."""
    tick = tick or (lambda done, total: None)
    pool = None
    if workers > 1 and len(jobs) >= 200:
        catalog.matcher.compile()   # once here, inherited by the workers
        # fork: the catalog and the jobs reach the workers without being pickled
        pool = fork_pool(workers, _start_worker, (catalog, jobs, seconds, store, serial))
    if pool is None:
        results, _ = _render_each(MarkupRenderer(catalog, narrow=len(jobs) <= NARROW_JOBS), jobs, seconds, tick)
        return _stored(jobs, results, store, serial)
    size = max(16, len(jobs) // (workers * 32))
    parts = [range(i, min(i + size, len(jobs))) for i in range(0, len(jobs), size)]
    try:
        results = []
        for batch in in_order(pool, _work, parts):   # in order, as they complete
            results += batch
            tick(len(results), len(jobs))
    except BaseException:
        stop_pool(pool)
        raise
    pool.shutdown()
    return results


def rendering_basis(catalog: Catalog) -> dict:
    """What every text's rendering may depend on besides itself and the targets it refers to:
    the code and the settings (`base`), and every entity name (`names`: name key → [the name
    as written, its entity's id])."""
    config = catalog.config
    return {"base": text_key(code_fingerprint(), config.link_mentions, str(config.allow_raw_html)),
            "names": {key: list(value) for key, value in sorted(catalog.matcher.names.items())}}


def catalog_fingerprint(catalog: Catalog, basis: dict | None = None) -> str:
    """What every document's rendering depends on besides its own text: the code, the
    settings, the entities (any text may name them) and their names. The articles and
    summaries a text refers to are added for each text (reference_fingerprint): a new
    clipping renders no other document again. When only names changed, a text that holds
    none of the changed ones keeps its rendering (reuse_across_names)."""
    basis = basis or rendering_basis(catalog)
    return text_key(basis["base"], json.dumps(sorted((t.id, t.kind, t.title, t.path) for t in catalog.targets.values()
                                                     if t.kind == "entity")),
                    json.dumps(basis["names"], ensure_ascii=False))


def reuse_across_names(cache: BuildCache, last: str, basis: dict, missing: list[int],
                       old_key: Callable[[int], str], new_key: Callable[[int], str],
                       text_of: Callable[[int], str]) -> dict[int, dict]:
    """After an entity was added, removed, renamed or given another alias: the renderings of
    the last build that stay true, copied under their new keys (by index into `missing`,
    what the cache knows of each besides its HTML).

    A text's rendering depends on the names each of whose words its folded text holds (the
    matcher narrowed to it finds exactly what the whole one finds: MentionMatcher.narrowed),
    and on the targets it refers to, which its key describes (reference_fingerprint). So a
    text in which no changed name can occur renders as it did under the last build's names,
    with the same code and settings: its key under the last fingerprint finds that rendering.
    Adding an alias at 5,000 articles renders the few texts that hold its words, not all.
    `last`: the last build's catalog fingerprint; `old_key(i)`: the key of missing text i under it."""
    last_basis = cache.last_rendering("basis")
    if not isinstance(last_basis, dict) or last_basis.get("base") != basis["base"] \
            or not isinstance(last_basis.get("names"), dict):
        return {}
    before, now = last_basis["names"], basis["names"]
    changed = [key.split(" ") for key in before.keys() | now.keys() if before.get(key) != now.get(key)]
    old_keys = {index: old_key(index) for index in missing}
    found = cache.peek_renders(list(old_keys.values()))
    kept: list[int] = []
    for index, key in old_keys.items():
        if key not in found:
            continue
        try:
            folded = fold(text_of(index))
        except _Changed:
            continue
        if not any(all(word in folded for word in words) for words in changed):
            kept.append(index)
    copies = cache.copy_renders([(old_keys[index], new_key(index), found[old_keys[index]]) for index in kept])
    return dict(zip(kept, copies)) if copies else {}


def reference_fingerprint(catalog: Catalog, ids: Iterable[str]) -> str:
    """What a text's rendering takes from the targets it refers to (see quotes.referenced_ids):
    whether each exists, and what a link or citation shows of it."""
    if not ids:
        return "[]"   # (most texts: json.dumps([]))
    described = []
    if EVERY_ID in ids:
        ids = [EVERY_ID, *sorted(catalog.targets)]
    for target_id in ids:
        target = catalog.targets.get(target_id)
        article = catalog.articles.get(target_id)
        described.append([target_id, None if target is None else [target.kind, target.title, target.path],
                          None if article is None else [article.outlet, article.title, article.access,
                                                        article.published.label if article.published else None,
                                                        article.source.rel]])
    return json.dumps(described, ensure_ascii=False)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _to_json(rendered: Rendered) -> dict:
    """What the cache keeps besides the HTML and the snippets (each read only when needed)."""
    return {"mentions": [[m.entity_id, m.count] for m in rendered.mentions],
            "links": rendered.links, "problems": [list(p) for p in rendered.problems],
            "citations": [[c.number, c.article_id, list(c.locators), c.anchor] for c in rendered.citations],
            "digests": list(rendered.digests)}


# A Mention from its stored [entity id, count] without a Python call per mention (Mention._make
# is one): a hundred thousand of them are read back at each build of 5,000 articles.
_mention = functools.partial(tuple.__new__, Mention)


def _from_json(data: dict, html: StoredHtml) -> Rendered:
    return Rendered(html, list(map(_mention, data["mentions"])), StoredSnippets(html.key, html.store), list(data["links"]),
                    [Citation(n, a, tuple(l), anchor) for n, a, l, anchor in data["citations"]],
                    [tuple(p) for p in data["problems"]], tuple(data["digests"]))


def _unknown_id_hint(problem: tuple, catalog: Catalog) -> str | None:
    """A problem's message; for an unknown id (text, message, severity, id[, kind]), the
    nearest ids and names, or None when the id is that of a file that could not be read
    (its own error says so). Made here, not kept with the rendering: they depend on the
    whole dossier, not on what the text refers to."""
    if len(problem) < 4:
        return problem[1]
    if problem[3] in catalog.dossier.unreadable:
        return None
    kinds = ("article",) if problem[4:] == ("article",) else ("entity", "article", "summary")
    return problem[1] + did_you_mean(problem[3], catalog.targets, list(catalog.entities.values()), kinds)


def render_documents(catalog: Catalog, seconds: float = RENDER_SECONDS, workers: int | None = None,
                     cache: BuildCache | None = None, tick: Callable[[int, int], None] | None = None):
    """The Markdown pass over every article, summary and entity summary, each in bounded time,
    spread over the machine's cores. The result does not depend on the number of workers.

    Returns (rendered documents by id, rendered entity summaries by id, problems).
    """
    documents = [*catalog.articles.values(), *catalog.summaries.values()]
    entities = [e for e in catalog.entities.values() if e.summary]
    cache = cache or BuildCache(None)
    store = cache.store
    basis = rendering_basis(catalog) if store else {}
    fingerprint = catalog_fingerprint(catalog, basis) if store else ""

    def key(item_id: str, text_digest: str, quoted: Iterable[str], referenced: Iterable[str], link_mode: str,
            under: str | None = None) -> str:
        """What the rendering depends on: the text (by its digest), the targets it refers to,
        and the texts it quotes; `under` another catalog fingerprint than this build's."""
        if store is None:
            return ""
        return text_key(under or fingerprint, item_id, link_mode, text_digest, reference_fingerprint(catalog, referenced),
                        *(catalog.articles[i].source.body_digest for i in quoted if i in catalog.articles))

    def key_of(index: int, under: str | None = None) -> str:
        if index < len(documents):
            d = documents[index]
            return key(d.id, d.source.body_digest, d.source.quoted_ids, d.source.referenced_ids, "", under)
        e = entities[index - len(documents)]
        return key(e.id, text_digest(e.summary), cited_with_quotes(e.summary), referenced_ids(e.summary), "first",
                   under)

    # Documents by the digests and references the loader keeps (their texts may still be on
    # disk), entity summaries (short, in the entity's record) by their text.
    items = [(d.id, None, key_of(index)) for index, d in enumerate(documents)]
    items += [(e.id, "first", key_of(len(documents) + index)) for index, e in enumerate(entities)]
    keys = [item_key for _, _, item_key in items]
    cached = cache.get_renders(keys) if store else [None] * len(items)
    missing = [index for index, found in enumerate(cached) if found is None]

    def job(index: int) -> _Job:
        item_id, link_mode, item_key = items[index]
        if index < len(documents):
            return _Job(item_id, "", link_mode, item_key, documents[index].source)
        return _Job(item_id, entities[index - len(documents)].summary, link_mode, item_key)

    last = cache.last_rendering() if store else None
    if last != fingerprint and store:
        if last is not None and missing:
            reused = reuse_across_names(cache, last, basis, missing, lambda i: key_of(i, last), keys.__getitem__,
                                        lambda i: job(i).read())
            for index, found in reused.items():
                cached[index] = found
            missing = [index for index in missing if index not in reused]
        cache.remember_rendering(fingerprint, basis)

    jobs = {index: job(index) for index in missing}
    fresh = _render_all(catalog, list(jobs.values()), seconds, default_workers() if workers is None else workers,
                        tick, store, cache.serial)
    results: list[Rendered | _Failure] = [_from_json(found, StoredHtml(found.get("body", item_key), store))
                                          if found is not None else None
                                          for item_key, found in zip(keys, cached)]
    for index, result in zip(missing, fresh):
        if isinstance(result, Rendered):
            if store:
                result = _kept_in(store, keys[index], result)
                cache.rendered(keys[index])
            result.fresh = True
        results[index] = result
    rendered_documents: dict[str, Rendered] = {}
    entity_summaries: dict[str, Rendered] = {}
    problems: list[Problem] = []
    for index, ((item_id, _, _), result) in enumerate(zip(items, results)):
        is_document = index < len(documents)
        source = (documents[index] if is_document else entities[index - len(documents)]).source
        into = rendered_documents if is_document else entity_summaries
        if isinstance(result, _Failure):
            first_line = source.body_first_line + (result.line or 0) if is_document else source.line_of("summary")
            problems.append(Problem(source.path, first_line, result.message))
            into[item_id] = Rendered("")
            continue
        into[item_id] = result
        problems += [Problem(source.path, source.body_line_of(problem[0]) if is_document else source.line_of("summary"),
                             message, severity=problem[2] if len(problem) > 2 else "error")
                     for problem in result.problems if (message := _unknown_id_hint(problem, catalog))]
    return rendered_documents, entity_summaries, problems
