"""General rules for clippings of kinds the importer meets less often: newsletters read in the
browser, press releases and rulings under a letterhead, a dateline's place in capitals, headings
that start with a number. Fictional lines in each language, never a corpus clipping's words."""
import pytest

from generator.importer import parse_clipping

BODY = {
    "en": ("The river trust counted forty-one otters along the lower valley this autumn, twice as many as it found "
           "when the survey began a decade ago.",
           "Volunteers walked every bank at dawn over three weekends and photographed the prints and spraints they "
           "found, which the trust's ecologists then checked one by one."),
    "fr": ("Le syndicat des eaux a compté quarante et une loutres le long de la basse vallée cet automne, deux fois "
           "plus qu'au début de l'inventaire il y a dix ans.",
           "Les bénévoles ont parcouru chaque berge à l'aube pendant trois week-ends et photographié les empreintes "
           "qu'ils trouvaient, que les écologues ont ensuite vérifiées une à une."),
    "de": ("Der Flussverband hat in diesem Herbst im unteren Tal einundvierzig Fischotter gezählt, doppelt so viele "
           "wie zu Beginn der Zählung vor zehn Jahren.",
           "Freiwillige sind an drei Wochenenden im Morgengrauen jedes Ufer abgegangen und haben die Spuren "
           "fotografiert, die die Ökologen des Verbands danach einzeln geprüft haben."),
    "es": ("La confederación del río contó cuarenta y una nutrias en el valle bajo este otoño, el doble de las que "
           "encontró cuando empezó el censo hace una década.",
           "Los voluntarios recorrieron cada orilla al amanecer durante tres fines de semana y fotografiaron las "
           "huellas, que los ecólogos revisaron después una a una."),
    "it": ("Il consorzio del fiume ha contato quarantuno lontre lungo la bassa valle questo autunno, il doppio di "
           "quelle trovate quando il censimento è cominciato dieci anni fa.",
           "I volontari hanno percorso ogni sponda all'alba per tre fine settimana e fotografato le impronte, che "
           "gli ecologi hanno poi controllato una per una."),
}


def clip(*lines: str):
    return parse_clipping("\n".join(lines))


@pytest.mark.parametrize("language, top, footer", [
    ("en", "View this email in your browser", ["Know someone who would like this? Forward it to a friend.",
                                              "Unsubscribe | Manage your preferences", "Otter Letter, 9 Mill Lane"]),
    ("fr", "Voir cette lettre dans votre navigateur", ["Vous recevez cette lettre car vous êtes inscrit. Se désinscrire",
                                                        "Otter Letter, 9 rue du Moulin"]),
    ("de", "Im Browser anzeigen", ["Newsletter abbestellen | Einstellungen ändern", "Otter Letter, Mühlweg 9"]),
    ("es", "Ver en el navegador", ["Darse de baja | Gestionar preferencias", "Otter Letter, calle del Molino 9"]),
    ("it", "Visualizza nel browser", ["Disiscriviti | Gestisci le preferenze", "Otter Letter, via del Mulino 9"]),
])
def test_a_newsletter_read_in_the_browser_loses_its_top_links_and_its_footer(language, top, footer):
    c = clip(top, "OTTER LETTER", "Issue 58 · 12 March 2025", "", "Otters are back on the lower river", "",
             *BODY[language], "", *footer)
    assert c.title == "Otters are back on the lower river"
    assert c.outlet == "Otter Letter"
    assert c.body == list(BODY[language])
    assert c.published == "2025-03-12"


@pytest.mark.parametrize("language, label, place", [
    ("en", "PRESS RELEASE", "Ashford, 3 March 2025"), ("fr", "COMMUNIQUÉ DE PRESSE", "Annecy, le 3 mars 2025"),
    ("de", "PRESSEMITTEILUNG", "Kassel, 3. März 2025"), ("es", "NOTA DE PRENSA", "Huesca, 3 de marzo de 2025"),
    ("it", "COMUNICATO STAMPA", "Rovigo, 3 marzo 2025"),
])
def test_a_press_release_letterhead_is_the_outlet_not_the_title(language, label, place):
    c = clip("LOWER VALLEY RIVER TRUST", "", label, "", "Otter numbers have doubled in ten years", "", place, "",
             *BODY[language])
    assert (c.title, c.outlet, c.kind) == ("Otter numbers have doubled in ten years", "Lower Valley River Trust",
                                           "press-release")
    assert c.published == "2025-03-03" and c.body == list(BODY[language])


