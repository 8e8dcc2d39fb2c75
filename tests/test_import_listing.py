"""A listing page (a topic page, a section front, a blog's index) that shows one item in full: the item is the
clipping, with its own headline, byline and address; the listing's title, introduction and the other items'
teasers are not part of it. An article page with related headlines around it is not a listing."""
import json

import pytest

from generator.importer import read_clipping
from generator.importer.listing import article_page

PARAS = {
    "de": ["Der Kreistag hat am Mittwoch beschlossen, die Buslinie 412 ab dem Frühjahr auch sonntags fahren zu lassen.",
           "Bisher endete der Verkehr am Samstagabend, was vor allem ältere Menschen in den Dörfern vom Markt abschnitt.",
           "Die Mehrkosten von rund 90.000 Euro im Jahr teilen sich der Kreis und die drei beteiligten Gemeinden.",
           "Der Fahrgastbeirat will nach einem Jahr prüfen, ob die Fahrten angenommen werden und der Takt reicht."],
    "es": ["El ayuntamiento abrió el lunes el plazo para pedir las huertas municipales junto al río, que este año son "
           "cuarenta parcelas.",
           "Cada parcela tiene riego por goteo y una caseta para las herramientas, y se adjudica por sorteo entre los "
           "vecinos empadronados.",
           "Los jubilados y las familias con hijos pequeños tendrán reservada la mitad de las parcelas, según las bases.",
           "El sorteo será público y se celebrará en el salón de plenos a mediados del mes que viene."],
}


def ld_listing(items: list[dict]) -> str:
    return ('<script type="application/ld+json">' + json.dumps({
        "@context": "https://schema.org", "@type": "CollectionPage", "name": "Thema Nahverkehr",
        "publisher": {"@type": "Organization", "name": "Kreisbote Talheim"},
        "mainEntity": {"@type": "ItemList", "itemListElement": [
            {"@type": "ListItem", "position": n, "item": {"@type": "NewsArticle", **item}} for n, item in enumerate(items, 1)]}},
        ensure_ascii=False) + "</script>")


def test_a_declared_listing_s_item_shown_in_full_is_the_clipping():
    items = [{"headline": "Radweg nach Oberbach wird breiter", "url": "https://kreisbote.example/radweg-oberbach"},
             {"headline": "Buslinie 412 fährt künftig auch sonntags", "url": "https://kreisbote.example/bus-412-sonntag",
              "datePublished": "2026-04-08T17:20:00+02:00", "author": {"@type": "Person", "name": "Lena Vogt"}},
             {"headline": "Neue Haltestelle am Friedhof", "url": "https://kreisbote.example/haltestelle-friedhof"}]
    page = ("<!DOCTYPE html><html lang='de'><head><title>Thema Nahverkehr | Kreisbote Talheim</title>"
            "<link rel='canonical' href='https://kreisbote.example/thema/nahverkehr'>" + ld_listing(items) + "</head><body>"
            "<h1>Thema Nahverkehr</h1><p class='intro'>Alle Berichte über Busse, Bahnen und Radwege im Landkreis.</p>"
            "<ul class='list'><li><h3><a href='/radweg-oberbach'>Radweg nach Oberbach wird breiter</a></h3>"
            "<p>Die Arbeiten beginnen im Mai und dauern bis zum Herbst, sagt das Bauamt des Kreises.</p></li></ul>"
            "<div class='featured'><div class='head'><h2><a href='/bus-412-sonntag'>Buslinie 412 fährt künftig auch sonntags</a>"
            "</h2><p class='byline'>Von Lena Vogt</p></div>" + "".join(f"<p>{p}</p>" for p in PARAS["de"]) + "</div>"
            "<ul class='list'><li><h3><a href='/haltestelle-friedhof'>Neue Haltestelle am Friedhof</a></h3>"
            "<p>Der Unterstand wird im Sommer gebaut, die Bank kommt schon im Juni.</p></li></ul></body></html>")
    clip = read_clipping(page.encode(), ".html")
    assert (clip.title, clip.outlet, clip.authors) == ("Buslinie 412 fährt künftig auch sonntags", "Kreisbote Talheim",
                                                       ["Lena Vogt"])
    assert clip.url == "https://kreisbote.example/bus-412-sonntag" and clip.published.startswith("2026-04-08T17:20")
    assert clip.body == PARAS["de"]


