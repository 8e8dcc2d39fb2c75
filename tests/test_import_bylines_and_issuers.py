"""Who made a clipping and who issued it, where a page says so in forms no list names: a print caption's credit
without a colon, an agency that calls itself one, a communications office, a byline under a key-points box, a kicker
set as a row of labels, a company's newsroom, a state's name over its office's paper. Cases in my own words."""
import pytest

from generator.importer import parse_clipping, read_clipping

HEADLINE = "Ferry crossing to reopen after three months of repairs"
TEXT = ("The ferry between the two harbours will sail again on Monday, the operator said on Thursday, after repairs to "
        "the landing ramp took a month longer than planned and the spring timetable had to be printed twice.",
        "Passengers had been sent on a forty-minute bus journey round the estuary since September, and the operator "
        "said season tickets would be extended by three months to make up for the lost crossings.")
TITRE = "Le bac entre les deux ports reprendra lundi après trois mois de travaux"
TEXTE = ("Le bac entre les deux ports reprendra du service lundi, a annoncé jeudi l'exploitant, après des travaux sur la "
         "rampe d'accès qui ont duré un mois de plus que prévu et obligé à imprimer deux fois les horaires de printemps.",
         "Depuis septembre, les passagers faisaient le tour de l'estuaire en car, un trajet de quarante minutes, et "
         "l'exploitant prolongera de trois mois les abonnements pour compenser les traversées perdues.")


@pytest.mark.parametrize("caption, credit", [
    ("Le bac au quai nord, jeudi matin. Photo B. Rouffie", "Photo B. Rouffie"),
    ("Le bac au quai nord, jeudi matin. Photo RM - Jean-Luc Fabre", "Photo RM - Jean-Luc Fabre"),
])
def test_a_print_captions_credit_with_an_initial_or_the_papers_code(caption, credit):
    clip = parse_clipping("\n\n".join(["Le Courrier de l'Estuaire", TITRE, "Par Anne Roux", TEXTE[0], caption, TEXTE[1]]))
    assert clip.credits == [credit] and "quai nord" not in clip.text


def test_a_credit_line_under_its_caption_then_the_byline_and_date_under_a_key_points_box():
    clip = parse_clipping("\n".join([
        "La Gazette de l'Estuaire", TITRE,
        "Trois mois de travaux sur la rampe ont privé les deux rives de leur liaison, et les usagers attendent des "
        "compensations.",
        "L'essentiel", "La rampe d'accès a été refaite.", "Les abonnements sont prolongés.", "Le car de substitution s'arrête.",
        "Le bac à quai, mardi matin.", "Photo GE - Marc Olivier", "Anne Roux", "Publié le 15/10/2025 à 06:05",
        *TEXTE]))
    assert clip.credits == ["Photo GE - Marc Olivier"]
    assert clip.authors == ["Anne Roux"] and clip.published == "2025-10-15T06:05"


@pytest.mark.parametrize("byline, authors, agency", [
    ("Por Aina Ferrer y Tomeu Vidal, con Iberpress", ["Aina Ferrer", "Tomeu Vidal"], "Iberpress"),
    ("Lucía Gómez y Agencia Duero", ["Lucía Gómez"], "Agencia Duero"),
])
def test_an_agency_no_list_knows_is_credited_by_what_it_calls_itself(byline, authors, agency):
    clip = parse_clipping("\n".join(["El Eco del Puerto", "El transbordador vuelve a navegar el lunes tras tres meses de obras",
                                     byline, "4 de diciembre de 2026", "", *TEXT]))
    assert clip.authors == authors and agency in clip.credits


def test_an_organisation_among_the_declared_authors_is_a_credit():
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "%s", "author": ['
            '{"@type": "Person", "name": "Ann Lowe"}, {"@type": "Organization", "name": "Agencia Duero"}]}</script>'
            '</head><body><article><h1>%s</h1><p>%s</p><p>%s</p></article></body></html>') % (HEADLINE, HEADLINE, *TEXT)
    clip = read_clipping(page.encode(), ".html")
    assert clip.authors == ["Ann Lowe"] and clip.credits == ["Agencia Duero"]


