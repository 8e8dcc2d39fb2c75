"""A newsletter read in the browser or the mail is its lead story: the masthead and the issue's line, then the editor's
letter or the issue's contents, then the story with its own headline, standfirst and byline. Cases in my own words."""
from hypothesis import given, strategies as st

from generator.importer import parse_clipping

HEADLINE = "Scuolabus, tre linee ancora senza autista a pochi giorni dalla campanella"
STORY = ["A quattro giorni dalla riapertura delle scuole, tre linee di montagna non hanno ancora un autista.",
         "di Marta Colaneri",
         "",
         "Lunedì, quando le scuole riapriranno, una trentina di bambini rischia di restare a casa perché nessuno guida il "
         "pulmino che li porta a valle, e i comuni cercano una soluzione da settimane senza trovarla.",
         "",
         "Il problema non sono i mezzi, revisionati durante l'estate, ma le persone: per guidare uno scuolabus servono una "
         "patente professionale e una carta di qualificazione, e chi le ha preferisce lavori meglio pagati.",
         "",
         "Ne riparleremo la prossima settimana."]


def _newsletter(letter: list[str], kicker: str = "SCUOLA E TRASPORTI") -> str:
    return "\n".join(["Visualizza questa email nel browser", "", "Il Crinale", "La newsletter del giovedì sulla montagna",
                      "N. 12 · Giovedì 11 settembre 2025", "", *letter, "", kicker, HEADLINE, *STORY, "",
                      "IN BREVE", "Agnone – Riaperto il ponte dopo i lavori di consolidamento.", "",
                      "Ricevi questa email perché ti sei iscritto alla newsletter.", "Annulla l'iscrizione"])


LETTER = ["Buongiorno a tutte e a tutti, e bentornati dopo la pausa d'agosto. Questa settimana si parla di scuola e di "
          "chi dovrebbe accompagnarci i bambini.", "Buona lettura,", "Francesca"]


def test_a_newsletter_is_its_lead_story_without_the_editor_s_letter():
    clip = parse_clipping(_newsletter(LETTER))
    assert clip.title == HEADLINE and clip.authors == ["Marta Colaneri"] and clip.published == "2025-09-11"
    assert "Buongiorno" not in clip.text and "Lunedì, quando le scuole riapriranno" in clip.text


def test_a_section_s_heading_over_the_lead_story_is_not_its_headline():
    clip = parse_clipping(_newsletter(LETTER, kicker="La storia della settimana"))
    assert clip.title == HEADLINE


def test_the_issue_s_contents_are_not_the_story():
    contents = ["IN QUESTO NUMERO", "Tre linee senza autista", "Gli appuntamenti del fine settimana"]
    clip = parse_clipping(_newsletter(["Buongiorno,", "questa settimana parliamo di scuolabus.", "Francesca", *contents]))
    assert clip.title == HEADLINE and "appuntamenti" not in clip.text


def test_a_letter_that_is_not_a_newsletter_s_is_read_as_before():
    """'Dear residents,' over a council's letter, with no newsletter's links or issue line: the letter is the text."""
    text = "\n".join(["Dear residents,", "", "The harbour car park will close for resurfacing from Monday 3 March, for "
                      "two weeks, and boats will be launched from the slipway at the north quay instead.", "",
                      "We are sorry for the trouble this will cause.", "", "Harbour Office"])
    clip = parse_clipping(text)
    assert "The harbour car park will close" in clip.text


@given(greeting=st.sampled_from(["Buongiorno,", "Ciao a tutti,", "Cari lettori,", "Buongiorno a tutte e a tutti."]),
       sentences=st.lists(st.sampled_from([
           "Questa settimana parliamo di scuola.", "Abbiamo ricevuto molte lettere.", "Grazie a chi ci sostiene.",
           "Il prossimo numero uscirà giovedì.", "Scriveteci se avete notizie dai vostri paesi."]), min_size=1, max_size=6))
def test_whatever_the_letter_says_the_lead_story_is_the_article(greeting, sentences):
    clip = parse_clipping(_newsletter([greeting, " ".join(sentences), "Francesca"]))
    assert clip.title == HEADLINE and clip.authors == ["Marta Colaneri"]
    assert not any(sentence in clip.text for sentence in sentences)
