"""A station's name beside its frequency or its tagline, a name that says 'today', a trail of two sections, a writer's
name and a two-outlet byline never taken for the headline, a headline a PDF viewer's copy breaks over three lines, and
a page whose JSON-LD declares another headline than it prints and shares. Cases in my own words."""
import json

import pytest
from hypothesis import given, strategies as st

from generator.importer import parse_clipping, read_clipping
from generator.importer.lines import byline_parts

TITLE = "Harbour car park charges to rise for the first time in ten years"
TEXT = ["Parking at the harbour will cost £1.80 an hour from April, up from £1.20, under plans the district council "
        "approved on Tuesday evening after a long debate about visitors and the fishermen who park there at dawn.",
        "Councillors said the money would pay for resurfacing the car park, which floods at every spring tide, and for "
        "two electric charging points beside the lifeboat station.",
        "Fishermen will be offered a yearly permit at half the price of last year's, the council said."]


def _page(*head: str, foot: tuple[str, ...] = ()) -> str:
    return "\n".join([*head, "", *TEXT, "", *foot])


@pytest.mark.parametrize("masthead, button, name", [
    ("Radio Côte-Sud 92,7", "ÉCOUTER EN DIRECT", "Radio Côte-Sud"),
    ("Kestrel Sound 101.2", "Listen Live", "Kestrel Sound"),
    ("Radio Wiesengrund 94,3", "Jetzt live hören", "Radio Wiesengrund"),
])
def test_a_station_s_name_beside_its_frequency_is_the_outlet_and_its_player_button_is_not(masthead, button, name):
    clip = parse_clipping(_page("Skip to content", masthead, button, "News", "Weather", "Sport", "Contact", "", TITLE,
                                "Morag Tulloch", "Posted on 4 March 2026"))
    assert clip.outlet == name and clip.title == TITLE


def test_a_name_and_its_tagline_are_the_site_s_name_when_its_copyright_line_says_so():
    clip = parse_clipping(_page("Skip to content", "Headland FM 97.4 – The Voice of the Point", "Listen Live", "Home",
                                "On Air", "Schedule", "News", "", TITLE, "Posted on 4 March 2026 by Morag Tulloch",
                                foot=("© 2026 Headland FM – community radio since 1998", "Privacy Policy")))
    assert clip.outlet == "Headland FM" and clip.authors == ["Morag Tulloch"]


def test_a_tagline_that_is_no_name_s_gives_no_outlet():
    """A memo's slug over the story, 'HARBOUR PARKING – web and print', names no publication."""
    clip = parse_clipping(_page("HARBOUR PARKING – web and print", "Status: v2, read by Tom", "", TITLE,
                                "Par Morag Tulloch"))
    assert clip.outlet is None and any(item.startswith("outlet") for item in clip.review)


@pytest.mark.parametrize("name", ["Valdarno Oggi", "Küste Heute", "Bayside Today"])
def test_a_masthead_that_says_today_is_a_name_not_a_date(name):
    clip = parse_clipping(_page("Vai al contenuto", "martedì, 18 Novembre 2025", name, "Il quotidiano della valle", "Home",
                                "Cronaca", "Politica", "", TITLE, "di Rocco Di Lorenzo", "17 Novembre 2025"))
    assert clip.outlet == name and clip.published == "2025-11-17"


def test_a_trail_of_two_sections_with_an_ampersand_is_neither_the_headline_nor_the_site():
    clip = parse_clipping(_page("Direkt zum Inhalt", "Inntal-Bote", "Nachrichten aus dem Inntal", "Suche", "Lokal", "Kufstein",
                                "Zillertal & Tuxer Tal", "Wirtschaft", "Sport", "Lokal | Zillertal & Tuxer Tal",
                                "14. Mai 2025 | 11:32", TITLE, "Von Lukas Pichler",
                                foot=("© 2025 Inntal-Bote Medien GmbH",)))
    assert clip.title == TITLE and clip.outlet == "Inntal-Bote"


def test_a_headline_of_two_short_sentences_is_read_over_the_writer_s_name():
    headline = "Harbour parking will cost more. Here's what the council will do with the money."
    clip = parse_clipping(_page("Open in app", "Sign in", "Published in", "Harbour Matters", "·", "Follow", "", headline,
                                "I have parked at the harbour every morning for twenty years. Here is where the new charges go.",
                                "Morag Tulloch", "Morag Tulloch", "Follow", "7 min read", "·", "Mar 4, 2026"))
    assert clip.title == headline and clip.authors == ["Morag Tulloch"]


def test_reporters_of_two_outlets_are_the_authors_not_the_headline():
    clip = parse_clipping(_page("Le Phare du Cap", "Actualités › Santé", "", TITLE, "",
                                "Jeanne Arsenault (Le Phare du Cap) et Paul Cormier (La Voix acadienne)",
                                "Publié le 18 novembre 2025 à 6 h 00"))
    assert clip.title == TITLE and clip.authors == ["Jeanne Arsenault", "Paul Cormier"]


