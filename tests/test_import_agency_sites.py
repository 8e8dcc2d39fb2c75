"""An agency's or a site's own page pasted whole: the masthead and its tagline over a menu set in a row, the story's
place in the site set as one-word sections, the date above the headline, and a dispatch whose code the agency's
name spells. Each case is written here, in its own words; none is a corpus clipping."""
import pytest

from generator.importer import parse_clipping

BODY = ("{place} ({code}) - Der Gemeinderat hat am Mittwoch beschlossen, die alte Fähre über den Fluss bis zum Frühjahr "
        "durch ein neues Boot mit Elektroantrieb zu ersetzen. Die Kosten liegen bei 1,8 Millionen Euro.\n"
        "Die Fährleute hatten seit Jahren über den Zustand des Bootes geklagt. Im Sommer fiel es an elf Tagen aus, "
        "sagte der Bürgermeister.\n"
        "Das neue Boot soll im April in Betrieb gehen. Bis dahin fährt die alte Fähre mit verkürztem Fahrplan.\n")
HEADLINE = "Gemeinde ersetzt alte Fähre durch Elektroboot"
STANDFIRST = "Nach elf Ausfällen im Sommer beschließt der Rat den Kauf für 1,8 Millionen Euro"


def page(masthead: str, tagline: str, sections: str, code: str, signoff: str) -> str:
    head = ["Zum Inhalt springen", masthead, tagline, "Kundenlogin   Fotoservice   Kontakt",
            "Politik   Wirtschaft   Chronik   Sport", sections, "03.12.2026, 14:05", HEADLINE, STANDFIRST]
    return "\n".join(head) + "\n" + BODY.format(place="Lauenburg", code=code) + signoff + "\nWeitere Meldungen\n"


@pytest.mark.parametrize("masthead, code, outlet", [
    ("NPA – Norddeutsche Presseagentur", "NPA", "NPA – Norddeutsche Presseagentur"),   # (its code printed beside it)
    ("Elbnachrichtendienst", "end", "Elbnachrichtendienst"),                            # (its code spelt from its name)
    ("Agencia Costa Norte", "ACN", "Agencia Costa Norte"),
])
def test_an_agencys_own_dispatch_is_a_wire_with_its_code_credited(masthead, code, outlet):
    clip = parse_clipping(page(masthead, "Nachrichten aus dem Norden seit 1961", "Kommunen | Lauenburg", code,
                               f"{code} ab/cd"))
    assert clip.title == HEADLINE and clip.outlet == outlet
    assert clip.kind == "wire" and clip.credits == [code]
    assert clip.published == "2026-12-03T14:05"
    assert "Nachrichten aus dem Norden" not in clip.text and "Kommunen" not in clip.text
    assert clip.text.startswith(STANDFIRST + "\n\nDer Gemeinderat")   # (the standfirst stays, the dateline goes)


def test_a_code_that_only_shares_letters_with_a_newspapers_name_is_no_dispatch_of_its_own():
    clip = parse_clipping(page("Lauenburger Nachrichten", "Die Zeitung für die Elbmarsch", "Lokales | Lauenburg", "lna",
                               ""))
    assert clip.kind != "wire" and clip.title == HEADLINE and clip.outlet == "Lauenburger Nachrichten"


@pytest.mark.parametrize("sections", ["Bildung | Niedersachsen", "Wirtschaft / Landwirtschaft", "Economía | Pontevedra"])
def test_one_word_sections_in_a_row_are_the_pages_place_never_its_headline(sections):
    text = "\n".join(["Weserbote", sections, "03.12.2026", HEADLINE, "", BODY.format(place="Lauenburg", code="wb")])
    clip = parse_clipping(text)
    assert clip.title == HEADLINE and sections not in clip.text


def test_a_headline_bar_with_a_longer_part_is_still_a_headline():
    headline = "Fähre: Gemeinde ersetzt das alte Boot | Lauenburg"
    clip = parse_clipping("\n".join(["Weserbote", "", headline, "", BODY.format(place="Lauenburg", code="wb")]))
    assert clip.title.startswith("Fähre: Gemeinde ersetzt das alte Boot")


def test_a_place_beside_the_date_that_the_headline_names_is_no_original_outlet():
    text = "\n".join(["EL DIARIO DEL VALLE", "Portada  Comarca  Deportes  Opinión",
                      "Una moción de censura cambia la alcaldía de Villanueva del Soto", "Por Ana Gil | Fotografía: Luis Paz",
                      "Villanueva del Soto | 3 de diciembre de 2026 · 13:55", "",
                      "El pleno extraordinario aprobó la moción con nueve votos a favor y ocho en contra, y la nueva "
                      "alcaldesa tomará posesión el lunes.", "",
                      "La oposición acusó al equipo de gobierno de haber paralizado las obras del centro de salud durante "
                      "más de un año."])
    clip = parse_clipping(text)
    assert clip.outlet == "El Diario del Valle" and clip.reproduced_by is None
    assert clip.published == "2026-12-03T13:55"


def test_an_aggregators_credit_naming_the_original_stays_the_original_even_when_the_pointer_names_it():
    text = "\n".join(["Noticias al Minuto", "Lo último   Nacional   Economía",
                      "Los pescadores piden ayudas por el alga invasora", "El Faro del Sur · 21/09/2025", "",
                      "Las cofradías de pescadores han pedido a la Junta una línea de ayudas urgentes para compensar las "
                      "pérdidas que causa el alga.", "", "Seguir leyendo en El Faro del Sur"])
    clip = parse_clipping(text)
    assert clip.outlet == "El Faro del Sur" and clip.reproduced_by.outlet == "Noticias al Minuto"


@pytest.mark.parametrize("kicker", ["DIE FÄHRE AN DER ELBE", "ELEKTRO STATT DIESEL"])
def test_a_kicker_in_capitals_over_the_headline_is_no_headline(kicker):
    text = "\n".join(["Weserbote", "Politik  Wirtschaft  Sport", "", kicker, HEADLINE, STANDFIRST, "Von Jan Pohl",
                      "03.12.2026", BODY.format(place="Lauenburg", code="wb")])
    clip = parse_clipping(text)
    assert clip.title == HEADLINE and kicker not in clip.text


def test_a_headline_in_capitals_over_the_byline_stays_the_headline():
    headline = "GEMEINDE ERSETZT ALTE FÄHRE"
    text = "\n".join(["Weserbote", "", headline, "Von Jan Pohl", "03.12.2026", BODY.format(place="Lauenburg", code="wb")])
    assert parse_clipping(text).title.upper() == headline
