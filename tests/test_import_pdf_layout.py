"""PDFs as offices and courts print them: a metadata title shortened from the printed headline, a
byline label and roles beside the names, an issue line that dates the letter, a heading straight
under the byline. Small PDFs written for each behaviour, in several languages."""
import pytest

from generator.importer import read_clipping
from tests.pdfmaker import write_pdf

LINES = ["The harbour board agreed on Monday to dredge the inner basin before the", "summer season, after two",
         "fishing boats ran aground at low tide in the space of a single week in March.", "",
         "Skippers had warned for years that silt was building up along the quay, and", "the board's own survey",
         "found the channel a metre shallower than the charts show.", "",
         "The work will cost four hundred thousand pounds and take six weeks, the board", "said, and the quay will",
         "stay open to the ferry throughout."]


def pdf(tmp_path, pages, metadata=None):
    path = write_pdf({"metadata": metadata or {}, "pages": pages}, tmp_path / "doc.pdf")
    return read_clipping(path.read_bytes(), ".pdf")


def test_a_metadata_title_that_shortens_the_printed_headline_gives_way_to_it(tmp_path):
    pages = [["Bay Harbour Board", "", "Inner basin dredging: why the boats ran aground and", "what the board will do",
              "", *LINES, "", "Page 1 of 1"]]
    c = pdf(tmp_path, pages, {"Title": "Inner basin dredging", "Author": "Ines Barr",
                              "CreationDate": "D:20240512081500+01'00'"})
    assert c.title == "Inner basin dredging: why the boats ran aground and what the board will do"


@pytest.mark.parametrize("line, authors", [
    ("Bearbeitung: Katja Lindner, Dipl.-Geografin, und Jonas Pfeil", ["Katja Lindner", "Jonas Pfeil"]),
    ("Prepared by Ines Barr, senior hydrologist, and Tom Hale", ["Ines Barr", "Tom Hale"]),
    ("Rédaction : Odile Marchand, géographe, et Paul Ferrand", ["Odile Marchand", "Paul Ferrand"]),
    ("Elaborado por Lucía Gil, bióloga, y Andrés Prado", ["Lucía Gil", "Andrés Prado"]),
    ("A cura di Marta Ricci, agronoma, e Luca Ferri", ["Marta Ricci", "Luca Ferri"]),
    ("Autoria: Rita Sousa, engenheira, e Paulo Matos", ["Rita Sousa", "Paulo Matos"]),
])
def test_a_byline_label_and_roles_beside_two_names(tmp_path, line, authors):
    pages = [["Bay Harbour Board", "", "Inner basin to be dredged after boats run aground", "", line, "", *LINES,
              "", "Page 1 of 1"]]
    c = pdf(tmp_path, pages)
    assert c.authors == authors
    assert line.split()[0] not in c.text


def test_the_printed_byline_naming_more_authors_than_the_metadata_is_kept(tmp_path):
    pages = [["Bay Harbour Board", "", "Inner basin to be dredged after boats run aground", "",
              "Authors: Ines Barr, hydrologist, and Tom Hale", "", *LINES, "", "Page 1 of 1"]]
    c = pdf(tmp_path, pages, {"Title": "Inner basin dredging", "Author": "Ines Barr"})
    assert c.authors == ["Ines Barr", "Tom Hale"]


COLUMN = ["Pear growers in the valley lost", "half of this year's crop when the", "temperature fell to minus six on the",
          "night of 14 April, the cooperative", "said on Thursday.", ""]


@pytest.mark.parametrize("lines, joined", [
    # a narrow column's line that stops on a linking word runs on into a name, a place, a date
    (["The frost reached the orchards of", "Nord-Vallée, Saint-Rémy and", "Haut-Pré, where the growers lit",
      "candles between the rows."], "The frost reached the orchards of Nord-Vallée, Saint-Rémy and Haut-Pré, where"),
    (["Die Kälte erreichte auch die Gärten der", "Gemeinde Obertal, Kreis Nordheim, wo die",
      "Bauern Kerzen aufstellten."], "Gärten der Gemeinde Obertal, Kreis Nordheim, wo"),
    # a word broken at a line end with a hyphen: the next part, in capitals, keeps it ("Saint-Jean-de-" / "Luz")
    (["Las heladas llegaron a las huertas de San-", "Martín del Valle, donde los agricultores",
      "encendieron velas entre las filas."], "huertas de San-Martín del Valle, donde"),
    # the sentence's last word alone on the column's last line
    (["Les producteurs estiment que la récolte ne", "reviendra pas à son niveau avant la fin de",
      "2027."], "avant la fin de 2027."),
    (["Os produtores estimam que a colheita só", "voltará ao nível normal depois de", "2027."],
     "depois de 2027."),
    # a line that introduces what follows, its last word alone, after a word that cannot end a line
    (["Os produtores reuniram-se na sede da cooperativa e aprovaram as propostas do", "Conselho:"],
     "as propostas do Conselho:"),
    (["Reunidos en la sede, los productores aprobaron las propuestas del comité y del",
      "Ayuntamiento:"], "del comité y del Ayuntamiento:"),
])
def test_a_narrow_columns_lines_run_on_into_names_and_a_last_word(tmp_path, lines, joined):
    pages = [["VALLEY WATER BOARD", "", "Pear orchards lose half their crop after the April frost", "", *COLUMN,
              *lines, "", *COLUMN, "", "1 – 1"]]
    c = pdf(tmp_path, pages)
    assert any(joined in block for block in c.body), c.body


