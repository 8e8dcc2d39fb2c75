"""Lines that speak to the reader or about the text, not the text itself, in six languages (English,
French, German, Spanish, Italian, Portuguese): an interviewer's line, a call to readers with an
address to write to, a newsletter's sign-off, an editor's note on the text, a programme's blurb.
Phrase lists per language, never per site; text.py and body.py weigh them with the line's place
and shape (its length, whether prose follows)."""
from __future__ import annotations

import re


def _any(*phrases: str) -> str:
    return "|".join(phrases)


# Who asked the questions: the interviewer, named as an interview's byline.
INTERVIEWER = _any(
    r"interview(?:ed)? by", r"interview and (?:photos|photographs) by", r"propos recueillis par", r"entretien réalisé par",
    r"(?:das )?(?:interview|gespräch) führten?", r"interview von", r"gespräch von", r"entrevista (?:realizada )?(?:de|por|a cargo de)",
    r"intervista (?:a cura )?di", r"intervista raccolta da", r"entrevista conduzida por",
    # ('Interview: Lukas Bereuter' under the headline: a label, then only a name of two or three words)
    r"(?:interview|entretien|gespräch|entrevista|intervista)\s?:(?=\s*(?:(?-i:[A-ZÀ-Þ])[\w'’.-]+\s?){2,3}$)")
INTERVIEWER_LINE = re.compile(r"^(?:" + INTERVIEWER + r")\s+(?-i:[A-ZÀ-Þ])", re.I)

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A verb that asks the reader to write or tell, at the start of a sentence.
CONTACT = re.compile(r"(?:^|[.?!:]\s+)(?:" + _any(
    r"e-?mail( us)?", r"write to us", r"contact us", r"tell us", r"get in touch", r"send (it |them )?(to )?us", r"let us know",
    r"écrivez(-nous)?", r"contactez(-nous)?", r"envoyez(-nous)?", r"racontez(-nous)?", r"signalez(-nous)?",
    r"schreiben sie( uns)?", r"schreibt uns", r"kontaktieren sie( uns)?", r"mailen sie( uns)?", r"melden sie sich",
    r"escr[ií]b(an|e)nos", r"cont[aá]ct(en|a)nos", r"env[ií](en|a)nos(l[oa]s?)?", r"cu[eé]nt(en|a)nos", r"m[aá]nd(en|a)nos(l[oa]s?)?",
    r"scrivete(ci)?", r"scrivici", r"contatta(teci|ci)", r"invia(teci|ci|cel[oa])", r"segnala(teci|ci|cel[oa])", r"manda(teci|ci|cel[oa])",
    r"escreva(-nos)?", r"escreve(-nos)?", r"contacte(-nos)?", r"envie(-nos)?", r"conte(-nos)?", r"mande(-nos)?",
    r"schicken sie( (sie|es|ihn) )?uns", r"schickt uns", r"envoyez-nous(-l[ae])?",
    r"(ring|call|phone) (us|the (news)?desk|the newsroom)", r"drop (it|them) (in|off)", r"appelez(-nous)?", r"rufen sie( uns)? an",
    r"ll[aá]m(en|a)nos", r"chiamateci", r"chiamaci", r"ligue(-nos)?",
) + r")\b", re.I)
# A short question put to the reader, the prompt's first sentence ('Got a story?', 'Haben Sie Hinweise für unsere Redaktion?').
READER_QUESTION = re.compile(r"^[^.!?]{3,70}\?\s")
# A way to reach the newsroom other than an address: a phone number, a messaging app.
CHANNEL = re.compile(r"\b(whatsapp|telegram|signal)\b|(?<![\d,.])\+?\d[\d ]{7,14}\d(?![\d,.])", re.I)


