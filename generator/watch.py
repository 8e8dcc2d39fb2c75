"""The watch `dossier serve` keeps on the dossier and the theme: batches of saved files,
the files editors write beside them left out."""
from __future__ import annotations

import queue
import threading
from pathlib import Path

from .cache import CACHE_FOLDER


# The files editors write beside the one being saved, which are no change to the dossier:
# Vim's swap files (.x.md.swp, .swo...) and its write test '4913', backups ('x.md~'), Emacs'
# lock files ('.#x.md'), and GNU sed -i's temporary files ('sedAbc123').
EDITOR_FILES = (r"\.sw[a-p]$", r"~$", r"^\.#", r"^4913$", r"^sed[A-Za-z0-9]{6}$")


class Watcher:
    """The dossier and the theme watched in a thread of its own, started before a build reads
    them: a save made at any moment after start() returns is seen (a watch started after the
    first build would miss a save made meanwhile). Each batch of changes, or the error that
    ended the watch (FileNotFoundError: the folder watched was deleted), goes into `changes`."""

    def __init__(self, root: Path, theme: Path):
        self.changes: queue.Queue = queue.Queue()
        self._paths = (root, theme)
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> "Watcher":
        self._thread.start()
        self._ready.wait()
        return self

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        import watchfiles
        ignored = (*watchfiles.DefaultFilter.ignore_dirs, CACHE_FOLDER)
        editors = (*watchfiles.DefaultFilter.ignore_entity_patterns, *EDITOR_FILES)
        try:   # (the first yield, on a timeout if nothing changed, comes once the watch is in place)
            for changes in watchfiles.watch(*self._paths, watch_filter=watchfiles.DefaultFilter(
                                                ignore_dirs=ignored, ignore_entity_patterns=editors),
                                            debounce=50, step=20, stop_event=self._stop, raise_interrupt=False,
                                            yield_on_timeout=True, rust_timeout=100):
                self._ready.set()
                if changes:
                    self.changes.put(changes)
        except Exception as exc:
            self.changes.put(exc)
        finally:
            self._ready.set()
