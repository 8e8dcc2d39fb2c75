"""The last look at what import writes: a title, outlet or writer no careful reader would write is withdrawn, for review.

Each reader decides these from its own evidence (a line's place and shape, a page's markup, a PDF's layout). When the
value it settles on has a shape no headline, publication or person has (a letter's salutation or the sender's street
as the headline, a row of buttons, a breadcrumb, a page's print view or a council paper's label as the outlet, the
addressee as the writer), the evidence misled it. Saying "not known" is then right where writing the value is wrong:
the field is left out and named in `review:`, as when the clipping does not state it.
"""
from __future__ import annotations

import datetime
import re
import unicodedata

from ..matcher import fold
from . import furniture as F
from . import phrases as P
from .clipping import Clipping
from .hosts import spells_host
from .lines import SENTENCE_END, name_like, outlet_like, strip_honorific
from .kinds import DOCUMENT_TITLE, kind_unsaid
from .official import FORM_OF_ADDRESS, SALUTATION
from .shown import GENERIC_TITLE

# The sender's or the addressee's street: '1, place de la Préfecture', '12 rue des Moulins', 'Via Roma 40', 'Hauptstraße 3'.
STREET = re.compile(r"^(?:\d+[a-z]?,?\s+(?:rue|place|avenue|av\.|boulevard|bd|chemin|impasse|allée|quai|cours|route|via|viale|"
                    r"piazza|corso|calle|avenida|plaza|paseo|rua|praça|travessa|road|street|lane|drive)\b|"
                    r"(?:via|viale|piazza|corso|calle|avenida|rua|rue)\s+[^,]{2,40}\s\d+[a-z]?$|"
                    r"[\wäöüß-]+(?:straße|strasse|weg|platz|gasse|allee|ring)\s+\d+[a-z]?$)", re.I)
# A postcode and its town, an address's last line: '88138 Lindau-Ried', 'D-80331 München', '75004 Paris'.
POSTCODE_TOWN = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}\s+(?!(?:radio|fm|am|news|tv|info)\b)(?-i:[A-ZÀ-Þ])[\w'’ .-]{1,40}$",
                           re.I)   # (not a station's frequency: '1460 Radio')
# A date and time alone: '04.12.2026, 10:05', '3 December 2026', 'Mittwoch, 2. Dezember 2026'.
DATE_ONLY = re.compile(r"(?:\w+,?\s)?\d{1,2}(?:[./-]\d{1,2}[./-]\d{2,4}|\.?\s\w+\.?\s\d{4})(?:,?\s(?:um\s|à\s|at\s)?\d{1,2}[:.h]\d{2}"
                       r"(?:\s?(?:uhr|h|am|pm))?)?", re.I)
# A place and a date written out in words, as rulings and deeds date themselves: 'En Teruel, a veintisiete de enero de dos
# mil veintiséis.', 'Fait à Rodez, le dix-huit novembre deux mille vingt-cinq'.
DATE_IN_WORDS = re.compile(r"^(?:(?:en|à|a|in|fait à|dado en|dato a)\s+[\w' -]{2,40},?\s+)?(?:a|le|el|il|am|on|the)?\s*[\w-]+\s+"
                           r"(?:de\s+)?\w+\s+(?:de\s+)?(?:dos mil|deux mille|two thousand|zweitausend|duemila|dois mil)\b.{0,30}$",
                           re.I)
# A part of a gazette or a report numbered in Roman figures, its heading: 'III. Administración Local'. (Not '1. FC Köln'.)
NUMBERED_PART = re.compile(r"(?-i:[IVXLC]{1,5})\.\s+\S|(?:chapter|part|section|chapitre|partie|kapitel|teil|abschnitt|"
                           r"capítulo|parte|sección|capitolo|sezione|secção|seção)\s+(?:\d{1,3}|[IVXLC]{1,5})\b", re.I)
# A file's reference or protocol number: 'Prot. Nr. 0784512', 'Az. 32-4471/25', 'Réf. : DG/2026/118', 'Our ref: PL/25/0412'.
REFERENCE = re.compile(r"(?:prot(?:okoll)?|protocollo|ref|réf|referencia|referência|az|aktenzeichen|gz|geschäftszahl|"
                       r"our ref|your ref|n/réf|v/réf|n/ref|v/ref)\.?\s*(?:nr\.?|n[°º.]?|no\.?|:)?\s*[\w/.-]*\d[\w/.-]*", re.I)
# A council paper's or a page's own label, never a publication's name: 'Vorlage', 'Drucksache', 'Druckversion'.
PAPER_LABEL = re.compile(r"(?:vorlage|beschlussvorlage|sitzungsvorlage|drucksache|anfrage|antrag|niederschrift|protokoll|"
                         r"tagesordnung|anlage|agenda|minutes|motion|délibération|ordre du jour|ordine del giorno|"
                         r"delibera|orden del día|acta|ata|pauta|"
                         # (a government's answer to a member's question: 'Antwort der Landesregierung')
                         r"(?:antwort|answer|réponse|risposta|respuesta|resposta) (?:der|des|of the|du|de la|de l'|del|della|"
                         r"do|da) [\w' -]{3,40}|"
                         # (a notice's label: 'AVIS À LA POPULATION', 'Öffentliche Bekanntmachung', 'Public notice')
                         r"(?:public|official|council|statutory) notice|notice to (?:mariners|residents|the public)|"
                         r"avis (?:à la population|public|aux (?:habitants|riverains|usagers))|"
                         r"(?:öffentliche |amtliche )?bekanntmachung|amtliche mitteilung|aviso (?:a la población|público)|"
                         r"avviso (?:alla cittadinanza|pubblico)|aviso (?:à população|público)|edital)", re.I)
