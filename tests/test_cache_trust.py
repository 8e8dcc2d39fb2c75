"""A cache is never more trusted than the Markdown it came from: `.dossier-cache/` travels with a
dossier (a zip, a shared drive), so what it holds counts only when this user's key, kept outside
the dossier, signed it. A cache from elsewhere, changed by hand or unusable is left aside with
one note, and the build goes on without it."""
import os
import shutil
import sqlite3
import stat

import pytest
from conftest import article, entity
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from test_hostile import assert_clean

from generator import cache as cache_module
from generator import cachestore
from generator.build import build_site
from generator.cache import CACHE_FILE, CACHE_FOLDER

FILES = {"entities/herve.yaml": entity("Hervé", aliases='["the locksmith"]'),
         "articles/a.md": article("A", "Hervé spoke. [[herve]]", published="2024-05-01"),
         "articles/b.md": article("B", "The locksmith spoke.", published="2024-05-02"),
         "summaries/s.md": article("S", "As reported [@a].")}
FORGED = "FORGED"
SCRIPT = f"<script>alert(1)</script><b>{FORGED}</b>"

# What a forger may write into each table of a cache (SQL run against the database).
POISON = {
    "html": f"UPDATE bodies SET html = html || '{SCRIPT}'",
    "snippets": f"UPDATE bodies SET snippets = json_set(snippets, '$.herve', '{SCRIPT}')",
    "problems": "UPDATE renders SET meta = json_set(meta, '$.problems', json('[[\"spoke\", \"" + FORGED + "\"]]'))",
    "mentions": "UPDATE renders SET meta = json_set(meta, '$.mentions', json('[[\"" + FORGED + "\", 3]]'))",
    "record": f"UPDATE files SET record = replace(record, '\"title\":\"A\"', '\"title\":\"{SCRIPT}\"')",
    "links": "UPDATE renders SET meta = json_set(meta, '$.links', json('[\"" + FORGED + "\"]'))",
}


def run_sql(root, *statements: str | tuple) -> None:
    database = sqlite3.connect(root / CACHE_FOLDER / CACHE_FILE)
    try:
        with database:
            for statement in statements:
                database.execute(*statement) if isinstance(statement, tuple) else database.execute(statement)
    finally:
        database.close()


def site_text(folder) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*")) if p.is_file())


def notes_in(err: str) -> list[str]:
    return [line for line in err.splitlines() if "note:" in line]


