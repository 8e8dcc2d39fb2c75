"""Lines inside and under the text: a heading over a list is a subheading, a labelled byline under the text
names its writer (the role dropped)."""
import pytest

from generator.importer import parse_clipping

HEAD = "Campus kitchen to cook with the data centre's heat\n\n"
FIRST = ("A heat exchanger will carry the warmth of the server rooms into the campus kitchen from January, the "
         "university said on Thursday, cutting its gas use by about forty per cent.")
LAST = "The kitchen closes for the works from 21 December to 6 January, and reopens with the new term."


@pytest.mark.parametrize("line, author", [
    ("Text: Jonas Feldhaus, Hochschulkommunikation", "Jonas Feldhaus"), ("Words: Ann Lowe", "Ann Lowe"),
    ("Texte : Claire Roux, service communication", "Claire Roux"), ("Texto: Lucía Gil", "Lucía Gil"),
    ("Testo: Marco Bellini", "Marco Bellini"),
])
def test_a_labelled_byline_under_the_text_names_its_writer(line, author):
    clip = parse_clipping(HEAD + f"{FIRST}\n\n{LAST}\n\n{line}\n")
    assert clip.authors == [author] and line not in clip.text and LAST in clip.text


def test_a_labelled_byline_under_the_text_does_not_replace_the_one_above():
    clip = parse_clipping(HEAD + f"By Meg Carver\n\n{FIRST}\n\n{LAST}\n\nText: Ann Lowe\n")
    assert clip.authors == ["Meg Carver"]


def test_a_heading_over_a_list_between_paragraphs_is_a_subheading():
    clip = parse_clipping(HEAD + f"{FIRST}\n\nWhat the students measured\n- the servers' load over a year\n"
                                 f"- the kitchen's hot water at lunchtime\n\n{LAST}\n")
    assert "## What the students measured" in clip.body
    assert "- the servers' load over a year" in clip.text


@pytest.mark.parametrize("foot, published", [
    ("Aktualisiert: 03.12.2026, 12:14 Uhr\nErstellt: 03.12.2026, 09:05 Uhr", "2026-12-03T09:05"),
    ("Published: 3 December 2026, 09:05", "2026-12-03T09:05"),
    ("Publié le 3 décembre 2026 à 09h05", "2026-12-03T09:05"),
    ("Publicado: 03/12/2026 09:05", "2026-12-03T09:05"),
])
def test_the_dates_set_under_the_text_date_it(foot, published):
    clip = parse_clipping(HEAD + f"{FIRST}\n\n{LAST}\n\n{foot}\n")
    assert clip.published == published and LAST in clip.text and "Erstellt" not in clip.text


def test_an_updated_date_alone_under_the_text_is_not_its_publication_date():
    clip = parse_clipping(HEAD + f"{FIRST}\n\n{LAST}\n\nUpdated: 4 December 2026, 10:00\n")
    assert clip.published is None and any("updated" in item for item in clip.review)


@pytest.mark.parametrize("top", ["VALDEMORILLO", "Rundbrief 4/2026", "Versión 1", "Issue 4/2025"])
def test_a_place_the_story_is_about_or_an_issue_line_is_no_masthead(top):
    clip = parse_clipping(f"{top}\n\nValdemorillo closes its landfill\n\nThe town of Valdemorillo will close its landfill by "
                          "2027, the council decided on Tuesday, after fifty years of waste from five towns.\n\n" + LAST + "\n")
    assert clip.outlet is None and any(item.startswith("outlet") for item in clip.review)


def test_the_words_of_the_stories_address_tell_its_headline_from_a_tagline():
    text = ("Island ferry timetable and ferry crossings news for Carrow Island passengers\n\nNight sailings go from January\n\n"
            "By Moira Quennell\n\nThe overnight ferry between Kestrel Bay and Carrow Island will run only three nights a week "
            "from January, the operator said on Friday, blaming a shortage of crew for the ferry.\n\nIslanders who work late "
            "shifts on the mainland say the island ferry timetable leaves them stranded after evening shifts.\n\n"
            "https://www.kestrelbayherald.example/news/2026/12/04/night-sailings-go-from-january\n")
    assert parse_clipping(text).title == "Night sailings go from January"


@pytest.mark.parametrize("issue", ["N° 1487 · du 3 au 9 décembre 2026", "Issue 88 · 3–9 December 2026",
                                   "Ausgabe 49 · vom 3. bis 9. Dezember 2026", "Nº 12 · del 3 al 9 de diciembre de 2026"])
def test_an_issues_week_is_no_publication_date_and_a_labelled_date_wins(issue):
    clip = parse_clipping(f"HORIZONS HEBDO\n{issue}\n\n" + HEAD + "Published 2 December 2026, 17:30\n\n" + f"{FIRST}\n\n{LAST}\n")
    assert clip.published == "2026-12-02T17:30"


def test_a_date_line_that_says_nothing_of_publication_gives_way_to_one_that_does():
    clip = parse_clipping("THE VALLEY POST\nFriday 4 December 2026\n\n" + HEAD + "Published 2 December 2026\n\n" + f"{FIRST}\n\n{LAST}\n")
    assert clip.published == "2026-12-02"


