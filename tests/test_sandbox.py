"""The template sandbox: a dossier's own templates see plain data (strings, numbers, dates,
lists, the view objects, Markup) and nothing that reaches a file, a database, a module or the
build's machinery; whatever they try fails the build naming the template and line."""
from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
import time
from pathlib import Path

import jinja2
import markupsafe
import pytest
from conftest import article, entity
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import render, sandbox, views
from generator.linkcheck import check_links

# A small dossier with every kind of page: articles (a copy, a translation, tags, citations
# of them), summaries citing them, entities of every type with relations, dates and links.
RICH = {
    "dossier.yaml": 'title: "Rich"\nbase_url: https://example.org/rich\nlead_summary: brief\n',
    "entities/herve.yaml": entity("Hervé Dupont", aliases='["Dupont"]', roles='["judge"]',
                                  summary='"A judge in [[lyon]]."', tags="[justice]",
                                  links='[{label: "Profile", url: "https://example.org/h"}]',
                                  relations='[{type: "works in", to: lyon, date: "2021", '
                                            'sources: [sting], note: "since"}]'),
    "entities/lyon.yaml": entity("Lyon", "place", summary='"A city."'),
    "entities/ofast.yaml": entity("OFAST", "organization", summary='"An office."'),
    "entities/raid.yaml": entity("The raid", "event", date="2024-05-15", place="lyon",
                                 participants="[herve, ofast]", summary='"A raid in Lyon."'),
    "entities/book.yaml": entity("The book", "work", date="spring 2023"),
    "articles/sting.md": article("The sting", "Hervé Dupont and OFAST met in Lyon.", outlet='"Le Monde"',
                                 published="2024-05-16", tags="[ofast-affair, Corruption]",
                                 authors='["A. Writer"]', url="https://example.org/sting",
                                 syndicated='[{outlet: "Daily", published: 2024-05-17, url: '
                                            '"https://daily.example/s"}]'),
    "articles/copy.md": article("The sting again", "Dupont again.", outlet="Daily", copy_of="sting",
                                published="2024-05-17", access="partial"),
    "articles/translated.md": article("La piqûre", "Hervé Dupont à Lyon.", outlet="Libé", language="fr",
                                      translation_of="sting", published="around 2024-05-20"),
    "articles/old.md": article("Old news", "The raid on OFAST.", published="2019", tags="[Corruption]",
                               access="paywalled"),
    "articles/undated.md": article("Undated", "Nothing dated about [[lyon]]."),
    "summaries/brief.md": "---\ntitle: Brief\ndate: 2025-06\ntags: [ofast-affair]\n---\n\n"
                          "Dupont met OFAST [@sting, p. 2] and [@old].\n",
    "summaries/second.md": "---\ntitle: Second\n---\n\nSee [[brief]] and [[raid]] [@translated].\n",
}

# Every page's template overridden, so that every page renders in the sandbox.
TEMPLATES = ("home.html", "article.html", "summary.html", "entity.html", "articles.html", "summaries.html",
             "entities.html", "timeline.html", "sources.html", "tags.html", "tag.html", "graph.html",
             "search.html", "404.html", "feed.xml", "sitemap.xml")


def overrides(names=TEMPLATES) -> dict[str, str]:
    return {f"templates/{name}": f'{{% extends "!theme/{name}" %}}\n' for name in names}


def outside_files(root: Path) -> set[Path]:
    return {path for path in root.rglob("*") if ".dossier-cache" not in path.parts}


# ---------------------------------------------------------------- the attack of the issue

