"""`dossier serve` as a real process: a saved edit is served again within a second; a content
error is reported (terminal and overlay) and the server recovers on the next good save."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import REPO


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


@pytest.fixture
def server(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    process = subprocess.Popen([sys.executable, "-m", "generator.cli", "serve", str(content), "-p", "0", "--no-search"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(REPO)})
    line = process.stdout.readline()
    assert "Serving" in line, line + process.stderr.read()
    url = line.split(" at ", 1)[1].split(" ", 1)[0]
    yield process, url, content
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def wait_for(condition, seconds: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        if condition():
            return time.perf_counter() - started
        time.sleep(0.02)
    raise AssertionError(f"not within {seconds} s")


def test_a_saved_edit_is_served_within_a_second(server):
    process, url, content = server
    page = url + "articles/igpn-raid-drug-squad/index.html"
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


def test_errors_are_reported_and_the_server_recovers(server):
    process, url, content = server
    events = urllib.request.urlopen(url + "__dossier__/events", timeout=10)
    summary = content / "summaries" / "overview.md"
    good = summary.read_text(encoding="utf-8")
    summary.write_text(good + "\nSee [[nobody-at-all]].\n", encoding="utf-8")
    lines = []
    while not any(line.startswith("data:") for line in lines):
        lines.append(events.readline().decode().strip())
    assert "event: error-report" in lines
    message = json.loads(next(l for l in lines if l.startswith("data:"))[5:])["message"]
    assert "summaries/overview.md:" in message and "[[nobody-at-all]] links to an unknown id" in message
    assert "Marseille, 2022" in fetch(url + "summaries/overview/index.html")   # previous build still served
    summary.write_text(good.replace("## The violence", "## The violence, recovered"), encoding="utf-8")
    wait_for(lambda: "The violence, recovered" in fetch(url + "summaries/overview/index.html"), 10)
    events.close()
