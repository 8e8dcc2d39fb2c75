"""The headline a page prints against the one it declares: a declared headline that only shortens the printed one
(without its place, cut to fit a search result) gives way to it, a badge inside the `<h1>` does not; a `<title>` of
site, section and headline names the headline alone; a browser's print whose head reads a tagline first keeps the
headline its title names; a fact check's labelled claim is no headline. Cases in my own words."""
import pytest

from generator.importer import parse_clipping, read_clipping
from tests.pdfmaker import write_pdf

TEXT = ("<p>The blood service will move its Moonah donor centre into the former bank building on Main Road next spring, "
        "doubling the plasma chairs from eight to sixteen, its regional manager said on Friday.</p>"
        "<p>Donors will keep their appointments during the move, which is planned for a weekend in April, and parking "
        "behind the old bank will be reserved for them in the mornings.</p>")


def page(h1: str, title: str, og: str | None = None, ld: str | None = None) -> bytes:
    head = f"<title>{title}</title>" + (f"<meta property='og:title' content='{og}'>" if og else "")
    if ld:
        head += ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
                 f'"headline":"{ld}","datePublished":"2026-12-04T06:00:00+11:00"}}</script>')
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>{head}</head><body><header><a href='/'>Moonah "
            f"Gazette</a></header><article><h1>{h1}</h1><p>By Sophie Vance</p>{TEXT}</article></body></html>").encode()


@pytest.mark.parametrize("declared", [
    {"title": "Moonah donor centre to double plasma chairs | Moonah Gazette", "og": "Donor centre to double plasma chairs"},
    {"title": "Donor centre to double plasma chairs in move | Moonah Gazette",
     "ld": "Donor centre to double plasma chairs in move to old bank building"},
])
def test_a_declared_headline_that_shortens_the_printed_one_gives_way_to_it(declared):
    h1 = ("Moonah: Donor centre to double plasma chairs in move to old bank building" if "ld" in declared else
          "Moonah donor centre to double plasma chairs in move to old bank building")
    clip = read_clipping(page(h1, **declared), ".html")
    assert clip.title == h1


def test_a_badge_inside_the_h1_is_no_part_of_the_headline():
    headline = "Donor centre to double plasma chairs in move to old bank building"
    clip = read_clipping(page(f"<span class='badge'>EXCLUSIVE</span> {headline}", f"{headline} | Moonah Gazette",
                              ld=headline), ".html")
    assert clip.title == headline


def test_a_printed_headline_of_another_story_does_not_replace_the_declared_one():
    """An <h1> that shares fewer than two words with the declared headline is another story's (a sidebar's, a
    section's): the declared one stands."""
    declared = "Plasma donors get a bigger centre in Moonah"
    clip = read_clipping(page("Roadworks close Main Road for a fortnight in April",
                              f"{declared} | Moonah Gazette", ld=declared), ".html")
    assert clip.title == declared


@pytest.mark.parametrize("title", [
    "The Moonah Gazette :: Community :: Donor centre to double plasma chairs in move to old bank building",
    "Community - Donor centre to double plasma chairs in move to old bank building - The Moonah Gazette",
])
def test_a_title_of_site_section_and_headline_names_the_headline_alone(title):
    html = page("Donor centre to double plasma chairs in move to old bank building", title).replace(
        b"<h1>", b"<h1 class='x'>").replace(b"<head>", b"<head><meta property='og:site_name' content='The Moonah Gazette'>")
    clip = read_clipping(html, ".html")
    assert clip.title == "Donor centre to double plasma chairs in move to old bank building"
    assert clip.outlet == "The Moonah Gazette"


