"""The site's own lines around a pasted story: which short line over the headline is the masthead (and when
none is), the site's date of the day, its copyright line, an agency's dispatch on the agency's own site, a
statement's label, and Portuguese told from Spanish."""
import pytest
from hypothesis import given, settings, strategies as st

from generator.importer import parse_clipping

HEADLINE = "Harbour ferry to run every twenty minutes from spring"
FIRST = ("The harbour ferry between the old quay and the marina will run every twenty minutes from March, the "
         "port authority said on Tuesday, after a second boat was bought from a yard in Brittany.")
LAST = "The new timetable is due to be published in February, with fares unchanged until the end of the year."
STORY = f"{HEADLINE}\n\nBy Ann Lowe\n\n{FIRST}\n\n{LAST}\n"

# Lines a site sets in sentence case over its headline: buttons, menu items, controls, taglines; never its name.
NOT_NAMES = ["Iscriviti gratis", "Chi siamo", "Alto contraste", "Sign up free", "About us", "A+ A A-", "Inscrivez-vous",
             "Jetzt registrieren", "Contacto", "Revista de cultura y territorio"]


@pytest.mark.parametrize("masthead", ["Município de Alvito", "The Harbour Post", "ciaone.", "the valley voice",
                                      "Gazzetta dell'Altopiano", "HARBOUR POST"])
@pytest.mark.parametrize("noise", [["Alto contraste"], ["Iscriviti gratis", "Chi siamo"], []])
def test_the_site_name_over_the_headline_is_the_outlet_whatever_buttons_surround_it(masthead, noise):
    head = "\n".join(["Skip to content", *noise, masthead, *noise, "News", "Sport"])
    clip = parse_clipping(f"{head}\n\n{STORY}")
    assert clip.outlet.casefold() == masthead.rstrip(".").casefold() and clip.title == HEADLINE
    assert not any(item.startswith("outlet") for item in clip.review)


@given(st.lists(st.sampled_from(NOT_NAMES), min_size=1, max_size=4, unique=True))
@settings(max_examples=40, deadline=None)
def test_with_only_buttons_and_taglines_over_the_headline_the_outlet_goes_to_review(lines):
    clip = parse_clipping("\n".join(lines) + f"\n\n{STORY}")
    assert clip.outlet is None and any(item.startswith("outlet") for item in clip.review)
    assert clip.title == HEADLINE and FIRST in clip.text and not any(line in clip.text for line in lines)


@pytest.mark.parametrize("today, dated, published", [
    ("Saturday 5 December 2026", "Fri 4 Dec 2026 19:30", "2026-12-04T19:30"),
    ("Samedi 5 décembre 2026", "4 décembre 2026 à 19h30", "2026-12-04T19:30"),
    ("Samstag, 5. Dezember 2026", "04.12.2026, 19:30 Uhr", "2026-12-04T19:30"),
])
def test_the_sites_date_of_the_day_gives_way_to_the_storys_own_date(today, dated, published):
    clip = parse_clipping(f"THE HARBOUR POST\n{today}\nNews\nSport\n\n{HEADLINE}\n\nBy Ann Lowe\n{dated}\n\n{FIRST}\n\n{LAST}\n")
    assert clip.published == published


def test_the_sites_date_of_the_day_alone_still_dates_the_story():
    clip = parse_clipping(f"THE HARBOUR POST\nSaturday 5 December 2026\n\n{STORY}")
    assert clip.published == "2026-12-05"


@pytest.mark.parametrize("foot", ["© The Harbour Post 2026", "© 2026 The Harbour Post. All rights reserved.",
                                  "© Harbour Post – Éditions du Port", "© HP – Reproduction soumise à abonnement"])
def test_the_pages_copyright_line_is_no_credit(foot):
    clip = parse_clipping(f"THE HARBOUR POST\n\n{STORY}\n{foot}\n")
    assert clip.credits == [] and foot not in clip.text and LAST in clip.text


