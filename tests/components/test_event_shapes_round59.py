"""Shapes found in round 59 on part BJ and the parts tuned on before: contractions read as
their full words, "by" before a verb in -ing (a means, no agent), a sentence opened by "he",
the person such a pronoun stands for, threats said and threats denied, a breach called
possible, "such" that opens another noun than the trigger, and claims of civilian purposes."""

from __future__ import annotations

import pytest

from .test_event_arguments import summary


@pytest.mark.parametrize("we_are", ["we're", "we\u2019re", "we are"])
def test_a_contraction_reads_as_its_full_words(run, we_are):
    # "'re" is "are": "are going to" plans, and "we" is the speaker's side, not Moscow
    records = run(f'"Moscow has not honoured the INF Treaty, so {we_are} going to terminate '
                  'it," Trump told reporters on Saturday.', date="2018-10-21")
    assert summary(records) == [
        ("withdrawal", "planned", ["donald-trump", "united-states"], [], [], "2018-10-20")]


@pytest.mark.parametrize("will_not", ["won't", "will not"])
def test_won_t_is_will_not(run, will_not):
    records = run(f'"Tokyo {will_not} sign the Arms Trade Treaty," the minister said on Saturday.',
                  date="2018-10-21")
    assert summary(records) == [("signing", "negated", ["japan"], [], [], "2018-10-20")]


def test_by_before_a_verb_in_ing_names_the_means_not_the_agent(run):
    # Paris began the sanctions; Tehran, after "by accusing", is only accused
    records = run("Paris began the return of sanctions on Friday by accusing Tehran of "
                  "breaking the 2015 nuclear deal.", date="2025-09-27")
    assert summary(records) == [
        ("sanctions", "asserted", ["france"], [], [], "2025-09-26"),
        ("violation_allegation", "asserted", ["france"], ["iran"], [], "2025-09-26"),
        ("signing", "asserted", ["china", "france", "germany", "iran", "russia", "united-kingdom",
                                 "united-states"], [], [], "2015")]


def test_he_opening_a_sentence_is_the_subject_of_its_participle(run):
    # "calling it illegal" is Yoon's charge, not that of the first state named after "He"
    records = run("President Yoon spoke at the parade on Tuesday. He also criticized "
                  "Pyongyang's arms deal with Moscow, calling it illegal.", date="2024-10-02")
    assert summary(records) == [
        ("warning", "asserted", ["south-korea", "yoon-suk-yeol"], ["north-korea"], [],
         "2024-10-02"),
        ("violation_allegation", "asserted", ["south-korea", "yoon-suk-yeol"], [], [],
         "2024-10-02")]


def test_he_before_a_verb_of_saying_is_not_the_subject_of_what_is_said(run):
    # the signing is the other states', whom the text does not name one by one: not his
    records = run("Sergei Lavrov praised the protocol on Tuesday. He told the council the signing "
                  "by the remaining nuclear states showed support for the NPT.",
                  date="2014-05-07")
    assert summary(records) == [("signing", "asserted", [], [], [], None)]


def test_he_stands_for_the_person_who_is_no_object_of_a_preposition(run):
    # Lukashenko, met "with", is named last, but Putin is the one who spoke
    records = run('"We will send missiles to Minsk," Putin said on Saturday at his meeting with '
                  "Lukashenko. He also pledged to upgrade the Belarusian air force's bombers for "
                  "nuclear weapons.", date="2022-06-27")
    assert summary(records) == [
        ("deployment", "planned", ["russia", "vladimir-putin"], [], [], "2022-06-25"),
        ("talks", "asserted", ["russia", "vladimir-putin"], ["alexander-lukashenko", "belarus"],
         [], "2022-06-25"),
        ("development", "planned", ["russia", "vladimir-putin"], ["belarus"], [], None)]