# A notice that the reader gets this article free, and an offer for the rest ('You are reading this article for free.').
FREE_ARTICLE = re.compile(r"^(?:" + _any(
    r"you('re| are) reading (this|a) (free )?(article|story)( for free)?", r"this (article|story) is free( to read)?",
    r"vous lisez (cet|un) article (gratuit|gratuitement|offert)", r"cet article (vous )?est (offert|en accès libre|gratuit)",
    r"sie lesen (diesen|einen) (kostenlosen )?artikel( kostenlos| gratis)?", r"dieser artikel ist (für sie )?(kostenlos|frei)",
    r"est[aá]s? leyendo (este|un) art[ií]culo (gratis|gratuito|gratuitamente|en abierto)", r"este art[ií]culo es (gratis|gratuito|de acceso libre)",
    r"stai leggendo (questo|un) articolo (gratis|gratuitamente|gratuito)", r"questo articolo è (gratuito|gratis|in chiaro)",
    r"est[aá] a ler (este|um) artigo (gratuitamente|grátis|gratuito)", r"este artigo é (gratuito|grátis|de acesso livre)",
    # (or what is for subscribers is the comments, not the article: 'Comments are available to subscribers only.')
    r"(comments?|commenting|the comments section|kommentare|kommentieren|(les )?commentaires|(los )?comentarios|"
    r"(i )?commenti|(os )?comentários)\b.{0,40}\b(subscribers?|abonnés|abonnent\w*|suscriptores|abbonati|assinantes)",
) + r")\b", re.I)


# A link to download a file ('Download the full report (PDF, 2.4 MB)'), and a file's type and size in brackets.
DOWNLOAD = re.compile(r"^(?:download|télécharger|téléchargez|herunterladen|descargar|descarga|scarica|scaricare|baixar|"
                      r"descarregar|transferir)\b|\b(?:pdf|datei|bericht|report) herunterladen$|"
                      r"\((?:(?:pdf|zip|docx?|xlsx?|odt|mp3|mp4|jpe?g|png)\s*,?\s*)?\d+(?:[.,]\d+)?\s?(?:kb|mb|gb|ko|mo|go)\)", re.I)
# A plea for money: 'Support our work', 'Donate now', in each language, to the reader.
DONATION = re.compile(r"^(?:" + _any(
    r"support (our|us|the) (work|journalism|campaign)", r"donate( now| today)?", r"make a donation",
    r"soutenez(-nous| notre (travail|action|journalisme))", r"faire un don", r"faites un don",
    r"unterstützen sie (uns|unsere arbeit)", r"jetzt spenden", r"spenden sie",
    r"apoya (nuestro|nuestra) (trabajo|labor|periodismo)", r"(haz|hacer) (un donativo|una donación)", r"dona ahora",
    r"sostieni (il nostro|la nostra) (lavoro|attività|giornalismo)", r"dona ora", r"fai una donazione",
    r"apoie (o nosso|a nossa) (trabalho|jornalismo)", r"doe agora", r"faça uma doação",
) + r")\b", re.I)


# A postal address: a street (its word and a number) and a postcode, in each language's form.
STREET = re.compile(r"\b(?:via|viale|piazza|corso|largo|rue|avenue|boulevard|bd|place|chemin|quai|allée|[\w-]*stra(?:ß|ss)e|str\.|"
                    r"[\w-]*platz|[\w-]*weg|[\w-]*allee|[\w-]*gasse|calle|avenida|avda\.|plaza|paseo|carrer|rua|praça|travessa|"
                    r"largo|street|st\.?|road|rd\.?|lane|avenue|square|drive|way)\b", re.I)
POSTCODE = re.compile(r"(?<![\d.,])(?:\d{5}|(?!(?:19|20)\d\d(?![\d-]))\d{4}(?:-\d{3})?|[A-Z]{1,2}\d{1,2}[A-Z]? ?\d[A-Z]{2})(?![\d.,])")
# (four figures that read as a year, '… im Herbst 2027', are no postcode)


def address(text: str, words: int) -> bool:
    """A letterhead's or a footer's postal address ('Via Roma 3 · 28040 Lesa', '3 Quay Street · Bayport BP1 2QS')."""
    return words <= 16 and bool(STREET.search(text)) and bool(POSTCODE.search(text)) and \
        not re.search(r"[.!?]$|://|www\.|@|/\d{4}/", text)   # (not a link whose path names a road and a year)


def file_or_plea(text: str, words: int) -> bool:
    """A download link or a plea for a donation: page furniture around the text, never its prose."""
    return words <= 25 and bool(DONATION.match(text)) or words <= 12 and bool(DOWNLOAD.search(text))


