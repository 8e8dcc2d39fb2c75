"""A note saying where a reproduced article first appeared credits the original, whatever it says around the outlet's
name: the original's language or date before it, the edition's date after it, a long note about this very article
wherever it stands, a link to the original's home page (no article's address). A teaser that sends the reader to the
rest, or a wall that asks them to sign up to go on reading, is partial. Cases in my own words."""
import pytest
from hypothesis import given, strategies as st

from generator.importer import parse_clipping, read_clipping

HEADLINE = "Harbour basin to be dredged after two boats run aground"
PARAGRAPHS = ["The harbour board agreed on Monday to dredge the inner basin before the summer season, after two fishing "
              "boats ran aground at low tide in the space of a single week in March.",
              "Skippers had warned for years that silt was building up along the quay, and the board's own survey found "
              "the channel a metre shallower than the charts show.",
              "The work will cost about 240,000 euros and should take six weeks, the board's chair said."]


def _reproduced(note: str, after: list[str] = ()) -> str:
    return "\n\n".join(["Coastal Wire", "Regional news from the partner papers", HEADLINE, "By Ana Lopes",
                        "5 March 2026", *PARAGRAPHS, note, *after])


@pytest.mark.parametrize("note, outlet, date", [
    # (the original's language before its name)
    ("This article was first published in German in the Hafen-Anzeiger on 14 February 2026 under the title "
     "„Hafenbecken wird ausgebaggert“. It is translated and republished with permission.", "Hafen-Anzeiger", "2026-02-14"),
    # (its date before its name)
    ("This story was originally published on 3 March 2026 by The Bay Courier.", "The Bay Courier", "2026-03-03"),
])
def test_the_credited_original_is_the_outlet(note, outlet, date):
    clip = parse_clipping(_reproduced(note))
    assert (clip.outlet, clip.published) == (outlet, date)
    assert clip.reproduced_by and clip.reproduced_by.outlet == "Coastal Wire"
    assert "first published" not in clip.text and "originally published" not in clip.text


def test_a_long_note_about_this_article_credits_the_original_with_prose_under_it():
    """A note of forty words, a donation appeal under it: still the credit of the original, not a paragraph."""
    note = ("This story was originally published by The Bay Courier on March 3, 2026, and is republished here through "
            "the Coastal News Sharing Network. The Bay Courier is a nonprofit newsroom covering the harbour towns and the "
            "islands of the bay.")
    appeal = ["Support independent coastal journalism", "Coastal Wire is free to read and funded by its readers. Become a "
              "supporter from three euros a month and keep local reporting going."]
    clip = parse_clipping(_reproduced(note, appeal))
    assert (clip.outlet, clip.published) == ("The Bay Courier", "2026-03-03")
    assert "republished here" not in clip.text


@pytest.mark.parametrize("note, outlet", [
    ("Cet article est initialement paru dans La Gazette du Port du 9 avril 2026. Il est reproduit ici avec l'aimable "
     "autorisation de la rédaction.", "La Gazette du Port"),
    ("Questo articolo è stato pubblicato per la prima volta il 9 aprile 2026 da Il Faro della Baia ed è ripubblicato "
     "secondo i termini della licenza Creative Commons.", "Il Faro della Baia"),
])
def test_an_edition_s_date_beside_the_name_is_not_part_of_it(note, outlet):
    clip = parse_clipping(_reproduced(note))
    assert (clip.outlet, clip.published) == (outlet, "2026-04-09")


def test_a_link_to_the_original_s_home_page_is_not_the_article_s_address():
    page = ("<!DOCTYPE html><html lang='fr'><head><title>Le bassin du port sera dragué | Côte Infos</title>"
            "<meta property='og:site_name' content='Côte Infos'>"
            "<link rel='canonical' href='https://www.coteinfos.example/2026/04/11/bassin-drague/'></head><body><article>"
            "<h1>Le bassin du port sera dragué</h1><p>Par Ana Lopes</p>"
            "<p>Le conseil portuaire a décidé lundi de draguer le bassin intérieur avant la saison d'été, après que deux "
            "bateaux de pêche se sont échoués à marée basse la même semaine.</p>"
            "<p>Les patrons pêcheurs alertaient depuis des années sur l'envasement du quai.</p>"
            "<p><em>Cet article est initialement paru dans <a href='https://www.gazetteduport.example/'>La Gazette du "
            "Port</a> du 9 avril 2026.</em></p></article></body></html>")
    clip = read_clipping(page.encode(), ".html")
    assert (clip.outlet, clip.published, clip.url) == ("La Gazette du Port", "2026-04-09", None)
    assert clip.reproduced_by.outlet == "Côte Infos"
    assert clip.reproduced_by.url == "https://www.coteinfos.example/2026/04/11/bassin-drague/"


@pytest.mark.parametrize("more, source", [
    ("Weiterlesen beim Hafen-Kurier ›", "Quelle: Hafen-Kurier."),
    ("Weiterlesen bei der Waldpost ›", "Quelle: Waldpost."),
])
def test_an_aggregator_s_teaser_is_the_original_s_dated_by_its_writer_s_line(more, source):
    """'Weiterlesen beim …' sends the reader to the original; the date on the writer's line is the original's, the
    feed's own 'vor 3 Stunden' is not."""
    text = "\n".join(["RegioNetz", "Nachrichten aus allen Regionen", "Anmelden", "Startseite", "Suche",
                      "Hafenbecken wird ausgebaggert", "Karin Pichler · 12.02.2026, 17:40", "vor 3 Stunden im Feed",
                      "Der Hafenrat hat am Montag beschlossen, das innere Becken vor der Sommersaison auszubaggern, nachdem "
                      "zwei Fischerboote bei Niedrigwasser auf Grund gelaufen waren.",
                      "Die Fischer hatten seit Jahren vor dem Schlick am Kai gewarnt.", more, source,
                      "© 2026 RegioNetz GmbH"])
    clip = parse_clipping(text)
    outlet = source.removeprefix("Quelle: ").rstrip(".")
    assert (clip.outlet, clip.published, clip.access) == (outlet, "2026-02-12T17:40", "partial")
    assert clip.reproduced_by.outlet == "RegioNetz" and clip.reproduced_by.published is None


