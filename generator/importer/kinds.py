"""The kind of source a clipping is (issue 29's article field `kind`), set only where the
clipping says so plainly: a document's label ('PRESS RELEASE', 'Pressemitteilung:', a ruling's
'JUDGMENT'), a section label ('Opinion', 'Tribune', 'Meinung', 'Interview', 'Transcript'), a
page's declared type (schema.org OpinionNewsArticle), an interview's questions and answers, an
agency's wire (its dateline, no outlet). Never guessed otherwise: unstated is news, unless the
clipping does not read as a news outlet's report at all (kind_unsaid): then a person says."""
from __future__ import annotations

import re

from . import labels as L
from . import phrases as P

_LABELS = [
    (re.compile(r"^(?:" + L.PRESS_RELEASE_LABELS + r")$", re.I), "press-release"),
    (re.compile(r"^(?:" + L.RULING_LABELS + r")$", re.I), "court-record"),
    (re.compile(r"^(?:" + L.STATEMENT_LABELS + r")$", re.I), "statement"),
    (re.compile(r"^(?:interview|the interview|entretien|l'entretien|interview exclusive|gespräch|im gespräch|"
                r"entrevista|la entrevista|intervista|l'intervista|q ?& ?a)$", re.I), "interview"),
    (re.compile(r"^(?:opinion|opinions|op-?ed|comment|commentary|comment is free|column|guest column|viewpoint|"
                r"tribune|tribune libre|point de vue|libre opinion|chronique|"
                r"éditorial|editorial|meinung|gastbeitrag|kommentar|gastkommentar|leitartikel|kolumne|standpunkt|"
                r"opinión|tribuna|columna|punto de vista|"
                r"opinione|opinioni|editoriale|commento|il commento|l'editoriale|punto di vista|"
                r"opinião|artigo de opinião|crónica|ponto de vista)$", re.I), "opinion"),
    (re.compile(r"^(?:official (?:record|report|journal)|written (?:questions?(?: and answers?)?|answers?)|parliamentary questions?|"
                r"journal officiel|compte rendu officiel|questions écrites|amtsblatt|plenarprotokoll|schriftliche anfragen|"
                r"boletín oficial|diario de sesiones|preguntas (?:por|para respuesta) escrit[ao]s?|gazzetta ufficiale|"
                r"interrogazioni a risposta scritta|diário da república|diário oficial|perguntas escritas|"
                # (an extract of a council's register of decisions: 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL
                #  MUNICIPAL', 'Auszug aus dem Sitzungsprotokoll', 'Estratto del verbale di deliberazione')
                r"extrait (?:du registre )?des (?:délibérations|décisions|arrêtés)(?: d[ue] (?:la |l')?\w+(?: \w+){0,2})?|"
                r"extrait du procès-verbal(?: de la séance)?(?: d[ue] (?:la |l')?\w+(?: \w+){0,2})?|"
                r"auszug aus (?:dem|der) (?:sitzungsprotokoll|niederschrift|protokoll|beschlussbuch)(?: \w+){0,4}|"
                r"estratto del (?:verbale|registro)(?: di| delle| della| dei)? ?(?:deliberazion[ei])?(?: \w+){0,5}|"
                r"certificaci[óo]n del acuerdo(?: \w+){0,5}|extracto del acta(?: \w+){0,5}|extrato da ata(?: \w+){0,5}|"
                r"certidão de deliberação(?: \w+){0,5}|"
                # (a food safety authority's recall notice, by its label over the product's name)
                r"(?:product |food )?recall(?: notice)?|richiamo (?:per rischio \w+|di prodotto|alimentare)|avviso di richiamo|"
                r"rappel conso(?:mmateurs?)?|rappel de produits?|(?:produkt)?rückruf|retirada del mercado|alerta alimentaria|"
                r"recolha de produtos?)$", re.I), "document"),
    # (a report's label in capitals over its title, 'BERICHT': a menu's 'Reports' is no label)
    (re.compile(r"^(?-i:(?:(?:AFTER-ACTION|FINAL|ANNUAL|INTERIM|PROGRESS|INTERNAL|AUDIT|INSPECTION|STATUS|TECHNICAL|INCIDENT|"
                r"SPECIAL|QUARTERLY|MONTHLY|ACTIVITY|OFFICERS'?|COMMITTEE) ){0,2}REPORT|"
                r"(?:[A-Z]+ )?(?:INVESTIGATION|INQUIRY|REVIEW|ASSESSMENT|EVALUATION|CONSULTATION|SCRUTINY|IMPACT) REPORT|(?:SCHLUSS|ZWISCHEN|JAHRES|PRÜF|REVISIONS|TÄTIGKEITS|GESCHÄFTS|SACHSTANDS)?BERICHT|RAPPORT(?: [A-ZÉÈ'-]+){0,2}|BILAN(?: [A-ZÉÈ'-]+){1,3}|"
                r"INFORME(?: [A-ZÁÉÍÓÚ-]+){0,2}|RELAZIONE(?: [A-Z-]+){0,2}|RELATÓRIO(?: [A-ZÁÉÍÓÚÃÕÇ-]+){0,2}|"
                # (a body's answer to a consultation; a weather service's warning bulletin)
                r"CONSULTATION RESPONSE|RESPONSE TO (?:THE )?CONSULTATION|RÉPONSE À LA CONSULTATION|STELLUNGNAHME ZUR ANHÖRUNG|"
                r"(?:WEATHER )?WARNING BULLETIN|BULLETIN DE VIGILANCE(?: MÉTÉOROLOGIQUE)?|UNWETTERWARNUNG|"
                r"BOLET[IÍ]N DE AVISOS(?: METEOROL[OÓ]GICOS)?|BOLLETTINO DI (?:ALLERTA|VIGILANZA)(?: METEO)?|"
                r"BOLETIM DE AVISOS(?: METEOROL[OÓ]GICOS)?)"
                r"(?: (?:N[°º.]? ?|NO\. ?|NR\. ?)?[A-Z]{0,4}-?\d[\w/.-]*)?$"), "document"),   # (its number: 'RAPPORT SC-2026-14')
    # (a council's paper by its number in the council's information system: 'Vorlage - 0815/2026', 'Drucksache - KA/0587/IX')
    (re.compile(r"^(?:(?:beschluss|sitzungs|mitteilungs|informations|rats)?vorlage|drucksache|(?:kleine |große |schriftliche )?anfrage|"
                r"délibération|delibera(?:zione)?|proposta di delibera)\s*(?:[-–:]\s*)?(?:nr\.?|n[°º.]?)?\s*(?:(?-i:[A-Z]{1,4})\s)?"
                r"[\w/.-]*\d[\w/.-]*$", re.I),   # (its board's letters before the number: 'Sitzungsvorlage Nr. AR 2025/14')
     "document"),
    # (and what it transcribes: 'MEDIA AVAILABILITY – TRANSCRIPT', 'Press conference transcript', 'Transcription du reportage')
    (re.compile(r"^(?:(?:media availability|press conference|news conference|briefing|interview|pressekonferenz|"
                r"conférence de presse|rueda de prensa|conferenza stampa)\s*[-–—:]?\s*(?=transcri)|"
                r"(?=transcription d[ue] (?:reportage|sujet|l'entretien|la conférence)$))?"
                r"(?:(?:automatic|auto-generated|automated|automatisches|automatische) )?"   # (a machine's: 'Trascrizione automatica')
                r"(?:transcript|full transcript|proof transcript|transcription|transkript|wortprotokoll|transcripción|"
                r"trascrizione|transcrição|(?:daily |weekly |official )?hansard(?: [—–-] proof transcript)?)"
                r"(?: automatica| automatique| automática| automatico| automático)?"
                r"(?: d[ue] (?:reportage|sujet|l'entretien|la conférence))?$",
                re.I), "transcript"),
]

