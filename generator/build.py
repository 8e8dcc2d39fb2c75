"""The pipeline: load → index → markup → views → render → write. Prints nothing.

`check_dossier` runs every validation without writing; `build_site` also renders and
writes, and raises ContentError (every problem, sorted) before touching the output.
"""
from __future__ import annotations

import errno
import gc
import hashlib
import os
import time
from contextlib import contextmanager
from datetime import datetime
from typing import Callable, Protocol, TypeVar
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import __version__
from .assets import collect_assets, static_scripts, theme_assets
from .errors import ContentError, OutputError, Problem, display_path, sort_problems
from .cache import BuildCache, close_cache, discard_cache, open_cache, save_cache
from .cachekeys import library_versions, settled
from .cachestore import CacheForged, CacheUnwritable
from .incremental import BuildState, Plan, build_state, file_stats, plan_build
from .editions import embargo_ended, published_problems, remember_embargo, select_edition
from .i18n import interface_of, speaking, untranslated
from .index import Catalog, build_index, page_path
from .langtags import differing, primary
from .publication import Publication, clock, publish, published_items, read_publication
from .leakcheck import scan, site_files, theme_markup, withheld_digest
from .load import ContentFiles, list_content, load_dossier
from .markup import RENDER_SECONDS, Rendered, render_documents
from .originals import review_summary, verify as verify_originals
from .review import unlinked_mentions
from .render import DEFAULT_THEME, output_paths, theme_template_dirs, write_pages
from .views import SiteViews, build_site_views
from .views.whatsnew import publication_pages
from .workers import default_workers
from .manifest import MARKER, PreviousSite, SiteManifest, previous_site, read_manifest
from .recover import recover
from .write import (check_output_folder, copy_files, patch_folder, patch_in, prepare_patch, staging_folder,
                    swap_in)

T = TypeVar("T")


@dataclass
class Analysis:
    """Everything known about a dossier before rendering: the catalog and its Markdown."""

    catalog: Catalog
    documents: dict[str, Rendered]
    entity_summaries: dict[str, Rendered]
    problems: list[Problem]
    render_cache: tuple[int, int] = (0, 0)   # (documents reused from the cache, documents rendered)
    cache: BuildCache | None = None          # open until the pages are written (they read bodies from it)
    # the public edition's: what it leaves out (leakcheck.Withheld each), and the names of public
    # items a withheld item shares (not leaks)
    withheld: tuple = ()
    published_words: frozenset[str] = frozenset()
    embargo_ends: str | None = None   # when the first embargoed item left out is due
    public_texts: tuple[str, ...] = ()   # the public edition's texts: what they quote is not a leak

    def release_texts(self) -> None:
        """Let go of the documents' texts once the views are made (the views of article and
        entity pages are made later, in the page workers, from everything else): page
        workers are forks of this process, and the less it holds, the smaller they are."""
        for document in [*self.catalog.articles.values(), *self.catalog.summaries.values()]:
            document.source.release()   # (freed at once: texts are in no cycle, no collection needed)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]


@dataclass
class BuildResult:
    output: Path
    pages: int
    files: int
    warnings: list[Problem]
    seconds: float
    stages: dict[str, float] = field(default_factory=dict)   # seconds spent in each stage
    up_to_date: bool = False   # nothing changed since the last build: nothing was done
    render_cache: tuple[int, int] = (0, 0)   # (documents reused from .dossier-cache, documents rendered)
    incremental: bool = False  # only the pages an edit touched were rendered (incremental.py)
    changed: int = 0           # with `incremental`: how many files the edit changed
    notes: list[Problem] = field(default_factory=list)   # about the cache: why it was made anew or not used

    @property
    def update(self) -> str:
        """An incremental build in words: 'updated 3 files of 5,742'."""
        return f"updated {self.changed} {'file' if self.changed == 1 else 'files'} of {self.files}"


STAGE_LABELS = {"load": "read the files", "index": "indexed", "markdown": "rendered the Markdown",
                "views": "linked everything", "pages": "wrote the pages", "search": "built the search index",
                "leaks": "checked for leaks", "swap": "swapped the new site in", "unchanged": "nothing changed"}