@given(day=st.integers(1, 28), month=st.sampled_from(["January", "March", "June", "October"]),
       name=st.sampled_from(["The Bay Courier", "Harbour Times", "The Islander"]),
       language=st.sampled_from(["", "in Welsh ", "in French "]))
def test_the_original_s_name_never_carries_its_date_or_language(day, month, name, language):
    clip = parse_clipping(_reproduced(f"This article was first published {language}in {name} on {day} {month} 2026."))
    assert clip.outlet == name and not any(word in clip.outlet for word in ("Welsh", "French", month))


def test_a_teaser_whose_trailing_block_opens_with_the_link_to_the_rest_is_partial():
    """'Den vollständigen Artikel lesen Sie bei …' / 'Zum Artikel' / 'Mehr aus …': the block under the teaser opens
    with the link to the rest, which still says the text stops short and whose it is."""
    text = "\n".join(["RegioNetz", "Startseite", "Politik", "Wirtschaft", "Hafen-Kurier · 27.01.2026, 14:20",
                      "Hafenbecken wird ausgebaggert", "Von Sabine Kehl",
                      "Der Hafenrat hat am Montag beschlossen, das innere Becken vor der Sommersaison auszubaggern, nachdem "
                      "zwei Fischerboote bei Niedrigwasser auf Grund gelaufen waren.",
                      "Die Fischer hatten seit Jahren vor dem Schlick am Kai gewarnt, und die eigene Vermessung des Rates "
                      "fand die Fahrrinne einen Meter flacher als die Karten.",
                      "Den vollständigen Artikel lesen Sie bei Hafen-Kurier", "Zum Artikel", "Mehr aus der Region",
                      "Neue Buslinie zum Fährhafen beschlossen", "Impressum", "© 2026 RegioNetz"])
    clip = parse_clipping(text)
    assert (clip.outlet, clip.access) == ("Hafen-Kurier", "partial")
    assert clip.reproduced_by.outlet == "RegioNetz" and clip.reproduced_by.access == "partial"


@pytest.mark.parametrize("wall", [
    ["Subscribe now for unlimited access.", "$1/week for the first 12 weeks", "Subscribe Now",
     "or signup to continue reading", "See subscription options"],
    ["Login or signup to continue reading"],
    ["Sign up or log in to keep reading."],
])
def test_a_wall_that_asks_to_sign_up_or_log_in_to_go_on_reading_is_a_paywall(wall):
    text = "\n".join(["The Harbour Daily", "Harbour basin to be dredged after two boats run aground", "By Ana Lopes",
                      "5 March 2026", "", *PARAGRAPHS[:2], "", *wall, "", "More from Local News",
                      "Ferry fares to rise in April", "Copyright © 2026 The Harbour Daily"])
    clip = parse_clipping(text)
    assert clip.access == "partial" and "continue reading" not in clip.text


@pytest.mark.parametrize("note", [
    "Coastal Wire shows a short extract of stories from our partner papers. The full story is on the publisher's site.",
    "Quelle: The Bay Courier. Coastal Wire zeigt Anrisse von Artikeln seiner Partnermedien. Den vollständigen Artikel "
    "lesen Sie auf der Website des Mediums.",
])
def test_a_site_named_only_by_what_it_is_is_no_outlet(note):
    """'The publisher's site', 'der Website des Mediums': where the rest is, not whose it is; the outlet is the one
    the copy names, or it is asked."""
    clip = parse_clipping(_reproduced(note))
    assert clip.outlet in ("The Bay Courier", "Coastal Wire", None)
    assert "site" not in (clip.outlet or "").lower() and "website" not in (clip.outlet or "").lower()


def test_a_copys_own_date_is_written_in_the_sites_time_not_in_utc():
    """The copy's meta tag gives UTC ('…T07:45:21+00:00'), its <time> element the site's own time for the same
    moment ('…T09:45:21+02:00'): the copy is dated as the site dates it."""
    page = ('<html lang="en"><head><meta property="og:site_name" content="Coastal Wire">'
            '<meta property="article:published_time" content="2026-03-05T07:45:21+00:00">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "%s", '
            '"datePublished": "2026-03-05T07:45:21+00:00"}</script></head><body><article><h1>%s</h1>'
            '<p>By Ana Lopes</p><time datetime="2026-03-05T09:45:21+02:00">5 March 2026</time>%s'
            '<p>This story was originally published by The Bay Courier on 3 March 2026.</p></article></body></html>'
            % (HEADLINE, HEADLINE, "".join(f"<p>{p}</p>" for p in PARAGRAPHS)))
    clip = read_clipping(page.encode(), ".html")
    assert clip.outlet == "The Bay Courier" and clip.published == "2026-03-03"
    assert clip.reproduced_by.published == "2026-03-05T09:45+02:00"
