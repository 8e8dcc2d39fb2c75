"""`dossier serve`: build, serve on 127.0.0.1, rebuild on every save, reload the open pages.

The site is built into a private temporary folder (never over `site/`). A watcher
(watchfiles) follows the dossier and the theme; each change triggers a rebuild, and every
open page is told over Server-Sent Events to reload — or, when the content has an error,
to show it as an overlay, while the terminal prints the same `path:line: message` lines.
The server keeps running and recovers on the next good save. A missing address gets the
site's 404 page (with the same script), never a folder listing.

A preview server still faces whatever a browser, or a page open in it, may send: an address
that is malformed (a NUL, a control character, a backslash, `..`, too long) is answered 400;
nothing outside the served folder is ever read, a link in it included; a request whose Host is
not a name of this machine is refused (a page of another site, its name pointed at 127.0.0.1
by DNS rebinding, would otherwise read the preview), and so is one that the browser says comes
from another site's page, but for a link followed; each connection has its thread, up to
MAX_CONNECTIONS, and one that stays idle is closed.
"""
from __future__ import annotations

import errno
import http.server
import ipaddress
import json
import os
import queue
import re
import select
import socket
import socketserver
import sqlite3
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from .build import BuildResult, build_site
from .cache import CACHE_FOLDER
from .errors import ContentError, DossierError
from .removal import remove_folder
from .render import DEFAULT_THEME
from .watch import Watcher

MAX_CONNECTIONS = 256    # served at once, each by a thread (an open page's reload stream is one)
IDLE_SECONDS = 30        # a connection that sends nothing for this long is closed
KEEP_ALIVE_SECONDS = 15  # a comment line on each reload stream, so that proxies keep it open
MAX_ADDRESS = 2048       # characters of a decoded path: no page of a site has a longer one

EVENTS_PATH = "/__dossier__/events"
CLIENT_PATH = "/__dossier__/client.js"
CLIENT_TAG = f'<script src="{CLIENT_PATH}"></script>'

CLIENT_JS = """(function () {
  var overlay = null;
  function show(report) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "dossier-error-overlay";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:99999;background:rgba(20,20,20,.92);color:#fff;" +
        "font:14px/1.5 ui-monospace,monospace;padding:2rem;overflow:auto;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "dossier: the last save has errors; " + (report.built ?
      "the page shows the previous build." : "nothing could be built yet.") + "\\n\\n" + report.message;
  }
  var source = new EventSource("%s");
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("error-report", function (event) { show(JSON.parse(event.data)); });
})();
""" % EVENTS_PATH


def with_client(html: str) -> bytes:
    """The page with the script that reloads it after a rebuild and shows content errors."""
    return html.replace("</body>", CLIENT_TAG + "</body>", 1).encode()


def not_found_page(site: Path) -> str:
    """The site's own 404 page, its links resolved from the server's root whatever the address
    asked for; a plain stand-in while no build has succeeded (the client script then shows
    the error, and the page reloads once the content is mended)."""
    try:
        html = (site / "404.html").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not built yet</title></head>"
                "<body><h1>This page is not in the current build</h1><p>The page reloads after the next "
                "successful build.</p></body></html>")
    # (a <base> from the dossier's public address would send its links to the public site)
    return re.sub(r"<base [^>]*>", "", html).replace("<head>", '<head>\n<base href="/">', 1)


@dataclass
class ServerState:
    """The latest build as the server sees it: a number that grows, its error if any, and
    whether any build has succeeded (a site is being served)."""

    output: Path
    allow_scripts: bool = False   # (dossier serve --allow-scripts: the builder trusts the dossier)
    internal: bool = True         # the edition served: the internal one (the author's view), or the public one
    build: int = 0
    error: str | None = None
    built: bool = False
    changed: threading.Condition = field(default_factory=threading.Condition)

    def publish(self, error: str | None) -> None:
        with self.changed:
            self.build += 1
            self.error = error
            self.built = self.built or error is None
            self.changed.notify_all()


class BadAddress(ValueError):
    """A request's address that no page of a site can have (answered 400)."""


# A control character or a backslash anywhere, or a `..` segment (a browser resolves those
# before sending: one that arrives was written to get out of the site).
_REFUSED = re.compile(r"[\x00-\x1f\x7f\\]|(?:^|/)\.\.(?:/|$)")


