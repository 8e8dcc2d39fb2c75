"""Text pasted from a PDF viewer or an e-paper keeps its page breaks: page numbers and the letterhead set
again on each page. They go, and the text reads as if it had no breaks: a paragraph a break split is one again."""
import textwrap

from hypothesis import HealthCheck, given, settings, strategies as st

from generator.importer import parse_clipping
from generator.importer.lines import depaginated
from tests.test_import_keeps_text import WORDS

LETTERHEAD = {"en": "OFFICE OF THE HARBOUR COMMISSIONER – KESTREL BAY", "fr": "PRÉFECTURE DU VAL – SERVICE DE PRESSE",
              "de": "STADTVERWALTUNG LAHNAU – PRESSESTELLE", "es": "AYUNTAMIENTO DE RIBERA – GABINETE DE PRENSA",
              "it": "COMUNE DI BARDI – UFFICIO STAMPA", "pt": "CÂMARA MUNICIPAL DO LIMA – GABINETE DE IMPRENSA"}
PAGE = {"en": "Page {} of {}", "fr": "Page {} sur {}", "de": "Seite {} von {}", "es": "Página {} de {}",
        "it": "Pagina {} di {}", "pt": "Página {} de {}"}


def paragraphs_in(language: str):
    nouns, verbs, other = (part.split() for part in WORDS[language])
    sentence = st.builds(lambda first, rest: " ".join([first.capitalize(), *sum(rest, ())]) + ".",
                         st.sampled_from(nouns), st.lists(st.tuples(st.sampled_from(other), st.sampled_from(nouns),
                                                                     st.sampled_from(verbs)), min_size=4, max_size=8))
    return st.lists(st.lists(sentence, min_size=2, max_size=4).map(" ".join), min_size=3, max_size=7, unique=True)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(WORDS)).flatmap(lambda lang: st.tuples(st.just(lang), paragraphs_in(lang),
                                                                     st.integers(6, 14))))
def test_page_breaks_pasted_with_the_text_never_split_or_lose_a_paragraph(case):
    language, paragraphs, per_page = case
    lines = []
    for number, paragraph in enumerate(paragraphs):
        lines += textwrap.wrap(paragraph, 72) + ([""] if number < len(paragraphs) - 1 else [])
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    furniture = [LETTERHEAD[language], PAGE[language]]
    text = [LETTERHEAD[language], "STATEMENT", "", "Harbour works to start in spring", ""]
    for number, page in enumerate(pages, 1):
        text += page + [furniture[0], furniture[1].format(number, len(pages))] + \
            ([LETTERHEAD[language], "STATEMENT"] if number < len(pages) else [])
    unbroken = [LETTERHEAD[language], "STATEMENT", "", "Harbour works to start in spring", ""] + lines
    clip, whole = parse_clipping("\n".join(text) + "\n"), parse_clipping("\n".join(unbroken) + "\n")
    assert clip.body == whole.body, "\n".join(text)
    assert " ".join(" ".join(clip.body).split()) == " ".join(paragraphs)


def test_without_page_numbers_nothing_is_taken_for_a_running_header():
    lines = ["THE VALLEY POST", "", "Ferry to run through winter", "", "Ferry to run through winter", "",
             "The ferry will run through the winter, the port said.", "The ferry will run through the winter, the port said."]
    assert depaginated(lines) == lines


def test_the_letterhead_stays_the_first_time_and_goes_at_each_break():
    lines = ["OFFICE OF THE PROSECUTOR", "Ref. 12/2026", "Charges filed", "", "The office has filed charges against",
             "OFFICE OF THE PROSECUTOR", "Page 1 of 2", "OFFICE OF THE PROSECUTOR", "Ref. 12/2026",
             "two companies on Monday.", "OFFICE OF THE PROSECUTOR", "Page 2 of 2"]
    assert depaginated(lines) == ["OFFICE OF THE PROSECUTOR", "Ref. 12/2026", "Charges filed", "",
                                  "The office has filed charges against", "two companies on Monday."]
