"""The texts the Markdown pass renders, as typed items: each document's body (an article's or
a summary's) and each entity's summary."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..index import Catalog
from ..quotes import cited_with_quotes, referenced_ids
from ..yamlsource import SourceFile, text_digest
from .results import read_unchanged

DOCUMENT_KINDS = ("article", "summary")


@dataclass(slots=True)
class Item:
    """One text to render. A document's body is read from its `source` by whichever process
    renders it (the main process need not hold every body); an entity's summary is short
    and travels as `text`, and its `source` is the entity's file, for the problems' lines."""

    id: str
    kind: str                  # "article", "summary" or "entity" (its summary)
    source: SourceFile
    link_mode: str | None      # None: the dossier's setting
    text: str | None = None    # an entity's summary
    key: str = ""              # the cache key of its rendering (with a cache), set once the catalog's is known

    @property
    def is_document(self) -> bool:
        return self.text is None

    def read(self) -> str:
        """The text; a body must still be the one the loader read (read_unchanged)."""
        return self.text if self.text is not None else read_unchanged(self.source)

    def key_inputs(self) -> tuple[str, Iterable[str], Iterable[str]]:
        """What of the text its cache key holds: its digest, the ids it cites with quotations,
        and the ids it refers to (for a document, as the loader kept them)."""
        if self.text is None:
            return self.source.body_digest, self.source.quoted_ids, self.source.referenced_ids
        return text_digest(self.text), cited_with_quotes(self.text), referenced_ids(self.text)

    def line_of_failure(self, line: int | None) -> int | None:
        """The file's line of a failure at `line` of the text (counted from 0)."""
        return self.source.body_first_line + (line or 0) if self.is_document else self.source.line_of("summary")

    def line_of(self, found: str) -> int | None:
        """The file's line of a problem about `found`, a piece of the text."""
        return self.source.body_line_of(found) if self.is_document else self.source.line_of("summary")


def items_of(catalog: Catalog) -> list[Item]:
    """Every text to render, in the order of the results: the articles, the summaries, then
    the entities that have a summary (always linked at their first mention)."""
    items = [Item(document.id, kind, document.source, None)
             for kind, documents in zip(DOCUMENT_KINDS, (catalog.articles, catalog.summaries))
             for document in documents.values()]
    items += [Item(entity.id, "entity", entity.source, "first", entity.summary)
              for entity in catalog.entities.values() if entity.summary]
    return items
