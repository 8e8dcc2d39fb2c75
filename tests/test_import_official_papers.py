"""Official papers as public bodies print them: a release in two languages, a council's extract of its register of
decisions signed by the mayor, a notice in an official gazette, an answer signed by the councillor who gives it. Cases
in my own words."""
import pytest

from generator.importer import read_clipping
from tests.pdfmaker import set_in_lines as lines, write_pdf


def pdf(tmp_path, pages, metadata=None):
    path = write_pdf({"metadata": metadata or {}, "pages": pages}, tmp_path / "doc.pdf")
    return read_clipping(path.read_bytes(), ".pdf")



EN = ["ESTUARY BAY – The Estuary Ferry Commission has suspended the crossing between the two harbours until further "
      "notice, after a crack was found in the landing ramp during an inspection on February 2.",
      "Passengers will be carried on a replacement bus round the estuary, which leaves the north quay every hour from "
      "six in the morning until ten at night and takes about forty minutes.",
      "The commission said the ramp would be repaired as soon as the spring tides allow, and that season tickets would "
      "be extended for as long as the crossing is closed."]
FR = ["ESTUARY BAY – La Commission du bac de l'estuaire a suspendu jusqu'à nouvel ordre la traversée entre les deux "
      "ports, après la découverte d'une fissure dans la rampe d'accès lors d'une inspection le 2 février.",
      "Les passagers seront transportés par un car de remplacement qui fait le tour de l'estuaire, avec un départ par "
      "heure du quai nord de six heures à vingt-deux heures, pour un trajet d'une quarantaine de minutes.",
      "La commission a indiqué que la rampe serait réparée dès que les marées de printemps le permettront et que les "
      "abonnements seraient prolongés pendant toute la durée de la fermeture."]


def test_a_release_in_two_languages_is_titled_and_set_in_its_first(tmp_path):
    page = ["ESTUARY FERRY COMMISSION", "COMMISSION DU BAC DE L'ESTUAIRE", "",
            "NEWS RELEASE / COMMUNIQUÉ DE PRESSE", "February 3, 2026 / le 3 février 2026", "",
            "Ferry crossing suspended after a crack is found in the ramp",
            "Traversée du bac suspendue après la découverte d'une fissure dans la rampe", "",
            *[line for p in EN for line in lines(p)], *[line for p in FR for line in lines(p)]]
    clip = pdf(tmp_path, [page])
    assert clip.title == "Ferry crossing suspended after a crack is found in the ramp"
    assert (clip.kind, clip.language, clip.published) == ("press-release", "en", "2026-02-03")


def test_a_councils_extract_of_its_register_of_decisions(tmp_path):
    page = ["RÉPUBLIQUE FRANÇAISE", "Département de la Charente-Maritime", "COMMUNE DE PORT-DES-BARQUES", "",
            "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", "",
            "Séance du 27 janvier 2026 – Délibération n° 2026-007", "Conseillers en exercice : 15 – Présents : 12", "",
            "Objet : Motion pour le maintien du bac entre les deux rives", "", *[line for p in FR for line in lines(p)],
            "Pour extrait conforme,", "", "Le Maire,", "Annick Rouvière", "", "Publié le 30 janvier 2026"]
    clip = pdf(tmp_path, [page])
    assert clip.kind == "document"
    assert clip.title == "Motion pour le maintien du bac entre les deux rives"
    assert clip.authors == [] and any(item.startswith("authors:") for item in clip.review)
    assert "EXTRAIT DU REGISTRE" not in clip.text


def test_an_answer_signed_by_the_councillor_who_gives_it_keeps_its_writer(tmp_path):
    page = ["COMUNE DI PORTO DELL'ESTUARIO", "", "Oggetto: Risposta all'interrogazione n. 9/2025 sul traghetto", "",
            *lines("Con riferimento all'interrogazione in oggetto si comunica che il servizio di traghetto tra le due "
                   "sponde riprenderà lunedì, dopo che i lavori alla rampa sono durati un mese più del previsto."),
            *lines("Nel frattempo i passeggeri sono stati trasportati con un autobus sostitutivo intorno alla laguna, "
                   "con un percorso di circa quaranta minuti e partenze ogni ora dal molo nord."),
            *lines("Gli abbonamenti saranno prolungati di tre mesi per compensare le corse perse, come deciso dalla "
                   "giunta nella seduta del 12 febbraio."),
            "Porto dell'Estuario, 14/02/2026", "L'Assessore ai trasporti", "dott.ssa Michela Stradella"]
    clip = pdf(tmp_path, [page])
    assert clip.kind == "document" and clip.authors == ["Michela Stradella"]


