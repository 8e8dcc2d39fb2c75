"""PDFs whose head needs reading twice: a browser's print (its header's title cut short, 'Headline - Site', a place
kicker over the headline), a report whose title runs as the later pages' header, a report's label or addressee line, and
a letter whose subject wraps."""
import pytest

from generator.importer import read_clipping
from tests.pdfmaker import write_pdf

HEADLINE = "Harbour ferry to run every twenty minutes from spring"
PARAGRAPH = ["The harbour ferry between the old quay and the marina will run every twenty minutes from March, the",
             "port authority said on Tuesday, after a second boat was bought from a yard in Brittany, and the crew",
             "will be trained over the winter."]
MORE = ["The new timetable is due to be published in February, with fares unchanged until the end of the year,",
        "and the night crossing will be kept on Fridays and Saturdays."]
CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"


def read(tmp_path, pages, metadata):
    path = write_pdf({"metadata": metadata, "pages": pages}, tmp_path / "doc.pdf")
    return read_clipping(path.read_bytes(), ".pdf")


@pytest.mark.parametrize("separator", [" | ", " - "])
@pytest.mark.parametrize("kicker", [[], ["Kingsport"]])
def test_a_browsers_print_takes_the_declared_headline_whatever_its_header_cuts_or_its_kicker(tmp_path, separator, kicker):
    title = f"{HEADLINE}{separator}The Pier Weekly"
    header = f"05/12/26, 07:15          {title[:60]}..."
    url = "https://www.pierweekly.example/news/harbour-ferry-every-twenty-minutes-n4411"
    pages = [[header, "", "THE PIER WEEKLY", "News  Sport  Business", "", *kicker, "Harbour ferry to run every", "twenty minutes from spring", "",
              "By Ann Lowe", "Thursday 3 December 2026 | 19:05", "", *PARAGRAPH, "", f"{url}          1/2"],
             [header, "", *MORE, "", f"{url}          2/2"]]
    clip = read(tmp_path, pages, {"Title": title, "Creator": CHROME, "Producer": "Skia/PDF m131",
                                  "CreationDate": "D:20261205101533+00'00'"})
    assert clip.title == HEADLINE and clip.outlet == "The Pier Weekly" and clip.authors == ["Ann Lowe"]
    assert clip.published == "2026-12-03T19:05" and clip.url == url and "07:15" not in clip.text


def test_a_reports_title_repeated_over_its_later_pages_stays_its_title_and_its_report_line_makes_it_a_document(tmp_path):
    title = "Internal Audit Report: Harbour Ferry Contract"
    pages = [["PORT LOUVEL HARBOUR BOARD", "Internal Audit Service", "", title, "",
              "Report to: Audit and Risk Committee, 9 December 2026", "Date of report: 27 November 2026",
              "Prepared by: Ruth Okafor, Head of Internal Audit", "Classification: Public", "", "Summary", "", *PARAGRAPH,
              "", "Page 1 of 2"],
             [title, "", *MORE, "", "Page 2 of 2"]]
    clip = read(tmp_path, pages, {"Title": title, "Author": "Ruth Okafor", "Creator": "Microsoft Word"})
    assert clip.title == title and clip.kind == "document" and clip.authors == ["Ruth Okafor"]
    assert clip.published == "2026-11-27" and "Classification" not in clip.text


def test_a_report_labelled_in_capitals_is_a_document(tmp_path):
    pages = [["HAFENAMT KAPPELN", "Hafenstraße 2, 24376 Kappeln", "", "BERICHT", "", "Fährverbindung über die Schlei:",
              "Lage und Empfehlungen", "", "Kappeln, 30. November 2026", "", *PARAGRAPH, "", *MORE]]
    clip = read(tmp_path, pages, {"Creator": "Microsoft Word"})
    assert clip.kind == "document"


