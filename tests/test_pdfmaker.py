"""The corpus's PDF writer: what it writes must read back as written."""
from __future__ import annotations

import pypdf
from hypothesis import given, settings, strategies as st

from tests.pdfmaker import write_pdf

# Letters WinAnsiEncoding carries, with the characters a PDF string must escape.
LATIN = st.text(alphabet=st.sampled_from(list("abcXYZ019 éèàçÉüöäßñ¿¡òìœ«»()\\'\"-.,:")), min_size=1, max_size=60)


def test_lines_pages_and_metadata_read_back(tmp_path):
    spec = {"metadata": {"Title": "Été (brouillon)", "Author": "Jörg Müller",
                         "CreationDate": "D:20240512081500+02'00'"},
            "pages": [["Première ligne (avec parenthèses) \\ fin", "", "Straße über Ñandú"], ["page two"]]}
    reader = pypdf.PdfReader(write_pdf(spec, tmp_path / "a.pdf"))
    assert len(reader.pages) == 2
    assert reader.pages[0].extract_text().splitlines() == ["Première ligne (avec parenthèses) \\ fin",
                                                          "Straße über Ñandú"]
    assert reader.pages[1].extract_text() == "page two"
    assert reader.metadata.title == "Été (brouillon)"
    assert reader.metadata.author == "Jörg Müller"
    assert reader.metadata["/CreationDate"] == "D:20240512081500+02'00'"


def test_scan_has_no_text_layer(tmp_path):
    spec = {"scan": True, "pages": [["A line that a scanner saw", "", "another"], ["page two"]]}
    reader = pypdf.PdfReader(write_pdf(spec, tmp_path / "scan.pdf"))
    assert len(reader.pages) == 2
    assert all(page.extract_text().strip() == "" for page in reader.pages)
    assert b"Tj" not in (tmp_path / "scan.pdf").read_bytes()


@settings(max_examples=40, deadline=None)
@given(st.lists(LATIN.map(str.strip).filter(bool), min_size=1, max_size=8))
def test_any_latin_line_reads_back(tmp_path_factory, lines):
    path = write_pdf({"pages": [lines]}, tmp_path_factory.mktemp("pdf") / "p.pdf")
    got = [line.strip() for line in pypdf.PdfReader(path).pages[0].extract_text().splitlines()]
    assert got == lines
