"""What a clipping credits and what it only shows: an aggregator's copy credits the original however its note is worded
('Dieser Artikel erschien zuerst bei …', 'Der vollständige Artikel ist bei … erschienen', a linked 'Source:' above the
headline); a headline set over two short lines is one; the page type in a `<title>` ('Noticias') is no headline; a
button, a language switch or a mail program's folder is no outlet; a town, a council's services or a diocese is no
writer; a caption closed on its picture's credit, or a calendar's property line, is no title; a page of figures' refresh
date is no publication date."""
from pathlib import Path

import pytest

from generator.importer import parse_clipping, read_clipping
from generator.importer.shown import split_title
from generator.importer.vet import no_person, not_a_title, not_an_outlet
from pdfmaker import write_pdf

FIXTURES = Path(__file__).parent / "fixtures" / "import"
STORY = ["Sieben Jahre lang haben Ehrenamtliche an der alten Dampflok gearbeitet, nun ist sie wieder unter Dampf und "
         "zieht am Sonntag den ersten Sonderzug des Herbstes.",
         "Rund eine halbe Million Euro hat die Restaurierung gekostet, den größten Teil trugen Spenden und der Verein "
         "selbst, der dafür mehr als zwanzigtausend Arbeitsstunden geleistet hat.",
         "Ab Pfingsten sollen an jedem zweiten Wochenende Fahrten angeboten werden, zunächst bis zum Erlaufsee."]


def _aggregator(credit_line: str, note: str):
    return parse_clipping("\n".join([
        "Zum Hauptinhalt springen", "Alpenblick News", "Startseite", "Nachrichten", "Steiermark", "",
        "Murtaler Rundschau", credit_line, "",
        "Mariazell: Dampflok rollt nach sieben Jahren Restaurierung wieder", "", "Gerald Pichler", "",
        *[line for p in STORY for line in (p, "")], note, "", "Weitere Artikel von Murtaler Rundschau", "",
        "Neuer Kreisverkehr in Judenburg eröffnet"]))


@pytest.mark.parametrize("note", ["Dieser Artikel erschien zuerst bei Murtaler Rundschau.",
                                  "Der Beitrag erschien ursprünglich in Murtaler Rundschau.",
                                  "Der vollständige Artikel ist bei Murtaler Rundschau erschienen."])
def test_an_aggregators_copy_credits_the_original_however_its_note_is_worded(note):
    clip = _aggregator("Murtaler Rundschau · 14.10.2025, 18:20", note)
    assert clip.outlet == "Murtaler Rundschau"
    assert clip.reproduced_by and clip.reproduced_by.outlet == "Alpenblick News"
    assert clip.published == "2025-10-14T18:20" and clip.reproduced_by.published is None   # (the credit's date)
    assert clip.authors == ["Gerald Pichler"] and not any(note[:12] in block for block in clip.body)


@pytest.mark.parametrize("note, name", [
    ("This story first ran in The Kenora Miner.", "The Kenora Miner"),
    ("The full story appeared in the Talbot Courier.", "the Talbot Courier"),
    ("Cet article est paru initialement dans Le Courrier picard.", "Le Courrier picard"),
    ("Este artículo apareció originalmente en El Diario del Alto Aragón.", "El Diario del Alto Aragón"),
])
def test_the_notes_name_the_original_in_each_language(note, name):
    from generator.importer import phrases as P
    found = P.FIRST_PUBLISHED.match(note) or P.continues_elsewhere(note)
    assert found and next(value for value in found.groupdict().values() if value).strip(" .") == name


SYNDICATED_PAGE = """<!doctype html><html lang="en"><head><title>Aylmer dairy plant to close | Canada NewsPulse</title>
<meta property="og:site_name" content="Canada NewsPulse">
<link rel="canonical" href="https://www.canadanewspulse.example/business/aylmer-dairy-plant-to-close-2410031427">
</head><body><header><a href="/">Canada NewsPulse</a><nav><a href="/business">Business</a></nav></header>
<main><article>
<div class="article-source">Source: <a href="https://www.talbotcourier.example/news/aylmer-dairy">The Talbot Courier</a></div>
<h1>Aylmer dairy plant to close in spring, 85 jobs lost</h1>
<div class="meta"><span class="byline">Dana Vermeersch, The Talbot Courier</span>
<span class="timestamp">Published Oct 03, 2024 &middot; 2:27 PM EDT</span></div>
<p>A milk processing plant that has operated in Aylmer for more than seventy years will close in April, its owners told
the staff on Thursday morning.</p>
<p>The co-operative that runs the plant said falling volumes and the cost of replacing its boilers made it impossible to
keep it open, and that production would move to its larger site near London.</p>
<p>{chart}</p>
<p>The plant opened in 1952 as a farmers' creamery and was taken over by the co-operative in 1998.</p>
<p class="feed-disclaimer">(This story has not been edited by Canada NewsPulse staff and is auto-generated from a
syndicated feed.)</p>
</article></main><footer>&copy; 2024 Canada NewsPulse</footer></body></html>"""