@pytest.mark.parametrize("letterhead, headline, text, outlet", [
    ("OBSERVATOIRE RÉGIONAL DES VERGERS DU VAL", "Poiriers : une saison noire, du jamais-vu depuis trente ans selon les producteurs",
     ["Les vergers du Val ont perdu la moitié des poiriers après le gel d'avril, selon l'observatoire des vergers,",
      "qui a compté les arbres de quarante exploitations entre mai et juillet.", "",
      "Les poiriers du Val les plus touchés sont ceux des vergers de fond de vallée, où le froid stagne la nuit."],
     "Observatoire Régional des Vergers du Val"),
    ("BEIRAT FÜR DEN OBSTBAU IM OBERTAL", "Schwarze Saison im Obstbau: So schlimm war es seit dreißig Jahren nicht, sagen die Bauern",
     ["Im Obertal hat der Obstbau nach dem Aprilfrost die Hälfte der Birnbäume verloren, wie der Beirat",
      "nach einer Zählung in vierzig Betrieben zwischen Mai und Juli mitteilte.", "",
      "Am stärksten betroffen sind die Birnbäume im Obertal in den Tallagen, wo die Kälte nachts liegen bleibt."],
     "Beirat für den Obstbau im Obertal"),
])
def test_a_letterhead_in_capitals_that_names_the_texts_subject_is_not_the_headline(tmp_path, letterhead, headline,
                                                                                      text, outlet):
    c = pdf(tmp_path, [[letterhead, "Bulletin · No. 4 · March 2026", "", headline, "", "Authors: Ines Barr, Tom Hale", "",
                        *text, "", "1"]])
    assert (c.title, c.outlet) == (headline, outlet)


@pytest.mark.parametrize("cover, header", [
    ("The Harbour Letter · No. 4 · March 2026", "The Harbour Letter no. 4 – March 2026"),
    ("La Lettre du Port · N° 4 · Mars 2026", "La Lettre du Port n° 4 – mars 2026"),
    ("Hafenbrief | Nr. 4 | März 2026", "Hafenbrief Nr. 4, März 2026"),
    ("Boletim do Porto · n.º 4 · março 2026", "Boletim do Porto – n.º 4 – Março 2026"),
])
def test_a_running_header_that_restates_the_cover_line_otherwise_goes(tmp_path, cover, header):
    pages = [["BAY HARBOUR BOARD", cover, "", "Inner basin to be dredged after boats run aground", "", *LINES[:7], "", "1"],
             [header, "", *LINES[8:], "", "2"]]
    c = pdf(tmp_path, pages)
    assert header not in c.text and not any(block.startswith(header[:8]) for block in c.body)


@pytest.mark.parametrize("heading", [["What the board will do about the sil-", "ting of the basin"],
                                     ["Ce que le port fera contre l'ensable-", "ment du bassin"]])
def test_a_page_that_starts_with_a_word_broken_at_its_first_line_is_anchored_at_its_start(tmp_path, heading):
    pages = [["Bay Harbour Board", "", "Inner basin to be dredged after boats run aground", "", *LINES[:7], "", "Page 1"],
             [*heading, "", *LINES[8:], "", "Page 2"]]
    c = pdf(tmp_path, pages)
    at = c.body.index("{#page-2}")
    assert c.body[at + 1].startswith("## " + heading[0][:12]) and not any("{#page-2}" in b and b != "{#page-2}" for b in c.body)


