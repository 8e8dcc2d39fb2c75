"""A summary box in plain sentences, an address where the rest is, the day over a site's menu, a region's banner.

A machine's summary set as short sentences a line each (no bullets) under 'AI-generated summary' is the box's, and
the 'Comments' button under it ends nothing: the article under its byline is read whole. 'Weiterlesen auf
<address>' sends the reader to the original, named as the clipping writes the name its address spells; an address on
the outlet's own site sends nobody elsewhere. A day right over the headline, the site's menu between it and the day at
the page's top, dates the story. A region's banner ('REGIÃO AUTÓNOMA DA MADEIRA') over its office is not the issuer.
Cases in my own words."""
from hypothesis import given, strategies as st

from generator.importer import parse_clipping

STORY = ["Thousands of adults in the town are being told to look elsewhere for NHS dental care after its largest practice "
         "said it would stop taking adult patients on the NHS from April.", "",
         "Letters went out last week to about 4,000 people, telling them the practice would treat them from April only as "
         "private patients.", "",
         "The practice said it had lost three dentists in eighteen months and could not recruit a single replacement."]


def test_a_machines_summary_in_plain_sentences_is_the_boxs_and_the_article_under_it_is_kept():
    lines = ["Skip to main content", "Wold Herald", "Sign in", "News", "Health",
             "Families face long trips for an NHS dentist as the town's practice closes its adult list",
             "Parents say they must choose between paying privately and taking children out of school for a day",
             "AI-generated summary", "A dental practice will stop treating adults on the NHS from April.",
             "About 4,000 adult patients have been told to find another dentist.",
             "The nearest practice taking new NHS adults is 22 miles away.",
             "This summary was generated with the help of AI and checked by a journalist.", "Was this summary useful?",
             "Yes", "No", "Bookmark", "Share", "Comments", "By", "Joanna Pike", "Health Reporter",
             "06:00, 12 MAR 2024", *STORY]
    clip = parse_clipping("\n".join(lines))
    assert clip.text.startswith("Parents say") or clip.text.startswith("Thousands of adults")
    assert "could not recruit a single replacement" in clip.text
    assert "nearest practice taking new NHS adults" not in clip.text
    assert clip.published == "2024-03-12T06:00"


def test_a_summarys_heading_over_a_reports_own_sentences_without_a_machines_note_keeps_them():
    lines = ["Parish Council", "", "Annual report of the footpaths group", "", "Summary",
             "We walked all 41 paths this year.", "Six stiles were replaced.", "Two bridges still need repair.", "",
             "The group met four times and thanks every volunteer who came out in the rain."]
    clip = parse_clipping("\n".join(lines))
    assert "Six stiles were replaced." in clip.text


AGGREGATOR = ["Valleyview", "News from the valleys", "Home", "Local", "Sport", "Weather", "Sign in",
              "Local › Upper valley", "Upper Valley Post", "+ Follow",
              "Starter flats instead of chalets: the town keeps land for local families",
              "Upper Valley Post · 06.02.2025, 14:20 · By Vera Pike",
              "The council will buy a meadow at the edge of town and build 24 subsidised flats for young local families.",
              "The council voted unanimously on Tuesday evening to buy the land, and the first flats are due in 2027.",
              "Second homes stand empty most of the year in some streets, the mayor said, and prices have doubled."]


def test_read_on_at_an_address_credits_the_original_as_the_clipping_names_it():
    clip = parse_clipping("\n".join([*AGGREGATOR, "Read more on uppervalleypost.example", "Related articles",
                                     "Another story from somewhere else"]))
    assert clip.outlet == "Upper Valley Post"
    assert clip.access == "partial"
    assert clip.reproduced_by is not None and clip.reproduced_by.outlet == "Valleyview"


@given(st.sampled_from(["Weiterlesen auf {}", "Continue reading on {}", "Lire la suite sur {}", "Seguir leyendo en {}",
                        "Continua a leggere su {}"]))
def test_read_on_at_any_address_sends_the_reader_elsewhere(phrase):
    clip = parse_clipping("\n".join([*AGGREGATOR, phrase.format("uppervalleypost.example")]))
    assert clip.access == "partial" and clip.outlet == "Upper Valley Post"


def test_a_link_to_the_outlets_own_site_sends_nobody_elsewhere():
    lines = ["View this email in your browser", "INNVIEW", "The weekly letter for the upper valley",
             "No. 6 · Thursday, 5 February 2026", "", "WINTER ROADS",
             "The canton spreads less salt on the pass and tests closing it at night", "By Curdin Pitt", "",
             "The canton will use a third less salt on the pass this winter and close the road on up to ten nights of "
             "heavy snow, to see whether the lakes recover.", "",
             "Commuters said the nightly closures were acceptable; hauliers said they were not.", "",
             "Read more on innview.example", "IN BRIEF", "The ski trail to the glacier is open again."]
    clip = parse_clipping("\n".join(lines))
    assert clip.access == "full"
    assert clip.reproduced_by is None


