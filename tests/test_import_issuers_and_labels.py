"""Who issued a text, and what a label over it says of its kind.

A release a wire distributes is its issuer's: the wire's 'SOURCE …' line names the issuer when the 'News provided by'
box lost the name, and the wire (in the dateline, '/Wire Name/') is no outlet. A speech's note that the spoken word
counts ('Check against delivery', 'Seul le prononcé fait foi') makes it a statement. A newsletter's 'Editorial' label
heads the letter above the article clipped, not the article. An Austrian engineer's 'DI' is no part of her name, a
committee or a unit is no writer, and a picture from someone's files is credited as its line says ('Archives Lucas
Roth'). Cases in my own words."""
import pytest

from generator.importer import parse_clipping
from generator.importer.html import read_html
from generator.importer.kinds import SPEECH_NOTE

RELEASE = ["Wireline", "News provided by", "",
           "Harbour Housing Trust breaks ground on 36 rental homes in Lion's Head",
           "First phase to open in spring 2026, with rents capped at 80 per cent of the market", "",
           "LION'S HEAD, ON, April 2, 2025 /Wireline/ - The Harbour Housing Trust today broke ground on the first phase "
           "of its rental project on a lot donated by a local family.", "",
           "The homes will be let to people who work in the village, the trust's chair said, and applications open in "
           "the fall.", "",
           "About Harbour Housing Trust", "The trust is a non-profit community land trust founded in 2019.", "",
           "SOURCE Harbour Housing Trust"]


def test_a_wires_release_is_its_issuers_as_its_source_line_names_it():
    clip = parse_clipping("\n".join(RELEASE))
    assert clip.outlet == "Harbour Housing Trust"
    assert clip.kind == "press-release" and clip.authors == []


def test_a_saved_wire_page_whose_box_lost_the_issuers_name_is_the_issuers():
    body = "".join(f"<p>{line}</p>" for line in RELEASE[6:] if line)
    page = ("<html><head><title>Harbour Housing Trust breaks ground</title>"
            '<meta property="og:site_name" content="Wireline">'
            '<meta name="author" content="Harbour Housing Trust">'
            '<meta property="og:title" content="Harbour Housing Trust breaks ground on 36 rental homes in Lion\'s Head">'
            "</head><body><header><a href='/'>Wireline</a></header><main><article>"
            "<p class='label'>News provided by</p><p class='source-name'><a href='/news/hht/'>Harbour Housing Trust</a></p>"
            f"<h1>Harbour Housing Trust breaks ground on 36 rental homes in Lion's Head</h1>{body}"
            "</article></main></body></html>")
    clip = read_html(page)
    assert clip.outlet == "Harbour Housing Trust"
    assert clip.authors == []


def test_a_wire_release_with_no_source_line_names_no_issuer_it_does_not_state():
    clip = parse_clipping("\n".join(line for line in RELEASE if not line.startswith("SOURCE")))
    assert clip.outlet != "Harbour Housing Trust"


@pytest.mark.parametrize("note", ["Check against delivery", "Seul le prononcé fait foi.", "Es gilt das gesprochene Wort!",
                                  "Solo fa fede il testo pronunciato", "Sólo es válido el discurso pronunciado"])
def test_a_speechs_note_makes_it_a_statement(note):
    assert SPEECH_NOTE.search(note)
    lines = ["Office of the Minister for Transport", "", "Opening speech at the rural transport conference", note, "",
             "Ladies and gentlemen, thank you for coming to the valley on such a wet morning to talk about buses.", "",
             "For thirty years we have asked villages to wait for a bus that comes twice a day; that ends this year, "
             "and I want to tell you how.", "",
             "We will fund on-demand minibuses in every district from September, and the regional lines will run "
             "every hour."]
    clip = parse_clipping("\n".join(lines))
    assert clip.kind == "statement"


def test_a_text_merely_about_delivery_is_no_speech():
    lines = ["Valley Courier", "", "Parcel lockers arrive at the village shop",
             "By Ann Lowe", "", "Residents can now check against delivery notes at the new lockers, the shop said, and "
             "collect parcels until ten at night.", "", "The lockers were paid for by the parish council."]
    clip = parse_clipping("\n".join(lines))
    assert clip.kind != "statement"


