"""Pasted clippings from places other than a newspaper's page: a platform's post (a person's or an organisation's),
a press-release portal carrying a police or council release, an agency's own site, an easy-to-read or letter-like
text; and the small lines around them (a writer's role under the name, a topics line, a rights notice, a page's
feedback prompt, a signature after a dash, a closing formula)."""
import pytest

from generator.importer import parse_clipping

POST = ("Some news I never wanted to share: the dairy closes its farm shop on the last day of January.\n\n"
        "After thirty years of selling our milk and cheese at the gate, the rent on the barn has tripled and we "
        "cannot make the numbers work, however many ways we try.\n\n"
        "Everyone who works in the shop has been offered hours at the creamery, and the cheese stays on sale at the "
        "Saturday market in town.\n")
HEADLINE = "Lifeboat station to get new boathouse after ten-year campaign"
FIRST = ("The lifeboat station at the north pier will get a new boathouse next year, the charity said on Thursday, "
         "after a ten-year campaign by volunteers to replace the shed built in 1931.")
LAST = "Work is due to start in April and the crew will launch from a temporary pontoon until the autumn."


@pytest.mark.parametrize("between", [[], ["• 3rd+"], ["• 2nd", "Owner at Greyfield Dairy | Farming | Wensleydale"]])
@pytest.mark.parametrize("marker", ["Follow", "2d • Edited •", "5h"])
def test_a_persons_post_has_its_poster_as_author_and_no_headline_or_outlet(between, marker):
    head = "\n".join(["Skip to main content", "Home  My Network  Jobs  Messaging", "Nadia Holloway", *between, marker])
    clip = parse_clipping(f"{head}\n{POST}\nLike\nComment\nRepost\n")
    assert clip.authors == ["Nadia Holloway"] and clip.outlet is None
    assert any(item.startswith("title") for item in clip.review) and any(item.startswith("outlet") for item in clip.review)
    assert "Some news I never wanted to share" in clip.text   # (the post's first line is the post's, not its headline)
    assert "Owner at Greyfield Dairy" not in clip.text and "Edited" not in clip.text


def test_an_organisations_page_posting_is_its_outlet_and_its_label_its_kind():
    head = "\n".join(["Facebook", "Search Facebook", "Home", "Watch", "Kirkby Rovers Football Club",
                      "1,204 followers • 12 following", "Posts", "About", "Photos", "", "Kirkby Rovers Football Club",
                      "14h", "·", "STATEMENT FROM THE CLUB COMMITTEE"])
    clip = parse_clipping(f"{head}\n\n{POST}\n— Club Committee, Kirkby Rovers Football Club\nSee translation\n47 comments\n")
    assert clip.outlet == "Kirkby Rovers Football Club" and clip.authors == [] and clip.kind == "statement"
    assert any(item.startswith("title") for item in clip.review)
    assert "Search Facebook" not in clip.text and "followers" not in clip.text
    assert "— Club Committee" not in clip.text and "Saturday market in town" in clip.text


def test_a_masthead_over_a_subscribe_button_is_no_poster():
    clip = parse_clipping(f"The Pier Weekly\nS'abonner\nSe connecter\n\n{HEADLINE}\n\nPar Anne Morel\n\n{FIRST}\n\n{LAST}\n")
    assert clip.title == HEADLINE and clip.outlet == "The Pier Weekly" and clip.authors == ["Anne Morel"]


def test_a_release_carried_by_a_portal_is_the_issuers_and_its_dateline_code_goes():
    text = ("pressefeed\nBlaulicht  Wirtschaft  Politik\nSuche nach Meldungen\nPolizeidirektion Wendland\nPressemitteilung\n"
            "POL-WEN: Radlader von Baustelle gestohlen\n03.12.2026 – 09:12\nHitzacker (ots) -\n"
            "Unbekannte haben in der Nacht zu Mittwoch einen Radlader von einer Baustelle an der Bundesstraße gestohlen. "
            "Der Schaden liegt bei rund 60.000 Euro.\n"
            "Die Polizei bittet Zeugen, sich unter der bekannten Rufnummer zu melden. Hinweise nimmt jede Dienststelle "
            "entgegen.\nRückfragen bitte an:\nPolizeidirektion Wendland\nPressestelle\n"
            "Original-Content von: Polizeidirektion Wendland, übermittelt durch pressefeed\n")
    clip = parse_clipping(text)
    assert clip.outlet == "Polizeidirektion Wendland" and clip.kind == "press-release" and clip.credits == []
    assert "(ots)" not in clip.text and clip.text.startswith("Unbekannte haben")


