"""A page copied from its print view, a council's paper from its information system, a report's or a written answer's
label, a page's first tag: the print view's own lines are no masthead, a label on the date's line names the kind, a
paper's label with its number makes a document, and so do a report's and a written answer's labels; a page's first tag
is its section. Cases in my own words."""
import pytest

from generator.importer import parse_clipping

TEXT = ("Dichter Nebel hat am Dienstagmorgen auf der Autobahn zu mehreren Auffahrunfällen geführt. Sieben Menschen "
        "wurden leicht verletzt, die Fahrbahn war drei Stunden lang gesperrt.\n"
        "Die Polizei bittet Autofahrer, bei Nebel den Abstand zu vergrößern und das Licht einzuschalten.\n")


@pytest.mark.parametrize("view", [["Druckversion", "Seite drucken | Fenster schließen"], ["Version imprimable"],
                                  ["Print version", "Print this page  Close window"]])
def test_a_print_views_lines_are_no_masthead(view):
    text = "\n".join([*view, "Polizeipräsidium Nordheide", "Pressestelle", "Pressemitteilung Nr. 412 vom 02.12.2026, 09:30 Uhr",
                      "Nebel: sieben Leichtverletzte bei Auffahrunfällen", TEXT])
    clip = parse_clipping(text)
    assert clip.outlet == "Polizeipräsidium Nordheide"
    assert clip.kind == "press-release" and clip.published == "2026-12-02T09:30"
    assert clip.title == "Nebel: sieben Leichtverletzte bei Auffahrunfällen"


@pytest.mark.parametrize("line, kind", [("Press release, 2 December 2026", "press-release"),
                                        ("COMUNICATO STAMPA N. 148 DEL 2 DICEMBRE 2026", "press-release"),
                                        ("Published 2 December 2026", None)])
def test_a_label_on_the_dates_line_names_the_kind(line, kind):
    clip = parse_clipping("\n".join(["Nordheide Water", "Fog closes the motorway for three hours", line, TEXT]))
    assert clip.kind == kind and clip.published.startswith("2026-12-02")


@pytest.mark.parametrize("label", ["Vorlage - 0815/2026", "Drucksache - KA/0587/IX", "Anfrage 12/2026"])
def test_a_council_papers_label_with_its_number_makes_a_document(label):
    text = "\n".join(["Ratsinformationssystem", "", label, "", "Betreff: Nebelwarnanlage an der Autobahnauffahrt",
                      "Datum: 27.11.2026", "", TEXT])
    clip = parse_clipping(text)
    assert clip.kind == "document" and clip.outlet != label.split(" ")[0]


def test_a_word_like_a_papers_label_in_a_headline_is_no_kind():
    clip = parse_clipping("\n".join(["Nordheide Kurier", "Vorlage für den Rat: Nebelwarnanlage kommt", "Von Jan Pohl",
                                     "02.12.2026", TEXT]))
    assert clip.kind is None and clip.title == "Vorlage für den Rat: Nebelwarnanlage kommt"


@pytest.mark.parametrize("label, kind", [("FLOOD INVESTIGATION REPORT", "document"), ("IMPACT REPORT", "document"),
                                         ("WRITTEN QUESTION AND ANSWER", "document"), ("Written answer", "document"),
                                         ("RAPPORT SC-2026-14", "document"), ("BERICHT NR. 4/2026", "document"),
                                         ("REPORT 4 SALE", None),
                                         ("WEATHER", None)])
def test_a_reports_or_a_written_answers_label_names_a_document(label, kind):
    from generator.importer.kinds import label_kind
    assert label_kind(label) == kind


@pytest.mark.parametrize("tags, kind", [(["Opinioni", "Acqua"], "opinion"), (["Acqua", "Opinioni"], None)])
def test_a_pages_first_tag_is_its_section(tags, kind):
    from generator.importer import read_clipping
    metas = "".join(f"<meta property='article:tag' content='{tag}'>" for tag in tags)
    page = (f"<html><head><title>Il canale torna pieno</title>{metas}</head><body><article><h1>Il canale torna pieno</h1>"
            "<p>Dopo tre mesi di secca il canale di bonifica è tornato pieno, e i consorzi hanno riaperto le derivazioni "
            "per l'irrigazione dei campi di mais e di soia.</p><p>Gli agricoltori chiedono ora che le turnazioni siano "
            "decise con un mese di anticipo, per programmare le semine.</p></article></body></html>")
    assert read_clipping(page.encode(), ".html").kind == kind
