"""The site speaks the dossier's language (i18n.py): the theme's catalogues, the dossier's own
`labels:`, the scripts' words, and what is left in English."""
from __future__ import annotations

import html.parser
import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO, article, entity
from generator.build import build_site
from generator.i18n import LOCALES, Interface, available_languages, interface_strings, speaking

LANGUAGES = ("fr", "de", "es")


def _with_language(content: Path, language: str, extra: str = "") -> Path:
    config = content / "dossier.yaml"
    text = re.sub(r"(?m)^language:.*$", f"language: {language}", config.read_text(encoding="utf-8"))
    config.write_text(text + extra, encoding="utf-8")
    return content


class _Text(html.parser.HTMLParser):
    """What a reader sees or hears of a page: its text, the words of its labels and titles, and
    the scripts' words (the JSON block); not the code of its scripts and styles."""

    SPOKEN = {"aria-label", "title", "placeholder", "alt"}

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.skip = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("script", "style"):
            self.skip = "json" if attributes.get("type") == "application/json" else tag
        self.parts += [value for name, value in attrs if name in self.SPOKEN and value]

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = None

    def handle_data(self, data):
        if self.skip == "json":
            self.parts += _strings(json.loads(data))
        elif self.skip is None:
            self.parts.append(data)


def _strings(value) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def _words(text: str) -> set[str]:
    """Words of three letters or more; an address ('summaries/overview.html') is not words."""
    return {w.lower() for w in re.findall(r"[A-Za-z][a-z]{2,}", re.sub(r"\S*[/@]\S*", " ", text))}


def _site_words(site: Path) -> set[str]:
    words: set[str] = set()
    for page in site.rglob("*.html"):
        if page.parts[len(site.parts)] in ("pagefind", "assets"):
            continue
        reader = _Text()
        reader.feed(page.read_text(encoding="utf-8"))
        words |= _words(" ".join(reader.parts))
    return words


def _catalogue_words(language: str) -> set[str]:
    interface = Interface(language)
    return _words(" ".join(s for value in interface.messages.values()
                           for s in ([value] if isinstance(value, str) else value)))


def _cldr_words(language: str) -> set[str]:
    from babel import Locale
    locale = Locale.parse(language)
    names = [*locale.months["format"]["wide"].values(), *locale.days["format"]["wide"].values(),
             *locale.languages.values()]
    return _words(" ".join(names))


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_catalogue_translates_every_interface_string(language):
    """The theme's catalogues are complete: `dossier check` would name any string left out."""
    assert language in available_languages()
    missing = Interface(language).missing()
    assert not missing, f"{language}: {len(missing)} strings untranslated, e.g. {missing[:5]}"


@pytest.mark.parametrize("language", ("fr", "de"))
def test_no_english_interface_word_is_left_in_a_translated_build(example_content, tmp_path, language):
    """Every word of the built site that is neither the dossier's own (its files) nor the
    language's (its catalogue, CLDR's names) is a word the English build also shows: an
    interface word left in English. There must be none."""
    english = tmp_path / "en"
    build_site(example_content, english, search=False)
    content_words = set()
    for path in example_content.rglob("*"):
        if path.is_file() and path.suffix in (".md", ".yaml", ".yml"):
            content_words |= _words(path.read_text(encoding="utf-8"))
    interface_english = _site_words(english) - content_words
    translated = tmp_path / language
    build_site(_with_language(example_content, language), translated, search=False)
    page = (translated / "index.html").read_text(encoding="utf-8")
    assert f'<html lang="{language}"' in page
    allowed = {"dossier", "atom", "utc", "sha", "http", "server", "python", "ctrl"}   # names, not English words
    left = (_site_words(translated) & interface_english) - _catalogue_words(language) - _cldr_words(language) - allowed
    assert not left, f"English words left in the {language} build: {sorted(left)}"


def test_a_french_build_reads_as_french(example_content, tmp_path):
    site = tmp_path / "site"
    build_site(_with_language(example_content, "fr"), site, search=False)
    home = (site / "index.html").read_text(encoding="utf-8")
    french = Interface("fr")
    for english in ("Who's who", "Timeline", "Sources", "Skip to content"):
        assert french.gettext(english) in home
    assert french.gettext("Who's who") != "Who's who"
    strings = json.loads(re.search(r'<script type="application/json" id="dossier-strings">(.*?)</script>',
                                   home, re.S).group(1))
    assert strings["toDark"] == french.gettext("Switch to dark mode") != "Switch to dark mode"
    # plural forms chosen by the script with the language's rules: 0 and 1 are singular in French
    assert set(strings["results"]) >= {"one", "other"} and strings["results"]["one"] != strings["results"]["other"]
    articles = (site / "articles" / "index.html").read_text(encoding="utf-8")
    count = len(list((example_content / "articles").glob("*.md")))
    with speaking(french):
        assert french.ngettext("%(num)d article held in this dossier, newest first.",
                               "%(num)d articles held in this dossier, newest first.", count) % {"num": count} in articles


