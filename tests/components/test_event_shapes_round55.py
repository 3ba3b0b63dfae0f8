"""Shapes found in round 55 on part BF and the parts tuned on before: a surname after a
title for a person named in full earlier, a call or meeting that is the occasion of another
verb, "X and his counterpart", a demand to stop, an act declared illegal, a participle that
speaks for its sentence's subject, "along with" in a list of actors, and visits."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


def people(records: list[dict]) -> list[str]:
    return [r["id"] for r in records if r["kind"] == "actor" and r["type"] == "person"]


@pytest.mark.parametrize("date", [
    "2023-04-27",  # in office: the listed president, by the family name that comes first
    "2021-11-03",  # before his term no title of his fits, but he was named in full before
])
def test_a_title_before_a_family_name_means_the_person_named_in_full(run, date):
    records = run("Yoon Suk Yeol spoke about the missile threat in Seoul. On Monday the "
                  "American envoy met President Yoon to discuss the missile threat.", date=date)
    assert people(records) == ["yoon-suk-yeol"]
    assert [targets for _, _, _, targets, _, _ in summary(records)] == [
        ["south-korea", "yoon-suk-yeol"]]


def test_a_title_before_the_family_name_of_a_listed_person_in_office(run):
    records = run("On Monday the American envoy met President Yoon to discuss the missile threat.",
                  date="2023-04-27")
    assert people(records) == ["yoon-suk-yeol"]


def test_a_title_before_the_surname_of_an_unlisted_person_named_before(run):
    records = run("Deputy Foreign Minister Arvid Kallberg criticised the missile test. On "
                  "Tuesday, the American envoy met Minister Kallberg to discuss the missile "
                  "test.", date="2024-03-06")
    assert people(records) == ["arvid-kallberg"]
    assert [targets for _, _, _, targets, _, _ in summary(records)
            if targets] == [["arvid-kallberg"]]


@pytest.mark.parametrize(("text", "expected"), [
    # the call is the occasion of "agreed": the subject of that verb spoke in it ...
    ("Japanese Prime Minister Shinzo Abe and his Australian counterpart Scott Morrison agreed in "
     "a telephone call on Monday to answer the missile launch together.",
     [("talks", "asserted", ["australia", "japan", "shinzo-abe"], [], [], "2019-05-06")]),
    # ... and a verb of its own after "his counterpart" keeps both sides
    ("Japanese Prime Minister Shinzo Abe and his Australian counterpart Scott Morrison discussed "
     "the missile launch on Monday.",
     [("talks", "asserted", ["australia", "japan", "shinzo-abe"], [], [], "2019-05-06")]),
    # a held conversation with another leader is talks
    ("President Moon had a long telephone conversation with President Trump on Monday night "
     "about the nuclear test.",
     [("talks", "asserted", ["moon-jae-in", "south-korea"], ["donald-trump", "united-states"],
       [], "2019-05-06TNI")]),
    # a meeting of one state's people stays no talks, whatever the verb before it
    ("Japanese Prime Minister Shinzo Abe spoke about the missile launch during a meeting of his "
     "cabinet on Monday.",
     []),
])
def test_a_meeting_that_is_the_occasion_of_another_verb(run, text, expected):
    assert summary(run(text, date="2019-05-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # urging a state to stop warns it; what is asked for has not happened
    ("On Sunday Paris, Berlin and London pressed Tehran to halt its work on advanced "
     "centrifuges.",
     [("warning", "asserted", ["france", "germany", "united-kingdom"], ["iran"], [],
       "2019-07-07")]),
    ("On Sunday the ministers called on Pyongyang to halt its nuclear tests.",
     [("warning", "asserted", [], ["north-korea"], [], "2019-07-07"),
      ("moratorium", "hypothetical", ["north-korea"], [], [], "2019-07-07")]),
    # not a call to begin or to join something
    ("On Sunday France urged Tehran to return to the negotiations on its missile programme.",
     []),
    # a demand for an act to be done leaves it undone
    ("On Thursday Washington sent its demand for the old UN sanctions on Iran to be reimposed.",
     [("sanctions", "hypothetical", ["un-security-council"], ["iran"], [], "2019-07-04")]),
])
def test_a_demand_to_stop_warns_the_state_asked(run, text, expected):
    assert summary(run(text, date="2019-07-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act declared illegal is an alleged violation; its actor is the target, also in quotes
    # and with "along with" in the list of those who say so
    ("Russia and China, along with Germany, on Friday declared the US action over the nuclear "
     "deal \"illegal\".",
     [("violation_allegation", "asserted", ["china", "germany", "russia"], ["united-states"],
       [], "2020-08-21")]),
    # with no sayer named, the state whose act it is stays the target, never the agent
    ("Washington demanded the sanctions back, with friends and foes alike declaring the US "
     "action over the nuclear deal illegal.",
     [("violation_allegation", "asserted", [], ["united-states"], [], None)]),
    # a judgement outside arms is none
    ("The mayor called the parking of trucks on the museum lawn illegal under city rules.", []),
])
def test_an_act_declared_illegal(run, text, expected):
    assert [event for event in summary(run(text, date="2020-08-22"))
            if event[0] == "violation_allegation"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle after a comma speaks for the sentence's subject, not the object before it
    ("Washington informed the United Nations on Thursday, citing Iranian violations of the "
     "nuclear deal.",
     [("violation_allegation", "asserted", ["united-states"], ["iran"], [], "2020-08-20")]),
    ("Moscow left the treaty on Friday, citing American violations of the pact.",
     [("withdrawal", "asserted", ["russia"], [], [], "2020-08-21"),
      ("violation_allegation", "asserted", ["russia"], ["united-states"], [], "2020-08-21")]),
])
def test_a_participle_after_a_comma_speaks_for_the_subject(run, text, expected):
    assert summary(run(text, date="2020-08-21")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a leader's visit to another state is talks with it, by the verb and by the noun
    ("Pakistan's prime minister visited Washington on Friday to seek help in the nuclear crisis.",
     [("talks", "asserted", ["pakistan"], ["united-states"], [], "2003-10-03")]),
    ("Russian Foreign Minister Sergei Lavrov spoke about the arms control treaty during a visit "
     "to Beijing on Monday.",
     [("talks", "asserted", ["russia", "sergey-lavrov"], ["china"], [], "2003-09-29")]),
    # a visit to a site or to one's own troops is none
    ("Inspectors visited the missile site at Kapustin Yar on Friday.", []),
    ("Tehran rejected the request of the Russian foreign minister to visit its nuclear sites.",
     []),
    ("The Russian president visited the missile troops at their base on Friday.", []),
    ("Japan imposed sanctions on ships that visited ports in North Korea.",
     [("sanctions", "asserted", ["japan"], [], [], None)]),
])
def test_a_visit_to_another_state(run, text, expected):
    assert summary(run(text, date="2003-10-04")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("China deems the deployment of the US missiles in Luzon a real security threat, its "
     "foreign ministry said on Tuesday.",
     [("warning", "asserted", ["china"], ["united-states"], [], "2024-09-17"),
      ("deployment", "asserted", ["united-states"], [], [], "2024-09-17")]),
    ("The council deems the new stadium a real security threat to the neighbourhood.", []),
])
def test_an_act_deemed_a_threat(run, text, expected):
    assert summary(run(text, date="2024-09-18")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a vote against an assembly's or the Security Council's resolution refuses it
    ("In the General Assembly's first committee on Thursday, France and Britain voted against "
     "the resolution on nuclear disarmament talks.",
     [("signing", "negated", ["france", "united-kingdom"], [], [], "2016-10-27")]),
    # a legislature's resolution is none
    ("The state senate voted against the resolution on the missile base budget on Thursday.",
     []),
])
def test_a_vote_against_a_resolution(run, text, expected):
    assert summary(run(text, date="2016-10-28")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Both" alone as the subject stands for the two sides just named
    ("On Thursday the US vice president met President Yoon Suk Yeol of South Korea in Seoul. "
     "Both condemned the missile launches by North Korea.",
     [("talks", "asserted", ["united-states"], ["south-korea", "yoon-suk-yeol"], [],
       "2022-10-13"),
      ("warning", "asserted", ["south-korea", "united-states"], ["north-korea"], [],
       "2022-10-13"),
      ("missile_test", "asserted", ["north-korea"], [], [], None)]),
    # "both" before a noun counts no sides
    ("Japan and South Korea condemned the launches on Thursday. Both missiles were fired into "
     "the sea.",
     [("warning", "asserted", ["japan", "south-korea"], [], [], "2022-10-13"),
      ("missile_test", "asserted", [], [], [], None)]),
    # names described by a plural noun after "along with" join the list
    ("Russia and China, along with Nordic allies Denmark and Norway, declared the US action over "
     "the nuclear deal illegal.",
     [("violation_allegation", "asserted", ["china", "denmark", "norway", "russia"],
       ["united-states"], [], "2022-10-15")]),
    # a possessive before the plural noun is no list
    ("Ukraine's allies Britain and France condemned the missile strike on Friday.",
     [("warning", "asserted", ["france", "united-kingdom"], [], [], "2022-10-14")]),
])
def test_both_and_described_lists(run, text, expected):
    assert summary(run(text, date="2022-10-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a meeting with someone, its subject met them
    ("The Japanese minister spoke to reporters after a meeting with his Chinese counterpart on "
     "Friday about the missile tests.",
     [("talks", "asserted", ["japan"], ["china"], [], "2020-08-21")]),
    # dismissing a report or a charge denies it; a test dismissed as nothing special is belittled
    ("Beijing dismissed the reports of new missile batteries on the island as hype.",
     [("denial", "asserted", ["china"], [], [], "2020-08-22")]),
    ("Delhi dismissed the Pakistani missile test as nothing special.",
     [("missile_test", "asserted", ["pakistan"], [], [], None)]),
    # who neither confirms nor denies a report denies nothing
    ("Japan's defence minister would neither confirm nor deny reports on the missile tests.", []),
    # an inspecting body that confirms a fact found it by its inspection
    ("The IAEA confirmed on Friday that Pyongyang had halted its Yongbyon reactor.",
     [("inspection", "asserted", ["iaea"], ["north-korea"], [], "2020-08-21")]),
    ("The ministry confirmed that the missile budget would grow, state media reported.", []),
    # only the inspecting body's own confirmation: a minister confirming a report inspects nothing
    ("The secretary of state signed papers confirming that the IAEA report on the nuclear deal "
     "had arrived.", []),

])
def test_meetings_dismissals_and_confirmations(run, text, expected):
    assert summary(run(text, date="2020-08-22")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "they" in a quotation is not the speaker, who therefore does not negotiate ...
    ("Trump said North Korea's missile launch was being studied, adding: \"They are not ready "
     "to negotiate yet.\"",
     [("missile_test", "asserted", ["north-korea"], [], [], None),
      ("talks", "negated", ["north-korea"], [], [], None)]),
    # ... but the speaker still denies what "they", the charges, stand for
    ("\"We keep hearing allegations about arms deliveries to Moscow, but they are groundless,\" "
     "the Kremlin's Peskov told reporters on Thursday.",
     [("denial", "asserted", ["dmitry-peskov", "russia"], [], [], "2024-09-12")]),
])
def test_they_in_a_quotation(run, text, expected):
    assert summary(run(text, date="2024-09-13")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a night told by the two days it joins dates its events by the second day
    ("North Korea fired a ballistic missile overnight Monday-Tuesday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2022-10-04")]),
    ("North Korea fired a ballistic missile during the night from Monday to Tuesday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2022-10-04")]),
    # one day's night stays that night
    ("North Korea fired a ballistic missile on Monday night.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2022-10-03TNI")]),
])
def test_a_night_between_two_days(run, text, expected):
    assert summary(run(text, date="2022-10-05")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a short aside inside a verb phrase splits it no more than a date does
    ("Seoul and Washington agreed in principle on Monday to lift the cap on missile warheads.",
     [("signing", "asserted", ["south-korea", "united-states"], [], [], "2017-09-04")]),
    ("The Kazakh senate voted unanimously to ratify the nuclear-weapon-free zone treaty.",
     [("ratification", "asserted", ["kazakhstan"], [], [], None)]),
    # without the aside the phrase is as before; a word that is no aside still splits it
    ("Seoul and Washington agreed to lift the cap on missile warheads.",
     [("signing", "asserted", ["south-korea", "united-states"], [], [], None)]),
    ("Seoul and Washington agreed reluctantly to lift the cap on missile warheads.", []),
])
def test_an_aside_inside_a_verb_phrase(run, text, expected):
    assert summary(run(text, date="2017-09-05")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a joint exercise deploys the forces of each state that holds it ...
    ("The US-South Korean joint military exercise began on Monday.",
     [("deployment", "asserted", ["south-korea", "united-states"], [], [], "2014-03-24")]),
    ("Seoul is holding joint drills with Washington off its east coast this week.",
     [("deployment", "asserted", ["south-korea"], ["united-states"], [], "2014-W13")]),
    # ... not one state's own, nor drills nobody is named for
    ("The Russian navy held a joint exercise of its submarine and air units on Monday.", []),
    ("Pyongyang warned of a powerful response to the joint drills.",
     [("warning", "asserted", ["north-korea"], [], [], "2014-03-26")]),
])
def test_a_joint_exercise(run, text, expected):
    assert summary(run(text, date="2014-03-26")) == expected


def test_a_saying_word_with_nobody_before_it_leaves_the_speaker_to_the_verb_after(run):
    # "claims" reads as a verb of saying, but nobody stands before it: Peskov speaks
    records = run("\"We keep hearing claims about arms deliveries to Moscow, but they are "
                  "groundless,\" the Kremlin's Peskov said on Thursday.", date="2024-09-13")
    assert summary(records) == [
        ("denial", "asserted", ["dmitry-peskov", "russia"], [], [], "2024-09-12")]
