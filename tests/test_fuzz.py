"""Fuzzing: whole dossiers made by Hypothesis (front matter, entity YAML, Markdown bodies and
template overrides, hostile pieces mixed into plausible ones) are built for real, and every
build must keep the promises a received dossier relies on:

- it ends with exit 0 or 1, never a traceback or an internal error;
- it writes nothing outside its output folder and the dossier's cache (a canary folder that
  hostile templates aim at stays empty), and reads nothing outside the dossier (a secret file
  beside it never reaches the output);
- no script reaches the output but the theme's own, no `on...=` handler, no `javascript:`,
  `vbscript:` or `data:` URL; data blocks and data scripts are well-formed JSON; feed.xml and
  sitemap.xml are well-formed XML.

CI runs 1,500 whole builds (about a minute and a half); FUZZ_EXAMPLES=N runs N per test for a
longer pass by hand (`FUZZ_EXAMPLES=2000 .venv/bin/python -m pytest tests/test_fuzz.py`).
"""
from __future__ import annotations

import contextlib
import html
import html.parser
import io
import json
import os
import re
import shutil
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.views.routes import ENTITY_DATA, GRAPH_DATA, NEW_DATA

pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")   # large reprs
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "0"))
SECRET = "SECRET-CANARY-5f1e0c"


def fuzz_settings(ci_examples: int):
    return settings(max_examples=EXAMPLES or ci_examples, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


# ---- hostile pieces, mixed into ordinary text -------------------------------------------------

HOSTILE = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
    "<a href='javascript:alert(1)'>x</a>", "<iframe src=//evil></iframe>", "</script><script>alert(1)</script>",
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "&#106;avascript:alert(1)",
    "vbscript:msgbox", "data:text/html,<script>alert(1)</script>", "{{ 7*7 }}", "{% raw %}", "]]>", "<![CDATA[",
    "\x00", "\x01", "\x0b", "\x1b[31m", "\ufffe", "\u2028", "\u202e", "e\u0301", "Herve\u0301", "\ud7ff",
    "'", '"', "\\", "---", "...", "`", "<!--", "-->", "&amp;", "&", "<", ">", "%00", "../", "..\\",
    "#", "|", "\n",
]
MARKUP = ["[[x]]", "[[Hervé]]", "[[herve]]", "[@a1]", '[@a1: "text"]', "[^1]", "::: internal", ":::"]
WORDS = ["Hervé", "Marseille", "police", "the", "Ofast", "Mimo", "Le Monde", "2024", "of", "Dupond-Moretti",
         "réseau", "DZ Mafia", "C++", "c", "naïve", "İstanbul", "ß", "ﬁ", "日本"]

pieces = st.one_of(st.sampled_from(HOSTILE), st.sampled_from(WORDS), st.text(max_size=12))
hostile_text = st.lists(pieces, max_size=8).map(" ".join)
short_text = st.lists(pieces, max_size=3).map(" ".join)

URLS = ["https://example.org/a", "http://x.test/?q=<b>", "javascript:alert(1)", " javascript:alert(1)",
        "JAVASCRIPT:alert(1)", "java\nscript:alert(1)", "vbscript:x", "data:text/html;base64,PHNjcmlwdD4=",
        "//evil.test/x.js", "/etc/passwd", "file:///etc/passwd", "../../x", "#top", "mailto:a@b.c", "",
        "https://example.org/\"onmouseover=\"alert(1)", "ftp://x", "x:y", "&#x6a;avascript:alert(1)"]
urls = st.one_of(st.sampled_from(URLS), st.text(max_size=20))
IDS = ["a1", "a2", "s1", "x", "herve", "con", "nul", "index", "A1", "a1.b", "-bad", "a/b", "..", "é", "x" * 130]
ids = st.one_of(st.sampled_from(IDS[:6]), st.sampled_from(IDS), st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True))
DATES = ["2024-05-01", "2024-05", "2024", "around 2024-05-15", "spring 2024", "end of 2022",
         "2024-13-40", "2025-06-01T06:00+02:00", "not a date", "", "0000-00-00", "31 May 2024"]
dates = st.one_of(st.sampled_from(DATES), short_text, st.dates().map(str), st.integers(-10, 10**6))

# Values a field may hold: the right kind, the wrong kind, nested, hostile.
scalars = st.one_of(hostile_text, urls, dates, ids, st.integers(), st.booleans(), st.none(),
                    st.floats(allow_nan=True))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                      st.dictionaries(st.sampled_from(["to", "type", "date", "outlet",
                                                                                      "url", "label", "note", "x"]),
                                                                      inner, max_size=3)),
                      max_leaves=6)

