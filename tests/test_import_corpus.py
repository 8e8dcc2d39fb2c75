"""Every field of every development clipping, as tests/import_corpus.py scores it."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.import_corpus import load_cases, evaluate

CORPUS = Path(__file__).parent / "fixtures" / "import"
CASES = load_cases(CORPUS)

# Clippings the importer does not read right yet, with what it gets wrong.
KNOWN_FAILURES: dict[str, str] = {
    "de-hochschule-lahnau-nachrichten-mensa": "wrong authors, review, body_includes, subheadings",
    "de-saalbote-gerichtsnotizen-deponie": "wrong published, review",
    "en-ashcombe-prosecutor-statement-pdfviewer": "wrong title, outlet, review, body_excludes, paragraphs",
    "en-beaconwire-tidemark-press-release": "wrong outlet",
    "en-fenmouth-advertiser-eedition-hyphens": "wrong title, outlet, credits, review, body_excludes, paragraphs, subheadings",
    "en-fenwick-gazette-transcription-tk-crlf": "wrong outlet, body_excludes, paragraphs",
    "en-kestrel-herald-app-share-ferry": "wrong outlet, review",
    "es-blog-barrio-san-lazaro-comentarios": "wrong authors, review, body_excludes, paragraphs",
    "es-diario-sierra-edicion-impresa-pleno": "wrong title, outlet, authors, credits, review, body_includes, body_excludes, paragraphs, subheadings",
    "fr-eclaireur-quercy-necrologie-passeuse": "wrong credits",
    "fr-fil-gresivaudan-telegram-transfere": "wrong title, outlet, review, body_excludes, paragraphs",
    "fr-reveil-armor-courrier-lecteurs": "wrong title, authors, review, kind, body_excludes, paragraphs, subheadings",
    "it-notiziario-val-taro-digest-frana": "wrong title, body_excludes, paragraphs, subheadings",
    "pt-jornal-minho-traduzido-pescadores": "wrong outlet, published, credits, syndicated.outlet, syndicated.published, syndicated.access, body_excludes, paragraphs",
}


def _param(case):
    reason = KNOWN_FAILURES.get(case.name)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(case, id=case.name, marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_import_matches_careful_reader(case, tmp_path):
    failures = [str(result) for result in evaluate(case, tmp_path) if not result.ok]
    assert not failures, f"{case.source.name}:\n  " + "\n  ".join(failures)
