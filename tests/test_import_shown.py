"""Saved pages that declare nothing about themselves (no JSON-LD, no og: tags): the headline is the single
<h1> when the <title> is only the site's name, the outlet is the name the logo and the footer's copyright
show, and the credits are read from captions whatever their word for a picture."""
import pytest

from generator.importer import read_clipping
from generator.importer.shown import caption_credits, names_site, shown_headline, shown_site

BODY = ("<p>The parish council agreed on Tuesday to buy the old forge on Mill Lane and turn it into a meeting room "
        "for the village's clubs, after a survey found the roof sound.</p>"
        "<p>The purchase will be paid for from the reserve built up over ten years, the clerk said, and no rise in "
        "the precept is planned for next year.</p>"
        "<p>Work on the inside is to start in the spring and should be finished before the summer fete.</p>")


def bare_page(title: str, logo: str, footer: str, caption: str = "", h1: str = "Parish council to buy the old forge") -> bytes:
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{logo}"
            f"<div class='main'><h1>{h1}</h1><div class='meta'>By Ann Lowe · 4 March 2026</div>"
            f"<div class='pic'><img src='forge.jpg' alt=''>{caption}</div>{BODY}</div>"
            f"<div class='foot'>{footer}</div></body></html>").encode()


@pytest.mark.parametrize("title, logo, footer, outlet", [
    ("Wyre Valley Echo", "<a class='brand' href='/'>The Wyre Valley Echo</a>", "Contact us", "The Wyre Valley Echo"),
    ("Home", "<div id='logo'><a href='/'><img src='logo.png' alt='Wyre Valley Echo'></a></div>",
     "© 2026 Wyre Valley Echo · Privacy", "Wyre Valley Echo"),
    ("Wyre Valley Echo", "<header><span class='site-title'>Menu</span></header>",
     "<p class='copyright'>Copyright 2026 Wyre Valley Echo. All rights reserved.</p>", "Wyre Valley Echo"),
])
def test_a_page_that_declares_nothing_is_read_from_what_it_shows(title, logo, footer, outlet):
    clip = read_clipping(bare_page(title, logo, footer), ".html")
    assert clip.title == "Parish council to buy the old forge"
    assert clip.outlet == outlet and not any(item.startswith(("outlet", "title")) for item in clip.review)


def test_a_title_that_is_the_headline_is_kept_and_no_site_is_guessed():
    page = bare_page("Forge to become a meeting room", "", "Contact the newsroom", h1="Parish council to buy the old forge")
    clip = read_clipping(page, ".html")
    assert clip.outlet is None and any(item.startswith("outlet") for item in clip.review)
    assert shown_headline(page.decode()) == "Parish council to buy the old forge"
    assert not names_site("Forge to become a meeting room", [shown_site(page.decode(), None)])


def test_several_h1s_give_no_headline():
    assert shown_headline("<body><h1>Wyre Valley Echo</h1><h1>Parish council to buy the old forge</h1></body>") is None


@pytest.mark.parametrize("caption, credit", [
    ("<figcaption>The forge in 1950. Picture: Sam Greatorex</figcaption>", "Picture: Sam Greatorex"),
    ("<div class='cap'>La forge en 1950. Crédit photo : Musée de la Vallée</div>", "Crédit photo : Musée de la Vallée"),
    ("<p class='bildunterschrift'>Die Schmiede 1950. Foto: Heimatverein Talheim</p>", "Foto: Heimatverein Talheim"),
    ("<figcaption>La fucina nel 1950 (foto di Sara Bertocchi)</figcaption>", "foto di Sara Bertocchi"),
    ("<span class='pie-foto'>La herrería en 1950. Fotografía: Archivo Municipal</span>", "Fotografía: Archivo Municipal"),
    ("<figcaption>The forge in 1950 <span class='photo-credit'>Ann Lowe/Valley Archive</span></figcaption>",
     "Ann Lowe/Valley Archive"),
])
def test_a_caption_s_credit_is_read_in_any_of_its_words(caption, credit):
    assert caption_credits(f"<figure>{caption}</figure>") == [credit]
    clip = read_clipping(bare_page("Wyre Valley Echo", "<a class='logo'>Wyre Valley Echo</a>", "", caption), ".html")
    assert clip.credits == [credit] and "1950" not in clip.text


