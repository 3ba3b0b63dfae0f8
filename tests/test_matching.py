"""Phrase tables: exact and case-folded phrases, overlaps, and spaCy's built-in strings."""

from __future__ import annotations

import pickle
import re

import pytest
import spacy
from spacy.strings import get_string_id

from treatyx.matching import PhraseTable, is_exact_phrase, name_spellings


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def _table(nlp, phrases):
    table = PhraseTable(nlp, "test")
    for phrase, payload, case in phrases:
        table.add(phrase, payload, case)
    return table.compile()


def _found(table, doc):
    return [(doc[s:e].text, payloads) for s, e, payloads in table(doc)]


def test_exact_and_case_folded_phrases(blank):
    table = _table(blank, [("INF", "inf", None), ("the Kremlin", "russia", None),
                           ("New START", "new-start", None)])
    doc = blank("THE KREMLIN left the INF pact; inf is a word; New START, new start.")
    assert _found(table, doc) == [("THE KREMLIN", ["russia"]), ("INF", ["inf"]),
                                  ("New START", ["new-start"])]


def test_words_spacy_stores_as_built_in_symbols_still_match(blank):
    # "mark", "det", "prep" are dependency labels: spaCy gives them small symbol ids, not hashes
    table = _table(blank, [("Mark Esper", "esper", "ignore"), ("prep talks", "talks", "ignore")])
    doc = blank("Defense Secretary Mark Esper joined the prep talks.")
    assert _found(table, doc) == [("Mark Esper", ["esper"]), ("prep talks", ["talks"])]


def test_overlapping_matches_longest_first_and_payloads_shared(blank):
    table = _table(blank, [("START", "start-i", None), ("New START", "new-start", None),
                           ("New START", "treaty", None)])
    doc = blank("Both sides extended New START on Wednesday.")
    assert _found(table, doc) == [("New START", ["new-start", "treaty"]),
                                  ("START", ["start-i"])]


def test_apostrophe_variants_match_both_ways(blank):
    table = _table(blank, [("Russia's foreign ministry", "mfa", "ignore")])
    assert len(table(blank("Russia’s Foreign Ministry said"))) == 1
    assert len(table(blank("Russia's foreign ministry said"))) == 1


def test_a_contraction_matches_its_full_words_and_the_full_words_its_contraction(blank):
    table = _table(blank, [("are going to", "planned", "ignore"), ("we'll", "will", "ignore")])
    assert _found(table, blank("Now we\u2019re going to act.")) == [
        ("\u2019re going to", ["planned"])]
    assert _found(table, blank("Now we're going to act.")) == [("'re going to", ["planned"])]
    # a phrase written with a contraction is read spelled out as well
    assert _found(table, blank("We will act.")) == [("We will", ["will"])]
    # "'s" has no full word of its own and stays as written
    assert _found(table, blank("Russia's plan")) == []


def test_a_compiled_table_pickles_without_the_pipeline(blank):
    table = _table(blank, [("Tomahawk", "tomahawk", None)])
    restored = pickle.loads(pickle.dumps(table))
    doc = blank("a Tomahawk cruise missile")
    assert restored(doc) == table(doc) == [(1, 2, ["tomahawk"])]


def test_an_empty_document_has_no_matches(blank):
    assert _table(blank, [("INF", "inf", None)])(blank("")) == []


def test_caps_phrases_match_their_upper_case_spelling_in_capitals_only(blank):
    table = PhraseTable(blank, "test")
    table.add("New START", "new-start", caps=True)
    table.add("Russia", "russia", caps=True)
    table.add("Moscow", "moscow")  # no caps: "MOSCOW" stays unmatched
    table.compile()
    doc = blank("RUSSIA AND MOSCOW LEAVE NEW START; New Start, NEW Start and Russia.")
    assert _found(table, doc) == [("RUSSIA", ["russia"]), ("NEW START", ["new-start"]),
                                  ("Russia", ["russia"])]


def test_a_capital_after_a_hyphen_opens_a_word_in_the_case_rule():
    assert not is_exact_phrase("Air-Launched Rapid Response Weapon")
    assert is_exact_phrase("New START") and is_exact_phrase("US Army")
    assert not is_exact_phrase("the Kremlin")


def test_name_spellings_transliterations_initials_numbers_and_hyphens():
    variants = {"Sergei": ["Sergei", "Sergey"], "Sergey": ["Sergey", "Sergei"]}
    assert name_spellings("Sergei Shoigu", variants)[:2] == ["Sergei Shoigu", "Sergey Shoigu"]
    assert {"George H.W. Bush", "George HW Bush"} <= set(name_spellings("George H. W. Bush", {}))
    assert "Agni-5" in name_spellings("Agni-V", {})
    assert "Shaheen-III" in name_spellings("Shaheen-3", {})
    assert "KN-2" in name_spellings("KN-02", {})
    assert "Mohammad-Bagher Ghalibaf" in name_spellings("Mohammad Bagher Ghalibaf", {})
    assert "Air launched cruise missile" in name_spellings("Air-launched cruise missile", {})
    assert name_spellings("New START", {}) == ["New START"]


