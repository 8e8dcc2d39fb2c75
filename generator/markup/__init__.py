"""Markdown with the dossier's extensions, bound to the index.

- results.py: what rendering a text gives (Rendered, Citation) and its form in the cache
- extensions.py: [[wiki-links]], [@citations], mentions of entity names, the URL guard;
  each records into the PageRecorder of the text being rendered
- sanitize.py: the allowlist a rendered body passes through, and the check of link targets
- speedups.py: the same HTML in less time, by overriding python-markdown's internals; the
  one file to re-check when python-markdown is upgraded
- renderer.py: MarkupRenderer, one text to HTML
- bounds.py: the time limit and the nesting depth a rendering runs within
- items.py: the texts to render, as typed items; keys.py: their cache keys
- run.py: render_documents, the pass over every item, cached and across workers
"""
from .bounds import MAX_NESTING, RENDER_SECONDS, RenderTimeout, time_limit, too_deep
from .extensions import ROOT_PREFIX
from .items import Item
from .keys import catalog_fingerprint, reference_fingerprint, rendering_basis, reuse_across_names
from .renderer import MarkupRenderer
from .results import Citation, Rendered
from .run import Failure, render_bounded, render_documents
from .sanitize import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, is_safe_url, make_sanitizer
from .speedups import unused_syntax

__all__ = ["ALLOWED_ATTRIBUTES", "ALLOWED_TAGS", "Citation", "Failure", "Item", "MAX_NESTING", "MarkupRenderer",
           "RENDER_SECONDS", "ROOT_PREFIX", "RenderTimeout", "Rendered", "catalog_fingerprint", "is_safe_url",
           "make_sanitizer", "reference_fingerprint", "render_bounded", "render_documents", "rendering_basis",
           "reuse_across_names", "time_limit", "too_deep", "unused_syntax"]
