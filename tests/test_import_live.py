"""A live report saved from a browser: its entries' headings are its subheadings, the time stamped on each entry
(in any clock: '8:31am', '16.42 Uhr', '14h05') is neither a heading nor text, the 'Key events' list of links and
the page's own sharing, following and related blocks (known by their classes) are not its body."""
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from generator.importer import read_clipping
from tests.test_import_keeps_text import WORDS, clipping_in, sentences
from generator.importer.visible import visible_text

ENTRIES = {
    "en": [("8:31am", "Bridge reopens to cars", "The council says the bridge on Mill Road reopened to cars at eight this morning after an inspection found no damage."),
           ("7:15am", "Buses diverted", "Buses on route 12 are running via the ring road until the water on Station Street has gone down."),
           ("5:40am", "Good morning", "Welcome to our live coverage of the flooding across the district; the river peaked overnight.")],
    "de": [("16.42 Uhr", "Brücke wieder frei", "Die Brücke an der Mühlenstraße ist seit dem Nachmittag wieder für Autos befahrbar, teilt die Stadt mit."),
           ("14.05 Uhr", "Busse fahren Umleitung", "Die Linie 12 fährt bis auf Weiteres über den Ring, weil die Bahnhofstraße unter Wasser steht."),
           ("9.30 Uhr", "Guten Morgen", "Willkommen zu unserem Liveticker zum Hochwasser; der Pegel hat in der Nacht seinen Höchststand erreicht.")],
    "fr": [("14h05", "Le pont rouvert", "Le pont de la rue du Moulin est rouvert aux voitures depuis ce matin, après une inspection sans dégâts."),
           ("11h20", "Les bus déviés", "La ligne 12 passe par la rocade tant que la rue de la Gare reste sous l'eau, indique l'exploitant."),
           ("7h40", "Bonjour", "Bienvenue dans ce direct consacré aux inondations ; la rivière a atteint son pic dans la nuit.")],
}
FOLLOW = {"en": "Follow us on Instagram for pictures of the flood.", "de": "Folgen Sie uns auf Instagram für Bilder.",
          "fr": "Suivez-nous sur Instagram pour les photos de la crue."}


def live_page(lang: str, article_class: str = "entry") -> bytes:
    entries = "".join(f"<article class='{article_class}'><time datetime='2026-03-04T10:00'>{time}</time><h3>{head}</h3><p>{text}</p></article>"
                      for time, head, text in ENTRIES[lang])
    keys = "".join(f"<li><a href='#e{i}'>{head}</a></li>" for i, (_, head, _) in enumerate(ENTRIES[lang]))
    return (f"<html lang='{lang}'><head><title>Flood live - River Post</title></head><body><main><h1>Flood: live</h1>"
            f"<nav class='key-events'><h2>Key events</h2><ul>{keys}</ul></nav><div class='feed'>{entries}</div>"
            f"<div class='social-follow'><p>{FOLLOW[lang]}</p></div></main></body></html>").encode()


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_a_live_reports_entries_are_headed_by_their_headings_not_their_times(lang):
    clip = read_clipping(live_page(lang), ".html")
    headings = [block[3:] for block in clip.body if block.startswith("## ")]
    assert headings == [head for _, head, _ in ENTRIES[lang]]
    assert all(any(text in block for block in clip.body) for _, _, text in ENTRIES[lang])
    assert not any(time in block for time, _, _ in ENTRIES[lang] for block in clip.body)
    assert not any(FOLLOW[lang][:20] in block for block in clip.body)


def test_a_posts_own_tags_are_no_chrome():
    page = ("<main itemscope><article class='post tag-social-media category-newsletter'><p>The text of the post itself.</p></article>"
            "<div class='share-buttons'><p>Share this</p></div></main>")
    assert visible_text(page) == "The text of the post itself."


WRAPPERS = ["entry", "update", "post tag-social-media", "live-post category-newsletter", "liveblog__item", "article-body",
            "c-entry topic-share-prices", "post format-standard"]
TIMES = ["8:31am", "16.42 Uhr", "14h05", "7:15 p.m.", "09:05", ""]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(WORDS)).flatmap(lambda lang: st.tuples(
    st.lists(st.tuples(st.sampled_from(WRAPPERS), st.sampled_from(TIMES), clipping_in(lang)), min_size=3, max_size=6))))
def test_a_live_page_never_loses_a_sentence_of_its_entries(drawn):
    entries = drawn[0]
    texts = [parts["opening"] for _, _, parts in entries]
    page = "<html><head><script type='application/ld+json'>{\"@type\": \"LiveBlogPosting\", \"headline\": \"Flood live\"}" \
           "</script></head><body><main><h1>Flood live</h1>" + "".join(
               f"<article class='{wrapper}'><time>{time}</time><h2>Entry {i}</h2><p>{text}</p></article>"
               for i, ((wrapper, time, _), text) in enumerate(zip(entries, texts))) + \
           "<div class='share-bar'><p>Share this on every network you use.</p></div></main></body></html>"
    got = " ".join(" ".join(read_clipping(page.encode(), ".html").body).split())
    lost = [s.strip() for text in texts for s in sentences(text) if " ".join(s.split()) not in got]
    assert not lost, f"lost {lost!r}"
