"""One function per kind of page: each makes the view its template is given."""
from __future__ import annotations

import itertools
from collections import Counter, defaultdict

from ..facts import byline_people, byline_person
from ..fields import embargo_moment
from ..index import Family, RelationEnd, independent_sources, page_path, tag_path, tag_slug
from ..markup import ROOT_PREFIX
from ..matcher import name_key
from ..model import ARTICLE_KINDS, KIND_UNSETTLED, KNOWN_ENTITY_TYPES, Article, Entity, Summary
from ..originals import published
from ..outlets import Outlet
from .citing import article_citation, summary_citation
from ..i18n import _, ngettext
from .labels import (UNKNOWN_OUTLET, access_notice, relation_wording, kind_label, language_name, moment_label, outlet_anchor,
                     outlet_kind_label, type_label, unknown_outlet)
from .refs import Inputs, copy_view
from .routes import ROUTE
from .timeline import entity_timeline, timeline_complete
from .types import (ArticlePage, ArticlesPage, EntityPage, EntityRef, FamilyView, HomePage, LinkView, ListPage,
                    MentionView, OutletArticle, OutletGroup, OutletView, RelationGroup, RelationView, SourcesPage,
                    SummaryPage, TagPage, TagRef, TimelineEntry, TypeGroup)


# ---------------------------------------------------------------- an article, a summary, an entity

def article_page(inputs: Inputs, article: Article) -> ArticlePage:
    catalog, facts, refs = inputs.catalog, inputs.facts, inputs.refs
    rendered = inputs.documents[article.id]
    articles = refs.articles
    return ArticlePage(
        ref=articles[article.id], tags=refs.tag_links(article.tags),
        independent_sources=independent_sources([c.article_id for c in rendered.citations], catalog.families),
        path=page_path("article", article.id),
        body_html=rendered.html, sources=refs.sources_list(rendered), entities=refs.entities_of(article.id),
        cite_line=article_citation(inputs, article),
        authors=article.authors, byline=_byline(inputs, article),
        outlet=outlet_view(facts.outlet_book.match(article.outlet)),
        outlet_as_written=article.outlet if article.outlet != facts.outlet_name(article.outlet) else None,
        url=article.url, access_note=article.access_note,
        access_notice=access_notice(article), syndicated=[copy_view(c, facts) for c in article.syndicated],
        copy_of=articles.get(article.copy_of or ""), translation_of=articles.get(article.translation_of or ""),
        copies=[articles[i] for i in facts.copies.get(article.id, [])],
        translations=[articles[i] for i in facts.translations.get(article.id, [])],
        credits=article.credits, notes=article.notes,
        original=article.original, original_published=published(article.original),
        sha256=article.sha256, retrieved=article.retrieved,
        cited_by=[refs.summaries[s] for s in dict.fromkeys(facts.cited_by.get(article.id, []))],
        related=[refs.scored(other, score) for other, score in facts.related_articles(article.id)],
        family=family_view(inputs, catalog.families[article.id]), edition_note=edition_note(inputs, article))


def summary_page(inputs: Inputs, summary: Summary) -> SummaryPage:
    refs, rendered = inputs.refs, inputs.documents[summary.id]
    return SummaryPage(
        ref=refs.summaries[summary.id], tags=refs.tag_links(summary.tags),
        independent_sources=independent_sources([c.article_id for c in rendered.citations],
                                                inputs.catalog.families),
        path=page_path("summary", summary.id),
        body_html=rendered.html, sources=refs.sources_list(rendered), entities=refs.entities_of(summary.id),
        cite_line=summary_citation(inputs, summary), order=summary.order,
        edition_note=edition_note(inputs, summary))


def entity_page(inputs: Inputs, entity: Entity) -> EntityPage:
    catalog, facts, refs = inputs.catalog, inputs.facts, inputs.refs
    pairs = [(end, relation_view(inputs, entity.id, end)) for end in catalog.relations.get(entity.id, [])]
    relations = [view for _, view in pairs]
    relations.sort(key=lambda r: (r.date.sort_key if r.date else (0,), r.verb))
    mentioned = []
    # Summaries first, then articles, each newest first.
    backlinks = sorted(facts.backlinks.get(entity.id, []),
                       key=lambda link: (link[0] in catalog.articles, facts.newest_rank[link[0]]))
    for doc_id, mention in backlinks:
        target = refs.link(doc_id)
        date = catalog.articles[doc_id].published if doc_id in catalog.articles else catalog.summaries[doc_id].date
        signed = doc_id in catalog.articles and entity.id in byline_people(catalog, catalog.articles[doc_id])
        mentioned.append(MentionView(target, target.kind, date, mention.count,
                                     inputs.documents[doc_id].snippets.get(entity.id, ""), signed))
    summary = inputs.entity_summaries.get(entity.id)
    real_names = tuple(dict.fromkeys([*([entity.internal_name] if entity.internal_name else []),
                                      *entity.internal_aliases]))
    return EntityPage(
        ref=refs.entities[entity.id], tags=refs.tag_links([t for t in entity.tags if facts.slug(t) in facts.tags]),
        independent_sources=independent_sources([d for d, _ in facts.backlinks.get(entity.id, [])],
                                                catalog.families),
        path=page_path("entity", entity.id),
        aliases=[alias for alias in entity.aliases if alias not in real_names], roles=entity.roles, summary_html=summary.html if summary else "",
        links=[LinkView(link.label, link.url) for link in entity.links], date=entity.date,
        relations=relations, relation_groups=relation_groups(pairs),
        timeline=entity_timeline(inputs, entity),
        timeline_complete=timeline_complete(inputs, entity),
        mentioned_in=mentioned, mention_total=facts.mention_totals.get(entity.id, 0),
        edition_note=edition_note(inputs, entity), real_names=real_names)


