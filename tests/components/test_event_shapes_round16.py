"""Shapes found in round 16 on part S: ships and submarines that act for their state, a body's
capitalised name after a state's adjective, a name set aside by commas, "hit" as a past verb,
a treaty opened for signature or adopted, and what a treaty no longer "meets"."""

from __future__ import annotations

import pytest

import treatyx
from treatyx.records import ref_id, ref_ids

from .test_event_arguments import summary
from .test_event_shapes_round15 import with_treaty


@pytest.mark.parametrize(("text", "expected"), [
    # ships, submarines and other platforms after a state's adjective act for the state ...
    ("U.S. and British submarines fired Tomahawk cruise missiles at air defence sites in "
     "Libya on Saturday.",
     [("combat_use", "asserted", ["united-kingdom", "united-states"], ["libya"], ["tomahawk"],
       "2011-03-19")]),
    ("British ships fired Tomahawk cruise missiles at radar sites on the coast of Libya.",
     [("combat_use", "asserted", ["united-kingdom"], ["libya"], ["tomahawk"], None)]),
])
def test_a_states_ships_and_submarines_act_for_it(run, text, expected):
    assert summary(run(text, date="2011-03-20")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ... and so does a body named in capitalised words before its actor noun
    ("The Armenian Defence Ministry denied Azerbaijan's allegations about the shelling.",
     [("denial", "asserted", ["armenia"], ["azerbaijan"], [], "2020-10-12")]),
    ("The Azerbaijani Foreign Ministry condemned the missile strike on Ganja.",
     [("warning", "asserted", ["azerbaijan"], [], [], "2020-10-12")]),
    # a name set aside by commas between the subject and its verb breaks no clause
    ("A spokesman for the Armenian Defence Ministry, Aram Petrosyan, denied the accusations "
     "about the missile strike.",
     [("denial", "asserted", ["armenia"], [], [], "2020-10-12"),
      ("combat_use", "negated", ["armenia"], [], [], None)]),
])
def test_a_body_and_its_spokesman_act_for_the_state(run, text, expected):
    assert summary(run(text, date="2020-10-12")) == expected


def test_a_list_between_commas_is_no_name_set_aside(run):
    # "Britain," between commas is an item of a list that "and" closes, not a name set aside
    text = "The United States, Britain, Canada and Germany imposed sanctions on Iran."
    assert summary(run(text, date="2012-01-24")) == [
        ("sanctions", "asserted", ["canada", "germany", "united-kingdom", "united-states"],
         ["iran"], [], None)]


@pytest.mark.parametrize(("text", "expected"), [
    # "hit" before its object is the past verb, not the noun "a missile hit"
    ("Officials said a missile hit an apartment block in Ganja on Sunday.",
     [("combat_use", "asserted", [], [], [], "2020-10-11")]),
    ("Officials said the missile hit was recorded on Sunday.", []),
])
def test_hit_before_its_object_is_a_verb(run, text, expected):
    assert summary(run(text, date="2020-10-12")) == expected


def test_an_adjective_and_its_adverb_stand_inside_a_noun_phrase(run):
    # "a similarly sudden North Korean missile launch": North Korea's, not the subject's
    text = ("Seoul and Washington fired missiles after a similarly sudden North Korean "
            "missile launch in 2017.")
    assert summary(run(text, date="2022-10-05")) == [
        ("missile_test", "asserted", ["south-korea", "united-states"], [], [], "2017"),
        ("missile_test", "asserted", ["north-korea"], [], [], "2017")]


@pytest.mark.parametrize(("text", "date", "expected"), [
    # opened for signature: a signing with no signer yet
    ("The Arms Trade Treaty is set to open for signature at the UN on June 3.", "2013-04-03",
     [("signing", "planned", [], [], [], "2013-06-03", "arms-trade-treaty")]),
    # adopted, or approved by the UN's General Assembly: concluded, not ratified ...
    ("The UN General Assembly approved the Arms Trade Treaty on Tuesday.", "2013-04-03",
     [("signing", "asserted", ["un-general-assembly"], [], [], "2013-04-02",
       "arms-trade-treaty")]),
    ("The Treaty on the Prohibition of Nuclear Weapons was adopted in New York on Friday.",
     "2017-07-08", [("signing", "asserted", [], [], [], "2017-07-07", "tpnw")]),
    # ... while a parliament that approves a treaty ratifies it, and a law adopted is none
    ("The Kazakh parliament approved the Arms Trade Treaty on Tuesday.", "2013-04-03",
     [("ratification", "asserted", ["kazakhstan"], [], [], "2013-04-02",
       "arms-trade-treaty")]),
    ("The Duma adopted a law on Friday on the treaty's ratification.", "2017-07-08", []),
    # the UK-France declaration of 2025 is in the knowledge base
    ("Keir Starmer and Emmanuel Macron signed the Northwood Declaration on Thursday.",
     "2025-07-11",
     [("signing", "asserted", ["emmanuel-macron", "france", "keir-starmer", "united-kingdom"],
       [], [], "2025-07-10", "northwood-declaration")]),
])
def test_a_treaty_opened_for_signature_or_adopted_is_signed(run, text, date, expected):
    assert with_treaty(run(text, date=date)) == expected