def test_a_blog_index_that_shows_its_latest_post_in_full_gives_that_post():
    teasers = "".join(f"<article class='post'><h2 class='entry-title'><a href='https://huertas.example/{slug}/'>{title}</a></h2>"
                      f"<p>{text}</p></article>" for slug, title, text in [
                          ("poda", "Cuándo podar los frutales", "Un repaso rápido por el calendario de poda."),
                          ("semillas", "Intercambio de semillas en marzo", "Traed lo que os sobre del año pasado.")])
    page = ("<!DOCTYPE html><html lang='es'><head><title>Huertas del Río – Blog vecinal</title>"
            "<meta property='og:url' content='https://huertas.example/'></head><body>"
            "<header><a class='site-title' href='/'>Huertas del Río</a></header><main>"
            "<article class='post'><h2 class='entry-title'><a href='https://huertas.example/sorteo-parcelas/'>"
            "Abre el plazo para pedir una huerta municipal</a></h2><div class='entry-meta'>Por Marta Llorente · 3 de marzo "
            "de 2026</div><div class='entry-content'>" + "".join(f"<p>{p}</p>" for p in PARAS["es"]) + "</div></article>"
            + teasers + "</main><footer>© 2026 Huertas del Río</footer></body></html>")
    clip = read_clipping(page.encode(), ".html")
    assert (clip.title, clip.url) == ("Abre el plazo para pedir una huerta municipal", "https://huertas.example/sorteo-parcelas/")
    assert (clip.authors, clip.published, clip.outlet) == (["Marta Llorente"], "2026-03-03", "Huertas del Río")
    assert clip.body == PARAS["es"]


@pytest.mark.parametrize("og, ld", [
    ("", ""), ("<meta property='og:type' content='article'>", ""),
    ("", '<script type="application/ld+json">{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", '
    '"headline": "Buslinie 412 fährt künftig auch sonntags"}}</script>'),
])
def test_an_article_page_with_related_headlines_is_no_listing(og, ld):
    related = "".join(f"<li><h3><a href='/{n}'>Weitere Meldung Nummer {n} aus dem Kreis</a></h3></li>" for n in range(4))
    page = (f"<html lang='de'><head>{og}{ld}</head><body><article>"
            "<h1>Buslinie 412 fährt künftig auch sonntags</h1>" + "".join(f"<p>{p}</p>" for p in PARAS["de"]) +
            f"</article><aside><h2>Mehr zum Thema</h2><ul>{related}</ul></aside></body></html>")
    assert article_page(page) is None


def test_a_list_whose_items_are_only_names_and_addresses():
    ld = ('<script type="application/ld+json">{"@type": "ItemList", "itemListElement": ['
          '{"@type": "ListItem", "position": 1, "name": "Abre el plazo para pedir una huerta municipal", '
          '"url": "https://huertas.example/sorteo-parcelas/"},'
          '{"@type": "ListItem", "position": 2, "name": "Cuándo podar los frutales", "url": "https://huertas.example/poda/"}]}'
          "</script>")
    page = ("<html lang='es'><head><title>Huertas</title>" + ld + "</head><body><h1>Últimas entradas</h1>"
            "<section><h2>Abre el plazo para pedir una huerta municipal</h2><p class='byline'>Por Marta Llorente</p>"
            + "".join(f"<p>{p}</p>" for p in PARAS["es"]) + "</section>"
            "<section><h2>Cuándo podar los frutales</h2><p>Un repaso rápido por el calendario de poda.</p></section></body></html>")
    clip = read_clipping(page.encode(), ".html")
    assert (clip.title, clip.url, clip.authors) == ("Abre el plazo para pedir una huerta municipal",
                                                   "https://huertas.example/sorteo-parcelas/", ["Marta Llorente"])
    assert clip.body == PARAS["es"]


# --- never a sentence lost ---------------------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from tests.test_import_keeps_text import WORDS, sentences  # noqa: E402