def test_a_pictures_credit_under_the_text_stays_a_credit():
    clip = parse_clipping(f"THE HARBOUR POST\n\n{HEADLINE}\n\nBy Ann Lowe\n\nThe new boat at the yard. Photo: Yann Le Goff\n\n"
                          f"{FIRST}\n\n{LAST}\n")
    assert clip.credits == ["Photo: Yann Le Goff"]


@pytest.mark.parametrize("masthead, initials, outlet", [
    ("APL – Agence Presse Littoral", "APL", "APL – Agence Presse Littoral"),   # (whole, as printed)
    ("MDN Mitteldeutscher Nachrichtendienst", "MDN", "MDN Mitteldeutscher Nachrichtendienst"),
])
def test_an_agencys_dispatch_on_its_own_site_is_wire_with_the_agency_credited(masthead, initials, outlet):
    clip = parse_clipping(f"{masthead}\nEspace clients | Connexion\n\n{HEADLINE}\n\nPublié le 02/12/2026 à 11h48\n\n"
                          f"Lorient ({initials}) - {FIRST}\n\n{LAST}\n\n{initials} jmr/ck\n")
    assert (clip.kind, clip.outlet, clip.credits) == ("wire", outlet, [initials])
    assert clip.text.startswith("The harbour ferry") and "jmr/ck" not in clip.text


def test_another_agencys_initials_in_the_dateline_do_not_make_the_site_a_wire():
    clip = parse_clipping(f"THE HARBOUR POST\n\n{HEADLINE}\n\nLorient (XYZ) - {FIRST}\n\n{LAST}\n")
    assert clip.kind != "wire" and clip.outlet == "The Harbour Post"


@pytest.mark.parametrize("label", ["STELLUNGNAHME", "Prise de position", "Position statement", "Presa di posizione",
                                   "Declaración", "Tomada de posição"])
def test_a_statements_label_makes_it_a_statement_and_is_no_outlet(label):
    clip = parse_clipping(f"LEBENDIGE LAHN E.V.\n\n{label}\n\n{HEADLINE}\n\n{FIRST}\n\n{LAST}\n")
    assert clip.kind == "statement" and clip.outlet.casefold() != label.casefold()


PORTUGUESE = ("O ferry entre Setúbal e Troia passa a fazer mais quatro ligações por dia a partir de janeiro, anunciou "
              "na terça-feira a empresa que opera o serviço. Segundo o presidente da câmara, o reforço responde às queixas "
              "dos moradores, que no verão esperavam mais de uma hora no cais. As novas viagens serão feitas por um navio "
              "alugado até ao fim do ano.")
SPANISH = ("El ferri entre Algeciras y Ceuta hará cuatro viajes más al día a partir de enero, según anunció el martes la "
           "naviera que opera el servicio. El alcalde dijo que el refuerzo responde a las quejas de los vecinos, que en "
           "verano esperaban más de una hora en el muelle. Los nuevos viajes se harán con un barco alquilado hasta final de año.")


@pytest.mark.parametrize("text, language", [(PORTUGUESE, "pt"), (SPANISH, "es")])
def test_portuguese_is_told_from_spanish(text, language):
    clip = parse_clipping(f"Ferry reforçado\n\n{text}\n")
    assert clip.language == language


@pytest.mark.parametrize("edition", ["Édition Mâcon", "Ausgabe Kassel", "Edizione di Pesaro", "Edición Soria"])
def test_the_edition_the_reader_chose_is_neither_byline_nor_outlet(edition):
    clip = parse_clipping(f"Le Courrier du Val\n{edition}\nS'abonner\n\n{HEADLINE}\n\nPar Hélène Morvan\n\n{FIRST}\n\n{LAST}\n")
    assert (clip.outlet, clip.authors, clip.title) == ("Le Courrier du Val", ["Hélène Morvan"], HEADLINE)


