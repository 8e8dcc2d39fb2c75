"""Which short line over a pasted story's headline is the site's name. A masthead is set as a name (one word,
capitals, a logo's small letters, a capital after the first word); a phrase in sentence case is a button, a menu
item or a tagline ('Chi siamo', 'Alto contraste', 'Revista de cultura y territorio') unless the page names it again
elsewhere. With none, the clipping names no outlet and that goes to review. A print replica's folio names the
paper among its cells."""
from __future__ import annotations

import re

from . import furniture as F
from . import phrases as P
from .lines import EDITION, SENTENCE_END, Unit, is_section, outlet_like, outlet_name
from .prompts import footer_name
from .when import find_date, find_month


def elect(mastheads: list[Unit], units: list[Unit]) -> Unit | None:
    """Of the lines that could be the site's name, the first set as a name ('Município de Alvito' under 'Alto
    contraste'), else the first the page repeats ('The valley voice' … '© The Valley Voice'), else none."""
    own = [unit for unit in mastheads if not (PARENT_BODY.match(unit.clean) and any(
        other.index == unit.index + 1 and set_as_name(other.clean) for other in mastheads)) and not _trail(unit, units)
           and not PORTAL.search(unit.clean)]   # (the tool the page is read in, 'SchoolHub Parent Portal', is no publisher)
    chosen = next((unit for unit in mastheads if spelt_out(unit, units)), None) or \
        next((unit for unit in own if rights_holder(unit, units)), None) or \
        next((unit for unit in own if set_as_name(unit.clean)), None) or \
        next((unit for unit in mastheads if named_elsewhere(unit, units)), None)
    return _named_in_full(chosen, units) or chosen


def _named_in_full(unit: Unit | None, units: list[Unit]) -> Unit | None:
    """A logo's one word over the site's name that holds it ('GUADELOUPE' / 'Préfecture de la Guadeloupe'): the name."""
    after = units[unit.index + 1] if unit is not None and unit.words == 1 and unit.index + 1 < len(units) else None
    return after if after is not None and 2 <= after.words <= 6 and outlet_like(after.clean) and \
        unit.clean.casefold() in after.clean.casefold().split() and not SENTENCE_END.search(after.clean) else None


# A portal, an intranet or a dashboard that shows an organisation's notices: the tool, not who publishes them.
PORTAL = re.compile(r"\b(?:(?:parent|staff|member|members|student|employee|customer|client)s?'? (?:portal|hub|area)|portal|intranet|"
                    r"extranet|dashboard|mitarbeiterportal|elternportal|portail|portale)\b", re.I)


def _trail(unit: Unit, units: list[Unit]) -> bool:
    """'Côte-d'Or - Logement' where the page's menu sets 'Côte-d'Or' and 'Logement' each on a line: a trail of its
    sections, no name."""
    parts = [part.casefold() for part in re.split(r"\s+[-–—›>/|]\s+", unit.clean)]
    lines = {other.clean.casefold() for other in units if other is not unit and other.words <= 4}
    return len(parts) >= 2 and all(part in lines for part in parts)


# A region or a province named over the body whose site it is, in a public template's top bar ('Regione Piemonte' /
# 'Comune di Valdicerro'): the parent body, not the site's own name.
PARENT_BODY = re.compile(r"^(?:regione|region|región|région|região(?: autónoma)?|provincia|province|land|freistaat|bundesland|kanton|canton|"
                         r"comunidad autónoma|generalitat|département|departamento|county of|arrondissement|circondario|"
                         # (a government's banner over one of its ministries: 'Le Gouvernement du Grand-Duché de Luxembourg')
                         r"(?:(?:le|the|la|el|il|o|die)\s+)?(?:gouvernement|government|regierung|gobierno|governo|"
                         r"bundesregierung|landesregierung|staatsregierung))\b", re.I)


def set_as_name(text: str) -> bool:
    """One word, capitals throughout, a logo's few words in small letters, or a capital after the first word."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", text)
    return len(words) == 1 or text.isupper() or text.islower() and len(words) <= 3 or \
        any(re.sub(r"^\w{1,5}['’]", "", w)[:1].isupper() for w in words[1:])   # ("Gazzetta dell'Altopiano")


def initials(name: str) -> str:
    """The capitals a name's words begin with: 'Agência Atlântica de Notícias' → 'AAN'."""
    return "".join(w[0] for w in re.findall(r"\w+", name) if w[0].isupper())


