"""Shapes found in round 40 on part AQ: tests counted in a series ("the second test"), an
infinitive that takes no system from the sentences before it, and planned events "in six
months"."""

from __future__ import annotations

import pytest

from ..conftest import of_kind
from .test_event_arguments import summary


def with_treaties(records: list[dict]) -> list[tuple]:
    """Every event as (type, status, treaty id, agents, date value), in order."""
    return [(e["type"], e["status"], (e["treaty"] or {}).get("id"),
             sorted(a["id"] for a in e["actors"] if a["role"] == "agent"),
             (e["date"] or {}).get("value")) for e in of_kind(records, "event")]


@pytest.mark.parametrize(("text", "expected"), [
    # "the first test", "the second test" count the tests of the weapon named before
    ("Pakistan's Babur missile crashed on Friday. During the first test on May 3, 2011, the "
     "missile veered off course, the second test on June 9, 2012 was a partial success.",
     [("missile_test", "asserted", ["pakistan"], [], ["babur"], "2011-05-03"),
      ("missile_test", "asserted", ["pakistan"], [], ["babur"], "2012-06-09")]),
    # with no weapon named before, they count nothing known
    ("During the first test on May 3, 2011, the rocket veered off course, the second test on "
     "June 9, 2012 was a partial success.", []),
    # "a first test" is no count of a series told before
    ("Pakistan's Babur missile crashed on Friday. A first test on May 3, 2011 went well.", []),
])
def test_tests_counted_in_a_series(run, text, expected):
    assert summary(run(text, date="2015-10-16")) == expected


def test_a_possessive_subject_looks_back_for_its_system(run):
    # "its air defences fired": the system of the sentence before
    text = ("The David's Sling system entered service in 2017. Israel said on Monday its air "
            "defences fired two interceptors at rockets from Syria.")
    assert summary(run(text, date="2018-07-24")) == [
        ("deployment", "asserted", ["israel"], [], ["davids-sling"], "2017"),
        ("interception", "asserted", ["israel"], [], ["davids-sling"], "2018-07-23")]


def test_an_infinitive_takes_no_system_from_a_possessive_before_it(run):
    # "its" before "best to build" opens no event noun: the defences are no Hwasong-15
    text = ("Pyongyang fired two missiles on Monday, among them a Hwasong-15. Tokyo said it "
            "would do its best to build up its missile defences with Washington.")
    assert summary(run(text, date="2017-12-01")) == [
        ("missile_test", "asserted", ["north-korea"], [], ["hwasong-15"], "2017-11-27"),
        ("development", "planned", ["japan"], ["united-states"], [], "2017-12-01")]