def article_text(language: str):
    nouns, verbs, other = (part.split() for part in WORDS[language])
    phrase = st.tuples(st.sampled_from(other), st.sampled_from(nouns), st.sampled_from(verbs))
    sentence = st.builds(lambda first, rest: " ".join([first.capitalize(), *sum(rest, ())]) + ".",
                         st.sampled_from(nouns), st.lists(phrase, min_size=3, max_size=7))
    return st.lists(sentence, min_size=3, max_size=14, unique=True).map(   # (no sentence twice: a copy's artefact)
        lambda found: [" ".join(found[i:i + 3]) for i in range(0, len(found), 3)])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(WORDS)).flatmap(article_text), st.booleans(), st.booleans(), st.booleans())
def test_an_article_page_never_loses_a_sentence_to_the_listing_or_data_readers(paragraphs, teasers, data, og):
    related = "".join(f"<li><h3><a href='/story-{n}'>Another story number {n} from the valley</a></h3>"
                      f"<p>A short teaser for story {n}.</p></li>" for n in range(4)) if teasers else ""
    state = ('<script id="__NEXT_DATA__" type="application/json">' + json.dumps({"props": {"pageProps": {"article": {
        "title": "A different story", "body": [{"type": "paragraph", "text": "Short words of another story, told twice."}] * 2}}}})
        + "</script>") if data else ""
    page = (f"<!DOCTYPE html><html><head><title>Valley story | Valley Post</title>"
            f"{'<meta property=og:type content=article>' if og else ''}</head><body><main><article><h1>Valley story</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + f"</article><aside><ul>{related}</ul></aside></main>{state}</body></html>")
    got = " ".join(read_clipping(page.encode(), ".html").text.split())
    lost = [s.strip() for p in paragraphs for s in sentences(p) if " ".join(s.split()) not in got]
    assert not lost, f"lost {lost!r}"


def test_a_topic_page_whose_full_item_does_not_link_to_itself():
    teasers = "".join(f"<li><h3><a href='/{n}'>Weitere Meldung {n} aus dem Kreis</a></h3><p>Kurz gemeldet.</p></li>"
                      for n in range(3))
    page = ("<html lang='de'><head><title>Thema Nahverkehr | Kreisbote</title></head><body><h1>Thema Nahverkehr</h1>"
            "<p class='intro'>Alle Berichte über Busse und Bahnen.</p><div class='top'><h2>Buslinie 412 fährt künftig auch "
            "sonntags</h2><p class='byline'>Von Lena Vogt</p>" + "".join(f"<p>{p}</p>" for p in PARAS["de"]) +
            f"</div><ul>{teasers}</ul></body></html>")
    clip = read_clipping(page.encode(), ".html")
    assert (clip.title, clip.authors, clip.body) == ("Buslinie 412 fährt künftig auch sonntags", ["Lena Vogt"], PARAS["de"])


def test_an_article_page_with_sections_and_related_links_is_read_whole():
    related = "".join(f"<li><h3><a href='/{n}'>Weitere Meldung {n} aus dem Kreis</a></h3></li>" for n in range(3))
    page = ("<html lang='de'><head><title>Rufbus | Kreisbote</title></head><body><article><h1>Rufbus fährt ab Mai</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAS["de"][:2]) + "<section><h2>Die Kosten</h2>"
            + "".join(f"<p>{p}</p>" for p in PARAS["de"]) + f"</section></article><aside><ul>{related}</ul></aside></body></html>")
    assert article_page(page) is None


def test_an_article_page_headed_by_an_h2_with_sections_is_read_whole():
    related = "".join(f"<li><h3><a href='/{n}'>Weitere Meldung {n} aus dem Kreis</a></h3></li>" for n in range(3))
    page = ("<html lang='de'><head><title>Kreisbote</title></head><body><article><h2 class='entry-title'>Rufbus fährt ab Mai"
            "</h2>" + "".join(f"<p>{p}</p>" for p in PARAS["de"][:2]) + "<section><h3>Die Kosten</h3>"
            + "".join(f"<p>{p}</p>" for p in PARAS["de"]) + f"</section></article><aside><ul>{related}</ul></aside></body></html>")
    assert article_page(page) is None
