"""What a saved page's `<title>` says of its site: 'Headline — Site', 'Site :: Section', 'Blog: Post', and a side that
is a phrase ('— our December news'), not a name, which leaves the outlet to review rather than naming it wrongly."""
import pytest
from hypothesis import given, strategies as st

from generator.importer import read_clipping
from generator.importer.shown import sentence_case

PARAGRAPHS = ("<p>For the first time in at least forty years, otters are living on our stretch of the river, the volunteers "
              "who watch the camera traps at the weir said on Tuesday.</p>"
              "<p>Droppings were also found on three of the ledges under the footbridge, and samples have gone to the "
              "university for testing, which should tell how many animals there are.</p>")


def page(title: str, h1: str, extra: str = "") -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{extra}</head><body><article>"
            f"<h1>{h1}</h1>{PARAGRAPHS}</article></body></html>").encode()


@pytest.mark.parametrize("title, outlet", [
    ("Otters are back on the river — The Lea Gazette", "The Lea Gazette"),
    ("Otters are back on the river | Quaderni di bottega", "Quaderni di bottega"),
    ("Lea Valley Notes: Otters are back on the river", "Lea Valley Notes"),
    ("Otters are back on the river — our December news", None),
    ("Otters are back on the river — notre lettre de décembre", None),
])
def test_the_title_names_the_site_only_when_a_side_of_it_is_a_name(title, outlet):
    clip = read_clipping(page(title, "Otters are back on the river"), ".html")
    assert clip.title == "Otters are back on the river" and clip.outlet == outlet
    assert (outlet is None) == any(item.startswith("outlet") for item in clip.review)


def test_a_site_and_its_section_in_the_title_name_the_site_and_leave_the_headline_to_the_page():
    clip = read_clipping(page("Hebden Bridge Weekly :: Local News", "Otters are back on the river"), ".html")
    assert (clip.outlet, clip.title) == ("Hebden Bridge Weekly", "Otters are back on the river")


@pytest.mark.parametrize("section, kind", [("Opinion", "opinion"), ("Interview", "interview"),
                                           ("Communiqués de presse", None), ("Pressemitteilung", "press-release")])
def test_the_declared_section_names_the_kind_when_it_is_one(section, kind):
    clip = read_clipping(page("Otters are back on the river — The Lea Gazette", "Otters are back on the river",
                              f"<meta property='article:section' content='{section}'>"), ".html")
    assert clip.kind == (kind or None) or kind is None and clip.kind in (None, "news")


def test_a_blogger_time_stamp_in_a_title_attribute_dates_the_post_to_the_minute():
    stamp = "<abbr class='published' itemprop='datePublished' title='2026-12-01T18:40:00+01:00'>18:40</abbr>"
    data = page("Lea Valley Notes: Otters are back on the river", "Otters are back on the river").replace(
        b"<h1>", f"<p>{stamp}</p><h1>".encode(), 1)
    clip = read_clipping(data, ".html")
    assert clip.published.startswith("2026-12-01T18:40")


def test_a_platforms_post_is_the_publication_it_names_after_published_in():
    data = page("Otters are back on the river | The Lea Gazette | Quillpost", "Otters are back on the river",
                "<meta property='og:site_name' content='Quillpost'>").replace(
        b"<h1>", b"<div><span>Published in</span><div><a href='/lea-gazette'><p>The Lea Gazette</p></a></div></div><h1>", 1)
    assert read_clipping(data, ".html").outlet == "The Lea Gazette"


def test_a_pictures_author_in_microdata_is_a_credit_not_the_writer():
    data = page("Otters are back on the river — The Lea Gazette", "Otters are back on the river").replace(
        b"<h1>", b"<span itemprop='author'>Ann Lowe</span><figure><figcaption><span itemprop='author'>Foto: Pau Morell"
                 b"</span></figcaption></figure><h1>", 1)
    clip = read_clipping(data, ".html")
    assert clip.authors == ["Ann Lowe"] and "Foto: Pau Morell" not in clip.authors


def test_a_print_view_names_its_site_not_print_version():
    clip = read_clipping(page("El Correo del Tiétar - Versión para imprimir", "Los vecinos de Sotillo recuperan el lavadero"),
                         ".html")
    assert clip.outlet == "El Correo del Tiétar" and clip.title != "El Correo del Tiétar"


def test_a_date_under_its_label_in_elements_of_its_own_dates_the_page():
    data = page("Otters are back on the river — The Lea Gazette", "Otters are back on the river").replace(
        b"</h1>", b"</h1><div><small>Data:</small><p>01 dicembre 2026</p></div>", 1)
    assert read_clipping(data, ".html").published == "2026-12-01"


