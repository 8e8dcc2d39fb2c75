"""What a page declares against what it prints, and lines around a headline that are no headline.

An old table-built page whose <title> is the site's name and its tagline ('Cronache del Bussento - Notizie dal Cilento
…') and which prints its headline in a big bold font was titled with the tagline; one whose og:title is a shorter
version for sharing was titled with that: the headline the page prints wins when the page never prints what it
declares. A notice's fields under its headline ('Published:', 'Category:', 'Placed by:') are fields, two of them enough
beside a date; a sitting's title naming the body and its day ('Seduta straordinaria del Consiglio comunale del 25
luglio 2024') is a headline, not a dateline, while 'Séance du 12 janvier 2026' stays a date; a machine's transcript
('Trascrizione automatica') is a transcript. Cases in my own words."""
import pytest

from generator.importer import parse_clipping
from generator.importer.html import read_html
from generator.importer.kinds import label_kind

TEXT = [
    "Pomeriggio di attesa, oggi, per i 140 passeggeri dell'aliscafo partito da Salerno e diretto a Palinuro, fermo per "
    "tre ore al largo di Punta Licosa dopo un guasto al motore.",
    "Una motovedetta della Guardia Costiera partita da Agropoli ha raggiunto il mezzo e ne ha seguito il rimorchio fino "
    "al porto, dove i passeggeri sono sbarcati poco prima delle cinque.",
    "La compagnia ha annunciato il rimborso dei biglietti e tre pullman per chi era diretto a Palinuro e a Sapri.",
]


def _old_page(title: str, printed: str, og_title: str | None = None) -> str:
    og = f'<meta property="og:title" content="{og_title}">' if og_title else ""
    return (f"<html><head><title>{title}</title>{og}</head><body><table><tr><td><img src='testata.jpg' "
            "alt='Cronache del Golfo'></td></tr><tr><td><a href='index.asp'>HOME</a> | <a href='s.asp?id=1'>CRONACA</a>"
            "</td></tr><tr><td><font size='1'><a href='index.asp'>Home</a> &gt; Cronaca</font><br><br>"
            f"<font face='Georgia' size='5'><b>{printed}</b></font><br>"
            "<font size='1'>Inserito il 09/08/2025 alle 18:32 da Gennaro Russo</font><br><br><font size='2'>"
            + "<br><br>".join(TEXT) + "</font></td></tr></table></body></html>")


def test_a_titles_tagline_the_page_never_prints_yields_to_the_printed_headline():
    printed = "Aliscafo in avaria al largo di Punta Licosa: 140 passeggeri riportati ad Agropoli"
    clip = read_html(_old_page("Cronache del Golfo - Notizie dal Cilento e dal Golfo di Policastro", printed))
    assert clip.title == printed


def test_a_shorter_headline_declared_for_sharing_yields_to_the_printed_one():
    printed = "Aliscafo in avaria al largo di Punta Licosa, passeggeri riportati ad Agropoli dopo tre ore"
    clip = read_html(_old_page("Cronache del Golfo", printed, og_title="Aliscafo in avaria a Punta Licosa"))
    assert clip.title == printed


def test_a_declared_headline_the_page_prints_is_kept():
    printed = "Aliscafo in avaria al largo di Punta Licosa"
    clip = read_html(_old_page("Cronache del Golfo", printed, og_title=printed))
    assert clip.title == printed


def test_a_notices_fields_under_its_headline_are_no_headline():
    lines = ["Jump to content", "The Holy Firth Herald", "Serving Cowal since 1887", "News", "Notices", "Jobs",
             "Home › Notices › Public Notices", "Public Notices",
             "A815 Loch Eck: emergency road closure following landslip", "Published: Friday 7 February 2025",
             "Category: Road Traffic Orders", "Placed by: Cowal Roads Authority", "Print this notice",
             "",
             "NOTICE IS HEREBY GIVEN that, owing to a landslip on the carriageway, the Cowal Roads Authority has prohibited all "
             "vehicular traffic on the A815 between Coylet and Whistlefield with immediate effect.", "",
             "The alternative route for all vehicles is by the A885 to Sandbank and the B836 through Glen Lean, and "
             "drivers should allow at least 45 minutes more than their usual journey time.", "",
             "Residents within the closed length will be escorted through the site by the Cowal Roads Authority at set "
             "times each day.", "", "Enquiries may be made to the Cowal Roads Authority, quoting reference TTN/2025/014.",
             "", "Head of Roads", "Cowal Roads Authority"]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "A815 Loch Eck: emergency road closure following landslip"
    assert clip.published == "2025-02-07"


def test_a_sittings_title_with_its_day_is_the_headline_and_a_sittings_day_alone_a_date():
    lines = ["Comune di Porto Lido", "Amministrazione", "Home / Amministrazione / Consiglio comunale / Sedute in streaming",
             "", "Seduta straordinaria del Consiglio comunale del 25 luglio 2024", "",
             "Diretta streaming del 25/07/2024 – ore 20:30", "Durata: 18:40", "", "Trascrizione automatica",
             "La trascrizione è generata automaticamente e non è stata rivista.", "",
             "[00:00:03] buonasera a tutti e benvenuti anche a chi ci segue da casa iniziamo la seduta straordinaria del "
             "consiglio comunale", "",
             "[00:01:12] presenti 13 consiglieri su 17 la seduta è valida passiamo al primo punto all'ordine del giorno "
             "interrogazione sulla cancellazione dei fuochi", "",
             "[00:02:05] grazie presidente allora noi abbiamo saputo dai social che quest'anno i fuochi non si faranno"]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Seduta straordinaria del Consiglio comunale del 25 luglio 2024"
    assert clip.published == "2024-07-25T20:30"
    assert clip.kind == "transcript"
    deliberation = ["Commune de Largitzen", "Extrait du registre des délibérations du conseil municipal",
                    "Séance du 12 janvier 2026", "",
                    "Le conseil municipal, régulièrement convoqué, s'est réuni en séance publique sous la présidence "
                    "du maire pour examiner la demande de protection du moulin au titre des monuments historiques.", "",
                    "Après en avoir délibéré, le conseil municipal approuve à l'unanimité la demande de protection."]
    assert parse_clipping("\n".join(deliberation)).published == "2026-01-12"


@pytest.mark.parametrize("label", ["Trascrizione automatica", "Automatic transcript", "Transcription automatique",
                                   "Automatisches Transkript", "Transcripción automática", "Transcrição"])
def test_a_machines_transcript_is_a_transcript(label):
    assert label_kind(label) == "transcript"
