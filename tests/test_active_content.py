"""A dossier's own templates and static files add no script to the site (activecontent.py):
whatever way they try, the build fails naming the file, and `--allow-scripts` lets the
builder trust a dossier of their own."""
from __future__ import annotations

import os
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import article, entity
from generator.activecontent import active_content, theme_scripts

PAGE = ('{% extends "!theme/article.html" %}\n{% block content %}\n{{ super() }}\nBODY\n{% endblock %}\n')
ATTACKS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    '<script src="{{ root }}assets/dossier.js">alert(1)</script>',   # the theme's address, with a text of its own
    "<scr{{ '' }}ipt>alert(1)</script>",                            # made of pieces
    "{{ page.title|safe }}",                                       # the title holds a script
    "{% autoescape false %}{{ page.title }}{% endautoescape %}",
    '<a href="jav&#x61;script:alert(1)">x</a>',
    '<a href=" java\tscript:alert(1)">x</a>',
    "<img src=x onerror=alert(1)>",
    "<a/onclick=alert(1)>x</a>",
    "<svg><style><img src=x onerror=alert(1)></style></svg>",        # markup inside an SVG's style
    "<![CDATA[><script>alert(1)</script>]]>",                      # a bogus comment to a browser
    "<!-- --!><script>alert(1)</script> -->",                      # a comment a browser ends early
    "<script/>alert(1)</script>",
    '<iframe src="https://evil.example/"></iframe>',
    '<object data="x.swf"></object>',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<svg><set attributeName="href" to="javascript:alert(1)"/></svg>',
    # text to a browser, markup to a parser, or the other way round (found in review)
    '<textarea><p title="</textarea><img src=x onerror=alert(1)>"></p></textarea>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
    '<svg><title><img src=x onerror=alert(1)></title></svg>',
    "<plaintext>",
    # the theme's own scripts pointed elsewhere: their root, the 404 page's path
    '<div data-root="https://evil.example/"></div>',
    '<meta name="dossier-root" content="//evil.example/">',
    # an encoding in which a browser swallows what a parser reads
    '<meta charset="iso-2022-jp"><a title="\x1b$B"\x1b(B x="><img src=x onerror=alert(1)>">x</a>',
    '<meta charset="iso-2022-jp">',
    # a data block is data only as the theme writes it: a script of another type, or with an address, runs
    '<script type="text/javascript">alert(1)</script>',
    '<script type="module">alert(1)</script>',
    '<script type="application/json" src="https://evil.example/x.js"></script>',
    '<script type="">alert(1)</script>',
    # a browser keeps the first of two attributes, and ends a script at `</script x>` (found in review)
    '<script type="text/javascript" type="application/json">alert(1)</script>',
    '<script type="application/json"></script x><img src=x onerror=alert(1)><script type="application/json"></script>',
    '<a href="javascript:alert(1)" href="x">x</a>',
]


def dossier_files(body: str, template: str = "templates/article.html") -> dict[str, str]:
    return {"entities/herve.yaml": entity("Hervé"),
            "articles/a.md": article("<script>alert(1)</script> Hervé", "Hervé spoke."),
            template: PAGE.replace("BODY", body)}


@pytest.mark.parametrize("body", ATTACKS)
def test_a_dossiers_template_cannot_add_a_script(make_dossier, body):
    d = make_dossier(dossier_files(body))
    run = d.build("--no-search")
    assert run.code == 1, run.err
    assert re.search(r"templates/article\.html: the page articles/a\.html that this template makes holds .* "
                     r"on its line \d+: .*--allow-scripts", run.err), run.err
    assert "Traceback" not in run.err and not d.output.exists()
    assert d.check().code == 1


def test_a_feed_of_the_dossiers_own_is_read_too(make_dossier):
    """feed.xml and sitemap.xml from a dossier's templates are read as its pages are (an XML
    file opened in a browser runs an XHTML script); the theme's own pass."""
    d = make_dossier({"articles/a.md": article("A <script>x</script>", "Text.", published="2024-05-01"),
                      "dossier.yaml": "title: T\nbase_url: https://example.org/\n",
                      "templates/feed.xml": '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
                                            '<script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script></feed>'})
    run = d.build("--no-search")
    assert run.code == 1 and "the page feed.xml that this template makes holds an inline script" in run.err, run.err
    (d.root / "templates" / "feed.xml").unlink()
    (d.root / "templates" / "sitemap.xml").write_text('{% extends "!theme/sitemap.xml" %}')
    assert d.build("--no-search").code == 0


def test_a_script_in_a_base_template_is_named_with_the_dossiers_templates(make_dossier):
    """base.html is extended by the theme's pages: the page's own template is the theme's, so
    the dossier's template folder is named."""
    d = make_dossier({"articles/a.md": article("A", "Text."),
                      "templates/base.html": '{% extends "!theme/base.html" %}{% block head_start %}'
                                             '<script>alert(1)</script>{% endblock %}'})
    run = d.build("--no-search")
    assert run.code == 1 and re.search(r"dossier/templates: the page \S+ that this template makes holds an inline "
                                       r"script", run.err), run.err