ARTICLE_KEYS = ["title", "outlet", "byline", "authors", "published", "url", "language", "translated_from",
                "access", "access_note", "syndicated", "copy_of", "translation_of", "credits", "tags",
                "summary", "entities", "notes", "review", "id", "unknown_field"]
SUMMARY_KEYS = ["title", "date", "order", "tags", "summary", "entities", "id"]
ENTITY_KEYS = ["name", "type", "aliases", "summary", "roles", "links", "date", "start", "end", "place",
               "participants", "relations", "tags", "id"]
FIELD_HINTS = {  # plausible values for some fields, so that builds get past validation often
    "title": hostile_text, "outlet": short_text, "published": dates, "date": dates,
    "authors": st.lists(short_text, max_size=3), "tags": st.lists(short_text, max_size=3),
    "id": st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True), "copy_of": st.just("a1"), "translation_of": st.just("a1"),
    "place": st.just("herve"), "participants": st.lists(st.just("herve"), max_size=2),
    "entities": st.lists(st.sampled_from(["herve", "a1"]), max_size=3),
    "access": st.sampled_from(["full", "partial", "paywalled", "full", "partial", "headline", ""]),
    "type": st.sampled_from(["person", "organization", "place", "event", "work", "Person", "<b>x</b>"]),
    "name": hostile_text, "aliases": st.lists(hostile_text, max_size=3),
    "relations": st.lists(st.fixed_dictionaries({"type": short_text, "to": st.just("herve")},
                                                optional={"date": dates, "sources": st.lists(st.just("a1"), max_size=2),
                                                          "note": hostile_text}), max_size=3),
    "links": st.lists(st.fixed_dictionaries({"label": short_text, "url": urls}), max_size=2),
    "url": st.one_of(st.sampled_from(URLS[:2]), urls),
}


def mapping(keys: list[str], required: tuple[str, ...] = (), wild: bool = False):
    """Fields of the right kind holding hostile text, or (wild) any kind of value at all: most
    wild files fail validation, which must then say where and why."""
    def value_for(key):
        hint = FIELD_HINTS.get(key, short_text)
        return st.one_of(hint, values) if wild else hint
    return st.fixed_dictionaries({k: FIELD_HINTS.get(k, short_text) for k in required},
                                 optional={k: value_for(k) for k in keys if k not in required})


