"""Write the site atomically: stage it beside the output folder, then swap it in; or, for
an incremental build, patch the live site file by file.

A full build: `staging_folder` → the pages and files written into it (write_files,
copy_files) → `swap_in`. An incremental one: `patch_folder` → the changed pages written
into it → `prepare_patch` → `patch_in`. Both end by writing the site marker (manifest.py).

- The output folder must not be the content folder, contain it, or sit inside it;
  a non-empty folder that dossier did not create (no marker file) is refused unless forced.
- A failed or interrupted build leaves the previous site exactly as it was: the new one is
  complete in a staging folder before the previous one is moved aside.
- Files of the output folder that dossier did not write (`.git`, `CNAME`, `assets/my.css`,
  ...) are kept; one standing where dossier writes is refused by name (--force: a file of
  the same path is replaced, and said).
- A build killed at any point (SIGKILL, power loss) loses nothing: the swap's journal lets
  the next build finish or undo it, and that build removes what the killed one left beside
  the site (recover.py).
- Every output path is checked to stay inside the output folder.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import ContentError, OutputError, Problem
from .manifest import MARKER, PreviousSite, SiteManifest, write_manifest
from .removal import remove_in_background


def is_plain(relative: str) -> bool:
    """A relative path of names joined by '/': not absolute, no '.', '..' or empty part (so
    never the folder itself nor outside it), no '\\' or NUL."""
    return ("\\" not in relative and "\x00" not in relative
            and all(part not in ("", ".", "..") for part in relative.split("/")))


def plain_path(folder: Path, relative: str) -> Path:
    """`folder`/`relative`, refusing a path that is not plain (absolute, climbing out with '..')."""
    if not is_plain(relative):
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


def write_files(folder: Path, files: Iterable[tuple[str, str | bytes]],
                previous: PreviousSite | None = None) -> dict[str, str]:
    """Write (path, content) pairs under `folder`, a staging or patch folder this build made
    (nothing in it is a link, so a plain path cannot leave it: no path is resolved, which
    would cost several system calls a page). Each path is checked to be plain.

    A file whose content is the same as in the previous site is hard-linked from it instead
    of written (far cheaper than writing it); there the path is resolved, since the previous
    site is open to its owner. Returns each path's content hash.
    """
    hashes: dict[str, str] = {}
    made: set[str] = set()
    base = os.fspath(folder)
    for relative, content in files:
        if not is_plain(relative):
            raise _not_plain(relative)
        # os-level calls: pathlib's objects and buffered files cost a noticeable share of a page's write
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


def copy_files(folder: Path, files: dict[str, Path]) -> None:
    """Copy each (site path → source file) under `folder` (the theme's and the dossier's static files)."""
    for relative, source in files.items():
        target = safe_output_path(folder, relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


def beside(output: Path, kind: str) -> Path:
    """A folder of this build's beside the site: `.<site>.<kind>-<pid>` (kind: staging, patch,
    journal for the journal's draft; search.py's scratch folder is `search`, a retired site
    `.<site>.old-<pid>-<unique>`). The process number tells a build's leftovers from a
    running build's folders (recover.py)."""
    return output.parent / f".{output.name}.{kind}-{os.getpid()}"


def journal_path(output: Path) -> Path:
    return output.parent / f".{output.name}.journal"


def _fresh_folder(output: Path, kind: str) -> Path:
    """An empty folder of this build's beside the site (what an earlier, failed build of this
    process left under its name removed first)."""
    folder = beside(output, kind)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    return folder


@contextmanager
def staging_folder(output: Path) -> Iterator[Path]:
    """The folder a full build writes the new site into, beside `output`, before swap_in.
    Removed if the build fails before the swap, unless the swap's journal is still there: the
    swap could not be undone, the user's files may be in it, and the next build's recovery
    puts them back."""
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = _fresh_folder(output, "staging")
    try:
        yield staging
    except BaseException:
        if staging.exists() and not os.path.lexists(journal_path(output)):
            shutil.rmtree(staging, ignore_errors=True)
        raise