def test_a_running_header_that_gathers_the_covers_lines_on_one_goes(tmp_path):
    pages = [["BAY HARBOUR BOARD", "Minutes of the Board", "Open Session", "12 March 2026", "",
              "Inner basin to be dredged after boats run aground", "", *LINES[:7], "", "1"],
             ["Minutes of the Board · Open Session · 12 March 2026", "", *LINES[8:], "", "2"]]
    c = pdf(tmp_path, pages)
    assert "Open Session" not in c.text and c.title == "Inner basin to be dredged after boats run aground"


def test_a_metadata_title_that_is_the_running_headers_series_name_otherwise_written_gives_way(tmp_path):
    pages = [["BAY HARBOUR BOARD", "Minutes of the Board", "Open Session", "12 March 2026", "",
              "Inner basin to be dredged after boats run aground", "", *LINES[:7], "", "1"],
             ["Minutes of the Board · Open Session · 12 March 2026", "", *LINES[8:], "", "2"]]
    c = pdf(tmp_path, pages, {"Title": "Minutes of the Board - Open Session - 12 March 2026"})
    assert c.title == "Inner basin to be dredged after boats run aground"


@pytest.mark.parametrize("label", ["Official Record", "Journal officiel", "Amtsblatt", "Boletín Oficial",
                                   "Gazzetta Ufficiale", "Diário da República"])
def test_an_official_records_label_makes_it_a_document(tmp_path, label):
    pages = [["BAY HARBOUR BOARD", label, "12 March 2026", "", "Inner basin to be dredged after boats run aground", "",
              *LINES, "", "1"]]
    c = pdf(tmp_path, pages)
    assert c.kind == "document" and label not in c.text


@pytest.mark.parametrize("contents", [
    ["Contents", "1 Why the basin silts up .................... 2", "2 What the board will do ........ 3",
     "Annex: survey figures . . . . . . . . . . 4"],
    ["Sommaire", "1. Pourquoi le bassin s'envase ........ 2", "2. Ce que fera le port ………… 3"],
    ["Inhaltsverzeichnis", "1 Warum das Becken verschlammt ....... 2", "2 Was der Hafen tun wird ....... 3"],
    ["Índice", "1. Por qué se aterra la dársena ....... 2", "2. Qué hará el puerto ....... 3"],
    ["Indice", "1. Perché il bacino si insabbia ....... 2", "2. Che cosa farà il porto ....... 3"],
    ["Índice", "1. Porque assoreia a doca ....... 2", "2. O que fará o porto ....... 3"],
])
def test_a_table_of_contents_never_reaches_the_body(tmp_path, contents):
    pages = [["Bay Harbour Board", "", "Inner basin to be dredged after boats run aground", "", *contents, "", *LINES, "",
              "Page 1 of 1"]]
    c = pdf(tmp_path, pages)
    assert not any(contents[1][:10] in block or contents[0] in block for block in c.body), c.body
    assert any("fishing boats ran aground" in block for block in c.body)


P3 = ["The board will ask the county for a grant towards the cost of the work, and expects",
      "an answer before the end of April, its chair said on Friday evening after the meeting."]


@pytest.mark.parametrize("cover, title", [
    (["BAY HARBOUR BOARD", "", "Silt in the inner basin:", "a survey of the harbour floor", "", "Report for the Board", "",
      "Prepared by Ines Barr", "March 2026"], "Silt in the inner basin: a survey of the harbour floor"),
    (["OFFICE DU PORT DE LA BAIE", "", "Envasement du bassin intérieur :", "état des fonds du port", "", "Rapport au conseil",
      "", "Rédaction : Inès Barre", "Mars 2026"], "Envasement du bassin intérieur : état des fonds du port"),
    (["HAFENAMT BUCHT", "", "Verschlammung des Innenbeckens:", "Zustand des Hafengrunds", "", "Bericht an den Vorstand", "",
      "Verfasserin: Ines Bahr", "März 2026"], "Verschlammung des Innenbeckens: Zustand des Hafengrunds"),
    (["AUTORIDAD PORTUARIA DE LA BAHÍA", "", "Aterramiento de la dársena:", "estado de los fondos del puerto", "",
      "Informe al consejo", "", "Elaborado por Inés Barro", "Marzo de 2026"],
     "Aterramiento de la dársena: estado de los fondos del puerto"),
])
def test_a_cover_pages_title_wrapped_after_its_colon_is_the_title(tmp_path, cover, title):
    c = pdf(tmp_path, [cover, ["Bay Harbour Board · Report", "", *LINES, "", "2"], ["Bay Harbour Board · Report", "", *P3, "", "3"]])
    assert (c.title, c.published) == (title, "2026-03")