def test_the_key_is_the_users_own_and_never_in_the_dossier(make_dossier, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    d = make_dossier(FILES)
    assert d.build("--no-search").code == 0
    key = tmp_path / "user-cache" / "dossier" / "cache-key"
    assert key.is_file() and len(key.read_bytes()) == 32
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and stat.S_IMODE(key.parent.stat().st_mode) == 0o700
    assert key.read_bytes() not in b"".join(p.read_bytes() for p in d.root.rglob("*") if p.is_file())
    before = key.read_bytes()
    again = d.build("--no-search", "--force")
    assert again.code == 0 and notes_in(again.err) == [] and key.read_bytes() == before


@pytest.mark.parametrize("poison", sorted(POISON))
def test_a_cache_from_another_user_is_discarded_with_one_note(make_dossier, tmp_path, monkeypatch, poison):
    """The dossier, cache and all, copied to another folder and built by another user (another
    key): the forged entries count for nothing, one note says so, and the next build is warm."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "sender"))
    d = make_dossier(FILES)
    d.settle()
    assert d.build("--no-search").code == 0
    run_sql(d.root, POISON[poison])
    received = tmp_path / "received"
    shutil.copytree(d.root, received)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "receiver"))
    result = build_site(received, tmp_path / "site-2", search=False)
    assert result.render_cache == (0, 3)           # built cold
    assert FORGED not in site_text(tmp_path / "site-2")
    assert_clean(tmp_path / "site-2")
    assert [n.format() for n in result.notes] == [
        f"received/{CACHE_FOLDER}: note: the cache was written on another machine or by another user, "
        "or changed by hand; building without it (it is made anew)"]
    warm = build_site(received, tmp_path / "site-3", search=False)
    assert warm.render_cache == (3, 0) and warm.notes == []


@pytest.mark.parametrize("poison", sorted(POISON))
def test_a_cache_changed_by_hand_is_discarded_with_one_note(make_dossier, monkeypatch, poison):
    """The same user's key, an entry changed after it was written: a build through the command
    line succeeds, prints one note, and the site holds nothing of the forgery."""
    d = make_dossier(FILES)
    d.settle()
    assert d.build("--no-search").code == 0
    run_sql(d.root, POISON[poison])
    run = d.build("--no-search", "--force")
    assert run.code == 0, run.err
    assert FORGED not in site_text(d.output) and FORGED not in run.err
    assert_clean(d.output)
    assert notes_in(run.err) == [f"dossier/{CACHE_FOLDER}: note: the cache was written on another machine or by another "
                                 "user, or changed by hand; building without it (it is made anew)"], run.err
    left = sorted(p.name for p in d.output.parent.iterdir() if not p.name.startswith(".site.old-"))   # (being removed)
    assert left == ["dossier", "site"]        # no staging folder left by the first attempt
    again = d.build("--no-search", "--force")
    assert again.code == 0 and notes_in(again.err) == []


@pytest.mark.parametrize("poison", ["html", "problems"])
def test_check_leaves_a_forged_cache_aside_too(make_dossier, poison):
    d = make_dossier(FILES)
    assert d.build("--no-search").code == 0
    run_sql(d.root, POISON[poison])
    run = d.check()
    assert run.code == 0 and FORGED not in run.err + run.out
    assert notes_in(run.err) == [f"dossier/{CACHE_FOLDER}: note: the cache was written on another machine or by another "
                                 "user, or changed by hand; building without it (it is made anew)"], run.err
    assert "Review" not in run.err


def test_a_body_changed_by_hand_after_an_edit_is_caught(make_dossier):
    """An incremental build (one edited article) reads the other documents' bodies only for the
    pages the edit reaches: a forged body among those is still refused."""
    d = make_dossier(FILES)
    assert d.build("--no-search").code == 0
    run_sql(d.root, POISON["html"])
    d.add({"articles/b.md": article("B", "The locksmith spoke twice. [[a]]", published="2024-05-02")})
    run = d.build("--no-search")
    assert run.code == 0, run.err
    assert FORGED not in site_text(d.output) and len(notes_in(run.err)) == 1
    assert "spoke twice." in d.page("articles/b.html")


def test_a_trigger_planted_in_the_cache_never_runs(make_dossier):
    """A database can carry code of its own (a trigger on the table of bodies): a cache whose
    tables are not exactly those the build makes is not used."""
    d = make_dossier(FILES)
    assert d.build("--no-search").code == 0
    run_sql(d.root, "CREATE TRIGGER poison AFTER INSERT ON bodies BEGIN "
                    f"UPDATE bodies SET html = html || '{SCRIPT}' WHERE key = new.key; END")
    d.add({"articles/b.md": article("B", "The locksmith spoke twice.", published="2024-05-02")})
    run = d.build("--no-search")
    assert run.code == 0, run.err
    assert FORGED not in site_text(d.output) and len(notes_in(run.err)) == 1
    with sqlite3.connect(d.root / CACHE_FOLDER / CACHE_FILE) as database:
        assert database.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone() == (0,)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table_column=st.sampled_from([("bodies", "html"), ("bodies", "snippets"), ("bodies", "html_mac"),
                                     ("renders", "meta"), ("renders", "mac"), ("renders", "key"), ("files", "record"),
                                     ("files", "digest"), ("files", "rel"), ("files", "mac"), ("meta", "value")]),
       row=st.integers(0, 5), junk=st.text(max_size=12),
       change=st.sampled_from(["{column} || ?", "?", "NULL", "length({column})"]))
def test_any_entry_changed_by_hand_gives_the_cold_site(make_dossier, tmp_path_factory, table_column, row, junk, change):
    """Whatever entry of whatever table is changed, the site is the one a cold build makes.
    (A body's key changed is a body gone: the build fails cleanly, as when another build drops
    it, see test_cache.py.)"""
    from test_cache import site_digest
    table, column = table_column
    d = make_dossier(FILES)
    d.output = tmp_path_factory.mktemp("site")
    shutil.rmtree(d.root / CACHE_FOLDER, ignore_errors=True)
    d.settle()
    assert build_site(d.root, d.output, search=False).render_cache == (0, 3)
    expected = site_digest(d.output)
    order = "key" if table == "renders" else "rowid"      # (renders has no rowid)
    value = change.format(column=column)
    try:
        run_sql(d.root, (f"UPDATE {table} SET {column} = {value} WHERE {order} = "
                         f"(SELECT {order} FROM {table} ORDER BY {order} LIMIT 1 OFFSET ?)",
                         (FORGED + junk, row) if "?" in value else (row,)))
    except sqlite3.IntegrityError:
        reject()    # (a change the database refuses: a NULL key of a table without rowid)
    build_site(d.root, d.output, search=False, force=True)
    assert site_digest(d.output) == expected
    assert FORGED not in site_text(d.output)


def test_a_cache_that_cannot_be_written_is_bypassed_with_a_note(make_dossier, monkeypatch):
    """A cache database that can be read but not written (a read-only file: simulated, as the
    tests may run as root, whom file modes do not stop) made every build fail."""
    d = make_dossier(FILES)
    assert d.build("--no-search").code == 0
    d.add({"articles/b.md": article("B", "The locksmith spoke twice.", published="2024-05-02")})
    read_only = lambda path: sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    monkeypatch.setattr(cache_module, "connect", read_only)
    run = d.build("--no-search")
    assert run.code == 0, run.err
    assert "spoke twice." in d.page("articles/b.html")
    [note] = notes_in(run.err)
    assert note.startswith(f"dossier/{CACHE_FOLDER}: note: the cache cannot be used (") and "building without it" in note


@pytest.mark.parametrize("damage", ["file for the folder", "folder for the database"])
def test_an_unusable_cache_folder_is_bypassed_with_a_note(make_dossier, damage):
    d = make_dossier(FILES)
    if damage == "file for the folder":
        (d.root / CACHE_FOLDER).write_text("not a folder")
    else:
        (d.root / CACHE_FOLDER / CACHE_FILE).mkdir(parents=True)
    run = d.build("--no-search")
    assert run.code == 0, run.err
    [note] = notes_in(run.err)
    assert note.startswith(f"dossier/{CACHE_FOLDER}: note: the cache cannot be used (") and "building without it" in note
    assert "</a> spoke." in d.page("articles/a.html")


def test_a_corrupt_cache_is_made_anew_with_a_note(make_dossier):
    d = make_dossier(FILES)
    assert d.build("--no-search").code == 0
    (d.root / CACHE_FOLDER / CACHE_FILE).write_bytes(b"SQLite format 3\0" + os.urandom(4000))
    run = d.build("--no-search", "--force")
    assert run.code == 0, run.err
    assert len(notes_in(run.err)) == 1
    again = d.build("--no-search", "--force")
    assert again.code == 0 and notes_in(again.err) == []


def test_without_a_place_for_the_key_the_build_goes_on_without_a_cache(make_dossier, tmp_path, monkeypatch):
    """A home that cannot be written (here: the cache directory is under a file) keeps no key:
    nothing in the dossier's cache can be checked, so the build goes without it, and says so."""
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "a-file" / "cache"))
    d = make_dossier(FILES)
    run = d.build("--no-search")
    assert run.code == 0, run.err
    [note] = notes_in(run.err)
    assert note.startswith(f"dossier/{CACHE_FOLDER}: note: no key to check the cache could be kept in ")
    assert "set XDG_CACHE_HOME to a folder you can write" in note
    assert not (d.root / CACHE_FOLDER).exists()
    assert "</a> spoke." in d.page("articles/a.html")


