from generator.matcher import MentionMatcher, fold, name_key, unaccent


def matcher(*pairs):
    return MentionMatcher({name_key(alias): (alias, entity) for alias, entity in pairs})


def found(m, text):
    return [(text[x.start:x.end], x.entity_id) for x in m.find(text)]


def test_fold_keeps_length_so_offsets_stay_valid():
    text = "Hervé, Éric Dupond-Moretti, Besançon’s"
    assert len(fold(text)) == len(text)
    assert fold(text) == "herve, eric dupond-moretti, besancon's"
    # the one character whose lower case is two characters long, and scripts beyond Latin
    for text in ("İstanbul’da", "Σωκράτης ΑΘΗΝΑ", "Москва́", "a\u00a0b\u2011c"):
        assert len(fold(text)) == len(text)
    assert fold("İSTANBUL") == "istanbul"
    assert fold("ΑΘΗΝΑ") == fold("αθηνα")


def test_text_is_searched_unaccented_in_its_own_case_which_folds_as_names_do():
    assert unaccent("Hervé, ÉRIC Besançon’s İstanbul") == "Herve, ERIC Besancon's Istanbul"
    for char in map(chr, range(0x20, 0x3000)):
        assert len(unaccent(char)) == 1 and unaccent(char).lower() == fold(char), hex(ord(char))


def test_a_name_its_case_rules_out_does_not_hide_a_shorter_one_inside_it():
    m = matcher(("Northern France", "north"), ("France", "france"), ("van Gogh", "gogh"), ("Gogh", "g"))
    assert found(m, "in northern France, in Northern France") == [("France", "france"), ("Northern France", "north")]
    assert found(m, "Van Gogh and van Gogh") == [("Gogh", "g"), ("van Gogh", "gogh")]


def test_names_in_other_scripts_are_found_whatever_their_case():
    m = matcher(("Москва", "moscow"))
    assert found(m, "Выехал в МОСКВА, потом Москва") == [("МОСКВА", "moscow"), ("Москва", "moscow")]


def test_accents_and_case_are_folded_where_safe():
    m = matcher(("Hervé", "herve"), ("Le Monde", "le-monde"))
    assert found(m, "Herve and HERVÉ spoke") == [("Herve", "herve"), ("HERVÉ", "herve")]
    # a lower-case common phrase is not the newspaper
    assert found(m, "all over le monde, Le Monde said") == [("Le Monde", "le-monde")]


def test_longest_match_wins_and_whole_words_only():
    m = matcher(("Ofast", "ofast"), ("Ofast Marseille", "ofast-marseille"), ("Marseille", "marseille"))
    assert found(m, "Ofast Marseille and Ofast in Marseilles") == [
        ("Ofast Marseille", "ofast-marseille"), ("Ofast", "ofast")]


def test_names_may_break_across_lines():
    m = matcher(("Mohamed Djeha", "djeha"))
    assert found(m, "arrest Mohamed\nDjeha soon") == [("Mohamed\nDjeha", "djeha")]


def test_one_combined_pattern_scales_to_thousands_of_aliases():
    pairs = [(f"Person Number{i}", f"p{i}") for i in range(3000)]
    m = matcher(*pairs)
    assert found(m, "we met Person Number2999 and Person Number17.") == [
        ("Person Number2999", "p2999"), ("Person Number17", "p17")]


def test_a_matcher_narrowed_to_a_text_finds_the_same_names_in_it():
    m = matcher(("Ofast", "ofast"), ("Ofast Marseille", "ofast-marseille"), ("Marseille", "marseille"),
                ("Hervé", "herve"), ("Le Monde", "le-monde"), ("Mohamed Djeha", "djeha"), ("Éric Arella", "arella"),
                ("the locksmith", "locksmith"), ("Arella", "arella"))
    texts = ["Ofast Marseille and Ofast in Marseilles", "HERVE met Herve; all over le monde, Le Monde said",
             "arrest Mohamed\nDjeha soon, then Eric  Arella", "Marseille-based Ofast", "nothing here",
             "The locksmith, the LOCKSMITH; Arellano is not Arella"]
    for text in texts:
        narrowed = m.narrowed(text)
        assert found(narrowed, text) == found(m, text), text
        assert len(narrowed.names) < len(m.names)
    # a name is kept only when each of its words is in the text (not its first word alone)
    assert not m.narrowed("the plumber met Eric at Le Mans").names   # the, Eric and le: first words only
    assert set(m.narrowed("Ofast, then Eric Arella of Le Monde").names) == {"ofast", "eric arella", "arella", "le monde"}


def test_texts_searched_together_give_what_each_gives_alone():
    """find_each joins the pieces of an article's text into one search: a name at a piece's
    edge, a piece holding the separator itself and empty pieces find what each piece finds
    alone, and a name across two pieces is found in neither."""
    m = matcher(("Ofast", "ofast"), ("Ofast Marseille", "ofast-marseille"), ("Marseille", "marseille"),
                ("Hervé", "herve"), ("Le Monde", "le-monde"), ("Éric Arella", "arella"))
    pieces = ["Ofast", "Marseille said", "", " Hervé", "Le", " Monde and \x00Marseille\x00", "Eric Arella.", "",
              "xOfast", "Ofastx", "le monde"]
    each = m.find_each(pieces)
    assert each == [m.find(piece) for piece in pieces]
    assert [[(piece[x.start:x.end], x.entity_id) for x in matches] for piece, matches in zip(pieces, each)] == [
        [("Ofast", "ofast")], [("Marseille", "marseille")], [], [("Hervé", "herve")], [],
        [("Marseille", "marseille")], [("Eric Arella", "arella")], [], [], [], []]
    assert m.find_each([]) == [] and matcher().find_each(["Ofast"]) == [[]]
    # a name that holds the separator: the pieces are searched one by one
    odd = MentionMatcher({"odd\x00name": ("Odd\x00Name", "odd"), "ofast": ("Ofast", "ofast")})
    assert odd.find_each(["Odd", "Name Ofast", "Odd\x00Name"]) == [odd.find(p) for p in ["Odd", "Name Ofast", "Odd\x00Name"]]
