"""A reading app's export and a council's act. An app's text export ('Leseliste · Export', 'Exportiert am …' over a
rule of '=') is where the article was read, not who published it: the outlet is the one named under the headline,
without its section, and the article's own date, not the export's. A French council's act under its administrative
banner ('DÉPARTEMENT DES VOSGES' / 'ARRONDISSEMENT DE …' / 'COMMUNE DE …') is the commune's, and is dated the day it
was published ('… et publication le 22 mars 2024'), not the day of its sitting. Cases in my own words."""
from generator.importer import parse_clipping, read_clipping
from generator.importer.mastheads import PARENT_BODY
from generator.importer.pdf import POSTED

EXPORT = ["Lesestapel · Export", "Artikel mit Markierungen und Notizen", "Exportiert am 03.03.2026 um 22:40", "==========",
          "Neue Buslinie verbindet Kemnath mit dem Bahnhof Immenreuth", "Kemnather Anzeiger · Lokales", "Von Jonas Brunner",
          "27.02.2026, 09:15 Uhr", "",
          "Ab dem 1. April fährt ein neuer Rufbus zwischen Kemnath und dem Bahnhof Immenreuth, teilte das Landratsamt am "
          "Freitag mit.", "",
          "Markierung (Gelb) | Position 88",
          "Der Bus fährt werktags im Stundentakt und kann bis 30 Minuten vor der Abfahrt per App bestellt werden.", "",
          "Notiz: Fahrgastzahlen beim Landratsamt anfragen.", "",
          "Die Kosten von rund 180.000 Euro im Jahr tragen der Landkreis und die Stadt Kemnath gemeinsam."]


def test_a_reading_apps_export_names_the_outlet_under_the_headline_not_the_app():
    clip = parse_clipping("\n".join(EXPORT))
    assert clip.outlet == "Kemnather Anzeiger"
    assert clip.published == "2026-02-27T09:15"
    assert clip.title == "Neue Buslinie verbindet Kemnath mit dem Bahnhof Immenreuth"


def test_without_an_exports_header_the_same_lines_are_read_as_before():
    clip = parse_clipping("\n".join(EXPORT[4:]))
    assert clip.title == "Neue Buslinie verbindet Kemnath mit dem Bahnhof Immenreuth"
    assert clip.outlet != "Lesestapel"


def test_a_councils_act_is_the_communes_dated_by_its_publication(tmp_path):
    from tests.pdfmaker import set_in_lines, write_pdf
    text = ("L'an deux mille vingt-six, le neuf février à vingt heures, le Conseil municipal de la commune de Gérardmer, "
            "dûment convoqué, s'est réuni en séance publique sous la présidence de Mme Claire Thomas, Maire.")
    more = ("Le Conseil municipal, après en avoir délibéré, décide à l'unanimité de fixer le tarif du stationnement au bord "
            "du lac à deux euros de l'heure du 1er juillet au 31 août.")
    pages = [["RÉPUBLIQUE FRANÇAISE", "DÉPARTEMENT DES VOSGES", "ARRONDISSEMENT DE SAINT-DIÉ-DES-VOSGES",
              "COMMUNE DE GÉRARDMER", "", "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
              "Séance du 9 février 2026", "", "Délibération n° 2026-012", "", "Objet : Tarifs du stationnement au bord du lac",
              "", *set_in_lines(text), "", *set_in_lines(more), "",
              "Acte rendu exécutoire après transmission en préfecture le 12 février 2026",
              "et publication le 13 février 2026."]]
    path = write_pdf({"metadata": {"Title": "Microsoft Word - DCM_2026_012.docx", "Author": "secretariat"},
                      "pages": pages}, tmp_path / "dcm.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert clip.outlet == "Commune de Gérardmer"
    assert clip.published == "2026-02-13"
    assert clip.kind == "document"


def test_an_arrondissement_is_a_parent_body_and_a_publication_line_posts_an_act():
    assert PARENT_BODY.match("ARRONDISSEMENT DE SAINT-DIÉ-DES-VOSGES")
    assert POSTED.match("et publication le 13 février 2026.")
    assert not POSTED.match("Acte rendu exécutoire après transmission en préfecture le 12 février 2026")
