"""What stands above or beside a headline and is not it: a sign-up box's lines, a radio's 'Now playing' ticker under its
tagline, a newsletter's greeting signed by its newsroom, a report's cover sheet of 'Label: value' fields, an issue number
written 'N.º'; on a PDF's first page a headline over its longer subheading, and a short headline the metadata's title
gives among other parts. Credits in forms the importer missed: who filmed the video, a picture given 'courtesy of'
someone, a credit set after a caption's slash. Cases in my own words."""
import pytest

from generator.importer import parse_clipping, read_clipping
from generator.importer.lines import name_like
from tests.pdfmaker import write_pdf

TEXT = ["Thieves took two quad bikes and a welder from a shed near the village in the early hours of Sunday, the third "
        "raid on a farm in the valley this month, and the police said they believed the same gang was responsible.",
        "Officers asked farmers to keep machinery out of sight, to fit trackers and to note the registration of any "
        "vehicle seen on farm tracks after dark, and promised extra patrols on the minor roads at night.",
        "A property marking day for quad bikes and tools will be held at the auction mart on Monday morning."]
TITLE = "Quad bikes and tools stolen in third farm raid this month"


@pytest.mark.parametrize("box", [
    ["Get the biggest Borders stories by email", "Subscribe",
     "We will use your email address only for the purpose of sending you newsletters. Please see our Privacy Notice."],
    ["Recevez les informations de la vallée par email", "S'inscrire",
     "Nous utiliserons votre adresse e-mail uniquement pour vous envoyer nos lettres d'information."],
])
def test_a_sign_up_box_over_the_headline_is_neither_headline_nor_the_start_of_the_text(box):
    lines = ["Skip to main content", "Valley Courier", "Sign in", "News", "Crime", "Farming", *box, "", "News", "Crime",
             "", TITLE, "", "Bookmark", "Share", "Comments", "By", "Morag Baird", "10:32, 14 Oct 2025", "", *TEXT]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == TITLE
    assert clip.authors == ["Morag Baird"] and clip.published.startswith("2025-10-14T10:32")
    assert all(paragraph in clip.text for paragraph in TEXT) and box[-1][:30] not in clip.text


@pytest.mark.parametrize("ticker", ["Now playing: Saturday Swap Shop with Bev Castellano", "Jetzt läuft: Musik am Mittag mit Jana Keller",
                                    "En antena: La mañana de la comarca con Luis Prieto"])
def test_a_radio_s_tagline_and_its_now_playing_ticker_are_not_the_headline(ticker):
    lines = ["Skip to main content", "Valley Sound", "98.7 FM · Community radio for the whole valley", "LISTEN LIVE", ticker,
             "Home", "News", "Programs", "Schedule", "Presenters", "Donate", "Home » News » Local News",
             TITLE, "Posted by News Desk", "Tuesday 10 February 2026, 4:15 pm", *TEXT]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == TITLE and clip.outlet == "Valley Sound"
    assert ticker not in clip.text


