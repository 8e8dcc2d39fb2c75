"""An internal memo, pasted or as a PDF: its label ('INTERNAL MEMORANDUM', 'Note de service', 'Hausmitteilung') over
its To/From/Subject block makes it a document, its subject the title, the person it is from its writer, its date line
its date, the organisation's name over the label its outlet; a classification stamp ('CONFIDENTIAL', 'VERTRAULICH')
names no publisher. An e-mail's header block without a memo's label is not read so. Cases in my own words."""
from hypothesis import given, settings, strategies as st

from generator.importer import parse_clipping, read_clipping
from generator.importer.memo import read_memo

NOTE = ["Communauté de communes du Pays de Bray", "", "NOTE DE SERVICE", "",
        "De : Sandrine Lefèvre, directrice générale des services",
        "À : Ensemble des agents des services techniques", "Date : 14 mars 2026",
        "Objet : Fermeture temporaire de la déchetterie de Gournay-en-Bray", "",
        "Diffusion : élus du bureau communautaire, responsables de pôle", "",
        "Je vous informe que la déchetterie de Gournay-en-Bray fermera du 6 au 24 avril pour des travaux de mise aux "
        "normes du quai de déchargement, décidés par le bureau le 2 mars.", "",
        "Pendant cette période, les usagers seront orientés vers la déchetterie de Forges-les-Eaux, dont les horaires "
        "seront élargis le samedi.", "",
        "Merci de ne pas communiquer sur cette fermeture avant l'annonce officielle prévue le 20 mars."]


def test_a_pasted_memo_is_a_document_titled_by_its_subject_and_written_by_its_sender():
    clip = parse_clipping("\n".join(NOTE))
    assert clip.kind == "document"
    assert clip.title == "Fermeture temporaire de la déchetterie de Gournay-en-Bray"
    assert clip.authors == ["Sandrine Lefèvre"]
    assert clip.published == "2026-03-14"
    assert clip.outlet == "Communauté de communes du Pays de Bray"
    assert clip.body[0].startswith("Je vous informe que la déchetterie")
    assert not any("Objet" in block or "Diffusion" in block for block in clip.body)


def test_a_memo_from_a_department_names_no_writer():
    lines = [line.replace("De : Sandrine Lefèvre, directrice générale des services", "De : Direction des services techniques")
             for line in NOTE]
    clip = parse_clipping("\n".join(lines))
    assert clip.kind == "document" and clip.authors == []


def test_a_confidential_memo_as_a_pdf_is_read_from_its_block_and_its_stamp_names_no_publisher(tmp_path):
    from tests.pdfmaker import set_in_lines, write_pdf
    text = ("Die Geschäftsführung hat beschlossen, die Filiale in Tannheim zum 30. September zu schließen. Die Zahl der "
            "Besuche am Schalter ist seit 2022 um mehr als die Hälfte gesunken, und der Mietvertrag läuft aus.")
    more = ("Die Kundinnen und Kunden werden im Juli schriftlich informiert. Ein Geldautomat bleibt im Rathaus, und "
            "einmal in der Woche hält der mobile Beratungsbus auf dem Marktplatz.")
    foot = "Raiffeisenbank Lesachtal – nur für den Dienstgebrauch     Seite {} von 2"
    pages = [["VERTRAULICH", "", "Raiffeisenbank Lesachtal", "Hauptstraße 4 | 9653 Liesing", "", "HAUSMITTEILUNG", "",
              "An:        alle Mitarbeiterinnen und Mitarbeiter der Geschäftsstellen", "Von:       Mag. Herbert Ortner, Vorstand",
              "Datum:     12.05.2026", "Betreff:   Schließung der Filiale Tannheim", "",
              "Verteiler: Vorstand; Aufsichtsrat (zur Kenntnis); Betriebsrat", "", *set_in_lines(text), "",
              foot.format(1)],
             ["VERTRAULICH", "", *set_in_lines(more), "", foot.format(2)]]
    path = write_pdf({"metadata": {"Title": "Microsoft Word - HM_Filiale_v3.docx", "Author": "hortner"}, "pages": pages},
                     tmp_path / "memo.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert clip.kind == "document"
    assert clip.title == "Schließung der Filiale Tannheim"
    assert clip.authors == ["Herbert Ortner"]
    assert clip.published == "2026-05-12"
    assert clip.outlet == "Raiffeisenbank Lesachtal"
    assert "Vertraulich" not in (clip.outlet or "") and clip.outlet != "VERTRAULICH"
    assert [block for block in clip.body if not block.startswith("{#")][0].startswith("Die Geschäftsführung hat beschlossen")
    assert not any("Verteiler" in block for block in clip.body)


def test_an_emails_header_block_without_a_memos_label_is_no_memo():
    lines = ["From: Marta Ruiz <prensa@ayto-gredos.example>", "Sent: 3 June 2026 09:12", "To: newsdesk@example.com",
             "Subject: Press release – new cycle path opens", "",
             "The new cycle path between the two villages opens on Saturday, the council said."]
    assert read_memo(lines) is None
    clip = parse_clipping("\n".join(lines))
    assert clip.kind != "document"


FIELDS = {"from": "From: Priya Natarajan, Head of Estates", "to": "To: All ward managers",
          "date": "Date: 2 February 2026", "subject": "Re: Car park closure at the east entrance"}


@settings(max_examples=60, deadline=None)
@given(order=st.permutations(list(FIELDS)), label=st.sampled_from(["MEMORANDUM", "Internal memo", "MEMO", "Staff memorandum"]),
       stamp=st.booleans())
def test_a_memos_fields_are_read_in_any_order_under_any_label(order, label, stamp):
    lines = (["CONFIDENTIAL"] if stamp else []) + ["Riverside Community Hospital", label, ""] + [FIELDS[k] for k in order] + \
        ["", "The east car park will close for resurfacing from 9 February for three weeks."]
    memo = read_memo(lines)
    assert memo is not None
    assert memo.subject == "Car park closure at the east entrance"
    assert memo.sender == "Priya Natarajan"
    assert memo.issuer == "Riverside Community Hospital"
    assert memo.date == "2 February 2026"


def test_without_its_subject_or_its_sender_a_labelled_page_is_no_memo():
    for drop in ("from", "subject"):
        lines = ["MEMORANDUM"] + [line for key, line in FIELDS.items() if key != drop]
        assert read_memo(lines) is None
