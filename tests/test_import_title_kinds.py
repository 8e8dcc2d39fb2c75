"""A title that says what the document is sets its kind (importer/kinds.py: kind_from_title), when no label has: an
official act, an answer to a council's or a parliament's question, minutes, a yearly report, a ruling by its kind or its
parties. A headline that merely opens alike stays news. Cases in my own words."""
import pytest

from generator.importer import parse_clipping
from generator.importer.clipping import Clipping
from generator.importer.kinds import kind_from_title

TEXT = ("Die Gemeinde hat beschlossen, die Brücke über den Mühlbach ab dem 1. März für Fahrzeuge über zwölf Tonnen zu "
        "sperren, weil bei der letzten Prüfung Schäden an den Trägern festgestellt wurden.\n\n"
        "Die Sperre gilt bis zum Abschluss der Sanierung, die im Sommer beginnen soll.\n")


@pytest.mark.parametrize("title, kind", [
    ("Verordnung über eine Gewichtsbeschränkung auf der Mühlbachbrücke", "document"),
    ("Ordinanza sindacale n. 38 del 29/05/2025", "document"),
    ("Risposta all'interrogazione n. 9/2025 sull'ambulatorio dentistico", "document"),
    ("Antwort auf die Landtagsanfrage Nr. 1247/25 zur hausärztlichen Versorgung", "document"),
    ("Planning application 25/02114/FUL: new dairy building at Little Gillians Farm", "document"),
    ("Appeal Decision", "document"),
    ("Niederschrift über die öffentliche Sitzung des Gemeinderates am 26. November 2025", "document"),
    ("Relatório Anual de Atividade 2025", "document"),
    ("Brassard v Regina Correctional Centre", "court-record"),
    ("Marlow Estates Ltd v Fenwick District Council", "court-record"),
    ("Erkenntnis des Landesverwaltungsgerichts zur Freizeitwohnsitzabgabe", "court-record"),
])
def test_a_title_naming_what_the_document_is_sets_its_kind(title, kind):
    clip = Clipping(title=title, body=TEXT.split("\n\n"))
    kind_from_title(clip)
    assert clip.kind == kind


@pytest.mark.parametrize("title, kind", [("Verordnung über eine Gewichtsbeschränkung auf der Mühlbachbrücke", "document"),
                                         ("Brassard v Regina Correctional Centre", "court-record")])
def test_a_pasted_documents_title_sets_its_kind(title, kind):
    clip = parse_clipping(f"{title}\n\n{TEXT}")
    assert clip.kind == kind and clip.title == title


@pytest.mark.parametrize("title", [
    "England v France: the teams for Saturday", "Annual report shows the harbour's busiest year", "Urteilskraft gefragt: die Brücke bleibt zu",
    "Notice to Mariners No. 41 of 2026", "Verordnungen der Gemeinde bleiben umstritten, sagt der Bürgermeister",
    "Minutes after the vote, the council resigned",
])
def test_a_headline_that_opens_alike_stays_news(title):
    clip = Clipping(title=title, body=TEXT.split("\n\n"))
    kind_from_title(clip)
    assert clip.kind is None and parse_clipping(f"{title}\n\n{TEXT}").kind is None


def test_a_provisional_title_says_nothing_of_the_kind():
    clip = parse_clipping("Verordnung über die Sperre gilt ab März, sagte der Bürgermeister am Montag vor dem Gemeinderat "
                          "in einer langen Rede, die viele Zuhörer verfolgten.\n\n" + TEXT)
    assert clip.kind is None


@pytest.mark.parametrize("line", ["Ordinanza sindacale n. 38 del 29/05/2025",
                                  "Oggetto: Risposta all'interrogazione n. 9/2025 sull'ambulatorio",
                                  "Question écrite n° 04218 de M. Bertrand Roux (Charente-Maritime)",
                                  "Appeal Decision"])
def test_a_line_over_the_text_naming_the_document_sets_its_kind_whatever_the_title(line):
    clip = parse_clipping(f"Gemeinde Mühlbach\n\n{line}\n\nSperrung der Mühlbachbrücke für den Schwerverkehr\n\n{TEXT}")
    assert clip.kind == "document"


