"""The interface language: the words a reader sees around the dossier's own text.

Every interface string is written in English in the theme's templates (`{{ _("Tags") }}`,
`{% trans %}`, `ngettext`), in the views (`_()`, `ngettext()`, `N_()` for tables translated
where they are used) and in the scripts' table (views/scriptstrings.py). The English text is the
gettext msgid; the theme's catalogues (themes/default/locales/LANG/LC_MESSAGES/messages.po, made
and updated with `make translations`) give each language's wording, and the dossier's own
`labels:` in dossier.yaml override any of them. A string a catalogue lacks is shown in English,
and `dossier check` names it.

The build speaks one language at a time (`speaking`): the views are made and the pages rendered
in it, in this process and in the page workers it forks.
"""
from __future__ import annotations

import functools
import gettext as _gettext
import hashlib
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import markupsafe

LOCALES = Path(__file__).resolve().parent.parent / "themes" / "default" / "locales"
TEMPLATE_NAME = "messages.pot"
DEFAULT = "en"
PLACEHOLDER = re.compile(r"%\((\w+)\)([sd])")


def literal_percent(wording: str) -> str:
    """A label's wording ready for %-formatting: a `%` that starts no placeholder is a percent
    sign (a desk writes "100% sourced", not "100%% sourced")."""
    return re.sub(r"%(?!\(\w+\)[sd])", "%%", wording)


def language_code(language: str | None) -> str:
    """'fr-FR', 'fr_FR', 'FR' → 'fr': the catalogue a site's `language:` reads."""
    return (language or DEFAULT).replace("_", "-").split("-")[0].strip().lower() or DEFAULT


@dataclass(frozen=True)
class Catalogue:
    """One language's translations as read from its .po file: msgid → wording, a plural msgid
    → its wordings in the language's plural forms, and the rule choosing the form."""

    language: str
    messages: dict[str, str | tuple[str, ...]] = field(default_factory=dict)
    plural: Callable[[int], int] = staticmethod(lambda n: int(n != 1))


@functools.lru_cache(maxsize=16)
def _read_po(path: Path, _stamp: tuple) -> Catalogue:
    from babel.messages.pofile import read_po   # (only a build in another language than English reads one)
    with path.open("rb") as handle:
        catalog = read_po(handle)
    messages: dict[str, str | tuple[str, ...]] = {}
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, (list, tuple)):
            forms = tuple(message.string) if isinstance(message.string, (list, tuple)) else (message.string,)
            if all(forms):
                messages[message.id[0]] = forms
        elif message.string:
            messages[message.id] = message.string
    rule = _gettext.c2py(catalog.plural_expr) if catalog.plural_expr else (lambda n: int(n != 1))
    return Catalogue(str(catalog.locale or path.parent.parent.name), messages, rule)


def read_catalogue(language: str, locales: Path = LOCALES) -> Catalogue:
    """The theme's catalogue for `language` ('fr'); an empty one for English or a language the
    theme has no catalogue for (then every string is shown in English)."""
    code = language_code(language)
    path = locales / code / "LC_MESSAGES" / "messages.po"
    if code == DEFAULT or not path.is_file():
        return Catalogue(code)
    stat = path.stat()
    return _read_po(path, (stat.st_size, stat.st_mtime_ns))


def available_languages(locales: Path = LOCALES) -> tuple[str, ...]:
    """English and every language the theme has a catalogue for."""
    found = sorted(p.parent.parent.name for p in locales.glob("*/LC_MESSAGES/messages.po"))
    return (DEFAULT, *found)


@functools.lru_cache(maxsize=4)
def interface_strings(locales: Path = LOCALES) -> dict[str, str | None]:
    """Every interface msgid of the theme (its messages.pot): msgid → its plural msgid or None."""
    path = locales / TEMPLATE_NAME
    if not path.is_file():
        return {}
    from babel.messages.pofile import read_po
    with path.open("rb") as handle:
        catalog = read_po(handle)
    return {(m.id[0] if isinstance(m.id, (list, tuple)) else m.id): (m.id[1] if isinstance(m.id, (list, tuple)) else None)
            for m in catalog if m.id}


