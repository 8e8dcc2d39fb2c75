"""An article copied from a news database's record (the kind a library or a newsroom subscribes to): the fields over
its text name its source, which is the outlet; the database that shows it is not, and its search summary is no text.
Cases in my own words."""
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