@pytest.mark.parametrize("language, court, case, title", [
    ("en", "HIGH COURT OF THE WESTERN CIRCUIT", "Case No. 2025/0412", "JUDGMENT No. 88/2025"),
    ("fr", "TRIBUNAL ADMINISTRATIF DE VALMONT", "Requête n° 2501234", "JUGEMENT N° 88/2025"),
    ("de", "VERWALTUNGSGERICHT OBERTAL", "Az. 4 K 412/25", "URTEIL Nr. 88/2025"),
    ("es", "JUZGADO DE LO SOCIAL N.º 3 DE VALMONTE", "Procedimiento ordinario 412/2025", "SENTENCIA N.º 88/2025"),
    ("it", "TRIBUNALE AMMINISTRATIVO DI VALMONTE", "R.G. n. 412/2025", "SENTENZA N. 88/2025"),
])
def test_a_rulings_court_and_case_number_are_not_its_title(language, court, case, title):
    c = clip(court, "", case, "", title, "", *BODY[language])
    assert (c.title, c.outlet, c.kind) == (title, None, "court-record")
    assert c.body == list(BODY[language]) and court not in c.text and case not in c.text


@pytest.mark.parametrize("language, dateline", [
    ("en", "Kelso | 03/02/2025 - 08:45"), ("fr", "Valmont | 03/02/2025 - 08:45"), ("de", "Obertal | 03.02.2025 - 08:45"),
    ("es", "Valmonte | 03/02/2025 - 08:45 h"), ("it", "Valmonte | 03/02/2025 - 08:45"),
])
def test_a_place_in_capitals_above_the_headline_is_the_datelines_place_not_an_outlet(language, dateline):
    place = dateline.split(" |")[0]
    c = clip("THE VALLEY GAZETTE", "", place.upper(), "Otters are back on the lower river", "By Ann Lowe", dateline, "",
             *BODY[language])
    assert c.outlet == "The Valley Gazette" and c.reproduced_by is None
    assert c.title == "Otters are back on the lower river" and c.published == "2025-02-03T08:45"
    without = clip(place.upper(), "Otters are back on the lower river", "By Ann Lowe", dateline, "", *BODY[language])
    assert without.outlet is None and "outlet" in {item.split(":")[0] for item in without.review}


@pytest.mark.parametrize("language, heading", [
    ("en", "3 things to know about the count"), ("en", "2025: the year the otters came back"),
    ("fr", "40 loutres en dix ans"), ("de", "120 Spuren an drei Wochenenden"), ("es", "3 claves del censo"),
    ("it", "41 lontre in dieci anni"),
])
def test_a_subheading_that_starts_with_a_number_stays_a_subheading(language, heading):
    c = clip("Otters are back on the lower river", "", BODY[language][0], "", heading, "", BODY[language][1])
    assert c.body == [BODY[language][0], f"## {heading}", BODY[language][1]]


@pytest.mark.parametrize("prompt", [
    "Did you enjoy this article? Sign up for our daily newsletter.",
    "Vous avez aimé cet article ? Abonnez-vous à notre lettre d'information.",
    "Hat Ihnen dieser Artikel gefallen? Abonnieren Sie unseren Newsletter.",
    "¿Te ha gustado este artículo? Suscríbete a nuestro boletín.",
    "Ti è piaciuto questo articolo? Iscriviti alla nostra newsletter.",
])
def test_a_closing_prompt_is_not_a_paragraph(prompt):
    c = clip("Otters are back on the lower river", "", *BODY["en"], "", prompt)
    assert c.body == list(BODY["en"])


@pytest.mark.parametrize("language, heading, short", [
    ("en", "What comes next", "The trust will count again in spring."),
    ("fr", "Et maintenant", "Le syndicat recomptera au printemps."),
    ("de", "Wie es weitergeht", "Der Verband zählt im Frühjahr erneut."),
    ("es", "Qué viene ahora", "La confederación volverá a contar en primavera."),
    ("it", "Cosa succede ora", "Il consorzio conterà di nuovo in primavera."),
])
def test_a_subheading_over_a_short_paragraph_is_kept_with_it(language, heading, short):
    c = clip("Otters are back on the lower river", "", BODY[language][0], "", heading, "", short, "", BODY[language][1])
    assert c.body == [BODY[language][0], f"## {heading}", short, BODY[language][1]]