def test_a_caption_without_a_credit_gives_none():
    assert caption_credits("<figcaption>The forge in 1950, before the fire.</figcaption><div class='legend'>Key</div>") == []


def test_a_title_of_the_site_s_name_and_its_tagline_gives_way_to_the_h1():
    page = bare_page("Wyre Valley Echo – News from the valley since 1911", "<a class='logo' href='/'>Wyre Valley Echo</a>",
                     "© 2026 Wyre Valley Echo")
    clip = read_clipping(page, ".html")
    assert (clip.title, clip.outlet) == ("Parish council to buy the old forge", "Wyre Valley Echo")


def test_the_site_s_name_is_told_from_a_headline():
    assert names_site("The Wyre Valley Echo", ["Wyre Valley Echo"]) and names_site("Echo | Home", ["Echo"])
    assert not names_site("Parish council to buy the old forge", ["Wyre Valley Echo", None])


def test_a_logo_image_a_copyright_with_a_dash_and_a_byline_beside_the_date():
    page = ("<!DOCTYPE html><html lang='fr'><head><title>L'Écho du Morvan</title></head><body><header><a href='/'>"
            "<img class='logo' src='logo.png' alt=\"L'Écho du Morvan\"></a></header><main>"
            "<h1>À Château-Chinon, le lavoir de la rue Basse retrouve ses eaux</h1>"
            "<p class='date'>Publié le 3 mars 2026 à 18h02 · Par Paul Girard</p>"
            "<p>Après dix-huit mois de travaux, le lavoir de la rue Basse a été remis en eau mardi devant une cinquantaine "
            "d'habitants.</p><p>La source qui l'alimentait s'était tarie en 2019 après l'effondrement d'une canalisation, "
            "et les bénévoles ont payé la moitié du chantier.</p></main>"
            "<footer><p>© 2026 L'Écho du Morvan — Tous droits réservés</p></footer></body></html>")
    clip = read_clipping(page.encode(), ".html")
    assert (clip.outlet, clip.authors, clip.published) == ("L'Écho du Morvan", ["Paul Girard"], "2026-03-03T18:02")


def test_a_reading_view_s_credits_element_holds_the_byline_not_a_credit():
    assert caption_credits("<div class='credits reader-credits'>Ann Lowe</div>") == []
    assert caption_credits("<p class='credits'>By Ann Lowe</p>") == []
    assert caption_credits("<span class='credit'>Ann Lowe</span>") == []
    assert caption_credits("<figure><img src='x.jpg'><figcaption>The quay. <span class='credit'>Ann Lowe</span>"
                           "</figcaption></figure>") == ["Ann Lowe"]


def test_an_og_title_that_is_the_site_s_name_gives_way_to_the_h1():
    page = bare_page("Wyre Valley Echo", "", "").replace(b"<title>", b"<meta property='og:title' content='Wyre Valley Echo'>"
                                                         b"<meta property='og:site_name' content='Wyre Valley Echo'><title>")
    clip = read_clipping(page, ".html")
    assert (clip.title, clip.outlet) == ("Parish council to buy the old forge", "Wyre Valley Echo")


@pytest.mark.parametrize("footer, outlet", [("© 2026 Wyre Valley Echo", "Wyre Valley Echo"),
                                            ("© 2026 Wyre Media Group Ltd. All rights reserved.", None),
                                            ("Copyright © Talbote 2026 · Impressum", "Talbote")])
def test_a_copyright_line_alone_names_the_site_unless_it_names_a_company(footer, outlet):
    page = bare_page("Parish council to buy the old forge", "", footer)
    assert read_clipping(page, ".html").outlet == outlet