def swap_in(staging: Path, output: Path, manifest: SiteManifest, force: bool, previous: SiteManifest) -> list[str]:
    """Put the site staged in `staging` (`manifest`: what was written there, its top-level
    entries added here) in the place of `output`, carrying into it the files there that
    dossier did not write (told by `previous`, the marker in `output`).

    Returns the files of the user's that the new site replaced (only with `force`; see
    _kept_files). Ctrl-C and SIGTERM are held during the swap; one that comes then, once the
    new site is live, is raised with `site_written` set on it."""
    write_manifest(staging, replace(manifest, entries=sorted(entry.name for entry in staging.iterdir())))
    swapped = False
    try:
        with _signals_held():   # (Ctrl-C or SIGTERM meanwhile is raised as this block ends)
            replaced = _swap(staging, output, force, previous)
            swapped = True
    except BaseException as exc:
        if swapped:
            exc.site_written = True
        raise
    return replaced


@contextmanager
def patch_folder(output: Path) -> Iterator[Path]:
    """The folder beside `output` that an incremental build writes the changed files into,
    before patch_in; removed at the end, whatever happens."""
    patch = _fresh_folder(output, "patch")
    try:
        yield patch
    finally:
        shutil.rmtree(patch, ignore_errors=True)


@dataclass(frozen=True)
class Patch:
    """An incremental build's changes to the live site `output`, made in `folder`."""

    output: Path
    folder: Path
    changed: dict[str, str]    # the pages whose content is not the live one's → content hash
    removed: set[str]          # pages of the live site to delete
    static: set[str]           # the dossier's static files copied, new or changed
    static_removed: set[str]   # static files to delete (gone from the dossier, or no longer copied)
    hashes: dict[str, str]     # every page of the site once patched
    moving: SiteManifest       # the marker while files move: every path dossier wrote or may have written
    previous: SiteManifest

    def manifest(self, record: SiteManifest) -> SiteManifest:
        """The marker once patched: the previous one, with this build's `record` (its search
        fields when it updated the index) and the patched site's files."""
        searched = {"search_shards": record.search_shards, "search_documents": record.search_documents} \
            if record.search_shards is not None else {}
        assets = self.previous.assets
        return replace(self.previous, fingerprint=record.fingerprint, pages=record.pages, files=record.files,
                       warnings=record.warnings, state=record.state, **searched, incomplete=False,
                       withheld=record.withheld, publication=record.publication,
                       hashes=self.hashes, entries=self.moving.entries,
                       assets=None if assets is None else sorted({*assets, *self.static} - self.static_removed))


def prepare_patch(output: Path, folder: Path, previous: PreviousSite, manifest: SiteManifest,
                  written: dict[str, str], removed: set[str] = frozenset(), static: dict[str, Path] | None = None,
                  static_removed: set[str] = frozenset()) -> Patch:
    """The changes of an incremental build whose pages (`written`: path → content hash) are
    in `folder`, a patch_folder: `static` (path → source), the dossier's static files new or
    changed, are copied there; `removed`, the pages of the previous site to delete, and
    `static_removed`, static files to delete. Pages equal to the live ones are left out. A new
    file where the site holds one dossier did not write is refused, naming it."""
    output = output.resolve()
    static = static or {}
    copy_files(folder, static)
    changed = {path: digest for path, digest in written.items() if previous.hashes.get(path) != digest}
    removed = {path for path in removed if path in previous.hashes and path not in written}
    hashes = {path: digest for path, digest in {**previous.hashes, **changed}.items() if path not in removed}
    _refuse_clashes(output, [path for path in sorted({*changed, *static}) if path not in previous.hashes
                             and path not in (manifest.assets or ())])
    # (a static file may add a top-level entry: the next full build's swap tells ours by them)
    entries = sorted({*manifest.entries, *(path.split("/")[0] for path in static)})
    # (the last publication's record kept: a build killed meanwhile is followed by one that
    # publishes against it; what was scanned for leaks is not, so that build scans everything)
    moving = SiteManifest(entries=entries, incomplete=True, hashes={**previous.hashes, **changed},
                          assets=None if manifest.assets is None else sorted({*manifest.assets, *static}),
                          publication=manifest.publication)
    return Patch(output, folder, changed, removed, set(static), set(static_removed), hashes, moving, manifest)


