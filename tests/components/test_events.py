"""treatyx_events: types, arguments, status, dates and merging."""

from __future__ import annotations

import pytest

from treatyx.records import ref_id, ref_ids

from ..conftest import of_kind


def events(records, type_=None):
    return [r for r in of_kind(records, "event") if type_ is None or r["type"] == type_]


def actor_ids(event, role=None):
    return {a["id"] for a in event["actors"] if role is None or a["role"] == role}


def test_events_withdrawal_with_agent_treaty_and_date(run):
    records = run("Washington formally pulled out of the INF Treaty on August 2, 2019.",
                  date="2019-08-03")
    (event,) = events(records, "withdrawal")
    assert ref_id(event["treaty"]) == "inf-treaty"
    assert "united-states" in actor_ids(event, "agent")
    assert event["status"] == "asserted"
    assert event["date"]["value"] == "2019-08-02"


def test_events_ordinary_withdrawal_is_not_an_event(run):
    assert not events(run("The striker withdrew from the squad after a knee injury."))


def test_events_planned_status(run):
    records = run("Ministers told parliament the country planned to pull out of Open Skies.")
    (event,) = events(records, "withdrawal")
    assert event["status"] == "planned"


def test_events_negated_status(run):
    # (a violation said not to have happened is a denial: test_event_shapes_round12.py)
    records = run("Moscow did not withdraw from the INF Treaty, the minister said.")
    (event,) = events(records, "withdrawal")
    assert event["status"] == "negated"


def test_events_hypothetical_status(run):
    records = run("Russia could withdraw from the CTBT if Washington resumed testing.")
    event = events(records, "withdrawal")[0]
    assert event["status"] == "hypothetical"


def test_events_treaty_resolved_from_the_pact(run):
    records = run("Both sides signed the New START treaty in Prague. Russia later suspended "
                  "its participation in the pact.")
    (event,) = events(records, "suspension")
    assert ref_id(event["treaty"]) == "new-start"


def test_events_missile_test_needs_a_weapon(run):
    records = run("North Korea launched a Hwasong-18 missile into the sea on Thursday.",
                  date="2023-07-14")
    (event,) = events(records, "missile_test")
    assert "north-korea" in actor_ids(event)
    assert ref_ids(event["systems"]) == ["hwasong-18"]
    assert not events(run("The company launched a new phone on Thursday."), "missile_test")


def test_events_retelling_merges_into_one_record(run):
    text = ("Russia suspended the INF Treaty on Wednesday. Russia suspended the INF Treaty, "
            "officials repeated.")
    (event,) = events(run(text, date="2019-07-05"), "suspension")
    assert len(event["mentions"]) == 2
    assert event["trigger"]["start"] == event["mentions"][0]["start"]


def test_events_violation_subject_is_the_accused(run):
    records = run("Washington says Moscow violated the INF Treaty.")
    event = events(records, "violation_allegation")[0]
    assert "united-states" in actor_ids(event, "agent")
    assert "russia" in actor_ids(event, "target")


def test_events_no_date_in_sentence_gives_null_not_document_date(run):
    records = run("Russia has long denied the accusation about the missile.", date="2019-07-05")
    (event,) = events(records, "denial")
    assert event["date"] is None


@pytest.mark.parametrize(("text", "date"), [
    ("Washington has accused Moscow of breaching the INF Treaty.", "2019-07-05"),  # news
    ("Washington had accused Moscow of breaching the INF Treaty.", None),  # earlier
    ("Washington has repeatedly accused Moscow of breaching the INF Treaty.", None),  # stance
])
def test_events_the_present_perfect_is_the_news_of_the_day_unless_an_adverb_holds_it(
        run, text, date):
    (event,) = events(run(text, date="2019-07-05"), "violation_allegation")
    assert (event["date"] or {}).get("value") == date


def test_events_date_opening_the_sentence_dates_its_event(run):
    records = run("On June 9, 2022, Pakistan test-fired a Babur cruise missile over the "
                  "Arabian Sea.", date="2022-06-12")
    (event,) = events(records, "missile_test")
    assert event["date"]["value"] == "2022-06-09"