def as_yaml(data: dict) -> st.SearchStrategy[str]:
    """The mapping as YAML, or hand-spelled variants PyYAML's dumper never writes (duplicate
    keys, tags, anchors, tabs, a broken line)."""
    try:
        dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    except yaml.YAMLError:
        dumped = "title: x\n"
    return st.sampled_from([
        *[dumped] * 12,
        dumped + "title: again\n",
        dumped + "x: !!python/object/apply:os.system ['echo pwned']\n",
        dumped + "a: &a [1]\nb: *a\n",
        dumped.replace("  ", "\t", 1),
        dumped[: len(dumped) // 2],
    ])


# ---- Markdown bodies ------------------------------------------------------------------------

def inline():
    link = st.builds(lambda text, url: f"[{text}]({url})", short_text, urls)
    image = st.builds(lambda text, url: f"![{text}]({url})", short_text, urls)
    wiki = st.builds(lambda target, label: f"[[{target}{'|' + label if label else ''}]]", ids, short_text)
    cite = st.builds(lambda target, quote: f"[@{target}{': ' + json.dumps(quote) if quote else ''}]", ids, short_text)
    autolink = st.builds(lambda url: f"<{url}>", urls)
    raw = st.sampled_from(HOSTILE[:8] + MARKUP)
    return st.lists(st.one_of(hostile_text, link, image, wiki, cite, autolink, raw,
                              st.builds(lambda t: f"*{t}*", short_text), st.builds(lambda t: f"`{t}`", short_text)),
                    min_size=1, max_size=6).map(" ".join)


def block(depth: int = 0):
    text = inline()
    simple = st.one_of(
        text,
        st.builds(lambda level, t: "#" * level + " " + t, st.integers(1, 7), text),
        st.lists(text, min_size=1, max_size=4).map(lambda items: "\n".join("- " + i for i in items)),
        st.lists(text, min_size=1, max_size=3).map(lambda items: "\n".join(f"{n}. {i}" for n, i in enumerate(items, 1))),
        st.builds(lambda a, b: f"| {a} | {b} |\n|---|---|\n| {b} | {a} |", short_text, short_text),
        st.builds(lambda t: f"```\n{t}\n```", hostile_text),
        st.builds(lambda t: f"Text[^1].\n\n[^1]: {t}", text),
        st.builds(lambda t: f"::: internal\n{t}\n:::", text),
        st.sampled_from(["<div onclick=alert(1)>x</div>", "<style>*{}</style>", "<object data=x>", "---",
                         ">" * 200 + " deep", "- " * 120 + "deep", "    indented code"]),
    )
    if depth >= 2:
        return simple
    return st.one_of(simple, st.builds(lambda inner: "\n".join("> " + line for line in inner.split("\n")),
                                       st.deferred(lambda: block(depth + 1))))


bodies = st.lists(block(), max_size=6).map("\n\n".join)


# ---- template overrides ----------------------------------------------------------------------

def template_expressions():
    start = st.sampled_from(["page", "site", "root", "section", "page.body_html", "page.ref", "site.navigation",
                             "lipsum", "cycler", "joiner", "namespace", "range", "''", "[]", "{}", "memo",
                             "self", "loop", "varargs", "m", "page.documents", "page.entity", "page.body_html.store"])
    step = st.sampled_from([
        ".store", ".path", ".parent", ".connection()", ".execute('ATTACH DATABASE \"{canary}/x.db\" AS x')",
        ".read_text()", ".read_bytes()", ".joinpath('{secret}')", ".joinpath('{canary}/pwned')",
        ".write_text('pwned')", ".mkdir()", ".unlink()", ".open('w')", ".fetch(page.body_html.key)",
        ".__class__", ".__mro__", ".__subclasses__()", ".__init__", ".__globals__", ".__dict__", ".__builtins__",
        ".__reduce_ex__(2)", "._TemplateReference__context", ".environment", ".loader", ".searchpath",
        ".globals", ".filters", ".items()", ".values()", ".keys()", ".append(1)", ".update({})", ".pop()",
        ".format(page)", ".mro()", ".gi_frame", ".f_globals", ".__func__", ".func_globals", ".title", ".ref",
        ".key", ".snippets", "._snippets", ".get('x')", "[0]", "['x']", "|attr('__class__')", "|attr('store')",
        "|list", "|length", "|string", "|first", "|tojson", "|pprint", "|safe", "|map(attribute='store')",
        "(10**9)|length", "|join", "|items", "|dictsort",
    ])
    return st.builds(lambda head, tail: head + "".join(tail), start, st.lists(step, max_size=6))


def template_statements():
    expression = template_expressions()
    return st.one_of(
        expression.map(lambda e: "{{ %s }}" % e),
        expression.map(lambda e: "{%% set _x = %s %%}" % e),
        expression.map(lambda e: "{%% for _k in %s %%}{{ _k }}{%% endfor %%}" % e),
        expression.map(lambda e: "{{ '%%s'|format(%s) }}" % e),
        st.sampled_from([
            "{% include '../secret.txt' %}", "{% include '{secret}' %}", "{% include '/etc/passwd' %}",
            "{% import '../../x.html' as x %}", "{{ range(10**9)|length }}", "{{ range(10**9)|list|length }}",
            "{{ 'a' * 10**9 }}", "{{ 9**9**9 }}", "{{ ''|center(10**11) }}",
            "{% set ns = namespace(s='ab') %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}", "{% for i in range(10**7) %}{% endfor %}",
            "{{ page.body_html.store.path.joinpath('{secret}').read_text() }}",
            "{% set _ = page.body_html.store.path.joinpath('{canary}/pwned.pth').write_text('import os') %}",
            "{{ page.body_html.store.connection().execute('ATTACH DATABASE \"{canary}/x.db\" AS x') }}",
            "{{ self.__init__.__globals__ }}", "{{ lipsum.__globals__['os'] }}",
            "{{ cycler.__init__.__globals__.os.popen('id').read() }}", "{{ undefined_name }}",
            "{% extends page.title %}", "{{ super() }}", "{% block content %}{% endblock %}",
            "{% raw %}{{{% endraw %}",
        ]),
        st.sampled_from([   # markup of the template's own: what reaches the page as it stands
            "<script>alert(1)</script>", "{{ page.title|safe }}", "{% autoescape false %}{{ page.title }}{% endautoescape %}",
            "<scr{{ '' }}ipt>alert(1)</script>", "<a href='jav&#x61;script:alert(1)'>x</a>", "<img src=x onerror=alert(1)>",
            "<svg><style><img src=x onerror=alert(1)></style></svg>", "<!-- --!><script>alert(1)</script> -->",
            "<iframe src=//evil.example></iframe>", "<p class='x'>{{ page.title }}</p>", "<a href='{{ root }}index.html'>x</a>",
            "{{ page.body_html }}", "<b>{{ site.title|upper }}</b>",
        ]),
    )


# ---- the checks ------------------------------------------------------------------------------

THEME_SCRIPTS = ("assets/dossier.js", ENTITY_DATA, GRAPH_DATA, NEW_DATA, "assets/vendor/cytoscape/cytoscape.min.js")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "srcset"}


