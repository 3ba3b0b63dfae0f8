"""Shapes found in round 57 on part BH and the parts tuned on before: earlier events told
by a plural noun with a list of years, "not only" and "not just", patrols flown by two
states, the other side of a contract told in a relative clause, a finding that someone
carried out an attack, a state's own part in a treaty suspended, acts enacted by a decree or
a law, and the induction of a weapon."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize("subject", [
    "Two earlier atomic tests, in 2013 and 2016, were",
    "The atomic tests in 2013 and 2016 were",
    "Atomic tests in 2013 and 2016 were",
])
def test_tests_listed_by_year_before_a_passive_are_the_by_agents_one_per_year(run, subject):
    # the years between the noun and its passive verb neither hide the "by" agent nor
    # merge the two tests
    records = run(f"Satellite images show a new tunnel at the site. {subject} carried out "
                  "by North Korea.", date="2012-04-20")
    assert summary(records) == [
        ("nuclear_test", "asserted", ["north-korea"], [], [], "2013"),
        ("nuclear_test", "asserted", ["north-korea"], [], [], "2016")]


def test_previous_tests_of_a_weapon_listed_by_year_are_all_its_owners(run):
    # each year's copy takes the weapon the first found, and with it its owner
    records = run("Islamabad test-fired a Shaheen-III missile on Wednesday. Previous tests of "
                  "the missile took place in 2015 and 2019.", date="2021-01-21")
    assert summary(records) == [
        ("missile_test", "asserted", ["pakistan"], [], ["shaheen-iii"], "2021-01-20"),
        ("missile_test", "asserted", ["pakistan"], [], ["shaheen-iii"], "2015"),
        ("missile_test", "asserted", ["pakistan"], [], ["shaheen-iii"], "2019")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington accused Tehran not just of supplying missiles to the Houthis, but of "
     "arming militias across the region.",
     [("violation_allegation", "asserted", ["united-states"], ["iran"], [], "2017-12-15"),
      ("deployment", "asserted", ["iran"], ["houthis", "yemen"], [], None)]),
    ("Iran has not only tested ballistic missiles but also shipped them abroad.",
     [("missile_test", "asserted", ["iran"], [], [], None)]),
    # a plain "not" still negates
    ("Tehran did not supply the missiles to the rebels.",
     [("deployment", "negated", ["iran"], [], [], None)]),
])
def test_not_only_and_not_just_add_an_act_and_negate_none(run, text, expected):
    assert summary(run(text, date="2017-12-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tokyo scrambled fighters during a joint Russian-Chinese bomber patrol over the Sea of "
     "Japan on Tuesday.",
     [("deployment", "asserted", ["china", "russia"], [], [], "2022-05-24")]),
    # one state's patrol deploys nobody
    ("Tokyo scrambled fighters during a Russian bomber patrol over the Sea of Japan on "
     "Tuesday.", []),
])
def test_a_patrol_flown_by_two_states_deploys_both(run, text, expected):
    assert summary(run(text, date="2022-05-26")) == expected


def test_the_other_side_of_a_contract_told_in_a_relative_clause(run):
    records = run("Moscow froze the contract Russia signed with Iran in 2007 for S-300 "
                  "missiles.", date="2010-09-22")
    assert [e for e in summary(records) if e[0] == "signing"] == [
        ("signing", "asserted", ["russia"], ["iran"], ["s-300"], "2007")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The inquiry concluded that the Syrian air force had carried out the sarin attack.",
     [("violation_allegation", "asserted", [], ["syria"], [], "2017-10-28"),
      ("combat_use", "asserted", ["syria"], [], [], None)]),
    # a finding about a test is the test's news, no allegation
    ("Analysts concluded that North Korea had tested a new solid-fuel missile.",
     [("missile_test", "asserted", ["north-korea"], [], [], None)]),
    # nor is a finding about one's own attack
    ("Kyiv concluded that its drone attack had hit the airfield.",
     [("combat_use", "asserted", ["ukraine"], [], [], None)]),
])
def test_a_finding_that_another_carried_out_an_attack_is_an_allegation(run, text, expected):
    assert summary(run(text, date="2017-10-28")) == expected


@pytest.mark.parametrize(("text", "agents"), [
    ("The Kremlin published a decree on July 14 on the suspension of Moscow's participation "
     "in the CFE pact.", ["russia"]),
    ("Washington announced the suspension of Moscow's membership in the CFE pact on July 14.",
     ["russia"]),
    # a name ending in "s" takes the apostrophe alone
    ("Moscow announced the suspension of the United States' participation in the CFE pact "
     "on July 14.", ["united-states"]),
    # whose inspections they are says nothing of who suspends them
    ("Washington announced the suspension of Moscow's inspections under the CFE pact on July "
     "14.", ["united-states"]),
])
def test_a_state_whose_part_in_a_treaty_is_suspended_suspends_it(run, text, agents):
    records = run(text, date="2007-07-23")
    assert [e for e in summary(records) if e[0] == "suspension"] == [
        ("suspension", "asserted", agents, [], [], "2007-07-14")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Putin signed a law on the suspension of New START on Tuesday.",
     [("suspension", "asserted", ["russia", "vladimir-putin"], [], [], "2023-02-28")]),
    # a law or a decree about a test is about another's act
    ("Putin signed a law on the nuclear test on Tuesday.", []),
    ("Seoul issued a decree on the missile launch on Tuesday.", []),
])
def test_an_act_a_signed_law_or_decree_is_about_is_the_signers(run, text, expected):
    assert summary(run(text, date="2023-03-01")) == expected


def test_the_induction_of_a_weapon_deploys_it(run):
    records = run("The Indian navy marked the induction of the BrahMos missile into its fleet "
                  "on Monday.", date="2025-12-25")
    assert summary(records) == [
        ("deployment", "asserted", ["india"], [], ["brahmos"], "2025-12-22")]


@pytest.mark.parametrize("model", [False, True])
def test_a_series_test_is_not_by_whoever_called_the_tests_regrettable(run_on, model):
    # in the parse as by word positions, the state that judges the tests did not hold them,
    # so the first test of the series, told later, is not its own either
    text = ("Pyongyang fired two rockets into the sea on Wednesday, Seoul said.\n\n"
            "Tokyo, which is holding talks with Pyongyang on other matters, called the tests "
            "\"deeply regrettable\".\n\n"
            "The first test on Friday last week drew praise from state television as a "
            "breakthrough.")
    assert summary(run_on(text, "2014-07-02", model)) == [
        ("missile_test", "asserted", ["north-korea"], [], [], "2014-07-02"),
        ("talks", "asserted", ["japan"], ["north-korea"], [], None),
        ("warning", "asserted", ["japan"], [], [], "2014-07-02"),
        ("missile_test", "asserted", ["north-korea"], [], [], "2014-06-27")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ankara received the first S-400 batteries from Moscow on Friday.",
     [("deployment", "asserted", ["russia"], ["turkey"], ["s-400"], "2019-07-12")]),
    # with no supplier named, the receiver alone
    ("Ankara received the first S-400 batteries on Friday.",
     [("deployment", "asserted", [], ["turkey"], ["s-400"], "2019-07-12")]),
])
def test_weapons_received_from_a_state_are_its_transfer(run, text, expected):
    assert summary(run(text, date="2019-07-13")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The IAEA board passed a resolution on Wednesday censuring Tehran for its lack of "
     "cooperation.",
     [("violation_allegation", "asserted", ["iaea", "iaea-board-of-governors"], ["iran"], [],
       "2024-06-05")]),
    ("The IAEA board adopted a resolution on Wednesday criticising Tehran's lack of "
     "cooperation with the agency.",
     [("violation_allegation", "asserted", ["iaea", "iaea-board-of-governors"], ["iran"], [],
       "2024-06-05")]),
    # a lack of anything else owed to no treaty is none
    ("The coach criticised the team's lack of effort on Wednesday.", []),
])
def test_a_state_faulted_for_its_lack_of_cooperation_is_accused(run, text, expected):
    assert summary(run(text, date="2024-06-06")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("New Delhi signed a deal to buy five S-400 systems from Russia on Friday.",
     [("signing", "asserted", ["india"], ["russia"], [], "2018-10-05"),
      ("deployment", "asserted", ["russia"], ["india"], ["s-400"], "2018-10-05")]),
    # a seller of something else bought in the sentence is no side of the deal signed
    ("New Delhi signed a deal with Paris on Friday, while Ankara bought S-400 systems from "
     "Russia.",
     [("signing", "asserted", ["india"], ["france"], [], "2018-10-05"),
      ("deployment", "asserted", ["russia"], ["turkey"], ["s-400"], "2018-10-05")]),
])
def test_the_seller_of_what_a_signed_deal_buys_is_its_other_side(run, text, expected):
    assert summary(run(text, date="2018-10-06")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a capital after "from" sells what a verb of supply-verbs buys
    ("Ankara bought S-400 systems from Moscow in 2017.",
     [("deployment", "asserted", ["russia"], ["turkey"], ["s-400"], "2017")]),
    # after other verbs it stays where a weapon came from
    ("A missile fired from Tehran in 2017 fell into the sea.",
     [("missile_test", "asserted", [], [], [], "2017")]),
])
def test_a_capital_that_sells_weapons_is_its_state(run, text, expected):
    assert summary(run(text, date="2018-10-06")) == expected


def test_a_launch_in_a_text_that_opens_with_an_attack_is_that_attack(run):
    # the opening sentence tells the attack after another event (where the battery came
    # from); a later launch by the attackers is the same combat use, not a test
    records = run("A US-built THAAD battery, which arrived in Israel in October, shot down a "
                  "ballistic missile fired by the Houthis early on Friday. The missile launched "
                  "by the Houthis had set off sirens at about 3:30 a.m. across central Israel.",
                  date="2024-12-28")
    assert summary(records) == [
        ("deployment", "asserted", ["united-states"], ["israel"], ["thaad"], "2024-10"),
        ("interception", "asserted", ["united-states"], ["houthis", "yemen"], ["thaad"],
         "2024-12-27"),
        ("combat_use", "asserted", ["houthis", "yemen"], [], [], "2024-12-27")]


@pytest.mark.parametrize(("text", "expected"), [
    # neither who nor which weapon: nothing to record
    ("The weapons were shipped to the port on Monday.", []),
    # a system alone names its owner; an actor alone names who
    ("A Patriot battery was deployed to the port on Monday.",
     [("deployment", "asserted", ["united-states"], [], ["patriot"], "2023-03-20")]),
    ("Warsaw deployed more troops and weapons to the border on Monday.",
     [("deployment", "asserted", ["poland"], [], [], "2023-03-20")]),
])
def test_a_deployment_needs_an_actor_or_a_system(run, text, expected):
    assert summary(run(text, date="2023-03-22")) == expected


def test_a_text_that_opens_with_a_launch_is_not_made_a_war_by_another_attack(run):
    # the opening sentence tells another state's strike after the launch: the launch stays
    # a launch
    records = run("Pyongyang fired two short-range missiles toward its eastern waters on "
                  "Thursday, hours after US bombers struck military targets in Syria. The "
                  "missiles launched by the North flew about 400 km.", date="2023-02-24")
    assert summary(records) == [
        ("missile_test", "asserted", ["north-korea"], [], [], "2023-02-23"),
        ("combat_use", "asserted", ["united-states"], ["syria"], [], "2023-02-23"),
        ("missile_test", "asserted", ["north-korea"], [], [], None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tokyo condemned the launch on Thursday, as did Seoul.",
     [("warning", "asserted", ["japan", "south-korea"], [], [], "2016-10-27")]),
    ("Moscow ratified the treaty in 2000, as did Minsk.",
     [("ratification", "asserted", ["belarus", "russia"], [], [], "2000")]),
    # another verb between: its own doers
    ("Russia tested a missile on Monday, and Iran launched one on Tuesday, as did North Korea.",
     [("missile_test", "asserted", ["russia"], [], [], "2016-10-24"),
      ("missile_test", "asserted", ["iran", "north-korea"], [], [], "2016-10-25")]),
    ("Japan voted against the treaty while Canada abstained, as did Australia.",
     [("signing", "negated", ["japan"], [], [], None)]),
])
def test_those_who_did_as_well_act_too(run, text, expected):
    assert summary(run(text, date="2016-10-28")) == expected