def test_events_date_after_a_place_with_and_still_belongs_to_the_launch(run):
    records = run("Pyongyang launched a ballistic missile into waters off Hokkaido and "
                  "Sakhalin on May 14.", date="2025-05-15")
    (event,) = events(records, "missile_test")
    assert event["date"]["value"] == "2025-05-14"


def test_events_test_needs_a_weapon_as_its_object(run):
    assert not events(run("Iran ran a static test of a solid-propellant motor meant for "
                          "future missiles."), "missile_test")
    assert not events(run("North Korea carried out its sixth nuclear test."), "missile_test")


def test_events_denial_absorbs_the_allegation_it_denies(run):
    records = run("Moscow denies the accusations of violating the INF Treaty.")
    assert [e["type"] for e in events(records)] == ["denial"]


def test_events_passive_agent_after_by(run):
    records = run("The ABM Treaty was abandoned by Washington in 2002.")
    (event,) = events(records, "withdrawal")
    assert actor_ids(event, "agent") == {"united-states"}


def test_events_possessive_owner_is_the_agent(run):
    records = run("Russia's withdrawal from the CFE Treaty alarmed its neighbours.")
    (event,) = events(records, "withdrawal")
    assert "russia" in actor_ids(event, "agent")


def test_events_reported_speech_keeps_its_source(run):
    records = run("Lavrov said Washington had violated the Open Skies Treaty.")
    (event,) = events(records, "violation_allegation")
    assert event["source"]["id"] == "sergey-lavrov"
    assert "united-states" in actor_ids(event, "target")
    assert {"sergey-lavrov", "russia"} <= actor_ids(event, "agent")


def test_events_coordinated_subjects_are_all_agents(run):
    records = run("Both Russia and China warned that the missile test would fuel an arms race.")
    (event,) = events(records, "warning")
    assert {"russia", "china"} <= actor_ids(event, "agent")


def test_events_relative_day_follows_the_tense(run):
    past = run("Russia suspended the INF Treaty on Wednesday.", date="2019-07-05")
    future = run("Russian and US envoys will meet on Wednesday to discuss New START.",
                 date="2019-07-05")
    assert events(past, "suspension")[0]["date"]["value"] == "2019-07-03"
    talks = events(future, "talks")[0]
    assert talks["status"] == "planned"
    assert talks["date"]["value"] == "2019-07-10"


def test_events_year_inside_a_treaty_name_does_not_date_the_event(run):
    records = run("In early August last year Washington pulled out of the 1987 INF Treaty.",
                  date="2020-05-05")
    (event,) = events(records, "withdrawal")
    assert event["date"]["value"].startswith("2019-08")


def test_events_clock_time_alone_never_gives_the_launch_a_day(run):
    records = run("India test-fired two Prithvi-II missiles at 6:10 a.m. and 6:45 a.m.",
                  date="2019-11-21")
    (event,) = events(records, "missile_test")
    assert event["date"] is None
    dated = run("On November 20, India test-fired two Prithvi-II missiles at 6:10 a.m.",
                date="2019-11-21")
    assert events(dated, "missile_test")[0]["date"]["value"].startswith("2019-11-20")


def test_events_engine_in_the_object_phrase_is_no_missile_test(run):
    assert not events(run("China tested a hypersonic glide vehicle booster motor at a desert "
                          "range."), "missile_test")


def test_events_cue_word_inside_a_date_is_no_cue(run):
    records = run("By May 1991 the two sides had destroyed 2,692 missiles.", date="1991-06-01")
    (event,) = events(records, "elimination")
    assert event["status"] == "asserted"


def test_events_ground_launched_is_no_launch_and_withdrawal_taking_effect_is_one_event(run):
    assert not events(run("The pact banned ground-launched cruise missiles."), "missile_test")
    records = run("Pompeo said the withdrawal from the INF Treaty took effect on Friday.",
                  date="2019-08-03")
    assert [e["type"] for e in events(records)] == ["withdrawal"]


def test_events_person_in_an_international_post_acts_for_the_body_not_a_state(run):
    records = run("Secretary General Jens Stoltenberg warned that Russia's missiles "
                  "threatened NATO.", date="2019-02-01")
    event = next(e for e in events(records, "warning") if e["trigger"]["text"] == "warned")
    assert actor_ids(event) == {"jens-stoltenberg", "nato"}  # not Norway