@pytest.mark.parametrize("byline", ["Von Jana Köhler, NLR Studio Cottbus", "By Ann Lowe, Leeds bureau",
                                    "Par Claire Roux, rédaction de Lyon"])
def test_the_newsroom_office_beside_the_writer_is_no_second_author(byline):
    clip = parse_clipping(f"THE HARBOUR POST\n\n{HEADLINE}\n\n{byline}\n\n{FIRST}\n\n{LAST}\n")
    assert len(clip.authors) == 1 and byline.split(",")[0].split(" ", 1)[1] == clip.authors[0]


def test_a_copyright_line_naming_the_site_is_no_credit_even_without_a_year():
    clip = parse_clipping(f"Calderfield Fire and Rescue Service\n\n{STORY}\n© Calderfield Fire and Rescue Authority\n")
    assert clip.credits == [] and clip.outlet == "Calderfield Fire and Rescue Service"


@pytest.mark.parametrize("label, kind", [("PRESS RELEASE · INTERIM RESULTS", "press-release"),
                                         ("COMMUNIQUÉ DE PRESSE | ENVIRONNEMENT", "press-release"),
                                         ("STATEMENT – FOR IMMEDIATE USE", "statement")])
def test_a_documents_label_with_what_it_is_about_still_names_its_kind(label, kind):
    clip = parse_clipping(f"HALDEN FROST PLC\n\n{label}\n\n{HEADLINE}\n\n{FIRST}\n\n{LAST}\n")
    assert clip.kind == kind and label not in clip.text


@pytest.mark.parametrize("heading", ["Articles récents", "Outras notícias", "Latest statements", "Otras noticias",
                                     "Ultimi articoli", "Neueste Beiträge", "Autres dépêches"])
def test_the_sites_list_of_other_stories_closes_the_text(heading):
    other = "Bourges : les aides-soignants du service de gériatrie en grève le 8 décembre"
    clip = parse_clipping(f"{STORY}\n{heading}\n{other}\nLe syndicat appelle tous les agents à rejoindre le piquet devant l'entrée.\n")
    assert LAST in clip.text and other not in clip.text and heading not in clip.text


@pytest.mark.parametrize("prompt", ["Have your say: email newsdesk@harbourpost.example or write to us at 14 Market Street.",
                                    "Got a story? Ring the newsdesk on 01422 000 000.",
                                    "Haben Sie Hinweise für unsere Redaktion? Schreiben Sie uns."])
def test_a_call_to_readers_under_the_text_is_not_the_text(prompt):
    clip = parse_clipping(f"{STORY}\n{prompt}\n")
    assert LAST in clip.text and prompt not in clip.text


def test_an_abbreviated_masthead_over_its_name_in_full_is_the_name():
    clip = parse_clipping(f"AAN\nAgência Atlântica de Notícias\nÚltimas   Portugal   Mundo\n\n{STORY}")
    assert clip.outlet == "Agência Atlântica de Notícias"


@pytest.mark.parametrize("name", ["Tafel Neckarau-Süd e.V.", "Radio Valle S.A."])
def test_a_mastheads_legal_form_keeps_its_stops(name):
    assert parse_clipping(f"{name}\n\n{STORY}").outlet == name


def test_a_press_release_numbered_under_its_label_is_one_and_its_issuer_the_outlet():
    clip = parse_clipping("Ministerium für Landwirtschaft und Ernährung des Landes Westmark\n\nPRESSEMITTEILUNG Nr. 214/2026\n\n"
                          f"{HEADLINE}\n\n{FIRST}\n\n{LAST}\n")
    assert clip.kind == "press-release" and clip.outlet == "Ministerium für Landwirtschaft und Ernährung des Landes Westmark"


@pytest.mark.parametrize("byline, author", [("di don Paolo Renier", "Paolo Renier"), ("By Father Tom Hart", "Tom Hart"),
                                            ("Par Père Pierre Roux", "Pierre Roux"), ("Von Pfarrer Jan Otto", "Jan Otto")])
