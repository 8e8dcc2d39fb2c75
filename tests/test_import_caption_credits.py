"""A picture's credit in the forms regional papers and plain-text copies give it: the paper's code and its photographer,
the paper's or an agency's name alone in capitals, 'Photo DR', a description in square brackets before the credit, a
byline of roles, a photographer's line under a caption, initials; and what is no credit: a picture's description read
out in its place, a chart's source row. Cases in my own words."""
import pytest
from hypothesis import given, strategies as st

from generator.importer import parse_clipping, read_clipping
from generator.importer.meta import described

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


# The same picture's credit, in the forms other papers close a caption with, pasted or saved: the photographer's name
# alone after the caption's last sentence (papers in Spain and Italy), in brackets with the outlet after a slash (papers
# in North America), after 'Ph.' (Italy), in a caption's element of its own, its initials kept.
@pytest.mark.parametrize("caption, credit", [
    ("Le bac à quai, sous le pont de Fabrezan, le 19 juillet. Lucía Gabaldón", "Lucía Gabaldón"),
    ("Le bac à quai, sous le pont de Fabrezan, le 19 juillet. (Seamus Doiron / Le Courrier de l'Estuaire)",
     "Seamus Doiron / Le Courrier de l'Estuaire"),
    ("Le bac à quai, sous le pont de Fabrezan, le 19 juillet (Ph. Marco Vetrugno)", "Ph. Marco Vetrugno"),
])
def test_a_captions_credit_in_other_papers_forms_pasted_or_saved(caption, credit):
    pasted = parse_clipping("\n".join(["Le Courrier de l'Estuaire", TITRE, "Par Anne Roux", "Publié le 12/02/2026 à 18h05",
                                       "Partager", caption, *TEXTE]))
    assert pasted.credits == [credit] and pasted.authors == ["Anne Roux"]
    assert "Fabrezan" not in pasted.text
    page = read_clipping(("<html lang='fr'><head><title>" + TITRE + "</title></head><body><article><h1>" + TITRE +
                          "</h1><p class='byline'>Par Anne Roux</p><figure><img src='bac.jpg' alt=''><figcaption>" +
                          caption.replace("Lucía", "</span> <span class='fig__cap-a'>Lucía").join(
                              ["<span class='fig__cap-t'>", "</span>"]) + "</figcaption></figure>" +
                          "".join(f"<p>{p}</p>" for p in TEXTE) + "</article></body></html>").encode(), ".html")
    assert page.credits == [credit]


def test_a_credit_element_keeps_the_photographers_initial():
    page = read_clipping(("<html lang='fr'><head><title>" + TITRE + "</title></head><body><article><h1>" + TITRE +
                          "</h1><figure><img src='bac.jpg' alt=''><figcaption>Le bac à quai. <span class='credit'>Photo "
                          "L’Écho de l'estuaire – P. Castéra</span></figcaption></figure>" +
                          "".join(f"<p>{p}</p>" for p in TEXTE) + "</article></body></html>").encode(), ".html")
    assert page.credits == ["Photo L’Écho de l'estuaire – P. Castéra"]


def test_a_source_line_naming_a_person_under_a_picture_credits_the_picture_not_an_original():
    clip = parse_clipping("\n".join(["Ostsee-Kurier", "Frost im Weinberg: Winzer verliert die halbe Ernte",
                                     "Zwei kalte Nächte haben die jungen Triebe erfrieren lassen.", "Von Jana Wendt",
                                     "07.05.2026, 17:30 Uhr", "Der Winzer zeigt die erfrorenen Triebe.", "Quelle: Jana Wendt",
                                     "Gingst. Wenn der Winzer über seinen Weinberg geht, bleibt er alle paar Meter stehen "
                                     "und zerreibt einen Trieb zwischen den Fingern. Die Blätter sind braun und brüchig.",
                                     "In den Nächten zum 4. und zum 5. Mai sank die Temperatur am Hang auf minus 2,8 Grad, "
                                     "als die Knospen bereits aufgebrochen waren."]))
    assert clip.credits == ["Quelle: Jana Wendt"] and clip.authors == ["Jana Wendt"]
    assert clip.outlet == "Ostsee-Kurier" and clip.reproduced_by is None


