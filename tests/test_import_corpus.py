"""Every field of every development clipping, as tests/import_corpus.py scores it."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.import_corpus import load_cases, evaluate

CORPUS = Path(__file__).parent / "fixtures" / "import"
CASES = load_cases(CORPUS)

# Clippings the importer does not read right yet, with what it gets wrong.
KNOWN_FAILURES: dict[str, str] = {
    "de-nahetal-nachrichten-drupal-weinlese": "wrong title, authors, review",
    "de-naturschutzring-odenwald-rundbrief-zwei-spalten": "wrong title, outlet, published, review, body_includes, paragraphs",
    "de-ruhrtal-echo-nextdata-bahnhof": "wrong title, outlet, published, authors, credits, url, language, access, review, kind, body_includes, body_excludes, paragraphs, subheadings",
    "en-dalesbury-gazette-library-volunteers": "wrong body_excludes, subheadings",
    "en-harrowgate-courier-eedition-page-lido": "wrong outlet, review, body_excludes, paragraphs, subheadings",
    "en-millbrook-ledger-h1-time-nometa": "wrong title, outlet, credits, review",
    "en-tamar-valley-times-printed-ferry": "wrong title, url, review, paragraphs",
    "es-preprint-riego-deficitario-olivar": "wrong outlet, review, body_excludes, paragraphs",
    "fr-assemblee-haute-lisiere-rapport-commission": "wrong title, authors, review, kind, paragraphs",
    "fr-echo-causses-collectionpage-secheresse": "wrong title, outlet, url, body_excludes, paragraphs, subheadings",
    "fr-office-controle-forez-rapport-inspection-step": "wrong outlet, published, review, paragraphs, subheadings, pages",
    "fr-ville-saint-aubin-rapport-tarif-eau": "wrong title, authors, review, kind",
    "fr-voix-du-morvan-jsonld-cafe-communal": "wrong body_includes, paragraphs",
    "it-corriere-roero-microdata-tartufi": "wrong url, review, body_includes, paragraphs",
    "it-gazzettino-lunigiana-lang-en-castagne": "wrong language",
    "it-istituto-montagna-policy-brief-pluriclassi": "wrong outlet, subheadings",
}


def _param(case):
    reason = KNOWN_FAILURES.get(case.name)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(case, id=case.name, marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_import_matches_careful_reader(case, tmp_path):
    failures = [str(result) for result in evaluate(case, tmp_path) if not result.ok]
    assert not failures, f"{case.source.name}:\n  " + "\n  ".join(failures)