class Progress(Protocol):
    """Who hears how a build is going (the CLI's terminal display)."""

    def stage(self, name: str, seconds: float) -> None: ...

    def count(self, what: str, done: int, total: int) -> None: ...


class _Stopwatch:
    """Time spent per stage; tells `progress` (if any) as each stage ends."""

    def __init__(self, progress: "Progress | None" = None):
        self.stages: dict[str, float] = {}
        self.last = time.perf_counter()
        self.progress = progress

    def tick(self, done: int, total: int) -> None:
        if self.progress:
            self.progress.count("rendering Markdown", done, total)

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.stages[name] = round(self.stages.get(name, 0) + now - self.last, 3)
        self.last = now
        if self.progress:
            self.progress.stage(STAGE_LABELS.get(name, name), self.stages[name])


def analyse(root: Path, base_url: str | None = None, render_seconds: float = RENDER_SECONDS,
            watch: "_Stopwatch | None" = None, workers: int | None = None, use_cache: bool = True,
            content: ContentFiles | None = None, internal: bool = False, as_of: datetime | None = None) -> Analysis:
    """`content`: the content files as the build listed them (else listed here). `internal`:
    the internal edition (else the public one, with embargoes ended by `as_of`, or now)."""
    watch = watch or _Stopwatch()
    cache = open_cache(root, use_cache)
    try:
        dossier, problems = load_dossier(root, cache, default_workers() if workers is None else workers, content)
        dossier.config = dossier.config.with_base_url(base_url)
        watch.lap("load")
        edition = select_edition(dossier, internal, as_of)
        problems += edition.problems
        if not internal:
            problems = published_problems(problems, edition.withheld)
        catalog, index_problems = build_index(edition.dossier)
        watch.lap("index")
        with speaking(interface_of(catalog.config)):   # (the previews and labels the Markdown pass writes)
            documents, entity_summaries, markup_problems = render_documents(catalog, render_seconds, workers, cache,
                                                                            tick=watch.tick)
    except BaseException:
        close_cache(cache)
        raise
    save_cache(cache)
    watch.lap("markdown")
    return Analysis(catalog, documents, entity_summaries,
                    sort_problems([*problems, *index_problems, *markup_problems]), (cache.hits, cache.misses), cache,
                    tuple(edition.withheld), edition.published_words, edition.embargo_ends, edition.public_texts)


def check_dossier(root: Path, allow_scripts: bool = False, as_of: datetime | None = None) -> list[Problem]:
    """Every problem in the dossier, errors and warnings, without writing anything: those of
    the internal edition (everything), then those only the public one has (a public text
    citing an internal article), each once."""
    if not root.is_dir():
        raise FileNotFoundError(root)
    with collector_paused():
        found = _check(root, allow_scripts, True, as_of)
        seen = {(p.path, p.line, p.message, p.severity) for p in found}
        public = [p for p in _check(root, allow_scripts, False, as_of)
                  if (p.path, p.line, p.message, p.severity) not in seen and p.severity != "note"]
        return sort_problems([*found, *public]) if public else found


def _check(root: Path, allow_scripts: bool, internal: bool = False, as_of: datetime | None = None) -> list[Problem]:
    found, note = _again_if_the_cache_fails(root, lambda use_cache: _check_once(root, use_cache, allow_scripts,
                                                                                internal, as_of))
    return found if note is None else [note, *found]


def _again_if_the_cache_fails(root: Path, attempt: Callable[[bool], T]) -> tuple[T, Problem | None]:
    """`attempt(use_cache)`, and when the cache failed once it was under way (an entry changed
    by hand, which a page worker found; a full disk), once more without it: made anew, or not
    used. Returns the result and the note that says so (None: the first attempt went through).
    The first attempt wrote nothing: the site is written whole or not at all."""
    try:
        return attempt(True), None
    except (CacheForged, CacheUnwritable) as failed:
        forged = isinstance(failed, CacheForged)
        if forged:
            discard_cache(root)
        return attempt(forged), failed.note