# A label set before a headline on its line: "Interview: ...", "OPINION | ...", "Meinung – ...".
PREFIX = re.compile(r"^([^\W\d][^:|–—]{1,30}?)\s*(?::|\||–|—)\s+(?=\S)")

# A question's and an answer's mark at the start of a paragraph, in each language.
_QUESTION = re.compile(r"^(?:\*\*)?(?:q|question|frage|f|pregunta|p|domanda|d)\s*[:.–—-]", re.I)
_ANSWER = re.compile(r"^(?:\*\*)?(?:a|answer|r|réponse|antwort|respuesta|risposta)\s*[:.–—-]", re.I)


def label_kind(text: str) -> str | None:
    """The kind a label names ('Opinion', 'COMMUNIQUÉ DE PRESSE', 'Interview'), or None."""
    text = " ".join(text.strip(" :|–—-·").split())
    first = re.split(r"\s+[·|–—/]\s+", text)[0]   # ('PRESS RELEASE · INTERIM RESULTS': the label, then what it is about;
    #                                                 'NEWS RELEASE / COMMUNIQUÉ DE PRESSE': the label in two languages)
    if text.isupper() and (L.STATEMENT_BY.match(text) or L.STATEMENT_ON.match(text)):
        return "statement"   # ('STATEMENT FROM THE BOARD OF DIRECTORS', 'STELLUNGNAHME DES ASTA ZUR SCHLIESSUNG …')
    return next((kind for pattern, kind in _LABELS if pattern.match(text) or first != text and pattern.match(first)), None)


