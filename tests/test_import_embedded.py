"""Saved pages whose article lives in embedded JSON state (a script framework's shell around a data block):
the article is read from the data by its keys' names, whatever the framework, the naming style or the
language; related stories, advertising slots and navigation in the same data never reach the article."""
import json

import pytest

from generator.importer import read_clipping
from generator.importer.embedded import article_page, states

PARAS = {
    "fr": ["Le conseil municipal a voté jeudi soir la construction d'une passerelle sur la rivière, qui sera achevée "
           "avant la fin de l'année prochaine.",
           "Pour le maire, le chantier ne perturbera pas la circulation, car les travaux auront lieu la nuit et pendant "
           "les week-ends.",
           "Les commerçants du centre se disent satisfaits, mais demandent que les livraisons restent possibles le matin."],
    "it": ["Il consiglio comunale ha approvato ieri sera il progetto per il nuovo ponte sul fiume, che sarà costruito "
           "entro la fine del prossimo anno.",
           "Secondo il sindaco, il cantiere non avrà effetti sul traffico della statale, perché i lavori si svolgeranno "
           "di notte.",
           "I commercianti del centro si sono detti soddisfatti, ma chiedono che le consegne restino possibili al mattino."],
    "en": ["The town council voted on Thursday night to build a footbridge over the river, to be finished by the end "
           "of next year.",
           "The mayor said the works would not hold up traffic on the main road, as they will be carried out at night.",
           "Shopkeepers in the centre said they were pleased, but asked that morning deliveries remain possible."],
    "es": ["El pleno del ayuntamiento aprobó el jueves la construcción de una pasarela sobre el río, que estará "
           "terminada antes de que acabe el año que viene.",
           "Según el alcalde, las obras no afectarán al tráfico de la carretera, porque se harán de noche y los fines "
           "de semana.",
           "Los comerciantes del centro se mostraron satisfechos, aunque piden que se mantengan las entregas por la mañana."],
}
TITLES = {"fr": "Une passerelle sur la rivière d'ici deux ans", "it": "Un nuovo ponte sul fiume entro due anni",
          "en": "Footbridge over the river to open within two years", "es": "Una pasarela sobre el río en dos años"}
RELATED = "Market hall roof to be replaced in spring"


def shell(script: str, lang: str, title: str = "Valley Post") -> bytes:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            '<div id="app"><div class="skeleton"></div><noscript>Please enable JavaScript to read this page.</noscript>'
            f"</div>{script}</body></html>").encode()


