"""Print replicas pasted from an e-paper viewer: the viewer's furniture, the page's folio (the paper's name
in it), a headline over two lines, the writer in capitals over the text, a narrow column hard-wrapped with
broken words, a caption's credit after a slash, a jump to another page, the briefs column after the story."""
import pytest

from generator.importer import parse_clipping
from generator.importer.head import folio
from generator.importer.mastheads import folio_outlet
from generator.importer.lines import PAGE_NAV

REPLICA_FR = """Liseuse numérique · Le Réveil du Vexin
◀ Page précédente    Page suivante ▶

8 | RÉGION          LE RÉVEIL DU VEXIN          JEUDI 4 DÉCEMBRE 2026

MAGNY-EN-VEXIN

Le vieux lavoir du
bourg sera restauré

CLAIRE DUBOSC
MAGNY-EN-VEXIN

Le conseil municipal a voté lun-
di soir, à l'unanimité, la restau-
ration du lavoir de la rue des
Tanneurs, fermé au public depuis
l'effondrement d'une partie de
sa charpente l'hiver dernier.

Les travaux, estimés à 180 000
euros, seront financés pour moi-
tié par la région. Ils doivent
commencer au printemps et du-
rer environ six mois, selon le
maire, qui promet une fête pour
la réouverture du bâtiment.

Le lavoir de la rue des Tanneurs, lundi. / P. LEROUX

Suite page 9

EN BREF

Collecte de jouets
Les pompiers recueillent des jouets jusqu'au 20 décembre à la caserne.
"""


def test_a_french_replica_page_gives_its_story():
    clip = parse_clipping(REPLICA_FR)
    assert clip.title == "Le vieux lavoir du bourg sera restauré"
    assert clip.outlet == "Le Réveil du Vexin"
    assert clip.authors == ["Claire Dubosc"] and clip.credits == ["P. LEROUX"]
    assert clip.published == "2026-12-04"
    assert clip.body[0].startswith("Le conseil municipal a voté lundi soir, à l'unanimité, la restauration du lavoir")
    assert "pour moitié par la région" in clip.text and len(clip.body) == 2
    for noise in ("Page précédente", "Suite page 9", "EN BREF", "jouets", "MAGNY-EN-VEXIN", "lundi. /"):
        assert noise not in clip.text


@pytest.mark.parametrize("line", [
    "THE FENWAY ECHO     Friday, 4 December 2026     12", "12 | SPORT          IL CORRIERE DEL TARO          VENERDÌ 4 DICEMBRE 2026",
    "Edición impresa · Viernes, 4 de diciembre de 2026", "3   DER TALBOTE   Freitag, 4. Dezember 2026",
])
def test_a_folio_is_told_from_a_byline_or_a_dateline(line):
    assert folio(line)


@pytest.mark.parametrize("line", ["Published 4 December 2026, 09:30", "Por Lucía Gil | Madrid", "Lyon, le 4 décembre 2026"])
def test_an_articles_dateline_is_no_folio(line):
    assert not folio(line)


def test_a_folio_names_the_paper_only_when_one_cell_can_be_its_name():
    assert folio_outlet("12 | SPORT          IL CORRIERE DEL TARO          VENERDÌ 4 DICEMBRE 2026") == "Il Corriere del Taro"
    assert folio_outlet("12 | SPORT          VENERDÌ 4 DICEMBRE 2026") is None


@pytest.mark.parametrize("item", ["◀ Previous page", "Next page ▶", "Page suivante ▶", "‹ Vorherige Seite", "Página siguiente ►",
                                  "Pagina precedente", "Next", "Zurück"])
def test_a_viewers_way_to_the_next_or_previous_page_is_furniture(item):
    assert PAGE_NAV.match(item)


@pytest.mark.parametrize("jump", ["Turn to page 6", "Continued on page 4", "From page 5", "Suite page 9", "Suite de la page 1",
                                  "Fortsetzung auf Seite 3", "Continúa en la página 14", "Continua a pagina 7",
                                  "Continua na página 2"])
def test_a_jump_to_or_from_another_page_is_not_text(jump):
    clip = parse_clipping("Harbour works to start in spring\n\nBy Meg Carver\n\n"
                          "The harbour works will start in spring, the port authority said on Thursday, after the "
                          f"winter storms delayed the survey of the old quay.\n\n{jump}\n\n"
                          "The authority will review the timetable in March, when the survey of the quay is complete.\n")
    assert jump not in clip.text and "review the timetable" in clip.text


def test_a_drop_cap_a_pull_quote_and_a_jump_headline_are_read_as_print_sets_them():
    clip = parse_clipping("""LE RÉVEIL DU VEXIN

La fromagerie rachetée par ses producteurs

Par Louise Chabanel

L
orsque le groupe a annoncé, en février, la fermeture de sa fromagerie, les éleveurs ont d'abord cru à une menace.

« On ne voulait pas livrer notre lait si loin »

« On ne voulait pas livrer notre lait si loin pour qu'il devienne du fromage anonyme », résume la présidente de la coopérative.

Suite page 4

SUITE DE LA UNE

Fromagerie : les éleveurs misent sur la vente directe

Le plan de reprise prévoit de vendre un quart de la production dans un magasin installé à l'entrée du site.
""")
    assert clip.body[0].startswith("Lorsque le groupe a annoncé")
    assert clip.text.count("On ne voulait pas livrer") == 1 and "vente directe" not in clip.text
    assert "Le plan de reprise prévoit" in clip.text and "Suite page" not in clip.text
