"""The mistakes people make when they write a dossier, each reported once, with its fix:
no cascade from a file that cannot be read, suggestions for unknown ids and types."""
from conftest import article, entity

REFERRING = {
    "articles/copy.md": article("Copy", "A copy. See [[original]].", copy_of="original"),
    "summaries/brief.md": "---\ntitle: Brief\n---\n\nIt happened [@original] and again [@original; @original].\n",
    "entities/someone.yaml": entity("Someone", relations="[{type: knows, to: other, sources: [original]}]"),
    "entities/other.yaml": entity("Other"),
}


def test_a_file_that_cannot_be_read_is_one_error_not_a_cascade(make_dossier):
    d = make_dossier({**REFERRING, "articles/original.md": "---\ntitle: Original\n\tpublished: 2024\n---\n\nText.\n"})
    run = d.build()
    assert run.code == 1 and run.out == ""
    assert run.err == (
        "dossier/articles/original.md:3:1: invalid YAML: found a tab character that violates indentation; YAML "
        "does not allow tab characters for indentation — indent with spaces\n"
        "dossier/articles/original.md: note: what refers to 'original' in other files is not checked until this "
        "file can be read\n"
        "Build failed: 1 error; nothing was written.\n")
    run = d.check()
    assert run.code == 1 and run.out == "" and run.err == (
        "dossier/articles/original.md:3:1: invalid YAML: found a tab character that violates indentation; YAML "
        "does not allow tab characters for indentation — indent with spaces\n"
        "dossier/articles/original.md: note: what refers to 'original' in other files is not checked until this "
        "file can be read\n"
        "1 error, 0 warnings\n")


def test_an_unclosed_front_matter_is_one_error_too(make_dossier):
    d = make_dossier({**REFERRING, "articles/original.md": "---\ntitle: Original\n\nText.\n"})
    run = d.check()
    assert run.code == 1 and run.err == (
        "dossier/articles/original.md:1: the front matter that starts on line 1 is never closed; add a line '---' "
        "after the last field\n"
        "dossier/articles/original.md: note: what refers to 'original' in other files is not checked until this "
        "file can be read\n"
        "1 error, 0 warnings\n")


def test_no_note_when_nothing_refers_to_the_file(make_dossier):
    d = make_dossier({"articles/a.md": article("A"), "articles/broken.md": "---\ntitle: [unclosed\n---\n"})
    run = d.check()
    assert run.code == 1 and "note:" not in run.err and run.err.endswith("1 error, 0 warnings\n")


def test_the_same_error_is_printed_once(make_dossier):
    d = make_dossier({"articles/a.md": article("A"),
                      "summaries/s.md": "---\ntitle: S\n---\n\nOnce [@nowhere], twice [@nowhere; @nowhere].\n"})
    run = d.build()
    assert run.code == 1 and run.err == (
        "dossier/summaries/s.md:5: [@nowhere] cites an unknown id; citations must name an article id (use [[id]] "
        "to link anything else)\n"
        "Build failed: 1 error; nothing was written.\n")


def test_unknown_links_and_citations_suggest_the_nearest_ids_and_names(make_dossier):
    d = make_dossier({
        "articles/lemonde-ofast-sting.md": article("Sting", "Text."),
        "entities/mohamed-djeha.yaml": entity("Mohamed Djeha", aliases='["Djeha"]'),
        "entities/jerome-durain.yaml": entity("Jérôme Durain"),
        "entities/dea.yaml": entity("DEA", "organization"),
        "summaries/s.md": "---\ntitle: S\n---\n\nSee [[djeha]].\n\n[[durain|Him]] said [@lemonde-ofast].\n\n"
                          "[[Jerome Durain]] and [[zzz]].\n",
    })
    run = d.check()
    assert run.code == 1 and run.err == (
        "dossier/summaries/s.md:5: [[djeha]] links to an unknown id; check the spelling or add that entity, "
        "article or summary; did you mean 'mohamed-djeha'?\n"
        "dossier/summaries/s.md:7: [@lemonde-ofast] cites an unknown id; citations must name an article id (use "
        "[[id]] to link anything else); did you mean 'lemonde-ofast-sting'?\n"
        "dossier/summaries/s.md:7: [[durain]] links to an unknown id; check the spelling or add that entity, "
        "article or summary; did you mean 'jerome-durain'?\n"
        "dossier/summaries/s.md:9: [[Jerome Durain]] links to an unknown id; check the spelling or add that "
        "entity, article or summary; did you mean 'jerome-durain'?\n"
        "dossier/summaries/s.md:9: [[zzz]] links to an unknown id; check the spelling or add that entity, article "
        "or summary\n"
        "5 errors, 0 warnings\n")


