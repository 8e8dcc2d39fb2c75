"""Notes of whoever copied or typed a clipping are not its text; the newsroom's own notes are."""
import pytest

from generator.importer import parse_clipping

HEAD = "Reading room to open on Saturdays\n\nBy Harriet Dunmore\n\n"
FIRST = ("The reading room at Millgate Library will stay open on Saturdays after a group of volunteers agreed to "
         "staff it from the new year, the parish council said last night.")
LAST = "The parish council will review the arrangement in June, when it has counted the visitors of the winter."


@pytest.mark.parametrize("note", [
    "[photo caption: Jean Arkwright at the front desk – credit illegible]", "[Image]", "[Video: the reading room]",
    "[Priya: that's the whole piece. There's a sidebar I didn't type.]", "[Infografik: Öffnungszeiten der Bibliothek]",
    "[Foto: la sala de lectura]", "[Note de Paul : vérifier l'orthographe des noms avant publication]",
])
def test_a_paragraph_in_square_brackets_is_a_note_not_text(note):
    clip = parse_clipping(HEAD + f"{FIRST}\n\n{note}\n\n{LAST}\n")
    assert FIRST in clip.text and LAST in clip.text and note not in clip.text and len(clip.body) == 2


def test_a_note_closing_a_paragraph_goes_and_the_paragraph_stays():
    clip = parse_clipping(HEAD + f"{FIRST} [Priya: figure is smudged in my copy – ask the desk]\n\n{LAST}\n")
    assert FIRST in clip.text and "smudged" not in clip.text


@pytest.mark.parametrize("note", [
    "[Editor's note: this article was updated on Tuesday to give the right opening hours.]",
    "[Correction: an earlier version of this article gave the wrong name for the parish council.]",
    "[Note de la rédaction : cet article a été mis à jour mardi.]", "[Anmerkung der Redaktion: Der Text wurde ergänzt.]",
])
def test_the_newsrooms_own_note_in_brackets_stays(note):
    clip = parse_clipping(HEAD + f"{FIRST}\n\n{LAST}\n\n{note}\n")
    assert note in clip.text


def test_square_brackets_inside_a_quotation_stay():
    quoted = ('"We [the volunteers] can open the door and switch on the heating," said Jean Arkwright, who has used '
              "the room since 1984 [sic].")
    clip = parse_clipping(HEAD + f"{FIRST}\n\n{quoted}\n\n{LAST}\n")
    assert quoted in clip.text


@pytest.mark.parametrize("row", ["Comment  Share", "Reply   Like", "Kommentieren  Teilen", "Responder · Compartir"])
def test_a_row_of_buttons_is_no_masthead(row):
    clip = parse_clipping(f"{row}\n\nFENWICK GAZETTE\n\n" + HEAD + f"{FIRST}\n\n{LAST}\n")
    assert clip.outlet == "Fenwick Gazette"