@pytest.mark.parametrize("site, code", [("nordwire", "nordwire"), ("Schweizer Depeschendienst", "SDD")])
def test_a_dispatch_dated_under_the_sites_own_name_is_its_wire(site, code):
    foot = f"© 2026 {code} {site} AG" if code != site else "Impressum"
    text = (f"{site}\nDie Nachrichtenagentur\nKundenlogin | Über uns\n\n{HEADLINE}\n04.12.2026, 10:05\n\n"
            f"Bern ({code}) – {FIRST}\n\n{LAST}\n\n{foot}\n")
    clip = parse_clipping(text)
    assert clip.kind == "wire" and clip.outlet.casefold() == site.casefold() and clip.credits == [code]
    assert f"({code})" not in clip.text


def test_a_role_under_a_bare_name_is_the_writers_role_not_a_byline():
    clip = parse_clipping(f"THE PIER WEEKLY\n\n{HEADLINE}\nNoor Patel\nLocal Democracy Reporter\nPublished: 09:10, 3 December 2026\n\n"
                          f"{FIRST}\n\n{LAST}\n")
    assert clip.authors == ["Noor Patel"] and "Local Democracy" not in clip.text


def test_a_line_whose_words_the_text_writes_in_small_letters_is_no_byline():
    clip = parse_clipping(f"THE PIER WEEKLY\n\n{HEADLINE}\nNeue Bootshalle in Kappeln\n\n{FIRST} Die neue Bootshalle ist "
                          f"größer.\n\n{LAST}\n")
    assert clip.authors == []


def test_a_headline_set_tight_over_its_standfirst_stays_apart():
    standfirst = ("The charity says the new building will let the crew launch at any state of the tide, a first since the "
                  "harbour silted up")
    clip = parse_clipping(f"THE PIER WEEKLY\n\n{HEADLINE}\n{standfirst}\n\nBy Ann Lowe\n\n{FIRST}\n\n{LAST}\n")
    assert clip.title == HEADLINE and clip.text.startswith(standfirst)


def test_sections_set_in_a_row_with_bars_are_no_headline():
    clip = parse_clipping(f"Revista do Cais\nReportagens\nEconomia\nCultura\nReportagens | Portos\n\n{HEADLINE}\n"
                          f"Por Rita Sousa\n\n{FIRST}\n\n{LAST}\n")
    assert clip.title == HEADLINE


def test_a_bodys_initials_spelt_out_are_the_outlet_over_its_parent_bodys_name():
    text = ("Regione Lacustre\nAPS Vallombra\nAzienda Portuale Sanitaria Vallombra\nCerca nel sito\n\n"
            f"COMUNICATO STAMPA N. 12 DEL 03/12/2026\n{HEADLINE}\n\n{FIRST}\n\n{LAST}\n")
    clip = parse_clipping(text)
    assert clip.outlet == "Azienda Portuale Sanitaria Vallombra" and clip.kind == "press-release"
    assert clip.published == "2026-12-03" and "COMUNICATO" not in clip.text