def reader_call(text: str, words: int) -> bool:
    """'Have you been affected? Email newsdesk@paper.example': a call to readers with an address to write to
    (a question put to them, or a sentence opening on a verb that asks them to write); 'You are reading this
    article for free': an offer to subscribe."""
    return words <= 35 and (bool(EMAIL.search(text)) and ("?" in text or bool(CONTACT.search(text))) or
                            bool(CHANNEL.search(text)) and "?" in text and bool(CONTACT.search(text)) or
                            words <= 25 and bool(READER_QUESTION.match(text)) and bool(CONTACT.search(text)) or
                            bool(FREE_ARTICLE.match(text)))


# A newsletter's sign-off, above its footer: the letter ends, the reader is asked to reply or pass it on.
SIGN_OFF = re.compile(_any(
    r"\bthat'?s (all|it) for (this week|today|now|this issue)\b", r"\b(see you|until) next (week|time|issue)\b",
    r"\breply to this (e-?mail|message|letter)\b", r"\bforward (it|this)( \w+)? to (someone|a friend|friends)\b",
    r"^(enjoyed|liked) (this|it)\b", r"^did you (enjoy|like) (this|it)\b",
    r"\bc'est tout pour (cette semaine|aujourd'hui|ce numéro)\b", r"\bà (la semaine prochaine|bientôt|la prochaine)\b",
    r"\brépondez à (ce|cet|cette) (message|e-?mail|courriel|lettre)\b", r"^vous avez aimé\b",
    r"\bdas war'?s (für|fuer) (diese woche|heute|diesmal)\b", r"\bbis (nächste woche|zum nächsten mal)\b",
    r"\bantworten sie (auf|einfach auf) (diese|diesen) (e-?mail|nachricht|newsletter)\b", r"^hat (es|er) ihnen gefallen\b",
    r"\beso es todo (por|esta) (hoy|semana)\b", r"\bhasta la (próxima|semana que viene)\b",
    r"\bresponde a este (correo|mensaje|e-?mail)\b", r"^¿?te ha gustado\b",
    r"\bè tutto per (questa settimana|oggi)\b", r"\balla prossima( settimana)?\b", r"\brispondi a questa (e-?mail|mail|lettera)\b",
    r"^ti è piaciut[ao]\b", r"\bé tudo por (esta semana|hoje)\b", r"\baté à próxima( semana)?\b",
    r"\bresponda a este (e-?mail|email|correio)\b", r"^gostou\b",
), re.I)

# An editor's note on the text: how it was edited ('Transcript edited for length and clarity').
EDITED_NOTE = re.compile(r"^\(?(?:\w+(?: |['’]))?(?:" + _any(
    r"(transcript|interview|conversation)\b.{0,40}\b(edited|condensed|shortened|revised)\b",
    r"(transcription|entretien|interview|propos|conversation)\b.{0,40}\b(revue?s?|relue?s?|édité(e|s)?|condensée?s?|"
    r"raccourcie?s?)\b",
    r"(gespräch|interview|transkript)\b.{0,40}\b(gekürzt|redigiert|bearbeitet)\b",
    r"(entrevista|transcripción|conversación)\b.{0,40}\b(editada|condensada|revisada|resumida)\b",
    r"(intervista|trascrizione|conversazione)\b.{0,40}\b(rivista|editata|condensata|ridotta)\b",
    r"(entrevista|transcrição|conversa)\b.{0,40}\b(editada|revista|condensada)\b",
    # (a transcript made by a machine: 'This transcript was generated automatically and may contain errors')
    r"(transcript|transcription|transkript|transcripción|trascrizione|transcrição)\b.{0,40}\b(automatic(ally)?|"
    r"machine|automatique(ment)?|automatisch|automátic[ao](mente)?|automatic[ao](mente)?|automaticamente)\b",
    # (a parliament's record before it is final: 'This is a proof only. It may be corrected before …')
    r"(is|est|ist) (a|an|un|une|ein|eine) (uncorrected |unrevised |non corrigée? |vorläufige )?(proof|épreuve|version provisoire|"
    r"fassung|entwurf)\b", r"(uncorrected|unrevised) (proof|transcript)\b", r"(provisional|proof) (record|transcript) (only|subject)",
    # (an agency's note of what its new version adds: 'UPDATES with comment from the mayor (paragraphs 5-8)',
    #  'ACTUALIZA con declaraciones de … (párrafos 5 a 8)', 'MISE À JOUR avec …', 'AKTUALISIERT mit …')
    r"(?-i:UPDATES?|ADDS|RECASTS|REWRITES|ACTUALIZA|AÑADE|AMPLÍA|MISE À JOUR|AJOUTE|AKTUALISIERT|ERGÄNZT|AGGIORNA|AGGIUNGE|"
    r"ATUALIZA|ACRESCENTA)\s+(with|con|avec|mit|com)\b.{0,200}",   # (not a live page's 'UPDATE: the road has reopened')
    r"(updates?|adds|actualiza|añade|amplía|mise à jour|ajoute|aktualisiert|ergänzt|aggiorna|aggiunge|atualiza|acrescenta)\b"
    r".{0,200}\((paragraphs?|paras?|párrafos?|paragraphes?|absätze|absatz|paragrafi|parágrafos?)\s[\d\s,ay–-]+\)\.?$",
) + r")", re.I)

