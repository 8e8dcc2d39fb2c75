"""A picture's credit in the forms regional papers and plain-text copies give it: the paper's code and its photographer,
the paper's or an agency's name alone in capitals, 'Photo DR', a description in square brackets before the credit.
Cases in my own words."""
import pytest

from generator.importer import parse_clipping

TITRE = "Le bac entre les deux ports reprendra lundi après trois mois de travaux"
TEXTE = ("Le bac entre les deux ports reprendra du service lundi, a annoncé jeudi l'exploitant, après des travaux sur la "
         "rampe d'accès qui ont duré un mois de plus que prévu et obligé à imprimer deux fois les horaires de printemps.",
         "Depuis septembre, les passagers faisaient le tour de l'estuaire en car, un trajet de quarante minutes, et "
         "l'exploitant prolongera de trois mois les abonnements pour compenser les traversées perdues.")


@pytest.mark.parametrize("caption, credit", [
    ("Le bac à quai, sous le pont de Fabrezan, le 19 juillet. ÉDC - Jean-Luc Sabatier", "ÉDC - Jean-Luc Sabatier"),
    ("Alain Sempé attend le bac depuis 2009. CdG - Lucie Daroux", "CdG - Lucie Daroux"),
    ("Image d'archives du bac sur l'estuaire. ESTUAIRE", "ESTUAIRE"),
    ("Le bac à quai, jeudi matin. Photo DR", "Photo DR"),
])
def test_a_captions_closing_credit_in_a_regional_papers_forms(caption, credit):
    clip = parse_clipping("\n".join(["ESTUAIRE", "Le journal de l'estuaire", TITRE, "Par Anne Roux",
                                     "Publié le 12/02/2026 à 18h05", caption, *TEXTE]))
    assert clip.credits == [credit]
    assert caption.split(".")[0] not in clip.text and clip.authors == ["Anne Roux"]


def test_a_caption_ending_on_an_initial_gives_the_whole_credit_only():
    clip = parse_clipping("\n".join(["Le Courrier de l'Estuaire", TITRE, "Par Anne Roux", "Publié le 12/02/2026 à 18h05",
                                     "Le bac à quai, jeudi matin. / PHOTO: J. M. HERRERO", *TEXTE]))
    assert clip.credits == ["PHOTO: J. M. HERRERO"]


@pytest.mark.parametrize("line, credit", [
    ("[Image : Le bac à quai, jeudi matin. Photo : Jean-Philippe Côté]", "Photo : Jean-Philippe Côté"),
    ("[Le bac à quai, jeudi matin] Foto: Ländle Bote/Dietmar Hartmann", "Foto: Ländle Bote/Dietmar Hartmann"),
])
def test_a_pictures_description_in_brackets_in_a_plain_text_copy_gives_its_credit_and_goes(line, credit):
    clip = parse_clipping("\n\n".join(["Le Courrier de l'Estuaire", TITRE, "Par Anne Roux", TEXTE[0], line, TEXTE[1]]))
    assert clip.credits == [credit]
    assert "jeudi matin" not in clip.text and clip.body == list(TEXTE)
