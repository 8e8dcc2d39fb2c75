"""dossier import on realistic clippings: fields detected, boilerplate and unrelated stories
removed, copies recorded as syndicated instead of duplicated, never a prompt or an overwrite."""
import re
import shutil
import subprocess
import sys

import pytest

from conftest import REPO
from generator.build import build_site
from generator.importer import parse_clipping

CLIPPINGS = REPO / "tests" / "fixtures" / "clippings"
UNRELATED = re.compile(r"striker|transfer|drink-spiking|celebrity|jury|Los Angeles|sponsored|city breaks|"
                       r"Google Play|Leave a comment|Be the first", re.I)


def clipping(name: str):
    return parse_clipping((CLIPPINGS / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name, expected", [
    ("aggregator-daily8.txt", {"outlet": "Daily8", "published": "2025-05-21", "access": "partial",
                               "access_note": "opening only (about 10%)", "translated_from": "fr", "language": "en",
                               "title": "The Marseille police tried to set up a drug lord with 360 kilos of cocaine. "
                                        "The operation ended in total fiasco"}),
    ("aggregator-america-one.txt", {"outlet": "The America One News", "published": "2025-06-01T04:00",
                                    "access": "partial"}),
    ("translated-no-outlet.txt", {"outlet": None, "published": None, "translated_from": "de", "authors": [],
                                  "title": "Internal affairs search the offices of Marseille's drug squad"}),
    ("radio-report.txt", {"outlet": None, "authors": ["William Molinié"], "published": "2024-03-08T07:42",
                          "url": "https://radio.example/news/marseille-war-on-drugs",
                          "credits": ["Photo: Nicolas Tucat / AFP"], "access": "full"}),
])
def test_fields_are_detected(name, expected):
    clip = clipping(name)
    assert {key: getattr(clip, key) for key in expected} == expected
    assert not UNRELATED.search("\n".join(clip.body))


def test_what_cannot_be_known_is_listed_for_review_not_invented():
    clip = clipping("translated-no-outlet.txt")
    assert clip.outlet is None and clip.published is None
    assert any(item.startswith("outlet:") for item in clip.review)
    assert any(item.startswith("published:") for item in clip.review)
    late = clipping("aggregator-america-one.txt")   # the time of "today at 4:00 am" on the date above, as printed
    assert late.published == "2025-06-01T04:00" and not any(item.startswith("published") for item in late.review)
    daily8 = clipping("aggregator-daily8.txt")
    assert "trailing material: Star striker completes record transfer to a rival club" in daily8.removed
    assert "page furniture: Sign in" in daily8.removed
    assert "trailing material: Download the app" in daily8.removed
    assert any(r.startswith("page furniture: Sponsored") for r in daily8.removed)


@pytest.fixture
def dossier(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content, ignore=shutil.ignore_patterns(".dossier-cache"))
    return content


def run_import(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "generator.cli", "import", *args], input=stdin,
                          capture_output=True, text=True, env={"PYTHONPATH": str(REPO)}, timeout=60)


def test_a_copy_already_recorded_changes_nothing(dossier):
    original = dossier / "articles" / "lemonde-ofast-sting.md"
    before = original.read_text(encoding="utf-8")
    done = run_import(str(CLIPPINGS / "aggregator-daily8.txt"), "--into", str(dossier))
    assert done.returncode == 0, done.stderr
    assert "already in the dossier as articles/lemonde-ofast-sting.md" in done.stdout
    assert original.read_text(encoding="utf-8") == before
    assert not (dossier / "originals").exists()


def test_a_syndicated_copy_is_recorded_on_the_original(dossier, tmp_path):
    original = dossier / "articles" / "lemonde-ofast-sting.md"
    recorded = original.read_text(encoding="utf-8")   # without its Daily8 record, as if the copy were new
    original.write_text(re.sub(r'  - outlet: "Daily8"\n(    .*\n)*', "", recorded, count=1), encoding="utf-8")
    before = original.read_text(encoding="utf-8")
    files_before = sorted(p.name for p in (dossier / "articles").iterdir())
    done = run_import(str(CLIPPINGS / "aggregator-daily8.txt"), "--into", str(dossier))
    assert done.returncode == 0, done.stderr
    assert "a copy of" in done.stdout and "recorded in its syndicated list" in done.stdout
    assert sorted(p.name for p in (dossier / "articles").iterdir()) == files_before      # nothing new written
    after = original.read_text(encoding="utf-8")
    head, body = after.split("\n---\n", 1)
    assert body == before.split("\n---\n", 1)[1]                                        # the body is untouched
    assert len(re.findall(r'outlet: "?Daily8', after)) == 1                             # the new record
    assert "note: imported copy" in head and "access: partial" in head
    assert head.index("title:") < head.index("syndicated:") < head.index("credits:")    # field order kept
    assert not UNRELATED.search(after)
    build_site(dossier, tmp_path / "site", search=False)
    page = (tmp_path / "site" / "articles" / "lemonde-ofast-sting.html").read_text(encoding="utf-8")
    assert page.count("Daily8") >= 2


