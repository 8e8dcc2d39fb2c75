"""A consent wall pasted before the article: a cookie or privacy dialog's heading, its paragraphs on personal data,
partners and devices, and its buttons ('We value your privacy' … 'I DO NOT ACCEPT' / 'AGREE'). A reader who selects
the whole page copies it when the dialog was still open. Its paragraphs read as running text, so read line by line
they would become the article; they go as one block, before anything else is read."""
from __future__ import annotations

import re

from .phrases import _any

# What such a dialog speaks of, in each language: one of these in each of its long lines.
_TOPIC = re.compile(r"\b(?:" + _any(
    r"cookies?", r"personal data", r"données (à caractère )?personnelles", r"personenbezogenen? daten", r"datos personales",
    r"dati personali", r"dados pessoais", r"partners?", r"partenaires", r"socios", r"parceiros", r"fornitori", r"vendors?",
    r"consent\w*", r"einwilligung", r"zustimm\w*", r"consentimiento", r"consenso", r"consentimento", r"device", r"appareil",
    r"gerät\w*", r"dispositivos?", r"advertis\w*", r"publicit\w*", r"werbung", r"anúncios", r"anuncios", r"geolocali\w*",
    r"géolocalisation", r"geolokalisierung", r"privacy", r"vie privée", r"privatsphäre", r"privacidad", r"privacidade",
    r"legitimate interests?", r"intérêts? légitimes?", r"berechtigte[ns]? interesse", r"interés legítimo",
    r"legittimo interesse", r"interesse legítimo", r"tracking", r"traceurs", r"rastreo",
    r"browsing", r"navigation", r"navegación", r"navegação", r"navigazione", r"surfverhalten", r"nutzungsverhalten",
    # (the policy it links to, and the banner it is: 'consulta la cookie policy', 'Chiudendo questo banner … acconsenti')
    r"(?:cookie|privacy) policy", r"politique (?:de|des|relative aux) cookies", r"cookie-richtlinie",
    r"datenschutzerklärung", r"política de cookies", r"informativa(?: estesa| sui cookie| sulla privacy)?",
    r"política de privacidade", r"acconsent\w*", r"banner",
) + r")\b", re.I)
# A choice the dialog names in its text: 'pulsando el botón «Aceptar»', 'click "Accept all"', 'cliquez sur « Refuser »'.
_NAMED_CHOICE = re.compile(r"\b(?:accept|reject|aceptar|rechazar|configurar|accepter|refuser|paramétrer|akzeptieren|ablehnen|"
                           r"accetta|rifiuta|aceitar|rejeitar)\b", re.I)

# Its heading: what it asks about.
_HEADING = re.compile(r"^(?:" + _any(
    r"we (value|respect|care about) your privacy", r"your privacy( (choices|settings|matters|options))?",
    r"(this (site|website) uses|we use) cookies", r"cookies?( (consent|settings|preferences|notice))?",
    r"(nous )?(respectons|protégeons) votre vie privée", r"(le )?respect de votre vie privée", r"vos choix en matière de cookies",
    r"(wir respektieren|wir schützen) ihre privatsphäre", r"ihre privatsphäre( ist uns wichtig)?", r"datenschutzeinstellungen",
    r"(respetamos|valoramos) tu privacidad", r"tu privacidad( es importante)?", r"(rispettiamo|tuteliamo) la tua privacy",
    r"la tua privacy( è importante)?", r"(respeitamos|valorizamos) a (sua|tua) privacidade", r"a (sua|tua) privacidade",
    # (or what it asks for: 'Wir benötigen Ihre Zustimmung')
    r"we need your (consent|permission)", r"(nous avons besoin de )?votre consentement", r"wir (benötigen|brauchen) ihre "
    r"(zustimmung|einwilligung)", r"(necesitamos )?(tu|su) consentimiento", r"(abbiamo bisogno del )?(tuo|vostro) consenso",
    r"(precisamos do )?(seu|teu) consentimento",
) + r")[.!:]?$", re.I)

# Its buttons and links: what the reader may choose.
_BUTTON = re.compile(r"^(?:" + _any(
    r"(i )?(do not |don't )?(accept|agree|consent)( all( cookies)?| and close| & close)?", r"(reject|decline|refuse)( all)?",
    r"(more|show) options", r"options", r"(manage|customi[sz]e|set|save)( my)? (options|preferences|settings|choices)",
    r"continue without (accepting|agreeing)", r"list of (iab )?partners( \(vendors\))?", r"(our )?partners", r"vendors",
    r"learn more", r"ok", r"got it", r"(only|necessary|essential)( cookies)?( only)?", r"only (necessary|essential)( cookies)?",
    r"(tout )?(accepter|refuser)( tout| et fermer)?", r"j'accepte", r"je refuse", r"continuer sans accepter",
    r"(paramétrer|personnaliser)( mes choix| les cookies)?", r"plus d'options", r"(voir la )?liste des partenaires",
    r"en savoir plus", r"(uniquement|seulement) (les )?(cookies )?(nécessaires|essentiels)",
    r"(alle )?(akzeptieren|ablehnen)", r"zustimmen", r"einverstanden", r"(weitere|mehr) optionen", r"einstellungen( verwalten)?",
    r"partnerliste", r"mehr erfahren", r"nur (notwendige|erforderliche|essenzielle)( cookies)?( akzeptieren)?",
    r"(aceptar|rechazar)( todo| todas| y cerrar)?", r"(no )?acepto", r"más opciones", r"configurar", r"lista de socios",
    r"de acuerdo", r"más información", r"solo (las )?(cookies )?(necesarias|esenciales)",
    r"(accetta|rifiuta)( tutto| tutti| e chiudi)?", r"(non )?accetto", r"più opzioni", r"personalizza", r"elenco dei partner",
    r"scopri di più", r"solo (i )?(cookie )?(necessari|essenziali)",
    r"(aceitar|rejeitar|recusar)( tudo| todos)?", r"(não )?aceito", r"concordo", r"mais opções", r"gerir (opções|preferências)",
    r"lista de parceiros", r"saber mais", r"apenas (os )?(cookies )?(necessários|essenciais)",
) + r")[.!]?$", re.I)

_WITHIN = 40   # the lines a dialog may run over, from its heading to its last button


def without_consent_wall(lines: list[str]) -> list[str]:
    """The lines without a consent dialog pasted near the page's top: from its heading (or its first paragraph on
    cookies and partners) to its last button, when every long line between speaks of what such a dialog speaks of."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    start = next((i for i in filled[:60] if _HEADING.match(lines[i].strip()) or _opening(lines[i].strip())), None)
    if start is None:
        return lines
    last = None
    for i in filled:
        if i < start:
            continue
        if i > start + _WITHIN:
            break
        line = lines[i].strip()
        if _BUTTON.match(line):
            last = i
        elif len(line.split()) >= 12 and not _TOPIC.search(line) or len(line.split()) > 120 or \
                last is not None and not _TOPIC.search(line):
            break   # (running text on something else, or a line under its buttons that is not the dialog's: the page)
    if last is None:
        return lines
    return lines[:start] + lines[last + 1:]


def _opening(line: str) -> bool:
    """A dialog's first paragraph, without a heading: a long line on cookies and at least two other of its topics, or
    one other and a choice it names ('… pulsando el botón «Aceptar»')."""
    topics = len({m.group(0).casefold() for m in _TOPIC.finditer(line)})
    return len(line.split()) >= 12 and bool(re.search(r"\bcookies?\b", line, re.I)) and \
        (topics >= 3 or topics >= 2 and bool(_NAMED_CHOICE.search(line)))