def test_a_newsletter_s_greeting_signed_by_its_newsroom_is_not_its_first_story():
    lines = ["Ver no navegador", "Gazeta do Vale", "A newsletter semanal do concelho", "N.º 87 · Sexta-feira, 6 de março de 2026",
             "Bom dia! Esta semana falamos da nova ponte, das obras no mercado e da feira do livro. Boa leitura.",
             "— A redação", "EDUCAÇÃO", "Todos os alunos do 5.º ano vão aprender a nadar no rio este verão",
             "A partir de junho, as escolas do concelho levam as turmas à praia fluvial duas vezes por semana.",
             "Por Inês Correia",
             "O programa foi apresentado na quarta-feira pela vereadora da Educação, que espera ensinar a nadar no "
             "rio a trezentos alunos do 5.º ano e contratar dois nadadores-salvadores para as manhãs de verão.",
             "As sessões no rio só se realizam com a água acima dos dezoito graus, e os alunos que já sabem nadar "
             "aprendem a remar."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Todos os alunos do 5.º ano vão aprender a nadar no rio este verão"
    assert clip.outlet == "Gazeta do Vale" and clip.authors == ["Inês Correia"] and clip.published == "2026-03-06"
    assert "Bom dia" not in clip.text and "Ver no navegador" not in clip.text


@pytest.mark.parametrize("greeting", ["Guten Morgen", "Good Morning", "Buongiorno", "Bom dia", "Buenos días"])
def test_a_greeting_is_never_a_name(greeting):
    assert not name_like(greeting)
    assert name_like("Curdin Pitschen")


def read_pdf(tmp_path, pages, metadata=None):
    path = write_pdf({"metadata": metadata or {}, "pages": pages}, tmp_path / "doc.pdf")
    return read_clipping(path.read_bytes(), ".pdf")


BODY = ["From the first of April the buses on three routes will carry parcels as well as passengers, in a two-year",
        "trial the company runs with the county and a regional parcel firm, stopping at lockers in twelve villages.", "",
        "Timetables do not change, the company said, and the lockers will be emptied by the village shops each evening.", ""]


@pytest.mark.parametrize("headline, subheading", [
    ("Buses to carry parcels from April in county trial",
     ["Three rural routes between the market towns will take parcels to lockers in twelve villages –",
      "a trial for two years"]),
    ("Rotura em coletor provoca descarga de águas residuais junto à praia",
     ["Banhos desaconselhados numa extensão de seiscentos metros até serem conhecidos",
      "os resultados das análises à água"]),
])
def test_a_pdf_s_headline_comes_before_its_longer_subheading(tmp_path, headline, subheading):
    body = BODY if headline.startswith("Buses") else [
        "Uma rotura no coletor de águas residuais da avenida provocou na madrugada de hoje uma descarga de efluente",
        "para a praia, através de uma saída de águas pluviais no extremo norte do areal.", "",
        "A rotura foi detetada pelo sistema de telegestão e o troço foi isolado pelas equipas de piquete às sete horas.",
        "Foram recolhidas amostras de água, cujos resultados serão conhecidos nas próximas quarenta e oito horas.", ""]
    page = ["Vale Transport Ltd", "The bus for the valley", "", "PRESS RELEASE", "", "Valeford, 9 March 2026", "",
            headline, "", *subheading, "", *body]
    clip = read_pdf(tmp_path, [page], {"Title": "Press release"})
    assert clip.title == headline
    assert subheading[0][:40] in clip.text


def test_a_kicker_in_capitals_over_a_pdf_headline_stays_a_kicker(tmp_path):
    page = ["THE VALLEY VOICE Friday 4 December 2026 17", "", "THE STORY Market day moves to the square from January", "",
            "Stalls leave the high street", "and move to the cathedral square", "",
            "The council agreed the move on Tuesday after traders asked for parking close to their stalls.",
            "By Clare Benson", "",
            "From January the Wednesday market leaves the high street, where its stalls have stood for a century, and moves",
            "to the cathedral square, the council decided on Tuesday after a year of complaints from the traders.", "",
            "Stallholders said the square would bring fewer passers-by but that parking close to the stalls mattered more.", ""]
    clip = read_pdf(tmp_path, [page])
    assert clip.title == "Stalls leave the high street and move to the cathedral square"


def test_a_report_s_name_over_its_headline_is_not_the_headline(tmp_path):
    page = ["Upper Vale Water Board", "Public body · Waterworks Lane 4 · Valeford", "", "Groundwater report 2025", "",
            "Nitrate in groundwater: three wells of the upper group", "are above the limit", "", *BODY]
    clip = read_pdf(tmp_path, [page], {"Title": "Groundwater report 2025"})
    assert clip.title == "Nitrate in groundwater: three wells of the upper group are above the limit"


def test_a_short_headline_the_metadata_gives_among_its_parts_is_the_headline(tmp_path):
    page = ["Houses of the Assembly", "Lower House", "", "Written Answers", "Tuesday, 10 February 2026", "",
            "Rural Transport Services", "",
            "245. Deputy Niamh Cole asked the Minister for Transport if rural buses in the west of the county could carry",
            "post and small parcels alongside passengers, in view of the closure of two post offices. [7123/26]", "",
            "Minister of State (Deputy Ciarán Mulready): The Minister has responsibility for policy and overall funding,",
            "and is not involved in the day-to-day operation of rural transport services in the county.", ""]
    clip = read_pdf(tmp_path, [page], {"Title": "Lower House – Written Answers – Rural Transport Services",
                                       "Author": "Houses of the Assembly"})
    assert clip.title == "Rural Transport Services"


def test_a_report_s_cover_sheet_fields_are_not_its_headline(tmp_path):
    page = ["VALEFORD PARISH COUNCIL", "Clerk: Sandra Okoro | clerk@valeford.example | 01206 555014", "",
            "Meeting: Full Council", "Date of meeting: Monday 19 January 2026", "Agenda item: 7", "Report of: Parish Clerk",
            "Date of report: 9 January 2026", "Status: Public", "",
            "Consultation response: proposed extension of the gravel quarry", "", "1. Purpose of the report", "",
            "1.1 To ask the council to agree its response to the county's consultation on the application to extend",
            "the quarry eastwards by eighteen hectares and to keep extracting sand and gravel until 2041.", ""]
    clip = read_pdf(tmp_path, [page])
    assert clip.title == "Consultation response: proposed extension of the gravel quarry"


def test_a_headline_over_its_created_and_updated_lines_is_no_field():
    lines = ["Valley Courier", "After 48 winters: the village ski school closes", "Created: 07.12.2025, 06:00",
             "Updated: 07.12.2025, 14:32", "By Andrew Hughes", *TEXT]
    assert parse_clipping("\n".join(lines)).title == "After 48 winters: the village ski school closes"


@pytest.mark.parametrize("lines, credit", [
    (["Texto: Inês Carvalhido", "Fotos: Rui Gonçalves Pereira", "Vídeo: Tiago Amorim"], "Vídeo: Tiago Amorim"),
    (["Par Julie Tremblay", "Une niveleuse sur un chemin municipal, en janvier. (Photo gracieuseté – Ville de Valeford)"],
     "Photo gracieuseté – Ville de Valeford"),
])
def test_credits_in_the_forms_regional_papers_use(lines, credit):
    clip = parse_clipping("\n".join(["Valley Courier", TITLE, *lines, "12 jan 2026, 09:15", *TEXT]))
    assert credit in clip.credits and clip.title == TITLE


def test_a_credit_set_after_a_caption_s_slash_is_kept_without_it(tmp_path):
    page = ("<html><head><title>Skatepark opens</title></head><body><article><h1>" + TITLE + "</h1>"
            "<p class='byline'>By Manuel Ortega</p><figure><img src='a.jpg' alt=''><figcaption><span>Young riders try the "
            "new park before it opens.</span> <span class='credit'>/ Valeford Town Council</span></figcaption></figure>"
            + "".join(f"<p>{p}</p>" for p in TEXT) + "</article></body></html>")
    clip = read_clipping(page.encode(), ".html")
    assert "Valeford Town Council" in clip.credits and not any(c.startswith("/") for c in clip.credits)


def test_a_newsletter_s_editor_word_wishing_good_reading_and_its_contents_are_not_its_first_story():
    lines = ["Voir ce courriel dans votre navigateur", "Le Courrier des Îles", "Le Bulletin du vendredi",
             "No 142 — Vendredi 14 novembre 2025", "Bonjour à toutes et à tous,",
             "L'hiver arrive plus tôt que prévu sur les îles, et avec lui les grands travaux de l'aréna, du quai et de "
             "la garderie dont nous parlons cette semaine. Bonne lecture et bonne fin de semaine.",
             "Nadine Mallet, rédactrice en chef", "Dans ce numéro", "1. Lamèque : l'aréna rouvrira en janvier",
             "2. Caraquet : le quai fermé jusqu'au printemps", "3. Shippagan : une nouvelle garderie", "LAMÈQUE",
             "L'aréna rouvrira en janvier, après six mois de travaux", "Par Josée Landry",
             "L'aréna de Lamèque, fermée depuis juin pour le remplacement de son système de réfrigération, rouvrira ses "
             "portes en janvier après six mois de travaux, a confirmé la municipalité mardi.",
             "Les travaux de l'aréna ont coûté 2,4 millions de dollars, partagés entre la province et la municipalité, "
             "et la glace sera prête pour le tournoi de hockey mineur de janvier."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "L'aréna rouvrira en janvier, après six mois de travaux"
    assert clip.outlet == "Le Courrier des Îles" and clip.authors == ["Josée Landry"]
    assert "Voir ce courriel" not in clip.text and "Bonne lecture" not in clip.text


def test_a_picture_under_the_byline_of_a_newsletter_dated_above_its_editor_s_word_keeps_its_credit():
    lines = ["Ländle Post", "MORGENPOST", "Dienstag, 13. Jänner 2026", "Guten Morgen,",
             "heute geht es bei uns um die Busse in den Tälern, die ab Februar seltener fahren, und um die Frage, wer "
             "sie künftig fahren soll. Einen guten Start in den Tag wünscht Ihnen", "Petra Nagel", "Chefredakteurin",
             "THEMA DES TAGES", "Fahrermangel: Busse ins Tal fahren ab Februar seltener", "Von Lukas Bischof",
             "[Linienbus an der Haltestelle] Foto: Ländle Post/Dietmar Hartmann",
             "Weil dem Verkehrsverbund Fahrerinnen und Fahrer fehlen, fahren die Busse ins Tal ab Februar nur noch "
             "stündlich statt halbstündlich, teilte der Verbund am Montag mit.",
             "Betroffen sind vor allem Pendlerinnen und Pendler sowie Schulkinder, für die der Verbund zusätzliche "
             "Kurse am Morgen einsetzen will."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Fahrermangel: Busse ins Tal fahren ab Februar seltener"
    assert "Foto: Ländle Post/Dietmar Hartmann" in clip.credits and clip.authors == ["Lukas Bischof"]


def test_a_standfirst_under_a_headline_of_six_words_or_more_stays_the_standfirst():
    lines = ["Bay Radio", "Listen Live", "Home", "News", "Local News", "Farmer's plea to dog walkers after 14 ewes killed",
             "It's the third attack on sheep in the hills since the start of February", "Author: Jamie Laird",
             "Published 3rd Mar 2026 07:14",
             "A farmer has asked dog walkers to keep their dogs on a lead after 14 ewes were killed in a field beside "
             "the hill path, the third attack on sheep in the hills since the start of February.",
             "Police said the ewes were in lamb and that the attack happened on Sunday afternoon, when the path was busy."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Farmer's plea to dog walkers after 14 ewes killed"


def test_a_court_named_over_its_ruling_is_no_headline(tmp_path):
    page = ["N. 00412/2026 REG.PROV.COLL.", "", "Pubblicato il 03/03/2026", "", "REPUBBLICA ITALIANA",
            "IN NOME DEL POPOLO ITALIANO", "", "Il Tribunale Amministrativo Regionale per la Valle", "(Sezione Seconda)",
            "ha pronunciato la presente", "SENTENZA",
            "sul ricorso numero di registro generale 812 del 2025, proposto dal Comitato per la tutela della valle,",
            "rappresentato e difeso dall'avvocato Paola Innocenti, contro il Comune, per l'annullamento della delibera.",
            "", "Il ricorso è fondato e va accolto, per le ragioni che seguono, con la conseguente condanna alle spese.", ""]
    clip = read_pdf(tmp_path, [page])
    assert clip.kind == "court-record" and "Tribunale" not in (clip.title or "")
    assert any(item.startswith("title:") for item in clip.review)


def test_a_page_whose_title_is_its_site_and_tagline_takes_the_headline_its_markup_names():
    page = ("<html><head><meta charset='utf-8'><title>La Voz del Valle - Noticias del valle y su comarca</title></head><body>"
            "<table><tr><td class='cabecera'>La Voz del Valle</td></tr><tr><td class='titular'>Las Urgencias del hospital "
            "acumulan esperas de hasta catorce horas por la gripe</td></tr><tr><td class='texto'>"
            "<p>Las Urgencias del hospital comarcal acumularon esta semana esperas de hasta catorce horas, con pacientes en "
            "camillas en los pasillos durante toda la noche, por el aumento de los casos de gripe.</p>"
            "<p>La Gerencia reconoce la presión asistencial y ha abierto una unidad de apoyo con doce camas.</p>"
            "</td></tr></table></body></html>")
    clip = read_clipping(page.encode(), ".html")
    assert clip.title == "Las Urgencias del hospital acumulan esperas de hasta catorce horas por la gripe"


def test_a_saved_page_s_byline_split_by_roles_in_a_css_module_names_writer_and_photographer():
    page = ("<html><head><title>Puerto Natales, la ciudad que se arrienda por noche | Confín</title></head><body><article>"
            "<h1 class='Article_title__Hk2Fs'>Puerto Natales, la ciudad que se arrienda por noche</h1>"
            "<div class='Byline_root__Vd3oE'><span>Texto: <a href='/a/ib'>Ignacia Barrientos</a></span><span> · </span>"
            "<span>Fotos: Martín Kusanovic</span></div><time datetime='2025-09-14T09:00:00-03:00'>14 de septiembre de 2025</time>"
            "<p>A las siete de la mañana de un martes de noviembre, la fila frente al terminal de buses ya da la vuelta a la "
            "esquina, con mochileros, parejas y jubilados camino del parque nacional.</p>"
            "<p>Al otro lado de la calle, en un hostal que hace diez años era la casa de una familia, una mujer baldea la "
            "vereda antes de que salgan los huéspedes.</p></article></body></html>")
    clip = read_clipping(page.encode(), ".html")
    assert clip.authors == ["Ignacia Barrientos"] and "Fotos: Martín Kusanovic" in clip.credits


def test_a_graphic_s_credit_and_a_credit_s_reprint_terms():
    lines = ["Valley Edge", TITLE, "By Aroha Bennett", "12 February 2026", TEXT[0], "[image]",
             "Median weekly rent for a room in a shared house, 2021–2026. Graphic: Valley Edge", *TEXT[1:],
             "[Bus an der Haltestelle] Foto: SBGV/Tanja Wagner | Abdruck honorarfrei"]
    clip = parse_clipping("\n".join(lines))
    assert "Graphic: Valley Edge" in clip.credits
    assert "Foto: SBGV/Tanja Wagner" in clip.credits and not any("honorarfrei" in c for c in clip.credits)


def _page_with_header(header: str, site: str = "Valley Today") -> bytes:
    return ("<html><head><title>" + TITLE + " | " + site + "</title><meta property='og:site_name' content='" + site + "'>"
            "</head><body><header class='Masthead_root__a1'><span class='Masthead_date__b2'>Saturday, 5 December 2026</span>"
            "</header><article><h1>" + TITLE + "</h1>" + header + "".join(f"<p>{p}</p>" for p in TEXT)
            + "</article></body></html>").encode()


def test_a_byline_run_on_into_its_date_names_the_writers_and_the_date_with_its_time_wins():
    clip = read_clipping(_page_with_header("<div class='node__byline'>By Priya Sandhu and Cole Ferguson "
                                           "<span>Posted Dec. 4, 2026 5:15 p.m.</span></div>"), ".html")
    assert clip.authors == ["Priya Sandhu", "Cole Ferguson"] and clip.published == "2026-12-04T17:15"


def test_an_agency_beside_the_date_is_credited_not_taken_for_the_original():
    clip = read_clipping(_page_with_header("<div class='Byline_root__x'>Europa Press | 04/12/2026 12:58</div>"), ".html")
    assert clip.outlet == "Valley Today" and "Europa Press" in clip.credits


def test_a_programmes_blurb_over_its_episodes_headline_is_neither_headline_nor_byline_and_the_report_is_signed():
    clip = parse_clipping("\n".join(["Passer au contenu", "Fréquence Lac", "105.7 FM", "En direct", "Émissions", "›",
                                     "Le Magazine de la rédaction", "›", "Refuges", "LE MAGAZINE DE LA RÉDACTION",
                                     "Chaque mardi à 12h10, la rédaction prend le temps d'un sujet.",
                                     "Refuges : la société veut deux cabanes de plus avant qu'on ne construise un chalet",
                                     "Émission du 14 octobre 2025", "Télécharger (MP3, 10,8 Mo)", "S'abonner au podcast",
                                     "Un reportage de Thomas Gilson", "Présentation : Julie Mathieu",
                                     "Les quatre refuges de la vallée ont affiché complet tout l'hiver dernier, et la société "
                                     "qui les gère a refusé plus de six cents groupes entre décembre et avril.",
                                     "Deux refuges de plus coûteraient environ un million d'euros, moins qu'un seul chalet, et "
                                     "garderaient la haute montagne ouverte à tous."]))
    assert clip.title == "Refuges : la société veut deux cabanes de plus avant qu'on ne construise un chalet"
    assert clip.authors == ["Thomas Gilson"] and clip.published == "2025-10-14"
    assert not any("Julie Mathieu" in block or "Chaque mardi" in block for block in clip.body) and len(clip.body) == 2


ES_TEXT = ["Los jabalíes han levantado este otoño más de mil hectáreas de cereal recién sembrado en los pueblos del valle, "
           "según las organizaciones agrarias de la provincia, que piden a la Junta que autorice batidas de urgencia.",
           "Los agricultores calculan que las pérdidas superan ya los cien mil euros y temen que los daños sigan en "
           "primavera si no se reduce la población de jabalíes en los montes del valle.",
           "La Junta tiene previsto reunirse con las organizaciones agrarias y los cazadores la próxima semana."]
IT_TEXT = ["Tre amici hanno aperto in un vecchio fienile della valle un birrificio che produce birra con il grano "
           "saraceno coltivato sui terrazzamenti della valle, e il quotidiano ha visitato la sala cotta.",
           "La birra di punta è una scura da sei gradi, venduta nei rifugi e nei ristoranti della valle, e quest'anno "
           "il birrificio ha prodotto trentamila litri.",
           "La prima cotta nella nuova sede è prevista per la primavera del 2027."]


@pytest.mark.parametrize("before, tagline, menu, headline, text", [
    (["Ir al contenido", "Valle Digital"], "Diario digital de la provincia y de los pueblos del valle",
     ["Portada", "Valle capital", "Provincia", "Campo", "Deportes", "Cultura", "Esquelas"],
     "Los jabalíes arrasan las siembras del valle y los agricultores piden batidas de urgencia", ES_TEXT),
    (["Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti per mostrarti "
      "pubblicità in linea con le tue preferenze.", "Accetta tutti", "Rifiuta", "Il Corriere della Valle"],
     "Il quotidiano online della valle", ["Home", "Cronaca", "Politica", "Economia", "Sport", "Necrologi"],
     "Il birrificio che fa la birra con il grano saraceno della valle", IT_TEXT),
])
def test_a_tagline_over_the_site_s_menu_is_not_the_headline(before, tagline, menu, headline, text):
    """A site's tagline shares words with any of its stories (its region, its province); the menu set one item a line
    between it and the headline says it is the site's, whatever stands above it (a consent banner) or under it (the
    day's date, a sign-up link)."""
    lines = [*before, tagline, "Jueves, 6 de noviembre de 2025", "Suscríbete a nuestro boletín", *menu, menu[3], headline,
             "Marta Lafuente", "05/11/2025 - 08:45h", *text]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == headline
    assert tagline not in clip.text and text[0] in clip.text


@pytest.mark.parametrize("prompt", ["Hazte socio/a", "Hazte socio", "Únete"])
def test_a_menu_s_prompt_whose_words_the_text_repeats_is_not_the_headline(prompt):
    """A member-funded site asks for members in its menu and again in a box inside the text: the prompt's words are
    the text's, but an item set among the menu's, with a headline below it (a long one, over its standfirst), is the
    menu's."""
    headline = ("Las playas del parque natural aprueban en calidad del agua, pero la del pueblo suspende dos veces "
                "en agosto")
    box = f"Costa Abierta existe gracias a 2.314 socios y socias, sin muros de pago. {prompt} desde 5 € al mes."
    lines = ["Saltar al contenido", "Costa Abierta", "Periodismo local sin muros, pagado por sus socios", "Portada",
             "Comarca", "Datos", "Opinión", "Newsletter", prompt, "Iniciar sesión", "Datos", headline,
             "Ocho de las nueve playas del parque que se analizan cada verano mantienen la calificación de excelente; "
             "la excepción es la playa del pueblo, con dos episodios de contaminación tras sendas tormentas.",
             "Lucía Garrido", "Gráficos: Andrés Mateo", "8 oct 2025 - 07:00", "Compartir",
             "Bañarse en las playas del parque natural sigue siendo, en general, bañarse en agua limpia, según los "
             "muestreos de calidad del agua realizados entre junio y septiembre.",
             "Los problemas se concentraron en la playa del pueblo, donde en agosto, tras dos tormentas, los análisis "
             "superaron los valores de referencia y el ayuntamiento recomendó no bañarse durante 48 horas.", box,
             "El ayuntamiento asegura que la ampliación de la depuradora saldrá a licitación antes de que acabe el año."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == headline and clip.authors == ["Lucía Garrido"]


def test_a_headline_over_a_block_of_short_fields_keeps_its_place():
    """Short labels and values under a headline (a rescue team's callout card, a court's case box) are fields, not a
    menu: the headline over them is still the headline."""
    lines = ["Valley Search & Rescue", "Volunteer mountain rescue for the valleys", "Home   About us   Callouts   Donate",
             "Callout 41/2026", "Injured walker carried off the ridge in overnight operation", "Callout details",
             "Date: Saturday 28 November 2026", "Paged: 16:52", "Members deployed: 14", "Stood down: 03:40",
             "Partner agencies: Police Scotland, Scottish Ambulance Service",
             "A walker was carried four kilometres off the ridge path on Saturday night after slipping on wet rock and "
             "breaking her ankle, the team said.", TEXT[1], TEXT[2]]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Injured walker carried off the ridge in overnight operation"


def test_a_headline_over_a_desk_byline_and_sharing_buttons_is_no_tagline_over_a_menu():
    """A byline of one word and three sharing buttons under the headline are not the site's menu: the headline
    is not taken for a tagline over it, though the text's paragraphs follow (a breaking item updated as it grows,
    its last stamp under them), and a sign-up link in the menu above does not become the title."""
    lines = ["Ir al contenido", "Valle al Minuto", "Portada", "Comarca", "Sucesos", "Deportes", "Opinión",
             "Suscríbete al boletín", "ÚLTIMA HORA",
             "La Guardia Civil paraliza la tala de cientos de pinos en una finca junto al parque natural",
             "Redacción", "Actualizado 17/10/2025 · 11:02 h", "Compartir en WhatsApp", "Compartir en Facebook",
             "Compartir en X",
             "Agentes de la Guardia Civil han paralizado este viernes la tala de cientos de pinos en una finca privada "
             "junto al parque natural, después de que varios vecinos denunciaran el ruido de las motosierras y el paso "
             "de camiones cargados de troncos por el camino rural que lleva a la finca. " * 2,
             "La actuación se produjo tras la denuncia de una asociación ecologista de la comarca, que había pedido a la "
             "Guardia Civil que comprobara si la tala tenía autorización de la consejería. " * 2,
             "Actualizado a las 12:15 h", "El Ayuntamiento no se ha pronunciado por el momento."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "La Guardia Civil paraliza la tala de cientos de pinos en una finca junto al parque natural"
    assert "Agentes de la Guardia Civil" in clip.text


@pytest.mark.parametrize("logo", ["District of Hillbrook logo", "Hillbrook Council logo"])
def test_a_logo_s_text_read_out_is_neither_headline_nor_outlet(logo):
    """An e-mail bulletin's logo, read out as its alternative text, heads the clipping: it is no headline, and 'X logo'
    names whose logo it is (the council), not the bulletin, whose name in capitals follows."""
    lines = ["View this email in your browser", logo, "HILLBROOK COUNCIL DIGEST", "Issue 6  |  Thursday, March 13, 2025",
             "Council pauses removal of waterfront poplars until an arborist has looked at them",
             "Council voted on Tuesday to pause the removal of twelve poplars along the waterfront until an arborist has "
             "looked at each of them, after residents asked for a second opinion on the trees' health.",
             "The poplars were to be felled this month. Staff will report back to council in May, when the arborist's "
             "findings and the cost of pruning rather than felling are known."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Council pauses removal of waterfront poplars until an arborist has looked at them"
    assert clip.outlet == "Hillbrook Council Digest" and logo not in clip.text


@pytest.mark.parametrize("meter", ["You have read 2 of your 3 free articles this month. Subscribe for unlimited access.",
                                   "Vous avez lu 1 article sur 5 gratuits ce mois-ci.",
                                   "Sie haben noch 3 kostenlose Artikel in diesem Monat."])
def test_a_meter_of_free_articles_still_running_over_the_page_is_furniture(meter):
    """A meter not yet used up, over the page, stops nothing: the headline under it is the headline, and the article,
    there whole, is `access: full`. Used up under the text, it is a paywall's notice."""
    lines = ["Skip to content", "Valley Courier", "Subscribe from £1 a week", "Log in", "Menu", "Politics", "Life",
             "Letters from", "Puzzles", meter, "Letters from", "LETTER FROM THE VALLEY", TITLE,
             "In the valley, where the farms once had three dogs each, the thieves come on a Sunday and leave before dawn",
             "By Morag Baird", "Facebook", "X", "Email", "Copy link", "Illustration: Ewan Macnab", *TEXT]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == TITLE and clip.authors == ["Morag Baird"] and clip.access == "full"
    assert clip.credits == ["Illustration: Ewan Macnab"]
    assert meter not in clip.text
    used_up = parse_clipping("\n".join(["Valley Courier", TITLE, "By Morag Baird", *TEXT[:2],
                                        "You have read 3 of your 3 free articles this month.",
                                        "Subscribe from £1 a week to keep reading the Valley Courier."]))
    assert used_up.access == "partial"


def test_a_caption_ending_as_a_sentence_under_the_byline_is_not_the_headline_over_a_short_question():
    """A headline of five words asking a question, a long standfirst under it, the byline, then a picture's caption of
    ten words: the caption speaks of the text as much as the headline does, but a sentence under the byline is no
    headline."""
    lines = ["Direkt zum Inhalt", "Lausitzer Blick", "unabhängig · werbefrei · von Mitgliedern finanziert", "Recherchen",
             "Termine", "Über uns", "Mitglied werden", "Bildung", "Die letzte Einschulung im Dorf?",
             "Der Landkreis will die Grundschule am Kiefernweg zum Sommer 2027 schließen, doch Eltern, Lehrerinnen und "
             "der Bürgermeister wollen das verhindern.",
             "Text: Anja Kschischo · Fotos: Ralf Nowak", "14. Januar 2026 · 7 Minuten Lesezeit",
             "Schulleiterin Doreen Matschke im Klassenzimmer der Jahrgänge 3 und 4.",
             "Um halb acht brennt in der Grundschule am Kiefernweg schon Licht. Schulleiterin Doreen Matschke schließt "
             "die Tür auf; neunzehn Kinder aus dem Dorf lernen hier in zwei Klassen.",
             "Der Landkreis begründet die geplante Schließung mit den sinkenden Zahlen: Im Dorf werden immer weniger "
             "Kinder geboren, und die Schule am Kiefernweg hat seit Jahren zu wenige Anmeldungen.",
             "Eltern, Lehrerinnen und der Bürgermeister wollen verhindern, dass der Landkreis die Grundschule schließt; "
             "der Kreistag entscheidet im März über die Schließung der Schule zum Sommer 2027."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Die letzte Einschulung im Dorf?" and clip.authors == ["Anja Kschischo"]
    assert clip.credits == ["Fotos: Ralf Nowak"]


def test_a_short_kicker_over_a_longer_headline_that_is_no_sentence_stays_a_kicker():
    """'Umweltfrevel bei St. Georgen' over 'Gülle fließt in die Brigach – Hunderte Fische verendet': a line of four words
    over one of eight or more, neither a sentence, is the kicker over the headline, not a headline over its standfirst."""
    lines = ["Schwarzwald Bote", "Startseite", "Region", "St. Georgen", "Umweltfrevel bei St. Georgen",
             "Gülle fließt in die Brigach – Hunderte Fische verendet",
             "Aus einem undichten Güllebehälter sind am Freitag Tausende Liter in die junge Brigach gelaufen. Die Polizei "
             "ermittelt gegen den Landwirt.", "Jonas Kienzler", "17.05.2025 - 14:32 Uhr",
             "Aus einem undichten Güllebehälter auf einem Hof oberhalb von St. Georgen sind am Freitagmorgen mehrere "
             "Tausend Liter Gülle in die Brigach gelaufen, und auf zwei Kilometern trieben tote Forellen im Wasser.",
             "Die Feuerwehr errichtete unterhalb des Hofs eine Sperre aus Strohballen; die Polizei ermittelt wegen "
             "Gewässerverunreinigung gegen den Landwirt aus St. Georgen.",
             "Der Fischereiverein schätzt den Schaden auf mehrere Tausend Euro."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Gülle fließt in die Brigach – Hunderte Fische verendet"


WIND = ["Strong north-easterly winds closed the coast road at Eyemouth on Tuesday, and gusts of up to sixty miles an "
        "hour brought down trees between Kelso and Coldstream, the council said.",
        "The wind is expected to ease on Wednesday afternoon, but the coast road will stay closed until engineers have "
        "checked the sea wall, which lost several stones in the storm.",
        "Residents of Kelso were asked to report fallen trees and damaged fences to the council's roads team."]


def test_a_sites_weather_widget_in_its_top_bar_is_no_headline():
    title = "Coast road closed as gales bring down trees across the Borders"
    lines = ["Valley Courier", "News", "Sport", "Weather", "Obituaries", "Kelso 3 °C Wind NE 40 mph, gusts to 60", "",
             title, "By Morag Baird", "14 October 2025", "", *WIND]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == title and "3 °C" not in clip.text


def test_a_headline_that_gives_a_temperature_stays_a_headline():
    title = "Kelso 3 °C: gales close the coast road and bring down trees"
    clip = parse_clipping("\n".join(["Valley Courier", "News", "Sport", "", title, "By Morag Baird", "14 October 2025",
                                     "", *WIND]))
    assert clip.title == title


@pytest.mark.parametrize("subject", [f"[Borders Wire] {TITLE}", f"14:37 {TITLE}"])
def test_a_mailing_lists_tag_or_a_newsroom_lists_time_before_the_headline_is_not_part_of_it(subject):
    lines = ["Inbox", "Compose", "", subject, "Inbox", "", "Borders Wire <desk@borderswire.example>",
             "Wed, 8 May, 13:02 (2 hours ago)", "to me", "", TITLE, "", *TEXT]
    assert parse_clipping("\n".join(lines)).title == TITLE


def test_a_printed_writers_name_over_her_e_mail_is_the_byline_not_the_headline(tmp_path):
    """A headline with a colon in it ('Farm raids : …') reads as a labelled field to the PDF's layout; the writer's
    name over her address, under it, is still no headline."""
    pages = [["5  |  THE VALLEY COURIER  |  Wednesday 16 April 2025  |  NEWS", "", "KELSO", "",
              "Farm raids : quad bikes and tools", "stolen for the third time this month", "", "Morag Baird",
              "mbaird@valleycourier.example", "", *[line for part in TEXT for line in (part[:70], part[70:140], part[140:], "")]]]
    path = write_pdf({"metadata": {"Title": "VC_160425_p05.indd"}, "pages": pages}, tmp_path / "p5.pdf")
    clip = read_clipping(path.read_bytes(), ".pdf")
    assert clip.title == "Farm raids : quad bikes and tools stolen for the third time this month"
    assert clip.authors == ["Morag Baird"]