def address_path(target: str) -> str:
    """The decoded path of a request's address, without its query or fragment."""
    if not target.startswith("/"):   # the absolute form, http://host/path
        try:
            parts = urlsplit(target)
        except ValueError:   # (an unclosed IPv6 bracket: http://[x/)
            raise BadAddress("the address is not a path nor a web address") from None
        if parts.scheme.lower() not in ("http", "https"):
            raise BadAddress("the address must be a path starting with /")
        target = parts.path or "/"
    path = unquote(target.split("?", 1)[0].split("#", 1)[0], errors="surrogateescape")
    if len(path) > MAX_ADDRESS:
        raise BadAddress(f"the address is longer than {MAX_ADDRESS} characters")
    if _REFUSED.search(path):
        raise BadAddress("the address holds a control character, a backslash or a '..' segment")
    return path


def site_file(root: Path, path: str) -> Path | str | None:
    """The file served at `path` (a folder's index.html); for a folder asked without its
    final slash, the address to redirect to; None when there is no such file, or when it is
    (through a link) outside the served folder."""
    parts = [part for part in path.split("/") if part not in ("", ".")]
    try:
        base = os.path.realpath(root)
        file = os.path.realpath(os.path.join(base, *parts))
        if not (file == base or file.startswith(base + os.sep)):
            return None   # (a link leading out of the served folder: not even redirected to)
        if os.path.isdir(file):
            if not path.endswith("/"):
                return "/" + "".join(quote(part.encode("utf-8", "surrogateescape")) + "/" for part in parts)
            file = os.path.realpath(os.path.join(file, "index.html"))
        if not file.startswith(base + os.sep) or not os.path.isfile(file):
            return None
        return Path(file)
    except (OSError, ValueError):
        return None


def host_allowed(header: str | None, names: frozenset[str]) -> bool:
    """Whether a request's Host names this machine: localhost (and *.localhost, which never
    leaves it), an IP address, or one of `names` (the --host name, the machine's own name):
    never a name whose DNS another site controls. A missing Host is allowed: browsers, the
    only clients a rebinding attack can use, always send one."""
    if header is None:
        return True
    host = header.strip().lower()
    if host.startswith("["):
        name, _, port = host[1:].partition("]")
        port = port.removeprefix(":") if port.startswith(":") else (port or "0")
    else:
        name, _, port = host.partition(":")
    if port and not port.isdigit():
        return False
    name = name.rstrip(".")
    if name == "localhost" or name.endswith(".localhost") or name in names:
        return True
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def make_handler(state: ServerState, names: frozenset[str] = frozenset()):
    class Handler(http.server.SimpleHTTPRequestHandler):
        timeout = IDLE_SECONDS

        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(state.output), **kwargs)

        def log_message(self, *args):
            pass

        def do_GET(self):
            self._answer(body=True)

        def do_HEAD(self):
            self._answer(body=False)

        def _answer(self, body: bool) -> None:
            if not host_allowed(self.headers.get("Host"), names):
                return self._send(f"dossier serve answers requests for this machine only (localhost, "
                                  f"127.0.0.1), not for {self.headers.get('Host')!r}.\n".encode(),
                                  "text/plain; charset=utf-8", 403, body)
            if self._from_another_site():
                return self._send(b"dossier serve does not answer another site's page (only a link to it).\n",
                                  "text/plain; charset=utf-8", 403, body)
            try:
                path = address_path(self.path)
            except BadAddress as exc:
                return self._send(f"{exc}\n".encode(), "text/plain; charset=utf-8", 400, body)
            if path == EVENTS_PATH:
                return self._events() if body else self._send(b"", "text/event-stream", 200, False)
            if path == CLIENT_PATH:
                return self._send(CLIENT_JS.encode(), "text/javascript", 200, body)
            found = site_file(state.output, path)
            if isinstance(found, str):
                self.send_response(301)
                self.send_header("Location", found)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            try:
                if found is None:
                    raise FileNotFoundError(path)
                if found.suffix == ".html":
                    content = with_client(found.read_text(encoding="utf-8", errors="replace"))
                    return self._send(content, "text/html; charset=utf-8", 200, body)
                return self._send(found.read_bytes(), self.guess_type(str(found)), 200, body)
            except OSError:   # none, or removed since by a rebuild
                self._send(with_client(not_found_page(state.output)), "text/html; charset=utf-8", 404, body)

        def _from_another_site(self) -> bool:
            """Whether the browser says the request comes from another site's page (a script
            element, a fetch, a frame), which must not read the preview: a page anywhere could
            include data/entities.js and read the dossier from its variables. A link followed
            (a navigation of the whole window) is let through."""
            if self.headers.get("Sec-Fetch-Site") not in ("cross-site", "same-site"):
                return False
            return not (self.headers.get("Sec-Fetch-Mode") == "navigate" and self.headers.get("Sec-Fetch-Dest") == "document")

        def end_headers(self):
            # (browsers that send no Sec-Fetch-Site still keep another site's page from using it)
            self.send_header("Cross-Origin-Resource-Policy", "same-origin")
            super().end_headers()

        def _send(self, content: bytes, content_type: str, status: int = 200, body: bool = True) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(content)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if body:
                self.wfile.write(content)

        def _events(self) -> None:
            seen = state.build   # (before the page hears back: a build finished after that is told)
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            try:
                if state.error:
                    self._event("error-report", {"message": state.error, "built": state.built})
                quiet_since = time.monotonic()
                while not self._client_gone():   # (its thread is given back within a second)
                    with state.changed:
                        state.changed.wait_for(lambda: state.build != seen, timeout=1)
                        build, error, built = state.build, state.error, state.built
                    if build != seen:
                        seen, quiet_since = build, time.monotonic()
                        self._event("error-report" if error else "reload", {"message": error or "", "built": built})
                    elif time.monotonic() - quiet_since >= KEEP_ALIVE_SECONDS:
                        quiet_since = time.monotonic()
                        self.wfile.write(b": keep-alive\n\n")
                        self.wfile.flush()
            except OSError:   # the page was closed, or stopped reading
                return

        def _client_gone(self) -> bool:
            readable, _, _ = select.select([self.connection], [], [], 0)
            return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""

        def _event(self, name: str, data: dict) -> None:
            self.wfile.write(f"event: {name}\ndata: {json.dumps(data)}\n\n".encode())
            self.wfile.flush()

    return Handler


