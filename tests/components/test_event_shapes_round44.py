"""Shapes found in round 44 on part AU: tests counted with a list of dates, a cause that is no
plan, a test's target, a possessive pronoun that opens a sentence, a question left open, drones
launched with missiles, a building that is no development, and a day counted from another
event."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary

MODEL = [pytest.param(False, id="blank"), pytest.param(True, id="model")]


@pytest.mark.parametrize("model", MODEL)
def test_tests_of_a_weapon_counted_with_a_list_of_dates(run_on, model):
    # one test per date, each of the weapon the next sentence names
    text = ("North Korea carried out three tests with the missile in November 2025, on "
            "February 2, and March 9. The weapon was the Hwasong-15.")
    assert summary(run_on(text, "2026-05-09", model)) == [
        ("missile_test", "asserted", ["north-korea"], [], ["hwasong-15"], "2025-11"),
        ("missile_test", "asserted", ["north-korea"], [], ["hwasong-15"], "2026-02-02"),
        ("missile_test", "asserted", ["north-korea"], [], ["hwasong-15"], "2026-03-09"),
    ]


def test_the_tests_of_a_list_of_dates_share_the_weapon_named_before(run):
    # the weapon named before: the search for it depends on each copy's date, yet the three
    # tests are of one weapon
    text = ("North Korea test-fired a new submarine-launched missile on Saturday. Some say it "
            "was the Hwasong-11. Reports say Pyongyang has held three tests with this "
            "missile in November 2025, on February 2, and March 9, 2026.")
    assert summary(run(text, date="2026-05-09")) == [
        ("missile_test", "asserted", ["north-korea"], [], ["kn-23"], "2026-05-09"),
        ("missile_test", "asserted", ["north-korea"], [], ["kn-23"], "2025-11"),
        ("missile_test", "asserted", ["north-korea"], [], ["kn-23"], "2026-02-02"),
        ("missile_test", "asserted", ["north-korea"], [], ["kn-23"], "2026-03-09"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan carried out two tests of its new cruise missile in March.",
     [("missile_test", "asserted", ["pakistan"], [], [], "2021-03")]),
    # a test of wills or of resolve is none, even with missiles after it
    ("The standoff over the missiles is a test of wills between Pakistan and India.", []),
])
def test_a_test_of_a_weapon(run, text, expected):
    assert summary(run(text, date="2021-07-01")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "due to the war" gives a cause: the launch is last Tuesday's, not next Tuesday's
    ("The Air Force held a test launch of its Minuteman III, a nuclear-capable ICBM, late "
     "Tuesday night over the Pacific, while tensions stay high due to the war in the Gulf.",
     [("missile_test", "asserted", ["united-states"], [], ["minuteman-iii"],
       "2026-03-03TNI")]),
    # "due to" before a verb is still a plan
    ("The Air Force is due to test a Minuteman III on Tuesday.",
     [("missile_test", "planned", ["united-states"], [], ["minuteman-iii"], "2026-03-10")]),
])
def test_due_to_before_a_noun_is_a_cause(run, text, expected):
    assert summary(run(text, date="2026-03-05")) == expected


@pytest.mark.parametrize("target", ["its intended target", "its intended test target",
                                    "a ground target"])
def test_the_target_a_test_missile_struck_is_no_attack(run, target):
    text = (f"The Air Force test-fired a Minuteman III on Tuesday. The unarmed missile struck "
            f"{target} near Kwajalein.")
    assert summary(run(text, date="2026-03-05")) == [
        ("missile_test", "asserted", ["united-states"], [], ["minuteman-iii"], "2026-03-03")]


@pytest.mark.parametrize(("text", "expected"), [
    # "their" opening a sentence stands for the states the text is about
    ("Chile and Peru handed their instruments to the UN last week. Their ratification of "
     "the CTBT brings the number of parties to 153.",
     [("ratification", "asserted", ["chile", "peru"], [], [], None)]),
    ("India and Pakistan held talks in Delhi on Monday. Their talks on missile tests will "
     "resume in May.",
     [("talks", "asserted", ["india", "pakistan"], [], [], "2010-05-24"),
      ("talks", "planned", ["india", "pakistan"], [], [], "2010-05")]),
    # an actor named before the pronoun in its sentence is whom it stands for
    ("India and Pakistan held missile talks in Delhi on Monday. In Beijing, China and Russia "
     "said their missile talks will resume in May.",
     [("talks", "asserted", ["india", "pakistan"], [], [], "2010-05-24"),
      ("talks", "planned", ["china", "russia"], [], [], "2010-05")]),
])
def test_a_possessive_pronoun_opening_a_sentence(run, text, expected):
    assert summary(run(text, date="2010-05-25")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a question left open by a negated verb of saying: the event is not denied
    ("Officials did not say how many missiles Russia fired at Kyiv.",
     [("combat_use", "asserted", ["russia"], [], [], None)]),
    ("Officials did not say whether Russia had fired a Kinzhal missile.",
     [("missile_test", "hypothetical", ["russia"], [], ["kinzhal"], None)]),
    # the negation on the event's own verb stands
    ("Officials said Russia did not fire a Kinzhal missile.",
     [("missile_test", "negated", ["russia"], [], ["kinzhal"], None)]),
])
def test_a_question_left_open_is_no_negation(run, text, expected):
    assert summary(run(text, date="2023-05-16")) == expected


def test_to_down_a_missile_is_an_interception(run):
    text = "Kyiv said it used a Patriot battery to down a Kinzhal missile."
    assert summary(run(text, date="2023-05-16")) == [
        ("interception", "asserted", ["ukraine"], [], ["patriot", "kinzhal"], None)]


@pytest.mark.parametrize(("text", "expected"), [
    # drones are launched at an enemy: the launch is an attack
    ("Russia launched 18 missiles and nine drones overnight.",
     [("combat_use", "asserted", ["russia"], [], [], None)]),
    ("Russia launched 18 missiles overnight.",
     [("missile_test", "asserted", ["russia"], [], [], None)]),
    # a test keeps the launch a test
    ("Iran launched a missile and two drones in a test on Monday.",
     [("missile_test", "asserted", ["iran"], [], [], "2023-05-15")]),
])
def test_drones_launched_with_missiles_are_an_attack(run, text, expected):
    assert summary(run(text, date="2023-05-16")) == expected


def test_a_damaged_building_is_no_development(run):
    text = ("Rescuers work at the site of a damaged building after a missile attack, in Odesa, "
            "southern Ukraine on April 28, 2023.")
    assert summary(run(text, date="2023-05-16")) == []


def test_a_day_counted_from_another_event_is_another_event(run):
    text = ("Ukraine said on Tuesday it had downed six Russian missiles. The statement came a "
            "week after Kyiv claimed it had downed a Kinzhal missile for the first time.")
    assert summary(run(text, date="2023-05-16")) == [
        ("interception", "asserted", ["ukraine"], [], [], "2023-05-16"),
        # the Russian missiles downed are Russia's attack of that day (round 52)
        ("combat_use", "asserted", ["russia"], ["ukraine"], ["kinzhal"], "2023-05-16"),
        ("interception", "asserted", ["ukraine"], [], [], "2023-05-09"),
    ]


def test_a_vague_time_before_another_event_may_retell_it(run):
    # "shortly before" counts no days: the signing is the one told first
    text = ("Iran, Turkey and Brazil signed a fuel swap deal in Tehran on Monday. Officials "
            "spoke to reporters shortly before the deal was signed by the ministers.")
    records = summary(run(text, date="2010-05-18"))
    assert [(r[0], r[5]) for r in records if r[0] == "signing"] == [("signing", "2010-05-17")]


@pytest.mark.parametrize(("text", "expected"), [
    # the price a state would pay is a threat to it by whoever says so
    ("A spokesman for Japan said North Korea would pay a heavy price for its latest missile "
     "launch.",
     [("warning", "asserted", ["japan"], ["north-korea"], [], "2005-02-11"),
      ("missile_test", "asserted", ["north-korea"], [], [], None)]),
    ("Israel will pay a high price for its missile strikes, Iran's foreign minister said.",
     [("warning", "asserted", ["iran"], ["israel"], [], "2005-02-11")]),
    # measures a state will take are its own threat
    ("Beijing said it would take necessary measures against the missile deployment.",
     [("warning", "asserted", ["china"], [], [], "2005-02-11")]),
])
def test_a_price_to_pay_is_a_threat_to_whoever_pays_it(run, text, expected):
    assert [r for r in summary(run(text, date="2005-02-11")) if r[0] != "deployment"] \
        == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state's airspace violated: an allegation with no treaty named; whoever violates it
    # is accused, whoever condemns it alleges
    ("Iran on Thursday condemned the violation of Syrian airspace by Israel.",
     [("warning", "asserted", ["iran"], [], [], "2007-09-06"),
      ("violation_allegation", "asserted", ["iran"], ["israel"], [], "2007-09-06")]),
    ("Russian jets violated Estonian airspace on Friday, NATO said.",
     [("violation_allegation", "asserted", ["nato"], ["russia"], [], "2007-09-07")]),
    # the violator a noun names after it is accused; the speaker alleges
    ('"Repeated violation of safeguards obligations by Syria and Iran must end," '
     "ElBaradei said.",
     [("violation_allegation", "asserted", ["iaea", "mohamed-elbaradei"], ["iran", "syria"],
       [], "2007-09-12")]),
    ("ElBaradei condemned years of violation of safeguards obligations by Syria and Iran.",
     [("warning", "asserted", ["iaea", "mohamed-elbaradei"], [], [], "2007-09-12"),
      ("violation_allegation", "asserted", ["iaea", "mohamed-elbaradei"], ["iran", "syria"],
       [], "2007-09-12")]),
    # nothing is violated that is a state's
    ("The pilot said the airline had breached no rules on the use of airspace.", []),
])
def test_a_violated_airspace_is_an_alleged_violation(run, text, expected):
    assert summary(run(text, date="2007-09-12")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a trigger that holds its "of" keeps the "by" after its object
    ("The test of a new missile by Iran was questioned by France.",
     [("missile_test", "asserted", ["iran"], [], [], None)]),
    ("The destruction of the missiles by Iraq began on Saturday.",
     [("elimination", "asserted", ["iraq"], [], [], "2018-04-07")]),
])
def test_by_after_the_object_of_a_trigger_that_holds_its_of(run, text, expected):
    assert summary(run(text, date="2018-04-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # whom the clause blames or acts on "for" an attack made it
    ("Britain blamed Russia for the nerve agent attack on Sergei Skripal in Salisbury in "
     "March.",
     [("violation_allegation", "asserted", ["united-kingdom"], ["russia"], [], "2018-03"),
      ("combat_use", "asserted", ["russia"], [], [], "2018-03")]),
    ("The EU sanctioned Syria for the chlorine attacks on Douma.",
     [("sanctions", "asserted", ["european-union"], ["syria"], [], None),
      ("combat_use", "asserted", ["syria"], [], [], None)]),
    # a chemical used in an attack is a weapon
    ("Syrian government forces used chlorine in an attack on Douma in April 2018.",
     [("combat_use", "asserted", ["syria"], [], [], "2018-04")]),
    ("The water plant stored chlorine for the city.", []),
    # past a name, the words before "for" are another phrase: the attacks are the Houthis'
    ("The US blamed Iran for delays as Houthi missile attacks went on.",
     [("violation_allegation", "asserted", ["united-states"], ["iran"], [], "2018-04-10"),
      ("combat_use", "asserted", ["houthis", "yemen"], [], [], None)]),
])
def test_a_chemical_attack_and_who_is_blamed_for_it(run, text, expected):
    assert summary(run(text, date="2018-04-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ships or units a state will arm with a weapon receive it: a planned deployment
    ("Russia plans to arm its new frigates with the Zircon missile.",
     [("deployment", "planned", ["russia"], [], ["zircon"], None)]),
    ("The army said it would equip two brigades with the Iskander-M by 2020.",
     [("deployment", "planned", ["russia"], [], ["iskander-m"], "2020")]),
    ("The state plans to equip its schools with new computers.", []),
])
def test_units_a_state_will_arm_with_a_weapon(run, text, expected):
    assert summary(run(text, date="2018-12-27")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a session of a body of states is talks among its members
    ("The UN Security Council will hold an emergency session on the missile launch on Monday.",
     [("talks", "planned", ["un-security-council"], [], [], "2009-04-06")]),
    # one state's session is none
    ("The Russian parliament held a session on the missile budget on Monday.", []),
])
def test_a_session_of_a_body_of_states(run, text, expected):
    assert summary(run(text, date="2009-04-04")) == expected


def test_a_state_that_arms_itself_deploys_nothing_told(run):
    text = "Israel has long sought to arm itself with US-made jets and missiles, the envoy said."
    assert summary(run(text, date="2009-04-04")) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the pronoun of a condition stands for the subject of the clause it conditions
    ("Japan's foreign minister said North Korea would pay a heavy price if it tested a "
     "missile.",
     [("warning", "asserted", ["japan"], ["north-korea"], [], "2005-02-11"),
      ("missile_test", "hypothetical", ["north-korea"], [], [], None)]),
    ("China said Japan would face consequences unless it stopped deploying missiles.",
     [("warning", "asserted", ["china"], ["japan"], [], "2005-02-11"),
      ("deployment", "negated", ["japan"], [], [], None)]),
    # with no subject of its own in the said clause, the speaker
    ("Iran said it would fire missiles at Israel if it came under attack.",
     [("warning", "asserted", ["iran"], ["israel"], [], "2005-02-11"),
      ("combat_use", "hypothetical", ["iran"], ["israel"], [], None),
      ("combat_use", "hypothetical", [], ["iran"], [], None)]),
])
def test_the_pronoun_of_a_condition(run, text, expected):
    assert summary(run(text, date="2005-02-11")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the day of the sanctions is not the day of the test they answer
    ("The Treasury announced new sanctions against Iran on Friday over a ballistic missile "
     "test.",
     [("sanctions", "asserted", [], ["iran"], [], "2017-02-03"),
      ("missile_test", "asserted", ["iran"], [], [], None)]),
    # "for" as often gives a purpose: the talks are on the day of the arrival
    ("The US delegation arrived in Geneva on Tuesday for talks on missiles.",
     [("talks", "asserted", ["united-states"], [], [], "2017-01-31")]),
    # a date opening the sentence, before any trigger, dates what the sentence tells
    ("On Friday, the US imposed sanctions on Iran over a missile test.",
     [("sanctions", "asserted", ["united-states"], ["iran"], [], "2017-02-03"),
      ("missile_test", "asserted", ["iran"], [], [], "2017-02-03")]),
    # a date of the test's own
    ("Iran carried out a ballistic missile test on Sunday.",
     [("missile_test", "asserted", ["iran"], [], [], "2017-01-29")]),
])
def test_a_date_before_the_cause_of_another_event(run, text, expected):
    assert summary(run(text, date="2017-02-04")) == expected