# An archive's or a search engine's banner over the page it kept: 'This is Google's cache of https://…'.
BANNER = re.compile(r"\bcache of\b|\bcached (?:page|copy)|\bwayback machine\b|\b(?:https?://|www\.)\S", re.I)
# The forms that address a person, never a byline: 'Monsieur le Préfet', 'Herrn Oberbürgermeister', 'Gentile Sindaco'.
ADDRESSED = re.compile(r"^(?:monsieur|madame|mesdames|messieurs|herrn?|frau|sehr geehrte[rn]?|señor|señora|sr\.|sra\.|"
                       r"signor[ae]?|gentile|egregio|exm[oa]\.?|senhor[a]?|dear|to the)\b", re.I)

# A credit's label, in each language: 'Photos :', 'Foto:', 'Bild', 'Picture:', 'Crédit photo :'.
CREDIT_LABEL = re.compile(r"^\W*(?:\d{4}\s+)?(?:(?:photo(?:graph(?:y|s)?)?s?|fotos?|bild(?:er)?|pictures?|images?|illustrations?|"
                          r"cr[ée]dits?(?: photos?)?|fotograf[íi]as?|fotografie)\b\s*:?\s*(?:(?:by|di|de|von|par|por)\s+)?)?",
                          re.I)   # ('foto di Matteo Cecchini' and 'Foto Matteo Cecchini', '© 2025 Owain Bevan': one person)

# A letter's addressee line, never its subject: 'An alle Mitgliedsbetriebe', 'À tous les adhérents', 'To all members'.
ADDRESSEES = re.compile(r"^(?:an (?:alle|die|unsere)|à (?:tous|toutes)(?: les| nos)?|aux|to all(?: our)?|a tod[oa]s(?: l[oa]s| os| as)?|"
                        r"a tutt[ie](?: i| le| gli)?|aos|às|"
                        # (Italian's and Spanish's 'ai', 'a los' open headlines too: only before the people addressed)
                        r"(?:ai|agli|alle|a l[oa]s)(?= (?:soci[oe]?s?|associat[ie]|iscritt[ie]|genitori|cittadin[ie]|residenti|"
                        r"clienti|utenti|sindaci|membri|dipendenti|colleghi|tifosi|abbonat[ie]|vecin[oa]s|famil(?:ie|ias)|"
                        r"comuneros|abonad[oa]s|usuari[oa]s)\b))\s+"
                        # (whom, in up to ten words: 'An alle Abonnentinnen und Abonnenten der Wasserversorgung Riedern',
                        #  'Ai soci, agli sponsor e ai tifosi dell'A.C. Lamone Faenza'; no sentence)
                        r"(?:[^\W\d][\w'’.-]*,?\s?){1,10}(?<![.!?])$|"
                        # (the people a letter goes to, named at length with their streets and postcode: 'Aux habitantes
                        #  et habitants des rues du Moulin, de la Birse et de la Gare 2738 Court')
                        r"^(?:aux|à tous les|à toutes les|an die|to the|a los|a las|ai|agli|aos|às) (?:habitant|riverain|résident|"
                        r"usager|abonné|propriétaire|locataire|anwohner|bewohner|residents|householders|occupiers|vecin|"
                        r"resident|abitant|morador)[\w'’.,/ -]{0,140}(?<![.!?])$", re.I)

# Lines a document sets where a headline might stand, each of a kind no headline is: an agenda's item ('TOP 1
# Eröffnung …', 'Item 4: Apologies'), a form's field ('Counsel: …', 'Delito: …', 'N.º de cliente: …', 'Az.: …'), a
# copy sent for information ('e p.c. Al Presidente …', 'cc: …'), a report's submission ('Presented to …', 'Apresentado à
# Assembleia …'), a newsletter's issue ('BOLETIM INFORMATIVO N.º 23 · Outubro de 2025').
# A line that announces what follows: '… ha pronunciato la seguente', 'The court gives the following:'.
LEAD_IN = re.compile(r"\b(?:la seguente|il seguente|the following|le suivant|la suivante|folgende[ns]?|la siguiente|el siguiente|"
                     r"a seguinte|o seguinte)\s*:?$", re.I)
FORM_FIELD = re.compile(r"^(?:counsel|appearances|delito|offen[cs]e|infraction|reato|n\.?\s?º de cliente|n\.?\s?º cliente|"
                        r"(?:customer|account|client|kunden|vertrags)[- ]?(?:number|no\.?|nummer|nr\.?)|cliente|local de consumo|"
                        r"aktenzeichen|az\.|gz\.?|geschäftszahl|expediente|procedimiento|ruolo generale|r\.?g\.?|"
                        r"case no\.?|claim no\.?|numéro de dossier|n° de dossier|nif|iban)\s?:", re.I)