def dated_label_kind(text: str, date_text: str) -> str | None:
    """The kind a label names on the date's line, its number and the date after it: 'Pressemitteilung Nr. 1187 vom
    05.12.2026', 'Press release, 4 December 2026', 'COMUNICATO STAMPA N. 148 DEL 3 DICEMBRE 2026'."""
    label = text[:text.find(date_text)] if date_text in text else ""
    label = re.sub(r"(?i)[\s,:–—-]*\b(?:vom|du|del|de|of|dated|from|le|il|am|el|den)?\s*$", "", label)
    label = re.sub(r"(?i)[\s,]*\b(?:nr|no|n|núm|num|n°|nº|n\.º)\.?\s*[\w/.-]*\d[\w/.-]*$", "", label).strip(" ,")
    return label_kind(label) if label and len(label.split()) <= 4 else None


def month_label_kind(text: str) -> str | None:
    """The kind a label names beside a month on its line, however it is set: 'Rapport technique · Novembre 2026'."""
    parts = re.split(r"\s+[·|•–—]\s+", text)
    return label_kind(parts[0].upper()) if len(parts) == 2 and len(parts[0].split()) <= 5 else None


def prefix_kind(headline: str) -> str | None:
    """The kind a label before a headline names ('Interview: "We ..."'), or None."""
    found = PREFIX.match(headline.strip())
    return label_kind(found.group(1)) if found else None


# A speaker's name opening a paragraph: 'Ann Lowe: ...', 'Ann Lowe : ...', '**Ann Lowe:** ...'.
_SPEAKER = re.compile(r"^(?:\*\*)?((?-i:[A-ZÀ-Þ])[\w'’.-]+(?: (?:(?:de|du|la|le|van|von|del|di|da|dos) )?(?-i:[A-ZÀ-Þ])[\w'’.-]+){1,3})"
                      r"(?:\*\*)? ?:(?:\*\*)?\s+\S", re.I)


def _asked_in_turn(blocks: list[str]) -> bool:
    """Questions set as paragraphs of their own, plain or bold, each answered by the paragraph under it ('Frau Weitzel,
    wie viele Patienten kommen …?' / 'An einem Montag …'): three pairs at least, a quarter of the paragraphs asked."""
    plain = [re.sub(r"[*_]", "", block).strip() for block in blocks]
    asked = [len(text.split()) <= 40 and text.rstrip(" »”\"").endswith("?") and len(re.findall(r"[.!?](?:\s|$)", text)) <= 2
             for text in plain]
    pairs = [here for here, (asks, answers) in zip(plain, zip(asked, asked[1:])) if asks and not answers]
    # (a short question may have been read as a subheading; two at least are paragraphs, as a report's 'Wie geht es
    #  weiter?' headings are not)
    return len(pairs) >= 3 and sum(not text.startswith("#") for text in pairs) >= 2 and sum(asked) >= len(plain) / 4 and \
        not _readers_questions(pairs)


# A question in the first person, the reader's ('Can I …', 'Est-ce que mon arrêt …', 'Combien de livres puis-je …'), and
# one addressed to someone ('Did you …', 'Pourquoi avez-vous …', 'Haben Sie …').
_ASKER = re.compile(r"\b(?:i|my|me|je|j'|mon|ma|mes|puis-je|dois-je|ich|mein\w*|mir|mich|yo|mis?|puedo|debo|io|mio|mia|"
                    r"posso|devo|eu|meu|minha)\b", re.I)
_ADDRESSED = re.compile(r"\b(?:you|your|vous|votre|vos|tu|ton|ta|tes|sie|ihnen|ihr\w*|du|dein\w*|usted(?:es)?|tú|"
                        r"lei|voi|vostr\w|você|vocês)\b|-vous\b|-tu\b", re.I)