class PortUnavailable(DossierError):
    """The address to serve on is taken or not allowed."""


_BUSY_TEXT = b"The preview server has too many open connections; try again in a moment.\n"
BUSY = (b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nRetry-After: 2\r\n"
        b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(_BUSY_TEXT), _BUSY_TEXT))


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # Connections waiting to be accepted: a page's assets, or many tabs reloading at once, come
    # in a burst, and a connection past the queue waits a second or more to be tried again.
    request_queue_size = 128

    def __init__(self, *args, **kwargs):
        self.slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        super().__init__(*args, **kwargs)

    def process_request(self, request, client_address):
        if not self.slots.acquire(blocking=False):
            return self._refuse(request)
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def _refuse(self, request) -> None:
        """Past MAX_CONNECTIONS: 503 at once, without a thread (what the client sent is read
        first, briefly, so that closing does not reset the connection before it reads the answer)."""
        try:
            request.settimeout(0.05)
            request.recv(65536)
        except OSError:
            pass
        try:
            request.sendall(BUSY)
        except OSError:
            pass
        self.shutdown_request(request)

    def handle_error(self, request, client_address):
        """A request that failed: one line, never a traceback (a page that went away: nothing)."""
        error = sys.exc_info()[1]
        if not isinstance(error, (ConnectionError, TimeoutError)):
            print(f"dossier serve: a request could not be answered ({type(error).__name__}: {error})",
                  file=sys.stderr, flush=True)


def rebuild(root: Path, state: ServerState, search: bool) -> tuple[str | None, BuildResult | None]:
    """Build into the served folder, incrementally when an edit allows it (the same build as
    `dossier build`); returns (the error text for the overlay, or None; the build's result)."""
    if not root.is_dir():
        return (f"the dossier folder {root} no longer exists (deleted or moved); put it back to build "
                "again, or stop the server with Ctrl-C"), None
    try:
        result = build_site(root, state.output, search=search, allow_scripts=state.allow_scripts,
                            internal=state.internal)
    except ContentError as exc:
        return "\n".join(problem.format() for problem in exc.problems), None
    except DossierError as exc:
        return str(exc), None
    except OSError as exc:   # a file gone or unreadable mid-save: reported, and the server goes on
        return f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), None
    except sqlite3.Error as exc:   # the cache, on a full disk
        return (f"the build cache in {root / CACHE_FOLDER} could not be used ({exc}); free some space if "
                "the disk is full, or delete that folder"), None
    for warning in [*result.notes, *result.warnings]:
        print(warning.format(), file=sys.stderr)
    return None, result


def _rebuilt(names: list[str], result: BuildResult) -> str:
    what = f"Rebuilt after a change to {', '.join(names[:3])}{'…' if len(names) > 3 else ''}"
    if result.up_to_date:
        return f"{what}: nothing to do"
    if result.incremental:
        return f"{what}: {result.update}"
    return f"{what}: {result.pages} pages"


