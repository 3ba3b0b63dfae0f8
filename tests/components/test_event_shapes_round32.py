"""Shapes found in round 32 on part AI: quantifiers after an auxiliary, meetings of bodies of
states, relative clauses with a naming verb, and claims that a programme is peaceful."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # "all" after the auxiliary: the participle is the verb of the listed states
    ("Tokyo, Seoul and the European Union have all condemned the rocket launch.",
     [("warning", "asserted", ["european-union", "japan", "south-korea"], [], [],
       "2023-03-15")]),
    ("The two missiles were all fired eastward on Monday.",
     [("missile_test", "asserted", [], [], [], "2023-03-13")]),
    # "all" after a verb that is no auxiliary still opens a noun phrase, as does a
    # determiner after an auxiliary
    ("The treaty covered all deployed warheads of both sides.", []),
    ("Russia and the United States have their deployed warheads on high alert.", []),
])
def test_a_quantifier_after_an_auxiliary(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a body of states meeting alone: talks among its members
    ("The UN Security Council convened an emergency meeting on Sunday on the missile launch.",
     [("talks", "asserted", ["un-security-council"], [], [], "2023-03-12")]),
    ("NATO held an emergency meeting in Brussels on Monday about the missile threat.",
     [("talks", "asserted", ["nato"], [], [], "2023-03-13")]),
    # the IAEA's board is one too, its 35 governors states, and it acts for the agency
    # (round 52; it was none before)
    ("The IAEA board of governors held a meeting in Vienna on the nuclear safeguards "
     "budget.", [("talks", "asserted", ["iaea", "iaea-board-of-governors"], [], [], None)]),
    # nor a state meeting its own people
    ("Kim Jong Un held a meeting with his generals on the nuclear programme.", []),
])
def test_a_meeting_of_a_body_of_states(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the antecedent of "which" names the launch a violation: its allegation, not the
    # launcher's; the launch named stays no event of the caller's
    ("Pyongyang launched a satellite, drawing fire from the Security Council, which branded "
     "the rocket launch a breach of its resolutions.",
     [("missile_test", "asserted", ["north-korea"], [], [], None),
      ("violation_allegation", "asserted", ["un-security-council"], [], [], None)]),
    # a verb joined by "and" in the relative clause is the antecedent's, over an actor
    # after "of" in the first verb's object (over a word or two)
    ("Iran fired a missile, drawing criticism from the Security Council, which branded the "
     "test a breach of UN resolutions and moved swiftly to adopt sanctions.",
     [("missile_test", "asserted", ["iran"], [], [], None),
      ("warning", "asserted", ["un-security-council"], [], [], None),
      ("violation_allegation", "asserted", ["un-security-council"], [], [], None),
      ("sanctions", "planned", ["un-security-council"], [], [], None)]),
    ("Iran fired a missile, drawing criticism from the Security Council, which branded the "
     "test a breach of several UN resolutions and moved swiftly to adopt sanctions.",
     [("missile_test", "asserted", ["iran"], [], [], None),
      ("warning", "asserted", ["un-security-council"], [], [], None),
      ("violation_allegation", "asserted", ["un-security-council"], [], [], None),
      ("sanctions", "planned", ["un-security-council"], [], [], None)]),
])
def test_a_relative_clause_with_a_naming_verb(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tehran maintains that its uranium enrichment is purely peaceful.",
     [("denial", "asserted", ["iran"], [], [], "2023-03-15")]),
    ("Pyongyang says its rocket launches are for peaceful purposes.",
     [("missile_test", "asserted", ["north-korea"], [], [], None),
      ("denial", "asserted", ["north-korea"], [], [], "2023-03-15")]),
    # the claim is made now, whatever use it says will come; with no actor in what is
    # said, the speaker claims
    ("IAEA inspectors visited a new nuclear reactor that Tehran says will only ever be used "
     "for peaceful purposes.",
     [("inspection", "asserted", ["iaea"], [], [], None),
      ("denial", "asserted", ["iran"], [], [], "2023-03-15")]),
    # the speaker's claim keeps whom it answers
    ("Tehran says it is cooperating fully with the IAEA.",
     [("denial", "asserted", ["iran"], ["iaea"], [], "2023-03-15")]),
    # an unnamed speaker, or another state, makes no denial of the state's
    ("Agency officials said Iran's enrichment plant was used only for peaceful purposes.",
     []),
    ("Washington says Iran's missile programme is not peaceful.", []),
    # a purpose phrase is no claim
    ("The treaty gives every member the right to atomic energy for peaceful purposes.", []),
])
def test_a_programme_said_to_be_peaceful(run, text, expected):
    assert summary(run(text, date="2023-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an editor's link notes in square brackets: no verb of saying, no clause break
    ("Moscow froze its part [news report] in the CFE Treaty in November 2007 before saying it "
     "would come back to it in April.",
     [("suspension", "asserted", ["russia"], [], [], "2007-11")]),
    ("Moscow froze its part in the CFE Treaty [full text; background] in November 2007 before "
     "saying it would come back to it in April.",
     [("suspension", "asserted", ["russia"], [], [], "2007-11")]),
    ("Russia [official website; archive] on Tuesday suspended its participation in the CFE "
     "Treaty.", [("suspension", "asserted", ["russia"], [], [], "2008-07-08")]),
])
def test_notes_in_square_brackets(run, text, expected):
    assert summary(run(text, date="2008-07-09")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a day of the week ends the name a title introduces
    ("Foreign Minister Karel Schwarzenberg Tuesday signed the accord on the radar base.",
     [("signing", "asserted", ["karel-schwarzenberg"], [], [], "2008-07-08")]),
    # the coordinated person is found over all the words of a long title
    ("German Chancellor Angela Merkel and Czech Minister of Foreign Affairs Karel "
     "Schwarzenberg met in Prague on Monday to discuss missile defence.",
     [("talks", "asserted", ["angela-merkel", "czechia", "germany", "karel-schwarzenberg"],
       [], [], "2008-07-07")]),
])
def test_names_and_long_titles(run, text, expected):
    assert summary(run(text, date="2008-07-09")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a form in -ing that its entry lists as a noun is a noun after a determiner or a state
    ("The sanctions drew a stern Chinese warning of countermeasures.",
     [("warning", "asserted", ["china"], [], [], None)]),
    ("Radar accord draws Russian warning of reprisals",
     [("warning", "asserted", ["russia"], [], [], "2008-07-09")]),
    # whom it is addressed to is its target, but not a state after "to" and a verb
    ("Tokyo issued a warning to North Korea over the launch on Monday.",
     [("warning", "asserted", ["japan"], ["north-korea"], [], None)]),
    ("The US and Russia agreed on a plan to eliminate the chemical weapons of Syria.",
     [("signing", "asserted", ["russia", "united-states"], [], [], None),
      ("elimination", "planned", ["russia", "united-states"], ["syria"], [], None)]),
    # and stays a verb elsewhere
    ("Putin left the summit, warning that Russia would respond to the missile deployment.",
     [("warning", "asserted", ["russia"], [], [], None)]),
])
def test_a_noun_in_ing(run, text, expected):
    assert summary(run(text, date="2008-07-09")) == expected


def _with_treaty(records: list[dict]) -> list[tuple]:
    return [(r["type"], r["status"], sorted(a["id"] for a in r["actors"] if a["role"] == "agent"),
             (r.get("treaty") or {}).get("id")) for r in records if r["kind"] == "event"]


@pytest.mark.parametrize(("text", "expected"), [
    # a resolution named by its number is the treaty of its sanctions and breaches ...
    ("The Security Council imposed new sanctions on Iran under Resolution 1929.",
     [("sanctions", "asserted", ["un-security-council"], "unscr-1929")]),
    ("Washington said the launch was a violation of UNSC resolution 1874.",
     [("violation_allegation", "asserted", ["united-states"], "unscr-1874")]),
    # ... but no launch's (the resolution defied is that of the breach: round 52), and the
    # Council's adopting it is no signing
    ("North Korea launched a rocket on Monday, defying Resolution 1874.",
     [("missile_test", "asserted", ["north-korea"], None),
      ("violation_allegation", "asserted", [], "unscr-1874")]),
    ("The Security Council unanimously adopted Resolution No. 2371 on Saturday.", []),
])
def test_a_security_council_resolution(run, text, expected):
    assert _with_treaty(run(text, date="2017-08-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a ban on selling weapons to a state is sanctions on it
    ("Medvedev prohibits deliveries of S-300 systems to Iran",
     [("sanctions", "asserted", ["dmitry-medvedev", "russia"], ["iran"], ["s-300"],
       "2010-09-23")]),
    ("Germany halted arms exports to Saudi Arabia in October.",
     [("sanctions", "asserted", ["germany"], ["saudi-arabia"], [], "2009-10")]),
    # not a ban on the state's own exports, nor a sale of anything else
    ("The resolution banned North Korea's arms exports.", []),
    ("Moscow suspended its exports of S-400 systems for a year, officials said.", []),
    ("The company halted the sale of its fruit juice to Iran's schools.", []),
])
def test_arms_sales_banned(run, text, expected):
    assert summary(run(text, date="2010-09-23")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a passive verb with its particle right after it, its object the subject
    ("Sarin was used in the attack on the town in April 2017.",
     [("combat_use", "asserted", [], [], [], "2017-04")]),
    ("The M51 missile was put into service in 2010, officials recalled.",
     [("deployment", "asserted", ["france"], [], ["m51"], "2010")]),
    # a progressive is no passive: its object follows
    ("We are putting Tehran on notice after its missile test, the White House said on "
     "Wednesday.",
     [("warning", "asserted", ["united-states"], ["iran"], [], "2020-03-11"),
      ("missile_test", "asserted", ["iran"], [], [], "2020-03-11")]),
    # a subject that is no actor, weapon or word of what the verb needs: nothing
    ("Should talks fail, the matter could be referred to the United Nations Security "
     "Council.", []),
    # a participle before a noun is an adjective, no ban on what follows
    ("Investigators said the banned agent VX had been used to kill a defector at a "
     "shopping mall in 2017.",
     [("combat_use", "asserted", [], [], [], "2017")]),
    # while a ban before the event still makes it none, as does a noun of banning
    ("The treaty banned using the nerve agent VX to kill anyone.", []),
    ("The ban would eliminate some anti-satellite missile tests.", []),
])
def test_weapons_used_and_passive_particles(run, text, expected):
    assert summary(run(text, date="2020-03-15")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a treaty concluded by its parties is signed; one that concludes has ended, no signing
    ("Washington and Moscow concluded the INF Treaty in 1987.",
     [("signing", "asserted", ["russia", "united-states"], [], [], "1987")]),
    ("New START, which concluded last February, leaves no caps on either arsenal.", []),
])
def test_a_treaty_concluded(run, text, expected):
    assert summary(run(text, date="2026-02-06")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a day inside the weekend told first is the same test, and the finer date
    ("India said its Agni III failed in a test-firing over the weekend. Officials had first "
     "confirmed Sunday's test as a success.",
     [("missile_test", "asserted", ["india"], [], ["agni-iii"], "2006-07-09")]),
    # a day right before the noun ("Sunday's test") is its own date
    ("India test-fired an Agni III over the weekend. Officials confirmed Sunday's test had "
     "gone well.", [("missile_test", "asserted", ["india"], [], ["agni-iii"], "2006-07-09")]),
    # a weekday is not in the weekend
    ("India test-fired an Agni III over the weekend. Officials confirmed Tuesday's test had "
     "gone well.", [("missile_test", "asserted", ["india"], [], ["agni-iii"], "2006-W27-WE")]),
    # a day of another week gives the test no date of its own
    ("India said its Agni III failed in a test-firing over the weekend. Officials had "
     "confirmed the June 25 test as a success.",
     [("missile_test", "asserted", ["india"], [], ["agni-iii"], "2006-W27-WE")]),
])
def test_a_day_inside_a_weekend(run, text, expected):
    assert summary(run(text, date="2006-07-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a body that verifies inspects, and a programme past its limit develops
    ("The IAEA verified on Monday that Tehran had exceeded the cap on its enriched "
     "uranium.",
     [("inspection", "asserted", ["iaea"], [], [], "2019-07-01"),
      ("development", "asserted", ["iran"], [], [], "2019-07-01")]),
    # no inspecting body, no limit of a nuclear programme: nothing
    ("The ministry verified the figures in its annual budget report.", []),
    ("Russia's defence spending exceeded the budget cap last year.", []),
])
def test_limits_exceeded_and_verified(run, text, expected):
    assert summary(run(text, date="2019-07-03")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quotation left open at the end of the sentence is said by the speaker of the next
    # sentence's closing verb of saying ("he": the person named before, title and all)
    ('Under Secretary of State for Arms Control and International Security Thomas DiNanno '
     'spoke in Geneva on Friday. China "hid the blasts because it knew the blasts broke its '
     'commitments under the test ban. It also muffled them," he said.',
     [("violation_allegation", "asserted", ["thomas-dinanno"], ["china"], [], "2026-02-06")]),
    # "he" finds the person named before over paragraph breaks
    ('Ukraine said it shot down a Kinzhal over Kyiv, spokesman Yuriy Ihnat said.\n\nThe air '
     'force named the unit.\n\n"We shot down the Kinzhal with a Patriot," he said.',
     [("interception", "asserted", ["ukraine"], [], ["kinzhal"], None),
      ("interception", "asserted", ["yuriy-ihnat"], [], ["kinzhal", "patriot"], None)]),
])
def test_speakers_of_quotations(run, text, expected):
    assert summary(run(text, date="2026-02-06")) == expected


def test_a_name_with_a_capital_inside(run):
    records = run("State Department spokesman Sean McCormack said the ship had left on "
                  "Saturday.", date="2004-03-06")
    assert sorted(r["id"] for r in records if r["kind"] == "actor") == [
        "sean-mccormack", "us-state-department"]


@pytest.mark.parametrize(("text", "expected"), [
    # a party joined by "and" through the name its description is known by
    ("The accord was signed in 2015 by Tehran and the six world powers known as the P5+1.",
     [("signing", "asserted", ["china", "france", "germany", "iran", "p5-plus-1", "russia",
                               "united-kingdom", "united-states"], [], [], "2015")]),
    ("The accord was signed in 2015 by Tehran and the countries known as the E3.",
     [("signing", "asserted", ["e3", "france", "germany", "iran", "united-kingdom"], [], [],
       "2015")]),
    ("The accord was signed in 2015 by Tehran and the group dubbed the E3.",
     [("signing", "asserted", ["e3", "france", "germany", "iran", "united-kingdom"], [], [],
       "2015")]),
])
def test_a_party_known_as(run, text, expected):
    assert summary(run(text, date="2020-05-20")) == expected


@pytest.mark.parametrize("model", [False, True])
def test_a_party_known_as_with_and_without_a_parse(run_on, model):
    text = "The accord was signed in 2015 by Tehran and the countries known as the E3."
    assert summary(run_on(text, "2020-05-20", model)) == [
        ("signing", "asserted", ["e3", "france", "germany", "iran", "united-kingdom"], [], [],
         "2015")]
