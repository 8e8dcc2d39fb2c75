"""Write the site atomically: stage it beside the output folder, then swap it in.

- The output folder must not be the content folder, contain it, or sit inside it;
  a non-empty folder that dossier did not create (no marker file) is refused unless forced.
- A failed or interrupted build leaves the previous site exactly as it was: the new one is
  complete in a staging folder before the previous one is moved aside.
- Files of the output folder that dossier did not write (`.git`, `CNAME`, `assets/my.css`,
  ...) are kept; one standing where dossier writes is refused by name (--force: a file of
  the same path is replaced, and said).
- A build killed at any point (SIGKILL, power loss) loses nothing: the swap's journal lets
  the next build finish or undo it, and that build removes what the killed one left beside
  the site (recover).
- Every output path is checked to stay inside the output folder.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import threading
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .errors import ContentError, OutputError, Problem

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
               record: dict | None = None, force: bool = False, previous_marker: dict | None = None) -> list[str]:
    """Stage the new site beside `output`, then swap it in.

    `fill(staging)` writes the pages (or `fill` is an iterable of (path, content) pairs);
    `assets` (path → source file) are copied; `before_swap(staging, hashes)` may add to the
    staged site (the search index) before it goes live, and returns what to add to the marker.
    Returns the files dossier did not write that the new site replaced (only with `force`;
    see _kept_files), told by `previous_marker` (the marker in `output`, read here when not
    given). An interruption that comes once the new site is live is raised with
    `site_written` set on it.
    """
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = _beside(output, "staging")
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    swapped = False
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
                  **(extra or {}), "assets": sorted(assets), "hashes": hashes}
        _write_marker(staging, marker)
        with _signals_held():   # (Ctrl-C or SIGTERM meanwhile is raised as this block ends)
            replaced = _swap(staging, output, force, previous_marker)
            swapped = True
        return replaced
    except BaseException as exc:
        if swapped:
            exc.site_written = True
        elif staging.exists() and not os.path.lexists(_journal(output)):
            # (with the journal still there, the swap could not be undone: the user's files may be
            # in the staging folder, which the next build's recovery puts back)
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
    until all of that has succeeded (a new file where the site holds one dossier did not write
    is refused, naming it); then, with Ctrl-C and SIGTERM held, each changed file and shard is
    renamed into place and the marker is written last. The marker says "incomplete" while
    files move (with every path dossier wrote or may have written, so that the user's files
    are still told apart), so that a build killed there is followed by a full one; the patch
    folder it leaves is removed by the next build (recover).
    """
    output = output.resolve()
    patch = _beside(output, "patch")
    if patch.exists():
        shutil.rmtree(patch)
    patch.mkdir()
    swapped = False
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
        known_assets = previous_marker.get("assets")
        _refuse_clashes(output, [path for path in sorted({*changed, *static}) if path not in previous.hashes
                                 and path not in (known_assets or ())])
        extra, replaced = update_search(patch, hashes, set(changed)) if update_search else ({}, [])
        # (a static file may add a top-level entry: the next full build's swap tells ours by them)
        entries = sorted({*previous_marker.get("entries", []), *(path.split("/")[0] for path in static)})
        assets = None if not isinstance(known_assets, list) else sorted({*known_assets, *static} - set(static_removed))
        marker = {**previous_marker, **record, **extra, "hashes": hashes, "generator": "dossier",
                  "version": __version__, "entries": entries, **({} if assets is None else {"assets": assets})}
        with _signals_held():
            _write_marker(output, {"generator": "dossier", "version": __version__, "incomplete": True,
                                   "entries": entries, "hashes": {**previous.hashes, **changed},
                                   **({} if assets is None else {"assets": sorted({*known_assets, *static})})})
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
            swapped = True
        return len(changed) + len(removed) + len(static) + len(static_removed)
    except BaseException as exc:
        if swapped:
            exc.site_written = True
        raise
    finally:
        shutil.rmtree(patch, ignore_errors=True)


def _refuse_clashes(output: Path, new: list[str]) -> None:
    """Refuse to write files the previous site did not have where a file or folder that
    dossier did not write stands (or stands in the way of their folder), naming each."""
    problems = []
    for relative in new:
        parts = relative.split("/")
        for end in range(len(parts), 0, -1):
            path = plain_path(output, "/".join(parts[:end]))
            if end < len(parts) and path.is_dir() and not path.is_symlink():
                break
            if os.path.lexists(path):
                problems.append(_clash(output, "/".join(parts[:end]), relative))
                break
    if problems:
        raise ContentError(problems)


def _clash(output: Path, relative: str, ours: str) -> Problem:
    """`relative` in `output`, which dossier did not write, stands where it writes `ours`."""
    kind = "folder" if os.path.isdir(plain_path(output, relative)) else "file"
    if relative != ours:
        return Problem(plain_path(output, relative), None, f"this {kind} was not written by dossier and stands in "
                       f"the way of {ours}, which it writes; move or rename it")
    fix = "or build with --force to replace it" if kind == "file" else "or rename it"
    return Problem(plain_path(output, relative), None, f"dossier writes {ours}, and this {kind} there was not "
                   f"written by dossier; move it out of the output folder, {fix}")


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


