"""A link to another story set inside the text, and the credits of a television report and a bilingual caption.

A big regional publisher's page sets 'Read More', another story's headline and 'Advertisement' between two parts of the
article: before, the text was cut there and its second half, subheading, captions and all, went as trailing material.
The text resumes under them when its own subheading follows over two full paragraphs (a list of other stories sets a
headline over each one-paragraph teaser: that stays trailing). The newsletter box's small print ('We use your sign-up
to provide content …') is chrome wherever it stands. A report's camera credit ('Riprese: …', 'Imagen: …') and a
bilingual caption's ('Photo/Foto: …') are credits. Cases in my own words."""
import pytest

from generator.importer import parse_clipping
from generator.importer import phrases as P

FIRST = [
    "A farming family in the Hope Valley has been given permission to put up six shepherd's huts and open a farm "
    "shop, ending a two-year wait for a decision.",
    "Tom and Ellie Barraclough, who keep around 400 Swaledale ewes below Lose Hill, said the huts would let the farm "
    "earn from visitors when lamb prices fall.",
]
SECOND = [
    "The scheme drew 43 letters of objection, most of them from people living on the single-track lane that leads to "
    "the farm from the main road.",
    "One neighbour, a retired teacher, told councillors that delivery vans already reversed into her drystone wall at "
    "least once a month and that more traffic would make it worse.",
    "The committee added conditions requiring two new passing places and a booking system limiting check-ins to the "
    "afternoon.",
]


def _page(between: list[str]) -> str:
    return "\n".join(["Skip to main content", "Peakland Evening Post", "News", "Sport", "",
                      "Shepherd's huts and farm shop approved for Hope Valley farm", "",
                      "Hannah Marsh Farming Reporter", "10:42, 14 MAY 2025", "",
                      "Get the biggest stories from across Derbyshire straight to your inbox", "Sign up",
                      "We use your sign-up to provide content in ways you've consented to and to improve our "
                      "understanding of you. You can unsubscribe at any time.",
                      *FIRST, *between, *SECOND,
                      "The converted barn that will house the new farm shop (Image: Barraclough family)",
                      "Join the conversation", "Comments", "Follow Peakland Evening Post", "Facebook"])


def test_the_text_resumes_under_a_link_to_another_story_set_inside_it():
    clip = parse_clipping(_page(["Read More", "Bakewell pudding shop to close after 60 years as owners retire",
                                 "Advertisement", "Neighbours raised fears over lane"]))
    assert clip.body[-1] == SECOND[-1]
    assert "## Neighbours raised fears over lane" in clip.body
    assert not any("Bakewell" in block or "sign-up" in block for block in clip.body)
    assert "Image: Barraclough family" in clip.credits


def test_a_list_of_other_stories_under_the_text_stays_trailing():
    lines = ["Schwarzwald-Bote", "Lokales", "", "Gülle fließt in die Brigach", "", "Von Jana Maier", "12.05.2025", "",
             "Aus einem undichten Behälter sind am Wochenende mehrere Kubikmeter Gülle in die Brigach geflossen, die "
             "Feuerwehr hat den Bach auf zwei Kilometern gesperrt.",
             "Das Landratsamt hat Wasserproben genommen und den Betrieb aufgefordert, den Behälter nicht mehr zu "
             "befüllen, bis er geprüft ist.",
             "Mehr zum Thema", "Vöhrenbach: Nach Gülleunfall in der Breg muss ein Landwirt zahlen",
             "Das Amtsgericht hat das Verfahren gegen einen Landwirt aus Vöhrenbach gegen Zahlung einer Geldauflage "
             "eingestellt, nachdem Gülle in die Breg gelangt war.",
             "Donauquelle: Stadt will Brigach und Breg besser schützen",
             "Mit Uferrandstreifen und neuen Messstellen will Donaueschingen die Wasserqualität der beiden Quellflüsse "
             "verbessern, wie der Gemeinderat beschlossen hat.",
             "Meistgelesen", "Triberg: Wasserfall-Parkhaus bleibt gesperrt"]
    clip = parse_clipping("\n".join(lines))
    assert not any("Amtsgericht" in block or "Donaueschingen" in block for block in clip.body)


@pytest.mark.parametrize("line", ["Riprese: Marco Plozzer", "Imagen: Pau Roca", "Photo/Foto: Anne Lejeune"])
def test_a_reports_camera_and_a_bilingual_captions_credit_are_credits(line):
    assert P.CREDIT.search(line) and P.CREDIT_ROLE.match(line)


def test_a_bilingual_captions_credit_is_kept():
    lines = ["Le Courrier des Trois Frontières", "", "Plombières : la bibliothèque devient bilingue", "",
             "Par Marc Thissen", "14 mars 2025", "",
             "La salle de lecture de la bibliothèque, à Montzen. / Der Lesesaal der Bibliothek in Montzen. "
             "Photo/Foto: Anne Lejeune", "",
             "La bibliothèque communale de Plombières proposera dès avril autant de livres en allemand qu'en français, "
             "a annoncé l'échevine de la culture.", "",
             "Les achats de l'année seront partagés à parts égales entre les deux langues, et deux animatrices "
             "bilingues accueilleront les classes des écoles de la commune."]
    assert parse_clipping("\n".join(lines)).credits == ["Photo/Foto: Anne Lejeune"]