ATTACKS = {
    "write": "{% set _ = page.body_html.store.path.joinpath('TARGET').write_text('import os') %}",
    "read": "{{ page.body_html.store.path.joinpath('SECRET').read_text() }}",
    "attach": "{% set _ = page.body_html.store.connection().execute(\"ATTACH DATABASE 'TARGET' AS x\") %}",
    "entity": "{{ page.summary_html.store.path.parent.parent }}",
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
@pytest.mark.parametrize("command", ["build", "check"])
def test_the_issues_attack_fails_the_build_and_touches_nothing(make_dossier, tmp_path, attack, command):
    """A template received with the dossier reaches for the file system or the cache's
    database through a page's body: the build fails naming the template and line, and no
    file outside the output is read, written or made (`dossier check` alone included)."""
    target, secret = tmp_path / "venv" / "zz.pth", tmp_path / "secret.txt"
    target.parent.mkdir()
    secret.write_text("TOP-SECRET-VALUE")
    template = "entity.html" if attack == "entity" else "article.html"
    d = make_dossier({
        "entities/herve.yaml": entity("Hervé", summary='"A judge."'),
        "articles/a.md": article("A", "Hervé spoke."),
    })
    assert d.build().code == 0   # the cache now holds the bodies: pages read them from it
    d.add({f"templates/{template}": ('{% extends "!theme/' + template + '" %}\n{% block content %}\n'
                                     + ATTACKS[attack].replace("TARGET", str(target)).replace("SECRET", str(secret))
                                     + '\n{% endblock %}\n')})
    before = outside_files(tmp_path)
    run = d.build() if command == "build" else d.check()
    assert run.code == 1, run.err
    assert "Traceback" not in run.err and "internal error" not in run.err
    assert f"templates/{template}:3: template error:" in run.err
    assert "has no attribute 'store'" in run.err or "unsafe" in run.err
    assert "TOP-SECRET-VALUE" not in run.out + run.err
    assert not target.exists()
    assert outside_files(tmp_path) == before
    assert all("TOP-SECRET-VALUE" not in p.read_text(errors="replace") for p in d.output.rglob("*.html"))


@pytest.mark.parametrize("template, expression", [
    ("article.html", "page.body_html.store"),
    ("home.html", "page.lead.body_html.store"),
    ("article.html", "page.body_html.key"),
    ("article.html", "memo.made"),
    ("article.html", "m.entity_chip._func"),
    ("article.html", "m.entity_chip.arguments"),
    ("article.html", "page.entities[0].__class__"),
    ("article.html", "page.ref.date.__class__"),
    ("article.html", "page.tags.append"),             # a method that changes a list
    ("article.html", "site.nav.clear"),
    ("article.html", "site.title.__class__"),
    ("article.html", "site.title.format.__self__"),
    ("article.html", "cycler.__init__"),
    ("article.html", "cycler.next"),                  # the class, not an instance
    ("article.html", "namespace.__init__"),
    ("article.html", "lipsum.__globals__"),
    ("article.html", "page|attr('ref')|attr('__class__')"),
    ("article.html", "page.entities|map(attribute='__class__')|join"),
    ("article.html", "page.entities|map(attribute='count.real')|join"),
    ("article.html", "page['__class__']"),
    ("article.html", "(1).real"),
    ("article.html", "range(3).start"),
    ("article.html", "namespace(a=1).__class__"),
])
def test_a_template_reaches_no_object_beyond_the_allowlist(make_dossier, template, expression):
    """Besides the attack: the cache's key, the memo's table, a macro's function, classes,
    methods that change a list: each refused, with the template and line."""
    d = make_dossier({**{k: v for k, v in RICH.items() if k != "dossier.yaml"},
                      "dossier.yaml": "title: Rich\nlead_summary: brief\n"})
    assert d.build().code == 0   # the cache is filled: the second build reads bodies from it
    d.add({f"templates/{template}": ('{% extends "!theme/' + template + '" %}\n'
                                     '{% import "macros.html" as m %}{% block content %}\n'
                                     '{{ ' + expression + ' }}\n{% endblock %}\n')})
    run = d.build()
    assert run.code == 1, run.err
    assert "Traceback" not in run.err and "internal error" not in run.err
    assert f"templates/{template}:3: template error:" in run.err, run.err


# ---------------------------------------------------------------- what the templates receive

def allowed_types() -> tuple[type, ...]:
    return (*views.TEMPLATE_VIEWS, *sandbox.TEMPLATE_VALUES)


def walk(value, env, depth: int, path: str, found: list[str], seen: set[int]) -> None:
    """Every object reachable from `value` by what a template can do (items of lists, tuples
    and dicts; attributes the sandbox grants, and every field of a dataclass whatever it
    grants), `depth` steps deep: those of a type off the allowlist go into `found`."""
    if type(value) not in allowed_types():
        found.append(f"{path}: {type(value).__module__}.{type(value).__qualname__}")
        return
    if depth == 0 or id(value) in seen or isinstance(value, (str, int, float, type(None))):
        return
    seen.add(id(value))
    children: list[tuple[str, object]] = []
    if isinstance(value, dict):
        children += [(f"{path}[{key!r}]", key) for key in value]
        children += [(f"{path}[{key!r}]", item) for key, item in value.items()]
    elif isinstance(value, (list, tuple)):
        children += [(f"{path}[{number}]", item) for number, item in enumerate(value)]
    names = {f.name for f in dataclasses.fields(value)} if dataclasses.is_dataclass(value) else set()
    names |= {name for name in dir(value) if not name.startswith("__")}
    for name in sorted(names):
        try:
            child = getattr(value, name)
        except AttributeError:
            continue
        if name.startswith("_") or not env.is_safe_attribute(value, name, child):
            if dataclasses.is_dataclass(value) and name in {f.name for f in dataclasses.fields(value)}:
                found.append(f"{path}.{name}: a field the sandbox refuses")
            continue
        if callable(child):
            # a method of a plain value the sandbox grants (str.upper, dict.items): allowed
            # when it is a builtin bound to an allowed plain value
            if not (type(child).__name__ == "builtin_function_or_method"
                    and type(getattr(child, "__self__", None)) in sandbox.TEMPLATE_VALUES):
                found.append(f"{path}.{name}: callable {type(child).__qualname__}")
            continue
        children.append((f"{path}.{name}", child))
    for child_path, child in children:
        walk(child, env, depth - 1, child_path, found, seen)


def captured_contexts(monkeypatch) -> list[tuple[str, dict]]:
    contexts: list[tuple[str, dict]] = []
    original = render.PageTemplate.render

    def recording(self, *args, **kwargs):
        contexts.append((self.name, dict(*args, **kwargs)))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(render.PageTemplate, "render", recording)
    return contexts


def test_every_page_context_holds_only_allowed_types(make_dossier, monkeypatch):
    """Every value a page's template receives, and every value reachable from it to a depth
    of 6, is of a type on the allowlist: view objects, dates, text, numbers, lists, Markup.
    Bodies kept in the cache come as Markup, read when their page is rendered."""
    d = make_dossier({**RICH, **overrides()})
    assert d.build().code == 0   # the cache is filled: the second build reads bodies from it
    contexts = captured_contexts(monkeypatch)
    run = d.build("--force")
    assert run.code == 0, run.err
    templates = {name for name, _ in contexts}
    assert templates >= {"article.html", "summary.html", "entity.html", "home.html", "tag.html",
                         "timeline.html", "sources.html", "feed.xml", "sitemap.xml", "404.html"}, templates
    env = render.make_environment([d.root / "templates", render.DEFAULT_THEME / "templates"])
    assert isinstance(env, sandbox.TemplateSandbox)
    found: list[str] = []
    for name, context in contexts:
        walk(context, env, 6, name, found, set())
    assert found == []
    bodies = [c["page"].body_html for name, c in contexts if name == "article.html"]
    assert bodies and all(type(body) is markupsafe.Markup for body in bodies)
    assert "Hervé Dupont" in d.page("articles/sting.html")


def test_every_view_class_is_on_the_allowlist():
    """A view dataclass added to the views package must be on the allowlist (or its pages
    fail in the sandbox); the classes that are not views stay off it."""
    modules = [importlib.import_module(f"{views.__name__}.{info.name}") for info in pkgutil.iter_modules(views.__path__)]
    classes = {value for module in modules for value in vars(module).values()
               if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == module.__name__}
    assert classes - set(views.TEMPLATE_VIEWS) == {views.PendingPage, views.SiteViews, views.Route,
                                                   views.refs.Inputs}


# a few steps from the context: attribute names a template might try, items, calls
NAMES = ["ref", "body_html", "summary_html", "lead", "store", "path", "connection", "key", "make", "view",
         "entities", "date", "start", "items", "get", "keys", "values", "upper", "format", "mro", "func",
         "args", "keywords", "made", "nav", "title", "parent", "joinpath", "read_text", "gi_frame", "f_globals",
         "append", "pop", "update", "sources", "article", "template", "real", "imag", "conjugate", "cycle"]
STEP = st.one_of(st.sampled_from(NAMES).map(lambda n: "." + n), st.just("[0]"), st.just("()"),
                 st.sampled_from(NAMES).map(lambda n: f"[{n!r}]"))


@pytest.fixture(scope="module")
def sandbox_pages(tmp_path_factory):
    """An environment with overrides, and the contexts the rich dossier's pages get."""
    from generator.build import build_site
    root = tmp_path_factory.mktemp("sandbox")
    for relative, text in {**RICH, **overrides()}.items():
        (root / "d" / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / "d" / relative).write_text(text.lstrip("\n"), encoding="utf-8")
    build_site(root / "d", root / "site", search=False)
    with pytest.MonkeyPatch.context() as patch:
        contexts = captured_contexts(patch)
        build_site(root / "d", root / "site", search=False, force=True)
    env = render.make_environment([root / "d" / "templates", render.DEFAULT_THEME / "templates"])
    return env, [context for name, context in contexts if name in {"article.html", "home.html", "entity.html"}]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.sampled_from(["page", "site", "memo", "cycler", "namespace", "range", "dict", "lipsum"]),
       steps=st.lists(STEP, max_size=6), which=st.integers(0, 2))