COPY_TO = re.compile(r"^(?:e\s)?p\.\s?c\.\s|^c\.\s?c\.\s|^cc\s?:|^(?:alla cortese attenzione|à l'attention d|a la atención d|"
                     r"z\.\s?hd\.?|attn\.?:?|for the attention of)\b|"
                     r"^(?:al|alla|allo|a la|au|à la|ao|à)\s+(?:sig\.|sig\.ra|sr\.|sra\.|presidente|sindac[oa]|dirigente|"
                     r"responsabile|direttore|direttrice|prefetto|assessore|segretari[oa]|alcalde|alcaldesa|président|maire|"
                     r"préfet|presidente)\b", re.I)
SUBMITTED = re.compile(r"^(?:presented to|submitted to|laid before|apresentad[oa]s? (?:à|ao|a)|présentée? (?:à|au|devant)|"
                       r"presentad[oa] (?:a|al|ante)|presentat[oa] (?:al|alla)|vorgelegt (?:dem|der))\b", re.I)
ISSUE_LINE = re.compile(r"^(?:boletim|boletín|bulletin|newsletter|lettre d'information|rundbrief|mitteilungsblatt|notiziario|"
                        r"infoblatt|informativo)\b.*\b(?:n\.?\s?[º°o]\.?|no\.|nr\.|numéro|issue|ausgabe|edição|edición|"
                        r"número|numero)\s*\d+", re.I)

# An office or a department named over a document ('Service de la sécurité civile', 'Area IV – Ambiente, Protezione Civile
# e Polizia Locale', 'SYNDICAT MIXTE DES ANCIENS SITES MINIERS DU LIMOUSIN'): its sender, no headline.
DEPARTMENT = re.compile(r"^(?:syndicat mixte|syndicat intercommunal|service (?:de|du|des)|servizio|servicio (?:de|del)|"
                        r"serviço de|area [ivx]+\b|settore|ufficio|direzione|dipartimento|abteilung|referat|dezernat|fachbereich|"
                        r"direction (?:de|du|des|générale)|département (?:de|du|des)|departamento de|dirección general|"
                        r"direção(?:-geral)? de|office of the|department of)\b[^:?!\d]*$", re.I)

# The small words that join a sentence's parts, never a headline's first: 'zum Bericht …', 'and the council …'.
MID_SENTENCE = re.compile(r"(?:zum|zur|und|oder|der|die|das|des|dem|den|im|am|vom|beim|and|or|of|the|to|for|with|which|who|"
                          r"et|ou|du|des|aux|au|dont|qui|que|y|o|del|los|las|al|e|di|della|dei|degli|delle|che|per|dass)\s")

# A writer's name that names an organisation, an office or a matter, no person: 'Brauerei Hölzl', 'Segreteria AC
# Lamone', 'Südburgenländischer Gesundheitsverbund', 'Énergies du Val-de-Travers SA', 'Erhöhung des Beitragssatzes'.
NO_PERSON = re.compile(r"(?i:\b(?:brauerei|segreteria|secretar[ií]a|secr[ée]tariat|sekretariat|redaktion|redazione|redacci[óo]n|"
                       r"rédaction|newsletter|ufficio|büro|verein|vereins|verband|verbund)\b|\w{3,}(?:verbund|verband|verein|"
                       r"gesellschaft|genossenschaft|werke)$|\s(?:bote|zeitung|kurier|anzeiger|gesellschaft|genossenschaft)$|"
                       r"\w+ung (?:des|der)\b)|"
                       r"\s(?:SA|AG|GmbH|Ltd|S\.A\.|S\.p\.A\.|Srl|e\.\s?V\.|Inc\.?|plc)$")