def serve(root: Path, host: str = "127.0.0.1", port: int = 8000, search: bool = True,
          theme: Path = DEFAULT_THEME, ready=None, stop_event: threading.Event | None = None,
          allow_scripts: bool = False, internal: bool = True) -> None:
    """Serve until interrupted. `ready(url)` is called once the first build is served.

    The port is taken before anything is built (a busy port fails at once), and the private
    folder is removed however the server stops (Ctrl-C during the first build included)."""
    if not root.is_dir():
        raise FileNotFoundError(root)
    folder = Path(tempfile.mkdtemp(prefix="dossier-serve-"))
    try:
        state = ServerState(folder / "site", allow_scripts, internal)
        machine = socket.gethostname().lower()
        server = _bind(host, port, make_handler(state, frozenset({host.lower().strip("[]"), machine, f"{machine}.local"})))
        if not _loopback(server.server_address[0]):
            print(f"warning: listening on {server.server_address[0]}: the preview is visible to other machines "
                  f"(anyone who can reach this one on port {server.server_address[1]} can read the dossier); "
                  "use --host 127.0.0.1 to keep it to this machine", file=sys.stderr, flush=True)
        try:
            _serve(root, theme, search, state, server, ready, stop_event or threading.Event())
        finally:
            server.server_close()
    finally:
        remove_folder(folder)   # (a retired site in it may still be being removed in the background)


def _loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


class _Server6(_Server):
    address_family = socket.AF_INET6


def _bind(host: str, port: int, handler) -> "_Server":
    try:
        return (_Server6 if ":" in host else _Server)((host, port), handler)
    except socket.gaierror as exc:
        raise PortUnavailable(f"cannot listen on {host} ({exc.strerror or exc}): --host takes an address or a "
                              "name of this machine, such as 127.0.0.1 (the default) or ::1") from None
    except OSError as exc:
        if exc.errno == errno.EADDRNOTAVAIL:
            raise PortUnavailable(f"cannot listen on {host}: {host} is not an address of this machine; --host takes "
                                  "one of its addresses, such as 127.0.0.1 (the default) or ::1") from None
        raise PortUnavailable(f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose "
                              "another port with -p PORT, or -p 0 for any free one") from None
    except OverflowError:   # (a port beyond 65535: the command line refuses it first)
        raise PortUnavailable(f"cannot listen on port {port}: choose one from 1 to 65535, or 0 for any free one") from None


def _serve(root: Path, theme: Path, search: bool, state: ServerState, server: "_Server", ready,
           stop_event: threading.Event) -> None:
    """The first build, then serving and rebuilding until `stop_event` or Ctrl-C."""
    watcher = Watcher(root, theme).start()
    try:
        error, _ = rebuild(root, state, search)
        if error:
            print(error, file=sys.stderr)
            state.output.mkdir(exist_ok=True)
        state.publish(error)
        address, port = server.server_address[:2]
        url = f"http://{f'[{address}]' if ':' in address else address}:{port}/"
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:   # (shutdown() waits for serve_forever: called before it started, it would never return)
            print(f"Serving {root} at {url} — rebuilds on every save; Ctrl-C to stop.", flush=True)
            if ready:
                ready(url)
            while not stop_event.is_set():
                try:
                    batches = [watcher.changes.get(timeout=0.2)]
                except queue.Empty:
                    continue
                while not watcher.changes.empty():   # (saves made during the last rebuild: one more)
                    batches.append(watcher.changes.get())
                if root.is_dir() and any(isinstance(batch, Exception) for batch in batches):
                    raise next(batch for batch in batches if isinstance(batch, Exception))
                names = sorted({Path(path).name for batch in batches if not isinstance(batch, Exception)
                                for _, path in batch}) or [root.name]
                _rebuild_and_say(root, state, search, names)
                if not root.is_dir():   # (which the rebuild said): a watch of it would not see it come back
                    watcher.close()
                    if not _wait_for_folder(root, stop_event):
                        return
                    watcher = Watcher(root, theme).start()
                    _rebuild_and_say(root, state, search, [root.name])
        except KeyboardInterrupt:
            return
        finally:
            server.shutdown()
    finally:
        watcher.close()


def _rebuild_and_say(root: Path, state: ServerState, search: bool, names: list[str]) -> None:
    error, result = rebuild(root, state, search)
    if error:
        print(f"\n{error}\nThe server keeps the previous build until the next good save.", file=sys.stderr, flush=True)
    else:
        print(_rebuilt(names, result), flush=True)
    state.publish(error)


def _wait_for_folder(root: Path, stop_event: threading.Event) -> bool:
    """Wait until the deleted dossier folder is back (True), or the server is stopped."""
    while not root.is_dir():
        if stop_event.wait(0.5):
            return False
    return True
