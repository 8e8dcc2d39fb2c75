"""What `dossier import` is told and what it names: fields given on the command line are
checked before anything is written; file names are readable whatever the title's script;
a copy recorded under `syndicated` keeps its own file and digest."""
import hashlib

import pytest

from generator.build import check_dossier
from test_import_originals import dossier, run
from generator.importer.names import article_name, transliterate

BODY = ("The river trust counted forty-one otters along the lower valley this autumn, twice as many as it found "
        "when the survey began a decade ago.\n\nVolunteers walked every bank at dawn over three weekends and "
        "photographed the prints they found, which the trust's ecologists then checked one by one.\n")


@pytest.mark.parametrize("outlet, shown", [("The Valley\nGazette", "U+000A"), ("The Valley\x1b[31mGazette", "U+001B"),
                                           ("Gazette\r", "U+000D"), ("Gazette\u2028", "U+2028"), ("   ", "is empty")])
def test_a_given_outlet_with_a_line_break_or_a_control_character_is_refused_and_nothing_written(tmp_path, capsys,
                                                                                                outlet, shown):
    root = dossier(tmp_path)
    clipping = tmp_path / "otters.txt"
    clipping.write_text("Otters are back on the lower river\n\n" + BODY, encoding="utf-8")
    code, out, err = run(capsys, clipping, "--into", root, "--outlet", outlet)
    assert code == 1 and "--outlet" in err and shown in err and "Traceback" not in err
    assert list((root / "articles").iterdir()) == [] and not (root / "originals").exists()


@pytest.mark.parametrize("title, name", [
    ("Η Αθήνα κλείνει τον παλιό σταθμό", "i-athina-kleinei-ton-palio-stathmo"),
    ("Москва закрывает старую станцию", "moskva-zakryvaet-staruyu-stantsiyu"),
    ("Київ відкриває новий міст", "kiyiv-vidkrivaye-noviy-mist"), ("Новый мост", "novyy-most"),
    ("Ölpreis steigt über 90 Dollar", "olpreis-steigt-uber-90-dollar"),
    ("東京の古い駅が閉鎖される", "valley-gazette-2025-03-04"),
    ("서울역 광장 공사 시작", "valley-gazette-2025-03-04"),
    ("محطة القطار القديمة تغلق", "valley-gazette-2025-03-04"),
])
def test_a_title_in_any_script_gives_a_readable_file_name(title, name):
    assert article_name(title, "Valley Gazette", "2025-03-04T09:30") == name
    assert article_name(title, None, None) in (name, "clipping")


def test_transliteration_keeps_latin_letters_and_drops_accents():
    assert transliterate("Σωκράτης Café") == "sokratis cafe"


def test_an_imported_greek_clipping_gets_a_latin_file_name(tmp_path, capsys):
    root = dossier(tmp_path)
    clipping = tmp_path / "athens.txt"
    clipping.write_text("Η Αθήνα κλείνει τον παλιό σταθμό\n\n" + BODY, encoding="utf-8")
    code, _, _ = run(capsys, clipping, "--into", root, "--outlet", "Valley Gazette")
    assert code == 0
    assert [p.name for p in (root / "articles").iterdir()] == ["i-athina-kleinei-ton-palio-stathmo.md"]


