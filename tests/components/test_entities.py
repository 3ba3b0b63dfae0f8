"""treatyx_entities: names, metonyms, aliases, patterns, people found by title."""

from __future__ import annotations

from ..conftest import by_id, of_kind


def test_entities_capital_standing_for_state_is_a_mention(run):
    records = run("Moscow rejected the proposal, and the Kremlin said talks were pointless.")
    russia = by_id(records, "actor")["russia"]
    assert [m["text"] for m in russia["mentions"]] == ["Moscow", "Kremlin"] or \
        [m["text"] for m in russia["mentions"]] == ["Moscow", "the Kremlin"]
    assert russia["type"] == "state"


def test_entities_capital_as_place_is_not_the_state(run):
    records = run("Delegations met in Moscow on Monday to discuss trade.")
    assert "russia" not in by_id(records, "actor")


def test_entities_us_pronoun_is_not_the_united_states(run):
    records = run("Let us hope the talks succeed.")
    assert "united-states" not in by_id(records, "actor")
    records = run("The US said the talks had failed.")
    assert "united-states" in by_id(records, "actor")


def test_entities_system_aliases_resolve_to_one_id(run):
    records = run("NATO says the 9M729 breaches the treaty. Moscow insists the SSC-8 "
                  "flies less than 500 km.")
    system = by_id(records, "system")["9m729"]
    assert len(system["mentions"]) == 2
    assert {"9M729", "SSC-8"} <= set(system["aliases"])
    assert system["class"] == "GLCM" and system["country"] == "russia"


def test_entities_pattern_system_is_marked_unknown(run):
    records = run("Pyongyang unveiled what it called the Hwasong-31 at a night parade.")
    systems = of_kind(records, "system")
    assert systems, records
    unknown = [s for s in systems if s.get("known") is False]
    assert unknown and unknown[0]["text"].startswith("Hwasong")


def test_entities_treaty_record_carries_dates(run):
    records = run("Both sides kept to the Intermediate-Range Nuclear Forces Treaty for decades.")
    treaty = by_id(records, "treaty")["inf-treaty"]
    assert treaty["signed"].startswith("1987")


def test_entities_person_by_title_not_in_knowledge_base(run):
    records = run("Estonian Foreign Minister Kadri Vahtramaa told reporters the alliance "
                  "was united. Vahtramaa later flew home.")
    person = by_id(records, "actor")["kadri-vahtramaa"]
    assert person["type"] == "person"
    assert "Foreign Minister" in person["title"]
    assert person["country"] == "estonia"
    assert [m["text"] for m in person["mentions"]] == ["Kadri Vahtramaa", "Vahtramaa"]


def test_entities_known_person_surname_alone_later(run):
    records = run("Russian Foreign Minister Sergei Lavrov met reporters. Lavrov said Moscow "
                  "was ready.")
    lavrov = by_id(records, "actor")["sergey-lavrov"]
    assert lavrov["country"] == "russia"
    assert len(lavrov["mentions"]) == 2


def test_entities_one_record_per_entity_at_first_mention(run):
    text = "Washington and Moscow argued. Later Washington left."
    records = run(text)
    us = by_id(records, "actor")["united-states"]
    assert us["start"] == 0 and len(us["mentions"]) == 2


def test_entities_one_word_missile_name_before_a_surname_is_a_person(run):
    assert not of_kind(run("Iskander Mirza once governed the country."), "system")
    assert by_id(run("Russia moved Iskander missiles closer."), "system")


def test_entities_name_blockers_suppress_look_alikes(run):
    assert not of_kind(run("Congress renewed the Patriot Act in 2011."), "system")
    assert not of_kind(run("Satellite images showed trucks at Musudan-ri."), "system")
    assert by_id(run("The Musudan failed again in 2016."), "system")


def test_entities_designator_at_sentence_end_and_abbreviation_hyphen(run):
    records = run("Pyongyang tested a Hwasong-11D. The U.S.-led coalition watched.")
    assert "hwasong-11d" in by_id(records, "system")
    assert "united-states" in by_id(records, "actor")


def test_entities_curly_and_straight_apostrophes_match_alike(run):
    straight = by_id(run("Russia's Foreign Ministry issued a statement."), "actor")
    curly = by_id(run("Russia’s Foreign Ministry issued a statement."), "actor")
    assert set(straight) == set(curly)


def test_entities_also_known_as_joins_two_names(run):
    records = run("The Strategic Arms Reduction Treaty, also known as New START, expires soon.")
    assert set(by_id(records, "treaty")) == {"new-start"}


def test_entities_may_as_a_name_and_as_a_month(run):
    records = run("Theresa May met Vladimir Putin in May.", date="2018-06-01")
    assert "theresa-may" in by_id(records, "actor")
    assert [r["value"] for r in of_kind(records, "date")] == ["2018-05"]


def test_entities_a_middle_initial_belongs_to_a_name_after_a_title(run):
    records = run("Securities analyst George E. Thompson downplayed the Trident test.")
    names = {r["name"]: r for r in records if r["kind"] == "actor"}
    assert names["George E. Thompson"]["title"] == "analyst"
