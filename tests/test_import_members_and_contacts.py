"""Who a document comes from when its head says it plainly in forms the importer had not met: an elected member's
letterhead, a paper's company named after it, a press contact named in a PDF's metadata, an account's offer over a
town's menu, a release's label under a web page's headline, an update line before the first publication. Cases in my
own words."""
import pytest

from generator.importer import parse_clipping, read_clipping
from tests.pdfmaker import set_in_lines as lines, write_pdf

HEADLINE = "Ferry crossing to reopen after three months of repairs"
TEXT = ("The ferry between the two harbours will sail again on Monday, the operator said on Thursday, after repairs to "
        "the landing ramp took a month longer than planned and the spring timetable had to be printed twice.",
        "Passengers had been sent on a forty-minute bus journey round the estuary since September, and the operator "
        "said season tickets would be extended by three months to make up for the lost crossings.",
        "The harbour board said the ramp had been rebuilt with a steeper hinge so that it could cope with the lowest "
        "spring tides, which had stranded the old one twice last winter.")


def pdf(tmp_path, pages, metadata=None):
    path = write_pdf({"metadata": metadata or {}, "pages": pages}, tmp_path / "doc.pdf")
    return read_clipping(path.read_bytes(), ".pdf")



@pytest.mark.parametrize("member, name", [
    ("HELEN MARSH MP", "Helen Marsh"),
    ("Rt Hon Helen Marsh MP", "Helen Marsh"),
    ("Fergus Laing MSP", "Fergus Laing"),
])
def test_an_elected_members_letter_has_no_outlet_and_is_signed_by_her_without_her_seats_letters(tmp_path, member, name):
    page = [member, "Member of Parliament for Estuary North", "House of Commons, London", "",
            "Minister of State for Transport", "Department for Transport", "", "4 March 2026", "", "Dear Minister,", "",
            "Ferry crossings on the estuary", "", *lines(TEXT[0]), *lines(TEXT[1]), "Yours sincerely,", "",
            f"{name} MP" if "MSP" not in member else member, ""]
    clip = pdf(tmp_path, [page])
    assert clip.outlet is None and any(item.startswith("outlet:") for item in clip.review)
    assert clip.authors == [name]
    assert clip.title == "Ferry crossings on the estuary"


def test_a_one_word_masthead_in_the_menu_is_the_site_when_its_company_is_named_after_it():
    clip = parse_clipping("\n".join([
        "Zum Inhalt springen", "Hochmoor-Anzeiger", "E-Paper", "Abo", "Anmelden", "Startseite", "Fulda", "Moor", "Sport",
        "Startseite", "›", "Moor", "Fährverbindung über den Stausee wird wieder aufgenommen", "Von Anna Roth",
        "15.10.2025, 17:32 Uhr",
        "Die Fähre über den Stausee fährt ab Montag wieder, teilte der Betreiber am Donnerstag mit, nachdem die "
        "Reparatur der Rampe einen Monat länger gedauert hatte als geplant.",
        "Seit September mussten die Fahrgäste mit dem Bus um den See fahren, und der Betreiber verlängert die "
        "Jahreskarten um drei Monate.",
        "Hochmoor-Anzeiger", "Impressum", "© 2025 Hochmoor Mediengruppe GmbH & Co. KG"]))
    assert clip.outlet == "Hochmoor-Anzeiger"
    assert clip.authors == ["Anna Roth"] and clip.published == "2025-10-15T17:32"


def test_a_word_of_the_menu_repeated_in_the_trail_is_no_masthead_when_the_company_names_none():
    clip = parse_clipping("\n".join([
        "Zum Inhalt springen", "Startseite", "Fulda", "Moor", "Sport", "Kultur", "Startseite", "›", "Moor",
        "Fährverbindung über den Stausee wird wieder aufgenommen", "Von Anna Roth", "15.10.2025, 17:32 Uhr",
        "Die Fähre über den Stausee fährt ab Montag wieder, teilte der Betreiber am Donnerstag mit, nachdem die "
        "Reparatur der Rampe einen Monat länger gedauert hatte als geplant.",
        "Seit September mussten die Fahrgäste mit dem Bus um den See fahren, und der Betreiber verlängert die "
        "Jahreskarten um drei Monate."]))
    assert clip.outlet != "Moor"


