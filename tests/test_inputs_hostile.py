"""Files read from and written beside a dossier received from someone else: links never
bring outside files into the site or its templates, link loops are problems among the
others, the output never sits inside the dossier, names that break the site on Windows or
macOS disks are errors, the published site holds no path of the building machine, and a
full disk is reported against the output folder."""
import contextlib
import errno
import io
import json
import os
import shutil
import subprocess

import pytest
from conftest import article, entity
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.load import id_problem

PRIVATE = "PRIVATE-0f3c"


def site_text(site) -> str:
    """Every file of a built site, as one text (binary files decoded loosely)."""
    return "\n".join(path.read_bytes().decode("utf-8", "replace") for path in site.rglob("*") if path.is_file())


@pytest.fixture
def outside(tmp_path):
    """A folder beside the dossier with private files: a file, a folder, a template."""
    folder = tmp_path / "outside"
    (folder / "folder").mkdir(parents=True)
    (folder / "secret.txt").write_text(f"{PRIVATE} secret\n")
    (folder / "folder" / "inner.txt").write_text(f"{PRIVATE} inner\n")
    (folder / "article.html").write_text(f"{PRIVATE} template\n")
    return folder


def test_a_static_folder_linked_outside_copies_nothing(make_dossier, outside):
    d = make_dossier({"articles/a.md": article("A")})
    (d.root / "static").symlink_to(outside)
    run = d.build("--no-search")
    assert run.code == 0, run.err
    assert f"dossier/static: warning: this folder is reached through a link that leads outside the dossier " \
           f"folder (to '{outside}')" in run.err
    assert not (d.output / "secret.txt").exists() and not (d.output / "folder").exists()
    assert PRIVATE not in site_text(d.output)


def test_static_files_and_folders_linked_outside_are_refused_one_by_one(make_dossier, outside):
    d = make_dossier({"articles/a.md": article("A"), "static/own.txt": "own\n", "shared/logo.txt": "logo\n"})
    (d.root / "static" / "leak.txt").symlink_to(outside / "secret.txt")
    (d.root / "static" / "sub").symlink_to(outside / "folder")
    (d.root / "static" / "climb.txt").symlink_to(os.path.join("..", "..", "outside", "secret.txt"))
    (d.root / "static" / "logo.txt").symlink_to(os.path.join("..", "shared", "logo.txt"))   # inside: fine
    (d.root / "static" / "images").symlink_to(os.path.join("..", "shared"))                 # inside: fine
    run = d.build("--no-search")
    assert run.code == 0, run.err
    assert "dossier/static/leak.txt: warning: this file is reached through a link that leads outside" in run.err
    assert "dossier/static/sub: warning: this folder is reached through a link that leads outside" in run.err
    assert "dossier/static/climb.txt: warning: this file is reached through a link that leads outside the " \
           "dossier folder (to '../../outside/secret.txt')" in run.err
    assert (d.output / "own.txt").read_text() == "own\n"
    assert (d.output / "logo.txt").read_text() == "logo\n" and (d.output / "images" / "logo.txt").exists()
    assert not any((d.output / name).exists() for name in ("leak.txt", "sub", "climb.txt"))
    assert PRIVATE not in site_text(d.output)


def test_a_template_linked_outside_cannot_be_included(make_dossier, outside):
    d = make_dossier({"articles/a.md": article("A"),
                      "templates/article.html": '{% extends "!theme/article.html" %}'
                                                '{% block content %}{% include "pw.html" %}{% endblock %}'})
    (d.root / "templates" / "pw.html").symlink_to(outside / "secret.txt")
    run = d.build("--no-search")
    assert run.code == 1 and not d.output.exists()
    assert "dossier/templates/pw.html: warning: this file is reached through a link that leads outside" in run.err
    assert "template 'pw.html' was not found" in run.err
    assert PRIVATE not in run.err


