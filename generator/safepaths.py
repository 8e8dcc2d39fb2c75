"""Which paths a dossier may use: the files read from it stay inside it (a symbolic link
leading elsewhere is refused), and the names it gives to the site's files can be stored on
every disk the site may be copied to (Windows' reserved and forbidden names).

A dossier may come from someone else: a link in it to /etc or to the builder's home must not
bring those files into the site (static/), into its pages (templates/) or into the build's
messages; a loop of links is a problem with the link, not a crash."""
from __future__ import annotations

import errno
import os
import re
from pathlib import Path

from .errors import Problem

# Names Windows keeps for devices, whatever the case and the extension (con.md, Nul.yaml):
# a file so named cannot be created or opened there, nor on a disk shared with Windows.
WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)),
                              *(f"lpt{n}" for n in range(1, 10))})
_WINDOWS_FORBIDDEN = re.compile(r'[<>:"|?*\\\x00-\x1f]|[. ]$')


def is_inside(real: str, root: str) -> bool:
    """Whether the resolved path `real` is the resolved folder `root` or inside it."""
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def link_problem(path: str | Path, root: str | Path) -> Problem | None:
    """Why the symbolic link `path` is not followed (a warning), or None when it leads to a
    file or folder inside `root` (resolved) or leads nowhere (a broken link, left out as a
    missing file is). The warning names the link and what it says, not where it resolves:
    the builder's own folders stay out of messages that may be published."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            return None
        return Problem(Path(path), None, "this link leads to itself through a loop of links, so it is not "
                       "read; remove it or make it point to a file", severity="warning")
    if is_inside(os.path.realpath(path), str(root)):
        return None
    what = "folder" if os.path.isdir(path) else "file"
    return Problem(Path(path), None, f"this {what} is reached through a link that leads outside the dossier folder "
                   f"(to '{os.readlink(path)}'), so it is not read; copy what you need into the dossier instead",
                   severity="warning")


def refused_link(path: str | Path, root: str | Path, problems: list[Problem]) -> bool:
    """True (and the warning added to `problems`) when `path` is a link that is not followed."""
    if not os.path.islink(path):
        return False
    problem = link_problem(path, root)
    if problem is None:
        return False
    problems.append(problem)
    return True


def reserved_name(name: str) -> str | None:
    """The reserved device name (as Windows spells it) that `name` is, before its first dot."""
    stem = name.split(".", 1)[0].lower()
    return stem.upper() if stem in WINDOWS_RESERVED else None


def windows_name_problem(relative: str) -> str | None:
    """Why a site path ('a/b.css') cannot be stored on Windows, or None."""
    for part in relative.split("/"):
        if reserved_name(part):
            return (f"has a name Windows reserves ({reserved_name(part)}, as CON, PRN, AUX, NUL, COM1-9 and LPT1-9, "
                    "with any extension): the site could not be copied to or opened from a Windows disk; rename it")
        if _WINDOWS_FORBIDDEN.search(part):
            return ("has a name Windows cannot store (it holds one of < > : \" | ? * \\ or ends with a dot "
                    "or a space): the site could not be copied to a Windows disk; rename it")
    return None


def unwritable_folder(folder: Path, root: Path) -> str | None:
    """Why the dossier's `folder` (root/articles...) cannot take a new file: it is a link
    that does not lead to a folder inside the dossier `root` (it leads outside, nowhere, or
    into a loop). `dossier import` and `dossier new` write there; through such a link they
    would write on the builder's own files."""
    if not os.path.islink(folder) or (os.path.isdir(folder) and is_inside(os.path.realpath(folder),
                                                                          os.path.realpath(root))):
        return None
    return (f"{folder} is a link that leads outside the dossier folder (or nowhere), so nothing is written "
            "through it; make it a real folder of the dossier")


def create_file(path: Path, text: str) -> None:
    """Write a new file, never through a link (a dangling one would create its target
    wherever it points) nor over a file that appeared meanwhile (FileExistsError)."""
    with open(path, "x", encoding="utf-8") as file:
        file.write(text)
