"""Lines set under or over a headline that are not it: an Austrian agency's subtitle ('Utl.: …'), set on the next line
without a blank, wrapped or not and closed by the end mark ' =' or not, is the text's first paragraph without its
label and mark; a radio page's player, its button's label and its playhead ('▶ Listen to our 8am bulletin  0:00 /
1:24'), is chrome. A release portal's code in the dateline ('Mariapfarr (PRA) -' over its notice 'PRA-ORIGINALTEXT
PRESSEAUSSENDUNG …') credits no agency. A caption's credit labelled 'Credit:', or set in capitals after its last word
('… em cada verão FOTO: RUI PEIXOTO'), is read. Cases in my own words."""
import pytest

from generator.importer import parse_clipping
from generator.importer.furniture import PLAYER_TIME

DISPATCH = ["Meldungsdetail", "Zurück zur Übersicht", "",
            "Lawinengefahr/Salzburg/Lungau", "",
            "Liftbetreiber im Lungau sperren nach Neuschnee drei Pisten",
            "Utl.: Lawinenwarndienst hebt Gefahrenstufe auf vier - Straße auf den",
            "      Katschberg bis Sonntag nur mit Ketten befahrbar =", "",
            "   Tamsweg (SPA) - Nach mehr als einem Meter Neuschnee haben die Bergbahnen in Obertauern und St. Michael am",
            "Samstag drei Pisten gesperrt. Der Lawinenwarndienst des Landes hob die Gefahrenstufe am Vormittag auf vier.", "",
            "   Die Landesstraße auf den Katschberg bleibt bis Sonntagabend nur mit Schneeketten befahrbar, teilte die",
            "Bezirkshauptmannschaft mit. Mehrere Gemeinden riefen dazu auf, Dächer von Schnee zu befreien.", "",
            "(Schluss) ab/mk"]


@pytest.mark.parametrize("wrapped", [True, False])
def test_an_agency_subtitle_is_the_first_paragraph_not_part_of_the_headline(wrapped):
    lines = DISPATCH if wrapped else [line for line in DISPATCH if not line.startswith("      Katschberg")]
    if not wrapped:
        lines = [line.replace(" - Straße auf den", " - Straße gesperrt") for line in lines]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Liftbetreiber im Lungau sperren nach Neuschnee drei Pisten"
    first = clip.body[0]
    assert first.startswith("Lawinenwarndienst hebt Gefahrenstufe auf vier")
    assert "Utl." not in first and not first.endswith("=")
    assert clip.body[1].startswith("Nach mehr als einem Meter Neuschnee")


def test_an_agency_subtitle_over_its_dateline_line_is_no_headline():
    lines = ["PRA0112 | 9. Jänner 2027, 10:05 | Gemeinde Mariapfarr",
             "Neue Kläranlage in Mariapfarr geht nach zwei Jahren Bauzeit in Betrieb",
             "Utl.: Anlage reinigt das Abwasser von fünf Gemeinden – Gebühren bleiben 2027 gleich",
             "Mariapfarr (PRA) - Die neue Kläranlage am Taurachufer hat am Freitag den Betrieb aufgenommen, teilte die "
             "Gemeinde mit.", "",
             "Die Anlage ersetzt drei ältere Becken und reinigt das Abwasser von rund 7.000 Einwohnerinnen und Einwohnern."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Neue Kläranlage in Mariapfarr geht nach zwei Jahren Bauzeit in Betrieb"
    assert clip.body[0] == "Anlage reinigt das Abwasser von fünf Gemeinden – Gebühren bleiben 2027 gleich"


@pytest.mark.parametrize("line", ["▶ Listen to our 8am bulletin  0:00 / 1:24", "► Écouter le journal de 7 h 0:00 / 2:05",
                                  "Jetzt anhören 0:00 / 12:40", "▶ 3:10 / 4:02", "0:00 / 1:24"])
def test_a_players_button_and_playhead_are_chrome(line):
    assert PLAYER_TIME.match(line)


@pytest.mark.parametrize("line", ["The vote was 3:12 / 4:00", "Kick-off 7:45 / 8:00 pm", "Train times 0:00/1:24 changed"])
def test_times_in_a_sentence_are_no_player(line):
    assert not PLAYER_TIME.match(line)


def test_a_radio_pages_player_over_the_story_is_not_its_headline():
    lines = ["Listen Live", "News", "Sport", "", "Floods close the A93 at Bridge of Cally", "",
             "▶ Listen to our 8am bulletin  0:00 / 1:24", "",
             "By Morag Duncan", "Tuesday 3 March 2026", "",
             "The A93 has been closed at Bridge of Cally after the River Ardle burst its banks overnight, Perth and "
             "Kinross Council said.", "",
             "Drivers are being sent on a diversion through Blairgowrie and Kirkmichael, which adds about forty minutes "
             "to the journey."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Floods close the A93 at Bridge of Cally"
    assert not any("0:00" in block for block in clip.body)


def test_a_release_portals_code_in_the_dateline_credits_no_agency():
    lines = ["PRA0112 | 9. Jänner 2027, 10:05 | Gemeinde Mariapfarr",
             "Neue Kläranlage in Mariapfarr geht nach zwei Jahren Bauzeit in Betrieb",
             "Utl.: Anlage reinigt das Abwasser von fünf Gemeinden – Gebühren bleiben 2027 gleich",
             "Mariapfarr (PRA) - Die neue Kläranlage am Taurachufer hat am Freitag den Betrieb aufgenommen, teilte die "
             "Gemeinde mit.", "",
             "Die Anlage ersetzt drei ältere Becken und reinigt das Abwasser von rund 7.000 Einwohnerinnen und Einwohnern.",
             "", "*** PRA-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS ***"]
    clip = parse_clipping("\n".join(lines))
    assert clip.kind == "press-release"
    assert clip.credits == []


@pytest.mark.parametrize("caption, credit", [
    ("The High Street practice has treated patients in Aldeburgh since 1987 - Credit: Sarah Quinlan", "Credit: Sarah Quinlan"),
    ("A cascata do Arado, no Gerês, recebe milhares de visitantes em cada verão FOTO: RUI PEIXOTO", "FOTO: RUI PEIXOTO"),
    ("Le nouveau poste avancé de Frasnes, inauguré mercredi. PHOTO : JULIE MARTENS", "PHOTO : JULIE MARTENS")])
def test_a_captions_credit_labelled_credit_or_in_capitals_after_its_last_word_is_read(caption, credit):
    from generator.importer.phrases import CAPTION_CREDIT
    assert CAPTION_CREDIT.search(caption).group(1) == credit


@pytest.mark.parametrize("sentence", ["He paid for the repairs with his credit card.", "The council's tax credit, Universal Credit",
                                      "Wir haben das FOTO: es zeigt den Damm"])
def test_credit_in_a_sentence_is_no_captions_credit(sentence):
    from generator.importer.phrases import CAPTION_CREDIT
    assert not CAPTION_CREDIT.search(sentence)
