"""Event arguments: anaphoric agents, event nouns and their owners, and (with a trained
pipeline) agents from the dependency parse of the sentences that hold a trigger."""

from __future__ import annotations

import pytest

import treatyx
from treatyx.records import ref_id, ref_ids

from ..conftest import check_records, of_kind


def summary(records: list[dict]) -> list[tuple]:
    """Every event as (type, status, agents, targets, systems, date value), in order."""
    return [(e["type"], e["status"],
             sorted(a["id"] for a in e["actors"] if a["role"] == "agent"),
             sorted(a["id"] for a in e["actors"] if a["role"] == "target"),
             ref_ids(e["systems"]), (e["date"] or {}).get("value"))
            for e in of_kind(records, "event")]


def test_event_arguments_army_stands_for_the_state_of_the_text(run):
    records = run("Pakistan has stepped up its missile programme. The army on Thursday "
                  "test-fired a Babur cruise missile, the military said.", date="2021-02-12")
    assert summary(records) == [
        ("missile_test", "asserted", ["pakistan"], [], ["babur"], "2021-02-11")]


def test_event_arguments_pronoun_takes_the_agent_of_the_event_before(run):
    records = run("North Korea fired a Hwasong-18 on Monday. It also launched a cruise "
                  "missile on Friday.", date="2023-07-15")
    assert summary(records) == [
        ("missile_test", "asserted", ["north-korea"], [], ["hwasong-18"], "2023-07-10"),
        ("missile_test", "asserted", ["north-korea"], [], [], "2023-07-14")]


def test_event_arguments_an_actor_that_detects_a_launch_does_not_launch(run):
    records = run("North Korea fired a ballistic missile on Sunday. South Korea's military "
                  "detected the launch at 7:50 a.m.", date="2024-03-18")
    (event,) = of_kind(records, "event")
    assert summary(records)[0][:3] == ("missile_test", "asserted", ["north-korea"])
    assert len(event["mentions"]) == 2  # the launch, then "the launch" retold


def test_event_arguments_condemning_a_test_is_not_testing(run):
    # China did not test; and the test, with no tester, treaty or system, is no record
    # even with its day (round 9: a noun without who or what refers to one told elsewhere)
    records = run("China questioned the missile test on Monday.", date="2024-03-20")
    assert summary(records) == []
    records = run("China questioned North Korea's missile test on Monday.", date="2024-03-20")
    assert summary(records) == [("missile_test", "asserted", ["north-korea"], [], [],
                                 "2024-03-18")]


def test_event_arguments_an_event_noun_with_no_who_what_or_when_is_no_record(run):
    # a mention, not a fact: "the missile test" alone names no tester, system or day
    assert summary(run("China questioned the missile test.")) == []


def test_event_arguments_the_owner_of_an_event_noun(run):
    records = run("The US missile test angered Moscow. Russia's withdrawal from the INF "
                  "Treaty followed.")
    assert summary(records) == [
        ("missile_test", "asserted", ["united-states"], [], [], None),
        ("withdrawal", "asserted", ["russia"], [], [], None)]


def test_event_arguments_warnings_from_an_actor(run):
    records = run("Seoul heard fresh warnings from North Korea about the missile tests.")
    assert [e[:3] for e in summary(records) if e[0] == "warning"] == [
        ("warning", "asserted", ["north-korea"])]


def test_event_arguments_parse_gives_a_passive_participle_its_by_agent(trained_nlp):
    text = "Two missiles launched by North Korea on Sunday fell into the sea."
    records = check_records(treatyx.extract(text, date="2024-03-18", nlp=trained_nlp), text)
    assert summary(records) == [
        ("missile_test", "asserted", ["north-korea"], [], [], "2024-03-17")]


def test_event_arguments_parse_finds_every_signer_after_by(trained_nlp):
    text = "The treaty was signed by Yeltsin and U.S. President George H. W. Bush in 1993."
    records = check_records(treatyx.extract(text, nlp=trained_nlp), text)
    (event,) = of_kind(records, "event")
    assert {a["id"] for a in event["actors"] if a["role"] == "agent"} == {
        "boris-yeltsin", "russia", "george-h-w-bush", "united-states"}


def test_event_arguments_parse_object_of_another_verb_has_no_agent(trained_nlp):
    text = "Japan's defence ministry tracked the launch of a North Korean missile on Monday."
    records = check_records(treatyx.extract(text, date="2024-03-19", nlp=trained_nlp), text)
    assert "japan" not in {a["id"] for e in of_kind(records, "event") for a in e["actors"]}


