"""A parliament's record pasted from its site: the sitting's line ('Fifteenth Assembly · First Meeting · date') dates
it and names no one, its proof notice is furniture, its debate title in Title Case under the date is the headline and
its 'Hansard' label makes it a transcript. Cases in my own words."""
import pytest

from generator.importer import parse_clipping
from generator.importer.lines import name_like

TURNS = ("Ms HOLLIS (Minister for Ports): Madam Speaker, I rise to inform the House that the harbour ferry will run every "
         "twenty minutes from March, after a second boat was bought from a yard in Tasmania.\n\n"
         "Mr DRAKE (Leader of the Opposition): Madam Speaker, the opposition welcomes the timetable, but it comes a year "
         "after the ferry users first asked for it.\n")


@pytest.mark.parametrize("notice", ["This is a proof only. It may be corrected before the final record is published.",
                                    "Uncorrected proof transcript: quotations should be checked against the final record."])
def test_a_proof_records_head_is_read_past_its_notice(notice):
    head = ["Skip to content", "Legislative Assembly of Westmark", "Home | Members | Hansard | Contact",
            "DAILY HANSARD — PROOF TRANSCRIPT", "Ninth Assembly · Second Meeting · Wednesday 2 December 2026", notice,
            "MINISTERIAL STATEMENT", "Harbour Ferry Timetable and the New Vessel"]
    clip = parse_clipping("\n".join(head) + "\n" + TURNS)
    assert clip.title == "Harbour Ferry Timetable and the New Vessel"
    assert clip.outlet == "Legislative Assembly of Westmark" and clip.kind == "transcript"
    assert clip.authors == [] and clip.published == "2026-12-02"
    assert notice not in clip.text and clip.text.startswith("Ms HOLLIS")


@pytest.mark.parametrize("text", ["Fifteenth Assembly", "First Meeting", "Zweite Lesung", "Second Reading"])
def test_a_sittings_ordinal_name_is_no_persons(text):
    assert not name_like(text)


@pytest.mark.parametrize("text", ["Ann Lowe", "Jean de La Fontaine", "Firstname Lastname"])
def test_a_persons_name_stays_one(text):
    assert name_like(text)