def _readers_questions(questions: list[str]) -> bool:
    """The questions are a reader's, asked of the page (a public body's FAQ, an explainer), none of someone: no
    interview."""
    return any(_ASKER.search(q) for q in questions) and not any(_ADDRESSED.search(q) for q in questions)


def question_and_answer(blocks: list[str]) -> bool:
    """An interview's form: paragraphs opening with a question's mark and others with an answer's, two each at least;
    or paragraphs opening with two speakers' names in turn, two each at least, one of them asking questions."""
    if sum(bool(_QUESTION.match(b)) for b in blocks) >= 2 and sum(bool(_ANSWER.match(b)) for b in blocks) >= 2:
        return True
    if _asked_in_turn(blocks):
        return True
    turns = [(m.group(1), b) for b in blocks if (m := _SPEAKER.match(b))]
    speakers = {name for name, _ in turns}
    asks = {name for name, block in turns if block.rstrip(" *»”\"").endswith("?")}
    return len(speakers) == 2 and all(sum(n == name for n, _ in turns) >= 2 for name in speakers) and bool(asks) and \
        all(a != b for (a, _), (b, _) in zip(turns, turns[1:]))


# A speech's note that what was said is what counts: 'Check against delivery', 'Seul le prononcé fait foi'.
SPEECH_NOTE = re.compile(r"\b(?:check against delivery|as prepared for delivery|(?:seul )?le (?:texte )?prononcé fait foi|"
                         r"es gilt das gesprochene wort|(?:sólo|solo) (?:es válido|vale) (?:el discurso pronunciado|lo pronunciado)|"
                         r"(?:(?:solo|soltanto) )?(?:fa fede|vale) (?:solo )?il (?:testo|discorso) pronunciato|faz fé (?:a versão|o discurso) (?:lida|proferid[ao]))\b",
                         re.I)


def _speech_note(line: str) -> str | None:
    """The line is a speech's note on its own, its brackets and stops aside ('(Check against delivery)')."""
    note = line.strip(" .!*_()[]–—-")
    return note if len(note) <= 60 and SPEECH_NOTE.fullmatch(note) else None


def settle_kind(clip, agency_dateline: bool, own_dispatch: bool = False) -> None:
    """What the clipping as a whole says of its kind, once everything else is read."""
    if clip.kind:
        return
    if question_and_answer(clip.body):
        clip.decide("kind", "interview", "its paragraphs are questions and answers")
    elif note := next((note for line in [*clip.body, *(entry.partition(": ")[2] for entry in clip.removed)]
                       if (note := _speech_note(line))), None):
        clip.decide("kind", "statement", f"a speech, as its note “{note}” says")
    elif own_dispatch:
        clip.decide("kind", "wire", "an agency's dispatch on its own site: the dateline names the site itself")
    elif agency_dateline and not clip.outlet and clip.credits:
        clip.decide("kind", "wire", "an agency's dispatch: its dateline names the agency, and no outlet is named")
    elif heading := next((block[3:] for block in clip.body if block.startswith("## ") and
                          label_kind(block[3:]) == "transcript"), None):
        clip.decide("kind", "transcript", f"a heading sets the text out as a transcript (“{heading}”)")


# Advertising set as an article: a sponsored piece's label, whatever the language; an advertisement's word only over
# the sponsor's line ('Anzeige' / 'Präsentiert von …'): alone, even in capitals, it labels the ad slot beside a story.
SPONSORED = re.compile(r"^(?:sponsored(?: content| post| feature)?|partner content|paid (?:content|post|partnership)|advertorial|"
                       r"promoted(?: content)?|gesponsert(?:er (?:beitrag|inhalt))?|sponsored by .{2,40}|publireportage|"
                       r"publi-?rédactionnel|contenu sponsorisé|contenu partenaire|contenido patrocinado|publirreportaje|"
                       r"contenuto sponsorizzato|publiredazionale|conteúdo patrocinado|publirreportagem)$", re.I)
AD_WORD = re.compile(r"^(?:anzeige|werbung|advertisement|advertising feature|publicité|publicidad|pubblicità|publicidade)$", re.I)
SPONSOR_LINE = re.compile(r"^(?:präsentiert von|in partnership with|in association with|brought to you by|presented by|"
                          r"en partenariat avec|présenté par|en colaboración con|presentado por|in collaborazione con|"
                          r"presentato da|em parceria com|apresentado por)\b", re.I)


