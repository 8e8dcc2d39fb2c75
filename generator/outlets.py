"""The outlets a dossier describes once: in an `outlets:` list in dossier.yaml, or one per
file in outlets/*.yaml. Each has a name, the other names it is written under (an
aggregator's spelling, an edition), its kind, country, language, owner, address and a
short note on how far it can be trusted.

An article's outlet (or a syndicated copy's) that is an outlet's name or alias, case and
accents folded, is attributed to that outlet (OutletBook.match): the sources page and the
article's provenance panel show it under its own name, and `dossier import` can recognise
it (OutletBook.known_outlets). These files are a dossier's: untrusted input, every problem
collected with its line, never a traceback.
"""
from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import Problem
from .fields import Fields, parse_mapping
from .matcher import MAX_NAME_LENGTH, name_key
from .safepaths import is_inside, refused_link
from .textfile import decode_text
from .yamlsource import SourceFile, YamlProblem, parse_yaml

OUTLET_KINDS = ("newspaper", "broadcaster", "agency", "aggregator", "magazine", "blog", "website", "government",
                "court", "ngo", "company", "other")
OUTLET_FIELDS = {"name", "aliases", "kind", "country", "language", "owner", "url", "reliability"}
OUTLETS_FOLDER = "outlets"
CONFIG_KEY = "outlets"
MAX_NOTE_LENGTH = 1000     # a reliability note: a sentence or two, not an essay
MAX_URL_LENGTH = 2048


@dataclass(frozen=True)
class Outlet:
    """One described outlet, and where it is described (for errors and the README's rule
    that a name is described once)."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    country: str | None = None
    language: str | None = None
    owner: str | None = None
    url: str | None = None
    reliability: str | None = None
    place: str = ""            # "outlets/le-monde.yaml:1" or "dossier.yaml:12"

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class OutletBook:
    """The described outlets, found by any of their names (case and accents folded)."""

    def __init__(self, outlets: tuple[Outlet, ...] | list[Outlet] = ()):
        self.outlets = tuple(outlets)
        self._by_key = {name_key(name): outlet for outlet in self.outlets for name in outlet.names}

    def match(self, name: str | None) -> Outlet | None:
        """The outlet that `name` (as an article or a clipping writes it) names, or None."""
        return self._by_key.get(name_key(name)) if name else None

    def known_outlets(self) -> list[tuple[str, tuple[str, ...]]]:
        """(name, aliases) of each outlet: what `dossier import` takes to recognise them."""
        return [(outlet.name, outlet.aliases) for outlet in self.outlets]


def load_outlets(root: Path, files: list[tuple[str, str]] = ()) -> tuple[tuple[Outlet, ...], list[Problem]]:
    """The outlets of dossier.yaml's `outlets:` list and of `files` ((path inside the
    dossier, path) of the files under outlets/: load.list_content lists them), and the
    problems found. A name or alias given to two outlets is an error naming both places."""
    problems: list[Problem] = []
    found: list[Outlet] = []
    config = root / "dossier.yaml"
    if not refused_link(config, root.resolve(), []) and config.is_file():   # (config.py warns of a link leading out)
        found += _from_config(config, problems)
    for rel, path in files:
        if any(part.startswith(".") for part in rel.split("/")):
            continue   # (hidden: an editor's swap file, a folder of the system's)
        if rel.lower().endswith((".yaml", ".yml")):
            outlet = _from_file(Path(path), f"{OUTLETS_FOLDER}/{rel}", problems)
            if outlet is not None:
                found.append(outlet)
        else:
            problems.append(Problem(Path(path), None, "this file is not read: outlets/ holds one outlet per .yaml "
                                    "file; rename it to end in .yaml, or move it", severity="warning"))
    return _unique(root, found, problems), problems


def dossier_outlets(root: Path) -> tuple[OutletBook, list[Problem]]:
    """The outlets a dossier folder describes, for a command that does not build it (such as
    `dossier import`: `book.match(name)`, or `book.known_outlets()`), and the problems found."""
    root = root.resolve()
    folder = root / OUTLETS_FOLDER
    files: list[tuple[str, str]] = []
    if folder.is_dir() and is_inside(os.path.realpath(folder), str(root)):
        for path in sorted(folder.iterdir()):
            if path.is_file() and not path.name.startswith(".") and is_inside(os.path.realpath(path), str(root)):
                files.append((path.name, str(path)))
    outlets, problems = load_outlets(root, files)
    return OutletBook(outlets), problems


def parse_outlet(fields: Fields, place: str) -> Outlet | None:
    """One outlet's fields (a file's mapping, or an item of dossier.yaml's list), checked."""
    _check_keys(fields)
    name = _short(fields, "name", MAX_NAME_LENGTH, required=True)
    aliases = []
    for alias in fields.str_list("aliases"):
        alias = " ".join(alias.split())
        if len(alias) > MAX_NAME_LENGTH:
            fields.error("aliases", f"an alias of {fields._label('aliases')} is {len(alias)} characters long; "
                         f"a name can be at most {MAX_NAME_LENGTH} characters: shorten it")
        elif name_key(alias) != name_key(name or ""):
            aliases.append(alias)
    url = fields.url("url")
    if url and len(url) > MAX_URL_LENGTH:
        fields.error("url", f"{fields._label('url')} is {len(url)} characters long; an address can be at most "
                     f"{MAX_URL_LENGTH}: give the outlet's home page")
        url = None
    outlet = Outlet(name=name or "", aliases=tuple(dict.fromkeys(aliases)),
                    kind=fields.one_of("kind", OUTLET_KINDS, None),
                    country=_short(fields, "country", MAX_NAME_LENGTH),
                    language=_short(fields, "language", MAX_NAME_LENGTH),
                    owner=_short(fields, "owner", MAX_NAME_LENGTH), url=url,
                    reliability=_short(fields, "reliability", MAX_NOTE_LENGTH), place=place)
    return outlet if name else None


