"""A consent dialog pasted above the article, in the languages readers bring it in, goes as one block and never becomes
the article; credits given in forms regional papers use (the paper's name before its photographer's, a picture given
by those it shows, a translator beside the writer) are kept, while the publication's own rights line and its
browser tab's title are not credits. Cases in my own words."""
import pytest
from hypothesis import given, settings, strategies as st

from generator.importer import parse_clipping
from generator.importer.consent import without_consent_wall

HEAD = ["Harbour Gazette", "News", "Sport", "Opinion", "What's on"]
TITLE = "Ferry crossing to reopen on Monday after three months of ramp repairs"
BYLINE = ["By Anne Rowe", "Published 12 February 2026, 18:05 GMT"]
TEXT = ["The ferry between the two harbours will run again from Monday, its operator said on Thursday, after repairs "
        "to the landing ramp that took a month longer than planned and forced it to print the spring timetable twice.",
        "Since September, foot passengers have gone round the estuary by bus, a journey of forty minutes, and the "
        "operator will extend season tickets by three months to make up for the lost crossings.",
        "The harbour master said the new ramp should need no more than routine maintenance for the next twenty years."]

WALLS = {
    "en": ["We value your privacy",
           "We and our 640 partners store and/or access information on a device, such as cookies, and process personal "
           "data, such as unique identifiers and standard information sent by a device for personalised advertising.",
           "With your permission we and our partners may use precise geolocation data and identification through device "
           "scanning. You may click to consent to our and our partners' processing as described above.",
           "Some processing of your personal data may not require your consent, but you have a right to object to such "
           "processing by our partners on the basis of legitimate interest.",
           "List of Partners (vendors)", "MORE OPTIONS", "I DO NOT ACCEPT", "AGREE"],
    "fr": ["Nous respectons votre vie privée",
           "Nos 640 partenaires et nous stockons et accédons à des informations sur un appareil, telles que les cookies, "
           "et traitons des données personnelles pour vous proposer de la publicité personnalisée.",
           "Vous pouvez accepter ou refuser ces traitements ou paramétrer vos choix, et les modifier à tout moment "
           "depuis le lien en bas de page ; certains partenaires invoquent un intérêt légitime.",
           "Voir la liste des partenaires", "Paramétrer", "Tout refuser", "Tout accepter"],
    "de": ["Wir respektieren Ihre Privatsphäre",
           "Wir und unsere 640 Partner speichern und greifen auf Informationen auf einem Gerät zu, etwa Cookies, und "
           "verarbeiten personenbezogene Daten für personalisierte Werbung und Inhalte.",
           "Mit Ihrer Einwilligung können wir und unsere Partner genaue Standortdaten nutzen; einige Partner berufen "
           "sich auf ein berechtigtes Interesse, dem Sie widersprechen können.",
           "Partnerliste", "Einstellungen", "Alle ablehnen", "Alle akzeptieren"],
}


@pytest.mark.parametrize("language", sorted(WALLS))
def test_a_consent_dialog_pasted_above_the_page_goes_and_the_article_is_read(language):
    clip = parse_clipping("\n".join([HEAD[0], *WALLS[language], *HEAD, TITLE, *BYLINE, *TEXT]))
    assert clip.title == TITLE and clip.authors == ["Anne Rowe"] and clip.published.startswith("2026-02-12T18:05")
    assert clip.outlet == "Harbour Gazette"
    assert all(paragraph in clip.text for paragraph in TEXT)
    assert WALLS[language][1][:40] not in clip.text and WALLS[language][-1] not in clip.text


def test_a_line_on_cookies_in_the_article_is_not_a_dialog():
    """An article about a cookie dialog quotes its words: nothing of the article goes for that."""
    text = ["A bakery's website asked visitors to accept cookies before showing its opening hours, and the council "
            "said on Tuesday that the notice on personal data did not tell them which partners would see it.",
            *TEXT]
    clip = parse_clipping("\n".join([*HEAD, TITLE, *BYLINE, *text]))
    assert all(paragraph in clip.text for paragraph in text)


WORDS = st.sampled_from(["ferry", "harbour", "ramp", "Monday", "cookies", "partners", "accept", "AGREE", "tide", "quay",
                         "personal", "data", "device", "the", "and", "of", "Options", "Reject all"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(WORDS, min_size=1, max_size=30).map(" ".join), max_size=40))
