"""`dossier init` and `dossier new`: from an empty folder to a dossier of one's own."""
import re

from conftest import entity

from generator.config import FIELDS

EXAMPLES = ["content/articles/example-article.md", "content/summaries/example-summary.md",
            "content/entities/people/jane-example.yaml"]


def test_init_makes_a_dossier_that_builds_and_passes_strict_check(make_dossier, tmp_path):
    d = make_dossier({})
    run = d.run("init", "my-story")
    assert run.code == 0 and run.err == ""
    assert run.out == (
        "Created a dossier in my-story/content, with an example of each kind of file to delete when you add "
        "your own:\n"
        "  my-story/content/dossier.yaml\n"
        "  my-story/content/articles/example-article.md\n"
        "  my-story/content/summaries/example-summary.md\n"
        "  my-story/content/entities/people/jane-example.yaml\n"
        "  my-story/.gitignore\n"
        "Next: cd my-story && dossier serve   (a preview at http://127.0.0.1:8000 that follows your edits)\n")
    project = tmp_path / "my-story"
    assert sorted(str(p.relative_to(project)) for p in project.rglob("*") if p.is_dir()) == [
        "content", "content/articles", "content/entities", "content/entities/events",
        "content/entities/organizations", "content/entities/people", "content/entities/places",
        "content/entities/works", "content/summaries"]
    assert (project / ".gitignore").read_text() == (
        "# Made by dossier: the build cache, and the site built from content/\n.dossier-cache/\n/site/\n")
    run = d.run("check", str(project / "content"), "--strict")
    assert run.code == 0 and run.err == "" and "No errors (0 warnings)" in run.out
    run = d.run("build", str(project / "content"), "-o", str(project / "site"), "--no-search")
    assert run.code == 0 and run.err == ""
    article = (project / "site/articles/example-article.html").read_text()
    assert "The Example Gazette" in article and 'href="../entities/jane-example.html"' in article
    summary = (project / "site/summaries/example-summary.html").read_text()
    assert "settles a ten-year argument" in summary and 'href="../articles/example-article.html' in summary
    assert "<title>My story" in (project / "site/index.html").read_text()


def test_init_writes_every_setting_explained(make_dossier, tmp_path):
    d = make_dossier({})
    assert d.run("init", "desk").code == 0
    lines = (tmp_path / "desk/content/dossier.yaml").read_text().splitlines()
    keys = {line.split(":")[0]: number for number, line in enumerate(lines) if re.match(r"^[a-z_]+:", line)}
    assert set(keys) == FIELDS
    for number in keys.values():   # each setting follows its explanation (or shares it with the one above)
        assert lines[number - 1].startswith("#") or re.match(r"^[a-z_]+:", lines[number - 1])
    assert 'title: "Desk"' in lines


def test_init_in_the_current_folder_and_beside_files_of_ones_own(make_dossier, tmp_path, monkeypatch):
    project = tmp_path / "repo"
    project.mkdir()
    (project / "notes.txt").write_text("mine\n")
    (project / ".gitignore").write_text("notes.txt\n.dossier-cache")
    monkeypatch.chdir(project)
    d = make_dossier({})
    run = d.run("init")
    assert run.code == 0
    assert run.out.endswith("Next: dossier serve   (a preview at http://127.0.0.1:8000 that follows your edits)\n")
    assert (project / ".gitignore").read_text() == "notes.txt\n.dossier-cache\n/site/\n"
    assert (project / "notes.txt").read_text() == "mine\n"
    assert all((project / name).is_file() for name in EXAMPLES)
    # the commands' defaults (content, site) then find the dossier
    run = d.run("new", "entity", "harbour-board", "--type", "organization")
    assert run.code == 0 and run.out == "Created content/entities/organizations/harbour-board.yaml\n"


def test_init_refuses_a_dossier_and_a_content_folder_in_use(make_dossier, tmp_path):
    d = make_dossier({"articles/a.md": "---\ntitle: A\n---\n"})
    run = d.run("init", str(d.root))
    assert run.code == 1 and run.err == (
        "error: dossier is already a dossier; nothing was written (build it with 'dossier build "
        f"{d.root}', or give 'dossier init' a new folder)\n")
    assert sorted(p.name for p in d.root.iterdir()) == ["articles"]
    assert d.run("init", "project").code == 0
    run = d.run("init", "project")
    assert run.code == 1 and run.err == ("error: project already holds a dossier in content/; nothing was written "
                                         "(give 'dossier init' a new folder)\n")
    (tmp_path / "other" / "content").mkdir(parents=True)
    (tmp_path / "other" / "content" / "plan.txt").write_text("mine")
    run = d.run("init", "other")
    assert run.code == 1 and run.err == ("error: other already has a content/ that is not empty; nothing was "
                                         "written (give 'dossier init' a new folder)\n")
    assert sorted(p.name for p in (tmp_path / "other").rglob("*")) == ["content", "plan.txt"]
    (tmp_path / "a-file").write_text("x")
    run = d.run("init", "a-file")
    assert run.code == 1 and run.err == ("error: a-file is a file; give 'dossier init' a folder (a new one, or one "
                                         "without a dossier)\n")