def _swap(staging: Path, output: Path, force: bool, marker: dict | None = None) -> list[str]:
    """Put the staged site in the place of `output`, carrying into it what dossier did not
    write there; returns the files of the user's it replaced (`force`).

    A journal beside the site (written and synced before the first rename) says which
    folders take part and what is carried, so that a build killed at any point of the swap
    is finished or rolled back by the next one (recover)."""
    if not os.path.lexists(output):
        os.rename(staging, output)
        return []
    carried, replaced = _kept_files(output, staging, read_marker(output) if marker is None else marker, force)
    retired = _beside(output, "old")
    _write_journal(output, {"pid": os.getpid(), "staging": staging.name, "retired": retired.name,
                            "carried": carried})
    moved: list[str] = []
    try:
        for relative in carried:
            target = plain_path(staging, relative)
            if "/" in relative:
                os.makedirs(target.parent, exist_ok=True)
            os.rename(plain_path(output, relative), target)
            moved.append(relative)
        os.rename(output, retired)
    except BaseException:
        _carry_back(staging, output, moved)   # the user's files back before the staging folder goes
        _journal(output).unlink(missing_ok=True)
        raise
    try:
        os.rename(staging, output)
    except BaseException:
        os.rename(retired, output)
        _carry_back(staging, output, moved)
        _journal(output).unlink(missing_ok=True)
        raise
    _journal(output).unlink(missing_ok=True)
    remove_in_background(retired)
    return replaced


def _carry_back(staging: Path, output: Path, carried: list[str]) -> None:
    """The carried files that are in the staging folder back where they were in `output`."""
    for relative in reversed(carried):
        source, target = plain_path(staging, relative), plain_path(output, relative)
        if os.path.lexists(source) and not os.path.lexists(target):
            os.makedirs(target.parent, exist_ok=True)
            os.rename(source, target)


def _kept_files(output: Path, staging: Path, marker: dict, force: bool) -> tuple[list[str], list[str]]:
    """What in `output` dossier did not write, to carry into the staged site: (relative paths,
    a folder whole when nothing in it is dossier's; the user's files the new site replaces).

    Dossier's are the files the previous build's marker lists (its pages and assets) and its
    search index; a folder without a marker holds none. A marker from before the assets were
    listed counts its top-level entries as dossier's whole. A file of the user's where the
    new site has a file is replaced with `force`, else refused by name, as is any other clash
    (a folder where dossier writes a file, a file in the way of dossier's folder)."""
    marked = bool(marker.get("entries")) or bool(marker.get("hashes"))
    hashes = marker.get("hashes") if isinstance(marker.get("hashes"), dict) else {}
    assets = marker.get("assets")
    whole = set()
    if marked:
        whole = {"pagefind"} | (set(marker.get("entries") or ()) if not isinstance(assets, list) else set())
    written = {*hashes, *(assets if isinstance(assets, list) else ())}
    folders = {path[:end] for path in written for end in _slashes(path)}
    carried: list[str] = []
    replaced: list[str] = []
    clashes: list[Problem] = []

    def visit(prefix: str, folder: str, staged_folder: str) -> None:
        blocked = os.path.lexists(staged_folder) and not os.path.isdir(staged_folder)
        with os.scandir(folder) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                relative = prefix + entry.name
                if not prefix and (entry.name == MARKER or entry.name.startswith(MARKER + ".")):
                    continue   # the marker (or the one a killed build was writing)
                if relative in written or (not prefix and entry.name in whole):
                    continue
                staged = os.path.join(staged_folder, entry.name)
                is_folder = entry.is_dir(follow_symlinks=False)
                if is_folder and relative in folders:      # dossier's files are in it: look inside
                    visit(relative + "/", entry.path, staged)
                elif blocked:
                    clashes.append(_clash(output, relative, prefix.rstrip("/")))
                elif not os.path.lexists(staged):
                    carried.append(relative)
                elif is_folder and os.path.isdir(staged) and not os.path.islink(staged):
                    visit(relative + "/", entry.path, staged)   # a folder of the user's beside dossier's
                elif force and entry.is_file(follow_symlinks=False) and os.path.isfile(staged) \
                        and not os.path.islink(staged):
                    replaced.append(relative)
                else:
                    clashes.append(_clash(output, relative, relative))

    visit("", str(output), str(staging))
    if clashes:
        raise ContentError(clashes)
    return carried, replaced


def _slashes(path: str):
    """The ends of each folder in a relative path ('a/b/c' → 2, 4)."""
    at = path.find("/")
    while at >= 0:
        yield at
        at = path.find("/", at + 1)


