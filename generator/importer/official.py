"""An official paper, known by its head: a public body's letter (a salutation under a reference line or a
letterhead: an answer to a freedom-of-information request, a council's reply) and a council's own papers
(minutes of a sitting, a report put to the council) are documents, not news. Phrases per language, not per
body; only the lines above a paper's first paragraph are read."""
from __future__ import annotations

import itertools
import re

from .kinds import label_kind
from .when import find_date

# 'Dear Ms Lowe,', 'Dear [REDACTED],', 'Madame, Monsieur,', 'Sehr geehrte Frau …,', 'Estimada señora:', 'Gentile …,'.
SALUTATION = re.compile(r"^(?:dear\s+\S.{0,60}|to whom it may concern|madame,?\s*monsieur|(?:cher|chère|chers)\s+\S.{0,60}|"
                        r"(?:monsieur|madame|mesdames|messieurs)(?:\s+\S.{0,60})?|sehr geehrte[rn]?\s+\S.{0,60}|liebe[rs]?\s+\S.{0,60}|estimad[oa]s?\s+\S.{0,60}|"
                        r"muy señor(?:es)? mío?s?|gentil[ei]\s+\S.{0,60}|egregi[oa]\s+\S.{0,60}|caro|cara|"
                        r"exm[oa]s?\.?\s+\S.{0,60}|prezad[oa]s?\s+\S.{0,60}|"   # ('Exmos. Senhores,', 'Prezados colegas,')
                        r"(?:senhor|senhora|señor|señora|signor|signora|signore)\s+\S.{0,60}|"   # ('Senhor Presidente,')
                        r"(?:hallo|hello|hi|hey|bonjour|salut|hola|ciao|olá|oi)(?:\s+\S.{0,60})?)\s*[,:!]$", re.I)
# The form of address over a letter's addressee, alone on its line: 'Exmo(a). Senhor(a)', 'Ilmo. Sr.', 'Herrn', 'Madame'.
FORM_OF_ADDRESS = re.compile(r"(?:exm[oa]s?|ilm[oa]s?|exmo\(a\)|ilmo\(a\))\.?\s+(?:senhor(?:a|\(a\))?|sr\.?|sra\.?|sr\(a\)\.?)|"
                             r"herrn?|frau|madame|monsieur|mesdames,? messieurs|señor(?:a)?|sr\.?|sra\.?|gentile|egregio", re.I)
# A council's papers: minutes of a sitting, a report or a motion put to it, its agenda.
COUNCIL_PAPER = re.compile(r"\b(?:minutes of (?:the|a) (?:\w+ )?(?:meeting|sitting)|report to:?\s+(?:the )?(?:[\w&,-]+ ){0,4}(?:council|cabinet|"
                           r"committee)|(?:rapport|délibération|projet de délibération) (?:présentée? |soumise? )?(?:au|du) "
                           r"conseil (?:municipal|communautaire|départemental|régional|communal|général|d'état)|"
                           # (a Swiss executive's report to its parliament: 'Bericht des Gemeinderates an den Einwohnerrat')
                           r"bericht (?:und antrag )?des (?:gemeinde|stadt|regierungs)rate?s an (?:den|das)|"
                           r"rapporto (?:del municipio|del consiglio di stato) al (?:consiglio comunale|gran consiglio)|"
                           r"messaggio municipale|procès-verbal de la séance|"
                           r"compte rendu de la séance|présentée? au conseil (?:municipal|communautaire|départemental|régional)|"
                           r"conseil (?:municipal|communautaire) du \d+|(?:city|town|county|borough) council meeting of \d+|"
                           r"(?:gemeinderat|stadtrat|kreistag)ssitzung vom \d+|pleno (?:municipal )?del \d+|consiglio comunale del \d+|"
                           r"niederschrift über|sitzungsniederschrift|protokoll (?:der|über die) (?:\w+ )?sitzung|"
                           r"beschlussvorlage|sitzung des (?:gemeinderat|stadtrat|kreistag|ortsrat)e?s|acta de la sesión|"
                           r"sesión (?:ordinaria|extraordinaria) del pleno|propuesta de acuerdo|verbale (?:della seduta|di "
                           r"deliberazione)|seduta (?:del|di) consiglio comunale|proposta di deliberazione)\b", re.I)


