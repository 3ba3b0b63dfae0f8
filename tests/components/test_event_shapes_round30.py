"""Shapes found in round 30 on part AG: a moratorium renewed, "we" before someone else's
test, a programme dismantled, a clause of time before a future, a range improved, two
offices joined by "and", inspectors of a body named before, tallies told by "having", and
peace said to be threatened."""

from __future__ import annotations

import pytest

from ..conftest import of_kind
from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # "the moratorium" repeats the noun of the sentence before, which names the tests
    ("In 1999 North Korea declared a moratorium on long-range missile tests. Pyongyang "
     "renewed the moratorium during a summit with Japan on Sept. 17, 2002.",
     [("moratorium", "asserted", ["north-korea"], [], [], "1999"),
      ("moratorium", "asserted", ["north-korea"], [], [], "2002-09-17"),
      ("talks", "asserted", ["north-korea"], ["japan"], [], "2002-09-17")]),
    # the noun must be the one told before: a missile test names no moratorium
    ("Russia tested a missile on Sunday. Ukraine reaffirmed the moratorium on Monday.",
     [("missile_test", "asserted", ["russia"], [], [], "2023-03-12")]),
    # a moratorium on evictions is none, told again or not
    ("The city imposed a moratorium on evictions. The mayor reaffirmed the moratorium on "
     "Monday.", []),
])
def test_a_moratorium_told_again(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected


@pytest.mark.parametrize("model", [False, True])
def test_we_before_another_verb_does_not_own_the_test(run_on, model):
    # "we believe" does not make the speaker's side the tester: the test is the one before
    text = ("North Korea fired a short-range missile into the sea on Monday. \"We believe the "
            "missile test was part of a routine drill,\" a South Korean official said.")
    assert summary(run_on(text, "2023-03-15", model)) == [
        ("missile_test", "asserted", ["north-korea"], [], [], "2023-03-13")]


def test_we_with_a_light_verb_still_owns_the_test(run):
    text = "\"We conducted a missile test on Monday,\" the North Korean defence ministry said."
    assert summary(run(text, date="2023-03-15")) == [
        ("missile_test", "asserted", ["north-korea"], [], [], "2023-03-13")]


@pytest.mark.parametrize(("text", "expected"), [
    ("In September 2005, Libya promised to start dismantling its nuclear weapons programme.",
     [("elimination", "planned", ["libya"], [], [], "2005-09")]),
    ("The board voted to scrap its program of weekend classes.", []),
])
def test_a_weapons_programme_dismantled(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the clause of time before a future is planned too, and takes no day of its own
    ("After it has dismantled its nuclear reactor, North Korea will receive fuel oil.",
     [("elimination", "planned", ["north-korea"], [], [], None)]),
    ("Once Iran has ratified the CTBT, the sanctions will be lifted.",
     [("ratification", "planned", ["iran"], [], [], None),
      ("sanctions", "planned", [], [], [], None)]),
    # in the past, it happened
    ("After it dismantled its nuclear reactor, North Korea received fuel oil.",
     [("elimination", "asserted", ["north-korea"], [], [], None)]),
    # an event of the main clause keeps its own status
    ("Once the sanctions take effect, Japan will press North Korea, which fired a missile on "
     "Monday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2023-03-13")]),
    # the future of what the main clause reports is not its own
    ("When Russia deployed the Iskander missiles in 2018, NATO said it will respond.",
     [("deployment", "asserted", ["russia"], [], ["iskander-m"], "2018")]),
])
def test_a_clause_of_time_before_a_future(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected


def test_a_range_improved_is_development(run):
    text = ("Iran's defence minister said in 2009 that engineers had extended the Shahab-3's "
            "range to 2,000 kilometres.")
    assert summary(run(text, date="2023-03-15")) == [
        ("development", "asserted", ["iran"], [], ["shahab-3"], "2009")]


@pytest.mark.parametrize(("text", "model"), [
    ("The French president and the British prime minister signed the Lancaster House "
     "Treaties on Tuesday.", False),
    ("The French president and the British prime minister signed the Lancaster House "
     "Treaties on Tuesday.", True),
    # the nouns of each side's office, and "put pen to paper" for signing
    ("British officials and French diplomats put pen to paper on the Lancaster House Treaties "
     "on Tuesday.", False),
])
def test_two_offices_joined_by_and_both_sign(run_on, text, model):
    assert summary(run_on(text, "2023-03-15", model)) == [
        ("signing", "asserted", ["france", "united-kingdom"], [], [], "2023-03-14")]


def test_the_first_office_of_two_joins_the_second(run):
    # the subject is the first office: the second, with its holder's name, signs too
    text = ("At Lancaster House, the British premier and the French president, Nicolas "
            "Sarkozy, signed the Lancaster House Treaties on Tuesday.")
    assert summary(run(text, date="2023-03-15")) == [
        ("signing", "asserted", ["france", "nicolas-sarkozy", "united-kingdom"], [], [],
         "2023-03-14")]


@pytest.mark.parametrize(("text", "expected"), [
    # inspectors with no body of their own are those of the body named before
    ("The OPCW said the convoy had been fired on. The team of inspectors visited the chemical "
     "weapons depot on Monday.",
     [("inspection", "asserted", ["opcw"], [], [], "2023-03-13")]),
    # the body, not another actor named after it
    ("The OPCW said Syrian snipers had fired on the convoy. The team of inspectors visited the "
     "chemical weapons depot on Monday.",
     [("inspection", "asserted", ["opcw"], [], [], "2023-03-13")]),
    # after a verb of saying, the inspectors are not the speaker's (no body is named)
    ("China's envoy, Wu Dawei, says the accord requires North Korea to declare its nuclear "
     "material, and open the site to international inspectors.",
     [("inspection", "asserted", [], [], [], None)]),
    # ... or of the one "from" names
    ("Inspectors from the OPCW visited the chemical weapons depot on Monday.",
     [("inspection", "asserted", ["opcw"], [], [], "2023-03-13")]),
    # a refusing state stays the agent
    ("Iran barred IAEA inspectors from the Fordow site on Monday.",
     [("inspection", "negated", ["iran"], ["iaea"], [], "2023-03-13")]),
    # meeting doctors and victims is no talks
    ("The OPCW said the convoy had been fired on. The team of inspectors met doctors and "
     "victims of the chemical attack on Monday.",
     [("inspection", "asserted", ["opcw"], [], [], "2023-03-13")]),
])
def test_inspectors_of_a_body(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count of states "having signed" is a tally, no event
    ("Support for the CTBT is broad, with 187 states having signed and 178 having ratified.",
     []),
    # a named state "having signed" signed
    ("Ghana, having signed the CTBT in 1996, ratified it in 2011.",
     [("signing", "asserted", ["ghana"], [], [], "1996"),
      ("ratification", "asserted", ["ghana"], [], [], "2011")]),
])
def test_tallies_told_by_having(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the speaker warns, what threatens the peace is the target's; the launches in the
    # quotation are those of its subject, not the speaker's
    ("Seoul's defence minister said, \"Pyongyang's provocations, including repeated ballistic "
     "missile launches, endanger the stability of East Asia.\"",
     [("missile_test", "asserted", ["north-korea"], [], [], None),
      ("warning", "asserted", ["south-korea"], ["north-korea"], [], "2023-03-15")]),
    ("Tokyo said the missile launches by Pyongyang threaten regional peace.",
     [("missile_test", "asserted", ["north-korea"], [], [], None),
      ("warning", "asserted", ["japan"], ["north-korea"], [], "2023-03-15")]),
    ("Heavy rain threatens the security of the harvest.", []),
])
def test_peace_said_to_be_threatened(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an event told as earlier keeps the date a verb of taking place gives it
    ("North Korea's previous missile test took place on August 5.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2019-08-05")]),
    # ... not a date of another verb's clause
    ("The talks on Monday discussed North Korea's two recent missile tests.",
     [("talks", "asserted", [], ["north-korea"], [], "2019-12-09"),
      ("missile_test", "asserted", ["north-korea"], [], [], None)]),
    # ... nor the date of another event after it
    ("North Korea's two recent missile tests led to talks that took place on Monday.",
     [("missile_test", "asserted", ["north-korea"], [], [], None),
      ("talks", "asserted", ["north-korea"], [], [], "2019-12-09")]),
    # and it is not the news event told before it, even the headline's
    ("Pentagon test-fires new ground-launched missile\n\nThe Pentagon said the missile flew "
     "500 kilometres. The previous US test of a ground-launched missile happened in August.",
     [("missile_test", "asserted", ["united-states", "us-dod"], [], [], "2019-12-13"),
      ("missile_test", "asserted", ["united-states"], [], [], "2019-08")]),
    ("The United States test-fired a ground-launched missile on Thursday. The previous US test "
     "of a ground-launched missile happened in August.",
     [("missile_test", "asserted", ["united-states"], [], [], "2019-12-12"),
      ("missile_test", "asserted", ["united-states"], [], [], "2019-08")]),
])
def test_an_event_told_as_earlier(run, text, expected):
    assert summary(run(text, date="2019-12-13")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Standard missiles" with a capital S are the US Navy's family
    ("Taiwan's army fired Sky Bow III, Patriot and Standard missiles in a drill on Tuesday.",
     [("missile_test", "asserted", ["taiwan"], [],
       ["tien-kung", "patriot", "standard-missile-family"], "2019-12-10")]),
    # a weapon that smashes into something strikes it
    ("A Russian missile smashed into an apartment block in Dnipro on Saturday.",
     [("combat_use", "asserted", ["russia"], [], [], "2019-12-07")]),
    ("The truck slammed into a wall on the motorway.", []),
])
def test_weapons_named_and_striking(run, text, expected):
    assert summary(run(text, date="2019-12-13")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a claim that another party struck is an allegation against it
    ("Tbilisi claims that Russia has used Iskander missiles against civilian targets.",
     [("violation_allegation", "asserted", ["georgia"], ["russia"], ["iskander-m"], "2008-08-20"),
      ("combat_use", "asserted", ["russia"], [], ["iskander-m"], "2008-08-20")]),
    ("Moscow claimed Ukrainian forces fired Storm Shadow missiles at Luhansk.",
     [("violation_allegation", "asserted", ["russia"], ["ukraine"], ["storm-shadow"],
       "2008-08-20"),
      ("combat_use", "asserted", ["ukraine"], [], ["storm-shadow"], None)]),
    # a claim about one's own side is its news, not an allegation
    ("Moscow claimed that Russian forces fired missiles at Kyiv.",
     [("combat_use", "asserted", ["russia"], [], [], None)]),
    # nor is a claim with nobody named right after it (the UN is far on)
    ("Pyongyang claimed it had tested a new hypersonic missile, defying the UN.",
     [("missile_test", "asserted", ["north-korea"], [], [], None)]),
    # "a claim" is the noun
    ("Tehran said it had warned Qatar before the strike, a claim US officials later repeated.",
     [("warning", "asserted", ["iran"], ["qatar"], [], "2008-08-20")]),
])
def test_a_claim_about_another_party(run, text, expected):
    assert summary(run(text, date="2008-08-20")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the weapon "with which" a state attacked stands before the verb
    ("The Oreshnik, with which Russia attacked Dnipro on November 21, is a new missile.",
     [("combat_use", "asserted", ["russia"], [], ["oreshnik"], "2024-11-21")]),
    ("Minsk asked for more weapons, in particular the \"Oreshnik\", with which Russia attacked "
     "Dnipro on November 21.",
     [("combat_use", "asserted", ["russia"], [], ["oreshnik"], "2024-11-21")]),
    ("Kyiv fears the new missiles, with which Russia attacked Dnipro on November 21.",
     [("combat_use", "asserted", ["russia"], [], [], "2024-11-21")]),
    # no weapon before "with which": no attack with arms
    ("The company, with which Russia attacked the market in November, is new.", []),
    # "with" and no relative pronoun: the missiles are not what the attack used
    ("Kyiv welcomed the new missiles, with Moscow attacking the deal in the press.", []),
])
def test_the_weapon_with_which_a_state_attacked(run, text, expected):
    assert summary(run(text, date="2024-12-06")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the state before a title, over a lower-case word of the office: the person's country
    ("The Iraqi information minister, Tariq Hamdani, denied that Iraq possessed Scud missiles.",
     [("Tariq Hamdani", "iraq", "minister")]),
    # a word such as "the" or "and" between them ends the search
    ("Iraq said the information minister, Tariq Hamdani, was wrong.",
     [("Tariq Hamdani", None, "minister")]),
    ("Talks between Iran and the minister, Tariq Hamdani, ended on Friday.",
     [("Tariq Hamdani", None, "minister")]),
])
def test_a_state_before_an_office(run, text, expected):
    people = [r for r in of_kind(run(text, date="2003-03-21"), "actor") if r["type"] == "person"]
    assert [(r["text"], r["country"], r["title"]) for r in people] == expected


