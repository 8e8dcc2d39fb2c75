"""The files a site gets besides its pages: the theme's static files under assets/, the
dossier's own static files and its published originals, each checked before it is copied
(no name the build writes taken, no script run in a reader's browser unless allowed)."""
from __future__ import annotations

import os
from pathlib import Path

from .activecontent import MARKUP_SUFFIXES, SCRIPT_SUFFIXES, active_content
from .errors import ContentError, Problem
from .load import ContentFiles

ASSET_FOLDER = "assets"


def _theme_files(theme: Path) -> dict[str, Path]:
    """The theme's static files, by their path in the site (under assets/)."""
    static = theme / "static"
    return {f"{ASSET_FOLDER}/{path.relative_to(static).as_posix()}": path
            for path in sorted(static.rglob("*")) if path.is_file()} if static.is_dir() else {}


def theme_assets(theme: Path) -> set[str]:
    """The paths in the site of the theme's static files."""
    return set(_theme_files(theme))


def collect_assets(content: ContentFiles, theme: Path, generated: set[str], allow_scripts: bool = False) -> dict[str, Path]:
    """The theme's static files under assets/, then the dossier's own static/ at the site root and its
    published originals under originals/ (content.copied)
    (as `content` lists them: links leading outside the dossier left out). A static file may
    not take the name of a file or folder the build writes, nor differ from one, or from
    another static file, only by case: on the case-insensitive disks of macOS and Windows
    one would overwrite the other."""
    assets = _theme_files(theme)
    taken = {path.lower(): path for path in [*generated, *assets]}
    folders = {"/".join(parts[:end]).lower(): "/".join(parts[:end])
               for parts in (path.split("/") for path in taken.values()) for end in range(1, len(parts))}
    problems = []
    for relative, path, _ in content.copied():
        key = relative.lower()
        other = taken.get(key)
        parents = ["/".join(relative.split("/")[:end]) for end in range(1, relative.count("/") + 1)]
        file = next((taken[parent.lower()] for parent in parents if parent.lower() in taken), None)
        if other == relative:
            problem = f"static/{relative} would overwrite the page or file {other} that dossier writes; rename or move it"
        elif other is not None:
            problem = (f"static/{relative} and {other} differ only by case: on the disks of macOS and Windows one "
                       "would overwrite the other; rename or move it")
        elif key in folders:
            problem = f"static/{relative} would take the name of the folder {folders[key]}; rename or move it"
        elif file is not None:
            problem = f"static/{relative} is in a folder named as the file {file}; rename or move it"
        else:
            taken[key] = f"static/{relative}"
            folders.update({parent.lower(): f"static/{parent}" for parent in parents})
            assets[relative] = Path(path)
            continue
        problems.append(Problem(Path(path), None, problem))
    if not allow_scripts:
        problems += static_scripts(content)
    if problems:
        raise ContentError(problems)
    return assets


def static_scripts(content: ContentFiles) -> list[Problem]:
    """The dossier's static files that would run a script in a reader's browser: a script
    file, or a page or image in markup (.html, .svg...) holding active content (see
    activecontent.py)."""
    problems = []
    advice = ("a dossier's static files may not run scripts, so that a dossier received from someone else runs "
              "nothing in its readers' browsers; if this dossier is yours, build with --allow-scripts")
    for relative, path, _ in content.under("static"):
        suffix = os.path.splitext(relative)[1].lower()
        if suffix in SCRIPT_SUFFIXES:
            problems.append(Problem(Path(path), None, f"static/{relative} is a script: {advice}"))
        elif suffix in MARKUP_SUFFIXES:
            try:
                text = Path(path).read_bytes().decode("utf-8", errors="replace")
            except OSError:
                continue   # (reported where it is copied)
            if found := active_content(text, "../" * relative.count("/")):
                problems.append(Problem(Path(path), found[0], f"static/{relative} holds {found[1]}: {advice}"))
    return problems
