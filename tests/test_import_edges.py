"""The edges of a pasted clipping, its first and last lines, and fields set one a line: a line closing the
text in which the site speaks to its reader is not the article's, while one in which the paper speaks of
itself to no one (an obituary's condolences) stays; an address whose path spells the headline is the
article's own; a bare domain names no outlet; an e-mail's headers are fields. Fictional lines."""
import pytest

from generator.importer import parse_clipping

PROSE = {
    "en": ("The harbour board agreed on Monday to dredge the inner basin before the summer season, after two fishing "
           "boats ran aground at low tide in a single week.", "Skippers had warned for years that silt was building up "
           "along the quay, and the board's own survey found the channel a metre shallower than the charts show."),
    "fr": ("Le syndicat des eaux a voté lundi le remplacement de deux kilomètres de canalisations sous la route du "
           "moulin, posées avant la guerre.", "Les habitants du hameau avaient signalé une dizaine de fuites depuis le "
           "printemps, et la pression baissait chaque soir."),
    "de": ("Der Kreistag hat am Montag beschlossen, die Brücke über die Lauter bis zum Herbst zu sanieren, nachdem "
           "Prüfer Risse im Pfeiler gefunden hatten.", "Die Umleitung über das Nachbardorf verlängert den Schulweg "
           "vieler Kinder um eine Viertelstunde, klagen die Eltern."),
    "es": ("El ayuntamiento aprobó el lunes cerrar el mercado de abastos durante seis meses para reparar la "
           "cubierta, dañada por las lluvias del invierno.", "Los comerciantes se trasladarán a unas carpas en la "
           "plaza mayor mientras duren las obras, según el concejal."),
    "it": ("Il consiglio comunale ha approvato lunedì la chiusura della biblioteca civica per tre mesi, per rifare "
           "l'impianto elettrico giudicato non sicuro.", "I prestiti continueranno in una sala della scuola media, "
           "aperta il martedì e il giovedì pomeriggio, ha spiegato l'assessore."),
    "pt": ("A câmara aprovou na segunda-feira o encerramento do mercado municipal durante seis meses, para reparar "
           "o telhado danificado pelas chuvas.", "Os vendedores passam para tendas instaladas no largo da igreja "
           "enquanto durarem as obras, explicou o vereador."),
}
HEADLINE = {"en": "Harbour basin to be dredged", "fr": "Les canalisations du moulin seront remplacées",
            "de": "Lauterbrücke wird saniert", "es": "El mercado cierra seis meses", "it": "La biblioteca chiude tre mesi",
            "pt": "Mercado fecha seis meses"}
MASTHEAD = {"en": "THE KESTREL GAZETTE", "fr": "LE VEILLEUR DU CAUSSE", "de": "LAUTERBOTE", "es": "EL FARO DEL JILOCA",
            "it": "LA SENTINELLA DEL SERCHIO", "pt": "O ARAUTO DO LIMA"}
PROMPTS = [
    ("en", "Get the Kestrel Gazette's morning briefing in your inbox every weekday."),
    ("fr", "Déposez un message de soutien sur notre espace lecteurs"),
    ("de", "Dein Verein im Lauterbote: Jetzt Termine melden und Bilder hochladen!"),
    ("es", "Recibe cada mañana las noticias de El Faro del Jiloca en tu correo."),
    ("it", "Ricevi ogni mattina le notizie della Sentinella del Serchio: iscriviti gratis."),
    ("pt", "Subscreva a newsletter do Arauto do Lima e receba as notícias todas as manhãs."),
]


@pytest.mark.parametrize("lang, prompt", PROMPTS, ids=[lang for lang, _ in PROMPTS])
def test_the_site_speaking_to_its_reader_at_the_texts_end_is_not_the_article(lang, prompt):
    text = "\n\n".join([MASTHEAD[lang], HEADLINE[lang], *PROSE[lang], prompt, "Share   Email"])
    c = parse_clipping(text)
    assert c.body == list(PROSE[lang])