# A programme's blurb: when it is on ('Every morning at 7.50, a guest ...').
SCHEDULE = re.compile(r"^(?:" + _any(
    r"(every|each) (morning|evening|night|day|weekday|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"(tous les|chaque) (matins?|soirs?|jours?|semaines?|lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?)",
    r"jeden (morgen|abend|tag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)", r"(montags|werktags|täglich)",
    r"(todas las|cada) (mañanas?|noches?|tardes?)", r"(todos los|cada) (días?|lunes|martes|miércoles|jueves|viernes|sábados?|domingos?)",
    r"(ogni|tutte le|tutti i) (mattin[ae]|ser[ae]|giorn[oi]|lunedì|martedì|mercoledì|giovedì|venerdì|sabat[oi]|domenic[ah]e)",
    r"(todas as|cada) (manhãs?|noites?|tardes?)", r"(todos os|cada) (dias?|sábados?|domingos?)",
) + r")\b.{0,25}?\d", re.I)


# An official record's note on its own publication: the rule it is published under.
PUBLISHED_UNDER = re.compile(r"^(?:" + _any(
    r"published (under|pursuant to|in accordance with) (standing order|rule|section|article)",
    r"publié(e)? (en application|conformément) (de l'|à l')article", r"veröffentlicht (gemäß|nach) (§|art)",
    r"publicad[oa] (conforme|de acuerdo con|según) (al|el) artículo", r"pubblicat[oa] ai sensi dell'articolo",
    r"publicad[oa] nos termos do artigo",
) + r")", re.I)


def note_on_the_text(text: str, words: int) -> bool:
    """An editor's note or a programme's blurb after an interview or a transcript; an official record's note on
    the rule it is published under."""
    return words <= 30 and bool(EDITED_NOTE.match(text) or SCHEDULE.match(text) or PUBLISHED_UNDER.match(text))


# A publisher's legal footer: its legal form, registration and legal pages. Beside a '©', it is the site's
# copyright notice, not a picture's credit.
LEGAL = re.compile(r"\b(" + _any(
    r"legal notice", r"terms( of (use|service)| and conditions)?", r"privacy( policy)?", r"cookies?", r"registered (charity|company|office)",
    r"company (no|number)", r"all rights reserved", r"ltd", r"limited", r"plc", r"llc", r"inc",
    r"mentions légales", r"données personnelles", r"association loi 1901", r"sarl", r"sas", r"siret", r"tous droits réservés",
    r"asbl", r"a\.s\.b\.l", r"vzw", r"sprl", r"sàrl", r"scrl",   # (Belgian and Swiss legal forms: 'Télé-Hesbaye asbl')
    r"rcs", r"siren\s*:?\s*\d", r"hr[ab] ?\d+", r"handelsregister", r"registergericht", r"registro mercantil", r"registro (delle )?imprese",
    r"impressum", r"datenschutz", r"agb", r"gmbh", r"e\. ?v", r"kg", r"alle rechte vorbehalten",
    r"aviso legal", r"política de (privacidad|cookies)", r"s\. ?l", r"s\. ?a", r"cif", r"todos los derechos reservados",
    r"note legali", r"privacy", r"srl", r"s\.r\.l", r"spa", r"s\.p\.a", r"p\. ?iva", r"tutti i diritti riservati",
    r"termos( e condições)?", r"privacidade", r"lda", r"nif", r"todos os direitos reservados",
    r"reproduction (interdite|réservée|soumise à .{0,30})", r"riproduzione (riservata|vietata)", r"reproducción (prohibida|reservada)",
    r"éditions", r"verlag", r"ediciones", r"edizioni", r"edições", r"publishing", r"media group",
) + r")(?=\W|$)", re.I)


