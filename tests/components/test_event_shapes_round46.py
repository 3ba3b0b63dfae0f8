"""Shapes found in round 46 on part AW: a treaty named by what it regulates, an ended treaty
named by its year, a denial whose clause holds a word its entry refuses as an object,
negotiations completed on a deal, inspectors thrown out, a target destroyed by warplanes, a
list that "other allies" closes, "he and" a partner, an act called alarming, weapons added,
a craft named for attack, air raids and strikes a state carries out, bombs dropped, "the
ministry" as a speaker, a test after "in a" and an adjective, human rights violations,
prospects for an act, a cabinet that approves a treaty, inspections on a list of dates, alarm
in a state, and an act judged a serious development."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary

MODEL = [pytest.param(False, id="blank"), pytest.param(True, id="model")]


def _treaties_of_events(records: list[dict]) -> list[tuple[str, str | None]]:
    return [(e["type"], (e["treaty"] or {}).get("id")) for e in records
            if e["kind"] == "event"]


def test_a_treaty_named_by_what_it_regulates(run):
    # whatever qualifies the trade, the pact that regulates it is the Arms Trade Treaty
    records = run("Canada on Monday signed the new pact that regulates the cross-border arms "
                  "trade.", date="2016-09-07")
    assert _treaties_of_events(records) == [("signing", "arms-trade-treaty")]
    assert summary(records) == [("signing", "asserted", ["canada"], [], [], "2016-09-05")]


def test_words_before_a_banned_phrase_still_change_what_is_banned(run):
    # "nuclear weapons" is what the TPNW bans, but not after "intermediate-range"
    records = run("Moscow left the treaty banning intermediate-range nuclear weapons.",
                  date="2016-09-07")
    assert _treaties_of_events(records) == [("withdrawal", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # the year written before "pact" lets a treaty that has since ended be the one meant
    ("The reactors were frozen under a 1994 pact between Pyongyang and Washington that "
     "later collapsed.",
     [("suspension", "agreed-framework"), ("signing", "agreed-framework")]),
    # with no year, an ended treaty is not what "the pact" of a 2016 story means
    ("The reactors were frozen under the pact between Pyongyang and Washington.",
     [("suspension", None)]),
])
def test_an_ended_treaty_named_by_its_year(run, text, expected):
    records = run(text, date="2016-09-07")
    assert _treaties_of_events(records) == expected
    signings = [e for e in summary(records) if e[0] == "signing"]
    assert signings == ([("signing", "asserted", ["north-korea", "united-states"], [], [],
                          "1994")] if len(expected) == 2 else [])


@pytest.mark.parametrize(("text", "expected"), [
    # "access" is in the clause the denial takes, not its object
    ("Brazil denies it is blocking access to its nuclear plants.",
     [("denial", "asserted", ["brazil"], [], [], "2016-09-07")]),
    # access denied to inspectors is withheld: no denial
    ("Brazil denied the nuclear inspectors access to the plant on Monday.",
     [("inspection", "negated", ["brazil"], [], [], "2016-09-05")]),
])
def test_a_finite_auxiliary_ends_the_object_of_a_verb(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Seoul and Canberra said on Monday they had completed negotiations on a defence pact.",
     [("signing", "asserted", ["australia", "south-korea"], [], [], "2016-09-05")]),
    ("The two firms completed negotiations on a merger agreement for their shipyards.", []),
])
def test_negotiations_completed_on_a_deal_conclude_it(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


def test_inspectors_thrown_out_inspect_no_more(run):
    text = ("Pyongyang said no reactor was running in May 2012, when the last UN nuclear "
            "inspectors were thrown out by the regime.")
    assert summary(run(text, date="2016-09-07")) == [
        ("inspection", "negated", ["iaea"], [], [], "2012-05")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A Kurdish ammunition depot was destroyed by Turkish warplanes in 2016.",
     [("combat_use", "asserted", ["turkey"], [], [], "2016")]),
    # a reactor is a target struck
    ("The suspected nuclear reactor near the river was bombed by Israel in 2007.",
     [("combat_use", "asserted", ["israel"], [], [], "2007")]),
    # a missile destroyed by an interceptor is intercepted, even over a base
    ("The incoming missile was destroyed by an interceptor over the base.",
     [("interception", "asserted", [], [], [], None)]),
    ("The old factory was destroyed by fire in 1998.", []),
])
def test_a_target_destroyed_by_warplanes_was_attacked(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


def test_a_list_that_other_allies_close_is_the_subject(run):
    text = ("Canada joined the pact that regulates the cross-border arms trade. In June "
            "Japan, Italy and other Western allies also signed the accord.")
    records = run(text, date="2016-09-07")
    assert summary(records)[1:] == [
        ("signing", "asserted", ["italy", "japan"], [], [], "2016-06")]
    assert _treaties_of_events(records)[1:] == [("signing", "arms-trade-treaty")]


@pytest.mark.parametrize("model", MODEL)
def test_he_and_a_partner_are_both_sides_of_talks(run_on, model):
    text = ("Dutch Prime Minister Mark Rutte says he and Japanese Foreign Minister Taro Kono "
            "have held talks about placing missile defences in the Netherlands.")
    assert summary(run_on(text, "2016-09-07", model)) == [
        ("talks", "asserted", ["japan", "mark-rutte", "taro-kono"], [], [], "2016-09-07")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Seoul branded North Korea's missile test a grave provocation on Sunday.",
     [("warning", "asserted", ["south-korea"], ["north-korea"], [], "2016-09-04"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2016-09-04")]),
    # the arms are told in the sentence before; whose announcement is warned against
    ("Moscow will add dozens of new missiles this year, Putin said on Tuesday. The British "
     "foreign secretary called Putin's announcement concerning.",
     [("deployment", "planned", ["russia"], [], [], "2016"),
      ("warning", "asserted", [], ["russia", "vladimir-putin"], [], "2016-09-07")]),
    ("The coach called the new stadium rules dangerous for the fans.", []),
])
def test_an_act_called_alarming_is_warned_against(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Indian army will add two new regiments of BrahMos missiles next year.",
     [("deployment", "planned", ["india"], [], ["brahmos"], "2017")]),
    ("The new launches add to fears of a missile race in the region.", []),
    ("Officials said the launcher failed, adding that the missile never left its canister.",
     []),
])
def test_weapons_added_are_deployed(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


@pytest.mark.parametrize("text", [
    "State media gave the new drone the name of nuclear attack craft Haeil in 2021.",
    "Pyongyang says its underwater attack craft Haeil can hit enemy ports.",
])
def test_a_craft_named_for_attack_attacks_nothing(run, text):
    assert summary(run(text, date="2023-03-24")) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli jets staged several air raids near the port on Monday.",
     [("combat_use", "asserted", ["israel"], [], [], "2016-09-05")]),
    ("The museum opened an exhibition about the air raids of 1940.", []),
])
def test_air_raids_are_attacks_with_no_weapon_named(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


def test_the_ministry_speaks_for_the_state_whose_ministry_spoke_before(run):
    text = ("The Saudi energy ministry said a fuel depot near the port was hit by a drone. "
            "The defense ministry said a second armed drone was intercepted before reaching the "
            "coast.")
    assert summary(run(text, date="2016-09-07"))[1:] == [
        ("interception", "asserted", ["saudi-arabia"], [], [], None)]


def test_only_an_office_word_speaks_for_an_office_told_before(run):
    # "officials" is no office: what they said was intercepted has no interceptor named
    text = ("The Saudi energy ministry said the Qatari officials had seen a drone hit a fuel "
            "depot. The officials said a second drone was intercepted before reaching the "
            "coast.")
    assert summary(run(text, date="2016-09-07"))[1:] == [
        ("interception", "asserted", [], [], [], None)]


def test_a_test_after_in_a_and_an_adjective_is_the_clause_s_occasion(run):
    # (the missiles stand too far before "test" to be its weapon by word distance)
    text = ("Two Indian ballistic missiles blew each other up high over the Bay of Bengal late "
            "on Monday during a successful test, the defence ministry said.")
    assert summary(run(text, date="2016-09-07")) == [
        ("missile_test", "asserted", ["india"], [], [], "2016-09-05")]


def test_human_rights_violations_breach_no_arms_rule(run):
    text = ("Lavrov said Moscow would sign the accord, which seeks to curb weapons shipments "
            "that could fuel terrorism or human rights violations.")
    assert summary(run(text, date="2016-09-07")) == [
        ("signing", "planned", ["russia"], [], [], "2016-09-07")]


def test_prospects_for_an_act_are_no_act(run):
    text = "The vote leaves dim prospects for ratification of the arms trade treaty by Congress."
    assert summary(run(text, date="2016-09-07")) == [
        ("ratification", "hypothetical", ["united-states", "us-congress"], [], [], None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian jets dropped bombs on the rebel-held town on Friday.",
     [("combat_use", "asserted", ["russia"], [], [], "2016-09-02")]),
    # "bomb" is a noun here, even with a target word in the sentence
    ("Under the JCPOA, Iran could no longer build a bomb and must dismantle a reactor.", []),
])
def test_bombs_dropped_are_an_attack(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel conducted a series of precision strikes on Hezbollah sites on Friday.",
     [("combat_use", "asserted", ["israel"], ["hezbollah", "lebanon"], [], "2016-09-02")]),
    # strikes by workers: no state carries them out
    ("Dockworkers and teachers carried out strikes across France on Monday.", []),
])
def test_strikes_a_state_carries_out_are_attacks(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("India's cabinet cleared the civil nuclear pact on Tuesday.",
     [("ratification", "asserted", ["india"], [], [], "2016-09-06")]),
    # a participle set off after its noun has that noun as its object
    ("The pact, approved by Japan's cabinet on Tuesday, lets Tokyo buy American reactors.",
     [("ratification", "asserted", ["japan"], [], [], "2016-09-06")]),
    ("The cabinet approved the new budget on Wednesday.", []),
])
def test_a_cabinet_that_approves_a_treaty_ratifies_it(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


def test_inspections_on_a_list_of_dates_are_one_visit_each(run):
    text = "IAEA inspectors visited the enrichment plant in May and July, the ministry said."
    assert summary(run(text, date="2016-09-07")) == [
        ("inspection", "asserted", ["iaea"], [], [], "2016-05"),
        ("inspection", "asserted", ["iaea"], [], [], "2016-07")]


@pytest.mark.parametrize(("text", "expected"), [
    # whoever the alarm is in warns; the act that caused it is no agent
    ("The new missile base caused alarm in Norway and Finland on Monday.",
     [("warning", "asserted", ["finland", "norway"], [], [], "2016-09-05")]),
    ("The new stadium caused alarm in the town council.", []),
    # "in" ends other triggers too: a breach's names no agent (its subject is the accused)
    ("Iran failed in its obligations under the accord, the board said.",
     [("violation_allegation", "asserted", [], ["iran"], [], "2016-09-07")]),
])
def test_alarm_in_a_state_is_its_warning(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Japanese envoy said on Monday the launch was a very serious development.",
     [("warning", "asserted", ["japan"], [], [], "2016-09-05")]),
    ("The mayor said the new bridge was a very serious development for the town.", []),
])
def test_an_act_judged_a_serious_development_is_warned_against(run, text, expected):
    assert summary(run(text, date="2016-09-07")) == expected