def test_new_forces_a_separate_article_linked_by_copy_of(dossier, tmp_path):
    done = run_import(str(CLIPPINGS / "aggregator-america-one.txt"), "--into", str(dossier), "--new")
    assert done.returncode == 0, done.stderr
    created = re.search(r"created (\S+\.md)", done.stdout).group(1)
    text = (tmp_path / created if not created.startswith("/") else __import__("pathlib").Path(created)).read_text()
    assert "copy_of: lemonde-ofast-sting" in text
    assert 'outlet: "The America One News"' in text and "access: partial" in text
    assert not UNRELATED.search(text)


def test_a_new_clipping_from_standard_input_builds_and_keeps_its_review_list(dossier, tmp_path):
    done = run_import("-", "--into", str(dossier),
                      stdin=(CLIPPINGS / "translated-no-outlet.txt").read_text(encoding="utf-8"))
    assert done.returncode == 0, done.stderr
    assert "review   outlet: the clipping does not name it" in done.stdout
    [path] = (dossier / "articles").glob("internal-affairs-search-the-offices-of-marseille*.md")
    text = path.read_text(encoding="utf-8")
    assert "translated_from: \"de\"" in text and "review:" in text and "outlet:" not in text.split("review:")[0]
    build_site(dossier, tmp_path / "site", search=False)
    page = (tmp_path / "site" / "articles" / f"{path.stem}.html").read_text(encoding="utf-8")
    assert "Outlet unknown" in page and "translated from German" in page
    check = subprocess.run([sys.executable, "-m", "generator.cli", "check", str(dossier)], capture_output=True,
                           text=True, env={"PYTHONPATH": str(REPO)})
    assert check.returncode == 0 and "review: left by dossier import: outlet:" in check.stderr
    again = run_import(str(CLIPPINGS / "radio-report.txt"), "--into", str(dossier), "--new")
    assert again.returncode == 0 and "created" in again.stdout
    assert path.read_text(encoding="utf-8") == text                                     # never overwritten


def test_import_writes_a_described_outlet_by_its_name_when_the_clipping_uses_an_alias(dossier, tmp_path):
    """The outlets described in dossier.yaml are what `dossier import` recognises: a masthead
    written as an alias gives the outlet's own name (so the article joins the outlet's entry)."""
    config = dossier / "dossier.yaml"
    text = config.read_text(encoding="utf-8")
    assert "\noutlets:\n" in text   # (the example describes its own outlets: this one joins them)
    config.write_text(text.replace("\noutlets:\n", "\noutlets:\n  - name: Le Courrier du Bocage\n"
                                   "    aliases: [Courrier Bocage]\n    kind: newspaper\n", 1), encoding="utf-8")
    clip = tmp_path / "fromagerie.txt"
    clip.write_text("COURRIER BOCAGE\nLa fromagerie de Flers rouvre ses portes\nPar Anne Leroy\nPublié le 12/06/2025\n\n"
                    "La fromagerie coopérative de Flers a rouvert mardi après huit mois de travaux dans ses caves.\n\n"
                    "Les producteurs du bocage y livrent de nouveau leur lait chaque matin, comme avant l'incendie.\n",
                    encoding="utf-8")
    result = run_import(str(clip), "--into", str(dossier))
    assert result.returncode == 0, result.stderr
    [article] = [p for p in (dossier / "articles").glob("*.md") if "fromagerie" in p.name]
    assert 'outlet: "Le Courrier du Bocage"' in article.read_text(encoding="utf-8")
    result = build_site(dossier, tmp_path / "site")
    assert [w.message for w in result.warnings if "review" not in w.message] == []   # (its url is for review)
    sources = (tmp_path / "site" / "sources" / "index.html").read_text(encoding="utf-8")
    assert "Le Courrier du Bocage" in sources and "La fromagerie de Flers rouvre ses portes" in sources
