"""A saved page's language is its text's when the text plainly reads as another language than the one
its theme declares (`<html lang>`, og:locale); a page whose text agrees, or is too short to tell, keeps
what it declares."""
import pytest

from generator.importer import read_clipping
from generator.importer.lines import language

TEXTS = {
    "it": ["Il consiglio comunale ha approvato ieri sera il progetto per il nuovo ponte sul fiume, che sarà costruito "
           "entro la fine del prossimo anno con i fondi della regione.",
           "Secondo il sindaco, il cantiere non avrà effetti sul traffico della statale, perché i lavori si svolgeranno "
           "di notte e nei fine settimana. Anche le associazioni dei commercianti si sono dette soddisfatte."],
    "fr": ["Le conseil municipal a voté jeudi soir la construction d'une nouvelle passerelle sur la rivière, qui sera "
           "achevée avant la fin de l'année prochaine avec des fonds de la région.",
           "Pour le maire, le chantier ne perturbera pas la circulation sur la départementale, car les travaux auront "
           "lieu la nuit et pendant les week-ends. Les commerçants du centre se disent satisfaits."],
    "de": ["Der Gemeinderat hat am Donnerstagabend den Bau einer neuen Fußgängerbrücke über den Fluss beschlossen, die "
           "bis Ende des kommenden Jahres mit Mitteln des Landes fertig sein soll.",
           "Nach Angaben des Bürgermeisters wird die Baustelle den Verkehr auf der Landstraße nicht behindern, weil die "
           "Arbeiten nachts und an den Wochenenden stattfinden. Auch die Händler in der Innenstadt sind zufrieden."],
    "en": ["The town council voted on Thursday night to build a new footbridge over the river, which is to be finished "
           "by the end of next year with money from the regional government.",
           "The mayor said that the works would not hold up traffic on the main road, as they will be carried out at "
           "night and at weekends. The shopkeepers of the centre said they were pleased with the plan."],
}


def page(lang: str, declared: str, locale: str | None = None) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in TEXTS[lang])
    og = f'<meta property="og:locale" content="{locale}">' if locale else ""
    return (f'<!DOCTYPE html><html lang="{declared}"><head><title>Ponte – Gazzetta</title>{og}</head><body>'
            f'<a class="skip-link" href="#c">Skip to content</a><main id="c"><article><h1>Bridge</h1>{paragraphs}'
            '</article></main><footer>Proudly powered by a theme</footer></body></html>').encode()


@pytest.mark.parametrize("lang, declared, locale", [
    ("it", "en-US", "en_US"), ("fr", "en", None), ("de", "fr-FR", None), ("en", "de", "de_DE"),
])
def test_the_text_s_language_wins_over_the_theme_s(lang, declared, locale):
    assert read_clipping(page(lang, declared, locale), ".html").language == lang


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_page_whose_text_agrees_keeps_its_declared_language(lang):
    assert read_clipping(page(lang, lang), ".html").language == lang


def test_a_short_or_unlisted_language_keeps_what_is_declared():
    assert language("Ponte nuovo", "en") == "en"
    assert language(" ".join(TEXTS["de"]), "nl") == "nl"   # (a language whose small words are not listed)
    assert language(" ".join(TEXTS["it"])) == "it"
