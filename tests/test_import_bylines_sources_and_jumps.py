"""Who wrote it, who made the picture, and whether the text is whole. 'Posted by' / 'Veröffentlicht von' before a name
is a byline; a reader-reporter platform's 'hochgeladen von …' after a picture's credit is no part of it; an
aggregator's source line naming the original ('Fonte: Irpinia Sera · 14 febbraio 2024') credits no picture; a blog's
'Kategorien: …' line is chrome. A printed front page whose lead story jumps to a page the PDF does not hold
('Continued on page 4') is `access: partial`; a PDF that holds the rest too ('Continued from page 1') is whole. The
writer's posted date ('Inserito il 03/08/2025 alle 19:10') beats the site's date of the day over its menu. Cases
in my own words."""
import pytest

from generator.importer import parse_clipping, read_clipping
from generator.importer.meta import bare_credit


@pytest.mark.parametrize("byline, name", [("Posted by Martin Kerr", "Martin Kerr"),
                                          ("Veröffentlicht von Hartmut Wessel", "Hartmut Wessel"),
                                          ("Publié par Claire Mougel", "Claire Mougel")])
def test_a_posted_by_line_is_a_byline(byline, name):
    lines = ["Reopening of the Ballater line: what the study says", byline, "Kategorien: Aktuelles, Gutachten", "",
             "The study on reopening the line to passenger trains was published last week, and its figures are better "
             "than many expected.", "",
             "It counts some 1,900 passengers a weekday with an hourly service, and puts the cost at 48 million."]
    clip = parse_clipping("\n".join(lines))
    assert clip.authors == [name]
    assert not any("Kategorien" in block for block in clip.body)


def test_who_uploaded_a_picture_is_no_part_of_its_credit():
    assert bare_credit("Foto: Marktgemeinde Leutschach hochgeladen von Lisa Kratzer") == "Foto: Marktgemeinde Leutschach"
    assert bare_credit("Photo: Parish council uploaded by Tom Hart") == "Photo: Parish council"


def test_an_aggregators_source_line_credits_no_picture():
    lines = ["NotizieOvest24", "Cronaca", "", "Discarica di Valle Grande, il percolato arriva nel torrente",
             "di Carmine Pisano", "Fonte: Gazzetta del Sannio · 14 febbraio 2024 ore 08:40", "",
             "Il percolato della vecchia discarica di Valle Grande è arrivato nel torrente, denunciano i residenti, che "
             "chiedono al comune di intervenire prima delle piogge di primavera.", "",
             "Il sindaco ha annunciato un sopralluogo dei tecnici regionali per la prossima settimana."]
    clip = parse_clipping("\n".join(lines))
    assert clip.outlet == "Gazzetta del Sannio"
    assert clip.credits == []


LEAD = ("The county council will charge visitors two pounds a night to park camper vans at the harbour from May, after "
        "residents complained about crowded lanes last summer.")
REST = ("Councillors voted eleven to four for the charge, which is expected to raise about 40,000 pounds a year for "
        "the harbour's upkeep.")


def _front_page(tmp_path, with_rest: bool):
    from tests.pdfmaker import set_in_lines, write_pdf
    pages = [["THE HARBOUR HERALD   Thursday 7 May 2026   No. 4,112", "", "Camper vans to pay to park at the harbour", "",
              *set_in_lines(LEAD), "", "Continued on page 4", "", "INSIDE: Lifeboat crew honoured   page 9"]]
    if with_rest:
        pages.append(["4   THE HARBOUR HERALD   Thursday 7 May 2026", "", "Camper vans", "Continued from page 1", "",
                      *set_in_lines(REST)])
    path = write_pdf({"metadata": {"Title": "HH_0507_p01"}, "pages": pages}, tmp_path / "front.pdf")
    return read_clipping(path.read_bytes(), ".pdf")


def test_a_front_pages_lead_that_jumps_to_a_page_not_clipped_is_partial(tmp_path):
    clip = _front_page(tmp_path, with_rest=False)
    assert clip.access == "partial"
    assert not any("Continued on page" in block for block in clip.body)


def test_a_story_whose_rest_the_pdf_holds_is_whole(tmp_path):
    clip = _front_page(tmp_path, with_rest=True)
    assert clip.access == "full"


def test_the_writers_posted_date_beats_the_sites_date_of_the_day_over_its_menu():
    lines = ["Martedì 5 agosto 2025 - ore 08:40 | Domodossola: 19°C sereno", "HOME", "CRONACA", "POLITICA", "SPORT", "",
             "Escursionista soccorso sul Monte Rosa dopo una notte all'addiaccio", "",
             "di Piero Mellerio - Inserito il 03/08/2025 alle 19:10 - Letto 1.204 volte", "",
             "Un escursionista di 52 anni è stato soccorso all'alba sul versante di Macugnaga del Monte Rosa, dove era "
             "rimasto bloccato dal maltempo.", "",
             "L'uomo, in buone condizioni, è stato portato a valle dall'elicottero del soccorso alpino."]
    clip = parse_clipping("\n".join(lines))
    assert clip.published == "2025-08-03T19:10"
    assert clip.authors == ["Piero Mellerio"]