def test_a_linked_source_line_over_the_headline_credits_the_original():
    clip = read_clipping(SYNDICATED_PAGE.format(chart="Jobs at the plant fell by a third over ten years.").encode(),
                         ".html")
    assert clip.outlet == "The Talbot Courier" and clip.reproduced_by.outlet == "Canada NewsPulse"
    # (a page whose text the main-text reader leaves the line out of: its markup is read for it)
    page = (FIXTURES / "en-canada-newspulse-aylmer-dairy-closure-syndicated-feed.html").read_bytes()
    clip = read_clipping(page, ".html")
    assert clip.outlet == "The Talbot Courier"
    assert clip.url == "https://www.talbotcourier.example/news/local/aylmer-dairy-plant-to-close"
    assert clip.reproduced_by.outlet == "Canada NewsPulse" and clip.reproduced_by.published == "2024-10-03T14:27-04:00"


def test_a_charts_source_in_the_text_is_no_original():
    page = SYNDICATED_PAGE.replace('<div class="article-source">Source: <a href="https://www.talbotcourier.example/'
                                   'news/aylmer-dairy">The Talbot Courier</a></div>', "")
    clip = read_clipping(page.format(chart='Source: <a href="https://www.statcan.example/dairy">Statistics Canada</a>')
                         .encode(), ".html")
    assert clip.outlet == "Canada NewsPulse" and clip.reproduced_by is None


def test_a_headline_set_over_two_short_lines_is_read_whole():
    clip = parse_clipping("\n".join([
        "P312  ALPENTEXT     Do 14.08.25 18:42:07", "CHRONIK SALZBURG/OÖ                  1/3", "",
        "Wolfgangsee: Gemeinden", "beschränken Wasserverbrauch", "",
        "Nach wochenlanger Trockenheit haben die drei Gemeinden am Wolfgangsee den Wasserverbrauch eingeschränkt.", "",
        "In St. Gilgen, Strobl und St. Wolfgang ist es ab Freitag verboten, Gärten mit Trinkwasser zu bewässern."]))
    assert clip.title == "Wolfgangsee: Gemeinden beschränken Wasserverbrauch"


