"""The command line and the preview server, as an attacker would use them: malformed and
hostile requests get a 400/403/404 answer (never a traceback, never a file outside the
served site), bursts and many open pages are served, and mistakes on the command line
(a port out of range, a script address as --base-url, a full disk) get plain messages."""
import errno
import os
import shutil
import socket
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from conftest import article, entity, served_folders, served_url, start_server, stop_server, write_files
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.config import load_config

TINY = {
    "dossier.yaml": 'title: "Tiny"\n',
    "articles/a.md": article("Alpha", "Alpha meets [[x]].", published='"2024-05-01"'),
    "entities/x.yaml": entity("X Person"),
}


# ---- a raw HTTP client: what a browser would never send

def exchange(port: int, data: bytes, timeout: float = 10) -> bytes:
    """Send bytes as they are, return every byte of the answer (b"" when the connection was dropped)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        answer = b""
        try:
            while chunk := sock.recv(65536):
                answer += chunk
        except ConnectionResetError:
            pass
        return answer


def request(port: int, target: bytes, method: bytes = b"GET", host: bytes = b"localhost",
            extra: bytes = b"") -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) of one request; status 0 when the server dropped the connection."""
    answer = exchange(port, method + b" " + target + b" HTTP/1.1\r\nHost: " + host + b"\r\n" + extra +
                      b"Connection: close\r\n\r\n")
    if not answer:
        return 0, {}, b""
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    return int(lines[0].split()[1]), headers, body


def drained(process) -> str:
    """What the server has printed on its standard error so far (without waiting)."""
    fd = process.stderr.fileno()
    os.set_blocking(fd, False)
    text = b""
    try:
        while chunk := os.read(fd, 65536):
            text += chunk
    except BlockingIOError:
        pass
    return text.decode("utf-8", "replace")


def wait_for_stderr(process, text: str, seconds: float = 20) -> str:
    """The server's standard error up to the moment it holds `text` (fails after `seconds`)."""
    seen = ""
    deadline = time.monotonic() + seconds
    while text not in seen:
        assert time.monotonic() < deadline, f"the server did not print {text!r}; it printed {seen!r}"
        time.sleep(0.05)
        seen += drained(process)
    return seen


class Served:
    def __init__(self, process, url: str, content: Path, tmp: Path):
        self.process, self.url, self.content, self.tmp = process, url, content, tmp
        self.port = int(url.rsplit(":", 1)[1].strip("/"))

    @property
    def site(self) -> Path:
        return served_folders(self.tmp)[0] / "site"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """One server for the module's read-only requests (a tiny dossier: a fast first build)."""
    tmp = tmp_path_factory.mktemp("serve")
    content = write_files(tmp / "content", TINY)
    process = start_server(tmp, content, "-p", "0")
    url = served_url(process)
    yield Served(process, url, content, tmp)
    stop_server(process)


def assert_no_traceback(served: Served) -> None:
    err = drained(served.process)
    assert "Traceback" not in err and "Exception" not in err, err[:2000]


# ---- malformed addresses

MALFORMED = [
    b"/a%00.css", b"/a%00.html", b"/articles/%00", b"/a\x01b.html", b"/%ff%fe.html",
    b"/" + b"a" * 8000, b"/" + b"a" * 8000 + b".html", b"/" + b"a" * 300 + b".html", b"/" + b"a/" * 3000,
    b"/" + b"%2e%2e%2f" * 500 + b"x.html", b"http://[x/index.html", b"http://[::1/",
]


@pytest.mark.parametrize("target", MALFORMED, ids=lambda t: repr(t[:24]))
@pytest.mark.parametrize("method", [b"GET", b"HEAD"])
def test_a_malformed_address_gets_400_or_404_and_no_traceback(served, target, method):
    status, headers, body = request(served.port, target, method)
    assert status in (400, 404), (status, body[:200])
    assert ("Content-Length" in headers) and (body == b"" if method == b"HEAD" else True)
    assert_no_traceback(served)


@given(st.binary(min_size=1, max_size=300))
@settings(max_examples=60, deadline=None)
def test_any_address_gets_an_answer_and_no_traceback(served, raw):
    """Whatever the bytes after the slash (but the request line's own separators), an answer."""
    target = b"/" + bytes(b for b in raw if b not in b" \r\n")
    status, _, _ = request(served.port, target)
    assert status in (200, 301, 400, 404)
    assert_no_traceback(served)