def test_a_relation_to_an_alias_suggests_its_id(make_dossier):
    d = make_dossier({"entities/mohamed-djeha.yaml": entity("Mohamed Djeha", aliases='["Djeha"]'),
                      "entities/x.yaml": entity("X", relations="[{type: knows, to: djeha}]")})
    run = d.check()
    assert run.err == ("dossier/entities/x.yaml:3: 'relations.to' refers to 'djeha', which is not "
                              "an entity id in this dossier; did you mean 'mohamed-djeha'?\n1 error, 0 warnings\n")


def test_a_type_close_to_a_known_one_is_a_warning(make_dossier):
    d = make_dossier({"entities/a.yaml": entity("A", "persn"), "entities/b.yaml": entity("B", "People"),
                      "entities/c.yaml": entity("C", "ship"), "entities/d.yaml": entity("D", "vesel"),
                      "entities/e.yaml": entity("E", "organisation")})
    run = d.check()
    assert run.code == 0 and run.err == (
        "dossier/entities/a.yaml:2: warning: unknown type 'persn'; did you mean 'person'? (a type of your own is "
        "declared in dossier.yaml: 'types: [persn]')\n"
        "dossier/entities/b.yaml:2: warning: unknown type 'people'; did you mean 'person'? (a type of your own is "
        "declared in dossier.yaml: 'types: [people]')\n"
        "dossier/entities/e.yaml:2: warning: unknown type 'organisation'; did you mean 'organization'? (a type of "
        "your own is declared in dossier.yaml: 'types: [organisation]')\n")
    assert d.check("--strict").code == 1
    d.add({"dossier.yaml": "types: [Vessel, organisation]\n"})
    run = d.check()
    assert "entities/d.yaml:2: warning: unknown type 'vesel'; did you mean 'vessel'?" in run.err
    assert "organisation" not in run.err and "ship" not in run.err
    d.add({"dossier.yaml": "types: [{a: b}]\n"})
    run = d.check()
    assert run.code == 1 and run.err.startswith(
        "dossier/dossier.yaml:1: 'types' must be a list of words, such as 'types: [ship, vessel]'\n")


def test_a_list_in_an_entity_file_says_how_to_split_it(make_dossier):
    d = make_dossier({"entities/people.yaml": "- name: A\n  type: person\n- name: B\n  type: person\n"})
    run = d.check()
    assert run.code == 1 and run.err == (
        "dossier/entities/people.yaml:1: an entity file holds one entity, and this one holds a list of 2: put each "
        "in a file of its own under entities/ (the file's name is its id, such as entities/jean-dupont.yaml), with "
        "its fields as 'key: value' lines, without the '- ' before the first\n"
        "1 error, 0 warnings\n")


def test_the_dates_people_write_are_built_and_shown_honestly(make_dossier):
    d = make_dossier({
        "articles/a.md": article("A", published='"Q2 2024"'),
        "articles/b.md": article("B", published='"first half of 2023"'),
        "entities/deal.yaml": entity("The deal", "event", date='"before 2023-05"'),
        "entities/era.yaml": entity("The boom", "event", date='"the 1990s"'),
    })
    run = d.build("--no-search")
    assert run.code == 0 and run.err == ""
    assert ('<time class="date precision-quarter" datetime="2024">Q2 2024</time> <span class="hint">(approximate)'
            '</span>') in d.page("articles/a.html")
    assert "first half of 2023" in d.page("articles/b.html")
    timeline = d.page("timeline/index.html")
    assert "before May 2023" in timeline and "the 1990s" in timeline
    order = [timeline.index(text) for text in ("the 1990s", "first half of 2023", "before May 2023", "Q2 2024")]
    assert order == sorted(order)


def test_a_date_no_one_can_read_lists_the_forms_accepted(make_dossier):
    d = make_dossier({"articles/a.md": article("A", published='"sometime in 2024"')})
    run = d.check()
    assert run.code == 1 and run.err == (
        "dossier/articles/a.md:3: 'published': 'sometime in 2024' is not a date I can read; write it as 2024, "
        "2024-05, 2024-05-15 or 2024-05-15T07:42, optionally with 'around'; or as 'spring 2024', 'Q2 2024', "
        "'H1 2024' or 'first half of 2024', 'early 2024', 'mid May 2024', 'late 2024', 'end of 2022', 'the 1990s', "
        "'before 2023-05' or 'after 2023'\n"
        "1 error, 0 warnings\n")
