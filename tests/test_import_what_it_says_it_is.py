"""What a clipping says of itself, read wherever it says it: a page's sections given as a list ('Columns', 'Opinion'),
a wire's 'News provided by' over a release, a court's summary of its own ruling, the first of an article's pages, a
paper named at the text's foot as where it first appeared; and a letterhead's second line, what the body does, is not
its name. Cases in my own words."""
import json

import pytest

from generator.importer import parse_clipping, read_clipping
from tests.pdfmaker import write_pdf

TEXT = ["The valley's four backcountry huts were booked on every night of last winter, and the society that runs them "
        "turned away more than six hundred parties between December and April, its annual report shows.",
        "Two more huts would cost about a million dollars, less than a single lodge, and would keep the high country "
        "open to everyone rather than to those who can pay for a guided week.",
        "The society's members will vote on the plan at their meeting in March, and the province has promised to "
        "match whatever they raise for the first of the two."]


def page(ld: dict, body: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in TEXT)
    return (f"<html><head><title>{ld.get('headline', '')}</title><script type='application/ld+json'>{json.dumps(ld)}"
            f"</script></head><body><article><h1>{ld.get('headline', '')}</h1>{paragraphs}{body}</article></body></html>").encode()


def test_a_page_s_sections_given_as_a_list_set_its_kind_from_any_of_them():
    ld = {"@type": "NewsArticle", "headline": "Build two more huts before someone builds a lodge",
          "articleSection": ["Columns", "Opinion"], "datePublished": "2025-11-19T07:00:00-07:00"}
    assert read_clipping(page(ld), ".html").kind == "opinion"
    ld["articleSection"] = ["Local", "Outdoors"]
    assert read_clipping(page(ld), ".html").kind is None


@pytest.mark.parametrize("split, partial", [("<div class='page-nav'><p>Pagina 1 di 2</p><p><a href='2/'>Pagina successiva »</a></p></div>", True),
                                            ("<div class='page-nav'><p><a href='1/'>« Pagina precedente</a></p><p>Pagina 2 di 2</p></div>", False)])
def test_the_first_of_an_article_s_pages_is_partial(split, partial):
    ld = {"@type": "NewsArticle", "headline": "Donazione degli organi, a Matera sette su dieci dicono sì",
          "datePublished": "2026-02-03T09:00:00+01:00"}
    clip = read_clipping(page(ld, split), ".html")
    assert (clip.access == "partial") is partial


def test_a_release_a_wire_distributes_is_a_press_release_and_a_platform_s_published_in_is_not():
    head = ["PRLine", "News", "Log in", "Sign up"]
    release = ["Valley Tidal Power secures licence for a tidal kite trial in the estuary", "News provided by",
               "Valley Tidal Power Ltd", "24 Feb, 2026, 07:00 GMT", *TEXT]
    clip = parse_clipping("\n".join([*head, *release]))
    assert clip.kind == "press-release" and clip.outlet == "Valley Tidal Power Ltd"
    post = ["Valley Ledger", "Stonington tightens its rules on short-term rentals", "Published in", "Valley Ledger",
            "Ann Lowe", "Feb 24, 2026", *TEXT]
    assert parse_clipping("\n".join(post)).kind != "press-release"


@pytest.mark.parametrize("title", ["Resumen de la Sentencia n.º 57/2026: licencia de actividad de una escuela de esquí",
                                   "Press summary of the judgment: Harbour Trust v Valley Council",
                                   "Résumé de l'arrêt du 3 février 2026 sur la licence d'une école de ski"])
def test_a_court_s_summary_of_its_own_ruling_is_a_court_record(tmp_path, title):
    pages = [["COURT OF THE VALLEY", "Case no. 412/2025", "", title, "",
              "The court has partly upheld the appeal brought by the ski school against the council's refusal of a",
              "licence for the premises where it meant to keep its equipment and meet its clients.", "",
              "The ruling, given on 3 February 2026, quashes the refusal and orders the council to decide again.", ""]]
    clip = read_clipping(write_pdf({"metadata": {}, "pages": pages}, tmp_path / "ruling.pdf").read_bytes(), ".pdf")
    assert clip.kind == "court-record"


def test_a_letterhead_s_second_line_saying_what_the_body_does_is_not_its_name(tmp_path):
    pages = [["SYNDICAT MIXTE DU VAL DE L'ADOUR", "Prévention des inondations – Gestion des milieux aquatiques", "", "",
              "COMMUNIQUÉ DE PRESSE", "", "Dax, le 24 mars 2025", "",
              "Huit nouvelles sirènes d'alerte testées le 2 avril le long de l'Adour", "",
              "Le Syndicat mixte du Val de l'Adour met en service huit nouvelles sirènes d'alerte le long du fleuve,",
              "qui seront testées le mercredi 2 avril à midi dans les quatre communes riveraines.", "",
              "Les habitants n'ont rien à faire pendant l'essai, qui durera une minute et demie.", ""]]
    clip = read_clipping(write_pdf({"metadata": {}, "pages": pages}, tmp_path / "cp.pdf").read_bytes(), ".pdf")
    assert clip.outlet == "Syndicat mixte du Val de l'Adour"


