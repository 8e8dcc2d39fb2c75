"""Shapes of pages the importer meets on sites it has never seen: a language switch over the site's name, opening hours
under the text, easy-to-read text set one sentence a line, one photographer credited twice, a `<title>` that is the
site's path and a declared site name that is a section's. Cases in my own words."""
import pytest

from generator.importer import parse_clipping, read_clipping

LAKE = ("Le Conseil d'État propose de relever les déductions pour enfants et d'alléger la charge des familles dès 2028, "
        "a-t-il annoncé mardi devant la presse réunie à Sion.\n\n"
        "Le projet passe devant le Grand Conseil en mars. Les communes recevront une compensation partielle pendant trois "
        "ans, selon le département des finances.\n")


@pytest.mark.parametrize("switch", ["FR   DE", "FR | DE | IT", "Français   Deutsch", "DE  EN"])
def test_a_language_switch_is_never_the_masthead(switch):
    clip = parse_clipping(f"Aller au contenu\nCanton de Vaudrens\n{switch}\nRecherche\nPublié le 02.12.2026\n"
                          f"Familles : moins d'impôts dès 2028\n{LAKE}")
    assert clip.outlet == "Canton de Vaudrens"
    assert switch not in "\n".join(clip.body)


EASY = """Klinikum Obertal

Die Kinder-Station zieht um

Veröffentlicht am: 2. Dezember 2026

Die Kinder-Station ist ein Teil vom Krankenhaus.
Dort werden kranke Kinder gepflegt.

Die Kinder-Station zieht nach Neudorf.
Das ist am 1. Februar 2027.

Warum zieht die Station um?

In Obertal gibt es zu wenige Pflege-Kräfte.
In Neudorf arbeiten mehr Pflege-Kräfte.

Sie haben Fragen?
Das Telefon ist von Montag bis Freitag besetzt.
Von 8 Uhr bis 14 Uhr.

Weitere Meldungen

Neue Parkplätze am Standort Obertal

Am Standort Obertal stehen ab Montag 40 zusätzliche Parkplätze für Besucher zur Verfügung, teilte die Klinik mit.
"""


def test_easy_to_read_text_keeps_every_sentence_its_paragraphs_and_names_no_writer():
    clip = parse_clipping(EASY)
    assert clip.title == "Die Kinder-Station zieht um" and clip.authors == []
    assert clip.body[:2] == ["Die Kinder-Station ist ein Teil vom Krankenhaus. Dort werden kranke Kinder gepflegt.",
                             "Die Kinder-Station zieht nach Neudorf. Das ist am 1. Februar 2027."]
    text = "\n".join(clip.body)
    assert "Warum zieht die Station um?" in text and "Von 8 Uhr bis 14 Uhr." in text
    assert "Parkplätze" not in text   # (the site's other news, after its heading)


@pytest.mark.parametrize("hours", ["Von 8 Uhr bis 14 Uhr.", "De 9 h à 17 h.", "From 9 am to 5 pm."])
def test_opening_hours_are_no_byline(hours):
    clip = parse_clipping("Die Kinder-Station zieht um\n\n" + EASY.split("Weitere Meldungen")[0].split("\n\n", 2)[2] +
                          f"\n\n{hours}\n")
    assert clip.authors == [] and hours in "\n".join(clip.body)


def test_one_photographer_credited_twice_is_credited_once():
    clip = parse_clipping("La Gazette du Bassin\n\nSole : les fileyeurs rentrent plus tôt\n\nPar Anne Roux\n"
                          "Photos : Jean Sarthou\nPublié le 3 décembre 2026 à 17h05\n\n"
                          "Au port, mercredi matin, les filets séchaient sur les quais au lieu d'être en mer. "
                          "(Photo : Jean Sarthou)\n\n" + LAKE)
    assert clip.credits == ["Photos : Jean Sarthou"]


def test_two_photographers_stay_two_credits():
    clip = parse_clipping("Le Courrier du Lac\n\nLe port fête ses cent ans\n\nPar Anne Roux\nPhotos : Jean Sarthou\n"
                          "Publié le 3 décembre 2026\n\nLe quai, samedi, pendant la fête. (Photo : Marie Dubois)\n\n" + LAKE)
    assert clip.credits == ["Photos : Jean Sarthou", "Photo : Marie Dubois"]


