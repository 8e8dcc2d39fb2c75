"""A cookie banner that says browsing on is consent ('Este site usa cookies. Ao continuar a navegar está a concordar …')
is the site's sentence to its reader, not the text's first paragraph: before, a Portuguese banner of that shape was
taken for the start of the text, the page's real headline went into the body and a menu item ('Miranda do Corvo')
became the title. Cases in my own words."""
import pytest

from generator.importer import parse_clipping
from generator.importer.furniture import chrome_sentence


@pytest.mark.parametrize("sentence", [
    "Este site usa cookies. Ao continuar a navegar está a concordar com a nossa política de cookies.",
    "Utilizamos cookies para melhorar a sua experiência. Se continuar a navegar, aceita a sua utilização.",
    "Este portal utiliza cookies. Al continuar navegando, acepta nuestra política de cookies.",
    "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies.",
    "By continuing to browse this site you agree to our use of cookies."])
def test_a_banner_saying_browsing_on_is_consent_is_the_sites_sentence(sentence):
    assert chrome_sentence(sentence)


@pytest.mark.parametrize("sentence", [
    "Ao continuar a obra, a câmara vai fechar a estrada durante três semanas.",
    "The bakery will keep baking biscuits, the owner said, whatever the cookie jar rules say."])
def test_the_texts_own_sentences_are_not(sentence):
    assert not chrome_sentence(sentence)


def test_a_headline_under_such_a_banner_is_the_title_not_a_menu_item():
    lines = ["Saltar para o conteúdo", "Jornal do Vale do Ceira", "Assinar", "Entrar", "Região", "Góis", "Arganil",
             "Pampilhosa da Serra", "Desporto", "Opinião",
             "Este site usa cookies. Ao continuar a navegar está a concordar com a nossa política de cookies.", "OK",
             "Região", "Nova ponte pedonal liga as duas margens do Ceira em Góis antes do verão",
             "A obra custa 640 mil euros e deve ficar pronta em junho. A antiga ponte de madeira foi levada pela cheia.",
             "Por Rita Almeida", "Publicado em 03/03/2026 10:15", "",
             "A Câmara de Góis adjudicou a construção de uma nova ponte pedonal sobre o rio Ceira, que vai ligar a praia "
             "fluvial ao centro da vila antes do verão.", "",
             "A ponte antiga, de madeira, foi levada pela cheia de janeiro e desde então os moradores da margem sul "
             "têm de dar uma volta de quatro quilómetros pela estrada nacional."]
    clip = parse_clipping("\n".join(lines))
    assert clip.title == "Nova ponte pedonal liga as duas margens do Ceira em Góis antes do verão"
    assert not any("cookies" in block for block in clip.body)