def test_an_acronym_stays_exact_while_the_other_words_change_case(blank):
    table = _table(blank, [("New START Treaty", "new-start", None), ("US Army", "army", None)])
    doc = blank("the new START treaty, a new start treaty, the US army, the us army")
    assert _found(table, doc) == [("new START treaty", ["new-start"]), ("US army", ["army"])]


@pytest.mark.parametrize(("phrase", "case", "exact"), [
    ("kilometres", None, False),  # lower case: any case
    ("test-fire", None, False),
    ("carry out", None, False),
    ("m", None, True),  # one or two letters: as written ("M" is million, not metres)
    ("ft", None, True),
    ("if", "ignore", False),  # unless the entry says otherwise
    ("$", None, False),  # no letters: case does not matter
    ("Screwdriver", None, True),  # a single word with a capital
    ("US", None, True),
    ("9M729", None, True),  # a digit
    ("3 km", None, True),
    ("The Kremlin", None, False),  # capitals only opening words
    ("New START", None, True),  # a capital inside a word
    ("the kremlin", "exact", True),
])
def test_one_case_rule_for_every_phrase(phrase, case, exact):
    assert is_exact_phrase(phrase, case) is exact


def test_the_case_rule_holds_for_range_phrases_too():
    """Units and range words follow the same rule as names (treatyx.components.ranges)."""
    from treatyx.components.ranges import PhraseMap

    words = PhraseMap()
    words.add("kilometres", "km")
    words.add("m", "metre")
    words.add("to", "pair", "ignore")
    assert words.lookup("KILOMETRES") == ["km"] and words.lookup("m") == ["metre"]
    assert words.lookup("M") == [] and words.lookup("To") == ["pair"]


def test_scanner_from_the_build_cache_compiles_only_for_a_text_that_could_match():
    from treatyx.cache import _dumps
    from treatyx.matching import Scanner

    pattern = r"(?<![\w-])KN-?(\d{1,2})(?:s)?(?![\w-])"
    scanner = pickle.loads(_dumps(Scanner(pattern)))  # regexes as text, as the cache keeps them
    assert list(scanner.finditer("Talks on the KS-2 resumed.")) == []
    assert not scanner.regex.ready and not scanner._rest.ready
    text = "It fired a KN-23 and two KN-25s, not a TKN-2."
    assert [m.group() for m in scanner.finditer(text)] == ["KN-23", "KN-25s"]
    assert [m.span() for m in scanner.finditer(text)] == \
        [m.span() for m in re.finditer(pattern, text)]


def test_scanner_tests_for_needs_only_on_its_first_texts():
    from treatyx.cache import _dumps
    from treatyx.matching import NEEDS_CHECKS, Scanner

    scanner = Scanner(r"(?<![\w-])KN-?(\d{1,2})(?![\w-])")
    scanner.checks = 0  # used up by the run that saved it
    scanner = pickle.loads(_dumps(scanner))
    for _ in range(NEEDS_CHECKS):
        assert list(scanner.finditer("No missile here.")) == []
    assert not scanner._rest.ready
    assert list(scanner.finditer("No missile here.")) == []  # a long run: as without the test
    assert scanner._rest.ready


def test_phrases_across_quotation_marks_only_where_a_mark_splits_them(blank):
    table = _table(blank, [("breach of", "breach", "ignore"), ("test", "test", "ignore")])
    doc = blank('a "breach" of the deal, a breach of the pact and a "test" launch')
    marks = {get_string_id('"')}
    # the plain phrase and the one-word phrase are the table's own matches, not these
    assert [(doc[s:e].text, payloads) for s, e, payloads in table.across_marks(doc, marks)] \
        == [('breach" of', ["breach"])]
    assert table.across_marks(blank("a breach of the deal"), marks) == []


def test_phrases_across_skipped_tokens_only_where_they_split_them(blank):
    table = _table(blank, [("agreed to", "agree", "ignore"), ("halt", "halt", "ignore")])
    doc = blank("they agreed on Monday to halt tests and agreed to halt drills")
    # "on Monday" skipped: the split phrase, not the plain one nor the one-word phrase
    assert [(doc[s:e].text, payloads) for s, e, payloads in table.across(doc, {2, 3})] \
        == [("agreed on Monday to", ["agree"])]
    assert table.across(doc, set()) == []