def outside_files(served: Served) -> list[Path]:
    """Secret files beside the served folder and beside the server's private folder."""
    secrets = [served.site.parent / "secret.txt", served.tmp / "tmp" / "secret.txt", served.tmp / "secret.txt"]
    for path in secrets:
        path.write_text("TOP SECRET", encoding="utf-8")
    return secrets


TRAVERSALS = [
    b"/../secret.txt", b"/../../secret.txt", b"/../../../secret.txt", b"/articles/../../secret.txt",
    b"/%2e%2e/secret.txt", b"/%2E%2E/%2e%2e/secret.txt", b"/..%2fsecret.txt", b"/..%2f..%2fsecret.txt",
    b"/..%5csecret.txt", b"/..\\secret.txt", b"/..\\..\\secret.txt", b"//../secret.txt",
    b"/.%2e/secret.txt", b"/%252e%252e/secret.txt", b"/articles/..;/../secret.txt",
]


@pytest.mark.parametrize("target", TRAVERSALS)
def test_no_address_leads_outside_the_served_site(served, target):
    outside_files(served)
    status, _, body = request(served.port, target)
    assert status in (400, 404) and b"TOP SECRET" not in body
    assert_no_traceback(served)


def test_a_link_inside_the_served_folder_is_not_followed_outside(served):
    """The served folder is the build's output: a link in it (planted, or carried by a
    dossier's files) is not followed to a file outside."""
    secret, *_ = outside_files(served)
    (served.site / "leak.txt").symlink_to(secret)
    (served.site / "leak.html").symlink_to(secret)
    (served.site / "up").symlink_to(served.site.parent, target_is_directory=True)
    for target in (b"/leak.txt", b"/leak.html", b"/up/secret.txt", b"/up/"):
        status, _, body = request(served.port, target)
        assert status == 404 and b"TOP SECRET" not in body, target
    # a link that stays inside is served
    (served.site / "same.html").symlink_to(served.site / "index.html")
    assert request(served.port, b"/same.html")[0] == 200
    assert_no_traceback(served)


def test_a_page_that_is_not_utf8_is_served_and_so_is_the_404_page(served):
    """Pages are read as text to add the reload script: bytes that are not UTF-8 (a dossier's
    static page, a 404 page of its own) must not fail the request."""
    (served.site / "latin1.html").write_bytes("<html><body>Caf\xe9</body></html>".encode("latin-1"))
    status, _, body = request(served.port, b"/latin1.html")
    assert status == 200 and b"/__dossier__/client.js" in body
    page = served.site / "404.html"
    kept = page.read_bytes()
    try:
        page.write_bytes(b"<html><head></head><body>Not here \xff</body></html>")
        status, _, body = request(served.port, b"/no-such-page.html")
        assert status == 404 and b"Not here" in body
    finally:
        page.write_bytes(kept)
    assert_no_traceback(served)


def test_head_answers_as_get_without_a_body(served):
    for target, code in ((b"/index.html", 200), (b"/", 200), (b"/assets/", 404), (b"/no-such-page.html", 404),
                         (b"/__dossier__/client.js", 200)):
        got = request(served.port, target)
        head = request(served.port, target, b"HEAD")
        assert got[0] == head[0] == code, target
        assert head[2] == b"" and int(head[1]["Content-Length"]) == len(got[2]) > 0, target
        assert head[1]["Content-Type"] == got[1]["Content-Type"]


def test_a_folder_address_without_its_slash_is_redirected_within_the_site(served):
    status, headers, _ = request(served.port, b"/articles")
    assert status == 301 and headers["Location"] == "/articles/"
    # never to another site (a path that starts with two slashes is another host for a browser)
    (served.site / "evil.example").mkdir()
    status, headers, _ = request(served.port, b"//evil.example")
    assert status in (301, 404) and not headers.get("Location", "/").startswith("//")


def test_very_long_or_many_headers_are_refused(served):
    status, _, _ = request(served.port, b"/index.html", extra=b"X-Long: " + b"a" * 100_000 + b"\r\n")
    assert status == 431
    status, _, _ = request(served.port, b"/index.html", extra=b"".join(b"X-%d: 1\r\n" % i for i in range(200)))
    assert status == 431
    assert request(served.port, b"/index.html")[0] == 200
    assert_no_traceback(served)


