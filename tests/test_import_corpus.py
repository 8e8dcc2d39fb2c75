"""Every field of every development clipping, as tests/import_corpus.py scores it."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.import_corpus import load_cases, evaluate

CORPUS = Path(__file__).parent / "fixtures" / "import"
CASES = load_cases(CORPUS)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_import_matches_careful_reader(case, tmp_path):
    failures = [str(result) for result in evaluate(case, tmp_path) if not result.ok]
    assert not failures, f"{case.source.name}:\n  " + "\n  ".join(failures)
