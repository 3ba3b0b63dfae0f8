"""Shapes found in round 28 on part AE: "we" in a quotation as its speaker, a weapon event
told first with no agent, weapons sent, approved transfers, criticism from someone, a vague
date beside a precise one, and treaties named by what they ban."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary
from .test_event_shapes_round15 import with_treaty


@pytest.mark.parametrize(("text", "expected"), [
    # "we" is the speaker named before, not the first state of the quotation
    ('Vladimir Putin spoke to reporters on Friday. "If the US places these missiles in Europe, '
     'we will have to take retaliatory steps," he said.',
     [("warning", "asserted", ["russia", "vladimir-putin"], [], [], "2019-06-03")]),
    # with no "we", the quotation's own subject still acts
    ('Vladimir Putin spoke to reporters on Friday. "If the US places these missiles in Europe, '
     'Russia will have to take retaliatory steps," he said.',
     [("warning", "asserted", ["russia"], [], [], "2019-06-03")]),
])
def test_we_in_a_quotation_is_its_speaker(run, text, expected):
    assert summary(run(text, date="2019-06-03")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the launch told with no agent is the one Israel's forces carried out
    ("Officials hailed the first operational launch of an Arrow 3 interceptor. Israeli forces "
     "launched an Arrow 3 interceptor at a target over the Red Sea on Thursday.",
     [("interception", "asserted", ["israel"], [], ["arrow-3"], "2019-05-30")]),
    # another system is another launch (since round 50 the Arrow 3's owner intercepts with it)
    ("Officials hailed the first operational launch of an Arrow 3 interceptor. Israeli forces "
     "launched an Arrow 2 interceptor at a target over the Red Sea on Thursday.",
     [("interception", "asserted", ["israel"], [], ["arrow-3"], None),
      ("interception", "asserted", ["israel"], [], ["arrow-2"], "2019-05-30")]),
    # the same day joins a launch that names no system
    ("A missile launch was detected early on Thursday. North Korea fired a ballistic missile "
     "into the sea on Thursday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2019-05-30")]),
    # two states' tests of one system on one day stay two
    ("Russia fired an S-400 missile on Thursday. Turkey tested an S-400 missile on Thursday.",
     [("missile_test", "asserted", ["russia"], [], ["s-400"], "2019-05-30"),
      ("missile_test", "asserted", ["turkey"], [], ["s-400"], "2019-05-30")]),
    # a launch with no day of its own and no system is another one (round 50: the Arrow 3's
    # owner intercepts with it)
    ("Officials hailed the first operational launch of an Arrow 3 interceptor. Israeli forces "
     "launched an interceptor at a target over the Red Sea on Thursday.",
     [("interception", "asserted", ["israel"], [], ["arrow-3"], None),
      ("interception", "asserted", ["israel"], [], [], "2019-05-30")]),
])
def test_a_weapon_event_told_first_without_its_agent(run, text, expected):
    assert summary(run(text, date="2019-06-03")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # weapons sent are a transfer, a deployment by the sender
    ("North Korea sent ballistic missiles to Russia last year.",
     [("deployment", "asserted", ["north-korea"], ["russia"], [], "2023")]),
    ("Germany will send IRIS-T air defence systems to Ukraine.",
     [("deployment", "planned", ["germany"], ["ukraine"], ["iris-t"], None)]),
    # a transfer approved is still to come
    ("Washington approved the sale of Patriot missiles to Poland.",
     [("deployment", "planned", ["united-states"], [], ["patriot"], None)]),
    ("The president approved sending cluster munitions to Ukraine, officials in Washington said.",
     [("deployment", "planned", ["united-states"], ["ukraine"], [], None)]),
    # a legislature's approval of a treaty is its ratification, asserted
    ("The US Senate approved the ratification of New START on Wednesday.",
     [("ratification", "asserted", ["united-states", "us-senate"], [], [], "2024-03-06")]),
    # a message sent is none
    ("The launch sent a message to Washington about the missile talks.", []),
])
def test_weapons_sent_and_transfers_approved(run, text, expected):
    assert summary(run(text, date="2024-03-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia tested an anti-satellite missile on Tuesday, drawing sharp criticism from the "
     "United States.",
     [("missile_test", "asserted", ["russia"], [], [], "2024-03-05"),
      ("warning", "asserted", ["united-states"], [], [], "2024-03-05")]),
    # criticism from no one named is nobody's warning, not the state "the country" is
    ("Russia tested an anti-satellite missile on Tuesday. The country's test drew criticism "
     "from scientists.",
     [("missile_test", "asserted", ["russia"], [], [], "2024-03-05")]),
    ("Russia tested an anti-satellite missile on Tuesday. The country's test drew criticism "
     "from Japan.",
     [("missile_test", "asserted", ["russia"], [], [], "2024-03-05"),
      ("warning", "asserted", ["japan"], [], [], None)]),
])
def test_criticism_from_whom(run, text, expected):
    assert summary(run(text, date="2024-03-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a precise date beats a vague one in the event's clause, past a comma
    ("India has tested its Agni-V missile a number of times in recent years, most recently in "
     "March of this year.",
     [("missile_test", "asserted", ["india"], [], ["agni-v"], "2024-03")]),
    ("North Korea has fired missiles in recent weeks, most recently on Tuesday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2024-03-05")]),
])
def test_a_precise_date_before_a_vague_one(run, text, expected):
    assert summary(run(text, date="2024-03-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Lithuania left the convention prohibiting the stockpiling, transfer and use of cluster "
     "munitions on Wednesday.",
     [("withdrawal", "asserted", ["lithuania"], [], [], "2024-03-06",
       "convention-on-cluster-munitions")]),
    ("Finland will quit the treaty that bans anti-personnel mines.",
     [("withdrawal", "planned", ["finland"], [], [], None, "ottawa-treaty")]),
    ("Syria joined the convention outlawing chemical weapons in 2013.",
     [("ratification", "asserted", ["syria"], [], [], "2013", "cwc")]),
    # the longer phrase of what is banned names the treaty: tests, not weapons
    ("Russia revoked its ratification of the treaty banning nuclear weapons tests on Thursday.",
     [("withdrawal", "asserted", ["russia"], [], [], "2024-03-07", "ctbt")]),
    # of two banned phrases ending together the longer names it: the testing of nuclear
    # weapons is the CTBT's, nuclear weapons alone the TPNW's
    ("Putin signed a law on Thursday revoking Russia's ratification of a global treaty "
     "prohibiting the testing of nuclear weapons.",
     [("withdrawal", "asserted", ["russia", "vladimir-putin"], [], [], "2024-03-07", "ctbt")]),
    # a ban that is no treaty's name
    ("The government banned cluster munitions in 2010.", []),
    # too far from the verb of banning, or another sentence's
    ("Estonia quit the treaty banning the use, stockpiling, production, transfer, sale, storage "
     "and financing of all kinds of cluster munitions.",
     [("withdrawal", "asserted", ["estonia"], [], [], None, None)]),
    # a treaty noun before the verb of banning: a law is none
    ("Norway passed a law banning cluster munitions, and withdrew from the treaty in 2010.",
     [("withdrawal", "asserted", ["norway"], [], [], "2010", None)]),
    # nuclear weapons banned from a place: another treaty than the TPNW
    ("Moscow signed a treaty banning nuclear weapons in orbit in 1967.",
     [("signing", "asserted", ["russia"], [], [], "1967", None)]),
    # what is banned must follow the verb or its "of"
    ("Estonia signed a treaty banning exports to states that use cluster munitions.",
     [("signing", "asserted", ["estonia"], [], [], None, None)]),
    ("Estonia signed the convention on the prohibition of chemical weapons in 1993.",
     [("signing", "asserted", ["estonia"], [], [], "1993", "cwc")]),
    # no event inside the treaty's name
    ("It is the first pact prohibiting the development, testing, stockpiling and use of nuclear "
     "weapons.", []),
])
def test_a_treaty_named_by_what_it_bans(run, text, expected):
    assert with_treaty(run(text, date="2024-03-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the submarine-launched missile": the missile named before, whose owner deploys it
    ("France test-fired its new M51 missile on Thursday. The submarine-launched missile is "
     "expected to enter service around 2010.",
     [("missile_test", "asserted", ["france"], [], ["m51"], "2024-03-07"),
      ("deployment", "planned", ["france"], [], ["m51"], "2010")]),
    # five sentences back, none of them naming another system
    ("France test-fired its new M51 missile on Thursday. The missile rose into the sky. It flew "
     "west. Police guarded the site. Crowds watched from a beach. The submarine-launched "
     "missile is expected to enter service in 2010.",
     [("missile_test", "asserted", ["france"], [], ["m51"], "2024-03-07"),
      ("deployment", "planned", ["france"], [], ["m51"], "2010")]),
    # a capitalised word between makes it another missile
    ("France test-fired its new M51 missile on Thursday. The Russian missile is due to enter "
     "service in 2026.",
     [("missile_test", "asserted", ["france"], [], ["m51"], "2024-03-07"),
      ("deployment", "planned", ["russia"], [], [], "2026")]),
    # "missile" qualifying an event noun is no anaphor
    ("Japan bought the Aegis Ashore system last year. North Korea carried out the new missile "
     "launches on Monday.",
     [("deployment", "asserted", ["japan"], [], ["aegis-ashore"], "2023"),
      ("missile_test", "asserted", ["north-korea"], [], [], "2024-03-04")]),
])
def test_the_missile_with_words_between(run, text, expected):
    assert summary(run(text, date="2024-03-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quotation going on in the next sentence keeps its speaker
    ("\u201cWe are studying the reports closely,\u201d said a State Department spokesperson on "
     "Wednesday. \u201cWe condemn all unlawful missile launches.\u201d",
     [("warning", "asserted", ["united-states", "us-state-department"], [], [], "2021-09-29"),
      ("missile_test", "asserted", [], [], [], None)]),
    ('"The launch was a provocation," Japan\'s defence minister said on Wednesday.\n\n"We '
     'harshly condemn the missile firing."',
     [("warning", "asserted", ["japan"], [], [], "2021-09-29")]),
    # what was said before may be told without quotation marks
    ("A State Department spokesperson said on Wednesday that the reports were serious. "
     "\u201cWe condemn all unlawful missile launches.\u201d",
     [("warning", "asserted", ["united-states", "us-state-department"], [], [], "2021-09-29"),
      ("missile_test", "asserted", [], [], [], None)]),
    # a sentence after a closed quotation, or with a verb of saying of its own, goes on with
    # nothing
    ("\u201cWe are studying the reports closely,\u201d said a State Department spokesperson on "
     "Wednesday, \u201cand we will not ignore them.\u201d We condemn all unlawful missile "
     "launches.",
     [("missile_test", "asserted", [], [], [], None)]),
    ("\u201cWe are studying the reports closely,\u201d said a State Department spokesperson on "
     "Wednesday. \u201cWe condemn the launch, and Tokyo says it will respond.\u201d",
     []),
    # no verb of saying before, or no quotation opening the sentence: no speaker to go on with
    ("The State Department spoke on Wednesday. \u201cWe condemn all unlawful missile "
     "launches.\u201d",
     [("missile_test", "asserted", [], [], [], None)]),
    ("\u201cWe are studying the reports closely,\u201d said a State Department spokesperson on "
     "Wednesday. We condemn all unlawful missile launches.",
     [("missile_test", "asserted", [], [], [], None)]),
])
def test_a_quotation_that_goes_on(run, text, expected):
    assert summary(run(text, date="2021-09-30")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "we" is not the subject of a verb whose own subject stands between
    # (and with no one else deploying and no system named, nothing to record)
    ('"We will not let them deploy new missiles," Putin said.', []),
    ('"We will deploy new missiles," Putin said.',
     [("deployment", "planned", ["russia", "vladimir-putin"], [], [], None)]),
    # an object opening with "all of" goes on past "of": obligations met are no meeting
    ('"We will keep working to meet all of our non-proliferation obligations in full," the '
     'Iranian foreign minister said of the nuclear talks.',
     []),
    ('"We will meet all of our partners in Vienna next week on the nuclear deal," the Iranian '
     'foreign minister said.',
     [("talks", "planned", ["iran"], [], [], "2021-W40")]),
])
def test_whose_verb_we_are_the_subject_of(run, text, expected):
    assert summary(run(text, date="2021-09-30")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an attack launched, conducted, carried out or ordered: combat use with no weapon named
    ("Israel conducted attacks on Iran on Friday.",
     [("combat_use", "asserted", ["israel"], ["iran"], [], "2024-04-19")]),
    ("Trump ordered an attack on Syria's Shayrat airfield in April 2017.",
     [("combat_use", "asserted", ["donald-trump", "united-states"], ["syria"], [], "2017-04")]),
    ("India launches strikes on Pakistan",
     [("combat_use", "asserted", ["india"], ["pakistan"], [], "2024-04-20")]),
    # an attack that is no verb's object is none
    ("Pakistan and Saudi Arabia pledged that any attack on either state is an attack on both.",
     []),
    ("The drills practise a response to a possible attack on Japan.", []),
])
def test_an_attack_carried_out(run, text, expected):
    assert summary(run(text, date="2024-04-20")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a quotation goes on to say is said on the day of its verb of saying, whose speaker
    # may follow it ("said a State Department spokesperson on Wednesday")
    ("\u201cWe are studying the reports closely,\u201d said a senior U.S. Department of State "
     "official on Wednesday. \u201cWe strongly condemn all unlawful missile launches.\u201d",
     [("warning", "asserted", ["united-states", "us-state-department"], [], [], "2021-09-29",
       None),
      ("missile_test", "asserted", [], [], [], None, None)]),
    ("\u201cWe are studying the reports closely,\u201d a State Department spokesperson said on "
     "on Wednesday. \u201cWe strongly condemn all unlawful missile launches.\u201d",
     [("warning", "asserted", ["united-states", "us-state-department"], [], [], "2021-09-29",
       None),
      ("missile_test", "asserted", [], [], [], None, None)]),
    # the state after a verb of saying with no quotation or comma before it is what is said
    # about, not its speaker: Russia's denial is the news of the day, not Monday's
    ("Officials said on Monday that Russia had violated the INF Treaty. Russia denies "
     "violating the treaty.",
     [("violation_allegation", "asserted", [], ["russia"], [], "2021-09-27", "inf-treaty"),
      ("denial", "asserted", ["russia"], [], [], "2021-09-30", "inf-treaty")]),
])
def test_the_day_a_quotation_was_said(run, text, expected):
    assert with_treaty(run(text, date="2021-09-30")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an arms-control or alliance body named in the sentence makes it about arms
    ("Iran and the IAEA held talks in Vienna on Monday.",
     [("talks", "asserted", ["iaea", "iran"], [], [], "2024-03-04")]),
    ("NATO foreign ministers met in Brussels on Tuesday.",
     [("talks", "asserted", ["nato"], [], [], "2024-03-05")]),
    # a body that is no such one, or none, does not
    ("Iran and the European Union held talks in Vienna on Monday.", []),
    ("North Korea and the United States held talks in Hanoi on Monday.", []),
    # it stands for the words of arms-context only: NATO's inspectors at a food plant are
    # no weapons inspectors (inspection-context)
    ("NATO inspectors visited a food factory on Monday.", []),
])
def test_a_body_of_arms_control_in_the_sentence(run, text, expected):
    assert summary(run(text, date="2024-03-08")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "its" before an event noun stands for the system named before it in the sentence
    ("Israel used an Arrow 3, which it built over many years with help from American firms, "
     "for the first time since its deployment in 2017.",
     [("deployment", "asserted", ["israel"], [], ["arrow-3"], "2017")]),
    # with no system before, "its" names no weapon
    ("Israel's army praised its deployment in the north in 2017.", []),
])
def test_its_for_the_system_named_before(run, text, expected):
    assert summary(run(text, date="2023-11-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an attack its own side says it will carry out is a threat: a warning, said today
    ("The Houthis said they would continue to carry out strikes on Israel.",
     [("warning", "asserted", ["houthis", "yemen"], ["israel"], [], "2024-03-08"),
      ("combat_use", "planned", ["houthis", "yemen"], ["israel"], [], "2024-03-08")]),
    # another's attack, or one nobody is told to say, is none
    ("Russia said Ukraine would strike Crimea with ATACMS missiles.",
     [("combat_use", "planned", ["ukraine"], [], ["atacms"], "2024-03-08")]),
    ("Analysts said Russia would strike Kyiv with missiles.",
     [("combat_use", "planned", ["russia"], ["ukraine"], [], "2024-03-08")]),
    # nor is a deployment announced (lexicon threat-events: combat use only)
    ("Russia said it would deploy Iskander missiles in Belarus.",
     [("deployment", "planned", ["russia"], ["belarus"], ["iskander-m"], "2024-03-08")]),
    # an attack told as done is no threat
    ("Russia said it had struck Kyiv with missiles.",
     [("combat_use", "asserted", ["russia"], ["ukraine"], [], None)]),
])
def test_an_attack_announced_by_its_own_side(run, text, expected):
    assert summary(run(text, date="2024-03-08")) == expected


def test_a_threat_points_to_its_verb_of_saying(run):
    text = "The Houthis said they would continue to carry out strikes on Israel."
    warnings = [r for r in run(text, date="2024-03-08") if r.get("type") == "warning"]
    assert [(r["rule"], r["text"], text[r["start"]:r["end"]]) for r in warnings] == [
        ("threat-events", "said", "said")]