class _OutputScan(html.parser.HTMLParser):
    def __init__(self, allowed_inline: set[str]):
        super().__init__(convert_charrefs=True)
        self.allowed_inline, self.problems = allowed_inline, []
        self._script: dict | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler {name}= on <{tag}>")
            if name in URL_ATTRIBUTES and value and _dangerous_url(value):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "script":
            self._script = {"src": attributes.get("src"), "type": attributes.get("type"), "text": ""}
            src = attributes.get("src")
            if src is not None and (re.match(r"^[a-z][a-z0-9+.-]*:|^/", src, re.I)
                                    or not any(src.endswith(known) for known in THEME_SCRIPTS)
                                    or not re.fullmatch(r"(\.\./)*[a-z/._-]+", src)):
                self.problems.append(f"a script from {src!r}")

    def handle_data(self, data):
        if self._script is not None:
            self._script["text"] += data

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            script, self._script = self._script, None
            if script["src"] is None:
                text = script["text"]
                if script["type"] in ("application/json", "application/ld+json"):
                    try:
                        json.loads(text)
                    except ValueError:
                        self.problems.append(f"a data block that is not JSON: {text[:80]!r}")
                elif text not in self.allowed_inline:
                    self.problems.append(f"an inline script: {text[:80]!r}")


def _dangerous_url(value: str) -> bool:
    squeezed = re.sub(r"[\x00-\x20\x7f]+", "", html.unescape(value)).lower()
    return squeezed.startswith(("javascript:", "vbscript:", "data:"))


def _inline_scripts_of_the_theme() -> set[str]:
    theme = Path(__file__).resolve().parent.parent / "themes" / "default" / "templates"
    found = set()
    for template in theme.rglob("*.html"):
        found.update(re.findall(r"<script>(.*?)</script>", template.read_text(encoding="utf-8"), re.S))
    return found


THEME_INLINE = _inline_scripts_of_the_theme()


def file_tree(folder: Path, leave_out: tuple[Path, ...]) -> dict[str, bytes]:
    files = {}
    for path in folder.rglob("*"):
        if any(path == skip or skip in path.parents for skip in leave_out):
            continue
        if path.is_file() and not path.is_symlink():
            files[str(path.relative_to(folder))] = path.read_bytes()
    return files


def build_and_check(files: dict[str, str]) -> tuple[int, str]:
    """Build `files` as a dossier in a fresh folder and assert every promise; → (exit, stderr)."""
    place = Path(tempfile.mkdtemp(prefix="dossier-fuzz-"))
    try:
        canary, secret = place / "canary", place / "secret.txt"
        canary.mkdir()
        secret.write_text(SECRET, encoding="utf-8")
        root, output = place / "dossier", place / "site"
        for relative, text in files.items():
            path = root / relative.replace("{canary}", str(canary)).replace("{secret}", str(secret))
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text.replace("{canary}", str(canary)).replace("{secret}", str(secret)),
                            encoding="utf-8", errors="surrogatepass")
        before = file_tree(place, (output, root / ".dossier-cache"))
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["build", str(root), "-o", str(output), "--no-search", "-q"])
        message = err.getvalue()
        event(f"exit {code}")
        assert code in (0, 1), f"exit {code}:\n{message}"
        assert "Traceback" not in message and "internal error" not in message, message
        assert not list(canary.iterdir()), f"a file was written outside the output: {list(canary.iterdir())}"
        assert file_tree(place, (output, root / ".dossier-cache")) == before, "files outside the output changed"
        if code == 1:
            assert not output.exists(), "a failed build left a site"
            assert message.strip(), "a failed build said nothing"
            return code, message
        for path in output.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            assert SECRET.encode() not in data, f"{path.name} holds a file from outside the dossier"
            if path.suffix == ".html":
                scan = _OutputScan(THEME_INLINE)
                scan.feed(data.decode("utf-8"))
                scan.close()
                assert not scan.problems, f"{path.relative_to(output)}: {scan.problems}"
            elif path.suffix == ".xml":
                ElementTree.fromstring(data)
            elif path.suffix == ".js" and path.parent.name == "data":
                text = data.decode("utf-8")
                json.loads(text[text.index("=") + 1:].strip().rstrip(";"))
        return code, message
    finally:
        shutil.rmtree(place, ignore_errors=True)