@pytest.mark.parametrize("lang, closing", [
    ("fr", "Le Veilleur du Causse présente ses condoléances à sa famille."),
    ("en", "The Kestrel Gazette will report on the board's next meeting in March."),
    ("de", "«Wir bitten Sie um Geduld», sagte der Bürgermeister unseren Lesern."),
    ("en", "We are closing this live coverage now. Thank you for following."),
    ("pt", "Se está na lista, responda ao email que vai receber em maio, ou vamos assumir que desistiu."),
])
def test_a_closing_line_that_addresses_no_one_or_quotes_someone_stays(lang, closing):
    text = "\n\n".join([MASTHEAD[lang], HEADLINE[lang], *PROSE[lang], closing])
    assert parse_clipping(text).body[-1] == closing


@pytest.mark.parametrize("lang, subject, sent, date", [
    ("en", "Subject: Half the basin dredged, twice the ferries | Friday Briefing #212",
     "Sent: Friday, November 7, 2025 7:02 AM", "2025-11-07T07:02"),
    ("fr", "Objet : Les tuyaux du moulin changés avant l'hiver | Lettre du vendredi 12",
     "Envoyé : vendredi 7 novembre 2025 07:02", "2025-11-07T07:02"),
    ("de", "Betreff: Die Lauterbrücke wird saniert, der Schulweg länger | Brief 212",
     "Gesendet: Freitag, 7. November 2025 07:02", "2025-11-07T07:02"),
    ("es", "Asunto: El mercado de abastos cierra seis meses por obras | Boletín 212",
     "Enviado: viernes, 7 de noviembre de 2025 7:02", "2025-11-07T07:02"),
])
def test_an_emails_headers_are_fields_one_a_line_and_its_send_time_dates_it(lang, subject, sent, date):
    text = "\n".join([f"From: The Valley Letter <briefing@valleyletter-{lang}.example>", "To: reader.desk@mail.example",
                      subject, sent]) + \
        "\n\n" + "\n\n".join([HEADLINE[lang], *PROSE[lang]])
    c = parse_clipping(text)
    assert c.published == date
    assert c.body == list(PROSE[lang])


@pytest.mark.parametrize("lang, label", [("en", "Address of this page"), ("fr", "Adresse de cette page"),
                                         ("de", "Adresse dieser Seite"), ("es", "Dirección de esta página"),
                                         ("it", "Indirizzo di questa pagina"), ("pt", "Endereço desta página")])
def test_an_address_under_a_label_that_spells_the_headline_is_the_articles_own(lang, label):
    slug = "-".join(HEADLINE[lang].lower().split())
    own = f"https://news-{lang}.example/2025/10/14/{slug}.html"
    other = f"https://news-{lang}.example/2025/10/13/a-different-story-about-buses.html"
    text = "\n\n".join([HEADLINE[lang], *PROSE[lang], f"Read more: {other}", f"{label}: {own}"])
    c = parse_clipping(text)
    assert c.url == own
    assert not any(own in block for block in c.body)


@pytest.mark.parametrize("lang", ["en", "fr", "de", "es", "it", "pt"])
def test_a_bare_domain_above_the_headline_names_no_outlet(lang):
    c = parse_clipping("\n\n".join([f"valleynews-{lang}.example", HEADLINE[lang], *PROSE[lang]]))
    assert c.outlet is None and "outlet" in " ".join(c.review)
    assert c.title == HEADLINE[lang]


RECOMMEND = {"en": ("Recommendations", "From these results we draw three recommendations:"),
             "fr": ("Recommandations", "De ces résultats, nous tirons trois recommandations :"),
             "de": ("Empfehlungen", "Aus den Ergebnissen leiten wir drei Empfehlungen ab:"),
             "es": ("Recomendaciones", "De estos resultados extraemos tres recomendaciones:"),
             "it": ("Raccomandazioni", "Da questi risultati ricaviamo tre raccomandazioni:"),
             "pt": ("Recomendações", "Destes resultados tiramos três recomendações:")}


@pytest.mark.parametrize("lang", sorted(RECOMMEND))
def test_a_heading_over_a_sentence_that_introduces_a_list_is_the_texts_own_section(lang):
    heading, intro = RECOMMEND[lang]
    items = ["1. Keep booking by telephone for older passengers.", "2. Pool the buses with the school runs.",
             "3. Fund the service for more than two years."]
    text = "\n\n".join([HEADLINE[lang], *PROSE[lang], f"## {heading}", intro, "\n".join(items)])
    c = parse_clipping(text)
    assert f"## {heading}" in c.body and intro in c.body
    assert any(items[2] in block for block in c.body)