def test_a_letters_subject_wrapped_over_two_lines_is_its_whole_title(tmp_path):
    pages = [["COMUNE DI PORTO LUME", "Provincia di Vallombra", "", "Porto Lume, 2 dicembre 2026", "",
              "Oggetto: Sospensione del traghetto per il porto vecchio dal 14 al 16 dicembre per la",
              "sostituzione del pontile", "", "Gentili concittadine e concittadini,", "", *PARAGRAPH, "", *MORE, "",
              "Cordiali saluti,", "", "Il Sindaco", "Marta Ferri"]]
    clip = read(tmp_path, pages, {"Title": "Microsoft Word - lettera.docx"})
    assert clip.title == ("Sospensione del traghetto per il porto vecchio dal 14 al 16 dicembre per la sostituzione "
                          "del pontile")
    assert clip.authors == ["Marta Ferri"]


@pytest.mark.parametrize("author", ["Port Louvel Harbour Board Media", "Port Louvel Harbour Board"])
def test_the_issuers_name_in_the_metadata_is_no_writer(tmp_path, author):
    pages = [["PORT LOUVEL HARBOUR BOARD", "Quay Street, Port Louvel", "", "MEDIA RELEASE", "3 December 2026", "",
              HEADLINE, "", *PARAGRAPH, "", *MORE, "", "ENDS"]]
    clip = read(tmp_path, pages, {"Title": HEADLINE, "Author": author, "Creator": "Microsoft Word"})
    assert clip.outlet == "Port Louvel Harbour Board" and clip.authors == []
    assert any(item.startswith("authors:") for item in clip.review)


def test_a_letters_signatory_is_written_without_her_title(tmp_path):
    pages = [["ISTITUTO COMPRENSIVO DEL PORTO", "Via del Molo 4, Porto Louvel", "", "Porto Louvel, 3 dicembre 2026", "",
              "Oggetto: orario del traghetto per le uscite didattiche", "", "Gentili genitori,", "",
              "da marzo il traghetto del porto partirà ogni venti minuti e le uscite didattiche al faro si terranno il",
              "martedì mattina, con partenza dal molo vecchio alle nove e rientro entro le dodici.", "",
              "Cordiali saluti", "", "La Dirigente Scolastica", "Prof.ssa Gabriella Moretti"]]
    clip = read(tmp_path, pages, {"Title": "Documento1", "Creator": "Writer"})
    assert clip.authors == ["Gabriella Moretti"]


@pytest.mark.parametrize("signatures, roles, authors", [
    ("Jörn Wiechmann                               Dr. Maren Albers",
     "Leiter Wasserbau                             Umwelt und Nachbarschaft", ["Jörn Wiechmann", "Maren Albers"]),
    ("Jörn Wiechmann", "Leiter Wasserbau", ["Jörn Wiechmann"]),
])
def test_two_signatures_side_by_side_are_two_authors(tmp_path, signatures, roles, authors):
    pages = [["HAFENBETRIEB LOUVEL GMBH", "Kaistraße 4 · 20457 Hamburg", "", "Hamburg, 3. Dezember 2026", "",
              "Nächtliche Baggerarbeiten vor dem Anleger ab 14. Dezember", "", "Sehr geehrte Anwohnerinnen und Anwohner,", "",
              "ab dem 14. Dezember baggern wir nachts die Fahrrinne vor dem Anleger aus, damit die Fähren auch bei",
              "Niedrigwasser sicher anlegen können. Die Arbeiten dauern voraussichtlich sechs Wochen.", "",
              "Mit freundlichen Grüßen", "", signatures, roles]]
    clip = read(tmp_path, pages, {"Title": "Anwohnerbrief", "Creator": "Writer"})
    assert clip.authors == authors


