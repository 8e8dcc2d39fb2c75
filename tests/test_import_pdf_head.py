"""A PDF's first page read from its layout: the printed headline (wrapped over lines, joined) before the
metadata's title, presenters as authors, a paper's affiliations and correspondence out of the text, an issue
line's month as the date (never the outlet), the letterhead as the issuer, a legislature's paper as a document;
text set in narrow columns joined into paragraphs from the page's own line widths, a box of dates beside the
article, a table of contents and a cover page left out of the text (their pages still anchored)."""
import pytest

from generator.importer import read_clipping
from generator.importer.pdf import _reference
from generator.importer.pdflayout import is_issue_line, issue_date
from tests.pdfmaker import write_pdf


def read(tmp_path, pages, metadata=None):
    path = write_pdf({"metadata": metadata or {}, "pages": pages}, tmp_path / "doc.pdf")
    return read_clipping(path.read_bytes(), ".pdf")


def columns(text: str, width: int) -> list[str]:
    """A paragraph set in a narrow column: words broken with a hyphen where a long one would overrun."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            room = width - len(line) - 2
            if len(word) >= 10 and room >= 4:
                lines.append(f"{line} {word[:room]}-")
                line = word[room:]
                continue
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


NEWSLETTER = [
    "Les bénévoles de l'association ont replanté cette semaine quatre cents mètres de haies le long du chemin de "
    "halage, entre l'écluse de Montceaux et le pont de la Garenne, avec l'aide des élèves du collège.",
    "Les plants, des charmilles et des noisetiers pour l'essentiel, ont été fournis gratuitement par la pépinière "
    "départementale. Un arrosage est prévu chaque semaine jusqu'au printemps prochain.",
    "« Dans cinq ans, les oiseaux auront retrouvé un abri tout le long du canal », espère la présidente, qui "
    "appelle les riverains à signaler les plants abîmés.",
]


def test_a_newsletter_in_narrow_columns_with_a_box_beside_it(tmp_path):
    page = ["AMIS DU CANAL DE LA GARENNE ASSOCIATION", "Lettre n° 12 · Mars 2026", "", "Quatre cents mètres", "de haies replantées",
            "le long du canal", "", "Par Odile Marchand", ""]
    for paragraph in NEWSLETTER:
        page += columns(paragraph, 24) + [""]
    page += ["AGENDA", "14.03. Taille des saules,", "rendez-vous à l'écluse", "28.03. Assemblée générale,",
             "salle des fêtes", "04.04. Nettoyage des berges", ""]
    clip = read(tmp_path, [page], {"Title": "lettre_12_v2_final"})
    assert clip.title == "Quatre cents mètres de haies replantées le long du canal"
    assert (clip.outlet, clip.published, clip.authors) == ("Amis du Canal de la Garenne Association", "2026-03", ["Odile Marchand"])
    assert [block for block in clip.body if not block.startswith("{#")] == NEWSLETTER
    assert "Taille des saules" not in clip.text and "Lettre n° 12" not in clip.text


def test_a_committee_report_names_its_presenter_and_prints_its_own_title(tmp_path):
    pages = [["LANDTAG VON TALHEIM", "Ausschuss für Verkehr", "", "Drucksache 8/412", "",
              "Bericht über die Busanbindung", "der Dörfer im Oberen Tal", "",
              "Vorgelegt von Dr. Jonas Weber, Berichterstatter", "Beschlossen im Ausschuss am 4. März 2026", "",
              "1. Ausgangslage", "",
              "In elf Dörfern des Oberen Tals fährt der letzte Bus werktags vor 18 Uhr, am Wochenende fährt gar keiner.",
              "Der Ausschuss hat dazu im Januar die Gemeinden, die Verkehrsbetriebe und die Elternvertretungen angehört.",
              "", "2. Empfehlungen", "",
              "Der Ausschuss empfiehlt einen Rufbus für die Abendstunden und die Wochenenden ab dem kommenden Jahr.", ""]]
    clip = read(tmp_path, pages, {"Title": "Drucksache 8/412 – Busanbindung", "Author": "Landtagsverwaltung"})
    assert clip.title == "Bericht über die Busanbindung der Dörfer im Oberen Tal"
    assert (clip.authors, clip.kind, clip.published) == (["Jonas Weber"], "document", "2026-03-04")
    assert "Vorgelegt" not in clip.text and "## 1. Ausgangslage" in clip.body


def test_a_paper_s_affiliations_and_version_line_are_not_its_text(tmp_path):
    pages = [["PREPRINT – non ancora sottoposto a revisione", "",
              "Pascoli di montagna e carico di bestiame:", "dieci anni di rilievi nell'Appennino", "",
              "Giulia Ferri¹, Marco Bellini²", "¹ Dipartimento di Scienze Agrarie, Università di Valle Alta",
              "² Istituto per l'Ambiente Montano, Parma", "Corrispondenza: g.ferri@uva.example", "",
              "Versione 2 · 3 marzo 2026", "", "Riassunto", "",
              "Tra il 2015 e il 2025 abbiamo misurato la copertura erbosa in quaranta pascoli dell'Appennino, confrontando "
              "quelli a carico ridotto con quelli tradizionali.",
              "La copertura è rimasta stabile dove il carico non superava mezzo capo per ettaro.", ""]]
    clip = read(tmp_path, pages)
    assert clip.title == "Pascoli di montagna e carico di bestiame: dieci anni di rilievi nell'Appennino"
    assert (clip.authors, clip.published, clip.outlet) == (["Giulia Ferri", "Marco Bellini"], "2026-03-03", None)
    assert clip.body[1] == "## Riassunto"
    assert not any(word in clip.text for word in ("Dipartimento", "Corrispondenza", "Versione 2"))


def test_a_cover_page_and_a_table_of_contents_stay_out_and_keep_their_anchors(tmp_path):
    cover = ["STADTWERKE TALHEIM GMBH", "Abteilung Wasser", "", "", "Prüfbericht zur Kläranlage", "am Mühlbach", "",
             "Datum der Begehung: 14. Oktober 2025", "Berichtsdatum: 6. November 2025", "", "Seite 1 von 3"]
    contents = ["Prüfbericht – Kläranlage am Mühlbach", "", "Inhalt", "", "1. Anlass ........................ 3",
                "2. Befunde ......................... 3", "", "Seite 2 von 3"]
    text = ["Prüfbericht – Kläranlage am Mühlbach", "", "1. Anlass", "",
            "Die Kläranlage am Mühlbach reinigt das Abwasser von drei Gemeinden und leitet es in den Mühlbach ein.", "",
            "2. Befunde", "", "Bei der Begehung lief eines der beiden Belebungsbecken nur mit halber Leistung.", "",
            "Seite 3 von 3"]
    clip = read(tmp_path, [cover, contents, text])
    assert (clip.title, clip.outlet, clip.published) == ("Prüfbericht zur Kläranlage am Mühlbach", "Stadtwerke Talheim GmbH",
                                                         "2025-11-06")
    assert [block for block in clip.body if block.startswith("{#")] == ["{#page-1}", "{#page-2}", "{#page-3}"]
    assert "## 1. Anlass" in clip.body and "......" not in clip.text and "Inhalt" not in clip.text


@pytest.mark.parametrize("line, names", [
    ("Presented by: Cllr Ann Lowe and Cllr Tom Hart", ["Ann Lowe", "Tom Hart"]),
    ("Rapporteure : Mme Hélène Castagné", ["Hélène Castagné"]), ("Presentado por Dña. Ana Gil, ponente", ["Ana Gil"]),
    ("Relatore: on. Marco Bellini", ["Marco Bellini"]), ("Vorgelegt von Abg. Jonas Weber (Berichterstatter)", ["Jonas Weber"]),
    ("Presented by the Director of Finance", None),
])
def test_presenters_are_named_without_their_titles_and_roles(line, names):
    from generator.importer.pdflayout import _presenters
    assert _presenters(line) == names


@pytest.mark.parametrize("line, date", [
    ("Rundbrief 4/2026 · Dezember", "2026-12"), ("No. 12, June 2025", "2025-06"), ("Issue 7 | Autumn 2025", None),
    ("Versión 1 · 2 de octubre de 2026", "2026-10-02"), ("Lettre n° 12 · Mars 2026", "2026-03"),
    ("Ausgabe 3/2025", None),
])
def test_issue_lines_give_a_date_when_they_hold_a_month(line, date):
    assert is_issue_line(line) and issue_date(line) == date


@pytest.mark.parametrize("line", ["SENTENCIA N.º 233/2025", "Seite 1", "Rapport d'inspection n° 2025-IC-118",
                                  "The council met on 4 June 2025", "Stadtwerke Neuenburg"])
def test_other_lines_are_no_issue_lines(line):
    assert not is_issue_line(line)


# --- never a sentence lost ---------------------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from tests.test_import_keeps_text import WORDS, sentences  # noqa: E402

HEAD_LINES = [["NATURSCHUTZRING TALHEIM E.V.", "Rundbrief 2/2026 · April"], ["Lettre n° 4 · Mars 2026"],
              ["Presented by Cllr Ann Lowe, rapporteur"], ["Giulia Ferri¹, Marco Bellini²", "¹ Università di Valle Alta"],
              ["Von Tanja Reuter"], ["OFFICE OF THE VALLEY TRUST"]]


def prose(language: str):
    nouns, verbs, other = (part.split() for part in WORDS[language])
    phrase = st.tuples(st.sampled_from(other), st.sampled_from(nouns), st.sampled_from(verbs))
    sentence = st.builds(lambda first, rest: " ".join([first.capitalize(), *sum(rest, ())]) + ".",
                         st.sampled_from(nouns), st.lists(phrase, min_size=3, max_size=7))
    return st.lists(st.lists(sentence, min_size=1, max_size=4).map(" ".join), min_size=2, max_size=6, unique=True)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.sampled_from(sorted(WORDS)).flatmap(prose), st.integers(18, 44), st.lists(st.sampled_from(HEAD_LINES), max_size=3),
       st.booleans())
def test_the_layout_never_loses_a_sentence_of_the_text(tmp_path, paragraphs, width, head, box):
    page = [line for block in head for line in block + [""]] + ["A headline over the text of the page", ""]
    for paragraph in paragraphs:
        page += columns(paragraph, width) + [""]
    if box:
        page += ["TERMINE", "12.12. Nistkastenbau in", "Fürth, 14 Uhr", "10.01. Wintervogelzählung", ""]
    got = " ".join(read(tmp_path, [page]).text.split())
    lost = [s.strip() for paragraph in paragraphs for s in sentences(paragraph) if " ".join(s.split()) not in got]
    assert not lost, f"lost {lost!r} at width {width}"


@pytest.mark.parametrize("folio, outlet, other", [
    ("LE RÉVEIL DU VAL   Jeudi 12 mars 2026   5", "Le Réveil du Val",
     ["Un cerf percuté", "sur la départementale", "Par Anne Riou",
      "Un automobiliste est sorti indemne mardi soir d'une collision avec un cerf près du col de la Croix."]),
    ("TALBOTE   Donnerstag, 12. März 2026   Seite 5", "Talbote",
     ["Neue Bänke", "am Seeufer", "Der Heimatverein hat am Wochenende sechs neue Bänke am Ufer aufgestellt und bezahlt.",
      "", "ANZEIGE", "Autohaus Berger · Ihr Partner seit 1972"]),
])
def test_a_newspaper_page_s_other_stories_and_folio(tmp_path, folio, outlet, other):
    text = ["The harbour board agreed on Monday to dredge the inner basin before the summer season, after two boats",
            "ran aground at low tide in the space of a single week in March, the chair said on Friday.", "",
            "Skippers had warned for years that silt was building up along the quay, and the board's own survey",
            "found the channel a metre shallower than the charts show.", ""]
    page = [folio, "", "Harbour basin to be", "dredged before summer", "", "By Ann Lowe", "", *text, *other, "", "Page 5"]
    clip = read(tmp_path, [page])
    assert (clip.title, clip.outlet, clip.authors) == ("Harbour basin to be dredged before summer", outlet, ["Ann Lowe"])
    assert [block for block in clip.body if not block.startswith("{#")] == [
        " ".join(text[0:2]), " ".join(text[3:5])]


def test_a_folio_names_the_paper_over_a_section_label_and_a_byline_in_capitals_names_the_writer(tmp_path):
    page = ["DIARIO DE LA SIERRA   Martes, 3 de marzo de 2026   12", "COMARCA", "", "El pleno aprueba la nueva",
            "depuradora de Cazorla", "", "MARÍA LÓPEZ | CAZORLA", "",
            "El pleno del Ayuntamiento de Cazorla aprobó ayer por unanimidad el proyecto de la nueva depuradora,",
            "que costará 4,2 millones de euros y estará en servicio a finales de 2027.", "",
            "Robo en una nave", "de Peal de Becerro", "REDACCIÓN",
            "La Guardia Civil investiga el robo de herramientas en una nave agrícola de Peal de Becerro.", ""]
    clip = read(tmp_path, [page], {"Title": "DS_0303_P12.indd"})
    assert (clip.title, clip.outlet, clip.authors, clip.published) == (
        "El pleno aprueba la nueva depuradora de Cazorla", "Diario de la Sierra", ["María López"], "2026-03-03")
    assert "Guardia Civil" not in clip.text and "COMARCA" not in clip.text


def test_of_two_headline_like_blocks_the_one_the_text_speaks_of_is_the_headline(tmp_path):
    page = ["Valley Water Trust", "", "Annual Review 2025", "", "Keeping the taps running", "through a dry summer", "",
            "The summer of 2025 was the driest in the valley since records began, and the taps kept running only because",
            "the trust had repaired forty leaking mains in the spring, its engineers said.", "",
            "Demand peaked in August, when the reservoirs fell to a third of their capacity.", ""]
    clip = read(tmp_path, [page], {"Title": "Annual Review 2025"})
    assert clip.title == "Keeping the taps running through a dry summer"


def test_a_report_s_wrapped_subheading_over_its_paragraph_is_no_other_story(tmp_path):
    page = ["Valley Water Trust", "", "Keeping the taps running", "through a dry summer", "",
            "The summer of 2025 was the driest in the valley since records began, and the taps kept running only because",
            "the trust had repaired forty leaking mains in the spring, its engineers said.", "",
            "What the survey found", "in the northern valleys",
            "Leaks in the northern valleys were twice as frequent as in the south, mostly in cast iron pipes laid",
            "before 1960, which the trust now plans to replace over the next ten years.", ""]
    clip = read(tmp_path, [page])
    assert "Leaks in the northern valleys were twice as frequent" in clip.text


def test_a_metadata_title_printed_nowhere_gives_way_to_the_printed_headline(tmp_path):
    page = ["Kelsey: flood defences finished two months early", "", "By Ann Lowe", "",
            "The last section of the flood wall along the quay at Kelsey was finished on Wednesday, two months ahead of",
            "the date the county had given the town council when the work began last autumn.", ""]
    clip = read(tmp_path, [page], {"Title": "Quarterly board paper for the works committee"})
    assert clip.title == "Kelsey: flood defences finished two months early"
    clip = read(tmp_path, [page], {"Title": "Kelsey: flood defences finished"})
    assert clip.title.startswith("Kelsey: flood defences finished")


@pytest.mark.parametrize("footer, url", [
    ("https://www.talbote.example/kreis/rufbus-faehrt-sonntags-a-412?utm_source=print", "https://www.talbote.example/kreis/rufbus-faehrt-sonntags-a-412"),
    ("https://www.talbote.example/", None), ("www.talbote.example/epaper", None),
])
def test_a_browser_s_printed_address_is_the_article_s(tmp_path, footer, url):
    text = ["Der Rufbus im Oberen Tal fährt ab dem 1. Mai auch an Sonn- und Feiertagen. Das hat der Kreistag am Mittwoch",
            "einstimmig beschlossen, nachdem sich vor allem ältere Menschen über die Lücke beschwert hatten.", ""]
    pages = [["08.04.26, 17:40   Rufbus fährt ab Mai auch sonntags | Talbote", "", "Rufbus fährt ab Mai auch sonntags", "",
              "Von Lena Vogt", "", *text, f"{footer}   1/2"],
             ["08.04.26, 17:40   Rufbus fährt ab Mai auch sonntags | Talbote", "", "Die Mehrkosten teilen sich der Kreis und "
              "die drei Gemeinden, sagte der Landrat am Abend.", "", f"{footer}   2/2"]]
    assert read(tmp_path, pages).url == url


def test_a_box_of_places_and_contacts_beside_the_article_is_left_out(tmp_path):
    page = ["Heimatverein Talheim e.V.", "", "Neue Bänke am Seeufer", "",
            "Der Heimatverein hat am Wochenende sechs neue Bänke am Ufer des Stausees aufgestellt und selbst bezahlt.", "",
            "KONTAKT", "Heimatverein Talheim", "Marktplatz 3", "64678 Talheim", "Tel. 06255 1234", "",
            "Die alten Bänke waren nach dem Sturm im Februar nicht mehr zu reparieren, sagte der Vorsitzende.", ""]
    clip = read(tmp_path, [page])
    assert "Marktplatz" not in clip.text and "KONTAKT" not in clip.text
    assert "nicht mehr zu reparieren" in clip.text and "sechs neue Bänke" in clip.text


def test_a_paper_s_plain_line_of_names_and_their_institutes(tmp_path):
    page = ["Silt in the inner basin: ten years of soundings", "", "Ines Barr, Tom Hart and Ann Lowe",
            "Department of Marine Science, University of Kelsey", "", "Abstract", "",
            "Soundings taken every spring since 2015 show the inner basin a metre shallower than the charts, most of the",
            "silt arriving in the two winters after the breakwater was lengthened.", ""]
    clip = read(tmp_path, [page])
    assert clip.authors == ["Ines Barr", "Tom Hart", "Ann Lowe"] and "University" not in clip.text
    assert clip.title == "Silt in the inner basin: ten years of soundings"


@pytest.mark.parametrize("jump, back", [("Continued on page 4", "Continued from page 1"), ("Suite page 4", "Suite de la page 1"),
                                        ("Fortsetzung auf Seite 4", "(Fortsetzung von Seite 1)")])
def test_a_newspaper_s_jump_lines_are_not_text(tmp_path, jump, back):
    first = ["Harbour basin to be dredged before summer", "", "By Ann Lowe", "",
             "The harbour board agreed on Monday to dredge the inner basin before the summer season, after two fishing",
             "boats ran aground at low tide in the space of a single week in March.", "", jump]
    second = [back, "", "Skippers had warned for years that silt was building up along the quay, and the board's own",
              "survey found the channel a metre shallower than the charts show.", ""]
    text = read(tmp_path, [first, second]).text
    assert jump not in text and back not in text and "Skippers had warned" in text


@pytest.mark.parametrize("line, credit", [("Foto: Antonio Ruiz. La depuradora actual, junto al río Cerezuelo.", "Foto: Antonio Ruiz"),
                                          ("Photo: A. Lowe. The quay at dawn, on Monday.", "Photo: A. Lowe"),
                                          ("Bild: Heimatverein Talheim", "Bild: Heimatverein Talheim")])
def test_a_credit_set_before_its_caption_is_the_credit_alone(tmp_path, line, credit):
    page = ["Harbour basin to be dredged before summer", "", "By Ann Lowe", "",
            "The harbour board agreed on Monday to dredge the inner basin before the summer season, after two fishing",
            "boats ran aground at low tide in the space of a single week in March.", "", line, "",
            "Skippers had warned for years that silt was building up along the quay, and the board's own survey found",
            "the channel a metre shallower than the charts show.", ""]
    assert read(tmp_path, [page]).credits == [credit]


@pytest.mark.parametrize("masthead, outlet", [
    ("Talheim Housing Association", "Talheim Housing Association"),   # (the name in full over the tab's short one)
])
def test_a_printed_pages_tab_names_the_site_but_not_over_its_name_in_full(tmp_path, masthead, outlet):
    text = ["The housing association will connect its forty flats on Mill Lane to the new heat network by the autumn,",
            "after the council agreed to pay a third of the cost of the pipes under the road.", ""]
    pages = [["08.04.26, 17:40   Mill Lane flats join heat network | Talheim Housing", "", masthead, "",
              "Mill Lane flats join heat network", "", "By Lena Vogt", "", *text,
              "https://www.talheimhousing.example/news/mill-lane   1/1"]]
    assert read(tmp_path, pages).outlet == outlet


@pytest.mark.parametrize("folio, outlet, day", [
    ("6   SOCIEDADE      Estuary Gazette  |  12 de fevereiro de 2026", "Estuary Gazette", "2026-02-12"),
    ("Estuary Gazette – Ausgabe Nord      Mittwoch, 11. Februar 2026      17", "Estuary Gazette", "2026-02-11"),
])
def test_a_printed_pages_folio_names_the_paper_and_its_issues_day(tmp_path, folio, outlet, day):
    text = ["The ferry between the two harbours will run again from Monday, its operator said on Thursday, after",
            "repairs to the landing ramp that took a month longer than planned and forced a second timetable.", "",
            "Since September, foot passengers have gone round the estuary by bus, a journey of forty minutes, and",
            "the operator will extend season tickets by three months to make up for the lost crossings.", ""]
    clip = read(tmp_path, [[folio, "", "FERRIES", "", "Crossing to reopen on Monday after ramp repairs", "",
                            "By Anne Rowe", "", *text]])
    assert (clip.outlet, clip.published) == (outlet, day)
    assert clip.title == "Crossing to reopen on Monday after ramp repairs" and clip.authors == ["Anne Rowe"]


BODY = ["The valley's four backcountry huts were booked on every night of last winter, and the society that runs them",
        "turned away more than six hundred parties between December and April, its annual report shows.", "",
        "Two more huts would cost about a million dollars, less than a single lodge, and would keep the high country",
        "open to everyone rather than to those who can pay for a guided week."]


def test_a_byline_in_capitals_after_by_under_a_printed_headline_names_the_writer_without_by(tmp_path):
    clip = read(tmp_path, [["THE HINTERLAND TIMES", "", "Two more huts before anyone builds a lodge", "", "By BRONWYN TAIT", "",
                            *BODY]])
    assert clip.authors == ["Bronwyn Tait"]


def test_a_rulings_label_beside_its_judge_is_no_byline(tmp_path):
    clip = read(tmp_path, [["Harbour Users' Society v. Lakeshore County", "", "JUDGMENT                         HARDWICK J.",
                            "", *BODY]])
    assert not any("judgment" in name.lower() for name in clip.authors)


def test_a_papers_label_and_number_in_the_metadata_does_not_overrule_its_printed_subject(tmp_path):
    clip = read(tmp_path, [["SÉNAT", "", "Question écrite n° 04218", "", "Refuges de montagne : deux cabanes de plus en Vanoise",
                            "", "Question de M. Paul Girard (Savoie)", "",
                            "M. Paul Girard attire l'attention du ministre sur les refuges de la vallée, complets tout l'hiver",
                            "dernier, et sur la société qui les gère, qui a refusé plus de six cents groupes entre décembre et avril.",
                            "", "Deux refuges de plus coûteraient environ un million d'euros, moins qu'un seul chalet, et",
                            "garderaient la haute montagne ouverte à tous, rappelle-t-il au ministre."]],
                {"Title": "Question écrite n° 04218"})
    assert clip.title == "Refuges de montagne : deux cabanes de plus en Vanoise"


def test_a_bulletins_masthead_row_naming_its_issue_is_not_its_headline(tmp_path):
    clip = read(tmp_path, [["MARVÃO INFORMA   |   Boletim Municipal n.º 58   |   abril de 2025", "", "FREGUESIAS",
                            "Os abrigos da serra voltam a abrir, agora com mais",
                            "duas cabanas para quem sobe a pé", "",
                            "Os quatro abrigos da serra estiveram cheios em todas as noites do último inverno, e a associação que",
                            "os gere recusou mais de seiscentos grupos entre dezembro e abril, segundo o seu relatório anual.", "",
                            "Mais dois abrigos custariam cerca de um milhão de euros, menos do que um único hotel, e manteriam",
                            "a serra aberta a todos, e não só a quem pode pagar uma semana com guia."]])
    assert clip.title == "Os abrigos da serra voltam a abrir, agora com mais duas cabanas para quem sobe a pé"


@pytest.mark.parametrize("title, reference", [
    ("Antwort der Landesregierung", True), ("Réponse du ministre de l'Intérieur", True), ("Question écrite n° 04218", True),
    ("MARVÃO INFORMA | Boletim Municipal n.º 58 | abril de 2025", True), ("SENTENCIA N.º 233/2025", False),
    ("Antwort auf die Wohnungsnot: Stadt baut 200 Wohnungen", False), ("Berghütten im Seeland", False),
])
def test_a_pdfs_reference_its_label_and_number_is_told_from_a_headline(title, reference):
    assert _reference(title) is reference
