"""A clipping copied from the tool it was read in: a read-later app's copy and a feed reader's raw item. The tool's
chrome (its menu, its keyboard hints, its offer of a paid tier, its link back to the list, the day the item was saved)
names and dates nothing; the labelled record the tool keeps of the item ('Site:', 'Author:', 'Source:', 'Title:',
'pubDate:', 'link:', 'dc:creator:') states the article's own fields, and a field it marks unknown ('Published: —') is
asked, not guessed. A consent banner's buttons are no masthead, whatever language or languages they speak. Cases in
my own words."""
import yaml
from hypothesis import given, strategies as st

from generator.cli import main
from generator.importer import parse_clipping
from generator.importer.lines import units_of
from generator.importer.viewers import tool_record

HEADLINE = "Harbour library to close on Mondays as the council trims its hours"
PARAGRAPHS = ["The harbour library will close all day on Mondays from June, and its late opening on Thursdays will end, "
              "under a timetable the council approved on Tuesday evening.",
              "The change saves about 90,000 pounds a year, officers said, and was among the last of the savings the "
              "council had to settle before setting its budget.",
              "The mobile library will add a stop at the two hill villages every other week to make up for part of "
              "the lost hours, the council's community services manager told the meeting."]

READ_LATER = ["Pagekeep", "Home", "Library", "Later", "Archive", "Feeds", "Highlights", "Search (/)",
              "Upgrade to Pagekeep Plus", "", "← Back to Library", "The Harbour Gazette", HEADLINE,
              "Ann Lowe · harbourgazette.example · 5 min read", "Saved 3 Apr 2024", "Archive", "Share", "",
              *PARAGRAPHS, "", "Info", "Source: https://harbourgazette.example/news/library-mondays",
              "Site: The Harbour Gazette", "Author: Ann Lowe", "Published: —", "Saved: 3 April 2024, 9:12 pm",
              "Words: 612", "", "Keyboard shortcuts: j/k next/previous · ? help"]


def test_a_read_later_copy_names_the_outlet_and_writer_its_record_gives_and_asks_the_day_it_does_not():
    clip = parse_clipping("\n".join(READ_LATER))
    assert clip.title == HEADLINE
    assert clip.outlet == "The Harbour Gazette" and clip.authors == ["Ann Lowe"]
    assert clip.url == "https://harbourgazette.example/news/library-mondays"
    assert clip.published is None and any(item.startswith("published:") for item in clip.review)
    assert "Upgrade to" not in clip.text and "Saved" not in clip.text and "Search (/)" not in clip.text


def test_the_day_an_app_saved_the_item_is_not_its_publication_day():
    lines = [line for line in READ_LATER if not line.startswith(("Published:", "Saved:", "Info", "Source:", "Site:",
                                                                  "Author:", "Words:"))]
    clip = parse_clipping("\n".join(lines))
    assert clip.published is None
    assert clip.outlet == "The Harbour Gazette"


FEED_ITEM = ["Feedwise", "Search your feeds", "+ Add feed", "Today", "Unread", "214", "Saved", "37", "Feeds",
             "The Harbour Gazette — Local News", "12", "Saved items", "Saved 14 Oct 2025, 21:03",
             "Open original", "Mark as unread", "Remove from saved", "Share",
             "Feed: The Harbour Gazette — Local News", "https://harbourgazette.example/feed/",
             f"Title: {HEADLINE}", "pubDate: Tue, 14 Oct 2025 07:45:00 +1300",
             "link: https://harbourgazette.example/2025/10/14/library-mondays/",
             "dc:creator: Ann Lowe", "category: Local News; Libraries", "", *PARAGRAPHS]


def test_a_feed_readers_raw_item_is_read_from_its_fields(tmp_path, capsys):
    """End to end: the article written into the dossier carries what the item's fields state."""
    root = tmp_path / "dossier"
    (root / "articles").mkdir(parents=True)
    (root / "dossier.yaml").write_text("title: Test\n", encoding="utf-8")
    clipping = tmp_path / "item.txt"
    clipping.write_text("\n".join(FEED_ITEM), encoding="utf-8")
    assert main(["import", str(clipping), "--into", str(root)]) == 0
    [article] = (root / "articles").glob("*.md")
    meta = yaml.safe_load(article.read_text(encoding="utf-8").split("---")[1])
    assert meta["title"] == HEADLINE and meta["outlet"] == "The Harbour Gazette"
    assert meta["published"] == "2025-10-14T07:45" and meta["authors"] == ["Ann Lowe"]
    assert meta["url"] == "https://harbourgazette.example/2025/10/14/library-mondays/"
    body = article.read_text(encoding="utf-8").split("---", 2)[2]
    assert PARAGRAPHS[0] in body and "Remove from saved" not in body and "pubDate" not in body
    assert "Title:" not in body and body.strip().startswith(PARAGRAPHS[0][:40])