@pytest.mark.parametrize(("text", "expected"), [
    # a planned event "in" a number of months, weeks or days is that long after the article
    ("Russian and US envoys agreed to hold another round of missile talks in Geneva in six "
     "months.",
     [("talks", "planned", ["russia", "united-states"], [], [], "2008-04")]),
    ("Russia and the US will hold missile talks in two weeks.",
     [("talks", "planned", ["russia", "united-states"], [], [], "2007-W43")]),
    ("Iran said it would test a new missile in three days.",
     [("missile_test", "planned", ["iran"], [], [], "2007-10-15")]),
    # "within" two weeks is no day
    ("Russia and the US will hold missile talks within two weeks.",
     [("talks", "planned", ["russia", "united-states"], [], [], None)]),
    # "the first such test in 35 years" is a span up to now
    ("Moscow said it would carry out a nuclear test, the first such test in 35 years.",
     [("nuclear_test", "planned", ["russia"], [], [], "2007-10-12")]),
])
def test_planned_events_in_a_number_of_months(run, text, expected):
    assert summary(run(text, date="2007-10-12")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "It" opening a sentence as the subject of the trigger's verb is the treaty named before
    ("Obama and Medvedev signed New START in Prague last week. It will be ratified by the "
     "Duma and the US Senate next year.",
     [("signing", "asserted", "new-start",
       ["barack-obama", "dmitry-medvedev", "russia", "united-states"], "2010-W14"),
      ("ratification", "planned", "new-start", ["russia", "state-duma", "united-states",
                                                "us-senate"], "2011")]),
    ("The Chemical Weapons Convention bans the use of toxic arms. It was signed in Paris on "
     "January 13, 1993.",
     [("signing", "asserted", "cwc", [], "1993-01-13")]),
    # "It" that is no subject of the trigger's verb is no treaty
    ("Moscow hailed the New START treaty on Monday. It also urged Washington to ratify the "
     "test ban.", []),
    # with no treaty named before, "it" is none
    ("Moscow and Washington held missile talks last week. It will be ratified by the Duma "
     "next year.",
     [("talks", "asserted", None, ["russia", "united-states"], "2010-W14")]),
])
def test_it_for_the_treaty_named_before(run, text, expected):
    assert with_treaties(run(text, date="2010-04-14")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb a treaty does itself ...
    ("Russia and the US signed New START in 2010. It expires in February 2026.",
     [("signing", "asserted", "new-start", ["russia", "united-states"], "2010"),
      ("expiry", "asserted", "new-start", [], "2026-02")]),
    # ... but a state warns
    ("Pyongyang scrapped the Korean War armistice agreement in March. It warned on Friday "
     "that it would treat any new embargo as an act of war.",
     [("withdrawal", "asserted", "korean-armistice", ["north-korea"], "2013-03"),
      ("warning", "asserted", None, ["north-korea"], "2013-06-07")]),
])
def test_it_for_a_treaty_only_before_a_treaty_verb_or_a_passive(run, text, expected):
    assert with_treaties(run(text, date="2013-06-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a leader hosting another state's holds talks with it ...
    ("Xi Jinping hosted Vladimir Putin in Beijing on Monday for talks on missile defence.",
     [("talks", "asserted", ["china", "xi-jinping"], ["russia", "vladimir-putin"], [],
       "2024-05-20")]),
    # ... but weapons hosted are deployed
    ("Poland will host US missile defence batteries from next year.",
     [("deployment", "planned", ["united-states"], ["poland"], [], "2025")]),
    ("NATO fears that Germany will stop hosting the US nukes at Buechel.", []),
    # a counterpart contacted or phoned, and the counterpart's state is the other side
    ("Turkey's foreign minister phoned his Iranian counterpart after the missile fell near "
     "the border.",
     [("talks", "asserted", ["turkey"], ["iran"], [], None)]),
    ("Japan's defence minister met his Australian counterpart on Monday to discuss missile "
     "defence.",
     [("talks", "asserted", ["japan"], ["australia"], [], "2024-05-20")]),
    # reporters contacting a ministry hold no talks
    ("Reporters contacted the Pentagon and the Polish army about the missile deployment.",
     [("deployment", "asserted", ["poland", "united-states", "us-dod"], [], [], None)]),
])
def test_talks_hosted_or_by_phone_with_a_counterpart(run, text, expected):
    assert summary(run(text, date="2024-05-22")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the two countries, which ..., agreed": the subject before a relative clause counts
    ("Obama and Medvedev signed the treaty last week. The two countries, which hold most of "
     "the world's nuclear arms, agreed to cut their strategic warheads to 1,550 apiece.",
     [("signing", "asserted", ["barack-obama", "dmitry-medvedev", "russia", "united-states"],
       [], [], "2010-W14"),
      ("elimination", "asserted", ["russia", "united-states"], [], [], None)]),
    ("Obama and Medvedev signed the treaty last week. The two countries, however, agreed to "
     "cut their deployed warheads by a third.",
     [("signing", "asserted", ["barack-obama", "dmitry-medvedev", "russia", "united-states"],
       [], [], "2010-W14"),
      ("elimination", "asserted", ["russia", "united-states"], [], [], None)]),
    # a floating "each" leaves the verb a verb; plutonium disposed of is eliminated
    ("Washington and Moscow will each dispose of 34 tonnes of surplus plutonium.",
     [("elimination", "planned", ["russia", "united-states"], [], [], None)]),
    ("Russia will dispose of its surplus plutonium.",
     [("elimination", "planned", ["russia"], [], [], None)]),
    ("The city will dispose of its old buses before the missile drills.", []),
    # what an accord with another side is about is no event
    ("On Monday the Kremlin suspended its pact with Washington on disposing of surplus "
     "plutonium.",
     [("suspension", "asserted", ["russia"], ["united-states"], [], "2010-04-12")]),
])
def test_counted_subjects_floating_each_and_material_disposed_of(run, text, expected):
    assert summary(run(text, date="2010-04-14")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "shortly before" a time is the clause's own time, not a while before another event
    ("US forces fired an SM-3 interceptor shortly before midnight on Wednesday.",
     [("interception", "asserted", ["united-states"], [], ["sm-3"], "2026-03-04T24:00")]),
    ("North Korea fired a missile before 11 p.m. on Wednesday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2026-03-04T23:00")]),
    # "shortly after" another event still counts from that event, which gives no day here
    ("India fired a missile shortly after Pakistan tested one in May.",
     [("missile_test", "asserted", ["india"], ["pakistan"], [], None),
      ("missile_test", "asserted", ["pakistan"], [], [], "2025-05")]),
])
def test_a_time_shortly_before(run, text, expected):
    assert summary(run(text, date="2026-03-06")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a year's agreement of the sentence's states whose subject a listed treaty has is that
    # treaty, also in a text that names another one ...
    ("Obama and Medvedev signed New START last week. On Tuesday Moscow and Washington amended "
     "their 2000 pact on getting rid of surplus weapons-grade plutonium.",
     [("signing", "asserted", "new-start",
       ["barack-obama", "dmitry-medvedev", "russia", "united-states"], "2010-W14"),
      ("signing", "asserted", "pmda", ["russia", "united-states"], "2000")]),
    # ... but a year's agreement on another subject stays unnamed
    ("Obama and Medvedev signed New START last week. Moscow and Washington also praised their "
     "2000 pact on nuclear research reactors.",
     [("signing", "asserted", "new-start",
       ["barack-obama", "dmitry-medvedev", "russia", "united-states"], "2010-W14"),
      ("signing", "asserted", None, [], "2000")]),
])
def test_an_agreement_of_a_year_named_by_its_subject(run, text, expected):
    assert with_treaties(run(text, date="2010-04-14")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a body that strips a member of its rights sanctions it (the member is not yet the target)
    ("Members of the chemical weapons watchdog voted on Tuesday to strip Libya of its voting "
     "rights.",
     [("sanctions", "asserted", ["opcw"], [], [], "2021-04-20")]),
    # a listing suspended is no right of a member
    ("The missile maker suspended its stock market listing after the test.", []),
])
def test_rights_of_a_member_suspended(run, text, expected):
    assert summary(run(text, date="2021-04-22")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an inspecting body that investigates inspects; anyone else investigating does not
    ("The IAEA began investigating Syria's desert reactor site in June 2008.",
     [("inspection", "asserted", ["iaea"], ["syria"], [], "2008-06")]),
    ("An OPCW investigation last year found that the air force had used sarin.",
     [("inspection", "asserted", ["opcw"], [], [], "2010")]),
    ("Police are investigating the theft of the missile parts from the nuclear plant.", []),
])
def test_investigations_of_an_inspecting_body(run, text, expected):
    assert summary(run(text, date="2011-06-10")) == expected


