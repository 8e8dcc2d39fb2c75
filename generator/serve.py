"""`dossier serve`: build, serve on 127.0.0.1, rebuild on every save, reload the open pages.

The site is built into a private temporary folder (never over `site/`). A watcher
(watchfiles) follows the dossier and the theme; each change triggers a rebuild, and every
open page is told over Server-Sent Events to reload — or, when the content has an error,
to show it as an overlay, while the terminal prints the same `path:line: message` lines.
The server keeps running and recovers on the next good save.
"""
from __future__ import annotations

import http.server
import json
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
  function show(message) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "dossier-error-overlay";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:99999;background:rgba(20,20,20,.92);color:#fff;" +
        "font:14px/1.5 ui-monospace,monospace;padding:2rem;overflow:auto;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "dossier: the last save has errors; the page shows the previous build.\\n\\n" + message;
  }
  var source = new EventSource("%s");
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("error-report", function (event) { show(JSON.parse(event.data).message); });
})();
""" % EVENTS_PATH


@dataclass
class ServerState:
    """The latest build as the server sees it: a number that grows, and its error if any."""

    output: Path
    build: int = 0
    error: str | None = None
    changed: threading.Condition = field(default_factory=threading.Condition)

    def publish(self, error: str | None) -> None:
        with self.changed:
            self.build += 1
            self.error = error
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
                    html = file.read_text(encoding="utf-8")
                    html = html.replace("</body>", CLIENT_TAG + "</body>", 1)
                    return self._send(html.encode(), "text/html; charset=utf-8")
            return super().do_GET()

        def _send(self, body: bytes, content_type: str) -> None:
            self.send_response(200)
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
                self._event("error-report", {"message": state.error})
            try:
                while True:
                    with state.changed:
                        state.changed.wait_for(lambda: state.build != seen, timeout=15)
                        build, error = state.build, state.error
                    if build == seen:
                        self.wfile.write(b": keep-alive\n\n")
                        self.wfile.flush()
                        continue
                    seen = build
                    self._event("error-report" if error else "reload", {"message": error or ""})
            except (BrokenPipeError, ConnectionResetError):
                return

        def _event(self, name: str, data: dict) -> None:
            self.wfile.write(f"event: {name}\ndata: {json.dumps(data)}\n\n".encode())
            self.wfile.flush()

    return Handler


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
    """Serve until interrupted. `ready(url)` is called once the first build is served."""
    import watchfiles

    if not root.is_dir():
        raise FileNotFoundError(root)
    folder = Path(tempfile.mkdtemp(prefix="dossier-serve-"))
    state = ServerState(folder / "site")
    stop_event = stop_event or threading.Event()
    error, _ = rebuild(root, state, search)
    if error:
        print(error, file=sys.stderr)
        state.output.mkdir(exist_ok=True)
    state.publish(error)
    server = _Server((host, port), make_handler(state))
    url = f"http://{host}:{server.server_address[1]}/"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"Serving {root} at {url} — rebuilds on every save; Ctrl-C to stop.", flush=True)
    if ready:
        ready(url)
    try:
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
        shutil.rmtree(folder, ignore_errors=True)