def test_a_cache_that_fails_to_take_new_bodies_is_bypassed_with_a_note(make_dossier, monkeypatch):
    """The cache opened well but failed as the Markdown was stored (a full disk; here a
    connection that cannot write): the build goes on without it, with a note."""
    d = make_dossier(FILES)
    assert d.build("--no-search").code == 0
    d.add({"articles/b.md": article("B", "The locksmith spoke twice.", published="2024-05-02")})
    read_only = lambda store: sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    monkeypatch.setattr(cache_module.HtmlStore, "connection", read_only)
    run = d.build("--no-search")
    assert run.code == 0, run.err
    assert "spoke twice." in d.page("articles/b.html")
    assert notes_in(run.err) == [f"dossier/{CACHE_FOLDER}: note: the cache could not be written (attempt to write a "
                                 "readonly database): building without it"], run.err


def test_a_forged_body_found_by_a_page_worker_starts_the_build_again(make_dossier, tmp_path):
    """Enough pages for page workers: a body is checked in the worker that reads it, and the
    build that found it writes nothing and starts again without the cache."""
    files = {"entities/herve.yaml": entity("Hervé")}
    files |= {f"articles/a{n:03}.md": article(f"A{n}", f"Number {n}: Hervé spoke.") for n in range(400)}
    d = make_dossier(files)
    build_site(d.root, d.output, search=False, workers=2)
    run_sql(d.root, f"UPDATE bodies SET html = html || '{SCRIPT}' WHERE rowid % 97 = 5")
    result = build_site(d.root, d.output, search=False, workers=2, force=True)
    assert [note.message for note in result.notes] == [f"{cachestore.FOREIGN}; building without it (it is made anew)"]
    assert result.render_cache == (0, 400) and FORGED not in site_text(d.output)
    assert build_site(d.root, tmp_path / "again", search=False, workers=2).render_cache == (400, 0)