def test_a_page_whose_headline_nothing_marks_keeps_its_provisional_title_in_review():
    data = (b"<html><head><title>Versione stampabile</title></head><body><table><tr><td>" + PARAGRAPHS.encode() +
            b"</td></tr></table></body></html>")
    clip = read_clipping(data, ".html")
    assert clip.title.endswith("…") and any(item.startswith("title:") for item in clip.review)


def test_a_title_with_the_site_after_a_colon_names_the_site():
    clip = read_clipping(page("Otters are back on the river: Klinikum Saalfelden", "Otters are back on the river"), ".html")
    assert clip.outlet == "Klinikum Saalfelden"


@pytest.mark.parametrize("address", ["https://www.klinikum.example/aktuelles/pressemitteilungen/detail/otters",
                                     "https://www.collieuganei.example/comunicati/otters/",
                                     "https://www.pref.example/actualites/communiques-de-presse/otters"])
def test_a_page_filed_under_the_sites_press_releases_is_a_press_release(address):
    clip = read_clipping(page("Otters are back on the river — The Lea Trust", "Otters are back on the river",
                              f"<link rel='canonical' href='{address}'>"), ".html")
    assert clip.kind == "press-release"


def test_a_press_office_named_as_author_is_no_author():
    clip = read_clipping(page("Otters are back on the river — The Lea Trust", "Otters are back on the river",
                              "<meta name='author' content='Comunicación UTC'>"), ".html")
    assert clip.authors == [] and any(item.startswith("authors") for item in clip.review)


def test_a_sections_name_before_the_headline_leaves_no_headline_as_the_site():
    headline = "Otters are back on the river after forty years"
    html = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Cultura - {headline}</title></head><body>"
            f"<div itemscope itemtype='https://schema.org/Article'><h2 itemprop='headline'>{headline}</h2>"
            f"<div itemprop='articleBody'>{PARAGRAPHS}</div></div></body></html>")
    clip = read_clipping(html.encode(), ".html")
    assert clip.title == headline and clip.outlet != headline


def test_the_pages_own_headline_wins_over_a_shorter_social_one_when_its_title_and_h1_agree():
    full = "Otter survey: the river's otters are back after forty years of absence"
    extra = "<meta property='og:title' content='Otters are back'>"
    clip = read_clipping(page(f"{full} | The Lea Gazette", full, extra), ".html")
    assert clip.title == full


def test_the_social_headline_stays_when_the_page_shows_no_other():
    extra = "<meta property='og:title' content='Otters are back on the river'>"
    clip = read_clipping(page("The Lea Gazette", "Otters are back on the river", extra), ".html")
    assert clip.title == "Otters are back on the river"


@pytest.mark.parametrize("separator", ["·", "|", "–"])
def test_a_social_title_that_is_the_headline_alone_leaves_the_site_to_the_pages_title(separator):
    head = ("<meta property='og:title' content='Otters are back on the river'>"
            "<link rel='canonical' href='https://leanotes.example/posts/otters/'>")
    body = "<p class='byline'>Por Antonio Marín Jódar · 4 min de lectura</p>"
    clip = read_clipping(page(f"Otters are back on the river {separator} Lea Valley Notes", "Otters are back on the river",
                              head).replace(b"<article>", f"<article>{body}".encode()), ".html")
    assert clip.outlet == "Lea Valley Notes" and clip.authors == ["Antonio Marín Jódar"]


@pytest.mark.parametrize("declared, printed, published", [
    ("2026-12-01T03:05:00.000Z", "Nov 30, 2026", "2026-11-30"),          # (a site in Alberta: the evening before)
    ("2026-12-03T10:30:00+00:00", "Friday, 4 December 2026", "2026-12-03T10:30+00:00"),   # (a date strip: another day)
    ("2026-12-01T03:05:00-07:00", "Nov 30, 2026", "2026-12-01T03:05-07:00"),   # (a local time says its own day)
])
def test_a_declared_utc_time_gives_way_to_the_day_the_page_prints_only_near_midnight(declared, printed, published):
    head = f"<meta property='article:published_time' content='{declared}'>"
    clip = read_clipping(page("Otters are back on the river | The Lea Gazette", "Otters are back on the river", head)
                         .replace(b"<article>", f"<article><p class='byline'>By Ann Lowe · {printed}</p>".encode()), ".html")
    assert clip.published == published


