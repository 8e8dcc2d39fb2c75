"""Typed, checked access to a content file's YAML fields (Fields), and the rule for ids.
Every problem carries its file and line, and names a nested key as people count it
('relations[2].to')."""
from __future__ import annotations

import difflib
import re
from datetime import datetime

from .dates import DateError, DateSpan, FuzzyDate, parse_date
from .errors import Problem
from .index import LIST_PAGE
from .model import VISIBILITIES
from .safepaths import reserved_name
from .yamlsource import SourceFile, YamlProblem, parse_yaml

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
MAX_ID_LENGTH = 120


def id_problem(value: str) -> str | None:
    """Why `value` cannot be an id (it becomes a file name in the output), or None."""
    if not value:
        return "an id cannot be empty"
    if len(value) > MAX_ID_LENGTH:
        return f"an id can be at most {MAX_ID_LENGTH} characters"
    if ".." in value or not ID_PATTERN.match(value):
        return (f"'{value}' is not a valid id: use letters, digits, '-', '_' and '.', "
                "starting with a letter or digit (no spaces, slashes or '..')")
    if value.lower() == LIST_PAGE:
        return f"'{value}' cannot be an id: it is the name of each section's list page (index.html)"
    if reserved_name(value):
        return (f"'{value}' cannot be an id: {reserved_name(value)} is a reserved file name on Windows (as are CON, "
                "PRN, AUX, NUL, COM1-9 and LPT1-9, with any extension), so its page could not be opened there")
    return None


def parse_mapping(source: SourceFile, problems: list[Problem], entity: bool = False) -> dict | None:
    """The front matter (or entity file) as a mapping, or None after recording why not."""
    try:
        data = parse_yaml(source.yaml_text, source.yaml_first_line)
    except YamlProblem as exc:
        problems.append(Problem(source.path, exc.line, exc.message, exc.column))
        return None
    if data is None:
        data = {}
    if entity and isinstance(data, list):
        problems.append(Problem(source.path, source.yaml_first_line, _ENTITY_LIST.format(count=len(data))))
        return None
    if not isinstance(data, dict):
        problems.append(Problem(source.path, source.yaml_first_line,
                                "the fields must be 'key: value' lines, not a list or a single value"))
        return None
    return data


_ENTITY_LIST = ("an entity file holds one entity, and this one holds a list of {count}: put each in a file of its "
                "own under entities/ (the file's name is its id, such as entities/jean-dupont.yaml), with its "
                "fields as 'key: value' lines, without the '- ' before the first")


