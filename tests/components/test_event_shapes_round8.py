"""Shapes found in round 8 on part K: allegations told without a treaty (a strike called a
breach of sovereignty or of international law, a state blamed for an attack), persons joined
to the state before their title, missiles fired "on" a target, one form shared by two entries,
state adjectives over hyphenated modifiers, dashes, "a week after" and platforms in port."""

from __future__ import annotations

import pytest

from ..conftest import of_kind
from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    ("Baghdad said the missile strike was a flagrant violation of Iraq's sovereignty.",
     [("violation_allegation", "asserted", ["iraq"], [], [], "2017-04-08")]),
    ("The strikes violated international law, the Kremlin said on Friday.",
     [("violation_allegation", "asserted", ["russia"], [], [], "2017-04-07")]),
    ("Tehran said the drone attack on its consulate was in violation of international law.",
     [("violation_allegation", "asserted", ["iran"], [], [], "2017-04-08")]),
])
def test_a_strike_called_a_breach_of_sovereignty_or_law_is_an_allegation(run, text,
                                                                          expected):
    assert summary(run(text, date="2017-04-08")) == expected


@pytest.mark.parametrize("text", [
    "The airline said the delay to the missile shipment breached no law.",
    "Officials said the contractor was in violation of labour law.",
    "The senator said the new budget violated the spirit of the law.",
])
def test_a_breach_of_law_without_a_strike_or_weapon_is_no_allegation(run, text):
    assert summary(run(text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    # (the state blamed made the attack: combat use, round 44)
    ("London blamed Moscow for the nerve agent attack in Salisbury.",
     [("violation_allegation", "asserted", ["united-kingdom"], ["russia"], [], None),
      ("combat_use", "asserted", ["russia"], [], [], None)]),
    ("Britain has accused Russia of carrying out the poison attack on English soil.",
     [("violation_allegation", "asserted", ["united-kingdom"], ["russia"], [], None)]),
])
def test_blaming_or_accusing_a_state_for_an_attack_is_an_allegation(run, text, expected):
    assert summary(run(text)) == expected


@pytest.mark.parametrize("text", [
    "Analysts blamed the weather for the delay.",
    "Kim accused the US of playing for time in the talks.",
])
def test_blame_without_an_attack_or_weapon_is_no_allegation(run, text):
    assert summary(run(text)) == []


def test_a_charge_d_affaires_is_no_accusation(run):
    records = run("Iraq summons Iran's charge d'affaires over Iranian missile strikes in Erbil")
    assert [e[0] for e in summary(records)] == ["combat_use"]


@pytest.mark.parametrize(("text", "expected"), [
    ("On Thursday night the US fired dozens of Tomahawk missiles on a Syrian airfield.",
     [("combat_use", "asserted", ["united-states"], [], ["tomahawk"], "2017-04-06TNI")]),
    ("Each Avangard glider is launched on top of a heavy Russian rocket.",
     [("missile_test", "asserted", ["russia"], [], ["avangard"], None)]),
    ("Russia launched a Bulava missile on a lofted trajectory on Thursday.",
     [("missile_test", "asserted", ["russia"], [], ["bulava"], "2017-04-06")]),
    ("North Korea launched two Nodong missiles from South Hwanghae on the western coast.",
     [("missile_test", "asserted", ["north-korea"], [], ["hwasong-7"], None)]),
])
def test_missiles_fired_on_a_target_are_combat_use_not_on_a_trajectory(run, text,
                                                                        expected):
    assert summary(run(text, date="2017-04-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The missile summit between North Korean leader Kim Jong-un and US President Donald "
     "Trump in Hanoi ended early.",
     [("talks", "asserted", ["donald-trump", "kim-jong-un", "north-korea", "united-states"],
       [], [], None)]),
    ("Russian President Vladimir Putin and Chinese leader Xi Jinping signed a missile pact "
     "on Monday.",
     [("signing", "asserted", ["china", "russia", "vladimir-putin", "xi-jinping"], [], [],
       "2019-02-25")]),
])
def test_a_titled_person_joins_the_actor_before_the_title(run, text, expected):
    assert summary(run(text, date="2019-02-28")) == expected