def test_events_participle_after_a_treaty_is_passive(run):
    records = run("Putin praised the INF Treaty signed by Reagan and Gorbachev in 1987.")
    (event,) = events(records, "signing")
    assert "vladimir-putin" not in actor_ids(event)
    assert event["date"]["value"] == "1987"


def test_events_cue_before_a_list_of_verbs_covers_every_item(run):
    # (a named weapon: a deployment of no one and of no system is no record)
    records = run("Under the 1987 pact, neither side may build, deploy, or flight-test "
                  "the SSC-8 cruise missile.")
    assert events(records, "missile_test")[0]["status"] == "negated"
    assert events(records, "deployment")[0]["status"] == "negated"
    records = run("Both states promised never to test, deploy and produce such missiles.")
    assert {e["status"] for e in events(records)} == {"negated"}


def test_events_a_comma_alone_does_not_carry_a_cue_into_the_next_clause(run):
    records = run("Russia did not test the missile, and deployed the SSC-8 in 2017.")
    assert events(records, "missile_test")[0]["status"] == "negated"
    assert events(records, "deployment")[0]["status"] == "asserted"


def test_events_a_demand_is_hypothetical_only_with_to(run):
    records = run("The alliance urged Moscow to destroy its SSC-8 missiles before August.")
    assert events(records, "elimination")[0]["status"] == "hypothetical"
    records = run("Japan urged restraint after North Korea tested a Hwasong-15 missile.")
    assert events(records, "missile_test")[0]["status"] == "asserted"


def test_events_bilateral_talks_add_the_speakers_state(run):
    records = run("Lavrov said Washington was ready to resume bilateral talks on arms control.")
    (event,) = events(records, "talks")
    assert actor_ids(event, "agent") == {"united-states", "russia"}
    # without a joint word the speaker is the source only
    records = run("Lavrov said Washington was ready to resume talks on arms control.")
    assert "russia" not in actor_ids(events(records, "talks")[0])


def test_events_coordinated_state_adjectives_and_the_are_all_agents(run):
    records = run("Russian and American diplomats held talks on strategic stability.")
    assert actor_ids(events(records, "talks")[0], "agent") == {"russia", "united-states"}
    records = run("An envoy said Russia and the United States should resume arms control talks.")
    assert actor_ids(events(records, "talks")[0], "agent") == {"russia", "united-states"}


def test_events_a_saying_verb_inside_a_name_gives_no_source(run):
    records = run("An envoy said Russia and the United States should resume arms control talks.")
    assert events(records, "talks")[0]["source"] is None


def test_events_stopping_short_of_is_negated(run):
    records = run("Russia suspended New START but stopped short of withdrawing from it.",
                  date="2023-02-21")
    assert events(records, "suspension")[0]["status"] == "asserted"
    assert events(records, "withdrawal")[0]["status"] == "negated"


def test_events_participle_used_as_an_adjective_is_no_event(run):
    records = run("New START caps each side at 1,550 deployed strategic warheads and 700 "
                  "deployed missiles and bombers.")
    assert not events(records, "deployment")
    records = run("Russia deployed missiles in Kaliningrad, and the Iskander units deployed "
                  "there stay on alert.")
    assert events(records, "deployment")
    records = run("The THAAD battery currently deployed in South Korea angered Beijing.")
    assert events(records, "deployment")


def test_events_sentence_opening_participle_takes_its_agents_after_by(run):
    records = run("Signed in Prague in 2010 by Barack Obama and Dmitry Medvedev, New START "
                  "limits both arsenals.")
    (event,) = events(records, "signing")
    assert actor_ids(event, "agent") == {"barack-obama", "united-states", "dmitry-medvedev",
                                         "russia"}
    assert not actor_ids(event, "target")
    assert event["date"]["value"] == "2010"


