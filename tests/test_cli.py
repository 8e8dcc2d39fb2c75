"""The command line: version, help, new, check exit codes, messages."""
import subprocess
import sys

from conftest import REPO, article

from generator import __version__


def test_version_and_help(make_dossier):
    d = make_dossier({})
    run = d.run("--version")
    assert run.code == 0 and run.out.strip() == f"dossier {__version__}"
    for command in ("init", "build", "check", "new"):
        run = d.run(command, "--help")
        assert run.code == 0 and "usage: dossier" in run.out


def test_new_files_have_every_field_and_build(make_dossier):
    d = make_dossier({"dossier.yaml": "title: T\n"})
    for kind, path in (("article", "articles/first.md"), ("summary", "summaries/brief.md"),
                       ("entity", "entities/someone.yaml")):
        item_id = path.split("/")[1].split(".")[0]
        run = d.run("new", kind, item_id, str(d.root))
        assert run.code == 0 and "Created" in run.out
        text = (d.root / path).read_text()
        assert "#" in text  # explained
    assert "syndicated:" in (d.root / "articles/first.md").read_text()
    assert "relations:" in (d.root / "entities/someone.yaml").read_text()
    run = d.build()
    assert run.code == 0, run.err
    assert run.err == ""
    # never overwrites
    run = d.run("new", "article", "first", str(d.root))
    assert run.code == 1 and "already exists" in run.err


def test_new_refuses_a_bad_id(make_dossier):
    d = make_dossier({"dossier.yaml": "title: T\n"})
    run = d.run("new", "entity", "../x", str(d.root))
    assert run.code == 1 and "is not a valid id" in run.err


def test_missing_dossier_folder(make_dossier):
    d = make_dossier({})
    run = d.run("build", str(d.root / "nope"), "-o", str(d.output))
    assert run.code == 2 and "no such folder" in run.err


def test_quiet_build_prints_nothing(make_dossier):
    d = make_dossier({"articles/a.md": "---\ntitle: A\n---\n"})
    run = d.build("-q")
    assert run.code == 0 and run.out == ""


def test_console_script_runs_as_a_process(tmp_path):
    (tmp_path / "d" / "articles").mkdir(parents=True)
    (tmp_path / "d" / "articles" / "a.md").write_text("---\noutlet: x\n---\n")
    done = subprocess.run([sys.executable, "-m", "generator.cli", "build", "d", "-o", "out"],
                          cwd=tmp_path, capture_output=True, text=True, env={"PYTHONPATH": str(REPO)})
    assert done.returncode == 1
    assert done.stderr == ("d/articles/a.md:2: 'title' is missing; add a line 'title: ...'\n"
                           "Build failed: 1 error; nothing was written.\n")
    # the process leaves without tearing the interpreter down (cli.run): what it printed
    # into a pipe must still all arrive
    (tmp_path / "d" / "articles" / "a.md").write_text("---\ntitle: A\nsummary: x\n---\n\nText.\n")
    done = subprocess.run([sys.executable, "-m", "generator.cli", "build", "d", "-o", "out", "--no-search"],
                          cwd=tmp_path, capture_output=True, text=True, env={"PYTHONPATH": str(REPO)})
    assert done.returncode == 0 and done.stdout.startswith("Built ") and done.stdout.endswith("index.html\n")
    assert (tmp_path / "out" / "articles" / "a.html").is_file()


def test_an_edit_says_how_little_it_rebuilt(make_dossier):
    d = make_dossier({"articles/a.md": article("A", "First text."), "articles/b.md": article("B", "Other text.")})
    assert d.build("--no-search").code == 0
    d.add({"articles/a.md": article("A", "First text, edited.")})
    run = d.build("--no-search")
    # its page, the feed, and what a new publication shows: the "What's new" page, the home
    # page's line, the list that marks it updated
    assert run.code == 0 and "Updated 5 files of" in run.out and "only what the edit touched" in run.out
    assert "edited." in d.page("articles/a.html")