def test_init_never_writes_through_a_link(make_dossier, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / ".gitignore").symlink_to(outside / "ignored")
    d = make_dossier({})
    run = d.run("init", "p")
    assert run.code == 1 and run.err == ("error: p/.gitignore is a link; nothing was written through it (make it a "
                                         "plain file, or remove it)\n")
    (tmp_path / "p" / ".gitignore").unlink()
    (tmp_path / "p" / "content").symlink_to(outside)
    run = d.run("init", "p")
    assert run.code == 1 and "nothing was written" in run.err
    assert list(outside.iterdir()) == []


def test_new_outside_a_dossier_points_to_init(make_dossier, tmp_path):
    d = make_dossier({})
    run = d.run("new", "article", "first")
    assert run.code == 1 and run.err == (
        "error: there is no dossier in content (no such folder); start one with 'dossier init', which makes "
        "content/ with an example of each file, or name your dossier's folder: dossier new article first FOLDER\n")
    (tmp_path / "empty").mkdir()
    run = d.run("new", "summary", "brief", "empty")
    assert run.code == 1 and run.err == (
        "error: empty is not a dossier (it holds no dossier.yaml, articles/, summaries/ or entities/); start one "
        "with 'dossier init', which makes content/ with an example of each file, or name your dossier's folder: "
        "dossier new summary brief FOLDER\n")
    assert list((tmp_path / "empty").iterdir()) == []
    assert d.run("init", "story").code == 0
    run = d.run("new", "article", "first", "story")
    assert run.code == 1 and run.err == ("error: story is not a dossier, but story/content is: "
                                         "dossier new article first story/content\n")


def test_new_entity_goes_where_the_dossier_keeps_its_type(make_dossier):
    d = make_dossier({"entities/people/a.yaml": entity("A"),
                      "entities/fleet/hms-x.yaml": entity("HMS X", "ship"),
                      "entities/fleet/hms-y.yaml": 'name: "HMS Y"\ntype: "Ship"  # a frigate\n',
                      "entities/misc/hms-z.yaml": entity("HMS Z", "ship"),
                      "entities/misc/other.yaml": entity("Other", "vessel")})
    root = str(d.root)
    cases = [(("person",), "entities/people/someone.yaml"), ((), "entities/people/someone-else.yaml"),
             (("ship",), "entities/fleet/hms-new.yaml"), (("Place",), "entities/port.yaml")]
    for (options, path), item_id in zip(cases, ("someone", "someone-else", "hms-new", "port")):
        run = d.run("new", "entity", item_id, *(("--type", *options) if options else ()), root)
        assert run.code == 0, run.err
        assert run.out == f"Created {d.root.name}/{path}\n"
    assert "\ntype: place\n" in (d.root / "entities/port.yaml").read_text()
    assert "\ntype: ship\n" in (d.root / "entities/fleet/hms-new.yaml").read_text()
    # the folder may come after the option too
    run = d.run("new", "entity", "lisbon", "--type", "place", root)
    assert run.code == 0 and (d.root / "entities/lisbon.yaml").is_file()
    run = d.build("--no-search")
    assert run.code == 0, run.err


def test_new_refuses_a_type_for_other_files_and_a_type_that_is_no_word(make_dossier):
    d = make_dossier({"dossier.yaml": "title: T\n"})
    run = d.run("new", "article", "a", str(d.root), "--type", "person")
    assert run.code == 1 and run.err == "error: --type is for entities only; an article has no type\n"
    run = d.run("new", "entity", "a", str(d.root), "--type", "../x")
    assert run.code == 1 and run.err == ("error: '../x' is not a type: use a word such as person, organization, "
                                         "place, event, work, or one of your own (letters, digits, '-', '_')\n")
    assert sorted(p.name for p in d.root.iterdir()) == ["dossier.yaml"]


def test_new_entity_refuses_a_type_close_to_a_known_one_unless_declared(make_dossier):
    d = make_dossier({"entities/a.yaml": entity("A")})
    run = d.run("new", "entity", "b", str(d.root), "--type", "persn")
    assert run.code == 1 and run.err == (
        "error: unknown type 'persn'; nothing was written: did you mean 'person'? (a type of your own is declared "
        "in dossier.yaml: 'types: [persn]')\n")
    assert not (d.root / "entities/b.yaml").exists()
    d.add({"dossier.yaml": "types: [persn]\n"})
    run = d.run("new", "entity", "b", str(d.root), "--type", "persn")
    assert run.code == 0 and "\ntype: persn\n" in (d.root / "entities/b.yaml").read_text()