@pytest.mark.parametrize("host", [b"evil.example", b"evil.example:8000", b"localhost.evil.example",
                                  b"127.0.0.1.evil.example", b"attacker.com:80@localhost"])
def test_a_request_for_another_host_name_is_refused(served, host):
    """DNS rebinding: a page of evil.example whose name is made to point to 127.0.0.1 can send
    requests to the preview server; they carry Host: evil.example and are refused."""
    for target in (b"/index.html", b"/__dossier__/events", b"/__dossier__/client.js"):
        status, _, body = request(served.port, target, host=host)
        assert status == 403 and b"Alpha" not in body


@pytest.mark.parametrize("host", [b"localhost", b"127.0.0.1", b"[::1]", b"LOCALHOST", b"site.localhost"])
def test_a_request_for_this_machine_is_served(served, host):
    for name in (host, host + b":%d" % served.port):
        status, _, body = request(served.port, b"/index.html", host=name)
        assert status == 200 and b"Alpha" in body, name


def fetch_metadata(site: str, mode: str, dest: str) -> bytes:
    return f"Sec-Fetch-Site: {site}\r\nSec-Fetch-Mode: {mode}\r\nSec-Fetch-Dest: {dest}\r\n".encode()


@pytest.mark.parametrize("site", ["cross-site", "same-site"])
@pytest.mark.parametrize("target,mode,dest", [(b"/data/entities.js", "no-cors", "script"),
                                              (b"/index.html", "cors", "empty"),
                                              (b"/__dossier__/events", "cors", "empty"),
                                              (b"/articles/a.html", "navigate", "iframe")])
def test_another_site_cannot_read_the_preview_through_the_browser(served, site, target, mode, dest):
    """Any page open in the browser can include <script src="http://127.0.0.1:8000/data/entities.js">
    (its Host is this machine) and read the dossier's entities and graph from its variables.
    Browsers say where a request comes from (Sec-Fetch-Site): from another site, refused."""
    status, _, body = request(served.port, target, extra=fetch_metadata(site, mode, dest))
    assert status == 403 and b"X Person" not in body and b"Alpha" not in body


def test_the_preview_itself_and_links_to_it_are_served(served):
    for site, mode, dest in (("same-origin", "no-cors", "script"), ("none", "navigate", "document"),
                             ("cross-site", "navigate", "document")):   # (a link followed from elsewhere)
        status, headers, body = request(served.port, b"/data/entities.js" if dest == "script" else b"/",
                                        extra=fetch_metadata(site, mode, dest))
        assert status == 200 and headers["Cross-Origin-Resource-Policy"] == "same-origin", (site, mode)
    status, headers, body = request(served.port, b"/data/entities.js")   # (no metadata: not a browser)
    assert status == 200 and b"X Person" in body and headers["Cross-Origin-Resource-Policy"] == "same-origin"