def test_a_prints_headline_wrapped_onto_a_number_beats_a_standfirst_sharing_more_words(tmp_path):
    headline = ["Harbour ferry to run every twenty minutes:", "40 crossings a day from spring"]
    standfirst = ["A second boat bought from a yard in Brittany lets the port authority double the crossings",
                  "and train the crew over the winter"]
    pages = [["THE PIER WEEKLY", "News  Sport  Business", "", *headline, "", *standfirst, "", "By Ann Lowe",
              "Thursday 3 December 2026", "", *PARAGRAPH, "", *MORE]]
    clip = read(tmp_path, pages, {"Title": "Kingsport: harbour ferry every twenty minutes, 40 crossings a day - The Pier Weekly",
                                  "Creator": "Mozilla Firefox", "Producer": "cairo 1.18.0"})
    assert clip.title == " ".join(headline)
    assert clip.text.startswith("{#page-1}\n\nA second boat bought")


def test_a_prints_headline_wrapped_before_a_capitalised_word_is_read_whole_under_its_menu_and_kicker(tmp_path):
    headline = "Stadttheater Gießenbach: Sanierung wird um 19 Millionen Euro teurer"
    title = f"{headline} | Oberhessischer Bote"
    header = f"05.12.26, 08:14   {title}"
    pages = [[header, "", "Oberhessischer Bote", "Lokales   Region   Hessen   Sport   Kultur   Abo",
              "Startseite > Lokales > Gießenbach", "", "Kultur in der Krise", "Stadttheater Gießenbach: Sanierung wird um 19 Millionen",
              "Euro teurer", "", "Von Jana Heckmann", "Veröffentlicht: 03.12.2026, 06:00 Uhr", "",
              "Die Sanierung des Stadttheaters wird deutlich teurer und dauert länger als geplant. Das hat die",
              "Kulturdezernentin am Mittwochabend im Kulturausschuss mitgeteilt.", "",
              "Als Gründe nannte die Stadt Schäden am Dachstuhl und höhere Preise für die Bühnentechnik."]]
    clip = read(tmp_path, pages, {"Title": title, "Creator": CHROME, "Producer": "Skia/PDF m131"})
    assert clip.title == headline and clip.outlet == "Oberhessischer Bote" and clip.authors == ["Jana Heckmann"]


def test_a_pdf_without_a_headline_gets_its_opening_words_not_its_page_anchor_as_provisional_title(tmp_path):
    clip = read(tmp_path, [["", *PARAGRAPH, "", *MORE]], {"Title": "Microsoft Word - Dokument1", "Creator": "Word"})
    assert "{#" not in clip.title and clip.title.startswith("The harbour ferry")
    assert any(item.startswith("title:") for item in clip.review)


def test_a_browsers_print_that_prints_no_date_of_its_own_is_not_dated_by_the_day_it_was_printed(tmp_path):
    """The PDF a browser makes is dated the day it was printed: with no date on the page, the date is not known."""
    title = f"{HEADLINE} | The Pier Weekly"
    header = f"05/12/26, 07:15          {title}"
    url = "https://www.pierweekly.example/news/harbour-ferry-every-twenty-minutes-n4411"
    pages = [[header, "", "THE PIER WEEKLY", "News  Sport  Business", "", "Harbour ferry to run every twenty minutes from spring",
              "", "By Ann Lowe", "", *PARAGRAPH, "", f"{url}          1/2"],
             [header, "", *MORE, "", f"{url}          2/2"]]
    clip = read(tmp_path, pages, {"Title": title, "Creator": CHROME, "Producer": "Skia/PDF m131",
                                  "CreationDate": "D:20261205101533+00'00'"})
    assert clip.url == url and clip.published is None
    assert any(item.startswith("published:") for item in clip.review)


def test_metadata_written_in_windows_1252_keeps_its_dashes(tmp_path):
    """The producer wrote the metadata in Windows-1252, which a reader reads as PDFDocEncoding: 'Title Œ Part two'."""
    clip = read(tmp_path, [[*PARAGRAPH, "", *MORE]], {"Title": "Harbour ferry timetable – winter sailings"})
    assert clip.title == "Harbour ferry timetable – winter sailings"
