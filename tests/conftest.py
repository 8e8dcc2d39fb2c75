"""Fixtures: build tiny dossiers in tmp_path through the real CLI entry point."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from generator.cli import main

# The property tests and the fuzzing run the same examples at every run of the suite (CI's
# clean clone included), so that a red run is a change's doing, not a draw's; a longer,
# random pass by hand (FUZZ_EXAMPLES=N, see test_fuzz.py) goes where these do not. No example
# has a deadline: on two busy cores one import may take longer than Hypothesis's 200 ms, and a
# red run must mean a wrong answer, not a slow machine (speed has its own tests, with their bars).
hypothesis_settings.register_profile("dossier", derandomize=not os.environ.get("FUZZ_EXAMPLES"), deadline=None)
hypothesis_settings.load_profile("dossier")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def write_files(root: Path, files: dict[str, str | bytes]) -> Path:
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
    return root


@dataclass
class Run:
    code: int
    out: str
    err: str


@dataclass
class Dossier:
    root: Path
    output: Path
    capsys: pytest.CaptureFixture

    def run(self, *args: str) -> Run:
        self.capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse --help / --version
            code = exc.code or 0
        captured = self.capsys.readouterr()
        return Run(code, captured.out, captured.err)

    def build(self, *extra: str) -> Run:
        return self.run("build", str(self.root), "-o", str(self.output), *extra)

    def check(self, *extra: str) -> Run:
        return self.run("check", str(self.root), *extra)

    def page(self, relative: str) -> str:
        return (self.output / relative).read_text(encoding="utf-8")

    def add(self, files: dict[str, str | bytes]) -> None:
        write_files(self.root, files)

    def settle(self, seconds_ago: float = 60) -> None:
        """Date every content file in the past, as files not just saved: a build trusts a
        file's size and time only once it is a few seconds old (see cache.RACY_NS)."""
        settle(self.root, seconds_ago)


def settle(root: Path, seconds_ago: float = 60) -> None:
    """Date every file under `root` in the past; and when a file of the generator or the theme
    was saved a moment ago (a developer's edit just before the tests), wait until it is old
    enough to be trusted too: they are a build's inputs as well (build.input_fingerprint)."""
    import os
    import time
    from generator.cachekeys import RACY_NS
    when = time.time_ns() - int(seconds_ago * 1e9)
    for path in root.rglob("*"):
        if path.is_file() and ".dossier-cache" not in path.parts:
            os.utime(path, ns=(when, when))
    newest = max(path.stat().st_mtime_ns for folder in (REPO / "generator", REPO / "themes")
                 for path in folder.rglob("*") if path.is_file() and "__pycache__" not in path.parts)
    if (wait := newest + RACY_NS - time.time_ns()) > 0:
        time.sleep(wait / 1e9 + 0.01)


@pytest.fixture(scope="session", autouse=True)
def user_key(tmp_path_factory) -> None:
    """The key that signs dossier caches is the user's own, as for any build: the example
    dossier's cache (content/.dossier-cache, which several tests build) is then the one the
    user's own builds of it use, not made anew, with a note, by every test session. Where the
    user's cannot be had (a home that cannot be written), the session keeps one of its own
    (servers started by the tests inherit it). Tests of another user's key set their own."""
    from generator.cachekeys import signing_key
    try:
        signing_key()
    except (OSError, RuntimeError):
        pass
    else:
        yield
        return
    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("user-cache"))
    yield
    if previous is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = previous


@pytest.fixture
def make_dossier(tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch):
    """make_dossier({"articles/a.md": "...", "entities/x.yaml": "..."}) → a Dossier in tmp_path."""
    monkeypatch.chdir(tmp_path)

    def make(files: dict[str, str | bytes]) -> Dossier:
        root = write_files(tmp_path / "dossier", files)
        return Dossier(root, tmp_path / "site", capsys)

    return make


def article(title: str = "A title", body: str = "Some text.", **fields: object) -> str:
    """An article file: front matter from keyword arguments (YAML flow values), then the body."""
    lines = ["---", f'title: "{title}"']
    lines += [f"{key}: {value}" for key, value in fields.items()]
    lines += ["---", "", textwrap.dedent(body).strip(), ""]
    return "\n".join(lines)


def entity(name: str, kind: str = "person", **fields: object) -> str:
    lines = [f'name: "{name}"', f"type: {kind}"]
    lines += [f"{key}: {value}" for key, value in fields.items()]
    return "\n".join(lines) + "\n"


MAKE_CORPUS = SHARED / "bench" / "make_corpus.py"


@pytest.fixture(scope="session")
def bench_site(tmp_path_factory):
    """bench_site(n) → (site folder, BuildResult) for the shared corpus of n articles, built once."""
    import subprocess
    import sys

    from generator.build import build_site

    if not MAKE_CORPUS.exists():
        pytest.skip(f"{MAKE_CORPUS} is not beside the repository")
    built: dict[int, tuple] = {}

    def build(articles: int):
        if articles not in built:
            folder = tmp_path_factory.mktemp(f"corpus{articles}")
            subprocess.run([sys.executable, str(MAKE_CORPUS), "--articles", str(articles), "--entities", "700",
                            "--out", str(folder / "corpus"), "--format", "neutral"], check=True, capture_output=True)
            built[articles] = (folder / "site", build_site(folder / "corpus", folder / "site"))
        return built[articles]

    return build


@pytest.fixture(scope="session")
def renderer_factory():
    """A MarkupRenderer over an empty dossier, for tests of the Markdown stage alone."""
    from generator.config import Config
    from generator.index import build_index
    from generator.markup import MarkupRenderer
    from generator.model import Dossier

    catalog, _ = build_index(Dossier(Path("."), Config(), [], [], []))
    renderer = MarkupRenderer(catalog)
    return lambda: renderer


@pytest.fixture
def example_content(tmp_path: Path) -> Path:
    """A copy of the example dossier, free to edit."""
    folder = tmp_path / "content"
    shutil.copytree(REPO / "content", folder)
    return folder


def start_server(tmp_path: Path, content: Path, *options: str) -> subprocess.Popen:
    """`dossier serve` in a process of its own, with its private folders under tmp_path/tmp, as a
    terminal starts it: Ctrl-C (SIGINT) reaches it even when the tests themselves run in the
    background of a script, which starts them with SIGINT ignored (as CI may)."""
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return subprocess.Popen([sys.executable, "-m", "generator.cli", "serve", str(content), "--no-search", *options],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
                            env={**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(tmp_path / "tmp")})


def served_folders(tmp_path: Path) -> list[Path]:
    """The private folders of the servers started by start_server (none once they stop)."""
    return list((tmp_path / "tmp").glob("dossier-serve-*"))


def served_url(process: subprocess.Popen) -> str:
    """The address a started server announces on its first line."""
    line = process.stdout.readline()
    assert "Serving" in line, line + process.stderr.read()
    return line.split(" at ", 1)[1].split(" ", 1)[0]


def stop_server(process: subprocess.Popen) -> None:
    """Ctrl-C, as a user stops it. A server that has not ended within a minute (it waits for
    the removal of its private folder) is killed and the test fails, saying so: a killed
    server cannot clean up, and a check of its folder would then fail for the wrong reason."""
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise AssertionError("the server did not stop within 60 s of Ctrl-C") from None