@pytest.mark.parametrize("link", ["symbolic", "hard"])
@pytest.mark.parametrize("name", [".gitignore", CACHE_FILE, f"{CACHE_FILE}-wal", f"{CACHE_FILE}-shm"])
def test_a_link_in_the_cache_folder_never_leads_a_write_outside(make_dossier, tmp_path, name, link):
    """A received dossier's cache folder may hold links to the user's files (a database of
    another program, a shell's start-up file): the build neither writes through them nor
    opens them as its cache."""
    victim = tmp_path / "victim"
    victim.mkdir()
    database = sqlite3.connect(victim / "places.sqlite")      # another program's database
    with database:
        database.execute("CREATE TABLE visits (url TEXT)")
        database.execute("INSERT INTO visits VALUES ('https://example.org/')")
    database.close()
    (victim / "bashrc").write_text("export PATH=$PATH:~/bin\n")
    target = victim / ("places.sqlite" if name == CACHE_FILE else "bashrc")
    before = {p.name: p.read_bytes() for p in victim.iterdir()}
    d = make_dossier(FILES)
    (d.root / CACHE_FOLDER).mkdir()
    (d.root / CACHE_FOLDER / name).symlink_to(target) if link == "symbolic" else os.link(target, d.root / CACHE_FOLDER / name)
    run = d.build("--no-search")
    assert run.code == 0, run.err
    assert {p.name: p.read_bytes() for p in victim.iterdir()} == before
    again = d.build("--no-search", "--force")
    assert again.code == 0 and notes_in(again.err) == []


def test_a_hard_link_among_the_search_documents_is_replaced_not_written_through(make_dossier, tmp_path):
    """The search documents kept in the cache are rewritten in place from build to build: one
    that a received dossier made a hard link to another file (an archive may hold them) is
    replaced by a file of its own, and that other file is left as it was."""
    victim = tmp_path / "victim.txt"
    victim.write_text("the user's own words\n")
    d = make_dossier(FILES)
    assert d.build().code == 0
    [document] = (d.root / CACHE_FOLDER / "search").glob("s*/articles/a.html")
    document.unlink()
    os.link(victim, document)
    d.add({"articles/a.md": article("A", "Hervé spoke again. [[herve]]", published="2024-05-01")})
    assert d.build().code == 0
    assert victim.read_text() == "the user's own words\n"
    assert "spoke again." in document.read_text() and document.stat().st_nlink == 1
