"""dossier.yaml → a frozen Config. The file is optional; every problem is collected."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .errors import Problem
from .safepaths import refused_link
from .yamlsource import YamlProblem, parse_yaml

CONFIG_NAME = "dossier.yaml"
LINK_MENTIONS = ("first", "all", "none")


@dataclass(frozen=True)
class Config:
    title: str = "Dossier"
    description: str = ""
    language: str = "en"
    base_url: str | None = None
    author: str | None = None
    organisation: str | None = None
    link_mentions: str = "first"     # which mentions of an entity on a page become links
    lead_summary: str | None = None  # the summary shown on the home page (default: lowest order)
    allow_raw_html: bool = False     # trusted dossiers may keep raw HTML in Markdown
    types: tuple[str, ...] = ()      # the desk's own entity types, besides the built-in ones
    outlets: tuple = ()              # the described outlets (outlets.Outlet), read by outlets.load_outlets
    default_visibility: str = "public"   # of an item without 'visibility:' (editions.py)
    labels: tuple = ()               # the desk's own interface wording: (English msgid, text or plural forms)

    def with_base_url(self, base_url: str | None) -> "Config":
        if base_url is None:
            return self
        return Config(**{**self.__dict__, "base_url": normalise_base_url(base_url)})


FIELDS = {name for name in Config.__dataclass_fields__}
_ALIASES = {"organization": "organisation", "lang": "language"}


def normalise_base_url(url: str) -> str:
    return url.rstrip("/") + "/"


BASE_URL_RULE = ("base_url must start with https://, http:// or / (a path on the site's own host), name a host "
                 "after http(s)://, and hold no spaces, quotes, angle brackets or backslashes")
# Characters a URL never holds as they are: a feed or sitemap would carry them as they are.
_NOT_IN_URL = re.compile(r"[\s\x00-\x1f\x7f\"<>\\`]")


def base_url_problem(url: str) -> str | None:
    """What is wrong with a site's public address (from dossier.yaml or --base-url), or None.
    It goes into the feed and the sitemap as it is: only a web address or a path is allowed,
    never another scheme (javascript:, data:, file:) nor `//host` (another host, any scheme)."""
    if _NOT_IN_URL.search(url):
        return BASE_URL_RULE
    if url.startswith("/"):
        return None if not url.startswith("//") else BASE_URL_RULE
    scheme, _, rest = url.partition("://")
    if scheme not in ("http", "https"):
        return BASE_URL_RULE
    try:
        parts = urlsplit(url)
        parts.port   # (a port that is not a number raises)
    except ValueError:
        return BASE_URL_RULE
    return None if parts.hostname and rest.split("/", 1)[0] == parts.netloc else BASE_URL_RULE


def load_config(root: Path) -> tuple[Config, list[Problem]]:
    path = root / CONFIG_NAME
    refused: list[Problem] = []
    if refused_link(path, root.resolve(), refused) or not path.exists():   # (a link leading outside: not read)
        return Config(title=_title_from_folder(root)), refused
    problems: list[Problem] = []
    try:
        text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        data = parse_yaml(text) or {}
    except UnicodeDecodeError:
        return Config(), [Problem(path, 1, "the file is not UTF-8 text; save it as UTF-8")]
    except OSError as exc:   # (a folder so named, a file that cannot be read)
        return Config(), [Problem(path, None, f"cannot read the settings: {exc.strerror}; make dossier.yaml a "
                                  "readable text file, or remove it")]
    except YamlProblem as exc:
        return Config(), [Problem(path, exc.line, exc.message, exc.column)]
    if not isinstance(data, dict):
        return Config(), [Problem(path, 1, "dossier.yaml must be a set of 'key: value' lines")]

    lines = {key: _line_of_key(text, key) for key in data}
    values: dict[str, object] = {}
    for key, value in data.items():
        name = _ALIASES.get(key, key)
        if name not in FIELDS:
            guess = difflib.get_close_matches(str(key), sorted(FIELDS), n=1)
            hint = f"; did you mean '{guess[0]}'?" if guess else f"; known settings: {', '.join(sorted(FIELDS))}"
            problems.append(Problem(path, lines[key], f"unknown setting '{key}'{hint}", severity="warning"))
            continue
        if name == "outlets":
            continue   # (read, with outlets/*.yaml, by outlets.load_outlets)
        if name == "labels":
            if value is not None:
                values["labels"] = _labels(value, path, text, lines[key], problems)
            continue
        if name == "types":
            if value is None:
                continue
            declared = [value] if isinstance(value, str) else value
            if not isinstance(declared, list) or not all(isinstance(item, str) and item.strip() for item in declared):
                problems.append(Problem(path, lines[key], "'types' must be a list of words, such as "
                                        "'types: [ship, vessel]'"))
                continue
            value = tuple(dict.fromkeys(item.strip().lower() for item in declared))
        elif name == "allow_raw_html":
            if not isinstance(value, bool):
                problems.append(Problem(path, lines[key], "allow_raw_html must be true or false"))
                continue
        elif value is None:
            continue
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        elif not isinstance(value, str):
            problems.append(Problem(path, lines[key], f"'{key}' must be text, not a {type(value).__name__}"))
            continue
        values[name] = value
    if values.get("link_mentions", "first") not in LINK_MENTIONS:
        problems.append(Problem(path, lines.get("link_mentions"),
                                f"link_mentions must be one of {', '.join(LINK_MENTIONS)}"))
        values.pop("link_mentions")
    if values.get("default_visibility", "public") not in ("internal", "public"):
        problems.append(Problem(path, lines.get("default_visibility"),
                                f"default_visibility is '{values.pop('default_visibility')}'; it must be one of: "
                                "internal, public"))
    if values.get("language"):   # (the site's: <html lang>, the interface's catalogue, the dates)
        from .langtags import normalise, stated
        language = normalise(str(values["language"]))
        if not stated(language):
            problems.append(Problem(path, lines.get("language") or lines.get("lang"),
                                    f"'language' is '{values.pop('language')}', which is not a language tag; write a "
                                    "BCP 47 tag such as en, fr, de, es or pt-BR"))
        else:
            values["language"] = language
    if values.get("base_url"):
        base = str(values["base_url"])
        if problem := base_url_problem(base):
            problems.append(Problem(path, lines.get("base_url"), problem))
            values.pop("base_url")
        else:
            values["base_url"] = normalise_base_url(base)
    values.setdefault("title", _title_from_folder(root))
    return Config(**values), problems


def _labels(value: object, path: Path, text: str, line: int | None, problems: list[Problem]) -> tuple:
    """`labels:`, a mapping of interface strings (as the theme writes them, in English) to the
    desk's wording: a text, or for a string with a count a list of the language's plural forms
    ("%(num)s article": ["%(num)s papier", "%(num)s papiers"]). Unknown strings are warned of."""
    from .i18n import interface_strings
    if not isinstance(value, dict):
        problems.append(Problem(path, line, "'labels' must be a set of lines 'English wording: your wording', such "
                                "as  \"Who's who\": \"Protagonists\""))
        return ()
    known = interface_strings()
    labels = []
    for english, wording in value.items():
        where = _line_of_label(text, english, line)
        forms = wording if isinstance(wording, list) else [wording]
        if not isinstance(english, str) or not forms or not all(isinstance(f, str) and f.strip() for f in forms):
            problems.append(Problem(path, where, f"the label '{english}' must be given a text (or, for a wording "
                                    "with a count, a list of texts: one per plural form)"))
            continue
        if known and english not in known:
            guess = difflib.get_close_matches(english, list(known), n=1, cutoff=0.6)
            hint = f"; did you mean '{guess[0]}'?" if guess else "; `dossier check --labels` lists them all"
            problems.append(Problem(path, where, f"'{english}' is not a string of the interface, so this label "
                                    f"changes nothing{hint}", severity="warning"))
            continue
        if isinstance(wording, list) and not known.get(english, "x"):
            problems.append(Problem(path, where, f"the label for '{english}' is a list, but that wording has no "
                                    "count: give one text", severity="warning"))
            forms = [forms[0]]
            wording = forms[0]
        if unknown := _placeholder_problem(english, forms, known.get(english)):
            problems.append(Problem(path, where, f"the label for '{english}' {unknown}"))
            continue
        labels.append((english, forms[0] if isinstance(wording, str) else tuple(forms)))
    return tuple(labels)


def _placeholder_problem(english: str, forms: list[str], plural: str | None) -> str | None:
    """What is wrong with a label's placeholders: each must be one the English wording has
    (%(num)d: the count, for a wording with one), of the same kind (%(name)d a number)."""
    from .i18n import PLACEHOLDER, literal_percent
    given = dict(PLACEHOLDER.findall(english)) | ({"num": "d"} if plural else {})
    for form in forms:
        try:
            literal_percent(form) % {name: 1 if kind == "d" else "x" for name, kind in given.items()}
        except KeyError as exc:
            return (f"names %({exc.args[0]})s, which this wording does not have; it may use "
                    f"{', '.join(f'%({n}){k}' for n, k in sorted(given.items())) or 'no placeholder'}")
        except (ValueError, TypeError):
            return (f"writes a placeholder otherwise than the English text does "
                    f"({', '.join(f'%({n}){k}' for n, k in sorted(given.items()))})")
    return None


def _line_of_label(text: str, english: object, default: int | None) -> int | None:
    """The line of a label's key under `labels:` (quoted or not)."""
    keys = {f"{english}:", f'"{english}":', f"'{english}':"}
    for number, line in enumerate(text.split("\n"), start=1):
        if line[:1].isspace() and any(line.strip().startswith(key) for key in keys):
            return number
    return default


def _line_of_key(text: str, key: object) -> int | None:
    for number, line in enumerate(text.split("\n"), start=1):
        if line.startswith(f"{key}:"):
            return number
    return None


def _title_from_folder(root: Path) -> str:
    name = root.resolve().name
    return "Dossier" if name in ("", "content") else name.replace("-", " ").replace("_", " ").title()