def test_a_copy_recorded_under_syndicated_keeps_its_own_file_and_digest(tmp_path, capsys):
    root = dossier(tmp_path)
    own, copy = tmp_path / "gazette.txt", tmp_path / "aggregator.txt"
    own.write_text("THE VALLEY GAZETTE\nOtters are back on the lower river\nBy Ann Lowe\n4 March 2025\n\n" + BODY,
                   encoding="utf-8")
    copy.write_text("NEWSHUB\nOtters are back on the lower river\nThe Valley Gazette · 4 March 2025\n\n" + BODY,
                    encoding="utf-8")
    run(capsys, own, "--into", root)
    code, out, _ = run(capsys, copy, "--into", root)
    assert code == 0 and "recorded in its syndicated list" in out
    [article] = (root / "articles").glob("*.md")
    text = article.read_text(encoding="utf-8")
    entry = text.split("syndicated:", 1)[1]
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()
    assert f"original: originals/{article.stem}-copy.txt" in entry and f"sha256: {digest}" in entry
    assert (root / "originals" / f"{article.stem}-copy.txt").read_bytes() == copy.read_bytes()
    assert not [p for p in check_dossier(root) if p.severity in ("error", "warning") and "review" not in p.message
                and "syndicated" in p.message]
    code, out, _ = run(capsys, copy, "--into", root)   # the same copy again: nothing changes
    assert code == 0 and "already in the dossier" in out and article.read_text(encoding="utf-8") == text


OUTLETS = [("The Valley Gazette", ["VG", "Valley Gazette Online"]), ("Le Courrier du Léman", ["Courrier Léman"]),
           ("Süddeutsche Abendpost", ["SAP"])]


@pytest.mark.parametrize("masthead, outlet", [
    ("VALLEY GAZETTE", "The Valley Gazette"), ("vg", "The Valley Gazette"), ("Valley Gazette Online", "The Valley Gazette"),
    ("LE COURRIER DU LEMAN", "Le Courrier du Léman"), ("courrier leman", "Le Courrier du Léman"),
    ("SUDDEUTSCHE ABENDPOST", "Süddeutsche Abendpost"),
])
def test_a_masthead_naming_a_known_outlet_or_alias_is_written_by_its_name(masthead, outlet):
    from generator.importer import parse_clipping
    c = parse_clipping(f"{masthead}\nOtters are back on the lower river\nBy Ann Lowe\n\n{BODY}", known_outlets=OUTLETS)
    assert (c.outlet, c.title) == (outlet, "Otters are back on the lower river")
    plain = parse_clipping(f"{masthead}\nOtters are back on the lower river\nBy Ann Lowe\n\n{BODY}")
    assert plain.outlet != outlet or masthead == outlet


def test_an_aggregators_credit_naming_a_known_outlet_credits_it_by_its_name():
    from generator.importer import parse_clipping
    c = parse_clipping(f"NEWSHUB\nOtters are back on the lower river\nvalley gazette online · 4 March 2025\n\n{BODY}",
                       known_outlets=OUTLETS)
    assert c.outlet == "The Valley Gazette" and c.reproduced_by.outlet.lower() == "newshub"


def test_a_headline_that_names_a_known_outlet_is_still_the_headline():
    from generator.importer import parse_clipping
    c = parse_clipping(f"Valley Gazette wins a prize for its otter survey\nBy Ann Lowe\n\n{BODY}", known_outlets=OUTLETS)
    assert c.title == "Valley Gazette wins a prize for its otter survey" and c.outlet is None


def test_a_saved_page_whose_site_name_is_an_alias_gets_the_known_name():
    from generator.importer import read_clipping
    page = ("<html lang='en'><head><title>Otters are back</title><meta property='og:site_name' content='VG'></head><body>"
            "<article><h1>Otters are back on the lower river</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</article></body></html>")
    assert read_clipping(page.encode(), ".html", known_outlets=OUTLETS).outlet == "The Valley Gazette"
    assert read_clipping(page.encode(), ".html").outlet == "VG"


def test_import_all_takes_the_known_outlets_and_writes_the_canonical_name(tmp_path, capsys):
    from generator.importer.batch import import_all
    root = dossier(tmp_path)
    clipping = tmp_path / "otters.txt"
    clipping.write_text(f"COURRIER LEMAN\nOtters are back on the lower river\nBy Ann Lowe\n\n{BODY}", encoding="utf-8")
    assert import_all([str(clipping)], root, known_outlets=OUTLETS) == 0
    [article] = (root / "articles").glob("*.md")
    assert 'outlet: "Le Courrier du Léman"' in article.read_text(encoding="utf-8")
