"""Which stated time dates a clipping: the local time a page prints over the same moment declared in UTC, the time it
prints beside a declared day, and a report's own date over the date of the events it reports. Cases in my own words."""
import datetime

import pytest
from hypothesis import given, strategies as st

from generator.importer import parse_clipping, read_clipping
from generator.importer.when import find_date

TEXT = ("<p>A sinkhole four metres wide opened under the bus lane on Harbour Road on Thursday morning, and the council "
        "closed the road to traffic while engineers looked at the sewer beneath it.</p>"
        "<p>The pipe in that stretch is more than fifty years old, the council's works department said, and repairs are "
        "expected to take at least three weeks.</p>")


def page(declared: str, shown: str, microdata: bool = False) -> bytes:
    if microdata:
        day, clock = shown.rsplit(" ", 1)
        stamp, head = f"<time itemprop='datePublished' datetime='{declared}'>{day}</time>, {clock}", ""
    else:
        stamp = f"<time>{shown}</time>"
        head = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
                f'"headline":"Sinkhole closes Harbour Road","datePublished":"{declared}"}}</script>')
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Sinkhole closes Harbour Road | The Quay "
            f"Post</title>{head}</head><body><article itemscope itemtype='https://schema.org/NewsArticle'>"
            f"<h1>Sinkhole closes Harbour Road</h1><div class='byline'>By Ann Lowe</div><div class='date'>{stamp}</div>{TEXT}</article></body></html>").encode()


@pytest.mark.parametrize("declared, shown, published", [
    ("2026-12-04T12:10:00+00:00", "4 December 2026 13:10", "2026-12-04T13:10"),     # (an hour ahead of UTC)
    ("2026-12-04T17:40:00Z", "December 4, 2026 12:40", "2026-12-04T12:40"),          # (five hours behind)
    ("2026-12-04T23:30:00+00:00", "5 December 2026 05:00", "2026-12-05T05:00"),     # (half an hour off, the next day)
])
def test_the_local_time_the_page_prints_is_kept_over_the_same_moment_in_utc(declared, shown, published):
    assert read_clipping(page(declared, shown), ".html").published == published


def test_a_printed_time_that_is_another_moment_leaves_the_declared_one():
    assert read_clipping(page("2026-12-04T12:10:00+01:00", "4 December 2026 13:25"), ".html").published.startswith(
        "2026-12-04T12:10")


def test_a_declared_day_takes_the_time_printed_beside_it():
    assert read_clipping(page("2026-12-04", "04.12.2026 14:05", microdata=True), ".html").published == "2026-12-04T14:05"


@pytest.mark.parametrize("field", ["Ereignisdatum: 30.11.2026", "Tatzeit: 30.11.2026, 22:40 Uhr",
                                   "Date des faits : 30/11/2026", "Fecha del suceso: 30/11/2026"])
def test_the_date_of_the_events_is_no_publication_date(field):
    clip = parse_clipping("Polizei Mittleres Seetal\n\nMedienmitteilung\n\nEhepaar soll über 230'000 Franken zu Unrecht "
                          f"bezogen haben\n\n{field}\nEreignisort: Buchs AG\nMeldung vom: 01.12.2026, 10:15 Uhr\n\n"
                          "Die Polizei hat am Montag in Buchs ein Ehepaar festgenommen, das während rund sechs Jahren "
                          "Sozialhilfe bezogen haben soll, ohne Einkünfte anzugeben.\n\nDie Staatsanwaltschaft hat ein "
                          "Strafverfahren wegen gewerbsmässigen Betrugs eröffnet.\n")
    assert clip.published == "2026-12-01T10:15"


def test_the_date_of_the_events_alone_leaves_the_date_to_review():
    clip = parse_clipping("Polizei Mittleres Seetal\n\nEhepaar soll über 230'000 Franken zu Unrecht bezogen haben\n\n"
                          "Ereignisdatum: 30.11.2026\n\nDie Polizei hat am Montag in Buchs ein Ehepaar festgenommen, das "
                          "während rund sechs Jahren Sozialhilfe bezogen haben soll.\n\nDie Staatsanwaltschaft hat ein "
                          "Strafverfahren wegen gewerbsmässigen Betrugs eröffnet.\n")
    assert clip.published is None and any(item.startswith("published") for item in clip.review)