class Fields:
    """Typed access to one file's YAML mapping; type errors become problems with lines."""

    def __init__(self, data: dict, source: SourceFile, problems: list[Problem], keys: tuple = ()):
        self.data, self.source, self.problems, self.keys = data, source, problems, keys

    def error(self, key: object, message: str, severity: str = "error") -> None:
        self.problems.append(Problem(self.source.path, self.source.line_of(*self.keys, key), message,
                                     severity=severity))

    def _label(self, key: str) -> str:
        """'title', or 'relations[2].to' inside a list item (counted from 1, as people count)."""
        if len(self.keys) >= 2 and isinstance(self.keys[-1], int):
            return f"'{self.keys[-2]}[{self.keys[-1] + 1}].{key}'"
        return f"'{key}'"

    def str(self, key: str, required: bool = False) -> str | None:
        value = self.data.get(key)
        if value is None:
            if required:
                self.error(key, f"{self._label(key)} is missing; add a line '{key}: ...'")
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            self.error(key, f"{self._label(key)} must be text, not {_kind(value)}; "
                       "put it on one line, in quotes if it contains ':'")
            return None
        value = value.strip()
        if required and not value:
            self.error(key, f"{self._label(key)} is empty; give it a value")
            return None
        return value or None

    def str_list(self, key: str) -> list[str]:
        value = self.data.get(key)
        if value is None:
            return []
        if isinstance(value, str):
            return [value.strip()] if value.strip() else []
        if not isinstance(value, list):
            self.error(key, f"{self._label(key)} must be a list of text items, not {_kind(value)}")
            return []
        items = []
        for index, item in enumerate(value):
            if isinstance(item, (int, float)) and not isinstance(item, bool):
                item = str(item)
            if not isinstance(item, str):
                self.problems.append(Problem(self.source.path, self.source.line_of(*self.keys, key, index),
                                             f"item {index + 1} of {self._label(key)} must be text, not {_kind(item)}"))
                continue
            if item.strip():
                items.append(item.strip())
        return items

    def id_list(self, key: str) -> list[str]:
        ids = []
        for value in self.str_list(key):
            reason = id_problem(value)
            if reason:
                self.error(key, f"in {self._label(key)}: {reason}")
            else:
                ids.append(value)
        return ids

    def ref(self, key: str) -> str | None:
        value = self.str(key)
        if value is not None and id_problem(value):
            self.error(key, f"{self._label(key)}: {id_problem(value)}")
            return None
        return value

    def date(self, key: str) -> FuzzyDate | None:
        value = self.data.get(key)
        if value is None or value == "":
            return None
        try:
            return parse_date(value)
        except DateError as exc:
            self.error(key, f"{self._label(key)}: {exc}")
            return None

    def span(self, date_key: str = "date") -> DateSpan | None:
        single, start, end = self.date(date_key), self.date("start"), self.date("end")
        if single and (start or end):
            self.error("start", f"give either '{date_key}' or 'start'/'end', not both")
        first = single or start
        if end and not first:
            self.error("end", "'end' needs a 'start'")
            return None
        if first and end and end.sort_key < first.sort_key:
            self.error("end", f"'end' ({end.label}) is before 'start' ({first.label}); swap them")
            return None
        return DateSpan(first, end) if first else None

    def int(self, key: str) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(key, f"{self._label(key)} must be a whole number, not {_kind(value)}")
            return None
        return value

    def choice(self, key: str, choices: tuple[str, ...], default: str | None) -> str | None:
        value = self.str(key)
        if value is None:
            return default
        if value.lower() not in choices:
            self.error(key, f"{self._label(key)} is '{value}'; it must be one of: {', '.join(choices)}")
            return default
        return value.lower()

    def one_of(self, key: str, choices: tuple[str, ...], default: str | None) -> str | None:
        """A word from `choices` (case ignored); another is an error naming them all, with the
        nearest as a "did you mean"."""
        value = self.str(key)
        if value is None:
            return default
        word = value.lower()
        if word in choices:
            return word
        guess = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
        hint = f"did you mean '{guess[0]}'? It" if guess else "it"
        self.error(key, f"{self._label(key)} is '{value}'; {hint} must be one of: {', '.join(choices)}")
        return default

    def url(self, key: str) -> str | None:
        """A web address: https:// or http:// (or mailto:), never javascript: or another scheme."""
        value = self.str(key)
        if value and not re.match(r"^(https?://|mailto:)", value, re.I):
            self.error(key, f"{self._label(key)} must be a web address starting with https:// or http://")
            return None
        return value

    def items(self, key: str) -> list["Fields"]:
        """A list of mappings (relations, syndicated copies, links), each as Fields."""
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(key, f"{self._label(key)} must be a list of entries, each starting with '- '")
            return []
        result = []
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                self.problems.append(Problem(self.source.path, self.source.line_of(*self.keys, key, index),
                                             f"item {index + 1} of {self._label(key)} must be a set of "
                                             f"'key: value' fields, not {_kind(item)}"))
                continue
            result.append(Fields(item, self.source, self.problems, (*self.keys, key, index)))
        return result

    def check_unknown(self, known: set[str], what: str) -> None:
        for key in self.data:
            if key in known:
                continue
            guess = difflib.get_close_matches(str(key), sorted(known), n=1, cutoff=0.6)
            hint = f"did you mean '{guess[0]}'?" if guess else f"known fields: {', '.join(sorted(known))}"
            self.error(key, f"unknown field '{key}' in {what}; {hint}", severity="warning")


def visibility(fields: Fields) -> str | None:
    """`visibility:` (internal or public), or None: the dossier's default_visibility."""
    return fields.choice("visibility", VISIBILITIES, None)


EMBARGO_FORM = "write a date and time with its offset from UTC, such as 2025-06-01T06:00+02:00 (or 2025-06-01T04:00Z)"


def embargo_moment(value: object) -> datetime | None:
    """The moment an `embargo:` or `--as-of` value names; None when it names none, or one
    without its offset from UTC (which would mean another moment on every machine)."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    text = text[:-1] + "+00:00" if text[-1:] in ("Z", "z") else text
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if "T" in text.upper() and moment.utcoffset() is not None else None


def embargo(fields: Fields) -> str | None:
    """`embargo:` as ISO 8601 text with its offset (what the public edition compares with its clock)."""
    value = fields.data.get("embargo")
    if value is None or value == "":
        return None
    moment = embargo_moment(value)
    if moment is None:
        fields.error("embargo", f"'embargo' is '{value}', not a date and time with its offset; {EMBARGO_FORM}")
        return None
    return moment.isoformat()


def _kind(value: object) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a set of fields"
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "empty"
    return f"a {type(value).__name__}"
