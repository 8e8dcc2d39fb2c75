"""Bad input: path:line: message on stderr, all problems together, exit 1, previous site intact."""
import time

import pytest

from conftest import article, entity

GOOD = {
    "entities/herve.yaml": entity("Hervé"),
    "articles/a.md": article("A", "Hervé spoke."),
}


def built_then_broken(make_dossier, broken: dict):
    """Build a good dossier, then break it; returns (dossier, run of the failing build)."""
    d = make_dossier(GOOD)
    assert d.build().code == 0
    before = {p: p.read_bytes() for p in d.output.rglob("*") if p.is_file()}
    d.add(broken)
    run = d.build()
    after = {p: p.read_bytes() for p in d.output.rglob("*") if p.is_file()}
    assert after == before, "a failed build must leave the previous site exactly as it was"
    assert run.code == 1
    assert "Traceback" not in run.err
    assert "nothing was written" in run.err
    return d, run


@pytest.mark.parametrize("files, expected", [
    ({"articles/b.md": "---\ntitle: A: B\n---\nx\n"},
     "articles/b.md:2:9: invalid YAML: mapping values are not allowed in this context; a value contains "
     "': ' — put the whole value in quotes"),
    ({"articles/b.md": "---\ntitle: ok\n\tbad: 1\n---\nx\n"},
     "articles/b.md:3:1: invalid YAML: found a tab character that violates indentation; "
     "YAML does not allow tab characters for indentation — indent with spaces"),
    ({"articles/b.md": "---\ntitle: !!python/object:os.system {}\n---\n"},
     "articles/b.md:2:8: invalid YAML: unsupported YAML tag 'tag:yaml.org,2002:python/object:os.system'; "
     "tags such as !!python/object are not allowed — remove the tag"),
    ({"articles/b.md": "---\noutlet: X\n---\nBody\n"},
     "articles/b.md:2: 'title' is missing; add a line 'title: ...'"),
    ({"articles/b.md": "---\ntitle: [a, b]\n---\n"},
     "articles/b.md:2: 'title' must be text, not a list"),
    ({"articles/b.md": "---\ntitle: B\n---\n\nSee [[nobody]].\n"},
     "articles/b.md:5: [[nobody]] links to an unknown id; check the spelling or add that entity, "
     "article or summary"),
    ({"summaries/s.md": "---\ntitle: S\n---\n\nLine one.\nAs said [@ghost].\n"},
     "summaries/s.md:6: [@ghost] cites an unknown id; citations must name an article id"),
    ({"summaries/s.md": "---\ntitle: S\n---\n\nAs said [@herve].\n"},
     "summaries/s.md:5: [@herve] cites an entity, not an article"),
    ({"articles/b.md": "---\nid: a\ntitle: B\n---\n"},
     "articles/b.md:2: duplicate id 'a': articles/a.md already uses it; ids must be unique across "
     "articles, summaries and entities — rename one"),
    ({"articles/b.md": "---\ntitle: B\npublished: 2024-02-30\n---\n"},
     "articles/b.md:3: 'published': '2024-02-30' is not a real date: February 2024 has no day 30"),
    ({"articles/b.md": "---\ntitle: B\npublished: someday\n---\n"},
     "articles/b.md:3: 'published': 'someday' is not a date I can read"),
    ({"articles/A.md": "---\ntitle: B\n---\n"},
     "articles/a.md:1: 'a' and 'A' (articles/A.md) would write the same page articles/a.html on "
     "case-insensitive disks; give them ids that differ by more than case"),
    ({"articles/b.md": "---\ntitle: B\n"},
     "articles/b.md:1: the front matter that starts on line 1 is never closed; add a line '---'"),
    ({"articles/b.md": ""}, "articles/b.md:1: the file is empty"),
    ({"articles/b.md": b"---\ntitle: caf\xe9\n---\n"},
     "articles/b.md:2: the file is not UTF-8 text (byte 0xe9); save it with UTF-8 encoding"),
    ({"entities/x.yaml": entity("X", relations="\n  - type: knows\n    to: nobody")},
     "entities/x.yaml:5: 'relations.to' refers to 'nobody', which is not an entity id in this dossier"),
    ({"entities/x.yaml": entity("X", "event", start="2024-05-02", end="2024-05-01")},
     "entities/x.yaml:4: 'end' (1 May 2024) is before 'start' (2 May 2024); swap them"),
    ({"articles/b.md": "---\ntitle: B\ncopy_of: nothing-here\n---\n"},
     "articles/b.md:3: 'copy_of' refers to 'nothing-here', which is not an article id in this dossier"),
    ({"articles/b.md": "---\ntitle: B\nid: ../escape\n---\n"},
     "articles/b.md:3: '../escape' is not a valid id"),
    ({"articles/b.md": "---\ntitle: B\nid: /etc/passwd\n---\n"},
     "articles/b.md:3: '/etc/passwd' is not a valid id"),
    ({"articles/b.md": "---\ntitle: B\nid: C:evil\n---\n"},
     "articles/b.md:3: 'C:evil' is not a valid id"),
    ({"articles/b.md": "---\ntitle: B\nid: '%2e%2e%2fx'\n---\n"},
     "articles/b.md:3: '%2e%2e%2fx' is not a valid id"),
    ({"entities/bad.yaml": "name: X\ntype: person\n  aliases: [a]\n"},
     "entities/bad.yaml:3:10: invalid YAML: mapping values are not allowed in this context"),
    ({"entities/x.yaml": "name: X\ntype: event\ndate: 2024-05-01\nplace: atlantis\n"},
     "entities/x.yaml:4: 'place' refers to 'atlantis', which is not an entity id in this dossier"),
    ({"summaries/s.md": "---\ntitle: S\norder: first\n---\n"},
     "summaries/s.md:3: 'order' must be a whole number, not a str"),
    ({"articles/b.md": "---\ntitle: B\naccess: members-only\n---\n"},
     "articles/b.md:3: 'access' is 'members-only'; it must be one of: full, partial, paywalled"),
    ({"articles/b.md": "---\ntitle: B\nurl: javascript:alert(1)\n---\n"},
     "articles/b.md:3: 'url' must be a web address starting with https:// or http://"),
    ({"articles/b.md": "- just\n- a list\n"},
     "articles/b.md:1: the file must start with front matter"),
])
def test_bad_input_is_reported_with_file_and_line(make_dossier, files, expected):
    _, run = built_then_broken(make_dossier, files)
    assert expected in run.err, run.err