def test_a_titled_person_does_not_join_across_a_sentence(run):
    records = run("Missile talks dragged on between Moscow and Washington. Trump, who wanted "
                  "warmer relations, warned of a missile response on Tuesday.",
                  date="2025-08-01")
    assert summary(records)[-1] == (
        "warning", "asserted", ["donald-trump", "united-states"], [], [], "2025-07-29")


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan detected a North Korean short-range ballistic missile launch on Monday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2022-10-03")]),
    ("The United States questioned a Russian anti-satellite test on Monday.",
     [("missile_test", "asserted", ["russia"], [], [], "2022-10-03")]),
])
def test_a_state_adjective_over_hyphenated_modifiers_owns_the_event_noun(run, text,
                                                                         expected):
    assert summary(run(text, date="2022-10-05")) == expected


def test_a_clause_between_spaced_dashes_holds_no_subject(run):
    records = run("China - which sees Taiwan as a breakaway province - has warned the US "
                  "that missile sales could hurt relations.", date="2010-01-12")
    assert summary(records) == [
        ("warning", "asserted", ["china"], ["united-states"], [], "2010-01-12")]


def test_blaming_a_treaty_act_is_no_allegation(run):
    records = run("Tehran blamed the collapse of the nuclear deal on Washington's withdrawal "
                  "from the JCPOA in 2018.")
    assert [e[0] for e in summary(records)] == ["withdrawal"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The submarine docked in Busan on Tuesday, a week after North Korea test-fired an ICBM.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2023-07-11")]),
    ("North Korea's launch on Tuesday came two days after Russia tested a Bulava missile.",
     # the Bulava is the Russian test's, after the phrase (round 20)
     [("missile_test", "asserted", ["north-korea"], ["russia"], [], "2023-07-18"),
      ("missile_test", "asserted", ["russia"], [], ["bulava"], "2023-07-16")]),
])
def test_a_date_before_a_week_after_is_what_the_phrase_counts_from(run, text, expected):
    assert summary(run(text, date="2023-07-19")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The ballistic missile submarine USS Kentucky arrived in the port of Busan on Tuesday.",
     [("deployment", "asserted", ["united-states", "us-navy"], [], [], "2023-07-18")]),
    # no deployment; the talks it came for are its own (round 41: talks that are the purpose
    # of the clause are its subject's)
    ("The US delegation arrived in Geneva on Tuesday for talks on missiles.",
     [("talks", "asserted", ["united-states"], [], [], "2023-07-18")]),
])
def test_a_missile_platform_arriving_in_port_is_deployed(run, text, expected):
    assert summary(run(text, date="2023-07-19")) == expected


def test_a_weapon_named_after_a_dash_is_the_tests(run):
    records = run("\"Yesterday we ran one more test, of a second new system - the unmanned "
                  "underwater vehicle 'Poseidon',\" Putin said on Wednesday.",
                  date="2025-10-29")
    assert summary(records) == [
        ("missile_test", "asserted", ["russia"], [], ["poseidon"], "2025-10-28")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan conducted a successful training launch of a Fatah missile on Monday.",
     [("missile_test", "asserted", ["pakistan"], [], ["fatah-series"], "2025-05-05")]),
    ("North Korea tested a nuclear device on Sunday.",
     [("nuclear_test", "asserted", ["north-korea"], [], [], "2025-05-04")]),
])
def test_a_fatah_missile_and_a_tested_device(run, text, expected):
    assert summary(run(text, date="2025-05-06")) == expected


def test_fatah_alone_is_no_missile(run):
    assert of_kind(run("Fatah officials met Hamas leaders in Cairo on Monday."), "system") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Chinese mission to the UN said that London and Washington were violating the NPT.",
     [("violation_allegation", "asserted", ["china"], ["united-kingdom", "united-states"], [],
       "2023-03-14")]),
    ("Russia's ambassador to the United States said Washington had violated the INF Treaty.",
     [("violation_allegation", "asserted", ["russia"], ["united-states"], [], "2023-03-14")]),
])
def test_the_speaker_is_no_object_of_a_preposition(run, text, expected):
    assert summary(run(text, date="2023-03-14")) == expected


