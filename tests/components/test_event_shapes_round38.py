"""Shapes found in round 38 on part AO: an inspection team and penalties, a date between a
subject's aside and its verb, event nouns written with a hyphen, a reactor shut in a
relative clause, agreements the text names only by their year, and an act that another
party watched."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # a team of inspectors sent is an inspection, in a sentence about nuclear material only
    ("The IAEA dispatched an inspection team to Syria to look into traces of enriched uranium.",
     [("inspection", "asserted", ["iaea"], ["syria"], [], None)]),
    ("A food inspection team visited the market on Monday.", []),
    # penalties imposed are sanctions, in a sentence about arms only
    ("The US Treasury imposed penalties on North Korea over its missile programme on Monday.",
     [("sanctions", "asserted", ["united-states", "us-treasury"], ["north-korea"], [],
       "2012-05-07")]),
    ("The league imposed penalties on two clubs on Monday.", []),
])
def test_inspection_teams_and_penalties(run, text, expected):
    assert summary(run(text, date="2012-05-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a day between the verb and the aside that follows its subject is no subject of its own
    ("But China -- which last month backed the resolution in the council -- on Tuesday "
     "condemned the new US and EU sanctions.",
     [("warning", "asserted", ["china"], ["european-union", "united-states"], [],
       "2012-05-01")]),
    ("China, which had backed the resolution, on Tuesday condemned the sanctions.",
     [("warning", "asserted", ["china"], [], [], "2012-05-01")]),
])
def test_a_date_before_the_verb_is_no_subject(run, text, expected):
    assert summary(run(text, date="2012-05-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an event noun may be written with a hyphen between its words
    ("Pakistan carried out its first nuclear-weapons tests at Chagai in 1998.",
     [("nuclear_test", "asserted", ["pakistan"], [], [], "1998")]),
    # but not inside a longer hyphened word: a treaty's name tests nothing
    ("Russia said on Thursday that the Nuclear-Test-Ban Treaty still binds it.", []),
    ("Moscow plans a Nuclear-Test-Ban-style pact.", []),
])
def test_hyphened_event_nouns(run, text, expected):
    assert summary(run(text, date="2012-05-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "which" stands for the reactor: shut down, a weapons site's reactor halts its programme
    ("North Korea says it will restart its plutonium reactor in Yongbyon, which was shut down "
     "back in 2007.",
     [("development", "planned", ["north-korea"], [], [], "2012-05-07"),
      ("moratorium", "asserted", ["north-korea"], [], [], "2007")]),
    ("Japan will restart its reactor at Takahama, which was shut down in 2011.", []),
])
def test_a_reactor_shut_in_a_relative_clause(run, text, expected):
    assert summary(run(text, date="2012-05-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an agreement the text names only by its year tells its signing, with no treaty
    ("The reactor was disabled under a 2007 agreement with the other parties of the nuclear "
     "talks.",
     [("signing", "asserted", [], [], [], "2007")]),
    ("Iran said the US left a 2015 accord with six powers.",
     [("withdrawal", "asserted", ["united-states"],
       ["china", "france", "germany", "p5-plus-1", "russia", "united-kingdom"], [], None),
      ("signing", "asserted", [], [], [], "2015")]),
    # a participle after the year is an adjective: no one signed anything then
    ("Washington and Delhi renewed a 2001 signed framework pact on nuclear energy.",
     [("extension", "asserted", ["india", "united-states"], [], [], None),
      ("signing", "asserted", [], [], [], "2001")]),
    # a reference to times to come names no signing
    ("The talks will move on to the future treaty, a Russian source said.",
     [("talks", "asserted", ["russia"], [], [], None)]),
    # a signing verb right before it tells that signing once
    ("India and the US signed a 2008 nuclear deal in Washington.",
     [("signing", "asserted", ["india", "united-states"], [], [], "2008")]),
    # a treaty word that qualifies an event noun after it names no agreement
    ("Russia warned that the 2018 nuclear deal talks had stalled.",
     [("warning", "asserted", ["russia"], [], [], "2012-05-07")]),
    # nor does a year in a sentence that is not about arms
    ("The two firms merged under a 2007 agreement with their banks.", []),
])
def test_an_agreement_named_by_its_year(run, text, expected):
    assert summary(run(text, date="2012-05-07")) == expected


def test_an_unnamed_agreement_is_not_the_news_of_another_day(run):
    # the old accord's signing does not join the headline's news, which has no day yet
    records = run("US Agrees to South Korea Building Longer-Range Missiles\n\nThe allies "
                  "agreed on Oct. 5 to rewrite a 2001 accord that had kept Seoul's rockets "
                  "under 300 km.", date="2012-10-07")
    assert summary(records) == [
        ("signing", "asserted", ["united-states"], ["south-korea"], [], "2012-10-07"),
        ("development", "asserted", ["south-korea"], [], [], "2012-10-07"),
        ("signing", "asserted", [], [], [], "2001")]


@pytest.mark.parametrize(("text", "expected"), [
    # who watched an act did not do it
    ("The IAEA supervised the sealing of the reactor at Yongbyon on Saturday.", []),
    ("North Korea shut down its reactor at Yongbyon, and IAEA inspectors monitored the "
     "shutdown on Saturday.",
     [("moratorium", "asserted", ["north-korea"], [], [], "2012-05-05"),
      ("inspection", "asserted", ["iaea"], [], [], "2012-05-05")]),
])
def test_who_watched_an_act_did_not_do_it(run, text, expected):
    assert summary(run(text, date="2012-05-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the year of a treaty the sentence names before it, by a comma or a copula, is its own
    ("The INF Treaty was a 1987 accord between Washington and Moscow that banned land-based "
     "missiles.",
     [("signing", "inf-treaty", "1987")]),
    ("New START, a 2010 arms treaty, expires in February.",
     [("signing", "new-start", "2010"), ("expiry", "new-start", "2020-02")]),
    # otherwise "a" opens another agreement, even of the same year
    ("New START was signed in April 2010. A 2010 agreement also covered the plutonium deal.",
     [("signing", "new-start", "2010-04"), ("signing", None, "2010")]),
])
def test_an_agreement_by_its_year_after_a_named_treaty(run, text, expected):
    events = [r for r in run(text, date="2019-08-02") if r["kind"] == "event"]
    assert [(e["type"], (e["treaty"] or {}).get("id"), (e["date"] or {}).get("value"))
            for e in events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an aside between dashes after the subject leaves the verb its subject
    ("But India — which in 2019 backed the fourth round of talks — on Friday condemned the "
     "test.",
     [("warning", "asserted", ["india"], [], [], "2016-01-15")]),
    ("But India -- which backed the third round of sanctions -- on Friday condemned the new EU "
     "sanctions.",
     [("warning", "asserted", ["india"], ["european-union"], [], "2016-01-15")]),
    # an aside inside the verb's clause follows a subject of its own
    ("Ukraine said two missiles -- both of them Iskanders -- hit Kharkiv on Friday.",
     [("combat_use", "asserted", [], [], ["iskander-m"], "2016-01-15")]),
    # the UN's atomic watchdog agency is the IAEA, not the United Nations
    ("The UN atomic watchdog agency sent inspectors to the Arak reactor on Monday.",
     [("inspection", "asserted", ["iaea"], [], [], "2016-01-18")]),
    # an agreement whose implementation begins takes effect
    ("The agency said on Monday that Iran had begun implementing the JCPOA.",
     [("entry_into_force", "asserted", [], [], [], "2016-01-18")]),
    ("The city began implementing its new parking rules in May.", []),
    # production of nuclear material halted is a moratorium, not a treaty suspended
    ("Iran suspended the production of enriched uranium under the Geneva deal.",
     [("moratorium", "asserted", ["iran"], [], [], None)]),
    ("The factory halted the production of cars on Monday.", []),
])
def test_asides_watchdogs_implementation_and_production(run, text, expected):
    assert summary(run(text, date="2016-01-19")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "in the direction of" aims a weapon as "toward" does: at a place, a strike; at the sea,
    # a test
    ("Houthi fighters launched two Scuds in the direction of Jizan on Saturday.",
     [("combat_use", "asserted", ["houthis", "yemen"], [], ["scud-b"], "2015-06-06")]),
    ("North Korea launched a missile in the direction of the East Sea on Saturday.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2015-06-06")]),
    # militias of a group's adjective are that group
    ("The Houthi militias fired a missile toward Riyadh on Saturday.",
     [("combat_use", "asserted", ["houthis", "yemen"], [], [], "2015-06-06")]),
    # air defences that block a missile intercept it; the interceptor named after that event,
    # with a subject of its own, is not the attack's weapon
    ("Houthi fighters fired a Scud at Jizan on Saturday, and Saudi air defences blocked that "
     "missile using a Patriot.",
     [("combat_use", "asserted", ["houthis", "yemen"], [], ["scud-b"], "2015-06-06"),
      ("interception", "asserted", ["saudi-arabia"], [], ["scud-b", "patriot"], "2015-06-06")]),
    ("The ministry blocked the sale of rifles on Monday.", []),
    # verbs that share their subject share their weapon
    ("Russia developed, tested and deployed a missile known as the 9M729.",
     [("development", "asserted", ["russia"], [], ["9m729"], None),
      ("missile_test", "asserted", ["russia"], [], ["9m729"], None),
      ("deployment", "asserted", ["russia"], [], ["9m729"], None)]),
])
def test_launches_toward_a_place_and_the_interceptor_of_another_event(run, text, expected):
    assert summary(run(text, date="2015-06-07")) == expected


@pytest.mark.parametrize("model", [False, True])
def test_a_weapons_origin_does_not_shoot_it_down_with_or_without_the_parse(run_on, model):
    # a headline's passive without "was": the place the missile came from is no agent of
    # the interception, which the lead tells
    text = ("Missile from Yemen shot down over Riyadh\n\nRIYADH, June 7\n\nSaudi Arabia said it "
            "had shot down a missile fired at Riyadh by Houthi fighters on Saturday.")
    assert summary(run_on(text, "2015-06-07", model)) == [
        ("interception", "asserted", ["saudi-arabia"], ["houthis", "yemen"], [], "2015-06-06"),
        ("combat_use", "asserted", ["houthis", "yemen"], [], [], "2015-06-06")]


@pytest.mark.parametrize(("text", "expected"), [
    # what a treaty regulates is no event of its own
    ("The CFE Treaty regulates the deployment of tanks and heavy weapons in Europe.", []),
    ("The 1990 pact regulates the deployment of tanks and heavy weapons in Europe.",
     [("signing", "asserted", [], [], [], "1990")]),
    # threats that someone resorts to are warnings; what is threatened may not happen
    ("In June, Putin again resorted to threats of deploying new missiles.",
     [("warning", "asserted", ["russia", "vladimir-putin"], [], [], "2007-06"),
      ("deployment", "hypothetical", ["russia", "vladimir-putin"], [], [], "2007-06")]),
    ("The interceptors will counter missile threats from the North.", []),
])
def test_what_a_treaty_regulates_and_threats_made(run, text, expected):
    assert summary(run(text, date="2007-09-01")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "it" or "they" alone before a passive weapon verb stands for the system that opens the
    # sentence before as its subject, whose owner acts
    ("The upgraded Type-12 missile can strike ships 1,000 km away.\n\nIt will be stationed "
     "on Ishigaki later this year.",
     [("deployment", "planned", ["japan"], [], ["type-12"], "2026")]),
    ("The new Hwasong-19 and Hwasong-18 missiles can reach the US mainland.\n\nThey were "
     "tested last year.",
     [("missile_test", "asserted", ["north-korea"], [], ["hwasong-19", "hwasong-18"], "2025")]),
    # with an active verb too
    ("The Sarmat can carry ten warheads.\n\nIt will go on combat duty next year.",
     [("deployment", "planned", ["russia"], [], ["sarmat"], "2027")]),
    # one "it" cannot stand for two systems, nor for one that is not the subject before
    ("The new Hwasong-19 and Hwasong-18 missiles can reach the US mainland.\n\nIt was tested "
     "last year.", []),
    ("Engineers based the design on the Soviet Kh-35 missile.\n\nIt was developed in Kyiv.",
     []),
    # nor does a pronoun with more words before the verb
    ("The upgraded Type-12 missile can strike ships 1,000 km away.\n\nIt says the launchers "
     "were stationed on Ishigaki.", []),
])
def test_it_stands_for_the_system_the_sentence_before_opens_with(run, text, expected):
    assert summary(run(text, date="2026-03-09")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "its" right before an event noun stands for the actor named last before it, not for
    # the subject of the clause's light verb; sanctions may be placed
    ("The US placed sanctions on Pakistan after its nuclear tests.",
     [("sanctions", "asserted", ["united-states"], ["pakistan"], [], None),
      ("nuclear_test", "asserted", ["pakistan"], [], [], None)]),
    ("The US imposed sanctions on Pakistan after its nuclear tests.",
     [("sanctions", "asserted", ["united-states"], ["pakistan"], [], None),
      ("nuclear_test", "asserted", ["pakistan"], [], [], None)]),
    # a "by" phrase still names the agent
    ("The CTBT came nearer to force after its ratification by Indonesia.",
     [("ratification", "asserted", ["indonesia"], [], [], None)]),
    # what a resolution enacts in a relative clause is the body's that adopts it, or no one's
    ("Russia froze the contract in 2010, citing the Security Council resolution, which imposed "
     "an arms embargo on Tehran.",
     [("suspension", "asserted", ["russia"], [], [], "2010"),
      ("sanctions", "asserted", ["un-security-council"], ["iran"], [], "2010")]),
    ("China and Russia vetoed a resolution drafted by Washington last week, that would have "
     "imposed new sanctions on North Korea.",
     [("sanctions", "hypothetical", [], ["north-korea"], [], None)]),
])
def test_owners_of_acts_in_phrases_and_relative_clauses(run, text, expected):
    assert summary(run(text, date="2016-04-01")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # without a parse, "did not" negates the verb after it, not an event in a phrase after
    # that verb's object
    ("India did not share many details about the Agni-5 launch.",
     [("missile_test", "asserted", ["india"], [], ["agni-v"], None)]),
    ("Moscow did not remark on the Sarmat flight test.",
     [("missile_test", "asserted", ["russia"], [], ["sarmat"], None)]),
    # but it negates the event that a light verb takes as object, one that the phrase says
    # none of, one after "be", and one the verb takes part in
    ("India did not conduct the launch of the Agni-5.",
     [("missile_test", "negated", ["india"], [], ["agni-v"], None)]),
    ("The text did not contain any threat of sanctions against Iran.",
     [("sanctions", "negated", [], ["iran"], [], None)]),
    ("Pyongyang said it would not be held to a moratorium on missile tests.",
     [("moratorium", "negated", ["north-korea"], [], [], None)]),
    ("North Korea will never again take part in the six-party talks.",
     [("talks", "negated", ["china", "japan", "north-korea", "russia", "six-party-talks",
                            "south-korea", "united-states"], [], [], None)]),
])
def test_a_negated_verb_before_an_event_in_its_phrase(run, text, expected):
    assert summary(run(text, date="2024-03-12")) == expected