def _beside(output: Path, kind: str, pid: int | None = None) -> Path:
    """A folder of this build's beside the site: `.<site>.<kind>-<pid>` (kind: staging, patch,
    old; search.py's scratch folder is `search`)."""
    return output.parent / f".{output.name}.{kind}-{os.getpid() if pid is None else pid}"


def _journal(output: Path) -> Path:
    return output.parent / f".{output.name}.journal"


def _write_journal(output: Path, record: dict) -> None:
    """The swap's journal, on disk before the first rename (a power loss keeps it or nothing)."""
    draft = _beside(output, "journal")
    temporary = draft.with_name(draft.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        os.write(descriptor, json.dumps(record, ensure_ascii=False).encode("utf-8"))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    os.replace(temporary, _journal(output))
    _sync_folder(output.parent)


def _sync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:   # (not on every system)
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


# what a build leaves beside the site: `.<site>.<kind>-<pid>`, the journal's draft
# `.<site>.journal-<pid>.tmp`, and search.py's scratch folder beside a staging or patch
# folder, `..<site>.staging-<pid>.search-<pid>`
_LEFT = re.compile(r"(staging|patch|old|search|journal)-([0-9]+)(\.tmp|\.search-[0-9]+)?")


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
        journal = _journal(output)
        try:
            record = json.loads(journal.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            record = None
        pid = record.get("pid") if isinstance(record, dict) else None
        if not (isinstance(pid, int) and _running(pid)):
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
        if _running(pid):
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
    """The marker a killed build was writing (`<marker>.<pid>.tmp`, see _write_marker)."""
    try:
        names = os.listdir(output)
    except OSError:
        return
    for name in names:
        draft = _MARKER_DRAFT.fullmatch(name)
        if draft and (int(draft[1]) == os.getpid() or not _running(int(draft[1]))):
            (output / name).unlink(missing_ok=True)


def _finish_swap(output: Path, record: dict) -> None:
    """Whatever point of the swap a build was killed at: a site folder in place, the previous
    one whenever it is there (the new one's files were never synced to the disk: after a
    power cut they may be incomplete), and the user's files in it."""
    names = [record.get("staging"), record.get("retired")]
    if not all(isinstance(name, str) and _is_plain(name) and "/" not in name
               and name.startswith(f".{output.name}.") for name in names):
        return
    staging, retired = (output.parent / name for name in names)
    carried = [path for path in record.get("carried", []) if isinstance(path, str) and _is_plain(path)]
    if not os.path.lexists(output):
        if retired.is_dir():
            os.rename(retired, output)
        elif (staging / MARKER).is_file():
            os.rename(staging, output)   # (the only site there is, the user's files in it)
    if output.is_dir() and staging.is_dir():
        _carry_back(staging, output, carried)


def _running(pid: int) -> bool:
    """Whether a process of this number is alive (another build, or a folder's remover). Not
    this one: what a process of this number left was left by an earlier one (a container
    gives each new build the same number), or by an earlier build of this process that
    failed, as recover runs before this build writes anything."""
    if pid <= 0 or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:   # (someone else's: alive)
        return True
    return True


def remove_in_background(folder: Path) -> None:
    """Delete a folder dossier retired, off the build's path: the new site is already live.

    Removing 6,000 page folders takes most of a second; a detached grandchild process does it
    (a double fork, so that nothing is left to reap, its output going nowhere) while the
    build returns. The folder is first renamed after that process (`.<site>.old-<its pid>`),
    before this returns: a build starting meanwhile sees the folder is being dealt with
    (recover), and the next build of this process can retire its site under the same name as
    this one did. Without fork, the folder is removed here.
    """
    if not hasattr(os, "fork"):
        shutil.rmtree(folder, ignore_errors=True)
        return
    read_end, write_end = os.pipe()
    child = os.fork()
    if child:
        os.close(read_end)
        os.close(write_end)
        os.waitpid(child, 0)   # (the folder has its new name: a next build may retire a site by the old one)
        return
    try:  # the child: start the grandchild, name the folder after it, and leave
        grandchild = os.fork()
        if grandchild:
            os.close(read_end)
            try:
                os.rename(folder, _owned_by(folder, grandchild))
            except OSError:
                pass
        else:   # the grandchild: once the child has left (the pipe closed), remove the folder
            os.close(write_end)
            os.read(read_end, 1)
            os.setsid()
            quiet = os.open(os.devnull, os.O_RDWR)
            for descriptor in (0, 1, 2):
                os.dup2(quiet, descriptor)
            owned = _owned_by(folder, os.getpid())
            shutil.rmtree(owned if os.path.lexists(owned) else folder, ignore_errors=True)
    finally:
        os._exit(0)


def _owned_by(folder: Path, pid: int) -> Path:
    """The retired folder's name once the process `pid` removes it (`.<site>.old-<pid>`)."""
    return folder.with_name(re.sub(r"-[0-9]+$", f"-{pid}", folder.name))
