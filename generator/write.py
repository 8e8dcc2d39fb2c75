"""Write the site atomically: stage it beside the output folder, then swap it in.

- The output folder must not be the content folder, contain it, or sit inside it;
  a non-empty folder that dossier did not create (no marker file) is refused unless forced.
- A failed or interrupted build leaves the previous site exactly as it was: the new one is
  complete in a staging folder before the previous one is moved aside.
- Entries of the output folder that dossier did not write (`.git`, `CNAME`, ...) are kept.
- Every output path is checked to stay inside the output folder.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import threading
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .errors import OutputError

MARKER = ".dossier-site.json"


def _is_plain(relative: str) -> bool:
    """A relative path of names joined by '/': not absolute, no '.', '..' or empty part (so
    never the folder itself nor outside it), no '\\' or NUL."""
    return ("\\" not in relative and "\x00" not in relative
            and all(part not in ("", ".", "..") for part in relative.split("/")))


def plain_path(folder: Path, relative: str) -> Path:
    """`folder`/`relative`, refusing a path that is not plain (absolute, climbing out with '..')."""
    if not _is_plain(relative):
        raise _not_plain(relative)
    return folder.joinpath(*relative.split("/"))


def _not_plain(relative: str) -> OutputError:
    return OutputError(f"refusing to write '{relative}': it is not a plain path inside the output folder")


def safe_output_path(output: Path, relative: str) -> Path:
    """The file for a site-relative path, refusing anything that would leave the output folder."""
    target = plain_path(output, relative)
    if not _is_inside(target, output):
        raise OutputError(f"refusing to write '{relative}': it resolves outside the output folder")
    return target


def _is_inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


def check_output_folder(output: Path, content_root: Path, force: bool = False) -> None:
    output, content_root = output.resolve(), content_root.resolve()
    if output == content_root:
        raise OutputError(f"the output folder {output} is the content folder; choose another, e.g. -o site")
    if _is_inside(content_root, output):
        raise OutputError(f"the output folder {output} contains the content folder {content_root}; "
                          "building there would replace your content — choose another folder")
    if _is_inside(output, content_root):   # (static/ would copy the site into itself at each build)
        raise OutputError(f"the output folder {output} is inside the dossier folder {content_root}; the next build "
                          "would read the site as part of the dossier — choose a folder outside it, e.g. -o site beside it")
    if output == Path(output.anchor) or output == Path.home().resolve():
        raise OutputError(f"refusing to use {output} as the output folder")
    if output.exists() and not output.is_dir():
        raise OutputError(f"the output path {output} exists and is not a folder")
    if output.is_dir() and not (output / MARKER).exists() and any(output.iterdir()) and not force:
        raise OutputError(f"the output folder {output} is not empty and was not created by dossier; "
                          "empty it, choose another folder, or pass --force to build into it anyway")


@dataclass(frozen=True)
class PreviousSite:
    """The site being replaced: where it is and the content hash of each file it holds."""

    folder: Path
    hashes: dict[str, str]
    search_shards: dict[str, str]     # search index shard → fingerprint (see search.py)
    search_documents: dict[str, str]  # indexed page → digest of what the search index read of it


def write_files(folder: Path, files: Iterable[tuple[str, str | bytes]],
                previous: PreviousSite | None = None) -> dict[str, str]:
    """Write (path, content) pairs under `folder`, a staging or patch folder this build made
    (nothing in it is a link, so a plain path cannot leave it: no resolving, which took 8 of
    a page's syscalls). Each path is checked to be plain.

    A file whose content is the same as in the previous site is hard-linked from it instead
    of written (microseconds instead of a millisecond); there the path is resolved, since the
    previous site is open to its owner. Returns each path's content hash.
    """
    hashes: dict[str, str] = {}
    made: set[str] = set()
    base = os.fspath(folder)
    for relative, content in files:
        if not _is_plain(relative):
            raise _not_plain(relative)
        # os-level calls: pathlib's objects and buffered files cost a fifth of a page's write
        target = os.path.join(base, *relative.split("/"))
        parent = os.path.dirname(target)
        if parent not in made:
            os.makedirs(parent, exist_ok=True)
            made.add(parent)
        data = content.encode("utf-8") if isinstance(content, str) else content
        digest = hashes[relative] = hashlib.blake2b(data, digest_size=16).hexdigest()
        if previous is not None and previous.hashes.get(relative) == digest:
            try:
                os.link(safe_output_path(previous.folder, relative), target)
                continue
            except OSError:  # gone, another file system, no hard links: write it
                pass
        _write_new_file(target, data)
    return hashes


def _write_new_file(path: str, data: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view):]
    finally:
        os.close(descriptor)


def read_marker(output: Path) -> dict:
    """What the previous build recorded in its output folder (nothing when there is none)."""
    try:
        data = json.loads((output / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def previous_site(output: Path, marker: dict | None = None) -> PreviousSite | None:
    """The previous build in `output` (its marker, when already read), if there is one."""
    marker = read_marker(output) if marker is None else marker
    hashes, shards, documents = marker.get("hashes"), marker.get("search_shards"), marker.get("search_documents")
    if not isinstance(hashes, dict) or not hashes or marker.get("incomplete"):
        return None   # (an incremental build was killed half-way: its hashes cannot be trusted)
    return PreviousSite(output.resolve(), hashes, shards if isinstance(shards, dict) else {},
                        documents if isinstance(documents, dict) else {})


def write_site(output: Path, fill: Callable[[Path], dict | None] | Iterable[tuple[str, str | bytes]],
               assets: dict[str, Path], before_swap: Callable[[Path, dict], dict | None] | None = None,
               record: dict | None = None) -> None:
    """Stage the new site beside `output`, then swap it in.

    `fill(staging)` writes the pages (or `fill` is an iterable of (path, content) pairs);
    `assets` (path → source file) are copied; `before_swap(staging, hashes)` may add to the
    staged site (the search index) before it goes live, and returns what to add to the marker.
    """
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = output.parent / f".{output.name}.staging-{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    try:
        if callable(fill):
            hashes = fill(staging) or {}
        else:
            hashes = write_files(staging, fill)
        for relative, source in assets.items():
            target = safe_output_path(staging, relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        extra = before_swap(staging, hashes) if before_swap is not None else None
        ours = sorted(entry.name for entry in staging.iterdir())
        marker = {"generator": "dossier", "version": __version__, "entries": ours, **(record or {}),
                  **(extra or {}), "hashes": hashes}
        _write_marker(staging, marker)
        _swap_in(staging, output, set(ours))
    except BaseException:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
        raise


def patch_site(output: Path, fill: Callable[[Path], dict[str, str]], previous: PreviousSite, previous_marker: dict,
               update_search: Callable[[Path, dict[str, str], set[str]], tuple[dict, list[str]]] | None,
               record: dict, removed: set[str] = frozenset(), static: dict[str, Path] | None = None,
               static_removed: set[str] = frozenset()) -> int:
    """Apply an incremental build to the site in `output`, file by file; returns how many
    files changed (`removed`, files of the previous site to delete, included). `static`
    (path → source) are the dossier's own static files to copy, new or changed, and
    `static_removed` those to delete.

    `fill(patch)` writes the pages an edit touched into a patch folder beside the site and
    returns their content hashes; those equal to the live files are dropped. `update_search(
    patch, hashes, changed)` builds the search shards that changed into the patch folder and
    returns (what to add to the marker, the files and folders to replace). Nothing in the site changes
    until all of that has succeeded; then, with Ctrl-C and SIGTERM held, each changed file
    and shard is renamed into place and the marker is written last. The marker says
    "incomplete" while files move, so that a build killed there is followed by a full one.
    """
    output = output.resolve()
    patch = output.parent / f".{output.name}.patch-{os.getpid()}"
    if patch.exists():
        shutil.rmtree(patch)
    patch.mkdir()
    try:
        written = fill(patch)
        static = static or {}
        for relative, source in static.items():
            target = safe_output_path(patch, relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        changed = {path: digest for path, digest in written.items() if previous.hashes.get(path) != digest}
        removed = {path for path in removed if path in previous.hashes and path not in written}
        hashes = {path: digest for path, digest in {**previous.hashes, **changed}.items() if path not in removed}
        extra, replaced = update_search(patch, hashes, set(changed)) if update_search else ({}, [])
        # (a static file may add a top-level entry: the next full build's swap tells ours by them)
        entries = sorted({*previous_marker.get("entries", []), *(path.split("/")[0] for path in static)})
        marker = {**previous_marker, **record, **extra, "hashes": hashes, "generator": "dossier",
                  "version": __version__, "entries": entries}
        with _signals_held():
            _write_marker(output, {"generator": "dossier", "version": __version__, "incomplete": True,
                                   "entries": entries})
            for relative in sorted({*changed, *static}):
                target = plain_path(output, relative)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(plain_path(patch, relative), target)
            for relative in sorted({*removed, *static_removed}):
                try:
                    os.unlink(plain_path(output, relative))
                except FileNotFoundError:
                    pass
            _remove_emptied_folders(output, static_removed)
            for number, relative in enumerate(replaced):
                live = plain_path(output, relative)
                if live.exists():
                    os.rename(live, patch / f".retired-{number}")
                live.parent.mkdir(parents=True, exist_ok=True)
                os.rename(plain_path(patch, relative), live)
            _write_marker(output, marker)
        return len(changed) + len(removed) + len(static) + len(static_removed)
    finally:
        shutil.rmtree(patch, ignore_errors=True)


def _remove_emptied_folders(output: Path, removed: set[str]) -> None:
    """The folders of these deleted files that are now empty, from the deepest up (a static
    folder the dossier no longer has; a cold build would not make it, and a file of the same
    name could not take its place)."""
    folders = {"/".join(parts[:end]) for parts in (path.split("/") for path in removed) for end in range(1, len(parts))}
    for folder in sorted(folders, key=lambda f: -f.count("/")):
        try:
            os.rmdir(plain_path(output, folder))
        except OSError:   # not empty (or gone): left as it is
            pass


def _write_marker(folder: Path, marker: dict) -> None:
    temporary = folder / f"{MARKER}.{os.getpid()}.tmp"
    # compact: with an indent, json falls back to its pure-Python encoder (5x slower on a
    # marker holding 10,000 hashes)
    temporary.write_text(json.dumps(marker, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    os.replace(temporary, folder / MARKER)


@contextmanager
def _signals_held():
    """Hold Ctrl-C and SIGTERM for the few renames of the swap; they take effect just after."""
    held = {signal.SIGINT, signal.SIGTERM}
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, held)


def _swap_in(staging: Path, output: Path, ours: set[str]) -> None:
    with _signals_held():
        _swap(staging, output, ours)


def _swap(staging: Path, output: Path, ours: set[str]) -> None:
    if not output.exists():
        os.rename(staging, output)
        return
    previous = _previous_entries(output)
    # Keep what dossier did not write (.git, CNAME, ...): move it into the new site.
    carried = [entry.name for entry in output.iterdir()
               if entry.name != MARKER and entry.name not in previous and entry.name not in ours]
    retired = output.parent / f".{output.name}.old-{os.getpid()}"
    moved: list[str] = []
    try:
        for name in carried:
            os.rename(output / name, staging / name)
            moved.append(name)
        os.rename(output, retired)
    except BaseException:
        for name in moved:  # put the user's entries back before the staging folder goes
            os.rename(staging / name, output / name)
        raise
    try:
        os.rename(staging, output)
    except BaseException:
        os.rename(retired, output)
        for name in moved:
            os.rename(staging / name, output / name)
        raise
    remove_in_background(retired)


def remove_in_background(folder: Path) -> None:
    """Delete a folder dossier retired, off the build's path: the new site is already live.

    Removing 6,000 page folders takes most of a second; a detached grandchild process does it
    (a double fork, so that nothing is left to reap, its output going nowhere) while the
    build returns. Without fork, the folder is removed here.
    """
    if not hasattr(os, "fork"):
        shutil.rmtree(folder, ignore_errors=True)
        return
    child = os.fork()
    if child:
        os.waitpid(child, 0)
        return
    try:  # the child: start the grandchild and leave at once
        if os.fork() == 0:
            os.setsid()
            quiet = os.open(os.devnull, os.O_RDWR)
            for descriptor in (0, 1, 2):
                os.dup2(quiet, descriptor)
            shutil.rmtree(folder, ignore_errors=True)
    finally:
        os._exit(0)


def _previous_entries(output: Path) -> set[str]:
    """The top-level entries the previous build wrote (an unmarked folder: none)."""
    return set(read_marker(output).get("entries", []))
