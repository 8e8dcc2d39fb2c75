"""Official correspondence and what a title or a label says a text is. A minister's reply to a committee, as a PDF,
greets 'Senhor Presidente,' under its subject: the subject is its title, the signatory under the closing its writer,
its place and date over the salutation its date (not the registry's entry stamp at its head), and a reply giving the
other letter's reference ('Sua referência', 'Your ref') is a document. 'Media statement' over a text makes it a
statement, as does the title 'Witness Statement of …'; a regulator's page titled '<place>: inspection report summary'
is a document. A board paper's label ('Sitzungsvorlage Nr. AR 2026/07') makes a document, dated by its own 'Datum', not
the sitting's 'Sitzung am'. Cases in my own words."""
import pytest

from generator.importer import parse_clipping, read_clipping
from generator.importer.kinds import REPORT_AFTER_NAME, WITNESS_STATEMENT
from generator.importer.official import SALUTATION, YOUR_REFERENCE, letter_date


def test_a_ministers_reply_to_a_committee_is_a_document_titled_by_its_subject_and_dated_by_its_letter(tmp_path):
    from tests.pdfmaker import set_in_lines, write_pdf
    text = ("Acuso a receção do ofício de V. Ex.ª, que transmite as preocupações da Comissão quanto ao encerramento do "
            "balcão dos correios de Seia e às suas consequências para as aldeias da serra.")
    more = ("O serviço será assegurado a partir de janeiro por um posto na junta de freguesia, com o mesmo horário, e "
            "por uma carrinha que passará duas vezes por semana nas aldeias mais distantes.")
    pages = [["Comissão de Economia e Coesão Territorial", "Entrada n.º 233 – 19/11/2026", "",
              "GABINETE DA MINISTRA DA COESÃO TERRITORIAL", "", "Exma. Senhora", "Presidente da Comissão de Economia",
              "Deputada Marta Seixas", "Assembleia da República", "", "Sua referência: Of. n.º 88/CECT/2026, de 02/10/2026",
              "Nossa referência: SAI-MCT/2026/1412", "", "Lisboa, 16 de novembro de 2026", "",
              "Assunto: Encerramento do balcão dos correios de Seia", "", "Senhora Presidente,", "",
              *set_in_lines(text), "", *set_in_lines(more), "", "Com os melhores cumprimentos,", "",
              "A Ministra da Coesão Territorial,", "", "Helena Quaresma"]]
    path = write_pdf({"metadata": {"Title": "Microsoft Word - Of_CECT_88_resposta.docx", "Author": "apinto"},
                      "pages": pages}, tmp_path / "carta.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert clip.title == "Encerramento do balcão dos correios de Seia"
    assert clip.authors == ["Helena Quaresma"]
    assert clip.published == "2026-11-16"
    assert clip.kind == "document"


@pytest.mark.parametrize("line", ["Senhor Presidente,", "Senhora Ministra,", "Señor Alcalde:", "Signor Sindaco,"])
def test_a_greeting_by_office_is_a_salutation(line):
    assert SALUTATION.match(line)


def test_a_letters_date_is_its_place_and_date_over_the_salutation():
    head = ["Entrada n.º 233 – 19/11/2026", "Sua referência: Of. n.º 88, de 02/10/2026", "Lisboa, 16 de novembro de 2026",
            "", "Assunto: Encerramento do balcão", "", "Senhora Presidente,", "", "Acuso a receção do ofício."]
    assert letter_date(head) == "2026-11-16"


@pytest.mark.parametrize("line", ["Your ref: CC/2026/14", "Sua referência: Of. n.º 412/CIMH/2025", "V/Réf. : 2026-118",
                                  "Ihr Zeichen: BA-7/26", "Su referencia: 45/2026"])
def test_a_reply_names_the_other_letters_reference(line):
    assert YOUR_REFERENCE.match(line)


@pytest.mark.parametrize("line", ["Our ref: FOI-26-0142", "Your views on the new bus timetable", "Sua opinião conta"])
def test_ones_own_reference_or_a_sentence_is_no_reply(line):
    assert not YOUR_REFERENCE.match(line)


def test_a_media_statement_label_makes_a_statement():
    lines = ["Riverside Health", "Home › News › Media statements", "Media statement",
             "Condition of patients after the Stanthorpe bus crash", "Issued: Sunday 4 January 2026, 9.15am", "",
             "Riverside Health can confirm that it received six patients overnight after a bus left the road near "
             "Stanthorpe.", "", "Two patients remain in a serious but stable condition on the surgical ward."]
    assert parse_clipping("\n".join(lines)).kind == "statement"


@pytest.mark.parametrize("title", ["Witness Statement of Janet Elizabeth Charlton", "Second witness statement of Tom Hart",
                                   "Zeugenaussage von Petra Lang"])
def test_a_witness_statement_is_titled_so(title):
    assert WITNESS_STATEMENT.match(title)


@pytest.mark.parametrize("title, named", [("Princetown Moor Surgery: inspection report summary", True),
                                          ("Hôpital de Porrentruy : rapport d'inspection", True),
                                          ("Ferry ramp report finds corrosion in three piers", False),
                                          ("Council criticised in damning review of housing repairs", False)])
def test_a_report_is_named_after_its_subject(title, named):
    assert bool(REPORT_AFTER_NAME.search(title)) == named


def test_a_form_letters_empty_reference_field_makes_no_reply():
    assert not YOUR_REFERENCE.match("Ihr Zeichen: –")


def test_a_board_paper_is_a_document_dated_by_its_own_date_not_its_sittings():
    lines = ["Stadtwerke Kemnath GmbH", "Aufsichtsrat", "", "Sitzungsvorlage Nr. AR 2026/07",
             "Sitzung am: 21.04.2026          Status: öffentlich", "Tagesordnungspunkt: 4",
             "Vorlage der Geschäftsführung          Datum: 02.04.2026", "",
             "Neubau des Hochbehälters am Armesberg", "",
             "1. Zweck der Vorlage", "",
             "Der Aufsichtsrat soll über den Neubau des Hochbehälters am Armesberg entscheiden, der den Behälter aus dem "
             "Jahr 1961 ersetzen soll.", "",
             "2. Beschlussvorschlag", "",
             "Der Aufsichtsrat stimmt dem Neubau mit einem Fassungsvermögen von 1.500 Kubikmetern zu und beauftragt die "
             "Geschäftsführung mit der Ausschreibung."]
    clip = parse_clipping("\n".join(lines))
    assert clip.kind == "document"
    assert clip.published == "2026-04-02"


@pytest.mark.parametrize("line", ["Sitzung am: 21.04.2026", "Meeting date: 12 March 2026", "Date of meeting: 12 March 2026",
                                  "Date de la séance : 3 mars 2026"])
def test_the_sittings_date_labelled_so_is_no_publication_date(line):
    from generator.importer.phrases import EVENT_DATE
    assert EVENT_DATE.match(line)


@pytest.mark.parametrize("label", ["Richiamo per rischio microbiologico", "Rappel conso", "Produktrückruf", "Product recall"])
def test_a_recall_notices_label_over_the_product_makes_a_document(label):
    lines = [label, "Richiamo di salame di montagna a marchio “Salumificio Val Tartano” per presenza di Salmonella", "",
             "L'operatore ha disposto, in via precauzionale, il richiamo di tre lotti di salame venduti in negozi della "
             "provincia di Sondrio.", "",
             "Si raccomanda di non consumare il prodotto e di riportarlo al punto vendita."]
    assert parse_clipping("\n".join(lines)).kind == "document"


def test_a_news_story_about_a_recall_stays_news():
    lines = ["Valtellina News", "Cronaca", "", "Salmonella nel salame, richiamati tre lotti in provincia di Sondrio", "",
             "di Anna Fumagalli", "", "Tre lotti di salame di un salumificio della Val Tartano sono stati richiamati "
             "dopo la scoperta di Salmonella in un campione, ha comunicato l'azienda.", "",
             "I clienti possono riportare il prodotto nei negozi, che lo rimborseranno."]
    assert parse_clipping("\n".join(lines)).kind is None
