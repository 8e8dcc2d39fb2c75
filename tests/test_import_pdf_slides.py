"""Slides exported to PDF: the title slide is the head, each slide's title a subheading over its bullets
(one list, one paragraph), the closing slide (thanks, a contact) is not the text, the running footer goes.
Fictional decks in six languages."""
import pytest

from generator.importer.pdf import read_pdf
from tests.pdfmaker import write_pdf

DECKS = {
    "en": ("Marsh Drainage Board", "Flood defences for Holme:", "where the basins stand", "Briefing · 18 September 2025",
           "Ruth Amos, project lead", [("Why basins?", ["Flood of July 2021: gauge at 4.6 m", "140 homes affected",
                                                        "Banks alone are not enough"]),
                                       ("Three sites compared", ["North field: 1.2m m³", "Mill lane: 0.8m m³",
                                                                 "Advice: combine both"]),
                                       ("What comes next", ["Autumn 2025: survey", "Building from 2028 at the earliest"])],
           "Thank you!", "Questions: basins@marsh.example"),
    "fr": ("Syndicat des rivières du Vert", "Protéger Lauzès des crues :", "où en sont les bassins", "Concertation · 18 septembre 2025",
           "Anne Roc, cheffe de projet", [("Pourquoi des bassins ?", ["Crue de juillet 2021 : 4,6 m à l'échelle",
                                                                      "140 maisons touchées"]),
                                          ("Trois sites comparés", ["Pré du Nord : 1,2 million de m³",
                                                                    "Conseil : combiner deux sites"]),
                                          ("Et ensuite ?", ["Automne 2025 : étude", "Travaux en 2028 au plus tôt"])],
           "Merci de votre attention !", "Contact : bassins@vert.example"),
    "de": ("Wasserverband Obere Lauter", "Hochwasserschutz für Lautern:", "Stand der Becken", "Bürgerversammlung · 18. September 2025",
           "Jana Roth, Projektleiterin", [("Warum Becken?", ["Hochwasser Juli 2021: Pegel 4,6 m", "140 Häuser betroffen"]),
                                          ("Drei Standorte", ["Nordwiese: 1,2 Mio. m³", "Empfehlung: zwei Standorte"]),
                                          ("Wie geht es weiter?", ["Herbst 2025: Prüfung", "Frühestens 2028: Baubeginn"])],
           "Vielen Dank!", "Fragen: becken@lauter.example"),
    "es": ("Mancomunidad del Alto Jalón", "Defensa contra riadas en Ariza:", "estado de las balsas", "Jornada · 18 de septiembre de 2025",
           "Eva Gil, directora del proyecto", [("¿Por qué balsas?", ["Riada de julio de 2021: 4,6 m", "140 casas afectadas"]),
                                               ("Tres parcelas", ["Prado norte: 1,2 millones de m³", "Propuesta: combinar dos"]),
                                               ("Próximos pasos", ["Otoño de 2025: estudio", "Obras en 2028 como pronto"])],
           "¡Gracias!", "Contacto: balsas@jalon.example"),
    "it": ("Consorzio di bonifica Alto Serchio", "Difesa dalle piene a Barga:", "a che punto sono le casse", "Assemblea · 18 settembre 2025",
           "Lia Neri, responsabile del progetto", [("Perché le casse?", ["Piena di luglio 2021: 4,6 m", "140 case colpite"]),
                                                   ("Tre siti a confronto", ["Prato nord: 1,2 milioni di m³", "Proposta: unire due siti"]),
                                                   ("I prossimi passi", ["Autunno 2025: studio", "Lavori dal 2028"])],
           "Grazie per l'attenzione!", "Contatti: casse@serchio.example"),
    "pt": ("Associação de Regantes do Alto Lima", "Defesa contra cheias em Ponte:", "ponto da situação das bacias",
           "Sessão · 18 de setembro de 2025", "Rita Lopes, coordenadora", [("Porquê bacias?", ["Cheia de julho de 2021: 4,6 m",
                                                                                           "140 casas afetadas"]),
                                                                        ("Três locais", ["Campo norte: 1,2 milhões de m³",
                                                                                         "Proposta: juntar dois locais"]),
                                                                        ("Próximos passos", ["Outono de 2025: estudo",
                                                                                             "Obras a partir de 2028"])],
           "Obrigada!", "Contacto: bacias@lima.example"),
}


@pytest.mark.parametrize("lang", sorted(DECKS))
def test_a_slide_deck_reads_as_headed_lists_under_its_title_slide(lang, tmp_path):
    issuer, title1, title2, occasion, presenter, slides, thanks, contact = DECKS[lang]
    footer = f"{issuer} · {occasion.split(' · ')[0]} 18.09.2025 · "
    pages = [[issuer, "", title1, title2, "", occasion, presenter, "", f"{footer}1"]]
    for number, (heading, bullets) in enumerate(slides, start=2):
        pages.append([heading, "", *(f"• {b}" for b in bullets), "", f"{footer}{number}"])
    pages.append([thanks, "", contact, "", f"{footer}{len(pages) + 1}"])
    c = read_pdf(write_pdf({"pages": pages}, tmp_path / "deck.pdf").read_bytes())
    assert c.title == f"{title1} {title2}"
    assert c.outlet == issuer and c.reproduced_by is None
    assert c.published == "2025-09-18"
    text = [block for block in c.body if not block.startswith("{#")]
    assert [b[3:] for b in text if b.startswith("## ")] == [heading for heading, _ in slides]
    assert [b for b in text if not b.startswith("## ")] == ["\n".join(f"- {b}" for b in bullets) for _, bullets in slides]
    assert sum(block.startswith("{#page-") for block in c.body) == len(pages)
    assert not any(thanks in block or contact in block or issuer in block for block in c.body)