@pytest.mark.parametrize("signoff, credits", [
    ("Reporting by Ann Lowe; Editing by Tom Hart", ["Reporting by Ann Lowe", "Editing by Tom Hart"]),
    ("Avec Claire Roux ; édité par Marc Petit", ["Avec Claire Roux", "édité par Marc Petit"]),
    ("Mitarbeit: Jonas Weber; Redaktion: Eva Brandt", ["Mitarbeit: Jonas Weber", "Redaktion: Eva Brandt"]),
    ("Información de Lucía Gil; editado por Pablo Ríos", ["Información de Lucía Gil", "editado por Pablo Ríos"]),
    ("Hanno collaborato Sara Conti; editing di Luca Neri", ["Hanno collaborato Sara Conti", "editing di Luca Neri"]),
])
def test_who_reported_and_edited_a_story_goes_to_credits_not_lost_nor_body(signoff, credits):
    c = clip("Otters are back on the lower river", "", *BODY["en"], "", signoff)
    assert c.body == list(BODY["en"]) and c.credits == credits and c.authors == []


@pytest.mark.parametrize("caption, credit", [
    ("Una nutria en la orilla del río, este martes. EFE/Ana Gil", "EFE/Ana Gil"),
    ("Une loutre sur la berge, mardi. AFP", "AFP"),
    ("Ein Otter am Ufer am Dienstag. dpa", "dpa"),
    ("Una lontra sulla sponda, martedì. ANSA/Marco Bellini", "ANSA/Marco Bellini"),
])
def test_a_caption_closed_by_an_agency_goes_and_its_credit_is_kept(caption, credit):
    above = clip("Otters are back on the lower river", "By Ann Lowe", "", caption, "", *BODY["en"])
    inside = clip("Otters are back on the lower river", "", BODY["en"][0], "", caption, "", BODY["en"][1])
    for c in (above, inside):
        assert c.body == list(BODY["en"]) and c.credits == [credit]


@pytest.mark.parametrize("language, intro, items", [
    ("en", "Walkers are asked to:", ["keep dogs on a lead", "report a dead otter", "stay on the paths"]),
    ("fr", "Les promeneurs doivent :", ["tenir les chiens en laisse", "signaler une loutre morte"]),
    ("de", "Spaziergänger sollen:", ["Hunde anleinen", "tote Otter melden", "auf den Wegen bleiben"]),
    ("es", "Se pide a los paseantes:", ["llevar el perro atado", "avisar si ven una nutria muerta"]),
    ("it", "Ai passanti si chiede di:", ["tenere i cani al guinzaglio", "segnalare una lontra morta"]),
])
def test_a_loose_list_set_apart_by_blank_lines_stays_a_list(language, intro, items):
    c = clip("Otters are back on the lower river", "", BODY[language][0], "", intro, "", *"\n\n".join(items).split("\n"),
             "", BODY[language][1])
    assert c.body == [BODY[language][0], intro, "\n".join(f"- {item}" for item in items), BODY[language][1]]


def test_three_short_lines_between_paragraphs_are_a_list_not_furniture():
    items = ["Forty-one otters on the lower river", "Twelve holts with young", "Three deaths on the roads"]
    c = clip("Otters are back on the lower river", "", BODY["en"][0], "", *"\n\n".join(items).split("\n"), "", BODY["en"][1])
    assert c.body == [BODY["en"][0], "\n".join(f"- {item}" for item in items), BODY["en"][1]]


@pytest.mark.parametrize("language, label, kind", [
    ("en", "Opinion", "opinion"), ("fr", "Tribune", "opinion"), ("de", "Meinung", "opinion"), ("es", "Opinión", "opinion"),
    ("it", "Editoriale", "opinion"), ("en", "Interview", "interview"), ("fr", "Entretien", "interview"),
    ("de", "Transkript", "transcript"), ("es", "Entrevista", "interview"), ("it", "Intervista", "interview"),
])
def test_a_section_label_that_names_the_kind_of_piece_sets_it(language, label, kind):
    c = clip("THE VALLEY GAZETTE", label, "Otters are back on the lower river", "By Ann Lowe", "", *BODY[language])
    assert c.kind == kind and c.title == "Otters are back on the lower river"