class Interface:
    """The words of the interface in one language: the catalogue's, with the dossier's own
    `labels:` over them (a label: one wording, or a list of the plural forms)."""

    def __init__(self, language: str = DEFAULT, labels: dict | None = None, locales: Path = LOCALES):
        self.language = language or DEFAULT
        self.catalogue = read_catalogue(self.language, locales)
        self.labels = dict(labels or {})
        # (a label of a wording with values, which is %-formatted, keeps its percent signs)
        self.messages = {**self.catalogue.messages,
                         **{msgid: _formattable(msgid, wording) for msgid, wording in self.labels.items()}}
        self.plural = self.catalogue.plural
        self._markup: dict[object, markupsafe.Markup] = {}   # (template_gettext, template_ngettext)
        # what templates compiled for this interface depend on (their words are written in)
        self.key = hashlib.blake2b(repr((self.language, sorted(self.messages.items()))).encode(),
                                   digest_size=8).hexdigest()

    def gettext(self, message: str) -> str:
        found = self.messages.get(message)
        if found is None:
            return message
        return found if isinstance(found, str) else found[0]

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        found = self.messages.get(singular)
        if found is None:
            return singular if n == 1 else plural
        if isinstance(found, str):
            return found
        index = self.plural(n)
        return found[index] if index < len(found) else found[-1]

    def wording(self, msgid: str, plural: str | None = None) -> str | list[str]:
        """How the site shows a string, as `labels:` would give it: a text, or for a string with
        a count its plural forms in the catalogue's order."""
        found = self.messages.get(msgid)
        if plural is None:
            return self.gettext(msgid)
        return list(found) if isinstance(found, tuple) else [msgid, plural] if found is None else [found]

    def plural_forms(self, singular: str, plural: str) -> dict[str, str]:
        """The wording for each of the language's CLDR plural categories ('one', 'other'...),
        for the scripts, which choose among them with Intl.PluralRules."""
        forms: dict[str, str] = {}
        category = _plural_category(self.language)
        for n in range(0, 200):
            forms.setdefault(category(n), self.ngettext(singular, plural, n))
        return forms

    # What a template's `_()`, `gettext()`, `ngettext()` and `{% trans %}` call (Jinja's i18n
    # extension, newstyle: the values are given by name and escaped). The wording is markup: the
    # theme's catalogue is trusted as its templates are (both come with the generator); a
    # dossier's label is text, escaped here (a `<` in one is shown, never read as a tag). Each
    # wording is made once: a page asks for tens of them, a list for one per line.
    def template_gettext(self, message: str, **values) -> markupsafe.Markup:
        text = self._markup.get(message)
        if text is None:
            wording = self.gettext(message)
            text = self._markup[message] = markupsafe.escape(wording) if message in self.labels \
                else markupsafe.Markup(wording)
        return text % values if values else text

    def template_ngettext(self, singular: str, plural: str, n: int, **values) -> markupsafe.Markup:
        counted = None if values or type(n) is not int else (singular, plural, n)
        if (found := self._markup.get(counted)) is not None:
            return found   # ("3 mentions" on a line of every list: made once)
        key = (singular, self.plural(n) if singular in self.messages else int(n != 1))
        text = self._markup.get(key)
        if text is None:
            wording = self.ngettext(singular, plural, n)
            text = self._markup[key] = markupsafe.escape(wording) if singular in self.labels \
                else markupsafe.Markup(wording)
        made = text % {"num": n, **values}
        if counted is not None:
            self._markup[counted] = made
        return made

    def date(self, date, short: bool = False) -> str:
        """A FuzzyDate or DateSpan as this language writes it, at its precision (datelabels.py)."""
        from .datelabels import date_label
        return date_label(date, self.language, self.gettext, short)

    def missing(self, locales: Path = LOCALES) -> list[str]:
        """The theme's interface strings this language shows in English: neither its catalogue
        nor the dossier's labels give them (none for English)."""
        if language_code(self.language) == DEFAULT:
            return []
        return [msgid for msgid in interface_strings(locales) if msgid not in self.messages]


def _formattable(msgid: str, wording):
    """A label's wording as the code formats it: only a wording with values is formatted."""
    if isinstance(wording, str):
        return literal_percent(wording) if PLACEHOLDER.search(msgid) else wording
    return tuple(literal_percent(form) for form in wording)   # (a count: always formatted)


def _plural_category(language: str) -> Callable[[int], str]:
    from .datelabels import cldr_locale
    return cldr_locale(language_code(language)).plural_form


ENGLISH = Interface()
_active: Interface = ENGLISH


@contextmanager
def speaking(interface: Interface) -> Iterator[Interface]:
    """The views made and pages rendered within speak `interface`'s language."""
    global _active
    previous, _active = _active, interface
    try:
        yield interface
    finally:
        _active = previous


def active() -> Interface:
    return _active


def _(message: str) -> str:
    """`message` (an English interface string) in the language being spoken."""
    return _active.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _active.ngettext(singular, plural, n)


def date_text(date, short: bool = False) -> str:
    """`date` in the language being spoken: 'around 15 May 2024', 'vers le 15 mai 2024'."""
    return _active.date(date, short)


def N_(message: str) -> str:
    """Marks a string of a table for the catalogue; it is translated where it is shown (`_`)."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Marks a wording with a count for the catalogue (one entry, with its plural forms)."""
    return singular, plural


def interface_of(config) -> Interface:
    """The interface a dossier's settings ask for: its `language:` and its `labels:`."""
    return _interface(config.language or DEFAULT, tuple(config.labels))


@functools.lru_cache(maxsize=8)
def _interface(language: str, labels: tuple) -> Interface:
    from .datelabels import prepare
    prepare(language)   # (CLDR's data loaded once, before the workers fork)
    return Interface(language, dict(labels))


def untranslated(root: Path, config) -> list:
    """`dossier check`'s note of the interface strings its language shows in English: the
    theme's catalogue lacks them and `labels:` does not give them."""
    from .errors import Problem
    code = language_code(config.language)
    if code == DEFAULT:
        return []
    path = root / "dossier.yaml"
    line = _line_of_language(path)
    if code not in available_languages():
        return [Problem(path, line, f"the interface has no translation into '{config.language}': its words are shown in "
                        f"English; the theme has {', '.join(available_languages())}. Give your wording in `labels:`, or "
                        "add a catalogue (README, \"Adding a translation\")", severity="note")]
    missing = interface_of(config).missing()
    if not missing:
        return []
    shown = "; ".join(f"“{m}”" for m in missing[:12]) + ("; …" if len(missing) > 12 else "")
    many = len(missing) != 1
    return [Problem(path, line, f"{len(missing)} interface {'strings are' if many else 'string is'} shown in English: the "
                    f"theme's '{code}' catalogue lacks {'them' if many else 'it'} ({shown}); give your wording in "
                    "`labels:` (`dossier check --labels` lists every string), or complete the catalogue",
                    severity="note")]


def _line_of_language(path: Path) -> int | None:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    return next((n for n, text in enumerate(lines, 1) if text.startswith(("language:", "lang:"))), None)