@pytest.mark.parametrize("lines, credit", [
    (["Le bac à quai, jeudi matin. Photo : Ffion Rees /", "Le Courrier"], "Photo : Ffion Rees / Le Courrier"),
    (["Le bac à quai, jeudi matin. Photo : KAYE", "LINDQVIST"], "Photo : KAYE LINDQVIST"),
])
def test_a_credit_the_pages_width_broke_over_two_lines_is_read_whole(lines, credit):
    clip = parse_clipping("\n".join(["Le Courrier de l'Estuaire", TITRE, "Par Anne Roux", "Publié le 12/02/2026 à 18h05",
                                     TEXTE[0], *lines, TEXTE[1]]))
    assert clip.credits == [credit] and clip.body == list(TEXTE)


def test_a_closing_note_naming_the_translator_credits_her():
    clip = parse_clipping("\n".join(["Le Courrier de l'Estuaire", TITRE, "Par Owen McAuley", *TEXTE,
                                     "Note : ce reportage a d'abord paru en anglais sur notre site. Traduction : Élise Bourassa."]))
    assert clip.credits == ["Traduction : Élise Bourassa"] and clip.authors == ["Owen McAuley"]


def test_the_source_a_pages_byline_names_beside_its_writer_is_a_credit():
    page = read_clipping(("<html lang='fr'><head><title>" + TITRE + "</title></head><body><article><h1>" + TITRE +
                          "</h1><p class='published-by'>Auteur de l'article : <span class='published-by__author'>Anne Roux"
                          "</span>, <span class='published-by__source'>Presse Régionale Associée</span></p>" +
                          "".join(f"<p>{p}</p>" for p in TEXTE) + "<p class='source'>Source : Observatoire de l'estuaire"
                          "</p></article></body></html>").encode(), ".html")
    assert page.authors == ["Anne Roux"] and page.credits == ["Presse Régionale Associée"]


def test_how_to_credit_pictures_offered_on_request_credits_no_one_and_leaves_the_text():
    clip = parse_clipping("\n".join(["COMMUNIQUÉ DE PRESSE", TITRE, *TEXTE, "Des photos sont disponibles sur demande.",
                                     "Please credit: ESNOP / Ben Ashworth."]))
    assert clip.credits == [] and not any("Please credit" in block for block in clip.body)


def _head(*lines: str):
    return parse_clipping("\n".join(["Le Courrier de l'Estuaire", TITRE, *lines, *TEXTE]))


@pytest.mark.parametrize("line, author, credit", [
    ("Journaliste : Sophie Delvaux – Caméra : Thomas Gillard", "Sophie Delvaux", "Caméra : Thomas Gillard"),
    ("Reporterin: Jana Keller | Kamera: Tom Hart", "Jana Keller", "Kamera: Tom Hart"),
    ("Periodista: Lucía Garrido – Gráficos: Andrés Mateo", "Lucía Garrido", "Gráficos: Andrés Mateo"),
])
def test_a_byline_of_roles_names_the_writer_and_credits_the_others(line, author, credit):
    """A broadcaster's or a data desk's byline gives each person's role: the journalist writes, the camera operator
    and the graphics maker are credits."""
    clip = _head(line, "Publié le 12/02/2026 à 18h05")
    assert clip.authors == [author] and clip.credits == [credit]
    assert "Caméra" not in clip.text and "Kamera" not in clip.text


def test_a_graphics_credit_under_the_byline_is_a_credit():
    clip = _head("Anne Roux", "Gráficos: Andrés Mateo", "12/02/2026 - 18:05")
    assert clip.authors == ["Anne Roux"] and clip.credits == ["Gráficos: Andrés Mateo"]


def test_a_photographer_and_the_paper_on_a_line_under_a_one_sentence_caption_are_its_credit():
    clip = _head("Par Anne Roux", "Publié le 12/02/2026 à 18h05", "Partager",
                 "Le bac à quai sous le pont, jeudi matin.", "Iñaki Larralde / Le Courrier de l'Estuaire")
    assert clip.credits == ["Iñaki Larralde / Le Courrier de l'Estuaire"]
    assert "Larralde" not in clip.text and "Le bac à quai sous le pont" not in clip.text and TEXTE[0] in clip.text


def test_a_caption_closed_by_the_photographer_s_initials_credits_them():
    clip = _head("Par Anne Roux", "Publié le 12/02/2026 à 18h05",
                 "Michel Jeunet, derrière son comptoir, mardi. Il tient la pharmacie depuis 1991. Photo N.C.")
    assert clip.credits == ["Photo N.C."]