@pytest.mark.parametrize("purpose", ["strictly for civilian purposes", "purely civilian"])
def test_a_claim_of_civilian_purposes_denies_a_weapons_aim(run, purpose):
    records = run(f"Tehran insists that its uranium enrichment is {purpose}.",
                  date="2025-09-27")
    assert summary(records) == [("denial", "asserted", ["iran"], [], [], "2025-09-27")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Abe said on Tuesday that the launch was a grave threat to Japan.",
     [("warning", "asserted", ["japan", "shinzo-abe"], [], [], "2017-08-29")]),
    # the act called a threat is the relative clause's object, before its verb
    ('Pyongyang fired a missile over Hokkaido on Tuesday, a move Abe called an "unprecedented" '
     "threat.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2017-08-29"),
      ("warning", "asserted", ["japan", "shinzo-abe"], [], [], "2017-08-29")]),
])
def test_an_act_said_or_called_a_threat_is_warned_against(run, text, expected):
    assert summary(run(text, date="2017-08-29")) == expected


@pytest.mark.parametrize("says", ["do not pose a threat to", "do not pose any threat to",
                                  "pose no threat to"])
def test_weapons_said_to_pose_no_threat_are_a_denial(run, says):
    records = run(f"Moscow said on Saturday that the Iskander missiles {says} NATO.",
                  date="2016-10-10")
    assert summary(records) == [("denial", "asserted", ["russia"], [], ["iskander-m"],
                                 "2016-10-08")]


def test_a_breach_called_possible_is_alleged_and_such_opens_no_class_over_a_verb(run):
    records = run("Lithuania said on Saturday that such deployments were possible violations "
                  "of the INF Treaty.", date="2016-10-10")
    assert summary(records) == [
        ("violation_allegation", "asserted", ["lithuania"], [], [], "2016-10-08")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Analysts said a possible nuclear test by Pyongyang would alarm Tokyo.",
     [("nuclear_test", "hypothetical", ["north-korea"], [], [], None)]),
    ("Such tests are routine, the ministry said.", []),
])
def test_possible_events_stay_hypothetical_and_such_events_a_class(run, text, expected):
    assert summary(run(text, date="2016-10-10")) == expected



@pytest.mark.parametrize(("text", "expected"), [
    ("South Korean radars followed the missile after it blasted off from the east coast on "
     "Wednesday.",
     [("missile_test", "asserted", [], [], [], "2012-12-12")]),
    # the launch told before is the one retold
    ("Pyongyang fired a missile on Wednesday. South Korean radars followed the missile after "
     "it had blasted off from the east coast.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2012-12-12")]),
])
@pytest.mark.parametrize("model", [False, True])
def test_it_after_a_weapon_and_a_subordinator_is_the_weapon_not_a_state(run_on, text, expected,
                                                                        model):
    # not the radars' state: "it" stands for the missile, which names no one (on the parse too)
    assert summary(run_on(text, "2012-12-12", model)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Seoul's unification ministry expressed regret over the missile launch.",
     [("warning", "asserted", ["rok-unification-ministry", "south-korea"], [], [],
       "2009-01-30")]),
    # the state in the subject's own phrase did not launch; one acted on did
    ("The ministry in Seoul voiced concern over the missile launch.",
     [("warning", "asserted", ["south-korea"], [], [], "2009-01-30")]),
    ("Japan protested to China over the missile launch.",
     [("warning", "asserted", ["japan"], ["china"], [], None),
      ("missile_test", "asserted", ["china"], [], [], None)]),
])
def test_regret_voiced_is_a_warning_and_the_subject_s_phrase_launched_nothing(run, text,
                                                                              expected):
    assert summary(run(text, date="2009-01-30")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel's foreign minister said the missile trials were very dangerous.",
     [("warning", "asserted", ["israel"], [], [], "2005-12-02")]),
    ("Washington stands ready to take further measures in 60 days if Iran keeps enriching "
     "uranium.",
     [("warning", "asserted", ["united-states"], ["iran"], [], None),
      ("development", "hypothetical", ["iran"], [], [], None)]),
    # unacceptable "to" someone: their view, which the text tells, no warning said
    ("Moscow wants changes that have so far been unacceptable to the US and its allies in the "
     "missile talks.", []),
])
def test_an_act_judged_dangerous_or_answered_with_further_measures_is_warned_against(
        run, text, expected):
    assert summary(run(text, date="2005-12-02")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a city before a meeting is where it is held, not a side
    ("The Vienna talks on the nuclear deal resumed on Tuesday.", []),
    ("The Russian talks on the nuclear deal resumed on Tuesday.",
     [("talks", "asserted", ["russia"], [], [], "2022-02-08")]),
])
@pytest.mark.parametrize("model", [False, True])
def test_a_city_before_a_meeting_is_its_venue(run_on, text, expected, model):
    assert summary(run_on(text, "2022-02-09", model)) == expected


