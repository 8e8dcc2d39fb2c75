"""What a saved page declares about itself, read through one table of sources: Dublin Core and
citation_* meta, microdata, several JSON-LD blocks, a web archive's copy. Fictional pages."""
import pytest

from generator.importer import read_clipping
from generator.importer.sources import page_address, person_name

BODY = {
    "en": ["The ferry company will cut the winter timetable to two crossings a day from January, blaming the cost of "
           "fuel and a shortage of deckhands.", "Islanders said the change would make it impossible to commute to the "
           "mainland for work and asked the council to step in."],
    "fr": ["La commune fermera la piscine municipale pendant tout l'hiver pour remplacer la chaudière, qui date de la "
           "construction du bâtiment.", "Les clubs de natation devront s'entraîner dans le bassin de la ville voisine, "
           "à vingt minutes en car."],
    "de": ["Die Gemeinde schließt das Freibad im kommenden Jahr für eine Sanierung der Becken, die seit den Siebzigern "
           "nicht erneuert wurden.", "Der Schwimmverein sucht nun nach einer Halle in der Nachbarstadt und rechnet mit "
           "höheren Kosten für die Busfahrten."],
    "es": ["El ayuntamiento cerrará el mercado de abastos durante seis meses para reparar la cubierta, dañada por las "
           "lluvias del invierno pasado.", "Los comerciantes se trasladarán a unas carpas en la plaza mayor mientras "
           "duren las obras."],
    "it": ["Il comune chiuderà la biblioteca civica per tre mesi per rifare l'impianto elettrico, giudicato non più "
           "sicuro dai tecnici.", "I prestiti continueranno in una sala della scuola media, aperta il martedì e il "
           "giovedì pomeriggio."],
    "pt": ["A câmara vai fechar o mercado municipal durante seis meses para reparar o telhado, danificado pelas chuvas "
           "do último inverno.", "Os vendedores passam para tendas instaladas no largo da igreja enquanto durarem as "
           "obras."],
}


def _page(head: str, lang: str, title: str = "A headline of the fictional page", body: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY[lang])
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
            f"<body><main><article><h1>{title}</h1>{body}{paragraphs}</article></main></body></html>").encode()


@pytest.mark.parametrize("url, address", [
    ("https://archive.example/web/20250612083015/https://news.example/a/b", "https://news.example/a/b"),
    ("https://archive.example/20250612083015id_/http://news.example/a", "http://news.example/a"),
    ("https://news.example/a?utm_source=home&utm_medium=x&id=4", "https://news.example/a?id=4"),
    ("https://news.example/logo.png", None),
    ("/relative/path", None),
])
def test_a_declared_address_is_the_articles_own(url, address):
    assert page_address(url) == address


@pytest.mark.parametrize("written, name", [
    ("Brandner, Klara", "Klara Brandner"), ("Okonkwo, David Ade", "David Ade Okonkwo"), ("Ann Lowe", "Ann Lowe")])
def test_a_name_written_surname_first_is_turned(written, name):
    assert person_name(written) == name


@pytest.mark.parametrize("lang, publisher, date, authors", [
    ("de", "Institut für Wasser und Boden", "2025/10/21", ["Meier, Jana", "Osei, Kofi"]),
    ("fr", "Observatoire des rivières du Morvan", "2025-03-04", ["Durand, Claire"]),
    ("es", "Centro de Estudios del Ebro", "2024/12/02", ["Gil, Ana", "Ruiz, Pablo"]),
    ("pt", "Instituto do Território", "2025-01-15", ["Lopes, Rita"]),
], ids=["de", "fr", "es", "pt"])
def test_dublin_core_and_citation_meta_state_outlet_authors_date_and_address(lang, publisher, date, authors):
    head = (f"<meta name='DC.publisher' content='{publisher}'>" +
            "".join(f"<meta name='citation_author' content='{a}'>" for a in authors) +
            f"<meta name='citation_publication_date' content='{date}'>"
            "<meta name='citation_abstract_html_url' content='https://institute.example/briefs/7'>")
    c = read_clipping(_page(head, lang, title="A fictional brief — IFX"), ".html")
    assert c.outlet == publisher
    assert c.authors == [person_name(a) for a in authors]
    assert c.published == date.replace("/", "-")
    assert c.url == "https://institute.example/briefs/7"
    assert not {"outlet", "url", "published", "authors"} & set(c.review)


def test_microdata_names_its_page_and_a_logos_address_is_no_articles():
    head = ""
    body = ("<div itemscope itemtype='https://schema.org/NewsArticle'>"
            "<link itemprop='mainEntityOfPage' href='https://hebdo.example/ville/2025/piscine'>"
            "<span itemprop='publisher' itemscope><meta itemprop='name' content='Hebdo du Val'>"
            "<span itemprop='logo' itemscope><meta itemprop='url' content='https://hebdo.example/logo.png'></span></span>"
            "<time itemprop='datePublished' datetime='2025-09-30T07:45:00+02:00'>30 septembre</time>"
            "<figure><img src='/p.jpg' alt=''><figcaption><span>Le bassin vide.</span> "
            "<span itemprop='creditText'>Photo : Marc Lenoir</span></figcaption></figure></div>")
    c = read_clipping(_page(head, "fr", body=body), ".html")
    assert c.url == "https://hebdo.example/ville/2025/piscine"
    assert c.outlet == "Hebdo du Val"
    assert "Photo : Marc Lenoir" in c.credits


def test_a_page_saved_from_a_web_archive_is_the_originals_article():
    original = "https://www.islandpost.example/news/2025/ferry-timetable"
    head = (f"<link rel='canonical' href='https://archive.example/web/20250612083015/{original}'>"
            f"<meta property='og:url' content='{original}'><meta property='og:site_name' content='The Island Post'>"
            "<meta property='article:published_time' content='2025-06-11T17:20:00+01:00'>")
    c = read_clipping(_page(head, "en"), ".html")
    assert (c.url, c.outlet, c.published[:16], c.reproduced_by) == (original, "The Island Post", "2025-06-11T17:20", None)


def test_of_two_json_ld_blocks_the_articles_own_node_wins_over_the_pages_template():
    head = ("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\",\"url\":\"https://voce.example/a?utm_source=x\","
            "\"name\":\"Biblioteca chiusa - La Voce\",\"datePublished\":\"2024-02-11T09:00:00+01:00\"}]}</script>"
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Biblioteca chiusa per tre mesi\","
            "\"datePublished\":\"2025-10-03T14:20:00+02:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Giulia Neri\"},"
            "\"publisher\":{\"name\":\"La Voce della Valle\"},\"mainEntityOfPage\":{\"@id\":\"https://voce.example/a\"}}</script>")
    byline = "<div class='autore'>di <strong>Giulia Neri</strong> · 3 Ottobre 2025 - 14:20</div>"
    c = read_clipping(_page(head, "it", title="Biblioteca chiusa per tre mesi", body=byline), ".html")
    assert (c.outlet, c.published, c.url) == ("La Voce della Valle", "2025-10-03T14:20+02:00", "https://voce.example/a")
    assert c.authors == ["Giulia Neri"] and c.reproduced_by is None
