"""The import corpus's scorer: a faithful article scores right on every field, a wrong one is caught."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, strategies as st

from tests.import_corpus import (compare, load_cases, page_anchors, paragraph_count, source_kind, split_article,
                                 subheadings)

CASES = [case for case in load_cases(Path(__file__).parent / "fixtures" / "import")
         if not case.expected.get("refuse")]


def faithful_article(expected: dict) -> str:
    """The article a perfect importer would write for `expected`: front matter and body."""
    meta = {key: expected[key] for key in ("title", "outlet", "published", "url", "language", "access")
            if expected.get(key) is not None}
    if source_kind(expected) != "news":
        meta["kind"] = source_kind(expected)
    meta["authors"] = expected["authors"]
    meta["credits"] = expected["credits"]
    meta["review"] = [f"{name}: not stated in the clipping" for name in expected["review"]]
    if "syndicated" in expected:
        meta["syndicated"] = [{k: v for k, v in expected["syndicated"].items() if v is not None}]
    heads = list(expected.get("subheadings") or [])   # (a part may leave out an empty list)
    phrases = [p for p in expected["body_includes"] if p not in heads]
    paragraphs = [phrases[i] if i < len(phrases) else f"Filler paragraph {i}." for i in range(expected["paragraphs"])]
    paragraphs[-1] += " " + " ".join(phrases[len(paragraphs):])
    blocks = [f"## {head}" for head in heads] + paragraphs
    pages = expected.get("pages", 0)
    blocks = [f'<a id="page-{n}"></a>' for n in range(1, pages + 1)] + blocks
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_faithful_article_scores_right_on_every_field(case):
    meta, body = split_article(faithful_article(case.expected))
    wrong = [str(result) for result in compare(case.expected, meta, body) if not result.ok]
    assert not wrong


def _scores(expected: dict, article: str) -> dict[str, bool]:
    meta, body = split_article(article)
    return {result.name: result.ok for result in compare(expected, meta, body)}


def test_each_kind_of_mistake_fails_its_own_field():
    case = next(c for c in CASES if c.name == "en-harbour-navbar")
    good = faithful_article(case.expected)
    mistakes = {
        "title": good.replace("title: Ferry operator cuts winter crossings as fuel bills climb", "title: Home News Sport"),
        "outlet": good.replace("review:", "outlet: Published\nreview:", 1),
        "published": good.replace("2024-05-12T08:15", "2024-05-12"),
        "authors": good.replace("- Devan Osei", "- Devan Osei\n- Photo: Ken Adair"),
        "credits": good.replace("- 'Photo: Ken Adair'", "- Ken Adair"),
        "review": good.replace("- 'url: not stated in the clipping'\n", ""),
        "body_excludes": good.replace("Filler paragraph 6.", "Related articles Island school to share head teacher"),
        "paragraphs": good.replace("\n\nFiller paragraph 5.", " Filler paragraph 5."),
        "access": good.replace("access: full", "access: partial"),
        "kind": good.replace("access: full", "access: full\nkind: opinion"),
    }
    for field, article in mistakes.items():
        assert article != good, field
        scores = _scores(case.expected, article)
        assert not scores[field], field
        assert all(ok for name, ok in scores.items() if name != field), (field, scores)


def test_kind_is_news_when_absent_and_the_input_kind_is_not_the_articles():
    assert source_kind({"kind": "text"}) == "news" and source_kind({}) == "news"
    assert source_kind({"input": "pdf", "kind": "court-record"}) == "court-record"
    assert source_kind({"kind": "html", "source_kind": "wire"}) == "wire"
    expected = {"kind": "press-release", "review": [], "authors": [], "credits": []}
    assert _scores(expected, "---\nkind: press-release\n---\n")["kind"]
    assert not _scores(expected, "---\n---\n")["kind"]
    assert not _scores({"review": [], "authors": [], "credits": []}, "---\nkind: opinion\n---\n")["kind"]


def test_kind_left_to_review_is_said_not_known_never_right():
    """`kind` absent and named in review: the importer says it does not know, whatever the expected kind; written
    beside a review item, the value is judged as written."""
    from tests.import_eval import abstentions
    asked = "---\nreview:\n- 'kind: not stated'\n---\n"
    for kind in ("news", "document"):
        expected = {"kind": kind, "review": [], "authors": [], "credits": []}
        results = compare(expected, *split_article(asked))
        assert not next(r for r in results if r.name == "kind").ok
        said, wrong = abstentions(results)
        assert {"kind", "review"} <= said and not {"kind", "review"} & wrong
    written = compare({"review": [], "authors": [], "credits": []},
                      *split_article("---\nkind: document\nreview:\n- 'kind: not stated'\n---\n"))
    assert "kind" in abstentions(written)[1]


def test_date_precision_and_offsets():
    expected = {"published": "2024-06", "review": [], "authors": [], "credits": []}
    assert _scores(expected, "---\npublished: 2024-06-11\n---\n")["published"]
    assert not _scores(expected, "---\npublished: '2024'\n---\n")["published"]
    expected["published"] = "2024-05-12T08:15"
    assert _scores(expected, "---\npublished: '2024-05-12T08:15+02:00'\n---\n")["published"]
    assert _scores(expected, "---\npublished: 2024-05-12 08:15:00\n---\n")["published"]
    assert not _scores(expected, "---\npublished: 2024-05-12\n---\n")["published"]


def test_missing_headline_may_have_a_provisional_title_in_review():
    expected = {"title": None, "review": ["title"], "authors": [], "credits": []}
    assert _scores(expected, "---\ntitle: 'Nobody in Wendlow…'\nreview: ['title: provisional, from the opening words']\n---\n")["title"]
    assert not _scores(expected, "---\ntitle: 'Nobody in Wendlow'\n---\n")["title"]


def test_subheadings_in_order_one_for_one():
    expected = {"subheadings": ["Result declared", "Welcome"], "review": [], "authors": [], "credits": []}
    assert _scores(expected, "---\n---\n### 04:20 Result declared\n\nText.\n\n### 22:04 Welcome\n\nText.\n")["subheadings"]
    assert not _scores(expected, "---\n---\n## Welcome\n\n## Result declared\n")["subheadings"]
    assert not _scores(expected, "---\n---\n## Result declared\n\nWelcome\n")["subheadings"]


def test_page_anchors_count_and_are_not_paragraphs():
    body = '<a id="page-1"></a>\n\nFirst.\n\n<a id="page-2"></a>\nSecond.\n\n## Heading\n\nThird.\n'
    assert page_anchors(body) == 2
    assert paragraph_count(body) == 3
    assert subheadings(body) == ["Heading"]


PARAGRAPH = st.text(alphabet="abc xyz.,", min_size=1, max_size=40).map(str.strip).filter(bool)


@given(st.lists(PARAGRAPH, min_size=1, max_size=8),
       st.lists(st.sampled_from(["\n\n", "\n\n\n", "\n \n", "\r\n\r\n", "\n\t\n\n"]), min_size=8, max_size=8))
def test_paragraphs_are_counted_whatever_the_blank_lines(paragraphs, gaps):
    body = "".join(p + gap for p, gap in zip(paragraphs, gaps))
    assert paragraph_count(body) == len(paragraphs)


def test_markdown_escapes_are_the_text_they_escape():
    expected = {"body_includes": ["1. This is a claim (first)"], "body_excludes": ["*Advertisement*"],
                "review": [], "authors": [], "credits": []}
    scores = _scores(expected, "---\n---\n1\\. This is a claim \\(first)\n\n\\*Advertisement\\*\n")
    assert scores["body_includes"]
    assert not scores["body_excludes"]