def edition_note(inputs: Inputs, item) -> str | None:
    """What the internal edition says of an item the public one leaves out (editions.py)."""
    if inputs.catalog.dossier.edition != "internal":
        return None
    if (item.visibility or inputs.catalog.config.default_visibility) == "internal":
        return _("Internal: not in the public edition")
    moment = embargo_moment(getattr(item, "embargo", None))
    if moment is not None:
        return _("Embargoed until %(moment)s") % {"moment": moment_label(moment)}
    return None


def _byline(inputs: Inputs, article: Article) -> list[LinkView]:
    """Each author, linked to the person of that name or alias when the dossier has one."""
    people = [byline_person(inputs.catalog, author) for author in article.authors]
    return [LinkView(author, inputs.refs.entities[person].href if person else "", "entity" if person else "")
            for author, person in zip(article.authors, people)]


def outlet_view(outlet: Outlet | None) -> OutletView | None:
    """A described outlet as pages show it."""
    if outlet is None:
        return None
    return OutletView(outlet.name, outlet_anchor(outlet.name), outlet.aliases,
                      outlet_kind_label(outlet.kind), outlet.country, language_name(outlet.language),
                      outlet.owner, outlet.url, outlet.reliability)


def family_view(inputs: Inputs, family: Family) -> FamilyView | None:
    """An article's copies and translations, when it has any."""
    if family.size <= 1:
        return None
    articles = inputs.refs.articles
    return FamilyView(articles[family.id], [articles[i] for i in family.members],
                      [copy_view(copy, inputs.facts) for _, copy in family.records], family.size)


def relation_groups(pairs: list[tuple[RelationEnd, RelationView]]) -> list[RelationGroup]:
    """An entity's relations by their wording from its side (the type of those it declares,
    the inverse of the others), the groups by wording, each group's rows by the other end's
    name, then date."""
    groups: dict[tuple[str, bool], list[RelationView]] = defaultdict(list)
    for end, view in pairs:
        plain_incoming = not end.outgoing and not end.relation.inverse
        groups[(view.verb, plain_incoming)].append(view)
    return [RelationGroup(label, plain, sorted(rows, key=lambda r: (name_key(r.other.title),
                                                                     r.date.sort_key if r.date else (0,))))
            for (label, plain), rows in sorted(groups.items(), key=lambda item: (name_key(item[0][0]), item[0][1]))]


def relation_view(inputs: Inputs, entity_id: str, end: RelationEnd) -> RelationView:
    """A relation as the page of `entity_id`, one of its ends, shows it."""
    relation, link, articles = end.relation, inputs.refs.link, inputs.refs.articles
    return RelationView(link(end.subject), relation_wording(relation, end.verb), link(end.object), end.subject == entity_id, relation.date,
                        [articles[s] for s in relation.sources if s in articles], relation.note,
                        relation.visibility == "internal" and inputs.catalog.dossier.edition == "internal")


# ---------------------------------------------------------------- list pages

def home_page(inputs: Inputs, summaries: list[SummaryPage], timeline: list[TimelineEntry]) -> HomePage:
    catalog, config, refs = inputs.catalog, inputs.catalog.config, inputs.refs
    lead = next((s for s in summaries if s.ref.id == config.lead_summary), summaries[0] if summaries else None)
    lead_html = str(lead.body_html).replace(f'href="{ROOT_PREFIX}', 'href="') if lead else ""
    events = [e for e in catalog.entities.values() if e.type == "event"]
    counts = [_count(ngettext("%(num)d summary", "%(num)d summaries", len(summaries)), len(summaries), "summaries"),
              _count(ngettext("%(num)d article", "%(num)d articles", len(catalog.articles)), len(catalog.articles),
                     "articles"),
              _count(ngettext("%(num)d entity", "%(num)d entities", len(catalog.entities)), len(catalog.entities),
                     "entities"),
              _count(ngettext("%(num)d event", "%(num)d events", len(events)), len(events), "timeline"),
              _count(ngettext("%(num)d named outlet", "%(num)d named outlets", len(inputs.facts.outlets)),
                     len(inputs.facts.outlets), "sources")]
    # (a copy is listed under its original, as "also carried by")
    originals = (a for a in inputs.facts.newest_articles if not refs.is_shown_copy(a))
    latest = [refs.articles[a.id] for a in itertools.islice(originals, 6)]
    copies = {ref.id: [refs.articles[i] for i in refs.shown_copies(ref.id)] for ref in latest}
    key_entities = sorted(refs.entities.values(), key=lambda r: (-r.count, r.name))[:10]
    others = [s.ref for s in summaries if s is not lead]   # (the lead is shown whole beside them)
    return HomePage(config.title, config.description, lead, lead_html, others, counts, latest,
                    key_entities, timeline[-6:][::-1], ROUTE["home"].path,
                    {article_id: found for article_id, found in copies.items() if found})