def test_a_pdf_title_broken_after_a_comma_is_joined(tmp_path):
    body = ("Autumn has started where summer left off, with nineteen sales reported across the district in the week to "
            "Friday, most of them houses in town and two of them farms on the Gulgong road, according to the agents.")
    lines = ["The Cudgegong Chronicle", "", "Property sales: what sold in Mudgee,", "Gulgong and Rylstone this week", ""]
    lines += [body[i:i + 80] for i in range(0, len(body), 80)] + ["", "The median price was 612,000 dollars."]
    path = write_pdf({"pages": [lines]}, tmp_path / "sales.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert clip.title == "Property sales: what sold in Mudgee, Gulgong and Rylstone this week"


def test_a_paragraph_cut_at_a_paywall_after_a_comma_does_not_run_into_the_prompt():
    clip = parse_clipping("\n".join([
        "Waldler Anzeiger", "", "Tierarzt gibt Praxis auf: Landwirte suchen Ersatz", "", "Von Anna Huber", "",
        "Zum 31. März gibt der 68-Jährige seine Praxis auf, die er seit 1991 in Kirchberg im Wald betreibt.", "",
        "Noch schwieriger ist die Lage an Wochenenden. Bisher haben sich drei Praxen den Notdienst geteilt. "
        "Fällt Kirchberg weg,", "Lesen Sie jetzt weiter mit WA+", "Sie haben bereits ein Abo? Anmelden"]))
    assert clip.access == "partial" and not any("Lesen Sie" in block for block in clip.body)


@pytest.mark.parametrize("title", ["Vielha Digital - Noticias", "Noticias - Vielha Digital", "Vielha Digital | Notizie"])
def test_a_pages_type_in_its_title_is_no_headline(title):
    assert split_title(title, "Vielha Digital") == (None, "Vielha Digital")
    headline = "Paralizan una obra en Betren tras hallar tritón pirenaico"
    assert split_title(f"{headline} - Vielha Digital", "Vielha Digital") == (headline, "Vielha Digital")


@pytest.mark.parametrize("text", ["▶ Listen Live", "☰ Menu", "Gaeilge", "Français", "EN | FR", "Neue E-Mail",
                                  "New message", "Gesendete Elemente", "Sent Items", "Entwürfe"])
def test_a_button_a_language_switch_or_a_mail_folder_is_no_outlet(text):
    assert not_an_outlet(text)


@pytest.mark.parametrize("text", ["The Talbot Courier", "Exploits FM", "Deutschlandfunk", "English Heritage News"])
def test_a_real_outlet_still_is_one(text):
    assert not not_an_outlet(text)


@pytest.mark.parametrize("name", ["Marktgemeinde Bad Schönau", "Democratic Services", "Diocèse de Nicolet",
                                  "Ville de Chambéry", "Township of Pelee", "Hallo Herr Brandl", "Dear Ms Reid",
                                  "St Mary Parish Council"])
def test_a_town_a_councils_services_a_see_or_a_greeting_is_no_writer(name):
    assert no_person(name, [])


@pytest.mark.parametrize("name", ["Mary Parish", "Pete Townshend", "Anna Villeneuve", "Gerald Pichler"])
def test_a_persons_name_is_still_one(name):
    assert not no_person(name, [])


@pytest.mark.parametrize("text", ["Obmann Herbert Zach (Foto: SC Mariazellerland)", "Il sindaco (foto di Marco Rossi)",
                                  'ORGANIZER;CN="Egmont Coast District Council":mailto:engagement@egmontcoast.example',
                                  "DTSTART;TZID=Pacific/Auckland:20250301T100000"])
def test_a_caption_closed_on_its_credit_or_a_calendars_property_is_no_title(text):
    assert not_a_title(text)


@pytest.mark.parametrize("text", ["Council approves budget (updated)", "Storm hits coast (with video)",
                                  "UPDATE: Council backs ferry plan"])
def test_a_headline_with_a_bracket_is_still_one(text):
    assert not not_a_title(text)


@pytest.mark.parametrize("line", ["Dati aggiornati al: 03/12/2025 ore 07:00", "Data last refreshed: 3 December 2025",
                                  "Datos actualizados: 03/12/2025"])
def test_a_pages_refresh_date_alone_is_no_publication_date(line):
    clip = parse_clipping("\n".join([
        "Azienda sanitaria dell'Alto Adige", "", "Tempi di attesa all'ospedale di Brunico", "", line, "",
        "Questa pagina pubblica ogni settimana i principali indicatori di attesa dell'ospedale e dei servizi del "
        "distretto, calcolati sui sette giorni precedenti.", "",
        "Pronto soccorso: 74 minuti di attesa media per i codici minori, contro un obiettivo di 60 minuti."]))
    assert clip.published is None and any(item.startswith("published:") for item in clip.review)


def _pdf_head(tmp_path, head: list[str]):
    body = ("Nach nur drei Jahren im Amt gibt der Gemeindepräsident sein Amt aus gesundheitlichen Gründen ab, und die "
            "Gemeinde muss nun rasch eine Ersatzwahl organisieren, mitten in der Diskussion um das neue Hotelprojekt am "
            "Bahnhof, das den Gemeinderat seit dem Frühjahr beschäftigt.")
    lines = ["Rätische Rundschau", "", *head, ""] + [body[i:i + 80] for i in range(0, len(body), 80)]
    lines += ["", "Ladina Derungs", "11.06.2025, 18.40 Uhr", "", "Die Ersatzwahl findet im September statt."]
    return read_clipping(write_pdf({"pages": [lines]}, tmp_path / "page.pdf").read_bytes(), ".pdf")


def test_a_short_line_over_a_pdfs_wrapped_headline_is_its_kicker(tmp_path):
    """A wrapped line fills its width first: a first line much shorter than the next was set apart."""
    clip = _pdf_head(tmp_path, ["Disentis/Mustér", "Gemeindepräsident Flurin Tuor tritt per Ende", "Juni zurück"])
    assert clip.title == "Gemeindepräsident Flurin Tuor tritt per Ende Juni zurück"
    # (not a first line the next runs on from in small letters, nor a label closed by its colon)
    clip = _pdf_head(tmp_path, ["Niederschrift", "über die öffentliche Sitzung des Gemeinderates am Mittwoch,",
                                "dem 26. November 2025"])
    assert clip.title.startswith("Niederschrift über die öffentliche Sitzung")


@pytest.mark.parametrize("label", ["AVIS À LA POPULATION", "Avis À la Population", "PUBLIC NOTICE",
                                   "Öffentliche Bekanntmachung", "Edital", "Notice to Mariners"])
def test_a_notices_label_is_no_outlet(label):
    assert not_an_outlet(label) and not not_an_outlet("Avis Public Magazine")


def test_a_captions_sentence_under_a_pictures_label_is_no_credit():
    clip = parse_clipping("\n".join([
        "Regionalverband Nordwald", "", "Presseinformation", "", "Dorfladen St. Stefan feiert zehn Jahre", "",
        "Der Dorfladen in St. Stefan am Walde feiert sein zehnjähriges Bestehen und sucht weitere Ehrenamtliche.", "",
        "Bild: Das Ladenteam beim Jubiläumsfest am 15. Februar 2025.", "Foto: Regionalverband Nordwald", "",
        "Seit der Eröffnung haben die Ehrenamtlichen mehr als 40.000 Einkäufe an der Kasse abgerechnet, sagt Obfrau "
        "Maria Lindner.", "", "Der Laden hat von Montag bis Samstag am Vormittag geöffnet."]))
    assert clip.credits == ["Foto: Regionalverband Nordwald"]
