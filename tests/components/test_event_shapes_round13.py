"""Shapes found in round 13 on part P: a legislature named by its state's adjective, a
foreign state's senate, a legislature of several words in what a trigger requires."""

from __future__ import annotations

import pytest

from treatyx.records import ref_id

from .test_event_arguments import summary


def with_treaty(records: list[dict]) -> list[tuple]:
    """Every event as (type, status, agents, targets, [treaty], date value), in order."""
    events = [r for r in records if r["kind"] == "event"]
    return [(*e[:4], [ref_id(r["treaty"])] if r["treaty"] else [], e[5])
            for e, r in zip(summary(records), events, strict=True)]


@pytest.mark.parametrize(("text", "expected"), [
    # a legislature after a state's adjective is that state's (lexicon actor-nouns) ...
    ("The Kazakh parliament ratified the nuclear weapons ban treaty on Monday.",
     [("ratification", "asserted", ["kazakhstan"], [], [], "2019-06-24")]),
    ("Russian lawmakers ratified the test ban treaty on Monday.",
     [("ratification", "asserted", ["russia"], [], [], "2019-06-24")]),
    ("The upper house of the Iranian parliament approved ratifying the CTBT on Monday.",
     [("ratification", "asserted", ["iran"], [], [], "2019-06-24")]),
    # ... a house of several words is a legislature too (legislature-words: "lower house")
    ("In May the Kazakh lower house voted in favour of ratifying the CTBT.",
     [("ratification", "asserted", ["kazakhstan"], [], [], "2019-05")]),
    # ... and a state's adjective before a word that is no body of it acts in nothing
    ("The Russian press welcomed the ratification of the CTBT in May.",
     [("ratification", "asserted", [], [], [], "2019-05")]),
])
def test_a_legislature_named_by_its_states_adjective_acts_for_it(run, text, expected):
    assert summary(run(text, date="2019-06-24")) == expected


@pytest.mark.parametrize(("text", "expected", "actors"), [
    # another state's senate is no United States Senate ...
    ("The Kazakh Senate ratified the CTBT on Monday.",
     [("ratification", "asserted", ["kazakhstan"], [], [], "2019-06-24")], ["kazakhstan"]),
    ("Poland's Senate ratified the CTBT on Monday.",
     [("ratification", "asserted", ["poland"], [], [], "2019-06-24")], ["poland"]),
    # ... while a bare or American one is
    ("The Senate ratified the CTBT on Monday.",
     [("ratification", "asserted", ["united-states", "us-senate"], [], [], "2019-06-24")],
     ["us-senate"]),
    ("The US Senate ratified the CTBT on Monday.",
     [("ratification", "asserted", ["united-states", "us-senate"], [], [], "2019-06-24")],
     ["us-senate"]),
])
def test_a_foreign_senate_is_its_own_states(run, text, expected, actors):
    records = run(text, date="2019-06-24")
    assert summary(records) == expected
    assert [r["id"] for r in records if r["kind"] == "actor"] == actors


def test_a_group_acts_with_its_member_states(run):
    records = run("The US and the so-called E3 warned Iran over its missile tests.",
                  date="2023-09-17")
    assert summary(records) == [
        ("warning", "asserted", ["e3", "france", "germany", "united-kingdom", "united-states"],
         ["iran"], [], "2023-09-17"),
        ("missile_test", "asserted", ["iran"], [], [], None)]
    group = next(r for r in records if r["kind"] == "actor" and r["id"] == "e3")
    assert group["members"] == ["france", "germany", "united-kingdom"]