def test_a_paper_named_at_the_text_s_foot_as_where_it_first_appeared_is_the_original():
    lines = ["BWInfo", "Accueil > Communes > Nivelles", "Nivelles aura enfin son skatepark en béton",
             "Publié sur BWInfo le 9 mai 2025 à 14:20", "Par Julien Verhaegen", *TEXT,
             "Cet article a d'abord paru dans Le Courrier du Roman Païs, édition du 7 mai 2025. Il est reproduit sur "
             "BWInfo avec l'accord de la rédaction.", "", "Partager cet article", "Facebook", "", "Dans la même commune", "",
             "Nivelles : la rue du Château fermée tout l'été pour l'égouttage",
             "Les travaux débuteront le 16 juin et dureront jusqu'à la fin du mois d'août, avec une déviation par l'avenue.",
             "", "Mentions légales", "© 2025 BWInfo"]
    clip = parse_clipping("\n".join(lines))
    assert clip.outlet == "Le Courrier du Roman Païs" and clip.published == "2025-05-07"
    assert clip.reproduced_by and clip.reproduced_by.outlet == "BWInfo"
    assert "rue du Château" not in clip.text


def read_pdf(tmp_path, pages, metadata=None):
    return read_clipping(write_pdf({"metadata": metadata or {}, "pages": pages}, tmp_path / "doc.pdf").read_bytes(), ".pdf")


def test_minutes_are_dated_by_the_day_they_were_posted_for_the_public(tmp_path):
    pages = [["Commune de Valbrenne", "", "Compte rendu de la séance du conseil municipal du 14 octobre 2025", "",
              "L'an deux mille vingt-cinq, le quatorze octobre à vingt heures trente, le conseil municipal, légalement",
              "convoqué le 7 octobre 2025, s'est réuni en séance publique à la mairie sous la présidence du maire.", "",
              "1. Navette vers le bureau de poste",
              "Le conseil approuve à l'unanimité la convention avec la communauté de communes pour la navette.", "",
              "Affiché en mairie le 20 octobre 2025", ""]]
    clip = read_pdf(tmp_path, pages)
    assert clip.published == "2025-10-20"


def test_minutes_named_with_their_sitting_s_day_over_agenda_items_take_that_line_and_day(tmp_path):
    pages = [["Zweckverband Gästekarte Talland", "Geschäftsstelle · Bahnhofstraße 14 · 87527 Talheim", "", "",
              "Niederschrift über die öffentliche Sitzung der Verbandsversammlung", "am 25. November 2025", "",
              "Sitzungsort: Sitzungssaal der Geschäftsstelle", "Beginn: 18:00 Uhr", "Schriftführerin: Andrea Wucher", "",
              "TOP 1: Eröffnung und Feststellung der Beschlussfähigkeit",
              "Der Vorsitzende eröffnet die Sitzung um 18:00 Uhr und stellt die Beschlussfähigkeit fest.", "",
              "TOP 2: Genehmigung der Niederschrift vom 16. September 2025",
              "Die Niederschrift über die Sitzung vom 16. September 2025 wird ohne Änderungen genehmigt.", "",
              "TOP 3: Gästebeitrag ab 1. Mai 2026 – Erhöhung des Beitragssatzes",
              "Die Verbandsversammlung beschließt, den Gästebeitrag ab dem 1. Mai 2026 um zwanzig Cent zu erhöhen.", ""]]
    clip = read_pdf(tmp_path, pages)
    assert clip.title == "Niederschrift über die öffentliche Sitzung der Verbandsversammlung am 25. November 2025"
    assert clip.published == "2025-11-25" and clip.authors == []


def test_a_decision_is_dated_by_its_decision_date_not_its_hearing_or_visit(tmp_path):
    pages = [["Appeal Decision", "", "Hearing held on 13 January 2026", "Site visit made on 14 January 2026", "",
              "by A Inspector BA(Hons) MRTPI", "an Inspector appointed by the Secretary of State", "",
              "Decision date: 3 February 2026", "",
              "Appeal Ref: APP/X3540/W/25/3361234", "Land at Church Farm, Valeford", "",
              "The appeal is made under section 78 of the Town and Country Planning Act 1990 against a refusal",
              "to grant planning permission for twelve homes on land beside the church.", "",
              "Decision: the appeal is dismissed.", ""]]
    assert read_pdf(tmp_path, pages).published == "2026-02-03"


