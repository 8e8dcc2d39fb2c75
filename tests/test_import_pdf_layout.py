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
