"""Lines over a headline that are not it: an agency's note of what its new version adds, an organisation's name in
capitals with its legal form; and a month named over the day the update gives. Cases in my own words."""
import pytest

from generator.importer import parse_clipping

TITLE = "Ferry crossing to reopen on Monday after three months of ramp repairs"
TEXT = ["The ferry between the two harbours will run again from Monday, its operator said on Thursday, after repairs "
        "to the landing ramp that took a month longer than planned and forced it to print the spring timetable twice.",
        "Since September, foot passengers have gone round the estuary by bus, a journey of forty minutes, and the "
        "operator will extend season tickets by three months to make up for the lost crossings.",
        "The harbour master said the new ramp should need no more than routine maintenance for the next twenty years."]


@pytest.mark.parametrize("note", [
    "UPDATES with comment from the harbour master, from the chairman of the passengers' association of the upper "
    "estuary and from the ferry operator's chief executive (paragraphs 5 to 8)",
    "ACTUALIZA con declaraciones del capitán del puerto, del presidente de la asociación de pasajeros de la ría y del "
    "consejero delegado de la naviera (párrafos 5 a 8)",
    "Adds reaction from the passengers' association of the upper estuary, from the chamber of commerce and from the "
    "harbour master's office (paragraphs 6-9)",
])
def test_an_agencys_note_of_what_its_new_version_adds_is_neither_headline_nor_text(note):
    standfirst = "The operator asks the council to extend the season tickets of the 460 regular passengers until June"
    clip = parse_clipping("\n".join(["Estuary News Agency", "Search the service", "03/03/2026 14:27", "Print", note, TITLE,
                                     standfirst, f"Estuary Bay, 3 Mar (ENA).- {TEXT[0]}", *TEXT[1:]]))
    assert clip.title == TITLE and note[:30] not in clip.text and TEXT[1] in clip.text


def test_a_live_pages_update_line_stays_in_the_text():
    update = "UPDATE: The operator has just confirmed that the first crossing will leave the north quay at 6.40am."
    clip = parse_clipping("\n".join(["Harbour Gazette", TITLE, "By Anne Rowe", "12 February 2026", TEXT[0], update,
                                     *TEXT[1:]]))
    assert update in clip.text


def test_an_organisations_name_in_capitals_with_its_legal_form_is_no_headline():
    clip = parse_clipping("\n\n".join(["Ferry update – March 2026", "ESTUARY FERRY USERS' ASSOCIATION INC.",
                                       "Members' update – 9 March 2026", TITLE, *TEXT]))
    assert clip.title == TITLE and clip.published == "2026-03-09"


@pytest.mark.parametrize("line, note", [
    ("ACTUALIZA con declaraciones de la concejala y del presidente de los ganaderos (párrafos 5 a 8)", True),
    ("MISE À JOUR avec la réaction du maire", True),
    ("Adds reaction from the chamber of commerce (paragraphs 6-9)", True),
    ("UPDATE: The operator has just confirmed the first crossing", False),
    ("Adds to the pressure on the council, which must decide in June", False),
])
def test_what_reads_as_an_agencys_version_note(line, note):
    from generator.importer.prompts import EDITED_NOTE
    assert bool(EDITED_NOTE.match(line)) is note


def test_a_time_a_machine_translated_as_oclock_is_read():
    clip = parse_clipping("\n".join(["Lake Post", TITLE, "By Anne Rowe", "14.03.2026, 17.45 o'clock", *TEXT]))
    assert clip.published == "2026-03-14T17:45"


def test_a_masthead_set_beside_its_label_by_a_tab_is_the_name_alone():
    clip = parse_clipping("\n".join(["Estuary Weekly Post\tNewsletter", "Thursday, 5 March 2026", TITLE, "By Anne Rowe",
                                     *TEXT]))
    assert clip.outlet == "Estuary Weekly Post"


@pytest.mark.parametrize("acronym, name", [
    ("APRESUL", "Associação de Produtores do Regadio do Sul"),
    ("ACRIBA", "Associação de Criadores de Ovinos e Caprinos do Ribatejo"),
])
def test_a_masthead_in_syllables_over_its_name_spelt_out_is_that_name(acronym, name):
    clip = parse_clipping("\n".join([acronym, name, "", "COMUNICADO DE IMPRENSA", "Beja, 3 de fevereiro de 2026", "",
                                     "Regantes do Sul anunciam marcha lenta até Beja", "", *TEXT]))
    assert clip.outlet == name


@pytest.mark.parametrize("name, agency", [("Agência Lusitana de Notícias", True), ("Agence romande de presse", True),
                                          ("Agenzia delle Entrate", False), ("Harbour Gazette", False)])
def test_an_agency_known_by_what_it_calls_itself(name, agency):
    from generator.importer.phrases import is_agency
    assert is_agency(name) is agency


def test_a_dateline_naming_the_place_its_region_and_the_day_before_the_agency_credits_it():
    clip = parse_clipping("\n".join(["Agência Lusitana de Notícias", "09-12-2025 11:42", TITLE,
                                     f"Batalha, Leiria, 09 dez 2025 (ALN) – {TEXT[0]}", *TEXT[1:]]))
    assert clip.credits == ["ALN"] and clip.text.startswith("The ferry")
