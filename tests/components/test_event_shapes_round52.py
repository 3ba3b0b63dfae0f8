"""Shapes found in round 52 on part BC and the parts tuned on before: inspectors as the
subject of the perfect, a threat posed, weapons got rid of or accepted into service, a meeting
that "would happen" after a verb of saying, a production line, a joint statement of two sides,
sanctions defied, commitments departed from or fallen short of, a state held responsible for
an attack, a session of the IAEA's board, which acts for the agency, a battery named by its
state's adjective, and sanctions signed into law."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # the subject of the perfect in the lead is the news of the article's day ...
    ("Inspectors from the OPCW have checked the storage site near the coast, the agency said.",
     [("inspection", "asserted", ["opcw"], [], [], "2004-03-04")]),
    # ... not inspectors still to come
    ("Inspectors from the OPCW will return to the storage site in April.",
     [("inspection", "planned", ["opcw"], [], [], "2004-04")]),
])
def test_inspectors_as_the_subject_of_the_perfect(run, text, expected):
    assert summary(run(text, date="2004-03-04")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Canberra said on Monday that the rocket launches posed a threat to regional stability.",
     [("warning", "asserted", ["australia"], [], [], "2024-06-03")]),
    # whoever poses the threat is the target
    ("Tokyo said North Korea's rockets pose a direct threat to its security.",
     [("warning", "asserted", ["japan"], ["north-korea"], [], "2024-06-04")]),
    ("Doctors said the heat wave posed a threat to older patients.", []),
])
def test_a_threat_posed_is_a_warning(run, text, expected):
    assert summary(run(text, date="2024-06-04")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Damascus pledged to get rid of its chemical weapons by the middle of 2014.",
     [("elimination", "planned", ["syria"], [], [], "2014")]),
    ("The club wants to get rid of its coach before the season.", []),
    ("The Yars missile was accepted into service in 2010.",
     [("deployment", "asserted", ["russia"], [], ["yars"], "2010")]),
    ("The new rules were adopted for service members in May.", []),
])
def test_weapons_got_rid_of_or_accepted_into_service(run, text, expected):
    assert summary(run(text, date="2013-09-20")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "would" after a verb of saying tells a plan ...
    ("IAEA chief Rafael Grossi said new meetings with Iranian officials would happen soon.",
     [("talks", "planned", ["iaea", "rafael-grossi"], ["iran"], [], "2023-03-05")]),
    # ... unless a condition follows
    ("IAEA chief Rafael Grossi said new meetings with Iranian officials would happen if Tehran "
     "agreed.",
     [("talks", "hypothetical", ["iaea", "rafael-grossi"], ["iran"], [], None)]),
])
def test_a_meeting_that_would_happen_after_a_verb_of_saying(run, text, expected):
    assert summary(run(text, date="2023-03-05")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tehran said last year that it had opened a production line for the Fateh-110 missile.",
     [("development", "asserted", ["iran"], [], ["fateh-110"], "2010")]),
    ("The plant opened a production line for electric cars.", []),
])
def test_a_production_line_for_a_weapon(run, text, expected):
    assert summary(run(text, date="2011-05-10")) == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("A joint statement by the IAEA and Iran was published in Vienna on Saturday.", "2023-03-06",
     [("signing", "asserted", ["iaea", "iran"], [], [], "2023-03-04")]),
    ("A joint statement by the two carmakers said the merger would go ahead.", "2023-03-06", []),
    ("Moscow and Washington released a joint statement on strategic stability on Wednesday.",
     "2021-06-17",
     [("signing", "asserted", ["russia", "united-states"], [], [], "2021-06-16")]),
])
def test_a_joint_statement_of_two_sides_is_a_signing(run, text, date, expected):
    assert summary(run(text, date=date)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Seoul said Pyongyang continues to defy Security Council resolutions.",
     [("violation_allegation", "asserted", ["south-korea"], ["north-korea"], [], "2016-01-08")]),
    ("North Korea tested a rocket in defiance of a UN ban.",
     [("missile_test", "asserted", ["north-korea"], [], [], None),
      ("violation_allegation", "asserted", [], ["north-korea"], [], None)]),
    ("The climbers defied the weather to reach the summit.", []),
])
def test_sanctions_or_resolutions_defied(run, text, expected):
    assert summary(run(text, date="2016-01-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Berlin said the new step departs from Tehran's commitments under the JCPOA.",
     [("violation_allegation", "asserted", ["germany"], [], [], "2019-11-08")]),
    ("Paris said the plan falls short of Iran's obligations under the safeguards agreement.",
     [("violation_allegation", "asserted", ["france"], [], [], "2019-11-08")]),
    ("The harvest fell short of the targets set in the plan.", []),
])
def test_commitments_departed_from_or_fallen_short_of(run, text, expected):
    assert summary(run(text, date="2019-11-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Warsaw said on Wednesday it held Moscow responsible for the missile strike.",
     [("violation_allegation", "asserted", ["poland"], ["russia"], [], "2022-11-16"),
      ("combat_use", "asserted", ["russia"], [], [], "2022-11-16")]),
    ("Voters held the mayor responsible for the floods.", []),
])
def test_a_state_held_responsible_for_an_attack_is_accused(run, text, expected):
    assert summary(run(text, date="2022-11-17")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the board is a body of states, and what it does the agency does
    ("The IAEA board of governors opened an emergency session on the safeguards report on "
     "Monday.",
     [("talks", "asserted", ["iaea", "iaea-board-of-governors"], [], [], "2026-03-02")]),
    ("A meeting of IAEA experts in Vienna discussed the nuclear safeguards budget.", []),
])
def test_a_session_of_the_iaea_board(run, text, expected):
    assert summary(run(text, date="2026-03-03")) == expected


def test_a_battery_of_a_states_adjective_acts_for_the_state(run):
    records = run("A rocket fired at the city on Saturday was shot down by an Israeli battery.",
                  date="2012-11-17")
    assert summary(records) == [
        ("combat_use", "asserted", [], [], [], "2012-11-17"),
        ("interception", "asserted", ["israel"], [], [], "2012-11-17")]


@pytest.mark.parametrize(("text", "expected"), [
    # the state named between the verb and "into law" is sanctioned, never the signer
    ("Trump signed the new North Korea sanctions into law on Friday.",
     [("sanctions", "asserted", ["donald-trump", "united-states"], ["north-korea"], [],
       "2017-08-04")]),
    ("The governor signed the new budget into law on Friday.", []),
])
def test_sanctions_signed_into_law(run, text, expected):
    assert summary(run(text, date="2017-08-05")) == expected


def test_a_byline_and_a_caption_are_no_sentences_of_the_lead(run):
    # the short lines of a web page between the headline and the lead tell no news, so the
    # news told in the perfect is still the lead's, of the article's day
    records = run("Watchdog detects nerve agent traces at depot\n\nAna Ruiz Wednesday, 4 June "
                  "2025, 10:15\nA soldier at the gate. File photo\n\nThe OPCW has, after weeks "
                  "of analysis, verified traces of sarin in soil samples from the depot.\n",
                  date="2025-06-04")
    assert summary(records) == [("inspection", "asserted", ["opcw"], [], [], "2025-06-04")]


@pytest.mark.parametrize(("text", "expected"), [
    # a news subject after a possessive name counts from the event told before it ...
    ("North Korea displayed a new solid-fuel missile at a parade on Saturday. Kim Jong Un's "
     "fiery speech came three days after the North fired a cruise missile into the sea.",
     [("development", "asserted", ["north-korea"], [], [], "2023-02-11"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2023-02-08")]),
    # ... but a possessive before another noun is no news subject
    ("North Korea displayed a new solid-fuel missile at a parade on Saturday. Kim Jong Un's "
     "sister came three days after the North fired a cruise missile into the sea.",
     [("development", "asserted", ["north-korea"], [], [], "2023-02-11"),
      ("missile_test", "asserted", ["north-korea"], [], [], None)]),
])
def test_a_news_subject_after_a_possessive_name(run, text, expected):
    assert summary(run(text, date="2023-02-13")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weapon downed that a side's adjective names is that side's attack, on the same day
    ("Jordanian jets downed four Iranian drones on Wednesday.",
     [("interception", "asserted", ["jordan"], [], [], "2026-03-11"),
      ("combat_use", "asserted", ["iran"], ["jordan"], [], "2026-03-11")]),
    # in the passive the adjective stands in the subject
    ("Thirty Russian drones were shot down over Kyiv on Wednesday.",
     [("combat_use", "asserted", ["russia"], [], [], "2026-03-11"),
      ("interception", "asserted", [], [], [], "2026-03-11")]),
    # where a weapon was made does not say who fired it
    ("Ukraine shot down an Iranian-made drone over Odesa on Wednesday.",
     [("interception", "asserted", ["ukraine"], [], [], "2026-03-11")]),
    # a side's own weapon downed is no attack
    ("Israeli jets shot down two Israeli drones by mistake on Wednesday.",
     [("interception", "asserted", ["israel"], [], [], "2026-03-11")]),
    # nor a jet, no weapon word
    ("Ukraine shot down a Russian Su-34 jet on Wednesday.",
     [("interception", "asserted", ["ukraine"], [], [], "2026-03-11")]),
    # an attack the sentence tells by its own verb is the one attack
    ("Israel shot down a Houthi missile fired at Eilat on Wednesday.",
     [("interception", "asserted", ["israel"], [], [], "2026-03-11"),
      ("combat_use", "asserted", ["houthis", "yemen"], [], [], "2026-03-11")]),
])
def test_a_weapon_intercepted_is_the_attack_of_the_side_that_fired_it(run, text, expected):
    assert summary(run(text, date="2026-03-12")) == expected


def test_an_attack_told_by_a_headlines_interception_takes_its_day(run):
    # the headline's interception is of the day its side is told to have spoken; the attack
    # its weapon tells is of that day too, though the attacker said nothing
    records = run("Riyadh says it downed four Iranian drones\n\nSaudi Arabia's defence "
                  "ministry said on Tuesday that the drones were downed near the border.\n",
                  date="2026-03-11")
    assert [(e[0], e[2], e[5]) for e in summary(records)] == [
        ("interception", ["saudi-arabia"], "2026-03-10"),
        ("combat_use", ["iran"], "2026-03-10")]
