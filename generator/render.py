"""Render view objects through Jinja templates into page texts, and have them written into
the staging folder (write.write_files) by the processes that render them.

The template search path: the dossier's own `templates/` (overrides) first, then the
theme. An override can extend the template it replaces: `{% extends "!theme/article.html" %}`.
Autoescape is on for every template whatever its extension; undefined names fail the
build, naming the template and line.
"""
from __future__ import annotations

import functools
import json
import os
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
import jinja2.ext
import jinja2.lexer
import markupsafe
from jinja2.sandbox import SecurityError

from .cachekeys import code_fingerprint
from .errors import ContentError, DossierError, Problem
from .activecontent import MARKUP_SUFFIXES, active_content
from .safepaths import is_inside
from .workers import forked_pool, worker_state
from . import i18n
from .sandbox import TemplateSandbox, described, template_bounds, template_page
from .views import ENTITY_DATA, GRAPH_DATA, NEW_DATA, PendingPage, SiteViews

if TYPE_CHECKING:
    from .write import PreviousSite

THEMES = Path(__file__).resolve().parent.parent / "themes"
DEFAULT_THEME = THEMES / "default"
OVERRIDE_FOLDERS = ("templates",)   # (load.list_content warns of a `theme` folder: it is not read)


def theme_template_dirs(dossier_root: Path, theme: Path = DEFAULT_THEME) -> list[Path]:
    """The template folders, the dossier's own first; one that is a link leading outside the
    dossier is left out (load.list_content warns of it)."""
    root = os.path.realpath(dossier_root)
    overrides = [dossier_root / name for name in OVERRIDE_FOLDERS
                 if (dossier_root / name).is_dir() and is_inside(os.path.realpath(dossier_root / name), root)]
    return [*overrides, theme / "templates"]


class DossierLoader(jinja2.FileSystemLoader):
    """A dossier's own templates: only files whose resolved path is inside the dossier (the
    folder's parent). A link leading elsewhere (to /etc/passwd, to the builder's files) or
    into a loop of links is as if absent, so `{% include %}` cannot bring an outside file into
    a page; load.list_content warns of each such link."""

    def __init__(self, folder: Path):
        super().__init__(str(folder))
        self.root = os.path.realpath(Path(folder).parent)

    def get_source(self, environment, template):
        filename = os.path.join(self.searchpath[0], *jinja2.loaders.split_template_path(template))
        if not os.path.isfile(filename) or not is_inside(os.path.realpath(filename), self.root):
            raise jinja2.TemplateNotFound(template)
        return super().get_source(environment, template)


@functools.cache
def template_bytecode_cache(sandboxed: bool = False, words: str = "") -> jinja2.BytecodeCache | None:
    """Compiled templates, kept between builds (compiling them is a good part of an edit's
    build): Jinja's own cache in the user's private temporary folder, never
    in the dossier (a folder received from someone else must not bring code to run), with the
    generator's fingerprint in the file names (the environment's settings are in the code),
    and apart for the sandbox (Jinja's cache key is the template's name and file alone, and
    a template compiled outside the sandbox must never be run as if inside) and for each
    interface (`words`, Interface.key: its words are written into the compiled templates)."""
    try:
        cache = jinja2.FileSystemBytecodeCache()
    except (RuntimeError, OSError):
        return None   # no private temporary folder: templates are compiled every time
    prefix = f"dossier-{code_fingerprint()[:16]}-"
    cache.pattern = prefix + ("sandboxed-" if sandboxed else "") + (f"{words}-" if words else "") + "%s.cache"
    prune_compiled_templates(Path(cache.directory), prefix)
    return cache


BYTECODE_KEEP_DAYS = 30


def prune_compiled_templates(folder: Path, prefix: str, now: float | None = None) -> None:
    """Remove this tool's compiled templates of other generator versions, and those not
    compiled again for BYTECODE_KEEP_DAYS (templates of dossiers gone, of tests' temporary
    folders): without this, every upgrade and every test run left files behind for good.
    Only files named as this tool names them are touched; Jinja reads a missing one as
    "compile again", so a build running beside this one loses nothing but time."""
    limit = (time.time() if now is None else now) - BYTECODE_KEEP_DAYS * 86400
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if not (name.startswith("dossier-") and name.endswith(".cache")):
            continue
        try:
            if not name.startswith(prefix) or entry.stat(follow_symlinks=False).st_mtime < limit:
                os.unlink(entry.path)
        except OSError:
            pass


try:   # MarkupSafe's own C escape, without the Markup wrapper (private: fall back on the public one)
    from markupsafe._speedups import _escape_inner