def test_a_newsletters_editorial_label_heads_the_letter_not_the_article():
    lines = ["RUNDBRIEF BERGBAU STEIERMARK", "Mitteilungsblatt der Vereinigung Steirischer Bergleute",
             "Ausgabe 1/2025 · März 2025", "", "Editorial", "",
             "Liebe Kolleginnen und Kollegen, das Frühjahr bringt wie jedes Jahr viele Verhandlungen. Lesen Sie dazu "
             "den Beitrag auf dieser und den folgenden Seiten.", "", "Ihr Georg Hofer, Präsident", "",
             "Steinbruch am Radling: Betreiber beantragt Erweiterung um zwölf Hektar", "",
             "Von DI Martina Hölzl, Fachausschuss Rohstoffe", "",
             "Im steirischen Salzkammergut steht ein Verfahren an, das weit über die Region hinaus beachtet wird: der "
             "Betreiber des Steinbruchs am Radling hat die Erweiterung um zwölf Hektar beantragt.", "",
             "Die Anrainer fürchten Staub und Lärm; die Gemeinde verlangt ein neues Gutachten zum Grundwasser.", "",
             "Der Fachausschuss Rohstoffe empfiehlt, die Stellungnahmen bis Ende April einzureichen."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Steinbruch am Radling: Betreiber beantragt Erweiterung um zwölf Hektar"
    assert clip.kind != "opinion"
    assert clip.authors == ["Martina Hölzl"]


def test_a_unit_that_issues_an_alert_is_no_writer():
    lines = ["SafeShore", "", "Storm surge and coastal erosion at the bay", "State Coastal Hazards Unit",
             "", "A deep low is bringing swells of seven metres to the coast, and waves will reach the dunes at high "
             "tide this morning and again tonight.", "", "Stay away from beaches, dunes and cliff edges until this "
             "alert is cancelled."]
    clip = parse_clipping("\n".join(lines))
    assert clip.authors == []


def test_a_picture_from_someones_archives_is_credited_as_its_line_says():
    lines = ["Le Quotidien du Vallon", "Abonnés", "Route H10 : le Canton dévoile trois tracés pour contourner le village",
             "Trois variantes sont à l'étude ; les habitants ont jusqu'au 30 avril pour se prononcer.",
             "Sébastien Roth", "Publié le 12.03.2024 à 17:45",
             "Quelque 250 personnes se sont pressées mardi soir à la salle communale pour découvrir les variantes.",
             "Archives Lucas Roth", "Partager",
             "Ils étaient près de 250, mardi soir, à se serrer dans la salle communale pour entendre enfin parler "
             "chiffres, plus de vingt ans après les premières pétitions contre le trafic de transit.", "",
             "La plus ambitieuse des variantes, un tunnel sous la montagne, coûterait près de 400 millions de francs."]
    clip = parse_clipping("\n".join(lines))
    assert clip.credits == ["Archives Lucas Roth"]
    assert "Archives Lucas Roth" not in clip.text and "Quelque 250 personnes se sont pressées" not in clip.text


RELEASE_TEXT = ("L'enquête publique relative au projet de parc éolien du plateau, qui devait se clôturer le 4 mars, est "
                "prolongée jusqu'au 18 mars inclus, à la demande des communes.")
RELEASE_MORE = ("Le dossier complet reste consultable dans les deux maisons communales aux heures d'ouverture habituelles, "
                "et les remarques écrites peuvent être adressées au collège communal jusqu'au 18 mars.")


def test_a_folio_in_initials_under_a_letterhead_that_spells_them_out_keeps_the_full_name(tmp_path):
    from generator.importer import read_clipping
    from tests.pdfmaker import set_in_lines, write_pdf
    folio = "IDPV – Communiqué de presse du 21 février 2024 – page {}/2"
    pages = [["IDPV", "Intercommunale de développement du Plateau de Verviers", "", "Rue des Vergers 12 – 4650 Herve – Belgique", "",
              "COMMUNIQUÉ DE PRESSE", "", "Herve, le 21 février 2024", "", "Parc éolien : l'enquête publique",
              "prolongée de quinze jours", "", *set_in_lines(RELEASE_TEXT), "", folio.format(1)],
             ["", *set_in_lines(RELEASE_MORE), "", folio.format(2)]]
    path = write_pdf({"metadata": {"Title": "CP_2024_02"}, "pages": pages}, tmp_path / "cp.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert clip.outlet == "Intercommunale de développement du Plateau de Verviers"


def test_initials_and_a_departments_number_over_the_name_they_stand_for_name_the_issuer():
    lines = ["UDUS 15", "Union départementale des usagers de la santé du Cantal", "", "COMMUNIQUÉ DE PRESSE", "",
             "Aurillac, le 12 mars 2026", "", "Médecin traitant : un habitant sur six n'en a plus", "",
             "Un habitant du Cantal sur six n'a plus de médecin traitant, selon les chiffres que l'union publie ce "
             "jeudi, et la situation s'aggrave dans le nord du département.", "",
             "L'union demande à l'agence régionale de santé un plan d'urgence pour les cantons les plus touchés."]
    clip = parse_clipping("\n".join(lines))
    assert clip.outlet == "Union départementale des usagers de la santé du Cantal"


@pytest.mark.parametrize("label", ["Recensione", "Rezension", "Critique", "Reseña"])
def test_a_reviews_label_is_no_outlet(label):
    lines = [label, "", "Le pietre che tornano: la mostra di Castel del Monte racconta i muri a secco", "",
             "di Laura Ferri", "",
             "La mostra aperta sabato nella chiesa sconsacrata racconta in quaranta fotografie i muri a secco della "
             "valle, e chi ancora li sa costruire.", "",
             "Il percorso è breve ma ben fatto; le didascalie, scritte dagli stessi muratori, sono la parte migliore."]
    clip = parse_clipping("\n".join(lines))
    assert clip.outlet != label


def test_a_copyright_lines_year_is_no_part_of_the_publishers_name():
    from generator.importer.prompts import footer_name
    assert footer_name("© ARX 2025 – Reproduction réservée aux abonnés. Tous droits réservés.") == "ARX"
    assert footer_name("© Radio 2000 – all rights reserved") == "Radio 2000"


def test_an_agencys_copyright_line_in_initials_names_it_as_its_own_head_spells_it():
    lines = ["ARE – Agence régionale express", "Service régional du Jura", "",
             "Dépêche n° 2025-1016-0387   |   16.10.2025 11:27   |   Priorité : normale", "",
             "Paiements directs : les paysans des Montagnes redoutent la future politique agricole", "",
             "La Chaux-de-Fonds (ARE) – Les exploitants agricoles des Montagnes s'inquiètent de la prochaine réforme de "
             "la politique agricole fédérale, qui pourrait leur coûter plusieurs milliers de francs par an.", "",
             "La chambre d'agriculture demande que les zones de montagne gardent leurs contributions.", "",
             "© ARE 2025 – Reproduction et diffusion réservées aux abonnés. Tous droits réservés."]
    clip = parse_clipping("\n".join(lines))
    assert clip.outlet == "ARE – Agence régionale express"
    assert clip.credits == ["ARE"]