@pytest.mark.parametrize(("text", "expected"), [
    # the deal of a year with Iran and the six powers is the JCPOA, its states named or not
    ("Back in 2015, the major world powers struck a deal with Iran to limit its nuclear work.",
     [("signing", "asserted", ["china", "france", "germany", "p5-plus-1", "russia",
                               "united-kingdom", "united-states"], ["iran"], ["jcpoa"],
       "2015")]),
    # ... and who signed it after "after" in what is said is the said clause's subject
    ("Netanyahu says Iran deceived the world about its programme after signing a 2015 "
     "agreement with world powers.",
     [("signing", "asserted", ["iran"], ["china", "france", "germany", "p5-plus-1", "russia",
                                         "united-kingdom", "united-states"], ["jcpoa"],
       "2015")]),
])
def test_world_powers_are_the_six_of_the_iran_deal(run, text, expected):
    assert with_treaty(run(text, date="2018-05-01")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an agreement no treaty names is not a listed treaty one of whose signers is no party
    ("Washington and Moscow extended New START in 2021. Moscow and Ankara signed a credit "
     "deal for S-400 deliveries in December 2017.",
     [("extension", "asserted", ["russia", "united-states"], [], ["new-start"], "2021"),
      ("signing", "asserted", ["russia", "turkey"], [], [], "2017-12")]),
    # ... while the parties of the treaty the text is about keep it
    ("Washington and Moscow extended New START in 2021. Washington and Moscow signed the "
     "agreement in Prague in 2010.",
     [("extension", "asserted", ["russia", "united-states"], [], ["new-start"], "2021"),
      ("signing", "asserted", ["russia", "united-states"], [], ["new-start"], "2010")]),
])
def test_only_its_parties_sign_a_treaty_the_sentence_does_not_name(run, text, expected):
    assert with_treaty(run(text, date="2020-10-16")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two event nouns joined by "and" share their owner ...
    ("Japan questioned North Korea's fifth nuclear test and last satellite launch.",
     [("nuclear_test", "asserted", ["north-korea"], [], [], None),
      ("missile_test", "asserted", ["north-korea"], [], [], None)]),
    # ... unless the second names its own
    ("Japan questioned North Korea's nuclear test and the satellite launch by Iran.",
     [("nuclear_test", "asserted", ["north-korea"], [], [], None),
      ("missile_test", "asserted", ["iran"], [], [], None)]),
])
def test_coordinated_event_nouns_share_their_owner(run, text, expected):
    assert summary(run(text, date="2016-03-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel set up an Iron Dome battery near Ashkelon on Monday.",
     [("deployment", "asserted", ["israel"], [], ["iron-dome"], "2011-04-04")]),
    # what is set up is no weapon: no deployment (lexicon non-weapon-objects)
    ("The two governments set up a committee on the missile talks.", []),
    ("Engineers installed new software on the missile range computers.", []),
])
def test_a_weapon_set_up_or_installed_is_deployed(run, text, expected):
    assert summary(run(text, date="2011-04-07")) == expected


def test_counted_allies_are_the_states_that_acted_just_before(run):
    # "the two allies" are the two states of the bombing, not the last two states named
    # ("Iranian-backed", "in Yemen"); the strikes they conducted are that bombing
    records = run("The US and British militaries on Monday bombed sites held by the "
                  "Iranian-backed Houthis across Yemen, the second time in ten days the two "
                  "allies have conducted strikes on the rebels' missile launchers.",
                  date="2024-01-22")
    assert summary(records) == [
        ("combat_use", "asserted", ["united-kingdom", "united-states"], ["houthis", "yemen"],
         [], "2024-01-22")]


@pytest.mark.parametrize(("text", "expected"), [
    # targets struck are an attack with no weapon named (military-targets) ...
    ("US and British warships struck over 70 targets in Yemen on Friday.",
     [("combat_use", "asserted", ["united-kingdom", "united-states"], ["yemen"], [],
       "2024-01-12")]),
    # ... and a weapon used to take out launchers is used in combat
    ("The US used Tomahawk missiles to take out Houthi missile launchers on Friday.",
     [("combat_use", "asserted", ["united-states"], [], ["tomahawk"], "2024-01-12")]),
])
def test_targets_struck_and_weapons_used_to_take_out(run, text, expected):
    assert summary(run(text, date="2024-01-13")) == expected


