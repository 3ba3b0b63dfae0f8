"""Shapes found in round 10 on part M: "fired at least N missiles at ...", ships named
after people, places named after states, a state's adjective before a hyphenated weapon
word, anti-satellite tests, actors listed after "including",
instruments of ratification, and launches in a text about a war."""

from __future__ import annotations

import pytest

from treatyx.records import ref_id

from ..conftest import by_id, of_kind
from .test_event_arguments import summary


def _names(records: list[dict]) -> set[tuple[str, str]]:
    return {(r["id"], r["text"]) for r in records if r["kind"] in ("actor", "treaty", "system")}


@pytest.mark.parametrize(("text", "expected"), [
    # "at least" opens the number: the aim is "at rebel positions"
    ("Russian warships fired at least 18 cruise missiles at rebel-held towns in Syria.",
     [("combat_use", "asserted", ["russia"], ["syria"], [], None)]),
    ("Iran fired at most a dozen missiles at Israel.",
     [("combat_use", "asserted", ["iran"], ["israel"], [], None)]),
    # ... and a test stays a test
    ("North Korea fired at least two missiles into the sea.",
     [("missile_test", "asserted", ["north-korea"], [], [], None)]),
])
def test_at_least_before_the_weapon_is_no_aim(run, text, expected):
    assert summary(run(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The USS Nitze fired two missiles.", {("us-navy", "USS")}),
    ("The USS Ronald Reagan arrived in Busan.", {("us-navy", "USS")}),
    ("HMS Diamond shot down a drone.", {("royal-navy", "HMS")}),
    ("Paul Nitze met the negotiator in Geneva.", {("paul-nitze", "Paul Nitze")}),
])
def test_a_name_after_a_ship_prefix_is_the_ships(run, text, expected):
    assert _names(run(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The missile was shot down over the Jordan Valley.", set()),
    ("Warships sailed through the Taiwan Strait.", set()),
    ("The missile came down in the Sea of Japan.", set()),
    ("Japan protested to Oman.", {("japan", "Japan"), ("oman", "Oman")}),
])
def test_a_state_inside_a_place_name_is_no_actor(run, text, expected):
    assert _names(run(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On Friday a Syrian anti-aircraft rocket was fired across the border into Israel.",
     [("combat_use", "asserted", ["syria"], ["israel"], [], "2017-03-17")]),
    ("Two Russian long-range missiles were fired at Kyiv on Friday.",
     [("combat_use", "asserted", ["russia"], [], [], "2017-03-17")]),
])
def test_a_hyphenated_word_between_adjective_and_weapon_counts_once(run, text, expected):
    assert summary(run(text, date="2017-03-18")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("India tested an anti-satellite missile on Wednesday by shooting down a working "
     "satellite in low earth orbit.",
     [("missile_test", "asserted", ["india"], [], [], "2019-03-27")]),
    ("Russia destroyed one of its own satellites with a missile on Monday.",
     [("missile_test", "asserted", ["russia"], [], [], "2019-03-25")]),
    # a missile shot down stays an interception
    ("A US destroyer shot down a Houthi missile on Monday.",
     [("interception", "asserted", ["united-states"], [], [], "2019-03-25"),
      ("combat_use", "asserted", ["houthis", "yemen"], ["united-states"], [], "2019-03-25")]),
])
def test_a_satellite_shot_down_is_an_anti_satellite_test(run, text, expected):
    assert summary(run(text, date="2019-03-28")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The sanctions were imposed on India by a group of big powers, including the United "
     "States and Japan, in 1998.",
     [("sanctions", "asserted", ["japan", "united-states"], ["india"], [], "1998")]),
    ("The treaty was signed by several countries, notably Brazil and Mexico, in 2017.",
     [("signing", "asserted", ["brazil", "mexico"], [], [], "2017")]),
])
def test_actors_listed_after_including_are_the_by_phrases(run, text, expected):
    assert summary(run(text)) == expected


def test_a_deposited_instrument_of_ratification_is_its_depositors_ratification(run):
    records = run("Ghana deposited its instrument of ratification of the nuclear weapons ban "
                  "treaty on Friday.", date="2023-06-25")
    events = of_kind(records, "event")
    assert summary(records) == [("ratification", "asserted", ["ghana"], [], [], "2023-06-23")]
    assert ref_id(events[0]["treaty"]) == "tpnw"