def test_all_problems_of_a_build_are_listed_together(make_dossier):
    _, run = built_then_broken(make_dossier, {
        "articles/b.md": "---\noutlet: X\n---\n",
        "articles/c.md": "---\ntitle: C\npublished: 2024-13\n---\n",
        "summaries/s.md": "---\ntitle: S\n---\n\n[[ghost]] and [@phantom]\n",
    })
    lines = [line for line in run.err.splitlines() if ": " in line and not line.startswith("Build failed")]
    assert len(lines) == 4
    assert lines[0].startswith("dossier/articles/b.md:2:")
    assert lines[1].startswith("dossier/articles/c.md:3:")
    assert "Build failed: 4 errors; nothing was written." in run.err


def test_a_template_typo_names_the_template_and_line(make_dossier):
    d, run = built_then_broken(make_dossier, {"templates/article.html": (
        '{% extends "!theme/article.html" %}\n{% block content %}\n{{ page.titel }}\n{% endblock %}\n')})
    assert "templates/article.html:3: template error:" in run.err
    assert "has no attribute 'titel'" in run.err


@pytest.mark.parametrize("expression", [
    "''.__class__.__mro__[1].__subclasses__()",
    "page.__init__.__globals__",
    "site.__class__",
    "cycler.__init__.__globals__.os",
    "'{0.__class__.__mro__}'.format|memo(page)",
    "range|memo(3)",           # memo calls what it is given outside the sandbox's checks: macros only
    "memo(dict, page)",
])
def test_a_dossier_template_cannot_reach_python_internals(make_dossier, expression):
    """A dossier received from someone else must not run code through its templates."""
    d, run = built_then_broken(make_dossier, {"templates/article.html": (
        '{% extends "!theme/article.html" %}\n{% block content %}\n{{ ' + expression + ' }}\n{% endblock %}\n')})
    assert run.code != 0 and "Traceback" not in run.err
    assert "templates/article.html:3: template error:" in run.err
    assert "sandbox" in run.err
    assert (d.output / "index.html").is_file()   # the previous site stays


def test_a_template_syntax_error_names_the_template_and_line(make_dossier):
    _, run = built_then_broken(make_dossier, {"templates/article.html": "<p>\n{% if %}\n"})
    assert "templates/article.html:2: template error: Expected an expression" in run.err


