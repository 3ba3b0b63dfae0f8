"""Shapes found in round 27 on part AD: an event dated "a day after" a report whose day the
sentence gives, with the detecting states named before it; an event noun after a verb that is
not its subject's; a person's state named as his possessor in a list of leaders."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary
from .test_event_shapes_round15 import with_treaty

HYPERSONIC_REPORT = (
    "Pyongyang tests a new hypersonic missile\n\n"
    "North Korea said it had test-fired the Hwasong-16B, a new hypersonic missile.\n\n"
    "The state media account on Wednesday came a day after Japan and South Korea detected "
    "the launch.\n\n"
    "North Korea tested another hypersonic missile in January.")


@pytest.mark.parametrize(("text", "expected"), [
    # the launch is the day before the report, and so apart from January's test
    (HYPERSONIC_REPORT,
     [("missile_test", "asserted", ["north-korea"], [], ["hwasong-16b"], "2024-04-02"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2024-01")]),
    # two states of two words each between "a day after" and the launch
    ("The KCNA account on Wednesday came a day after New Zealand and South Korea detected the "
     "launch of a ballistic missile by North Korea.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2024-04-02")]),
    # the launch the sentence opens with is Monday's: a day before it, not before Wednesday
    ("North Korea launched a Hwasong-18 ICBM on Monday. The launch, reported on Wednesday, came "
     "a day after North Korea tested a cruise missile.",
     [("missile_test", "asserted", ["north-korea"], [], ["hwasong-18"], "2024-04-01"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2024-03-31")]),
])
def test_a_day_after_the_day_of_a_report(run, text, expected):
    assert summary(run(text, date="2024-04-03")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the state or military that detects a launch is not the launcher
    ("South Korea detected the launch of one missile from North Korean territory.", []),
    ("Japan's military detected the launch of a ballistic missile on Tuesday.", []),
    ("South Korea's military detected the launch of a ballistic missile by North Korea.",
     [("missile_test", "asserted", ["north-korea"], [], [], None)]),
    ("Pakistan has stepped up its missile programme. The army carried out a missile test on "
     "Tuesday.",
     [("missile_test", "asserted", ["pakistan"], [], [], "2024-04-02")]),
    # words of the noun phrase alone between them: the army's own test
    ("Pakistan has stepped up its missile programme. The army's latest missile test took place "
     "on Tuesday.",
     [("missile_test", "asserted", ["pakistan"], [], [], "2024-04-02")]),
    # a light verb, or an event noun named with "as", is the subject's
    ("North Korea fired a missile on Monday. The military also conducted a test of a cruise "
     "missile.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2024-04-01"),
      ("missile_test", "asserted", ["north-korea"], [], [], None)]),
    ("Qatar condemned the missile attack on the airbase. A spokesman for its foreign ministry "
     "condemned the strike as a blatant violation of its sovereignty.",
     [("warning", "asserted", ["qatar"], [], [], "2024-04-03"),
      ("violation_allegation", "asserted", ["qatar"], [], [], None)]),
])
def test_an_anaphor_owns_only_its_own_event_noun(run, text, expected):
    assert summary(run(text, date="2024-04-03")) == expected


@pytest.mark.parametrize("text", [
    "Kim Jong Un and South Korea's Moon Jae-in held a summit on denuclearization on Tuesday.",
    "Kim Jong Un and South Korea's leader Moon Jae-in held a summit on denuclearization on "
    "Tuesday.",
    "Kim Jong Un and Moon Jae-in concluded a summit on denuclearization on Tuesday.",
])
def test_leaders_joined_with_a_state_as_possessor(run, text):
    assert summary(run(text, date="2018-06-13")) == [
        ("talks", "asserted", ["kim-jong-un", "moon-jae-in", "north-korea", "south-korea"],
         [], [], "2018-06-12")]


@pytest.mark.parametrize(("text", "expected"), [
    # the opening day is when it was said; the day after "that", when it happened
    ("On Wednesday, Japan said that last week North Korea fired a ballistic missile.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2019-W38")]),
    ("On Wednesday, the ministry said that last week Putin had written to Asian governments "
     "proposing a moratorium on deploying intermediate-range missiles.",
     [("moratorium", "hypothetical", ["russia", "vladimir-putin"], [], [], "2019-W38")]),
    # no date after "that": the opening day dates the sentence
    ("On Wednesday, Japan said that North Korea had fired a ballistic missile.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2019-09-25")]),
])
def test_a_date_in_what_was_said_beats_the_opening_day(run, text, expected):
    assert summary(run(text, date="2019-09-27")) == expected


def test_a_date_of_another_clause_leaves_the_opening_day(run):
    # 1987 is the signing's, in no clause of what was said
    records = run("On Aug. 2, Moscow declared the end of the INF Treaty that was signed in 1987, "
                  "after Washington withdrew from it.", date="2019-09-27")
    assert with_treaty(records) == [
        ("signing", "asserted", [], [], [], "1987", "inf-treaty"),
        ("withdrawal", "asserted", ["united-states"], [], [], "2019-08-02", "inf-treaty")]


@pytest.mark.parametrize(("text", "expected"), [
    # the aside about the minister has closed before "said": the opening day is the sentence's
    ("On Wednesday, Japan's defence minister, who took office on Monday, said North Korea "
     "fired a ballistic missile.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2019-09-25")]),
    # a relative clause that holds the trigger takes no day from before it, even with an
    # aside of its own
    ("On Wednesday, Japan thanked its minister, who watched North Korea's missile launch.",
     [("missile_test", "asserted", ["north-korea"], [], [], None)]),
    ("On Wednesday, Japan named a minister who, as a diplomat, watched North Korea's missile "
     "launch.",
     [("missile_test", "asserted", ["north-korea"], [], [], None)]),
])
def test_a_closed_aside_parts_no_date_from_the_trigger(run, text, expected):
    assert summary(run(text, date="2019-09-27")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence opening with a part of the day goes on with the day of the news
    ("Iran and the IAEA signed an inspection agreement in Cairo on Tuesday. In the afternoon, "
     "Egypt's foreign minister held talks with Iran's foreign minister on the nuclear programme.",
     [("signing", "asserted", ["iaea", "iran"], [], [], "2025-09-09"),
      ("talks", "asserted", ["egypt"], ["iran"], [], "2025-09-09TAF")]),
    # inside a sentence it may be another day's: no date is guessed
    ("Iran and the IAEA signed an inspection agreement in Cairo on Tuesday. Egypt's foreign "
     "minister held talks in the afternoon with Iran's foreign minister on the nuclear programme.",
     [("signing", "asserted", ["iaea", "iran"], [], [], "2025-09-09"),
      ("talks", "asserted", ["egypt"], ["iran"], [], None)]),
])
def test_a_part_of_the_day_opening_a_sentence(run, text, expected):
    assert summary(run(text, date="2025-09-10")) == expected


@pytest.mark.parametrize(("text", "targets"), [
    # an office in capitals and "of": the body its holder serves is in the list
    ("Egypt's foreign minister held talks with Iranian Foreign Minister Javad Zarif and the "
     "Director-General of the IAEA on the nuclear programme.",
     ["iaea", "iran", "javad-zarif"]),
    ("Egypt's foreign minister held talks with Iranian Foreign Minister Javad Zarif and the "
     "Secretary-General of NATO on the nuclear programme.",
     ["iran", "javad-zarif", "nato"]),
    # not any words before "of"
    ("Egypt's foreign minister held talks with Iranian Foreign Minister Javad Zarif and the "
     "rest of the IAEA team on the nuclear programme.",
     ["iran", "javad-zarif"]),
])
def test_an_office_holder_in_a_list_of_parties(run, text, targets):
    assert summary(run(text, date="2025-09-10")) == [
        ("talks", "asserted", ["egypt"], targets, [], None)]


TRUMP_PUTIN = ["donald-trump", "russia", "united-states", "vladimir-putin"]


@pytest.mark.parametrize(("text", "expected"), [
    # the subject after a phrase that opens the sentence with talks takes part in them (and
    # two sides that agree to act conclude an agreement)
    ("At a summit in Helsinki last July, Trump and Putin agreed to restore their nuclear hotlines.",
     [("talks", "asserted", TRUMP_PUTIN, [], [], "2018-07"),
      ("signing", "asserted", TRUMP_PUTIN, [], [], "2018-07")]),
    ("At a summit with Putin in Helsinki last July, Trump agreed to restore nuclear hotlines.",
     [("talks", "asserted", ["donald-trump", "united-states"], ["russia", "vladimir-putin"], [],
       "2018-07")]),
    ("During nuclear talks in Vienna last week, the United States and Iran agreed to exchange "
     "prisoners.",
     [("talks", "asserted", ["iran", "united-states"], [], [], "2019-W01"),
      ("signing", "asserted", ["iran", "united-states"], [], [], "2019-W01")]),
    # not after a phrase of time that follows the summit, nor past an earlier comma
    ("After a summit in Helsinki last July, Trump and Putin agreed to restore their nuclear "
     "hotlines.", [("signing", "asserted", TRUMP_PUTIN, [], [], "2018-07")]),
    ("At home, after the summit in Helsinki last July, Trump agreed to restore nuclear "
     "hotlines.", []),
])
def test_the_subject_after_an_opening_phrase_of_talks(run, text, expected):
    assert summary(run(text, date="2019-01-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what an act served as is the act's doer's
    ("The US struck a Syrian government airbase as a warning to President Bashar al-Assad's "
     "regime over chemical weapons.",
     [("combat_use", "asserted", ["united-states"], ["syria"], [], None),
      ("warning", "asserted", ["united-states"], ["bashar-al-assad", "syria"], [], None)]),
    # "as long as talks continued": no article, no act served as talks
    ("Rowhani, then Iran's top nuclear envoy, said the enrichment freeze would hold as long as "
     "talks with Brussels continued.",
     [("talks", "planned", ["hassan-rouhani", "iran"], ["european-union"], [], "2017-04-24")]),
    ("Markets in Seoul rose as direct talks between Iran and Israel began on nuclear "
     "weapons.",
     [("talks", "asserted", ["iran", "israel"], [], [], None)]),
])
def test_what_an_act_served_as(run, text, expected):
    assert summary(run(text, date="2017-04-24")) == expected


@pytest.mark.parametrize("text", [
    "Iran said it shot down several drones but gave no details.",
    "Iran said it shot down several drones, although it gave no details.",
])
def test_the_object_of_an_interception_ends_at_a_clause(run, text):
    # "details" after "but" is no object of "shot down"
    assert summary(run(text, date="2024-04-19")) == [
        ("interception", "asserted", ["iran"], [], [], None)]


@pytest.mark.parametrize("model", [False, True])
def test_an_attack_not_to_be_perpetrated(run_on, model):
    # "perpetrate" takes the attack as its object, so the parse's negation of the verb
    # negates the attack, as the blank pipeline's cue does
    text = ("The raids are a plain signal to the Syrian government that it should not perpetrate "
            "a new chemical weapons attack.")
    records = run_on(text, "2018-04-14", model)
    assert [(e[0], e[1], e[2]) for e in summary(records)] == [
        ("combat_use", "negated", ["syria"])]


@pytest.mark.parametrize("text", [
    "The INF Treaty had been signed in 1987 by Mikhail Gorbachev and then U.S. President "
    "Ronald Reagan.",
    "The INF Treaty had been signed in 1987 by Mikhail Gorbachev and former U.S. President "
    "Ronald Reagan.",
    "The INF Treaty had been signed in 1987 by Mikhail Gorbachev and U.S. President Ronald "
    "Reagan.",
])
def test_a_list_of_signers_goes_on_past_a_dated_office(run, text):
    # the state named before a title, and the person after it, are in the list
    assert with_treaty(run(text, date="2019-08-02")) == [
        ("signing", "asserted",
         ["mikhail-gorbachev", "ronald-reagan", "soviet-union", "united-states"], [], [], "1987",
         "inf-treaty")]