# A body's report on its own work: 'Annual Report on …', 'Rapport au comité syndical', 'Jahresbericht 2025'.
BODY_REPORT = re.compile(r"\b(?:annual report|(?:internal )?audit report|rapport d'audit|prüfbericht|revisionsbericht|"
                         r"informe de auditoría|relazione di audit|relatório de auditoria|report to the (?:\w+ )?(?:board|members|committee|assembly)|rapport annuel|"
                         r"rapport d'activités?|rapport au (?:comité|bureau|conseil) (?:syndical|d'administration|communautaire)|"
                         r"jahresbericht|tätigkeitsbericht|geschäftsbericht|informe anual|memoria anual|relazione annuale|"
                         r"rapporto annuale|relatório anual|relatório de atividades?|"
                         # (a note or a decision's summary it issues: 'Note d'information n° 14', 'Zusammenfassung der Entscheidung')
                         r"note d'information|note de synthèse|briefing (?:note|paper)|information note|nota informativa|"
                         r"nota de información|hintergrundpapier|informationspapier|decision summary|summary of (?:the )?decision|"
                         r"zusammenfassung der entscheidung|résumé de la décision|resumen de la resolución|sintesi della decisione)\b",
                         re.I)


# An answer to a request for information under a transparency law: 'Freedom of Information Act 2000: your request …'.
REQUEST_ANSWER = re.compile(r"\b(?:freedom of information|foi(?:/| request| reference)|environmental information regulations|"
                            r"request for information|(?:foi|eir)-\d|(?:landes)?transparenzgesetz|informationsfreiheitsgesetz|"
                            r"informationszugangsgesetz|umweltinformationsgesetz|ifg-antrag|accès aux documents administratifs|demande cada|"
                            r"acceso a la información pública|solicitud de acceso|accesso civico|accesso agli atti|"
                            r"acesso aos documentos administrativos)\b", re.I)


# A reply to another's letter, which gives that letter's reference: 'Your ref: CC/2026/14', 'Sua referência: Of. n.º 412',
# 'Ihr Zeichen', 'V/Réf.', 'Su referencia', 'Vs. rif.': correspondence between bodies, not a letter to the public.
YOUR_REFERENCE = re.compile(r"^(?:your ref(?:erence)?\.?|ihr(?:e)? (?:zeichen|nachricht vom|schreiben vom)|votre référence|v/\s?réf\.?|"
                            r"vos réf(?:érences)?\.?|su referencia|su ref\.|vs?\.? rif(?:erimento)?\.?|vostro riferimento|"
                            r"sua referência|sua ref\.?|v/\s?ref\.?)\s*:?\s*\S.*\d", re.I)   # (a reference given, not 'Ihr Zeichen: –')


def official_kind(head: list[str]) -> str | None:
    """Why the lines above a paper's first paragraph make it a document, or None."""
    short = [line.strip() for line in head if line.strip() and len(line.split()) <= 20]
    if any(COUNCIL_PAPER.search(line) for line in short):
        return "a council's paper (minutes, a report put to it)"
    if any(BODY_REPORT.search(line) for line in short):
        return "a body's report on its own work"
    if any(REQUEST_ANSWER.search(line) for line in short):
        return "a public body's answer to a request for information"   # (a letter to residents is news: it tells them)
    if any(YOUR_REFERENCE.match(line) for line in short):
        return "a reply to another body's letter, whose reference it gives"
    return None


# The words that name a public or research body in its letterhead, beyond the common ones (phrases.ORGANISATION_WORDS).
BODY_WORDS = re.compile(r"\b(?:istituto|instituto|institut|fondazione|fundación|fundação|stiftung|agenzia|agencia|agence|"
                        r"osservatorio|observatorio|observatoire|observatorium|centro|zentrum|consorzio|consorcio|"
                        r"syndicat|zweckverband|ente|autorità|autoridad|autorité|behörde|landratsamt|ayuntamiento|"
                        r"comune|municipio|gemeinde|commune|mairie|ville|county|borough|parish|harbour|port|"
                        r"comunidad|comunità|comunidade|communauté|gemeinschaft|cooperativa|coopérative|genossenschaft|"
                        r"asociación|associazione|associação|verein|federación|federazione|fédération|sindicato|sindacato|"
                        r"regantes|tribunal|tribunale|gericht|court)\b", re.I)


# A signature under minutes or a letter: 'gez. Hartmut Wielandt', 'sgd. Ann Lowe', '(signé) Paul Roux', 'Fdo.: Ana Gil', 'F.to Rossi'.
_SIGNS = r"gez\.|sgd\.|signed:?|\(?sign[ée]\)?|fdo\.:?|f\.to|firmato:?"
SIGNED = re.compile(r"^\s*(?:" + _SIGNS + r")\s+\S", re.I)
# The mark before a signatory's name, and who signs for another: 'i. A. Markus Feldhahn', 'pp. Ann Lowe'.
SIGNED_LABEL = re.compile(r"^\s*(?:" + _SIGNS + r"|i\. ?a\.|i\. ?v\.|p\. ?p\.?|p\.o\.)\s+", re.I)


