"""Import never loses the article's text: on generated clippings (page furniture, a head, paragraphs
of ordinary prose in English, French, German, Spanish, Italian or Portuguese, subheadings, short
paragraphs, loose lists, lines that speak to the reader, trailing blocks), every sentence of eight
words or more is in the imported body."""
import re

from hypothesis import HealthCheck, given, settings, strategies as st

from generator.importer import parse_clipping

WORDS = {   # (ordinary words of each language: nouns, verbs, the small words between them)
    "en": ("council harbour river school bridge market ferry village museum library farmer teacher engineer station "
           "garden orchard quarry mill road valley tower report", "opened closed repaired visited measured counted "
           "painted moved planned described checked built crossed found needed promised delayed funded chose lent",
           "the old new small long quiet busy near after before during with and for every three several local wooden "
           "northern early late last first most some"),
    "fr": ("conseil port rivière école pont marché bac village musée bibliothèque fermier instituteur ingénieur gare "
           "jardin verger carrière moulin route vallée tour rapport", "a ouvert a fermé a réparé a visité a mesuré "
           "a compté a peint a déplacé a prévu a décrit a vérifié a construit", "le la les un une vieux nouveau petit "
           "long calme près après avant pendant avec et pour chaque trois plusieurs local premier dernier"),
    "de": ("Rat Hafen Fluss Schule Brücke Markt Fähre Dorf Museum Bibliothek Bauer Lehrer Ingenieur Bahnhof Garten "
           "Obstgarten Steinbruch Mühle Straße Tal Turm Bericht", "öffnete schloss reparierte besuchte maß zählte "
           "malte verlegte plante beschrieb prüfte baute", "der die das ein eine alte neue kleine lange ruhige nahe "
           "nach vor während mit und für jede drei mehrere örtliche erste letzte"),
    "es": ("ayuntamiento puerto río escuela puente mercado ferry pueblo museo biblioteca agricultor maestro ingeniero "
           "estación huerto cantera molino carretera valle torre informe", "abrió cerró reparó visitó midió contó "
           "pintó trasladó planeó describió revisó construyó", "el la los las un una viejo nuevo pequeño largo "
           "tranquilo cerca después antes durante con y para cada tres varios local primero último"),
    "it": ("comune porto fiume scuola ponte mercato traghetto paese museo biblioteca contadino maestro ingegnere "
           "stazione giardino frutteto cava mulino strada valle torre rapporto", "aprì chiuse riparò visitò misurò "
           "contò dipinse spostò progettò descrisse controllò costruì", "il la i le un una vecchio nuovo piccolo "
           "lungo tranquillo vicino dopo prima durante con e per ogni tre diversi locale primo ultimo"),
    "pt": ("câmara porto rio escola ponte mercado barco aldeia museu biblioteca agricultor professor engenheiro "
           "estação quintal pomar pedreira moinho estrada vale torre relatório", "abriu fechou reparou visitou mediu "
           "contou pintou mudou planeou descreveu verificou construiu", "o a os as um uma velho novo pequeno longo "
           "calmo perto depois antes durante com e para cada três vários local primeiro último"),
}
HEADS = [["Home  News  Sport  Weather"], ["Sign in | Subscribe"], ["THE VALLEY GAZETTE"], ["By Ann Lowe"],
         ["Published 4 June 2024, 09:30"], ["Photo: Dev Shah"], ["Share  Tweet  Email"], ["LOCAL"],
         ["Accueil  Actualités  Sports"], ["Par Claire Roux", "Publié le 4 juin 2024 à 07h15"], ["Von Jonas Weber"],
         ["Veröffentlicht am 4. Juni 2024"], ["Por Lucía Gil", "Madrid | 04/06/2024 - 08:45 h"], ["di Marco Bellini"],
         ["Pubblicato il 4 giugno 2024 alle 10:12"], ["COMUNICATO STAMPA"], ["View this email in your browser"],
         ["Issue 12 · 4 June 2024"], ["Foto: ANSA"], ["Interview by Rhiannon Pryce"], ["Propos recueillis par Odile Marchand"],
         ["Foto: Henrike Albers"], ["Frost damage on pear blossom near the reservoir"],
         # (removal rules of their own: a letterhead in capitals, an issue line, a byline label with roles, a machine's note)
         ["OBSERVATOIRE RÉGIONAL DES VERGERS DU VAL"], ["La Lettre du Port · N° 4 · Mars 2026"],
         ["Bearbeitung: Katja Lindner, Dipl.-Geografin, und Jonas Pfeil"], ["Official Record"],
         ["Esta transcrição foi gerada automaticamente e pode conter erros."], ["Pular para o conteúdo"],
         ["Slug: BC-EU--Baths-Close", "Keywords: baths, council, roof"], ["Via Roma 3 · 28040 Lesa"],
         ["From: The Harbour Letter <letter@harbour.example>", "To: ann@example.org", "Subject: Baths to close"],
         ["A cura di: Marta Ricci e Luca Ferri"], ["Afficher uniquement les moments clés"],
         ["Mostrar apenas os momentos-chave"],
         ["Le Courrier du Val", "Le journal du Val-de-Saône et du Haut-Jura", "Actualité", "Sports", "Économie"],
         ["valleygazette.example"], ["LIVE   Ayr United – Troon   1:1   67.'", "FT   Hawks – Mill Lane   81:77"],
         ["Local › Clubs near you"]]
