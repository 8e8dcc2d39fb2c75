"""Hostile and pathological content: the build succeeds (or fails naming the file) and the
output holds nothing executable; links never lead outside; interruptions lose nothing."""
import os
import re
import signal
import subprocess
import sys
import time

import pytest
from conftest import REPO, article, entity

from generator.build import build_site
from generator.linkcheck import check_links

# Executable markup: a script element that is not the theme's own (nor its JSON data block, which a
# browser never runs), an event-handler attribute, a script URL in any attribute, or an embedding
# element. Escaped text (&lt;script&gt;) is harmless.
EXECUTABLE = re.compile(r"<script(?![^>]*\bsrc=\"[./]*(?:assets|data)/| type=\"application/json\" id=\"dossier-strings\">)|<[^>]*\son[a-z]+\s*=|"
                        r"<[^>]*=\s*\"?\s*(?:javascript|vbscript|data):|<iframe|<object|<embed", re.I)
THEME_INLINE_SCRIPT = '<script>try{var t=localStorage.getItem("dossier-theme")'

SPELLINGS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "javascript&#58;alert(1)",
    "&#x6A;avascript:alert(1)",
    "java&#x09;script:alert(1)",
    "javascript&colon;alert(1)",
    " vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
]


def executable_bits(html: str) -> list[str]:
    return EXECUTABLE.findall(html.replace(THEME_INLINE_SCRIPT, ""))


def assert_clean(site):
    for path in site.rglob("*.html"):
        assert executable_bits(path.read_text(encoding="utf-8")) == [], path


def test_script_and_event_handlers_are_neutralised(make_dossier):
    d = make_dossier({"articles/evil.md": article(
        "Evil <script>alert('title')</script>",
        """
        <script>alert(1)</script>
        <img src=x onerror=alert(1)>
        <iframe src="https://evil.example"></iframe><object data="x"></object>
        <style>body{display:none}</style>
        <a href="#" onclick="alert(1)">click</a>
        <svg onload=alert(1)><circle/></svg>
        """, outlet='"<b onmouseover=alert(1)>Outlet</b>"', summary='"<script>alert(2)</script>"')})
    assert d.build("--no-search").code == 0
    html = d.page("articles/evil.html")
    assert executable_bits(html) == []
    assert "Evil &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html      # front matter escaped
    assert "&lt;b onmouseover=alert(1)&gt;Outlet&lt;/b&gt;" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html                        # raw HTML shown as text
    assert_clean(d.output)


@pytest.mark.parametrize("autolink", [True, False], ids=["with-autolink", "without-a-tag"])
@pytest.mark.parametrize("spelling", SPELLINGS)
def test_script_urls_never_reach_the_output(make_dossier, spelling, autolink):
    """With an autolink (<url>) the body holds '<' and passes the sanitizer; without one it
    does not (markup.MarkupRenderer.render), and the URL guard alone must stop them."""
    body = f"[inline]({spelling})\n\n[ref][r]\n\n[r]: {spelling}\n\n![img]({spelling})\n\n"
    body += f"<{spelling}>\n" if autolink else ""
    d = make_dossier({"articles/x.md": article("X", body)})
    assert d.build("--no-search").code == 0
    assert executable_bits(d.page("articles/x.html")) == []


def test_trusted_raw_html_is_kept_but_still_sanitised(make_dossier):
    d = make_dossier({"dossier.yaml": "allow_raw_html: true\n", "articles/x.md": article(
        "X", '<figure><figcaption>Kept</figcaption></figure>\n\n<div onclick="x()"><script>bad()</script>ok</div>')})
    assert d.build("--no-search").code == 0
    html = d.page("articles/x.html")
    assert "<figure><figcaption>Kept</figcaption></figure>" in html
    assert "<div>ok</div>" in html and executable_bits(html) == []


def test_ten_thousand_nested_blockquotes_fail_naming_the_line(make_dossier):
    """Nesting is bounded (markup.MAX_NESTING: python-markdown's memory grows with the square
    of the depth), so 10,000 nested quotes, which rendered, are now refused, at once."""
    d = make_dossier({"articles/deep.md": "---\ntitle: Deep\n---\n\n" + ">" * 10_000 + " bottom\n"})
    started = time.perf_counter()
    run = d.build("--no-search")
    assert run.code == 1 and time.perf_counter() - started < 5
    assert ("dossier/articles/deep.md:5: the Markdown nests quotes or lists 10000 deep on this line; "
            "at most 100 levels are allowed — flatten it") in run.err
    assert not d.output.exists()


def test_deep_list_nesting_fails_naming_the_file(make_dossier):
    d = make_dossier({"articles/a.md": article("A")})
    assert d.build("--no-search").code == 0
    before = {p: p.read_bytes() for p in d.output.rglob("*") if p.is_file()}
    deep = "\n".join("    " * i + "- item" for i in range(400))
    d.add({"articles/lists.md": "---\ntitle: L\n---\n" + deep + "\n"})
    run = d.build("--no-search")
    assert run.code == 1
    assert "dossier/articles/lists.md:104: the Markdown nests quotes or lists 101 deep on this line" in run.err
    assert {p: p.read_bytes() for p in d.output.rglob("*") if p.is_file()} == before


