"""`dossier serve` while an editor saves: its temporary files are no change; and stopping it
says so in one line."""
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import REPO, served_folders, served_url

EDITOR_FILES = ["4913", "sedAbc123", ".overview.md.swp", ".overview.md.swx", "overview.md~", ".#overview.md"]


def start(tmp_path, content):
    """The server as a terminal starts it: Ctrl-C (SIGINT) reaches it, whatever ran the tests."""
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return subprocess.Popen([sys.executable, "-m", "generator.cli", "serve", str(content), "--no-search", "-p", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
                            env={**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(tmp_path / "tmp")})


def test_editor_files_are_no_change_and_ctrl_c_stops_in_one_line(tmp_path, example_content):
    process = start(tmp_path, example_content)
    served_url(process)
    summaries = example_content / "summaries"
    for name in EDITOR_FILES:
        (summaries / name).write_text("an editor's temporary file\n")
    time.sleep(1.5)
    for name in EDITOR_FILES:
        (summaries / name).unlink()
    time.sleep(1.5)
    overview = summaries / "overview.md"
    overview.write_text(overview.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    line = process.stdout.readline()
    assert line.startswith("Rebuilt after a change to overview.md: updated "), line
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=20)
    assert (process.returncode, out, err) == (0, "Stopped.\n", "")
    assert served_folders(tmp_path) == []


@pytest.mark.parametrize("sig, code", [(signal.SIGTERM, 143), (signal.SIGINT, 0)])
def test_a_signal_stops_the_server_with_one_line(tmp_path, example_content, sig, code):
    process = start(tmp_path, example_content)
    served_url(process)
    process.send_signal(sig)
    out, err = process.communicate(timeout=20)
    assert (process.returncode, out, err) == (code, "Stopped.\n", "")
    assert served_folders(tmp_path) == []