def test_a_gerund_after_by_shares_the_subject(run):
    # "responded by denying": the minister, named with his office and state, denies
    text = ("The Iraqi information minister, Tariq Hamdani, responded by denying that Iraq "
            "possessed Scud missiles.")
    assert summary(run(text, date="2003-03-21")) == [
        ("denial", "asserted", ["iraq", "tariq-hamdani"], [], ["scud-b"], None)]


@pytest.mark.parametrize(("text", "expected"), [
    # "the Islamic Republic" alone is Iran; a longer name wins
    ("The Islamic Republic has denied sending missiles to Russia.",
     ["iran", "russia"]),
    ("The Islamic Republic of Pakistan tested a missile, the Islamic Republic News Agency said.",
     ["pakistan", "irna"]),
])
def test_the_islamic_republic(run, text, expected):
    assert [r["id"] for r in of_kind(run(text, date="2024-09-11"), "actor")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the "1" of "P5+1" counts nothing: the verb after it is the group's
    ("Iran and the P5+1 signed the nuclear deal in 2015.",
     [("signing", "asserted", ["china", "france", "germany", "iran", "p5-plus-1", "russia",
                               "united-kingdom", "united-states"], [], [], "2015")]),
    # a number before a participle still counts things
    ("Russia keeps 1,550 deployed warheads.", []),
])
def test_a_number_inside_a_name_counts_nothing(run, text, expected):
    assert summary(run(text, date="2020-02-16")) == expected