@pytest.mark.parametrize("lang, label", [("en", "How to cite"), ("fr", "Pour citer ce document"),
                                         ("de", "Zitiervorschlag"), ("es", "Cómo citar"), ("it", "Come citare"),
                                         ("pt", "Como citar")])
def test_how_to_cite_the_text_under_its_heading_is_not_the_text(lang, label):
    citation = f"Lowe, A.; Reid, S. (2025): {HEADLINE[lang]}. Brief 7/2025. Valley Institute."
    text = "\n\n".join([HEADLINE[lang], *PROSE[lang], label, citation])
    c = parse_clipping(text)
    assert c.body == list(PROSE[lang])


@pytest.mark.parametrize("lang, rows, crumb", [
    ("en", ["LIVE   Ayr United – Troon   1:1   67.'", "FT   Kestrel Hawks – Mill Lane   81:77"], "Local › Clubs near you"),
    ("fr", ["DIRECT   Figeac – Cahors   0:2   58e", "Terminé   Rodez – Millau   24:19"], "Sports › Clubs du coin"),
    ("de", ["LIVE   SV Lautern – TuS Rüthen   1:1   67.'", "Beendet   Baskets – Dragons   81:77"], "Amateure › Vereine vor Ort"),
    ("es", ["EN DIRECTO   Ariza – Calatayud   1:0   40'", "Final   Jalón – Ateca   2:2"], "Deportes › Clubes"),
    ("it", ["LIVE   Barga – Lucca   1:1   67'", "Finale   Serchio – Pescia   3:1"], "Sport › Squadre locali"),
    ("pt", ["AO VIVO   Ponte – Viana   1:1   67'", "Final   Lima – Arcos   0:0"], "Desporto › Clubes locais"),
])
def test_a_tables_rows_and_a_breadcrumb_above_the_headline_are_furniture(lang, rows, crumb):
    text = "\n".join([MASTHEAD[lang], *rows]) + "\n\n" + "\n\n".join([crumb, HEADLINE[lang], *PROSE[lang]])
    c = parse_clipping(text)
    assert c.title == HEADLINE[lang]
    assert c.body == list(PROSE[lang])


FEES = {"en": "Without debate the council raised the fees. A full-time place will cost from January just £248 a month "
              "instead of £226. The town follows the advice of the county.",
        "fr": "Sans débat, le conseil a relevé les tarifs. Une place à temps plein coûtera dès janvier 248 € par mois "
              "au lieu de 226. La ville suit l'avis du département.",
        "de": "Ohne Aussprache beschloss das Gremium höhere Beiträge. Ein Ganztagsplatz kostet ab Januar 248 statt 226 "
              "Euro im Monat. Die Stadt folgt damit der Empfehlung des Landkreises.",
        "es": "Sin debate, el pleno subió las tarifas. Una plaza a jornada completa costará desde enero 248 € al mes en "
              "lugar de 226. El ayuntamiento sigue el consejo de la diputación.",
        "it": "Senza discussione il consiglio ha alzato le rette. Un posto a tempo pieno costerà da gennaio 248 € al mese "
              "invece di 226. Il comune segue il parere della provincia.",
        "pt": "Sem debate, a assembleia aumentou as mensalidades. Um lugar a tempo inteiro custa a partir de janeiro 248 € "
              "por mês em vez de 226. A câmara segue o parecer do distrito."}


@pytest.mark.parametrize("lang", sorted(FEES))
def test_a_paragraph_of_running_text_amid_the_text_is_kept_whatever_phrase_it_holds(lang):
    text = "\n\n".join([HEADLINE[lang], PROSE[lang][0], FEES[lang], PROSE[lang][1]])
    assert parse_clipping(text).body == [PROSE[lang][0], FEES[lang], PROSE[lang][1]]


@pytest.mark.parametrize("lang, badge", [("en", "Subscribers only"), ("fr", "Réservé aux abonnés"), ("de", "Nur für Abonnenten"),
                                         ("es", "Exclusivo suscriptores"), ("it", "Riservato agli abbonati"),
                                         ("pt", "Exclusivo assinantes")])
