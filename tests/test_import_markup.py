"""Saved pages that declare their article in its markup rather than in JSON-LD: RDFa (`typeof`/`property`, a
publisher linked by `href="#id"`), microformats (`h-entry`), a microdata `mainEntityOfPage` given as a meta tag;
and a standfirst known by being the description the page declares, whatever its class."""
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from generator.importer import read_clipping
from generator.importer.clipping import Clipping
from generator.importer.pagehead import without_trailing_links
from tests.test_import_keeps_text import WORDS, clipping_in, sentences
from generator.importer.structured import declared_in_markup, quoted_attributes, shown_description

PARAS = {
    "en": ["The county council approved the new footbridge over the Lune on Thursday after a two-year wait for the funding.",
           "Work is due to begin in March and the crossing should open before the summer holidays, the council said.",
           "Residents had crossed on the road bridge, which has no pavement, since the old bridge was washed away."],
    "es": ["El ayuntamiento aprobó el jueves la nueva pasarela sobre el río después de esperar dos años la financiación.",
           "Las obras empezarán en marzo y el paso debería abrir antes del verano, según el consistorio.",
           "Los vecinos cruzaban por el puente de la carretera, que no tiene acera, desde que la riada se llevó el viejo."],
    "de": ["Der Kreistag hat am Donnerstag die neue Fußgängerbrücke über die Lahn genehmigt, nach zwei Jahren Warten.",
           "Die Bauarbeiten sollen im März beginnen, die Brücke soll vor den Sommerferien fertig sein.",
           "Bislang gingen die Anwohner über die Straßenbrücke, die keinen Gehweg hat, seit das Hochwasser die alte nahm."],
}


def _body(lang: str) -> str:
    return "".join(f"<p>{text}</p>" for text in PARAS[lang])


def rdfa_page(lang: str, prefix: str = "schema:", vocab: str = "") -> bytes:
    return f"""<!doctype html><html lang="{lang}"><head><title>Start</title></head><body {vocab}>
<div typeof="{prefix}Organization" id="org"><span property="{prefix}name">Valley Courier</span></div>
<main><div typeof="{prefix}NewsArticle" resource="https://valley.example/2026/bridge-approved">
<link property="{prefix}publisher" href="#org">
<h1 property="{prefix}headline">Footbridge approved after two-year wait</h1>
<p>By <span property="{prefix}author" typeof="{prefix}Person"><span property="{prefix}name">Rosa Tillmann</span></span>
<time property="{prefix}datePublished" datetime="2026-03-04T08:00:00+01:00">4/3/2026</time></p>
<div property="{prefix}articleBody">{_body(lang)}</div></div>
<section><div typeof="{prefix}NewsArticle"><h3 property="{prefix}headline">Another story</h3>
<span property="{prefix}author">Someone Else</span></div></section></main></body></html>""".encode()


@pytest.mark.parametrize("lang", ["en", "es", "de"])
@pytest.mark.parametrize("prefix, vocab", [("schema:", ""), ("", 'vocab="https://schema.org/"')])
def test_rdfa_states_the_address_author_and_publisher_of_the_first_article(lang, prefix, vocab):
    clip = read_clipping(rdfa_page(lang, prefix, vocab), ".html")
    assert clip.url == "https://valley.example/2026/bridge-approved"
    assert clip.authors == ["Rosa Tillmann"]   # (the related story's author is another item's)
    assert clip.outlet == "Valley Courier"
    assert clip.title == "Footbridge approved after two-year wait"
    assert clip.published.startswith("2026-03-04T08:00")
    assert not {"url", "authors", "outlet"} & {item.split(":")[0] for item in clip.review}


def test_an_h_entry_gives_its_own_author_not_its_commenters():
    page = f"""<html lang="fr"><body><header class="h-card"><a class="p-name u-url" href="https://blog.example/">Mon carnet</a></header>
<article class="h-entry"><h1 class="p-name">La passerelle enfin votée</h1>
<a class="u-url" href="https://blog.example/2026/03/passerelle"><time class="dt-published" datetime="2026-03-04">4 mars</time></a>
<span class="p-author h-card"><img class="u-photo" src="me.jpg" alt=""><span class="p-name">Agnès Morel</span></span>
<div class="e-content">{_body("en")}</div>
<div class="h-cite p-comment"><span class="p-author h-card">Paul Vidal</span><p class="e-content">Bravo.</p>
<time class="dt-published" datetime="2026-03-05">5 mars</time></div></article></body></html>"""
    marked = declared_in_markup(page)
    assert marked["authors"] == ["Agnès Morel"] and marked["url"] == "https://blog.example/2026/03/passerelle"
    assert marked["headline"] == "La passerelle enfin votée" and marked["datePublished"] == "2026-03-04"
    clip = read_clipping(page.encode(), ".html")
    assert clip.authors == ["Agnès Morel"] and clip.url == "https://blog.example/2026/03/passerelle"