def advertising(lines: list[str]) -> str | None:
    """The label over a headline (the lines right above it) that says the piece is advertising, if one does."""
    for line, after in zip(lines, [*lines[1:], ""]):
        if SPONSORED.match(line) or AD_WORD.match(line) and SPONSOR_LINE.match(after):
            return line
    return None


def note_label(clip, text: str, where: str) -> None:
    """A label read on the clipping (a document's, a section's, before the headline) sets its kind."""
    kind = label_kind(text) if where != "before the headline" else \
        prefix_kind(text) or ("statement" if text.isupper() and L.STATEMENT_ON.match(text) else None)
    # (a headline in capitals that is a statement's label with its subject: 'STELLUNGNAHME DES ASTA ZUR …')
    if kind and not clip.kind:
        clip.decide("kind", kind, f"the label “{text.strip()}” {where}")


# A page the site files under its press releases: its address says so ('/aktuelles/pressemitteilungen/detail/…').
PRESS_PATH = re.compile(r"/(?:press[-_]?releases?|news[-_]?releases?|media[-_]?releases?|pressemitteilungen|presseinformationen|"
                        r"communiques?(?:[-_]de[-_]presse)?|comunicados?(?:[-_]de[-_]prensa)?|notas?[-_]de[-_]prensa|"
                        r"comunicati(?:[-_]stampa)?|note[-_]stampa|comunicados?[-_]de[-_]imprensa|notas?[-_]de[-_]imprensa)/[^/?#]",
                        re.I)


def kind_from_address(clip) -> None:
    """A saved page filed under the site's press releases is one (when nothing else has said what it is)."""
    if not clip.kind and clip.url and PRESS_PATH.search(clip.url):
        clip.decide("kind", "press-release", "the site files it under its press releases (its address)")


# A title that names an official act, an answer to a question in a council or a parliament, minutes, a yearly report
# ('Verordnung über …', 'Ordinanza sindacale n. 38 …', "Risposta all'interrogazione …", 'Planning application 25/02114/FUL:
# …', 'Niederschrift über die öffentliche Sitzung …', 'Relatório Anual de Atividade 2025'): a document, as its title says.
DOCUMENT_TITLE = re.compile(
    r"^(?:verordnung|kundmachung|(?:amtliche )?bekanntmachung|allgemeinverfügung|ordinanza|decreto|arrêté|ordonnance|"
    r"resolución|resolução|bando|avviso pubblico|edital|planning application|appeal decision|"
    r"risposta all'?\s?interrogazione|antwort auf die|réponse (?:à la question|du ministère)|"
    r"question écrite n|written question (?:no|number|n)|interrogazione (?:n|a risposta)|pregunta escrita|pergunta escrita n|"
    r"ordinanza sindacale|einladung zur (?:gemeindeversammlung|sitzung)|"
    r"respuesta a la pregunta|resposta à pergunta|determina(?:zione)? dirigenziale|"
    r"niederschrift über|minutes of the|procès-verbal de|verbale della seduta|acta de la sesión|ata da reunião|"
    r"(?:annual report|jahresbericht|rapport annuel|rapport d'activité|relatório anual(?: de atividade)?|informe anual|"
    r"relazione annuale)(?= \d{4}\b|\s?:))\b", re.I)
# A ruling named by its kind or by its parties ('Erkenntnis …', 'Brassard v Regina Correctional Centre', 'Marlow Estates
# Ltd v Fenwick District Council'); a match's 'England v France' names no party a court knows.
RULING_TITLE = re.compile(r"^(?:(?:press )?summary of (?:the )?|resumen de (?:la |el )?|résumé (?:de l'|du )|sintesi (?:della |del )|"
                          r"zusammenfassung (?:des |der )|resumo (?:da |do ))?"   # (the court's own summary of its ruling)
                          r"(?:judg(?:e)?ment|erkenntnis|urteil[s]?|sentenza|sentencia|arrêt|jugement|acórdão|sentença)\b|"
                          r"^[^:]{2,80}\sv\.?\s(?=[^:]{2,80}$).*\b(?:ltd|plc|inc|council|regina|rex|crown|appellant|"
                          r"respondent|authority|centre|center|association|society|corporation|minister|secretary of state|"
                          r"commissioners?|board|trust)\b", re.I)