def test_unknown_fields_warn_with_a_suggestion_and_the_build_goes_on(make_dossier):
    d = make_dossier({**GOOD, "articles/b.md": "---\ntitle: B\npublshed: 2024\n---\n"})
    run = d.build()
    assert run.code == 0
    assert "dossier/articles/b.md:3: warning: unknown field 'publshed' in an article; did you mean 'published'?" in run.err


def test_an_alias_claimed_by_two_entities_is_a_warning_and_is_not_linked(make_dossier):
    d = make_dossier({
        "entities/a.yaml": entity("Mohamed Amra", aliases='["Mohamed"]'),
        "entities/b.yaml": entity("Mohamed Djeha", aliases='["Mohamed", "Mimo"]'),
        "articles/x.md": article("X", "Mohamed met Mimo and Mohamed Amra."),
    })
    run = d.build()
    assert run.code == 0
    warnings = [line for line in run.err.splitlines() if "warning" in line]
    assert warnings == ["dossier/entities/b.yaml:3: warning: the name 'Mohamed' is claimed by entities/a.yaml "
                        "and entities/b.yaml; it will not be linked automatically — keep it on one entity, "
                        "or use [[id|Mohamed]]"]
    body = d.page("articles/x.html").split('class="prose body"')[1]
    assert '<p id="p-1">Mohamed met <a class="mention entity" data-entity="b"' in body
    assert 'data-entity="a" href="../entities/a.html">Mohamed Amra</a>' in body


def test_check_reports_without_writing(make_dossier):
    d = make_dossier({**GOOD, "articles/b.md": "---\ntitle: B\n---\n[[ghost]]\n"})
    run = d.check()
    assert run.code == 1
    assert "dossier/articles/b.md:4: [[ghost]] links to an unknown id" in run.err
    assert not d.output.exists()


# Enough pages (over 400) to be made in worker processes, and a template that fails on one of
# them; a name for check's review list in some.
HUNDREDS_AND_A_BAD_PAGE = {
    **GOOD, **{f"articles/n{i:03d}.md": article(f"Note {i}", "Mohamed Amra, again." if i % 100 else
                                                "Mohamed Amra, under Operation Place Nette.") for i in range(420)},
    "entities/odd.yaml": "name: The Odd One\ntype: place\n",
    "templates/entity.html": '{% extends "!theme/entity.html" %}\n{% block content %}'
                             '{% if page.ref.id == "odd" %}{{ page.nothing.here }}{% endif %}{{ super() }}{% endblock %}\n'}


def test_check_finds_a_template_problem_on_one_page_of_hundreds_without_keeping_them(make_dossier):
    """check makes every page in worker processes, as a build does, and keeps none: a template
    that fails on one entity's page is reported by file and line, and nothing is written. Its
    review list, made by the main process meanwhile, is there either way."""
    d = make_dossier(HUNDREDS_AND_A_BAD_PAGE)
    review = ("  dossier/articles/n000.md:5: note: review: “Operation Place Nette” appears in 5 articles and "
              "matches no entity name or alias; add it as an entity, or as an alias of one")
    run = d.check()
    assert run.code == 1
    assert "templates/entity.html:2: template error: " in run.err and "(while rendering entities/odd.html)" in run.err
    assert review in run.err.splitlines() and run.err.rstrip().endswith("1 error, 0 warnings")
    assert not d.output.exists()
    (d.root / "entities" / "odd.yaml").unlink()
    run = d.check()
    assert run.code == 0 and review in run.err.splitlines() and run.out == f"No errors (0 warnings) in {d.root}\n"


def test_workers_stopped_by_a_problem_leave_no_traceback(make_dossier, monkeypatch):
    """When a worker meets a problem the others are stopped; the pool's own thread must not
    then fail on the tasks left (it did one time in three with Python 3.11's map, printing a
    traceback after the message). A race: tried ten times."""
    import threading
    failures = []
    monkeypatch.setattr(threading, "excepthook", lambda args: failures.append(repr(args.exc_value)))
    d = make_dossier(HUNDREDS_AND_A_BAD_PAGE)
    for _ in range(10):
        run = d.check()
        assert run.code == 1 and "template error" in run.err and "Traceback" not in run.err
    time.sleep(0.5)   # (the pools' threads end on their own)
    assert failures == []


def test_check_strict_turns_warnings_into_errors_whatever_the_verbosity(make_dossier):
    d = make_dossier({**GOOD, "articles/b.md": "---\ntitle: B\nauthr: X\n---\n"})
    assert d.check().code == 0
    assert d.check("-q").code == 0
    for extra in ((), ("-q",)):
        run = d.check("--strict", *extra)
        assert run.code == 1
        assert "dossier/articles/b.md:3: warning: unknown field 'authr' in an article; did you mean 'authors'?" in run.err
    # the count says what failed: a warning, counted as one, not an error that is not shown
    assert d.check("--strict").err.endswith("\n0 errors, 1 warning (--strict: warnings fail the check)\n")