def _check_once(root: Path, use_cache: bool, allow_scripts: bool, internal: bool = False,
                as_of: datetime | None = None) -> list[Problem]:
    content = list_content(root)
    analysis = analyse(root, use_cache=use_cache, content=content, internal=internal, as_of=as_of)
    try:
        if analysis.errors or not internal:   # (the public edition's pages: as the internal one's)
            return [*analysis.problems, *analysis.cache.notes]
        notes: list[Problem] = [*analysis.cache.notes, *untranslated(root, analysis.catalog.config)]
        try:   # every page made, as a build makes them, for the templates' problems; none kept
            with speaking(interface_of(analysis.catalog.config)):
                views = build_site_views(analysis.catalog, analysis.documents, analysis.entity_summaries)
                write_pages(None, views, theme_template_dirs(root), default_workers(),
                            meanwhile=lambda: notes.extend(unlinked_mentions(analysis.catalog)),
                            allow_scripts=allow_scripts)
        except ContentError as exc:
            return [*analysis.problems, *exc.problems, *notes]
        scripts = [] if allow_scripts else static_scripts(content)
        changed = verify_originals(root, analysis.catalog.articles.values())
        return [*analysis.problems, *changed, *scripts, *notes]
    finally:
        close_cache(analysis.cache)


# What a build depends on in the dossier besides the files load.list_content lists
OTHER_ENTRIES = ("dossier.yaml",)
GENERATOR = Path(__file__).resolve().parent


def input_fingerprint(root: Path, theme: Path, options: tuple, content: ContentFiles) -> str:
    """What a build depends on: every file of the dossier the build reads (`content`: its
    content, templates and static files), dossier.yaml, every theme and generator file (path,
    size, mtime) and the build options.
    Equal fingerprints give the same site.

    When a file was modified too recently (cachekeys.settled), a second save within the clock's
    resolution could keep its size and time: the fingerprint is then marked unsettled, and
    never equals the next build's, which looks at the files (by their bytes, see load.py)."""
    digest = hashlib.sha256(repr((__version__, library_versions(), options)).encode())
    stats = content.stats() + file_stats([root / name for name in OTHER_ENTRIES] + [theme, GENERATOR])
    digest.update(repr(stats).encode("utf-8", "surrogateescape"))
    newest = max((mtime for _, _, mtime in stats), default=0)
    return digest.hexdigest() + ("" if settled(newest) else ":unsettled")


