"""Per-document language: `language:` read as a BCP 47 tag, `lang` where (and only where) a
document's language differs from the site's, quotations in the quoted article's marks, and a
search index per language."""
from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, strategies as st

from conftest import article, write_files
from generator import langtags
from generator.build import build_site
from generator.errors import ContentError

FRENCH = article("Le cheval du gouvernement", "Le gouvernement a vendu ses chevaux au marché.",
                 outlet="Le Monde", published="2024-05-02", language="fr_FR")
ENGLISH = article("Horse sold", "The minister was selling horses.", outlet="The Times", language="en-GB")
OVERVIEW = "---\ntitle: Overview\n---\n\nHorses were sold [@paris: \"ses chevaux\"] and [@london: \"selling horses\"].\n"


def build(tmp_path, files: dict[str, str], name: str = "site"):
    content = write_files(tmp_path / "content", {"dossier.yaml": "title: Horses\nlanguage: en\n", **files})
    build_site(content, tmp_path / name)
    return tmp_path / name


def test_lang_is_on_the_text_and_title_of_a_document_in_another_language_only(tmp_path):
    site = build(tmp_path, {"articles/paris.md": FRENCH, "articles/london.md": ENGLISH,
                            "summaries/overview.md": OVERVIEW,
                            "summaries/resume.md": "---\ntitle: Résumé\nlanguage: français\n---\n\nUn résumé.\n"})
    paris = (site / "articles" / "paris.html").read_text()
    assert '<html lang="en"' in paris     # the interface stays in the site's language
    assert '<h1 lang="fr-FR">Le cheval du gouvernement</h1>' in paris
    assert '<div class="prose body" lang="fr-FR">' in paris
    london = (site / "articles" / "london.html").read_text()   # en-GB in an English site: no lang
    assert 'lang="en' not in london.replace('<html lang="en"', "")
    assert '<h1 lang="fr">Résumé</h1>' in (site / "summaries" / "resume.html").read_text()
    listing = (site / "articles" / "index.html").read_text()
    assert re.search(r'href="[^"]*paris.html" lang="fr-FR">Le cheval du gouvernement<', listing)
    assert re.search(r'href="[^"]*london.html">Horse sold<', listing)
    assert re.search(r'href="[^"]*resume.html" lang="fr">Résumé<', (site / "summaries" / "index.html").read_text())


def test_a_quotation_is_in_the_marks_of_the_quoted_articles_language(tmp_path):
    site = build(tmp_path, {"articles/paris.md": FRENCH, "articles/london.md": ENGLISH,
                            "summaries/overview.md": OVERVIEW})
    overview = (site / "summaries" / "overview.html").read_text()
    # in the reference's preview and in the sources list, each
    assert overview.count('<span class="cite-quote" lang="fr-FR">«\u202fses chevaux\u202f»</span>') == 2
    assert overview.count('<span class="cite-quote">“selling horses”</span>') == 2
    assert "<q " not in overview


def test_marks_of_a_quotation_inside_a_quotation_and_of_other_languages():
    assert langtags.quoted('il a dit "non"', "fr") == "«\u202fil a dit “non”\u202f»"
    assert langtags.quoted("sie sagte „nein“", "de-AT") == "„sie sagte ‚nein‘“"
    assert langtags.quoted("x", "pt-PT") == "«x»" and langtags.quoted("x", "pt-BR") == "“x”"
    assert langtags.quoted("x", "tlh") == "“x”"     # a language without known marks: English's


def test_lang_is_needed_for_another_language_only_not_another_region():
    assert langtags.differing("fr", "en-US") == "fr" and langtags.differing("pt-BR", "en") == "pt-BR"
    assert langtags.differing("de-CH", "de") is None and langtags.differing("EN", "en") is None
    assert langtags.differing("unknown", "en") is None and langtags.differing(None, "en") is None