def test_the_day_by_the_headline_dates_the_story_not_the_day_over_the_menu():
    lines = ["Wednesday, 19 February 2025 |", "Home", "Local", "Sections", "Home", "Local", "Clubs", "Sport", "Church",
             "Events", "Classifieds", "Archive", "Local · Tuesday, 18 February 2025",
             "Bridge over the river closed to all traffic from Monday", "The bridge on Mill Street is unsafe. Photo: private",
             "Drivers and pedestrians face a long detour from Monday, when the bridge over the river closes for repairs "
             "that will take at least four months.", "",
             "The council said inspectors had found cracks in two of the piers during a routine check in January."]
    clip = parse_clipping("\n".join(lines))
    assert clip.published == "2025-02-18"


def test_a_regions_banner_over_its_office_is_not_the_issuer():
    lines = ["REGIÃO AUTÓNOMA DA MADEIRA", "GOVERNO REGIONAL", "Gabinete de Gestão da Orla Costeira do Norte", "",
             "NOTA DE IMPRENSA", "", "Porto Moniz, 17 de junho de 2025", "",
             "Piscinas naturais parcialmente encerradas para obras de consolidação", "",
             "O Gabinete de Gestão da Orla Costeira do Norte informa que, a partir de segunda-feira, a zona nascente do "
             "complexo balnear estará encerrada ao público para trabalhos urgentes.", "",
             "A intervenção resulta da avaliação técnica feita após a agitação marítima de março e abril."]
    clip = parse_clipping("\n".join(lines))
    assert clip.outlet == "Gabinete de Gestão da Orla Costeira do Norte"
    assert clip.kind == "press-release"


def test_a_caption_under_the_standfirst_set_again_by_its_picture_goes_and_the_standfirst_stays():
    lines = ["6   |   FOLHA DA SERRA   |   20 de março de 2025", "REGIÃO", "", "PREVENÇÃO DE INCÊNDIOS", "",
             "Limpeza de terrenos: a um mês do prazo, a serra ainda tem 40% dos proprietários em falta", "",
             "Com o prazo legal a terminar a 30 de abril, a proteção civil municipal estima que quatro em cada dez "
             "terrenos junto às aldeias continuem por limpar.", "",
             "Uma brigada de sapadores a trabalhar perto da aldeia.", "", "Texto: Rui Candeias", "Fotos: Ana Mestre", "",
             "Nas aldeias da serra, o barulho das roçadoras começou mais cedo este ano, mas os números da câmara "
             "mostram que o trabalho está longe de terminado.", "",
             "Uma brigada de sapadores a trabalhar perto da aldeia.", "",
             "A lei obriga os proprietários a manter uma faixa de 50 metros à volta das casas isoladas."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Limpeza de terrenos: a um mês do prazo, a serra ainda tem 40% dos proprietários em falta"
    assert clip.text.startswith("Com o prazo legal")
    assert "brigada de sapadores" not in clip.text


def test_a_standfirst_under_the_headlines_date_is_kept():
    lines = ["Manx Wave FM", "News", "Sport", "Podcasts", "Contact", "", "News › Isle of Man › Transport", "",
             "Southampton flights to return to the island from May", "", "Thursday 7 March 2024 at 4:52pm", "",
             "Airline confirms three return services a week for the summer with tickets on sale from Monday", "",
             "A direct air link between the island and Southampton is to be restored this summer, more than two years "
             "after the last scheduled flight, the airline confirmed on Thursday.", "",
             "The airline will fly the route three times a week from 13 May until the end of September, and tickets "
             "go on sale from Monday."]
    clip = parse_clipping("\n".join(lines))
    assert clip.text.startswith("Airline confirms three return services")


def test_a_letters_salutation_is_no_writer():
    lines = ["SYNDICAT DES ÉLEVEURS DE LA VALLÉE", "", "Monsieur le Préfet,", "",
             "Nous souhaitons attirer votre attention sur la situation des éleveurs de la vallée, dont les prairies "
             "n'ont pas reçu une goutte d'eau depuis six semaines.", "",
             "Nous vous demandons de réunir sans attendre la cellule sécheresse du département."]
    clip = parse_clipping("\n".join(lines))
    assert "Monsieur le Préfet" not in clip.authors and clip.title != "Monsieur le Préfet,"


def test_a_lower_heading_over_a_paragraph_is_a_subheading_and_one_over_a_list_of_links_is_not():
    from generator.importer.html import read_html
    paragraph = ("<p>The volunteers say the club would not survive a season without them, and the council's grant covers "
                 "only the pitch's rent, not the coaches' training.</p>")
    page = ("<html><head><title>Youth coaches win a grant | Valley Courier</title></head><body><article>"
            "<h1>Youth coaches win a grant for their training</h1>" + paragraph * 2 +
            "<h3>“Without volunteers nothing runs”</h3>" + paragraph.replace("volunteers", "parents") * 2 +
            "<h3>Documents to download</h3><ul><li><a href='/a.pdf'>Grant rules (PDF)</a></li>"
            "<li><a href='/b.pdf'>Form (PDF)</a></li></ul></article></body></html>")
    clip = read_html(page)
    assert "## “Without volunteers nothing runs”" in clip.text
    assert "Documents to download" not in clip.text
