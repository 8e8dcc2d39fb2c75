"""Credits where a page sets them off the usual line: on the date's line, in brackets opening or closing a caption,
with a name's initials; and an agency named beside the writer. Cases in my own words."""
import pytest

from generator.importer import parse_clipping, read_clipping

HEADLINE = "Ferry crossing to reopen after three months of repairs"
TEXT = ("The ferry between the two harbours will sail again on Monday, the operator said on Thursday, after repairs to "
        "the landing ramp took a month longer than planned.",
        "Passengers had been sent on a forty-minute bus journey round the estuary since September, and the operator "
        "said season tickets would be extended by three months.")


@pytest.mark.parametrize("line, credit", [
    ("4 de dezembro de 2026, 09:40 Fotografia: Marta Sequeira", "Fotografia: Marta Sequeira"),
    ("4 December 2026 · Photo: Sam Ruddock", "Photo: Sam Ruddock"),
])
def test_a_credit_on_the_dates_line_is_credited_and_the_date_read(line, credit):
    clip = parse_clipping("\n".join(["The Estuary Post", HEADLINE, "By Ann Lowe", line, "", *TEXT]))
    assert clip.credits == [credit] and clip.published.startswith("2026-12-04")
    assert clip.authors == ["Ann Lowe"]


def test_a_caption_opening_with_its_credit_in_brackets():
    caption = "(Photo : Corinne Vachet) Le bac accoste au quai nord, jeudi matin."
    clip = parse_clipping("\n\n".join(["Le Courrier de l'Estuaire", HEADLINE, "Par Anne Roux", TEXT[0], caption, TEXT[1]]))
    assert clip.credits == ["Photo : Corinne Vachet"] and "accoste au quai" not in clip.text


def test_a_caption_closing_with_its_credit_in_brackets():
    caption = "Il traghetto al molo nord, giovedì (foto Mario Ciampa)"
    clip = parse_clipping("\n\n".join(["La Voce del Porto", HEADLINE, "di Anna Rossi", TEXT[0], caption, TEXT[1]]))
    assert clip.credits == ["foto Mario Ciampa"] and "molo nord" not in clip.text


def test_a_bracketed_aside_that_is_no_credit_stays_text():
    line = "The operator (photo booth included) said tickets would be refunded in full by the end of the month."
    clip = parse_clipping("\n\n".join(["The Estuary Post", HEADLINE, "By Ann Lowe", TEXT[0], line, TEXT[1]]))
    assert clip.credits == [] and "photo booth included" in clip.text


@pytest.mark.parametrize("byline, author, agency", [
    ("Julien Roduit avec ATS", "Julien Roduit", "ATS"), ("Anna Berger mit dpa", "Anna Berger", "dpa"),
    ("Lucía Gómez con EFE", "Lucía Gómez", "EFE"),
])
def test_a_writer_with_an_agency_beside_the_name_is_a_byline(byline, author, agency):
    clip = parse_clipping("\n".join(["The Estuary Post", HEADLINE, "", byline, "4 December 2026", "", *TEXT]))
    assert clip.authors == [author] and clip.credits == [agency] and byline not in clip.text


def test_a_figcaptions_credit_keeps_the_initials_of_the_name():
    page = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
            f"<p>{TEXT[0]}</p><figure><img src='a.jpg' alt=''><figcaption>The ramp under repair. / FOTO: C. M. Gil"
            f"</figcaption></figure><p>{TEXT[1]}</p></article></body></html>")
    clip = read_clipping(page.encode(), ".html")
    assert clip.credits == ["FOTO: C. M. Gil"]


@pytest.mark.parametrize("span", ['<span class="v-photographer">Celedonio Martínez</span>',
                                  '<span class="autor-foto">Celedonio Martínez</span>'])
def test_a_captions_element_named_for_the_photographer_is_the_credit(span):
    page = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1><p>{TEXT[0]}</p>"
            f"<figure><img src='a.jpg' alt=''><figcaption><span class='v-caption'>The ramp under repair.</span> {span}"
            f"</figcaption></figure><p>{TEXT[1]}</p></article></body></html>")
    assert read_clipping(page.encode(), ".html").credits == ["Celedonio Martínez"]