def spelt_out(unit: Unit, units: list[Unit]) -> Unit | None:
    """The line under a name in initials that spells it out ('AAN' / 'Agência Atlântica de Notícias', 'ASP Valdemone' /
    'Azienda Sanitaria Provinciale Valdemone'): the outlet's name, which the page's own name over its parent body's is."""
    spelt = units[unit.index + 1] if unit.index + 1 < len(units) else None
    acronym, _, rest = unit.clean.partition(" ")
    if spelt is None or not (acronym.isupper() and 2 <= len(acronym) <= 8) or unit.words > 4:
        return None
    full = spelt.clean.split()
    if rest.isdigit() and not spelt.clean.endswith(" " + rest):
        rest = ""   # (a département's number after the initials: 'UDUS 15' / 'Union départementale … du Cantal')
    if rest and not spelt.clean.endswith(" " + rest):
        return None
    head = " ".join(full[:len(full) - len(rest.split())]) if rest else spelt.clean
    return spelt if spells(acronym, head) else None


def spells(acronym: str, name: str) -> bool:
    """The name is what the acronym stands for: 'AAN' / 'Agência Atlântica de Notícias', 'IHV' / 'Intercommunale
    hennuyère des voiries', 'CIM' / 'Comunidade Intermunicipal'."""
    return acronym in (initials(name), _word_initials(name)) or abbreviates(acronym, name) or syllabic(acronym, name)


def syllabic(acronym: str, name: str) -> bool:
    """An acronym made of its words' first syllables, in order, some words left out ('APRESUL' for 'Associação de
    Produtores do Regadio do Sul', 'ACRIBA' for 'Associação de Criadores de Ovinos e Caprinos do Ribatejo'): it
    opens on the first word's first letter and takes a beginning of three words or more."""
    words = [w.casefold() for w in re.findall(r"\w+", name) if w.casefold() not in _PARTICLES]
    letters = acronym.casefold()

    def takes(at: int, word: int, used: int) -> bool:
        if at == len(letters):
            return used >= 3
        return any(words[i].startswith(letters[at:at + size]) and takes(at + size, i + 1, used + 1)
                   for i in range(word, len(words)) for size in range(1, min(4, len(letters) - at) + 1))

    return 4 <= len(letters) <= 8 and bool(words) and any(words[0].startswith(letters[:size]) and takes(size, 1, 1)
                                                          for size in range(1, 4))


# The small words an organisation's initials skip: 'Intercommunale hennuyère des voiries' → 'IHV'.
_PARTICLES = {"de", "des", "du", "d", "la", "le", "les", "l", "of", "the", "and", "for", "di", "del", "della", "dei", "e", "et",
              "y", "und", "für", "der", "die", "das", "do", "da", "dos", "el", "los", "il", "à", "a", "au", "aux"}


def _word_initials(name: str) -> str:
    """The first letters of a name's words, its small words aside, as capitals (a name written in small letters after
    its first word, as French and Italian write them)."""
    return "".join(w[0] for w in re.findall(r"\w+", name) if w.casefold() not in _PARTICLES).upper()


def abbreviates(acronym: str, name: str) -> bool:
    """An acronym that takes a word's first letters and some of its inner ones ('CIM' for 'Comunidade Intermunicipal'):
    every word's capital in it, in order, and its letters, in order, in the name."""
    def within(short: str, long: str) -> bool:
        letters = iter(long)
        return all(letter in letters for letter in short)
    capitals = initials(name)
    return len(capitals) >= 2 and acronym[:1] == capitals[:1] and within(capitals, acronym) and \
        within(acronym.casefold(), "".join(re.findall(r"\w+", name)).casefold())


def names_site(text: str, site: str | None) -> bool:
    """A copyright line whose holder is the site (its masthead's words, two or more of them, or the whole name): the page's
    rights, no picture's credit ('© Calderfield Fire and Rescue Authority' under 'Calderfield Fire and Rescue Service')."""
    holder = set(re.findall(r"\w{3,}", (footer_name(text) or "").casefold()))
    words = set(re.findall(r"\w{3,}", (site or "").casefold()))
    return bool(holder and words) and (len(holder & words) >= 2 or holder == words)


