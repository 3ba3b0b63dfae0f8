"""Shapes found in round 12 on part O: a violation said not to have happened, a state put on
notice, abbreviated military titles, an owner's titled person after "by", cooperation with
the IAEA suspended, dates that belong to another event's noun or circumstances, quoted terms
that are no quotation, calls and summits to come, and targets past another event."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # a plain negation right before a violation makes it a denial by whoever says so
    ("Tehran said on Friday that the satellite launch was not in violation of the UN "
     "resolution.",
     [("denial", "asserted", ["iran"], [], [], "2017-02-03")]),
    ("Moscow insisted that its new cruise missile did not violate the INF Treaty.",
     [("denial", "asserted", ["russia"], [], [], "2017-02-03")]),
    # ... an accusation that was not made stays a negated allegation
    ("The United States has not accused Russia of violating the treaty.",
     [("violation_allegation", "negated", ["united-states"], ["russia"], [], None)]),
    ("Washington says Moscow violated the INF Treaty.",
     [("violation_allegation", "asserted", ["united-states"], ["russia"], [], "2017-02-03")]),
])
def test_a_violation_said_not_to_have_happened_is_a_denial(run, text, expected):
    assert summary(run(text, date="2017-02-03")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # whom a state is put on notice is warned (lexicon target-particles) ...
    ("The national security adviser said Washington was officially putting Iran on notice.",
     [("warning", "asserted", ["united-states"], ["iran"], [], "2017-02-03")]),
    # ... while forces put on alert are the warner's own
    ("Putin placed Russia's nuclear forces on high alert.",
     [("warning", "asserted", ["russia", "vladimir-putin"], [], [], "2017-02-03")]),
])
def test_who_is_put_on_notice_is_warned(run, text, expected):
    assert summary(run(text, date="2017-02-03")) == expected


def test_abbreviated_titles_keep_their_sentence_and_name(run):
    records = run("Col. Ali Hassan, a coalition spokesman, accused the rebels of repeatedly "
                  "targeting crowded cities in an act of aggression.", date="2018-02-05")
    people = [(r["name"], r["title"]) for r in records if r["kind"] == "actor"]
    assert people == [("Ali Hassan", "Col.")]
    assert summary(records) == [
        ("violation_allegation", "asserted", ["ali-hassan"], [], [], "2018-02-05")]
    # accusing someone of targeting people is no allegation outside arms (arms-context)
    assert summary(run("Russia accused the agency of targeting small farmers with new rules.",
                       date="2018-02-05")) == []


def test_a_titled_person_after_an_owner_is_the_by_agent(run):
    records = run("The defence pact was signed in Riyadh by Saudi Arabia's Crown Prince "
                  "Mohammed bin Salman.", date="2025-09-18")
    assert summary(records) == [
        ("signing", "asserted", ["mohammed-bin-salman", "saudi-arabia"], [], [], None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("On Wednesday Iran's president signed a bill suspending all cooperation with the IAEA.",
     [("suspension", "asserted", ["iran"], ["iaea"], [], "2025-07-02"),
      ("inspection", "negated", ["iran"], [], [], "2025-07-02")]),
    ("The two universities suspended cooperation on a joint degree.", []),
])
def test_cooperation_with_the_iaea_suspended_is_a_suspension(run, text, expected):
    assert summary(run(text, date="2025-07-03")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a date between a possessive and another event's noun is that event's (since round
    # 46 air strikes are an attack with no weapon named: the strikes keep the date)
    ("Lawmakers approved a bill to halt cooperation with the IAEA, partly citing Israel's "
     "June 13 air strikes.",
     [("suspension", "asserted", [], ["iaea"], [], None),
      ("combat_use", "asserted", ["israel"], [], [], "2025-06-13")]),
    # a date after "amid" or "following" is never guessed for the event before it
    ("Iran suspended cooperation with the IAEA amid tensions following the strikes on its "
     "nuclear sites last month.",
     [("suspension", "asserted", ["iran"], ["iaea"], [], None),
      ("inspection", "negated", ["iran"], [], [], None)]),
    ("Iran suspended cooperation with the IAEA last month.",
     [("suspension", "asserted", ["iran"], ["iaea"], [], "2025-06"),
      ("inspection", "negated", ["iran"], [], [], "2025-06")]),
])
def test_a_date_of_another_event_does_not_date_this_one(run, text, expected):
    assert summary(run(text, date="2025-07-03")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quoted term is no quotation: the "said" of a relative clause after it is not the
    # warner's saying, so the warning is not the news of the day
    ('Tokyo had warned that "reckless missile launches" endangered shipping long before '
     "officials said the drills were over.",
     [("warning", "asserted", ["japan"], [], [], None),
      ("missile_test", "asserted", [], [], [], None)]),
    ('"The launch violated UN resolutions," a Japanese official said.',
     [("violation_allegation", "asserted", ["japan"], [], [], "2018-02-05")]),
])
def test_a_quotation_closes_on_its_punctuation(run, text, expected):
    assert summary(run(text, date="2018-02-05")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a call between two sides is talks, and "upcoming" and "ahead of" make it planned
    ("The missile test came ahead of an upcoming phone call between Chinese leader Xi "
     "Jinping and US President Joe Biden.",
     [("talks", "planned", ["china", "joe-biden", "united-states", "xi-jinping"], [], [],
       None)]),
    ("Biden and Xi held a phone call on the missile tests on Monday.",
     [("talks", "asserted", ["china", "joe-biden", "united-states", "xi-jinping"], [], [],
       "2024-09-23")]),
    ("The defence minister took a phone call from his deputy about the missile budget.", []),
    # the sides of the summit are no targets of the launch before it
    ("North Korea fired a missile ahead of the summit between Donald Trump and Kim Jong Un.",
     [("missile_test", "asserted", ["north-korea"], [], [], None),
      ("talks", "planned", ["donald-trump", "kim-jong-un", "north-korea", "united-states"], [],
       [], None)]),
])
def test_calls_and_summits_to_come(run, text, expected):
    assert summary(run(text, date="2024-09-25")) == expected


def test_a_state_that_only_speaks_is_not_what_it_stands_for(run):
    # "It" stands for the state of the last act told, not for the state that warned of it
    records = run("North Korea fired a missile on Sunday. Japan warned of a strong response to "
                  "the missile launch. It had tested a similar missile in May.",
                  date="2017-11-21")
    assert summary(records) == [
        ("missile_test", "asserted", ["north-korea"], [], [], "2017-11-19"),
        ("warning", "asserted", ["japan"], [], [], "2017-11-21"),
        ("missile_test", "asserted", ["north-korea"], [], [], "2017-05")]


@pytest.mark.parametrize(("text", "expected"), [
    # failing to return to compliance or to meet commitments is an alleged violation
    ("Pompeo said on Friday that Russia had failed to return to compliance with the INF "
     "Treaty in full.",
     [("violation_allegation", "asserted", ["mike-pompeo", "united-states"], ["russia"], [],
       "2019-08-02")]),
    ("Iran has failed to meet its obligations under the safeguards agreement, the IAEA said.",
     [("violation_allegation", "asserted", ["iaea"], ["iran"], [], "2019-08-03")]),
    ("The airline failed to meet its commitments to passengers.", []),
])
def test_failing_to_meet_obligations_is_an_alleged_violation(run, text, expected):
    assert summary(run(text, date="2019-08-03")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # talks take their arms context from the sentence before (lexicon context-before-events)
    # (the test site demolished is an elimination: elimination-facility)
    ("North Korea demolished its nuclear test site on Thursday. Kim Jong Un will hold a summit "
     "with President Trump on June 12 in Singapore.",
     [("elimination", "asserted", ["north-korea"], [], [], "2018-05-24"),
      ("talks", "planned", ["kim-jong-un", "north-korea"], ["donald-trump", "united-states"],
       [], "2018-06-12")]),
    ("Kim Jong Un will hold a summit with President Trump on June 12 in Singapore.", []),
    # "meet escalation with escalation" is no meeting (since round 43 it is a threat, and the
    # spokesman speaks for the Houthis)
    ('The Houthis fired two missiles at Abu Dhabi. "We are prepared to meet escalation with '
     'escalation," Yahya Saree said.',
     [("combat_use", "asserted", ["houthis", "yemen"], [], [], "2018-05-24"),
      ("warning", "asserted", ["houthis", "yahya-saree"], [], [], "2018-05-24")]),
])
def test_talks_in_a_text_about_arms(run, text, expected):
    assert summary(run(text, date="2018-05-24")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the sentence after a dated test that named no weapon names that test's weapon ...
    ("Pakistan has test-fired its first submarine-launched cruise missile, the army said on "
     "Monday.\n\nFired from an underwater platform off the coast, the Babur-3 struck its "
     "target.",
     [("missile_test", "asserted", ["pakistan"], [], ["babur-3"], "2017-01-09")]),
    # ... unless it says it tells another (lexicon other-event-cues)
    ("Pakistan has test-fired its first submarine-launched cruise missile, the army said on "
     "Monday.\n\nIt also launched a Babur-3 from an underwater platform.",
     [("missile_test", "asserted", ["pakistan"], [], [], "2017-01-09"),
      ("missile_test", "asserted", ["pakistan"], [], ["babur-3"], None)]),
])
def test_the_next_sentence_names_the_weapon_of_the_lead(run, text, expected):
    assert summary(run(text, date="2017-01-10")) == expected


def test_a_long_object_before_the_particle(run):
    # the particle ("to attack") may stand eight words after the verb
    records = run("Russia has used four of its latest hypersonic Zircon missiles to attack "
                  "Kharkiv.",
                  date="2024-02-12")
    assert summary(records) == [
        ("combat_use", "asserted", ["russia"], [], ["zircon"], "2024-02-12")]


@pytest.mark.parametrize(("text", "expected"), [
    # talks, allegations, warnings ... with nobody acting say nothing (agent-needed-events),
    # even with a treaty named
    ("Negotiations on a successor to New START would be needed before 2026.", []),
    # ... while a missile test or an interception by nobody named is still told
    ("Air defences intercepted an Iranian ballistic missile over the Negev.",
     [("interception", "asserted", [], [], [], None),
      ("combat_use", "asserted", ["iran"], [], [], None)]),
    ("A ballistic missile was launched from Wonsan on Sunday.",
     [("missile_test", "asserted", [], [], [], "2021-01-17")]),
])
def test_events_that_need_an_actor(run, text, expected):
    assert summary(run(text, date="2021-01-20")) == expected