@pytest.mark.parametrize(("text", "status", "blank_status"), [
    # without a parse, words show it when the event stands in a phrase after the verb's
    # object ("responded to the attack"), not when it is the object ("question ... test")
    ("Israel has not responded to Hezbollah's most recent missile attack on Haifa.",
     "asserted", "asserted"),
    ("Seoul did not question North Korea's missile test on Sunday.", "asserted", "negated"),
    ("North Korea did not conduct a nuclear test this year.", "negated", "negated"),
    ("There was no North Korean missile test on Sunday, Seoul said.", "negated", "negated"),
])
def test_event_arguments_parse_scopes_a_negation_over_an_event_noun(trained_nlp, run, text,
                                                                    status, blank_status):
    records = check_records(treatyx.extract(text, nlp=trained_nlp), text)
    assert [e["status"] for e in of_kind(records, "event")] == [status]
    assert [e["status"] for e in of_kind(run(text), "event")] == [blank_status]


def test_event_arguments_only_sentences_with_a_trigger_are_parsed(trained_nlp):
    doc = trained_nlp("The weather in Seoul was mild. North Korea fired a missile on Sunday.")
    parse = doc._.treatyx_parse
    first, second = list(doc.sents)
    assert not any(parse.parsed(i) for i in range(first.start, first.end))
    assert all(parse.parsed(i) for i in range(second.start, second.end))
    # treatyx's own sentences are kept: the trained parser does not re-split them
    assert [s.text for s in doc.sents] == [first.text, second.text]


def test_event_arguments_army_of_a_state_named_only_later(run):
    records = run("The army test-fired a Shaheen-III missile on Monday. Pakistan says the "
                  "missile can reach 2,750 km.", date="2021-01-21")
    assert summary(records) == [
        ("missile_test", "asserted", ["pakistan"], [], ["shaheen-iii"], "2021-01-18")]


def test_event_arguments_a_second_test_told_later_is_another_event(run):
    records = run("North Korea tested a new submarine-launched missile on October 19. It had "
                  "recently test-fired a Hwasong-8 hypersonic missile as well.",
                  date="2021-10-20")
    assert summary(records) == [
        ("missile_test", "asserted", ["north-korea"], [], [], "2021-10-19"),
        ("missile_test", "asserted", ["north-korea"], [], ["hwasong-8"], "PAST_REF")]


def test_event_arguments_headline_without_agent_joins_the_lead(run):
    records = run("ICBM test-launched from California\n\nThe U.S. Air Force test-launched a "
                  "Minuteman III missile on Wednesday.", date="2023-09-07")
    assert summary(records) == [
        ("missile_test", "asserted", ["united-states", "us-air-force"], [], ["minuteman-iii"],
         "2023-09-06")]


def test_event_dates_a_sentence_that_goes_on_about_the_event_dates_it(run):
    records = run("The U.S. Navy test-fired a Trident II missile off Florida. The missile "
                  "lifted off at 10:12 a.m. on Tuesday. Officials were pleased.",
                  date="2024-05-09")
    assert summary(records) == [
        ("missile_test", "asserted", ["united-states", "us-navy"], [], ["trident-ii"],
         "2024-05-07T10:12")]


def test_event_dates_a_sentence_with_its_own_event_dates_only_that(run):
    records = run("The U.S. Navy test-fired a Trident II missile off Florida. The Air Force "
                  "launched a Minuteman III from California on Tuesday.", date="2024-05-09")
    assert [(e[4], e[5]) for e in summary(records)] == [
        (["trident-ii"], None), (["minuteman-iii"], "2024-05-07")]


def test_event_arguments_light_verb_after_and_shares_the_subject(run):
    records = run("Washington is leaving the accord and will impose new sanctions on Tehran.")
    assert [e[:4] for e in summary(records) if e[0] == "sanctions"] == [
        ("sanctions", "planned", ["united-states"], ["iran"])]


def test_event_arguments_notice_submitted_is_the_submitters(run):
    records = run("On May 22, 2020, the United States submitted a notice of its withdrawal "
                  "from the Open Skies Treaty.")
    assert [e[:3] for e in summary(records)] == [("withdrawal", "planned", ["united-states"])]


def test_event_arguments_a_systems_owner_deploys_it_when_no_one_else_is_named(run):
    records = run("The deployment of a Typhon launcher to northern Luzon started in April "
                  "2024.",
                  date="2024-06-01")
    assert summary(records) == [
        ("deployment", "asserted", ["united-states"], [], ["typhon"], "2024-04")]


