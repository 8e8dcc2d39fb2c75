"""`dossier serve` as a real process: a saved edit is served again within a second; a content
error is reported (terminal and overlay) and the server recovers on the next good save."""
import json
import os
import socket
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import served_folders, served_url, start_server, stop_server


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


@pytest.fixture
def server(tmp_path, example_content):
    process = start_server(tmp_path, example_content, "-p", "0")
    url = served_url(process)
    yield process, url, example_content
    stop_server(process)
    assert served_folders(tmp_path) == []   # the private site is removed when the server stops


def wait_for(condition, seconds: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        if condition():
            return time.perf_counter() - started
        time.sleep(0.02)
    raise AssertionError(f"not within {seconds} s")


def test_a_saved_edit_is_served_within_a_second(server):
    process, url, content = server
    page = url + "articles/igpn-raid-drug-squad.html"
    html = fetch(page)
    assert "Police oversight raids" in html and '<script src="/__dossier__/client.js"></script></body>' in html
    article = content / "articles" / "igpn-raid-drug-squad.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nA sentence added while serving.\n", encoding="utf-8")
    elapsed = wait_for(lambda: "A sentence added while serving." in fetch(page), 10)
    print(f"edit served again after {elapsed:.2f} s")
    assert elapsed < 1.0
    # the same incremental build as `dossier build`: only what the edit touched is rewritten
    report = process.stdout.readline()
    assert "Rebuilt after a change to igpn-raid-drug-squad.md: updated" in report, report
    files = int(report.rsplit(" of ", 1)[1])
    assert 1 <= int(report.split("updated ")[1].split(" ")[0]) < files / 4


def test_a_new_clipping_is_served_within_a_second(server):
    """Saving a new article while serving: its page and the articles list, in an incremental
    build like an edit's."""
    process, url, content = server
    assert "Customs seize a cargo" not in fetch(url + "articles/index.html")
    (content / "articles" / "customs-cargo.md").write_text(
        '---\ntitle: "Customs seize a cargo in Marseille"\npublished: "2024-06-02"\n---\n\n'
        "French customs and the IGPN were both in Marseille that week.\n", encoding="utf-8")
    elapsed = wait_for(lambda: "Customs seize a cargo" in fetch(url + "articles/index.html"), 10)
    print(f"new clipping served after {elapsed:.2f} s")
    assert elapsed < 1.0
    assert "were both in" in fetch(url + "articles/customs-cargo.html")
    report = process.stdout.readline()
    assert "Rebuilt after a change to customs-cargo.md: updated" in report, report


def test_errors_are_reported_and_the_server_recovers(server):
    process, url, content = server
    events = urllib.request.urlopen(url + "__dossier__/events", timeout=60)
    summary = content / "summaries" / "overview.md"
    good = summary.read_text(encoding="utf-8")
    summary.write_text(good + "\nSee [[nobody-at-all]].\n", encoding="utf-8")
    lines = []
    while not any(line.startswith("data:") for line in lines):
        lines.append(events.readline().decode().strip())
    assert "event: error-report" in lines
    report = json.loads(next(l for l in lines if l.startswith("data:"))[5:])
    message = report["message"]
    assert report["built"] is True   # the overlay says the page shows the previous build
    assert "summaries/overview.md:" in message and "[[nobody-at-all]] links to an unknown id" in message
    assert "Marseille, 2022" in fetch(url + "summaries/overview.html")   # previous build still served
    summary.write_text(good.replace("## The violence", "## The violence, recovered"), encoding="utf-8")
    wait_for(lambda: "The violence, recovered" in fetch(url + "summaries/overview.html"), 10)
    events.close()


def not_found(url: str) -> str:
    with pytest.raises(urllib.error.HTTPError) as raised:
        fetch(url)
    assert raised.value.code == 404
    return raised.value.read().decode("utf-8")


def test_a_missing_page_gets_the_sites_404_page_and_no_listing(server):
    _, url, _ = server
    page = not_found(url + "articles/no-such-article.html")
    # the theme's page, its links resolved from the server's root, with the reload script
    assert "Page not found" in page and '<base href="/">' in page and "/__dossier__/client.js" in page
    assert "Directory listing" not in not_found(url + "assets/")