def test_a_label_before_the_headline_sets_the_kind_and_leaves_the_headline():
    c = clip("Interview: “The otters never really left”", "By Ann Lowe", "", *BODY["en"])
    assert c.kind == "interview"
    c = clip("Pressemitteilung: Fischotter im Unterlauf zurück", "", *BODY["de"])
    assert (c.kind, c.title) == ("press-release", "Fischotter im Unterlauf zurück")


@pytest.mark.parametrize("q, a", [("Q:", "A:"), ("Question :", "Réponse :"), ("Frage:", "Antwort:"),
                                  ("P:", "R:"), ("D:", "R:")])
def test_questions_and_answers_make_an_interview(q, a):
    turns = [f"{q} Why did you start counting the otters ten years ago, and who helped you?",
             f"{a} {BODY['en'][0]}", f"{q} What did the volunteers do on those weekends along the banks?",
             f"{a} {BODY['en'][1]}"]
    c = clip("Otters are back on the lower river", "By Ann Lowe", "", *"\n\n".join(turns).split("\n"))
    assert c.kind == "interview"


@pytest.mark.parametrize("dateline", ["LYON (AFP) - ", "Kassel (dpa) - ", "MADRID, 3 mar (EFE).- ", "ROMA (ANSA) - "])
def test_an_agency_dispatch_with_no_outlet_is_a_wire_and_with_one_it_is_news(dateline):
    c = clip(dateline + BODY["en"][0], "", BODY["en"][1])
    assert c.kind == "wire" and c.outlet is None
    c = clip("THE VALLEY GAZETTE", "Otters are back on the lower river", "", dateline + BODY["en"][0], "", BODY["en"][1])
    assert c.kind is None and c.outlet == "The Valley Gazette"


@pytest.mark.parametrize("language", sorted(BODY))
def test_an_ordinary_article_has_no_kind_guessed(language):
    c = clip("THE VALLEY GAZETTE", "Politics", "Otters are back on the lower river", "By Ann Lowe", "", *BODY[language])
    assert c.kind is None


@pytest.mark.parametrize("language, opening, about", [
    ("en", "Ashford, 3 March 2025 – ", "About the Lower Valley River Trust"),
    ("fr", "Annecy, le 3 mars 2025 – ", "À propos du Syndicat de la basse vallée"),
    ("de", "Kassel, 3. März 2025 – ", "Über den Flussverband Untertal"),
    ("es", "Huesca, 3 de marzo de 2025 – ", "Sobre la Confederación del Valle Bajo"),
    ("it", "Rovigo, 3 marzo 2025 – ", "Chi siamo"),
])
def test_a_press_releases_opening_dateline_dates_it_and_its_boilerplate_goes(language, opening, about):
    c = clip("LOWER VALLEY RIVER TRUST", "", "PRESS RELEASE", "", "Otter numbers have doubled in ten years", "",
             opening + BODY[language][0], "", BODY[language][1], "", about, "Founded in 1998, it looks after forty miles "
             "of river, its banks and the meadows that flood beside them every winter.")
    assert c.published == "2025-03-03" and c.body == list(BODY[language])


def test_a_rulings_parties_are_neither_its_title_nor_its_outlet():
    c = clip("IN THE COUNTY COURT AT VALMONT", "Claim No. V12XY345", "", "BETWEEN:", "ANN LOWE", "Claimant", "and",
             "VALMONT DISTRICT COUNCIL", "Defendant", "", "JUDGMENT", "", *BODY["en"])
    assert c.kind == "court-record" and c.outlet is None and c.body == list(BODY["en"])
    assert c.title.endswith("…") and {"title", "outlet"} <= {item.split(":")[0] for item in c.review}


@pytest.mark.parametrize("paragraph", [
    "Residents who do not want the new bins can opt out of the scheme by writing to the council before the end of June.",
    "Readers could unsubscribe from the old paper edition and move to the digital one, the publisher said on Monday.",
    "I voli per Olbia sono stati cancellati per il vento forte, e la compagnia ha promesso rimborsi entro trenta giorni.",
])
def test_a_paragraph_that_mentions_unsubscribing_does_not_end_the_text(paragraph):
    c = clip("Otters are back on the lower river", "", BODY["en"][0], "", paragraph, "", BODY["en"][1])
    assert c.body == [BODY["en"][0], paragraph, BODY["en"][1]]


