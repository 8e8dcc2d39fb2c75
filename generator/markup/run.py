"""The Markdown pass over every item (items.py): each rendering read from the cache when its
key (keys.py) is there, the others rendered in bounded time, across worker processes when
there are many."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from ..cache import BuildCache
from ..cachestore import HtmlStore, StoredHtml, StoredSnippets
from ..errors import Problem
from ..index import Catalog, did_you_mean
from ..workers import default_workers, forked_pool, worker_state
from .extensions import PARA_LOCATOR
from .bounds import MAX_NESTING, RENDER_SECONDS, RenderTimeout, time_limit, too_deep
from .items import Item, items_of
from .keys import catalog_fingerprint, item_key, rendering_basis, reuse_across_names
from .renderer import MarkupRenderer
from .results import Changed, Rendered, compact_json, from_json, to_json


@dataclass(frozen=True)
class Failure:
    message: str           # what went wrong, and what to do about it
    line: int | None = None   # the line of the text it is about, counted from 0


_CHANGED = "the file changed while the site was being built; build again"


def render_bounded(renderer: MarkupRenderer, item: Item, seconds: float) -> Rendered | Failure:
    """`item` rendered within `seconds` and MAX_NESTING, or the Failure that says why not."""
    try:
        text = item.read()
    except Changed:
        return Failure(_CHANGED)
    advice = "simplify or split it (runs of brackets, deep nesting, very long lines)"
    try:
        with time_limit(seconds):   # (the nesting check too: its search for fences is bounded by it)
            deep = too_deep(text)
            if deep is not None:
                return Failure(f"the Markdown nests quotes or lists {deep[1]} deep on this line; at most "
                               f"{MAX_NESTING} levels are allowed — flatten it", deep[0])
            return renderer.render(text, item.id, item.link_mode, paragraphs=item.kind == "article")
    except Changed:    # an article it quotes (check_quote)
        return Failure(f"{_CHANGED} (an article it quotes)")
    except RenderTimeout:
        return Failure(f"the Markdown ({len(text) / 1e6:.1f} MB) took longer than {seconds:g} s to render; {advice}")
    except RecursionError:
        return Failure(f"the Markdown ({len(text) / 1e6:.1f} MB) nests lists, quotes or brackets too deeply "
                       f"to render; {advice}")


def _render_each(renderer: MarkupRenderer, items: list[Item], seconds: float,
                 tick: Callable[[int, int], None] | None = None) -> tuple[list[Rendered | Failure], MarkupRenderer]:
    """Render the items one after another; returns the results and the renderer to go on
    with (a new one after a failure: the interrupted one may be half-way)."""
    results = []
    for item in items:
        result = render_bounded(renderer, item, seconds)
        if isinstance(result, Failure):
            renderer = MarkupRenderer(renderer.catalog, renderer.narrow, renderer.prune)
        results.append(result)
        if tick and len(results) % 50 == 0:
            tick(len(results), len(items))
    return results, renderer


def _stored(items: list[Item], results: list, store: HtmlStore | None, serial: int) -> list[Rendered | Failure]:
    """With a store, the HTML and the snippets go into it (one transaction) and leave the
    results: neither is sent back to the main process (the snippets are most of what would
    be). render_documents points the results at them (_kept_in)."""
    if store is None:
        return results
    rows = [(item.key, compact_json(to_json(result)), compact_json(result.snippets), result.html)
            for item, result in zip(items, results) if isinstance(result, Rendered)]
    store.put(rows, serial)
    return [dataclasses.replace(result, html="", snippets={}) if isinstance(result, Rendered) else result
            for result in results]


def _kept_in(store: HtmlStore, key: str, result: Rendered) -> Rendered:
    """A result whose HTML and snippets are in the store, read from it when a page shows them,
    as a result read from the cache is: through the main process's own store, so that each
    page worker opens one connection to the database (not one per share of the Markdown
    workers' results, each with its own page cache)."""
    return dataclasses.replace(result, html=StoredHtml(key, store), snippets=StoredSnippets(key, store))


@dataclass
class _Shared:
    """What the Markdown workers inherit through the fork (the items' texts are not sent)."""

    catalog: Catalog
    items: list[Item]
    seconds: float
    store: HtmlStore | None
    serial: int


@dataclass
class _Worker:
    shared: _Shared
    renderer: MarkupRenderer   # made once in each worker, replaced after a failure


def _start_worker(shared: _Shared) -> _Worker:
    return _Worker(shared, MarkupRenderer(shared.catalog))


def _work(part: range) -> list[Rendered | Failure]:
    """In a worker: render the items in `part`."""
    worker = worker_state()
    shared = worker.shared
    items = shared.items[part.start:part.stop]
    results, worker.renderer = _render_each(worker.renderer, items, shared.seconds)
    return _stored(items, results, shared.store, shared.serial)


# Up to this many items to render (an edit), each gets a matcher of its own names rather
# than compiling the dossier's, which costs more than a few narrowed ones.
NARROW_JOBS = 10
PARALLEL_JOBS = 200   # fewer items are rendered in this process


def _render_all(catalog: Catalog, items: list[Item], seconds: float, workers: int,
                tick: Callable[[int, int], None] | None = None, store: HtmlStore | None = None,
                serial: int = 0) -> list[Rendered | Failure]:
    """Render every item, in order; across processes when there is enough work and fork exists.
    With a `store`, the HTML is written there rather than returned. `tick(done, total)` hears
    of progress."""
    tick = tick or (lambda done, total: None)
    parallel = workers > 1 and len(items) >= PARALLEL_JOBS
    if parallel:
        catalog.matcher.compile()   # once here, inherited by the workers
    with forked_pool(workers if parallel else 1, _Shared(catalog, items, seconds, store, serial),
                     _start_worker) as pool:
        if pool is None:
            results, _ = _render_each(MarkupRenderer(catalog, narrow=len(items) <= NARROW_JOBS), items, seconds, tick)
            return _stored(items, results, store, serial)
        size = max(16, len(items) // (workers * 32))
        results = []
        for batch in pool.map(_work, [range(i, min(i + size, len(items))) for i in range(0, len(items), size)]):
            results += batch
            tick(len(results), len(items))
    return results


def _unknown_id_hint(problem: tuple, catalog: Catalog) -> str | None:
    """A problem's message; for an unknown id (text, message, severity, id[, kind]), the
    nearest ids and names, or None when the id is that of a file that could not be read
    (its own error says so). Made here, not kept with the rendering: they depend on the
    whole dossier, not on what the text refers to."""
    if len(problem) < 4:
        return problem[1]
    if problem[3] in catalog.dossier.unreadable:
        return None
    if problem[3] in catalog.dossier.withheld:
        return withheld_reference(problem[3], catalog.dossier.withheld[problem[3]], problem[4:] == ("article",))
    kinds = ("article",) if problem[4:] == ("article",) else ("entity", "article", "summary")
    return problem[1] + did_you_mean(problem[3], catalog.targets, list(catalog.entities.values()), kinds)


def withheld_reference(target_id: str, why: str, citation: bool) -> str:
    """A public text's citation or link of an item the public edition leaves out (editions.py)."""
    what, move = (f"[@{target_id}] cites the internal article '{target_id}'", "the citation") if citation else \
        (f"[[{target_id}]] links the internal item '{target_id}'", "the link")
    if why != "internal":
        what = what.replace("the internal", "the", 1) + f", {why}"
        return f"{what}; wait for its embargo to end, or move {move} into a '::: internal' block"
    return f"{what}; make it public (visibility: public) or move {move} into a '::: internal' block"


def render_documents(catalog: Catalog, seconds: float = RENDER_SECONDS, workers: int | None = None,
                     cache: BuildCache | None = None, tick: Callable[[int, int], None] | None = None):
    """The Markdown pass over every article, summary and entity summary, each in bounded time,
    spread over the machine's cores. The result does not depend on the number of workers.

    Returns (rendered documents by id, rendered entity summaries by id, problems).
    """
    cache = cache or BuildCache(None)
    store = cache.store
    items = items_of(catalog)
    if store:
        basis = rendering_basis(catalog)
        fingerprint = catalog_fingerprint(catalog, basis)
        for item in items:
            item.key = item_key(catalog, fingerprint, item)
        cached = cache.get_renders([item.key for item in items])
    else:
        cached = [None] * len(items)
    missing = [index for index, found in enumerate(cached) if found is None]
    if store and (last := cache.last_rendering()) != fingerprint:
        if last is not None and missing:
            reused = reuse_across_names(cache, basis, [items[index] for index in missing],
                                        lambda item: item_key(catalog, last, item))
            for index in missing:
                cached[index] = reused.get(items[index].key)
            missing = [index for index in missing if cached[index] is None]
        cache.remember_rendering(fingerprint, basis)

    fresh = _render_all(catalog, [items[index] for index in missing], seconds,
                        default_workers() if workers is None else workers, tick, store, cache.serial)
    results: list[Rendered | Failure] = [from_json(found, StoredHtml(found.get("body", item.key), store))
                                         if found is not None else None for item, found in zip(items, cached)]
    for index, result in zip(missing, fresh):
        if isinstance(result, Rendered):
            if store:
                result = _kept_in(store, items[index].key, result)
                cache.rendered(items[index].key)
            result.fresh = True
        results[index] = result
    rendered_documents: dict[str, Rendered] = {}
    entity_summaries: dict[str, Rendered] = {}
    problems: list[Problem] = []
    for item, result in zip(items, results):
        into = rendered_documents if item.is_document else entity_summaries
        if isinstance(result, Failure):
            problems.append(Problem(item.source.path, item.line_of_failure(result.line), result.message))
            into[item.id] = Rendered("")
            continue
        into[item.id] = result
        problems += [Problem(item.source.path, item.line_of(problem[0]), message,
                             severity=problem[2] if len(problem) > 2 else "error")
                     for problem in result.problems if (message := _unknown_id_hint(problem, catalog))]
    for item in items:
        result = (rendered_documents if item.is_document else entity_summaries)[item.id]
        problems += paragraph_problems(catalog, item, result, rendered_documents)
    return rendered_documents, entity_summaries, problems


def paragraph_problems(catalog: Catalog, item: Item, result: Rendered, documents: dict[str, Rendered]) -> list[Problem]:
    """The citations of `item` whose 'para. N' goes beyond the cited article's paragraphs.
    Checked at every build from what the renderings keep (each citation's locators, each
    article's count of paragraphs), not when a text is rendered: a citation's HTML does not
    depend on the count, so an edit of the cited article that changes it re-checks every
    text citing it, rendered again or read from the cache."""
    problems = []
    for citation in result.citations:
        cited = documents.get(citation.article_id)
        count = cited.paragraphs if cited is not None else None
        if count is None:    # not an article, or its rendering failed (its own error says so)
            continue
        for locator in citation.locators:
            numbers = PARA_LOCATOR.fullmatch(locator)
            wanted = max((int(n) for n in numbers.groups() if n), default=0) if numbers else 0
            if wanted > count:
                has = f"has {count} paragraph{'s' if count != 1 else ''}" if count else "has no paragraphs"
                problems.append(Problem(item.source.path, item.line_of(locator), (
                    f"[@{citation.article_id}, {locator}] points to paragraph {wanted}, but "
                    f"{catalog.articles[citation.article_id].source.rel} {has}"
                    + (f"; cite a paragraph from 1 to {count} (the ¶ links on its page show their numbers)"
                       if count else "; cite it without a paragraph"))))
    return problems
