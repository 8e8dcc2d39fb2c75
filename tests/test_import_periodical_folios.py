"""A periodical's PDF names itself in the folio over its pages ('Hafner Gemeindebote · Ausgabe 3/2024', 'Seeblick
Rundbrief · April 2025'): that is its outlet, not the section's heading in capitals under it ('WOHNEN', 'AUS DER
GEMEINDE'). A writer's name beside a month is no folio, and a folio that shortens the masthead's name
('VS Altmelon' under 'Volksschule Altmelon') leaves the masthead's. Cases in my own words."""
import pytest
from hypothesis import given, strategies as st

from generator.importer import read_clipping
from generator.importer.meta import caption_credit
from tests.pdfmaker import set_in_lines, write_pdf

TEXT = ("Wer in Hafnerbach eine Wohnung sucht, braucht derzeit viel Geduld. Auf der Warteliste der gemeinnützigen "
        "Bauvereinigung stehen 37 Haushalte, darunter viele junge Familien. Gleichzeitig werden nach Schätzung der "
        "Gemeinde rund vierzig Wohnungen ganz oder überwiegend an Gäste vermietet.")
MORE = ("Der Gemeinderat hat in seiner Sitzung am 16. Mai einstimmig beschlossen, die kurzfristige Vermietung in "
        "Wohngebieten an eine Bewilligung zu knüpfen. Wer bereits vermietet, hat bis Ende September Zeit für den Antrag.")


def read(tmp_path, folio: str, section: str):
    pages = [[folio, section, "", "Ferienwohnung statt Mietwohnung?", "Gemeinde regelt die Kurzzeitvermietung", "",
              "Text: Stefan Wallner", "", *set_in_lines(TEXT), "", "1"],
             [folio, "", *set_in_lines(MORE), "", "2"]]
    metadata = {"Title": "GB_03_2024_web", "Creator": "Adobe InDesign 19.4 (Windows)"}
    path = write_pdf({"metadata": metadata, "pages": pages}, tmp_path / "doc.pdf")
    return read_clipping(path.read_bytes(), ".pdf")


@pytest.mark.parametrize("folio, outlet", [
    ("Hafner Gemeindebote · Ausgabe 3/2024", "Hafner Gemeindebote"),
    ("Seeblick Rundbrief · April 2025", "Seeblick Rundbrief"),
    ("Gazette de Mérival · N° 41", "Gazette de Mérival"),
])
@pytest.mark.parametrize("section", ["WOHNEN", "AUS DER GEMEINDE"])
def test_the_folio_names_the_periodical_not_the_section_under_it(tmp_path, folio, outlet, section):
    clip = read(tmp_path, folio, section)
    assert clip.outlet == outlet
    assert clip.title == "Ferienwohnung statt Mietwohnung? Gemeinde regelt die Kurzzeitvermietung"


def test_a_writer_s_name_beside_the_month_is_no_periodical(tmp_path):
    clip = read(tmp_path, "Anna Roth · Mai 2025", "WOHNEN")
    assert clip.outlet != "Anna Roth"


def test_a_folio_that_shortens_the_masthead_leaves_the_masthead_s_name(tmp_path):
    pages = [["VOLKSSCHULE HAFNERBACH", "Schulstraße 4, 3386 Hafnerbach  |  Tel. 02749 555 17  |  direktion@vs.example", "",
              "Hafnerbach, 10. März 2025", "", "Elternbrief Nr. 3 – März 2025", "",
              "Liebe Eltern, liebe Erziehungsberechtigte!", "", *set_in_lines(TEXT), "", "Zur Zukunft unserer Schule", "",
              *set_in_lines(MORE), "", "VS Hafnerbach – Elternbrief 3/2025 – Seite 1 von 2"],
             [*set_in_lines(MORE), "", "Die Direktion", "", "VS Hafnerbach – Elternbrief 3/2025 – Seite 2 von 2"]]
    metadata = {"Title": "Microsoft Word - Elternbrief_3_Maerz_2025.docx", "Author": "Direktion"}
    path = write_pdf({"metadata": metadata, "pages": pages}, tmp_path / "doc.pdf")
    assert read_clipping(path.read_bytes(), ".pdf").outlet == "Volksschule Hafnerbach"