def test_a_templates_folder_linked_outside_is_not_used(make_dossier, outside):
    d = make_dossier({"articles/a.md": article("A", "Own words.")})
    (d.root / "templates").symlink_to(outside)
    run = d.build("--no-search")
    assert run.code == 0, run.err
    assert "dossier/templates: warning: this folder is reached through a link that leads outside" in run.err
    assert "Own words." in d.page("articles/a.html")   # the theme's own template
    assert PRIVATE not in site_text(d.output)


def test_the_template_loader_refuses_a_file_outside_the_dossier_whatever_the_listing(tmp_path, outside):
    from generator.render import make_environment, theme_template_dirs
    (tmp_path / "dossier" / "templates").mkdir(parents=True)
    (tmp_path / "dossier" / "templates" / "pw.html").symlink_to(outside / "secret.txt")
    (tmp_path / "dossier" / "templates" / "own.html").write_text("own")
    env = make_environment(theme_template_dirs(tmp_path / "dossier"))
    assert env.get_template("own.html").render() == "own"
    with pytest.raises(Exception, match="pw.html"):
        env.get_template("pw.html")


def test_a_theme_folder_in_the_dossier_is_not_an_override_folder(make_dossier):
    d = make_dossier({"articles/a.md": article("A", "Own words."), "theme/article.html": f"{PRIVATE}\n"})
    run = d.build("--no-search")
    assert run.code == 0, run.err
    assert "dossier/theme: warning: this folder is not read: a dossier's own templates go in templates/" in run.err
    assert PRIVATE not in site_text(d.output) and "Own words." in d.page("articles/a.html")


def test_dossier_yaml_linked_outside_is_not_read(make_dossier, tmp_path):
    (tmp_path / "config.yaml").write_text(f"title: {PRIVATE}\n")
    d = make_dossier({"articles/a.md": article("A")})
    (d.root / "dossier.yaml").symlink_to(tmp_path / "config.yaml")
    run = d.build("--no-search")
    assert run.code == 0, run.err
    assert "dossier/dossier.yaml: warning: this file is reached through a link that leads outside" in run.err
    assert PRIVATE not in site_text(d.output)


def test_link_loops_are_problems_among_the_others(make_dossier):
    d = make_dossier({"articles/a.md": article("A"), "articles/broken.md": "---\nno title\n---\n",
                      "static/own.txt": "own\n", "templates/own.html": "own"})
    for folder, names in (("articles", ("l1.md", "l2.md")), ("static", ("s1.txt", "s2.txt")),
                          ("templates", ("article.html", "t2.html")), ("entities", ("e.yaml", "e.yaml"))):
        first, second = (d.root / folder / name for name in names)
        first.parent.mkdir(exist_ok=True)
        first.symlink_to(second.name)
        if second != first:
            second.symlink_to(first.name)
    (d.root / "static" / "self").symlink_to("self")   # a folder's name, looping on itself
    run = d.build("--no-search")
    assert run.code == 1, run.err
    for link in ("articles/l1.md", "articles/l2.md", "static/s1.txt", "static/s2.txt", "static/self",
                 "templates/article.html", "entities/e.yaml"):
        assert f"dossier/{link}: warning: this link leads to itself through a loop of links" in run.err, link
    assert "dossier/articles/broken.md:" in run.err and "Build failed: 1 error" in run.err
    (d.root / "articles" / "broken.md").unlink()
    run = d.build("--no-search")
    assert run.code == 0, run.err
    assert (d.output / "own.txt").exists() and "<h1>A</h1>" in d.page("articles/a.html")
    assert d.check().code == 0