@pytest.mark.parametrize("contact", [
    ["Media contact: Rebecca Lane, Communications Officer, 0412 555 938,", "media@estuaryferries.example"],
    ["Media contact / Relations avec les médias :", "Rebecca Lane, Communications Officer / agente de communication",
     "780-555-0191  |  info@estuaryferries.example"],
])
def test_a_pdfs_author_printed_only_as_its_press_contact_is_no_writer(tmp_path, contact):
    page = ["ESTUARY FERRIES", "", "MEDIA RELEASE", "", "4 March 2026", "", HEADLINE, "", *lines(TEXT[0]),
            *lines(TEXT[1]), "ENDS", "", *contact, ""]
    clip = pdf(tmp_path, [page], {"Author": "Rebecca Lane", "Title": "Media release - ferry"})
    assert clip.authors == [] and clip.kind == "press-release"
    assert any(item.startswith("authors:") for item in clip.review)


def test_a_pdfs_author_who_signs_the_text_is_still_its_writer(tmp_path):
    page = ["ESTUARY HARBOUR BOARD", "", "Report on the ferry ramp", "", "Rebecca Lane, harbour engineer", "",
            *lines(TEXT[0]), *lines(TEXT[1]), *lines(TEXT[2])]
    clip = pdf(tmp_path, [page], {"Author": "Rebecca Lane", "Title": "Report on the ferry ramp"})
    assert clip.authors == ["Rebecca Lane"]


def test_an_organisations_initials_as_a_pdfs_author_are_no_writer(tmp_path):
    page = ["ASPV Estuaire", "Association de sauvegarde des passages du Val", "", "COMMUNIQUÉ", "", "Le 4 mars 2026", "",
            "Le bac reprendra lundi après trois mois de travaux", "",
            *lines("Le bac entre les deux ports reprendra du service lundi, a annoncé jeudi l'exploitant, après des "
                   "travaux sur la rampe d'accès qui ont duré un mois de plus que prévu."),
            *lines("Depuis septembre, les passagers faisaient le tour de l'estuaire en car, un trajet de quarante "
                   "minutes, et l'exploitant prolongera de trois mois les abonnements.")]
    clip = pdf(tmp_path, [page], {"Author": "ASPV Estuaire"})
    assert clip.authors == []


@pytest.mark.parametrize("label", ["PRESSEAUSSENDUNG", "Presseinfo", "Communiqué aux médias", "Comunicato ai media"])
def test_more_press_release_labels(label):
    clip = parse_clipping("\n\n".join(["Fährbetrieb Stausee", label, "Amstetten, 5. Februar 2026",
                                       "Fähre über den Stausee fährt ab Montag wieder",
                                       "Die Fähre über den Stausee fährt ab Montag wieder, teilte der Betreiber am "
                                       "Donnerstag mit, nachdem die Reparatur der Rampe länger gedauert hatte.",
                                       "Seit September mussten die Fahrgäste mit dem Bus um den See fahren, und der "
                                       "Betreiber verlängert die Jahreskarten um drei Monate."]))
    assert clip.kind == "press-release"


TOWN_PAGE = ["Skip to Main Content",
             "Create a Website Account - Manage notification subscriptions, save form progress and more.",
             "Website Sign In", "Search", "Town of Estuary Bay", "Residents", "Business", "Visit", "Government",
             "Services", "How Do I...", "Home", "News Flash", "Town News", "Posted on: November 18, 2025", HEADLINE,
             "NEWS RELEASE – NR 25-114", "FOR IMMEDIATE RELEASE", "ESTUARY BAY – " + TEXT[0], TEXT[1], TEXT[2],
             "Tools", "RSS", "Notify Me", "Other News in Town News", "Snow route parking ban in effect Monday"]


def test_an_accounts_offer_over_a_towns_menu_is_no_text_and_the_headline_over_the_release_label_stays():
    clip = parse_clipping("\n".join(TOWN_PAGE))
    assert (clip.title, clip.outlet, clip.published, clip.kind) == (
        HEADLINE, "Town of Estuary Bay", "2025-11-18", "press-release")
    assert "Create a Website Account" not in clip.text and "Sign In" not in clip.text
    assert clip.text.startswith("The ferry between") or "The ferry between the two harbours" in clip.body[0]


def test_the_release_label_under_an_organisations_name_keeps_its_letterhead_when_the_headline_comes_below():
    clip = parse_clipping("\n\n".join([
        "ESTUARY HARBOUR BOARD", "Estuary Harbour Board of the Two Ports", "Communications Office", "PRESS RELEASE",
        "Estuary Bay, 27 January 2026", HEADLINE, *TEXT]))
    assert clip.title == HEADLINE and clip.outlet in ("Estuary Harbour Board", "Estuary Harbour Board of the Two Ports")


