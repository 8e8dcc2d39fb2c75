"""A page of several items (letters, a digest, stories one after another): the clipping is the first
item, and nothing of it is lost; an article with subheadings and pauses is never cut."""
import pytest

from generator.importer import parse_clipping
from generator.importer.items import signature


def _body(clip) -> str:
    return "\n\n".join(clip.body)


def test_a_letters_page_gives_its_first_letter_signed_by_its_writer():
    clip = parse_clipping("""The Avon Chronicle
Home  News  Opinion  Sport
Opinion > Letters to the editor

Your letters this week

Letters may be shortened. Write to us with your name and the place you live.

Keep the night bus

The council wants to stop the last bus from the station to Kingsweston at the end of the year. For those of us who finish work after ten, it is the only way home.

A taxi costs me more than a day's wages. Surely a smaller bus would do?

Tom Hale, Kingsweston

Well done, volunteers

The litter pick on the river path last Sunday filled forty bags. Thanks to everyone who came.

Priya Nair, Clifton

Parking on pavements

Cars parked on the pavement outside the school force children into the road every morning.

Jo Ames (Redland)
""")
    assert clip.title == "Keep the night bus"
    assert clip.authors == ["Tom Hale"]
    assert clip.kind == "opinion"
    text = _body(clip)
    assert "A taxi costs me more than a day's wages." in text and "The council wants" in text
    for other in ("litter pick", "Priya Nair", "pavement outside the school", "Letters may be shortened"):
        assert other not in text
    assert len(clip.body) == 2


def test_a_digest_gives_its_first_story_without_its_number():
    clip = parse_clipping("""DER TALBOTE AM MORGEN
Ausgabe 88 · 3. Dezember 2026

Guten Morgen! Drei Meldungen aus dem Tal.

----------

1. Neue Brücke über die Lahn freigegeben

Von Katrin Sommer

Nach zwei Jahren Bauzeit ist die neue Fußgängerbrücke zwischen Altstadt und Bahnhof seit Dienstag offen. Sie ersetzt einen Steg aus den Sechzigerjahren, der im Frühjahr gesperrt werden musste.

Die Stadt hat 2,4 Millionen Euro investiert, ein Drittel davon trägt das Land.

----------

2. Wochenmarkt zieht um

Von Ali Demir

Der Wochenmarkt findet ab Januar auf dem Schillerplatz statt, weil der Marktplatz neu gepflastert wird.

----------

3. Bücherei länger offen

Die Stadtbücherei öffnet donnerstags nun bis 20 Uhr.

----------

Newsletter abbestellen
""")
    assert clip.title == "Neue Brücke über die Lahn freigegeben"
    assert clip.authors == ["Katrin Sommer"]
    text = _body(clip)
    assert "Nach zwei Jahren Bauzeit" in text and "ein Drittel davon trägt das Land" in text
    for other in ("Wochenmarkt", "Schillerplatz", "Ali Demir", "Stadtbücherei"):
        assert other not in text


def test_a_related_story_printed_in_full_under_its_own_byline_is_not_the_article():
    clip = parse_clipping("""Harbour Ferry to Run Through Winter

By Meg Carver
5 December 2026

The harbour ferry will keep running through the winter for the first time, the port authority said on Thursday, after a trial that carried twice the expected number of passengers.

## A longer trial

The authority will review the timetable in March, when it has counted the winter crossings as well as the summer ones.

Fares stay at two pounds for adults and one pound for children under sixteen years old.

Bins to be collected every three weeks

By Sam Reed

The council has voted to collect general waste every three weeks from April, in a move it says will save money and encourage recycling across the district.
""")
    text = _body(clip)
    assert "## A longer trial" in text and "Fares stay at two pounds" in text
    assert "every three weeks" not in text and clip.authors == ["Meg Carver"]


ARTICLE_WITH_PAUSES = """Los últimos pastores de la sierra

Por Lucía Gil
Madrid | 04/06/2024

Cada mayo, la familia Ortega sube sus ovejas desde el valle hasta los pastos de altura, un camino de tres días que sus abuelos ya recorrían a pie.

* * *

En el puerto de montaña, el agua escasea este año. Los pastores dicen que nunca habían visto las fuentes tan bajas a principios de verano.

## La vuelta al valle

El regreso empieza en octubre, cuando caen las primeras nieves sobre las cumbres y el ganado baja por la cañada real.

* * *

## Un oficio que se apaga

Quedan apenas una docena de familias que practican la trashumancia en toda la comarca, frente a las sesenta de hace treinta años.
"""


def test_pauses_and_subheadings_never_cut_an_article():
    clip = parse_clipping(ARTICLE_WITH_PAUSES)
    text = _body(clip)
    for kept in ("Cada mayo", "el agua escasea", "El regreso empieza", "Quedan apenas una docena"):
        assert kept in text


def test_a_page_whose_first_item_is_the_shortest_is_not_cut():
    clip = parse_clipping("""Il Corriere della Valle

Nuovo orario per la biblioteca

Da lunedì la biblioteca comunale apre anche il sabato mattina, dalle nove alle dodici, per gli studenti delle superiori.

Marta Ricci, Bardi

Il ponte sul Ceno riaperto dopo i lavori

Il ponte sul Ceno è stato riaperto ieri sera dopo sei mesi di lavori, con una nuova carreggiata e due marciapiedi più larghi per chi va a piedi. La Provincia ha speso un milione e mezzo di euro, in gran parte fondi regionali, e ha promesso un controllo ogni anno.

Il traffico pesante resta vietato fino alla prova di carico prevista per gennaio, quando arriveranno i tecnici del ministero da Roma.

Luca Ferri, Borgotaro

Mercato di Natale

Il mercato di Natale torna in piazza dal 6 dicembre con trenta bancarelle di artigiani della valle.

Anna Conti, Compiano
""")
    text = _body(clip)
    assert "Il ponte sul Ceno è stato riaperto" in text and "Il mercato di Natale torna" in text


@pytest.mark.parametrize("line, name", [
    ("Annick Le Floch, Plouzélec", "Annick Le Floch"), ("— Tom Hale, Kingsweston", "Tom Hale"),
    ("Jo Ames (Redland)", "Jo Ames"), ("Lucía Fernández, Huesca", "Lucía Fernández"),
    ("Hans-Peter Vogt, Lindenfels, Rentner", "Hans-Peter Vogt"),
    ("The council said on Monday, in Leeds", None), ("Fotos: Ana Ruiz, EFE", None), ("Paris, 3 juin 2024", None),
    ("Marisa", None), ("Le Monde, 3 juin", None), ("Ann Lowe, correspondent in leeds", None),
])
def test_a_signature_is_a_name_and_the_place_or_capacity_it_is_signed_with(line, name):
    assert signature(line) == name