def paper_title(blocks: list[list[str]]) -> str | None:
    """The title of a council's paper: the block of one to three lines that names it ('Niederschrift über die öffentliche
    Sitzung des Gemeinderates' / 'am Donnerstag, 19. November 2026'), joined."""
    for block in blocks:
        if 1 <= len(block) <= 3 and COUNCIL_PAPER.search(block[0]) and len(" ".join(block).split()) <= 30:
            return " ".join(line.strip() for line in block)
    return None


def without_signatures(blocks: list[list[str]]) -> tuple[list[list[str]], list[str]]:
    """The last page's blocks without its signature block (a block with a 'gez. …' line: the roles, the names, the titles
    under them), and the lines that went."""
    kept, removed = [], []
    for block in blocks:
        if any(SIGNED.match(line) for line in block) and all(len(line.split()) <= 12 for line in block):
            removed += block
        else:
            kept.append(block)
    return kept, removed


# A letter's subject line, its title once the label goes: 'Subject: …', 'Re: …', 'Objet : …', 'Betreff: …', 'Asunto: …'.
SUBJECT_LABELS = r"subject|re|objet|concerne|betreff|betrifft|asunto|oggetto|assunto"
SUBJECT = re.compile(r"^(?:" + SUBJECT_LABELS + r")\s?:\s*(?P<subject>\S.{5,})$", re.I)
# The closing over a letter's signature: 'Yours sincerely,', 'Cordialement,', 'Mit freundlichen Grüßen', 'Atentamente,'.
CLOSING = re.compile(r"^(?:yours (?:sincerely|faithfully|truly)|kind regards|best regards|with best wishes|cordialement|"
                     r"bien cordialement|salutations distinguées|mit freundlichen grüßen|freundliche grüße|hochachtungsvoll|"
                     r"atentamente|un (?:cordial )?saludo|saludos cordiales|cordiali saluti|distinti saluti|con i migliori "
                     r"saluti|cordialmente|com os melhores cumprimentos|atenciosamente|melhores cumprimentos)\b.{0,20}$"
                     # (the French formula, whole: 'Veuillez agréer, chers parents, l'expression de nos sentiments distingués.')
                     r"|^(?:veuillez|je vous prie d'|nous vous prions d')\s*(?:agréer|recevoir)\b.{0,120}"
                     r"(?:salutations|sentiments|considération)\b.{0,30}$", re.I)


def letter_parts(first_page: list[str], last_page: list[str], name_like) -> tuple[str | None, list[str]]:
    """A letter's subject (its title) and its signatories (its authors, people's names under the closing or after 'Fdo.:',
    a title of office over them or not), when the first page holds a salutation: otherwise (None, [])."""
    raw = [line.strip() for line in first_page]
    greeting = next((i for i, line in enumerate(raw) if SALUTATION.match(line)), None)
    if greeting is None:
        return None, []
    return _subject(raw, greeting), _signatory(last_page, name_like)


def letter_date(first_page: list[str]) -> str | None:
    """The date a letter gives itself: its place and date over the salutation ('Lisboa, 24 de outubro de 2025'), the
    line nearest it; not a registry's entry stamp higher up ('Entrada n.º 1187 – 27/10/2025'), nor a labelled
    reference's date ('Sua referência: …, de 30/09/2025')."""
    raw = [line.strip() for line in first_page]
    greeting = next((i for i, line in enumerate(raw) if SALUTATION.match(line)), None)
    dated = next((line for line in reversed(raw[:greeting or 0]) if line and ":" not in line and _dated(line)), None)
    return find_date(dated).value if dated else None


def _block(lines: list[str], start: int, step: int) -> tuple[list[str], int]:
    """The lines from `start` to a blank one, going down (`step` 1) or up (-1), past blank lines at `start`; and where
    the block starts."""
    while 0 <= start < len(lines) and not lines[start]:
        start += step
    block = list(itertools.takewhile(bool, lines[start::step])) if 0 <= start < len(lines) else []
    return (block if step > 0 else block[::-1]), start


