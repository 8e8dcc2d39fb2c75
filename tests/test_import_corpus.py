"""Every field of every development clipping, as tests/import_corpus.py scores it."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.import_corpus import load_cases, evaluate

CORPUS = Path(__file__).parent / "fixtures" / "import"
CASES = load_cases(CORPUS)

# Clippings the importer does not read right yet, with what it gets wrong.
KNOWN_FAILURES: dict[str, str] = {
    "de-gemeinde-oberwiesenbach-niederschrift-gemeinderat": "wrong title, kind, body_excludes, paragraphs, subheadings",
    "de-hochwald-bote-rdfa-windpark": "wrong url, review",
    "de-nahetal-nachrichten-drupal-weinlese": "wrong authors, credits, review",
    "en-calder-valley-journal-liveblog-storm": "wrong body_excludes, paragraphs, subheadings",
    "en-dalesbury-gazette-library-volunteers": "wrong body_excludes, subheadings",
    "en-harlow-moor-standard-singlefile-depot": "wrong authors",
    "en-marwick-harbour-foi-response-redacted": "wrong outlet, kind",
    "en-tamar-valley-times-printed-ferry": "wrong title, body_includes",
    "es-diario-cantabro-oriental-scroll-infinito-puerto": "wrong authors, review, paragraphs, subheadings",
    "fr-carnets-morvan-hentry-lavoir": "wrong authors, url, review",
    "fr-courrier-leon-impression-navigateur-piscine": "wrong credits, body_excludes, paragraphs",
    "fr-ville-saint-aubin-rapport-tarif-eau": "wrong kind",
    "fr-voix-du-morvan-jsonld-cafe-communal": "wrong body_includes, paragraphs",
    "it-corriere-roero-microdata-tartufi": "wrong url, review, body_includes, paragraphs",
    "it-istituto-montagna-policy-brief-pluriclassi": "wrong outlet, subheadings",
    "it-terre-monferrato-rivista-capolettera-filanda": "wrong outlet, published, authors, credits, review, body_excludes, paragraphs",
    "it-voce-valdobbiadene-tabelle-font-teleferica": "wrong title, outlet, body_excludes, paragraphs",
}


def _param(case):
    reason = KNOWN_FAILURES.get(case.name)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(case, id=case.name, marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_import_matches_careful_reader(case, tmp_path):
    failures = [str(result) for result in evaluate(case, tmp_path) if not result.ok]
    assert not failures, f"{case.source.name}:\n  " + "\n  ".join(failures)
