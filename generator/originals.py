"""Originals: the imported file kept unchanged in the dossier's originals/ folder, its SHA-256
recorded in the article (`original:`, `sha256:`), verified by `dossier check`."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .errors import Problem

FOLDER = "originals"
# Originals copied into the site under originals/ (a saved web page never is: its scripts and
# styles would run on the dossier's site; its extracted text is the article).
PUBLISHED = (".pdf", ".txt")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def keep(root: Path, stem: str, extension: str, data: bytes) -> str:
    """Write `data` as originals/<stem><extension> (a new name when taken): the path written
    in the article, relative to the dossier."""
    folder = root / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    name, number = f"{stem}{extension}", 2
    while os.path.lexists(folder / name):
        name, number = f"{stem}-{number}{extension}", number + 1
    with open(folder / name, "xb") as file:
        file.write(data)
    return f"{FOLDER}/{name}"


def verify(root: Path, articles) -> list[Problem]:
    """An error for each article whose original is missing or no longer has its `sha256`."""
    problems = []
    for article in articles:
        if not article.original:
            continue
        source = article.source
        path = root / article.original
        line = source.line_of("sha256") or source.line_of("original")
        try:
            data = path.read_bytes() if not os.path.islink(path) else None
        except OSError:
            data = None
        if data is None:
            problems.append(Problem(source.path, source.line_of("original"), f"original: {article.original} is missing "
                                    "(or is a link); put the imported file back, or remove original: and sha256:"))
        elif article.sha256 and digest(data) != article.sha256:
            problems.append(Problem(source.path, line, f"sha256: {article.original} has changed since it was imported "
                                    f"(its SHA-256 is now {digest(data)[:12]}…); put the original back, or if the new file "
                                    "is the right one, write its digest in sha256:"))
    return problems


def published(relative: str | None) -> bool:
    """Whether an original is copied into the site: a PDF or a text (a saved web page never is)."""
    return bool(relative) and relative.lower().endswith(PUBLISHED)


def review_summary(articles, root: Path) -> list[Problem]:
    """One warning for a build: how many articles still have open `review:` items."""
    count = sum(1 for article in articles if article.review)
    if not count:
        return []
    return [Problem(root, None, f"{count} article{'s' if count > 1 else ''} still {'have' if count > 1 else 'has'} "
                    "open review items left by dossier import; `dossier check` lists them", severity="warning")]
