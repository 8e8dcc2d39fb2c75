"""Lines over a pasted text that name or head nothing, and a dispatch read in a newsroom's terminal.

A newsroom's agency terminal sets its own name, its tabs and a dispatch's priority over the dispatch: it is no outlet,
the agency its dateline names is credited even in small letters when the dispatch sets its code again (its message
number, its sign-off, its source field), and the agency's end mark after the headline ('… bleibt =') is not part of
it. A row of a place and the reading time, a radio's programme on air now, a login form's fields, a caption closed by
'Photo' and a name, a headline opening on its place and a colon over 'Journaliste :' / 'Images :' lines, and a social
network's audience under the post's date: each is read for what it is. Cases in my own words."""
import string

from hypothesis import given, strategies as st

from generator.importer import parse_clipping

PARAGRAPHS = ["The district will run eleven fewer bus routes from August, and nine more will run less often, after the "
              "district assembly voted narrowly on Tuesday to close a gap in its budget.",
              "School buses are not affected, the district's chief officer said, and the savings come to about 1.4 "
              "million euros a year.",
              "Villages in the hills said older people without a car would be cut off at weekends, and the seniors' "
              "council said it would start a petition."]


def terminal(code: str, headline: str = "District cuts eleven bus routes, school buses spared") -> str:
    return "\n".join(["NewsRoom 4 – Agencies", "Ticker", "Inbox", "Agencies", "Pictures", "Planning", "Log out",
                      f"Filter: {code} regional service · all desks · Priority 1–4", "« Back to the list",
                      "Mark as read", "", f"{code}0412 3 vm 298 {code}-reg /Transport/Districts/", "04.03.2025 15:42", "",
                      f"{headline} =", "",
                      f"Daun ({code}) - {PARAGRAPHS[0]}", "", *PARAGRAPHS[1:], "", f"{code} reg kh yy n1", "041542 Mar 25"])


def test_a_dispatch_in_a_terminal_is_a_wire_credited_to_the_agency_its_dateline_codes():
    clip = parse_clipping(terminal("dnx"))
    assert clip.title == "District cuts eleven bus routes, school buses spared"
    assert clip.outlet is None and clip.credits == ["dnx"] and clip.kind == "wire"
    assert clip.published == "2025-03-04T15:42"
    assert "Priority" not in clip.text and "NewsRoom" not in clip.text


@given(st.text(string.ascii_lowercase, min_size=2, max_size=5).filter(lambda c: c not in {"by", "and", "the", "via"}))
def test_any_agency_code_in_small_letters_set_again_on_its_own_line_is_credited(code):
    clip = parse_clipping(terminal(code))
    assert clip.credits == [code]
    assert clip.outlet is None


def test_a_code_in_small_letters_the_dispatch_never_sets_again_credits_no_agency():
    lines = ["Valley Courier", "News", "", "Bus routes cut across the district as the budget tightens", "",
             f"Daun (ots) - {PARAGRAPHS[0]}", "", *PARAGRAPHS[1:]]
    clip = parse_clipping("\n".join(lines))
    assert "ots" not in clip.credits
    assert clip.outlet == "Valley Courier"