def test_no_chain_of_steps_leaves_the_allowlist(sandbox_pages, start, steps, which):
    """Whatever chain of attributes, items and calls a template writes from what it is
    given, it ends on an allowed value, on a refusal (SecurityError, undefined) or on
    an error of the value (a call of a list, an index out of range)."""
    env, contexts = sandbox_pages
    context = contexts[which % len(contexts)]
    expression = start + "".join(steps)
    try:
        value = env.compile_expression(expression, undefined_to_none=False)(**context)
    except Exception:   # refused, or an error of the value (a call of a list, an index out of range)
        return
    if isinstance(value, jinja2.Undefined) or start != "page" and start != "site" and not steps:
        return
    allowed = (*allowed_types(), jinja2.runtime.Macro, render.MacroMemo, jinja2.utils.Cycler,
               jinja2.utils.Namespace, jinja2.utils.Joiner)
    if callable(value) and type(value).__name__ in ("builtin_function_or_method", "method"):
        # a method of a plain value (str's upper, or Markup's, written in Python)
        assert type(value.__self__) in sandbox.TEMPLATE_VALUES, expression
    else:
        assert isinstance(value, allowed) or value in (dict, jinja2.utils.Cycler, jinja2.utils.Joiner,
                                                       jinja2.utils.Namespace) \
            or getattr(value, "__name__", "") in {"generate_lorem_ipsum", "safe_range"}, (expression, type(value))