@given(names=st.lists(st.from_regex(r"[A-Z][a-z]{3,7} [A-Z][a-z]{3,9}", fullmatch=True), min_size=1, max_size=3, unique=True),
       outlets=st.lists(st.from_regex(r"(Le|La|The|Die) [A-Z][a-z]{3,9}( [A-Z][a-z]{3,8})?", fullmatch=True),
                        min_size=3, max_size=3))
def test_a_byline_s_outlets_in_brackets_leave_the_names(names, outlets):
    byline = " et ".join(f"{name} ({outlet})" for name, outlet in zip(names, outlets))
    assert byline_parts(byline)[0] == " et ".join(names)


def test_a_role_in_brackets_is_no_outlet_to_drop():
    assert byline_parts("Lord Hendry (President)")[0] == "Lord Hendry (President)"


def test_a_headline_a_pdf_viewer_s_copy_breaks_over_three_lines_is_read_whole():
    clip = parse_clipping("\n".join(["SAÚDE", "Um em cada três utentes", "de Monchique continua sem", "médico de família",
                                     "Reforma de dois clínicos deixou mais de 1900 pessoas sem", "médico atribuído.",
                                     "Texto: Rui Sequeira", *TEXT]))
    assert clip.title == "Um em cada três utentes de Monchique continua sem médico de família"


def test_a_newsletter_s_browser_and_forward_links_are_not_its_headline():
    clip = parse_clipping("\n".join(["Hinterwald", "Newsletter", "Archiv", "Anmelden", "Ausgabe 47 · Freitag, 19. September 2025",
                                     "Im Browser lesen · Weiterleiten", "Liebe Leserinnen und Leser,", *TEXT]))
    assert "Browser" not in (clip.title or "") and "Weiterleiten" not in clip.text


def test_a_page_s_printed_and_shared_headline_wins_over_its_json_ld_one():
    printed = "‘It’s a harbour, not a car park’: fishermen lose fight over charges"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council approves new quayside tariff",
          "datePublished": "2026-03-04T08:00:00+00:00"}
    page = (f"<html><head><title>Council approves new quayside tariff | Point Courier</title>"
            f'<meta property="og:title" content="{printed}"><meta property="og:site_name" content="Point Courier">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><article><h1>{printed}</h1>'
            + "".join(f"<p>{p}</p>" for p in TEXT) + "</article></body></html>")
    clip = read_clipping(page.encode(), ".html")
    assert clip.title == printed


STANDFIRST = ("The district council drops the permit scheme from Monday. Parking stays limited to two hours and the quay "
              "will close to cars when the tide tables say it floods.")


def test_the_story_s_own_byline_and_time_under_its_standfirst_win_over_the_site_s_date_of_the_day():
    """'jueves, 12 junio 2025' over the masthead is the day the page was seen; the name, its place and '12/06/2025 -
    09:40' under the standfirst and the picture's caption are the story's own."""
    clip = parse_clipping("\n".join([
        "Ir al contenido", "Crónica del Puerto", "Diario digital de la costa", "jueves, 12 junio 2025", "Portada", "Costa",
        "Deportes", "Opinión", "", TITLE, STANDFIRST, "Cars on the quay at dawn on Wednesday. Foto: Dailos Acosta",
        "Nira Hernández", "Puerto de Tazacorte", "12/06/2025 - 09:40", "Compartir en WhatsApp", "", *TEXT]))
    assert clip.authors == ["Nira Hernández"] and clip.published == "2025-06-12T09:40"


def test_a_place_beside_the_date_under_the_writer_s_name_is_no_writer():
    clip = parse_clipping("\n".join([
        "Saltar al contenido", "Crónica de la Sierra", "martes, 19 de agosto de 2025", "Portada", "Comarca", "Opinión",
        "COMARCA", TITLE, STANDFIRST, "María José Sánchez Montero", "Puerto de Tazacorte | 19/08/2025 - 13:47h", "",
        "The harbour of Puerto de Tazacorte " + TEXT[0], *TEXT[1:]]))
    assert clip.authors == ["María José Sánchez Montero"] and clip.published == "2025-08-19T13:47"


@pytest.mark.parametrize("caption, credit", [
    ("A hunting camp in the back country. (Photo d'archives : Radio Côte-Sud)", "Photo d'archives : Radio Côte-Sud"),
    ("L'ambulanza della postazione durante un intervento (foto archivio Valle Notizie)", "foto archivio Valle Notizie"),
    ("La salle des fêtes le jour de son inauguration, le 14 juillet 1974. Photo archives Le Réveil",
     "Photo archives Le Réveil"),
])
def test_an_archive_picture_s_credit_closing_its_caption_is_read(caption, credit):
    clip = parse_clipping(_page("Valle Notizie", "", TITLE, "di Rocco Di Lorenzo", "17 Novembre 2025", "", caption))
    assert credit in clip.credits


