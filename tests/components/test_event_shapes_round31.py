"""Shapes found in round 31 on part AH: a possessive pronoun in a relative clause, compounds
between a possessive and its event noun, and a state barred from an act."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # "its" in the relative clause is the antecedent's, with a sanctions noun between
    ("Diplomats met envoys from Iran, which has been isolated under sanctions since its "
     "first satellite launch in 2009.",
     [("missile_test", "asserted", ["iran"], [], [], "2009")]),
    # another actor between: "its" is that actor's, not the antecedent's
    ("Japan, which condemned North Korea for its missile launch in 2017, asked for talks.",
     [("warning", "asserted", ["japan"], ["north-korea"], [], "2017"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2017")]),
])
def test_a_possessive_pronoun_in_a_relative_clause(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a hyphenated compound is one word between the possessive and the noun
    ("Seoul condemned Pyongyang for its latest long-range missile launch.",
     [("warning", "asserted", ["south-korea"], ["north-korea"], [], "2023-03-15"),
      ("missile_test", "asserted", ["north-korea"], [], [], None)]),
    # the second part of a compound counts as no word either
    ("India and Pakistan reviewed their 21-month peace dialogue on nuclear risks on Monday.",
     [("talks", "asserted", ["india", "pakistan"], [], [], "2023-03-13")]),
])
def test_a_compound_between_a_possessive_and_its_noun(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tehran is barred by a Security Council resolution from testing nuclear-capable "
     "missiles.", []),
    ("Iran is barred under the 2015 resolution from testing missiles.", []),
    # barring someone is a refusal, no ban
    ("Iran barred two IAEA inspectors on Saturday.",
     [("inspection", "negated", ["iran"], ["iaea"], [], "2023-03-11")]),
    # the ban says nothing of the act told next to it
    ("North Korea fired a pair of ballistic missiles on Monday, acts it is barred from by UN "
     "resolutions.", [("missile_test", "asserted", ["north-korea"], [], [], "2023-03-13")]),
])
def test_a_state_barred_from_an_act(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # states fire missiles they bought: an exported system's maker launches nothing here
    ("Three Scud missiles were launched into the sea on Tuesday, Seoul's military said.",
     [("missile_test", "asserted", [], [], ["scud-b"], "2023-03-14")]),
    # a system of one state's own is still its owner's
    ("A Hwasong-15 was launched into the sea on Monday.",
     [("missile_test", "asserted", ["north-korea"], [], ["hwasong-15"], "2023-03-13")]),
    # and a transfer of an exported system is its maker's (lexicon buyer-events)
    ("The deployment of S-400 batteries to Syria was completed on Monday.",
     [("deployment", "asserted", ["russia"], ["syria"], ["s-400"], "2023-03-13")]),
])
def test_an_exported_system_is_no_makers_launch(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The IAEA inspected the Isfahan plant on Monday but so far has been unable to inspect "
     "the Fordow site since June.",
     [("inspection", "asserted", ["iaea"], [], [], "2025-09-29"),
      ("inspection", "negated", ["iaea"], [], [], None)]),
    # a leader who inspects a weapons plant visits it
    ("Kim Jong Un inspected a nuclear weapons institute, the state news agency said.", []),
])
def test_an_inspecting_body_inspects(run, text, expected):
    assert summary(run(text, date="2025-10-01")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a president's administration is the state, not the president
    ("The Clinton administration said on Friday it would lift some sanctions on North "
     "Korea's missile trade.",
     [("sanctions", "planned", ["united-states"], ["north-korea"], [], "2008-08-22")]),
    # a warhead is a system of the knowledge base
    ("The US Navy fielded the W76-2 warhead at the end of 2019, the Pentagon said on "
     "Tuesday.",
     [("deployment", "asserted", ["united-states", "us-navy"], [], ["w76-2"], "2019")]),
])
def test_an_administration_and_a_warhead(run, text, expected):
    assert summary(run(text, date="2008-08-26")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the apposition between the name and the passive verb is part of the subject
    ("The DF-5C, a liquid-fuelled ICBM, was displayed at the Beijing parade on Wednesday.",
     [("development", "asserted", ["china"], [], ["df-5c"], "2025-09-03")]),
    ("The banner, a tribute to the missile forces, was displayed on Wednesday.", []),
    # an aside with no determiner is no apposition: the portrait is the subject
    ("Near the Hwasong-17 launchers, surprisingly, a portrait was displayed.", []),
])
def test_a_weapon_displayed(run, text, expected):
    assert summary(run(text, date="2025-09-05")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pyongyang has stopped dismantling the cooling plant at Yongbyon, its envoy said on "
     "Tuesday.",
     [("elimination", "negated", ["north-korea"], [], [], "2008-08-26")]),
    # work halted; a site of the lexicon nuclear-site-names makes the plant a nuclear one
    ("Tehran halted work on dismantling the Arak reactor in August.",
     [("elimination", "negated", ["iran"], [], [], "2008-08")]),
    # a halt of something else leaves a weapons act alone
    ("Police stopped the convoy after Iran tested a missile on Monday.",
     [("missile_test", "asserted", ["iran"], [], [], "2008-08-25")]),
])
def test_work_halted(run, text, expected):
    assert summary(run(text, date="2008-08-26")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pyongyang said it would reactivate the plutonium reactor at Yongbyon within months.",
     [("development", "planned", ["north-korea"], [], [], "2008-08-26")]),
    # civilian power reactors restarted develop no weapon
    ("Japan restarted two nuclear power reactors on Monday after safety checks.", []),
])
def test_nuclear_facilities_restored(run, text, expected):
    assert summary(run(text, date="2008-08-26")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the outlet's tag is no inspector; the body named in the next sentence is
    ("(Reuters) Weapons inspectors reached the chemical depot on Monday. The OPCW said so "
     "in a statement.",
     [("inspection", "asserted", ["opcw"], [], [], "2020-02-03")]),
    # no body named before or right after: inspectors of nobody say nothing
    ("Weapons inspectors reached the chemical depot on Monday.", []),
])
def test_inspectors_of_a_body_named_next(run, text, expected):
    assert summary(run(text, date="2020-02-05")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("(CNN) Weapons inspectors have found traces of sarin at the depot.", []),
    # a name in brackets inside a sentence still acts
    ("The report said the UN watchdog (IAEA) had inspected the Fordow site on Monday.",
     [("inspection", "asserted", ["iaea"], [], [], "2017-06-26")]),
])
def test_an_outlet_tag_is_no_actor(run, text, expected):
    assert summary(run(text, date="2017-06-30")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("North Korea's missile launch on Monday drew an outcry from Japan and South Korea.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2023-03-13"),
      ("warning", "asserted", ["japan", "south-korea"], [], [], "2023-03-13")]),
    ("The new tax drew an outcry from shopkeepers.", []),
])
def test_an_outcry_is_a_warning(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tehran insists it has cooperated fully with the IAEA.",
     [("denial", "asserted", ["iran"], ["iaea"], [], "2026-01-21")]),
    # the watchdog's word about Iran is no denial of Iran's
    ("The IAEA said in a report that Iran was cooperating fully with the watchdog.", []),
    ("Turkey insists it has cooperated fully with the police inquiry into the fire.", []),
])
def test_full_cooperation_claimed(run, text, expected):
    assert summary(run(text, date="2026-01-21")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States said on Friday that Iran has until March to answer the agency's "
     "questions on its centrifuges.",
     [("warning", "asserted", ["united-states"], ["iran"], [], "2003-09-12")]),
    ("Students have until Friday to hand in their essays on nuclear physics.", []),
    # a deadline set: the setter warns
    ("NATO set a deadline for Russia on Friday over its missile.",
     [("warning", "asserted", ["nato"], ["russia"], [], "2003-09-12")]),
])
def test_a_deadline_set_for_a_state(run, text, expected):
    assert summary(run(text, date="2003-09-13")) == expected


@pytest.mark.parametrize("model", [False, True])
def test_a_body_named_in_the_inspection_inspects(run_on, model):
    # with or without a parse, the body inside the trigger is the inspector
    text = "Iran allowed an IAEA inspection of the Fordow site on Monday."
    assert summary(run_on(text, "2003-12-18", model)) == [
        ("inspection", "asserted", ["iaea"], [], [], "2003-12-15")]


def test_a_name_ending_in_administration_stands_for_no_state(run):
    # "administration" ends a state's name here: it is no word standing for the state the
    # text is about, so the negotiations are nobody's (not Iran's)
    text = ("Iran tested a missile in March. The measures arrived late because the Obama "
            "administration postponed them amid delicate negotiations over detained sailors.")
    assert summary(run(text, date="2016-01-18")) == [
        ("missile_test", "asserted", ["iran"], [], [], "2015-03")]


def test_the_first_word_of_a_states_name_still_points_to_it(run):
    text = ("The Security Council approved sanctions against North Korea over its claimed "
            "atomic test in October.")
    assert summary(run(text, date="2016-01-18")) == [
        ("sanctions", "asserted", ["un-security-council"], ["north-korea"], [], "2015-10"),
        ("nuclear_test", "asserted", ["north-korea"], [], [], "2015-10")]


@pytest.mark.parametrize(("text", "expected"), [
    # a body charged with a task is given it, not accused
    ("Syria's last chemical weapons left the port, a UN team charged with monitoring the "
     "clean-up said on Monday.", []),
    ("Washington charged Iran with smuggling missile parts to Yemen.",
     [("violation_allegation", "asserted", ["united-states"], ["iran"], [], "2014-06-24")]),
])
def test_charged_with_a_task(run, text, expected):
    assert summary(run(text, date="2014-06-24")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Both sides will report their warheads, deployed and non-deployed, every six months.",
     []),
    # "non-" before another word makes no pair
    ("In May the US deployed and non-aligned states opposed the new missiles.",
     [("deployment", "asserted", ["united-states"], [], [], "2010-05")]),
    # two verbs joined by "and" stay verbs
    ("Russia deployed and tested new missiles in May.",
     [("deployment", "asserted", ["russia"], [], [], "2010-05"),
      ("missile_test", "asserted", ["russia"], [], [], "2010-05")]),
])
def test_a_participle_paired_with_its_negation(run, text, expected):
    assert summary(run(text, date="2010-06-01")) == expected


def test_earlier_in_the_week_dates_its_own_clause(run):
    text = "Iran launched two rockets earlier in the week, and it launched a satellite in February."
    assert summary(run(text, date="2010-06-01")) == [
        ("missile_test", "asserted", ["iran"], [], [], "2010-W22"),
        ("missile_test", "asserted", ["iran"], [], [], "2010-02")]


@pytest.mark.parametrize(("text", "expected"), [
    # every actor of the text is American: the deployment told with no agent is America's
    ("Two interceptors were installed in their silos on Thursday, the Pentagon said.",
     [("deployment", "asserted", ["united-states"], [], [], "2004-07-22")]),
    # two states named: nobody's, and with no system named nothing to record
    ("Two interceptors were installed in their silos on Thursday. Russia and the Pentagon "
     "disagree over them.", []),
    # a launch is often told by a neighbour alone: no sole state launches it
    ("A ballistic missile was launched into the sea on Monday. Japan's defence ministry said "
     "it fell outside its waters.",
     [("missile_test", "asserted", [], [], [], "2004-07-19")]),
    # an event noun is no verb told without its agent: what a pact governs is nobody's act
    ("The president said Washington would back no pact that governs the transfer of "
     "conventional weapons such as rifles and tanks.", []),
])
def test_the_sole_state_of_a_text(run, text, expected):
    assert summary(run(text, date="2004-07-23")) == expected