def test_a_clerics_title_in_the_byline_goes_and_the_name_stays(byline, author):
    clip = parse_clipping(f"THE HARBOUR POST\n\n{HEADLINE}\n\n{byline}\n\n{FIRST}\n\n{LAST}\n")
    assert clip.authors == [author]


@pytest.mark.parametrize("byline, author", [("Par capitaine Sophie Marjollet", "Sophie Marjollet"),
                                            ("By Sergeant Tom Hart", "Tom Hart"), ("Von Hauptmann Jan Otto", "Jan Otto"),
                                            ("By Major Tom", "Major Tom")])
def test_a_rank_in_the_byline_goes_and_the_name_stays(byline, author):
    clip = parse_clipping(f"THE HARBOUR POST\n\n{HEADLINE}\n\n{byline}\n\n{FIRST}\n\n{LAST}\n")
    assert clip.authors == [author]


def test_the_sites_date_over_a_menu_gives_way_to_the_storys_date_under_its_byline():
    clip = parse_clipping(f"Text-only version | Go to full site\n< Back to headlines\nSaturday, December 5, 2026\n{HEADLINE}\n"
                          f"By Ann Lowe\nFriday, December 4, 2026 at 5:48 PM\n{FIRST}\n{LAST}\n")
    assert clip.published == "2026-12-04T17:48"


def test_the_writers_own_written_by_line_is_no_credit():
    clip = parse_clipping(f"THE HARBOUR POST\n\n{STORY}\nWritten by Ann Lowe\n")
    assert clip.authors == ["Ann Lowe"] and clip.credits == []


@pytest.mark.parametrize("caption, credit", [("The court room. FOTO: E.C.", "FOTO: E.C."),
                                             ("The night bus. Foto: Radio Kinzigtal/T. Eckhardt", "Foto: Radio Kinzigtal/T. Eckhardt"),
                                             ("A lichen. Photo : Muséum de Grenoble / J. Ravier", "Photo : Muséum de Grenoble / J. Ravier")])
def test_a_captions_credit_with_initials_is_kept_whole(caption, credit):
    clip = parse_clipping(f"THE HARBOUR POST\n\n{HEADLINE}\n\nBy Ann Lowe\n\n{caption}\n\n{FIRST}\n\n{LAST}\n")
    assert clip.credits == [credit] and caption not in clip.text


@pytest.mark.parametrize("notice, offer", [
    ("You have read 3 of your 3 free articles this month.", "Subscribe for £1 a week to keep reading our coverage."),
    ("Lesen Sie weiter mit Agrarbote Plus", "Alle Artikel, das E-Paper und die Marktberichte. Jetzt 4 Wochen für 1 Euro testen."),
    ("Lesen Sie mit Allgäuer Rundschau Plus weiter", "Testen Sie jetzt Plus für 0,99 € im ersten Monat."),
    ("Vous avez lu 5 articles sur 5 ce mois-ci.", "Abonnez-vous dès 1 € le premier mois pour lire la suite."),
    # (the wall's question on its line, over its offer)
    ("Sie möchten weiterlesen?", "1 Monat für 0,99 €, danach 9,99 € monatlich, jederzeit kündbar"),
    ("Want to keep reading?", "Get unlimited access for £1 for your first month"),
    ("¿Quieres seguir leyendo?", "Primer mes por 1 euro, después 8 euros al mes"),
])
def test_a_paywall_notice_makes_the_copy_partial_and_its_offer_goes(notice, offer):
    clip = parse_clipping(f"{STORY}\n{notice}\n{offer}\n")
    assert clip.access == "partial" and LAST in clip.text and notice not in clip.text and offer not in clip.text


