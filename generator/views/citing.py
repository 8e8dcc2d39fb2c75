""""Cite this page": the one line a reader copies to cite an article or a summary of the
dossier (who, what, when, where to find it), made once for the template."""
from __future__ import annotations

from ..i18n import _, date_text
from ..index import page_path
from ..langtags import quoted
from ..model import Article, Summary
from .feeds import absolute
from .refs import Inputs


def article_citation(inputs: Inputs, article: Article) -> str:
    """Outlet, “Title”, date (the title in the quotation marks of the site's language: the
    line is the site's). The page's address (absolute with a base_url, else relative to the
    site's root), then the original's."""
    parts = [article.outlet, quoted(article.title, inputs.catalog.config.language),
             date_text(article.published) if article.published else None]
    line = ", ".join(part for part in parts if part) + ". " + absolute(inputs, page_path("article", article.id))
    return line + (" (" + _("original: %(url)s") % {"url": article.url} + ")" if article.url else "")


def summary_citation(inputs: Inputs, summary: Summary) -> str:
    """Author, “Title”, the dossier's title, date. The page's address."""
    config = inputs.catalog.config
    parts = [config.author or config.organisation, quoted(summary.title, config.language), config.title,
             date_text(summary.date) if summary.date else None]
    return ", ".join(part for part in parts if part) + ". " + absolute(inputs, page_path("summary", summary.id))