def test_a_captions_author_element_without_a_photo_word_is_no_credit():
    page = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1><p>{TEXT[0]}</p>"
            f"<figure><img src='a.jpg' alt=''><figcaption>The ramp under repair. <span class='author-bio'>Ann Lowe writes "
            f"on transport.</span></figcaption></figure><p>{TEXT[1]}</p></article></body></html>")
    assert read_clipping(page.encode(), ".html").credits == []


@pytest.mark.parametrize("caption, credit", [
    ("The ramp under repair on Friday. (Cole Ferguson/Estuary Post)", "Cole Ferguson/Estuary Post"),
    ("The ramp has carried cars since 1962. <em>Photo courtesy of the Harbour Trust</em>", "Photo courtesy of the Harbour Trust"),
    ("Le bac au quai nord, jeudi matin. Photo Claire Mounier", "Photo Claire Mounier"),
])
def test_a_figcaption_credit_without_a_colon(caption, credit):
    page = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1><p>{TEXT[0]}</p>"
            f"<figure><img src='a.jpg' alt=''><figcaption>{caption}</figcaption></figure><p>{TEXT[1]}</p></article></body></html>")
    assert read_clipping(page.encode(), ".html").credits == [credit]


@pytest.mark.parametrize("element", [
    '<div class="bildlegende">Die Fähre am Nordkai. <span class="bildnachweis">Bild: Hafenamt Lindau</span></div>',
    '<dl class="spip_documents"><dt><img src="a.jpg" alt=""></dt><dd class="spip_doc_descriptif">Bild: Hafenamt Lindau</dd></dl>',
])
def test_a_caption_named_in_the_sites_own_words_gives_its_credit(element):
    page = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1><p>{TEXT[0]}</p>"
            f"{element}<p>{TEXT[1]}</p></article></body></html>")
    assert read_clipping(page.encode(), ".html").credits == ["Bild: Hafenamt Lindau"]


@pytest.mark.parametrize("caption, credit", [
    ("Almendros sin cosecha en una finca de Mula, el pasado agosto. / J. Sánchez", "J. Sánchez"),
    ("La cofradía celebró el jueves una asamblea en la lonja. / Cantábrico al Día", "Cantábrico al Día"),
])
def test_a_caption_under_the_byline_closed_by_a_slash_credits_its_photographer(caption, credit):
    clip = parse_clipping("\n".join(["El Faro del Puerto", HEADLINE, "Por Ana Gil", "4 de diciembre de 2026", caption, "",
                                     *TEXT]))
    assert clip.credits == [credit] and "lonja" not in clip.text and "Almendros" not in clip.text


@pytest.mark.parametrize("line, credit", [
    ("Foto: Vista aérea de la terminal de San Francisco. ADIF", "ADIF"),
    ("Foto: Ana Gil. La presa, ayer.", "Foto: Ana Gil"),
])
def test_a_labelled_caption_credits_who_it_names_last_not_its_description(line, credit):
    clip = parse_clipping("\n".join(["El Faro del Puerto", HEADLINE, "Por Ana Gil", "4 de diciembre de 2026", "", line, "",
                                     *TEXT]))
    assert clip.credits == [credit] and "Vista aérea" not in clip.text


@pytest.mark.parametrize("newsroom", ["Redacción VFP", "Redaktion NWZ", "La rédaction"])
def test_the_sites_newsroom_beside_the_date_is_neither_an_outlet_nor_a_writer(newsroom):
    clip = parse_clipping("\n".join(["VÍA FÉRREA PROFESIONAL", "Revista digital del transporte ferroviario", "",
                                     HEADLINE, "", f"{newsroom} | 03/12/2026", "", *TEXT]))
    assert clip.outlet == "Vía Férrea Profesional" and clip.authors == [] and clip.reproduced_by is None
    assert clip.published == "2026-12-03"


def test_a_photographer_in_capitals_closing_a_caption_under_the_byline_is_credited():
    caption = "Los músicos de la banda durante un ensayo en el puerto. MIGUEL ÁNGEL SOUTO"
    clip = parse_clipping("\n".join(["El Faro del Puerto", HEADLINE, "Por Ana Gil", "4 de diciembre de 2026", "", caption,
                                     "", *TEXT]))
    assert clip.credits == ["MIGUEL ÁNGEL SOUTO"] and "ensayo" not in clip.text


