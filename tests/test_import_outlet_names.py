"""Lines that look like an outlet's name and are not, and names read whole: a site's version in brackets after its
name ('Bluenose Coast News (text-only)') is no part of it; a video player's button ('Lecture', 'Play') over a TV
station's story is no masthead; a Belgian or Swiss legal form ('asbl', 'sàrl') at the page's foot is no part of the
publisher's name; a printed page's section label in its running head ('SOCIEDADE') is no outlet, and a weekly's folio
(its page number, its name, its day) names it and dates the issue; an official gazette's long folio closing on its page
('Diário Oficial da República, 2.ª série N.º 104 30 de maio de 2025 Pág. 412') runs over the pages, names the gazette
without its series and number, and dates the notice. Cases in my own words."""
import pytest

from generator.importer import parse_clipping, read_clipping
from generator.importer.lines import outlet_name
from generator.importer.magazine import running_folio


@pytest.mark.parametrize("name", ["Bluenose Coast News (text-only)", "Bluenose Coast News (Text-only edition)",
                                  "Bluenose Coast News (lite)", "Bluenose Coast News (version texte)"])
def test_a_sites_version_in_brackets_is_no_part_of_its_name(name):
    assert outlet_name(name) == "Bluenose Coast News"


def test_a_name_in_brackets_that_is_no_version_stays():
    assert outlet_name("Radio Ouest (Vendée)") == "Radio Ouest (Vendée)"


def test_a_tv_stations_player_over_its_story_names_no_outlet():
    lines = ["Passer au contenu", "Télé-Famenne", "EN DIRECT", "Replay", "Info", "Sport", "Info › Régions › Rochefort",
             "Regarder la vidéo", "Lecture", "00:00 / 01:52", "Plein écran",
             "Rochefort : la piscine communale fermera tout l'été pour des travaux", "Publié le 03/06/2025 à 18:10", "",
             "La piscine communale de Rochefort fermera ses portes du 1er juillet au 31 août pour remplacer sa toiture et "
             "ses filtres, a annoncé le collège communal.", "",
             "Les élèves des écoles de l'entité seront conduits en bus à la piscine de Marche pendant les premières "
             "semaines de septembre si les travaux prennent du retard.", "",
             "Mentions légales", "© 2025 Télé-Famenne asbl"]
    clip = parse_clipping("\n".join(lines))
    assert clip.outlet != "Lecture"
    assert clip.outlet in (None, "Télé-Famenne")


def test_a_legal_form_at_the_foot_is_no_part_of_the_publishers_name():
    from generator.importer.prompts import footer_name
    assert footer_name("© 2025 Télé-Famenne asbl") == "Télé-Famenne"
    assert footer_name("© 2026 Radio Chablais Sàrl") == "Radio Chablais"


def test_a_weeklys_folio_names_it_and_dates_the_issue():
    removed = ["6 Notícias do Arouce 5 de março de 2026", "SOCIEDADE", "Notícias do Arouce 5 de março de 2026 7"]
    assert running_folio(removed) == ("Notícias do Arouce", "2026-03-05")


def test_a_parliaments_running_head_of_its_series_is_no_folio_name():
    assert running_folio(["Dáil Éireann – Written Answers – 10 February 2026", "Page 1 of 2"]) is None


def test_a_printed_pages_section_in_its_running_head_is_no_outlet(tmp_path):
    from tests.pdfmaker import set_in_lines, write_pdf
    text = ("A junta de freguesia vai fechar a escola primária de Cerdeira no fim do ano letivo, por falta de alunos, e "
            "as sete crianças que a frequentam passarão a ir de carrinha para a Lousã.")
    more = ("Os pais contestam a decisão e pedem que a escola se mantenha aberta pelo menos mais um ano, enquanto a "
            "câmara estuda a criação de um polo no centro da aldeia.")
    pages = [["4   Jornal da Serra   12 de junho de 2026", "EDUCAÇÃO", "", "Escola de Cerdeira fecha no fim do ano letivo",
              "", *set_in_lines(text), "", *set_in_lines(more)],
             ["Jornal da Serra   12 de junho de 2026   5", "EDUCAÇÃO", "", *set_in_lines(more), "", *set_in_lines(text)]]
    path = write_pdf({"metadata": {"Title": "JS_0612_p04-05", "Creator": "Adobe InDesign 19.2"}, "pages": pages},
                     tmp_path / "pagina.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert clip.outlet != "Educação"
    assert clip.outlet == "Jornal da Serra" and clip.published == "2026-06-12"


def test_a_gazettes_long_folio_closing_on_its_page_names_the_gazette_and_dates_the_notice(tmp_path):
    from tests.pdfmaker import set_in_lines, write_pdf
    text = ("El Ayuntamiento de Covaleda, en sesión plenaria celebrada el día 3 de abril de 2026, aprobó inicialmente la "
            "ordenanza reguladora del aprovechamiento de leñas en los montes de utilidad pública del municipio.")
    more = ("El expediente se somete a información pública por un plazo de treinta días hábiles, durante los cuales los "
            "interesados podrán examinarlo en la secretaría municipal y presentar las reclamaciones que estimen oportunas.")
    folio = "Boletín Oficial de la Provincia de Soria Núm. 45 Lunes, 21 de abril de 2026 Pág. {}"
    pages = [[folio.format(1204), "", "ADMINISTRACIÓN LOCAL", "", "AYUNTAMIENTOS", "", "COVALEDA", "",
              *set_in_lines(text), "", *set_in_lines(more), "", "BOPSO-45-21042026"],
             [folio.format(1205), "", *set_in_lines(more), "", "Covaleda, 8 de abril de 2026.– El Alcalde, Pedro Sanz Ibáñez.",
              "", "BOPSO-45-21042026"]]
    path = write_pdf({"metadata": {"Title": "BOPSO-45-21042026"}, "pages": pages}, tmp_path / "bop.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert clip.outlet == "Boletín Oficial de la Provincia de Soria"
    assert clip.kind == "document"
    assert clip.published == "2026-04-21"


@pytest.mark.parametrize("name", ["Appeal Decision", "Minutes of the Parish Council", "Planning application 25/02114/FUL"])
def test_what_an_official_paper_is_names_no_publisher(name):
    from generator.importer.vet import not_an_outlet
    assert not_an_outlet(name)


def test_a_letter_of_a_reference_in_a_running_footer_is_no_outlet(tmp_path):
    from tests.pdfmaker import set_in_lines, write_pdf
    text = ("The appeal is made under section 78 of the Town and Country Planning Act 1990 against a refusal to grant "
            "planning permission for the conversion of the former lido kiosk into a café with an outdoor terrace.")
    more = ("The main issue is the effect of the proposal on the character and appearance of the conservation area, and "
            "on the living conditions of the neighbouring residents with regard to noise.")
    foot = "Appeal Decision APP/K1128/W/26/3370011"
    pages = [["Appeal Decision", "", "Site visit made on 2 March 2026", "", *set_in_lines(text), "", foot, "Page 1"],
             [*set_in_lines(more), "", foot, "Page 2"]]
    path = write_pdf({"metadata": {"Title": foot}, "pages": pages}, tmp_path / "appeal.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert clip.outlet not in ("W", "K1128", "Appeal Decision")


@pytest.mark.parametrize("name, cut", [("Élections Communales du", True), ("Friends of the", True),
                                       ("Gazette de Lausanne", False), ("Radio Haute-Gaspésie", False)])
def test_a_name_cut_where_its_line_wrapped_is_no_outlet(name, cut):
    from generator.importer.vet import not_an_outlet
    assert not_an_outlet(name) == cut
