"""Shapes found in round 53 on part BD and the parts tuned on before: a departure from a
treaty, a state asked to return to compliance, a state deeply concerned, what the agent of the
day's news said with no day of its own (or of another act of saying in its sentence), a day
after a quoted relative clause, an oil embargo that came into effect, sanctions of the day a
resolution was adopted, and two sides that agree that something must be so."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # a state's departure from a treaty is its withdrawal ...
    ("Moscow's departure from the CFE Treaty became final on Tuesday.",
     [("withdrawal", "asserted", ["russia"], [], [], "2023-11-07")]),
    # ... an act called a departure from the deal is an alleged breach, quoted or not ...
    ('Officials in Paris said the enrichment plan was a "serious departure" from the nuclear '
     "deal with Iran.",
     [("violation_allegation", "asserted", ["france"], [], [], "2023-11-08")]),
    # ... and so is a departure from commitments or obligations under it
    ("Officials in Paris said the enrichment plan marks a departure from Iran's commitments "
     "under the JCPOA.",
     [("violation_allegation", "asserted", ["france"], [], [], "2023-11-08")]),
    ("Britain said Moscow's departure from its obligations under the CFE Treaty was illegal.",
     [("violation_allegation", "asserted", ["united-kingdom"], ["russia"], [], "2023-11-08")]),
    ("Britain said Moscow's departure from its treaty obligations was illegal under the CFE "
     "Treaty.",
     [("violation_allegation", "asserted", ["united-kingdom"], ["russia"], [], "2023-11-08")]),
])
def test_a_departure_from_a_treaty(run, text, expected):
    assert summary(run(text, date="2023-11-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # whoever waits for a state to return to compliance says it is out of compliance, even
    # in a condition
    ("The United States will stay in the pact only if Moscow returns to full compliance with "
     "the INF Treaty, the US envoy said on Friday.",
     [("violation_allegation", "asserted", ["united-states"], ["russia"], [], "2019-02-01")]),
    # a day to come in the sentence makes it no plan
    ("The INF Treaty will end in August unless Moscow returns to full compliance, the US "
     "envoy said on Friday.",
     [("violation_allegation", "asserted", ["united-states"], ["russia"], [], "2019-08")]),
    ("The company said it would return to compliance with the tax rules next year.", []),
])
def test_a_return_to_compliance_asked_for(run, text, expected):
    assert summary(run(text, date="2019-02-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Seoul is gravely concerned about the missile launches by North Korea, its foreign "
     "ministry said on Sunday.",
     [("warning", "asserted", ["south-korea"], ["north-korea"], [], "2023-04-16"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2023-04-16")]),
    ("Residents are deeply concerned about the new school timetable.", []),
])
def test_a_state_deeply_concerned(run, text, expected):
    assert summary(run(text, date="2023-04-17")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what the agent of the lead's news said, told with no day, was said that day ...
    ("The UN Security Council imposed fresh sanctions against Pyongyang on Monday.\n\n"
     "The Security Council also condemned the test of a hydrogen bomb by Pyongyang.",
     [("sanctions", "asserted", ["un-security-council"], ["north-korea"], [], "2017-09-11"),
      ("warning", "asserted", ["un-security-council"], ["north-korea"], [], "2017-09-11"),
      ("nuclear_test", "asserted", ["north-korea"], [], [], None)]),
    # ... the news being the lead's first act of the week before the article, not a
    # background one
    ("North Korea tested a hydrogen bomb on September 3.\n\n"
     "The UN Security Council imposed fresh sanctions against Pyongyang on Monday.\n\n"
     "The Security Council condemned the test by Pyongyang.",
     [("nuclear_test", "asserted", ["north-korea"], [], [], "2017-09-03"),
      ("sanctions", "asserted", ["un-security-council"], ["north-korea"], [], "2017-09-11"),
      ("warning", "asserted", ["un-security-council"], ["north-korea"], [], "2017-09-11")]),
    # another agent speaks on the day of the article
    ("The UN Security Council imposed fresh sanctions against Pyongyang on Monday.\n\n"
     "Japan condemned the test of a hydrogen bomb by Pyongyang.",
     [("sanctions", "asserted", ["un-security-council"], ["north-korea"], [], "2017-09-11"),
      ("warning", "asserted", ["japan"], ["north-korea"], [], "2017-09-12"),
      ("nuclear_test", "asserted", ["north-korea"], [], [], None)]),
    # what it says in the sentence of its dated act is said that day too
    ("The UN Security Council imposed fresh sanctions against Pyongyang on Monday.\n\n"
     "The Security Council condemned the blast, calling it a clear violation of its "
     "resolutions.",
     [("sanctions", "asserted", ["un-security-council"], ["north-korea"], [], "2017-09-11"),
      ("warning", "asserted", ["un-security-council"], [], [], "2017-09-11"),
      ("violation_allegation", "asserted", ["un-security-council"], [], [], "2017-09-11")]),
    # told in the present, it is said on the day of the article
    ("The UN Security Council imposed fresh sanctions against Pyongyang on Monday.\n\n"
     "The Security Council warns Pyongyang of further measures.",
     [("sanctions", "asserted", ["un-security-council"], ["north-korea"], [], "2017-09-11"),
      ("warning", "asserted", ["un-security-council"], ["north-korea"], [], "2017-09-12")]),
    # an act of a month before is no news of the day
    ("The UN Security Council imposed fresh sanctions against Pyongyang a month ago.\n\n"
     "The Security Council condemned the test of a hydrogen bomb by Pyongyang.",
     [("sanctions", "asserted", ["un-security-council"], ["north-korea"], [], "2017-08"),
      ("warning", "asserted", ["un-security-council"], ["north-korea"], [], "2017-09-12"),
      ("nuclear_test", "asserted", ["north-korea"], [], [], None)]),
])
def test_what_the_agent_of_the_news_said_is_of_its_day(run, text, expected):
    assert summary(run(text, date="2017-09-12")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause closed by a comma parts nothing from the saying's day ...
    ('Tokyo is deeply concerned about the launches "which threaten the whole region," '
     "a spokesman said on Friday.",
     [("warning", "asserted", ["japan"], [], [], "2016-03-11")]),
    # ... one the day stands in is another event's
    ("Tokyo condemned the launches which North Korea made on Friday, a spokesman said.",
     [("warning", "asserted", ["japan"], [], [], "2016-03-13")]),
    ("Tokyo is deeply concerned about the tests which ended on Friday.",
     [("warning", "asserted", ["japan"], [], [], None)]),
])
def test_a_day_past_a_relative_clause(run, text, expected):
    assert summary(run(text, date="2016-03-13")) == expected


@pytest.mark.parametrize(("when", "day"), [("on Friday", "2009-09-25"),
                                         ("on Friday morning", "2009-09-25TMO")])
def test_the_news_of_the_day_of_the_article_is_another_agents(run, when, day):
    # the lead's first act is the article's day: a later one told in the lead is no news day
    text = (f"Washington {when} accused Iran of hiding a nuclear site. British officials "
            "presented evidence of the site to the IAEA on Thursday.\n\n"
            "Britain also condemned the site.")
    assert summary(run(text, date="2009-09-25")) == [
        ("violation_allegation", "asserted", ["united-states"], ["iran"], [], day),
        ("violation_allegation", "asserted", ["united-kingdom"], ["iaea"], [], "2009-09-24"),
        ("warning", "asserted", ["united-kingdom"], [], [], "2009-09-25")]


@pytest.mark.parametrize(("second", "treaty"), [
    # sanctions of the very day a resolution the text names was adopted are its ...
    ("Resolution 2375, adopted without a vote against, caps oil imports.", "unscr-2375"),
    # ... not those of a resolution of another day
    ("The sanctions go further than Resolution 2371.", None),
])
def test_sanctions_of_the_day_a_resolution_was_adopted(run, second, treaty):
    records = run("The UN Security Council imposed fresh sanctions against Pyongyang on "
                  f"Monday.\n\n{second}", date="2017-09-12")
    assert summary(records) == [
        ("sanctions", "asserted", ["un-security-council"], ["north-korea"], [], "2017-09-11")]
    assert [(e.get("treaty") or {}).get("id") for e in records if e["kind"] == "event"] == [
        treaty]


@pytest.mark.parametrize(("text", "expected"), [
    ("On Saturday Joe Biden met Xi Jinping in Lima. Both leaders agreed that humans, not "
     "machines, must decide on any use of nuclear arms.",
     [("talks", "asserted", ["joe-biden", "united-states"], ["china", "xi-jinping"], [],
       "2024-11-16"),
      ("signing", "asserted", ["china", "united-states"], [], [], "2024-11-16")]),
    # one side agreeing decides alone
    ("Moscow agreed that its missile budget was too small.", []),
])
def test_two_sides_that_agree_that_something_must_be_so(run, text, expected):
    assert summary(run(text, date="2024-11-18")) == expected



def test_an_oil_embargo_that_came_into_effect(run):
    text = ("Iran faces an EU oil embargo which came into effect on Monday over its nuclear "
            "programme.")
    assert summary(run(text, date="2012-07-03")) == [
        ("sanctions", "asserted", ["european-union"], [], [], "2012-07-02")]


def test_a_phrase_setting_the_scene_lends_no_weapon_to_the_event_it_names(run):
    # "the attack" retells the volley; the jet of the clause after the comma is the
    # interception's, not the attacker's
    text = ("On September 28, the Revolutionary Guards fired dozens of missiles at Kurdish bases "
            "in Iraq.\n\nDuring the attack, a US F-15 fighter downed a drone over Erbil.")
    assert summary(run(text, date="2022-10-05")) == [
        ("combat_use", "asserted", ["iran", "irgc"], ["iraq"], [], "2022-09-28"),
        ("interception", "asserted", ["united-states"], [], ["f-15"], "2022-09-28")]


@pytest.mark.parametrize(("text", "expected"), [
    # a body asked to meet meets as planned, on the day to come ...
    ("Britain has now asked the Security Council to discuss the rocket firings at a meeting "
     "on Monday, its envoy said.",
     [("talks", "planned", ["un-security-council"], [], [], "2016-03-14")]),
    # ... not a meeting at which something was asked, and a state asked to act is no plan
    # of the state's (what such a request tells is left to other cues)
    ("Britain asked questions at the Security Council's meeting on Monday.",
     [("talks", "asserted", ["un-security-council"], [], [], "2016-03-07")]),
    ("Washington asked Seoul to deploy more interceptors near the border.",
     [("deployment", "asserted", ["south-korea"], [], [], None)]),
])
def test_a_body_asked_to_meet(run, text, expected):
    assert summary(run(text, date="2016-03-11")) == expected