@pytest.mark.parametrize("name", ["Gabinete de Comunicação do CCPO", "CCPO Comunicação", "Servizio comunicazione",
                                  "Vosges Partenaires", "Senior Member"])
def test_a_communications_office_signing_is_no_writer(name):
    clip = parse_clipping("\n".join(["The Estuary Post", HEADLINE, f"By {name}", "4 December 2026", "", *TEXT]))
    assert clip.authors == []


@pytest.mark.parametrize("kicker", ["WAITING ON THE ROAD · PART 2 OF 4", "Divisão de Honra · 7.ª jornada",
                                    "Harbour works | Part 3"])
def test_a_kicker_set_as_a_row_of_labels_is_no_headline(kicker):
    clip = parse_clipping("\n".join(["The Estuary Post", "Home", "News", "Sport", kicker, HEADLINE,
                                     "Repairs to the landing ramp took a month longer than planned, the operator said.",
                                     "By Ann Lowe", "4 December 2026", "", *TEXT]))
    assert clip.title == HEADLINE


def test_a_companys_newsroom_is_the_company_and_its_item_a_press_release():
    page = ('<html><head><meta property="og:site_name" content="Estuary Ferries Newsroom">'
            '<meta property="og:title" content="%s"></head><body><article><h1>%s</h1><p>%s</p><p>%s</p>'
            '<h2>About Estuary Ferries</h2><p>Estuary Ferries Ltd runs four crossings on the estuary.</p></article>'
            '</body></html>') % (HEADLINE, HEADLINE, *TEXT)
    clip = read_clipping(page.encode(), ".html")
    assert clip.outlet == "Estuary Ferries" and clip.kind == "press-release"


def test_a_paper_called_newsroom_keeps_its_name():
    page = ('<html><head><meta property="og:site_name" content="Estuary Newsroom">'
            '<meta property="og:title" content="%s"></head><body><article><h1>%s</h1><p>%s</p><p>%s</p></article>'
            '</body></html>') % (HEADLINE, HEADLINE, *TEXT)
    clip = read_clipping(page.encode(), ".html")
    assert clip.outlet == "Estuary Newsroom" and clip.kind is None


@pytest.mark.parametrize("top", [["RÉPUBLIQUE FRANÇAISE"], ["Liberté", "Égalité", "Fraternité", "PRÉFET", "DE LA RÉGION"]])
def test_a_states_name_over_its_offices_paper_is_no_outlet(top):
    clip = parse_clipping("\n".join([*top, TITRE, "Publié le 05/11/2025", "", *TEXTE]))
    assert clip.outlet not in ("République Française", "De la Région", "RÉPUBLIQUE FRANÇAISE", "DE LA RÉGION")
    assert clip.title == TITRE


def test_a_letters_addressee_under_the_form_of_address_is_no_outlet():
    clip = parse_clipping("\n".join(["Exmo(a). Senhor(a)", "Joaquim Araújo Lima", "Rua da Igreja, 14",
                                     "4980-612 Ponte da Barca", "", "Estimado(a) Cliente,", "", *TEXT]))
    assert clip.outlet != "Joaquim Araújo Lima" and "Joaquim Araújo Lima" not in clip.authors


def test_an_agencys_own_story_does_not_credit_the_agency():
    page = ('<html><head><meta property="og:site_name" content="Agenzia Valdostana Notizie">'
            '<meta property="og:title" content="%s"></head><body><article><h1>%s</h1><p>(AVN) %s</p><p>%s</p>'
            '<footer>© Agenzia Valdostana Notizie</footer></article></body></html>') % (HEADLINE, HEADLINE, *TEXT)
    clip = read_clipping(page.encode(), ".html")
    assert clip.outlet == "Agenzia Valdostana Notizie" and "Agenzia Valdostana Notizie" not in clip.credits