@contextmanager
def collector_paused():
    """Python's cycle collector off for the build: a build makes millions of objects and almost
    no cycles, and each collection walks them all (a large share of an incremental build).
    It is back on when the build ends, with what the build made counted as old objects: else
    the first allocation after would walk them all at once, as the process is about to end
    anyway."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()      # every object into the permanent generation...
            gc.unfreeze()    # ...and back into the oldest one, collected in its own time
            gc.enable()


def build_site(root: Path, output: Path, base_url: str | None = None, force: bool = False,
               theme: Path = DEFAULT_THEME, search: bool = True,
               render_seconds: float = RENDER_SECONDS, workers: int | None = None,
               progress: Progress | None = None, allow_scripts: bool = False, internal: bool = False,
               as_of: datetime | None = None, publication_from: Path | None = None) -> BuildResult:
    """Build the site; `progress` hears of each stage as it ends, and of long stages' counts.
    `allow_scripts`: the dossier's own templates and static files may add scripts (the
    builder trusts it; see activecontent.py). `internal`: the internal edition (editions.py),
    else the public one. `as_of`: the build's clock (now by default), which embargoes are
    compared with and which dates a new publication. `publication_from`: the folder whose last
    publication this one is compared with, for its "What's new" (the output folder by default)."""
    with collector_paused():
        return _build_site(_Request(root, output, theme, base_url, search, force,
                                    default_workers() if workers is None else workers, allow_scripts,
                                    internal, as_of, publication_from),
                           render_seconds, _Stopwatch(progress))


@dataclass(frozen=True)
class _Request:
    root: Path
    output: Path
    theme: Path
    base_url: str | None
    search: bool
    force: bool
    workers: int
    allow_scripts: bool = False
    internal: bool = False
    as_of: datetime | None = None          # the build's clock (None: now)
    publication_from: Path | None = None   # whose last publication "What's new" starts from (None: output's)

    @property
    def edition(self) -> str:
        return "internal" if self.internal else "public"

    @property
    def options(self) -> tuple:
        """What besides the files a site depends on (a build with the same is up to date)."""
        as_of = None if self.internal or self.as_of is None else self.as_of.isoformat()
        return (*self.page_options, as_of)

    def publication_moved(self, marker: SiteManifest) -> bool:
        """Whether the internal edition, compared with another folder's last public build, was
        built against another one than that folder holds now: it is not up to date."""
        return self.internal and self.publication_from is not None and \
            read_manifest(self.publication_from).publication != marker.publication

    @property
    def page_options(self) -> tuple:
        """What besides the files every page depends on: a change renders every page again.
        (Not the clock: an embargo it ends or starts adds or takes out items, as an edit does.)"""
        return (self.base_url, self.search, self.allow_scripts, self.edition)


def _build_site(request: _Request, render_seconds: float, watch: _Stopwatch) -> BuildResult:
    started = time.perf_counter()
    root, output = request.root, request.output
    if not root.is_dir():
        raise FileNotFoundError(root)
    check_output_folder(output, root, request.force)
    recover(output)   # what a killed build left: its swap finished or undone, its folders removed
    content = list_content(root)
    fingerprint = input_fingerprint(root, request.theme, request.options, content)
    marker = read_manifest(output)
    if marker.fingerprint == fingerprint and not request.force and not marker.incomplete \
            and not fingerprint.endswith(":unsettled") \
            and not (not request.internal and embargo_ended(root, output, request.as_of)) \
            and not request.publication_moved(marker):
        watch.lap("unchanged")
        return BuildResult(output, marker.pages, marker.files,
                           [Problem(Path(os.path.normpath(content.root / path)), line, message, column, "warning")
                            for path, line, message, column in marker.warnings],
                           time.perf_counter() - started, watch.stages, up_to_date=True)
    result, note = _again_if_the_cache_fails(root, lambda use_cache: _analyse_and_write(
        request, render_seconds, watch, content, fingerprint, marker, started, use_cache))
    if note is not None:
        result.notes.insert(0, note)
    return result


def _analyse_and_write(request: _Request, render_seconds: float, watch: _Stopwatch, content: ContentFiles,
                       fingerprint: str, marker: SiteManifest, started: float, use_cache: bool = True) -> BuildResult:
    analysis = analyse(request.root, request.base_url, render_seconds, watch, request.workers, use_cache, content,
                       request.internal, request.as_of)
    result = None
    try:
        try:
            if analysis.errors:
                raise ContentError([*analysis.problems, *analysis.cache.notes])
            try:
                with speaking(interface_of(analysis.catalog.config)):
                    result = _render_and_write(request, analysis, content, fingerprint, marker, watch, started)
            except ContentError as exc:   # (a template's or a static file's: reported with the warnings)
                raise ContentError([*analysis.warnings, *exc.problems]) from None
        finally:
            close_cache(analysis.cache)
    except BaseException as exc:
        if result is not None:   # (Ctrl-C or SIGTERM once the new site is live: the CLI says so)
            exc.site_written = True
        raise
    return result


def _render_and_write(request: _Request, analysis: Analysis, content: ContentFiles, fingerprint: str,
                      marker: SiteManifest,
                      watch: _Stopwatch, started: float) -> BuildResult:
    """Views, pages, search index and swap (or patch), once the dossier is analysed (from
    the files `content` lists)."""
    catalog, root, theme = analysis.catalog, request.root, request.theme
    template_dirs = theme_template_dirs(root, theme)
    state = build_state(catalog, analysis.documents, request.page_options, [theme], analysis.entity_summaries,
                        [(path, stat) for path, _, stat in content.copied()],
                        [(path, stat.st_size, stat.st_mtime_ns) for path, _, stat in content.under("templates")])
    previous = previous_site(request.output, marker)
    withheld = withheld_digest(analysis.withheld, analysis.published_words)
    plan = None if request.force or previous is None or marker.edition != request.edition else \
        plan_build(BuildState.from_json(marker.state), state, catalog, analysis.documents,
                   analysis.entity_summaries)
    recorded = Publication.from_json(marker.publication)   # (the output folder's last publication)
    last = recorded if request.publication_from is None else read_publication(request.publication_from)
    publication = publish(last, published_items(catalog, state), clock(request.as_of))
    # The internal edition publishes nothing: it shows what the next public edition would add or
    # change since the last one, and keeps that one's record for it (what it showed before is not
    # kept, so an incremental internal build renders the pages that show a publication again).
    kept = last if request.internal else publication
    if plan is not None:   # (a new publication: the pages that show what it changed)
        before = None if request.internal else recorded
        plan = replace(plan, paths=plan.paths | publication_pages(before, publication))
    views: SiteViews = build_site_views(catalog, analysis.documents, analysis.entity_summaries,
                                        None if plan is None else plan.paths, publication)
    watch.lap("views")
    # an incremental build has the previous build's files, less those it deletes, and new ones
    paths = output_paths(views) if plan is None else set(previous.hashes) - plan.removed | output_paths(views)
    assets = collect_assets(content, theme, paths, request.allow_scripts)
    pages = len(views.pages) if plan is None else marker.pages - \
        sum(path.endswith(".html") for path in plan.removed) + sum(page.path not in previous.hashes for page in views.pages)
    reviews = review_summary(catalog.articles.values(), content.root)
    record = SiteManifest(fingerprint=fingerprint, pages=pages, files=len(paths) + len(assets),
                          warnings=[(_published_path(w.path, content.root), w.line, w.message, w.column)
                                    for w in [*analysis.warnings, *reviews]],
                          state=state.to_json(), edition=request.edition, withheld=withheld,
                          publication=kept.to_json() if kept is not None else None)
    writer = _SiteWriter(request, views, template_dirs, previous, marker, catalog.config.language, watch,
                         analysis.cache.search_documents if analysis.cache else None,
                         analysis.withheld, analysis.published_words, analysis.public_texts,
                         page_languages=_page_languages(catalog))
    del catalog
    changed, warnings = 0, [*analysis.warnings, *reviews]
    try:
        if plan is None:
            analysis.release_texts()
            warnings += [Problem(request.output / path, None, "this file was not written by dossier; --force "
                                 "replaced it with the one dossier writes there", severity="warning")
                         for path in writer.whole(assets, record)]
        else:
            changed = writer.patch(record, plan, {path: assets[path] for path in plan.static if path in assets},
                                   plan.static_removed | {path for path in plan.static if path not in assets})
    except OSError as exc:
        if exc.errno in DISK_FULL:
            raise OutputError(f"the disk of the output folder {display_path(request.output)} is full ({exc.strerror}); "
                              "free some space there, or build into a folder on another disk") from None
        raise
    watch.lap("swap")
    if not request.internal:
        remember_embargo(request.root, request.output, analysis.embargo_ends)
    return BuildResult(request.output, pages, len(paths) + len(assets), warnings,
                       time.perf_counter() - started, watch.stages, render_cache=analysis.render_cache,
                       incremental=plan is not None, changed=changed,
                       notes=[*analysis.cache.notes, *writer.notes])


@dataclass
class _SiteWriter:
    """Writes the pages in `views` and the search index: a whole site, or an edit's patch."""

    request: _Request
    views: SiteViews
    template_dirs: list[Path]
    previous: PreviousSite | None
    marker: SiteManifest      # the previous build's
    language: str
    watch: _Stopwatch
    search_documents: Path | None   # where Pagefind's input may be kept between builds
    withheld: tuple = ()            # what must not be in the site (leakcheck.Withheld each)
    published_words: frozenset = frozenset()
    public_texts: tuple = ()
    notes: list[Problem] = field(default_factory=list)   # the leak check's
    page_languages: dict[str, str] = field(default_factory=dict)   # the search's: see _page_languages

    def check_leaks(self, folder: Path, record: SiteManifest, hashes: dict[str, str] | None = None,
                    patched: tuple[set[str], list[str]] | None = None) -> None:
        """The site (or patch) in `folder`, before it goes live, scanned for what is withheld:
        a leak fails the build, and the live site stays as it was. `hashes`: the content hash
        of each page written; those the same as in the previous site, scanned for the same
        (`record.withheld`), are not scanned again. `patched`, for a patch: the files it deletes
        and the search index's folders it replaces; the live files it leaves as they are are
        scanned too when what is withheld has changed since."""
        if not self.withheld:
            return
        same = self.marker.withheld == record.withheld
        before = self.previous.hashes if self.previous is not None and same else {}
        # (the theme's own scripts and stylesheets, copied unchanged: no dossier wrote them)
        fixed = theme_assets(self.request.theme)
        scanned = fixed | {path for path, digest in (hashes or {}).items() if before.get(path) == digest}
        markup = theme_markup(self.request.theme)
        leaks, notes = scan(folder, self.withheld, self.published_words, self.request.workers, scanned, markup,
                            self.public_texts)
        if patched is not None and not same:
            removed, replaced = patched
            gone = (*replaced, MARKER)   # (files, or folders of the search index; the marker is rewritten)
            skipped = set(site_files(folder)) | removed | fixed   # (written anew, deleted, or fixed)
            skipped |= {path for path in site_files(self.request.output)
                        if any(path == g or path.startswith(g + "/") for g in gone)}
            more, _ = scan(self.request.output, self.withheld, self.published_words, self.request.workers, skipped,
                           markup, self.public_texts)
            leaks += more
        self.notes += notes
        self.watch.lap("leaks")
        if leaks:
            raise ContentError(leaks)

    def whole(self, assets: dict[str, Path], record: SiteManifest) -> list[str]:
        """Every page into a staging folder (unchanged files hard-linked from the previous
        site), the assets, the search index, then the swap; returns the files of the user's
        it replaced (with --force: see write._kept_files)."""
        request, previous, output = self.request, self.previous, self.request.output.resolve()
        with staging_folder(output) as staging:
            hashes = write_pages(staging, self.views, self.template_dirs, request.workers, previous,
                                 allow_scripts=request.allow_scripts)
            self.watch.lap("pages")
            copy_files(staging, assets)
            if request.search:
                from .search import index_site_folder   # (not imported by a build without search)
                shards, documents = index_site_folder(staging, self.language, hashes, previous, request.workers,
                                                      self.search_documents, self.page_languages)
                record = replace(record, search_shards=shards, search_documents=documents)
                self.watch.lap("search")
            manifest = replace(record, hashes=hashes, assets=sorted(assets))
            self.check_leaks(staging, record, hashes)
            return swap_in(staging, output, manifest, request.force, self.marker)

    def patch(self, record: SiteManifest, plan: Plan, static: dict[str, Path], static_removed: set[str]) -> int:
        """Only the touched pages and the search shards holding them, and the dossier's
        `static` files that changed, renamed into the live site; the files the plan removes
        and `static_removed` (gone, or no longer copied: a link leading out of the dossier)
        are deleted there. Returns how many files changed."""
        request, previous, output = self.request, self.previous, self.request.output.resolve()
        with patch_folder(output) as folder:
            written = write_pages(folder, self.views, self.template_dirs, request.workers,
                                  allow_scripts=request.allow_scripts)
            self.watch.lap("pages")
            patch = prepare_patch(output, folder, previous, self.marker, written, plan.removed, static, static_removed)
            replaced: list[str] = []
            if request.search:
                from .search import update_search_index
                shards, documents, replaced = update_search_index(folder, previous.folder, self.language,
                                                                  patch.hashes, set(patch.changed), previous,
                                                                  request.workers, self.search_documents,
                                                                  self.page_languages)
                record = replace(record, search_shards=shards, search_documents=documents)
                self.watch.lap("search")
            # (the live files the patch neither replaces nor deletes; not the marker, which it rewrites)
            self.check_leaks(folder, record, patched=(plan.removed, replaced))
            return patch_in(patch, record, replaced)


def _page_languages(catalog: Catalog) -> dict[str, str]:
    """The pages of articles and summaries in another language than the site's, with their
    primary language subtag ('fr'): the search indexes them in it (search.plan_shards)."""
    site = catalog.config.language
    return {page_path(item.kind, item.id): primary(lang)
            for item in (*catalog.articles.values(), *catalog.summaries.values())
            if (lang := differing(item.language, site))}


DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _published_path(path: Path, root: Path) -> str:
    """A problem's file as the site's marker keeps it: relative to the dossier (the marker is
    published with the site, and the builder's folders are nobody's business)."""
    return os.path.relpath(path, root) if Path(path).is_absolute() else str(path)
