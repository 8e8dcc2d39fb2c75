"""The references pages show of entities, articles, summaries, tags and link targets (a
chip, a line in a list, a link), each made once per build (Refs), and the inputs every view
is made from (Inputs)."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from ..dates import DateSpan
from ..facts import Facts, entity_one_line, site_facts
from ..index import Catalog, page_path, tag_path
from ..langtags import differing, quoted, stated
from ..markup import Rendered
from ..model import Article, Entity, Summary
from .labels import access_label, kind_label, language_name, outlet_anchor, type_label, unknown_outlet
from .types import ArticleRef, CopyView, EntityRef, LinkView, SourceEntry, SummaryRef, TagLink, TimelineEntry


@dataclass(frozen=True)
class Inputs:
    """What every view is made from."""

    catalog: Catalog
    documents: dict[str, Rendered]
    entity_summaries: dict[str, Rendered]
    facts: Facts
    refs: "Refs"

    @classmethod
    def of(cls, catalog: Catalog, documents: dict[str, Rendered], entity_summaries: dict[str, Rendered]) -> "Inputs":
        facts = site_facts(catalog, documents)
        return cls(catalog, documents, entity_summaries, facts, Refs(catalog, facts))


class _RefsWhenAsked(dict):
    """id → the reference of the item with that id, made the first time it is asked for: an
    edit's build shows a few of many articles' references."""

    def __init__(self, make: Callable, items: dict):
        super().__init__()
        self.make, self.items = make, items

    def __missing__(self, item_id: str):
        ref = self[item_id] = self.make(self.items[item_id])
        return ref

    def __contains__(self, item_id: object) -> bool:
        return item_id in self.items

    def get(self, item_id: str, default=None):
        return self[item_id] if item_id in self.items else default


class Refs:
    """id → reference, for entities (`entities`), articles (`articles`, made when asked for)
    and summaries (`summaries`); and the variants a page shows: with this page's mention
    count, with a number of shared entities, a link to any target, a page's tags."""

    def __init__(self, catalog: Catalog, facts: Facts):
        self.catalog, self.facts = catalog, facts
        self.entities = {e.id: self._entity_ref(e) for e in catalog.entities.values()}
        self.articles = _RefsWhenAsked(self._article_ref, catalog.articles)
        self.summaries = {s.id: self._summary_ref(s) for s in catalog.summaries.values()}
        self._links: dict[str, LinkView] = {}
        self._counted: dict[tuple[str, int], EntityRef] = {}
        self._scored: dict[tuple[str, int], ArticleRef] = {}
        self._article_entries: dict[str, TimelineEntry] = {}
        # a dated relation's entry by the relation's id(): made once, it is on several timelines
        self.relation_entries: dict[int, TimelineEntry] = {}

    def _entity_ref(self, entity: Entity) -> EntityRef:
        return EntityRef(entity.id, entity.name, page_path("entity", entity.id), entity.type,
                         type_label(entity.type), entity_one_line(entity, self.catalog),
                         self.facts.mention_totals.get(entity.id, 0))

    def _article_ref(self, article: Article, score: int = 0) -> ArticleRef:
        return ArticleRef(article.id, article.title, page_path("article", article.id),
                          self.facts.outlet_name(article.outlet) or unknown_outlet(), bool(article.outlet),
                          article.published, article.access, access_label(article.access),
                          language_name(article.language), language_name(article.translated_from), article.summary,
                          bool(article.copy_of or article.translation_of), article.source_kind,
                          kind_label(article.source_kind), differing(article.language, self.catalog.config.language),
                          score)

    def _summary_ref(self, summary: Summary) -> SummaryRef:
        return SummaryRef(summary.id, summary.title, page_path("summary", summary.id), summary.date,
                          summary.summary, differing(summary.language, self.catalog.config.language))

    def link(self, target_id: str) -> LinkView:
        """A link to an entity, article or summary, showing its title or name."""
        link = self._links.get(target_id)
        if link is None:
            target = self.catalog.targets[target_id]
            link = self._links[target_id] = LinkView(target.title, target.path, target.kind)
        return link

    def counted(self, entity_id: str, count: int) -> EntityRef:
        """The entity's ref with this page's mention count (few distinct ones: made once each)."""
        ref = self._counted.get((entity_id, count))
        if ref is None:
            ref = self._counted[(entity_id, count)] = _with_count(self.entities[entity_id], count)
        return ref

    def scored(self, article_id: str, score: int) -> ArticleRef:
        """The article's ref with a number of shared entities (few distinct ones: made once each)."""
        ref = self._scored.get((article_id, score))
        if ref is None:
            ref = self._scored[(article_id, score)] = _with_score(self.articles[article_id], score)
        return ref

    def entities_of(self, doc_id: str) -> list[EntityRef]:
        """The entities a document mentions, the most mentioned first, with their counts there."""
        entities = self.catalog.entities
        mentions = sorted(self.facts.mentions[doc_id], key=lambda m: (-m.count, entities[m.entity_id].name))
        return [self.counted(m.entity_id, m.count) for m in mentions]

    def tag_links(self, tags: list[str]) -> list[TagLink]:
        """A page's tags (those with a page of their own), by the name the tags page gives
        them, each once."""
        slug, uses = self.facts.slug, self.facts.tags
        return [TagLink(uses[s].name, tag_path(s)) for s in dict.fromkeys(slug(t) for t in tags)]

    def sources_list(self, rendered: Rendered) -> list[SourceEntry]:
        """A document's numbered sources, each quotation in the marks of the cited article's
        language (the site's when it states none)."""
        articles, site = self.catalog.articles, self.catalog.config.language
        return [SourceEntry(c.number, c.anchor, self.articles[c.article_id], c.locators,
                            tuple(quoted(q, stated(articles[c.article_id].language) or site) for q in c.quotes))
                for c in rendered.citations]

    def article_entry(self, article: Article) -> TimelineEntry:
        """A dated article's entry on the timelines (made once: it is on several)."""
        entry = self._article_entries.get(article.id)
        if entry is None:
            ref = self.articles[article.id]
            detail = ref.outlet + (f" · {ref.access_label}" if article.access != "full" else "")
            entry = self._article_entries[article.id] = TimelineEntry(
                DateSpan(article.published), "article", article.title, ref.href, detail, [],
                tuple(m.entity_id for m in self.facts.mentions[article.id]),
                copies=tuple(self.articles[i] for i in self.shown_copies(article.id)))
        return entry

    def shown_copies(self, article_id: str) -> list[str]:
        """The dated copies (copy_of) of a dated article, oldest first: the timeline and the
        home page show them under it rather than as entries of their own."""
        articles = self.catalog.articles
        if not articles[article_id].published:
            return []
        copies = [articles[i] for i in self.facts.copies.get(article_id, []) if articles[i].published]
        return [a.id for a in sorted(copies, key=lambda a: (a.published.sort_key, a.id))]

    def is_shown_copy(self, article: Article) -> bool:
        """Whether the article is shown under its original rather than on its own."""
        original = self.catalog.articles.get(article.copy_of or "")
        return bool(original and original.published and article.published)


def copy_view(copy, facts: Facts | None = None) -> CopyView:
    """A syndicated copy of an article (model.SyndicatedCopy), as a page shows it (`facts`:
    under the name of the outlet the dossier describes, when it is one of its names)."""
    outlet = (facts.outlet_name(copy.outlet) if facts else copy.outlet) or unknown_outlet()
    return CopyView(outlet, bool(copy.outlet), outlet_anchor(outlet), copy.url, copy.published, copy.access,
                    access_label(copy.access), copy.note)


def _with_count(ref: EntityRef, count: int) -> EntityRef:
    """The same entity with this page's count (built directly: dataclasses.replace is slow)."""
    return EntityRef(ref.id, ref.name, ref.href, ref.type, ref.type_label, ref.one_line, count)


def _with_score(ref: ArticleRef, score: int) -> ArticleRef:
    return ArticleRef(*(getattr(ref, f) for f in _ARTICLE_REF_FIELDS[:-1]), score)


_ARTICLE_REF_FIELDS = tuple(f.name for f in dataclasses.fields(ArticleRef))
