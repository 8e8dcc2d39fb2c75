"""A web clipper's front matter, and the banners and boxes around a page's article.

A note-taking app's web clipper writes the page as Markdown under a YAML block ('title:', 'source:', 'author:' as a list
of '[[links]]', 'published:', 'tags:'): before, the block's 'title: "…"' line was taken for the headline and the whole
Markdown text under it went as trailing material. The block is read as the tool's record of the item (never following
an alias, never a mapping that states nothing of the article). Around a page's article: a static site's zero date
('0001-01-01T00:00:00Z') states no date; a consent dialog asking for consent ('Wir benötigen Ihre Zustimmung' … 'Nur
notwendige') and an accessibility toolbar's name over its controls are chrome, not the outlet; a gift link's banner is
no headline, and comments kept for subscribers are no paywall; a right of reply headed by its own label twice is titled
so, a statement; a press release's picture offered for download under it with its caption is credited; a broadcaster's
'(Tamar FM: Sam Pickett)' stays a credit when Sam Pickett also wrote the story; an aggregator's source line with a
paper's name ('Erzgebirgische Rundschau · 11.03.2025') dates the original. Cases in my own words."""
import json

from hypothesis import given, settings, strategies as st

from generator.importer import parse_clipping
from generator.importer.html import read_html
from generator.importer.viewers import front_matter_record

PARAGRAPHS = [
    "The parish council in Wray voted on Monday to buy the old chapel schoolroom for use as a village hall, after a "
    "two-year search for a building with level access and a kitchen.",
    "The purchase will be paid for with a community grant and a loan from the district council, repaid from hall lettings "
    "over fifteen years, the clerk told the meeting.",
    "Residents who spoke at the meeting welcomed the decision but asked that the building's old organ be kept in place.",
]
CLIPPED = "\n".join([
    "---", 'title: "Wray council buys chapel schoolroom for a village hall"',
    'source: "https://www.lunesdale-echo.example/news/2026/03/wray-hall"', "author:", '  - "[[Bethan Cowper]]"',
    "published: 2026-03-04", "created: 2026-03-06", 'description: "The parish council will borrow to buy the building."',
    "tags:", '  - "clippings"', '  - "village-halls"', "---",
    "![The chapel schoolroom on Main Street](https://www.lunesdale-echo.example/img/wray.jpg)", "",
    "*The chapel schoolroom has stood empty since 2019. (Photo: Alan Birkett)*", "",
    PARAGRAPHS[0], "", PARAGRAPHS[1], "", "## An organ to keep", "", PARAGRAPHS[2], ""])


def test_a_web_clippers_front_matter_is_its_record_of_the_article():
    clip = parse_clipping(CLIPPED)
    assert clip.title == "Wray council buys chapel schoolroom for a village hall"
    assert clip.url == "https://www.lunesdale-echo.example/news/2026/03/wray-hall"
    assert clip.authors == ["Bethan Cowper"]
    assert clip.published == "2026-03-04"
    assert clip.credits == ["Photo: Alan Birkett"]
    assert clip.body[0] == PARAGRAPHS[0]
    assert "## An organ to keep" in clip.body and clip.body[-1] == PARAGRAPHS[2]
    assert not any("clippings" in block or "title:" in block or "2026-03-06" in block for block in clip.body)


def test_a_block_with_an_alias_or_stating_nothing_of_the_article_is_no_record():
    bomb = "---\na: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\ntitle: Wray\nsource: https://x.example/\n---\nText.\n"
    assert front_matter_record(bomb) is None
    assert front_matter_record("---\nlayout: post\ncomments: true\n---\nText.\n") is None
    assert front_matter_record("---\ntitle: [unclosed\nsource: x\n---\nText.\n") is None
    assert front_matter_record("Title: no block here\n---\n") is None


_VALUE = st.text(st.characters(codec="utf-8", categories=("L", "N", "Zs", "P", "S")), max_size=80)
_WORD = st.text("abcdefghijklmnopqrstuvwxyzäöüéèêàçñíóúãõ", min_size=2, max_size=9)   # (the dossier's languages)
_HEADLINE = st.lists(_WORD, min_size=4, max_size=9).map(lambda words: " ".join(words).capitalize())
_NAME = st.tuples(_WORD, _WORD).map(lambda pair: f"{pair[0].capitalize()} {pair[1].capitalize()}")