def test_the_treaty_after_one_it_replaced_is_the_new_one(run):
    records = run("The Federation Council ratified New START on Wednesday. The new pact, "
                  "replacing START I, was signed in Prague in April. On Tuesday the State "
                  "Duma also ratified the treaty.", date="2011-01-27")
    assert with_treaty(records) == [
        ("ratification", "asserted", ["federation-council", "russia"], [], ["new-start"],
         "2011-01-26"),
        ("signing", "asserted", [], [], ["new-start"], "2010-04"),
        ("ratification", "asserted", ["russia", "state-duma"], [], ["new-start"],
         "2011-01-25")]
    # ... and none when the text names no other
    assert with_treaty(run("The new pact, replacing START I, was signed in April. On Tuesday "
                           "the Duma ratified the treaty.", date="2011-01-27")) == [
        ("ratification", "asserted", ["russia", "state-duma"], [], [], "2011-01-25")]


def test_what_a_step_paves_the_way_for_is_planned(run):
    records = run("The vote paved the way for the ratification of New START.", date="2010-12-20")
    assert with_treaty(records) == [("ratification", "planned", [], [], ["new-start"], None)]


@pytest.mark.parametrize(("text", "expected"), [
    # the members of a treaty that lists its parties are its parties, less those that left
    ("The United States left the JCPOA in 2018. Envoys of the current members of the "
     "accord met in Vienna on Tuesday.",
     [("withdrawal", "asserted", ["united-states"], [], ["jcpoa"], "2018"),
      ("talks", "asserted", ["china", "france", "germany", "iran", "russia", "united-kingdom"],
       [], ["jcpoa"], "2021-04-06")]),
    # ... not when a name qualifies them (only some of the members)
    ("European signatories of the JCPOA met in Vienna on Tuesday.", []),
])
def test_the_members_of_a_treaty_are_its_parties(run, text, expected):
    assert with_treaty(run(text, date="2021-04-07")) == expected


def test_a_verb_after_and_shares_the_cue_of_the_verb_before(run):
    records = run("The new design lets the Agni-5 carry multiple warheads, so they can "
                  "separate and hit different targets.", date="2024-03-12")
    assert summary(records) == []
    # ... and a verb after "and" with no cue before it is what it says
    records = run("The Agni-5 was fired from Odisha and hit its target on Monday.",
                  date="2024-03-12")
    assert [e[:2] for e in summary(records)] == [("missile_test", "asserted")]


def test_a_sentence_glued_to_a_year_still_starts_with_its_name(run):
    records = run("The accord was signed in September 2018.North Korea tested a Hwasong-18 "
                  "on Monday.", date="2023-07-15")
    assert summary(records) == [
        ("missile_test", "asserted", ["north-korea"], [], ["hwasong-18"], "2023-07-10")]


def test_a_list_goes_on_over_a_hyphenated_word(run):
    # "the so-called E3" joins "The US and" both ways: from the trigger back, and
    # from the first of the list forward (the subject after a dash-enclosed apposition)
    records = run("Iran barred several IAEA inspectors on Saturday. The US and the so-called "
                  "E3 — Britain, France and Germany — are threatening a fresh resolution "
                  "against Tehran over its atomic work.", date="2023-09-17")
    assert summary(records) == [
        ("inspection", "negated", ["iran"], ["iaea"], [], "2023-09-16"),
        ("warning", "asserted", ["e3", "france", "germany", "united-kingdom", "united-states"],
         ["iran"], [], None)]


@pytest.mark.parametrize(("text", "expected"), [
    # a military aircraft shot down is intercepted (lexicon aircraft-words) ...
    ("Turkey on Tuesday shot down a Russian Sukhoi bomber close to the Syrian border.",
     [("interception", "asserted", ["turkey"], [], [], "2015-11-24")]),
    # ... by whoever "by" names after the "of" phrase of the event
    ("Russia moved air defences to Syria after the shooting down of one of its jets by Turkish "
     "warplanes.",
     [("interception", "asserted", ["turkey"], [], [], None)]),
    # ... but not a proposal, nor a weapon made by someone
    ("The committee shot down the proposal on Tuesday.", []),
])
def test_an_aircraft_shot_down_is_intercepted(run, text, expected):
    assert summary(run(text, date="2015-11-26")) == expected