def old_page(title: str, site_name: str, host: str) -> bytes:
    return (f"<html><head><meta charset='iso-8859-1'><title>{title}</title>"
            f"<meta property='og:site_name' content='{site_name}'>"
            f"<link rel='canonical' href='https://www.{host}/lokales/lauterbach/umgehung-4471.html'></head><body>"
            "<h1>Ortsumgehung: Planfeststellung soll im Frühjahr beginnen</h1>"
            "<p>Nach mehr als zwanzig Jahren Planung legt das Land die Unterlagen für die Umgehung der Bundesstraße vor, "
            "teilte die Behörde am Dienstag mit.</p><p>Anwohner hoffen auf Entlastung, Landwirte fürchten dagegen um "
            "ihre Flächen am Rand der Stadt.</p></body></html>").encode("latin-1")


def test_a_title_that_is_the_sites_path_names_the_site_its_address_spells():
    clip = read_clipping(old_page("Vogelsberger Kreisblatt - Lokales - Lauterbach", "Lauterbach",
                                  "vogelsberger-kreisblatt.example"), ".html")
    assert clip.outlet == "Vogelsberger Kreisblatt"
    assert clip.title == "Ortsumgehung: Planfeststellung soll im Frühjahr beginnen"


def test_a_declared_site_name_stays_when_the_address_spells_no_side_of_the_title():
    clip = read_clipping(old_page("Ortsumgehung: Planfeststellung soll im Frühjahr beginnen | Kreisblatt Online",
                                  "Kreisblatt Online", "kb-verlag.example"), ".html")
    assert clip.outlet == "Kreisblatt Online"


@pytest.mark.parametrize("masthead, outlet", [("Medway Sound 103.4 FM", "Medway Sound"), ("Fenland Radio 97.6 FM", "Fenland Radio"),
                                              ("CKSR 980 News Talk", "CKSR 980 News Talk")])
def test_a_stations_frequency_is_no_part_of_its_name(masthead, outlet):
    clip = parse_clipping(f"{masthead}\nListen Live   Schedule   News   Contact\nKent News\n"
                          "Green bin collections suspended across Swale for three weeks\nTom Pettigrew\n"
                          "Tuesday 1 December 2026, 16:40\n"
                          "Garden waste collections across Swale will be suspended for three weeks from Monday, the borough "
                          "council has said, because its contractor lacks drivers.\n"
                          "Around 22,000 households pay for the fortnightly green bin service, and the council said their "
                          "permits would be extended at no extra cost.\n")
    assert clip.outlet == outlet


def test_a_section_beside_the_writer_is_no_outlet():
    clip = parse_clipping("The Fenland Ledger\n\nBin rounds suspended for three weeks\n\nLocal News · By Tom Pettigrew · "
                          "1 December 2026\n\n" + "Garden waste collections will be suspended for three weeks from Monday, "
                          "the council has said, because its contractor lacks drivers.\n\nAround 22,000 households pay "
                          "for the service, and their permits will be extended at no extra cost.\n")
    assert clip.outlet == "The Fenland Ledger" and clip.authors == ["Tom Pettigrew"] and clip.reproduced_by is None


def test_a_section_named_in_full_beside_its_menu_item_is_no_headline():
    clip = parse_clipping("le Journal du Bassin\nS'abonner   Se connecter\nActualité   Métropole   Bassin   Médoc   Sport\n"
                          "Bassin d'Arcachon / Pêche\nSole : à Arcachon, les fileyeurs rentrent au port plus tôt que prévu\n"
                          "Avec un quota de sole épuisé dès la fin novembre, une vingtaine de bateaux du port d'Arcachon "
                          "restent à quai jusqu'en janvier. Les patrons demandent une aide d'urgence.\n"
                          "Par Anne Roux\nPublié le 3 décembre 2026 à 17h05\n\n"
                          "Au port d'Arcachon, mercredi matin, les filets séchaient sur les quais au lieu d'être en mer, et les "
                          "marins réparaient leurs casiers.\n\n"
                          "Les patrons demandent une aide d'urgence au comité régional des pêches, qui se réunit lundi à "
                          "Bordeaux pour en discuter avec la préfecture.\n")
    assert clip.title == "Sole : à Arcachon, les fileyeurs rentrent au port plus tôt que prévu"


FERRY = ("The ferry between the two harbours will sail again on Monday, the operator said on Thursday, after repairs to "
         "the landing ramp took a month longer than planned.\n\nPassengers had been sent on a forty-minute bus journey "
         "round the estuary since September, and season tickets will be extended by three months.\n")