def test_a_page_with_no_article_markup_declares_nothing():
    assert declared_in_markup("<html><body><div typeof='schema:Organization'><span property='schema:name'>X</span>"
                              "</div><p>Text</p></body></html>") == {}
    assert declared_in_markup("<p>plain</p>") == {}


def test_microdata_main_entity_given_as_a_meta_tag_is_the_address():
    page = f"""<html lang="it"><body><article itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="mainEntityOfPage" content="https://giornale.example/cronaca/2026/03/04/passerella-approvata">
<h1 itemprop="headline">Passerella approvata dopo due anni</h1>
<div itemprop="articleBody">{_body("es")}</div></article></body></html>"""
    assert read_clipping(page.encode(), ".html").url == "https://giornale.example/cronaca/2026/03/04/passerella-approvata"


@pytest.mark.parametrize("lang, lead_class", [("en", "story__intro-text"), ("de", "c-art__lead"), ("es", "x7f2")])
def test_the_declared_description_shown_above_the_text_is_its_standfirst(lang, lead_class):
    lead = {"en": "A crossing promised since the floods of 2024 will be built this spring, the council says.",
            "de": "Die seit dem Hochwasser 2024 versprochene Brücke wird im Frühjahr gebaut, teilt der Kreis mit.",
            "es": "La pasarela prometida desde la riada de 2024 se construirá esta primavera, según el ayuntamiento."}[lang]
    page = f"""<html lang="{lang}"><head><meta name="description" content="{lead}"><title>Bridge - Courier</title></head>
<body><div class="top"><h1>Bridge approved</h1><p class="{lead_class}">{lead}</p></div>
<div class="article-body">{_body(lang)}</div></body></html>"""
    assert shown_description(page, [lead]) == lead
    clip = read_clipping(page.encode(), ".html")
    assert clip.body[0] == lead and sum(lead[:50] in block for block in clip.body) == 1
    assert all(any(text[:60] in block for block in clip.body) for text in PARAS[lang])


def test_a_description_the_page_does_not_show_is_no_standfirst():
    assert shown_description("<body><p>Other text entirely, long enough to be a paragraph of its own.</p></body>",
                             ["A summary only the search engines see, long enough to count as one."]) is None


@pytest.mark.parametrize("lang, byline, names", [
    ("en", "By <a href=/a/ann-lowe rel=author>Ann Lowe</a> and <a href=/a/tom-hale rel=author>Tom Hale</a>", ["Ann Lowe", "Tom Hale"]),
    ("es", "Por <span class=autor>Ana López</span> y <span class=autor>Pedro Ruiz</span>", ["Ana López", "Pedro Ruiz"]),
    ("de", "Von <span class=autor>Jana Weber</span> und <span class=autor>Tim Roth</span>", ["Jana Weber", "Tim Roth"]),
])
def test_a_minified_save_is_read_as_its_quoted_form_and_its_byline_names_every_author(lang, byline, names):
    page = (f"<!DOCTYPE html><html lang={lang}><meta name=author content=\"{names[0]}\">"
            f"<meta property=og:site_name content=\"Valley Courier\"><title>Bridge approved | Valley Courier</title>"
            f"<body><main><article class=article><h1>Bridge approved</h1><div class=byline>{byline} · <time datetime=2026-03-04T08:00>"
            f"4/3/2026</time></div>{_body(lang)}</article></main></body></html>")
    clip = read_clipping(page.encode(), ".html")
    assert clip.authors == names
    assert all(any(text[:50] in block for block in clip.body) for text in PARAS[lang])


def test_quoting_leaves_scripts_and_addresses_whole():
    page = "<a href=https://x.example/p?a=1&b=2 class=lead>x</a><script>if (a<b && c=d) {}</script><p class='ok'>y</p>"
    assert quoted_attributes(page) == ('<a href="https://x.example/p?a=1&b=2" class="lead">x</a>'
                                       "<script>if (a<b && c=d) {}</script><p class='ok'>y</p>")


@pytest.mark.parametrize("lang, field, name", [
    ("de", "<div class='field field--name-field-autor'><div class='field__label'>Von</div><div class='field__item'>Jana Weber</div></div>",
     "Jana Weber"),
    ("es", "<div class='post-author'><span class='label'>Por</span> <span class='value'>Ana López</span></div>", "Ana López"),
    ("en", "<p class='article-byline'><span>By</span> <strong><a href='/staff/ann'>Ann Lowe</a></strong></p>", "Ann Lowe"),
])
def test_a_byline_field_and_its_label_are_read_together_and_the_sites_footer_is_no_credit(lang, field, name):
    page = (f"<html lang='{lang}'><head><meta property='og:site_name' content='Valley Courier'><title>Bridge approved | Valley "
            f"Courier</title></head><body><main><article><h1>Bridge approved</h1>{field}{_body(lang)}</article></main>"
            f"<footer class='site-footer'><div class='copyright'>© 2026 Valley Courier Verlag GmbH</div></footer></body></html>")
    clip = read_clipping(page.encode(), ".html")
    assert clip.authors == [name]
    assert not clip.credits