@pytest.mark.parametrize("label, kind", [("Pressemitteilung", "press-release"), ("Communiqué de presse", "press-release"),
                                         ("Weinbau", None)])
def test_a_documents_label_shown_over_the_headline_names_the_kind_where_the_main_text_drops_it(label, kind):
    data = (f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Land stützt Steillagenweinbau | Hessisches "
            f"Ministerium</title></head><body><main><article class='c-press node--type-press-release'><div class='c-press__meta'>"
            f"<span class='c-press__label'>{label}</span><span class='c-press__date'><time datetime='2026-03-12T12:00:00Z'>"
            "12.03.2026</time></span><span class='c-press__topic'>Weinbau</span></div><h1 class='c-press__title'><span>Land "
            "stützt Steillagenweinbau im Rheingau mit neuem Förderprogramm</span></h1><div class='c-press__teaser'>Mit einem "
            "neuen Förderprogramm will das Land die Bewirtschaftung von Steillagen im Rheingau sichern.</div><div class="
            "'c-press__body'><p>Rund 420 Hektar Rebfläche in Hessen liegen in Steillagen mit mehr als 30 Prozent "
            "Hangneigung, der größte Teil davon im westlichen Rheingau zwischen Rüdesheim und Lorch.</p><p>Gefördert werden "
            "Flächen ab 30 Prozent Hangneigung mit 1.800 Euro je Hektar und Jahr, teilte das Ministerium mit.</p></div>"
            "</article></main></body></html>").encode()
    clip = read_clipping(data, ".html")
    assert clip.kind == kind or kind is None and clip.kind in (None, "news")


MENU = ("<nav><a href='/'>Inicio</a> <a href='/servicios/'>Servicios</a> <a href='/servicios/transporte/'>Transporte</a> "
        "<a href='#'>{label}</a></nav>")


@pytest.mark.parametrize("title, label, outlet", [
    ("Preguntas frecuentes - Bus a Demanda - Mancomunidad de Municipios del Valle Alto", "Preguntas frecuentes",
     "Mancomunidad de Municipios del Valle Alto"),
    ("Consorcio de Vialidad Invernal del Valle Alto - Perfil del contratante", "Perfil del contratante",
     "Consorcio de Vialidad Invernal del Valle Alto"),
    ("Foire aux questions - Communauté de Communes du Val Haut", "Foire aux questions",
     "Communauté de Communes du Val Haut"),
])
def test_an_end_of_the_title_that_is_a_menu_s_label_is_the_page_s_not_the_site_s(title, label, outlet):
    """'Preguntas frecuentes', a link of the page's menu and a phrase, not a name: the other end names the site."""
    html = page(title, "Otters are back on the river").replace(b"<body>", ("<body>" + MENU.format(label=label)).encode())
    assert read_clipping(html, ".html").outlet == outlet


def test_a_name_in_the_title_that_the_menu_links_home_stays_the_site():
    """The logo's link home carries the site's name: it is no menu label."""
    title = "Otters are back on the river | Quaderni di bottega"
    html = page(title, "Otters are back on the river").replace(
        b"<body>", "<body><nav><a href='/'>Quaderni di bottega</a> <a href='/natura/'>Natura</a></nav>".encode())
    assert read_clipping(html, ".html").outlet == "Quaderni di bottega"


@given(st.lists(st.from_regex(r"[A-ZÁÉÖ][a-záéöü]{3,9}", fullmatch=True), min_size=2, max_size=6),
       st.sampled_from(["", " de", " of the", " della", " für"]))
def test_a_name_that_capitalises_its_words_is_never_read_as_a_phrase(words, joint):
    name = words[0] + joint + " " + " ".join(words[1:])
    assert not sentence_case(name)
    assert sentence_case(words[0] + " " + " ".join(word.lower() for word in words[1:]))


@pytest.mark.parametrize("declared", ["Rédaction Côte Infos", "Redaktion", "Newsdesk"])
def test_a_declared_desk_leaves_the_writer_the_page_prints(declared):
    """The page's JSON-LD names its desk as the author; its byline names the writer: the writer is the author."""
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":'
          f'"Otters are back on the river","author":{{"@type":"Person","name":"{declared}"}},'
          '"publisher":{"@type":"Organization","name":"Côte Infos"}}</script>')
    html = page("Otters are back on the river | Côte Infos", "Otters are back on the river", ld).replace(
        b"</h1>", "</h1><p class='byline'>Par Ana Lopes</p>".encode())
    clip = read_clipping(html, ".html")
    assert clip.authors == ["Ana Lopes"]