def _check_keys(fields: Fields) -> None:
    """An unknown key is an error (with the nearest field): a misspelt 'reliabilty' would
    otherwise lose the note it holds."""
    for key in fields.data:
        if key not in OUTLET_FIELDS:
            guess = difflib.get_close_matches(str(key), sorted(OUTLET_FIELDS), n=1, cutoff=0.6)
            hint = f"did you mean '{guess[0]}'?" if guess else f"the fields are: {', '.join(sorted(OUTLET_FIELDS))}"
            fields.error(key, f"unknown field '{key}' in an outlet; {hint}")


def _short(fields: Fields, key: str, limit: int, required: bool = False) -> str | None:
    """A one-line text field of at most `limit` characters (its spaces and line ends made single spaces)."""
    value = fields.str(key, required=required)
    if value is None:
        return None
    value = " ".join(value.split())
    if len(value) > limit:
        fields.error(key, f"{fields._label(key)} is {len(value)} characters long; it can be at most {limit}: "
                     "shorten it")
        return None
    return value


def _from_config(path: Path, problems: list[Problem]) -> list[Outlet]:
    """The `outlets:` list of dossier.yaml (its YAML errors are config.py's to report)."""
    try:
        text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        data = parse_yaml(text)
    except (OSError, UnicodeDecodeError, YamlProblem):
        return []
    if not isinstance(data, dict) or data.get(CONFIG_KEY) is None:
        return []
    source = SourceFile(path, "dossier.yaml", text, text, 1)
    fields = Fields(data, source, problems)
    if not isinstance(data[CONFIG_KEY], list):
        fields.error(CONFIG_KEY, "'outlets' must be a list of outlets, each starting with '- name: ...'")
        return []
    found = []
    for index, item in enumerate(fields.items(CONFIG_KEY)):
        place = f"dossier.yaml:{source.line_of(CONFIG_KEY, item.keys[-1])}"
        outlet = parse_outlet(item, place)
        if outlet is not None:
            found.append(outlet)
    return found


def _from_file(path: Path, rel: str, problems: list[Problem]) -> Outlet | None:
    """The outlet an outlets/*.yaml file describes."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(path, None, f"cannot read the file: {exc.strerror}"))
        return None
    text = decode_text(path, data, problems)
    if text is None:
        return None
    if not text.strip():
        problems.append(Problem(path, 1, "the file is empty; an outlet needs at least 'name:'"))
        return None
    source = SourceFile(path, rel, text, text, 1)
    mapping = parse_mapping(source, problems)
    if mapping is None:
        return None
    return parse_outlet(Fields(mapping, source, problems), f"{rel}:{source.line_of('name') or 1}")


def _unique(root: Path, outlets: list[Outlet], problems: list[Problem]) -> tuple[Outlet, ...]:
    """The outlets, each name or alias given to one only: a second use is an error naming
    both places, and the second outlet is left out."""
    owner: dict[str, Outlet] = {}
    kept = []
    for outlet in outlets:
        clash = next(((name, owner[name_key(name)]) for name in outlet.names if name_key(name) in owner), None)
        if clash is not None:
            name, first = clash
            path, _, line = outlet.place.rpartition(":")
            problems.append(Problem(root / path, int(line), f"the outlet name '{name}' is already given to "
                                    f"'{first.name}' at {first.place}; describe each outlet once, and give a "
                                    "name to one outlet only"))
            continue
        owner.update({name_key(name): outlet for name in outlet.names})
        kept.append(outlet)
    return tuple(sorted(kept, key=lambda o: name_key(o.name)))