def test_events_a_retelling_without_actors_joins_the_test_of_that_day(run):
    records = run("North Korea launched a ballistic missile on Wednesday. The missile, a "
                  "Hwasong-18, was fired shortly before noon. In April it first tested a "
                  "Hwasong-18 missile.", date="2023-07-12")
    tests = events(records, "missile_test")
    assert [t["date"]["value"] for t in tests] == ["2023-07-12", "2023-04"]
    assert len(tests[0]["mentions"]) == 2 and ref_ids(tests[0]["systems"]) == ["hwasong-18"]


def test_events_coordinated_targets(run):
    records = run("Kishida said Tokyo would hold talks on missile defence with Washington and "
                  "Seoul.")
    event = events(records, "talks")[0]
    assert actor_ids(event, "target") == {"united-states", "south-korea"}
    assert actor_ids(event, "agent") == {"japan"}


def test_events_early_warning_is_no_warning(run):
    records = run("The allies will share missile warning data and upgrade early-warning radars.")
    assert not events(records, "warning")


def test_events_nuclear_tests_are_their_own_type(run):
    records = run("Pyongyang has not conducted a nuclear test since 2017, but satellite images "
                  "show work at the nuclear test site.")
    (event,) = events(records)
    assert (event["type"], event["status"]) == ("nuclear_test", "negated")
    assert "north-korea" in actor_ids(event, "agent")


def test_events_year_before_a_word_for_the_treaty_does_not_date_the_event(run):
    records = run("Pompeo said Washington would suspend its obligations under the 1987 accord.",
                  date="2018-12-04")
    # not 1987: the plan announced in the lead takes the day it was announced
    assert events(records, "suspension")[0]["date"]["value"] == "2018-12-04"
    records = run("Monitors followed the Feb. 23 accord signed by Kofi Annan in Baghdad.",
                  date="1998-03-02")
    assert events(records, "signing")[0]["date"]["value"] == "1998-02-23"  # its signing


def test_events_a_denial_takes_its_context_from_the_sentence_before(run):
    records = run("NATO accused Russia of breaching the INF Treaty.\n\nThe Kremlin denied the "
                  "charge.", date="2018-12-04")
    assert "russia" in actor_ids(events(records, "denial")[0], "agent")
    assert not events(run("The Kremlin denied the charge."), "denial")


def test_events_a_ratification_withdrawn_is_a_withdrawal_and_signing_a_law_is_no_signing(run):
    records = run("On Thursday Putin signed a law withdrawing Russia's ratification of the CTBT.",
                  date="2023-11-02")
    assert [(e["type"], e["status"]) for e in events(records)] == [("withdrawal", "asserted")]
    records = run("The Duma voted to de-ratify the CTBT.")  # a withdrawal (rules/events.yml)
    assert [(e["type"], e["status"]) for e in events(records)] == [("withdrawal", "asserted")]


def test_events_relative_clause_takes_the_actor_before_which(run):
    records = run("On Thursday Russia left the CTBT, a move aligning it with the United States, "
                  "which signed but never ratified the pact.", date="2023-11-02")
    signing = events(records, "signing")[0]
    ratification = events(records, "ratification")[0]
    assert actor_ids(signing) == actor_ids(ratification) == {"united-states"}
    assert ratification["status"] == "negated"
    # not that Thursday: the signing has the day the knowledge base lists, the ratification none
    assert signing["date"]["value"] == "1996-09-24" and ratification["date"] is None


def test_events_a_vague_now_merges_with_the_dated_retelling(run):
    records = run("Putin suspends New START, keeps limits for now\n\nPresident Vladimir Putin "
                  "said on Tuesday that Russia was suspending its participation in New START.",
                  date="2023-02-21")
    (event,) = events(records, "suspension")
    assert event["date"]["value"] == "2023-02-21" and len(event["mentions"]) == 2


def test_events_headline_future_and_the_datelines_date(run):
    records = run("US to station long-range missiles in Germany from 2026\n\nWASHINGTON, July 10 - "
                  "Washington will begin deploying Tomahawk missiles to German bases in 2026, "
                  "officials said on Wednesday.", date="2024-07-10")
    (event,) = events(records, "deployment")
    assert event["status"] == "planned" and len(event["mentions"]) == 2
    assert event["date"]["value"] == "2026"  # not the dateline's July 10
    records = run("SEOUL, July 12 (Reuters) - North Korea fired a Hwasong-18 missile.",
                  date="2023-07-12")
    assert events(records, "missile_test")[0]["date"]["value"] == "2023-07-12"  # opening it