@pytest.mark.parametrize("badge", ["Article réservé aux abonnés", "Subscribers only", "Nur für Abonnenten", "Exclusivo para suscriptores",
                                   "Riservato agli abbonati", "Exclusivo para assinantes"])
def test_a_subscribers_badge_is_never_the_headline(badge):
    clip = parse_clipping(HEAD + f"By Meg Carver\n{badge}\n\n{FIRST}\n\n{LAST}\n")
    assert clip.title == HEAD.strip() and badge not in clip.text


@pytest.mark.parametrize("box", [
    "Sign up to The Morning Briefing\nFree daily newsletter\nEnter your email address\nSign up",
    "Inscrivez-vous à notre newsletter\nChaque matin, l'essentiel de l'actualité\nVotre adresse e-mail\nS'inscrire",
    "Newsletter abonnieren\nJeden Morgen die wichtigsten Nachrichten\nIhre E-Mail-Adresse\nAnmelden",
])
def test_a_sign_up_box_inside_the_text_goes_and_the_text_goes_on(box):
    more = ("The kitchen will also cook for the two schools on the campus with the data centre's heat, the university "
            "said, once the heat exchanger has run for a full winter.")
    clip = parse_clipping(HEAD + f"By Meg Carver\n\n{FIRST}\n\n{box}\n\n{more}\n\n{LAST}\n")
    assert more in clip.text and LAST in clip.text and box.splitlines()[0] not in clip.text


@pytest.mark.parametrize("byline, author", [("Priya Ellingham Transport correspondent", "Priya Ellingham"),
                                            ("Jonas Weber Redakteur Politik", "Jonas Weber"),
                                            ("Claire Roux journaliste", "Claire Roux")])
def test_a_name_with_its_role_and_no_comma_is_a_byline(byline, author):
    clip = parse_clipping(HEAD + f"{byline}\n3 December 2026\n\n{FIRST}\n\n{LAST}\n")
    assert clip.authors == [author]


def test_updated_set_before_first_published_dates_by_the_first_publication():
    clip = parse_clipping(HEAD + "Updated 12.40 GMT, 3 December 2026 · First published 07.15 GMT, 3 December 2026\n\n"
                          f"{FIRST}\n\n{LAST}\n")
    assert clip.published.startswith("2026-12-03T07:15")


def test_market_tickers_and_a_menu_set_one_item_a_line_are_furniture():
    clip = parse_clipping("DAX 19.842,17 +0,41 %\nEuro/Dollar 1,0812 +0,08 %\nDer Wirtschaftskurier\nUnternehmen\nMeinung\nMärkte\n"
                          + HEAD + f"Von Katrin Oberhauser\n02.12.2026 - 16:45 Uhr\n\n{FIRST}\n\n{LAST}\n")
    assert clip.title == HEAD.strip() and clip.kind is None and clip.outlet == "Der Wirtschaftskurier"


@pytest.mark.parametrize("box", [
    "Meg Carver\nSenior Reporter\nMeg covers the dales and the county council. Got a story? Email meg@gazette.example.",
    "Meg Carver\nResponsabile comunicazione. Giornalista pubblicista, scrive di acqua e territorio dal 2012.",
    "Meg Carver\nJournaliste à la rédaction depuis 2019, elle suit l'environnement et l'agriculture.",
])
def test_the_writers_box_under_the_text_ends_it(box):
    clip = parse_clipping(HEAD + f"By Meg Carver\n\n{FIRST}\n\n{LAST}\n\n{box}\n\nSupport our work\nDonate now to keep local news going.\n")
    assert clip.authors == ["Meg Carver"] and LAST in clip.text
    assert "Senior Reporter" not in clip.text and "2012" not in clip.text and "2019" not in clip.text and "Donate" not in clip.text


def test_a_name_closing_the_text_that_the_byline_does_not_give_is_the_texts():
    clip = parse_clipping(HEAD + f"By Meg Carver\n\n{FIRST}\n\nJean Arkwright\nVolunteer coordinator\n\n{LAST}\n")
    assert LAST in clip.text


@pytest.mark.parametrize("link", ["LEIA TAMBÉM: Residências com lista de espera recorde", "Lire aussi : La piscine ferme cet hiver",
                                  "Read more: Buses cut in September", "Lesen Sie auch: Die Brücke bleibt gesperrt"])
def test_a_link_to_another_story_inside_the_text_goes_and_the_text_goes_on(link):
    clip = parse_clipping(HEAD + f"By Meg Carver\n\n{FIRST}\n\n{link}\n\n{LAST}\n")
    assert link not in clip.text and LAST in clip.text


@pytest.mark.parametrize("rows", ["EN DIRECTO\nReal Zaragoza 1 - 0 Cádiz CF\nMin. 67'", "LIVE\nHarbour Rovers 2 – 1 Mill Lane\nHT",
                                  "Casademont Zaragoza 78 - 71 Baskonia\nFinal", "Olympique Valdoie 0:3 FC Sochaux\n67'"])
