"""Problems found in user content are data: collected, sorted, reported together."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the user's content, with where it is."""

    path: Path
    line: int | None
    message: str
    column: int | None = None
    severity: str = "error"  # "error" or "warning"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def format(self, relative_to: Path | None = None) -> str:
        where = display_path(self.path, relative_to)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        prefix = "" if self.severity == "error" else f"{self.severity}: "
        return f"{where}: {prefix}{self.message}"


def counted(number: int, noun: str) -> str:
    """'1 error', '2 errors' (nouns that take an s)."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def display_path(path: Path, relative_to: Path | None = None) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    base = relative_to or Path.cwd()
    if not Path(path).is_absolute():
        return str(path)
    try:
        relative = os.path.relpath(path, base)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


class DossierError(Exception):
    """Base for every error the tool reports to the user without a traceback."""


class ContentError(DossierError):
    """The content has one or more errors; the build stops before writing anything."""

    def __init__(self, problems: list[Problem]):
        self.problems = sort_problems(problems)
        errors = [p for p in self.problems if p.is_error]
        super().__init__(f"{counted(len(errors), 'error')} in the dossier")

    def __reduce__(self):  # crosses process boundaries whole (worker processes render pages)
        return (ContentError, (self.problems,))


class OutputError(DossierError):
    """The output folder cannot be used safely (it is the content folder, not ours, ...)."""


def _problem_order(problem: Problem) -> tuple:
    """By file and line; a note about a file after what is wrong in it."""
    return (str(problem.path), problem.severity == "note", problem.line or 0, problem.column or 0, problem.message)


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """In the order of their files and lines, each once (the same mistake found twice on one
    line, as a citation repeated, is one problem to mend)."""
    return sorted(dict.fromkeys(problems), key=_problem_order)