@pytest.mark.parametrize("placeholder", ["Bild: Luftaufnahme eines braunen Murenkegels, der die Straße verschüttet hat",
                                         "Bild: Werbebanner eines Möbelhauses", "Bild: Logo der Estuaire-Zeitung",
                                         "Image: a ferry at the quay under the bridge on Thursday morning"])
def test_a_picture_s_description_read_out_in_its_place_is_no_credit(placeholder):
    """A copy made with the pictures off reads out their text ('Bild: …', 'Image: …'): what a picture shows is
    not who made it; the real credit beside it stays."""
    clip = _head("Par Anne Roux", "Publié le 12/02/2026 à 18h05", placeholder, "Foto: ON/Gernot Wallner")
    assert clip.credits == ["Foto: ON/Gernot Wallner"]
    assert placeholder not in clip.text


@pytest.mark.parametrize("credit", ["foto concessa dal gruppo scout", "Photo: supplied by the family", "Foto: privat"])
def test_a_credit_naming_who_gave_the_picture_stays_a_credit(credit):
    clip = _head("Par Anne Roux", "Publié le 12/02/2026 à 18h05", f"Le bac à quai, jeudi matin. {credit}")
    assert clip.credits == [credit]


@pytest.mark.parametrize("row", ["Grafik: Estuaire-Zeitung | Quelle: Stadt Vilshofen an der Donau",
                                 "Source: Port authority | Graphic: M. Kern"])
def test_a_chart_s_source_row_credits_no_one_and_leaves_the_text(row):
    """A chart's row naming its data's source and who drew it belongs to the chart, not to the article's credits."""
    clip = parse_clipping("\n".join(["Le Courrier de l'Estuaire", TITRE, "Par Anne Roux", "Publié le 12/02/2026 à 18h05",
                                     TEXTE[0], row, "Traversées par mois\t2024\t2025", TEXTE[1]]))
    assert clip.credits == [] and row not in clip.text and TEXTE[1] in clip.text


NAME = st.from_regex(r"[A-ZÉ][a-zéè]{2,9}( [A-ZÉ][a-zéè]{2,11}){1,2}", fullmatch=True)


@given(role=st.sampled_from(["Foto", "Photo", "Bild", "Image", "Gráficos", "Caméra", "Fotografia"]), name=NAME,
       agency=st.sampled_from(["", " / AFP", "/EFE", " / Le Courrier de l'Estuaire"]))
def test_a_credit_that_names_its_maker_is_never_taken_for_a_description(role, name, agency):
    """Whatever the role and the name, 'Role: Name' (an agency after it or not) is who made the picture."""
    assert not described(f"{role}: {name}{agency}")


def _saved(caption_html: str) -> bytes:
    return f"""<!doctype html><html lang="de"><head><title>Brücke gesperrt – Kreisbote</title></head><body>
<header><a href="/">Kreisbote</a></header><main><article><h1>Die Brücke über den Mühlbach bleibt bis März gesperrt</h1>
<p class="byline">Von Anna Roth · 12.02.2026</p>{caption_html}
<p>Die Gemeinde hat beschlossen, die Brücke über den Mühlbach bis zum Abschluss der Sanierung im März für alle Fahrzeuge zu
sperren, weil bei der letzten Prüfung Schäden an den Trägern festgestellt wurden.</p>
<p>Der Umweg über die Landstraße verlängert den Schulweg für die Kinder aus dem Ortsteil um rund zehn Minuten.</p>
</article></main></body></html>""".encode()


@pytest.mark.parametrize("credit", ["Symbolfoto: Kreisbote/Archiv", "Archivfoto: Jens Maier", "Symbolbild: Kreisbote"])
def test_a_symbolic_or_archive_pictures_credit_keeps_its_whole_label(credit):
    clip = read_clipping(_saved(f"<figure><img src='b.jpg' alt=''><figcaption>Die Brücke ist seit Januar "
                                f"gesperrt. {credit}</figcaption></figure>"), ".html")
    assert clip.credits == [credit]


@pytest.mark.parametrize("read, credit", [("Photographs by Joel Marchetti ·", "Photographs by Joel Marchetti"),
                                         ("/ Ayuntamiento de Ubrique", "Ayuntamiento de Ubrique"),
                                         ("Foto: SBGV/Tanja Wagner | Abdruck honorarfrei", "Foto: SBGV/Tanja Wagner")])
def test_a_credit_is_kept_without_the_marks_of_the_row_it_was_read_from(read, credit):
    from generator.importer.meta import bare_credit
    assert bare_credit(read) == credit