def test_a_letter_s_subject_naming_a_later_day_does_not_date_it(tmp_path):
    pages = [["A.C. Valle Faenza", "", "Faenza, 2 febbraio 2026", "", "Ai soci, agli sponsor e ai tifosi", "",
              "Oggetto: situazione economica della società e assemblea straordinaria del",
              "20 febbraio 2026", "", "Cari soci, cari sponsor, cari tifosi,", "",
              "vi scrivo per informarvi in modo diretto della situazione economica della società, che ha chiuso",
              "l'ultimo esercizio con una perdita, e per invitarvi all'assemblea straordinaria del 20 febbraio.", "",
              "Il presidente", "Marco Errani", ""]]
    assert read_pdf(tmp_path, pages).published == "2026-02-02"


@pytest.mark.parametrize("court", ["Landesverwaltungsgericht Tirol", "Court of King's Bench for the Valley"])
def test_a_ruling_headed_by_its_court_and_saying_nothing_else_is_a_court_record_with_no_outlet(tmp_path, court):
    pages = [[court, "", "Brassard v Valley Correctional Centre, 2026 VKB 41", "", "Date: March 4, 2026", "",
              "The applicant, an inmate of the correctional centre, asks the court to review the decision to place him",
              "in segregation for thirty days without a hearing, and to order his return to the general population.", "",
              "For the reasons that follow, the application is allowed in part and the decision is set aside.", ""]]
    clip = read_pdf(tmp_path, pages)
    assert clip.kind == "court-record" and clip.outlet is None and any(i.startswith("outlet:") for i in clip.review)


def test_a_place_named_court_is_no_court():
    lines = ["Commune de Court", "Administration communale", "Court, le 3 mars 2026", "",
             "Fermeture du pont sur la Birse pour travaux", "",
             "Madame, Monsieur, le pont sur la Birse sera fermé à toute circulation du 16 au 27 mars pour le "
             "remplacement de ses joints de dilatation et la réfection de son revêtement.",
             "Une déviation sera mise en place par la route cantonale, et les piétons pourront passer par la passerelle."]
    clip = parse_clipping("\n".join(lines))
    assert clip.outlet == "Commune de Court" and clip.kind != "court-record"


def test_a_court_s_own_site_is_not_the_outlet_of_its_ruling_s_summary():
    ld = {"@type": "WebPage", "headline": "Harbour Oyster Fishery Ltd (Appellant) v Valley Water Ltd (Respondent)",
          "datePublished": "2025-11-12"}
    page_ = page(ld).replace(b"</head>", b"<meta property='og:site_name' content='The Supreme Court of the Valley'></head>")
    clip = read_clipping(page_, ".html")
    assert clip.kind == "court-record" and clip.outlet is None


def test_a_report_s_chapter_is_no_outlet(tmp_path):
    pages = [["Street trading in Valeford – Report 2025", "", "CHAPTER 4", "", "The weekly market and its traders", "",
              "Helena Vale and Tom Brand", "",
              "The weekly market, held every Tuesday beside the exhibition park, is still the largest street market in",
              "the district, with 412 pitches let by the council in 2025, sixty fewer than before the pandemic.", "",
              "4.1 Who the traders are", "",
              "Most traders inherited their pitch or their business from a parent, and seven in ten work with family.", ""]]
    assert read_pdf(tmp_path, pages).outlet != "Chapter 4"


def test_a_platform_s_page_names_the_publication_it_was_published_in_on_one_line():
    ld = {"@type": "NewsArticle", "headline": "Forty years of twinning, and nobody under sixty on the committee",
          "datePublished": "2026-03-03T08:41:00Z"}
    page_ = page(ld, "<div><h2><a href='/chiltern-notes'>Published in Chiltern Notes</a></h2><p>1.2K Followers</p></div>")
    page_ = page_.replace(b"</head>", b"<meta property='og:site_name' content='Inkwell'></head>")
    assert read_clipping(page_, ".html").outlet == "Chiltern Notes"


def test_minutes_named_over_three_lines_take_the_joined_name(tmp_path):
    pages = [["Gemeinde Talweitzschen", "Der Bürgermeister", "", "", "Niederschrift",
              "über die öffentliche Sitzung des Gemeinderates", "am Mittwoch, dem 26. November 2025", "",
              "Ort: Gemeindeamt, Sitzungssaal", "Beginn: 19:00 Uhr – Ende: 21:25 Uhr", "",
              "TOP 1 Eröffnung und Feststellung der Beschlussfähigkeit",
              "Der Bürgermeister eröffnet die Sitzung um 19:00 Uhr und stellt die Beschlussfähigkeit fest.", "",
              "TOP 2 Windpark am Talberg – Stellungnahme der Gemeinde",
              "Der Gemeinderat beschließt mit neun zu zwei Stimmen, dem Windpark unter Auflagen zuzustimmen.", ""]]
    clip = read_pdf(tmp_path, pages)
    assert clip.title == "Niederschrift über die öffentliche Sitzung des Gemeinderates am Mittwoch, dem 26. November 2025"
    assert clip.published == "2025-11-26"