def test_strikes_in_the_sentence_before_make_a_warning_about_arms(run):
    records = run("Putin called the US strikes an act of aggression against a sovereign "
                  "country. The Kremlin warned it would damage ties with Washington.",
                  date="2017-04-07")
    # (since round 47 the strikes Putin calls an act of aggression are his warning too, told
    # again by the Kremlin)
    assert summary(records) == [
        ("warning", "asserted", ["russia", "vladimir-putin"], ["united-states"], [],
         "2017-04-07")]


@pytest.mark.parametrize(("text", "expected"), [
    ("South Sudan acceded to the Chemical Weapons Convention in 2018.",
     [("ratification", "asserted", ["south-sudan"], [], [], "2018")]),
    ("Myanmar became a party to the Biological Weapons Convention in 2014.",
     [("ratification", "asserted", ["myanmar"], [], [], "2014")]),
    ("Japan joined the talks on a successor to the treaty on Monday.",
     [("talks", "asserted", ["japan"], [], [], "2024-05-06")]),
])
def test_joining_a_treaty_is_ratifying_it_joining_talks_is_not(run, text, expected):
    assert summary(run(text, date="2024-05-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany will host long-range US missiles from 2026.",
     [("deployment", "planned", ["united-states"], ["germany"], [], "2026")]),
    ("Geneva will host the missile talks next week.", []),
    ("Moscow moved Iskander launchers closer to the Finnish border last week.",
     [("deployment", "asserted", ["russia"], [], ["iskander-m"], "2024-W18")]),
])
def test_hosted_and_moved_weapons_are_deployed(run, text, expected):
    assert summary(run(text, date="2024-05-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington claims Moscow has been cheating on the INF Treaty for years.",
     [("violation_allegation", "asserted", ["united-states"], ["russia"], [], "2024-05-10")]),
    ("US officials said Iran was in breach of its nuclear commitments.",
     [("violation_allegation", "asserted", ["united-states"], ["iran"], [], "2024-05-10")]),
    ("The EU blacklisted three Iranian drone makers on Monday.",
     [("sanctions", "asserted", ["european-union"], ["iran"], [], "2024-05-06")]),
])
def test_cheating_breached_commitments_and_blacklisted_drone_makers(run, text, expected):
    assert summary(run(text, date="2024-05-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("India calls the NPT unfair, while Pakistan has stated that it will never join the "
     "treaty.", [("ratification", "negated", ["pakistan"], [], [], None)]),
    ("China voiced concern over the missiles, spokesman Geng Shuang said, adding it would "
     "take necessary measures.",
     [("warning", "asserted", ["china"], [], [], "2024-05-10")]),
])
def test_it_stands_for_the_nearest_speaker_that_is_no_person(run, text, expected):
    assert summary(run(text, date="2024-05-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("China denied that it had tested a hypersonic missile.",
     [("denial", "asserted", ["china"], [], [], "2024-05-10"),
      ("missile_test", "negated", ["china"], [], [], None)]),
    ("Seoul said that the North had tested a missile on Thursday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2024-05-09")]),
])
def test_what_is_denied_in_a_that_clause_is_negated(run, text, expected):
    assert summary(run(text, date="2024-05-10")) == expected


def test_the_north_is_north_korea_once_south_korea_is_named(run):
    records = run("South Korea's military said the North fired a ballistic missile toward the "
                  "sea on Thursday.", date="2024-05-10")
    assert summary(records) == [
        ("missile_test", "asserted", ["north-korea"], [], [], "2024-05-09")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials from Washington and Moscow met in Geneva on Tuesday to discuss arms control.",
     [("talks", "asserted", ["russia", "united-states"], [], [], "2024-05-07")]),
    ("Negotiators from Iran and the European Union resumed nuclear talks on Monday.",
     [("talks", "asserted", ["european-union", "iran"], [], [], "2024-05-06")]),
])
def test_officials_from_a_capital_represent_its_state(run, text, expected):
    assert summary(run(text, date="2024-05-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan will receive US Tomahawk missiles next year.",
     [("deployment", "planned", ["united-states"], ["japan"], ["tomahawk"], "2025")]),
    ("Belarus will receive the Oreshnik system before the year is out.",
     [("deployment", "planned", [], ["belarus"], ["oreshnik"], "2024")]),
    ("The ministry received a letter about the missile tests.", []),
    ("Biden made clear that under the pact Australia will not receive any nuclear weapons.",
     [("deployment", "negated", [], ["australia"], [], None)]),
])
def test_weapons_received_are_deployed_in_the_receiving_state(run, text, expected):
    assert summary(run(text, date="2024-12-10")) == expected


