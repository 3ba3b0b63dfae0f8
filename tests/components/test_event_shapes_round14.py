"""Shapes found in round 14 on part Q: lists with a serial comma, an aside after the
subject, a participle and its own date, a nuclear bomb tested, a test told in a series, a
volley of missiles told one by one, a target missile, a claim called false."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # a serial comma before "and" closes a list of three or more ...
    ("The United States, Britain, and France fired missiles at Syria on Saturday.",
     [("combat_use", "asserted", ["france", "united-kingdom", "united-states"], ["syria"], [],
       "2018-04-14")]),
    ("Missiles were fired by Russia, Belarus, and Iran on Saturday.",
     [("missile_test", "asserted", ["belarus", "iran", "russia"], [], [], "2018-04-14")]),
    # ... but a comma and "and" after one name open a second clause
    ("Russia fired missiles at Ukraine, and Japan warned Moscow against more strikes.",
     [("combat_use", "asserted", ["russia"], ["ukraine"], [], None),
      ("warning", "asserted", ["japan"], ["russia"], [], "2018-04-16")]),
])
def test_a_serial_comma_ends_a_list(run, text, expected):
    assert summary(run(text, date="2018-04-16")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one lower-case word set aside by commas after the subject breaks no clause ...
    ("Ukraine, naturally, rejected Moscow's allegations about the bomb.",
     [("denial", "asserted", ["ukraine"], ["russia"], [], "2022-10-24")]),
    ("Iran, too, fired missiles at Israel on Monday.",
     [("combat_use", "asserted", ["iran"], ["israel"], [], "2022-10-24")]),
    # ... and a participle of saying right after a comma has no speaker of its own
    ("Kyiv rejected Russia's allegations about the bomb, claiming that Moscow itself planned "
     "an attack.",
     [("denial", "asserted", ["ukraine"], ["russia"], [], "2022-10-24")]),
    ("Kyiv, unsurprisingly, is also refuting Moscow's allegations about the bomb, claiming "
     "that it is Moscow itself that plans an attack.",
     [("denial", "asserted", ["ukraine"], ["russia"], [], None)]),
])
def test_the_subject_before_an_aside_acts(run, text, expected):
    assert summary(run(text, date="2022-10-24")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a claim called false is denied, in the singular too
    ("The State Department called Moscow's claim about the missile transparently false.",
     [("denial", "asserted", ["united-states", "us-state-department"], [], [], "2022-10-24")]),
    # a person named after the trigger is no second agent beside the speaker
    ("A US National Security Council spokeswoman calls Lavrov's claim about the drone "
     "false.",
     [("denial", "asserted", ["united-states", "us-nsc"], [], [], "2022-10-24")]),
])
def test_a_claim_called_false_is_denied(run, text, expected):
    assert summary(run(text, date="2022-10-24")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle qualifying an event noun gives it its date ...
    ("Russia, which ratified the CTBT in 2000, still honours a moratorium on nuclear testing "
     "declared in 1992.",
     [("ratification", "asserted", ["russia"], [], [], "2000"),
      ("moratorium", "asserted", ["russia"], [], [], "1992")]),
    # ... and the clause's dates are not those of events told as earlier, nor of one joined
    # to such an event by "and" ("recent nuclear test and rocket launch")
    ("Japan on Wednesday decided to restore some restrictions lifted in 2014 over North "
     "Korea's recent nuclear test and rocket launch.",
     [("nuclear_test", "asserted", ["north-korea"], [], [], None),
      ("missile_test", "asserted", ["north-korea"], [], [], None)]),
])
def test_a_participle_dates_its_own_noun(run, text, expected):
    assert summary(run(text, date="2016-02-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bomb or device tested is a nuclear test where the sentence calls it nuclear ...
    ("North Korea tested a new nuclear bomb last month, officials in Seoul said.",
     [("nuclear_test", "asserted", ["north-korea"], [], [], "2016-01")]),
    ("Japan imposed fresh sanctions on Pyongyang over its nuke test in January.",
     [("sanctions", "asserted", ["japan"], ["north-korea"], [], "2016-01"),
      ("nuclear_test", "asserted", ["north-korea"], [], [], "2016-01")]),
    # ... not a guided bomb beside a nuclear plant
    ("The air force tested a new guided bomb near the nuclear plant's fence.", []),
])
def test_a_nuclear_bomb_tested(run, text, expected):
    assert summary(run(text, date="2016-02-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a test with no agent of its own, after another in its sentence, is the same state's
    ("North Korea fired a missile over Hokkaido on Friday, which came after a missile launch "
     "on Aug. 29 and an underground nuclear test on Sept. 3.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2017-09-15"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2017-08-29"),
      ("nuclear_test", "asserted", ["north-korea"], [], [], "2017-09-03")]),
    # ... but no one else's event lends it an agent
    ("Japan complained about the launch, which came after an underground nuclear test on "
     "Sept. 3.", []),
])
def test_a_test_in_a_series_takes_its_states_agent(run, text, expected):
    assert summary(run(text, date="2017-09-16")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # each missile of a volley told one by one takes the volley's date ...
    ("On Wednesday the PLA launched two missiles toward the South China Sea. One of them, a "
     "DF-26B, was fired from Qinghai. The other, a DF-21D, was fired from Zhejiang.",
     [("missile_test", "asserted", ["china", "pla"], [], ["df-26"], "2020-08-26"),
      ("missile_test", "asserted", ["china"], [], ["df-21d"], "2020-08-26")]),
    # ... not a single missile's, nor one told as another
    ("On Wednesday the PLA launched a missile toward the South China Sea. It also launched a "
     "DF-21D from Zhejiang.",
     [("missile_test", "asserted", ["china", "pla"], [], [], "2020-08-26"),
      ("missile_test", "asserted", ["china"], [], ["df-21d"], None)]),
    ("On Wednesday the PLA launched two missiles toward the South China Sea. It also launched "
     "a DF-21D from Zhejiang.",
     [("missile_test", "asserted", ["china", "pla"], [], [], "2020-08-26"),
      ("missile_test", "asserted", ["china"], [], ["df-21d"], None)]),
])
def test_a_volley_told_missile_by_missile(run, text, expected):
    assert summary(run(text, date="2020-08-27")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a target missile shot down in a test stays a test ...
    ("A target missile was launched from Kwajalein and intercepted by a US destroyer.",
     [("missile_test", "asserted", [], [], [], None),
      ("interception", "asserted", ["united-states"], [], [], None)]),
    # ("and" shares the passive of the verb before it: "by" names the interceptor) ...
    ("The missile was launched from Yemen and intercepted by a US destroyer.",
     [("combat_use", "asserted", [], [], [], None),
      ("interception", "asserted", ["united-states"], [], [], None)]),
    # ... not when the verb after "and" has an object of its own
    ("Russia was accused of breaching the treaty and denied it.",
     [("violation_allegation", "asserted", [], ["russia"], [], "2020-11-17"),
      ("denial", "asserted", ["russia"], [], [], "2020-11-17")]),
    # ... and "the experiment" retells the test and dates it (the test "in a test" is the
    # Navy's, the subject of the clause it is the occasion of)
    ("The US Navy intercepted an ICBM in a test, the agency announced on Tuesday. The "
     "experiment was conducted on Monday night.",
     [("interception", "asserted", ["united-states", "us-navy"], [], [], "2020-11-17"),
      ("missile_test", "asserted", ["united-states", "us-navy"], [], [], "2020-11-16TNI")]),
])
def test_a_target_missile_is_tested(run, text, expected):
    assert summary(run(text, date="2020-11-17")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # sanctions suspended are eased sanctions, no treaty suspended
    ("Under the New START framework, Washington offered a suspension of sanctions.", []),
    ("Russia announced the suspension of New START on Tuesday.",
     [("suspension", "asserted", ["russia"], [], [], "2023-02-21")]),
])
def test_a_suspension_of_sanctions_suspends_no_treaty(run, text, expected):
    assert summary(run(text, date="2023-02-22")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a withdrawal recommended or intended is planned, and a plan announced in the lead is
    # dated by the article ...
    ("The defence ministers of Poland and Lithuania recommended withdrawing from the mine ban "
     "treaty.",
     [("withdrawal", "planned", ["lithuania", "poland"], [], [], None)]),
    ("The Baltic states announced their intention to leave the Ottawa Convention.",
     [("withdrawal", "planned", ["baltic-states", "estonia", "latvia", "lithuania"], [], [],
       "2025-03-18")]),
    # ... one asked for is only hypothetical
    ("Some lawmakers in Vilnius called for a withdrawal from the Ottawa Convention.",
     [("withdrawal", "hypothetical", [], [], [], None)]),
    # a decree signed today on a withdrawal is today's news
    ("Ukraine's president has now signed a decree on the withdrawal of Ukraine from the "
     "Ottawa Convention, his office said.",
     [("withdrawal", "asserted", ["ukraine"], [], [], "2025-03-18")]),
])
def test_a_withdrawal_recommended_is_planned(run, text, expected):
    assert summary(run(text, date="2025-03-18")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the cause after "over" keeps its own status, whatever the cue before it
    ("Washington will impose new sanctions on Iran over its missile tests.",
     [("sanctions", "planned", ["united-states"], ["iran"], [], None),
      ("missile_test", "asserted", ["iran"], [], [], None)]),
    ("Washington ordered new sanctions on Iran over its missile tests.",
     [("sanctions", "planned", ["united-states"], ["iran"], [], None),
      ("missile_test", "asserted", ["iran"], [], [], None)]),
])
def test_a_cause_after_over_keeps_its_status(run, text, expected):
    assert summary(run(text, date="2025-03-18")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # sanctions that lapse end, for whoever imposed them ...
    ("UN sanctions on North Korea lapsed in 2024, Seoul said.",
     [("sanctions", "asserted", ["un-security-council"], ["north-korea"], [], "2024"),
      ("expiry", "asserted", ["united-nations"], [], [], "2024")]),
    # ... a resolution rejected to extend them is a failed extension (round 39: sanctions
    # extended are an extension too) ...
    ("The Security Council rejected a resolution to extend the arms embargo on Iran.",
     [("extension", "negated", ["un-security-council"], ["iran"], [], None),
      ("sanctions", "negated", ["un-security-council"], ["iran"], [], None)]),
    ("The Security Council rejected the resolution after North Korea's missile test.",
     [("missile_test", "asserted", ["north-korea"], [], [], None)]),
    # ... and a treaty's implementation halted is suspended
    ("Iran halted implementation of the IAEA's Additional Protocol in February.",
     [("suspension", "asserted", ["iran"], [], [], "2021-02")]),
    ("The ministry halted the implementation of its new pension rules.", []),
])
def test_sanctions_lapse_and_implementation_halts(run, text, expected):
    assert summary(run(text, date="2021-03-01")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state that says it complies with a treaty denies violating it ...
    ("Moscow insists it is in full compliance with the INF Treaty.",
     [("denial", "asserted", ["russia"], [], [], "2019-02-02")]),
    # ... not when another says so of it, nor when it is asked to
    ("The IAEA reported that Iran had complied with all JCPOA obligations.", []),
    ("Iran must comply with the JCPOA, the E3 said.", []),
    # ... and one said not to comply is accused
    ("Washington says Moscow is not in compliance with the INF Treaty.",
     [("violation_allegation", "asserted", ["united-states"], ["russia"], [], "2019-02-02")]),
])
def test_a_compliance_claim_is_a_denial(run, text, expected):
    assert summary(run(text, date="2019-02-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "days after" tells another, earlier event: no date of the sentence's, no shared record
    ("North Korea launched a missile on Friday, just days after it fired two cruise missiles.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2019-02-01"),
      ("missile_test", "asserted", ["north-korea"], [], [], None)]),
    # ... nor does "the launch" told later retell it
    ("Pakistan test-fired a missile on Wednesday, just days after India tested its own "
     "missile. The launch took place last week.",
     [("missile_test", "asserted", ["pakistan"], [], [], "2019-01-30"),
      ("missile_test", "asserted", ["india"], [], [], None)]),
    # ... but the month it shares when that is all the date says
    ("In January 2008, Israel test-fired a new missile, days after it warned Iran.",
     [("missile_test", "asserted", ["israel"], [], [], "2008-01"),
      ("warning", "asserted", ["israel"], ["iran"], [], "2008-01")]),
    # ... a counted duration moves the date, and "hours after" is the same day
    ("North Korea launched a missile on Friday, two days after it fired two cruise missiles.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2019-02-01"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2019-01-30")]),
    ("South Korea tested a missile on Friday, hours after North Korea fired two missiles.",
     [("missile_test", "asserted", ["south-korea"], [], [], "2019-02-01"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2019-02-01")]),
])
def test_days_after_tells_another_event(run, text, expected):
    assert summary(run(text, date="2019-02-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state that would respond to any attack warns, whoever speaks for it
    ("Foreign ministry spokesman Ali Rezaei said Tehran would respond to any attack.",
     [("warning", "asserted", ["iran"], [], [], "2019-02-02")]),
    ("Russia will retaliate against any deployment of US missiles in Europe.",
     [("warning", "asserted", ["russia"], [], [], None),
      ("deployment", "planned", ["united-states"], [], [], None)]),
    ("The hotline will respond to any question about the missile range's open day.", []),
])
def test_a_response_to_any_attack_is_a_warning(run, text, expected):
    assert summary(run(text, date="2019-02-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an event noun announced in the lead is the day's news ...
    ("The Pentagon announced the deployment of additional Patriot batteries to Saudi Arabia.",
     [("deployment", "asserted", ["united-states", "us-dod"], ["saudi-arabia"], ["patriot"],
       "2021-06-17")]),
    # ... not a verb said to be done, whose day the text does not give
    ("The Pentagon said it deployed additional Patriot batteries to Saudi Arabia.",
     [("deployment", "asserted", ["united-states", "us-dod"], ["saudi-arabia"], ["patriot"],
       None)]),
])
def test_an_event_noun_announced_in_the_lead_is_the_days_news(run, text, expected):
    assert summary(run(text, date="2021-06-17")) == expected