def test_event_arguments_an_assessment_of_a_launch_is_no_launch(run):
    records = run("Seoul assessed that the latest Hwasong-15 launch could put the whole US "
                  "mainland in range.")
    assert summary(records) == [
        ("missile_test", "asserted", ["north-korea"], [], ["hwasong-15"], None)]


def test_event_arguments_combat_use_takes_no_owner_of_the_missile(run):
    records = run("ATACMS missiles struck an airfield in Crimea overnight.")
    assert all("united-states" not in e[2] for e in summary(records))


def test_event_arguments_news_media_report_and_never_act(run):
    records = run("Biden will extend New START by five years, according to the New York Times.")
    assert [e[:4] for e in summary(records)] == [
        ("extension", "planned", ["joe-biden", "united-states"], [])]


def test_event_arguments_a_system_earlier_in_the_clause_is_the_tests_weapon(run):
    records = run("The Burevestnik flew 14,000 kilometres in a key test on Tuesday, the "
                  "general said.", date="2025-10-26")
    assert summary(records) == [
        ("missile_test", "asserted", ["russia"], [], ["burevestnik"], "2025-10-21")]


def test_event_arguments_the_doer_of_the_light_verb_owns_the_event_noun(run):
    records = run("The Security Council approved a French-drafted resolution of sanctions on "
                  "Iran on Wednesday.", date="2010-06-10")
    assert summary(records) == [
        ("sanctions", "asserted", ["un-security-council"], ["iran"], [], "2010-06-09")]


def test_event_arguments_a_plural_possessive_owns_the_event_noun(run):
    records = run("Tehran blamed the United States' unilateral pullout from the JCPOA in "
                  "2018.")
    assert [e[:3] for e in summary(records)] == [("withdrawal", "asserted", ["united-states"])]


def test_event_arguments_the_object_of_a_preposition_is_no_agent(run):
    records = run("The Kremlin, which rejected a ceasefire in Ukraine, warned Washington "
                  "against deploying missiles in Europe.")
    assert [e[:4] for e in summary(records) if e[0] == "warning"] == [
        ("warning", "asserted", ["russia"], ["united-states"])]


def test_event_arguments_the_lead_retells_the_headlines_launch(run):
    records = run("Pyongyang fires new rocket\n\nNorth Korea launched a ballistic missile into "
                  "the sea on Thursday, Seoul said.", date="2022-03-25")
    assert summary(records) == [
        ("missile_test", "asserted", ["north-korea"], [], [], "2022-03-24")]


def test_event_dates_a_date_no_comma_parts_from_the_trigger_wins(run):
    records = run("Such missiles were outlawed until 2019 by the INF Treaty, signed by Reagan "
                  "and Gorbachev in 1987.")
    assert [(e[0], e[5]) for e in summary(records)] == [("signing", "1987")]


def test_event_arguments_the_missile_was_launched_retells_the_test(run):
    records = run("The army test-fired a cruise missile on Thursday, Pakistan said. The Babur "
                  "missile was launched from a mobile launcher.", date="2021-02-12")
    assert summary(records) == [
        ("missile_test", "asserted", ["pakistan"], [], ["babur"], "2021-02-11")]


def test_event_arguments_a_verb_with_its_own_subject_takes_no_earlier_actor(run):
    records = run("Ukraine's air force said a ballistic missile and two rockets hit Dnipro.")
    assert [e[:3] for e in summary(records)] == [("combat_use", "asserted", [])]


def test_event_arguments_for_x_to_verb_makes_x_the_subject(run):
    records = run("Moscow has long waited for Washington to ratify the CTBT.")
    assert [e[:3] for e in summary(records)] == [("ratification", "asserted", ["united-states"])]


def test_event_arguments_the_new_missile_named_later_is_the_events_system(run):
    records = run("Russia fired an experimental missile at Ukraine on Thursday. Officials "
                  "counted the damage. Putin said the new missile, called Oreshnik, carried "
                  "no nuclear warhead.", date="2024-11-22")
    assert summary(records) == [
        ("combat_use", "asserted", ["russia"], ["ukraine"], ["oreshnik"], "2024-11-21")]


def test_event_arguments_a_system_named_later_without_the_missile_is_not_taken(run):
    records = run("Russia fired an experimental missile at Ukraine on Thursday. Kyiv asked "
                  "allies for more Patriot batteries.", date="2024-11-22")
    assert summary(records)[0][4] == []