def test_draft_minutes_are_titled_by_their_name_not_their_status(tmp_path):
    pages = [["Valley Group Parish Council", "", "DRAFT – subject to approval at the next meeting", "",
              "Minutes of the Ordinary Meeting held on Tuesday 9 September 2025 at the Village Hall", "",
              "Present: Cllr A Brown (Chair), Cllr C Davies, Cllr E Evans", "",
              "1. School bus", "The council heard that the school bus would no longer stop at the crossroads from October,",
              "and resolved to write to the county council asking for the stop to be kept.", ""]]
    clip = read_pdf(tmp_path, pages)
    assert clip.title == "Minutes of the Ordinary Meeting held on Tuesday 9 September 2025 at the Village Hall"


def test_a_ruling_s_line_announcing_what_follows_is_no_title(tmp_path):
    pages = [["REPUBBLICA ITALIANA", "IN NOME DEL POPOLO ITALIANO", "TRIBUNALE DI VALLE", "",
              "Il Tribunale, in composizione monocratica, nella persona del giudice dott.ssa Federica Galli, ha pronunciato la seguente",
              "SENTENZA", "nella causa civile di primo grado iscritta al n. 1234/2024 promossa da Mario Rossi contro la Parrocchia,",
              "avente ad oggetto il suono delle campane nelle ore notturne.", "",
              "Il giudice accoglie in parte la domanda e ordina di sospendere il suono notturno delle campane.", ""]]
    clip = read_pdf(tmp_path, pages)
    assert not (clip.title or "").startswith("Il Tribunale") and clip.kind == "court-record"


def test_a_wordpress_share_this_box_ends_the_text_and_an_obituarys_life_dates_close_it():
    clip = parse_clipping("\n".join(["The Lakeshore Weekly", "Alasdair Roe, who carved the harbour's heron, dies at 84",
                                     "By Fiona Lamont", *TEXT, "Alasdair John Roe, sculptor; born 4 March 1941, died 19 January 2026",
                                     "Share this:", "Facebook", "X", "Like this:", "Like Loading...", "Related",
                                     "Ferry timetable changes for the spring", "The operator has published its timetable for "
                                     "the spring, with an extra sailing on Saturdays from April."]))
    assert clip.body == TEXT + ["Alasdair John Roe, sculptor; born 4 March 1941, died 19 January 2026"]


def test_an_issues_number_beside_its_date_is_no_outlet():
    clip = parse_clipping("\n".join(["Visualizza questa email nel browser", "La Bussola del Lago", "La newsletter del giovedì",
                                     "N. 47 · 20 novembre 2025", "Rifugi pieni tutto l'inverno: la società ne vuole due in più",
                                     "di Giovanna Cammarano", *TEXT]))
    assert clip.outlet == "La Bussola del Lago" and clip.reproduced_by is None


@pytest.mark.parametrize("term", ["8. Wahlperiode", "XIX legislatura", "17e législature"])
def test_a_parliaments_term_over_its_paper_is_no_outlet(term):
    clip = parse_clipping("\n".join([term, "Antwort auf die Kleine Anfrage zu den Berghütten", *TEXT]))
    assert clip.outlet is None and any(item.startswith("outlet:") for item in clip.review)


def test_a_raw_wires_teleprinter_lines_name_no_outlet_and_its_dateline_makes_it_a_wire():
    clip = parse_clipping("\n".join(["ZCZC", "APE0412 3 REG /APE-GE27", "GEN--FRA--Vosges-refuges-montagne", "=",
                                     "Vosges : deux refuges de plus avant qu'un promoteur ne construise un chalet", "=",
                                     "ÉPINAL, 9 oct 2025 (APE) - Les quatre refuges de la vallée ont affiché complet tout "
                                     "l'hiver dernier, et la société qui les gère a refusé plus de six cents groupes entre "
                                     "décembre et avril, selon son rapport annuel.",
                                     "Deux refuges de plus coûteraient environ un million d'euros, moins qu'un seul chalet, "
                                     "et garderaient la haute montagne ouverte à tous.", "fin", "NNNN"]))
    assert clip.outlet is None and clip.kind == "wire" and clip.credits == ["APE"]
    assert clip.title.startswith("Vosges : deux refuges")
