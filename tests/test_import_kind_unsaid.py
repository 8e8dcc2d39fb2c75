"""The kind a clipping does not say (importer/kinds.py kind_unsaid): news is what a news outlet publishes or a reporter
signs; an organisation's own page that no one signs, that quotes no one and that says nothing of what it is gets no
kind, and `kind` goes to review for a person to say. Whole clippings, read by the importer end to end."""
import pytest
from hypothesis import given, settings, strategies as st

from generator.build import check_dossier
from generator.cli import main
from generator.importer import parse_clipping

NOTICE = ("Ville de Chambéry", "", "Travaux : la rue de la Banque fermée du 2 au 13 mars", "",
          "La rue de la Banque sera fermée à la circulation du lundi 2 au vendredi 13 mars pour le remplacement des "
          "conduites d'eau potable sous la chaussée.", "",
          "Les riverains pourront accéder à leur garage entre 18 heures et 7 heures. Les bus de la ligne 3 seront "
          "déviés par le boulevard du Théâtre pendant toute la durée du chantier.", "",
          "Renseignements auprès du service de la voirie au 04 79 00 00 00.")
SAID = "« Nous avons choisi les vacances scolaires pour gêner le moins possible », explique l'adjoint à la voirie."


def review(clip) -> set[str]:
    return {item.split(":")[0] for item in clip.review}


def test_an_organisations_unsigned_page_quoting_no_one_leaves_its_kind_to_a_person():
    clip = parse_clipping("\n".join(NOTICE))
    assert clip.outlet == "Ville de Chambéry" and clip.kind is None
    assert "kind" in review(clip)
    item = next(item for item in clip.review if item.startswith("kind:"))
    assert "Ville de Chambéry" in item and "press-release" in item


def test_a_quoted_speaker_makes_it_a_report():
    clip = parse_clipping("\n".join(NOTICE[:-1] + (SAID, "", NOTICE[-1])))
    assert clip.outlet == "Ville de Chambéry" and "kind" not in review(clip)


@pytest.mark.parametrize("paper", ["Le Réveil ardéchois", "Kreisanzeiger Odenwald", "The Minch Mercury",
                                   "Cáceres al Minuto", "Il Gazzettino della Lunigiana", "Rádio Voz do Marão",
                                   "Radio Südtirol Mitte", "Thurbote"])
def test_a_newspapers_or_a_broadcasters_page_is_news_signed_or_not(paper):
    clip = parse_clipping("\n".join((paper,) + NOTICE[1:]))
    assert clip.outlet == paper and "kind" not in review(clip)


def test_a_signed_text_is_a_writers_report():
    clip = parse_clipping("\n".join(NOTICE[:4] + ("Par Claire Vidal", "") + NOTICE[4:]))
    assert clip.authors == ["Claire Vidal"] and "kind" not in review(clip)


def test_an_agency_credit_makes_it_a_dispatch_not_an_unknown():
    clip = parse_clipping("\n".join(NOTICE[2:] + ("", "(AFP)")))
    assert "AFP" in clip.credits and "kind" not in review(clip)


def test_a_kind_the_clipping_states_is_not_asked():
    clip = parse_clipping("\n".join(NOTICE[:2] + ("COMMUNIQUÉ DE PRESSE", "") + NOTICE[2:]))
    assert clip.kind == "press-release" and "kind" not in review(clip)


def test_the_written_article_leaves_kind_out_and_check_lists_it(tmp_path, capsys):
    """The article file names `kind` in review and writes no `kind:` (read as news until a person says), and
    `dossier check` lists the item as a warning on its line, so `--strict` fails until it is settled."""
    root = tmp_path / "dossier"
    (root / "articles").mkdir(parents=True)
    (root / "dossier.yaml").write_text("title: Test\n", encoding="utf-8")
    source = tmp_path / "notice.txt"
    source.write_text("\n".join(NOTICE) + "\n", encoding="utf-8")
    assert main(["import", str(source), "--into", str(root)]) == 0
    [article] = (root / "articles").glob("*.md")
    lines = article.read_text(encoding="utf-8").splitlines()
    front = lines[:lines.index("---", 1)]
    assert not any(line.startswith("kind:") for line in front)
    warnings = [p for p in check_dossier(root) if p.severity == "warning" and "left by dossier import" in p.message]
    assert "kind" in [lines[p.line - 1].strip()[3:].split(":")[0].strip("'\"") for p in warnings]
    assert main(["check", str(root), "--strict"]) == 1
    capsys.readouterr()


_WORDS = st.sampled_from("the council said water roads closed monday works bridge village residents buses school "
                         "repairs summer budget".split())
_SENTENCES = st.lists(_WORDS, min_size=12, max_size=30).map(lambda words: " ".join(words).capitalize() + ".")


@settings(max_examples=60, deadline=None)
@given(body=st.lists(_SENTENCES, min_size=2, max_size=5),
       paper=st.sampled_from(["Herald", "Gazette", "Zeitung", "Kurier", "Diario", "Corriere", "Jornal", "Post",
                              "Dépêche", "Nachrichten", "Notícias", "Echo"]),
       place=st.sampled_from(["Wensley", "Kirkmoor", "Saint-Aubin", "Oberwald", "Valdelagua", "Monteverde"]))
def test_a_publications_name_never_leaves_kind_unknown(body, paper, place):
    """Whatever the text, a page under a newspaper's name is never asked for its kind."""
    clip = parse_clipping("\n".join([f"{place} {paper}", "", "Bridge works begin next month", "", *body]))
    assert clip.outlet is None or "kind" not in review(clip)


@settings(max_examples=60, deadline=None)
@given(body=st.lists(_SENTENCES, min_size=2, max_size=5), at=st.integers(min_value=0, max_value=4),
       quote=st.sampled_from(["“We will keep the road open for as long as we can,” the engineer said.",
                              "„Wir haben lange auf diesen Tag gewartet“, sagte die Bürgermeisterin.",
                              "« Nous n'avons jamais été consultés sur ce projet », regrette une habitante.",
                              '"No one told us the buses would stop running," said one parent.']))
def test_a_quoted_passage_anywhere_keeps_it_news(body, at, quote):
    """A council's unsigned page that quotes someone is read as a report, wherever the quote stands."""
    body.insert(min(at, len(body)), quote)
    clip = parse_clipping("\n".join(["Oberwald District Council", "", "Bridge works begin next month", "",
                                     *[line for paragraph in body for line in (paragraph, "")]]))
    assert clip.kind is None and "kind" not in review(clip)


@pytest.mark.parametrize("agency", ["Agencia Meseta de Noticias", "Agence Méditerranée Presse", "Agência Sul Notícias",
                                    "Agenzia Valdostana Notizie", "Nordsee News Agency"])
def test_a_news_agencys_own_page_is_its_wire(agency):
    clip = parse_clipping("\n".join((agency,) + NOTICE[1:]))
    assert clip.outlet == agency and clip.kind == "wire" and "kind" not in review(clip)


def test_an_agency_that_is_no_news_agency_publishes_no_wire():
    clip = parse_clipping("\n".join(("Agence Territoriale des Mobilités de Corse",) + NOTICE[1:]))
    assert clip.kind is None and "kind" in review(clip)