def test_an_incremental_build_refuses_a_link_as_a_cold_one_does(make_dossier, outside):
    d = make_dossier({"articles/a.md": article("A"), "static/x.txt": "own\n"})
    d.settle()
    assert d.build("--no-search").code == 0
    (d.root / "static" / "x.txt").unlink()
    (d.root / "static" / "x.txt").symlink_to(outside / "secret.txt")
    (d.root / "static" / "sub").symlink_to(outside / "folder")
    (d.root / "templates").mkdir()
    (d.root / "templates" / "article.html").symlink_to(outside / "article.html")
    d.add({"articles/a.md": article("A", "Edited.")})
    d.settle()
    run = d.build("--no-search")
    assert run.code == 0, run.err
    assert "dossier/static/x.txt: warning" in run.err and "dossier/templates/article.html: warning" in run.err
    assert not (d.output / "x.txt").exists() and not (d.output / "sub").exists()
    assert "Edited." in d.page("articles/a.html")
    assert PRIVATE not in site_text(d.output)
    marker = json.loads((d.output / ".dossier-site.json").read_text())
    assert "x.txt" not in marker["state"]["static"] and not any("sub" in path for path in marker["state"]["static"])
    # and a whole static folder linked outside after a first build
    shutil.rmtree(d.root / "static")
    (d.root / "static").symlink_to(outside)
    d.settle()
    run = d.build("--no-search")
    assert run.code == 0 and "dossier/static: warning" in run.err
    assert PRIVATE not in site_text(d.output)


@pytest.mark.parametrize("where", ["site", "static/site", "articles/out"])
def test_the_output_folder_cannot_be_inside_the_dossier(make_dossier, where):
    d = make_dossier({"articles/a.md": article("A"), "static/own.txt": "own\n"})
    d.output = d.root / where
    run = d.build("--no-search")
    assert run.code == 1
    assert "is inside the dossier folder" in run.err and "choose a folder outside it" in run.err
    assert not d.output.exists()


def test_the_output_folder_cannot_be_inside_the_dossier_through_a_link(make_dossier, tmp_path):
    d = make_dossier({"articles/a.md": article("A")})
    (tmp_path / "door").symlink_to(d.root / "static", target_is_directory=True)
    (d.root / "static").mkdir()
    d.output = tmp_path / "door" / "site"
    run = d.build("--no-search")
    assert run.code == 1 and "is inside the dossier folder" in run.err
    assert list((d.root / "static").iterdir()) == []


@pytest.mark.parametrize("name", ["con", "PRN", "Aux", "nul", "com1", "COM9", "lpt1", "lpt9", "con.x", "nul.part.two"])
def test_ids_reserved_on_windows_are_refused(name):
    assert "reserved file name on Windows" in id_problem(name)


@pytest.mark.parametrize("name", ["con-x", "console", "com", "com10", "lpt0x", "nully", "auxiliary", "x.con"])
def test_names_close_to_reserved_ones_are_ids(name):
    assert id_problem(name) is None


def test_reserved_names_as_ids_and_static_files_are_errors(make_dossier):
    d = make_dossier({"articles/con.md": article("Con"), "entities/Nul.yaml": entity("Nul"),
                      "summaries/s.md": article("S", id="com1"),
                      "articles/ok.md": article("Ok", tags="[CON, Aux]"),
                      "static/aux.css": "x", "static/LPT1/x.css": "x", "static/fine/a.css": "x",
                      "static/a:b.txt": "x", "static/dot.": "x"})
    run = d.build("--no-search")
    assert run.code == 1 and not d.output.exists()
    assert "dossier/articles/con.md:1: the file name gives the id: 'con' cannot be an id: CON is a reserved " \
           "file name on Windows" in run.err
    assert "dossier/entities/Nul.yaml:1: the file name gives the id: 'Nul' cannot be an id" in run.err
    assert "dossier/summaries/s.md:3: 'com1' cannot be an id" in run.err
    for name in ("aux.css", "LPT1/x.css"):
        assert f"dossier/static/{name}: static/{name} has a name Windows reserves" in run.err, name
    assert "dossier/static/a:b.txt: static/a:b.txt has a name Windows cannot store" in run.err
    assert "dossier/static/dot.: static/dot. has a name Windows cannot store" in run.err
    assert "fine/a.css" not in run.err and "ok.md" not in run.err
    assert "Build failed: 7 errors" in run.err


def test_tags_named_as_reserved_names_get_pages_windows_can_store(make_dossier):
    d = make_dossier({"articles/ok.md": article("Ok", tags="[CON, Aux]")})
    run = d.build("--no-search")
    assert run.code == 0, run.err
    names = {path.stem.lower() for path in (d.output / "tags").iterdir()}
    assert not names & {"con", "aux"} and {"con-tag", "aux-tag"} <= names