def test_taking_a_dialog_away_only_ever_takes_one_block_of_lines_away(lines):
    """Whatever the lines, what is left is the lines as they were, one run of them missing at most: no line is changed
    and no line after the dialog is lost."""
    kept = without_consent_wall(lines)
    gone = len(lines) - len(kept)
    assert gone >= 0 and any(kept == lines[:start] + lines[start + gone:] for start in range(len(lines) - gone + 1))


@pytest.mark.parametrize("caption, credit", [
    ("Le Saut de Sabo, où la baignade est interdite toute l'année. Photo Tarn Matin - Julien Carrère",
     "Photo Tarn Matin - Julien Carrère"),
    ("Il reparto durante l'uscita di aprile al Boscone (foto concessa dal gruppo scout)", "foto concessa dal gruppo scout"),
    ("La rampe neuve, jeudi matin (photo fournie par la mairie)", "photo fournie par la mairie"),
])
def test_a_captions_credit_naming_the_paper_or_who_gave_the_picture(caption, credit):
    clip = parse_clipping("\n".join([*HEAD, TITLE, *BYLINE, caption, *TEXT]))
    assert clip.credits == [credit] and caption.split(" (")[0][:30] not in clip.text


def test_a_translator_beside_the_writer_is_a_credit():
    clip = parse_clipping("\n".join([*HEAD, TITLE, "Por Lucía Hernández Prieto | Tradução: Rui Carvalho", BYLINE[1], *TEXT]))
    assert clip.authors == ["Lucía Hernández Prieto"] and clip.credits == ["Tradução: Rui Carvalho"]


def test_a_sidebars_archive_link_is_no_credit():
    clip = parse_clipping("\n".join([*HEAD, "» Letters to the Editor", "» Archive", TITLE, *BYLINE, *TEXT]))
    assert clip.credits == []


def test_the_browser_tabs_title_pasted_first_credits_no_one():
    clip = parse_clipping("\n".join([f"{TITLE} | Harbour Gazette", *HEAD, TITLE, *BYLINE, *TEXT]))
    assert clip.outlet == "Harbour Gazette" and clip.credits == []


def test_a_picture_credited_to_the_paper_by_its_name_stays_a_credit():
    clip = parse_clipping("\n".join([*HEAD, TITLE, *BYLINE, "The new ramp at the north quay on Thursday. / HARBOUR GAZETTE",
                                     *TEXT]))
    assert clip.credits == ["HARBOUR GAZETTE"]


@pytest.mark.parametrize("banner, buttons", [
    ("Utilizamos cookies propias y de terceros para analizar nuestros servicios y mostrarte publicidad relacionada con "
     "tus preferencias, según un perfil elaborado a partir de tus hábitos de navegación, por ejemplo las páginas que "
     "visitas. Puedes aceptar todas las cookies pulsando el botón «Aceptar», o configurarlas o rechazar su uso pulsando "
     "el botón «Configurar».", ["ACEPTAR", "RECHAZAR", "CONFIGURAR"]),
    ("We use cookies of our own and of third parties to understand how you use the site and to show you advertising "
     "suited to your interests, based on a profile drawn from your browsing, such as the pages you visit. Click Accept "
     "to allow them all, or Reject to use the site with only the cookies it needs to work.", ["Accept", "Reject"]),
    ("Ce site utilise des cookies, les siens et ceux de tiers, pour mesurer l'audience et vous proposer des publicités "
     "adaptées à vos centres d'intérêt, selon un profil établi à partir de votre navigation, comme les pages que vous "
     "consultez. Vous pouvez les accepter ou les refuser à tout moment depuis le lien en bas de page.",
     ["Accepter", "Refuser"]),
])
def test_a_cookie_banner_with_no_heading_that_names_its_choices_goes_as_one_block(banner, buttons):
    """A banner's one long paragraph, on cookies and one other of its topics, that names the choices under it: it goes
    with its buttons, and the article is read under it."""
    lines = [*HEAD, banner, *buttons, "", TITLE]
    assert without_consent_wall(lines) == [*HEAD, "", TITLE]
    clip = parse_clipping("\n".join([*lines, *BYLINE, "", "\n\n".join(TEXT)]))
    assert clip.title == TITLE and clip.text.startswith("The ferry between the two harbours")
    assert "cookies" not in clip.text