def test_a_treaty_that_no_longer_meets_realities_holds_no_talks(run):
    text = "Putin said the CFE treaty no longer meets today's military realities."
    assert summary(run(text, date="2007-12-01")) == []


def test_north_korea_without_an_apostrophe(run):
    text = "The Democratic Peoples Republic of Korea said it would withdraw from the NPT."
    assert with_treaty(run(text, date="2003-01-10")) == [
        ("withdrawal", "planned", ["north-korea"], [], [], "2003-01-10", "npt")]


@pytest.mark.parametrize(("text", "expected"), [
    # an aside in parentheses between the subject and its verb is passed over ...
    ("Iran and the P5+1 (Germany, Russia, the UK, China, the US and France) signed an interim "
     "deal on Iran's nuclear programme in Geneva on November 24, 2013.",
     [("signing", "asserted", ["china", "france", "germany", "iran", "p5-plus-1", "russia",
                               "united-kingdom", "united-states"], [], [], "2013-11-24")]),
    # ... and between the subject and a light verb of an event noun ("wrapped up ... talks")
    ("Iran and six world powers (Germany, France, Britain, China, Russia and the US) wrapped "
     "up a week of talks on the nuclear file in Vienna on Monday.",
     [("talks", "asserted", ["china", "france", "germany", "iran", "p5-plus-1", "russia",
                             "united-kingdom", "united-states"], [], [], "2014-11-24")]),
    # an abbreviation in parentheses is the same subject
    ("The International Atomic Energy Agency (IAEA) accused Iran of breaching the NPT on "
     "Monday.",
     [("violation_allegation", "asserted", ["iaea"], ["iran"], [], "2014-11-24")]),
])
def test_an_aside_in_parentheses_before_the_verb(run, text, expected):
    assert summary(run(text, date="2014-11-25")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # concern or fears voiced about an arms act are a warning by whoever voices them
    ("Japan expressed concern about the Chinese missile test on Tuesday.",
     [("warning", "asserted", ["japan"], [], [], "2007-01-23"),
      ("missile_test", "asserted", ["china"], [], [], "2007-01-23")]),
    ("South Korea voiced worries about the North's nuclear programme.",
     [("warning", "asserted", ["south-korea"], ["north-korea"], [], "2007-01-24")]),
    # a list closed by "and other countries" is the antecedent of "which", whole
    ("Beijing said it had briefed the US, Japan and other countries, which had expressed fears "
     "that the missile test could start an arms race in space.",
     [("warning", "asserted", ["japan", "united-states"], [], [], "2007-01-24")]),
    # ... but officials who received a warning gave none
    ("Tehran said it had told Doha before the missile strike, a claim supported by US "
     "officials who admitted receiving a warning.",
     [("warning", "asserted", ["iran"], [], [], "2007-01-24")]),
])
def test_concern_voiced_is_a_warning(run, text, expected):
    assert summary(run(text, date="2007-01-24")) == expected


def test_concern_without_arms_context_is_none(run):
    assert summary(run("Parents expressed concern about the new school timetable.",
                       date="2007-01-24")) == []


@pytest.mark.parametrize(("text", "expected"), [
    # "confirm its" is a light verb with its pronoun only: confirming a strike names no striker
    ("Beijing confirmed the satellite strike on Tuesday.", []),
    # ... while "conducted" still gives its subject the event noun
    ("Beijing conducted a satellite strike on Tuesday.",
     [("combat_use", "asserted", ["china"], [], [], "2007-01-23")]),
])
def test_with_a_parse_a_verb_that_holds_a_pronoun_is_no_light_verb(trained_nlp, run, text,
                                                                      expected):
    parsed = treatyx.extract(text, date="2007-01-24", nlp=trained_nlp)
    assert summary(parsed) == summary(run(text, date="2007-01-24")) == expected


def with_systems(records: list[dict]) -> list[tuple]:
    return [(e["type"], ref_ids(e["systems"]), (e["date"] or {}).get("value"))
            for e in records if e["kind"] == "event"]


@pytest.mark.parametrize(("text", "expected"), [
    # the news event of the lead takes its agent's own system named later as a known one ...
    # (two systems of the agent: the only-system fallback does not apply)
    ("South Korea test-fired a new midrange missile on Friday.\n\nOfficials did not say how "
     "far the Hyunmoo-2 missile flew. The older Hyunmoo-3 is a cruise missile.",
     [("missile_test", ["hyunmoo-2"], "2017-06-23")]),
    # ... not another state's system ...
    ("South Korea test-fired a new midrange missile on Friday.\n\nOfficials said it could "
     "strike targets as far away as the Hwasong-15 launch site.",
     [("missile_test", [], "2017-06-23")]),
    # ... and not an earlier test of another year
    ("South Korea test-fired a midrange missile in 2012.\n\nOfficials did not say how far "
     "the Hyunmoo-2 missile flew. The older Hyunmoo-3 is a cruise missile.",
     [("missile_test", [], "2012")]),
])
def test_the_news_event_takes_its_system_named_later(run, text, expected):
    assert with_systems(run(text, date="2017-06-24")) == expected