def test_responding_in_kind_is_a_warning(run):
    records = run("The Kremlin said Moscow would respond in kind to any missile deployment.",
                  date="2024-12-10")
    assert [e[:3] for e in summary(records)] == [("warning", "asserted", ["russia"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran on Saturday launched more than 300 drones and missiles at Israel.",
     [("combat_use", "asserted", ["iran"], ["israel"], [], "2024-04-20")]),
    ("The Pentagon confirmed the deployment of a THAAD battery to Israel on Sunday.",
     [("deployment", "asserted", ["united-states"], ["israel"], ["thaad"], "2024-04-14")]),
    ("Israel struck air defence sites near Isfahan on Friday.",
     [("combat_use", "asserted", ["israel"], [], [], "2024-04-19")]),
    ("The two sides struck a deal on missile inspections on Friday.", []),
])
def test_targets_after_weapons_and_places_and_military_sites_struck(run, text, expected):
    assert summary(run(text, date="2024-04-20")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Netanyahu held a missile defence meeting with Defence Minister Israel Katz on Monday.",
     []),
    ("Putin held talks with Xi Jinping on arms control on Monday.",
     [("talks", "asserted", ["russia", "vladimir-putin"], ["china", "xi-jinping"], [],
       "2024-05-06")]),
    ("A missile summit between U.S. president Donald Trump and Chinese president Xi Jinping "
     "opened on Monday.",
     [("talks", "asserted", ["china", "donald-trump", "united-states", "xi-jinping"], [], [],
       "2024-05-06")]),
])
def test_a_leader_meeting_his_own_minister_holds_no_talks(run, text, expected):
    assert summary(run(text, date="2024-05-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Senate approved New START on Wednesday.",
     [("ratification", "asserted", ["united-states", "us-senate"], [], [], "2010-12-22")]),
    ("Japan's parliament endorsed the pact on Wednesday.",
     [("ratification", "asserted", ["japan"], [], [], "2010-12-22")]),
    ("Washington approved the pact's wording on Wednesday.", []),
    ("The INF Treaty formally ended on August 2, 2019.",
     [("expiry", "asserted", [], [], [], "2019-08-02")]),
    # no expiry of the treaty (and talks by nobody named say nothing: agent-needed-events)
    ("The talks on the INF Treaty formally ended on Wednesday.", []),
    ("Putin offered to keep observing New START's limits for a year after its expiry.",
     [("extension", "hypothetical", ["russia", "vladimir-putin"], [], [], None)]),
    ("The drivers kept to the speed limits near the treaty museum.", []),
])
def test_treaties_approved_ended_and_their_limits_kept(run, text, expected):
    assert summary(run(text, date="2010-12-23")) == expected


def test_only_words_of_a_lexicon_meet_an_only_requirement(run):
    # blame-attack requires "only:attack-nouns": the JCPOA named in the sentence will not do
    records = run("Tehran blamed the collapse of the JCPOA on Washington.")
    assert summary(records) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Tehran rejected the US accusation as baseless.",
     [("denial", "asserted", ["iran"], ["united-states"], [], "2024-05-10")]),
    ("On Thursday the Kremlin rejected allegations by Washington that Russia had used "
     "chemical arms.",
     [("denial", "asserted", ["russia"], ["united-states"], [], "2024-05-09")]),
    ("Moscow rejected joining arms control talks.",
     [("talks", "negated", ["russia"], [], [], None)]),
])
def test_rejecting_an_accusation_is_a_denial_by_the_verbs_subject(run, text, expected):
    assert summary(run(text, date="2024-05-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("North Korea expelled IAEA inspectors in 2009.",
     [("inspection", "negated", ["north-korea"], ["iaea"], [], "2009")]),
    ("IAEA inspectors visited the Fordow site on Monday.",
     [("inspection", "asserted", ["iaea"], [], [], "2025-07-28")]),
    ("Iran suspended cooperation with the IAEA in July.",  # also a suspension (round 12)
     [("suspension", "asserted", ["iran"], ["iaea"], [], "2025-07"),
      ("inspection", "negated", ["iran"], [], [], "2025-07")]),
])
def test_who_refuses_an_inspection_is_its_agent(run, text, expected):
    assert summary(run(text, date="2025-08-01")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The US Treasury designated five Chinese companies for supplying missile parts to Iran.",
     [("sanctions", "asserted", ["united-states", "us-treasury"], ["china"], [], None)]),
    ("The US restored some of the US sanctions on Iran's missile programme.",
     [("sanctions", "asserted", ["united-states"], ["iran"], [], None)]),
])
def test_firms_designated_name_the_target_but_sanctions_name_their_owner(run, text,
                                                                         expected):
    assert summary(run(text)) == expected


