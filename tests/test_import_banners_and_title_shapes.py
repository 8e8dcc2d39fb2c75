"""A consent banner that speaks of its cookie policy (the wording Italian sites use, and its like elsewhere) goes before
anything is read; a title shaped like no headline (the reader's account line, a line of credits, a table's row, a
subtitle's timecode) is withdrawn, as is an outlet that is a site's section, a contents list, a wiki's menu, a
journal's article type or a mail program; a running label before the headline ('Eilmeldung:') is not the headline's."""
import pytest

from generator.importer import parse_clipping
from generator.importer.clipping import Clipping
from generator.importer.vet import not_a_title, not_an_outlet, vet

BODY = ["Dal primo giugno la frazione resterà senza medico di base: il dottore che riceveva i pazienti nell'ambulatorio "
        "di via Roma va in pensione e nessuno ha accettato l'incarico.",
        "Sono circa mille gli assistiti che dovranno scegliere un nuovo medico, in gran parte anziani che non guidano "
        "e che dipendono dalla corriera, che passa due volte al giorno.",
        "Il sindaco ha scritto alla Asl chiedendo almeno un ambulatorio aperto due mattine alla settimana nella "
        "frazione, in attesa di un nuovo bando."]


def _page(*banner: str):
    return parse_clipping("\n".join(["Vai al contenuto", "Cronache del Capo", "giovedì, 22 maggio 2025", "",
                                     *banner, "",
                                     "Castrignano, chiude l'ambulatorio: mille pazienti senza medico dal primo giugno",
                                     "", "di Paola Serra", "", *[line for p in BODY for line in (p, "")]]))


@pytest.mark.parametrize("banner", [
    ("Questo sito o gli strumenti terzi da questo utilizzati si avvalgono di cookie necessari al funzionamento ed utili "
     "alle finalità illustrate nella cookie policy. Se vuoi saperne di più o negare il consenso a tutti o ad alcuni "
     "cookie, consulta la cookie policy.",
     "Chiudendo questo banner, scorrendo questa pagina, cliccando su un link o proseguendo la navigazione in altra "
     "maniera, acconsenti all'uso dei cookie.", "Accetta", "Rifiuta", "Personalizza"),
    ("Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione. Per maggiori informazioni "
     "leggi l'informativa estesa.", "Accetto", "Rifiuta"),
])
def test_a_banner_on_the_cookie_policy_goes_and_the_headline_is_found(banner):
    clip = _page(*banner)
    assert clip.title == "Castrignano, chiude l'ambulatorio: mille pazienti senza medico dal primo giugno"
    assert clip.body[0] == BODY[0] and not any("cookie" in block for block in clip.body)


@pytest.mark.parametrize("title", [
    "Angemeldet als: Redaktion Elbmarsch (Zugang 4471)", "Signed in as: newsdesk@ledger.example",
    "Connecté en tant que Marie Pons", "Beitrag: Jana Kretschmar | Kamera: Tobias Wendler",
    "Text: Anna Berg / Fotos: Jonas Weil", "Reportage: Claire Vidal | Images: Marc Olivier",
    "2.1\tPlanung und Genehmigung", "Gemeinde\tEinwohner\tAnteil", "00:00:00,000 --> 00:00:03,200", "12:04 — 14/03",
])
def test_a_title_no_headline_has_gives_way_to_the_opening_words(title):
    assert not_a_title(title)
    clip = Clipping(title=title, body=list(BODY), outlet="Cronache del Capo")
    vet(clip)
    assert clip.title != title and any(item.startswith("title:") for item in clip.review)


@pytest.mark.parametrize("title", [
    "Kamera rolls again: the town's cinema reopens", "Text message alerts for flood warnings start in March",
    "Signed, sealed, delivered: the post office stays", "Foto: la piazza com'era e com'è",
    "Anna Berg: 'I will not sell the farm'", "Reportage : dans les coulisses du marché de Rungis",
    "2.1 million for the harbour wall", "U2 in Slane: 80,000 tickets sold",
])
def test_headlines_of_like_shapes_stay(title):
    assert not not_a_title(title)


@pytest.mark.parametrize("label", ["Eilmeldung", "Breaking", "Última hora", "Ultim'ora", "Dernière minute"])
def test_a_running_label_before_the_headline_is_left_off(label):
    clip = Clipping(title=f"{label}: Lienzer Stadtfest 2025 abgesagt", body=list(BODY), outlet="Osttiroler Bote")
    vet(clip)
    assert clip.title == "Lienzer Stadtfest 2025 abgesagt" and not clip.review


def test_a_label_that_is_the_whole_headline_stays():
    clip = Clipping(title="Live: Wahlabend", body=list(BODY), outlet="Osttiroler Bote")
    vet(clip)
    assert clip.title == "Live: Wahlabend"


@pytest.mark.parametrize("label", ["Pressemitteilungen", "Press releases", "Communiqués de presse", "Notas de prensa",
                                   "Sommaire", "Inhaltsverzeichnis", "Persönliche Werkzeuge", "Personal tools",
                                   "Outils personnels", "Research Article", "Original Article", "Artigo original",
                                   "Outlook", "Gmail", "Thunderbird", "Inbox 212", "Posteingang (3)", "Update 3",
                                   "Mise à jour n° 2", "Press Summary"])
def test_a_sites_section_a_contents_list_a_wikis_menu_or_a_mail_program_is_no_outlet(label):
    assert not_an_outlet(label)
    clip = Clipping(title="Oberschulen in Haren und Twist werden zusammengelegt", body=list(BODY), outlet=label)
    vet(clip)
    assert clip.outlet is None and any(item.startswith("outlet:") for item in clip.review)


@pytest.mark.parametrize("outlet", ["The Outlook Weekly", "Research Review Daily", "Sommaire Hebdo", "Contents Magazine",
                                    "Schulverband Mittelems", "Il Sommario di Lecce", "Inbox Magazine", "Radio 2000",
                                    "Le 1", "RTL 102.5"])
def test_names_that_hold_such_a_word_stay(outlet):
    assert not not_an_outlet(outlet)


def test_a_number_alone_is_no_outlet():
    clip = Clipping(title="Oberschulen in Haren und Twist werden zusammengelegt", body=list(BODY), outlet="1")
    vet(clip)
    assert clip.outlet is None and any(item.startswith("outlet:") for item in clip.review)