@pytest.mark.parametrize("line", ["EDITAL N.º 41/2026", "Bekanntmachung", "Questions and answers on the bridge"])
def test_a_notices_label_or_a_line_that_only_opens_alike_leaves_the_kind_unset(line):
    clip = parse_clipping(f"Gemeinde Mühlbach\n\n{line}\n\nSperrung der Mühlbachbrücke für den Schwerverkehr\n\n{TEXT}")
    assert clip.kind in (None, "", "news")


@pytest.mark.parametrize("title, kind", [
    ("An open letter to the councillors on the future of our youth clubs", "statement"),
    ("Open letter: keep the village school open", "statement"),
    ("Lettre ouverte aux élus du canton sur la fermeture de la piscine", "statement"),
    ("Offener Brief an den Gemeinderat zur Schließung des Jugendtreffs", "statement"),
    ("Carta abierta al alcalde sobre el cierre del consultorio", "statement"),
    # (a story about an open letter is news)
    ("Open letter from sixty doctors calls for the ward to stay open", None),
    ("Parents send open letter to the council over youth club cuts", None),
])
def test_an_open_letter_titled_as_such_is_its_signatories_statement(title, kind):
    clip = Clipping(title=title, body=TEXT.split("\n\n"))
    kind_from_title(clip)
    assert clip.kind == kind


def _paper(tmp_path, head: list[str]):
    from generator.importer import read_clipping
    from tests.pdfmaker import write_pdf
    body = ["The partnership brings together the community councils, harbour users and fishing associations of the",
            "islands, and this paper gives its view on the draft plan for offshore wind in the area west of the island.", "",
            "It asks that the area of search be moved twelve miles further west, away from the inshore fishing grounds,",
            "and that the cable landing avoid the only sandy beach on the west coast.", ""]
    path = write_pdf({"metadata": {"Title": "draft3.docx"}, "pages": [[*head, "", *body]]}, tmp_path / "paper.pdf")
    return read_clipping(path.read_bytes(), ".pdf")


@pytest.mark.parametrize("label", ["CONSULTATION RESPONSE", "BOLETIM DE AVISOS METEOROLÓGICOS", "WARNING BULLETIN"])
def test_a_consultation_response_or_a_warning_bulletin_labelled_so_is_a_document(tmp_path, label):
    clip = _paper(tmp_path, ["ISLANDS MARINE PLANNING PARTNERSHIP", "", label, "",
                             "Response to the draft plan option for offshore wind west of the island"])
    assert clip.kind == "document"


def test_the_day_a_bulletin_was_issued_dates_it_not_the_day_its_warning_starts(tmp_path):
    clip = _paper(tmp_path, ["NATIONAL WEATHER SERVICE", "WARNING BULLETIN",
                             "Warning no. 0127/03   |   Issued at 17:40 on 27 January 2025", "",
                             "Orange warning for heavy and persistent rain over the islands", "",
                             "Level: ORANGE", "Valid from: 28 January 2025 00:00", "Valid until: 29 January 2025 06:00"])
    assert clip.published == "2025-01-27T17:40"


STORY = ["The ferry company has cut its winter fares for cars by a quarter, and the crossing takes about forty-five "
         "minutes in any weather the boats sail in, the operator said on Monday.",
         "Island residents keep their own discounted rate, and children under four still travel free all year."]


@pytest.mark.parametrize("labels, kind", [
    (["SPONSORED", "In partnership with Island Link Ferries"], "other"),
    (["Sponsored content"], "other"),
    (["Anzeige", "Präsentiert von Hermeling Landtechnik GmbH"], "other"),
    (["Contenido patrocinado"], "other"),
    # (an ad slot's word alone over a story, in capitals or not, labels the ad beside it)
    (["ADVERTISEMENT"], None),
    (["Anzeige"], None),
    (["PUBLICIDAD"], None),
])
def test_a_sponsored_pieces_label_over_the_headline_makes_it_advertising(labels, kind):
    clip = parse_clipping("\n".join(["The Gulf Courier", "News", "Travel", "Weather", "", *labels,
                                     "Five reasons to take the car across to the island this winter", "By Ann Lowe",
                                     "June 3, 2025", "", *STORY]))
    assert clip.kind == kind
