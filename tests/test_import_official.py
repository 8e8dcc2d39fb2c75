"""Official papers in PDF: a public body's answer to a request for information and a council's own papers (minutes, a
report put to it) are documents, a letter telling residents of works is not; a letter's letterhead, restated at its foot
as the sender's name, is its outlet, not the contact line under it; a ministry's page under its government's banner is
the ministry's."""
import textwrap

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from generator.importer import parse_clipping, read_clipping
from generator.importer.magazine import joined_drop_caps, pull_quotes
from generator.importer.official import official_kind
from tests.pdfmaker import write_pdf
from tests.test_import_keeps_text import WORDS, clipping_in, sentences

PROSE = {
    "en": ["We received your request on 2 March 2026 for the number of potholes reported on the B1250 in",
           "the last two years and the sums spent on repairing them. We hold this information and",
           "enclose it as a spreadsheet, with one row for each report and the date of its repair."],
    "de": ["Ihre Anfrage vom 2. März 2026 zur Zahl der gemeldeten Schlaglöcher auf der Kreisstraße 14",
           "in den letzten zwei Jahren haben wir erhalten. Die Angaben liegen uns vor und sind dieser",
           "Antwort als Tabelle beigefügt, mit einer Zeile je Meldung und dem Datum der Reparatur."],
    "es": ["El Pleno del Ayuntamiento aprobó por unanimidad la modificación del reglamento de",
           "mercados municipales, que permitirá abrir los puestos también los domingos por la",
           "mañana durante los meses de verano, a partir del próximo mes de junio de este año."],
}


def read(tmp_path, pages):
    path = write_pdf({"metadata": {"Author": "x1"}, "pages": pages}, tmp_path / "doc.pdf")
    return read_clipping(path.read_bytes(), ".pdf")


def test_a_councils_letter_is_a_document_from_its_letterhead(tmp_path):
    pages = [["NORTH FENLAND DISTRICT COUNCIL", "Civic Centre, Market Street, Wisbech PE13 1AB",
              "Phone 01945 555 010 · information@nfdc.example", "", "Your ref: none", "Our ref: EIR-2026-077",
              "17 March 2026", "", "Dear Mr Patel,", "", "Request for information: potholes on the B1250", "",
              *PROSE["en"], "", "Page 1 of 2"],
             ["Our ref: EIR-2026-077", "", "If you are not satisfied with this answer you may ask us to review it within",
              "forty working days, and after that you may complain to the Information Commissioner.", "",
              "Yours sincerely,", "", "North Fenland District Council", "", "Page 2 of 2"]]
    clip = read(tmp_path, pages)
    assert clip.kind == "document"
    assert clip.outlet == "North Fenland District Council"
    assert any(PROSE["en"][0][:40] in block for block in clip.body)


def test_a_letter_telling_residents_is_no_document(tmp_path):
    pages = [["COMUNE DI PORTO LUME", "Piazza del Municipio 1", "", "Prot. n. 812/2026", "Porto Lume, 2 dicembre 2026", "",
              "Oggetto: lavori sulla condotta del porto vecchio", "", "Gentili concittadini,", "", *PROSE["es"], "",
              "Cordiali saluti,", "", "Il Sindaco", "Marta Ferri"]]
    clip = read(tmp_path, pages)
    assert clip.kind is None and clip.title == "lavori sulla condotta del porto vecchio" and clip.authors == ["Marta Ferri"]


@pytest.mark.parametrize("head, lang", [
    (["LANDRATSAMT WESTERWALDKREIS", "Kreisverwaltung · Peter-Altmeier-Platz 1 · 56410 Montabaur", "",
      "Unser Zeichen: 12-3/2026", "Montabaur, 17.03.2026", "", "Sehr geehrte Frau Berger,", "",
      "Ihre Anfrage nach dem Landestransparenzgesetz"], "de"),
    (["AYUNTAMIENTO DE VILLAVERDE DEL RÍO", "", "Acta de la sesión ordinaria del Pleno celebrada el 12 de marzo de 2026", "",
      "Asistentes: once concejales", "", "1. Modificación del reglamento de mercados"], "es"),
])
def test_letters_and_minutes_in_other_languages_are_documents(tmp_path, head, lang):
    clip = read(tmp_path, [[*head, "", *PROSE[lang], "", *PROSE[lang]]])
    assert clip.kind == "document"