@pytest.mark.parametrize("line", [
    "Do you have a story for Spinifex Radio? Email newsroom@spinifex.example",
    "Vous avez une info à nous signaler ? Écrivez à redaction@courrier.example",
    "Haben Sie einen Hinweis für uns? Schreiben Sie an redaktion@bote.example",
    "¿Tienes una historia? Escríbenos a redaccion@voces.example",
    "Hai una notizia da segnalarci? Scrivi a redazione@cronache.example",
    "Tem uma história para nós? Envie para redacao@jornal.example",
    "Tamar Radio acknowledges the palawa people, the traditional and original owners of lutruwita/Tasmania, and pays "
    "respect to Elders past and present.",
    "Firthside FM is broadcast under licence from Ofcom. Firthside Media Ltd, Station House, Dingwall.",
    "Get the biggest Wiltshire stories straight to your inbox by signing up to our free daily newsletter here",
    "This is a subscriber-only story.", "Cet article vous a été offert par Julie, abonnée au Fil 52."])
def test_the_sites_sentences_to_its_reader_are_chrome(line):
    from generator.importer.furniture import chrome_sentence
    assert chrome_sentence(line)


@pytest.mark.parametrize("line", [
    "Haben Sie eine Geschichte, die der Gemeinderat kennen sollte, fragte der Bürgermeister in die Runde.",
    "The council acknowledges the concerns of residents and will publish the traffic survey next month.",
    "Do you have a story about the old mill? the museum asked visitors in its leaflet last summer."])
def test_the_texts_own_sentences_are_not(line):
    from generator.importer.furniture import chrome_sentence
    assert not chrome_sentence(line)


def test_the_story_continues_below_its_advertisement():
    lines = ["Antrim Examiner", "News", "", "Algae bloom closes Lough shore beaches for a second summer", "",
             "By Ciara Quinn", "Tuesday, 15 July 2025", "", *FIRST, "Advertisement", "Story continues below", *SECOND,
             "Do you have a story for us? Email newsdesk@antrim-examiner.example", "Most read",
             "Larne harbour works delayed"]
    clip = parse_clipping("\n".join(lines))
    assert clip.body == FIRST + SECOND


@pytest.mark.parametrize("line", [
    "Listen: Alan Kerr speaking to Morning Extra", "Écouter : le maire répond à nos questions", "Link kopieren",
    "Copy link", "Artikel teilen", "Share this article", "Follow Forest & Wye Live on Facebook",
    "Folgen Sie dem Oberland-Boten auf WhatsApp", "Get the biggest stories from Cornwall straight to your inbox",
    "Local news needs local support", "Lokaljournalismus braucht Sie"])
def test_buttons_boxes_and_pleas_inside_the_text_are_chrome(line):
    from generator.importer.furniture import CHROME, chrome_sentence
    assert CHROME.match(line) or chrome_sentence(line)


@pytest.mark.parametrize("line", [
    "Listen to the river: how a village learned to live with floods", "Follow the money",
    "Local news outlets in the valley have lost a third of their staff since 2019, the survey found."])
def test_headings_and_sentences_of_the_text_are_not(line):
    from generator.importer.furniture import CHROME, chrome_sentence
    assert not (CHROME.match(line) or chrome_sentence(line))


def test_a_radio_pages_audio_links_and_sharing_buttons_leave_the_text_whole():
    lines = ["Eden Valley Radio", "News", "", "Bus shelter in Kirkby Stephen vandalised for the third time", "",
             "By Ruth Harker", "Tuesday 4 March 2025", "", "Link kopieren", "Share this article", FIRST[0],
             "Listen: Councillor Elin Morgan spoke to our reporter", FIRST[1], *SECOND,
             "Follow Eden Valley Radio on Facebook", "Local news needs local support"]
    assert parse_clipping("\n".join(lines)).body == FIRST + SECOND


@pytest.mark.parametrize("line", [
    "The Wherry is funded by its readers. Become a supporter from £3 a month.",
    "The Northern Current is a member-funded newsroom.", "Stroud Valleys Voice is free to read because readers chip in.",
    "Le Replat est financé par ses membres.", "Vallée libre n'a ni publicité ni actionnaire.",
    "Ría Aberta se financia gracias a sus socias y socios.", "Telesina Informa è fatta da volontari.",
    "O Maré Alta é financiado pelos seus membros.", "Este artigo só foi possível graças aos nossos 842 membros.",
    "We take no advertising and no money from the council."])
def test_an_outlet_saying_who_pays_for_it_is_chrome(line):
    from generator.importer.furniture import chrome_sentence
    assert chrome_sentence(line)


def test_a_sentence_of_the_text_on_who_funds_a_project_is_not():
    from generator.importer.furniture import chrome_sentence
    assert not chrome_sentence("The new ferry pontoon is funded by the harbour trust and the regional council, the "
                               "harbour master said.")


@pytest.mark.parametrize("label", ["Contacto para a comunicação social", "Gabinete de Imprensa", "Ufficio stampa",
                                   "Service de presse", "Pressestelle:"])
def test_a_press_contacts_heading_is_a_contact_label(label):
    from generator.importer.prompts import CONTACT_LABEL
    assert CONTACT_LABEL.match(label)