def test_states_expected_to_ratify_plan_to(run):
    records = run("Guyana and Thailand are expected to hand over their instruments of "
                  "ratification of the nuclear weapons ban treaty later this month.")
    assert [e[:3] for e in summary(records)] == [
        ("ratification", "planned", ["guyana", "thailand"])]


def test_denying_a_claim_told_before_is_a_denial(run):
    records = run("Syria said it had downed a plane. Israel denies this claim.",
                  date="2017-03-17")
    assert summary(records) == [("interception", "asserted", ["syria"], [], [], None),
                                ("denial", "asserted", ["israel"], [], [], "2017-03-17")]


def test_discussing_a_claim_is_no_negotiation(run):
    assert summary(run("The minister refused to discuss the claim about the new missile.")) == []


def test_bastion_is_the_coastal_missile_system_and_camp_bastion_a_base(run):
    records = run("Russia deployed the Bastion system on Matua on Thursday.", date="2021-12-03")
    assert list(by_id(records, "system")) == ["p-800-oniks"]
    assert summary(records) == [
        ("deployment", "asserted", ["russia"], [], ["p-800-oniks"], "2021-12-02")]
    assert of_kind(run("British troops left Camp Bastion in 2014."), "system") == []


WAR = ("US strikes radar sites in Yemen\n\n"
       "The US military struck three coastal radar sites in Yemen with cruise missiles on "
       "Thursday. The destroyer USS Nitze launched the Tomahawk missiles around 4am local "
       "time, officials said.\n")


def test_a_launch_in_a_text_about_a_war_is_its_combat_use(run):
    records = run(WAR, date="2016-10-14")
    assert [e[:5] for e in summary(records)] == [
        ("combat_use", "asserted", ["united-states", "us-navy"], ["yemen"], ["tomahawk"])]


@pytest.mark.parametrize("change", [
    # a test word anywhere in the text keeps the launch a test
    lambda text: text.replace("officials said", "officials said after the test"),
    # a launch into space is no attack
    lambda text: text.replace("launched the Tomahawk missiles", "launched the spy satellite"),
])
def test_a_launch_stays_a_test_where_the_text_speaks_of_tests_or_space(run, change):
    types = [e[0] for e in summary(run(change(WAR), date="2016-10-14"))]
    assert "missile_test" in types


def test_a_name_wrapped_across_a_line_keeps_its_person(run):
    text = ("VIENNA, March 3 Washington and Moscow settled on a timetable to remove\n"
            "the stockpile, Secretary of State John Kerry told reporters after meeting\n"
            "Russian Foreign Minister Sergei\n"
            "Lavrov. The timetable fixes dates\n"
            "for both the experts and the arsenal, and it names\n"
            "the depots to be checked first.\n")
    people = {r["id"]: r.get("title") for r in of_kind(run(text), "actor")
              if r["type"] == "person"}
    assert people == {"john-kerry": "Secretary of State", "sergey-lavrov": "Foreign Minister"}


def test_a_bilateral_treaty_concluded_without_an_agent_is_its_two_parties(run):
    text = ("The Russia-North Korea partnership treaty entered into force on Wednesday. The "
            "pact had been concluded on June 19, when Vladimir Putin visited North Korea.")
    signings = [e for e in summary(run(text, date="2024-12-05")) if e[0] == "signing"]
    assert signings == [("signing", "asserted", ["north-korea", "russia"], [], [], "2024-06-19")]


def test_a_bilateral_treaty_needs_both_parties_named(run):
    text = "The Russia-North Korea partnership treaty was concluded in Pyongyang on June 19."
    signings = [e for e in summary(run(text, date="2024-12-05")) if e[0] == "signing"]
    # "Russia-North Korea" inside the treaty's name names no actor
    assert signings == [("signing", "asserted", [], [], [], "2024-06-19")]


def test_a_titled_person_after_by_and_a_state_adjective_is_the_agent(run):
    records = run("The New START treaty was signed by Russian Defence Minister Sergei Shoigu "
                  "in 2010.")
    assert summary(records) == [
        ("signing", "asserted", ["russia", "sergei-shoigu"], [], [], "2010")]


def test_the_document_refers_back_to_the_treaty(run):
    text = ("The New START treaty was negotiated in Geneva. Medvedev signed the ratification "
            "document on January 28.")
    ratifications = [e for e in of_kind(run(text, date="2011-02-05"), "event")
                     if e["type"] == "ratification"]
    assert [(ref_id(e["treaty"]), e["date"]["value"]) for e in ratifications] == [
        ("new-start", "2011-01-28")]


