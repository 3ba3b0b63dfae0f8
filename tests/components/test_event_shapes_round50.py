"""Shapes found in round 50 on part BA: a participle that looks like its base ("been hit"),
a state set off by its rival's name, weapons kept ready, what a state is to be kept from
doing, an interceptor's owner, a date set off before a verb of saying, a gerund set off
after one, a sea as where a missile flew, a relative clause or an apposition before the
verb, a new framework signed, "he" after an opening phrase, the last event before a first
one "since" a date, and a date after "after"."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


def test_a_participle_like_its_base_is_passive(run):
    # "hit" after "been" is the passive: the speaker did not strike
    assert summary(run("The OPCW says the depots have been hit.", date="2026-03-02")) == []
    records = run("The depots were hit by Syrian rockets on Monday.", date="2026-03-02")
    assert summary(records) == [("combat_use", "asserted", ["syria"], [], [], "2026-03-02")]


def test_a_phrase_like_its_base_keeps_its_owner(run):
    # "shut down" after "was": the reactor's owner shut it, as before
    records = run("Iran will restart its Arak reactor, which was shut down during talks with "
                  "Europe in 2005.", date="2013-04-02")
    assert summary(records) == [
        ("development", "planned", ["iran"], [], [], None),
        ("moratorium", "asserted", ["iran"], [], [], "2005")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan, India's old rival, has been building a new cruise missile, Kazakh officials "
     "said.", ["pakistan"]),
    ("Kazakh officials said Pakistan, India's old rival, has been building a new cruise "
     "missile.", ["pakistan"]),
    # the possessive of the subject itself stays its owner, and a list stays whole
    ("Pakistan's army has been building a new cruise missile, officials said.", ["pakistan"]),
    ("In May, India's army was building a new cruise missile, officials said.", ["india"]),
    ("Officials said Pakistan, India and China were building new cruise missiles.",
     ["china", "india", "pakistan"]),
    ("Together with Pakistan, India was building a new cruise missile, officials said.",
     ["india"]),
])
def test_a_state_set_off_by_its_rivals_name(run, text, expected):
    assert [(r[0], r[2]) for r in summary(run(text, date="2005-06-03"))] == [
        ("development", expected)]


def test_a_name_that_is_no_actor_leaves_the_possessive(run):
    records = run('Ali Soltanieh, Iran\'s man at the IAEA, said on Tuesday: "We firmly reject '
                  'this claim."', date="2010-09-14")
    assert summary(records) == [("denial", "asserted", ["iran"], [], [], "2010-09-14")]


@pytest.mark.parametrize("text", [
    "The video showed caves holding rockets ready to strike enemy airfields.",
    "The battery stood ready to intercept any drone.",
    "Moscow says the Zircon is hard to intercept.",
    "Moscow says the Zircon is easy to intercept.",
])
def test_weapons_kept_ready_or_hard_to_stop_are_no_event(run, text):
    assert summary(run(text, date="2011-06-28")) == []


def test_ready_to_sign_keeps_its_signing(run):
    records = run("Russia says it is ready to sign the treaty.", date="2011-06-28")
    assert summary(records) == [("signing", "planned", ["russia"], [], [], "2011-06-28")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The embargo aims at keeping Damascus from developing atomic weapons.",
     [("development", "hypothetical", ["syria"], [], [], None)]),
    ("Washington wants to stop Pyongyang from testing another missile.",
     [("missile_test", "hypothetical", ["north-korea"], [], [], None)]),
    # "from" right before the verb only: here it opens where the allies are kept safe from
    ("Washington hopes to keep its allies safe from the Iranian missiles deployed near the "
     "Gulf.", [("deployment", "asserted", ["iran"], [], [], None)]),
    ("Iran's late leader, who had issued a fatwa against developing atomic weapons, died in "
     "the strike.", []),
    ("Iran's late leader, who once put out an edict against developing atomic weapons, died "
     "in the strike.", []),
])
def test_what_a_state_is_kept_from_doing(run, text, expected):
    assert summary(run(text, date="2026-03-02")) == expected


def test_a_glider_named_alone_is_its_makers(run):
    records = run("The HTV-2 made its test flight on Thursday atop a Minotaur IV booster.",
                  date="2010-04-29")
    assert summary(records) == [
        ("missile_test", "asserted", ["united-states"], [], ["htv-2"], "2010-04-29")]


@pytest.mark.parametrize(("text", "expected"), [
    # the owner of the interceptors defends, also after an attack that names no target
    ("Gaza militants launched a volley of rockets late on Tuesday. One was downed above Haifa "
     "by an Iron Dome unit.",
     [("missile_test", "asserted", [], [], [], "2014-07-08"),
      ("interception", "asserted", ["israel"], [], ["iron-dome"], "2014-07-08")]),
    ("Hamas fired rockets at Haifa on Tuesday night. An Iron Dome unit downed one of them.",
     [("combat_use", "asserted", ["hamas", "palestine"], [], [], "2014-07-08TNI"),
      ("interception", "asserted", ["israel"], [], ["iron-dome"], "2014-07-08TNI")]),
    # interceptors many states bought name no defender, and the missile shot down is no
    # interceptor
    ("Patriot interceptors downed six missiles over Kyiv overnight.",
     [("interception", "asserted", [], [], ["patriot"], None)]),
    ("Buk missiles downed six drones over Kharkiv overnight.",
     [("interception", "asserted", [], [], ["buk"], None)]),
    ("Two Kinzhal missiles were shot down near Lviv on Friday.",
     [("interception", "asserted", [], [], ["kinzhal"], "2014-07-04")]),
])
def test_an_interceptors_owner_defends(run, text, expected):
    assert summary(run(text, date="2014-07-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('The blast has gone unclaimed, and in remarks on Sunday, Kuwaiti envoy Ali Sabah said '
     'reports that Kuwait had planned it were "baseless."',
     [("denial", "asserted", ["ali-sabah", "kuwait"], [], [], "2021-08-01")]),
    ('In remarks on Sunday, Kuwaiti envoy Ali Sabah said reports that Kuwait had planned the '
     'raid were "baseless."',
     [("denial", "asserted", ["ali-sabah", "kuwait"], [], [], "2021-08-01")]),
    # what the saying tells happened before it: the day it was said is not its date
    ("The blast has gone unclaimed, and in remarks on Sunday, Kuwaiti envoy Ali Sabah said "
     "Iraq had fired the drones.",
     [("combat_use", "asserted", ["iraq"], [], [], None)]),
    # a vague time is no date of the saying after it
    ('The talks stalled, and in recent months, Kuwaiti envoy Ali Sabah has said reports that '
     'Kuwait had planned the raid were "baseless."',
     [("denial", "asserted", ["ali-sabah", "kuwait"], [], [], "2021-08-02")]),
])
def test_a_date_set_off_before_a_saying_dates_it(run, text, expected):
    assert summary(run(text, date="2021-08-02")) == expected


def test_a_gerund_set_off_after_a_saying_is_the_speakers(run):
    records = run("Omani envoy Badr Albusaidi said Iraq was behind the blast, while accusing "
                  "Baghdad of deploying drones near the border.", date="2021-08-02")
    assert summary(records) == [
        ("violation_allegation", "asserted", ["badr-albusaidi", "oman"], ["iraq"], [],
         "2021-08-02"),
        ("deployment", "asserted", ["iraq"], [], [], None)]


def test_a_gerund_without_a_comma_stays_the_said_clauses(run):
    records = run("The Omani envoy says that after signing the deal, Iraq broke it.",
                  date="2021-08-02")
    assert summary(records) == [
        ("signing", "asserted", ["iraq"], [], [], None),
        ("violation_allegation", "asserted", ["oman"], ["iraq"], [], "2021-08-02")]


def test_a_missile_fired_toward_a_sea_is_the_test(run):
    records = run("Egypt test-fired two Scud rockets in May. The second rocket was fired "
                  "toward the Mediterranean and came down near Crete.", date="2005-06-03")
    assert summary(records) == [("missile_test", "asserted", ["egypt"], [], ["scud-b"], "2005-05")]


@pytest.mark.parametrize("text", [
    "One more Topol, which Moscow counts on for decades, veered off course during a test "
    "launch in August.",
    "One more Topol, the pride of the rocket forces, veered off course during a test launch "
    "in August.",
])
def test_a_weapon_before_a_relative_clause_is_the_tests(run, text):
    records = run(text, date="2006-10-26")
    assert summary(records) == [("missile_test", "asserted", ["russia"], [], ["topol"], "2006-08")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Topol, which Moscow counts on for decades, is old, and the navy held a similar test "
     "in August.", []),
    # an adverb set off by commas is no relative clause nor apposition
    ("Russia deployed Iskander missiles in Kaliningrad, and later, the navy held a test.",
     [("deployment", "asserted", ["russia"], [], ["iskander-m"], None)]),
])
def test_a_clause_before_another_clause_lends_no_weapon(run, text, expected):
    assert summary(run(text, date="2006-10-26")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan and China signed a new nuclear framework in Tokyo on June 14.",
     [("signing", "asserted", ["china", "japan"], [], [], "2013-06-14")]),
    ("Japan and China signed a new farm framework in Tokyo on June 14.", []),
])
def test_a_new_framework_signed(run, text, expected):
    assert summary(run(text, date="2013-06-19")) == expected


@pytest.mark.parametrize("opening", ["Fresh from talks with", "After talks with"])
def test_he_after_an_opening_phrase_is_named_before_it(run, opening):
    # not the person the phrase "After talks with ..." names
    records = run("In Warsaw, Polish Foreign Minister Adam Rotfeld called the drills a danger. "
                  f"{opening} NATO chief Jaap de Hoop Scheffer, he told reporters the drills "
                  "worried him.", date="2005-06-03")
    assert summary(records) == [
        ("talks", "asserted", ["adam-rotfeld", "poland"], ["jaap-de-hoop-scheffer", "nato"], [],
         None)]


def test_a_scud_d_is_its_own_system(run):
    records = run("Syria fired two Scud-D missiles and a Scud-B during a drill last Friday.",
                  date="2005-06-03")
    assert summary(records) == [
        ("missile_test", "asserted", ["syria"], [], ["scud-d", "scud-b"], "2005-05-27")]


@pytest.mark.parametrize(("text", "date", "expected"), [
    # the first since a year tells the last one, that year, whatever the first's status
    ("North Korea fired a missile over Japan on Tuesday, its first such launch over Japanese "
     "land since 2017.", "2022-10-05",
     [("missile_test", "asserted", ["north-korea"], [], [], "2022-10-04"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2017")]),
    ("Washington weighed last week whether to hold its first nuclear test since 1992.",
     "2020-05-23",
     [("nuclear_test", "hypothetical", ["united-states"], [], [], "2020-W20"),
      ("nuclear_test", "asserted", ["united-states"], [], [], "1992")]),
    # since an event, not a date; and a first that another clause tells of another act
    ("Yemen's rebels fired a drone at Riyadh on Sunday, their first since the truce began in "
     "April.", "2011-08-26", [("combat_use", "asserted", ["yemen"], [], [], "2011-08-21")]),
    ("India conducted nuclear tests at Pokhran, the paper said, in what was the first time "
     "since 1974 that the desert site had been used.", "1998-06-01",
     [("nuclear_test", "asserted", ["india"], [], [], None)]),
    ("In its first report since 2019, the agency said North Korea tested a missile on Monday.",
     "2024-05-15", [("missile_test", "asserted", ["north-korea"], [], [], "2024-05-13")]),
    ("Russia fired its first missile of the drill on Monday and the navy has kept the whole "
     "firing range closed to ships since 2019.", "2024-05-15",
     [("missile_test", "asserted", ["russia"], [], [], "2024-05-13")]),
    # a day or month with no year: the last one before the article's day
    ("The ministry said Pyongyang fired a missile on Tuesday, its first since January.",
     "2023-11-02",
     [("missile_test", "asserted", ["north-korea"], [], [], "2023-10-31"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2023-01")]),
    ("Iran launched a satellite in 2019. On Monday it fired a missile, its first such launch "
     "since then.", "2024-05-15",
     [("missile_test", "asserted", ["iran"], [], [], "2019"),
      ("missile_test", "asserted", ["iran"], [], [], "2024-05-13")]),
    # only for events counted one per date, and one with an agent
    ("Moscow signed the accord on Monday, its first such signing since 2017.", "2024-05-15",
     [("signing", "asserted", ["russia"], [], [], "2024-05-13")]),
    ("A missile was fired over the sea on Monday in the first such launch since 2017.",
     "2024-05-15", [("missile_test", "asserted", [], [], [], "2024-05-13")]),
    # the last one is no retelling of the news the headline tells
    ("Washington weighs a nuclear test\n\nOfficials weighed last week whether to hold the "
     "first US nuclear test since 1992.", "2020-05-23",
     [("nuclear_test", "asserted", ["united-states"], [], [], "2020-05-23"),
      ("nuclear_test", "hypothetical", ["united-states"], [], [], "2020-W20"),
      ("nuclear_test", "asserted", ["united-states"], [], [], "1992")]),
])
def test_the_first_since_a_date_tells_the_last_one(run, text, date, expected):
    assert summary(run(text, date=date)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a date after "after" in an opening phrase is when something else was done
    ("With powers granted after May 3, 2003, Washington is imposing sanctions on three Syrian "
     "banks.", [("sanctions", "asserted", ["united-states"], ["syria"], [], None)]),
    # (the batteries, named by their state's adjective, are Israel's: round 52)
    ("Shortly before midnight on Tuesday, Israeli batteries intercepted two rockets over "
     "Haifa.", [("interception", "asserted", ["israel"], [], [], "2007-10-23T24:00")]),
    # a date of the noun after "following" is that noun's
    ("Seoul praised a first move toward disarmament following last month's summit between "
     "Trump and Kim Jong Un in Hanoi.",
     [("talks", "asserted", ["donald-trump", "kim-jong-un", "north-korea", "united-states"],
       [], [], "2007-09")]),
])
def test_a_date_after_after_is_not_the_events(run, text, expected):
    assert summary(run(text, date="2007-10-25")) == expected


@pytest.mark.parametrize(("second", "expected_date"), [
    # a definite event noun with nothing but its own day dates the event told before
    ("The talks will take place later this week.", "2004-W31"),
    ("Talks will take place later this week.", None),
])
def test_the_talks_told_again_with_their_day(run, second, expected_date):
    records = run("Officials from Japan and South Korea are to hold talks with China on its "
                  f"nuclear arms in Geneva. {second}", date="2004-07-28")
    assert summary(records) == [
        ("talks", "planned", ["japan", "south-korea"], ["china"], [], expected_date)]


def test_a_passive_with_nothing_to_record_stays_out(run):
    records = run("The old reactor at the nuclear site was dismantled on June 27, the caption "
                  "says.", date="2008-06-28")
    assert summary(records) == []
