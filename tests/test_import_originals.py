"""`dossier import` end to end: originals kept and verified, review items as check warnings,
re-imports left alone, folders, --dry-run, the provenance panel, and the speed of a batch."""
import hashlib
import re
import shutil
import time
from pathlib import Path

from conftest import REPO
from generator.build import build_site, check_dossier
from generator.cli import main
from tests.test_import_corpus import KNOWN_FAILURES

CORPUS = REPO / "tests" / "fixtures" / "import"
TEXT = CORPUS / "en-harbour-navbar.txt"
PAGE = CORPUS / "en-og-meta-tribune.html"


def dossier(tmp_path) -> Path:
    root = tmp_path / "dossier"
    (root / "articles").mkdir(parents=True)
    (root / "dossier.yaml").write_text("title: Test\n", encoding="utf-8")
    return root


def run(capsys, *args):
    code = main(["import", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_original_is_kept_unchanged_with_its_digest(tmp_path, capsys):
    root = dossier(tmp_path)
    code, out, _ = run(capsys, TEXT, "--into", root)
    assert code == 0
    [article] = (root / "articles").glob("*.md")
    text = article.read_text(encoding="utf-8")
    original = root / "originals" / f"{article.stem}.txt"
    assert original.read_bytes() == TEXT.read_bytes()
    assert f'original: "originals/{article.stem}.txt"' in text
    assert f'sha256: "{hashlib.sha256(TEXT.read_bytes()).hexdigest()}"' in text and "retrieved: " in text


def test_check_reports_a_changed_or_missing_original_at_its_line(tmp_path, capsys):
    root = dossier(tmp_path)
    run(capsys, TEXT, PAGE, "--into", root)
    assert not [p for p in check_dossier(root) if p.is_error]
    text_article = next(p for p in (root / "articles").glob("ferry-*.md"))
    page_article = next(p for p in (root / "articles").glob("wind-*.md"))
    (root / "originals" / f"{text_article.stem}.txt").write_text("changed", encoding="utf-8")
    (root / "originals" / f"{page_article.stem}.html").unlink()
    errors = {(p.path.name, p.line): p.message for p in check_dossier(root) if p.is_error}
    sha_line = next(i for i, line in enumerate(text_article.read_text().splitlines(), 1) if line.startswith("sha256:"))
    original_line = next(i for i, line in enumerate(page_article.read_text().splitlines(), 1) if line.startswith("original:"))
    assert "has changed since it was imported" in errors[(text_article.name, sha_line)]
    assert "is missing" in errors[(page_article.name, original_line)]


def test_review_items_are_check_warnings_so_strict_fails_and_build_counts_them(tmp_path, capsys):
    root = dossier(tmp_path)
    run(capsys, TEXT, "--into", root)
    [article] = (root / "articles").glob("*.md")
    warnings = [p for p in check_dossier(root) if p.severity == "warning" and "left by dossier import" in p.message]
    lines = article.read_text(encoding="utf-8").splitlines()
    assert sorted(lines[p.line - 1].strip()[3:].split(":")[0] for p in warnings) == ["outlet", "url"]
    assert main(["check", str(root), "--strict"]) == 1
    capsys.readouterr()
    result = build_site(root, tmp_path / "site", search=False)
    assert any("1 article still has open review items" in w.message for w in result.warnings)


def test_the_panel_links_a_text_original_and_never_publishes_a_saved_page(tmp_path, capsys):
    root = dossier(tmp_path)
    run(capsys, TEXT, PAGE, "--into", root)
    build_site(root, tmp_path / "site", search=False)
    site = tmp_path / "site"
    text_page = next((site / "articles").glob("ferry-*.html")).read_text(encoding="utf-8")
    stem = next((root / "articles").glob("ferry-*.md")).stem
    assert f'href="../originals/{stem}.txt"' in text_page and hashlib.sha256(TEXT.read_bytes()).hexdigest() in text_page
    assert (site / "originals" / f"{stem}.txt").read_bytes() == TEXT.read_bytes()
    assert not list((site / "originals").glob("*.html"))
    html_page = next((site / "articles").glob("wind-*.html")).read_text(encoding="utf-8")
    assert "saved web page" in html_page and "originals/wind" not in html_page.split("saved web page")[0][-300:]


def test_a_pdf_page_locator_links_to_its_page(tmp_path, capsys):
    from tests.pdfmaker import write_pdf_from_yaml
    root = dossier(tmp_path)
    pdf = write_pdf_from_yaml(CORPUS / "en-court-ruling.pdf.yaml", tmp_path / "ruling.pdf")
    run(capsys, pdf, "--into", root)
    [article] = (root / "articles").glob("*.md")
    (root / "articles" / "note.md").write_text(f"---\ntitle: Note\n---\n\nAs held [@{article.stem}, p. 3].\n",
                                               encoding="utf-8")
    build_site(root, tmp_path / "site", search=False)
    note = (tmp_path / "site" / "articles" / "note.html").read_text(encoding="utf-8")
    ruling = (tmp_path / "site" / "articles" / f"{article.stem}.html").read_text(encoding="utf-8")
    assert f'{article.stem}.html#page-3"' in note and 'id="page-3"' in ruling


def test_reimporting_changes_nothing_whatever_the_line_endings(tmp_path, capsys):
    root = dossier(tmp_path)
    run(capsys, TEXT, "--into", root)
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    variant = tmp_path / "again.txt"
    variant.write_bytes(b"\r\n\r\n" + TEXT.read_bytes().replace(b"\n", b"\r\n") + b"\r\n")
    for clipping in (TEXT, variant):
        code, out, _ = run(capsys, clipping, "--into", root)
        assert code == 0 and re.search(r"already in the dossier as articles/ferry-[\w-]+\.md; nothing changed", out)
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before


def test_a_folder_one_line_per_file_and_a_summary_and_a_scan_refused(tmp_path, capsys):
    from tests.pdfmaker import write_pdf_from_yaml
    root, inbox = dossier(tmp_path), tmp_path / "inbox"
    inbox.mkdir()
    for name in ("en-harbour-navbar.txt", "fr-rhone-paywall.txt", "en-og-meta-tribune.html"):
        shutil.copy(CORPUS / name, inbox / name)
    write_pdf_from_yaml(CORPUS / "en-scan-no-text.pdf.yaml", inbox / "scan.pdf")
    code, out, err = run(capsys, inbox, "--into", root)
    assert code == 1
    assert len([line for line in out.splitlines() if ": created " in line]) == 3
    assert "scan.pdf: error: the PDF has no text layer" in err and "ocrmypdf" in err
    assert "4 clippings: 3 created, 0 recorded as copies, 0 already in the dossier, 1 not imported" in out
    assert len(list((root / "originals").iterdir())) == 3


def test_dry_run_prints_every_decision_and_writes_nothing(tmp_path, capsys):
    root = dossier(tmp_path)
    code, out, _ = run(capsys, TEXT, "--into", root, "--dry-run")
    assert code == 0 and "would create" in out and "decided  title: Ferry operator cuts winter crossings" in out
    assert "removed  page furniture: Sign in | Subscribe" in out and "review   url:" in out
    assert list((root / "articles").iterdir()) == [] and not (root / "originals").exists()


def test_a_reproduction_whose_original_is_in_the_dossier_adds_only_a_syndicated_entry(tmp_path, capsys):
    root = dossier(tmp_path)
    original = (CORPUS / "en-aggregator-newsflow.txt").read_text(encoding="utf-8")
    body = original.split("\n\n", 1)[1].split("Continue reading")[0]
    own = tmp_path / "coastal.txt"
    own.write_text("The Coastal Times\nNight trains return to the coast line after a decade\nBy Ann Lowe\n"
                   "14 February 2024\n\n" + body, encoding="utf-8")
    run(capsys, own, "--into", root)
    [article] = (root / "articles").glob("*.md")
    code, out, _ = run(capsys, CORPUS / "en-aggregator-newsflow.txt", "--into", root)
    assert code == 0 and "recorded in its syndicated list" in out
    text = article.read_text(encoding="utf-8")
    assert "syndicated:" in text and "outlet: NewsFlow" in text and "access: partial" in text
    assert len(list((root / "articles").glob("*.md"))) == 1


def test_a_hundred_clippings_import_in_under_ten_seconds(tmp_path, capsys):
    root, inbox = dossier(tmp_path), tmp_path / "inbox"
    inbox.mkdir()
    sources = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html") and p.stem not in KNOWN_FAILURES)
    for number in range(100):   # (the clippings the importer reads right: one it cannot read stops the batch with exit 1)
        source = sources[number % len(sources)]
        data = source.read_bytes()   # each one a new story: its words changed (in the file's own encoding)
        (inbox / f"{number:03d}{source.suffix}").write_bytes(re.sub(rb"\b(the|la|der|el|il)\b", f"w{number}".encode(), data))
    started = time.perf_counter()
    code, out, _ = run(capsys, inbox, "--into", root)
    assert time.perf_counter() - started < 10
    assert code == 0 and "100 clippings:" in out


def test_a_quotation_across_a_pdf_page_break_is_found():
    """An imported PDF's paragraph that runs over a page holds the next page's anchor: a
    quotation that spans it is still the article's text."""
    from generator.quotes import quote_found
    text = "The council said the works would last until the end of {#page-3}the summer, weather permitting."
    assert quote_found("until the end of the summer", text)
    assert not quote_found("until the end of page-3 the summer", text)