# ---------------------------------------------------------------- errors inside templates

@pytest.mark.parametrize("expression, words", [
    ("range(10**9)|length", "range"),
    ("f()", "recursion"),
    ("(10**(10**10))|string|length", "too large"),    # hours of one CPU, then the memory
    ("('x' * 10**11)|length", "too large"),
    ("([page] * 10**11)|length", "too large"),
])
def test_a_runaway_template_is_a_template_error_with_its_line(make_dossier, expression, words):
    """A template that asks for too much (a range the sandbox refuses, endless recursion)
    fails the build with a plain template error naming the template and line."""
    d = make_dossier({"entities/herve.yaml": entity("Hervé"), "articles/a.md": article("A", "Hervé spoke."),
                      "templates/article.html": ('{% extends "!theme/article.html" %}\n'
                                                 '{% macro f() %}{{ f() }}{% endmacro %}{% block content %}\n'
                                                 '{{ ' + expression + ' }}\n{% endblock %}\n')})
    run = d.build()
    assert run.code == 1
    assert "Traceback" not in run.err and "internal error" not in run.err, run.err
    assert re.search(r"templates/article\.html:\d+: template error: .*" + words, run.err, re.I), run.err
    assert "nothing was written" in run.err


@pytest.mark.parametrize("body, words, seconds", [
    # doubling a text 60 times: 2**60 characters, made one concatenation at a time
    ("{% set ns = namespace(s='ab') %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}"
     "{{ ns.s|length }}", "memory", 10),
    ("{{ ''|center(10**11) }}", "memory", 10),
    ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", "seconds", 2),
])
def test_a_template_is_bounded_in_memory_and_time(make_dossier, monkeypatch, body, words, seconds):
    """Work a template makes one step at a time, each step allowed (a loop that doubles a text,
    a filter's width, loops within loops), is bounded as a Markdown text's is: a page gets at
    most TEMPLATE_SECONDS and TEMPLATE_MEMORY, then fails naming the template and line. (The
    memory cases get time enough for the copies up to the limit, which a busy machine makes slow.)"""
    monkeypatch.setattr(sandbox, "TEMPLATE_SECONDS", seconds)
    d = make_dossier({"articles/a.md": article("A", "Some text."),
                      "templates/article.html": ('{% extends "!theme/article.html" %}\n{% block content %}\n'
                                                 + body + '\n{% endblock %}\n')})
    started = time.monotonic()
    run = d.build()
    assert run.code == 1 and time.monotonic() - started < 30
    assert "Traceback" not in run.err and "internal error" not in run.err, run.err
    assert re.search(r"templates/article\.html:3: template error: .*" + words, run.err, re.I), run.err
    assert not d.output.exists()
    resource = pytest.importorskip("resource")
    assert resource.getrlimit(resource.RLIMIT_AS)[0] == resource.RLIM_INFINITY   # given back