def test_event_arguments_a_breach_of_un_resolutions_is_alleged_like_a_treatys(run):
    records = run("North Korea fired a ballistic missile on Sunday. Japan said that the launch "
                  "was a violation of several UN Security Council resolutions.",
                  date="2024-03-18")
    assert [e[:4] for e in summary(records) if e[0] == "violation_allegation"] == [
        ("violation_allegation", "asserted", ["japan"], [])]
    assert [e[:4] for e in summary(run("The engine broke down on the test stand."))] == []


def test_event_arguments_the_parse_gives_no_target_inside_an_object_word_phrase(trained_nlp):
    # "US" is whose sanctions they are, not their target (the parse made it the object);
    # "the president" stands for the state the text is about (agent-anaphors)
    records = treatyx.extract("The president plans to begin reinstating US economic "
                              "sanctions on the Iranian regime.", nlp=trained_nlp)
    assert summary(records) == [("sanctions", "planned", ["united-states"], [], [], None)]


def test_event_arguments_a_possessive_owns_its_event_noun_over_adjectives(run):
    records = run("Pakistan's provocative ballistic missile tests worried Delhi on Monday.",
                  date="2024-03-20")
    assert summary(records) == [("missile_test", "asserted", ["pakistan"], [], [],
                                 "2024-03-18")]


def test_event_arguments_a_verb_of_saying_between_ends_the_possessive(run):
    # "Iran's minister denied the test": the minister's, not the test's, possessive
    records = run("Iran's foreign minister denied the missile test on Monday.",
                  date="2024-03-20")
    assert [(e[0], e[2]) for e in summary(records)] == [("denial", ["iran"])]


def test_event_arguments_a_hyphenated_modifier_after_by_is_no_actor(run):
    records = run("A ballistic missile launched by the Iran-backed Houthis blew up near the "
                  "harbour on Sunday.", date="2025-05-05")
    assert summary(records) == [
        ("missile_test", "asserted", ["houthis", "yemen"], [], [], "2025-05-04")]


def test_event_arguments_a_participle_after_its_weapon_takes_no_subject_from_the_clause(run):
    # "it" is the army, which intercepted; the missile "fired from Yemen" is not its launch
    records = run("Israel's army said it intercepted a missile fired from Yemen.")
    assert summary(records) == [
        ("interception", "asserted", ["israel"], [], [], None),
        ("combat_use", "asserted", [], [], [], None)]  # intercepted: fired in war


@pytest.mark.parametrize(("text", "agents"), [
    ("Tokyo questioned Pyongyang over its missile test on Sunday.", ["north-korea"]),
    ("Moscow announced its withdrawal from the treaty on Sunday.", ["russia"]),
])
def test_event_arguments_a_possessive_pronoun_is_the_actor_named_last_in_its_clause(
        run, text, agents):
    (event,) = [e for e in summary(run(text, date="2019-07-08"))]
    assert event[2] == agents


def test_event_arguments_fighters_after_a_group_adjective_act_for_the_group(run):
    records = run("Houthi fighters launched three missiles at Israel on Friday.",
                  date="2023-10-21")
    assert summary(records) == [
        ("combat_use", "asserted", ["houthis", "yemen"], ["israel"], [], "2023-10-20")]


@pytest.mark.parametrize("owned", ["Pyongyang's spy satellite launch",
                                   "Pyongyang's accidental missile launch"])
def test_event_arguments_modifiers_of_the_event_noun_keep_its_owner(run, owned):
    records = run(f"North Korea suspended talks, citing the uproar over {owned} on Tuesday.",
                  date="2023-11-23")
    assert [(e[0], e[2]) for e in summary(records)] == [
        ("suspension", ["north-korea"]), ("talks", ["north-korea"]),
        ("missile_test", ["north-korea"])]


def test_event_arguments_a_bare_event_noun_after_a_light_verb_is_its_subjects(run):
    # "tests" is a noun after "announced": Russia tests, not the owner of the directive
    records = run("Trump's order came a week after Russia announced tests of two "
                  "nuclear-powered missiles.", date="2025-10-31")
    assert summary(records) == [("missile_test", "asserted", ["russia"], [], [], None)]


def test_event_arguments_a_test_over_a_country_is_not_aimed_at_it(run):
    records = run("China fired nine missiles around Taiwan on Thursday. North Korea fired a "
                  "missile over Japan. Iran fired missiles at Israel.", date="2022-08-05")
    assert [(e[0], e[2], e[3]) for e in summary(records)] == [
        ("missile_test", ["china"], []), ("missile_test", ["north-korea"], []),
        ("combat_use", ["iran"], ["israel"])]