@pytest.mark.parametrize("paragraph", [
    "Avec ses deux cents habitants, le village compte désormais plus de loutres que de commerces.",
    "Editing by hand took the volunteers three evenings a week.",
    "The council will forward it to the ministry next week, a spokesman said.",
    "Información de la Junta indica que el censo se repetirá en primavera.",
])
def test_a_sentence_that_starts_like_a_sign_off_or_a_prompt_is_text(paragraph):
    c = clip("Otters are back on the lower river", "", BODY["en"][0], "", paragraph, "", BODY["en"][1])
    assert c.body == [BODY["en"][0], paragraph, BODY["en"][1]] and c.credits == []


def test_an_agency_sign_off_glued_to_the_last_paragraph_leaves_the_paragraph():
    c = clip("Otters are back on the lower river", "", BODY["en"][0], "", "The ministry did not comment. AFP")
    assert c.body == [BODY["en"][0], "The ministry did not comment."] and c.credits == ["AFP"]


@pytest.mark.parametrize("language, headline", [
    ("es", "Por qué el azud de Valmonte sigue sin escala"), ("en", "By the river, a census of otters"),
    ("fr", "Par la rivière, le retour des loutres"), ("it", "Di nuovo lontre sul fiume"),
])
def test_a_headline_that_opens_with_a_bylines_word_is_no_byline(language, headline):
    c = clip("THE VALLEY GAZETTE", headline, "By Ann Lowe", "", *BODY[language])
    assert (c.title, c.authors) == (headline, ["Ann Lowe"])


def test_an_address_in_a_letterhead_is_no_credit_of_an_original():
    c = clip("Lower Valley River Trust", "Via dei Mulini 4 – 45100 Rovigo", "", "COMUNICATO STAMPA", "",
             "Lontre, il censimento raddoppia in dieci anni", "", "Rovigo, 3 marzo 2025 – " + BODY["it"][0], "", BODY["it"][1])
    assert (c.outlet, c.published, c.reproduced_by) == ("Lower Valley River Trust", "2025-03-03", None)


@pytest.mark.parametrize("language, signoff", [
    ("es", "¡Hasta la semana que viene! Si te ha gustado, reenvía este boletín a un amigo."),
    ("fr", "À la semaine prochaine ! Transférez cette lettre à un ami."),
    ("it", "Alla prossima settimana! Inoltra questa newsletter a un amico."),
])
def test_a_newsletters_sign_off_goes_with_its_footer(language, signoff):
    c = clip("Otters are back on the lower river", "", *BODY[language], "", signoff, "", "Darse de baja | Disiscriviti")
    assert c.body == list(BODY[language])


def test_a_standfirst_keeps_its_emphasis():
    c = clip("Otters are back on the lower river", "", "**Q:** Why did you start counting the otters ten years ago, and "
             "who helped you?", "", f"**A:** {BODY['en'][0]}", "", "**Q:** What did the volunteers do on the banks?", "",
             f"**A:** {BODY['en'][1]}")
    assert c.body[0].startswith("**Q:** Why") and c.kind == "interview"


def test_a_french_ruling_its_chamber_its_parties_and_its_formula():
    c = clip("TRIBUNAL JUDICIAIRE DE VALMONT", "Première chambre civile", "", "RG n° 23/01234", "",
             "JUGEMENT DU 12 MARS 2025", "", "Association Les Amis de la Loutre", "contre", "Commune de Valmont", "",
             "EXPOSÉ DU LITIGE", "", BODY["fr"][0], "", "PAR CES MOTIFS", "", BODY["fr"][1])
    assert (c.title, c.kind, c.outlet, c.published, c.authors) == ("JUGEMENT DU 12 MARS 2025", "court-record", None,
                                                                  "2025-03-12", [])
    assert c.body == ["## EXPOSÉ DU LITIGE", BODY["fr"][0], "## PAR CES MOTIFS", BODY["fr"][1]]


@pytest.mark.parametrize("opening", ["Kassel, 3. März 2025. ", "Kassel, den 3. März 2025 – "])
def test_a_press_releases_dateline_closed_by_a_full_stop(opening):
    c = clip("Flussverband Untertal", "", "Pressemitteilung", "", "Fischotter kehren an den Unterlauf zurück", "",
             opening + BODY["de"][0], "", BODY["de"][1])
    assert (c.published, c.body) == ("2025-03-03", list(BODY["de"]))