@pytest.mark.parametrize("line, published", [
    ("Updated March 5 2026 - 9:12am, first published March 4 2026 - 5:00pm", "2026-03-04T17:00"),
    ("Mis à jour le 5 mars 2026 à 09h12, publié le 4 mars 2026 à 17h00", "2026-03-04T17:00"),
    ("Updated September 11 2025 - 5:30pm, first published 4:10pm", "2025-09-11T16:10"),   # (the same day: its time only)
    ("Mis à jour le 11 septembre 2025 à 17h30, publié à 16h10", "2025-09-11T16:10"),
])
def test_an_update_line_that_gives_the_first_publication_after_it(line, published):
    clip = parse_clipping("\n".join(["The Estuary Ledger", "News", HEADLINE, line, *TEXT]))
    assert clip.published == published
    assert not any(item.startswith("published:") for item in clip.review)


def test_a_short_headline_over_the_date_line_beats_the_masthead_over_the_account_buttons():
    clip = parse_clipping("\n".join([
        "Skip to content", "Skip to navigation", "The Estuary Ledger", "Subscribe", "Log in", "Menu", "News",
        "Local News", "Sport", "Community", "Business", "Opinion", "Puzzles", "Newsletters", "News",
        "Corrections and clarifications",
        "Updated March 5 2026 - 9:12am, first published March 4 2026 - 5:00pm", "Share",
        "The Estuary Ledger aims to report accurately and fairly, and when we make a mistake we correct it promptly, "
        "in print and online, and note the change at the foot of the story.",
        "Ferry timetable",
        "A story on February 26 said the ferry would sail every half hour from Monday. It will sail every hour until "
        "the ramp repairs are finished in April.",
        "Harbour fees",
        "Our February 19 report on the harbour board's fees wrongly stated that mooring charges would double. They "
        "will rise by a fifth."]))
    assert (clip.title, clip.outlet, clip.published) == (
        "Corrections and clarifications", "The Estuary Ledger", "2026-03-04T17:00")


def test_a_pdf_headline_with_a_colon_after_its_first_two_words_wraps_and_is_joined(tmp_path):
    page = ["Estuary Ferries GmbH", "Am Hafen 3 · 54634 Bitburg", "", "PRESSEMITTEILUNG", "", "Bitburg, 17. März 2026", "",
            "Satellitengestützter Anflug: Fähre über den Stausee künftig auch bei schlechtem", "Wetter in Betrieb", "",
            *lines("Die Fähre über den Stausee fährt ab Montag wieder, teilte der Betreiber am Donnerstag mit, nachdem "
                   "die Reparatur der Rampe einen Monat länger gedauert hatte als geplant."),
            *lines("Seit September mussten die Fahrgäste mit dem Bus um den See fahren, und der Betreiber verlängert "
                   "die Jahreskarten um drei Monate, um die ausgefallenen Fahrten auszugleichen.")]
    clip = pdf(tmp_path, [page])
    assert clip.title == "Satellitengestützter Anflug: Fähre über den Stausee künftig auch bei schlechtem Wetter in Betrieb"
    assert "Wetter in Betrieb" not in clip.text


@pytest.mark.parametrize("shared, outlet", [
    ("Shared from the Estuary Ledger app. Get it free: https://estuaryledger.example/app", "Estuary Ledger"),
    ("Partagé depuis l'application de La Voix de l'Estuaire", "La Voix de l'Estuaire"),
])
def test_an_apps_share_text_is_the_articles_opening_only_and_names_its_outlet(shared, outlet):
    clip = parse_clipping("\n".join([
        HEADLINE, "", TEXT[0], "", "https://www.estuaryledger.example/news/ferry-crossing-to-reopen/", "", shared]))
    assert (clip.title, clip.outlet, clip.access) == (HEADLINE, outlet, "partial")
    assert clip.url == "https://www.estuaryledger.example/news/ferry-crossing-to-reopen/"
    assert "Shared from" not in clip.text and "Partagé" not in clip.text


def test_a_long_text_with_a_share_line_under_it_stays_whole():
    clip = parse_clipping("\n\n".join(["The Estuary Ledger", HEADLINE, "By Ann Lowe", *TEXT, *TEXT,
                                       "Shared from the Estuary Ledger app"]))
    assert clip.access == "full"