def test_by_after_the_object_of_an_event_noun(run):
    assert summary(run("The test of a new missile by Iran was questioned by France.",
                       date="2017-02-01")) == [
        ("missile_test", "asserted", ["iran"], [], [], None)]
    # a participle's "by" names who made the weapon, not who deployed it (and a deployment
    # by nobody named says nothing)
    assert summary(run("The deployment of missiles made by Russia near Kaliningrad alarmed "
                       "NATO.", date="2017-02-01")) == []


@pytest.mark.parametrize(("text", "expected"), [
    # what a state "disputed" it denies, even as the verb of a relative clause ...
    ("Beijing said Japan had been notified about the missile test beforehand, which the "
     "Japanese government disputed.",
     [("denial", "asserted", ["japan"], [], [], "2024-09-26")]),
    # ... not the disputed islands or missile (an adjective), nor a claim to land rejected
    ("Japan and China argue over the disputed islands near the missile range.", []),
    ("Russia showed the disputed cruise missile to foreign reporters in Moscow.", []),
    ("After the war, Japan rejected Moscow's sovereignty over the islands near the missile "
     "base.", []),
])
def test_what_is_disputed_is_denied(run, text, expected):
    assert summary(run(text, date="2024-09-26")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "and" between two modifiers of one noun breaks no clause ...
    ("North Korea carried out its fifth and largest nuclear test on Sunday.",
     [("nuclear_test", "asserted", ["north-korea"], [], [], "2017-09-03")]),
    # ... a possessive pronoun may open the clause after a verb of saying ...
    ("Japan said its new missile test had failed.",
     [("missile_test", "asserted", ["japan"], [], [], None)]),
    # ... and with nobody named in its clause it stands for the speaker
    ("North Korea claims full success for its latest nuclear test.",
     [("nuclear_test", "asserted", ["north-korea"], [], [], None)]),
])
def test_whose_event_a_possessive_pronoun_tells(run, text, expected):
    assert summary(run(text, date="2017-09-03")) == expected


def test_a_cue_reaches_over_hyphenated_words_and_an_air_base_is_a_place(run):
    # the cue window counts words ("top-of-the-line" is one); "the Russian air base in
    # western Syria" is where, so Syria, not Russia, is where the weapons go; who ordered them
    # to be deployed deploys them (lexicon order-verbs)
    records = run("Putin on Wednesday ordered top-of-the-line anti-aircraft missile batteries "
                  "to be deployed at the Russian air base in western Syria.", date="2015-11-26")
    assert summary(records) == [
        ("deployment", "planned", ["russia", "vladimir-putin"], ["syria"], [], "2015-11-25")]
    # ... but not who only wants a thing done, and that is no more than wished ("wants ...
    # to", as "urged ... to": event cue demanded)
    records = run("Washington wants the new missiles to be deployed in Poland next year.",
                  date="2015-11-26")
    assert summary(records) == [("deployment", "hypothetical", [], ["poland"], [], "2016")]
    # ... while Russian air defences act
    assert summary(run("Russian air defences shot down two drones over Belgorod on Monday.",
                       date="2015-11-26")) == [
        ("interception", "asserted", ["russia"], [], [], "2015-11-23")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian air defences neutralised 30 of the 35 drones overnight.",
     [("interception", "asserted", ["ukraine"], [], [], None)]),
    # (the air force is a body of its own since round 43, beside its state)
    ("Israel's air force knocked down a ballistic missile above the Negev desert on Friday.",
     [("interception", "asserted", ["israel", "israeli-air-force"], [], [], "2023-05-05")]),
    # what is neutralised is no weapon (lexicon non-weapon-objects: "threat")
    ("Police neutralised the threat near the missile museum on Friday.", []),
])
def test_a_weapon_neutralised_or_knocked_down_is_intercepted(run, text, expected):
    assert summary(run(text, date="2023-05-06")) == expected