def test_allow_scripts_trusts_the_dossier(make_dossier):
    d = make_dossier({**dossier_files("<script>alert(1)</script>"), "static/tracker.js": "console.log(1)\n"})
    run = d.build("--no-search", "--allow-scripts")
    assert run.code == 0, run.err
    assert "<script>alert(1)</script>" in d.page("articles/a.html") and (d.output / "tracker.js").exists()
    assert d.check("--allow-scripts").code == 0
    assert d.build("--no-search").code == 1   # the option is the builder's, for each build


def test_a_json_data_block_is_data(make_dossier):
    """`<script type="application/json">` (the theme's interface words) is a block a browser
    never runs: a dossier's template may hold one, and the page's own block stays valid."""
    d = make_dossier(dossier_files('<script type="application/json" id="mine">{"a": "{{ page.title }}"}</script>'))
    assert d.build("--no-search").code == 0
    assert 'id="dossier-strings">{' in d.page("articles/a.html")


def test_a_harmless_template_and_the_theme_pass(make_dossier):
    """What the theme writes, with a base_url (the 404 page's script) and on every kind of
    page, passes: a dossier with templates of its own builds as before."""
    d = make_dossier({**dossier_files("<p class='x' style='color:red'>{{ page.title }} <a href='{{ root }}index.html'>"
                                      "home</a> <img src='https://example.org/a.png' alt='Data: 2024'></p>"),
                      "templates/entity.html": '{% extends "!theme/entity.html" %}',
                      "summaries/s.md": "---\ntitle: S\n---\n\nSee [@a].\n"})
    run = d.build("--base-url", "https://example.org/dossier/")
    assert run.code == 0, run.err
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in d.page("articles/a.html")


@pytest.mark.parametrize("name, text, ok", [
    ("static/x.js", "alert(1)", False),
    ("static/lib/module.mjs", "export default 1", False),
    ("static/page.html", "<!DOCTYPE html><p>Hi <script>alert(1)</script>", False),
    ("static/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', False),
    ("static/logo2.svg", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
     False),
    ("static/clean.svg", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>', True),
    ("static/about.html", '<!DOCTYPE html><title>About</title><p>Plain <a href="index.html">page</a>.', True),
    ("static/style.css", "body { color: red }", True),
    ("static/CNAME", "example.org", True),
])
def test_static_files_run_no_script(make_dossier, name, text, ok):
    d = make_dossier({"articles/a.md": article("A", "Text."), name: text})
    run = d.build("--no-search")
    assert (run.code == 0) is ok, run.err
    if not ok:
        assert re.search(re.escape(name) + r"(:\d+)?: " + re.escape(name) + r" (is a script|holds )", run.err), run.err
        assert d.check().code == 1
        assert d.build("--no-search", "--allow-scripts").code == 0


def test_the_theme_scripts_are_read_from_the_theme():
    sources, inline = theme_scripts()
    assert "assets/dossier.js" in sources and len(inline) == 2
    assert all("{{" not in text for text in inline)


@given(st.lists(st.sampled_from(["<", ">", "/", "=", '"', "'", " ", "\t", "script", "a", "svg", "style", "on",
                                 "load", "href", "javascript:", "&#x61;", "!--", "--", "![CDATA[", "]]", "x", "?",
                                 "iframe", "\n", "\x00"]), max_size=30).map("".join))
@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 0)) * 20 or 2000, deadline=None)
def test_what_passes_has_no_script_to_a_stricter_reader(text):
    """Whatever text passes active_content has no script element, and no event handler or
    `javascript:` value in a tag, to a second reader, cruder and stricter: every `<` and a
    letter starts a tag (inside a comment, an attribute or a style too), named as a browser
    names it (up to a space, `/` or `>`)."""
    if active_content(text) is not None:
        return
    for match in re.finditer(r"<([a-zA-Z][^\s/>]*)([^>]*)", text):
        name, rest = match.group(1).lower(), match.group(2)
        assert name not in ("script", "iframe", "object", "embed", "base"), (text, match.group())
        if not re.search("[\"']", rest):   # (a quoted value may hold any text)
            assert not re.search(r"(^|[\s/])on[a-z]+\s*=", rest, re.I), (text, match.group())
            assert "=javascript:" not in re.sub(r"[\x00-\x20]", "", rest.replace("&#x61;", "a")).lower(), text


@pytest.mark.parametrize("allow", [False, True])
def test_the_preview_holds_the_dossier_to_the_same_rule(tmp_path, allow):
    """dossier serve builds as dossier build does: a template's script is an error shown over
    the page, unless the server was started with --allow-scripts."""
    import json
    import urllib.error
    import urllib.request

    from conftest import served_url, start_server, stop_server, write_files
    root = write_files(tmp_path / "d", dossier_files("<script>alert(1)</script>"))
    process = start_server(tmp_path, root, "-p", "0", *(["--allow-scripts"] if allow else []))
    try:
        url = served_url(process)
        if allow:
            page = urllib.request.urlopen(url + "articles/a.html", timeout=60).read().decode()
            assert "<script>alert(1)</script>" in page
        else:
            events = urllib.request.urlopen(url + "__dossier__/events", timeout=60)
            assert events.readline().decode().strip() == "event: error-report"
            report = json.loads(events.readline().decode()[5:])
            assert "holds an inline script" in report["message"] and "--allow-scripts" in report["message"]
            events.close()
    finally:
        stop_server(process)