# A public body, a desk or a team read as the writer: 'Landtag Schleswig-Holstein', 'LVwG Tirol', "L'équipe du Fanal",
# 'APN Sistema Editorial', 'Newsroom Staff'. (Kept apart from the line reader's organisation words: here a name is
# already read as a byline, and only its words are in question.)
BODY_OR_DESK = re.compile(r"\b(?:landtag|bundestag|kreistag|gemeinderat|stadtrat|parlament|parliament|parlement|parlamento|"
                          r"tribunal|tribunale|juzgado|\w*gericht(?:shof)?|ministry|minist[èe]re|minister(?:o|io|ium)|ministério|"
                          r"universit(?:y|é|ät|à)|universidad|universidade|hochschule|comune|ayuntamiento|prefeitura|mairie|"
                          r"\w*gemeinde|landkreis|polizei|polizia|policía|gendarmerie|"
                          # (a town, a council's services, a church's see or parish: 'Marktgemeinde Bad Schönau',
                          #  'Democratic Services', 'Diocèse de Nicolet')
                          r"(?:ville|city|town|county|borough) (?:de|of)|township|municipality|municipalit[ée]|munic[ií]pio|"
                          r"services|dioc[eè]se|diözese|di[óo]cesis|diocesi|(?:erz)?bistum|archdiocese|paroisse|"
                          r"parish (?:of|council|office|church)|pfarrei|parroquia|parrocchia|par[óo]quia|"
                          r"équipe|team|staff|desk|newsroom|sistema|editorial|redação|redacção|"
                          # (a press office or a layout desk: 'Prensa SUTSE', 'Press Office', 'Paginação AVA', 'Satz & Grafik')
                          r"prensa|press(?: office)?|presse(?:stelle|dienst)?|service de presse|ufficio stampa|stampa|imprensa|"
                          r"comunicaci[óo]n|comunicação|comunicazione|communications?|kommunikation|"
                          r"paginação|paginaci[óo]n|maquetaci[óo]n|impaginazione|mise en page|layout|satz|grafik|graphics|"
                          # (a forum's rank for its poster, a sponsor's partners: 'Senior Member', 'Vosges Partenaires')
                          r"(?:senior |junior |new |full )?member|moderator|administrator|partners?|partenaires?|"
                          # (a paper's edition, an office in place of its holder: 'Ausgabe Prien', 'Juíza de Direito',
                          #  'Presidente da Assembleia de Apuramento')
                          r"ausgabe|édition|edición|edizione|edição|edition|"
                          r"(?<!^)\b(?:de|da|do|del|della|des|du|of|der)\s(?:direito|derecho|droit|diritto|assembleia|asamblea|"
                          r"assemblée|assemblea|assembly|apuramento|câmara|cámara|junta|conseil|consiglio|council))\b|"
                          r"\b(?-i:[A-Z]{2,}[a-z]+[A-Z])", re.I)   # (a body's initials with a small letter: 'LVwG', 'BVerwG')
# A platform or an app whose name a copied page carries beside its own: never a writer, never the publication.
PLATFORM = re.compile(r"(?:apple |google |amazon )?(?:podcasts?|facebook|youtube|spotify|instagram|telegram|whatsapp|mastodon|"
                      r"bluesky|twitter|x|threads|tiktok|soundcloud|deezer|google news|google actualités|google noticias|"
                      r"google notizie|google translate|google traduction|google traduttore|google übersetzer|"
                      r"traductor de google|google tradutor|deepl(?: translate)?|"
                      # (the mail program a message was pasted from)
                      r"outlook|microsoft outlook|gmail|thunderbird|apple mail|yahoo mail|proton ?mail|"
                      # (and its folder, with the count of messages: 'Inbox 212', 'Posteingang (3)')
                      r"(?:inbox|posteingang|boîte de réception|bandeja de entrada|posta in arrivo|caixa de entrada)"
                      r"(?:\s*\(?\d+\)?)?|"
                      r"sent (?:items|mail|messages)|gesendete (?:elemente|objekte|nachrichten)|gesendet|entwürfe|"
                      r"(?:éléments|messages) envoyés|brouillons|elementos enviados|borradores|posta inviata|bozze|"
                      r"itens enviados|rascunhos|drafts|"
                      # (its button for a new message, over the pasted one: 'Neue E-Mail', 'Nouveau message')
                      r"new (?:e-?mail|message)|neue (?:e-?mail|nachricht)|nouveau (?:message|courriel|mail)|"
                      r"nuevo (?:mensaje|correo)|nuovo (?:messaggio|e-?mail)|nova mensagem|novo e-?mail|compose|verfassen)", re.I)
# A language's name in its own words, alone: the page's switch to another language ('Gaeilge', 'Français'), no outlet.
ENDONYM = re.compile(r"english|français|deutsch|español|castellano|italiano|português|gaeilge|cymraeg|gàidhlig|català|"
                     r"euskara|galego|nederlands|rumantsch|te reo(?: māori)?|māori|dansk|svenska|norsk|suomi|polski|"
                     r"čeština|magyar|română|türkçe|ελληνικά|русский|українська|العربية|中文|日本語|한국어|"
                     r"(?:en|fr|de|es|it|pt|ga|cy|nl)(?:\s*[|/]\s*(?:en|fr|de|es|it|pt|ga|cy|nl))+", re.I)
# An update's number over a page's latest news, a campaign's or a live page's: 'Update 3', 'Mise à jour n° 2'.
UPDATE_NUMBER = re.compile(r"(?:update|mise à jour|aktualisierung|actualización|aggiornamento|atualização)\s*(?:n[°º.]?\s*|#)?\d+",
                           re.I)
# A parliament's term, printed over its papers: '8. Wahlperiode', 'XIX legislatura', '17e législature', '47th Parliament'.
TERM = re.compile(r"(?:\d{1,2}\.?|[IVXLC]{1,6})\s*(?:wahlperiode|legislaturperiode|legislatura|législature|legislature|"
                  r"parliament)|(?:\d{1,2}(?:e|st|nd|rd|th|ª|a)|[IVXLC]{1,6}e?)\s+(?:législature|legislatura|legislature|parliament)",
                  re.I)