SIX_POWERS = ["china", "france", "germany", "iran", "p5-plus-1", "russia", "united-kingdom",
              "united-states"]  # Iran, and the P5+1 with its member states


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran and the six powers reached a deal on the JCPOA in Vienna on Tuesday.",
     [("signing", "asserted", SIX_POWERS, [], [], "2015-07-14")]),
    ("Iran and the six powers signed the JCPOA in Vienna on Tuesday.",
     [("signing", "asserted", SIX_POWERS, [], [], "2015-07-14")]),
    ("Negotiators hope to reach an agreement on the JCPOA next year.",
     [("signing", "hypothetical", [], [], [], "2016")]),
    # a summit concluded is no treaty concluded
    ("Iran and the six powers concluded a summit on the JCPOA on Tuesday.", []),
])
def test_an_agreement_reached_is_concluded(run, text, expected):
    assert [e for e in summary(run(text, date="2015-07-15")) if e[0] == "signing"] == expected


def test_a_treaty_due_to_enter_into_force_plans_it(run):
    records = run("New START is due to take effect next month.",
                  date="2011-01-15")
    assert [(e[0], e[1]) for e in summary(records)] == [("entry_into_force", "planned")]


@pytest.mark.parametrize("hyphen", ["\u2011", "\u2010"])
def test_unicode_hyphens_read_as_hyphens_at_the_same_offsets(run, hyphen):
    text = (f"Kim Jong{hyphen}un oversaw a test{hyphen}firing of a Hwasong{hyphen}18 missile "
            "on Thursday.")
    records = run(text, date="2023-03-17")  # run checks every record's text at its offsets
    assert _names(records) == {("kim-jong-un", f"Kim Jong{hyphen}un"),
                               ("hwasong-18", f"Hwasong{hyphen}18")}
    assert summary(records) == [
        ("missile_test", "asserted", ["kim-jong-un", "north-korea"], [], ["hwasong-18"],
         "2023-03-16")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The New START treaty was signed in 2010. President Dmitry Medvedev on January 28 "
     "signed the ratification document of the treaty, while Obama did so on February 2.",
     # New START's two parties, both named, signed it
     [("signing", "asserted", ["russia", "united-states"], [], [], "2010"),
      ("ratification", "asserted", ["dmitry-medvedev", "russia"], [], [], "2011-01-28"),
      ("ratification", "asserted", ["barack-obama", "united-states"], [], [], "2011-02-02")]),
    # the status is the anaphor's own
    ("Russia ratified the CTBT in 2000, but the United States has not done so.",
     [("ratification", "asserted", ["russia"], [], [], "2000"),
      ("ratification", "negated", ["united-states"], [], [], None)]),
])
def test_did_so_tells_the_event_before_again_with_its_own_agent(run, text, expected):
    assert summary(run(text, date="2011-02-05")) == expected


def test_did_so_takes_the_treaty_of_the_event_it_retells(run):
    records = run("President Dmitry Medvedev on January 28 signed the ratification document of "
                  "New START, while Obama did so on February 2.", date="2011-02-05")
    assert [ref_id(e["treaty"]) for e in of_kind(records, "event")] == ["new-start", "new-start"]


def test_a_launch_stays_a_test_where_the_text_opens_with_no_attack(run):
    text = ("The destroyer USS Nitze launched two Tomahawk missiles on Monday. On Thursday, the "
            "US military struck three coastal radar sites in Yemen with cruise missiles. The "
            "destroyer USS Mason launched two more Tomahawk missiles on Friday.")
    types = [e[0] for e in summary(run(text, date="2016-10-15"))]
    assert types == ["missile_test", "combat_use", "missile_test"]


@pytest.mark.parametrize(("text", "expected"), [
    # the condition that opens the sentence reaches its comma, over "and"
    ("If Russia deploys the missiles and violates the INF Treaty, NATO will respond.",
     [("deployment", "hypothetical"), ("violation_allegation", "hypothetical")]),
    ("“If Washington leaves the INF Treaty, we will respond,” Putin said.",
     [("withdrawal", "hypothetical")]),
    # after the comma, the main clause has its own status (talks with nobody named would say
    # nothing: agent-needed-events)
    ("If the talks with Washington fail, Iran left the NPT a year later.",
     [("talks", "hypothetical"), ("withdrawal", "asserted")]),
])
def test_a_condition_opening_the_sentence_holds_up_to_its_comma(run, text, expected):
    assert [(e[0], e[1]) for e in summary(run(text))] == expected