def test_check_exit_codes_clean_errors_and_cannot_run(make_dossier):
    d = make_dossier(GOOD)
    assert d.check().code == 0
    d.add({"articles/b.md": "---\n---\n"})
    assert d.check().code == 1
    assert d.run("check", str(d.root / "missing")).code == 2


def test_output_folder_that_is_the_content_folder_is_refused(make_dossier):
    d = make_dossier(GOOD)
    run = d.run("build", str(d.root), "-o", str(d.root))
    assert run.code == 1 and "is the content folder" in run.err
    run = d.run("build", str(d.root), "-o", str(d.root.parent))
    assert run.code == 1 and "contains the content folder" in run.err


def test_a_folder_dossier_did_not_create_is_not_overwritten(make_dossier):
    d = make_dossier(GOOD)
    d.output.mkdir()
    (d.output / "precious.txt").write_text("keep me")
    run = d.build()
    assert run.code == 1 and "was not created by dossier" in run.err and "--force" in run.err
    assert (d.output / "precious.txt").read_text() == "keep me"
    assert d.build("--force").code == 0
    assert (d.output / "precious.txt").read_text() == "keep me"   # kept, not deleted
    assert (d.output / "index.html").exists()


def test_rebuild_keeps_files_dossier_did_not_write(make_dossier):
    d = make_dossier(GOOD)
    d.build()
    (d.output / "CNAME").write_text("dossier.example.org\n")
    (d.output / ".git").mkdir()
    (d.output / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    d.add({"articles/b.md": article("B")})
    assert d.build().code == 0
    assert (d.output / "CNAME").read_text() == "dossier.example.org\n"
    assert (d.output / ".git" / "HEAD").exists()
    assert (d.output / "articles" / "b.html").exists()
    assert not list(d.output.parent.glob(".site.staging-*")), "no staging folder is left behind"
    # the previous site is removed by a background process once the new one is in place
    deadline = time.monotonic() + 10
    while list(d.output.parent.glob(".site.old-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not list(d.output.parent.glob(".site.*"))


def test_stale_pages_disappear_on_rebuild(make_dossier):
    d = make_dossier({**GOOD, "articles/b.md": article("B")})
    d.build()
    (d.root / "articles" / "b.md").unlink()
    d.build()
    assert not (d.output / "articles" / "b").exists()


def test_a_rebuild_with_nothing_changed_does_nothing_and_repeats_warnings(make_dossier):
    d = make_dossier({**GOOD, "articles/b.md": "---\ntitle: B\nauthr: X\n---\n"})
    d.settle()     # (files saved a moment ago are never taken as unchanged: see build.input_fingerprint)
    first = d.build("--no-search")
    assert first.code == 0 and "warning: unknown field 'authr'" in first.err
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in d.output.rglob("*") if p.is_file()}
    again = d.build("--no-search")
    assert again.code == 0 and "Nothing changed since the last build" in again.out
    assert again.err == first.err
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in d.output.rglob("*") if p.is_file()} == before
    # any change, or other options, rebuild
    assert "Built" in d.build().out
    d.add({"articles/a.md": article("A", "Hervé spoke again.")})
    assert "Updated" in d.build().out     # an edit of a text: only what it touched
    assert "</a> spoke again." in d.page("articles/a.html")
    assert "Built" in d.build("--force").out


@pytest.mark.parametrize("text, expected", [
    ("---\ntitle: a\n---\nbody\nmore", ("title: a", "body\nmore", 4)),
    ("---\n---\nx", ("", "x", 3)),
    ("---\ntitle: a\n---", ("title: a", "", 4)),
    ("--- \ntitle: a\n... \t\nb\n", ("title: a", "b\n", 4)),
    ("---\na: |\n  ---\n----\n---\n\nbody\n---\nz", ("a: |\n  ---\n----", "\nbody\n---\nz", 6)),
    ("---\na: 1\n---\u00a0\nq", ("a: 1", "q", 4)),
])
def test_front_matter_ends_at_the_first_fence_line(text, expected):
    from pathlib import Path
    from generator.textfile import split_front_matter
    source = split_front_matter(Path("a.md"), "a.md", text, [])
    assert (source.yaml_text, source.body, source.body_first_line) == expected