except ImportError:   # pragma: no cover - a MarkupSafe without its C speedups, or renamed
    def _escape_inner(text: str) -> str:
        return str(markupsafe.escape(text))


def escaped_text(value) -> str:
    """`markupsafe.escape(value)` as a plain string: what a template's `{{ value }}` writes.
    Jinja's escape wraps each value in a Markup object that is joined into the page at once;
    making those objects (in Python, in MarkupSafe 3) is a noticeable share of a page's time."""
    if type(value) is str:
        return _escape_inner(value)
    html = getattr(value, "__html__", None)
    if html is not None:
        return html()
    return _escape_inner(str(value))


class PageTemplate(jinja2.Template):
    """A template whose `{{ value }}` outputs are escaped by `escaped_text`. The generated
    code looks `escape` up in its module's namespace at each call; the page is the same text
    (the outputs are joined into a str either way, and a macro still returns Markup)."""

    @classmethod
    def from_code(cls, environment, code, globals, uptodate=None):
        template = super().from_code(environment, code, globals, uptodate)
        namespace = template.root_render_func.__globals__
        if namespace.get("escape") is markupsafe.escape:
            namespace["escape"] = escaped_text
        return template


class InterfaceWords(jinja2.ext.Extension):
    """`_("Tags")` alone, a word of the interface with no values, written in the build's
    language as the template is compiled: a text, escaped as any text is (a dossier's label
    too), rather than a call at every use (tens per page, one per line of a list). A wording
    holding `%` is left to the call, which formats it. The compiled templates are kept per
    interface (Interface.key)."""

    def filter_stream(self, stream):
        interface = i18n.active()
        held: list = []
        for token in stream:
            held.append(token)
            shape = [t.type for t in held]
            if shape != ["name", "lparen", "string", "rparen"][:len(shape)] or held[0].value != "_":
                yield from held[:-1]
                held = [token] if token.type == "name" and token.value == "_" else []
                if not held:
                    yield token
            elif len(held) == 4:
                wording = interface.gettext(held[2].value)
                if "%" in wording:
                    yield from held
                else:
                    yield jinja2.lexer.Token(held[0].lineno, "string", wording)
                held = []
        yield from held


def make_environment(template_dirs: list[Path], allow_scripts: bool = False) -> jinja2.Environment:
    """The build's Jinja environment. With templates from the dossier (overrides), it is the
    TemplateSandbox: a template can reach the view objects and their plain values, nothing
    else (no Python internals, no file, no cache), so a dossier received from someone else
    cannot run code or touch files through its templates, as it cannot through its cache. The
    theme alone runs unsandboxed (it comes with the generator), which keeps the common case
    at full speed."""
    *overrides, theme_dir = template_dirs
    theme_loader = jinja2.FileSystemLoader(str(theme_dir))
    loader = jinja2.ChoiceLoader([
        *(DossierLoader(d) for d in overrides),
        theme_loader,
        jinja2.PrefixLoader({"!theme": theme_loader}, delimiter="/"),
    ])
    sandboxed = bool(overrides)
    environment_class = TemplateSandbox if sandboxed else jinja2.Environment
    env = environment_class(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined,
                            trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                            bytecode_cache=template_bytecode_cache(sandboxed, i18n.active().key),
                            extensions=["jinja2.ext.i18n", InterfaceWords],
                            auto_reload=False)   # one environment per build: no stat of base.html per page
    # The interface's words in the build's language (i18n.py): `_()`, `ngettext()`, `{% trans %}`
    # with %(name)s placeholders, each value escaped; their wording is escaped too.
    env.policies["ext.i18n.trimmed"] = True
    interface = i18n.active()
    env.newstyle_gettext = True
    env.globals.update(_=interface.template_gettext, gettext=interface.template_gettext,
                       ngettext=interface.template_ngettext)
    env.template_class = PageTemplate
    # The pages a dossier's own templates make are read for scripts (activecontent.py), unless
    # the builder trusts the dossier (`--allow-scripts`: never a setting of the dossier's own).
    env.refuses_scripts = sandboxed and not allow_scripts
    env.filters["plural"] = lambda count, word, plural=None: word if count == 1 else (plural or word + "s")
    env.filters["keyed"] = lambda ids, keys: " ".join([keys[i] for i in ids])   # the timeline's entity keys
    env.filters["time_tag"] = time_tag
    env.filters["date_text"] = i18n.date_text   # a date as text, in the page's language
    env.filters["short_time_tag"] = short_time_tag
    # `macro|memo(args...)`, a filter: Jinja calls a filter directly, where a global function
    # goes through the context's call, which costs more, and the filter is called for every
    # line of every list.
    # `memo(macro, args...)` is the same, kept for templates written that way.
    env.filters["memo"] = env.globals["memo"] = MacroMemo()
    return env