def test_labelled_lines_of_a_form_are_no_tools_record():
    """'Meeting:', 'Report of:', 'Date:' over a report name no outlet and give no address."""
    units = units_of("\n".join(["Meeting: Community services committee", "Report of: Head of libraries",
                                "Date: 14 October 2025", "Title: Library opening hours", "", *PARAGRAPHS]))
    assert tool_record(units) == {}


LABELS = {"title": f"Title: {HEADLINE}", "published": "pubDate: Tue, 14 Oct 2025 07:45:00 +1300",
          "url": "link: https://harbourgazette.example/2025/10/14/library-mondays/", "authors": "dc:creator: Ann Lowe",
          "outlet": "Feed: The Harbour Gazette — Local News"}
TOOL = ["category: Local News", "Tags: coast, briefing", "Words: 612", "Saved: 3 April 2024, 9:12 pm"]


@given(st.permutations(list(LABELS)), st.integers(2, 5), st.lists(st.sampled_from(TOOL), max_size=3, unique=True))
def test_any_two_of_the_articles_fields_in_a_labelled_run_are_read_whatever_their_order(order, count, extra):
    fields = order[:count]
    lines = [LABELS[field] for field in fields] + extra
    if len(lines) < 3:
        lines.append("Tags: coast, briefing")
    record = tool_record(units_of("\n".join(["Feedwise", *lines, "", *PARAGRAPHS])))
    assert set(record) == set(fields)
    expected = {"title": HEADLINE, "published": "2025-10-14T07:45", "authors": "Ann Lowe", "outlet": "The Harbour Gazette",
                "url": "https://harbourgazette.example/2025/10/14/library-mondays/"}
    assert all(record[field][0] == expected[field] for field in fields)


def _with_banner(banner: list[str]) -> str:
    return "\n".join([*banner, "The Harbour Gazette", "News", "Sport", "Opinion", "Local", "", HEADLINE, "By Ann Lowe",
                      "14 October 2025", "", *PARAGRAPHS])


def test_a_consent_banners_settings_button_is_no_masthead():
    clip = parse_clipping(_with_banner(["We value your privacy", "With your consent, we and our 184 partners use cookies "
                                        "to store and access personal data on your device.", "Accept and close",
                                        "Continue without accepting", "Settings"]))
    assert clip.outlet == "The Harbour Gazette"


def test_a_pay_or_consent_walls_reject_and_subscribe_button_is_no_masthead():
    clip = parse_clipping(_with_banner(["Utilizamos cookies propias y de terceros para mostrarte publicidad "
                                        "personalizada. Puedes aceptarlas o rechazarlas y suscribirte.", "ACEPTAR",
                                        "RECHAZAR Y SUSCRIBIRSE", "Más información"]))
    assert clip.outlet == "The Harbour Gazette"


def test_a_bilingual_banners_buttons_are_no_masthead():
    clip = parse_clipping(_with_banner(["Ce site utilise des cookies. / Diese Website verwendet Cookies.",
                                        "J’accepte / Ich stimme zu", "Je refuse / Ich lehne ab"]))
    assert clip.outlet == "The Harbour Gazette"


def test_a_logo_in_small_letters_is_named_as_the_pages_imprint_spells_it():
    text = "\n".join(["l'écho du hoyoux", "Huy · Modave · Marchin", "Accueil", "Régions", "Sport local", "Agenda", "",
                      "Modave : la carrière de Pont-de-Bonne soumise à enquête publique", "Sébastien Gillard",
                      "12 mars 2025", "", "Le carrier demande à exploiter vingt-trois hectares de plus sur le plateau, au "
                      "nord de la vallée du Hoyoux, et les riverains s'inquiètent de la poussière.",
                      "L'enquête publique court jusqu'au 4 avril, et les remarques se déposent à la maison communale.",
                      "", "L'Écho du Hoyoux – hebdomadaire régional"])
    assert parse_clipping(text).outlet == "L'Écho du Hoyoux"


def test_a_feed_readers_item_view_with_its_feeds_counts_names_the_feed_over_its_buttons():
    lines = ["Feedwell", "Add feed", "Search your feeds", "Dashboard", "Unread", "Starred", "Read later", "Feeds",
             "Local news (14)", "The Harbour Gazette (6)", "Coast Ledger (3)", "Weather & alerts (5)",
             "The Harbour Gazette", "Mark all as read", HEADLINE, "The Harbour Gazette", "by Ann Lowe",
             "Thu, 17 Jul 2025 06:30", "Visit website", "Mark as read", "Star", "Read later", "Share", *PARAGRAPHS]
    clip = parse_clipping("\n".join(lines))
    assert (clip.title, clip.outlet, clip.authors) == (HEADLINE, "The Harbour Gazette", ["Ann Lowe"])
    assert clip.published == "2025-07-17T06:30"