def test_a_browsers_print_whose_tagline_reads_first_keeps_the_headline_its_title_names(tmp_path):
    title = "Stahlwerk Gerlafingen: Kanton prüft Überbrückungskredit | Emmentaler Bote"
    url = "https://www.emmentaler-bote.example/wirtschaft/stahlwerk-kredit-ld.88412"
    header = f"05.12.26, 08:14          {title}"
    pages = [[header, "", "Emmentaler Bote", "Die Zeitung für das Emmental und den Oberaargau", "Abo   E-Paper   Anmelden",
              "Region   Emmental   Wirtschaft   Sport   Kultur", "", "Wirtschaft · Gerlafingen", "", "Stahlwerk Gerlafingen: Kanton prüft", "Überbrückungskredit", "",
              "Von Reto Zaugg", "Publiziert: 04.12.2026, 17.30 Uhr", "",
              "Der Regierungsrat bestätigte am Donnerstag, dass ein Gesuch des Stahlwerks um einen",
              "Überbrückungskredit vorliegt. Die Direktorin sprach von einer ernsten Lage.", "",
              "Das Werk leidet seit zwei Jahren unter tiefen Preisen und hohen Stromkosten, und seit",
              "Oktober sind rund 120 Mitarbeitende in Kurzarbeit.", "", f"{url} 1 von 1"]]
    path = write_pdf({"metadata": {"Title": title, "Creator": "Mozilla Firefox 133.0",
                                   "Producer": "cairo 1.18.0 (https://cairographics.org)"}, "pages": pages},
                     tmp_path / "print.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert clip.title == "Stahlwerk Gerlafingen: Kanton prüft Überbrückungskredit"
    assert clip.outlet == "Emmentaler Bote" and "Die Zeitung für das Emmental" not in clip.text


FACT_CHECK = """The Eastern Bay Record
Become a member   Newsletter   Log in

FACT CHECK

Does the quarry expansion mean blasting every weekday?

A leaflet dropped in letterboxes across two suburbs says the quarry will "blast five days a week". We read the permit.

THE CLAIM: "If the expansion goes ahead, residents will live with blasting five days a week."
OUR VERDICT: MISLEADING

By Declan Whitley
1 December 2026

The permit application allows blasting on weekdays between 10am and 3pm, but it caps the number of blasts at two a week.

The company's own schedule shows one blast every eight days on average over the past year, the council said.

More fact checks
Is the ferry really losing $1 million a year?
The figure comes from an old report and includes the cost of a pontoon that has since been paid off.
"""


def test_a_fact_checks_labelled_claim_is_no_headline_and_stays_in_the_text_with_its_verdict():
    clip = parse_clipping(FACT_CHECK)
    assert clip.title == "Does the quarry expansion mean blasting every weekday?"
    assert clip.outlet == "The Eastern Bay Record" and clip.authors == ["Declan Whitley"]
    assert "THE CLAIM:" in clip.text and "OUR VERDICT: MISLEADING" in clip.text and "A leaflet dropped" in clip.text
    assert "pontoon" not in clip.text and "More fact checks" not in clip.text


@pytest.mark.parametrize("line", ["BREAKING: Quarry expansion approved after six-hour hearing",
                                  "Quarry: council approves expansion after six-hour hearing"])
def test_a_headline_opening_on_one_label_stays_a_headline(line):
    text = FACT_CHECK.replace("Does the quarry expansion mean blasting every weekday?", line)
    assert parse_clipping(text).title.endswith("council approves expansion after six-hour hearing") or \
        parse_clipping(text).title.endswith("Quarry expansion approved after six-hour hearing")


def test_a_declared_headline_carrying_the_sites_name_is_the_headline_without_it():
    headline = "Donor centre to double plasma chairs in move to old bank building"
    html = page(headline, f"{headline} - Moonah Gazette", ld=f"{headline} - Moonah Gazette").replace(
        b"<head>", b"<head><meta property='og:site_name' content='Moonah Gazette'>")
    clip = read_clipping(html, ".html")
    assert clip.title == headline and clip.outlet == "Moonah Gazette"


H1 = "Blood service to double plasma chairs in Moonah move"


@pytest.mark.parametrize("declared", [
    f"Book your donation: {H1}",          # (a call to act, a label over the headline)
    f"Ep. 112 – {H1}",                     # (a podcast's episode number)
    f"Podcast: {H1}",
])
def test_a_label_over_the_declared_headline_gives_way_to_the_printed_one(declared):
    clip = read_clipping(page(H1, declared + " | Moonah Gazette", og=declared, ld=declared), ".html")
    assert clip.title == H1


def test_a_declared_headline_cut_short_gives_way_to_the_printed_one_the_text_does_not_read():
    """The page's text starts under its <h1> (the reader finds no headline in it): the declared headline, the printed
    one cut before ', manager says', gives way to what the page prints."""
    printed = H1 + ", manager says"
    html = page(printed, H1 + " - Moonah Gazette", og=H1 + " - Moonah Gazette", ld=H1).replace(
        f"<article><h1>{printed}</h1>".encode(), f"<h1>{printed}</h1><article>".encode())
    assert read_clipping(html, ".html").title == printed


def test_a_label_longer_than_four_words_is_part_of_the_headline():
    declared = "Everything you need to know about giving blood: Moonah centre moves"
    clip = read_clipping(page("Moonah centre moves", declared, og=declared, ld=declared), ".html")
    assert clip.title == declared


def test_a_declared_headline_the_page_prints_nowhere_gives_way_to_the_one_it_prints():
    """A headline written for search engines, in other words than the <h1> the reader reads ('Plasma donors get a
    bigger centre in Moonah' declared, 'Donor centre to double plasma chairs …' printed): the printed one."""
    declared = "Plasma donors get a bigger centre in Moonah"
    h1 = "Donor centre to double plasma chairs in move to old bank building"
    clip = read_clipping(page(h1, f"{declared} | Moonah Gazette", ld=declared), ".html")
    assert clip.title == h1


def test_a_declared_headline_the_page_also_prints_stays_the_title():
    """The declared headline printed on the page (a teaser's line, the breadcrumb) is one the reader sees: the <h1>,
    telling another story, is the site's section or a sidebar's headline."""
    declared = "Moonah donor centre to double plasma chairs"
    body = page("Blood service news: all our centres this winter", f"{declared} | Moonah Gazette", ld=declared)
    body = body.replace(b"<p>By Sophie Vance</p>", f"<h2>{declared}</h2><p>By Sophie Vance</p>".encode())
    assert read_clipping(body, ".html").title == declared