_PLAIN = (str, int, float, bool, type(None))


class MacroMemo:
    """The templates' `macro|memo(*args)`: what `macro(*args)` gives, made once for each
    distinct set of arguments in a build, for the pieces repeated on thousands of pages (an
    entity's chip is on every article that mentions it: half an article page's time). Safe
    because a macro imported without context depends on its arguments alone, and the view
    objects are frozen. Text and numbers count by value, view objects by identity (each is
    kept alive with what it gave, so no other object takes its id)."""

    def __init__(self) -> None:
        self.made: dict[tuple, tuple[object, tuple]] = {}

    def __call__(self, macro, *args):
        key = (id(macro), *(arg if isinstance(arg, _PLAIN) else id(arg) for arg in args))
        found = self.made.get(key)
        if found is None:
            if not isinstance(macro, jinja2.runtime.Macro):
                # (it calls what it is given outside the sandbox's checks: macros only)
                raise SecurityError(f"memo takes a macro (as in m.entity_chip|memo(e, root)), "
                                    f"not {type(macro).__name__}")
            found = self.made[key] = (macro(*args), (macro, args))
        return found[0]


# Dates are on almost every line of a list (hundreds of thousands in a large dossier), so
# their markup is made in Python, once per date (dates are frozen dataclasses), rather than by a
# macro per use. The macros `date` and `short_date` in macros.html call these filters.
def time_tag(date) -> markupsafe.Markup:
    """`<time>` with the date as written ('around 15 May 2024'), its precision as a class, in
    the interface's language."""
    return _time_tag(date, False, i18n.active())


def short_time_tag(date) -> markupsafe.Markup:
    """The compact form for lists ('c. May 2024'), the full one as its title."""
    return _time_tag(date, True, i18n.active())


@functools.lru_cache(maxsize=16384)
def _time_tag(date, short: bool, interface: i18n.Interface) -> markupsafe.Markup:
    if not date:
        return markupsafe.Markup(f'<span class="date undated">{markupsafe.escape(interface.gettext("undated"))}</span>')
    escape = markupsafe.escape   # (an f-string of escaped parts: Markup.format is 3 times slower)
    classes = escape(f"date precision-{date.precision}" + (" approximate" if date.approximate else ""))
    title = f' title="{escape(interface.date(date))}"' if short else ""
    text = escape(interface.date(date, short))
    return markupsafe.Markup(f'<time class="{classes}" datetime="{escape(date.iso)}"{title}>{text}</time>')


def page_section(path: str) -> str:
    """The site section a page belongs to (its folder; 'home' for the home page alone), which
    the navigation marks as current: the 404 page, at the root, is not the home page."""
    if "/" in path:
        return path.split("/", 1)[0]
    return "home" if path == "index.html" else path.rsplit(".", 1)[0]


def relative_root(path: str) -> str:
    """The prefix from a page back to the site root: '' for index.html, '../' for articles/<id>.html."""
    return "../" * path.count("/")


def _written(staging: Path | None, files: Iterator[tuple[str, str]], previous) -> dict[str, str]:
    """write_files into `staging`; with no staging folder (dossier check), the files are made,
    so that a template's problem is found as a build would find it, and let go at once."""
    if staging is None:
        for _ in files:
            pass
        return {}
    from .write import write_files
    return write_files(staging, files, previous)


def output_paths(views: SiteViews) -> set[str]:
    """The paths site_files() will produce, known before rendering."""
    paths = {page.path for page in views.pages} | {path for path, _, value in _data(views) if value is not None}
    paths |= {"feed.xml"} if views.feed else set()
    return paths | ({"sitemap.xml"} if views.sitemap_urls else set())


def _jobs(views: SiteViews) -> list[tuple[str, str, dict]]:
    jobs = [(page.path, page.template, {"page": page}) for page in views.pages]
    if views.feed:
        jobs.append(("feed.xml", "feed.xml", {"entries": views.feed.entries, "updated": views.feed.updated}))
    if views.sitemap_urls:
        jobs.append(("sitemap.xml", "sitemap.xml", {"urls": views.sitemap_urls}))
    return jobs