# A text browser's numbered link, whatever it linked: '[3]alternate [4]alternate'.
LINK_NUMBER = re.compile(r"\[\d{1,4}\]\S")
# A page's running label read as the publication's name: 'Última hora', 'Breaking news', 'Eilmeldung', 'En direct'.
RUNNING_LABEL = re.compile(r"(?:breaking(?: news)?|just in|live|live updates|dernière minute|dernière heure|en direct|direct|"
                           r"eilmeldung|liveticker|newsticker|aktuell|última hora|en directo|en vivo|ultim'ora|ultima ora|"
                           r"in diretta|diretta|ao vivo|de última hora)", re.I)
# The reader's account shown on the page: 'Signed in as …', 'Angemeldet als: Redaktion Elbmarsch', 'Connecté en tant que …'.
ACCOUNT = re.compile(r"^(?:(?:you are )?(?:signed|logged) in as|angemeldet als|eingeloggt als|connecté(?:e)? (?:en tant que|comme)|"
                     r"(?:sesión iniciada|conectado) como|(?:accesso effettuato|connesso) come|(?:sessão iniciada|ligado) como)"
                     r"\b", re.I)
# A line of credits, each a role and a name: 'Beitrag: Jana Kretschmar | Kamera: Tobias Wendler', 'Text: … / Fotos: …'.
ROLE_AND_NAME = re.compile(r"^[^\W\d_]{3,20}(?:\s[^\W\d_]{2,12})?\s?:\s*(.+)$")


# A line of a machine's format, not of prose: a calendar's or a card's property with its parameters
# ('ORGANIZER;CN="Egmont Coast District Council":mailto:…'), an address to write to.
MACHINE_LINE = re.compile(r"^[A-Z][A-Z0-9-]{2,}(?:;[A-Z0-9-]+=[^;:]*)+:|\bmailto:", re.I)


def credits_line(text: str) -> bool:
    """Two or more of a piece's credits on one line, each a role and a person's name; or a picture's caption closed on
    its credit in brackets ('Obmann Herbert Zach (Foto: SC Mariazellerland)')."""
    bracketed = re.search(r"\(([^()]{3,80})\)\s*$", text)
    if bracketed and P.CREDIT.match(bracketed.group(1)) and not P.BYLINE_START.match(bracketed.group(1)):
        return True
    items = [item.strip() for item in re.split(r"\s+[|/·•]\s+", text)]
    names = [found.group(1) for item in items if (found := ROLE_AND_NAME.match(item))]
    return len(items) >= 2 and len(names) == len(items) and all(name_like(name) for name in names)


# What a copyright line or a paper's heading leaves after a publication's name: '… 2025', '… Drucksache 20/3871'. (A
# founding year is the name's: 'AC Lamone Faenza 1923'.)
NAME_TAIL = re.compile(r"\s+(?:20[12]\d|(?:drucksache|vorlage|nr\.?|no\.?|n[°º])\s*[\w/.-]*\d[\w/.-]*)$", re.I)
# A street's name read as a writer's: 'Quay Street', 'Via Garibaldi', 'Lindenstraße'.
STREET_NAME = re.compile(r"(?:\s(?:street|road|avenue|quay|square|terrace|crescent)|straße|strasse|gasse|allee)$|"
                         r"^(?:rue|via|viale|piazza|calle|avenida|plaza|rua|praça)\s", re.I)


# A site's address in a line: 'https://www.vocesdelaserrania.example/…', 'vocesdelaserrania.example'.
SITE_HOST = re.compile(r"(?<![\w.@-])(?:https?://)?(?:www\d?\.|m\.)?([a-z0-9-]{4,}\.[a-z]{2,})(?=[/\s]|$)", re.I)

# What review says of an outlet left out (the text reader's, when the clipping names none, and the last look's).
OUTLET_UNKNOWN = "the clipping does not name it; it is left out (shown as “outlet unknown”)"


def vet(clip: Clipping) -> None:
    """Withdraw a title, an outlet or a writer no careful reader would write; each goes to review."""
    _vet_title(clip)
    if clip.published and not real_time(clip.published):
        clip.decisions.append(f"published: withdrawn — {clip.published} is no day or time the calendar has")
        clip.published = None
        clip.ask("published", "the date the clipping gives is no real day; check it")
    if clip.kind == "court-record" and clip.outlet and P.COURT.search(clip.outlet):
        _withdraw_outlet(clip, "is the court that gives the ruling, which has no outlet")
    if clip.outlet and (tail := NAME_TAIL.search(clip.outlet)) and outlet_like(clip.outlet[:tail.start()]) and \
            len(clip.outlet[:tail.start()].split()) >= 2:   # ('Radio 2000' is a name)
        clip.decide("outlet", clip.outlet[:tail.start()], f"without “{tail.group().strip()}”, a year or a paper's number")
    if clip.outlet and (tail := P.PUBLISHER_TAIL.search(clip.outlet)) and outlet_like(clip.outlet[:tail.start()]):
        clip.decide("outlet", clip.outlet[:tail.start()], f"without “{tail.group().strip()}”, the company that publishes it")
    if clip.outlet and (tail := P.NEWSROOM_TAIL.search(clip.outlet)) and outlet_like(owner := clip.outlet[:tail.start()]) \
            and _named_in(owner, clip):   # (the company the boilerplate is about, not a paper called 'Newsroom')
        clip.decide("outlet", owner, f"without “{tail.group().strip(' -–|')}”: the company's own news page")
        if clip.kind is None:
            clip.decide("kind", "press-release", "a company's statement on its own news page")
    if clip.outlet and (not_an_outlet(clip.outlet) or not re.search(r"[^\W\d_]{2}", clip.outlet)):
        _withdraw_outlet(clip, "names a page or a paper, not a publication")   # (or is a number alone: '1')
    _one_credit_each(clip)
    _site_in_byline(clip)
    _act_signed_in_office(clip)
    outlets = [name for name in (clip.outlet, clip.reproduced_by and clip.reproduced_by.outlet) if name]
    writers = [] if any(STREET_NAME.search(name) for name in clip.authors) else \
        [name for name in clip.authors if not ADDRESSED.match(name) and not no_person(name, outlets)]
    # (an address read as a byline: all of it goes; the publication signing its own text names no writer)
    if writers != clip.authors:
        clip.decisions.append(f"authors: withdrawn — {', '.join(sorted(set(clip.authors) - set(writers)))} "
                              "(the person the text is addressed to, an address, the publication itself, a platform, "
                              "a desk or another organisation)")
        clip.authors = writers
        if not writers:
            clip.ask("authors", "no byline in the clipping")
    kind_unsaid(clip)