def test_french_plurals_follow_the_languages_rule(tmp_path):
    """French counts 0 and 1 as singular; English only 1."""
    french = Interface("fr")
    one, other = "%(num)d mention", "%(num)d mentions"
    assert french.ngettext(one, other, 0) == french.ngettext(one, other, 1)
    assert french.ngettext(one, other, 1) != french.ngettext(one, other, 2)
    english = Interface("en")
    assert english.ngettext(one, other, 0) == other


def test_a_language_without_a_catalogue_falls_back_to_english_and_check_says_so(make_dossier):
    d = make_dossier({"dossier.yaml": "title: T\nlanguage: it\n", "articles/a.md": article("A")})
    assert d.build().code == 0
    assert '<html lang="it"' in d.page("index.html")
    assert "Who&#39;s who" in d.page("index.html") or "Who's who" in d.page("index.html")
    run = d.check()
    assert run.code == 0
    assert "dossier.yaml:2: note: the interface has no translation into 'it'" in run.err


def test_a_catalogue_that_lacks_a_string_shows_it_in_english_and_names_it(tmp_path):
    partial = tmp_path / "locales"
    shutil.copytree(LOCALES, partial)
    po = partial / "fr" / "LC_MESSAGES" / "messages.po"
    po.write_text(re.sub(r'(msgid "Tags"\nmsgstr )".*"', r'\1""', po.read_text(encoding="utf-8")), encoding="utf-8")
    french = Interface("fr", locales=partial)
    assert french.gettext("Tags") == "Tags"
    assert french.missing(partial) == ["Tags"]
    assert Interface("fr", {"Tags": "Mots-clés"}, partial).missing(partial) == []


def test_the_dossiers_own_words_are_never_translated(make_dossier):
    """A relation written "involved" in an entity's file stays the author's word in a French
    build; the relation an event's participants imply is worded in French."""
    d = make_dossier({"dossier.yaml": "title: T\nlanguage: fr\n",
                      "entities/ann.yaml": entity("Ann", relations='[{type: involved, to: bob, date: "2024-05-01"}]'),
                      "entities/bob.yaml": entity("Bob"),
                      "entities/raid.yaml": entity("The raid", "event", date="2024-06-01", participants="[bob]"),
                      "articles/a.md": article("A", "Ann and Bob.")})
    assert d.build().code == 0
    page = d.page("entities/bob.html")
    french = Interface("fr")
    assert french.gettext("involved in") in page and french.gettext("involved in") != "involved in"
    assert "Ann — involved — Bob" in d.page("timeline/index.html")
    assert '<span class="verb">involved</span>' in d.page("entities/ann.html")


def test_labels_override_any_interface_string(make_dossier):
    d = make_dossier({"dossier.yaml": 'title: T\nlanguage: fr\nlabels:\n  "Who\'s who": "Protagonistes"\n'
                                      '  "%(num)d mention": ["%(num)d citation", "%(num)d citations", "%(num)d citations"]\n',
                      "articles/a.md": article("A", "Herve was there."), "entities/herve.yaml": entity("Herve")})
    assert d.build().code == 0
    home = d.page("index.html")
    assert ">Protagonistes</a>" in home
    assert "1 citation" in d.page("entities/index.html")
    assert d.check().code == 0


def test_a_label_is_text_and_its_mistakes_are_reported_at_their_line(make_dossier):
    d = make_dossier({"dossier.yaml": 'title: T\nlabels:\n  "Timeline": "<b>Time</b>"\n  "Timelin": "x"\n'
                                      '  "updated %(date)s": "changed %(when)s"\n',
                      "articles/a.md": article("A")})
    run = d.build()
    assert run.code == 1
    assert "dossier.yaml:5: the label for 'updated %(date)s' names %(when)s, which this wording does not have" in run.err
    assert "dossier.yaml:4: warning: 'Timelin' is not a string of the interface, so this label changes nothing; " \
           "did you mean 'Timeline'?" in run.err
    d.add({"dossier.yaml": 'title: T\nlabels:\n  "Timeline": "<b>Time</b>"\n'})
    assert d.build().code == 0
    home = d.page("index.html")
    assert "&lt;b&gt;Time&lt;/b&gt;" in home and "<b>Time</b>" not in home