TAILS = [["Related stories", "Buses cut in September"], ["Most read", "1. Something else"], [],
         ["À lire aussi", "Le marché ferme en août"], ["Unsubscribe | Update your preferences"], ["Leggi anche"],
         # (what speaks to the reader or of the text after it: a note, a blurb, a sign-off, a call to write in)
         ["Transcript edited for length and clarity.", "Share   Comment"],
         ["Tous les matins à 7h50, un invité répond aux questions de la rédaction."],
         ["That's all for this week. Reply to this email.", "You are receiving this because you signed up. Unsubscribe"],
         ["Haben Sie den Frost erlebt? Schreiben Sie uns an redaktion@talbote.example"],
         ["Il vous reste 40 % de cet article à lire.", "La suite est réservée à nos abonnés."],
         ["Scarica il rapporto completo (PDF, 2,4 MB)", "Sostieni il nostro lavoro: con 5 euro copriamo un'ora.", "Dona ora"],
         ["___", "Follow our coverage at https://agency.example/hub", "WF-03-04-25 1407GMT"],
         ["Sobre a Associação de Nadadores", "A associação reúne 3 000 nadadores desde 1952.", "Contacto: 910 000 000"],
         ["Gabinete de Comunicación", "prensa@diputacion.example", "Otras notas de prensa", "Nuevos camiones para los bomberos"],
         # (the site speaking to its reader at the text's end)
         ["Subscreva a newsletter do Arauto do Lima e receba as notícias todas as manhãs.", "Leia também"],
         ["Déposez un message de soutien sur notre espace lecteurs", "Partager sur Facebook   Partager par e-mail"],
         ["Get the Valley Gazette's morning briefing in your inbox every weekday."],
         ["Endereço desta página: https://folha.example/2024/06/04/mercado-fecha-seis-meses.html"],
         ["Zitiervorschlag", "Lindner, K.; Pfeil, J. (2025): Frost damage on pear blossom. Brief 7/2025."],
         ["La Voce del Lago – Testata registrata presso il Tribunale di Como – P. IVA 01234560514"],
         ["About the Valley Trust", "The Valley Trust is a charity founded in 1987.", "Media contact:", "press@trust.example"]]
NOTES = [["Have you been affected? Email newsdesk@paper.example"], ["Seite 3 von 12"], ["Published under Standing Order 31."],
         ["The old baths at the end of the Nord-", "Ostsee-Straße close."],
         ["¿Has visto un bulo? Envíanoslo por WhatsApp al 600 000 000."], ["– twelve classrooms", "– a sports hall"],
         ["Download the full report (PDF, 2.4 MB)"], ["Dieses Transkript wurde automatisch erstellt."],
         ["Enjoyed this? Forward it to a friend."], ["Photo: Dev Shah", "The quay at dawn."],
         ["Sie lesen diesen Artikel kostenlos. Mit TalbotePlus lesen Sie alles."], ["Exclusivo suscriptores"],
         ["* * *"], ["***"], ["[Editor's note: this article was updated on Tuesday to give the right opening hours.]"]]   # (a pause inside the text, not a rule between items: nothing after it goes)


def clipping_in(language: str):
    nouns, verbs, other = (part.split() for part in WORDS[language])
    word = st.sampled_from(nouns + verbs + other)
    phrase = st.tuples(st.sampled_from(other), st.sampled_from(nouns), st.sampled_from(verbs))   # (words as prose mixes them)
    sentence = st.builds(lambda first, rest, end: " ".join([first[:1].upper() + first[1:], *sum(rest, ())]) + end,
                         st.sampled_from(other[:6] + nouns), st.lists(phrase, min_size=3, max_size=8),
                         st.sampled_from([".", ".", ".", "!", "?"]))
    paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
    heading = st.builds(lambda w: " ".join(w).capitalize(), st.lists(st.sampled_from(nouns + other), min_size=2, max_size=6))
    short = st.builds(lambda w: " ".join(w).capitalize() + ".", st.lists(word, min_size=3, max_size=7))
    loose_list = st.builds(lambda intro, items: [intro.rstrip(".!?") + ":", *items], sentence,
                           st.lists(st.builds(" ".join, st.lists(word, min_size=2, max_size=6)), min_size=2, max_size=4))
    block = st.one_of(paragraph.map(lambda p: [p]), paragraph.map(lambda p: [p]), st.sampled_from(NOTES),
                      st.tuples(heading, paragraph).map(list), st.tuples(heading, short).map(list), loose_list)
    return st.fixed_dictionaries({
        "head": st.lists(st.sampled_from(HEADS), max_size=5), "headline": st.one_of(st.none(), heading),
        # (the text opens with a paragraph: a lone sentence may be a headline)
        "opening": st.lists(sentence, min_size=2, max_size=4).map(" ".join),
        "blocks": st.lists(block, max_size=7), "tail": st.sampled_from(TAILS)})


def sentences(text: str) -> list[str]:
    return [s for s in re.findall(r"[^.!?]+[.!?]", text) if len(s.split()) >= 8]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(WORDS)).flatmap(clipping_in))
def test_import_never_loses_a_sentence_of_the_text(parts):
    lines = [line for part in parts["head"] for line in part] + ([parts["headline"]] if parts["headline"] else [])
    text = [parts["opening"]] + [line for block in parts["blocks"] for line in block]
    clipping = "\n".join(lines + [""] + "\n\n".join(text).split("\n") + [""] + parts["tail"])
    got = " ".join(parse_clipping(clipping).text.split())
    lost = [s.strip() for line in text for s in sentences(line) if " ".join(s.split()) not in got]
    assert not lost, f"lost {lost!r} from:\n{clipping}"
