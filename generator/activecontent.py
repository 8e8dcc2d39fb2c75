"""Active content a dossier's own templates and static files may not add to a site.

The theme's templates write no script but the theme's own, and Markdown bodies pass the nh3
allowlist. A dossier's own templates are another matter: what they write is HTML as it
stands (`<script>` in their text, `|safe` on a title, an autoescape block), and so is an
`.html` or `.svg` file in its `static/` folder. A dossier received from someone else would
then run its script in the browser of every reader of the site. So the pages its templates
make, and the markup files of its `static/`, are read here as a browser reads them, and any
of these is refused: a script that is not one of the theme's (by its address or, inline, by
its exact text), an event handler (`onclick=`), a `javascript:` or `vbscript:` value, a
`data:` address, a frame, an object or embed, a `<base>`, a `<meta http-equiv>`.

Where a browser and Python's HTML parser could read a text differently (a comment ended by
`--!>`, a `<![CDATA[` outside SVG, markup inside an SVG's `<style>`), the reading here is
the stricter: such comments and declarations are refused, and a style's text is read again
as markup. `dossier build --allow-scripts` lifts all this for a dossier one trusts (one's own).
"""
from __future__ import annotations

import functools
import html
import html.parser
import re
from pathlib import Path

THEME_TEMPLATES = Path(__file__).resolve().parent.parent / "themes" / "default" / "templates"

FORBIDDEN_ELEMENTS = frozenset({"iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal",
                                "plaintext"})
# Elements whose content a browser reads as text up to their end tag (or, inside an SVG, as
# markup): their text is taken whole, as a browser takes it, then read again as markup.
RAW_TEXT = ("style", "textarea", "title", "noscript", "xmp", "noembed", "noframes")
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "poster", "data", "xlink:href", "background",
                            "codebase", "srcset", "ping", "lowsrc", "dynsrc", "manifest", "icon", "longdesc", "cite"})
SCRIPT_SCHEMES = ("javascript:", "vbscript:", "livescript:")
_UNREADABLE = re.compile("[\x00\x1b]")   # (a NUL, or an ESC that switches a legacy encoding: parsers part ways)
_SQUEEZE = re.compile(r"[\x00-\x20\x7f]+")   # what a browser drops or skips in an address
_MARKUP_IN_COMMENT = re.compile(r"[<>]|--!")
_TAG_NAME = re.compile(r"[a-z][a-z0-9._:-]*")   # (no page has a tag named `script<x`: a trap for readers)

# Static files read as markup, and those refused outright (a script of their own)
MARKUP_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".svg", ".xml", ".xsl", ".xslt", ".mht")
SCRIPT_SUFFIXES = frozenset({".js", ".mjs", ".cjs", ".swf", ".hta", ".vbs"})


@functools.cache
def theme_scripts(theme_templates: Path = THEME_TEMPLATES) -> tuple[frozenset[str], frozenset[str]]:
    """(the addresses, relative to the site's root, of the theme's script files; the texts of
    its inline scripts), read from the theme's templates: the one place they are written."""
    sources, inline = set(), set()
    for template in theme_templates.rglob("*.html"):
        text = template.read_text(encoding="utf-8")
        sources.update(re.findall(r'<script\b[^>]*\bsrc="\{\{ root \}\}([^"{}]+)"', text))
        inline.update(script for script in re.findall(r"<script>(.*?)</script>", text, re.S)
                      if "{{" not in script and "{%" not in script)   # (the theme's are fixed texts)
    return frozenset(sources), frozenset(inline)


def active_content(text: str, root: str = "", theme_templates: Path = THEME_TEMPLATES) -> tuple[int, str] | None:
    """The first piece of active content in `text` (a page at `root` from the site's root, as
    relative_root gives it), as (line, what), or None."""
    if found := _UNREADABLE.search(text):   # (no page holds one)
        return text.count("\n", 0, found.start()) + 1, f"the control character {found.group()!r}"
    sources, inline = theme_scripts(theme_templates)
    scan = _Scan(frozenset(root + source for source in sources), inline, root)
    try:
        scan.feed(text)
        scan.close()
    except _Found as found:
        return found.args
    return None


class _Found(Exception):
    """(line, what): the first piece of active content, which ends the reading."""