def nextjs(lang: str) -> bytes:
    data = {"props": {"pageProps": {
        "site": {"name": "Valley Post", "navigation": [{"label": "Sport", "href": "/sport"}]},
        "story": {"headline": TITLES[lang], "standfirst": "Two years of works, and a crossing at last for the people "
                  "of the lower town, who have waited since the old ferry stopped.",
                  "byline": [{"displayName": "Noor Haddad"}], "firstPublishedAt": "2026-03-04T09:30:00+01:00",
                  "canonical_url": "https://valleypost.example/town/footbridge-river",
                  "leadImage": {"alt": "The river", "photographer": "Photo: Ivo Marsh"},
                  "content": [{"__typename": "ParagraphBlock", "text": PARAS[lang][0]},
                              {"__typename": "AdSlot", "id": "mpu-1"},
                              {"__typename": "SubheadingBlock", "text": "Deliveries"},
                              {"__typename": "ParagraphBlock", "text": PARAS[lang][1]},
                              {"__typename": "RelatedLink", "text": RELATED},
                              {"__typename": "ParagraphBlock", "text": PARAS[lang][2]}]},
        "recommended": [{"headline": RELATED, "body": [{"text": "The roof leaks. " * 30}, {"text": "Again. " * 10}]}]}}}
    return shell(f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>', lang)


@pytest.mark.parametrize("lang", sorted(PARAS))
def test_a_next_js_shell_is_read_from_its_data(lang):
    clip = read_clipping(nextjs(lang), ".html")
    assert clip.title == TITLES[lang]
    assert (clip.outlet, clip.authors, clip.published[:16]) == ("Valley Post", ["Noor Haddad"], "2026-03-04T09:30")
    assert clip.url == "https://valleypost.example/town/footbridge-river"
    assert clip.credits == ["Photo: Ivo Marsh"] and clip.language == lang
    assert clip.body[0].startswith("Two years of works") and "## Deliveries" in clip.body
    for paragraph in PARAS[lang]:
        assert paragraph in clip.body
    assert not any(noise in clip.text for noise in (RELATED, "roof leaks", "mpu-1", "enable JavaScript", "Sport"))


def test_a_nuxt_payload_of_references_is_read():
    values = [["ShallowReactive", 1], {"data": 2}, {"article": 3, "relatedArticles": 11},
              {"title": 4, "author": 5, "published_at": 7, "body_html": 8, "permalink": 9, "site_name": 10},
              TITLES["it"], {"name": 6}, "Giulia Ferri", ["Date", "2026-05-02T18:10:00+02:00"],
              "".join(f"<p>{p}</p>" for p in PARAS["it"][:2]) + "<h2>Le consegne</h2>" + f"<p>{PARAS['it'][2]}</p>",
              "https://gazzetta.example/citta/ponte-fiume", "La Gazzetta del Fiume", [12],
              {"title": 13, "body_html": 14}, RELATED, "<p>" + "Il tetto perde. " * 30 + "</p><p>Di nuovo.</p>"]
    page = shell(f'<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{json.dumps(values)}</script>', "it")
    clip = read_clipping(page, ".html")
    assert (clip.title, clip.outlet, clip.authors) == (TITLES["it"], "La Gazzetta del Fiume", ["Giulia Ferri"])
    assert (clip.published[:16], clip.url) == ("2026-05-02T18:10", "https://gazzetta.example/citta/ponte-fiume")
    assert clip.body == PARAS["it"][:2] + ["## Le consegne", PARAS["it"][2]]


def test_a_window_state_with_a_rich_text_tree_is_read():
    tree = {"nodeType": "document", "content": [
        *({"nodeType": "paragraph", "content": [{"nodeType": "text", "value": p[:30]},
                                                {"nodeType": "hyperlink", "content": [{"nodeType": "text", "value": p[30:]}]}]}
          for p in PARAS["es"][:2]),
        {"nodeType": "heading-2", "content": [{"nodeType": "text", "value": "Las entregas"}]},
        {"nodeType": "embedded-entry-block", "data": {"target": {"title": RELATED}}},
        {"nodeType": "paragraph", "content": [{"nodeType": "text", "value": PARAS["es"][2]}]}]}
    state = {"entities": {"articles": {"a1": {"headline": TITLES["es"], "authors": ["Lucía Prieto", "Iker Sanz"],
                                              "datePublished": "2026-02-11", "richText": tree}}},
             "publication": {"name": "El Correo del Valle"}}
    script = f"<script>window.__INITIAL_STATE__ = JSON.parse({json.dumps(json.dumps(state))});</script>"
    clip = read_clipping(shell(script, "es", "El Correo del Valle"), ".html")
    assert (clip.title, clip.outlet, clip.authors) == (TITLES["es"], "El Correo del Valle", ["Lucía Prieto", "Iker Sanz"])
    assert clip.published == "2026-02-11" and clip.url is None and "url: the clipping does not give its address" in clip.review
    assert clip.body == PARAS["es"][:2] + ["## Las entregas", PARAS["es"][2]]


def test_a_page_whose_html_shows_its_text_is_read_from_the_html():
    data = {"props": {"pageProps": {"article": {"title": "A different story told by the data", "body": [
        {"type": "paragraph", "text": "The data's own words, which a browser would show in another order. " * 3},
        {"type": "paragraph", "text": "And a second paragraph of them, long enough to count as prose. " * 3}]}}}}
    page = ('<!DOCTYPE html><html lang="en"><head><title>Footbridge | Valley Post</title></head><body><main><article>'
            f"<h1>{TITLES['en']}</h1>" + "".join(f"<p>{p}</p>" for p in PARAS["en"]) + "</article></main>"
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script></body></html>')
    assert article_page(page) is None
    assert read_clipping(page.encode(), ".html").body == PARAS["en"]


def test_scripts_that_are_not_data_are_left_alone():
    page = ("<html><body><script>window.__APP_STATE__ = function () { return 1 };</script>"
            '<script type="application/json">{not json</script><script>var x = {"a": 1};</script></body></html>')
    assert states(page) == [] and article_page(page) is None


def test_an_apollo_cache_s_references_are_followed():
    state = {"ROOT_QUERY": {'article({"slug":"footbridge"})': {"__ref": "Article:77"}},
             "Article:77": {"__typename": "Article", "headline": TITLES["fr"], "authors": [{"__ref": "Author:3"}],
                            "publicationDate": "2026-01-20T07:00:00+01:00", 'body({"format":"html"})':
                            "".join(f"<p>{p}</p>" for p in PARAS["fr"]), "relatedArticles": [{"__ref": "Article:78"}]},
             "Article:78": {"__typename": "Article", "headline": RELATED, "body": "<p>" + "Le toit fuit. " * 40 + "</p><p>Encore.</p>"},
             "Author:3": {"__typename": "Author", "fullName": "Claire Roux"},
             "Site:1": {"__typename": "Site", "siteName": "Le Courrier du Val"}}
    script = f"<script>window.__APOLLO_STATE__={json.dumps(state)};</script>"
    clip = read_clipping(shell(script, "fr", "Le Courrier du Val"), ".html")
    assert (clip.title, clip.authors, clip.outlet) == (TITLES["fr"], ["Claire Roux"], "Le Courrier du Val")
    assert clip.body == PARAS["fr"] and clip.published.startswith("2026-01-20T07:00")


def test_a_nuxt_2_payload_function_and_an_object_literal_are_read():
    payload = ("<script>window.__NUXT__=(function(a,b,c,d){return {layout:\"default\",data:[{article:{titel:a,"
               "autor:{name:b},veroeffentlicht:c,inhalt:[" + ",".join(f"{{typ:'absatz',text:'{p}'}}" for p in PARAS["en"])
               + "],weitere:[{titel:'" + RELATED + "',inhalt:d}]}}],state:{site:{name:\"Valley Post\"}}}}"
               "(\"" + TITLES["en"] + "\",\"Noor Haddad\",\"2026-03-04T09:30:00+01:00\",void 0));</script>")
    clip = read_clipping(shell(payload, "en"), ".html")
    assert (clip.title, clip.authors, clip.outlet) == (TITLES["en"], ["Noor Haddad"], "Valley Post")
    assert clip.body == PARAS["en"]
    literal = ("<script>window.__INITIAL_STATE__ = {article: {headline: 'Footbridge, at last', body: '" + "\\n\\n".join(
        ["## Works"] + PARAS["en"]).replace("'", "\\'") + "', date: '04.03.2026',}, };</script>")
    clip = read_clipping(shell(literal, "en"), ".html")
    assert clip.title == "Footbridge, at last" and clip.body == ["## Works"] + PARAS["en"] and clip.published == "2026-03-04"


@pytest.mark.parametrize("tree", ["portable", "prosemirror"])
def test_rich_text_trees_of_headless_editors_are_read(tree):
    if tree == "portable":   # (Sanity's Portable Text)
        body = [{"_type": "block", "style": "normal", "children": [{"_type": "span", "text": PARAS["en"][0]}]},
                {"_type": "block", "style": "h2", "children": [{"_type": "span", "text": "Deliveries"}]},
                {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": PARAS["en"][1][:40]},
                                                                   {"_type": "span", "marks": ["em"], "text": PARAS["en"][1][40:]}]},
                {"_type": "list", "items": ["Monday to Friday", "Saturday mornings"]},
                {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": PARAS["en"][2]}]}]
    else:                    # (a ProseMirror / Storyblok document)
        def paragraph(text):
            return {"type": "paragraph", "content": [{"type": "text", "text": text}]}
        body = {"type": "doc", "content": [paragraph(PARAS["en"][0]),
                                           {"type": "heading", "attrs": {"level": 2}, "content": [{"type": "text", "text": "Deliveries"}]},
                                           paragraph(PARAS["en"][1]),
                                           {"type": "bullet_list", "content": [{"type": "list_item", "content": [paragraph("Monday to Friday")]},
                                                                               {"type": "list_item", "content": [paragraph("Saturday mornings")]}]},
                                           paragraph(PARAS["en"][2])]}
    data = {"props": {"pageProps": {"post": {"title": TITLES["en"], "body": body, "publishedAt": "2026-03-04"}}}}
    clip = read_clipping(shell(f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>', "en"), ".html")
    assert clip.title == TITLES["en"] and clip.published == "2026-03-04"
    assert [block for block in clip.body if not block.startswith("-")] == [PARAS["en"][0], "## Deliveries", *PARAS["en"][1:]]
    assert "Monday to Friday" in clip.text and "Saturday mornings" in clip.text


def test_a_shell_whose_json_ld_holds_the_article_body_is_read_from_it():
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLES["it"],
          "datePublished": "2026-05-02T18:10:00+02:00", "author": {"@type": "Person", "name": "Giulia Ferri"},
          "publisher": {"@type": "Organization", "name": "La Gazzetta del Fiume"}, "articleBody": "\n".join(PARAS["it"])}
    page = shell(f'<script type="application/ld+json">{json.dumps(ld)}</script>', "it")
    clip = read_clipping(page, ".html")
    assert (clip.title, clip.outlet, clip.authors) == (TITLES["it"], "La Gazzetta del Fiume", ["Giulia Ferri"])
    assert clip.body == PARAS["it"]


@pytest.mark.parametrize("flag, access", [({"paywall": True}, "partial"), ({"accessLevel": "premium"}, "partial"),
                                          ({"isPremium": False}, "full"), ({}, "full")])
def test_data_that_says_the_story_is_for_subscribers_gives_partial_access(flag, access):
    data = {"props": {"pageProps": {"article": {"title": TITLES["en"], **flag,
                                                "body": [{"type": "paragraph", "text": p} for p in PARAS["en"]]}}}}
    page = shell(f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>', "en")
    assert read_clipping(page, ".html").access == access


def test_a_consent_dialog_s_text_in_the_data_is_never_the_article():
    consent = {"title": "We value your privacy", "body": "We and our partners store and access information on your device. "
               * 12}
    data = {"props": {"pageProps": {"consentDialog": consent, "cmp": consent}}}
    page = shell(f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>', "en")
    assert article_page(page.decode()) is None


def test_an_article_whose_head_is_a_node_of_its_own():
    data = {"props": {"pageProps": {"article": {"header": {"headline": TITLES["fr"], "authors": [{"name": "Claire Roux"}],
                                                           "publishedAt": "2026-01-20T07:00:00+01:00"},
                                                "body": [{"type": "paragraph", "text": p} for p in PARAS["fr"]]}}}}
    clip = read_clipping(shell(f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>', "fr"), ".html")
    assert (clip.title, clip.authors, clip.body) == (TITLES["fr"], ["Claire Roux"], PARAS["fr"])


def test_a_shell_titled_with_the_site_s_name_names_the_outlet():
    data = {"props": {"pageProps": {"article": {"title": TITLES["en"],
                                                "body": [{"type": "paragraph", "text": p} for p in PARAS["en"]]}}}}
    page = shell(f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>', "en", "Valley Post")
    assert read_clipping(page, ".html").outlet == "Valley Post"
    for generic in ("Loading…", "Home", "Startseite"):
        page = shell(f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>', "en", generic)
        assert read_clipping(page, ".html").outlet is None