def test_a_terminals_fields_row_is_no_headline():
    lines = ["Espace clients", "Fil général", "Fil régions", "Fil sports", "Photos", "Vidéos", "Se déconnecter",
             "Fil régions › Jura", "Dépêche n° 2025-0121-BFC-0417",
             "Priorité : normale | Catégorie : Transports, Communes | Mots-clés : Jura, Morez, pont, circulation",
             "Jura : le pont de la Bienne à Morez fermé à la circulation pour au moins six semaines",
             "MOREZ (Jura), 21 janv 2025 (APX) - Le pont qui franchit la Bienne au cœur de Morez est fermé à toute "
             "circulation depuis mardi matin, après la découverte de fissures sur deux de ses piles.", "",
             "Une déviation a été mise en place par les quais de Morez, mais des files se sont formées dès 7 h 30 aux "
             "abords du collège, selon un correspondant de l'APX sur place. La circulation reste difficile dans tout "
             "le Jura.", "", "Les transports scolaires du Jura sont aussi touchés par la fermeture du pont."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Jura : le pont de la Bienne à Morez fermé à la circulation pour au moins six semaines"
    assert clip.credits == ["APX"] and clip.outlet is None and clip.kind == "wire"


def test_a_place_beside_the_reading_time_is_no_headline():
    lines = ["Zum Inhalt springen", "Hofer Bote", "Abo", "Anmelden", "Naila", "Hof", "Region", "Sport", "Startseite",
             "Naila", "Landwirtschaft", "Naila · Lesezeit 3 Min.", "Landwirtschaft am Döbraberg",
             "Grünlandbetriebe bangen um die Zulage",
             "Weil der Freistaat die Förderkarte neu zeichnet, könnten Betriebe rund um Naila Tausende Euro im Jahr "
             "verlieren.", "Von Sara Feldt",
             "Auf den steilen Wiesen oberhalb von Naila lohnt sich die Mahd nur mit der Zulage, sagen die Landwirte, und "
             "die neue Karte würde sie für viele halbieren.", "",
             "Der Bauernverband in Naila sagt, die Hänge seien so steil wie vor dreißig Jahren; die Zahlen des "
             "Ministeriums seien falsch."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Grünlandbetriebe bangen um die Zulage"
    assert clip.authors == ["Sara Feldt"]


def test_a_writers_name_beside_the_reading_time_is_still_read_as_hers():
    lines = ["Hill Echo", "", "Upland farmers fear losing their mountain allowance", "Sara Feldt · 4 min read", "",
             "On the steep meadows above the village, mowing only pays with the allowance, the farmers say, and the new "
             "map of eligible land would halve it for many of them.", "",
             "The ministry says the map follows the latest figures; the farmers' union disagrees."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Upland farmers fear losing their mountain allowance"


def test_the_programme_on_air_now_is_no_headline():
    lines = ["River FM 98.9", "Your community, your voice", "Listen Live", "Home", "News", "Programs", "Contact",
             "ON AIR NOW", "Mornings with Jo & Sam", "6:00am – 9:00am", "Local News",
             "Burn-off season opens early as landholders are urged to plan ahead", "Posted 08/04/2025 7:12am", "",
             "Landholders are being urged to register their planned burns early this year, the fire service said on "
             "Mornings with Jo & Sam, after a dry summer left a lot of fuel in the foothills.", "",
             "Brigades will run open days over the next three Saturdays, the district officer told Mornings with Jo & Sam."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Burn-off season opens early as landholders are urged to plan ahead"
    assert clip.outlet == "River FM"   # (its frequency is no part of its name)


def test_a_headline_opening_on_its_place_over_the_reports_credits_is_the_headline():
    lines = ["Passer au contenu", "Télé du Lac", "EN DIRECT", "Accueil", "Nouvelles", "Émissions", "Nous joindre",
             "Environnement",
             "Érosion des berges : les riverains du quai réclament des travaux avant l'automne",
             "Journaliste : Julie Tremblay", "Images : Marc Gagnon", "Partager", "",
             "Les tempêtes du printemps ont emporté plusieurs mètres de terrain près du quai, et les riverains demandent "
             "des travaux de protection avant les grands vents d'automne.", "",
             "La municipalité dit attendre l'avis du ministère avant de financer un enrochement sur la rive."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Érosion des berges : les riverains du quai réclament des travaux avant l'automne"
    assert clip.authors == ["Julie Tremblay"]


def test_a_caption_closed_by_photo_and_a_name_is_a_caption_and_its_credit():
    lines = ["Le Courrier du Causse", "Accueil > Lot > Gramat", "FAITS DIVERS",
             "Gramat : la grange du moulin détruite par un incendie",
             "Le feu a pris dans la nuit de samedi à dimanche. Une trentaine de pompiers ont été mobilisés.",
             "Par Hélène Vidal", "Publié le 12/08/2024 à 18h45", "Partager", "Facebook", "X", "E-mail",
             "Les flammes ont détruit la toiture de la grange. Photo SDIS 46",
             "Il était un peu plus de 2 heures du matin quand un voisin a donné l'alerte, réveillé par l'odeur de la "
             "fumée qui montait de la vallée.", "",
             "Le propriétaire a pu sortir ses bêtes à temps ; l'enquête devra dire d'où est parti le feu."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Gramat : la grange du moulin détruite par un incendie"
    assert clip.credits == ["Photo SDIS 46"]
    assert "Photo SDIS" not in clip.text


def test_a_login_forms_fields_and_a_posts_audience_are_chrome_and_the_page_posts():
    lines = ["Facebook", "Adresse e-mail ou téléphone", "Mot de passe", "Se connecter", "Mot de passe oublié ?",
             "Créer un compte", "Collectif Causse Vivant", "14 février 2024  · ", "Partagé avec Public",
             "Mardi soir, plus de cent éleveurs se sont retrouvés à la salle des fêtes pour faire le point sur les aides "
             "qui n'ont toujours pas été versées. Merci à toutes et tous d'être venus !", "",
             "Nous demandons à la Région un calendrier de paiement écrit, ferme par ferme, avant la fin du mois.", "",
             "38 commentaires", "J’aime", "Commenter", "Partager"]
    clip = parse_clipping("\n".join(lines))
    assert clip.outlet == "Collectif Causse Vivant" and clip.authors == []
    assert clip.title is None or "Adresse" not in clip.title
    assert clip.published == "2024-02-14"