def test_a_meta_tags_local_time_is_kept_over_the_same_moment_in_utc_in_the_json_ld():
    html = page("2026-01-14T22:30:00.000Z", "").replace(b"<time></time>", b"").replace(
        b"<head>", b"<head><meta property='article:published_time' content='2026-01-15T06:30:00+08:00'>")
    assert read_clipping(html, ".html").published.startswith("2026-01-15T06:30")


def test_a_declared_day_whose_time_element_prints_its_time_is_dated_at_that_time():
    """'<time itemprop="datePublished" datetime="2025-10-02">02.10.2025 | 11:20</time>': the day the markup declares,
    at the time the same element prints, whatever day a masthead prints over the page."""
    html = ("<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Wartezeiten im OP sinken</title></head><body>"
            "<div class='top'><span class='date'>Freitag, 3. Oktober 2025</span></div>"
            "<article itemscope itemtype='https://schema.org/NewsArticle'><h1 itemprop='headline'>Wartezeiten im OP sinken</h1>"
            "<div class='footer'><p><span class='news-list-date'><time itemprop='datePublished' datetime='2025-10-02'>\n\t\t"
            "02.10.2025 | 11:20\n\t</time></span><span class='author'>von <span itemprop='name'>Verena Hofbauer</span></span>"
            "</p></div><p>Die Wartezeiten auf planbare Operationen sind im dritten Quartal deutlich gesunken, teilte die "
            "Krankenhausgesellschaft am Donnerstag mit. Für Hüftoperationen warten Patienten nun im Schnitt elf Wochen.</p>"
            "<p>Im Vorjahr waren es noch sechzehn Wochen gewesen, vor allem wegen fehlender Anästhesisten.</p>"
            "</article></body></html>")
    clip = read_clipping(html.encode(), ".html")
    assert clip.published == "2025-10-02T11:20"


def test_the_stories_date_with_its_time_over_the_headline_beats_the_mastheads_day():
    """A masthead prints the day it was read ('martedì 15 luglio 2025'); the section's line over the headline prints
    the same day with the story's time ('CRONACA | 15 luglio 2025, 14:22'): that is when it was published."""
    menu = "\n".join(["Sanremo", "Imperia", "Ventimiglia", "Cronaca", "Politica", "Sport"])
    text = (f"Riviera Notizie\nmartedì 15 luglio 2025\n{menu}\nCRONACA | 15 luglio 2025, 14:22\n"
            "Case vacanza inesistenti affittate online: tre denunciati\n\n"
            "Pubblicavano annunci di appartamenti con vista mare a prezzi bassi, incassavano la caparra e sparivano, "
            "secondo i carabinieri di Sanremo che hanno denunciato tre giovani.\n\n"
            "Oltre quaranta turisti avevano versato somme tra i 300 e i 900 euro per soggiorni mai esistiti.\n")
    assert parse_clipping(text).published == "2025-07-15T14:22"


def test_a_notices_later_take_down_day_over_its_title_is_no_publication_date():
    text = ("Bezirkshauptmannschaft Freistadt\nAmtstafel\nAngeschlagen am: 30.11.2026\nAbzunehmen am: 14.12.2026\n"
            "Verordnung über eine Gewichtsbeschränkung auf der Aistbrücke\n\n"
            "Die Bezirkshauptmannschaft Freistadt verordnet, dass die Aistbrücke nur noch von Fahrzeugen bis zwölf Tonnen "
            "befahren werden darf, weil Prüfungen Schäden an den Trägern gezeigt haben.\n\n"
            "Die Beschränkung gilt ab dem Tag nach der Kundmachung und bis zur Sanierung der Brücke.\n")
    assert parse_clipping(text).published == "2026-11-30"


def test_a_time_elements_local_stamp_is_kept_over_the_same_moment_in_utc_in_the_json_ld():
    """Yoast's JSON-LD in UTC, the theme's <time> in the site's own zone (New Zealand, thirteen hours ahead)."""
    html = page("2025-10-08T04:30:00+00:00", "").replace(
        b"<time></time>", b"<time class='entry-date published' datetime='2025-10-08T17:30:00+13:00'>October 8, 2025</time>")
    assert read_clipping(html, ".html").published.startswith("2025-10-08T17:30")