@settings(max_examples=100, deadline=None)
@given(title=_HEADLINE, author=_NAME, tags=st.lists(_VALUE, max_size=3))
def test_a_clippers_record_states_the_headline_and_writer_it_holds(title, author, tags):
    block = {"title": title, "source": "https://www.lunesdale-echo.example/news/a", "author": [f"[[{author}]]"],
             "tags": tags}
    clip = parse_clipping("---\n" + json.dumps(block, ensure_ascii=False) + "\n---\n\n" + "\n\n".join(PARAGRAPHS) + "\n")
    assert clip.title == title
    assert clip.url == block["source"]
    assert clip.body[-1] == PARAGRAPHS[-1] and len(clip.body) == len(PARAGRAPHS)


@settings(max_examples=150, deadline=None)
@given(block=st.dictionaries(st.sampled_from(["title", "author", "source", "published", "tags", "site", "x"]),
                             st.one_of(_VALUE, st.lists(_VALUE, max_size=3), st.integers(), st.none())))
def test_any_front_matter_reads_without_error_and_leaks_no_field_into_the_text(block):
    clip = parse_clipping("---\n" + json.dumps(block, ensure_ascii=False) + "\n---\n\n" + "\n\n".join(PARAGRAPHS) + "\n")
    assert clip.body[-1] == PARAGRAPHS[-1]
    assert not any(block.startswith(("Title:", "Tags:", "Source:", "Author:", "---", "{")) for block in clip.body)


def test_a_static_sites_zero_date_states_no_date():
    data = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Acequias run again above Pitres",
            "datePublished": "0001-01-01T00:00:00Z", "dateModified": "0001-01-01T00:00:00Z"}
    page = (f"<html><head><title>Acequias run again above Pitres</title><script type='application/ld+json'>"
            f"{json.dumps(data)}</script></head><body><main><h1>Acequias run again above Pitres</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</main></body></html>")
    clip = read_html(page)
    assert clip.published is None
    assert any(item.startswith("published:") for item in clip.review)


GERMAN_TEXT = [
    "Der Jugendtreff im ehemaligen Vereinsheim schließt zum Jahresende, weil die Gemeinde den Mietvertrag nicht "
    "verlängert und kein anderer Raum gefunden wurde.",
    "Rund dreißig Jugendliche kamen zuletzt regelmäßig, vor allem an den Freitagabenden, sagt die Betreuerin.",
]


def test_a_dialog_asking_for_consent_and_its_necessary_only_button_are_chrome():
    lines = ["Wir benötigen Ihre Zustimmung",
             "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
             "Alle akzeptieren", "Nur notwendige", "Einstellungen", "Seewinkel Blick", "Lokales", "Sport",
             "Jugendtreff in Übersee schließt zum Jahresende", "Veröffentlicht: 02.10.2024", "Von Jana Pichler", "",
             *GERMAN_TEXT]
    clip = parse_clipping("\n".join(lines))
    assert clip.outlet == "Seewinkel Blick"
    assert clip.title == "Jugendtreff in Übersee schließt zum Jahresende"
    assert not any("Zustimmung" in block or "notwendige" in block for block in clip.body)


def test_an_accessibility_toolbars_name_is_chrome_but_a_notices_accessibility_section_is_kept():
    lines = ["Zum Inhalt springen", "Barrierefreiheit", "Schriftgröße", "A", "A+", "A++", "Kontrast", "",
             "Gesundheitsverband Gailtal", "Startseite", "Aktuelles", "", "Presseaussendung", "07.05.2025", "",
             "Zwei Hausarztpraxen im Gailtal arbeiten ab Juli als Netzwerk zusammen", "", *GERMAN_TEXT]
    clip = parse_clipping("\n".join(lines))
    assert clip.outlet == "Gesundheitsverband Gailtal"
    notice = ["Skip to content", "Northfell Railway", "Travel updates > Service notices", "",
              "Buses replace trains between Lanbury and Castleford this weekend", "",
              "Network Rail is replacing two sets of points at Castleford Junction, so no trains will run between "
              "Lanbury and Castleford all weekend.", "", "Accessibility", "",
              "All replacement buses are low-floor vehicles with a wheelchair space, and staff will help with luggage."]
    assert "## Accessibility" in parse_clipping("\n".join(notice)).body