@pytest.mark.parametrize("line", ["LEÓN | Texto: Pablo Robles | Fotos: Maurio Peña", "LEÓN · Por Pablo Robles · Fotos: Maurio Peña"])
def test_a_place_in_capitals_before_the_byline_leaves_the_writer_and_the_credit(line):
    clip = parse_clipping("Diario del Órbigo\n\nUn socavón obliga a cortar la avenida de Fernández Ladreda\n\n"
                          f"{line}\n04/12/2026 13:10\n\nEl Ayuntamiento cortó este jueves al tráfico la avenida tras abrirse "
                          "un socavón de cuatro metros en el carril bus.\n\nLos técnicos creen que la causa es una rotura "
                          "en la red de saneamiento, que tiene más de cincuenta años.\n")
    assert clip.authors == ["Pablo Robles"] and clip.credits == ["Fotos: Maurio Peña"]
    assert clip.outlet == "Diario del Órbigo" and "LEÓN" not in clip.text


KELLER = ("Der Jazzkeller am Markt sucht einen neuen Wirt\n\n{byline}\n3. Dezember 2026\n\nDer Pachtvertrag des Jazzkellers "
          "läuft Ende März aus, und die Stadt sucht schon seit dem Sommer einen Nachfolger.\n\nBis zum 15. Januar können "
          "sich Interessierte bei der Wirtschaftsförderung melden, teilte die Stadt am Mittwoch mit.\n\n{foot}\n")


def test_a_writer_and_a_photographer_set_apart_by_spaces_are_each_read():
    clip = parse_clipping("saarkultur\n\n" + KELLER.format(byline="Text: Lena Schwarzkopf   Fotos: Mehmet Aydın", foot=""))
    assert clip.authors == ["Lena Schwarzkopf"] and clip.credits == ["Fotos: Mehmet Aydın"]


@pytest.mark.parametrize("foot", ["Der Sender ist von der Landesmedienanstalt lizenziert. © Saarwelle Rundfunk GmbH 2026",
                                  "© 2026 Saarwelle Medien AG"])
def test_the_sites_companys_copyright_is_no_credit(foot):
    clip = parse_clipping("Saarwelle\n\n" + KELLER.format(byline="Von Lena Schwarzkopf", foot=foot))
    assert clip.credits == [] and clip.authors == ["Lena Schwarzkopf"]


@pytest.mark.parametrize("byline, agency", [("Inês Carvalho, com Lusa", "Lusa"), ("Ann Lowe, with AP", "AP"),
                                            ("Anne Lebrun avec AFP", "AFP")])
def test_an_agency_joined_to_the_writer_without_brackets_is_a_credit(byline, agency):
    clip = parse_clipping("saarkultur\n\n" + KELLER.format(byline=byline, foot=""))
    assert clip.authors == [byline.split(",")[0].split(" avec")[0]] and clip.credits == [agency]



@pytest.mark.parametrize("first, second", [("foto di Matteo Cecchini", "Foto Matteo Cecchini"),
                                           ("Photo: Owain Bevan", "© 2025 Owain Bevan"),
                                           ("Photographs by Rhodri Evans", "Picture: Rhodri Evans")])
def test_one_photographer_credited_in_two_wordings_is_credited_once(first, second):
    clip = parse_clipping("saarkultur\n\n" + KELLER.format(byline=f"Von Lena Schwarzkopf · {first}",
                                                          foot=f"Die Bühne im Keller, kurz vor dem Konzert. {second}"))
    assert clip.credits == [first]


def test_photography_by_for_an_outlet_is_a_credit_written_whole():
    clip = parse_clipping("saarkultur\n\n" + KELLER.format(
        byline="Von Lena Schwarzkopf\nPhotography by Aoife Hanrahan for Saar Arts Quarterly", foot=""))
    assert clip.credits == ["Photography by Aoife Hanrahan for Saar Arts Quarterly"]