def test_event_arguments_it_after_a_verb_of_saying_is_the_speaker_not_the_addressee(run):
    records = run("Russia said on Monday it had notified Washington it was suspending "
                  "inspections under the New START treaty.", date="2022-08-09")
    assert [(e[0], e[2]) for e in summary(records)] == [
        ("suspension", ["russia"]), ("inspection", ["russia"])]


@pytest.mark.parametrize(("date", "treaty"), [
    ("2015-07-15", "jcpoa"),  # the latest deal of those parties by then
    ("2014-03-01", "jpoa"),  # the interim deal of November 2013
    ("2012-03-01", None),  # no deal of theirs yet
])
def test_event_arguments_the_deal_of_a_text_that_names_no_treaty(run, date, treaty):
    text = ("Britain, China, France, Germany, Russia, the United States and Iran signed a "
            "landmark deal on Tuesday.")
    assert [(e["type"], ref_id(e["treaty"])) for e in of_kind(run(text, date=date), "event")] == [
        ("signing", treaty)]


def test_event_arguments_a_named_treaty_is_never_replaced_by_a_described_one(run):
    text = ("Britain, China, France, Germany, Russia, the United States and Iran discussed "
            "the NPT on Monday. They signed a landmark deal on Tuesday.")
    assert {ref_id(e["treaty"]) for e in of_kind(run(text, date="2015-07-15"), "event")} == {"npt"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian Foreign Minister Sergei Lavrov spoke in Moscow on Tuesday. He warned that "
     "Russia would answer any missile deployment in Asia.",
     [("warning", "asserted", ["russia", "sergey-lavrov"], [], [], "2024-05-10")]),
    ("Kim Jong Un inspected a weapons factory. He also oversaw the launch of two missiles on "
     "Thursday.",
     [("missile_test", "asserted", ["kim-jong-un", "north-korea"], [], [], "2024-05-09")]),
    ("The missile flew 600 km. He said nothing more about it.", []),
])
def test_event_arguments_he_or_she_as_subject_is_the_person_named_last(run, text, expected):
    assert summary(run(text, date="2024-05-10")) == expected


def test_event_arguments_people_with_titles_joined_by_and_act_together(run):
    records = run("Russian President Vladimir Putin and Chinese President Xi Jinping signed "
                  "a new friendship treaty in Moscow.")
    assert summary(records) == [
        ("signing", "asserted", ["china", "russia", "vladimir-putin", "xi-jinping"], [], [],
         None)]


def test_event_arguments_a_participle_takes_its_by_agent_over_a_place_phrase(run):
    # "fired from Yemen by Houthi rebels" is passive though "by" is not right after it, and a
    # "target" that is no test target keeps the launch an attack beside the interception
    records = run("Saudi Arabia said it downed a missile over Jeddah fired from Yemen by "
                  "Houthi rebels, who said their target was an airport.")
    assert summary(records) == [
        ("interception", "asserted", ["saudi-arabia"], ["houthis", "yemen"], [], None),
        ("combat_use", "asserted", ["houthis", "yemen"], [], [], None)]


@pytest.mark.parametrize("participle", ["supplied", "sent"])  # in -ed, and irregular
def test_event_arguments_a_by_after_another_participle_is_that_participles(run, participle):
    records = run(f"The Kremlin accused Kyiv of using ATACMS missiles {participle} by "
                  "Washington.")
    allegation = [e for e in summary(records) if e[0] == "violation_allegation"]
    assert allegation == [
        ("violation_allegation", "asserted", ["russia"], ["ukraine"], ["atacms"], None)]


@pytest.mark.parametrize(("text", "expected"), [
    # a short name after "the" stands for a state named so, not for the state last named
    ("Seoul and Pyongyang traded threats on Monday. South Korea said the North then fired a "
     "missile.", ["north-korea"]),
    ("South Korea's military said the North fired a missile.", ["north-korea"]),
    ("Russia warned the West on Monday. The army then fired a missile.", ["russia"]),
])
def test_event_arguments_an_anaphor_named_like_a_state_stands_for_that_state(run, text,
                                                                             expected):
    tests = [e for e in summary(run(text, date="2024-05-10")) if e[0] == "missile_test"]
    assert [e[2] for e in tests] == [expected]