def front_matter(yaml_text: str, body: str) -> str:
    return f"---\n{yaml_text}---\n\n{body}\n"


# ---- the fuzz tests --------------------------------------------------------------------------

@st.composite
def article_files(draw):
    files = {}
    for name in ["a1", *draw(st.lists(st.sampled_from(IDS), max_size=2, unique=True))]:
        data = draw(mapping(ARTICLE_KEYS, required=("title",), wild=draw(st.integers(0, 4)) == 0))
        files[f"articles/{name}.md"] = front_matter(draw(as_yaml(data)), draw(hostile_text))
    return files


@st.composite
def entity_files(draw):
    files = {}
    for name in draw(st.lists(ids, min_size=1, max_size=3, unique=True)):
        data = draw(mapping(ENTITY_KEYS, required=("name", "type"), wild=draw(st.integers(0, 4)) == 0))
        folder = draw(st.sampled_from(["entities", "entities/people", "entities/places"]))
        files[f"{folder}/{name}.yaml"] = draw(as_yaml(data))
    return files


@st.composite
def summary_files(draw):
    files = {}
    for name in draw(st.lists(ids, min_size=1, max_size=2, unique=True)):
        data = draw(mapping(SUMMARY_KEYS, required=("title",), wild=draw(st.integers(0, 4)) == 0))
        files[f"summaries/s-{name}.md"] = front_matter(draw(as_yaml(data)), draw(hostile_text))
    return files


PLAIN_ARTICLE = front_matter('title: "A plain <script>alert(1)</script> clipping"\noutlet: Le Monde\npublished: 2024-05-01\n',
                             "Hervé spoke to the police in Marseille.")
PLAIN_ENTITY = "name: Hervé\ntype: person\naliases: [Mimo]\n"


@given(st.builds(lambda a, e, s: {"entities/herve.yaml": PLAIN_ENTITY, **a, **e, **s},
                 article_files(), entity_files(), summary_files()))
@fuzz_settings(600)
def test_fuzzed_front_matter_and_entities_keep_every_promise(files):
    build_and_check(files)


@given(bodies, bodies, st.booleans())
@fuzz_settings(300)
def test_fuzzed_markdown_keeps_every_promise(article_body, summary_body, trust_raw_html):
    build_and_check({
        "dossier.yaml": f"title: Fuzz\nallow_raw_html: {'true' if trust_raw_html else 'false'}\n",
        "articles/a1.md": front_matter('title: "Clipping"\noutlet: Le Monde\npublished: 2024-05-01\n', article_body),
        "summaries/s1.md": front_matter('title: "Brief"\n', summary_body),
        "entities/herve.yaml": PLAIN_ENTITY,
    })


@st.composite
def template_files(draw):
    statements = template_statements()
    files = {"articles/a1.md": PLAIN_ARTICLE, "entities/herve.yaml": PLAIN_ENTITY}
    for name in draw(st.lists(st.sampled_from(["article.html", "entity.html", "base.html", "home.html"]),
                              min_size=1, max_size=2, unique=True)):
        body = "\n".join(draw(st.lists(statements, min_size=1, max_size=4)))
        if draw(st.booleans()):
            body = '{%% extends "!theme/%s" %%}{%% block content %%}%s{{ super() }}{%% endblock %%}' % (name, body)
        files[f"templates/{name}"] = body
    return files


@given(template_files())
@fuzz_settings(600)
def test_fuzzed_template_overrides_keep_every_promise(files):
    build_and_check(files)


def test_the_checks_catch_what_they_look_for(tmp_path):
    """The scanner itself: a script, a handler and a javascript: URL are each found."""
    for page, expected in [("<script>alert(1)</script>", "an inline script"),
                           ("<a href=' JaVa&#x09;script:x'>x</a>", "<a href="),
                           ("<p onclick=x>", "event handler"),
                           ('<script src="https://evil.test/assets/dossier.js"></script>', "a script from"),
                           ('<script type="application/json">{"a": </script>', "not JSON")]:
        scan = _OutputScan(THEME_INLINE)
        scan.feed(page)
        scan.close()
        assert scan.problems and expected in scan.problems[0], (page, scan.problems)
    scan = _OutputScan(THEME_INLINE)
    scan.feed('<script src="../assets/dossier.js" defer></script>' + "".join(f"<script>{s}</script>" for s in THEME_INLINE))
    assert not scan.problems