@pytest.mark.parametrize("caption, credit", [
    ("Agentes durante uno de los registros en Vinaròs. EFE/Guardia Civil", "EFE/Guardia Civil"),
    ("Agentes durante uno de los registros en Torre del Mar. POLICÍA NACIONAL", "POLICÍA NACIONAL"),
])
def test_a_figures_caption_closed_by_an_agency_or_a_name_in_capitals_credits_it(caption, credit):
    page = ("<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>La Policía detiene a seis personas | "
            "Diario de la Costa</title></head><body><article><h1>La Policía detiene a seis personas por falsos alquileres"
            "</h1><p>Agentes de la Policía han detenido a seis personas acusadas de estafar más de 400.000 euros con "
            "anuncios de alquileres que no existían.</p><figure><img src='a.jpg' alt=''><figcaption>"
            f"{caption}</figcaption></figure><p>Los detenidos pedían una fianza de entre 600 y 1.500 euros para "
            "reservar, según la comisaría.</p></article></body></html>")
    assert credit in read_clipping(page.encode(), ".html").credits


@pytest.mark.parametrize("caption, credit", [
    ("Die Messstation auf dem Dach der Grundschule. Foto: SFS/Th. Krüger", "Foto: SFS/Th. Krüger"),
    ("Antonio Cabanillas con parte de su ganado en Helechosa. | Foto: Pedro Durán", "Foto: Pedro Durán"),
])
def test_a_captions_credit_after_an_initialled_name_or_a_bar_is_read_whole(caption, credit):
    clip = parse_clipping("saarkultur\n\n" + KELLER.format(byline="Von Lena Schwarzkopf", foot="").replace(
        "3. Dezember 2026\n", f"3. Dezember 2026\n\n{caption}\n"))
    assert clip.credits == [credit] and clip.authors == ["Lena Schwarzkopf"]


def test_a_writer_and_a_photographer_set_apart_by_a_bar_stay_a_byline():
    clip = parse_clipping("saarkultur\n\n" + KELLER.format(byline="Texto: Rui Guerreiro | Fotos: Helena Viegas", foot=""))
    assert clip.authors == ["Rui Guerreiro"] and clip.credits == ["Fotos: Helena Viegas"]


@pytest.mark.parametrize("caption, credit", [
    ("A Capital Area Transit bus waits at the King Street terminal. (Photo: Jenna Brideau/River 96.5)",
     "Photo: Jenna Brideau/River 96.5"),
    ("The culvert under the highway after the storm. Picture: Coast 97.4", "Picture: Coast 97.4"),
])
def test_a_stations_frequency_in_a_captions_credit_is_kept(caption, credit):
    clip = parse_clipping("saarkultur\n\n" + KELLER.format(byline="Von Lena Schwarzkopf", foot="").replace(
        "3. Dezember 2026\n", f"3. Dezember 2026\n\n{caption}\n"))
    assert clip.credits == [credit]


@pytest.mark.parametrize("caption, credit", [
    ("O centro histórico concentra mais de metade das unidades de alojamento do concelho | Foto: Eduardo Costa",
     "Foto: Eduardo Costa"),
    ("Un buque de carga atraca en la terminal de Raos, ayer por la mañana. / Foto: Mario Cuesta", "Foto: Mario Cuesta"),
    ("Tractores y ganaderos, ayer, en la rotonda de entrada a Cangas de Onís. | Irma Collín", "Irma Collín"),
    ("La station des Praz fournit près d'un tiers de l'eau consommée à Saxon. | Julien Fournier / Sentinelle",
     "Julien Fournier / Sentinelle"),
    ("Le ligneur prépare ses lignes pour la saison du lieu jaune. | LE COURRIER DE CORNOUAILLE / GAËL JAOUEN",
     "LE COURRIER DE CORNOUAILLE / GAËL JAOUEN"),
])
def test_a_captions_credit_after_a_bar_or_a_slash_labelled_or_not_is_credited(caption, credit):
    clip = parse_clipping("\n".join(["The Estuary Post", HEADLINE, "By Ann Lowe", "4 December 2026", "", caption, "",
                                     *TEXT]))
    assert clip.credits == [credit] and caption[:25] not in clip.text
    assert clip.authors == ["Ann Lowe"] and TEXT[0] in clip.text


def test_a_byline_with_a_bar_is_no_caption():
    clip = parse_clipping("\n".join(["The Estuary Post", HEADLINE, "Texto: Inês Carvalho | Fotografia: Rui Matos", "", *TEXT]))
    assert clip.authors == ["Inês Carvalho"] and clip.credits == ["Fotografia: Rui Matos"]