def test_a_long_name_set_as_one_at_the_top_is_the_outlet_not_a_section_under_it():
    clip = parse_clipping("Saltar para o conteúdo\nUnidade Local de Saúde do Alto Paiva\nUtentes   Profissionais   Serviços\n"
                          f"Notícias\n\n{STORY}")
    assert clip.outlet == "Unidade Local de Saúde do Alto Paiva"


def test_a_union_in_initials_over_its_name_issues_its_statement_under_its_full_name():
    clip = parse_clipping(f"GVL\nGewerkschaft Verkehr und Logistik\n\nStellungnahme\n\n{HEADLINE}\n\n{FIRST}\n\n{LAST}\n")
    assert (clip.kind, clip.outlet) == ("statement", "Gewerkschaft Verkehr und Logistik")


def test_labelled_lines_under_the_text_stay_apart_and_name_the_writer_and_the_photographer():
    clip = parse_clipping(f"FEUERWEHR ROTENFELS\n\n{HEADLINE}\n\n{FIRST}\n\n{LAST}\n\nBericht: Jonas Reuter, Pressesprecher\n"
                          "Fotos: Feuerwehr Rotenfels / Lena Weiß\nVeröffentlicht am 04.12.2026\n")
    assert clip.authors == ["Jonas Reuter"] and clip.credits == ["Fotos: Feuerwehr Rotenfels / Lena Weiß"]


def test_a_byline_over_the_outlets_name_is_read_apart_from_it():
    clip = parse_clipping(f"{HEADLINE}\nArticle rédigé par Mathilde Carrier, Antoine Bessou\nLes Ondes - Radio publique\n"
                          f"Publié le 03/12/2026 19:05\n\n{FIRST}\n\n{LAST}\n")
    assert clip.authors == ["Mathilde Carrier", "Antoine Bessou"]


def test_a_photographer_and_agency_in_brackets_and_capitals_close_a_caption_as_its_credit():
    caption = "A thermostat in a classroom in Dijon, on 2 December. (JEAN-LUC MOREAU / LES ONDES)"
    clip = parse_clipping(f"THE HARBOUR POST\n\n{HEADLINE}\n\nBy Ann Lowe\n\n{caption}\n\n{FIRST}\n\n{LAST}\n")
    assert clip.credits == ["JEAN-LUC MOREAU / LES ONDES"] and caption not in clip.text


def test_an_agencys_story_on_a_portal_credits_the_agency_and_names_the_portal():
    clip = parse_clipping(f"KOMPASS – Nachrichten, Wetter, E-Mail\nE-Mail  Login  Registrieren\n\n{HEADLINE}\n\nQuelle: dpa\n\n"
                          f"{FIRST}\n\n{LAST}\n\n© 2026 Kompass – ein Angebot der Kompass Digital GmbH\n")
    assert clip.outlet == "Kompass" and "dpa" in clip.credits


@pytest.mark.parametrize("greeting", ["Hallo liebe Nachbarinnen und Nachbarn,", "Hello neighbours!", "Bonjour à toutes et à tous,"])
def test_a_newsletters_greeting_is_never_its_title(greeting):
    clip = parse_clipping(f"{greeting}\n\n{FIRST}\n\n{LAST}\n")
    assert clip.title != greeting.rstrip(",!") and clip.title != greeting


@pytest.mark.parametrize("meter", ["You have reached your limit of 5 free articles this month.",
                                   "Hai raggiunto il limite di 3 articoli gratuiti."])
def test_a_meter_counting_the_free_articles_makes_the_text_partial(meter):
    clip = parse_clipping(f"The Harbour Post\n\n{STORY}\n{meter}\nSubscribe from £1 a week\n")
    assert clip.access == "partial" and meter not in clip.text


@pytest.mark.parametrize("link", ["Lire l'article complet", "Read the full story", "Leggi l'articolo completo",
                                  "Den ganzen Artikel lesen"])
def test_a_link_to_the_whole_article_under_the_text_makes_it_partial(link):
    clip = parse_clipping(f"The Harbour Post\n\n{STORY}\n{link}\n")
    assert clip.access == "partial" and link not in clip.text and LAST in clip.text