class _Scan(html.parser.HTMLParser):
    # The elements read as text, whatever this Python's parser does by default
    CDATA_CONTENT_ELEMENTS = ("script", *RAW_TEXT)
    RCDATA_CONTENT_ELEMENTS = ()

    def __init__(self, sources: frozenset[str], inline: frozenset[str], root: str, first_line: int = 1):
        super().__init__(convert_charrefs=False)
        self.sources, self.inline, self.root, self.first_line = sources, inline, root, first_line
        self._raw: tuple[str, str | None, list[str]] | None = None   # (element, src, text) of a script or style

    def _refuse(self, what: str) -> None:
        raise _Found(self.first_line + self.getpos()[0] - 1, what)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not _TAG_NAME.fullmatch(tag):
            self._refuse(f"a tag named {tag[:40]!r}")
        if tag in FORBIDDEN_ELEMENTS:
            self._refuse(f"a <{tag}> element")
        if len({name for name, _ in attrs}) != len(attrs):   # (a browser keeps the first, a dict the last)
            self._refuse(f"an attribute written twice on <{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self._refuse(f"an event handler ({name}= on <{tag}>)")
            if name == "srcdoc" or (tag == "meta" and name == "http-equiv"):
                self._refuse(f"a {name} attribute on <{tag}>")
            if name == "charset" and (value or "").strip().lower() != "utf-8":
                self._refuse(f"a character set other than UTF-8 ({value!r})")
            # the addresses the theme's scripts are built on: the page's own root, a path on this host
            if name == "data-root" and value != self.root:
                self._refuse(f"a data-root other than the page's ({value!r})")
            if tag == "meta" and name == "name" and value == "dossier-root" \
                    and not re.fullmatch(r"/(?![/\\])[^\s\\]*", dict(attrs).get("content") or ""):
                self._refuse("a dossier-root that is not a path on this host")
            if value:
                address = _SQUEEZE.sub("", html.unescape(value)).lower()
                if address.startswith(SCRIPT_SCHEMES) or (name in URL_ATTRIBUTES and address.startswith("data:")):
                    self._refuse(f"a {address.split(':', 1)[0]}: value ({name}= on <{tag}>)")
        if tag in self.CDATA_CONTENT_ELEMENTS:
            # (a script of type application/json is a data block, which a browser never runs:
            # the theme's pages carry their interface words so)
            data = tag == "script" and dict(attrs).get("type") == "application/json" and "src" not in dict(attrs)
            self._raw = (tag, dict(attrs).get("src"), [], self.getpos()[0], data)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.CDATA_CONTENT_ELEMENTS:   # (a browser reads on as the element's text: the parser does not)
            self._refuse(f"a self-closed <{tag}/>")
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if self._raw is not None:
            self._raw[2].append(data)

    def handle_endtag(self, tag: str) -> None:
        if not _TAG_NAME.fullmatch(tag):
            self._refuse(f"an end tag named {tag[:40]!r}")
        if self._raw is None or tag != self._raw[0]:
            return
        element, src, parts, line, data_block = self._raw
        self._raw = None
        text = "".join(parts)
        if element != "script":
            if "<" in text:   # (inside an SVG, a browser reads a style's or a title's text as markup)
                inner = _Scan(self.sources, self.inline, self.root, line)
                inner.feed(text)
                inner.close()
        elif data_block:
            if "<" in text:   # (a browser ends a script at `</script x>`, which this parser reads on past)
                self._refuse("a data block holding '<'")
        elif src is not None:
            if src not in self.sources or text.strip():
                self._refuse(f"a script from {src!r}")
        elif text not in self.inline:
            self._refuse(f"an inline script ({' '.join(text.split())[:60]!r})")

    def close(self) -> None:
        if re.search(r"<[a-zA-Z!?/]", self.rawdata):   # (a tag never finished, which the parser would take as text)
            self._refuse("a tag that is never finished")
        super().close()
        if self._raw is not None:   # (an element never closed: the rest of the page is its text)
            self._refuse(f"a <{self._raw[0]}> that is never closed")

    def handle_comment(self, data: str) -> None:
        if _MARKUP_IN_COMMENT.search(data):
            self._refuse("a comment holding markup (browsers and parsers end such comments differently)")

    def handle_decl(self, decl: str) -> None:
        if decl.lower() != "doctype html":
            self._refuse(f"a declaration <!{decl[:40]}>")

    def unknown_decl(self, data: str) -> None:
        self._refuse(f"a declaration <![{data[:40]}")

    def handle_pi(self, data: str) -> None:
        if not data.lower().startswith("xml "):
            self._refuse(f"a processing instruction <?{data[:40]}")
