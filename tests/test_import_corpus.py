"""Every field of every development clipping, as tests/import_corpus.py scores it."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.import_corpus import load_cases, evaluate

CORPUS = Path(__file__).parent / "fixtures" / "import"
CASES = load_cases(CORPUS)

# Clippings the importer does not read right yet, with what it gets wrong.
KNOWN_FAILURES: dict[str, str] = {
    "de-gemeinde-oberwiesenbach-niederschrift-gemeinderat": "wrong subheadings",
    "en-dalesbury-gazette-library-volunteers": "wrong body_excludes, subheadings",
    "it-terre-monferrato-rivista-capolettera-filanda": "wrong body_excludes, paragraphs",
}


def _param(case):
    reason = KNOWN_FAILURES.get(case.name)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(case, id=case.name, marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_import_matches_careful_reader(case, tmp_path):
    failures = [str(result) for result in evaluate(case, tmp_path) if not result.ok]
    assert not failures, f"{case.source.name}:\n  " + "\n  ".join(failures)