def test_a_page_s_folio_with_its_number_and_section_names_the_paper_and_credits_no_original(tmp_path):
    """'7 REGIÃO SEMANÁRIO DA RAIA | QUINTA-FEIRA, 6 DE MARÇO DE 2025' over a story placed 'CASTELO BRANCO': the paper
    is 'Semanário da Raia', dated by its issue, and nothing reproduced it; a caption's credit the copy runs into its
    last words ('… Idanha-a-Nova Fotografia: Nuno Carrilho') is a credit."""
    text = ("Ana Lourenço começa o turno às sete da manhã num lar de Idanha-a-Nova. Em oito horas levanta, lava e serve o "
            "pequeno-almoço a onze utentes, metade dos quais acamados, e recebe pouco mais do que o salário mínimo.")
    more = ("Os lares queixam-se de falta crónica de pessoal, e os sindicatos marcaram greve para dia 20, depois de três "
            "reuniões sem acordo com as instituições do distrito sobre a tabela salarial.")
    pages = [["7 REGIÃO SEMANÁRIO DA RAIA | QUINTA-FEIRA, 6 DE MARÇO DE 2025", "", "CASTELO BRANCO",
              "Ajudantes de lar ganham pouco mais", "do que o salário mínimo e ameaçam greve", "",
              "Texto de Helena Fiadeiro", "", *set_in_lines(text, 50), "",
              "Ana Lourenço trabalha há catorze anos num lar de Idanha-a-Nova", "Fotografia: Nuno Carrilho", "",
              *set_in_lines(more, 50)]]
    metadata = {"Title": "SR1187_07_Regiao", "Author": "paginacao2", "Creator": "Adobe InDesign 19.2 (Windows)"}
    path = write_pdf({"metadata": metadata, "pages": pages}, tmp_path / "doc.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert (clip.outlet, clip.published, clip.reproduced_by) == ("Semanário da Raia", "2025-03-06", None)
    assert clip.credits == ["Fotografia: Nuno Carrilho"] and "Fotografia" not in clip.text


@given(writer=st.sampled_from(["Lena Roth", "Ana Gil", "Marco Neri"]), photographer=st.sampled_from(["Mehmet Aydın", "Nuno Carrilho"]),
       role=st.sampled_from(["Fotos", "Foto", "Fotografia", "Photos", "Bild"]), label=st.sampled_from(["Text", "Texto", "Words"]),
       gap=st.sampled_from([" ", "   ", "\t"]))
def test_a_byline_of_roles_is_never_a_caption_with_its_credit(writer, photographer, role, label, gap):
    """The credit run into a caption is never read inside a byline of roles ('Text: Lena Roth   Fotos: …')."""
    found = caption_credit(f"{label}: {writer}{gap}{role}: {photographer}")
    assert found is None or found.start() == 0


@pytest.mark.parametrize("issue", ["Anno XXIX - n. 11   |   Domenica 16 marzo 2025   |   II Domenica di Quaresima",
                                   "Jahrgang 12, Nr. 3   |   Sonntag, 16. März 2025   |   Zweiter Fastensonntag"])
@pytest.mark.parametrize("signature", ["don Piero Canale, parroco", "Piero Canale, parroco e moderatore"])
def test_a_bulletin_s_issue_line_names_no_writer_and_its_signature_does(tmp_path, issue, signature):
    """A parish bulletin: its issue line (volume, number, day, the liturgical Sunday) dates it and names no writer nor
    outlet; the priest who signs the first piece with his role, a section's heading under him, wrote it."""
    text = ("Dopo le infiltrazioni dell'autunno scorso abbiamo finalmente una data: i lavori di rifacimento del tetto "
            "cominceranno lunedì 28 aprile e dureranno, salvo imprevisti, circa dieci settimane.")
    more = ("Grazie a chi ha già contribuito alla raccolta: siamo a 31.400 euro. Le offerte si possono lasciare nella "
            "cassetta accanto al fonte battesimale o versare sul conto della parrocchia.")
    pages = [["LA CAMPANA DI SANTA MARGHERITA", "Foglio settimanale della Parrocchia di Santa Margherita - Vernazza",
              issue, "", "Il tetto della chiesa: i lavori partono dopo Pasqua", "", *set_in_lines(text, 80), "",
              *set_in_lines(more, 80), "", signature, "", "Orari delle Sante Messe", "",
              "Sabato 15 marzo: ore 18.00 (prefestiva)", "Domenica 16 marzo: ore 8.30, 11.00 e 18.00"]]
    metadata = {"Title": "Foglio 16 marzo.pub", "Author": "Parrocchia", "Creator": "Microsoft Publisher"}
    path = write_pdf({"metadata": metadata, "pages": pages}, tmp_path / "doc.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert (clip.outlet, clip.published, clip.authors) == ("La Campana di Santa Margherita", "2025-03-16",
                                                           ["Piero Canale"])


@pytest.mark.parametrize("left, right", [
    ("12   Hafner Gemeindebote · Ausgabe 1/2025 · März 2025", "Hafner Gemeindebote · Ausgabe 1/2025 · März 2025   13"),
    ("6 | Hafner Gemeindebote          Ausgabe 1 · März 2025", "Hafner Gemeindebote          Ausgabe 1 · März 2025 | 7"),
])
def test_a_folio_with_its_page_number_on_the_left_page_before_it_and_on_the_right_after_it(tmp_path, left, right):
    """Facing pages set the page number on their outer edge: the same folio, its issue's month dating the article."""
    pages = [[left, "", "WOHNEN", "", "Ferienwohnung statt Mietwohnung?", "Gemeinde regelt die Kurzzeitvermietung", "",
              "Text: Stefan Wallner", "", *set_in_lines(TEXT)],
             [right, "", *set_in_lines(MORE)]]
    path = write_pdf({"metadata": {"Title": "GB_01_2025_web"}, "pages": pages}, tmp_path / "doc.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert (clip.outlet, clip.published) == ("Hafner Gemeindebote", "2025-03")
    assert "Ausgabe" not in clip.text


def test_lines_of_numbers_alone_are_compared_whole_not_by_their_ends(tmp_path):
    """Two contacts' numbers at two pages' feet ('02 97 00 00 41 – 06 00 00 00 18', '02 97 00 00 40') are not one
    running line once the numbers at a line's ends are set aside: a line of numbers only keeps them."""
    pages = [["Hafner Gemeindebote · Ausgabe 3/2024", "", "Ferienwohnung statt Mietwohnung?", "",
              *set_in_lines(TEXT), "", "Presse: Anna Roth", "02 97 00 00 41 – 06 00 00 00 18"],
             ["Hafner Gemeindebote · Ausgabe 3/2024", "", *set_in_lines(MORE), "", "Bauamt", "02 97 00 00 40"]]
    path = write_pdf({"metadata": {"Title": "GB_03_2024_web"}, "pages": pages}, tmp_path / "doc.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert not any("00 00 4" in line for line in clip.removed if line.startswith("running"))
