"""What a build killed while writing the site left beside it, finished or undone and removed.

A build killed at any point (SIGKILL, power loss) loses nothing: the next build into the
same folder first finishes or rolls back the swap the journal describes (write._swap), then
removes the folders and drafts whose process is gone (their names carry its number).
"""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

from .manifest import MARKER
from .removal import remove_in_background, running
from .write import carry_back, is_plain, journal_path


# what a build leaves beside the site: `.<site>.<kind>-<pid>`, a retired site
# `.<site>.old-<pid>-<unique>`, the journal's draft `.<site>.journal-<pid>.tmp`, and
# search.py's scratch folder beside a staging or patch folder, `..<site>.staging-<pid>.search-<pid>`
_LEFT = re.compile(r"(staging|patch|old|search|journal)-([0-9]+)(\.tmp|\.search-[0-9]+|-[a-z0-9_]+)?")


def recover(output: Path) -> None:
    """Finish or roll back what a build killed while writing `output` (SIGKILL, power loss)
    left beside it, before anything else: first the swap its journal describes (a site folder
    put back, the user's files moved back to it), then the `.<site>.<kind>-<pid>` folders
    whose process is gone are removed (in the background: they may be a whole site). A
    folder of a build that is still running is left alone. Costs one listing of the
    output's parent folder when nothing was left."""
    output = output.resolve()
    _remove_marker_drafts(output)
    prefix = f".{output.name}."
    try:
        names = [name for name in os.listdir(output.parent) if name.startswith((prefix, "." + prefix))]
    except OSError:
        return
    if not names:
        return
    if prefix + "journal" in names:
        journal = journal_path(output)
        try:
            record = json.loads(journal.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            record = None
        pid = record.get("pid") if isinstance(record, dict) else None
        if not (isinstance(pid, int) and running(pid)):
            if isinstance(record, dict):
                _finish_swap(output, record)
            journal.unlink(missing_ok=True)
        names = [name for name in os.listdir(output.parent) if name.startswith((prefix, "." + prefix))]
    for name in names:
        scratch = name.startswith("." + prefix)
        left = _LEFT.fullmatch(name[len(prefix) + scratch:])
        if left is None or scratch and not (left[3] or "").startswith(".search-"):
            continue
        path, pid = output.parent / name, int(left[2])
        if running(pid):
            continue
        if path.is_dir() and not path.is_symlink():
            if pid == os.getpid():   # (a pid used again: this build is about to make that folder)
                shutil.rmtree(path, ignore_errors=True)
            else:
                remove_in_background(path)
        else:
            path.unlink(missing_ok=True)


_MARKER_DRAFT = re.compile(re.escape(MARKER) + r"\.([0-9]+)\.tmp")


def _remove_marker_drafts(output: Path) -> None:
    """The marker a killed build was writing (`<marker>.<pid>.tmp`, see manifest.write_manifest)."""
    try:
        names = os.listdir(output)
    except OSError:
        return
    for name in names:
        draft = _MARKER_DRAFT.fullmatch(name)
        if draft and (int(draft[1]) == os.getpid() or not running(int(draft[1]))):
            (output / name).unlink(missing_ok=True)


def _finish_swap(output: Path, record: dict) -> None:
    """Whatever point of the swap a build was killed at: a site folder in place, the previous
    one whenever it is there (the new one's files were never synced to the disk: after a
    power cut they may be incomplete), and the user's files in it."""
    names = [record.get("staging"), record.get("retired")]
    if not all(isinstance(name, str) and is_plain(name) and "/" not in name
               and name.startswith(f".{output.name}.") for name in names):
        return
    staging, retired = (output.parent / name for name in names)
    carried = [path for path in record.get("carried", []) if isinstance(path, str) and is_plain(path)]
    if not os.path.lexists(output):
        if retired.is_dir():
            os.rename(retired, output)
        elif (staging / MARKER).is_file():
            os.rename(staging, output)   # (the only site there is, the user's files in it)
    if output.is_dir() and staging.is_dir():
        carry_back(staging, output, carried)
