"""A copy made by a note-taking app's web clipper (its header of 'source:', 'created:', 'tags:' lines over the page's
tab title), a wiki page's name with its namespace, and a radio station's name beside its frequency. Cases in my own
words."""
import pytest
from hypothesis import given, strategies as st

from generator.importer import parse_clipping
from generator.importer.lines import headline_text, outlet_name

TITLE = "Town to double dog fouling fines and fence off the park's play areas"
TEXT = ["Fixed penalties for leaving dog mess in the town's parks would rise from £75 to £150 under draft byelaws going "
        "before the council next week, and the two play areas in the park would be fenced off.",
        "Complaints about dog fouling rose by a third last year, and the park's wardens say the same paths are fouled "
        "every morning, before the school run, despite the bins the council put in two years ago.",
        "The council will decide on the byelaws at its meeting on Tuesday."]


@pytest.mark.parametrize("created", ["created: 13/06/2025 08:41", "clipped: 2025-06-13 08:41", "Created: 13 June 2025"])
def test_a_web_clipper_s_header_gives_the_address_and_the_outlet_but_not_its_own_date(created):
    lines = [f"{TITLE} | Valley Wave", "source: https://www.valleywave.example/news/local/dog-fouling-fines", created,
             "tags: dogs, byelaws, follow-up", "notebook: council stuff", "", TITLE, "", "By Laura Quayle", "", *TEXT]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == TITLE and clip.authors == ["Laura Quayle"]
    assert clip.url == "https://www.valleywave.example/news/local/dog-fouling-fines" and clip.outlet == "Valley Wave"
    assert clip.published is None and any(item.startswith("published") for item in clip.review)
    assert "notebook" not in clip.text and "13/06/2025" not in clip.text


def test_an_article_s_own_created_line_without_a_clipper_s_header_still_dates_it():
    """'Created:' alone, as some sites label their date under the headline, is no clipper's: it dates the article."""
    clip = parse_clipping("\n".join(["Valley Wave", TITLE, "By Laura Quayle", "Created: 13 June 2025", *TEXT]))
    assert clip.published == "2025-06-13"


@pytest.mark.parametrize("name, title", [
    ("News:Littondale school to close in July after governors' vote", "Littondale school to close in July after governors' vote"),
    ("Nachrichten:Grundschule Tauer schließt 2027", "Grundschule Tauer schließt 2027"),
    ("Re: the ferry timetable", "Re: the ferry timetable"),
    ("Update: Road closed after landslide near the pass", "Update: Road closed after landslide near the pass"),
])
def test_a_wiki_page_s_namespace_is_not_part_of_its_headline(name, title):
    assert headline_text(name) == title


@pytest.mark.parametrize("masthead, name", [
    ("Solway Sound 96.8", "Solway Sound"), ("Medway Sound 103.4 FM", "Medway Sound"), ("Avalon Radio 88.7", "Avalon Radio"),
    ("River 96.5", "River 96.5"), ("Boreal 95.3 FM", "Boreal 95.3 FM"),
])
def test_a_station_s_frequency_goes_unless_it_is_the_name(masthead, name):
    """Where a station sits on the dial is not its name, except when the name is a word and the frequency."""
    assert outlet_name(masthead) == name


@given(name=st.from_regex(r"[A-Z][a-z]{3,8} [A-Z][a-z]{3,8}", fullmatch=True),
       dial=st.from_regex(r"(8[89]|9\d|10[0-7])\.\d( ?FM)?", fullmatch=True))
def test_a_two_word_station_name_always_sheds_its_frequency(name, dial):
    assert outlet_name(f"{name} {dial}") == name