# ---------------------------------------------------------------- the 404 page

SCRIPT_SOURCES = re.compile(r"<script\b[^>]*\bsrc=\"([^\"]*)\"", re.I)


@pytest.mark.parametrize("base_url", ["https://example.org/dossier", "https://evil.example/",
                                      "/site", "https://example.org//evil.example/x",
                                      "https://example.org/\\evil.example/"])
def test_the_404_page_loads_nothing_from_another_host(make_dossier, base_url):
    """The 404 page, served by a host at any address, loads its scripts and styles from the
    site it is in: never from base_url's host (a <base> to it sent every relative script
    there); the path of base_url alone, set by an inline script when the page is served from
    under it; links checked, and relative links when opened from disk."""
    d = make_dossier({"entities/herve.yaml": entity("Hervé"), "articles/a.md": article("A", "Hervé spoke.")})
    run = d.build("--base-url", base_url)
    if "\\" in base_url:   # (refused before anything is built, as base_url in dossier.yaml would be)
        assert run.code == 2 and "backslashes" in run.err and not d.output.exists()
        return
    assert run.code == 0, run.err
    page = d.page("404.html")
    assert "<base" not in page
    assert all(not re.match(r"[a-z]+:|//|/", src) for src in SCRIPT_SOURCES.findall(page))
    assert 'src="assets/dossier.js"' in page and 'href="assets/style.css"' in page
    path = re.search(r'<meta name="dossier-root" content="([^"]*)">', page).group(1)
    assert re.fullmatch(r'/((?![/\\])[^"\\<>\s]*/)?', path), path
    assert check_links(d.output) == []


def test_the_404_page_without_base_url_has_no_bootstrap(make_dossier):
    d = make_dossier({"articles/a.md": article("A", "Text.")})
    assert d.build().code == 0
    page = d.page("404.html")
    assert "<base" not in page and "var root=" not in page and "dossier-root" not in page
    assert 'src="assets/dossier.js"' in page
    assert check_links(d.output) == []