def patch_in(patch: Patch, record: SiteManifest, replaced: list[str] = ()) -> int:
    """Apply `patch` to the live site, file by file; returns how many files changed.
    `replaced`: the files and folders of `patch.folder` that take the place of the live ones
    whole (the search shards that changed).

    With Ctrl-C and SIGTERM held, each changed file is renamed into place and the marker is
    written last. The marker says "incomplete" while files move (with every path dossier
    wrote or may have written, so that the user's files are still told apart): a build killed
    there is followed by a full one. An interruption that comes once the site is patched is
    raised with `site_written` set on it."""
    output, folder = patch.output, patch.folder
    swapped = False
    try:
        with _signals_held():
            write_manifest(output, patch.moving)
            for relative in sorted({*patch.changed, *patch.static}):
                target = plain_path(output, relative)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(plain_path(folder, relative), target)
            for relative in sorted({*patch.removed, *patch.static_removed}):
                try:
                    os.unlink(plain_path(output, relative))
                except FileNotFoundError:
                    pass
            _remove_emptied_folders(output, patch.static_removed)
            for number, relative in enumerate(replaced):
                live = plain_path(output, relative)
                if live.exists():
                    os.rename(live, folder / f".retired-{number}")
                live.parent.mkdir(parents=True, exist_ok=True)
                os.rename(plain_path(folder, relative), live)
            write_manifest(output, patch.manifest(record))
            swapped = True
    except BaseException as exc:
        if swapped:
            exc.site_written = True
        raise
    return len(patch.changed) + len(patch.removed) + len(patch.static) + len(patch.static_removed)


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


def _swap(staging: Path, output: Path, force: bool, previous: SiteManifest) -> list[str]:
    """Put the staged site in the place of `output`, carrying into it what dossier did not
    write there; returns the files of the user's it replaced (`force`).

    A journal beside the site (written and synced before the first rename) says which
    folders take part and what is carried, so that a build killed at any point of the swap
    is finished or rolled back by the next one (recover.py)."""
    if not os.path.lexists(output):
        os.rename(staging, output)
        return []
    carried, replaced = _kept_files(output, staging, previous, force)
    retired = _retired_folder(output)
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
        carry_back(staging, output, moved)   # the user's files back before the staging folder goes
        journal_path(output).unlink(missing_ok=True)
        raise
    try:
        os.rename(staging, output)
    except BaseException:
        os.rename(retired, output)
        carry_back(staging, output, moved)
        journal_path(output).unlink(missing_ok=True)
        raise
    journal_path(output).unlink(missing_ok=True)
    remove_in_background(retired)
    return replaced


def _retired_folder(output: Path) -> Path:
    """A name of its own for the site the swap retires, `.<site>.old-<pid>-<unique>`: a
    build may retire a site while the one an earlier build of this process retired is still
    being removed. The folder made here (which reserves the name) is empty, and the site
    renamed onto it replaces it (POSIX; elsewhere the name is freed first)."""
    retired = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-{os.getpid()}-", dir=output.parent))
    if os.name == "nt":
        retired.rmdir()
    return retired


def carry_back(staging: Path, output: Path, carried: list[str]) -> None:
    """The carried files that are in the staging folder back where they were in `output`."""
    for relative in reversed(carried):
        source, target = plain_path(staging, relative), plain_path(output, relative)
        if os.path.lexists(source) and not os.path.lexists(target):
            os.makedirs(target.parent, exist_ok=True)
            os.rename(source, target)


def _kept_files(output: Path, staging: Path, marker: SiteManifest, force: bool) -> tuple[list[str], list[str]]:
    """What in `output` dossier did not write, to carry into the staged site: (relative paths,
    a folder whole when nothing in it is dossier's; the user's files the new site replaces).

    Dossier's are the files the previous build's marker lists (its pages and assets) and its
    search index; a folder without a marker holds none. A marker from before the assets were
    listed counts its top-level entries as dossier's whole. A file of the user's where the
    new site has a file is replaced with `force`, else refused by name, as is any other clash
    (a folder where dossier writes a file, a file in the way of dossier's folder)."""
    whole = set()
    if marker.marked:
        whole = {"pagefind"} | (set(marker.entries) if marker.assets is None else set())
    written = {*marker.hashes, *(marker.assets or ())}
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


def _write_journal(output: Path, record: dict) -> None:
    """The swap's journal, on disk before the first rename (a power loss keeps it or nothing)."""
    draft = beside(output, "journal")
    temporary = draft.with_name(draft.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        os.write(descriptor, json.dumps(record, ensure_ascii=False).encode("utf-8"))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    os.replace(temporary, journal_path(output))
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