def _data(views: SiteViews) -> list[tuple[str, str, object]]:
    """(file, script variable, value) of the data the theme's scripts read."""
    return [(ENTITY_DATA, "dossierEntities", views.entity_index), (GRAPH_DATA, "dossierGraph", views.graph),
            (NEW_DATA, "dossierNew", views.marks)]


def _data_files(views: SiteViews) -> list[tuple[str, str]]:
    """That data as .js files (those in `views`: an incremental build may have none); a
    function in `views` is called for its data here."""
    return [(path, script_data(name, value() if callable(value) else value))
            for path, name, value in _data(views) if value is not None]


def site_files(views: SiteViews, template_dirs: list[Path], part: slice | None = None,
               with_data: bool = True, env: jinja2.Environment | None = None,
               jobs: list | None = None) -> Iterator[tuple[str, str]]:
    """Render page after page (a 5,000-article site never sits in memory whole); `part`
    selects a share of the jobs (all of them by default) for one worker.

    A template problem raises ContentError naming the template and line.
    """
    env = env or make_environment(template_dirs)
    templates: dict[str, jinja2.Template] = {}
    bounded = isinstance(env, TemplateSandbox)
    refuses_scripts = getattr(env, "refuses_scripts", False)
    for path, name, context in (jobs if jobs is not None else _jobs(views))[part or slice(None)]:
        try:
            if name not in templates:
                templates[name] = env.get_template(name)
            page = context.get("page")
            if isinstance(page, PendingPage):
                page = page.view()
                context = {**context, "page": template_page(page, fresh=True) if bounded else page}
            elif bounded and page is not None and (resolved := template_page(page)) is not page:
                context = {**context, "page": resolved}   # (the theme's own templates may read the cache's bodies)
            section = page_section(path)
            root = relative_root(path)
            with template_bounds() if bounded else nullcontext():
                text = templates[name].render(site=views.site, root=root, section=section, **context)
                # (read within the bounds: the page is as long as the template made it)
                found = refuses_scripts and path.endswith(MARKUP_SUFFIXES) and active_content(text, root)
            if found:
                raise ContentError([Problem(_dossier_template(templates[name], template_dirs), None,
                                            f"the page {path} that this template makes holds {found[1]} on its line "
                                            f"{found[0]}: a dossier's own templates may not add "
                                            "scripts, event handlers, script addresses, frames or objects, so that "
                                            "a dossier received from someone else runs nothing in its readers' "
                                            "browsers; if this dossier is yours, build with --allow-scripts")])
        except jinja2.TemplateSyntaxError as exc:
            raise ContentError([Problem(Path(exc.filename or name), exc.lineno,
                                        f"template error: {exc.message}")]) from None
        except jinja2.TemplateNotFound as exc:
            raise ContentError([Problem(Path(name), None, f"template '{exc.name}' was not found in "
                                        f"{', '.join(str(d) for d in template_dirs)}")]) from None
        except jinja2.UndefinedError as exc:
            template_path, line = _template_location(exc, template_dirs)
            raise ContentError([Problem(template_path or Path(name), line,
                                        f"template error: {exc.message} (while rendering {path})")]) from None
        except SecurityError as exc:
            template_path, line = _template_location(exc, template_dirs)
            raise ContentError([Problem(template_path or Path(name), line,
                                        f"template error: {exc} (while rendering {path}); a dossier's own "
                                        "templates run in a sandbox: they read the values of `page` and "
                                        "`site` (text, numbers, dates, lists, the fields of view objects) "
                                        "and nothing else")]) from None
        except DossierError:
            raise
        except Exception as exc:   # a template asking too much (a range too big, endless recursion...)
            template_path, line = _template_location(exc, template_dirs)
            if template_path is None or not isinstance(env, TemplateSandbox):
                raise   # not the dossier's templates: an internal error
            raise ContentError([Problem(template_path, line, f"template error: {described(exc)} "
                                        f"(while rendering {path})")]) from None
        yield path, text
    if with_data:
        yield from _data_files(views)


def _dossier_template(template: jinja2.Template, template_dirs: list[Path]) -> Path:
    """The template file to name for what a page holds: the page's own template when it is the
    dossier's, else the dossier's first overriding folder (the page's template is the theme's,
    extending or including one of the dossier's: base.html, macros.html...)."""
    *overrides, _ = template_dirs
    filename = Path(template.filename or "")
    if any(filename.is_relative_to(folder) for folder in overrides):
        return filename
    return overrides[0] if overrides else filename