def test_a_section_label_run_into_the_byline_is_read_apart():
    clip = parse_clipping("\n".join(["The Estuary Post", HEADLINE, "NewsHannah Priddy Community reporter",
                                     "13:42, 4 Nov 2025", "", *TEXT]))
    assert clip.authors == ["Hannah Priddy"]


def test_a_forwarded_headline_in_a_chat_keeps_no_markup_and_the_site_spelt_by_its_address_is_the_outlet():
    clip = parse_clipping("\n".join([
        "vocesdelestuario.example", "*El transbordador vuelve a navegar el lunes tras tres meses de obras*",
        "_Voces del Estuario_ · Lucía Gabaldón · 15 de marzo de 2026", "", *TEXT]))
    assert clip.title == "El transbordador vuelve a navegar el lunes tras tres meses de obras"
    assert clip.outlet == "Voces del Estuario" and clip.authors == ["Lucía Gabaldón"]
    assert "_" not in clip.text and "*" not in clip.text


def test_a_writer_whose_name_is_no_site_stays_a_writer():
    clip = parse_clipping("\n".join([
        "estuarypost.example", HEADLINE, "Ann Lowe · Piotr Nowak · 15 March 2026", "", *TEXT]))
    assert clip.authors == ["Ann Lowe", "Piotr Nowak"]


def test_a_tickers_item_under_its_label_is_no_headline_whatever_the_days_date_over_the_masthead():
    clip = parse_clipping("\n".join([
        "sabato, 4 Ottobre 2025", "Chi siamo\tRedazione\tPubblicità\tContatti", "Il Faro", "Il porto, ogni giorno", "Home",
        "Cronaca", "Politica", "Sport", "ULTIM'ORA", "Harbour road: the operator said repairs took a month longer than planned",
        "Home\tPorto", "Porto", HEADLINE, "Di Anna Rossi", "-", "3 Ottobre 2025", "Condividi\tFacebook\tTwitter", "", *TEXT]))
    assert clip.title == HEADLINE and clip.published == "2025-10-03"


