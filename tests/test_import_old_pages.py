"""Saved pages built the old ways or the odd ones: a whole page inside one form (ASP.NET), tables and `<font>`, a
generic `<title>` ('Site :: Dettaglio notizia'), the address only in the browser's 'saved from url' comment, Drupal 7's
RDFa, a caption field nested in its own tag, a CSS module's hashed classes, a `<time>` in UTC shown in local time, and
a teaser in a related box that is no standfirst."""
from generator.importer import read_clipping

TEXT = ("The harbour ferry between the old quay and the marina will run every twenty minutes from March, the port "
        "authority said on Tuesday, after a second boat was bought from a yard in Brittany.")
MORE = "The new timetable is due to be published in February, with fares unchanged until the end of the year."
HEADLINE = "Harbour ferry to run every twenty minutes from spring"


def read(html: str):
    return read_clipping(html.encode(), ".html")


def test_an_aspnet_page_in_one_form_with_a_generic_title_reads_its_marked_headline_date_and_saved_address():
    page = ("<!DOCTYPE html>\n<!-- saved from url=(0058)https://www.porto-lume.example/Notizie/Dettaglio.aspx?id=77 -->\n"
            "<html><head><title>Comune di Porto Lume :: Dettaglio notizia</title></head><body>"
            "<form name='aspnetForm' method='post' action='./Dettaglio.aspx?id=77' id='aspnetForm'>"
            "<input type='hidden' name='__VIEWSTATE' value='abc'>"
            "<table><tr><td class='testata'><font size='6'>Comune di Porto Lume</font></td></tr>"
            "<tr><td class='menusx'><b>Ultime notizie</b><br><a href='D.aspx?id=70'>Sagra del pesce, il programma</a><br>"
            "Tre giorni di festa sul lungomare con la processione in barca, i balli in piazza e le fritture dei pescatori.</td>"
            "<td class='contenuto'><span class='categoria'>Trasporti</span><br>"
            f"<span id='ctl00_Main_lblTitolo' class='titolonews'><b>{HEADLINE}</b></span><br>"
            "<font size='1'>Pubblicata il <span id='ctl00_Main_lblData'>03/12/2026</span></font><br><br>"
            f"<span id='ctl00_Main_lblTesto'>{TEXT}<br><br>{MORE}</span></td></tr>"
            "<tr><td class='piede'>Comune di Porto Lume - Piazza Municipio 1 - P.IVA 00498120921 - PEC: x@pec.example<br>"
            "Sito ottimizzato per Internet Explorer 8 e risoluzione 1024x768</td></tr></table></form></body></html>")
    clip = read(page)
    assert clip.title == HEADLINE and clip.outlet == "Comune di Porto Lume" and clip.published == "2026-12-03"
    assert clip.url == "https://www.porto-lume.example/Notizie/Dettaglio.aspx?id=77" and clip.authors == []
    assert clip.text.startswith(TEXT[:40]) and "Tre giorni di festa" not in clip.text and "P.IVA" not in clip.text


def test_drupal_7s_rdfa_dates_the_node_and_its_nested_caption_field_gives_the_credit():
    page = ("<html xmlns:dc='http://purl.org/dc/terms/'><head><title>Ferry | Diario del Puerto</title>"
            "<meta property='og:site_name' content='Diario del Puerto'></head><body>"
            "<div class='header'>Puerto Lumbre · Miércoles 2 de diciembre de 2026 · Dólar: $18.42</div>"
            "<div about='/node/12' typeof='sioc:Item foaf:Document' class='node'>"
            f"<h1>{HEADLINE}</h1><span property='dc:date dc:created' content='2026-12-02T19:45:00-06:00'>Enviado por redaccion</span>"
            "<div class='field field-name-field-pie-de-foto'><div class='field-items'><div class='field-item even'>"
            "El transbordador en el muelle viejo. Foto: Lucía Ramos</div></div></div>"
            f"<div class='content'><p>{TEXT}</p><p>{MORE}</p></div></div></body></html>")
    clip = read(page)
    assert clip.published == "2026-12-02T19:45-06:00" and clip.credits == ["Foto: Lucía Ramos"]


def test_a_utc_time_shown_in_local_time_is_dated_as_shown_and_a_css_modules_author_is_read():
    page = ("<html><head><title>Ferry - Hafenblatt</title><meta property='og:site_name' content='Hafenblatt'></head><body>"
            f"<article><h1 class='Article_title__x1'>{HEADLINE}</h1><div class='Article_meta__q2'>"
            "<span class='Article_author__Mm1p'>Von Jana Ott</span>"
            "<time dateTime='2026-12-03T17:20:00.000Z'>03.12.2026 um 18:20</time></div>"
            f"<p>{TEXT}</p><p>{MORE}</p></article></body></html>")
    clip = read(page)
    assert clip.published == "2026-12-03T18:20" and clip.authors == ["Jana Ott"]


def test_a_teaser_in_a_related_box_under_the_article_is_no_standfirst():
    page = ("<html><head><title>Ferry | The Pier Weekly</title></head><body><article>"
            f"<h1>{HEADLINE}</h1><p>{TEXT}</p><p>{MORE}</p></article>"
            "<section class='related'><h3>Latest news</h3><div class='news-teaser'><h4><a href='/x'>Gala night</a></h4>"
            "<p>The rowing club's gala night raised more than four thousand pounds for the new boathouse roof.</p></div>"
            "</section></body></html>")
    clip = read(page)
    assert clip.text.startswith(TEXT[:40]) and "gala night" not in clip.text.lower()


def test_a_base_href_that_is_an_articles_address_is_its_url():
    url = "https://www.pierweekly.example/news/4471-harbour-ferry-every-twenty-minutes"
    page = (f"<html><head><base href='{url}'><title>Ferry - The Pier Weekly</title></head><body><article><h1>{HEADLINE}</h1>"
            f"<p>{TEXT}</p><p>{MORE}</p></article></body></html>")
    assert read(page).url == url
