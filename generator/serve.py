"""`dossier serve`: build, serve on 127.0.0.1, rebuild on every save, reload the open pages.

The site is built into a private temporary folder (never over `site/`). A watcher
(watchfiles) follows the dossier and the theme; each change triggers a rebuild, and every
open page is told over Server-Sent Events to reload — or, when the content has an error,
to show it as an overlay, while the terminal prints the same `path:line: message` lines.
The server keeps running and recovers on the next good save. A missing address gets the
site's 404 page (with the same script), never a folder listing.
"""
from __future__ import annotations

import http.server
import json
import re
import shutil
import socketserver
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from .build import BuildResult, build_site
from .cache import CACHE_FOLDER
from .errors import ContentError, DossierError
from .render import DEFAULT_THEME

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
        html = (site / "404.html").read_text(encoding="utf-8")
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


def make_handler(state: ServerState):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(state.output), **kwargs)

        def log_message(self, *args):
            pass

        def do_GET(self):
            path = self.path.split("?", 1)[0]
            if path == EVENTS_PATH:
                return self._events()
            if path == CLIENT_PATH:
                return self._send(CLIENT_JS.encode(), "text/javascript")
            if path.endswith("/"):
                path += "index.html"
            if path.endswith(".html"):
                file = Path(self.translate_path(path))
                if file.is_file():
                    return self._send(with_client(file.read_text(encoding="utf-8")), "text/html; charset=utf-8")
            return super().do_GET()

        def list_directory(self, path):
            self.send_error(404)   # a folder without index.html: the site's 404 page, not a listing

        def send_error(self, code, message=None, explain=None):
            if code != 404 or self.command != "GET":
                return super().send_error(code, message, explain)
            self._send(with_client(not_found_page(state.output)), "text/html; charset=utf-8", 404)

        def _send(self, body: bytes, content_type: str, status: int = 200) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def _events(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            seen = state.build
            if state.error:
                self._event("error-report", {"message": state.error, "built": state.built})
            try:
                while True:
                    with state.changed:
                        state.changed.wait_for(lambda: state.build != seen, timeout=15)
                        build, error, built = state.build, state.error, state.built
                    if build == seen:
                        self.wfile.write(b": keep-alive\n\n")
                        self.wfile.flush()
                        continue
                    seen = build
                    self._event("error-report" if error else "reload", {"message": error or "", "built": built})
            except (BrokenPipeError, ConnectionResetError):
                return

        def _event(self, name: str, data: dict) -> None:
            self.wfile.write(f"event: {name}\ndata: {json.dumps(data)}\n\n".encode())
            self.wfile.flush()

    return Handler


class PortUnavailable(DossierError):
    """The address to serve on is taken or not allowed."""


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def rebuild(root: Path, state: ServerState, search: bool) -> tuple[str | None, BuildResult | None]:
    """Build into the served folder, incrementally when an edit allows it (the same build as
    `dossier build`); returns (the error text for the overlay, or None; the build's result)."""
    try:
        result = build_site(root, state.output, search=search)
    except ContentError as exc:
        return "\n".join(problem.format() for problem in exc.problems), None
    except DossierError as exc:
        return str(exc), None
    except OSError as exc:   # a file gone or unreadable mid-save: reported, and the server goes on
        return f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), None
    for warning in result.warnings:
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
          theme: Path = DEFAULT_THEME, ready=None, stop_event: threading.Event | None = None) -> None:
    """Serve until interrupted. `ready(url)` is called once the first build is served.

    The port is taken before anything is built (a busy port fails at once), and the private
    folder is removed however the server stops (Ctrl-C during the first build included)."""
    if not root.is_dir():
        raise FileNotFoundError(root)
    folder = Path(tempfile.mkdtemp(prefix="dossier-serve-"))
    try:
        state = ServerState(folder / "site")
        server = _bind(host, port, make_handler(state))
        try:
            _serve(root, theme, search, state, server, ready, stop_event or threading.Event())
        finally:
            server.server_close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _bind(host: str, port: int, handler) -> "_Server":
    try:
        return _Server((host, port), handler)
    except OSError as exc:
        raise PortUnavailable(f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose another "
                              "port with -p PORT, or -p 0 for any free one") from None


def _serve(root: Path, theme: Path, search: bool, state: ServerState, server: "_Server", ready,
           stop_event: threading.Event) -> None:
    """The first build, then serving and rebuilding until `stop_event` or Ctrl-C."""
    import watchfiles

    error, _ = rebuild(root, state, search)
    if error:
        print(error, file=sys.stderr)
        state.output.mkdir(exist_ok=True)
    state.publish(error)
    url = "http://{}:{}/".format(*server.server_address[:2])
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:   # (shutdown() waits for serve_forever: called before it started, it would never return)
        print(f"Serving {root} at {url} — rebuilds on every save; Ctrl-C to stop.", flush=True)
        if ready:
            ready(url)
        ignored = (*watchfiles.DefaultFilter.ignore_dirs, CACHE_FOLDER)
        for changes in watchfiles.watch(root, theme, watch_filter=watchfiles.DefaultFilter(ignore_dirs=ignored),
                                        debounce=50, step=20, stop_event=stop_event, raise_interrupt=False):
            names = sorted({Path(path).name for _, path in changes})
            error, result = rebuild(root, state, search)
            if error:
                print(f"\n{error}\nThe server keeps the previous build until the next good save.",
                      file=sys.stderr, flush=True)
            else:
                print(_rebuilt(names, result), flush=True)
            state.publish(error)
    finally:
        server.shutdown()