def test_a_newsletter_that_greets_its_readers_is_no_letter(tmp_path):
    clip = read(tmp_path, [["THE MARSHLAND NATURALIST", "", "Spring walks return to the reserve", "", "Dear readers,", "",
                            *PROSE["en"], "", *PROSE["en"]]])
    assert clip.kind != "document"


def test_the_head_alone_decides():
    assert official_kind(["Our reference: FOI/1", "Dear Ms Lowe,"])
    assert official_kind(["Verbale della seduta del consiglio comunale del 3 marzo 2026"])
    assert official_kind(["Rapport présenté au conseil municipal du 26 mars 2026"])
    assert not official_kind(["Dear Ms Lowe,"])   # (a salutation alone: a column written as a letter)
    assert not official_kind(["The council met on Tuesday. " * 3])


@pytest.mark.parametrize("letterhead, outlet", [
    ("OBSERVATORIO DEL AGUA DE LA RIBERA", "Observatorio del Agua de la Ribera"),
    ("STIFTUNG KULTURLANDSCHAFT HUNSRÜCK", "Stiftung Kulturlandschaft Hunsrück"),
])
def test_a_bodys_name_in_capitals_first_on_the_page_is_its_outlet(tmp_path, letterhead, outlet):
    clip = read(tmp_path, [[letterhead, "Nota técnica n. 4 · Marzo 2026", "", "Riego y sequía en la ribera", "",
                            *PROSE["es"], "", *PROSE["es"]]])
    assert clip.outlet == outlet


def test_a_short_line_over_a_lists_lead_in_is_a_subheading_where_the_document_heads_its_sections_so(tmp_path):
    page = ["Pothole survey 2026", "", "Summary", "", *PROSE["en"], "", "Method", "", *PROSE["en"], "", "Recommendations", "",
            "We recommend that the council:", "", "• repairs the worst stretches first;", "• publishes a map of the repairs.",
            "", *PROSE["en"]]
    clip = read(tmp_path, [page])
    headings = [block[3:] for block in clip.body if block.startswith("## ")]
    assert headings[-1] == "Recommendations" and "We recommend that the council:" in clip.body


def test_without_headed_sections_a_short_line_over_a_lead_in_stays_as_it_is(tmp_path):
    clip = read(tmp_path, [["Pothole survey 2026", "", *PROSE["en"], "", "Mill Lane", "", "We recommend that the council:", "",
                            "• repairs the worst stretches first;", "• publishes a map of the repairs.", "", *PROSE["en"]]])
    assert "## Mill Lane" not in clip.body


@pytest.mark.parametrize("head, signature, title", [
    (["BRAMLEY PARISH COUNCIL", "", "Minutes of the meeting of the Parish Council", "held on Tuesday 10 March 2026", "",
      "Present: Cllr Ann Lowe (chair) and six councillors."],
     ["Chair:            Clerk:", "signed: Ann Lowe     signed: Tom Hale"],
     "Minutes of the meeting of the Parish Council held on Tuesday 10 March 2026"),
    (["COMUNE DI VALDORA", "", "Verbale della seduta del consiglio comunale", "del 10 marzo 2026", "",
      "Presenti: il sindaco e nove consiglieri."],
     ["Il Presidente          Il Segretario", "F.to Anna Rossi        F.to Luca Neri"],
     "Verbale della seduta del consiglio comunale del 10 marzo 2026"),
])
def test_minutes_are_titled_by_the_line_that_names_them_and_lose_their_signatures(tmp_path, head, signature, title):
    clip = read(tmp_path, [[*head, "", *PROSE["en"], "", *PROSE["en"], "", *signature]])
    assert clip.kind == "document" and clip.title == title
    assert not any("signed" in block.lower() or "F.to" in block for block in clip.body)
    assert any(PROSE["en"][0][:40] in block for block in clip.body)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.sampled_from(sorted(WORDS)).flatmap(clipping_in))
def test_an_official_papers_removals_never_lose_a_sentence(tmp_path, parts):
    texts = [parts["opening"]] + [block[0] for block in parts["blocks"] if len(block) == 1 and len(block[0].split()) >= 8]
    wrapped = [line for text in texts for line in textwrap.wrap(text, 80) + [""]]
    clip = read(tmp_path, [["GEMEINDE TALHEIM", "", "Niederschrift über die Sitzung des Gemeinderates", "", *wrapped,
                            "Vorsitzender:    Schriftführer:", "gez. Eva Kern    gez. Jan Ott"]])
    got = " ".join(" ".join(clip.body).split())
    lost = [s.strip() for text in texts for s in sentences(text) if " ".join(s.split()) not in got]
    assert not lost, f"lost {lost!r}"