@pytest.mark.parametrize("letterhead, address, title, byline, authors", [
    ("CONSORZIO DEL LAGO", "Via Roma 3 · 28040 Lesa", ["Il fango del porto interno: cosa è cambiato", "in dieci anni di rilievi"],
     "A cura di: Marta Ricci e Luca Ferri", ["Marta Ricci", "Luca Ferri"]),
    ("HAFENAMT BUCHT", "Hafenstraße 12 · 24103 Kiel", ["Schlamm im Innenhafen: was sich in zehn Jahren", "verändert hat"],
     "Bearbeitung: Ines Bahr und Tom Hahn", ["Ines Bahr", "Tom Hahn"]),
    ("OFFICE DU PORT", "12, rue du Port · 29200 Brest", ["La vase du bassin intérieur : ce qui a changé", "en dix ans de relevés"],
     "Rédaction : Inès Barre et Tom Halle", ["Inès Barre", "Tom Halle"]),
    ("AUTORIDAD PORTUARIA", "Calle Mayor 3 · 11001 Cádiz", ["El fango de la dársena: lo que ha cambiado", "en diez años de sondeos"],
     "Autores: Inés Barro y Tomás Hale", ["Inés Barro", "Tomás Hale"]),
    ("BAY HARBOUR BOARD", "3 Quay Street · Bayport BP1 2QS", ["Silt in the inner basin: what ten years", "of surveys have shown"],
     "Authors: Ines Barr and Tom Hale", ["Ines Barr", "Tom Hale"]),
    ("CÂMARA MUNICIPAL", "Rua Direita 3 · 4900-001 Viana", ["O lodo da doca interior: o que mudou", "em dez anos de levantamentos"],
     "Autores: Rita Sousa e Paulo Matos", ["Rita Sousa", "Paulo Matos"]),
])
def test_a_letterheads_address_is_not_the_title_and_a_byline_label_with_a_colon_names_the_authors(
        tmp_path, letterhead, address, title, byline, authors):
    c = pdf(tmp_path, [[letterhead, address, "", *title, "", byline, "", *LINES, "", "1"]])
    assert (c.title, c.authors) == (" ".join(title), authors)
    assert address not in c.text


@pytest.mark.parametrize("note", [
    "Published under Standing Order 31. Answers are correct at the date of answer.",
    "Publié en application de l'article 135 du règlement. Les réponses sont exactes à la date de la réponse.",
    "Veröffentlicht gemäß § 104 der Geschäftsordnung.",
    "Publicado conforme al artículo 185 del Reglamento.",
    "Pubblicato ai sensi dell'articolo 133 del Regolamento.",
    "Publicado nos termos do artigo 229.º do Regimento.",
])
def test_a_records_closing_note_on_its_publication_is_no_paragraph(tmp_path, note):
    pages = [["BAY HARBOUR BOARD", "Official Record", "", "Inner basin to be dredged after boats run aground", "", *LINES, "",
              note, "", "Page 1 of 1"]]
    c = pdf(tmp_path, pages)
    assert note[:20] not in c.text and any("throughout." in block for block in c.body)


@pytest.mark.parametrize("byline, authors", [
    ("Autore: Luca Ferri", ["Luca Ferri"]), ("Autrice: Marta Ricci", ["Marta Ricci"]),
    ("Ines Barr, Harbour Engineer", ["Ines Barr"]), ("Tom Hale, Senior Scientist", ["Tom Hale"]),
    ("Ines Bahr, Umweltberaterin", ["Ines Bahr"]),
])
def test_an_authors_line_on_the_first_page_in_other_forms(tmp_path, byline, authors):
    pages = [["BAY HARBOUR BOARD", "", "Inner basin to be dredged after boats run aground", "", byline, "", *LINES, "", "1"]]
    assert pdf(tmp_path, pages).authors == authors


@pytest.mark.parametrize("line, published", [("Stand: 3. März 2026", "2026-03-03"), ("Stand: Oktober 2025", "2025-10"),
                                             ("Updated: 3 March 2026", "2026-03-03"), ("Mise à jour : mars 2026", "2026-03")])
def test_a_documents_version_date_is_its_date_when_it_gives_no_other(tmp_path, line, published):
    pages = [["BAY HARBOUR BOARD", "", "Inner basin to be dredged after boats run aground", "", line, "", *LINES, "", "1"]]
    assert pdf(tmp_path, pages).published == published