def test_a_press_releases_pdf_keeps_its_printed_headline_and_its_issuer_spelt_out_in_small_letters(tmp_path):
    from tests.pdfmaker import write_pdf
    pages = [["IHV", "Intercommunale hennuyère des voiries", "Avenue des Paveurs 12  -  7000 Mons  -  www.ihv.example", "",
              "COMMUNIQUÉ DE PRESSE", "", "Mons, le 3 mars 2026", "", "Le bac entre les deux ports reprendra lundi",
              "après trois mois de travaux", "", *[line for part in TEXTE for line in (part[:90], part[90:], "")]]]
    path = write_pdf({"metadata": {"Title": "Communiqué de presse - Campagne bac 2026", "Author": "IHV - Service communication"},
                      "pages": pages}, tmp_path / "cp.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert clip.title == "Le bac entre les deux ports reprendra lundi après trois mois de travaux"
    assert clip.outlet == "Intercommunale hennuyère des voiries" and clip.kind == "press-release"


def test_a_place_over_a_topic_over_the_headline_is_a_kicker_whatever_words_it_shares():
    clip = parse_clipping("\n".join([
        "Der Frankenbote", "Politik", "Wirtschaft", "Sport", "Region", "Erlangen-Höchstadt", "Höchstadt an der Aisch",
        "Wasserversorgung", "Wasser im Aischgrund wird deutlich teurer: Das kommt auf Haushalte zu",
        "Von Matthias Schubert", "12.06.2025, 16:20 Uhr", "",
        "Der Zweckverband Wasserversorgung Aischgrund erhöht zum 1. Juli den Preis für Wasser um mehr als 40 Prozent, "
        "weil ein neuer Hochbehälter in Höchstadt gebaut werden muss und die Leitungen an der Aisch alt sind.",
        "Für einen Haushalt mit vier Personen bedeutet das rund 120 Euro mehr im Jahr, rechnet der Verband vor: Das kommt deutlich teurer; "
        "die Gebühr für den Zähler bleibt gleich, und teurer wird es für alle Haushalte im Aischgrund."]))
    assert clip.title == "Wasser im Aischgrund wird deutlich teurer: Das kommt auf Haushalte zu"


def test_a_rulings_running_header_names_no_outlet_and_its_date_in_words_no_headline(tmp_path):
    from tests.pdfmaker import write_pdf
    body = ["Vistos por mí, Magistrada-Juez del Juzgado de Primera Instancia n.º 2 de Teruel, los presentes autos de",
            "juicio verbal seguidos a instancia de D.ª Rosario Tena Marín contra la mercantil del aparcamiento.", "",
            "ANTECEDENTES DE HECHO", "",
            "PRIMERO.- Por la representación de la actora se presentó demanda de juicio verbal en la que solicitaba",
            "que se condenara a la demandada a abonarle la cantidad de 7.840,50 euros, más intereses y costas.", ""]
    pages = [["JDO. 1A.INST.E INSTRUCCION N.2", "TERUEL", "JUICIO VERBAL 0000412 /2025", "", "SENTENCIA N.º 18/2026", "",
              "En Teruel, a veintisiete de enero de dos mil veintiséis.", "", *body],
             ["JDO. 1A.INST.E INSTRUCCION N.2", "TERUEL", "JUICIO VERBAL 0000412 /2025", "", *body]]
    path = write_pdf({"metadata": {}, "pages": pages}, tmp_path / "s.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert clip.kind == "court-record" and clip.outlet is None
    assert clip.title != "En Teruel, a veintisiete de enero de dos mil veintiséis."


@pytest.mark.parametrize("under", [
    '<br><font size="1"><i>The ramp under repair on Tuesday (foto Mario Ciampa)</i></font>',
    '<table class="mcnTextContent"><tr><td style="font-size:12px">One of the first pictures of the new ramp, taken on '
    'Tuesday. Photo: Estuary Trust / Sam Iqbal</td></tr></table>',
])
def test_a_credit_closing_the_line_under_a_picture_in_an_old_layout_is_credited(under):
    page = (f"<html><head><title>{HEADLINE}</title></head><body><table><tr><td><h1>{HEADLINE}</h1>"
            f"<img src='ramp.jpg' alt='The ramp'>{under}<p>{TEXT[0]}</p><p>{TEXT[1]}</p></td></tr></table></body></html>")
    clip = read_clipping(page.encode(), ".html")
    assert clip.credits == [under.split("(")[-1].split(")")[0] if "(" in under else "Photo: Estuary Trust / Sam Iqbal"]


def test_a_line_under_a_picture_that_ends_in_no_credit_credits_no_one():
    page = (f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1><img src='ramp.jpg' alt=''>"
            f"<p>The operator said the new ramp would be opened by the mayor, Anna Rossi</p><p>{TEXT[0]}</p>"
            f"<p>{TEXT[1]}</p></body></html>")
    assert read_clipping(page.encode(), ".html").credits == []


@pytest.mark.parametrize("caption, credit", [
    ("Il traghetto al molo nord (foto d'archivio Faro Notizie)", "foto d'archivio Faro Notizie"),
    ("Photo de couverture : Bastien Vuillet", "Photo de couverture : Bastien Vuillet"),
])
def test_an_archive_picture_and_a_cover_photo_are_credited(caption, credit):
    clip = parse_clipping("\n\n".join(["Il Faro del Porto", HEADLINE, "By Ann Lowe", TEXT[0], caption, TEXT[1]]))
    assert clip.credits == [credit]


@pytest.mark.parametrize("row, published", [
    ("Despacho nº 260309-0417 | 09/03/2026 16:42 | Prioridade: normal | Editoria: Economia", "2026-03-09T16:42"),
    ("Dépêche n° 2025-1016-0387   |   16.10.2025 11:27   |   Priorité : normale", "2025-10-16T11:27"),
])
def test_an_agency_dispatchs_header_row_dates_it(tmp_path, row, published):
    from tests.pdfmaker import write_pdf
    pages = [["APN – Agência Planalto de Notícias", "Noticiário exclusivo para assinantes", "", row, "Retranca: MG-FERROVIA | 2.412 caracteres", "", HEADLINE, "",
              *[line for part in TEXT for line in (part[:95], part[95:], "")],
              "Impresso do Portal do Assinante em 09/03/2026 17:05 – página 1 de 1"]]
    path = write_pdf({"metadata": {"Title": "Despacho 260309-0417", "CreationDate": "D:20260309170500-03'00'"},
                      "pages": pages}, tmp_path / "d.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert clip.published == published and "Prior" not in clip.text


@pytest.mark.parametrize("label", ["MEDIA AVAILABILITY – TRANSCRIPT", "Press conference transcript"])
def test_a_transcripts_label_with_what_it_transcribes_makes_it_a_transcript(label):
    clip = parse_clipping("\n".join(["Estuary Ferries", label, "", HEADLINE, "", *TEXT]))
    assert clip.kind == "transcript"


def test_a_heading_that_sets_the_text_out_as_a_transcript_makes_it_one():
    page = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1><p>{TEXT[0]}</p>"
            f"<h2>Transcription du reportage</h2><p>{TEXT[1]}</p></article></body></html>")
    assert read_clipping(page.encode(), ".html").kind == "transcript"


@pytest.mark.parametrize("line", ["Lesen Sie jetzt mit FK+", "Lesen Sie jetzt weiter mit KB+"])
def test_a_subscription_offer_where_the_text_stops_makes_it_partial(line):
    clip = parse_clipping("\n".join(["Förde-Kurier", HEADLINE, "Von Jana Wulff", "14.01.2026, 05:30 Uhr", "", TEXT[0],
                                     line, "Alle Artikel lesen – jederzeit kündbar.", "Bereits Abonnent? Jetzt anmelden"]))
    assert clip.access == "partial" and TEXT[0] in clip.text and line not in clip.text


@pytest.mark.parametrize("marker, link", [("Seite 1 von 2", "Nächste Seite »"), ("", "Next page »")])
def test_the_first_of_an_articles_pages_copied_alone_is_partial(marker, link):
    clip = parse_clipping("\n".join(["The Estuary Post", HEADLINE, "By Ann Lowe", "4 December 2026", marker, "", TEXT[0],
                                     TEXT[1], link]))
    assert clip.access == "partial" and TEXT[1] in clip.text


def test_a_post_sending_the_reader_to_the_papers_site_for_the_whole_article_names_the_paper():
    clip = parse_clipping("\n".join([
        "Mairie de Valuéjols", "3 février 2026", "", TITRE, TEXTE[0],
        "Retrouvez l'article complet sur le site de La Gazette de la Planèze."]))
    assert clip.outlet == "La Gazette de la Planèze" and clip.access == "partial"


def test_a_headline_holding_a_dash_stays_whole_when_the_title_tag_adds_the_site_after_it():
    headline = "Reichenbacher Wochenmarkt: Nur noch sechs Händler – Stadt sucht neue Standbetreiber"
    page = (f'<html><head><title>{headline} - Vogtländer Wochenecho</title><meta property="og:title" content="{headline}">'
            f'</head><body><h1>{headline}</h1><p>{TEXT[0]}</p><p>{TEXT[1]}</p></body></html>')
    clip = read_clipping(page.encode(), ".html")
    assert clip.title == headline and clip.outlet == "Vogtländer Wochenecho"


def test_a_translation_note_naming_the_originals_language_names_no_original_outlet():
    clip = parse_clipping("\n".join(["Costa da Morte Hoxe", HEADLINE, "Por Uxía Pena", "4 de diciembre de 2026",
                                     "Este artículo se publicó originalmente en gallego. Leer la versión original", "",
                                     *TEXT]))
    assert clip.outlet == "Costa da Morte Hoxe" and clip.reproduced_by is None


@pytest.mark.parametrize("name", ["Edicola digitale", "E-Paper", "Frühere Ausgaben"])
def test_an_e_papers_reader_or_a_newsletters_archive_is_no_outlet(name):
    page = (f'<html><head><title>{HEADLINE}</title><meta property="og:site_name" content="{name}"></head>'
            f'<body><h1>{HEADLINE}</h1><p>{TEXT[0]}</p><p>{TEXT[1]}</p></body></html>')
    assert read_clipping(page.encode(), ".html").outlet != name


def test_an_acronym_over_each_page_is_the_name_it_stands_for_on_the_first(tmp_path):
    from tests.pdfmaker import write_pdf
    body = [line for part in TEXT for line in (part[:95], part[95:], "")]
    pages = [["AFLC", "Associação Florestal da Lezíria e Charneca", "Boletim informativo n.º 23 · junho de 2025", "",
              "NESTA EDIÇÃO", "Período crítico: o que muda este verão ........ 1", "Agenda de formação ........ 2", "",
              HEADLINE, "", *body],
             ["AFLC", "", *body, "AFLC · Rua dos Sobreiros, 14 · 2100-000 Coruche · geral@aflc.example · www.aflc.example"]]
    path = write_pdf({"metadata": {"Title": "Boletim 23 junho 2025", "Author": "AFLC"}, "pages": pages}, tmp_path / "b.pdf")
    assert read_clipping(path.read_bytes(), ".pdf").outlet == "Associação Florestal da Lezíria e Charneca"


def test_a_files_reference_number_is_no_outlet():
    clip = parse_clipping("\n".join(["Prot. Nr. 0784512", "", HEADLINE, "", *TEXT]))
    assert clip.outlet is None


def test_a_letters_subject_after_concerne_is_its_title_and_its_addressees_no_headline(tmp_path):
    from tests.pdfmaker import write_pdf
    subject = "Fermeture du pont de la Birse, rue du Moulin, du 13 avril au 5 juin 2026"
    pages = [["Administration communale", "Grand-Rue 99", "", "Aux habitantes et habitants des rues du Moulin, de la Birse et",
              "de la Gare", "2738 Court", "", "Court, le 16 mars 2026", "", f"Concerne : {subject}", "", "Madame, Monsieur,", "",
              *[line for part in TEXTE for line in (part[:95], part[95:], "")], "Le Conseil municipal"]]
    path = write_pdf({"metadata": {}, "pages": pages}, tmp_path / "l.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert clip.title == subject and "Aux habitantes" not in clip.text


@pytest.mark.parametrize("label, kind", [("DOSSIER DE PRESSE", "press-release"), ("Press kit", "press-release"),
                                         ("ERKENNTNIS", "court-record")])
def test_a_press_kit_and_an_austrian_ruling_by_their_labels(label, kind):
    clip = parse_clipping("\n".join(["Jura Grand Air", label, "", HEADLINE, "", *TEXT]))
    assert clip.kind == kind and clip.title == HEADLINE


def test_a_tables_source_line_with_the_date_of_its_data_names_no_original():
    clip = parse_clipping("\n".join(["El Faro Astur", HEADLINE, "Por Ana Gil", "28 de enero de 2026, 09:05", "", TEXT[0],
                                     "Fuente: Servicio de Salud del Principado. Datos a 31 de diciembre de 2025.", TEXT[1]]))
    assert clip.outlet == "El Faro Astur" and clip.reproduced_by is None and clip.published == "2026-01-28T09:05"


def test_a_gazettes_part_numbered_in_roman_figures_is_no_outlet():
    clip = parse_clipping("\n".join(["III. ADMINISTRACIÓN LOCAL", "", HEADLINE, "", *TEXT]))
    assert clip.outlet is None or "Administración" not in clip.outlet


def test_a_logos_one_word_over_the_sites_name_that_holds_it_gives_the_name():
    clip = parse_clipping("\n".join(["Aller au contenu", "Liberté", "Égalité", "Fraternité", "PRÉFET", "DE LA RÉGION",
                                     "GUADELOUPE", "Préfecture de la Guadeloupe", "Accueil", "Actualités", TITRE,
                                     "Publié le 05/11/2025", "", *TEXTE]))
    assert clip.outlet == "Préfecture de la Guadeloupe" and clip.title == TITRE
    assert "Préfecture de la Guadeloupe" not in clip.text


def test_a_menus_item_that_spells_an_outlet_the_dossier_knows_is_no_masthead():
    known = [("Le Monde", ["Le Monde"]), ("The Guardian", [])]
    clip = parse_clipping("\n".join(["Aller au contenu principal", "Le Courrier mosan", "Menu", "Belgique", "Monde",
                                     "Économie", "Sports", "", TITRE, "Par Jérôme Delvaux", "Publié le 04/12/2025 à 06:00",
                                     "", *TEXTE]), known)
    assert clip.outlet == "Le Courrier mosan" and clip.reproduced_by is None


def test_a_masthead_the_dossier_knows_is_still_written_under_its_canonical_name():
    clip = parse_clipping("\n".join(["LE MONDE", "", TITRE, "Par Jérôme Delvaux", "Publié le 04/12/2025 à 06:00", "",
                                     *TEXTE]), [("Le Monde", [])])
    assert clip.outlet == "Le Monde"


@pytest.mark.parametrize("declared", ["Prensa SUTSE", "Press Office", "Paginação AVA", "Ufficio Stampa Comune"])
def test_a_press_office_or_a_layout_desk_declared_as_author_is_no_writer(declared):
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "%s", '
            '"author": {"@type": "Person", "name": "%s"}}</script></head><body><h1>%s</h1>%s</body></html>'
            % (HEADLINE, declared, HEADLINE, "".join(f"<p>{p}</p>" for p in TEXT)))
    clip = read_clipping(page.encode(), ".html")
    assert clip.authors == [] and any(item.startswith("authors:") for item in clip.review)


def test_a_headline_opening_on_a_name_and_naming_days_is_no_byline():
    headline = "Linea Lucca – Aulla: bus sostitutivi tra Castelnuovo e Piazza al Serchio dal 24 marzo al 6 aprile 2025"
    text = ["Per lavori di rinnovo del binario, dal 24 marzo al 6 aprile 2025 la circolazione dei treni è sospesa tra "
            "Castelnuovo di Garfagnana e Piazza al Serchio, e il servizio è effettuato con autobus sostitutivi.",
            "A Castelnuovo i bus partono dal piazzale della stazione; i tempi di percorrenza sono più lunghi di quelli "
            "dei treni."]
    clip = parse_clipping("\n".join(["TrenoSerchio", "AVVISO ALLA CLIENTELA", "Lucca, 12 marzo 2025", "", headline, "",
                                     *text]))
    assert clip.authors == [] and clip.title == headline


def test_a_printed_headline_wrapped_onto_a_line_of_days_stays_whole(tmp_path):
    from tests.pdfmaker import write_pdf
    body = ["Per lavori di rinnovo del binario, dal 24 marzo al 6 aprile 2025 la circolazione dei treni è sospesa",
            "tra Castelnuovo di Garfagnana e Piazza al Serchio, e il servizio è effettuato con autobus sostitutivi.", "",
            "A Castelnuovo i bus partono dal piazzale della stazione; i tempi di percorrenza sono più lunghi.", ""]
    pages = [["TrenoSerchio", "Servizi ferroviari della Valle del Serchio", "", "AVVISO ALLA CLIENTELA", "",
              "Lucca, 12 marzo 2025", "", "Linea Lucca – Aulla: bus sostitutivi tra Castelnuovo di Garfagnana",
              "e Piazza al Serchio dal 24 marzo al 6 aprile 2025", "", *body]]
    path = write_pdf({"metadata": {"Title": "Microsoft Word - Avviso_v3.docx"}, "pages": pages}, tmp_path / "avviso.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert clip.title == ("Linea Lucca – Aulla: bus sostitutivi tra Castelnuovo di Garfagnana e Piazza al Serchio "
                          "dal 24 marzo al 6 aprile 2025")
    assert clip.authors == []
