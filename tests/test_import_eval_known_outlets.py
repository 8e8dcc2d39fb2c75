"""`make import-eval` also reads the corpus as a dossier that knows outlets would: the example's 'Le Monde' must not
turn a French site's menu item 'Monde' into that paper, and a masthead naming a known outlet is that outlet."""
from pathlib import Path

from tests.import_eval import compare_known_outlets

ROOT = Path(__file__).resolve().parent.parent
TEXT = ("La navette fluviale reprendra lundi après trois mois de travaux sur la rampe d'accès, a annoncé jeudi "
        "l'exploitant, qui prolonge les abonnements de trois mois.\n\nDepuis septembre, les passagers faisaient le tour "
        "de l'estuaire en car, un trajet de quarante minutes matin et soir.")


def _case(folder: Path, name: str, text: str) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.expected.yaml").write_text("input: text\noutlet: null\n", encoding="utf-8")


def test_a_menu_item_is_no_known_outlet_and_a_known_masthead_is_counted(tmp_path, capsys):
    _case(tmp_path, "menu", "\n".join(["L'Écho de l'Estuaire", "France", "Monde", "Économie", "Sports", "Culture",
                                       "La navette fluviale reprend lundi", "Par Anne Roux", "Publié le 12/02/2026",
                                       TEXT]))
    _case(tmp_path, "masthead", "\n".join(["LE MONDE", "La navette fluviale reprend lundi", "Par Anne Roux",
                                           "Publié le 12/02/2026", TEXT]))
    assert compare_known_outlets(tmp_path, ROOT / "content") == 0
    printed = capsys.readouterr().out
    assert "menu:" not in printed and "3 outlets" in printed