def _bare(text: str) -> str:
    return re.sub(r"^(?:the|le|la|les|l|die|der|das|il|lo|el|los|las|o|os|a|as) ", "",
                  re.sub(r"[\W\d_]+", " ", text.casefold()).strip())


# The words of the company that publishes a paper, closing its copyright holder's name, as _bare leaves them.
COMPANY_WORDS = re.compile(r"(?: (?:verlag\w*|zeitungsverlag|mediengruppe|medienhaus|media group|publishing|newspapers|"
                           r"gmbh|co|kg|ag|ltd|limited|pty|plc|llc|inc))+$")


def holders(units: list[Unit]) -> set[str]:
    """The names the page's copyright line at its foot gives its holder: whole, the part before a dash ('© NWR –
    Norddeutscher Westrundfunk'), and without the company that publishes it ('© Küstenbote Medienhaus GmbH & Co. KG')."""
    for other in reversed(units[-10:]):
        holder = footer_name(other.clean) if other.words <= 20 else None
        if holder:
            first = re.split(r"\s+[–—-]\s+", holder)[0]
            names = {_bare(holder), _bare(first), COMPANY_WORDS.sub("", _bare(first))}
            return {name for name in names if name}
    return set()


def rights_holder(unit: Unit, units: list[Unit], found: set[str] | None = None) -> bool:
    """The line is the name the page's copyright line gives its holder (`found`, else read from `units`): the site's own
    name, over a section's set as a name ('Vallée de la Meuse'). A leading article and a year do not count ('The
    Toowoomba Sentinel', not 'Toowoomba'). A paper's company named after its first words holds it too ('Hochrhön-Anzeiger'
    … '© Hochrhön Mediengruppe GmbH', 'Elbe-Saale-Zeitung' … '© Elbe-Saale Mediengruppe')."""
    name, found = _bare(unit.clean), holders(units) if found is None else found
    return name in found or any(len(held) >= 5 and name.startswith(held + " ") for held in found)


def named_elsewhere(unit: Unit, units: list[Unit]) -> bool:
    """The line's words stand inside another line of the page (not the same line again, a menu repeated)."""
    name = unit.clean.strip(" .").casefold()
    found = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
    return any(other is not unit and other.clean.strip(" .").casefold() != name and found.search(other.clean.casefold())
               for other in units)


def folio_outlet(text: str) -> str | None:
    """The paper's name among a folio's cells, none of them a date, a number or a section: 'DIARIO DE LA SIERRA'."""
    if EDITION.search(text):
        return None   # (an e-paper viewer's line, 'E-EDITION  Fenmouth Advertiser  …': the printed folio names it as printed)
    cells = [cell.strip() for cell in re.split(r"\s{3,}|\s+\|\s+", text.strip()) if cell.strip()]
    names = [cell for cell in cells if len(cells) >= 3 and 2 <= len(cell.split()) <= 6 and outlet_like(cell) and
             not find_date(cell) and not find_month(cell) and not is_section(cell) and not re.search(r"\d", cell) and
             not P.AGENCIES.fullmatch(cell)]   # (an agency beside the date credits its story: 'Cuenca | Europa Press | …')
    return outlet_name(names[0]) if len(names) == 1 else None


# A broadcaster's name as its own player bar gives it: a call sign and frequency ('CKSR 980 News Talk'), a name and
# frequency ('Radio Tamar 96.4 FM'), or a station called Radio ('Radio Kinzigtal').
STATION = re.compile(r"^(?:(?-i:[A-Z]{3,4})(?:-(?:FM|AM|TV))?\s+\d{2,4}(?:\.\d)?(?:\s?(?:FM|AM))?|"
                     r"\S.{1,30}?\s\d{2,3}[.,]\d\s?(?:FM|MHz)|(?:radio|rádio)\s+(?-i:[A-Z])[\w'’-]+)(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}$",
                     re.I)


def station_in_bar(units: list) -> str | None:
    """The station named in a live player's bar at the top of the page ('Listen Live | CKSR 980 News Talk | Regina')."""
    for unit in units:
        items = [item.strip() for item in re.split(r"\s*[|•·]\s*", unit.clean) if item.strip()]
        if len(items) >= 2 and any(F.LISTEN.match(item) or F.CHROME.match(item) for item in items):
            station = next((item for item in items if STATION.match(item)), None)
            if station:
                return station
    return None
