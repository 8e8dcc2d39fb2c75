"""MarkupRenderer: one text's Markdown to HTML, with the dossier's extensions (extensions.py),
the speed-ups (speedups.py) and the sanitizer (sanitize.py)."""
from __future__ import annotations

import markdown
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.footnotes import FootnoteExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension

from ..index import Catalog
from .extensions import DossierExtension, PageRecorder, heading_slug
from .results import Rendered
from .sanitize import make_sanitizer
from .speedups import leave_out, speed_up, toc_extension, unused_syntax


class MarkupRenderer:
    def __init__(self, catalog: Catalog, narrow: bool = False, prune: bool = True):
        """`narrow`: match names with a matcher made for each text (see MentionMatcher.
        narrowed), for a few documents; otherwise with the catalog's, compiled once.
        `prune`: render each text with a Markdown instance that leaves out the processors it
        cannot use (speedups.py): the same HTML, in less time."""
        self.catalog = catalog
        self.narrow = narrow
        self.prune = prune
        self.sanitizer = make_sanitizer()
        # One Markdown instance (with its dossier extension) per set of left-out processors,
        # each reused with reset(): a dossier's texts use a handful of sets.
        self.variants: dict[frozenset[tuple[str, str]], tuple[markdown.Markdown, DossierExtension]] = {}

    def _markdown(self, unused: frozenset[tuple[str, str]]) -> tuple[markdown.Markdown, DossierExtension]:
        variant = self.variants.get(unused)
        if variant is None:
            # Extensions as objects, not names: a name is looked up among the installed
            # packages' entry points first (importlib.metadata), which is slow.
            dossier = DossierExtension(self.catalog)
            md = markdown.Markdown(
                extensions=[TableExtension(), FootnoteExtension(), SaneListExtension(), FencedCodeExtension(),
                            toc_extension(unused)(slugify=heading_slug, toc_depth="2-4"), dossier],
                output_format="html")
            if not self.catalog.config.allow_raw_html:
                md.preprocessors.deregister("html_block")
                md.inlinePatterns.deregister("html")
            leave_out(md, unused)
            if self.prune:
                speed_up(md)
            variant = self.variants[unused] = (md, dossier)
        return variant

    def render(self, text: str, self_id: str | None = None, link_mode: str | None = None,
               paragraphs: bool = False) -> Rendered:
        """`paragraphs`: number the paragraphs (an article's body: extensions.ParagraphAnchors)."""
        md, dossier = self._markdown(unused_syntax(text) if self.prune else frozenset())
        matcher = self.catalog.matcher.narrowed(text) if self.narrow else self.catalog.matcher
        recorder = PageRecorder(self_id, link_mode or self.catalog.config.link_mentions, matcher,
                                paragraphs=0 if paragraphs else None)
        dossier.begin(recorder)
        md.reset()
        body = md.convert(text)
        if self.catalog.config.allow_raw_html or "<" in text or "\x00" in text:
            body = self.sanitizer.clean(body)
        return recorder.rendered(body)