@dataclass(frozen=True)
class _PageWork:
    """What the page workers share: they inherit it through fork (nothing is pickled) and
    write their pages straight into the staging folder."""

    views: SiteViews
    template_dirs: list[Path]
    staging: Path | None            # None: rendered, not kept (dossier check)
    previous: PreviousSite | None   # the previous site, to hard-link unchanged files from
    env: jinja2.Environment     # its templates compiled before the fork
    jobs: list                  # (path, template, context) of every page, in order


def _write_share(part: slice | None) -> dict[str, str]:
    """In a worker: write the pages of `part`, or the data files for None."""
    work = worker_state()
    if part is None:
        return _written(work.staging, _data_files(work.views), work.previous)
    return _written(work.staging, site_files(work.views, work.template_dirs, part, with_data=False, env=work.env,
                                             jobs=work.jobs), work.previous)


PARALLEL_PAGES = 400   # fewer pages are made in this process


def write_pages(staging: Path | None, views: SiteViews, template_dirs: list[Path], workers: int,
                previous: PreviousSite | None = None, meanwhile: Callable[[], None] | None = None,
                allow_scripts: bool = False) -> dict[str, str]:
    """Render and write every page into `staging`, over `workers` processes when worth it;
    unchanged files are hard-linked from `previous`. Returns each file's content hash.
    Without `staging`, every page is rendered and none kept (dossier check). `meanwhile` is
    other work for this process, done while the workers make the pages (after they have
    forked: a thread would have been forked with them half-way through its work)."""
    jobs = _jobs(views)
    env = make_environment(template_dirs, allow_scripts)
    parallel = workers > 1 and len(jobs) >= PARALLEL_PAGES
    if parallel:
        jobs, parts = _shares(jobs, workers)
        for name in {name for _, name, _ in jobs}:   # compiled once, inherited by the workers
            try:
                env.get_template(name)
            except jinja2.TemplateError:
                pass   # reported with its page by the worker that meets it
    with forked_pool(workers if parallel else 1, _PageWork(views, template_dirs, staging, previous, env, jobs)) as pool:
        if pool is None:
            if meanwhile:
                meanwhile()
            return _written(staging, site_files(views, template_dirs, env=env), previous)
        # the data first, with the entity pages: the longest jobs
        written = pool.map(_write_share, [None, *parts])
        if meanwhile:
            meanwhile()
        data, *shares = written
        hashes: dict[str, str] = {}
        for share in shares:
            hashes.update(share)
        hashes.update(data)
    return hashes


TEXT_TEMPLATES = ("article.html", "summary.html")


def _shares(jobs: list[tuple[str, str, dict]], workers: int) -> tuple[list[tuple[str, str, dict]], list[slice]]:
    """The jobs in the order the workers take them, and their shares (slices of that order).

    Small shares, handed out as workers free up: pages differ a lot in cost (an entity page
    costs several article pages), so big shares would leave a worker idle. But the entity
    pages go first, in as few shares as there are pairs of workers: each reads back the
    snippets of every document that mentions its entity and makes each one's line in
    "Mentioned in" (memoised), which every worker would otherwise do again. The graph's data
    is the other long job.

    Then the other pages but the articles and summaries: the few lists of everything (the
    timeline, the sources, the articles, the tags' pages) would otherwise come last, in the
    site's order, and keep one worker busy after the others. The texts' pages, many and alike
    in cost, end the stage evenly."""
    entity = [job for job in jobs if job[1] == "entity.html"]
    lists = [job for job in jobs if job[1] not in TEXT_TEMPLATES and job[1] != "entity.html"]
    texts = [job for job in jobs if job[1] in TEXT_TEMPLATES]
    others = lists + texts
    step = max(25, len(jobs) // (workers * 24))
    groups = max(1, workers // 2)
    size = -(-len(entity) // groups) if entity else 0
    parts = [slice(start, min(start + size, len(entity))) for start in range(0, len(entity), size or 1)]
    parts += [slice(start, min(start + step, len(jobs))) for start in range(len(entity), len(jobs), step)]
    return entity + others, parts


def script_data(name: str, value: object) -> str:
    """Data for the theme's scripts as a .js file: a <script src> works from disk, fetch() does not."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.{name} = {text};\n"


def _template_location(exc: BaseException, template_dirs: list[Path]) -> tuple[Path | None, int | None]:
    """Jinja rewrites tracebacks so that template frames carry the template's file and line."""
    location = (None, None)
    roots = [str(d) for d in template_dirs]
    for frame in traceback.extract_tb(exc.__traceback__):
        if any(frame.filename.startswith(root) for root in roots):
            location = (Path(frame.filename), frame.lineno)
    return location