def test_a_notice_in_an_official_gazette_is_the_gazettes_on_its_issues_day(tmp_path):
    def head(page):
        return ["BOLETÍN OFICIAL DE LA PROVINCIA DE ESTUARIA",
                f"Número 112        Miércoles, 1 de octubre de 2025        Pág. {page}", ""]
    first = [*head(23), "III. ADMINISTRACIÓN LOCAL", "", "AYUNTAMIENTOS", "", "PUERTO NORTE", "",
             "Anuncio de aprobación definitiva de la ordenanza del servicio de transbordador", "",
             *lines("Al no haberse presentado reclamaciones durante el plazo de exposición al público, queda elevado a "
                    "definitivo el acuerdo plenario inicial aprobatorio de la ordenanza del servicio de transbordador."),
             *lines("Artículo 1. Objeto. La presente ordenanza regula el servicio de transbordador entre los dos muelles "
                    "del puerto, sus horarios, sus tarifas y las condiciones de uso por parte de los vecinos.")]
    second = [*head(24), *lines("Artículo 2. Tarifas. Los abonos de temporada se prolongarán durante el tiempo en que el "
                                "servicio permanezca interrumpido por obras o por causas de fuerza mayor."),
              "Puerto Norte, 22 de septiembre de 2025.", "El Alcalde,", "Tomás Villaverde Prieto"]
    clip = pdf(tmp_path, [first, second], {"Title": "BOP Estuaria n.º 112 de 01/10/2025"})
    assert (clip.outlet, clip.kind, clip.published) == ("Boletín Oficial de la Provincia de Estuaria", "document", "2025-10-01")
    assert clip.title == "Anuncio de aprobación definitiva de la ordenanza del servicio de transbordador"
    assert clip.authors == []


REPORT = [*lines("The crossing between the two harbours carried 412,000 passengers in 2025, eight per cent more than the "
                 "year before, although the landing ramp was closed for repairs for three months of the autumn."),
          *lines("Season tickets made up more than half of all journeys, and the replacement bus round the estuary "
                 "carried on average 1,100 passengers a day while the ramp was closed."),
          *lines("The commission recommends that the ramp's bearings are inspected every two years rather than every "
                 "five, and that a second vessel is chartered for the summer timetable.")]


@pytest.mark.parametrize("metadata, head", [
    ({"Title": "Microsoft Word - Bericht_Faehre_2025_final_v3.docx"}, ["Fährkommission Ästuar", "", "Fährverkehr 2025"]),
    ({"Title": "Ferry Commission – Annual Report 2025"}, ["ESTUARY FERRY COMMISSION", "", "The crossing in 2025"]),
    ({}, ["Estuary Ferry Commission", "Inspection report summary", "", "The crossing in 2025"]),
])
def test_a_paper_that_calls_itself_a_report_is_a_document(tmp_path, metadata, head):
    clip = pdf(tmp_path, [[*head, "", *REPORT]], metadata)
    assert clip.kind == "document"


@pytest.mark.parametrize("metadata", [
    {"Title": "Ferry ramp report finds cracks | Harbour Gazette", "Creator": "Mozilla/5.0 (X11; Linux x86_64)"},
    {"Title": "Microsoft Word - Carta pais visita de estudo.docx"},
])
def test_a_printed_web_page_or_a_schools_field_trip_letter_is_no_report(tmp_path, metadata):
    clip = pdf(tmp_path, [["Harbour Gazette", "", "Ferry ramp report finds cracks", "By Anne Rowe", "", *REPORT]], metadata)
    assert clip.kind is None


def test_a_slide_deck_is_a_document(tmp_path):
    slides = [["Estuary Ferry Commission", "", "The crossing in 2025", "", "Board briefing, 24 February 2026"]]
    for heading in ("Why we are here", "How the crossing is used", "What it costs", "What we propose"):
        slides.append([heading, "", *(f"• {point} of the crossing in the last year" for point in ("One", "Two", "Three"))])
    clip = pdf(tmp_path, slides, {"Title": "PowerPoint Presentation"})
    assert clip.kind == "document"


def test_a_covering_letter_over_the_release_it_encloses_is_left_out(tmp_path):
    letterhead = "Estuary Ferry Users – Co-operative Society of Harbour Passengers Ltd"
    letter = [letterhead, "", "The News Editor", "", "3 March 2026", "", "Dear Editor,", "",
              *lines("Please find enclosed our press release on the reopening of the crossing, for publication if you "
                     "think it of interest to your readers."),
              "Yours faithfully,", "", "Mary Quayle", "Secretary", "", "Enc.: press release (2 pages)"]
    release = [letterhead, "", "PRESS RELEASE", "3 March 2026", "", "Ferry users welcome the crossing's reopening", "",
               *EN]
    clip = pdf(tmp_path, [letter, release, [letterhead, "", *REPORT]])
    assert clip.kind == "press-release" and clip.title == "Ferry users welcome the crossing's reopening"
    assert clip.outlet == letterhead and clip.authors == [] and clip.published == "2026-03-03"
    assert "Please find enclosed" not in clip.text and "Dear Editor" not in clip.text
    assert "{#page-1}" in clip.text and "{#page-2}" in clip.text and "{#page-3}" in clip.text


def test_a_releases_metadata_author_is_who_made_the_file_not_its_writer(tmp_path):
    page = ["Estuary Ferry Users' Association", "", "PRESS RELEASE", "3 March 2026", "",
            "Ferry users welcome the crossing's reopening", "", *EN]
    clip = pdf(tmp_path, [page], {"Title": "Ferry users welcome the crossing's reopening", "Author": "Nadia Lemire"})
    assert clip.kind == "press-release" and clip.authors == []
    assert any(item.startswith("authors:") for item in clip.review)