def test_a_first_build_with_errors_is_shown_and_then_served_once_mended(tmp_path, example_content):
    summary = example_content / "summaries" / "overview.md"
    good = summary.read_text(encoding="utf-8")
    summary.write_text(good + "\nSee [[nobody-at-all]].\n", encoding="utf-8")
    process = start_server(tmp_path, example_content, "-p", "0")
    try:
        url = served_url(process)
        page = not_found(url + "index.html")   # nothing built yet: a page that shows the error and reloads
        assert "/__dossier__/client.js" in page
        events = urllib.request.urlopen(url + "__dossier__/events", timeout=60)
        assert events.readline().decode().strip() == "event: error-report"
        report = json.loads(events.readline().decode()[5:])
        assert "[[nobody-at-all]] links to an unknown id" in report["message"]
        assert report["built"] is False   # the overlay says nothing could be built yet
        summary.write_text(good, encoding="utf-8")
        wait_for(lambda: events.readline().decode().strip() == "event: reload", 10)
        assert "Marseille, 2022" in fetch(url + "summaries/overview.html")
        events.close()
    finally:
        stop_server(process)
    assert served_folders(tmp_path) == []


def test_a_busy_port_is_an_error_before_anything_is_built(tmp_path, example_content):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        process = start_server(tmp_path, example_content, "-p", str(port))
        out, err = process.communicate(timeout=30)
    assert process.returncode == 1 and "Serving" not in out
    assert f"cannot listen on 127.0.0.1:{port}" in err and "-p 0 for any free one" in err
    assert "Traceback" not in err
    assert served_folders(tmp_path) == []


def test_ctrl_c_during_the_first_build_stops_the_server_at_once(tmp_path, example_content, monkeypatch):
    """Interrupted before it serves anything, `serve` ends (it must not wait for a serving loop
    that never started) and removes its private folder."""
    from generator import serve as serve_module
    made = []
    real_mkdtemp = serve_module.tempfile.mkdtemp

    def mkdtemp(**options):
        made.append(Path(real_mkdtemp(dir=tmp_path, **options)))
        return str(made[-1])

    def interrupted_build(*args, **options):
        raise KeyboardInterrupt

    monkeypatch.setattr(serve_module.tempfile, "mkdtemp", mkdtemp)
    monkeypatch.setattr(serve_module, "build_site", interrupted_build)
    outcome = []

    def run():
        try:
            serve_module.serve(example_content, port=0, search=False)
        except KeyboardInterrupt:
            outcome.append("interrupted")

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=10)
    assert not thread.is_alive(), "serve hung after an interruption during its first build"
    assert outcome == ["interrupted"]
    assert len(made) == 1 and not made[0].exists()


def test_a_file_system_error_during_a_rebuild_is_reported_not_fatal(tmp_path, monkeypatch):
    from generator import serve as serve_module

    def failing_build(*args, **options):
        raise PermissionError(13, "Permission denied", str(tmp_path / "content" / "articles" / "a.md"))

    monkeypatch.setattr(serve_module, "build_site", failing_build)
    error, result = serve_module.rebuild(tmp_path, serve_module.ServerState(tmp_path / "site"), search=False)
    assert result is None and error == f"Permission denied: {tmp_path / 'content' / 'articles' / 'a.md'}"


def test_stopping_removes_the_private_folder_while_a_retired_site_in_it_is_being_removed(tmp_path, monkeypatch):
    """A full rebuild retires the previous site inside the server's private folder, and a
    detached process removes it in the background: the server stopping meanwhile still
    removes its whole folder, that site included."""
    import tempfile

    from conftest import article, write_files
    from generator import serve as serve_module
    from generator.removal import remove_in_background
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    content = write_files(tmp_path / "content", {"dossier.yaml": 'title: "T"\n', "articles/a.md": article("A")})
    real_build, retiring = serve_module.build_site, threading.Event()

    def build_then_retire(root, output, **options):
        result = real_build(root, output, **options)
        retired = output.parent / f".{output.name}.old-{os.getpid()}-x"
        for number in range(2000):
            (retired / f"p{number}").mkdir(parents=True)
            (retired / f"p{number}" / "index.html").write_text("x")
        remove_in_background(retired)
        retiring.set()
        return result

    monkeypatch.setattr(serve_module, "build_site", build_then_retire)
    stop = threading.Event()
    thread = threading.Thread(target=serve_module.serve, args=(content,), daemon=True,
                              kwargs=dict(port=0, search=False, stop_event=stop))
    thread.start()
    assert retiring.wait(60)
    stop.set()
    thread.join(30)
    assert not thread.is_alive()
    assert served_folders(tmp_path) == []