@pytest.mark.parametrize("headline, site, standfirst, lang", [
    ("La piscine municipale fermera tout l'hiver pour des travaux de toiture", "Le Courrier du Val",
     "Les nageurs devront se rendre à la piscine intercommunale, à vingt minutes en voiture", "fr"),
    ("Fähre stellt im Januar die Abendfahrten ein, weil ein Kapitän fehlt", "Weserbote",
     "Pendler müssen künftig einen Umweg von vierzig Minuten über die Brücke fahren", "de"),
])
def test_a_browsers_print_is_headed_by_its_titles_headline_not_its_standfirst(tmp_path, headline, site, standfirst, lang):
    printed = f"{headline} | {site}"
    body = PROSE["en" if lang == "fr" else "de"]
    pages = [["04/12/2026, 08:31", printed, "", site, "", headline, "", standfirst, "", "Published 2 December 2026", "",
              *body, "", "https://www.example.org/news/1/", "1/2"],
             ["04/12/2026, 08:31", printed, "", *body, "", "https://www.example.org/news/1/", "2/2"]]
    path = write_pdf({"metadata": {"Title": printed, "Producer": "Skia/PDF m131"}, "pages": pages}, tmp_path / "p.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert clip.title == headline
    assert any(standfirst in block for block in clip.body)
    assert not any(printed in block for block in clip.body)


@pytest.mark.parametrize("caption, credit, ad", [
    ("Le pont, le 30 novembre. | PHOTO : YANN KERBRAT", "PHOTO : YANN KERBRAT", "Publicité"),
    ("Die Brücke am Montag. | Foto: Jana Weber", "Foto: Jana Weber", "Anzeige"),
    ("The bridge on Monday. | Picture: Sam Roe", "Picture: Sam Roe", "Advertisement"),
])
def test_a_browsers_print_loses_its_dated_header_ad_labels_and_keeps_a_barred_captions_credit(tmp_path, caption, credit, ad):
    printed = "Bridge to close for repairs over the winter months - The Valley Courier"
    pages = [[f"03/12/2026 09:14    {printed}", "", "The Valley Courier", "", "Bridge to close for repairs over the winter months", "",
              "By Ann Lowe", "", caption, "", *PROSE["en"], "", ad, "", "https://www.example.org/n/1    1/2"],
             [f"03/12/2026 09:14    {printed}", "", *PROSE["en"], "", "https://www.example.org/n/1    2/2"]]
    path = write_pdf({"metadata": {"Title": printed}, "pages": pages}, tmp_path / "p.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert credit in clip.credits
    assert not any(printed in block or caption.split(" |")[0] in block or block.strip("# ") == ad for block in clip.body)


@pytest.mark.parametrize("cap, rest, quote, byline", [
    ("A", "fter the last ferry left, the quay went quiet for the winter and the cafés shut their doors one by one.",
     "“The quay went quiet for the winter”", "Words by Ann Lowe · Photographs by Sam Roe"),
    ("L", "orsque le dernier bac est parti, le quai est devenu silencieux pour tout l'hiver et les cafés ont fermé.",
     "« Le quai est devenu silencieux pour tout l'hiver »", "Texte d'Ann Lowe · Photos de Sam Roe"),
    ("A", "ls die letzte Fähre abgelegt hatte, wurde es am Kai still für den ganzen Winter und die Cafés schlossen.",
     "„Wurde es am Kai still für den ganzen Winter“", "Text: Ann Lowe · Fotos von Sam Roe"),
])
def test_a_magazine_features_drop_cap_joins_its_word_and_its_pull_quote_goes(tmp_path, cap, rest, quote, byline):
    clip = read(tmp_path, [["The quay in winter", "", byline, "", cap, rest, *PROSE["en"], "", quote, "", *PROSE["en"]]])
    text = " ".join(clip.body)
    assert (cap + rest)[:40] in text
    assert not any(block.strip() == quote for block in clip.body)
    assert "Sam Roe" not in " ".join(clip.authors)


def test_joined_drop_caps_and_pull_quotes_alone():
    assert joined_drop_caps(["A", "lle cinque del mattino", "Il paese"]) == ["Alle cinque del mattino", "Il paese"]
    assert joined_drop_caps(["A", "", "Casa Rossa"]) == ["A", "", "Casa Rossa"]   # (a capital over a capital: no drop cap)
    pages = [["«Si cantava sempre alle bacinelle»", "", "Dice Teresa: «si cantava sempre alle bacinelle», e ride di quegli anni."],
             ["ISTITUTO DI STUDI ALPINI", "", "L'Istituto di studi alpini ha pubblicato il rapporto di quest'anno."]]
    assert pull_quotes(pages) == {"«Si cantava sempre alle bacinelle»"}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.sampled_from(sorted(WORDS)).flatmap(clipping_in))
def test_a_magazine_layouts_removals_never_lose_a_sentence(tmp_path, parts):
    texts = [parts["opening"]] + [block[0] for block in parts["blocks"] if len(block) == 1 and len(block[0].split()) >= 8]
    lines = [line for text in texts for line in textwrap.wrap(text, 80) + [""]]
    repeated = [f"«{sentences(texts[0])[0].strip()}»"] if sentences(texts[0]) else []
    clip = read(tmp_path, [["Feature", "", "Text by Ann Lowe", "", *lines, *repeated, "", *lines[:3]]])
    got = " ".join(" ".join(clip.body).split())
    lost = [s.strip() for text in texts for s in sentences(text) if " ".join(s.split()) not in got]
    assert not lost, f"lost {lost!r}"


@pytest.mark.parametrize("folio, outlet, month", [
    ("TERRE DEL LAGO · MARZO 2026", "Terre del Lago", "2026-03"),
    ("TIERRAS DE SORIA | MAYO 2026", "Tierras de Soria", "2026-05"),
    ("BERGWELT MAGAZIN · APRIL 2026", "Bergwelt Magazin", "2026-04"),
])
def test_a_periodicals_folio_over_its_pages_names_it_and_its_month(tmp_path, folio, outlet, month):
    pages = [["FEATURE · HISTORY", "", "The quay in winter", "", "Text by Ann Lowe", "", *PROSE["en"], "", f"{folio}      23"],
             [*PROSE["en"], "", f"{folio}      24"]]
    clip = read(tmp_path, pages)
    assert clip.outlet == outlet
    if month:
        assert clip.published == month


LETTERS = [
    ("COMUNIDAD DE REGANTES DE VALDEMORA", "Valdemora, 30 de noviembre de 2026", "A todos los comuneros",
     "Asunto: Corte del riego por las obras de la acequia madre", "Estimado comunero:", PROSE["es"], "Atentamente,",
     ["El Presidente", "Fdo.: Anselmo Gracia Lapuente"], "Corte del riego por las obras de la acequia madre",
     "Anselmo Gracia Lapuente"),
    ("COMUNE DI VALDIBRANA", "Valdibrana, 30 novembre 2026", "Alle cittadine e ai cittadini delle frazioni",
     "Oggetto: lavori sull'acquedotto e sospensione dell'acqua", "Gentili concittadine e concittadini,", PROSE["es"],
     "Cordiali saluti,", ["Il Sindaco", "dott. Paolo Benvenuti"], "lavori sull'acquedotto e sospensione dell'acqua",
     "Paolo Benvenuti"),
    ("NORTH FENLAND DISTRICT COUNCIL", "17 March 2026", "To all residents of Mill Lane",
     "Subject: Road closure for the renewal of the water main", "Dear resident,", PROSE["en"], "Yours sincerely,",
     ["Ann Lowe", "Head of Highways"], "Road closure for the renewal of the water main", "Ann Lowe"),
]


@pytest.mark.parametrize("letterhead, dated, addressee, subject_line, salutation, prose, closing, signature, title, author",
                         LETTERS)
def test_a_letters_subject_is_its_title_and_its_signatory_its_author(tmp_path, letterhead, dated, addressee, subject_line,
                                                                      salutation, prose, closing, signature, title, author):
    clip = read(tmp_path, [[letterhead, "", dated, "", addressee, "", subject_line, "", salutation, "", *prose, "",
                            closing, "", *signature]])
    assert (clip.title, clip.authors) == (title, [author])
    assert not any(subject_line in block or title == block for block in clip.body)


@pytest.mark.parametrize("subject", ["Neues Milchpreismodell ab 1. April 2027", "Neue Abholtermine ab dem 4. Januar"])
def test_a_letters_unlabelled_subject_that_names_a_date_is_still_its_title(tmp_path, subject):
    clip = read(tmp_path, [["Milchgenossenschaft Obertal eG", "Molkereistraße 3 · 07819 Obertal · Telefon 036482 000-0 · info@mg-obertal.example", "",
                            "Milchgenossenschaft Obertal eG · Molkereistraße 3 · 07819 Obertal", "An alle Mitgliedsbetriebe", "",
                            "Obertal, 1. Dezember 2026", "", subject, "", "Liebe Mitglieder,", "", *PROSE["de"], "",
                            "Mit freundlichen Grüßen", "", "Thomas Engel"]])
    assert clip.title == subject and clip.outlet == "Milchgenossenschaft Obertal eG"
    assert clip.published == "2026-12-01" and clip.authors == ["Thomas Engel"]


def test_a_team_signing_a_letter_is_no_author(tmp_path):
    clip = read(tmp_path, [["NORTH FENLAND DISTRICT COUNCIL", "", "17 March 2026", "", "Subject: Road closure on Mill Lane", "",
                            "Dear resident,", "", *PROSE["en"], "", "Yours sincerely,", "", "Highways Team"]])
    assert clip.title == "Road closure on Mill Lane" and clip.authors == []


def test_a_courts_own_press_release_is_issued_by_the_court(tmp_path):
    clip = read(tmp_path, [["TRIBUNAL JUDICIAIRE DE PÉRIGNAC", "Service de la communication", "", "COMMUNIQUÉ DE PRESSE", "",
                            "Pérignac, le 2 décembre 2026", "N° RG : 25/01832", "",
                            "Pollution de la rivière : une société condamnée à une amende", "", *PROSE["es"]]])
    assert clip.kind == "press-release" and clip.outlet.casefold() == "tribunal judiciaire de pérignac"


def test_a_letters_heading_under_its_salutation_is_its_title_even_wrapped(tmp_path):
    clip = read(tmp_path, [["HARROWDENE PRIMARY SCHOOL", "Mill Lane, Harrowdene", "", "3 December 2026", "",
                            "Dear Parents and Carers,", "", "Heating failure: school closed to pupils on Monday",
                            "7 December", "", *PROSE["en"], "", "Yours sincerely,", "", "Joanna Okafor", "Headteacher"]])
    assert clip.title == "Heating failure: school closed to pupils on Monday 7 December" and clip.authors == ["Joanna Okafor"]


def test_a_notes_issuer_named_as_the_pdfs_author_is_no_author_and_the_note_a_document(tmp_path):
    path = write_pdf({"metadata": {"Author": "Regulierungskammer Nordmark"},
                      "pages": [["REGULIERUNGSKAMMER NORDMARK", "", "Zusammenfassung der Entscheidung", "Kiel, 2. Dezember 2026", "",
                                 "Netzentgelte der Stadtwerke für 2027 niedriger festgesetzt", "", *PROSE["de"]]]},
                     tmp_path / "doc.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert clip.authors == [] and clip.kind == "document" and clip.outlet.casefold() == "regulierungskammer nordmark"


@pytest.mark.parametrize("byline", ["Rédigée par Camille Dufresne, chargée de mission eau",
                                    "Prepared by Daniel Frost, Chief Engineer"])
def test_a_notes_byline_with_a_role_is_neither_its_title_nor_lost(tmp_path, byline):
    clip = read(tmp_path, [["EAUX VIVES CHARENTE", "", "NOTE D'INFORMATION N° 14 · Novembre 2026", "",
                            "Irrigation estivale : des prélèvements toujours supérieurs", "aux volumes prélevables", "",
                            byline, "", *PROSE["es"]]])
    assert clip.title == "Irrigation estivale : des prélèvements toujours supérieurs aux volumes prélevables"
    assert len(clip.authors) == 1 and clip.published == "2026-11" and clip.kind == "document"


def test_a_letter_signed_for_its_sender_names_the_signatory_not_a_department_in_its_head(tmp_path):
    clip = read(tmp_path, [["STADTWERKE LINDAU-RIED GMBH", "Netzbau Wasser", "", "Lindau-Ried, 30. November 2026", "",
                            "Sehr geehrte Anliegerinnen und Anlieger,", "", *PROSE["de"], "", "Mit freundlichen Grüßen", "",
                            "i. A. Markus Feldhahn", "Projektleiter Netzbau"]])
    assert clip.authors == ["Markus Feldhahn"]


def test_a_report_put_to_a_council_meeting_is_a_document(tmp_path):
    clip = read(tmp_path, [["VILLE DE SAINT-AURÈLE", "Direction des services techniques", "", "CONSEIL MUNICIPAL DU 14 DÉCEMBRE 2026",
                            "RAPPORT N° 2026-118", "", "Extinction partielle de l'éclairage public : bilan de la première année", "",
                            *PROSE["es"]]])
    assert clip.kind == "document"


@pytest.mark.parametrize("banner", ["LE GOUVERNEMENT DU GRAND-DUCHÉ DE LUXEMBOURG", "Die Bundesregierung",
                                    "Government of Westmark"])
def test_a_ministrys_page_under_its_governments_banner_is_the_ministrys(banner):
    text = "\n".join(["Passer au contenu", banner, "Ministère de la Mobilité et des Ports de plaisance", "FR  DE  EN",
                      "Accueil  Le ministère  Actualités  Contact", "Communiqué", "Publié le 01.12.2026",
                      "Le bac de la Moselle reprend son service lundi", "",
                      "Le bac reliant les deux rives de la Moselle reprendra son service lundi matin, après trois semaines "
                      "de travaux sur la rampe d'accès, a annoncé le ministère.", "",
                      "Les horaires restent inchangés et les abonnements seront prolongés de trois semaines."])
    clip = parse_clipping(text)
    assert clip.outlet == "Ministère de la Mobilité et des Ports de plaisance" and clip.kind == "press-release"
    assert clip.title == "Le bac de la Moselle reprend son service lundi"


@pytest.mark.parametrize("line", ["RAPPORT DU CONSEIL COMMUNAL AU CONSEIL GÉNÉRAL",
                                  "Bericht und Antrag des Gemeinderates an den Einwohnerrat",
                                  "Rapporto del Municipio al Consiglio comunale", "Messaggio municipale no. 14/2026"])
def test_a_swiss_executives_report_to_its_parliament_is_a_councils_paper(line):
    assert official_kind([line])


@pytest.mark.parametrize("line", ["Le conseil communal a présenté son rapport mardi soir devant un public nombreux et attentif.",
                                  "Bericht über den Gemeinderat"])
def test_a_sentence_or_a_headline_about_a_council_is_no_paper(line):
    assert not official_kind([line])


LOYERS = ["Un an après l'entrée en vigueur de l'encadrement des loyers à Bayonne, Anglet et Biarritz, le loyer médian",
          "des nouveaux baux s'établit à 13,40 euros par mètre carré, contre 13,90 euros un an plus tôt. C'est la",
          "première baisse mesurée par l'observatoire depuis sa création, il y a six ans."]


@pytest.mark.parametrize("label, dated", [
    ("RAPPORT D'ÉTUDE N° 7", "Décembre 2026"),
    ("", "Rapport technique · Novembre 2026"),
    ("", "BILAN ANNUEL DES COMPTAGES · Novembre 2026"),
])
def test_a_reports_label_under_its_letterhead_or_on_its_dates_line_makes_it_a_document(tmp_path, label, dated):
    clip = read(tmp_path, [["OBSERVATOIRE LOCAL DES LOYERS DU PAYS BASQUE", "15, avenue du Maréchal-Foch – 64100 Bayonne", "",
                            label, "", "Loyers du parc privé dans l'agglomération :", "premier bilan de l'encadrement", "",
                            dated, "", "Rédaction : Xabi Irigoyen, chargé d'études", "", *LOYERS]])
    assert clip.kind == "document" and clip.title == "Loyers du parc privé dans l'agglomération : premier bilan de l'encadrement"


@pytest.mark.parametrize("dated", ["Opinion · Novembre 2026", "Novembre 2026"])
def test_a_month_beside_no_reports_label_makes_no_document(tmp_path, dated):
    clip = read(tmp_path, [["LE COURRIER DU BASSIN", "", "Loyers : le premier bilan de l'encadrement", "", dated, "",
                            *LOYERS]])
    assert clip.kind != "document"