def test_language_values_are_normalised_or_reported_with_their_line(tmp_path):
    files = {"articles/a.md": article("A", language="French"), "articles/b.md": article("B", language="de_ch"),
             "articles/c.md": article("C", language="unknown"), "articles/d.md": article("D", language="Frnch"),
             "summaries/s.md": "---\ntitle: S\nlanguage: fr FR\n---\n\nText.\n"}
    content = write_files(tmp_path / "content", files)
    with pytest.raises(ContentError) as failed:
        build_site(content, tmp_path / "site")
    messages = sorted(p.format(content) for p in failed.value.problems)
    text = "\n".join(messages)
    assert "articles/d.md:3: 'language' is 'Frnch', which is not a language tag; write a BCP 47 tag such as en, " \
           "fr, de or pt-BR (or 'unknown' when the language is not known)" in text
    assert "summaries/s.md:3: 'language' is 'fr FR'" in text
    assert len(messages) == 2, messages
    (tmp_path / "content" / "articles" / "d.md").unlink()
    (tmp_path / "content" / "summaries" / "s.md").unlink()
    build_site(content, tmp_path / "site")
    assert '<div class="prose body" lang="fr">' in (tmp_path / "site" / "articles" / "a.html").read_text()
    assert '<div class="prose body" lang="de-CH">' in (tmp_path / "site" / "articles" / "b.html").read_text()
    unstated = (tmp_path / "site" / "articles" / "c.html").read_text()
    assert '<div class="prose body">' in unstated and "an unstated language" in unstated


@given(st.text(max_size=24))
def test_normalise_gives_a_well_formed_tag_or_nothing_and_is_stable(value):
    tag = langtags.normalise(value)
    if tag is not None and tag not in langtags.UNSTATED:
        assert re.fullmatch(r"[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(-[a-z0-9]{4,8})*", tag), tag
        assert langtags.normalise(tag) == tag


def test_a_french_article_in_an_english_site_is_indexed_under_fr(tmp_path):
    site = build(tmp_path, {"articles/paris.md": FRENCH, "articles/london.md": ENGLISH,
                            "summaries/overview.md": OVERVIEW})
    listed = json.loads((site / "pagefind" / "shards.json").read_text())
    assert listed == {"shards": ["s0-of-1"], "languages": {"fr": ["fr-s0-of-1"]}}
    french = json.loads((site / "pagefind" / "fr-s0-of-1" / "pagefind-entry.json").read_text())
    english = json.loads((site / "pagefind" / "s0-of-1" / "pagefind-entry.json").read_text())
    assert set(french["languages"]) == {"fr"} and french["languages"]["fr"]["page_count"] == 1
    assert set(english["languages"]) == {"en"} and english["languages"]["en"]["page_count"] == 2
    # each language's first shard carries Pagefind's script and its language's stemmer
    assert (site / "pagefind" / "fr-s0-of-1" / "pagefind.js").is_file()
    assert (site / "pagefind" / "fr-s0-of-1" / "wasm.fr.pagefind").is_file()


def test_an_incremental_build_moves_a_page_whose_language_changed(tmp_path):
    files = {"articles/paris.md": FRENCH, "articles/london.md": ENGLISH}
    site = build(tmp_path, files)
    content = tmp_path / "content"
    (content / "articles" / "london.md").write_text(ENGLISH.replace("language: en-GB", "language: de"))
    assert build_site(content, site).incremental
    cold = build(tmp_path, {**files, "articles/london.md": ENGLISH.replace("language: en-GB", "language: de")},
                 "cold")
    warm_list = json.loads((site / "pagefind" / "shards.json").read_text())
    assert warm_list == json.loads((cold / "pagefind" / "shards.json").read_text())
    assert warm_list == {"shards": [], "languages": {"fr": ["fr-s0-of-1"], "de": ["de-s0-of-1"]}}
    for shard in ("fr-s0-of-1", "de-s0-of-1"):
        assert (json.loads((site / "pagefind" / shard / "pagefind-entry.json").read_text())["languages"]
                == json.loads((cold / "pagefind" / shard / "pagefind-entry.json").read_text())["languages"])