def test_a_page_s_labelled_photographer_field_is_a_credit():
    page = ("<html><head><title>" + TITLE + " | Le Messager</title></head><body><article><h1>" + TITLE + "</h1>"
            '<div class="field field--name-field-auteur"><div class="field__label">Texte</div>'
            '<div class="field__item">Noémie Cuendet</div></div>'
            '<div class="field field--name-field-photographe field--label-inline"><div class="field__label">Photos</div>'
            '<div class="field__item">Olivier Mottier</div></div>'
            + "".join(f"<p>{p}</p>" for p in TEXT) + "</article></body></html>")
    assert read_clipping(page.encode(), ".html").credits == ["Photos: Olivier Mottier"]


LONG = [f"{sentence} The harbour master said the work on berth {n} would be finished before the summer season began, "
        f"and that the boats moored there would move to the outer pontoon for {n + 2} weeks." for n, sentence in
        enumerate([TEXT[0], TEXT[1], "Fishermen at the meeting asked for the permits to be printed in time for April.",
                   "The council's own figures show the car park filled before nine on most summer days last year.",
                   "Traders on the front said visitors already complained about the price of parking in the town.",
                   "The lifeboat crew asked for four spaces to be kept free for volunteers answering a call.",
                   "A resident asked whether the charging points would be free for the first hour.",
                   "The scheme will be reviewed after its first year, the council said.",
                   "Councillors voted nine to two in favour."], start=1)]


def test_an_article_pasted_over_two_web_pages_is_whole():
    clip = parse_clipping("\n\n".join(["Harbour Bulletin", TITLE, "By Morag Tulloch", *LONG[:4], "Page 1 of 2\nNext page »",
                                       TITLE, *LONG[4:], "Page 2 of 2\n« Previous page"]))
    assert clip.access == "full"


def test_an_article_s_first_page_alone_is_partial():
    clip = parse_clipping("\n\n".join(["Harbour Bulletin", TITLE, "By Morag Tulloch", *LONG[:4], "Page 1 of 2\nNext page »"]))
    assert clip.access == "partial"


@pytest.mark.parametrize("paragraphs, access", [(LONG, "full"), (LONG[:3], "partial")])
def test_a_page_declared_for_subscribers_is_partial_unless_it_holds_the_whole_text(paragraphs, access):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "isAccessibleForFree": False,
          "datePublished": "2026-03-04T08:00:00+00:00"}
    page = (f"<html><head><title>{TITLE} | Point Courier</title><script type=\"application/ld+json\">{json.dumps(ld)}"
            f"</script></head><body><article><h1>{TITLE}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) +
            "<p>Know someone who would enjoy this story? Subscribers can gift five articles a month.</p></article></body></html>")
    assert read_clipping(page.encode(), ".html").access == access


@pytest.mark.parametrize("paragraphs, access", [(LONG, "full"), (LONG[:2], "partial")])
def test_an_alert_s_link_to_the_site_cuts_nothing_under_the_whole_text(paragraphs, access):
    clip = parse_clipping("\n".join(["1 of 3", "Point Courier · Monday 20 January 2025 · Online · 431 words", TITLE,
                                     "Morag Tulloch", *paragraphs, "Read the full article on Point Courier",
                                     "Full text supplied under licence."]))
    assert clip.access == access


def test_a_story_first_in_the_outlet_s_own_print_edition_is_its_own_dated_by_that_day():
    clip = parse_clipping("\n\n".join(["The Point Courier", TITLE, "By Morag Tulloch", "February 9 2026 - 6:00am", *TEXT,
                                       "This story first appeared in the Saturday magazine on February 7, 2026."]))
    assert clip.outlet == "The Point Courier" and clip.reproduced_by is None and clip.published == "2026-02-07"


@pytest.mark.parametrize("outlet", ["Catamount Report", "Valley Chronicle", "Moorland Examiner", "Harbour Dispatch",
                                    "Coastal Ledger"])
def test_the_outlet_after_the_writer_s_name_in_a_byline_is_no_second_writer(outlet):
    clip = parse_clipping("\n\n".join(["Point Courier", TITLE, f"By Maya Crandall, {outlet}", "March 4, 2026", *TEXT]))
    assert clip.authors == ["Maya Crandall"]


@pytest.mark.parametrize("byline, published", [
    ("di Giorgio Rebora - Pubblicato il 14/02/2025 alle ore 11:20", "2025-02-14T11:20"),
    ("By Ann Lowe | Published 14/02/2025, 11:20", "2025-02-14T11:20"),
    ("di Giorgio Rebora - Aggiornato il 14/02/2025 alle ore 18:42", "2025-02-14"),
])
def test_the_byline_s_time_on_the_day_the_site_s_strip_names_dates_the_article(byline, published):
    """The site's strip names the day ('Venerdì 14 febbraio 2025'); the byline the same day with its time: the time is
    the article's. An update's time is not."""
    clip = parse_clipping(_page("Valle Notizie", "Venerdì 14 febbraio 2025", TITLE, byline, ""))
    assert clip.published == published