def real_time(value: str) -> bool:
    """'2025-04-11', '2025-04', '2025-04-11T09:30+02:00': a day (or month) and a time the calendar and the clock have,
    whatever declared it (a page's markup, a PDF's metadata, a line of the text)."""
    day, _, time = value.partition("T")
    try:
        datetime.date.fromisoformat(day if len(day) == 10 else f"{day}-01" if len(day) == 7 else f"{day}-01-01")
        if time:
            datetime.time.fromisoformat(time)
    except ValueError:
        return False
    return True


def _act_signed_in_office(clip: Clipping) -> None:
    """An official act (a council's decision, an order, a gazette's notice) signed by the body's head in office ('Il
    Sindaco' / 'Avv. Nino Cammarata'): the body issues it; its head signs, writes nothing."""
    signed = {strip_honorific(decision.split(" signs for the body")[0].removeprefix("signature: "))
              for decision in clip.decisions if decision.startswith("signature: ")}
    if clip.kind == "document" and clip.authors and set(clip.authors) <= signed:
        clip.decisions.append(f"authors: withdrawn — {', '.join(clip.authors)} signs the act for the body that issues it")
        clip.authors = []
        clip.ask("authors", "no byline in the clipping (the act is signed in office)")


def _site_in_byline(clip: Clipping) -> None:
    """A byline's name spelt as the clipping's address spells its site ('Voces de la Serranía · Lucía Gabaldón' and
    vocesdelaserrania.example) is the publication, not a writer."""
    if len(clip.authors) < 2:
        return
    hosts = {found.group(1) for text in (clip.url or "", *clip.removed, *clip.body[-2:]) for found in SITE_HOST.finditer(text)}
    for name in [name for name in clip.authors if any(spells_host(name, site) for site in hosts)]:
        clip.authors.remove(name)
        clip.decisions.append(f"authors: not “{name}”, the site the clipping's address names")
        if not clip.outlet:
            clip.decide("outlet", name, "the byline's name that the clipping's address spells")
            clip.settle("outlet")


def _named_in(name: str, clip: Clipping) -> bool:
    """The company is named, as it writes itself, in the text or in what was set aside from it (an 'About …'
    boilerplate, a footer): a name of two words or more, or one in an 'About' heading."""
    written = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    about = re.compile(rf"(?:about|à propos d[e']|über|acerca de|sobre|chi è)\s*{re.escape(name)}\b", re.I)
    return any(written.search(text) and (len(name.split()) >= 2 or about.search(text))
               for text in (*clip.body, *clip.removed))


# The small words a caption's sentence has and a name has not: 'Das Ladenteam beim Jubiläumsfest am 15. Februar'.
CAPTION_WORDS = {"the", "a", "at", "in", "on", "with", "during", "der", "die", "das", "beim", "am", "im", "bei", "mit",
                 "le", "la", "les", "lors", "au", "aux", "avec", "pendant", "el", "los", "las", "en", "con", "durante",
                 "il", "lo", "gli", "nel", "nella", "al", "alla", "o", "os", "as", "no", "na", "com"}


