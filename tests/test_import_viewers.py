"""An article copied from the tools that show it (importer/viewers.py): a news database's record, whose fields name its
source, and a feed reader's item view, the feed's name over the headline. The source is the outlet; the tool is neither
an outlet nor a copy, and its lists and buttons are no text. Cases in my own words."""
import pytest

from generator.importer import parse_clipping

RECORD = """LibraDesk News Archive
Search    Alerts    Saved Items
Back to Headlines    < Previous    Next >    3 of 27

NEWS
Ferry crossing to reopen after three months of repairs
Ann Lowe
{count}
3 December 2026
The Estuary Post
{code}
Copyright 2026 Estuary Post Media Ltd. All rights reserved.

The ferry between the two harbours will sail again on Monday, the operator said on Thursday, after repairs to the landing ramp took a month longer than planned.

Passengers had been sent on a forty-minute bus journey round the estuary since September, and the operator said season tickets would be extended by three months.

Search Summary
Text: ferry AND ramp
Results Found: 27
"""


@pytest.mark.parametrize("count, code", [("612 words", "ESTP"), ("612 words", "English"), ("1.204 Wörter", "Deutsch"),
                                         ("612 mots", "EPST")])
def test_the_source_a_records_fields_name_is_the_outlet_not_the_database(count, code):
    clip = parse_clipping(RECORD.format(count=count, code=code))
    assert clip.outlet == "The Estuary Post" and clip.authors == ["Ann Lowe"] and clip.published == "2026-12-03"
    assert clip.title == "Ferry crossing to reopen after three months of repairs"
    assert "Results Found" not in clip.text and clip.reproduced_by is None


def test_without_a_word_count_the_lines_are_no_records_fields_and_the_masthead_stays():
    clip = parse_clipping(RECORD.format(count="", code="ESTP").replace("LibraDesk News Archive", "The Harbour Gazette"))
    assert clip.outlet == "The Harbour Gazette"


FEED = """Feedwerk
Heute   Später lesen   Alle Artikel
Bodensee Tech (7)
Werdenberger Gründerwoche
Buchser Start-up sammelt 3,2 Millionen Euro für Akku-Recycling
Werdenberger Gründerwoche · von Lukas Frei · 2. Dez. 2026, 09:12
https://www.werdenberger-gruenderwoche.example/news/buchs-akku-recycling
Das Buchser Start-up Voltwerk hat in seiner ersten großen Finanzierungsrunde 3,2 Millionen Euro eingesammelt, angeführt von einem Industriefonds aus Zürich.
Das Verfahren soll Lithium und Kobalt aus gebrauchten E-Bike-Akkus bei niedrigen Temperaturen zurückgewinnen; eine Pilotanlage geht im Frühjahr in Betrieb…
{pointer}
"""


@pytest.mark.parametrize("pointer", ["Weiterlesen auf der Website →", "Continue reading on the website"])
def test_a_sources_name_beside_the_writer_is_the_outlet_and_the_website_names_no_one(pointer):
    clip = parse_clipping(FEED.replace("{pointer}", pointer))
    assert clip.outlet == "Werdenberger Gründerwoche" and clip.authors == ["Lukas Frei"]
    assert clip.url == "https://www.werdenberger-gruenderwoche.example/news/buchs-akku-recycling"
    assert clip.access == "partial" and clip.published == "2026-12-02T09:12" and clip.reproduced_by is None



def test_a_feeds_section_is_no_part_of_the_outlet_and_the_reader_no_copy():
    clip = parse_clipping("Feedwell\nAll articles   Starred   Read later\nSearch your feeds\nThe Estuary Post - Local News\n"
                          "Mark all as read   Refresh\nThe Estuary Post - Local News\n"
                          "Ferry crossing to reopen after three months of repairs\nby Ann Lowe\nDec 2, 2026, 4:30 PM\n"
                          "The ferry between the two harbours will sail again on Monday, the operator said on Thursday, after "
                          "repairs to the landing ramp took a month longer than planned.\n"
                          "Passengers had been sent on a forty-minute bus journey round the estuary since September.\n"
                          "Visit website\n")
    assert clip.outlet == "The Estuary Post" and clip.reproduced_by is None and clip.authors == ["Ann Lowe"]