def _subject(raw: list[str], greeting: int) -> str | None:
    """The subject: labelled above the salutation ('Oggetto:', wrapped over two lines or three); else a heading right
    under it ('Dear Parents and Carers,' / 'Heating failure: school closed …'); else the unlabelled block right over it
    ('Ihr Erdgaspreis ab 1. Februar 2027: Wir senken den Arbeitspreis')."""
    labelled = next((i for i, line in enumerate(raw[:greeting]) if SUBJECT.match(line)), None)
    if labelled is not None:
        wrapped = list(itertools.takewhile(lambda line: line and not SALUTATION.match(line), raw[labelled + 1:labelled + 3]))
        return " ".join([SUBJECT.match(raw[labelled])["subject"].strip()] + wrapped)
    under, start = _block(raw, greeting + 1, 1)
    after = " ".join(under)
    if 1 <= len(under) <= 2 and start + len(under) < len(raw) and 3 <= len(after.split()) <= 24 and \
            not re.search(r"[.!?,;]$", after) and after[:1].isupper():
        return after
    over, _ = _block(raw, greeting - 1, -1)
    above = " ".join(over)
    if 1 <= len(over) <= 2 and 3 <= len(above.split()) <= 24 and not re.search(r"[.!?,;]$", above) and \
            above[:1].isupper() and not re.match(r"^[\w .-]{2,25}:\s", above) and not _dated(above):
        return above
    return None


_DATE_WORDS = re.compile(r"\d+\.?|\b(?:jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|fév|mars|avr|juin|juil|août|oct|déc|ene|"
                         r"mar|may|dic|gen|giu|lug|ago|set|ott|le|den|am|el|il|of|de)\w*\.?", re.I)


def _dated(line: str) -> bool:
    """The letter's place and date ('Triptis, 1. Dezember 2026'), not a subject that names a date ('Neues Modell ab 1. April')."""
    return bool(find_date(line)) and len(_DATE_WORDS.sub("", line).split()) <= 2


def _signatory(last_page: list[str], name_like) -> list[str]:
    """The people's names under the letter's closing, or after a signature's mark, in the last page's last lines: two
    signatories side by side ('Jörn Wiechmann      Dr. Maren Albers') are two."""
    tail = [line.strip() for line in last_page if line.strip()][-8:]
    closing = next((i for i, line in enumerate(tail) if CLOSING.match(line)), None)
    for line in tail[closing + 1 if closing is not None else 0:]:
        names = [_signed_name(column) for column in re.split(r"\s{3,}", line)]
        if (closing is not None or SIGNED.match(line)) and all(_person(name, name_like) for name in names):
            return names
    return []


def _signed_name(text: str) -> str:
    name = SIGNED_LABEL.sub("", text)
    return re.sub(r"^(?:dott\.(?:ssa)?|dr\.?|prof\.?|ing\.|avv\.|d\.|d\.ª|dña\.|mme|m\.|herr|frau)\s+", "", name, flags=re.I)


def _person(name: str, name_like) -> bool:
    return 2 <= len(name.split()) <= 5 and name_like(name) and not BODY_WORDS.search(name) and \
        not re.search(r"\b(?:gmbh|ag|ltd|plc|e\.\s?v\.|s\.\s?[al]\.?|spa|srl)\b", name, re.I)


# A covering letter's word for what it encloses, on its line ('Anexo: Comunicado de imprensa (2 páginas)', 'Enc.'), or
# in its sentence ('Please find enclosed our press release', 'Junto enviamos … o comunicado', 'Veuillez trouver ci-joint').
ENCLOSED = re.compile(r"^(?:anexos?|enclosures?|encl?s?\.|attachments?|pi[èe]ces? jointes?|p\.\s?j\.|anlagen?|allegat[oi]|"
                      r"adjuntos?)\s*[:.]|\b(?:please find (?:attached|enclosed)|(?:attached|enclosed) (?:is|are|please find)|"
                      r"junto (?:enviamos|remetemos|se envia)|em anexo|ci-joint|veuillez trouver|anbei|beiliegend|in allegato|"
                      r"si trasmette|adjunto (?:le |les )?(?:remitimos|enviamos)|le remitimos)\b", re.I)


def covering_letter(pages: list[list[str]]) -> bool:
    """The first page is a letter that encloses what follows it: a greeting and a word for what it encloses, and the
    next page opens, under its letterhead, on a document's label ('COMUNICADO DE IMPRENSA', 'PRESS RELEASE'). The
    clipping is what it encloses."""
    if len(pages) < 2:
        return False
    first = [line.strip() for line in pages[0] if line.strip()]
    opening = [line.strip() for line in pages[1] if line.strip()][:6]
    return any(SALUTATION.match(line) for line in first) and any(ENCLOSED.search(line) for line in first) and \
        any(label_kind(line) for line in opening)