def test_templates_keep_jinjas_ordinary_features_in_the_sandbox(make_dossier):
    """What a template writer uses works in the sandbox: loops and their state, namespaces,
    groupby, blocks through `self`, cyclers, call blocks, imported macros, the methods of text
    and dicts, ranges, dates' labels; and an undefined name says it is undefined."""
    d = make_dossier({**{k: v for k, v in RICH.items() if k != "dossier.yaml"},
                      "templates/article.html": '''{% extends "!theme/article.html" %}
{% import "macros.html" as m %}
{% macro box() %}<b>{{ caller() }}</b>{% endmacro %}
{% block title %}T-{{ page.title|upper }}{% endblock %}
{% block content %}{{ super() }}
{% set ns = namespace(total=0) %}{% set c = cycler("odd", "even") %}
<ol id="probe">{% for e in page.entities %}<li class="{{ c.next() }}">{{ loop.index }}/{{ loop.length }}:
{{ e.name.lower().replace(" ", "-") }}{% set ns.total = ns.total + e.count %}</li>{% endfor %}</ol>
<p id="total">{{ ns.total }} {{ self.title() }}</p>
{% for group in page.entities|groupby("type") %}<p class="group">{{ group.grouper }}={{ group.list|length }}</p>{% endfor %}
<p id="dict">{% for k, v in {"a": 1}.items() %}{{ k }}{{ v }}{% endfor %} {{ range(3)|join(",") }}</p>
<p id="date">{{ page.ref.date.label if page.ref.date else "none" }} {{ site.nav[0].label }}</p>
{% call box() %}boxed {{ page.entities|map(attribute="name")|join("+") }}{% endcall %}
{{ m.entity_chip|memo(page.entities[0], root) if page.entities }}
{% endblock %}
'''})
    run = d.build()
    assert run.code == 0, run.err
    page = d.page("articles/sting.html")
    assert "<title>T-THE STING</title>" in page
    assert '<li class="odd">1/3:\nhervé-dupont</li><li class="even">2/3:' in page
    assert '<p class="group">organization=1</p>' in page
    assert '<p id="dict">a1 0,1,2</p>' in page and '<p id="date">16 May 2024 Overview</p>' in page
    assert "<b>boxed Hervé Dupont+" in page
    d.add({"templates/summary.html": '{% extends "!theme/summary.html" %}\n{% block content %}\n'
                                     '{{ nothing.there }}\n{% endblock %}\n'})
    run = d.build()
    assert "templates/summary.html:3: template error: 'nothing' is undefined" in run.err


def test_no_global_or_filter_opens_anything(tmp_path):
    """The functions and classes a template can name (globals, filters, tests) are called,
    never looked into: the sandbox grants none of their attributes or items."""
    env = render.make_environment([tmp_path, render.DEFAULT_THEME / "templates"])
    assert isinstance(env, sandbox.TemplateSandbox)
    named = [*env.globals.values(), *env.filters.values(), *env.tests.values()]
    for value in named:
        for name in [*dir(value), "store", "path", "made", "x"]:
            found = env.getattr(value, name)
            assert isinstance(found, jinja2.Undefined), (value, name)
            assert isinstance(env.getitem(value, name), jinja2.Undefined), (value, name)


def test_the_404_page_at_any_depth_in_a_browser(tmp_path):
    """In Chromium, the 404 page a static host serves for a missing address three folders
    deep under the site's sub-path: its style and scripts load from the site on that host,
    nothing from base_url's host, and its links lead to the site's pages."""
    import functools
    import http.server
    import shutil
    import socketserver
    import threading

    from generator.build import build_site
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    (tmp_path / "host").mkdir()
    site = tmp_path / "host" / "dossier"
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "articles" / "a.md").write_text(article("A", "Text."), encoding="utf-8")
    build_site(content, site, base_url="https://elsewhere.invalid/dossier", search=False)

    class Host(http.server.SimpleHTTPRequestHandler):
        def send_error(self, code, message=None, explain=None):   # as a static host: its 404 page
            if code != 404:
                return super().send_error(code, message, explain)
            body = (site / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), functools.partial(Host, directory=str(tmp_path / "host")))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            requested: list[str] = []
            page.on("request", lambda request: requested.append(request.url))
            page.goto(origin + "/dossier/no/such/page.html")
            page.wait_for_load_state("load")
            assert page.locator("h1").inner_text() == "Page not found"
            loaded = page.evaluate("Array.from(document.styleSheets, s => s.href)")
            overview = page.evaluate("document.querySelector('main a').href")
            root = page.evaluate("document.documentElement.getAttribute('data-root')")
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    assert f"{origin}/dossier/assets/style.css" in loaded
    assert f"{origin}/dossier/assets/dossier.js" in requested and f"{origin}/dossier/data/entities.js" in requested
    assert [url for url in requested if not url.startswith(origin + "/")] == []
    assert overview == f"{origin}/dossier/index.html" and root == "/dossier/"