def test_static_files_differing_from_the_sites_files_only_by_case_are_errors(make_dossier):
    d = make_dossier({"articles/a.md": article("A"), "static/Index.html": "x", "static/ARTICLES/a.html": "x",
                      "static/Assets/style.css": "x", "static/Feed.XML": "x", "static/Style.css": "x",
                      "static/style.css": "x", "static/search": "x", "static/other/Ok.css": "x"})
    run = d.build("--no-search")
    assert run.code == 1 and not d.output.exists()
    for name, other in (("Index.html", "index.html"), ("ARTICLES/a.html", "articles/a.html"),
                        ("Assets/style.css", "assets/style.css"), ("Feed.XML", "feed.xml"),
                        ("style.css", "static/Style.css"), ("search", "search")):
        assert f"dossier/static/{name}: static/{name} would overwrite the page or file {other}" in run.err \
            or f"dossier/static/{name}: static/{name} and {other} differ only by case" in run.err \
            or f"dossier/static/{name}: static/{name} would take the name of the folder {other}" in run.err, name
    assert "Ok.css" not in run.err


def test_the_published_marker_holds_no_path_of_the_building_machine(make_dossier, tmp_path):
    d = make_dossier({"articles/a.md": article("A", bogus=1), "static/own.txt": "own\n"})
    d.settle()
    run = d.build("--no-search")
    assert run.code == 0 and "dossier/articles/a.md:3: warning: unknown field 'bogus'" in run.err
    marker = (d.output / ".dossier-site.json").read_text(encoding="utf-8")
    assert str(tmp_path) not in marker and str(tmp_path.resolve()) not in marker
    assert str(tmp_path.resolve()) not in site_text(d.output)   # (nor any other published file)
    assert json.loads(marker)["warnings"][0][0] == "articles/a.md"
    again = d.build("--no-search")   # nothing changed: the warnings come from the marker
    assert "up to date" in again.out and "dossier/articles/a.md:3: warning: unknown field 'bogus'" in again.err


def _full_disk_message(run, output) -> None:
    assert run.code in (1, 2)
    assert "themes" not in run.err and "dossier.js" not in run.err.split("writing")[0]
    assert "disk" in run.err and "full" in run.err and str(output.name) in run.err
    assert "Traceback" not in run.err


def test_a_full_disk_is_reported_against_the_output_folder(make_dossier, monkeypatch):
    import shutil as shutil_module

    def full(source, target, *args, **kwargs):   # as shutil reports ENOSPC: against the source file
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(source), None, str(target))

    d = make_dossier({"articles/a.md": article("A")})
    monkeypatch.setattr(shutil_module, "copyfile", full)
    run = d.build("--no-search")
    _full_disk_message(run, d.output)
    assert "the disk of the output folder" in run.err and not d.output.exists()


def test_a_full_disk_while_writing_pages_names_the_output_folder(make_dossier, monkeypatch):
    from generator import write

    def full(path, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    d = make_dossier({"articles/a.md": article("A")})
    monkeypatch.setattr(write, "_write_new_file", full)
    run = d.build("--no-search")
    _full_disk_message(run, d.output)
    assert "the disk of the output folder" in run.err


@pytest.fixture
def small_disk(tmp_path):
    """A 64 KiB file system (tmpfs; the test is skipped where it cannot be mounted)."""
    folder = tmp_path / "small"
    folder.mkdir()
    if not shutil.which("mount") or os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], capture_output=True).returncode:
        pytest.skip("cannot mount a small file system here")
    yield folder
    subprocess.run(["umount", str(folder)], check=False)


def test_a_really_full_disk_is_reported_against_the_output_folder(make_dossier, small_disk):
    d = make_dossier({"articles/a.md": article("A")})
    d.output = small_disk / "site"
    run = d.build("--no-search")
    _full_disk_message(run, d.output)
    assert list(small_disk.iterdir()) == []   # nothing half-written left behind