@pytest.mark.parametrize("line", [
    "Dieser Text ist urheberrechtlich geschützt. Nutzung nur für Kunden mit Vertrag.",
    "Diese Meldung ist Teil des Basisdienstes. Weiterverbreitung nur mit Lizenz.",
    "Was this page useful?", "Quanto sono chiare le informazioni su questa pagina?", "Valuta da 1 a 5 stelle",
    "Topics: Harbours  Charities", "Argomenti: Viabilità  Protezione civile", "1523 lecturas",
    "Sito ottimizzato per Internet Explorer 8 e risoluzione 1024x768",
    "Pier Weekly Media SARL – RCS Brest 512 000 111 – www.pierweekly.example",
])
def test_the_sites_small_print_around_the_text_is_furniture(line):
    clip = parse_clipping(f"THE PIER WEEKLY\n\n{HEADLINE}\n\nBy Ann Lowe\n\n{FIRST}\n\n{LAST}\n{line}\n")
    assert line not in clip.text and LAST in clip.text


def test_a_letters_closing_formula_and_signature_are_no_text():
    text = (f"MAIRIE DE PORT-LOUVEL\n\nObjet : {HEADLINE}\n\nMadame, Monsieur,\n\n{FIRST}\n\n{LAST}\n\n"
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n")
    clip = parse_clipping(text)
    assert "Veuillez agréer" not in clip.text and LAST in clip.text


@pytest.mark.parametrize("dated, published", [("4 décembre 2026 à 14 h 30", "2026-12-04T14:30"),
                                              ("Publié le 4 décembre 2026 à 9 h 05", "2026-12-04T09:05")])
def test_a_time_written_with_spaces_around_its_h_is_read(dated, published):
    clip = parse_clipping(f"LE FIL DU PORT\n\n{HEADLINE}\nPar Anne Morel\n{dated}\n\n{FIRST}\n\n{LAST}\n")
    assert clip.published == published


def test_a_credit_opened_by_a_copyright_sign_keeps_its_role_and_its_caption_goes():
    clip = parse_clipping(f"RADIO DU PORT\n\n{HEADLINE}\nPar Anne Morel\n\n{FIRST}\n\n{LAST}\n\n© Photo : Belga / Jan Peeters\n"
                          "Le hangar actuel, construit en 1931, mercredi.\n")
    assert clip.credits == ["Photo : Belga / Jan Peeters"] and "Le hangar actuel" not in clip.text


@pytest.mark.parametrize("honorific", ["Dr. med.", "Prof. Dr. rer. nat.", "Ing. Agr.", "Lic."])
def test_a_writers_degree_and_role_are_no_part_of_the_name(honorific):
    clip = parse_clipping(f"THE PIER WEEKLY\n\n{HEADLINE}\nErstellt von: {honorific} Ana Küng, Regionalärztin\n\n"
                          f"{FIRST}\n\n{LAST}\n")
    assert clip.authors == ["Ana Küng"]


def test_a_news_page_with_its_writers_handle_under_the_byline_is_no_post():
    clip = parse_clipping(f"Harbour Radio\nListen live\nMenu\nNews\nSport\nRegional News\n{HEADLINE}\n6:05 am on 30 November 2026\n"
                          f"Share this\nTia Walker, harbour reporter\n@tiawalker\n{FIRST}\n\n{LAST}\n")
    assert clip.title == HEADLINE and clip.outlet == "Harbour Radio" and clip.authors == ["Tia Walker"]


@pytest.mark.parametrize("label", ["COMUNICATO STAMPA", ""])
def test_a_region_over_the_bodys_own_name_is_its_parent_not_the_outlet(label):
    clip = parse_clipping(f"Vai al contenuto\nRegione Lacustre\nComune di Porto Lume\nProvincia di Vallombra\n\n{label}\n"
                          f"{HEADLINE}\n\n{FIRST}\n\n{LAST}\n")
    assert clip.outlet == "Comune di Porto Lume"


def test_a_pages_review_date_alone_is_no_publication_date():
    clip = parse_clipping(f"THE PIER WEEKLY\n\n{HEADLINE}\n\n{FIRST}\n\n{LAST}\n\nLast reviewed: 3 December 2026\n")
    assert clip.published is None and any("2026-12-03" in item for item in clip.review)


def test_a_fediverse_accounts_post_is_its_teams_and_has_no_headline():
    clip = parse_clipping(f"Mastodon\nHome\nExplore\n\nKirkby & Dale Safer Neighbourhoods\n@KirkbyDaleSNT@police.social.example\n"
                          f"{FIRST}\n\n{LAST}\n")
    assert clip.outlet == "Kirkby & Dale Safer Neighbourhoods" and any(item.startswith("title") for item in clip.review)


def test_a_magazines_issue_line_is_no_byline_over_the_headline():
    clip = parse_clipping(f"THE PIER QUARTERLY\nThe magazine of the north shore\nN° 112 – du 3 au 9 décembre 2026\n"
                          f"News   Sport   Culture\nCULTURE\n\n{HEADLINE}\n\nPar Anne Morel\n\n{FIRST}\n\n{LAST}\n")
    assert clip.title == HEADLINE


@pytest.mark.parametrize("line, title", [("Betreff: " + HEADLINE, HEADLINE), ("Objet : " + HEADLINE, HEADLINE)])
def test_a_subjects_label_is_no_part_of_the_headline(line, title):
    clip = parse_clipping(f"BEZIRKSAMT KAPPELN\n\n{line}\nVerfasser: Feldt, Jonas (Hafenpartei)\n\n{FIRST}\n\n{LAST}\n")
    assert clip.title == title and clip.authors == ["Jonas Feldt"]


@pytest.mark.parametrize("ending, credit", [("/ N&P", "N&P"), ("/ Pedro Navarro", "Pedro Navarro")])
def test_a_credit_after_a_slash_closing_a_caption(ending, credit):
    clip = parse_clipping(f"THE PIER WEEKLY\n\n{HEADLINE}\n\nBy Ann Lowe\n\nThe new boat at the quay. {ending}\n\n{FIRST}\n\n{LAST}\n")
    assert clip.credits == [credit]


def test_a_release_on_a_portal_that_disclaims_it_is_the_issuers_named_in_its_contact():
    text = ("Presseportal Nord\nOriginaltext-Service für Unternehmen und Behörden\nAlle Meldungen   Politik   Umwelt\n"
            "NPN0412 | 4. Dezember 2026, 11:30 | Wasserverband Untere Elbe\n"
            "Wasserverband bittet um Verzicht auf Gartenbewässerung\n"
            "Lauenburg (NPN) - Nach dem trockensten Herbst seit Beginn der Messungen bittet der Wasserverband seine "
            "Kundinnen und Kunden, bis Februar keine Gärten mit Leitungswasser zu bewässern.\n\n"
            "Der Verband investiert 3,6 Millionen Euro in zwei neue Tiefbrunnen, die 2027 in Betrieb gehen sollen.\n\n"
            "Rückfragehinweis:\nWasserverband Untere Elbe\nJulia Horvath\nTelefon: +49 4153 400\n"
            "*** NPN-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS ***\n")
    clip = parse_clipping(text)
    assert clip.kind == "press-release" and clip.outlet == "Wasserverband Untere Elbe" and clip.authors == []
    assert "AUSSCHLIESSLICHER" not in clip.text and "Julia Horvath" not in clip.text


def test_a_contact_block_without_a_portals_notice_names_no_issuer():
    text = ("The Harbour Post\n\nFerry to run every twenty minutes\n\nBy Ann Lowe\n\nThe ferry will run every twenty "
            "minutes from March, the port said on Tuesday, after a second boat was bought.\n\nMedia contact:\n"
            "Kingsport Harbour Board\n")
    clip = parse_clipping(text)
    assert clip.outlet == "The Harbour Post" and clip.authors == ["Ann Lowe"]


# A social network's group or page, named over its counts (members; likes and followers) or a chat over its members:
# where the post was read. A group or a chat publishes nothing and titles nothing; a page publishes what it posts, and
# its post, under its name again, has no headline, unless it quotes an article, whose date is not the post's.
@pytest.mark.parametrize("header", [["Parents du quartier de la Gare", "Groupe Public · 2,3 k membres", "Discussion",
                                     "Membres", "Événements"],
                                    ["Vecinos del puerto 🌊", "Amparo, Andrés Martínez, Mari Carmen, Pili, Tú", "16/3/2026"]])
def test_a_groups_or_a_chats_name_is_neither_title_nor_outlet(header):
    clip = parse_clipping("\n".join(["Facebook", *header, "The Harbour Times", HEADLINE, "By Ann Lowe", "4 December 2026",
                                     FIRST, LAST]))
    assert clip.title == HEADLINE and clip.outlet == "The Harbour Times"


def test_a_pages_post_under_its_name_is_the_pages_and_has_no_headline():
    clip = parse_clipping("\n".join(["Facebook", "Cerca su Facebook", "Comune di Castelvecchio", "2,4K Mi piace • 3,1K follower",
                                     "Ente governativo", "Post", "Informazioni", "Mi piace", "Messaggio", "Comune di Castelvecchio",
                                     "14 novembre 2025 alle ore 18:32 ·", "📢 COMUNICATO DEL SINDACO",
                                     "Care concittadine e cari concittadini, da lunedì sono al lavoro le ruspe lungo il fiume "
                                     "per togliere la ghiaia e i tronchi che le piogge di ottobre hanno lasciato nell'alveo.",
                                     "Il cantiere dovrebbe concludersi entro metà dicembre, meteo permettendo.", "Il Sindaco",
                                     "Giulia Ferretti"]))
    assert clip.outlet == "Comune di Castelvecchio" and clip.published == "2025-11-14T18:32"
    assert clip.title.endswith("…") and any(item.startswith("title:") for item in clip.review)


def test_a_pages_post_quoting_an_article_dates_the_copy_by_the_post_and_the_article_by_its_byline():
    clip = parse_clipping("\n".join(["Facebook", "Mairie de Valprat", "1,2 k J'aime • 1,5 k followers", "Publications",
                                     "Mairie de Valprat", "3 février 2026 à 18:42 ·",
                                     "📢 Notre école perd une classe à la rentrée.", "Extrait :",
                                     "L'école de Valprat perdra une classe en septembre", "Par Claire Vidal",
                                     "Publié le 03/02/2026 à 06h15",
                                     "La directrice académique a confirmé lundi la fermeture d'une des trois classes de "
                                     "l'école, malgré la mobilisation des parents et du conseil municipal.",
                                     "Les parents contestent les chiffres de l'administration et prévoient un rassemblement "
                                     "devant l'école samedi matin.",
                                     "Retrouvez l'article complet sur le site de La Gazette du Plateau."]))
    assert clip.outlet == "La Gazette du Plateau" and clip.published == "2026-02-03T06:15"
    assert clip.reproduced_by.outlet == "Mairie de Valprat" and clip.reproduced_by.published == "2026-02-03T18:42"


@pytest.mark.parametrize("picture", ["Profilbild von Johannes Brugger", "Profile photo of Johannes Brugger",
                                     "Photo de profil de Johannes Brugger", "Foto de perfil de Johannes Brugger",
                                     "Immagine del profilo di Johannes Brugger"])
def test_a_profile_picture_s_text_is_no_byline(picture):
    """A professional network's article: the writer's profile picture read out ('Profilbild von …') over their name,
    twice: the writer is the name, once."""
    text = "\n".join(["Proflink", "Artikel", "Personen", "Jobs", "Einloggen",
                      "Glasfaser bis ins letzte Seitental: Was wir im Zillertal gelernt haben", picture,
                      "Johannes Brugger", "Johannes Brugger", "Geschäftsführer bei Zillertal Netz GmbH",
                      "Veröffentlicht: 12. März 2025", "+ Folgen", "",
                      "Vor vier Jahren habe ich bei einer Gemeindeversammlung in Hippach versprochen, dass bis 2025 jeder "
                      "Hof im Talboden und in den Seitentälern einen Glasfaseranschluss hat.", "",
                      "Ich möchte hier teilen, was funktioniert hat, was nicht, und was ich anderen Gemeinden raten würde, "
                      "die gerade am Anfang stehen."])
    clip = parse_clipping(text)
    assert clip.authors == ["Johannes Brugger"] and picture not in clip.text