@pytest.mark.parametrize("model", [False, True])
def test_a_headline_source_after_a_colon_is_no_target(run_on, model):
    # the parse may make "American sources" after the colon the object of "strike"
    text = ("Israeli aircraft strike Iranian rockets at Syrian harbour: American sources\n\n"
            "Israeli warplanes struck Syria's port of Tartus on Thursday, hitting rockets that "
            "Iran had shipped there, American sources said.")
    assert summary(run_on(text, "2015-06-05", model)) == [
        ("combat_use", "asserted", ["israel"], ["syria"], [], "2015-06-04")]


@pytest.mark.parametrize(("text", "expected"), [
    # a phrase with a quoted word in it is the phrase
    ("The IAEA board found Iran in \"non-compliance\" with the NPT on Saturday.",
     [("violation_allegation", "asserted", ["iaea", "iaea-board-of-governors"], [], [],
       "2021-01-02")]),
    ("Washington accused Moscow of a \"material breach\" of the INF Treaty.",
     [("violation_allegation", "asserted", ["united-states"], ["russia"], [], "2021-01-05")]),
    ("The EU said Iran's move was a serious \"departure\" from the nuclear deal.",
     [("violation_allegation", "asserted", ["european-union"], ["iran"], [], "2021-01-05")]),
])
def test_a_trigger_phrase_with_a_quoted_word(run, text, expected):
    assert summary(run(text, date="2021-01-05")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # standing ready to defend or to respond, about arms, warns
    ("NATO said on Friday that the alliance stands ready to defend against any missile "
     "attack.",
     [("warning", "asserted", ["nato"], [], [], "2026-03-06")]),
    ("Pyongyang said its army was prepared to respond to any provocation by the US.",
     [("warning", "asserted", ["north-korea"], ["united-states"], [], "2026-03-06")]),
    ("The minister said he was ready to defend his budget in parliament.", []),
])
def test_ready_to_defend_or_respond(run, text, expected):
    assert summary(run(text, date="2026-03-06")) == expected


@pytest.mark.parametrize("model", [False, True])
def test_a_news_channel_quoting_a_commander_is_no_agent(run_on, model):
    # Al-Alam (lexicon news-media) reports what the commander said; it warns nobody
    text = ("\"These missile drills show that we stand ready to defend the nation,\" Al-Alam "
            "quoted a Revolutionary Guards commander as saying.")
    assert summary(run_on(text, "2008-07-09", model)) == [
        ("warning", "asserted", ["iran", "irgc"], [], [], "2008-07-09")]


@pytest.mark.parametrize(("text", "expected"), [
    # a warning is never aimed at its agents' own state ...
    ("A Revolutionary Guards commander said his forces stand ready to defend Iran with their "
     "missiles.",
     [("warning", "asserted", ["iran", "irgc"], [], [], "2008-07-09")]),
    # ... but may be at its people or bodies
    ("After the missile drills, the White House threatened Congress with a veto.",
     [("warning", "asserted", ["united-states"], ["us-congress"], [], "2008-07-09")]),
])
def test_no_warning_aimed_at_its_own_state(run, text, expected):
    assert summary(run(text, date="2008-07-09")) == expected