def articles_page(inputs: Inputs) -> ArticlesPage:
    route = ROUTE["articles"]
    return ArticlesPage(_(route.title), route.path, route.template,
                        [inputs.refs.articles[a.id] for a in inputs.facts.newest_articles])


def list_page(key: str, items: list | None = None) -> ListPage:
    """The list page of this route, listing `items` (none: the search and 404 pages)."""
    route = ROUTE[key]
    return ListPage(_(route.title), route.path, route.template, items if items is not None else [])


def entity_groups(inputs: Inputs) -> list[TypeGroup]:
    """The Who's who: the entities by type, the known types first, each by name."""
    groups: dict[str, list[EntityRef]] = defaultdict(list)
    for ref in sorted(inputs.refs.entities.values(), key=lambda r: r.name.lower()):
        groups[ref.type].append(ref)
    order = [t for t in KNOWN_ENTITY_TYPES if t in groups] + sorted(t for t in groups if t not in KNOWN_ENTITY_TYPES)
    return [TypeGroup(t, type_label(t, plural=True), f"type-{tag_slug(t)}", groups[t]) for t in order]


def sources_page(inputs: Inputs) -> SourcesPage:
    """The articles by outlet, and the families of copies and translations."""
    route = ROUTE["sources"]
    families = {f.id: f for f in inputs.catalog.families.values() if f.size > 1}   # (by each of its members)
    articles = inputs.facts.newest_articles
    kinds = Counter(a.source_kind for a in articles)
    return SourcesPage(_(route.title), route.path, _outlets(inputs, articles),
                       [family_view(inputs, f) for f in sorted(families.values(), key=lambda f: f.id)],
                       [(kind, kind_label(kind), kinds[kind]) for kind in (*ARTICLE_KINDS, KIND_UNSETTLED) if kinds[kind]])


def _outlets(inputs: Inputs, articles: list[Article]) -> list[OutletGroup]:
    """The outlets (facts.outlets), each with its articles, newest first, then the syndicated
    copies it carried; last, the articles and copies that name no outlet."""
    refs, facts = inputs.refs.articles, inputs.facts
    listed = {a.id: OutletArticle(refs[a.id], a.authors, [copy_view(c, facts) for c in a.syndicated],
                                  refs.get(a.copy_of or ""), refs.get(a.translation_of or "")) for a in articles}
    groups = [OutletGroup(use.name, True, outlet_anchor(use.name), [listed[i] for i in use.articles],
                          [(listed[i].syndicated[n], listed[i].ref) for i, n in use.copies], outlet_view(use.outlet))
              for use in facts.outlets.values()]
    groups.sort(key=lambda g: g.name.lower())
    unnamed = [listed[a.id] for a in articles if not a.outlet]
    unnamed_copies = [(copy, item.ref) for item in listed.values() for copy in item.syndicated if not copy.outlet_known]
    if unnamed or unnamed_copies:
        groups.append(OutletGroup(unknown_outlet(), False, outlet_anchor(UNKNOWN_OUTLET), unnamed, unnamed_copies))
    return groups


def _count(wording: str, number: int, route: str) -> tuple[str, int, str, str]:
    """A count of the home page as (the words before the number, the number, the words after,
    the list page's path): the number is shown apart, in the language's order."""
    before, _number, after = wording.partition("%(num)d")
    return before, number, after, ROUTE[route].path


def tag_refs(inputs: Inputs) -> list[TagRef]:
    """Every tag, by slug, with how many documents carry it."""
    return [_tag_ref(slug, use) for slug, use in inputs.facts.tags.items()]


def tag_page(inputs: Inputs, slug: str) -> TagPage:
    facts, refs = inputs.facts, inputs.refs
    use = facts.tags[slug]
    articles = sorted(use.articles, key=facts.newest_rank.__getitem__)
    return TagPage(_tag_ref(slug, use), [refs.articles[i] for i in articles],
                   [refs.summaries[i] for i in use.summaries], tag_path(slug))


def _tag_ref(slug: str, use) -> TagRef:
    return TagRef(use.name, tag_path(slug), len(use.articles) + len(use.summaries))


def all_relations(inputs: Inputs) -> list[RelationView]:
    """Every relation once, for the graph page's list."""
    relations = inputs.catalog.relations
    seen, views = set(), []
    for entity_id in sorted(relations):
        for end in relations[entity_id]:
            if end.outgoing and id(end.relation) not in seen:
                seen.add(id(end.relation))
                views.append(relation_view(inputs, entity_id, end))
    return sorted(views, key=lambda r: (r.subject.title.lower(), r.verb, r.object.title.lower()))