@pytest.mark.parametrize("sponsor", ["In partnership with King River Skyway", "Brought to you by King River Skyway",
                                     "En partenariat avec Skyway du Gouffre"])
def test_a_sponsors_line_over_sponsored_content_is_no_headline(sponsor):
    clip = parse_clipping(f"The West Coast Sentinel\nNews   Community   Sport\n\nSPONSORED CONTENT\n{sponsor}\n\n"
                          f"Ferry crossing to reopen after three months of repairs\n\nNovember 27, 2026\n\n{FERRY}")
    assert clip.title == "Ferry crossing to reopen after three months of repairs" and sponsor not in clip.text
    assert clip.outlet == "The West Coast Sentinel"


def test_a_print_views_first_line_names_the_site_and_its_rights_line_credits_no_one():
    clip = parse_clipping("Le Réveil du Bassin – Version imprimable\nImprimer cette page | Fermer la fenêtre\n\n"
                          "PAU – LOGEMENT\n\nLe bac reprend du service lundi après trois mois de travaux\n\n"
                          "Publié le 2 décembre 2026 à 07h15\nPar Hélène Casaubon\n\n"
                          "Le bac entre les deux rives reprendra lundi, a annoncé jeudi l'exploitant, après des travaux sur la "
                          "rampe d'accès qui ont duré un mois de plus que prévu.\n\nLes passagers empruntaient depuis septembre "
                          "un bus qui faisait le tour de l'estuaire en quarante minutes.\n\n"
                          "© Le Réveil du Bassin – Tous droits de reproduction réservés\n")
    assert clip.outlet == "Le Réveil du Bassin" and clip.credits == [] and clip.authors == ["Hélène Casaubon"]


@pytest.mark.parametrize("body", ["Comunità di montagna della Carnia", "Syndicat mixte du Vexin Normand"])
def test_a_public_bodys_name_with_a_common_noun_in_small_letters_is_its_masthead_under_the_regions(body):
    clip = parse_clipping(f"Vai al contenuto principale\nRegione Autonoma Friuli Venezia Giulia\n{body}\nCerca nel sito\n"
                          "Amministrazione   Servizi   Novità\nHome / Novità / Notizie\n\n"
                          "Pericolo valanghe, chiusa la strada per Sauris di Sopra fino a lunedì\n\nPubblicato il 3 dicembre 2026\n\n"
                          "Dopo le nevicate dei giorni scorsi, la commissione locale valanghe ha chiesto la chiusura del tratto "
                          "di strada tra Sauris di Sotto e Sauris di Sopra fino a lunedì.\n\nLe famiglie possono raggiungere il "
                          "capoluogo con il servizio navetta organizzato dalla protezione civile comunale.\n")
    assert clip.outlet == body


@pytest.mark.parametrize("headline", ["Comune chiude la strada per Sauris", "Syndicat mixte vote son budget"])
def test_a_headline_opening_on_a_bodys_word_is_no_name(headline):
    from generator.importer.lines import outlet_like
    assert not outlet_like(headline)


@pytest.mark.parametrize("masthead, outlet", [("caf.fr – Caf du Morbihan", "Caf du Morbihan"),
                                              ("pontivy.bzh – Ville de Pontivy", "Ville de Pontivy")])
def test_a_mastheads_address_gives_way_to_the_name_beside_it(masthead, outlet):
    clip = parse_clipping(f"Aller au contenu\n{masthead}\nMon Compte   Contact\nAccueil > Actualités\n\n"
                          f"Publié le 01/12/2026\n\nLe bac reprend du service lundi après trois mois de travaux\n\n{FERRY}")
    assert clip.outlet == outlet


@pytest.mark.parametrize("sender", ["Förderverein Orgel St. Laurentius Pelm e. V.", "Orgelbau Klais GmbH"])
def test_a_name_closed_by_its_legal_form_is_no_headline(sender):
    clip = parse_clipping("Amtliches Mitteilungsblatt der Verbandsgemeinde Gerolstein\n"
                          "Ausgabe 49/2026 · Erscheinungstag: Donnerstag, 03.12.2026\n"
                          "Rubrik: Vereine und Verbände > Ortsgemeinde Pelm\n"
                          f"{sender}\nSpendenziel erreicht: Orgel wird im Frühjahr restauriert\n"
                          "Liebe Mitbürgerinnen und Mitbürger,\n"
                          "dank Ihrer Hilfe hat unser Förderverein in nur zwei Jahren die Summe von 85.000 Euro für die "
                          "Restaurierung der Orgel in unserer Pfarrkirche zusammengetragen.\n"
                          "Die Orgel wird ab März von einer Werkstatt aus dem Hunsrück abgebaut und dort überholt.\n")
    assert clip.title == "Spendenziel erreicht: Orgel wird im Frühjahr restauriert"