@pytest.mark.parametrize(("text", "treaty"), [
    # the words of a treaty's name that tell its subject rank what "an agreement" means ...
    ("On Monday the Kremlin leader issued a decree suspending an agreement with Washington on "
     "getting rid of weapons-grade plutonium.", "pmda"),
    # ... else the latest signed of the two states' treaties
    ("On Monday the Kremlin leader issued a decree suspending an agreement with Washington.",
     "new-start"),
])
def test_the_subject_of_an_unnamed_agreement_tells_which(run, text, treaty):
    events = [e for e in run(text, date="2016-10-04") if e["kind"] == "event"]
    assert [(e["type"], ref_id(e["treaty"])) for e in events] == [("suspension", treaty)]


@pytest.mark.parametrize(("text", "expected"), [
    # a launch told with a military operation is combat use (lexicon fighting-words) ...
    ("The destroyer USS Barry fired Tomahawk cruise missiles on Saturday as part of Operation "
     "Odyssey Dawn.",
     [("combat_use", "asserted", ["united-states", "us-navy"], [], ["tomahawk"], "2011-03-19")]),
    # ... unless a word says it was a test
    ("The destroyer USS Barry fired Tomahawk cruise missiles on Saturday as part of a test.",
     [("missile_test", "asserted", ["united-states", "us-navy"], [], ["tomahawk"],
       "2011-03-19")]),
])
def test_a_launch_in_a_military_operation_is_combat_use(run, text, expected):
    assert summary(run(text, date="2011-03-20")) == expected


def test_a_courtesy_word_after_a_title_is_no_name(run):
    # "Sir" and "Dr." between a title and a name: the person is the name after them
    records = run("Prime Minister Sir Keir Starmer met Foreign Minister Dr. Jane Doeville.",
                  date="2025-07-10")
    assert sorted((r["id"], r["title"]) for r in records if r["kind"] == "actor") == [
        ("jane-doeville", "Foreign Minister"), ("keir-starmer", "Prime Minister")]


@pytest.mark.parametrize(("text", "expected"), [
    # the ratifications a treaty waits for are no event yet ...
    ("The Arms Trade Treaty will enter into force three months after a fiftieth country "
     "ratifies it.",
     [("entry_into_force", "planned"), ("ratification", "hypothetical")]),
    # ... while a ratification told on its own stays one
    ("Mexico ratified the Arms Trade Treaty on Tuesday.", [("ratification", "asserted")]),
])
def test_ratifications_awaited_are_hypothetical(run, text, expected):
    events = [e for e in run(text, date="2013-09-25") if e["kind"] == "event"]
    assert [(e["type"], e["status"]) for e in events] == expected


def test_a_cue_inside_a_treaty_name_tells_no_status(run):
    # the "Ban" of the treaty's name is no "bans" of what a treaty does (treaty-content)
    text = ("On September 10, 1996, the UN General Assembly approved the Comprehensive Nuclear "
            "Test Ban Treaty.")
    assert with_treaty(run(text, date="2023-02-07")) == [
        ("signing", "asserted", ["un-general-assembly"], [], [], "1996-09-10", "ctbt")]


@pytest.mark.parametrize(("text", "expected"), [
    # "we" in what a speaker says is the speaker's side ...
    ('"On Monday we conducted an underground nuclear test," the North Korean foreign ministry '
     "said.",
     [("nuclear_test", "asserted", ["nk-foreign-ministry", "north-korea"], [], [],
       "2006-10-09")]),
    ('Putin said: "We will withdraw from the treaty."',
     [("withdrawal", "planned", ["russia", "vladimir-putin"], [], [], "2006-10-10")]),
    # ... and with no "we", an agentless test in a quotation stays unknown (no record)
    ('"An underground nuclear test was conducted on Monday," the ministry said.', []),
])
def test_we_in_a_quotation_is_the_speakers_side(run, text, expected):
    assert summary(run(text, date="2006-10-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a ratification killed, scrapped or cancelled is undone, like one revoked
    ("Putin Kills Russia's Nuclear Test Ban Treaty Ratification",
     [("ratification", "negated", "ctbt")]),
    ("The Duma scrapped Russia's ratification of the CTBT on Wednesday.",
     [("ratification", "negated", "ctbt")]),
])
def test_a_ratification_killed_is_undone(run, text, expected):
    events = [e for e in run(text, date="2023-11-03") if e["kind"] == "event"]
    assert [(e["type"], e["status"], ref_id(e["treaty"])) for e in events] == expected