def test_a_labels_placeholders_and_percent_signs(make_dossier):
    """A label keeps the English text's placeholders, of the same kind; a % that starts none is a
    percent sign, shown as written wherever the wording appears."""
    d = make_dossier({"dossier.yaml": 'title: T\nauthor: Desk\nlabels:\n  "compiled by %(author)s": "made by %(author)d"\n',
                      "articles/a.md": article("A")})
    run = d.build()
    assert run.code == 1 and "Traceback" not in run.err and "internal error" not in run.err
    assert "dossier.yaml:4: the label for 'compiled by %(author)s' writes a placeholder otherwise" in run.err
    d.add({"dossier.yaml": 'title: T\nauthor: Desk\nlabels:\n  "compiled by %(author)s": "100% by %(author)s"\n'
                           '  "Timeline": "Time 100%"\n  "Copied": "Done 100%"\n'})
    assert d.build().code == 0
    home = d.page("index.html")
    assert "100% by Desk" in home and ">Time 100%</a>" in home and "Done 100%" in home


def test_check_lists_every_label_in_lines_labels_takes_back(make_dossier):
    """`dossier check --labels` prints each interface string as `labels:` takes it: pasted back
    whole, the labels change nothing and raise no warning."""
    d = make_dossier({"dossier.yaml": "title: T\nlanguage: fr\n", "articles/a.md": article("A")})
    run = d.run("check", str(d.root), "--labels")
    assert run.code == 0
    lines = run.out.splitlines()
    assert len(lines) == len(interface_strings())
    assert '"Who\'s who": "Qui est qui"' in lines or '"Who\'s who": ' + json.dumps(Interface("fr").gettext("Who's who"),
                                                                                 ensure_ascii=False) in lines
    assert d.build().code == 0
    before = d.page("entities/index.html")
    d.add({"dossier.yaml": "title: T\nlanguage: fr\nlabels:\n" + "".join(f"  {line}\n" for line in lines)})
    check = d.check()
    assert check.code == 0 and "warning" not in check.err, check.err
    assert d.build().code == 0
    assert d.page("entities/index.html") == before


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(wording=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=40)
       .filter(lambda s: s.strip()))
def test_any_label_wording_is_shown_as_text(wording):
    """Whatever a label says, a template shows it escaped, and the scripts' block stays data."""
    import markupsafe

    from generator.views.scriptstrings import script_strings
    interface = Interface("en", {"Timeline": wording.replace("%", "%%"), "Copied": wording})
    shown = interface.template_gettext("Timeline")
    assert isinstance(shown, markupsafe.Markup) and shown == markupsafe.escape(wording)
    with speaking(interface):
        block = script_strings()["common"]
    assert "<" not in block and json.loads(block)["copied"] == wording


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_translations_extracts_and_merges_keeping_every_translation(tmp_path):
    """The README's way to refresh the catalogues, on a copy of the project: it runs, keeps
    every string translated, and leaves no compiled file behind."""
    import subprocess
    import sys
    for name in ("Makefile", "babel.cfg", "pyproject.toml"):
        shutil.copy(REPO / name, tmp_path / name)
    for name in ("generator", "themes"):
        shutil.copytree(REPO / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    done = subprocess.run(["make", "translations", f"BIN={Path(sys.executable).parent}", "-o", ".venv/.installed"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    locales = tmp_path / "themes" / "default" / "locales"
    assert not list(locales.rglob("*.mo"))
    for language in LANGUAGES:
        assert Interface(language, locales=locales).missing(locales) == []


def test_the_catalogue_template_holds_every_string_the_code_marks():
    """messages.pot is up to date with the code (`make translations` makes it): each string the
    templates, views and scripts' table mark is in it."""
    from babel.messages.extract import extract_from_dir
    method_map = [("generator/**.py", "python"), ("themes/default/templates/**.html", "jinja2")]
    options = {"themes/default/templates/**.html": {"extensions": "jinja2.ext.i18n", "trimmed": "true"}}
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None, "Nn_": (1, 2)}
    found = {message if isinstance(message, str) else message[0]
             for _, _, message, _, _ in extract_from_dir(str(REPO), method_map, options, keywords)}
    assert found <= set(interface_strings()), sorted(found - set(interface_strings()))