VENDIMIA = """Ir al contenido
La Voz del Iregua
Suscríbete
Iniciar sesión
La Rioja
Logroño
Rioja Alta
Rioja Baja
Economía
Los viticultores de Rioja Alta arrancan la vendimia con la uva a 0,45 euros el kilo: «Así no salen las cuentas»
Las organizaciones agrarias denuncian que los precios que ofrecen algunas bodegas no cubren los costes de producción, mientras el Consejo Regulador ultima un plan de arranque
Carmen Sáenz
Martes, 9 de septiembre 2025, 13:42
La vendimia ha comenzado esta semana en los viñedos más tempranos de Rioja Alta con una sensación agridulce. La uva llega sana, pero los precios que ofrecen algunas bodegas rondan los 0,45 euros por kilo.

«Con lo que pagan este año no cubro el gasóleo», lamenta un viticultor de Briñas con doce hectáreas.
"""


def test_a_headline_closing_on_a_quotation_after_a_colon_is_a_headline_not_the_texts_first_paragraph():
    clip = parse_clipping(VENDIMIA)
    assert clip.title.startswith("Los viticultores de Rioja Alta") and clip.title.endswith("«Así no salen las cuentas»")
    assert clip.authors == ["Carmen Sáenz"] and clip.published == "2025-09-09T13:42"
    assert not clip.text.startswith("Los viticultores")


def test_a_quotation_closing_a_paragraph_of_sentences_keeps_it_the_texts():
    text = VENDIMIA.replace("«Con lo que pagan este año no cubro el gasóleo», lamenta",
                            "Los precios no cubren los costes. Un viticultor de Briñas lo resume así: «No cubro el gasóleo»")
    assert "Los precios no cubren los costes." in parse_clipping(text).text


def test_a_tagline_over_the_issue_line_and_the_menu_is_no_headline():
    clip = parse_clipping("Direkt zum Inhalt\nEisacktaler Wochenblatt\nDie Wochenzeitung für Brixen, Klausen und das ganze "
                          "Tal\nAusgabe 48/2026\nE-Paper lesen\nAbo\nAnmelden\nPolitik\nWirtschaft\nVerkehr\nMaut auf der "
                          "A22 steigt – Pendler fühlen sich im Stich gelassen\nVon Martina Obexer\n\nWer täglich von Brixen "
                          "nach Bozen pendelt, zahlt derzeit für die einfache Strecke 3,40 Euro. Ab dem 1. Jänner werden es "
                          "3,70 Euro sein.\n\nDie Betreibergesellschaft begründet die Anhebung mit den Investitionen der "
                          "kommenden Jahre.\n")
    assert clip.title == "Maut auf der A22 steigt – Pendler fühlen sich im Stich gelassen"
    assert clip.outlet == "Eisacktaler Wochenblatt" and "Wochenzeitung für Brixen" not in clip.text


def test_a_newsletter_platforms_box_over_the_post_is_furniture():
    clip = parse_clipping("The Lowburn Letter\nSubscribe\nSign in\nDiscover more from The Lowburn Letter\nOver 2,000 "
                          "subscribers\nBy subscribing, I agree to Quillpost's Terms of Use.\nAlready have an account? Sign in"
                          "\n\nThe long cold night at Bannockburn\n\nBy Mere Lindqvist\nOct 29, 2025\n\nAt ten past two on "
                          "Sunday morning, the sensor at the bottom of the gully read minus 3.1 degrees, and every grower on "
                          "the alert list had a text message.\n\nIt was the coldest night of the spring so far.\n")
    assert clip.title == "The long cold night at Bannockburn" and clip.outlet == "The Lowburn Letter"
    assert "Discover more" not in clip.text and "subscribers" not in clip.text and "Already have" not in clip.text