def test_a_state_after_a_preposition_and_a_region_adjective_is_no_speaker(run):
    records = run("Iran's Revolutionary Guard said its missiles struck a base in northern "
                  "Iraq overnight, where it said it had hit a Mossad centre.", date="2024-01-16")
    # (since round 47 "its missiles" are also the speaker's: the strike on the base is the
    # Guard's too)
    assert [e[2] for e in summary(records) if e[2]] == [["iran", "irgc"], ["iran", "irgc"]]


def test_urging_someone_with_a_long_name_to_act_is_a_demand(run):
    records = run("Moscow urged the UN Security Council on Friday to hold urgent talks on "
                  "the missile strikes.", date="2017-04-07")
    assert [e[:3] for e in summary(records) if e[0] == "talks"] == [
        ("talks", "hypothetical", ["un-security-council"])]


def test_setting_fire_to_a_target_is_no_firing(run):
    records = run("A Ukrainian drone attack set fire to a Russian oil refinery overnight.")
    assert [e[:3] for e in summary(records)] == [("combat_use", "asserted", ["ukraine"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Houthis launched a hypersonic missile at Tel Aviv, which was intercepted by Israel.",
     [("combat_use", "asserted", ["houthis", "yemen"], [], [], None),
      ("interception", "asserted", ["israel"], [], [], None)]),
    ("The army listed the Kh-101 cruise missile, of which 87 had been fired by then.", []),
])
def test_a_weapon_before_which_is_a_passives_subject_but_not_in_a_count(run, text,
                                                                        expected):
    assert summary(run(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington is weighing new sanctions on Chinese missile firms.",
     [("sanctions", "hypothetical", ["united-states"], ["china"], [], None)]),
    ("Pyongyang appeared to be preparing another ICBM launch, satellite images suggested.",
     [("missile_test", "planned", ["north-korea"], [], [], None)]),
])
def test_options_weighed_are_hypothetical_and_launches_prepared_planned(run, text, expected):
    assert summary(run(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("NATO said Russia's new missile violated the INF Treaty.",
     [("violation_allegation", "asserted", ["nato"], ["russia"], [], "2024-05-10")]),
    ("Two missiles launched by North Korea on Sunday fell into the sea.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2024-05-05")]),
])
def test_a_verb_after_its_weapon_with_an_object_is_no_reduced_relative(run, text, expected):
    assert summary(run(text, date="2024-05-10")) == expected


def test_hours_later_is_the_day_told_before(run):
    records = run("In the early hours of Saturday, Pakistan said Indian missiles had struck three "
                  "air bases. Hours later, Pakistan launched missiles at Indian military sites.",
                  date="2024-05-10")
    assert summary(records) == [
        ("combat_use", "asserted", ["india"], [], [], "2024-05-04"),
        ("combat_use", "asserted", ["pakistan"], ["india"], [], "2024-05-04")]


def test_the_night_before_is_the_day_before_the_saying(run):
    records = run("Iran's Guards said on Tuesday they had fired missiles at targets in Syria the "
                  "night before.", date="2024-05-10")
    assert summary(records) == [
        ("combat_use", "asserted", ["iran"], ["syria"], [], "2024-05-06")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran threatened to close the Strait of Hormuz if attacked.",
     [("warning", "asserted", ["iran"], [], [], "2024-05-10")]),
    ("Moscow said NATO members had shown their inability to negotiate on missiles.",
     [("talks", "negated", ["nato"], [], [], None)]),
])
def test_attacked_is_arms_context_and_inability_negates(run, text, expected):
    assert summary(run(text, date="2024-05-10")) == expected