def test_a_headline_with_its_outlet_after_a_bar_credits_no_one():
    from generator.importer.phrases import BAR_CREDIT
    assert not BAR_CREDIT.search("Ferry to lose evening sailings from January as operator blames crew shortage | "
                                 "The Tamar Valley Times")


@pytest.mark.parametrize("caption, credit", [
    ("Walkers cross the new bridge before it opened to traffic. Photo / Tama Wiremu", "Photo / Tama Wiremu"),
    ("Un traghetto al molo nord di Porto Santo Stefano - Foto Lia Bruni", "Foto Lia Bruni"),
    ("Sandbags outside a cottage at the point in May 2022. (Estuary Post file photo)", "Estuary Post file photo"),
])
def test_a_caption_closed_by_a_slash_a_dash_or_the_papers_file_credits_it(caption, credit):
    clip = parse_clipping("\n\n".join(["The Estuary Post", HEADLINE, "By Ann Lowe", TEXT[0], caption, TEXT[1]]))
    assert clip.credits == [credit] and caption[:20] not in clip.text


@pytest.mark.parametrize("line", ["The ferry's photo - Foto booth rules were relaxed, the operator said, in June.",
                                  "Her file photo (the one from 2019) was used again."])
def test_a_sentence_that_mentions_a_photo_is_no_credit(line):
    clip = parse_clipping("\n\n".join(["The Estuary Post", HEADLINE, "By Ann Lowe", TEXT[0], line, TEXT[1]]))
    assert clip.credits == [] and line[:20] in clip.text


@pytest.mark.parametrize("opening, agency", [
    ("Santander, 21 ene (APN).- El puerto movió en 2025 un total de 512.340 vehículos, la cifra más alta de su historia.",
     "APN"),
    ("(ASI) Enna, 4 dic. – La Regione ha negato l'autorizzazione all'ampliamento della cava di gesso di contrada Cozzo.",
     "ASI"),
    ("DIVINÓPOLIS (MG), 9 mar (APN) – A Ferrovia Centro-Minas apresentou nesta segunda-feira o traçado do contorno.",
     "APN"),
])
def test_an_agency_no_list_knows_is_credited_by_its_code_in_the_dateline(opening, agency):
    clip = parse_clipping("\n\n".join(["The Estuary Post", HEADLINE, "4 December 2026", opening, TEXT[1]]))
    assert agency in clip.credits and clip.outlet == "The Estuary Post"
    assert f"({agency})" not in clip.text and opening.split("–")[-1].split(".-")[-1].strip()[:30] in clip.text


@pytest.mark.parametrize("opening", ["Winsen (Aller) (RED) – Die Brücke über die Aller wird ab Montag gesperrt.",
                                     "Kiel (UPDATE) – Die Fähre fährt wieder, teilte die Reederei am Donnerstag mit."])
def test_a_newsrooms_or_a_labels_code_in_the_dateline_credits_no_one(opening):
    clip = parse_clipping("\n\n".join(["Der Talbote", HEADLINE, "4. Dezember 2026", opening, TEXT[1]]))
    assert clip.credits == []


def test_a_source_line_naming_the_datelines_agency_credits_it_and_leaves_the_outlet():
    clip = parse_clipping("\n\n".join(["Meseta Digital", HEADLINE, "09/10/2025 - 13:47", "Fuente: AMN",
                                       "Zamora, 9 oct (AMN).- " + TEXT[0], TEXT[1]]))
    assert clip.outlet == "Meseta Digital" and clip.credits == ["AMN"] and clip.reproduced_by is None


def test_two_writers_each_on_a_line_of_their_own_are_both_authors():
    clip = parse_clipping("\n".join(["Ría Aberta", "Enerxía", HEADLINE, "Uxía Lestón", "Brais Carballo",
                                     "12 de noviembre de 2025 · 06:00 h", "", *TEXT]))
    assert clip.authors == ["Uxía Lestón", "Brais Carballo"] and clip.published == "2025-11-12T06:00"


def test_a_writer_and_a_role_on_the_line_under_leave_one_author():
    clip = parse_clipping("\n".join(["The Estuary Post", HEADLINE, "Eleanor Pybus", "Transport Reporter",
                                     "07:12, 14 JAN 2026", "", *TEXT]))
    assert clip.authors == ["Eleanor Pybus"]
