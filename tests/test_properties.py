"""Property tests: random input never crashes the parsers, never escapes the output folder,
never yields an executable URL."""
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.dates import DateError, parse_date
from generator.load import id_problem
from generator.markup import is_safe_url
from generator.matcher import MentionMatcher, fold, name_key
from generator.write import OutputError, safe_output_path

DATE_WORDS = st.sampled_from(["around", "c.", "spring", "end of", "early", "mid", "late", "May", "Sept",
                              "2024", "-", "T", ":", "+01:00", "Z", "13", "30", "02", " ", "of", "31"])
date_like = st.lists(DATE_WORDS, max_size=8).map("".join)


@given(st.one_of(st.text(max_size=40), date_like, st.integers(), st.none(), st.booleans(), st.floats()))
@settings(max_examples=400)
def test_date_parser_accepts_or_explains(value):
    try:
        date = parse_date(value)
    except DateError as exc:
        assert str(exc)
        return
    assert 1 <= date.year <= 9999
    assert date.label and date.iso.startswith(f"{date.year:04d}")
    assert len(date.sort_key) == 4


@given(st.text(max_size=60))
@settings(max_examples=400)
def test_valid_ids_always_stay_inside_the_output_folder(value):
    output = Path(tempfile.gettempdir()) / "dossier-property-site"
    if id_problem(value) is None:
        for section in ("articles", "summaries", "entities"):
            path = safe_output_path(output, f"{section}/{value}/index.html")
            assert path.resolve().is_relative_to(output.resolve())
    else:
        assert id_problem(value)


@given(st.text(max_size=60))
def test_any_path_is_either_refused_or_inside(value):
    output = Path(tempfile.gettempdir()) / "dossier-property-site"
    try:
        path = safe_output_path(output, value)
    except OutputError:
        return
    assert path.resolve().is_relative_to(output.resolve())


NAMES = ["Hervé", "Mohamed Djeha", "Mimo", "Ofast", "Ofast Marseille", "Le Monde", "the fly", "Dupond-Moretti"]


@given(st.text(alphabet=st.sampled_from(list("Hervé Mohamed Djeha Mimo Ofast Marseille Le Monde fly-.,'’\n ÉÀ")) ,
               max_size=300) | st.text(max_size=300))
@settings(max_examples=300)
def test_mention_matcher_never_crashes_and_finds_whole_names(text):
    matcher = MentionMatcher({name_key(n): (n, f"e{i}") for i, n in enumerate(NAMES)})
    keys = {name_key(n): f"e{i}" for i, n in enumerate(NAMES)}
    assert len(fold(text)) == len(text)
    for match in matcher.find(text):
        assert 0 <= match.start < match.end <= len(text)
        assert keys[" ".join(fold(text[match.start:match.end]).split())] == match.entity_id
        assert match.start == 0 or not text[match.start - 1].isalnum()
        assert match.end == len(text) or not text[match.end].isalnum()


SCHEME_PIECES = st.sampled_from(["java", "script", "vb", "data", ":", "&#58;", "&colon;", "&#x3A;", "\t", "\n",
                                 " ", "&#x6A;", "JaVa", "ScRiPt", "%3A", "alert(1)", "http", "s", "//x"])


@given(st.lists(SCHEME_PIECES, min_size=1, max_size=8).map("".join))
@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
def test_sanitised_markdown_never_holds_an_executable_url(renderer_factory, url):
    renderer = renderer_factory()
    html = renderer.render(f"[a]({url}) [b][r] ![c]({url}) <{url}>\n\n[r]: {url}\n").html
    for value in re.findall(r'(?:href|src)="([^"]*)"', html):
        assert is_safe_url(value), (url, value)
        assert not re.match(r"\s*(javascript|vbscript|data):", value, re.I)