def test_a_trail_of_the_menus_sections_is_no_masthead():
    clip = parse_clipping("Aller au contenu principal\nL'Écho chalonnais\nSe connecter\nS'abonner\nDijon\nCôte-d'Or\n"
                          "Logement\nSports\nCôte-d'Or - Logement\nÀ Chenôve, une coopérative d'habitants pose la première "
                          "pierre de ses quatorze logements\nPar Hélène Vautrin - Le 19/05/2025 à 05:00\n\nIl y avait des "
                          "casques de chantier pour les enfants et une pelle enrubannée, samedi matin, rue du Clos-Saint-"
                          "Jacques.\n\nLa livraison de l'immeuble est prévue à l'automne 2026, selon la coopérative.\n\n"
                          "© L'Écho chalonnais 2025\n")
    assert clip.outlet == "L'Écho chalonnais"


@pytest.mark.parametrize("top, outlet", [
    ("SchoolHub Parent Portal\nDashboard   Calendar   Attendance   Payments   News\nLogged in as: Parent of Student "
     "40219  |  Sign out\n\nWendouree Primary School\nNews & Notices › Whole School\n", "Wendouree Primary School"),
    ("Nechako Forest Products – The Landing (staff intranet)\nYou are signed in as a.kowalczyk | My profile | Sign out\n"
     "Home\nMy Pay & Benefits\nSafety\nShift Rosters\nForms\n", "Nechako Forest Products"),
])
def test_a_portal_or_an_intranet_is_no_outlet_the_organisation_it_shows_is(top, outlet):
    clip = parse_clipping(f"{top}\nFree lunch program to continue in 2027 after state funding confirmed\n"
                          "Posted by Jenny Tran, Business Manager\nThursday 3 December 2026\n\nThe free lunch program will "
                          "continue for all of next year after the state government confirmed its funding on Tuesday.\n\n"
                          "Families do not need to register again; orders open on the first day of term.\n")
    assert clip.outlet == outlet


def test_an_images_logo_label_is_no_part_of_the_outlet_and_a_trail_no_part_of_the_headline():
    clip = parse_clipping("Logo El Faro Cantábrico\nPortada\nSantander\nAktuelles › Nuevo récord de tráfico de vehículos en el "
                          "puerto de Santander\nPor Marta Ruiz\n4 de enero de 2026\n\nEl puerto de Santander movió más de "
                          "512.000 vehículos en 2025, un récord, según la autoridad portuaria.\n\nLa mayor parte fueron "
                          "turismos fabricados en Palencia y Valladolid.\n")
    assert clip.outlet == "El Faro Cantábrico"
    assert clip.title == "Nuevo récord de tráfico de vehículos en el puerto de Santander"


INTERVIEW = """Oberhessen-Kurier
Lokales
Vogelsbergkreis
„Ohne die Kolleginnen hätte ich längst aufgehört“
Seit 19 Jahren ist Anja Weitzel Hausärztin in Ulrichstein. Sie spricht über Nachtdienste und fehlenden Nachwuchs.
{byline}
21.01.2026 - 05:30 Uhr

Ulrichstein hat knapp 3.000 Einwohner, und die nächste Klinik ist eine halbe Stunde entfernt.

{q}Frau Weitzel, wie viele Patienten kommen an einem normalen Montag zu Ihnen?{q}

An einem Montag im Winter sind es schnell 90, manchmal mehr. Im Quartal betreuen wir rund 2.400 Menschen.

{q}Warum findet die Praxis keinen Nachwuchs?{q}

Die jungen Kolleginnen wollen angestellt arbeiten, nicht eine Praxis allein führen. Das verstehe ich gut.

{q}Was müsste sich ändern?{q}

Mehr Praxisgemeinschaften auf dem Land, und ein Bereitschaftsdienst, der nicht an drei Ärztinnen hängt.
"""


@pytest.mark.parametrize("q", ["", "**"])
def test_questions_answered_in_turn_make_an_interview(q):
    clip = parse_clipping(INTERVIEW.format(byline="Von Tobias Reinhardt", q=q))
    assert clip.kind == "interview" and clip.authors == ["Tobias Reinhardt"]


def test_an_interview_label_with_the_interviewers_name_names_the_writer():
    clip = parse_clipping(INTERVIEW.format(byline="Interview: Lukas Bereuter", q=""))
    assert clip.authors == ["Lukas Bereuter"] and clip.kind == "interview"


def test_two_questions_in_a_report_make_no_interview():
    text = INTERVIEW.format(byline="Von Tobias Reinhardt", q="").replace("Was müsste sich ändern?",
                                                                         "Die Gemeinde sucht weiter.")
    assert parse_clipping(text).kind in (None, "news")