def _one_credit_each(clip: Clipping) -> None:
    """'Photos : Jean-Marc Sarthou' over the text and '(Photo : Jean-Marc Sarthou)' under its picture credit one person
    once: the first wording found stays. An agency's own story credits no one by the agency's name: it is the outlet;
    nor is the publication's own rights line ('© Baselbieter Bote'), the site's name in its tab's title or a caption's
    sentence under a picture's label a credit."""
    seen, kept = {fold(clip.outlet)} if clip.outlet and P.is_agency(clip.outlet) else set(), []
    own = {fold(name) for name in (clip.outlet, getattr(clip.reproduced_by, "outlet", None)) if name}
    tab = {fold(line.partition(": ")[2]) for line in clip.removed} if clip.title else set()
    for credit in clip.credits:
        who = fold(CREDIT_LABEL.sub("", credit))
        if credit.startswith("©") and who in own or fold(f"{clip.title} | {credit}") in tab:
            clip.decisions.append(f"credits: not “{credit}”, the publication's rights line or the name in its page's "
                                  "title, no picture's")
            continue   # ('© Baselbieter Bote' closing its text; 'Headline | Badlands Radio', the browser tab's title)
        named = CREDIT_LABEL.sub("", credit).split()
        if len(named) >= 6 and credit.rstrip().endswith(".") and sum(w in CAPTION_WORDS for w in named) >= 2:
            clip.decisions.append(f"credits: not “{credit}”, a picture's caption under its label, which names no one")
            continue   # ('Bild: Das Ladenteam beim Jubiläumsfest am 15. Februar 2025.')
        if who not in seen:
            kept.append(credit)
        seen.add(who)
    clip.credits = kept


def _vet_title(clip: Clipping) -> None:
    """One line read as both headline and outlet is the headline when it reads as a sentence, else the site's name;
    a title shaped like furniture gives way to the opening words, provisional."""
    same = bool(clip.outlet and clip.title and fold(clip.title) == fold(clip.outlet))
    if same and not outlet_like(clip.title):
        _withdraw_outlet(clip, "is the headline, read as a letterhead too")
        same = False
    court = clip.kind == "court-record" and bool(clip.title) and len(clip.title.split()) <= 12 and \
        P.COURT.search(clip.title) and not SENTENCE_END.search(clip.title) and not re.search(r"[:\d]", clip.title)
    # (a ruling's court, 'Il Tribunale Amministrativo Regionale per la Toscana', heads it: the court, not a headline)
    label, colon, rest = (clip.title or "").partition(":")
    if colon and RUNNING_LABEL.fullmatch(label.strip()) and len(rest.split()) >= 3 and not same:
        clip.decide("title", rest.strip(), f"without “{label.strip()}:”, the page's running label")
    if clip.title and (same or court or not_a_title(clip.title)) and not any(item.startswith("title:") for item in clip.review):
        clip.decisions.append(f"title: withdrawn — “{clip.title}” is no headline (page furniture, an address, a "
                              "greeting, a date, the site's name, the court that gives a ruling)")
        clip.title = None
        provisional_title(clip)


def _withdraw_outlet(clip: Clipping, why: str) -> None:
    clip.decisions.append(f"outlet: withdrawn — “{clip.outlet}” {why}")
    clip.outlet = None
    clip.ask("outlet", OUTLET_UNKNOWN)


def no_person(name: str, outlets: list[str]) -> bool:
    """A writer's name that names no person: one word alone ('H', 'Redaktion'), one opening on a small word ('des
    Gutshauses Federow'), a greeting, an organisation, a body, an office, a desk, a paper's edition, a platform, or the
    publication itself (all or part of its name: 'Corsica Sera' of 'Corsica Sera 2025')."""
    words = fold(name).split()
    return len(words) < 2 or name[:1].islower() or \
        bool(NO_PERSON.search(name) or BODY_OR_DESK.search(name) or PLATFORM.fullmatch(name) or
             SALUTATION.match(name.rstrip(",:!") + ",") or   # (a letter's greeting: 'Hallo Herr Brandl')
             any(_within(words, fold(outlet).split()) for outlet in outlets))


def _within(words: list[str], other: list[str]) -> bool:
    """One run of words holds the other whole, in order: 'corsica sera' and 'corsica sera 2025'."""
    short, long = sorted((words, other), key=len)
    return bool(short) and any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def not_a_title(text: str) -> bool:
    """A letter's greeting, addressee or a street, a row of buttons, a site's path ('Startseite > Lokales > …'), a banner, a date
    alone, a byline, a sentence's middle, an agenda's item, a form's field, a copy's addressee, a report's submission, a
    newsletter's issue line, an office's name, a line announcing what follows ('… ha pronunciato la seguente'), the
    reader's account, a line of credits or a caption closed on one, a table's row, a line with no letter, a line of a
    machine's format."""
    byline = P.BYLINE_START.match(text) and name_like(P.BYLINE_START.sub("", text))
    greeting = SALUTATION.match(text) or ADDRESSED.match(text) and text.endswith(",") or ADDRESSEES.match(text)
    trail = len(re.findall(r"\s[>›]\s", text)) >= 2   # (not », which closes a French quotation)
    # (a byline whose name runs on into degrees or a role: 'by Rachel Okafor BA(Hons) MA MRTPI an Inspector …')
    rest = P.BYLINE_START.sub("", text).split() if P.BYLINE_START.match(text) else []
    byline = byline or any(name_like(" ".join(rest[:n])) and not rest[n - 1].endswith(("'s", "’s")) for n in (2, 3)
                           if len(rest) > n)
    # (the middle of a sentence, opening on a small word that joins: 'zum Bericht der Landesregierung …'; a letter's
    #  subject in small letters, 'ritardo nel pagamento …', is its title)
    lower_start = bool(MID_SENTENCE.match(text)) and not text.endswith("…")
    return bool(DATE_ONLY.fullmatch(text) or DATE_IN_WORDS.match(text) or byline or greeting or STREET.match(text) or
                BANNER.search(text) or buttons(text) or trail or lower_start or P.AGENDA_ITEM.match(text) or FORM_FIELD.match(text) or
                COPY_TO.match(text) or SUBMITTED.match(text) or ISSUE_LINE.match(text) or LEAD_IN.search(text) or
                DEPARTMENT.match(text) and len(text.split()) <= 12 or ACCOUNT.match(text) or credits_line(text) or
                "\t" in text or not re.search(r"[^\W\d_]", text) or MACHINE_LINE.search(text))
    # (a table's or a contents list's cells keep their tab; a subtitle's timecode, '00:00:00,000 --> 00:00:03,200', has
    #  no letter)