@pytest.mark.parametrize("lang, signature, agency", [
    ("es", "<span class='agency'>EFE</span> <span class='place'>Laredo</span> · 03/12/2026", "EFE"),
    ("de", "<span>DPA</span> <span>Bad Kreuznach</span> · 03.12.2026", "DPA"),
    ("en", "<span>AP</span> <span>Kendal</span> · 3 December 2026", "AP"),
])
def test_an_agency_over_its_place_is_a_credit_not_an_author(lang, signature, agency):
    page = (f"<html lang='{lang}'><head><title>Bridge approved | Valley Courier</title></head><body><main><article>"
            f"<h1>Bridge approved</h1><div class='signature'>{signature}</div>{_body(lang)}</article></main></body></html>")
    clip = read_clipping(page.encode(), ".html")
    assert clip.authors == [] and agency in clip.credits and any(item.startswith("authors") for item in clip.review)


@pytest.mark.parametrize("tag", ["h2", "p", "div"])
def test_a_standfirst_set_as_a_heading_is_a_paragraph(tag):
    lead = "The crossing promised since the floods of 2024 will be built this spring, the county council said on Thursday."
    page = (f"<html lang='en'><head><title>Bridge approved | Valley Courier</title></head><body><main><article>"
            f"<h1>Bridge approved</h1><{tag} class='subtitle'>{lead}</{tag}><div class='story-body'>{_body('en')}</div>"
            f"</article></main></body></html>")
    clip = read_clipping(page.encode(), ".html")
    assert clip.body[0] == lead


@pytest.mark.parametrize("lang, title, site, others", [
    ("it", "La Gazzetta del Lago - Notizie", "La Gazzetta del Lago", ["Chiusa la strada del passo per una frana", "La sagra raccoglie fondi per l'asilo"]),
    ("en", "Home | The Dale Herald", "The Dale Herald", ["Road over the pass closed by a landslip", "Show raises funds for the nursery"]),
])
def test_an_old_table_page_its_title_a_site_and_a_section_and_its_trailing_links(lang, title, site, others):
    headline = {"it": "Passerella approvata dopo due anni di attesa", "en": "Footbridge approved after two-year wait"}[lang]
    links = "".join(f"<A HREF='n.asp?id={i}'>{text}</A><BR>" for i, text in enumerate(others))
    page = (f"<HTML><HEAD><TITLE>{title}</TITLE></HEAD><BODY><TABLE><TR><TD WIDTH=160><FONT SIZE=1><B>SONDAGGIO</B><BR>"
            f"Visitatori: 1.482.337</FONT></TD><TD><FONT SIZE=5><B>{headline}</B></FONT><BR><BR><FONT SIZE=2>"
            + "<BR><BR>".join(PARAS["es" if lang == "it" else "en"]) + f"</FONT><HR><FONT SIZE=1><B>OTHER NEWS</B><BR>{links}"
            f"</FONT></TD></TR></TABLE></BODY></HTML>")
    clip = read_clipping(page.encode(), ".html")
    assert clip.outlet == site and clip.title == headline
    assert not any(other in block for other in others for block in clip.body)


def test_one_link_at_the_end_is_the_articles_own():
    page = "<p>Text.</p><p><a href='/report.pdf'>Read the council's full report</a></p><a href='/x'>Another story entirely here</a>"
    clip = Clipping(title="Bridge", body=[PARAS["en"][0], "Read the council's full report"])
    without_trailing_links(page, clip)
    assert clip.body == [PARAS["en"][0], "Read the council's full report"] and not clip.removed


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(WORDS)).flatmap(clipping_in), st.integers(min_value=0, max_value=3))
def test_a_page_with_links_in_its_prose_and_a_list_of_other_stories_never_loses_a_sentence(parts, linked):
    texts = [parts["opening"]] + [block[0] for block in parts["blocks"] if len(block) == 1 and len(block[0].split()) >= 8]
    paras = []
    for i, text in enumerate(texts):   # (the last ones link their first words, as an article links its sources)
        words = text.split()
        paras.append(f"<p><a href='/s{i}'>{' '.join(words[:4])}</a> {' '.join(words[4:])}</p>" if i >= len(texts) - linked else f"<p>{text}</p>")
    page = ("<html><head><title>Story | The Ledger</title></head><body><main><article><h1>Story</h1>" + "".join(paras) +
            "</article><b>More news</b><br><a href='/o1'>Road over the pass closed by a landslip</a><br>"
            "<a href='/o2'>Show raises funds for the village nursery</a></main></body></html>")
    got = " ".join(" ".join(read_clipping(page.encode(), ".html").body).split())
    lost = [s.strip() for text in texts for s in sentences(text) if " ".join(s.split()) not in got]
    assert not lost, f"lost {lost!r}"