NAMES = st.text(st.sampled_from("abcCON.nulAUX1lpt-_:Ä "), min_size=1, max_size=8)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(NAMES, min_size=1, max_size=6, unique=True))
def test_any_static_names_build_or_fail_naming_them(tmp_path_factory, names):
    """Whatever the static files are called, the build either succeeds with every file at a
    name no two of which differ only by case, or fails with problems naming static files."""
    from generator.build import build_site
    from generator.errors import ContentError
    folder = tmp_path_factory.mktemp("names")
    root = folder / "dossier"
    (root / "articles").mkdir(parents=True)
    (root / "articles" / "a.md").write_text(article("A"))
    (root / "static").mkdir()
    made = []
    for name in names:
        if name in (".", ".."):
            continue
        try:
            (root / "static" / name).write_text(name)
            made.append(name)
        except OSError:
            pass
    try:
        build_site(root, folder / "site", search=False, workers=1)
    except ContentError as exc:
        assert exc.problems and all("static" in str(p.path) for p in exc.problems if p.is_error)
        return
    files = [p.relative_to(folder / "site").as_posix() for p in (folder / "site").rglob("*") if p.is_file()]
    assert len({f.lower() for f in files}) == len(files)
    for name in made:
        assert (folder / "site" / name).read_text() == name


BODY = ("The minister of the interior announced on Tuesday a sweeping plan to reform the national police, "
        "with new oversight boards in every region and a budget of two billion euros over five years.")
CLIPPING = f"Police reform plan unveiled\n\n{BODY}\n"


def test_import_never_reads_or_writes_an_original_outside_the_dossier(make_dossier, tmp_path, outside):
    (outside / "orig.md").write_text(f"---\ntitle: {PRIVATE}\n---\n{BODY}\n")
    before = (outside / "orig.md").read_text()
    d = make_dossier({"articles/a.md": article("A")})
    (d.root / "articles" / "orig.md").symlink_to(outside / "orig.md")
    (d.root / "articles" / "police-reform-plan-unveiled.md").symlink_to(outside / "created.md")   # dangling
    (d.root / "articles" / "loop.md").symlink_to("loop.md")
    (tmp_path / "clip.txt").write_text(CLIPPING)
    run = d.run("import", str(tmp_path / "clip.txt"), "--into", str(d.root))
    assert run.code == 0, run.err
    assert "dossier/articles/orig.md: warning: this file is reached through a link that leads outside" in run.err
    assert "dossier/articles/loop.md: warning: this link leads to itself" in run.err
    assert "created dossier/articles/police-reform-plan-unveiled-2.md" in run.out
    assert (outside / "orig.md").read_text() == before and not (outside / "created.md").exists()
    assert BODY in (d.root / "articles" / "police-reform-plan-unveiled-2.md").read_text()


def test_import_and_new_refuse_an_articles_folder_linked_outside(make_dossier, tmp_path, outside):
    d = make_dossier({"entities/x.yaml": entity("X")})
    (d.root / "articles").symlink_to(outside)
    (tmp_path / "clip.txt").write_text(CLIPPING)
    listing = sorted(p.name for p in outside.iterdir())
    run = d.run("import", str(tmp_path / "clip.txt"), "--into", str(d.root))
    assert run.code == 1 and "is a link that leads outside the dossier folder" in run.err
    run = d.run("new", "article", "fresh", str(d.root))
    assert run.code == 1 and "is a link that leads outside the dossier folder" in run.err
    assert sorted(p.name for p in outside.iterdir()) == listing


def test_import_refuses_an_articles_folder_linked_nowhere(make_dossier, tmp_path, outside):
    d = make_dossier({"entities/x.yaml": entity("X")})
    (d.root / "articles").symlink_to(outside / "missing")
    (tmp_path / "clip.txt").write_text(CLIPPING)
    run = d.run("import", str(tmp_path / "clip.txt"), "--into", str(d.root))
    assert run.code == 1 and "is a link that leads outside the dossier folder (or nowhere)" in run.err
    assert not (outside / "missing").exists()