# A name that stops on a particle, as a line cut where it wrapped stops: 'Élections Communales du' / '9 octobre 2024'.
CUT_SHORT = re.compile(r"\s(?:du|de|des|of|the|von|vom|der|del|della|di|da|do|dos|das|et|and|und|y|e|for|pour|für|para|per)$", re.I)


def not_an_outlet(text: str) -> bool:
    """A page's print view or type ('Druckversion', 'Dettaglio notizia'), a council paper's label, a greeting, an address
    (a street, a postcode and its town), a platform or an app ('Facebook', 'Google Traduttore'), a running label
    ('Última hora'), a state's name over its office's paper, a letter's form of address, a file's reference number, a
    gazette's part or a report's chapter ('CAPÍTULO 4'), an elected member or her seat ('Helen Ashworth MP', 'Member of
    Parliament for …'), a parliament's term ('8. Wahlperiode'), an issue's number ('N. 47'), a text browser's numbered
    links, what an official paper is ('Appeal Decision'), a line cut where it wrapped ('Élections Communales du'), an
    update's number ('Update 3'), a mail program's folder ('Inbox 212') or button ('Neue E-Mail'), a language's own name
    (the page's switch to it: 'Gaeilge'), a button opening on its symbol ('▶ Listen Live')."""
    return bool(GENERIC_TITLE.fullmatch(text) or PAPER_LABEL.fullmatch(text) or SALUTATION.match(text) or
                PLATFORM.fullmatch(text) or RUNNING_LABEL.fullmatch(text) or P.NO_PUBLISHER.match(text) or
                FORM_OF_ADDRESS.fullmatch(text) or REFERENCE.fullmatch(text) or NUMBERED_PART.match(text) or
                P.ELECTED_MEMBER.match(text) or P.MEMBER_SEAT.match(text) or TERM.fullmatch(text) or LINK_NUMBER.search(text) or
                P.ISSUE_NUMBER.match(text) and not re.search(r"[^\W\d_]{3}", P.ISSUE_NUMBER.sub("", text)) or
                BANNER.search(text) or buttons(text) or STREET.match(text) or POSTCODE_TOWN.match(text) or
                DOCUMENT_TITLE.match(text) or   # (what the paper is, 'Appeal Decision', 'Minutes of the …': no publisher)
                CUT_SHORT.search(text) or   # (a line cut where it wrapped: 'Élections Communales du')
                UPDATE_NUMBER.fullmatch(text) or ENDONYM.fullmatch(text.strip()) or
                unicodedata.category(text.strip()[:1] or " ") in ("So", "Sm") and bool(re.search(r"[^\W\d_]{2}", text)))
    # (a button, its symbol before its words: '▶ Listen Live', '☰ Menu')


def buttons(text: str, words: frozenset[str] | set[str] = frozenset()) -> bool:
    """A row of the page's buttons and links ('Seite drucken | Fenster schließen', 'Share  Tweet  Email'), each item
    page furniture or one of `words`."""
    items = [item.strip() for item in re.split(r"\s*[|•·]\s*|\s{2,}", text) if item.strip()]
    return bool(items) and all(F.CHROME.match(item) or item.lower() in words for item in items)


def provisional_title(clip: Clipping) -> None:
    """No headline: the text's opening words, without a dateline, stand for one, marked as such, for review."""
    opening = next((block for block in clip.body if not block.startswith("{#")), None)   # (not a PDF page's anchor)
    if clip.title or opening is None:
        return
    first = re.sub(r"^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]+(?:,[^(]{0,30})?\s*\([^)]{1,40}\)\s*[-–—]\s*", "", opening)   # (a dateline)
    opening = " ".join(first.lstrip("#* ").split()[:8]).rstrip(",;:.")
    clip.title = opening + "…"
    clip.ask("title", f"no headline in the clipping; “{clip.title}” is its opening words, provisional: write one")


def provisional_kept(clip: Clipping) -> tuple[list[str], str | None]:
    """The text reader's provisional title and its review item, before a page's or a PDF's reader reads on."""
    return [item for item in clip.review if item.startswith("title:")], clip.title


def keep_provisional(clip: Clipping, kept: tuple[list[str], str | None]) -> None:
    """No headline found by the page's or the PDF's reader either: the title stays provisional, for review."""
    if kept[0] and clip.title == kept[1] and not any(item.startswith("title:") for item in clip.review):
        clip.review.insert(0, kept[0][0])