def test_events_a_treaty_expiring_has_no_actors(run):
    records = run("Biden and Putin agreed to extend New START, days before it was due to expire "
                  "on Feb. 5.", date="2021-01-27")
    (expiry,) = events(records, "expiry")
    assert expiry["actors"] == [] and expiry["date"]["value"] == "2021-02-05"


def test_events_refusing_an_event_negates_it_and_denies_nothing(run):
    records = run("Beijing has repeatedly rejected joining arms control talks.")
    assert [(e["type"], e["status"]) for e in events(records)] == [("talks", "negated")]
    records = run("Moscow rejected the accusations that it violated the INF Treaty.")
    assert events(records, "denial")


def test_events_the_test_refers_back_and_brings_its_own_date(run):
    records = run("MOSCOW, Oct 26 - Russia has tested its Burevestnik cruise missile, Putin said."
                  "\n\nGerasimov said the test took place on October 21. Days later Russia also "
                  "tested the Poseidon underwater drone.", date="2025-10-26")
    burevestnik, poseidon = events(records, "missile_test")
    assert ref_ids(burevestnik["systems"]) == ["burevestnik"] and len(burevestnik["mentions"]) == 2
    assert burevestnik["date"]["value"] == "2025-10-21"  # not the dateline's day
    assert ref_ids(poseidon["systems"]) == ["poseidon"]  # another weapon: another test
    assert not events(run("Officials said the test took place on October 21."))


def test_events_testing_nuclear_weapons_is_a_nuclear_test_and_an_order_is_planned(run):
    records = run("Trump said Washington would start testing nuclear weapons.")
    assert [(e["type"], e["status"]) for e in events(records)] == [("nuclear_test",
                                                                    "planned")]
    records = run("Putin ordered preparations for deploying the Burevestnik missile.")
    assert events(records, "deployment")[0]["status"] == "planned"


def test_events_a_comma_between_clauses_joins_no_actors_and_made_in_is_no_actor(run):
    records = run("Russia fires new Oreshnik missile at Ukraine, Putin warns West")
    assert actor_ids(events(records, "combat_use")[0]) == {"russia", "ukraine"}
    assert "ukraine" not in actor_ids(events(records, "warning")[0])
    records = run("Both Russia, China and Iran warned that the missile test would fuel a race.")
    assert {"russia", "china", "iran"} <= actor_ids(events(records, "warning")[0], "agent")
    records = run("Ukraine fired US-made ATACMS missiles at a depot in Russia.")
    assert actor_ids(events(records, "combat_use")[0]) == {"ukraine", "russia"}


def test_events_actor_to_verb_is_planned_only_in_the_headline(run):
    records = run("Moscow could strike countries that allow Kyiv to fire ATACMS missiles.")
    assert events(records, "missile_test")[0]["status"] != "planned"


def test_events_headline_without_the_treaty_joins_the_lead(run):
    records = run("Iran and E3 hold talks in Istanbul on uranium enrichment\n\nIranian and "
                  "European diplomats met in Istanbul on Friday for talks on the 2015 nuclear "
                  "deal.", date="2025-07-25")
    (talks,) = events(records, "talks")
    assert ref_id(talks["treaty"]) == "jcpoa" and len(talks["mentions"]) == 3
    assert {"iran", "e3"} <= actor_ids(talks, "agent")


def test_events_a_day_counted_from_a_stated_day_dates_the_event(run):
    records = run("Russia struck Dnipro on Thursday. Two days earlier, Ukraine had fired ATACMS "
                  "missiles at a depot in Russia.", date="2024-11-21")
    assert events(records, "combat_use")[0]["date"]["value"] == "2024-11-19"
    dates = {r["text"]: r for r in records if r["kind"] == "date"}
    assert not dates["Two days earlier"].get("day_inferred")
    # counted from the document date alone, the day stays a guess
    records = run("Two days earlier, Ukraine had fired ATACMS missiles at a depot in Russia.",
                  date="2024-11-21")
    assert events(records, "combat_use")[0]["date"] is None