def test_a_sentence_about_reading_the_full_report_stays_text():
    line = "Residents can read the full report at the library, where copies will be kept until March."
    clip = parse_clipping(f"The Harbour Post\n\n{STORY}\n{line}\n")
    assert clip.access == "full" and line in clip.text


def test_a_row_of_links_over_a_bodys_name_and_its_district_does_not_join_them_into_a_headline():
    head = "Acessibilidade:  A+  A-  Alto contraste  Repor\nJunta de Freguesia de Vila Nova do Sado\nConcelho de Alvito · Distrito de Beja"
    clip = parse_clipping(f"{head}\n\nInício   Notícias   Contactos\n\n{STORY}")
    assert clip.title == HEADLINE and clip.outlet == "Junta de Freguesia de Vila Nova do Sado"


@pytest.mark.parametrize("bar, station", [("Listen Live | CKSR 980 News Talk | Regina", "CKSR 980 News Talk"),
                                          ("Listen live · Radio Tamar 96.4 FM", "Radio Tamar 96.4 FM")])
def test_a_stations_name_in_its_player_bar_is_the_outlet_over_the_companys_at_the_foot(bar, station):
    clip = parse_clipping(f"{bar}\nNow playing: The Morning Show\n\nNews\nWeather\nSport\n\n{STORY}\n"
                          "© 2026 Prairie Sound Broadcasting. Privacy | Terms\n")
    assert clip.outlet == station


def test_a_player_bar_without_a_station_names_no_outlet():
    clip = parse_clipping(f"Listen Live | Regina\n\n{STORY}\n")
    assert clip.outlet is None


@pytest.mark.parametrize("acronym, full", [("CIM Beira Dão", "Comunidade Intermunicipal da Beira Dão"),
                                           ("AAN", "Agência Atlântica de Notícias")])
def test_a_name_in_initials_spelt_out_under_it_is_the_outlet_in_full(acronym, full):
    clip = parse_clipping(f"Ir para o conteúdo\n{acronym}\n{full}\nInício   Notícias   Contactos\n\n{STORY}")
    assert clip.outlet == full


@pytest.mark.parametrize("line", ["Kingsport | Europa Press | 03/12/2026 12:05", "Kingsport · EFE · 3 December 2026"])
def test_a_place_and_an_agency_beside_the_date_are_a_place_and_a_credit_no_original(line):
    clip = parse_clipping(f"The Harbour Post\n\nKingsport ferry to run every twenty minutes from spring\n{line}\n\n"
                          f"{FIRST}\n\nKingsport's quay will be rebuilt first. {LAST}\n")
    assert clip.outlet == "The Harbour Post" and clip.reproduced_by is None
    assert clip.credits == [line.split(" ")[2] if "EFE" in line else "Europa Press"]


@pytest.mark.parametrize("meter", ["You've read all your free articles this month.",
                                   "Vous avez lu tous vos articles gratuits ce mois-ci.",
                                   "Sie haben alle kostenlosen Artikel gelesen."])
def test_a_used_up_meter_under_a_continue_button_makes_the_copy_partial(meter):
    clip = parse_clipping(f"The Harbour Post\n\n{STORY}\nContinue reading\n{meter}\nSubscribe from £1 a week.\n")
    assert clip.access == "partial" and "Continue reading" not in clip.text and meter not in clip.text
    assert clip.body[-1] == LAST


@pytest.mark.parametrize("note", ["Questo articolo è tratto dal numero di dicembre di Terra Nostra. Abbonati per leggere "
                                  "tutti i servizi del mese.",
                                  "This article is taken from our December issue. Subscribe to get every issue at home."])
def test_a_magazines_note_on_the_issue_is_no_paywall_and_no_text(note):
    clip = parse_clipping(f"The Harbour Post\n\n{STORY}\n{note}\n")
    assert clip.access == "full" and note not in clip.text and clip.body[-1] == LAST


