"""The metadata a saved page declares about itself, as one table: for each field, the meta tags that
state it, most trusted first (Open Graph and `article:`, then Dublin Core and the `citation_*` tags
of scholarly and institutional pages, then the generic ones). JSON-LD and microdata are read by
html.py before these; what no source states goes to review. Also the checks every declared address
passes: a web archive's copy gives the original's address, a file (a logo, a stylesheet, a PDF) is no
article's address, and tracking parameters are not part of it."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

META_SOURCES: dict[str, tuple[str, ...]] = {
    "site": ("og:site_name", "dc.publisher", "dcterms.publisher", "citation_publisher", "citation_technical_report_institution",
             "citation_dissertation_institution", "application-name"),
    "author": ("article:author", "author", "byl", "parsely-author", "sailthru.author", "citation_author", "dc.creator",
               "dcterms.creator"),
    "date": ("article:published_time", "datepublished", "citation_publication_date", "citation_date", "citation_online_date",
             "date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "pubdate", "publish-date",
             "publication_date", "parsely-pub-date", "sailthru.date"),
    "url": ("og:url", "citation_abstract_html_url", "citation_fulltext_html_url", "citation_public_url", "dc.identifier",
            "dcterms.identifier"),
}

# A web archive's copy: '…/web/20250612083015/https://original…', '…/20250612083015id_/http://…'.
_ARCHIVED = re.compile(r"/\d{8,14}(?:[a-z]{2}_)?\*?/(https?://\S+)$", re.I)
_FILE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|avif|ico|css|js|json|xml|pdf|mp[34]|woff2?)$", re.I)
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_[ce]id|ocid|cmpid|xtor|at_medium|at_campaign|ref|src)$", re.I)
# 'Surname, Given' as Dublin Core and citation_author write a name: one word, a comma, a given name or two.
_INVERTED = re.compile(r"^\s*([^\W\d_][\w'’.-]*),\s*([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?)\s*$")


def page_address(url: str | None) -> str | None:
    """The address of the article a declared URL names: the original behind an archive's copy, without
    tracking parameters; None for an address that is not a page's (a file, a relative path)."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    while (archived := _ARCHIVED.search(url)):
        url = archived.group(1)
    if not url.startswith(("http://", "https://")):
        return None
    parts = urlsplit(url)
    if _FILE.search(parts.path):
        return None
    query = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(key)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


def meta_values(page_meta: dict[str, list[str]], field: str) -> list[str]:
    """Every value of the first meta tag of the field's sources that the page gives (an author may be
    given in several tags of the same name, one per author)."""
    for key in META_SOURCES[field]:
        values = [value for value in page_meta.get(key, []) if value.strip()]
        if values and field == "author" and key.startswith(("dc.", "dcterms.", "citation_")):
            return [person_name(value) for value in values]
        if values:
            return values
    return []


def person_name(value: str) -> str:
    """'Brandner, Klara' → 'Klara Brandner' (a name written surname first, as library metadata does)."""
    inverted = _INVERTED.match(value)
    return f"{inverted.group(2)} {inverted.group(1)}" if inverted else value.strip()