@pytest.mark.parametrize("buttons", [["Comments", "Bookmark", "Share"], ["Comments", "Share"], ["Kommentare", "Teilen", "Merken"]])
def test_a_row_of_buttons_under_the_standfirst_does_not_end_the_article(buttons):
    """A big publisher's page sets 'Comments / Bookmark / Share' between the standfirst and the byline: buttons, not the
    readers' comments closing the text, so every paragraph of it stays."""
    paragraphs = ["Bus drivers at the depot will walk out for five days from Monday after talks over pay broke down "
                  "late on Tuesday evening, the union said.",
                  "Around 140 drivers voted by 87 per cent to strike in a ballot that closed shortly before Christmas.",
                  "The company said it expected to run a skeleton timetable at best during the walkout."]
    clip = parse_clipping("\n".join(["The Wolds Mail", "News", "Bus drivers to strike for five days as pay talks collapse",
                                     "Services across the Wolds villages will be hit from Monday, with the operator "
                                     "warning that school routes will be \"very limited\"", *buttons, "Eleanor Pybus", "Transport Reporter", "07:12, 14 JAN 2026",
                                     "", "\n\n".join(paragraphs), "", "Comments", "Most Read",
                                     "1", "Lorry sheds its load of straw bales on the Newbald road"]))
    assert all(paragraph[:40] in clip.text for paragraph in paragraphs)
    assert clip.authors == ["Eleanor Pybus"] and clip.published == "2026-01-14T07:12"
    assert "straw bales" not in clip.text and "Bookmark" not in clip.text


def test_labels_glued_to_what_follows_in_the_copy_are_read_apart():
    """A page setting 'By', 'Updated' and a caption's credit each in its own element copies them glued on."""
    clip = parse_clipping("\n".join([
        "The Furness Mail", "Quarry blasting to stop at 3pm after homes are shaken",
        "ByHannah Pritchard", "Local Democracy Reporter", "11:42, 18 FEB 2026", "Updated14:05, 18 FEB 2026", "",
        "The working face at the quarry above Kirkby-in-Furness(Image: Furness Mail)", "",
        "Moorside Slate has agreed to finish weekday blasting earlier after months of complaints about cracked plaster.",
        "", "The company will also text nearby households the day before each blast, the council said on Tuesday."]))
    assert clip.authors == ["Hannah Pritchard"] and clip.published == "2026-02-18T11:42"
    assert clip.credits == ["Image: Furness Mail"] and "working face" not in clip.text


@pytest.mark.parametrize("line", ["Byron Bay council met on Tuesday.", "Porto Alegre and Parliament Hill were named.",
                                  "Vondra said the photo(s) were old."])
def test_words_that_only_begin_like_a_label_are_left_whole(line):
    clip = parse_clipping("\n\n".join(["The Furness Mail", "Quarry blasting to stop at 3pm", "By Ann Lowe",
                                       "Moorside Slate has agreed to finish weekday blasting earlier, the council said.",
                                       line, "The company will text nearby households the day before each blast."]))
    assert line in clip.text


FAQ = """Régie des bibliothèques de l'Estuaire

Bibliobus : questions fréquentes

Publié le 3 mars 2026

Le bibliobus de l'Estuaire change de formule au printemps, et la régie répond ici aux questions que les lecteurs lui posent le plus souvent depuis l'annonce du nouveau service.

Pourquoi l'ancien bibliobus a-t-il été retiré?

Le véhicule avait vingt-deux ans et sa carrosserie ne passait plus le contrôle technique de l'automne dernier.

Est-ce que mon arrêt est maintenu?

Les vingt-six arrêts sont maintenus, mais le passage devient toutes les deux semaines au lieu de chaque semaine.

Combien de livres puis-je emprunter?

Chaque abonné peut emprunter dix documents pour quatre semaines, renouvelables une fois sur demande.

Le service est-il toujours gratuit?

Oui, l'abonnement reste gratuit pour tous les résidents des municipalités membres de la régie.
"""


def test_a_readers_questions_answered_by_a_public_body_are_no_interview():
    assert parse_clipping(FAQ).kind in (None, "news")


def test_the_same_questions_put_to_someone_are_an_interview():
    asked = FAQ.replace("Est-ce que mon arrêt est maintenu?", "Madame Roy, pourquoi avez-vous retiré l'ancien bibliobus?")
    assert parse_clipping(asked).kind == "interview"
