"""Which stated time dates a clipping: the local time a page prints over the same moment declared in UTC, the time it
prints beside a declared day, and a report's own date over the date of the events it reports. Cases in my own words."""
import pytest

from generator.importer import parse_clipping, read_clipping

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
