"""What the Markdown pass gives for one text (Rendered, Citation), the hashes of it that the
incremental planner compares, and its form in the cache (to_json, from_json)."""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field

from ..cachekeys import digest_of
from ..cachestore import StoredHtml, StoredSnippets
from ..index import Mention
from ..yamlsource import SourceFile, text_digest


@dataclass(frozen=True)
class Citation:
    number: int
    article_id: str
    locators: tuple[str, ...]
    anchor: str            # id of the first place it is cited, for links back
    quotes: tuple[str, ...] = ()   # the quotations cited from it, in the order they appear


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
    problems: list[tuple] = field(default_factory=list)   # (text to locate, message[, severity[, unknown id[, kind]]])
    digests: tuple[str, str, str] = ("", "", "")   # see outcome_digests (kept in the cache)
    # an article's body: how many paragraphs it numbers (id="p-N"), which citations' 'para. N'
    # are checked against (run.paragraph_problems); None for other texts
    paragraphs: int | None = None
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
                      [[c.number, c.article_id, c.locators, c.anchor, c.quotes] for c in citations]),
            digest_of([m.count for m in mentions]), digest_of([snippets.get(m.entity_id, "") for m in mentions]))


class Changed(Exception):
    """A file's text is no longer the one the loader read."""


def read_unchanged(source: SourceFile) -> str:
    """A document's body, which must still be the one the loader read (by its digest): else
    a rendering made from it would be cached under the key of a text it was not made from."""
    body = source.body
    if text_digest(body) != source.body_digest:
        raise Changed()
    return body


def to_json(rendered: Rendered) -> dict:
    """What the cache keeps besides the HTML and the snippets (each read only when needed)."""
    return {"mentions": [[m.entity_id, m.count] for m in rendered.mentions],
            "links": rendered.links, "problems": [list(p) for p in rendered.problems],
            "citations": [[c.number, c.article_id, list(c.locators), c.anchor, list(c.quotes)]
                          for c in rendered.citations],
            "digests": list(rendered.digests), "paragraphs": rendered.paragraphs}


def compact_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# A Mention from its stored [entity id, count] without a Python call per mention (Mention._make
# is one): every mention of every document is read back at each build.
_mention = functools.partial(tuple.__new__, Mention)


def from_json(data: dict, html: StoredHtml) -> Rendered:
    return Rendered(html, list(map(_mention, data["mentions"])), StoredSnippets(html.key, html.store), list(data["links"]),
                    [Citation(n, a, tuple(l), anchor, tuple(q)) for n, a, l, anchor, q in data["citations"]],
                    [tuple(p) for p in data["problems"]], tuple(data["digests"]), data.get("paragraphs"))
