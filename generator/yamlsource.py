"""YAML reading shared by every loader: the safe C loader, dates kept as text, line lookup.

Dates stay strings (the timestamp resolver is removed) so that `dates.py` sees what the
author wrote, with its precision, and `2024-02-30` is reported instead of crashing PyYAML.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DossierLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """CSafeLoader without implicit timestamps."""


DossierLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}

_HINTS = [
    ("mapping values are not allowed", "a value contains ': ' — put the whole value in quotes"),
    ("cannot start any token", "YAML does not allow tab characters for indentation — indent with spaces"),
    ("tab character", "YAML does not allow tab characters for indentation — indent with spaces"),
    ("could not determine a constructor", "tags such as !!python/object are not allowed — remove the tag"),
    ("expected <block end>", "the indentation is inconsistent — align keys at the same depth"),
    ("did not find expected key", "the indentation is inconsistent, or a quote is not closed"),
    ("found undefined alias", "a '*' starts a YAML alias — put the value in quotes"),
    ("found unexpected end of stream", "a quote or bracket is not closed"),
]


class YamlProblem(Exception):
    def __init__(self, line: int | None, column: int | None, message: str):
        super().__init__(message)
        self.line, self.column, self.message = line, column, message


def parse_yaml(text: str, first_line: int = 1) -> object:
    """Parse YAML text whose first line is line `first_line` of its file."""
    try:
        return yaml.load(text, Loader=DossierLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark else None
        column = mark.column + 1 if mark else None
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        hint = next((h for key, h in _HINTS if key in problem), None)
        if "could not determine a constructor" in problem:
            problem = "unsupported YAML tag " + problem.split("tag", 1)[-1].strip()
        message = f"invalid YAML: {problem}" + (f"; {hint}" if hint else "")
        raise YamlProblem(line, column, message) from None
    except yaml.YAMLError as exc:  # reader errors (control characters) and the like
        raise YamlProblem(first_line, None, f"invalid YAML: {exc}") from None


@dataclass
class SourceFile:
    """A content file as read: where it is, its text, and where its YAML starts."""

    path: Path            # absolute
    rel: str              # relative to the dossier folder, with '/'
    text: str             # a YAML file's whole text, newlines normalised to \n, BOM removed; for a
                          # Markdown file "" (its parts are below: keeping the whole as well
                          # would double what a large dossier holds in memory)
    yaml_text: str        # the YAML part (front matter or the whole file)
    yaml_first_line: int  # file line number of the YAML part's first line
    body: str = ""        # the Markdown part, for Markdown files
    body_first_line: int = 1
    _nodes: object = field(default=None, repr=False)

    def line_of(self, *keys: object) -> int | None:
        """The file line of a key (or list item) inside the YAML, for error messages."""
        if self._nodes is None:
            try:
                self._nodes = yaml.compose(self.yaml_text, Loader=DossierLoader) or False
            except yaml.YAMLError:
                self._nodes = False
        node = self._nodes
        line = self.yaml_first_line if node else None
        for key in keys:
            if isinstance(node, yaml.MappingNode):
                found = next(((k, v) for k, v in node.value if k.value == key), None)
                if found is None:
                    return line
                node, line = found[1], found[0].start_mark.line + self.yaml_first_line
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                node = node.value[key]
                line = node.start_mark.line + self.yaml_first_line
            else:
                return line
        return line

    def body_line_of(self, needle: str) -> int:
        """The file line where `needle` first occurs in the Markdown body (or the body's start)."""
        index = self.body.find(needle)
        if index < 0:
            return self.body_first_line
        return self.body_first_line + self.body.count("\n", 0, index)