def legal_footer(text: str) -> bool:
    """'© Valley Trust – Registered charity 1098765 – Legal notice': a copyright notice with the publisher's legal words, its
    year or its publishing house ('© Kestrel Bay Advertiser 2026', '© Causses & Vallées – Éditions du Viaduc'), not a picture's credit;
    or the publisher's name first, then its legal words and pages, set apart ('Valley Post – Ltd, no 1234 – Privacy')."""
    if text.lstrip().startswith(("©", "(c)", "Copyright")) and (LEGAL.search(text) or re.search(r"\b(19|20)\d\d\b", text)):
        return True
    from .lines import outlet_like   # (lines.py reads this module through phrases.py)

    parts = re.split(r"\s+[-–—|·•]\s+", text.strip())   # ('Valley Post – Registered in England, no 1234 – Privacy')
    web = any(re.fullmatch(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?", part) for part in parts)
    return len(parts) >= 3 and all(len(part.split()) <= 12 for part in parts) and (outlet_like(parts[0]) or web) and \
        sum(bool(LEGAL.search(part)) for part in parts[1:]) >= 1 and (web or not LEGAL.search(parts[0]))
    # (or a name in small letters with its web address: 'SCA Coopérative laitière des Bauges – RCS Chambéry … – www.….fr')


# Where a page names its publisher at the foot: its copyright line, its app's download line.
_NAME = r"(?P<name>(?-i:[A-ZÀ-Þ])(?:[^.·|–—,;:!?]|\.(?=\w)){1,50}?)"   # (a stop inside it: 'Radio Sierra Norte S.L.')
FOOTER_NAME = [
    re.compile(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?" + _NAME + r"\s*(?:\.(?!\w)|[·|–—,;]|$)", re.I),
    re.compile(r"^(?:download|get|install) the " + _NAME + r" app\b", re.I),
    re.compile(r"^(?:téléchargez|découvrez|installez) l'appli(?:cation)? (?:de |du |d')?" + _NAME + r"\s*$", re.I),
    re.compile(r"^(?:laden sie|holen sie sich) die (?:app (?:von |der |des )?)?" + _NAME + r"(?:-| )?app\b", re.I),
    re.compile(r"^(?:descarga|descárgate|baja) la app (?:de |del )?" + _NAME + r"\s*$", re.I),
    re.compile(r"^scarica l'app (?:di |de |del |della )?" + _NAME + r"\s*$", re.I),
    re.compile(r"^(?:descarregue|baixe|instale) a app (?:d[oa] |de )?" + _NAME + r"\s*$", re.I),
]
# What an app's share sheet adds under the text: 'Shared from the Valley Post app'. What it shares is the headline, its
# summary and the link: the article's opening only (text.py).
SHARE_SHEET = [
    re.compile(r"^(?:shared|sent) (?:from|via|with) (?:the )?" + _NAME + r"(?:'s)? app\b", re.I),
    re.compile(r"^(?:partagé|envoyé) (?:depuis|via|avec) l'appli(?:cation)? (?:de |du |d')?" + _NAME + r"\s*$", re.I),
    re.compile(r"^(?:geteilt|gesendet) (?:aus|über|via|mit) der " + _NAME + r"(?:-| )app\b", re.I),
    re.compile(r"^(?:compartido|enviado) (?:desde|con|vía|via) la app (?:de |del )?" + _NAME + r"\s*$", re.I),
    re.compile(r"^(?:condiviso|inviato) (?:dall'app|tramite l'app|con l'app|via app) (?:di |del |della )?" + _NAME + r"\s*$", re.I),
    re.compile(r"^(?:partilhado|compartilhado|enviado) (?:a partir da|através da|pela|da|via) app (?:d[oa] |de )?" + _NAME + r"\s*$", re.I),
]
FOOTER_NAME += SHARE_SHEET

# A wire's line naming who issued the release it distributes: 'News provided by' / 'Tidemark Hydrogen Ltd'.
PROVIDED_BY = re.compile(r"^(?:(?:news|content|release|information|press release) )?(?:provided|distributed|issued|supplied) by"
                         r"|^(?:published in|publié dans|veröffentlicht in|publicado en|pubblicato (?:su|in)|publicado (?:em|no|na))"
                         r"(?=\s*:?\s*$|\s+(?-i:[A-ZÀ-Þ])\D*$)"   # (a platform's 'Published in' / the publication; no date)
                         r"|^communiqué (?:diffusé|transmis|fourni) par|^(?:bereitgestellt|herausgegeben|verbreitet) von"
                         r"|^(?:distribuido|proporcionado|emitido) por|^(?:fornito|diffuso|distribuito) da"
                         r"|^(?:distribuído|fornecido|emitido) por", re.I)

# A wire's release names its issuer on a line of its own at its end ('SOURCE Bruce Peninsula Housing Trust'), and the
# wire in its dateline ('LION'S HEAD, ON, April 2, 2025 /Northstar Newswire/ -').
WIRE_SOURCE = re.compile(r"^SOURCE\s+(?P<name>(?-i:[A-ZÀ-Þ])[^,:]{2,80})$")
WIRE_DATELINE = re.compile(r"\d{4}\s*/\s*(?-i:[A-Z])[\w .&'’-]{2,40}/\s*[-–—]")

# A press-release portal's trailer naming the release's issuer: 'Original-Content von: Polizeiinspektion Celle-Heide,
# übermittelt durch …' (the issuer is the outlet; the portal only carries it).
ORIGINAL_CONTENT = re.compile(r"^(?:original[- ]?content|originalinhalt|originaltext|contenu original|contenido original|"
                              r"contenuto originale|conteúdo original) (?:von|from|by|de|di|da)\s*:?\s*(?P<name>[^,]{3,80}?)"
                              r"(?:,\s*(?:übermittelt|transmitted|distributed|transmis|diffusé|distribuido|trasmesso|"
                              r"distribuído|via)\b.*)?$", re.I)

# The label over a release's press contact, whose first line is the issuer: 'Rückfragehinweis:', 'Media contact:'.
CONTACT_LABEL = re.compile(r"^(?:rückfragehinweis|rückfragen(?: bitte)?(?: an)?|pressekontakt|medienkontakt|media contact|"
                           r"press contact|media enquiries|contact presse|contacts? presse|contacto de prensa|"
                           r"contatti stampa|contatto stampa|contacto para a imprensa|contacto para (?:a )?comunicação social|"
                           r"contactos? de imprensa|contacto de imprensa|press office|ufficio stampa|service de presse|"
                           r"gabinete de (?:imprensa|comunicação)|gabinete de prensa|pressestelle)\s*:?$", re.I)
# A post forwarded from a channel names the channel first: 'Forwarded from The Valley Post', 'Transféré de …'.
FORWARDED_FROM = re.compile(r"^(?:forwarded from|transféré de|transféré depuis|weitergeleitet von|reenviado (?:de|desde)|"
                            r"inoltrato da|encaminhado de|reencaminhado de)\s+" + _NAME + r"\s*$", re.I)


def footer_name(text: str) -> str | None:
    """The name a page's copyright, app or legal line gives its publisher ('© 2025 The Valley Post. All rights reserved.')."""
    for pattern in FOOTER_NAME:
        found = pattern.match(text.strip())
        if found:
            name = LEGAL.sub("", found.group("name")).strip(" ,.")
            return re.sub(r"\s+20[1-3]\d$", "", name)   # (not the year after it: '© ARP 2025 – …')
    parts = re.split(r"\s+[–—|·•]\s+", text.strip(), maxsplit=1)
    first, rest = (parts + [""])[:2]
    if rest and LEGAL.search(rest) and not LEGAL.search(first) and 2 <= len(first.split()) <= 6 and \
            not re.search(r"\d|@|://", first):
        return first.strip(" ,.")   # ('Gazzetta del Valle – Testata registrata … – P. IVA …': the publisher, then its legal words)
    return None


# An opinion piece's line about its author, in place of a byline: 'Ann Lowe is a hydrologist at ...' (only in an
# opinion piece: a news story's standfirst may open the same way).
AUTHOR_BIO = re.compile(r"^(?P<name>(?-i:[A-ZÀ-Þ])[\w'’.-]+(?: (?:(?:de|du|la|le|van|von|del|di|da|dos) )?(?-i:[A-ZÀ-Þ])[\w'’.-]+){1,3})"
                        r",? (?:is|was|est|était|ist|war|es|fue|è|era|é|foi) \w", re.I)


def author_bio(text: str, words: int) -> str | None:
    """The name an author's line gives ('Ann Lowe is a former planning officer'), or None."""
    found = AUTHOR_BIO.match(text)
    return found["name"] if found and words <= 30 and text.count(". ") == 0 else None


# The reader addressed ('you', 'votre', 'dein', 'tu', 'você'), and the site speaking as 'we' ('our', 'notre',
# 'unser', 'nuestro', 'nostro', 'nosso'): closed classes of words in each language, no site's phrases.
# (Not the words that are also ordinary small words in another language: French 'du', Portuguese 'nos'.)
YOU = re.compile(r"\b(?:you|your|yours|vous|votre|vos|tu|toi|tes|dein\w*|dich|dir|euch|eu(?:er|re)\w*|tú|tus|usted(?:es)?|"
                 r"vuestr\w*|tuo|tua|tuoi|tue|voi|vostr\w*|você|vocês|teu|teus|tuas|voss[oa]s?)\b|(?<=\w )(?-i:Sie|Ihr\w*)\b", re.I)
WE = re.compile(r"\b(?:we|our|ours|(?-i:us)|nous|notre|wir|uns|unser\w*|nosotr[oa]s|nuestr\w*|noi|nostr\w*|nós|noss[oa]s?)\b",
                re.I)
# A sentence opening with a verb in the imperative that French marks by its ending ('Déposez', 'Abonnez-vous').
IMPERATIVE = re.compile(r"^(?!chez\b)[^\W\d_]{3,}ez(?:-(?:vous|nous|le|la|les))?\b|^[^\W\d_]+-(?:vous|toi)\b", re.I)
QUOTED = re.compile(r"[«»“”„\"]")
# The site promising more of its coverage: 'More updates on our live page', 'Plus d'infos dans notre fil demain'.
MORE_TO_COME = re.compile(r"^\W*(?:more (?:info|information|details|updates|on this)|plus d'(?:infos?|informations?|détails)|"
                          r"mehr (?:infos?|informationen|dazu)|más (?:información|detalles|datos)|"
                          r"(?:maggiori|più) (?:informazioni|dettagli|notizie)|mais (?:informações|detalhes|notícias))\b", re.I)


def site_speaks_to_reader(text: str, words: int, site_words: set[str]) -> bool:
    """'Subscribe to the Valley Gazette's newsletter', 'The Gazette in your inbox', 'Déposez un message sur notre
    espace': the site (named, or 'we') prompting its reader (an imperative, a sign-up), or the site named and
    the reader addressed — a prompt, not the article, when it closes the text. Not a quotation, and not the paper speaking of itself to
    no one ('The Gazette offers its condolences to the family': that is the article's)."""
    from .phrases import PROMPT   # (phrases.py reads this module's interviewer words)

    if words > 40 or QUOTED.search(text):
        return False
    named = bool(site_words & {word.casefold() for word in re.findall(r"[^\W\d_]{5,}", text)})
    prompts = bool(IMPERATIVE.search(text) or PROMPT.search(text) and words < 25 or MORE_TO_COME.search(text))
    # (a long sentence of the story that names a subscription, '… prolongera les abonnements', asks nothing of its reader)
    return (named or bool(WE.search(text))) and prompts or named and bool(YOU.search(text))   # ('we' and 'you' alone: a
    #                                                                 blog's or a live report's own closing words)