def test_a_sports_sites_live_scores_are_furniture(rows):
    clip = parse_clipping(f"{rows}\n\n" + HEAD + f"By Meg Carver\n\n{FIRST}\n\n{LAST}\n")
    assert clip.title == HEAD.strip() and clip.authors == ["Meg Carver"]


@pytest.mark.parametrize("teaser", [
    "Seit Wochen funktioniert in zwei Wohnblöcken die Heizung nur stundenweise. Die Mieter fühlen sich im Stich gelassen.",
    "For weeks the heating in two blocks of flats has worked only for hours at a time. Tenants say they have been abandoned.",
    "Depuis des semaines, le chauffage ne marche que quelques heures par jour. Les locataires se sentent abandonnés.",
])
def test_a_clipping_that_opens_with_its_teaser_keeps_it_and_has_no_headline(teaser):
    clip = parse_clipping(f"{teaser}\n\nBy Carola Hesse\n4 December 2026\n\n{FIRST}\n\n{LAST}\n")
    assert clip.body[0] == teaser and clip.title.endswith("…") and any(item.startswith("title") for item in clip.review)


@pytest.mark.parametrize("player", [
    "Ver: Las grietas del puente, a vista de dron\n▶\n0:00 / 2:31\nReproduciendo ahora\nPróximos vídeos\n"
    "Cacabelos celebra la Feria del Pimiento  1:48",
    "Watch: The cracks in the bridge, seen by drone\n0:00 / 2:31\nNow playing\nUp next\nSnow closes the pass  0:57",
    "Vidéo : les fissures du pont vues par drone\n00:00 / 01:54\nLecture en cours",
])
def test_a_video_player_over_the_story_is_furniture(player):
    clip = parse_clipping(f"{player}\n\n" + HEAD + f"By Meg Carver\n\n{FIRST}\n\n{LAST}\n")
    assert clip.title == HEAD.strip() and "drone" not in clip.text and "dron" not in clip.text


def test_a_paragraph_ending_on_a_time_stays():
    last = "The meeting to decide the kitchen's opening hours starts on Monday at 19:30"
    clip = parse_clipping(HEAD + f"By Meg Carver\n\n{FIRST}\n\n{last}\n")
    assert last in clip.text


@pytest.mark.parametrize("box", [
    "Das Wichtigste in Kürze\n• Die Mensa kocht ab Januar mit Abwärme.\n• Der Gasverbrauch sinkt um 40 Prozent.\n"
    "Diese Zusammenfassung wurde mit Hilfe künstlicher Intelligenz erstellt und von der Redaktion geprüft.",
    "Key points\n- The kitchen will cook with the data centre's heat from January.\n- Gas use falls by 40 per cent.",
    "L'essentiel\n- La cantine cuisinera avec la chaleur des serveurs.\n- La consommation de gaz baisse de 40 %.\n"
    "Ce résumé a été généré par une intelligence artificielle.",
])
def test_a_summary_box_over_the_text_is_not_the_headline_nor_the_text(box):
    clip = parse_clipping(HEAD + f"{box}\n\nBy Meg Carver\n\n{FIRST}\n\n{LAST}\n")
    assert clip.title == HEAD.strip() and "40" not in " ".join(clip.body[1:]) and FIRST in clip.text


def test_a_reports_summary_heading_over_its_paragraphs_stays():
    clip = parse_clipping(HEAD + f"By Meg Carver\n\n{FIRST}\n\nSummary\n\n{LAST}\n")
    assert "## Summary" in clip.body


def test_a_headline_naming_a_road_and_a_year_is_no_address():
    headline = "Hallenbad am Kanzlerweg: Eröffnung verschiebt sich auf Herbst 2027"
    clip = parse_clipping(f"{headline}\n\nVon Jana Oltmanns\n03.12.2026\n\n{FIRST}\n\n{LAST}\n")
    assert clip.title == headline


def test_a_box_of_labelled_facts_under_the_text_is_not_the_text():
    box = ("WYEMOUTH TOWN: Harker; Doyle, Ferris, Pell; Kerr; Osei, Varley (Hume 70).\nCRADLEY ROVERS: Whitlock; Ibe, Moran; Okafor.\n"
           "Referee: Mark Tolley.\nStar man: Kwame Osei (Wyemouth Town).")
    clip = parse_clipping(HEAD + f"By Meg Carver\n\n{FIRST}\n\n{LAST}\n\n{box}\n\nShare this article\n")
    assert LAST in clip.text and "Referee" not in clip.text and "Harker" not in clip.text


def test_an_interviews_closing_questions_and_answers_stay():
    qa = ("Q: Will the kitchen open in January as the university has promised?\n"
          "A: Yes, it opens on the fourth, with the heat exchanger already running.\n"
          "Q: And what about the two schools on the campus?\n"
          "A: They will be served from February, once the kitchen has found its rhythm.")
    clip = parse_clipping(HEAD + f"By Meg Carver\n\n{FIRST}\n\n{LAST}\n\n{qa}\n")
    assert "once the kitchen has found its rhythm" in clip.text and "with the heat exchanger already running" in clip.text
