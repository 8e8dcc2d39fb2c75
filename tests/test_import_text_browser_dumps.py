"""A page dumped by a text browser (`lynx -dump`): its links numbered where they stood and listed under 'References'.
The numbers and the list are the browser's; the page is read without them, at the address its other links are made
from; a footnoted article, whose notes are text, is no dump. Cases in my own words."""
from hypothesis import given, settings, strategies as st

from generator.importer import read_clipping
from generator.importer.dumps import text_browser_dump

SITE = "https://www.lakeshore-weekly.example"
ARTICLE = f"{SITE}/2025/10/08/ferry-dock-repairs/"
TEXT = ["The ferry dock at Willow Point will close for three weeks from Monday while crews replace its rotten pilings, "
        "the county said, and the ferry will run from the marina\n   on the other side of the bay instead.",
        "“We looked at doing it in the spring, but the pilings would not have lasted,” the county’s harbour manager "
        "said.\n   “Better three weeks of detours now than a dock in the water in April.”",
        "The work will cost about $410,000, most of it from a provincial fund for small\n   harbours, and the county "
        "expects the dock to reopen before the first snow."]


def dump(references: list[str] | None = None) -> str:
    lines = ["   #[1]Lakeshore Weekly » Feed [2]alternate", "", "   [3]Skip to content", "", "   [4]Lakeshore Weekly", "",
             "     * [5]News", "     * [6]Sports", "",
             "Ferry dock to close for three weeks of repairs", "",
             "   Posted on [7]October 8, 2025 by [8]Hanna Lindqvist", "",
             "   [9]The ferry dock at Willow Point, seen from the marina.", ""]
    for paragraph in TEXT:
        lines += ["   " + paragraph.replace("\n   ", "\n   "), ""]
    lines += ["   Share this:", "", "     * [10]Facebook", "     * [11]Email", "", "References", ""]
    references = references or [f"{SITE}/feed/", f"{SITE}/wp-json/oembed/1.0/embed?url=" + ARTICLE.replace(":", "%3A").replace("/", "%2F"),
                                f"{ARTICLE}#content", f"{SITE}/", f"{SITE}/category/news/", f"{SITE}/category/sports/", ARTICLE,
                                f"{SITE}/author/hlindqvist/", f"{SITE}/wp-content/uploads/2025/10/dock.jpg",
                                f"{ARTICLE}?share=facebook", f"{ARTICLE}?share=email"]
    lines += [f"  {number:2}. {address}" for number, address in enumerate(references, 1)]
    return "\n".join(lines) + "\n"


def test_a_dump_is_read_without_the_browsers_numbers_at_the_address_its_links_are_made_from():
    clip = read_clipping(dump().encode(), ".txt")
    assert clip.title == "Ferry dock to close for three weeks of repairs"
    assert clip.outlet == "Lakeshore Weekly" and clip.authors == ["Hanna Lindqvist"] and clip.published == "2025-10-08"
    assert clip.url == ARTICLE and not any(item.startswith("url:") for item in clip.review)
    assert len(clip.body) == 3 and clip.body[0].startswith("The ferry dock at Willow Point will close")
    assert "the marina on the other side of the bay" in clip.body[0]   # (the browser's line breaks joined)
    assert not any("[" in block or "seen from the marina" in block or "Share this" in block or "http" in block
                   for block in clip.body)   # (no numbers, no picture's alt text, no sharing links, no list)


def test_footnotes_listed_as_text_are_no_dump():
    text = ("The survey counted 412 boats [1] and 38 moorings.\n\nIts authors [2] say the count is low [3].\n\n"
            "References\n\n 1. Harbour survey, 2024, p. 12.\n 2. Lindqvist and Roe.\n 3. See the annex.\n")
    assert text_browser_dump(text) is None


def test_a_list_of_addresses_no_number_in_the_text_points_to_is_no_dump():
    text = dump().replace("[9]", "[99]")
    assert text_browser_dump(text) is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="[]#"), min_size=1, max_size=40),
                min_size=1, max_size=6))
def test_a_dump_keeps_every_word_of_the_page_but_the_browsers_numbers(words):
    numbered, paragraphs = 0, []
    for word in words:
        parts = []
        for position, part in enumerate(word.split() or ["x"]):
            if position % 2 == 0:
                numbered += 1
                part = f"[{numbered}]{part}"
            parts.append(part)
        paragraphs.append(" ".join(parts))
    if numbered < 3:
        return
    page = "\n\n".join("   " + paragraph for paragraph in paragraphs)
    text = page + "\n\nReferences\n\n" + "\n".join(f"  {n}. https://x.example/{n}" for n in range(1, numbered + 1)) + "\n"
    found = text_browser_dump(text)
    assert found is not None
    kept = found.text.split()
    assert kept == [part for word in words for part in (word.split() or ["x"])]