def test_a_gift_links_banner_is_no_headline_and_comments_for_subscribers_are_no_paywall():
    lines = ["Skip to main content", "THE LINDIS HERALD", "Subscribe", "Log in",
             "🎁 Gifted to you by Hamish R., a Lindis Herald subscriber",
             "You can read this article in full for free. Gift links expire seven days after they are shared.",
             "News", "Rural", "Licensing committee refuses bar for Omakau music festival", "Sophie Tamatea",
             "Wednesday, 20 March 2024", *PARAGRAPHS,
             "Comments are available to subscribers only. Log in or subscribe to join the conversation.",
             "Related stories", "Blossom festival confirms new parade route"]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Licensing committee refuses bar for Omakau music festival"
    assert clip.access == "full"


def test_a_right_of_reply_headed_by_its_label_twice_is_titled_so_and_is_a_statement():
    lines = ["Rothaar-Post", "Die Zeitung für das Hochsauerland", "Lokales", "Schmallenberg", "",
             "Gegendarstellung", "Gegendarstellung", "12.03.2025, 05:00 Uhr", "",
             "In der Ausgabe vom 28. Februar 2025 haben Sie über eine Prüfung unserer Einrichtung berichtet. Hierzu "
             "stelle ich fest:", "",
             "1. Sie schreiben, die Heimaufsicht habe gravierende Mängel festgestellt. Das ist unzutreffend, der "
             "Prüfbericht enthält einen Hinweis zur Dokumentation, aber keinen Mangel.", "",
             "2. Sie schreiben weiter, die Einrichtung habe seit Monaten zu wenig Fachkräfte im Nachtdienst eingesetzt. "
             "Auch das trifft nicht zu.", "",
             "Schmallenberg, den 4. März 2025", "Dr. Renate Wiethoff", "",
             "Anmerkung der Redaktion: Nach dem Landespressegesetz sind wir verpflichtet, eine Gegendarstellung "
             "unabhängig von ihrem Wahrheitsgehalt abzudrucken. Die Redaktion bleibt bei ihrer Darstellung."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Gegendarstellung"
    assert clip.kind == "statement"


def test_a_press_releases_picture_offered_for_download_under_it_is_credited():
    lines = ["Gesundheitsverband Gailtal", "Presseaussendung", "07.05.2025", "",
             "Zwei Hausarztpraxen im Gailtal arbeiten ab Juli als Netzwerk zusammen", "", *GERMAN_TEXT, "",
             "Rückfragehinweis", "Mag. Veronika Unterluggauer", "presse@gv-gailtal.example", "", "Downloads",
             "Pressefoto: Unterzeichnung (JPG, 2,4 MB)",
             "Bildtext: Die Ärztinnen und Ärzte bei der Vertragsunterzeichnung. Foto: GV Gailtal/Kofler",
             "Abdruck honorarfrei bei Nennung des Fotografen"]
    assert "Foto: GV Gailtal/Kofler" in parse_clipping("\n".join(lines)).credits


def test_a_broadcasters_credit_naming_its_writer_stays_a_credit():
    lines = ["Skip to content", "Tamar FM", "News", "Sport", "",
             "Invermay levee to be raised by half a metre", "", "By Sam Pickett", "Tamar FM Newsroom",
             "Posted Tue 11 Mar 2025 at 6:10am", "",
             "Image: The levee along the North Esk River was last raised more than a decade ago. (Tamar FM: Sam Pickett)",
             "", *PARAGRAPHS]
    clip = parse_clipping("\n".join(lines))
    assert clip.authors == ["Sam Pickett"]
    assert clip.credits == ["Tamar FM: Sam Pickett"]


def test_an_aggregators_source_line_with_a_papers_name_dates_the_original():
    lines = ["newsline Sachsen", "Nachrichten aus Ihrer Region – automatisch zusammengestellt aus über 60 Quellen",
             "Startseite", "Erzgebirge", "", "Rußrindenkrankheit: Im Erzgebirge müssen Tausende Bergahorne gefällt werden",
             "", "Erzgebirgische Rundschau · 11.03.2025", "Von Falk Reinhold", "Bei newsline seit 11.03.2025, 14:20 Uhr", "",
             *GERMAN_TEXT, "", "Den vollständigen Artikel lesen Sie bei Erzgebirgische Rundschau."]
    clip = parse_clipping("\n".join(lines))
    assert clip.outlet == "Erzgebirgische Rundschau"
    assert clip.published == "2025-03-11"
    assert clip.authors == ["Falk Reinhold"]
    assert clip.reproduced_by.outlet == "newsline Sachsen" and clip.reproduced_by.published == "2025-03-11T14:20"
