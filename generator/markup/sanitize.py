"""What a rendered body may hold: the sanitizer's allowlist and the check of link targets."""
from __future__ import annotations

import html
import re

import nh3

SAFE_SCHEMES = {"http", "https", "mailto", "tel", "ftp"}
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]+")

# The allowlist a rendered body passes through (nh3: the maintained Rust sanitizer; bleach is
# deprecated). It covers what Markdown and its extensions produce, plus plain formatting for
# dossiers that opt in to raw HTML; scripts, styles, frames and event handlers never pass.
# A text without '<' (nor NUL, which it drops), in a dossier that keeps raw HTML out, skips
# it (MarkupRenderer.render): no tag can come from such a text, only python-markdown's own
# elements, whose text and attributes its serializer escapes and whose link targets the URL
# guard checks; a property test holds that the sanitizer would keep such a body as it is.
ALLOWED_TAGS = {"a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details",
                "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
                "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span",
                "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
                "time", "tr", "u", "ul"}
DROPPED_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "template", "noscript",
                        "svg", "math", "textarea", "select", "button", "form", "frameset", "frame"}
# (data-pagefind-ignore: what the search leaves out, such as citation brackets; aria-label: a ¶ link's
# name; aria-describedby: a reference's preview)
ALLOWED_ATTRIBUTES = {"*": {"id", "class", "title", "lang", "dir"},
                      "a": {"href", "data-entity", "aria-label", "aria-describedby", "data-pagefind-ignore"},
                      "span": {"data-pagefind-ignore"},
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