@pytest.mark.parametrize("notice", [
    "Diese Meldung ist urheberrechtlich geschützt. Weiterverbreitung nur für Kunden mit gültigem Vertrag.",
    "Nutzung nur im Rahmen des bestehenden Liefervertrags. Weitergabe an Dritte ist untersagt.",
    "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    "We're a registered charity and rely on readers like you.",
])
def test_a_notice_to_customers_or_readers_under_the_text_is_not_the_text(notice):
    clip = parse_clipping(f"The Harbour Post\n\n{STORY}\n{notice}\n")
    assert notice not in clip.text and clip.body[-1] == LAST and clip.access == "full"


@pytest.mark.parametrize("meter", ["Sie haben 2 von 7 Absätzen gelesen.",
                                   "Sie haben das Ende des frei verfügbaren Teils erreicht. Lesen Sie alle Artikel ab Fr. 1.– "
                                   "im ersten Monat."])
def test_the_end_of_the_free_part_makes_the_copy_partial(meter):
    clip = parse_clipping(f"The Harbour Post\n\n{STORY}\n{meter}\n")
    assert clip.access == "partial" and meter not in clip.text and clip.body[-1] == LAST


@pytest.mark.parametrize("line", [
    "Cette information vous a-t-elle été utile ?   Oui   Non",
    "GarganoWeb è un giornale indipendente e gratuito. Se ti piace quello che facciamo, sostienici con una donazione.",
    "Os conteúdos da agência destinam-se exclusivamente aos clientes do serviço noticioso. Reprodução proibida.",
    "Dernière mise à jour de cette page le 02.12.2026",
    "Registrati gratis per leggere tutti gli articoli e ricevere la newsletter del mattino.",
])
def test_a_pages_prompt_plea_or_notice_under_the_text_is_not_the_text(line):
    clip = parse_clipping(f"The Harbour Post\n\n{STORY}\n{line}\n")
    assert line not in clip.text and clip.body[-1] == LAST


def test_a_reading_time_in_portuguese_is_no_text():
    clip = parse_clipping(f"The Harbour Post\n\n{HEADLINE}\n\nBy Ann Lowe\nLeitura de 6 minutos\n\n{FIRST}\n\n{LAST}\n")
    assert "Leitura" not in clip.text and clip.body == [FIRST, LAST]


@pytest.mark.parametrize("pointer", ["Continuar a ler na página seguinte »", "Continue reading on the next page",
                                     "Weiterlesen auf der nächsten Seite", "Lire la suite sur la page suivante",
                                     "Seguir leyendo en la página siguiente"])
def test_the_rest_on_the_next_page_is_partial_and_names_no_original(pointer):
    clip = parse_clipping(f"The Harbour Post\n\n{HEADLINE}\n\nBy Ann Lowe\n3 December 2026\n\n{FIRST}\n\n{LAST}\n\n"
                          f"{pointer}\n1 | 2 | Next\n")
    assert clip.outlet == "The Harbour Post" and clip.reproduced_by is None
    assert clip.access == "partial" and clip.published == "2026-12-03"


@pytest.mark.parametrize("code", ["PF0112", "OTS_0042", "APA123"])
def test_a_portals_release_number_beside_the_date_names_no_original(code):
    clip = parse_clipping(f"The Harbour Post\n\n{HEADLINE}\n\n{code} · 3 December 2026, 10:12 · Transport\n\n{FIRST}\n\n{LAST}\n")
    assert clip.reproduced_by is None and clip.outlet == "The Harbour Post"
    assert clip.published == "2026-12-03T10:12"


@pytest.mark.parametrize("tagline", ["The paper for the harbour, the ferry and the old quay",
                                     "Diario digital del puerto, del transbordador y del muelle viejo"])
