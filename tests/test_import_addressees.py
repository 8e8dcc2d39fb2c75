"""A letter's addressee is no publisher, and a body's office is no writer: 'Ms Isla Kerr' under a council's letterhead,
or the greeting 'Dear Ms Kerr', is never elected the masthead; a PDF whose metadata name as its author the unit its
letterhead names ('Corporate Services | Information Governance Team') has no writer; a body's German compound name
('Mobilitätsbüro Osttirol', 'Landratsamt Regen') beside a writer's name is her office, no second writer. Cases in my
own words."""
import pytest

from generator.importer import read_clipping
from generator.importer.lines import ADDRESSEE, outlet_like


def test_an_answer_to_a_request_is_the_councils_not_its_addressees_nor_its_offices(tmp_path):
    from tests.pdfmaker import set_in_lines, write_pdf
    answer = ("Thank you for your request, which we received on 2 March 2026 and have dealt with under the Freedom of "
              "Information Act 2000. You asked how many bus shelters the council repaired in the Cowal ward last year.")
    more = ("In 2025 the council repaired 41 shelters in the ward, at a cost of £38,200. Twelve were replaced whole after "
            "storm damage in January.")
    pages = [["Argyll Coast Council", "Legal and Regulatory Services | Records Management Unit",
              "Kilmun Road, Dunoon PA23 8AB", "", "Mr Callum Reid", "By email only", "", "Our ref: FOI-26-0142",
              "Date: 27 March 2026", "", "Dear Mr Reid", "", "Request for information: bus shelter repairs", "",
              *set_in_lines(answer), "", *set_in_lines(more), "", "Argyll Coast Council"]]
    path = write_pdf({"metadata": {"Title": "FOI-26-0142 response", "Author": "Records Management Unit"}, "pages": pages},
                     tmp_path / "foi.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert clip.outlet == "Argyll Coast Council"
    assert clip.authors == []


@pytest.mark.parametrize("line", ["Ms Isla Kerr", "Dear Ms Kerr", "Herrn Jan Otto", "Mme Claire Roux", "M. Paul Roux",
                                  "Sra. Ana Gil", "Frau Müller"])
def test_a_person_named_with_her_form_of_address_is_no_masthead(line):
    assert ADDRESSEE.match(line) and not outlet_like(line)


@pytest.mark.parametrize("line", ["M Magazine", "Perthshire Council", "Dunoon Observer", "Marsden Messenger"])
def test_a_mastheads_name_is_no_addressee(line):
    assert not ADDRESSEE.match(line)


@pytest.mark.parametrize("name, person", [("Mobilitätsbüro Osttirol", False), ("Landratsamt Regen", False),
                                          ("Stadtwerke Kemnath", False), ("Katharina Steiner", True),
                                          ("Hans Steinkammer", True), ("Anna Werkmeister", True)])
def test_a_bodys_compound_name_is_no_persons(name, person):
    from generator.importer.lines import name_like
    assert name_like(name) == person


def test_a_byline_with_the_writers_office_names_her_alone():
    from generator.importer import parse_clipping
    lines = ["Neues Busnetz für das Iseltal", "DI Katharina Steiner · Mobilitätsbüro Osttirol", "",
             "Ab Dezember fahren die Busse im Iseltal im Stundentakt, auch am Wochenende.", "",
             "Die Gemeinden tragen die Mehrkosten von rund 240.000 Euro im Jahr gemeinsam."]
    assert parse_clipping("\n".join(lines)).authors == ["Katharina Steiner"]