def test_new_never_writes_through_a_dangling_link(make_dossier, outside):
    d = make_dossier({"articles/a.md": article("A")})
    (d.root / "articles" / "fresh.md").symlink_to(outside / "fresh.md")
    run = d.run("new", "article", "fresh", str(d.root))
    assert run.code == 1 and "already exists" in run.err
    assert not (outside / "fresh.md").exists()


PLACES = [("articles", "a.md"), ("articles", "sub"), ("entities", "b.yaml"), ("static", "d.txt"), ("static", "sub"),
          ("static/sub", "e.txt"), ("templates", "article.html"), ("templates", "inc"), (".", "static"),
          (".", "templates"), (".", "articles"), (".", "dossier.yaml")]
KINDS = ["outside file", "outside folder", "inside file", "inside folder", "loop", "self", "parent", "dangling",
         "chain out"]
LINKS = st.lists(st.tuples(st.sampled_from(PLACES), st.sampled_from(KINDS)), min_size=1, max_size=6)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(links=LINKS)
def test_no_tree_of_links_brings_an_outside_file_in_or_crashes_the_build(tmp_path_factory, links):
    """Whatever links a dossier holds (to outside files and folders, inside ones, loops,
    dangling ones, chains), the build ends with exit 0 or 1 without a traceback, nothing
    outside reaches the site or the messages, and nothing outside changes."""
    from generator.cli import main
    folder = tmp_path_factory.mktemp("links")
    outside = folder / "outside"
    (outside / "folder").mkdir(parents=True)
    for name in ("secret.txt", "folder/inner.txt", "article.html", "a.md"):
        (outside / name).write_text(f"---\ntitle: {PRIVATE}\n---\n{PRIVATE}\n")
    before = sorted((p.relative_to(outside), p.read_bytes()) for p in outside.rglob("*") if p.is_file())
    root = folder / "dossier"
    (root / "own").mkdir(parents=True)
    (root / "own" / "own.md").write_text(article("Own"))
    (root / "chain").symlink_to(outside / "secret.txt")
    targets = {"outside file": outside / "secret.txt", "outside folder": outside / "folder",
               "inside file": root / "own" / "own.md", "inside folder": root / "own",
               "dangling": outside / "missing.txt", "chain out": root / "chain"}
    def inside(path):
        return os.path.realpath(path).startswith(str(root.resolve()) + os.sep)

    for (where, name), kind in [*links, (("articles", "own.md"), "file"), (("static", "own.txt"), "file")]:
        parent = root / where
        if not inside(parent / "x"):
            continue   # (a folder made a link to outside: nothing is made there)
        with contextlib.suppress(OSError):
            parent.mkdir(parents=True, exist_ok=True)
        if not parent.is_dir() or os.path.lexists(parent / name):
            continue   # (a link in the way, or a name taken)
        if kind == "file":
            (parent / name).write_text(article("Own"))
        else:
            (parent / name).symlink_to({"loop": name, "self": ".", "parent": ".."}.get(kind) or targets[kind])
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["build", str(root), "-o", str(folder / "site"), "--no-search"])
    assert code in (0, 1), err.getvalue()
    assert "Traceback" not in err.getvalue() and "internal error" not in err.getvalue()
    assert PRIVATE not in err.getvalue()
    if (folder / "site").exists():
        assert PRIVATE not in site_text(folder / "site")
    assert sorted((p.relative_to(outside), p.read_bytes()) for p in outside.rglob("*") if p.is_file()) == before


def test_a_static_link_to_the_dossier_never_publishes_the_build_cache(make_dossier):
    d = make_dossier({"articles/a.md": article("A")})
    (d.root / "static").mkdir()
    (d.root / "static" / "all").symlink_to("..")
    assert d.build("--no-search").code == 0 and (d.root / ".dossier-cache").is_dir()
    run = d.build("--no-search", "--force")
    assert run.code == 0, run.err
    assert (d.output / "all" / "articles" / "a.md").exists()   # (inside the dossier: the author's choice)
    assert not (d.output / "all" / ".dossier-cache").exists()
    assert not (d.output / "all" / "static").exists()          # (a folder never inside itself)