def test_a_weapon_taken_into_service_is_deployed(run):
    records = run("The navy will take the new Zircon missile into service next year.",
                  date="2021-07-20")
    assert summary(records) == [("deployment", "planned", ["russia"], [], ["zircon"], "2022")]


@pytest.mark.parametrize("verb", ["reintroduce penalties on", "restore the arms embargo on"])
def test_penalties_or_an_embargo_put_back_are_sanctions(run, verb):
    records = run(f"The UN will {verb} Iran on Saturday over its nuclear programme.",
                  date="2025-09-25")
    assert summary(records) == [
        ("sanctions", "planned", ["un-security-council"], ["iran"], [], "2025-09-27")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tripoli handed the OPCW an initial declaration of its mustard gas stocks on Friday.",
     [("inspection", "asserted", ["libya"], [], [], "2004-03-05")]),
    ("New Delhi and Islamabad swapped lists of their atomic facilities on Friday.",
     [("inspection", "asserted", ["india", "pakistan"], [], [], "2004-03-05")]),
])
def test_a_declaration_handed_to_a_watchdog_or_lists_swapped_are_inspections(run, text,
                                                                              expected):
    assert summary(run(text, date="2004-03-06")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Shaheen-III was first put on display at a parade in 2016.",
     [("development", "asserted", ["pakistan"], [], ["shaheen-iii"], "2016")]),
    # a photo caption's weapon on display somewhere is no showing of it
    ("An old S-300 launcher stands on display at a Russian army base, the caption says.", []),
])
def test_a_weapon_on_display_at_a_parade_is_its_development(run, text, expected):
    assert summary(run(text, date="2021-11-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "launch" after "the" is a noun, no light verb whose subject would test the missile
    ("Pyongyang fired a rocket on Monday. Tokyo said the launch was a ballistic missile test.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2023-05-29")]),
    ("Tokyo said the launch was a ballistic missile test.", []),
])
def test_a_light_verb_s_form_after_a_determiner_is_a_noun(run, text, expected):
    assert summary(run(text, date="2023-05-30")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jens Stoltenberg said on Wednesday that Moscow bears ultimate responsibility for the "
     "missile strike.",
     [("violation_allegation", "asserted", ["jens-stoltenberg", "nato"], ["russia"], [],
       "2022-11-16")]),
    ("Warsaw said on Wednesday that Moscow was to blame for the missile strike.",
     [("violation_allegation", "asserted", ["poland"], ["russia"], [], "2022-11-16")]),
])
def test_a_state_said_to_bear_responsibility_for_an_attack_is_blamed(run, text, expected):
    assert summary(run(text, date="2022-11-17")) == expected


def test_a_resolution_named_leaves_the_deal_a_text_describes_to_its_states_and_date(run):
    # a Security Council resolution is no deal "the July accord" could mean
    records = run("The panel's report cited Resolution 1929 on Tuesday. It said nothing of the "
                  "July accord between Tehran and the six powers.", date="2015-12-16")
    assert [(r["type"], (r["treaty"] or {}).get("id"), r["date"]["value"])
            for r in records if r["kind"] == "event"] == [("signing", "jcpoa", "2015-07")]
