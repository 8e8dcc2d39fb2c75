"""`dossier import FILE|FOLDER ...`: each clipping imported in turn, one line each and a summary.

A file that cannot be imported (a scan, an empty clipping, an unreadable file) is reported
and the others go on; the exit status is then 1. With one file, --dry-run or --verbose, every
decision, removal and review item is printed too."""
from __future__ import annotations

import datetime
import os
import sys
from pathlib import Path
from typing import Sequence

from ..errors import DossierError, counted, display_path
from . import KINDS, ImportResult, import_data
from .known import KnownOutlets
from .names import given_field_problem
from .store import ClippingError, Existing

PROGRESS_FROM = 20   # files: a progress bar on a terminal past this many


def clipping_files(names: list[str]) -> list[str]:
    """The files named, with each folder's clipping files (by suffix) in name order."""
    found = []
    for name in names:
        if name != "-" and os.path.isdir(name):
            found += sorted(str(path) for path in Path(name).rglob("*")
                            if path.is_file() and path.suffix.lower() in KINDS and not path.name.startswith("."))
        else:
            found.append(name)
    return found


def _retrieved(name: str) -> datetime.date:
    """The clipping's date: its file's modification day (when it was saved), else today."""
    try:
        return datetime.date.fromtimestamp(os.stat(name).st_mtime)
    except (OSError, ValueError, OverflowError):
        return datetime.date.today()


def import_all(names: list[str], into: Path, new: bool = False, outlet: str | None = None, dry_run: bool = False,
               verbose: bool = False, progress=None, known_outlets: Sequence[tuple[str, Sequence[str]]] = ()) -> int:
    """Import each clipping file (folders: their clipping files) into the dossier `into`; `known_outlets`,
    the dossier's described outlets as (name, aliases), are recognised in mastheads and credit lines."""
    problem = given_field_problem("--outlet", outlet)
    if problem:
        raise ClippingError(problem)   # (before any file is read: nothing is written)
    if not into.is_dir():
        raise FileNotFoundError(str(into))
    files = clipping_files(names)
    known = KnownOutlets(known_outlets)   # (read once for the batch)
    existing = Existing.read(into)
    for warning in existing.warnings:
        print(warning.format(), file=sys.stderr)
    details = verbose or dry_run or len(files) == 1
    progress = progress if progress is not None and len(files) > PROGRESS_FROM else None
    tally = {"created": 0, "syndicated": 0, "already": 0, "failed": 0}
    review = 0
    for number, name in enumerate(files, start=1):
        if progress:
            progress.count("importing", number - 1, len(files))
        try:
            if name == "-":
                data, suffix, retrieved = sys.stdin.buffer.read(), ".txt", None
            else:
                data, suffix, retrieved = Path(name).read_bytes(), Path(name).suffix, _retrieved(name)
            result = import_data(data, suffix, into, existing, new=new, outlet=outlet, retrieved=retrieved,
                                 dry_run=dry_run, known_outlets=known)
        except (DossierError, UnicodeDecodeError) as exc:
            if progress:
                progress.clear()
            print(f"{name}: error: {exc}; nothing was written for it", file=sys.stderr)
            tally["failed"] += 1
            continue
        except IsADirectoryError:
            print(f"{name}: error: not a clipping file", file=sys.stderr)
            tally["failed"] += 1
            continue
        tally[result.action] += 1
        review += len(result.clip.review) if result.action == "created" else 0
        if progress:
            progress.clear()
        print(_line(name, result, into, dry_run))
        if details and result.action != "already":
            _details(result)
    if progress:
        progress.clear()
    if len(files) > 1 or dry_run:
        print(_summary(tally, review, dry_run))
    return 1 if tally["failed"] else 0


def _where(path: Path | None, into: Path) -> str:
    try:
        return path.resolve().relative_to(into.resolve()).as_posix()
    except (ValueError, AttributeError):
        return display_path(path) if path else "?"


def _line(name: str, result: ImportResult, into: Path, dry_run: bool) -> str:
    where = _where(result.path, into)
    would = "would be " if dry_run else ""
    if result.action == "already":
        return f"{name}: already in the dossier as {where}; nothing changed"
    if result.action == "syndicated":
        return (f"{name}: a copy of {where} ({result.score:.0%} of the shorter text matches): {would or ''}recorded in "
                "its syndicated list; nothing else written (use --new for a separate article)")
    extra = f", a copy of {result.copy_of} (copy_of)" if result.copy_of else ""
    review = f"; {counted(len(result.clip.review), 'item')} to review" if result.clip.review else ""
    where = display_path(result.path.resolve())
    return f"{name}: {'would create' if dry_run else 'created'} {where} ({result.clip.input_kind}{extra}{review})"


def _details(result: ImportResult) -> None:
    clip = result.clip
    for decision in clip.decisions:
        print(f"  decided  {decision}")
    for removed in clip.removed:
        print(f"  removed  {removed}")
    if clip.reproduced_by:
        copy = clip.reproduced_by
        print(f"  decided  syndicated: {copy.outlet or 'the reproducing site (not named)'} reproduced it "
              f"({copy.url or 'no address'}, access {copy.access})")
    for item in clip.review:
        print(f"  review   {item}")


def _summary(tally: dict[str, int], review: int, dry_run: bool) -> str:
    done = sum(tally.values())
    parts = [f"{tally['created']} {'to create' if dry_run else 'created'}",
             f"{tally['syndicated']} recorded as copies", f"{tally['already']} already in the dossier"]
    if tally["failed"]:
        parts.append(f"{tally['failed']} not imported")
    text = f"{'Dry run, nothing written: ' if dry_run else ''}{counted(done, 'clipping')}: {', '.join(parts)}"
    if review:
        text += f"; {counted(review, 'review item')} to check (dossier check lists them)"
    return text
