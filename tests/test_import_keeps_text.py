"""Import never loses the article's text: on generated clippings (page furniture, a head, paragraphs
of ordinary prose, subheadings, short paragraphs, loose lists), every sentence of eight words or
more that is not furniture is in the imported body."""
import re

from hypothesis import HealthCheck, given, settings, strategies as st

from generator.importer import parse_clipping

NOUNS = ["council", "harbour", "river", "school", "bridge", "market", "ferry", "village", "museum", "library", "farmer",
         "teacher", "engineer", "station", "garden", "orchard", "quarry", "mill", "road", "valley", "tower", "report"]
VERBS = ["opened", "closed", "repaired", "visited", "measured", "counted", "painted", "moved", "planned", "described",
         "checked", "built", "crossed", "found", "needed", "promised", "delayed", "funded", "chose", "lent"]
OTHER = ["the", "old", "new", "small", "long", "quiet", "busy", "near", "after", "before", "during", "with", "and", "for",
         "every", "three", "several", "local", "wooden", "northern", "early", "late", "last", "first", "most", "some"]

word = st.sampled_from(NOUNS + VERBS + OTHER)
sentence = st.builds(lambda first, rest, end: " ".join([first.capitalize(), *rest]) + end,
                     st.sampled_from(OTHER[:6] + NOUNS), st.lists(word, min_size=7, max_size=24),
                     st.sampled_from([".", ".", ".", "!", "?"]))
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
heading = st.builds(lambda w: " ".join(w).capitalize(), st.lists(st.sampled_from(NOUNS + OTHER), min_size=2, max_size=6))
short = st.builds(lambda w: " ".join(w).capitalize() + ".", st.lists(word, min_size=3, max_size=7))
loose_list = st.builds(lambda intro, items: [intro.rstrip(".!?") + ":", *items], sentence,
                       st.lists(st.builds(" ".join, st.lists(word, min_size=2, max_size=6)), min_size=2, max_size=4))
block = st.one_of(paragraph.map(lambda p: [p]), paragraph.map(lambda p: [p]),
                  st.tuples(heading, paragraph).map(list), st.tuples(heading, short).map(list), loose_list)
HEADS = [["Home  News  Sport  Weather"], ["Sign in | Subscribe"], ["THE VALLEY GAZETTE"], ["By Ann Lowe"],
         ["Published 4 June 2024, 09:30"], ["Photo: Dev Shah"], ["Share  Tweet  Email"], ["LOCAL"]]
TAILS = [["Related stories", "Buses cut in September"], ["Most read", "1. Something else"], []]


def sentences(text: str) -> list[str]:
    return [s for s in re.findall(r"[^.!?]+[.!?]", text) if len(s.split()) >= 8]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(head=st.lists(st.sampled_from(HEADS), max_size=5), headline=st.one_of(st.none(), heading),
       opening=st.lists(sentence, min_size=2, max_size=4).map(" ".join),
       blocks=st.lists(block, max_size=7), tail=st.sampled_from(TAILS))
def test_import_never_loses_a_sentence_of_the_text(head, headline, opening, blocks, tail):
    blocks = [[opening], *blocks]   # (the text opens with a paragraph: a lone sentence may be a headline)
    lines = [line for part in head for line in part] + ([headline] if headline else [])
    text = [line for part in blocks for line in part]
    clipping = "\n".join(lines + [""] + "\n\n".join(text).split("\n") + [""] + tail)
    got = " ".join(parse_clipping(clipping).text.split())
    lost = [s.strip() for line in text for s in sentences(line) if " ".join(s.split()) not in got]
    assert not lost, f"lost {lost!r} from:\n{clipping}"