def test_the_local_time_a_utc_time_element_prints_is_kept_even_on_another_day():
    """'<time datetime="2026-03-04T01:15:00.000Z">March 3, 2026 6:15 p.m.</time>': the reader's evening, the day before."""
    html = page("2026-03-04T01:15:00.000Z", "").replace(
        b"<time></time>", b"<time datetime='2026-03-04T01:15:00.000Z'>March 3, 2026 6:15 p.m.</time>")
    assert read_clipping(html, ".html").published == "2026-03-03T18:15"


def test_a_time_element_at_another_moment_leaves_the_declared_utc_time():
    html = page("2026-03-04T01:15:00Z", "").replace(
        b"<time></time>", b"<time datetime='2026-03-05T09:00:00+01:00'>March 5, 2026 9:00</time>")
    assert read_clipping(html, ".html").published.startswith("2026-03-04T01:15")


@pytest.mark.parametrize("label", ["Publikationsdatum\t22.05.2026", "Date de publication : 22.05.2026",
                                   "Data di pubblicazione: 22/05/2026"])
def test_a_date_labelled_the_publication_date_outweighs_a_date_on_another_line(label):
    clip = parse_clipping("\n".join(["Gemeinde Wald", "Gemeindeversammlung vom 15. Juni 2026", label, "",
                                     "Die Stimmberechtigten werden zur ordentlichen Gemeindeversammlung eingeladen, die "
                                     "im Saal des Gemeindehauses stattfindet.", "",
                                     "Die Unterlagen liegen ab sofort in der Gemeindekanzlei zur Einsicht auf."]))
    assert clip.published == "2026-05-22"


def test_an_unlabelled_date_under_the_first_leaves_it():
    clip = parse_clipping("\n".join(["Gemeinde Wald", "Neue Brücke über den Mühlbach", "Von Ann Lowe", "22.05.2026",
                                     "Bauarbeiten ab 15.06.2026", "", "Die Gemeinde beginnt im Juni mit dem Bau der neuen "
                                     "Brücke, wie der Gemeinderat am Dienstag mitteilte.", "",
                                     "Die Arbeiten sollen bis zum Herbst dauern."]))
    assert clip.published == "2026-05-22"


@pytest.mark.parametrize("line", ["Zahl: 031-2/2025-7", "Az. 12-3/2025-4", "GZ 5.4/2026-11", "Aktenzeichen 031-02-2025-7"])
def test_a_files_number_is_no_date(line):
    assert find_date(line) is None


@pytest.mark.parametrize("line", ["31.02.2025", "30 février 2026", "29/02/2025", "31 April 2024"])
def test_a_day_the_month_does_not_have_is_no_date(line):
    assert find_date(line) is None


@given(st.text(alphabet="0123456789/.- :", max_size=30))
def test_a_found_date_is_always_a_real_day(line):
    """Whatever digits and separators a line holds, a date read from it is one the calendar has."""
    found = find_date(line)
    assert found is None or datetime.date.fromisoformat(found.value[:10])


@pytest.mark.parametrize("declared", ["2025-02-31T10:00:00+01:00", "2025-04-31", "2025-04-11T24:30:00Z"])
def test_a_declared_date_the_calendar_does_not_have_goes_to_review(declared):
    """A page's markup may declare any string: one that names no real day or time is not written."""
    page = ("<html><head><title>Brücke gesperrt</title>"
            f'<meta property="article:published_time" content="{declared}">'
            '<meta property="og:site_name" content="Kanalbote"></head><body><article><h1>Brücke gesperrt</h1>'
            "<p>Die Stadt saniert bis zum Sommer die Brücke über den Kanal, teilte das Bauamt am Montag mit. "
            "Die Arbeiten sollen im Juni abgeschlossen sein.</p><p>Fußgänger können den Steg am Hafen nutzen, "
            "Radfahrer werden über die Schleuse umgeleitet.</p></article></body></html>")
    clip = read_clipping(page.encode(), ".html")
    assert clip.published is None and any(item.startswith("published:") for item in clip.review)