# An open letter titled as such ('An open letter to the councillors …', 'Lettre ouverte aux élus …'); not a story about
# one ('Open letter from sixty doctors calls for …').
OPEN_LETTER = re.compile(r"^(?:an? )?(?:open letter(?: to\b|\s*[:–—])|lettre ouverte(?: (?:à|au|aux)\b|\s*[:–—])|"
                         r"offener brief(?: an\b|\s*[:–—])|carta abierta(?: (?:a|al|a los|a las)\b|\s*[:–—])|"
                         r"lettera aperta(?: (?:a|al|alla|ai|agli)\b|\s*[:–—])|carta aberta(?: (?:a|ao|à|aos|às)\b|\s*[:–—]))", re.I)


# A witness's statement to an inquiry or a court, titled so ('Witness Statement of Janet Charlton', 'Zeugenaussage von …').
WITNESS_STATEMENT = re.compile(r"^(?:(?:first|second|third|\d+(?:st|nd|rd|th)) )?(?:witness statement|statement of witness|"
                               r"déclaration (?:de|du) témoin|témoignage écrit|zeugenaussage|schriftliche aussage|"
                               r"declaración (?:testifical|del testigo)|dichiarazione (?:testimoniale|del testimone)|"
                               r"depoimento (?:escrito|da testemunha))\b", re.I)
# A report named after its subject, as a regulator's page titles it: 'Princetown Moor Surgery: inspection report summary',
# 'Hôpital du Jura : rapport d'inspection' (not a headline about one: 'Ferry ramp report finds …').
REPORT_AFTER_NAME = re.compile(r"\s?:\s+(?:(?:inspection|annual|audit|final|interim|progress|committee|quarterly)\s+report"
                               r"(?:\s+summary)?|report summary|rapport d'(?:inspection|activité|audit)|prüfbericht|"
                               r"inspektionsbericht|informe de inspección|rapporto (?:di ispezione|annuale)|"
                               r"relatório de inspeção)$", re.I)


# A letter's or an official paper's subject label before what it is: 'Oggetto: Risposta all'interrogazione …'.
SUBJECT = re.compile(r"^(?:oggetto|objet|betreff|betrifft|subject|re|asunto|assunto)\s*:\s*", re.I)


# A public notice's label ('EDITAL N.º 41/2026', 'Bekanntmachung'): over a notice's own title, news, as the corpus's
# readers wrote it; a notice titled so is a document by its title.
NOTICE = re.compile(r"^(?:kundmachung|(?:amtliche )?bekanntmachung|allgemeinverfügung|bando|avviso pubblico|edital)\b", re.I)


def document_line(text: str) -> bool:
    """A line over the text naming the official document it is ('Ordinanza sindacale n. 38 del 29/05/2025', 'Appeal
    Decision', 'Question écrite n° 04218 de M. …', 'Oggetto: Risposta all'interrogazione n. 9/2025 …')."""
    line = SUBJECT.sub("", text.strip())
    return len(text.split()) <= 25 and bool(DOCUMENT_TITLE.match(line)) and not NOTICE.match(line)


def kind_from_title(clip) -> None:
    """A title that says what the document is sets its kind, when nothing else has."""
    if clip.kind or not clip.title or any(item.startswith("title:") for item in clip.review):
        return   # (a provisional title, the text's opening words, says nothing of its kind)
    if RULING_TITLE.search(clip.title):
        clip.decide("kind", "court-record", f"its title “{clip.title}” names a ruling")
    elif DOCUMENT_TITLE.match(clip.title):
        clip.decide("kind", "document", f"its title “{clip.title}” names an official document")
    elif OPEN_LETTER.match(clip.title):
        clip.decide("kind", "statement", f"its title “{clip.title}” names an open letter, its signatories' statement")
    elif WITNESS_STATEMENT.match(clip.title):
        clip.decide("kind", "statement", f"its title “{clip.title}” names a witness's statement")
    elif REPORT_AFTER_NAME.search(clip.title):
        clip.decide("kind", "document", f"its title “{clip.title}” names, after its subject, the report it is")


# What a report calls itself, in its file's title or its own ('Inspection report summary', 'Grundwasserbericht 2025',
# 'Rapport_secheresse_2026_V5.docx', 'Relatório Anual', 'DroughtReview_FINAL', 'Note technique', 'Policy brief').
REPORT_WORD = re.compile(r"(?:^|[\s_\-–.:(])(?:(?:annual |final |interim |inspection |audit |technical |activity )?(?:report|review)|"
                         r"rapports?|\w*berichts?|informe|relazione|relatório|relatorio|studie|"
                         r"bilan|synthèse|note technique|nota técnica|nota tecnica|policy brief|white paper|"
                         r"presentation|präsentation|présentation|presentación|presentazione|apresentação)(?=$|[\s_\-–.:,)\d])",
                         re.I)


