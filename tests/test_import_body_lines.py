"""Lines inside and under the text: a heading over a list is a subheading, a labelled byline under the text
names its writer (the role dropped)."""
import pytest

from generator.importer import parse_clipping

HEAD = "Campus kitchen to cook with the data centre's heat\n\n"
FIRST = ("A heat exchanger will carry the warmth of the server rooms into the campus kitchen from January, the "
         "university said on Thursday, cutting its gas use by about forty per cent.")
LAST = "The kitchen closes for the works from 21 December to 6 January, and reopens with the new term."


@pytest.mark.parametrize("line, author", [
    ("Text: Jonas Feldhaus, Hochschulkommunikation", "Jonas Feldhaus"), ("Words: Ann Lowe", "Ann Lowe"),
    ("Texte : Claire Roux, service communication", "Claire Roux"), ("Texto: Lucía Gil", "Lucía Gil"),
    ("Testo: Marco Bellini", "Marco Bellini"),
])
def test_a_labelled_byline_under_the_text_names_its_writer(line, author):
    clip = parse_clipping(HEAD + f"{FIRST}\n\n{LAST}\n\n{line}\n")
    assert clip.authors == [author] and line not in clip.text and LAST in clip.text


def test_a_labelled_byline_under_the_text_does_not_replace_the_one_above():
    clip = parse_clipping(HEAD + f"By Meg Carver\n\n{FIRST}\n\n{LAST}\n\nText: Ann Lowe\n")
    assert clip.authors == ["Meg Carver"]


def test_a_heading_over_a_list_between_paragraphs_is_a_subheading():
    clip = parse_clipping(HEAD + f"{FIRST}\n\nWhat the students measured\n- the servers' load over a year\n"
                                 f"- the kitchen's hot water at lunchtime\n\n{LAST}\n")
    assert "## What the students measured" in clip.body
    assert "- the servers' load over a year" in clip.text