def test_a_burst_of_64_connections_is_accepted_at_once(served):
    """A browser opening a page with many assets, or a reload of many tabs: no connection
    waits for a retransmission (1 s and more) because the listen queue was full."""
    barrier = threading.Barrier(64)
    results: list[tuple[float, int]] = []

    def one():
        barrier.wait()
        started = time.perf_counter()
        with socket.create_connection(("127.0.0.1", served.port), timeout=20) as sock:
            connected = time.perf_counter() - started
            sock.sendall(b"GET /index.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            answer = b""
            while chunk := sock.recv(65536):
                answer += chunk
        results.append((connected, int(answer.split()[1])))

    threads = [threading.Thread(target=one) for _ in range(64)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [code for _, code in results] == [200] * 64
    slowest = max(connected for connected, _ in results)
    assert slowest < 0.9, f"a connection waited {slowest:.1f} s to be accepted"


def open_events(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=20)
    sock.sendall(b"GET /__dossier__/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
    head = b""
    while b"\r\n\r\n" not in head:
        head += sock.recv(1)
    assert b" 200 " in head.split(b"\r\n")[0]
    return sock


def test_many_open_pages_are_all_told_to_reload(tmp_path):
    """150 pages listening for the reload: the pages are still served, and every one is told."""
    content = write_files(tmp_path / "content", TINY)
    process = start_server(tmp_path, content, "-p", "0")
    try:
        port = int(served_url(process).rsplit(":", 1)[1].strip("/"))
        listeners = [open_events(port) for _ in range(150)]
        started = time.perf_counter()
        assert request(port, b"/index.html")[0] == 200
        assert time.perf_counter() - started < 2
        (content / "articles" / "a.md").write_text(article("Alpha edited", "Text."), encoding="utf-8")
        for sock in listeners:
            received = b""
            while b"event: reload" not in received:
                received += sock.recv(4096) or pytest.fail("a listener was dropped")
            sock.close()
        assert "Traceback" not in drained(process)
    finally:
        stop_server(process)


@pytest.fixture
def in_process(tmp_path, monkeypatch):
    """in_process(**constants) → the port of `serve` running in a thread of the test, with some of
    serve.py's constants changed (MAX_CONNECTIONS, IDLE_SECONDS...)."""
    from generator import serve as serve_module
    stop = threading.Event()
    threads = []

    def start(**constants) -> int:
        for name, value in constants.items():
            monkeypatch.setattr(serve_module, name, value)
        content = write_files(tmp_path / "content", TINY)
        urls, ready = [], threading.Event()

        def on_ready(url):
            urls.append(url)
            ready.set()

        threads.append(threading.Thread(target=serve_module.serve, args=(content,), daemon=True,
                                        kwargs=dict(port=0, search=False, ready=on_ready, stop_event=stop)))
        threads[-1].start()
        assert ready.wait(60)
        return int(urls[0].rsplit(":", 1)[1].strip("/"))

    yield start
    stop.set()
    for thread in threads:
        thread.join(20)


def test_connections_beyond_the_limit_are_answered_503_not_queued_forever(in_process):
    """Each connection takes a thread: past the limit, a connection is answered at once with
    503, and the server serves again once the pages holding the others are closed."""
    port = in_process(MAX_CONNECTIONS=8)
    listeners = [open_events(port) for _ in range(8)]
    status, _, _ = request(port, b"/index.html")
    assert status == 503
    for sock in listeners:
        sock.close()
    deadline = time.monotonic() + 10
    while request(port, b"/index.html")[0] != 200:
        assert time.monotonic() < deadline, "the server did not recover its connections"
        time.sleep(0.1)


def test_an_idle_connection_is_closed(in_process):
    """A connection that sends nothing (or half a request) does not hold its thread forever."""
    port = in_process(IDLE_SECONDS=1)
    for sent in (b"", b"GET /index.html HTTP/1.1\r\nHost: loc"):
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(sent)
            started = time.perf_counter()
            try:
                while sock.recv(65536):
                    pass
            except ConnectionResetError:
                pass
            assert time.perf_counter() - started < 5


def test_an_unforeseen_failure_prints_one_line_and_no_traceback(in_process, monkeypatch, capsys):
    from generator import serve as serve_module
    port = in_process()

    def broken(*args):
        raise RuntimeError("a bug")

    monkeypatch.setattr(serve_module, "site_file", broken)
    capsys.readouterr()
    assert request(port, b"/index.html")[0] == 0
    assert request(port, b"/__dossier__/client.js")[0] == 200   # the server goes on
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "dossier serve: a request could not be answered (RuntimeError: a bug)" in err, err


# ---- the command line

def test_a_port_out_of_range_is_a_plain_error(make_dossier):
    d = make_dossier(TINY)
    for port in ("99999", "-1", "65536", "eighty"):
        run = d.run("serve", str(d.root), "-p", port)
        assert run.code == 2 and "internal error" not in run.err, run.err
        assert "-p/--port" in run.err and "from 1 to 65535, or 0" in run.err, run.err


def test_listening_beyond_this_machine_is_warned_of(tmp_path):
    content = write_files(tmp_path / "content", TINY)
    process = start_server(tmp_path, content, "-p", "0", "--host", "0.0.0.0")
    try:
        served_url(process)
        warning = wait_for_stderr(process, "\n", 10).splitlines()[0]
        assert warning.startswith("warning: ") and "visible to other machines" in warning, warning
        assert "--host 127.0.0.1" in warning
    finally:
        stop_server(process)


def test_a_deleted_dossier_folder_is_reported_in_plain_words(tmp_path):
    content = write_files(tmp_path / "content", TINY)
    process = start_server(tmp_path, content, "-p", "0")
    try:
        port = int(served_url(process).rsplit(":", 1)[1].strip("/"))
        shutil.rmtree(content)
        said = wait_for_stderr(process, "no longer", 20)
        assert f"the dossier folder {content} no longer exists" in said, said
        assert request(port, b"/index.html")[0] == 200   # the previous build is still served
        # put back, it is built again
        write_files(content, TINY)
        (content / "articles" / "a.md").write_text(article("Alpha is back", "Text."), encoding="utf-8")
        deadline = time.monotonic() + 20
        while b"Alpha is back" not in request(port, b"/articles/a.html")[2]:
            assert time.monotonic() < deadline, "the folder put back was not built again"
            time.sleep(0.2)
        assert "Traceback" not in drained(process)
    finally:
        stop_server(process)


HOSTILE_BASES = ["javascript:alert(1)", "JavaScript:alert(1)//", " javascript:alert(1)", "data:text/html,x",
                 "vbscript:x", "https://", "http:/x", "//evil.example/", "https://a b/", "https://a\nb/",
                 "https://x/\"><script>", "file:///etc/passwd", "ftp://x/"]


@pytest.mark.parametrize("base", HOSTILE_BASES)
def test_a_script_or_malformed_base_url_is_refused_on_the_command_line(make_dossier, base):
    d = make_dossier(TINY)
    run = d.build("--no-search", "--base-url", base)
    assert run.code == 2 and "--base-url" in run.err and "must start with https://, http:// or /" in run.err
    assert "internal error" not in run.err and not d.output.exists()


@pytest.mark.parametrize("base", HOSTILE_BASES)
def test_dossier_yaml_refuses_the_same_base_urls(tmp_path, base):
    (tmp_path / "dossier.yaml").write_text('base_url: "' + base.replace("\\", "\\\\").replace('"', '\\"')
                                           .replace("\n", "\\n") + '"\n', encoding="utf-8")
    from generator.config import base_url_problem
    config, problems = load_config(tmp_path)
    assert config.base_url is None
    assert [p.message for p in problems] == [base_url_problem(base)] and problems[0].line == 1


def test_good_base_urls_reach_the_feed_and_sitemap(make_dossier):
    d = make_dossier(TINY)
    for number, base in enumerate(("https://example.org/dossier", "http://localhost:8000/", "/dossier/")):
        # (an output each: full builds in a row into one folder meet write.py's retired folder of the
        # previous one, named by the process, while it is still being removed: ENOTEMPTY)
        output = d.output.with_name(f"site{number}")
        assert d.run("build", str(d.root), "-o", str(output), "--no-search", "--base-url", base).code == 0
        assert (base.rstrip("/") + "/articles/a.html") in (output / "sitemap.xml").read_text(encoding="utf-8")


@given(st.text(max_size=40) | st.sampled_from(HOSTILE_BASES).flatmap(lambda b: st.just(b) | st.text(max_size=8).map(b.__add__)))
@settings(max_examples=300, deadline=None)
def test_an_accepted_base_url_is_an_http_address_or_a_path(url):
    from urllib.parse import urlsplit

    from generator.config import base_url_problem
    if base_url_problem(url) is not None:
        return
    parts = urlsplit(url)
    assert (parts.scheme in ("http", "https") and parts.netloc) or (url.startswith("/") and not url.startswith("//"))
    assert not any(c.isspace() or ord(c) < 32 or c in '"<>\\`' for c in url)


def test_a_full_disk_during_check_is_a_plain_error(make_dossier, monkeypatch):
    """`check` writes nothing to the output, but its cache: a full disk there is said plainly."""
    from generator import cache
    d = make_dossier(TINY)

    def full(*args, **options):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(cache.HtmlStore, "put", full)
    run = d.check()
    assert run.code == 2 and "internal error" not in run.err and "Traceback" not in run.err, run.err
    assert "disk is full" in run.err and ".dossier-cache" in run.err, run.err


def test_no_space_left_is_a_plain_error(make_dossier, monkeypatch):
    from generator import build
    d = make_dossier(TINY)
    where = str(d.root / ".dossier-cache" / "cache.sqlite3")

    def no_space(*args, **options):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), where)

    monkeypatch.setattr(build, "analyse", no_space)
    run = d.check()
    assert run.code == 2 and "internal error" not in run.err
    assert run.err.startswith("error: the disk is full") and "free some space" in run.err, run.err


def ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as sock:
            sock.bind(("::1", 0))
        return True
    except OSError:
        return False


@pytest.mark.skipif(not ipv6_loopback(), reason="no IPv6 loopback on this machine")
def test_an_ipv6_address_is_served(tmp_path):
    content = write_files(tmp_path / "content", TINY)
    process = start_server(tmp_path, content, "-p", "0", "--host", "::1")
    try:
        url = served_url(process)
        assert url.startswith("http://[::1]:")
        port = int(url.rsplit(":", 1)[1].strip("/"))
        with socket.create_connection(("::1", port), timeout=10) as sock:
            sock.sendall(b"GET /index.html HTTP/1.1\r\nHost: [::1]:%d\r\nConnection: close\r\n\r\n" % port)
            assert sock.recv(12) == b"HTTP/1.0 200"
        assert "warning" not in drained(process)
    finally:
        stop_server(process)


def test_a_host_that_is_no_address_is_a_plain_error(make_dossier):
    d = make_dossier(TINY)
    run = d.run("serve", str(d.root), "--host", "no-such-host.invalid", "-p", "0")
    assert run.code == 1 and run.err.startswith("error: cannot listen on no-such-host.invalid (")
    assert "--host takes an address or a name of this machine" in run.err and "port" not in run.err


def test_an_address_of_another_machine_is_a_plain_error(make_dossier):
    d = make_dossier(TINY)
    run = d.run("serve", str(d.root), "--host", "192.0.2.1", "-p", "0")   # (TEST-NET-1: nobody's)
    assert run.code == 1 and "192.0.2.1 is not an address of this machine" in run.err, run.err
    assert "choose another port" not in run.err


def test_a_missing_file_or_a_file_for_a_folder_is_said_as_such(make_dossier, tmp_path):
    d = make_dossier(TINY)
    (tmp_path / "notes.txt").write_text("text", encoding="utf-8")
    run = d.run("import", str(tmp_path / "no-such-clipping.txt"), "--into", str(d.root))
    assert run.code == 2 and run.err == f"error: no such file: {tmp_path / 'no-such-clipping.txt'}\n"
    for command in (("build", str(tmp_path / "notes.txt"), "-o", str(tmp_path / "out")),
                    ("check", str(tmp_path / "notes.txt")), ("serve", str(tmp_path / "notes.txt"), "-p", "0")):
        run = d.run(*command)
        assert run.code == 2 and run.err == (f"error: {tmp_path / 'notes.txt'} is a file; give the folder of a "
                                             "dossier\n"), run.err
    run = d.run("check", str(tmp_path / "nowhere"))
    assert run.code == 2 and run.err == f"error: no such folder: {tmp_path / 'nowhere'}\n"


def test_a_reload_stream_is_kept_alive(in_process):
    port = in_process(KEEP_ALIVE_SECONDS=1)
    with open_events(port) as sock:
        received, started = b"", time.monotonic()
        while b": keep-alive" not in received:
            assert time.monotonic() - started < 5
            received += sock.recv(4096)


def test_a_save_made_during_the_first_build_is_built(in_process, tmp_path):
    """The watch starts before the first build reads the files: a save made while it runs (or
    between it and the announcement) is not lost until the next one."""
    from generator import serve as serve_module
    real_build = serve_module.build_site
    builds = []

    def build_then_save(*args, **options):
        result = real_build(*args, **options)
        if not builds:   # a save that lands just after the first build read the files
            (tmp_path / "content" / "articles" / "a.md").write_text(article("Saved meanwhile", "Text."),
                                                                    encoding="utf-8")
        builds.append(result)
        return result

    port = in_process(build_site=build_then_save)
    deadline = time.monotonic() + 10
    while b"Saved meanwhile" not in request(port, b"/articles/a.html")[2]:
        assert time.monotonic() < deadline, "the save made during the first build was never built"
        time.sleep(0.1)


def test_an_apostrophe_is_allowed_in_a_base_url():
    from generator.config import base_url_problem
    assert base_url_problem("https://example.org/l'affaire/") is None
    assert base_url_problem("https://example.org:8443/dossier") is None
    assert base_url_problem("https://example.org:port/") is not None
