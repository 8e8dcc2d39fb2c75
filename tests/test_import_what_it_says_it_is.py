"""What a clipping says of itself, read wherever it says it: a page's sections given as a list ('Columns', 'Opinion'),
a wire's 'News provided by' over a release, a court's summary of its own ruling, the first of an article's pages, a
paper named at the text's foot as where it first appeared; and a letterhead's second line, what the body does, is not
its name. Cases in my own words."""
import json

import pytest

from generator.importer import parse_clipping, read_clipping
from tests.pdfmaker import write_pdf

TEXT = ["The valley's four backcountry huts were booked on every night of last winter, and the society that runs them "
        "turned away more than six hundred parties between December and April, its annual report shows.",
        "Two more huts would cost about a million dollars, less than a single lodge, and would keep the high country "
        "open to everyone rather than to those who can pay for a guided week.",
        "The society's members will vote on the plan at their meeting in March, and the province has promised to "
        "match whatever they raise for the first of the two."]


def page(ld: dict, body: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in TEXT)
    return (f"<html><head><title>{ld.get('headline', '')}</title><script type='application/ld+json'>{json.dumps(ld)}"
            f"</script></head><body><article><h1>{ld.get('headline', '')}</h1>{paragraphs}{body}</article></body></html>").encode()


def test_a_page_s_sections_given_as_a_list_set_its_kind_from_any_of_them():
    ld = {"@type": "NewsArticle", "headline": "Build two more huts before someone builds a lodge",
          "articleSection": ["Columns", "Opinion"], "datePublished": "2025-11-19T07:00:00-07:00"}
    assert read_clipping(page(ld), ".html").kind == "opinion"
    ld["articleSection"] = ["Local", "Outdoors"]
    assert read_clipping(page(ld), ".html").kind is None


@pytest.mark.parametrize("split, partial", [("<div class='page-nav'><p>Pagina 1 di 2</p><p><a href='2/'>Pagina successiva »</a></p></div>", True),
                                            ("<div class='page-nav'><p><a href='1/'>« Pagina precedente</a></p><p>Pagina 2 di 2</p></div>", False)])
def test_the_first_of_an_article_s_pages_is_partial(split, partial):
    ld = {"@type": "NewsArticle", "headline": "Donazione degli organi, a Matera sette su dieci dicono sì",
          "datePublished": "2026-02-03T09:00:00+01:00"}
    clip = read_clipping(page(ld, split), ".html")
    assert (clip.access == "partial") is partial


def test_a_release_a_wire_distributes_is_a_press_release_and_a_platform_s_published_in_is_not():
    head = ["PRLine", "News", "Log in", "Sign up"]
    release = ["Valley Tidal Power secures licence for a tidal kite trial in the estuary", "News provided by",
               "Valley Tidal Power Ltd", "24 Feb, 2026, 07:00 GMT", *TEXT]
    clip = parse_clipping("\n".join([*head, *release]))
    assert clip.kind == "press-release" and clip.outlet == "Valley Tidal Power Ltd"
    post = ["Valley Ledger", "Stonington tightens its rules on short-term rentals", "Published in", "Valley Ledger",
            "Ann Lowe", "Feb 24, 2026", *TEXT]
    assert parse_clipping("\n".join(post)).kind != "press-release"


@pytest.mark.parametrize("title", ["Resumen de la Sentencia n.º 57/2026: licencia de actividad de una escuela de esquí",
                                   "Press summary of the judgment: Harbour Trust v Valley Council",
                                   "Résumé de l'arrêt du 3 février 2026 sur la licence d'une école de ski"])
def test_a_court_s_summary_of_its_own_ruling_is_a_court_record(tmp_path, title):
    pages = [["COURT OF THE VALLEY", "Case no. 412/2025", "", title, "",
              "The court has partly upheld the appeal brought by the ski school against the council's refusal of a",
              "licence for the premises where it meant to keep its equipment and meet its clients.", "",
              "The ruling, given on 3 February 2026, quashes the refusal and orders the council to decide again.", ""]]
    clip = read_clipping(write_pdf({"metadata": {}, "pages": pages}, tmp_path / "ruling.pdf").read_bytes(), ".pdf")
    assert clip.kind == "court-record"


def test_a_letterhead_s_second_line_saying_what_the_body_does_is_not_its_name(tmp_path):
    pages = [["SYNDICAT MIXTE DU VAL DE L'ADOUR", "Prévention des inondations – Gestion des milieux aquatiques", "", "",
              "COMMUNIQUÉ DE PRESSE", "", "Dax, le 24 mars 2025", "",
              "Huit nouvelles sirènes d'alerte testées le 2 avril le long de l'Adour", "",
              "Le Syndicat mixte du Val de l'Adour met en service huit nouvelles sirènes d'alerte le long du fleuve,",
              "qui seront testées le mercredi 2 avril à midi dans les quatre communes riveraines.", "",
              "Les habitants n'ont rien à faire pendant l'essai, qui durera une minute et demie.", ""]]
    clip = read_clipping(write_pdf({"metadata": {}, "pages": pages}, tmp_path / "cp.pdf").read_bytes(), ".pdf")
    assert clip.outlet == "Syndicat mixte du Val de l'Adour"


def test_a_paper_named_at_the_text_s_foot_as_where_it_first_appeared_is_the_original():
    lines = ["BWInfo", "Accueil > Communes > Nivelles", "Nivelles aura enfin son skatepark en béton",
             "Publié sur BWInfo le 9 mai 2025 à 14:20", "Par Julien Verhaegen", *TEXT,
             "Cet article a d'abord paru dans Le Courrier du Roman Païs, édition du 7 mai 2025. Il est reproduit sur "
             "BWInfo avec l'accord de la rédaction.", "", "Partager cet article", "Facebook", "", "Dans la même commune", "",
             "Nivelles : la rue du Château fermée tout l'été pour l'égouttage",
             "Les travaux débuteront le 16 juin et dureront jusqu'à la fin du mois d'août, avec une déviation par l'avenue.",
             "", "Mentions légales", "© 2025 BWInfo"]
    clip = parse_clipping("\n".join(lines))
    assert clip.outlet == "Le Courrier du Roman Païs" and clip.published == "2025-05-07"
    assert clip.reproduced_by and clip.reproduced_by.outlet == "BWInfo"
    assert "rue du Château" not in clip.text
