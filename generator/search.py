"""The search index: Pagefind run over the staged site before it is swapped in.

Pagefind (https://pagefind.app) is made for static sites: the browser downloads only the
index chunks a query needs, so a 5,000-article dossier stays fast and small to search.
Since 1.5 it folds diacritics when indexing ("herve" finds Hervé). Pages opt in with
`data-pagefind-body` (articles, summaries, entities); lists and the home page are not
indexed. The binary comes from the `pagefind[bin]` package on PyPI. Its Python service
wrapper polls with a 0.1 s sleep per file (500 s at 5,000 pages), so the command line,
which reads the staged HTML itself, is used instead.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from .errors import DossierError

SEARCH_FOLDER = "pagefind"
INDEXED_PAGES = "{articles,summaries,entities}/*/index.html"
# What the browser needs is the API, its worker and wasm, and the index: not the bundled UIs.
_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
           "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


class SearchIndexError(DossierError):
    pass


def pagefind_executable() -> Path:
    try:
        from pagefind.service import get_executable
    except ImportError:
        get_executable = None
    executable = get_executable() if get_executable else None
    if executable is None:
        found = shutil.which("pagefind")
        if not found:
            raise SearchIndexError("the search index needs Pagefind, which is not installed; install "
                                   "dossier again (pip install -e .) or build with --no-search")
        executable = Path(found)
    return Path(executable)


def index_site_folder(folder: Path, language: str) -> None:
    """Write the search index into `folder/pagefind/` from the HTML already in `folder`."""
    command = [str(pagefind_executable()), "--site", str(folder), "--output-subdir", SEARCH_FOLDER,
               "--glob", INDEXED_PAGES, "--force-language", (language or "en").split("-")[0].lower(),
               "--keep-index-url", "--silent"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no message"]
        raise SearchIndexError(f"Pagefind could not build the search index: {detail[0]}; "
                               "build with --no-search to skip it")
    for name in _UNUSED:
        (folder / SEARCH_FOLDER / name).unlink(missing_ok=True)