def test_runaway_markdown_is_stopped_in_bounded_time(tmp_path):
    root = tmp_path / "d"
    (root / "articles").mkdir(parents=True)
    (root / "articles" / "brackets.md").write_text("---\ntitle: B\n---\n\n" + "[" * 50_000 + "x" + "]" * 50_000)
    started = time.perf_counter()
    with pytest.raises(Exception) as caught:
        build_site(root, tmp_path / "site", search=False, render_seconds=2)
    assert time.perf_counter() - started < 10
    [problem] = caught.value.problems
    assert problem.format(tmp_path) == ("d/articles/brackets.md:4: the Markdown (0.1 MB) took longer than 2 s "
                                        "to render; simplify or split it (runs of brackets, deep nesting, very "
                                        "long lines)")


def test_a_ten_megabyte_article_renders_or_fails_naming_it(make_dossier):
    paragraph = ("Hervé met the prosecutor, *again*, about the [file](https://example.org). " * 18 + "\n\n")
    body = paragraph * (10_000_000 // len(paragraph))
    d = make_dossier({"entities/herve.yaml": entity("Hervé"), "articles/huge.md": article("Huge", body)})
    run = d.build("--no-search")
    if run.code == 0:
        assert (d.output / "articles/huge.html").stat().st_size > 10_000_000
    else:
        assert "dossier/articles/huge.md:" in run.err and "took longer than" in run.err


def test_reserved_page_names_are_safe_ids(make_dossier):
    d = make_dossier({"articles/search.md": article("An article called search", tags=["Index"]),
                      "entities/404.yaml": entity("Room 404", "place"),
                      "summaries/tags.md": article("Tags", "See [[search]] and [[404]].")})
    assert d.build().code == 0
    assert "<h1>Tags</h1>" in d.page("summaries/tags.html") and "Index" in d.page("tags/index-tag.html")
    assert 'href="../tags/index-tag.html">#Index' in d.page("tags/index.html")
    assert "An article called search" in d.page("articles/search.html")
    assert "<h1>Search</h1>" in d.page("search/index.html")
    assert "Page not found" in d.page("404.html") and "Room 404" in d.page("entities/404.html")
    assert check_links(d.output) == []


def test_index_cannot_be_an_id_since_each_section_lists_its_items_there(make_dossier):
    d = make_dossier({"articles/index.md": article("Index"), "entities/x.yaml": entity("X", id="INDEX")})
    run = d.build()
    assert run.code == 1 and not d.output.exists()
    assert ("dossier/articles/index.md:1: the file name gives the id: 'index' cannot be an id: it is the name "
            "of each section's list page (index.html); rename the file or add an 'id:' field") in run.err
    assert "dossier/entities/x.yaml:3: 'INDEX' cannot be an id: it is the name of each section's list page" in run.err


def test_links_leading_outside_the_dossier_are_not_followed(make_dossier, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("---\ntitle: Secret\n---\nPRIVATE\n")
    (outside / "folder").mkdir()
    (outside / "folder" / "also.md").write_text("---\ntitle: Also\n---\nPRIVATE\n")
    d = make_dossier({"articles/a.md": article("A")})
    (d.root / "articles" / "secret.md").symlink_to(outside / "secret.md")
    (d.root / "articles" / "linked").symlink_to(outside / "folder")
    run = d.build("--no-search")
    assert run.code == 0
    assert "dossier/articles/secret.md: warning: this file is reached through a link that leads outside" in run.err
    for path in d.output.rglob("*.html"):
        assert "PRIVATE" not in path.read_text(encoding="utf-8")


def test_bom_and_crlf_files_are_read_as_text(make_dossier):
    d = make_dossier({
        "articles/bom.md": "\ufeff---\ntitle: With a BOM\n---\nBody.\n",
        "articles/crlf.md": b"---\r\ntitle: Windows lines\r\npublished: 2024-05\r\n---\r\n\r\nHerve here.\r\n",
        "entities/herve.yaml": b"\xef\xbb\xbfname: Herv\xc3\xa9\r\ntype: person\r\n",
    })
    run = d.build("--no-search")
    assert run.code == 0, run.err
    assert "<h1>With a BOM</h1>" in d.page("articles/bom.html")
    crlf = d.page("articles/crlf.html")
    assert "<h1>Windows lines</h1>" in crlf and 'data-entity="herve"' in crlf and "May 2024" in crlf


def test_sigterm_while_writing_leaves_the_previous_site_whole(tmp_path):
    make_corpus = REPO.parent / "shared" / "bench" / "make_corpus.py"
    if not make_corpus.exists():
        pytest.skip("the shared corpus generator is not beside the repository")
    corpus, site = tmp_path / "corpus", tmp_path / "site"
    subprocess.run([sys.executable, str(make_corpus), "--articles", "400", "--entities", "200", "--out",
                    str(corpus), "--format", "neutral"], check=True, capture_output=True)
    command = [sys.executable, "-m", "generator.cli", "build", str(corpus), "-o", str(site), "-q"]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run(command + ["--no-search"], check=True, env=env)
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    (corpus / "articles" / "00001-new.md").write_text("---\ntitle: New\n---\nNew text.\n")
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".site.staging-*")) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    assert process.poll() is None, "the build ended before its site was being written"
    time.sleep(0.2)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 143
    assert "interrupted" in err and "Traceback" not in err
    after = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert after == before
    assert not list(tmp_path.glob(".site.*")), "the staging folder was cleaned up"