def kind_of_paper(clip, titles: list[str], deck: bool) -> None:
    """An organisation's PDF that says it is a report, a study or a presentation (its file's title, its own title or
    its first lines) is a document, as is a slide deck; a page a browser printed is what the page was."""
    if clip.kind:
        return
    if deck:
        clip.decide("kind", "document", "a slide deck")
    elif said := next((title for title in titles if title and _calls_itself(title)), None):
        clip.decide("kind", "document", f"it calls itself a report, a study or a presentation (“{said}”)")


def _calls_itself(title: str) -> bool:
    """The word is the title's first or last (a year, a number, a version and a file's extension aside): 'Relatório
    2025', 'Rapport d'inspection de …', '… : inspection report summary', not a headline's 'Ferry ramp report finds …'."""
    title = re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", title)   # (a file's name in camel case: 'DroughtReview_FINAL')
    words = [word for word in re.split(r"[\s_\-–—.:·|,()/]+", title) if word and not re.fullmatch(
        r"\d[\d/.-]*|v\d+|final|def|draft|docx?|pdf|odt|microsoft|word|n[°º]?|no", word, re.I)]
    return bool(words) and any(REPORT_WORD.search(" ".join(part)) for part in (words[:2], words[-2:])) or \
        bool(_SUBMITTED.search(title))


# A report put to a body: 'Winter readiness report to the Borough Emergency Planning Committee', 'Rapport au conseil …'.
_SUBMITTED = re.compile(r"\b(?:report|rapport|bericht|informe|relazione|relatório)\s+(?:to|au|aux|an|al|alla|ao|à)\s", re.I)


# A passage quoted in the text, five words or more: what a reporter's story gives and a register, a notice or a page of
# facts does not ('“We will not close the ward,” she said', « Nous n'avons pas été consultés », „Wir warten seit Jahren“).
QUOTED = re.compile(r"“([^”\n]+)”|«\s?([^»\n]+?)\s?»|„([^“”\n]+)[“”]|»([^«\n]+)«|\"([^\"\n]+)\"|"
                    r"‘([^‘\n]+?)’(?![a-zà-ÿ])")


def quotes_someone(blocks: list[str]) -> bool:
    """A passage of five words or more is quoted in the text's paragraphs."""
    return any(len(next(group for group in found.groups() if group).split()) >= 5
               for block in blocks if not block.startswith("#") for found in QUOTED.finditer(block))


# A news agency's own name says what it is: 'Agencia Meseta de Noticias', 'Agence Méditerranée Presse' (not a transport
# authority's 'Agence Territoriale des Mobilités').
NEWS_WORD = re.compile(r"\b(?:news|\w*press|presse|prensa|stampa|imprensa|noticias|notícias|notizie|nachrichten|"
                       r"informa(?:tion|ción|zione|ção))\b", re.I)


def news_agency(name: str) -> bool:
    """A news agency, listed or calling itself one with a word of news in its name."""
    return bool(P.AGENCIES.match(name) or P.AGENCY_NAMED.match(name) and NEWS_WORD.search(name))


def kind_unsaid(clip) -> None:
    """News is what a news outlet publishes or a reporter signs. A clipping whose publisher's name is no newspaper's,
    broadcaster's or agency's (a council, a company, a museum, a register, or none at all), that no one signs, that
    quotes no one and that says nothing of what it is may as well be a notice, a record, a press release or a page of
    facts: its kind is left out and goes to review, for a person to say. One that a news agency publishes on its own
    site is its wire."""
    if clip.kind:
        return
    if clip.outlet and news_agency(clip.outlet):
        clip.decide("kind", "wire", f"a news agency's own page (“{clip.outlet}”)")
        return
    if clip.authors or any(P.is_agency(credit) for credit in clip.credits) or quotes_someone(clip.body):
        return
    if clip.outlet and P.PUBLICATION_WORDS.search(clip.outlet):
        return
    publisher = f"“{clip.outlet}” is no newspaper's, broadcaster's or agency's name" if clip.outlet else "no publisher is named"
    clip.ask("kind", f"not stated — {publisher}, no one signs the text and it quotes no one: say whether it is news, "
                     "a press-release, a statement, a document or other")