def test_a_tagline_sharing_the_storys_words_leaves_the_date_of_the_day_the_sites(tagline):
    clip = parse_clipping(f"Skip to content\nThe Harbour Post\n{tagline}\nSaturday 5 December 2026\nNews\nSport\nFerry\n"
                          f"Opinion\nSign in\n{HEADLINE}\nBy Ann Lowe\n04/12/2026 - 19:30h\n\n{FIRST}\n\n{LAST}\n")
    assert clip.title == HEADLINE and clip.published == "2026-12-04T19:30"


# A site's menu set one item a line, some items three words long, then what follows it over the headline.
MENU = ["Actualités", "Régional", "Lac-Saint-Jean", "Économie", "Arts et spectacles", "Opinions", "Avis de décès"]


def test_a_menus_opinion_item_labels_no_news_story():
    clip = parse_clipping("Le Fjord Express\n" + "\n".join(MENU) + "\nACTUALITÉS\n" + STORY)
    assert clip.kind is None


def test_a_comment_button_beside_share_labels_nothing():
    clip = parse_clipping(f"The Harbour Post\n{HEADLINE}\nBy Ann Lowe\nPublished 14th Jan 2026, 06:00 GMT\nComment\nShare\n\n"
                          f"{FIRST}\n\n{LAST}\n")
    assert clip.kind is None and clip.authors == ["Ann Lowe"]


@pytest.mark.parametrize("after_menu, kind", [(["Meinung", "Kommentar"], "opinion"), (["Home / Interviste", "INTERVISTA"], "interview"),
                                              (["Idées › Tribunes", "TRIBUNE"], "opinion")])
def test_the_articles_own_label_under_the_menu_still_names_its_kind(after_menu, kind):
    """The menu ends where one of its items comes again ('… Meinung / Podcast / Meinung / Kommentar') or at the
    article's trail ('Home / Interviste'): what follows is the article's own section and label."""
    menu = ["Politik", "Wirtschaft", "Meinung", "Podcast", "Français"]
    clip = parse_clipping("Luxemburger Bote\n" + "\n".join(menu + after_menu) + "\n" + STORY)
    assert clip.kind == kind


MENU = ["Nachrichten", "Regional", "Braunschweig", "Osnabrück/Emsland", "Ostfriesland", "Wetter", "Suche"]


@pytest.mark.parametrize("name, foot", [("NWR", "© NWR – Norddeutscher Westrundfunk"),
                                        ("L'Éclaireur ardennais", "© L'Éclaireur ardennais 2026 - Tous droits réservés"),
                                        ("Küstenbote", "© Küstenbote Medienhaus GmbH & Co. KG"),
                                        ("Açores Hoje", "© 2025 Açores Hoje — Todos os direitos reservados")])
def test_the_name_the_copyright_line_gives_is_the_masthead_over_a_section_set_as_a_name(name, foot):
    """A one-word or sentence-case name over the site's menu, whose sections are set as names: the page's foot says
    which line is the site's."""
    clip = parse_clipping("\n".join(["Zum Inhalt springen", name, *MENU, "Osnabrück/Emsland", "", STORY,
                                     "Mehr aus der Region", "Impressum", foot]))
    assert clip.outlet == name


def test_a_place_that_begins_the_copyright_holders_name_is_no_masthead():
    clip = parse_clipping("\n".join(["Skip to content", "The Toowoomba Sentinel", "Subscribe", "Log in", "Toowoomba",
                                     "Darling Downs", "QLD News", "Property", "", STORY, "Terms of Use",
                                     "© Toowoomba Sentinel Pty Ltd 2026"]))
    assert clip.outlet == "The Toowoomba Sentinel"


def test_the_copyright_line_that_names_the_outlet_at_the_foot_is_no_credit():
    clip = parse_clipping("\n".join(["Direkt zum Inhalt", "Suche", "Menü", "", STORY, "Impressum", "© Gemeinde Wald"]))
    assert clip.outlet == "Gemeinde Wald" and clip.credits == []