def test_a_subscribers_badge_above_the_text_is_no_subheading(lang, badge):
    text = "\n\n".join([HEADLINE[lang], "By Ann Lowe", badge, *PROSE[lang]])
    c = parse_clipping(text)
    assert c.body == list(PROSE[lang])


@pytest.mark.parametrize("lang, footer, name", [
    ("en", "The Kestrel Gazette – Registered in England, company no 01234567 – Privacy", "The Kestrel Gazette"),
    ("fr", "Le Veilleur du Causse – SARL au capital de 10 000 € – Mentions légales", "Le Veilleur du Causse"),
    ("de", "Der Lauterbote – Verlag Lauter GmbH – Impressum – Datenschutz", "Der Lauterbote"),
    ("es", "El Faro del Jiloca – Aviso legal – Política de privacidad", "El Faro del Jiloca"),
    ("it", "La Sentinella del Serchio – Testata registrata presso il Tribunale di Lucca – P. IVA 01234560514",
     "La Sentinella del Serchio"),
    ("pt", "O Arauto do Lima – Estatuto editorial – Termos e condições – Privacidade", "O Arauto do Lima"),
])
def test_the_publisher_named_before_its_legal_words_at_the_foot_is_the_outlet(lang, footer, name):
    c = parse_clipping("\n\n".join([HEADLINE[lang], "By Ann Lowe", *PROSE[lang], footer]))
    assert c.outlet == name
    assert not any(footer[:20] in block for block in c.body)


ABOUT = {"en": ("About the Valley Trust", "The Valley Trust is a charity founded in 1987 that looks after rivers and "
                "their banks.", "Media contact:"),
         "fr": ("À propos de la Fondation du Val", "La Fondation du Val est une association créée en 1987 qui protège "
                "les rivières.", "Contact presse :"),
         "de": ("Über die Talstiftung", "Die Talstiftung ist ein 1987 gegründeter Verein, der sich um Flüsse und ihre "
                "Ufer kümmert.", "Pressekontakt:"),
         "es": ("Acerca de la Fundación del Valle", "La Fundación del Valle es una entidad creada en 1987 que cuida "
                "de los ríos.", "Contacto de prensa:"),
         "it": ("Chi è la Fondazione della Valle", "La Fondazione della Valle è un ente nato nel 1987 che tutela i "
                "fiumi della zona.", "Contatti stampa:"),
         "pt": ("Sobre a Fundação do Vale", "A Fundação do Vale é uma associação criada em 1987 que cuida dos rios "
                "e das margens.", "Assessoria de imprensa:")}


@pytest.mark.parametrize("lang", sorted(ABOUT))
def test_a_releases_about_boilerplate_before_its_press_contact_is_not_the_text(lang):
    about, blurb, contact = ABOUT[lang]
    text = "\n\n".join([HEADLINE[lang], *PROSE[lang], about + "\n" + blurb, contact + "\nAnn Lowe\npress@trust.example",
                        "SOURCE Valley Trust", "Please note the opening hours of the press office over the holidays."])
    assert parse_clipping(text).body == list(PROSE[lang])


@pytest.mark.parametrize("lang, opening", [
    ("en", "GRESHAM, England, Nov. 12, 2025 /NewsWire/ -- "), ("fr", "LYON, France, 12 novembre 2025 /FilPresse/ -- "),
    ("de", "KASSEL, Hessen, 12. November 2025 /PresseDraht/ -- "), ("es", "TERUEL, España, 12 de noviembre de 2025 /HiloPrensa/ -- "),
    ("it", "LUCCA, Toscana, 12 novembre 2025 /FiloStampa/ -- "), ("pt", "BRAGA, Portugal, 12 de novembro de 2025 /FioImprensa/ -- "),
])
def test_a_wires_dateline_under_the_standfirst_dates_the_release_and_leaves_the_paragraph(lang, opening):
    text = "\n\n".join([HEADLINE[lang], PROSE[lang][1], "By Ann Lowe", opening + PROSE[lang][0]])
    c = parse_clipping(text)
    assert c.published == "2025-11-12"
    assert PROSE[lang][0] in c.body and not any("/" in block.split(" ")[0] or "--" in block for block in c.body)
