"""treatyx_entities: names, metonyms, aliases, patterns, people found by title."""

from __future__ import annotations

import pytest

from ..conftest import by_id, check_records, of_kind

ENTITY_KINDS = ("actor", "treaty", "system")


def _names(records: list[dict]) -> set[tuple[str, str]]:
    """The whole answer for names: (id, text) of every actor, treaty and system record."""
    return {(r["id"], r["text"]) for r in records if r["kind"] in ENTITY_KINDS}


def test_entities_capital_standing_for_state_is_a_mention(run):
    records = run("Moscow rejected the proposal, and the Kremlin said talks were pointless.")
    russia = by_id(records, "actor")["russia"]
    assert [m["text"] for m in russia["mentions"]] == ["Moscow", "Kremlin"] or \
        [m["text"] for m in russia["mentions"]] == ["Moscow", "the Kremlin"]
    assert russia["type"] == "state"


def test_entities_a_capital_that_owns_something_is_its_state_after_any_preposition(run):
    records = run("Jets flew over Pyongyang on Monday. Anger over Pyongyang's launch grew.")
    assert [(a["text"], a["id"], a["start"]) for a in of_kind(records, "actor")] == [
        ("Pyongyang", "north-korea", 47)]


def test_entities_the_north_is_north_korea_once_north_korea_was_named(run):
    records = run("The North Atlantic was calm. North Korea launched a rocket. The North said "
                  "it worked. North of the border, troops waited. The South stayed silent.")
    # "the North" after North Korea was named; not "the North Atlantic", not "North" without
    # "the"; "the South" once North Korea is named (short_names_after)
    assert [(a["id"], [m["text"] for m in a["mentions"]]) for a in of_kind(records, "actor")] \
        == [("north-korea", ["North Korea", "North"]), ("south-korea", ["South"])]


def test_entities_the_south_before_any_korea_is_no_actor(run):
    records = run("The South stayed silent. North of the border, troops waited.")
    assert of_kind(records, "actor") == []


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


def test_entities_a_surname_with_the_title_its_listed_holder_held_that_day(run):
    text = "President Medvedev spoke first. Prime Minister Medvedev spoke later."

    def people(date: str | None) -> list[tuple[int, str]]:
        return sorted((a["start"], a["id"]) for a in of_kind(run(text, date=date), "actor"))

    # the title Dmitry Medvedev held on the article's day names him, and so does one he had
    # held before it (one record: its first mention); one he took later does not; no date,
    # no holder
    assert people("2011-01-26") == [(10, "dmitry-medvedev"), (47, "medvedev")]
    assert people("2015-01-26") == [(10, "dmitry-medvedev")]
    assert people(None) == [(10, "medvedev")]


def test_entities_a_former_holder_of_the_title_only_when_there_is_one(run):
    def people(text: str, date: str) -> list[str]:
        return sorted(a["id"] for a in of_kind(run(text, date=date), "actor")
                      if a["type"] == "person")

    # Bill Clinton is the one listed Clinton who had been President by 2008 ...
    assert people("President Clinton signed the accord in 1994.", "2008-10-12") == [
        "bill-clinton"]
    # ... two listed Bushes had been by 2010: the surname stays unresolved
    assert people("President Bush signed the accord in 2002.", "2010-10-12") == ["bush"]


def test_entities_a_surname_alone_is_the_listed_person_in_office_that_day(run):
    def people(text: str, date: str | None) -> list[str]:
        return sorted(a["id"] for a in of_kind(run(text, date=date), "actor")
                      if a["type"] == "person")

    text = "Obama and Medvedev signed the treaty in Prague."
    # Dmitry Medvedev held a listed post in 2010 (as Barack Obama did): the surname names him
    assert people(text, "2010-04-09") == ["barack-obama", "dmitry-medvedev"]
    # ... with no date no one is in office ("Obama" is a listed name of its own), and a
    # longer name is someone else
    assert people(text, None) == ["barack-obama"]
    assert people("Ivan Medvedev signed the letter.", "2010-04-09") == []


def test_entities_one_record_per_entity_at_first_mention(run):
    text = "Washington and Moscow argued. Later Washington left."
    records = run(text)
    us = by_id(records, "actor")["united-states"]
    assert us["start"] == 0 and len(us["mentions"]) == 2


def test_entities_one_word_missile_name_before_a_surname_is_a_person(run):
    assert not of_kind(run("Iskander Mirza once governed the country."), "system")
    assert by_id(run("Russia moved Iskander missiles closer."), "system")


def test_entities_a_weapon_name_in_quotes_or_after_a_naming_cue(run):
    quoted = run("Officials showed the new \u2018Fattah\u2019 hypersonic missile.")
    assert [(s["text"], s["id"]) for s in of_kind(quoted, "system")] == [("Fattah", "fattah-1")]
    called = run("The missile, called Fattah, can fly at great speed.")
    assert [(s["text"], s["id"]) for s in of_kind(called, "system")] == [("Fattah", "fattah-1")]
    # a naming cue with no weapon word before it, and the given name, are no missile
    assert not of_kind(run("The general, called Fattah by his men, retired."), "system")
    assert not of_kind(run("Abdel Fattah el-Sisi met the envoy."), "system")


def test_entities_a_possessive_security_council_is_not_the_uns(run):
    records = run("Putin spoke at a meeting of his Security Council. The UN Security Council "
                  "met later.")
    assert [(a["id"], [m["text"] for m in a["mentions"]]) for a in of_kind(records, "actor")] \
        == [("vladimir-putin", ["Putin"]), ("un-security-council", ["UN Security Council"])]


def test_entities_name_blockers_suppress_look_alikes(run):
    assert not of_kind(run("Congress renewed the Patriot Act in 2011."), "system")
    assert not of_kind(run("Satellite images showed trucks at Musudan-ri."), "system")
    assert by_id(run("The Musudan failed again in 2016."), "system")


def test_entities_designator_at_sentence_end_and_abbreviation_hyphen(run):
    records = run("Pyongyang tested a Hwasong-11D. The U.S.-led coalition watched.")
    assert "hwasong-11d" in by_id(records, "system")
    assert "united-states" in by_id(records, "actor")


@pytest.mark.parametrize("bullet", ["•", "·", "◦"])
def test_entities_a_bullet_glued_to_a_name_is_split_off(run, bullet):
    records = run(f"Key facts:\n{bullet}North Korea tested a Pukguksong-3 in 2019.")
    actors = by_id(records, "actor")
    assert list(actors) == ["north-korea"]
    assert actors["north-korea"]["text"] == "North Korea"


def test_entities_curly_and_straight_apostrophes_match_alike(run):
    straight = by_id(run("Russia's Foreign Ministry issued a statement."), "actor")
    curly = by_id(run("Russia’s Foreign Ministry issued a statement."), "actor")
    assert set(straight) == set(curly)


def test_entities_also_known_as_a_shortened_listed_name_is_the_other_entity(run):
    # "Strategic Arms Reduction Treaty" is a part of New START's full name
    assert _names(run("Both capitals still honour their Strategic Arms Reduction Treaty, also "
                      "known as the New START treaty, for now.")) == {
        ("new-start", "Strategic Arms Reduction Treaty")}


def test_entities_also_known_as_an_unlisted_designator_is_the_listed_system(run):
    assert _names(run("A new designator, KN-37, also known as the Hwasong-19, appeared in the "
                      "briefing.")) == {("hwasong-19", "KN-37")}


def test_entities_or_between_two_treaties_keeps_both(run):
    assert _names(run("Neither the ABM Treaty or New START survived the decade.")) == {
        ("abm-treaty", "ABM Treaty"), ("new-start", "New START")}


def test_entities_new_start_with_a_lower_case_new_keeps_start_exact(run):
    assert _names(run("Obama put his name to the new START Treaty at a ceremony in Prague.")) == {
        ("barack-obama", "Obama"), ("new-start", "new START Treaty")}
    assert _names(run("The talks were a new start for both sides.")) == set()


def test_entities_may_as_a_name_and_as_a_month(run):
    records = run("Theresa May met Vladimir Putin in May.", date="2018-06-01")
    assert "theresa-may" in by_id(records, "actor")
    assert [r["value"] for r in of_kind(records, "date")] == ["2018-05"]


def test_entities_a_middle_initial_belongs_to_a_name_after_a_title(run):
    records = run("Securities analyst George E. Thompson downplayed the Trident test.")
    names = {r["name"]: r for r in records if r["kind"] == "actor"}
    assert names["George E. Thompson"]["title"] == "analyst"


# -- capitals, spellings, numbers, initials --------------------------------------------------

def test_entities_all_caps_headline_spells_the_names(run):
    assert _names(run("RUSSIA HALTS NEW START INSPECTIONS")) == {
        ("russia", "RUSSIA"), ("new-start", "NEW START")}


def test_entities_quoted_all_caps_name(run):
    assert _names(run("Moscow called “NEW START” a relic of the past.")) == {
        ("russia", "Moscow"), ("new-start", "NEW START")}


def test_entities_all_caps_common_word_is_no_name(run):
    assert _names(run("TURKEY PRICES RISE BEFORE THE HOLIDAY")) == set()
    assert _names(run("Delegates cited Article XI of the NPT.")) == {("npt", "NPT")}


def test_entities_all_caps_capital_in_a_dateline_is_a_place(run):
    records = run("MINSK, Belarus — The Belarusian defence ministry said the Iskander "
                  "systems were ready.")
    assert _names(records) == {("belarus", "Belarus"), ("iskander-m", "Iskander")}
    assert [m["text"] for m in by_id(records, "actor")["belarus"]["mentions"]] == \
        ["Belarus", "Belarusian"]
    assert _names(run("SEOUL: The South Korean military tracked the launch.")) == {
        ("south-korea", "South Korean")}


def test_entities_case_and_hyphen_variants_of_a_multiword_name(run):
    assert _names(run("Crews flew another Air-launched Rapid Response Weapon prototype.")) == {
        ("arrw", "Air-launched Rapid Response Weapon")}
    assert _names(run("Crews flew another air launched rapid response weapon.")) == {
        ("arrw", "air launched rapid response weapon")}


def test_entities_transliterations_of_listed_names(run):
    assert _names(run("Sergey Shoygu met Alyaksandr Lukashenko in Minsk to discuss the "
                      "Fatah-313.")) == {
        ("sergei-shoigu", "Sergey Shoygu"), ("alexander-lukashenko", "Alyaksandr Lukashenko"),
        ("fateh-313", "Fatah-313")}


def test_entities_one_digit_roman_and_zero_padded_designators(run):
    assert _names(run("Pakistan paraded the Shaheen-3 while India answered with the Agni-5 "
                      "and Pyongyang with the KN-2.")) == {
        ("pakistan", "Pakistan"), ("shaheen-iii", "Shaheen-3"), ("india", "India"),
        ("agni-v", "Agni-5"), ("north-korea", "Pyongyang"), ("kn-02", "KN-2")}


def test_entities_initials_and_hyphenated_given_names_stay_one_person(run):
    assert _names(run("George HW Bush and Mohammad-Bagher Ghalibaf never met.")) == {
        ("george-h-w-bush", "George HW Bush"),
        ("mohammad-bagher-ghalibaf", "Mohammad-Bagher Ghalibaf")}
    assert _names(run("Security analyst Jean-Paul Marchetti and defence analyst Robert J.T. "
                      "Lindqvist disagreed about the test.")) == {
        ("jean-paul-marchetti", "Jean-Paul Marchetti"),
        ("robert-j-t-lindqvist", "Robert J.T. Lindqvist")}


# -- a trained pipeline's NER, filtered through the lists and the title rules ----------------

@pytest.fixture(scope="module")
def trained_run(trained_nlp):
    def _run(text: str) -> set[tuple[str, str]]:
        return _names(check_records(trained_nlp(text)._.treatyx_records, text))

    return _run


def test_ner_adds_no_capital_in_a_dateline_and_no_common_word_as_a_person(trained_run):
    assert trained_run("MINSK, Belarus — Turnout was low as Lukashenko signed the decree on "
                       "hosting Russian nuclear weapons.") == {
        ("belarus", "Belarus"), ("alexander-lukashenko", "Lukashenko"), ("russia", "Russian")}


def test_ner_keeps_a_full_name_and_a_listed_organisation(trained_run):
    assert trained_run("Turnout dropped after Russia tested the Sarmat, Tatiana Orlova of the "
                       "Carnegie Endowment said.") == {
        ("russia", "Russia"), ("sarmat", "Sarmat"), ("tatiana-orlova", "Tatiana Orlova"),
        ("carnegie-endowment", "Carnegie Endowment")}


def test_ner_drops_a_common_word_organisation_and_a_lone_untitled_name(trained_run):
    assert trained_run("Parliament warned that Iran would withdraw from the NPT, Speaker "
                       "Ghalibaf said.") == {
        ("iran", "Iran"), ("npt", "NPT"), ("mohammad-bagher-ghalibaf", "Ghalibaf")}
    assert trained_run("Nowak said Poland would deploy the missiles.") == {("poland", "Poland")}


def test_ner_never_overrides_a_title_or_a_listed_name(trained_run):
    assert trained_run("Ambassador Kowalczyk said Poland would deploy the missiles, and "
                       "Kowalczyk repeated it.") == {("kowalczyk", "Kowalczyk"),
                                                      ("poland", "Poland")}
    assert trained_run("George HW Bush signed the treaty with Gorbachev.") == {
        ("george-h-w-bush", "George HW Bush"), ("mikhail-gorbachev", "Gorbachev")}


def test_ner_one_word_surname_joins_the_full_name_given_elsewhere(trained_run):
    # the NER labels the first "Sokolov" an organisation; the full name makes it a person
    assert trained_run("Sokolov said lawmakers would revoke the ratification of the treaty. "
                       "Duma deputy Anton Sokolov signed the bill.") == {
        ("anton-sokolov", "Sokolov")}
    assert trained_run("Nowak said Poland would deploy the missiles. Marek Nowak is a Polish "
                       "lawmaker.") == {("marek-nowak", "Nowak"), ("poland", "Poland")}


def test_ner_drops_an_organisation_with_a_number_in_its_name(trained_run):
    names = trained_run("Delegates blamed COVID-19 as Russia suspended New START inspections "
                        "in 2020.")
    assert {name_id for name_id, _ in names} == {"russia", "new-start"}


def test_entities_a_shortened_name_in_brackets_restates_the_name_before(run):
    # one treaty, not New START and START I
    assert _names(run("New START (Strategic Arms Reduction Treaty) took effect in 2011.")) == {
        ("new-start", "New START")}


def test_entities_a_family_name_first_is_the_surname_of_people_of_those_states(run):
    def mentions(text: str) -> dict[str, list[str]]:
        return {a["id"]: [m["text"] for m in a["mentions"]]
                for a in of_kind(run(text), "actor") if a["type"] == "person"}

    text = "Kim Jong Un met Donald Trump in Hanoi. Kim left early, and Trump flew home."
    assert mentions(text) == {"kim-jong-un": ["Kim Jong Un", "Kim"],
                              "donald-trump": ["Donald Trump", "Trump"]}
    # a given-name-first state's person: the first word of the name is no surname
    assert mentions(text + " Donald left.")["donald-trump"] == ["Donald Trump", "Trump"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Syrian Foreign Minister Walid al-Moallem spoke on Friday. Later, Moallem said more.",
     ("Walid al-Moallem", ["Walid al-Moallem", "Moallem"])),
    ("Saudi Crown Prince Mohammed bin Salman met the envoy on Friday.",
     ("Mohammed bin Salman", ["Mohammed bin Salman"])),
])
def test_entities_a_titled_name_keeps_its_inner_particle(run, text, expected):
    people = [a for a in of_kind(run(text), "actor") if a.get("type") == "person"]
    assert [(a["text"], [m["text"] for m in a["mentions"]]) for a in people] == [expected]


def test_entities_a_particle_at_a_name_end_is_no_part_of_it(run):
    records = run("Foreign Minister Sergei Lavrov de facto ran the talks on Friday.")
    people = [a for a in of_kind(records, "actor") if a.get("type") == "person"]
    assert [a["text"] for a in people] == ["Sergei Lavrov"]


@pytest.mark.parametrize(("text", "person", "country"), [
    ("Jane Roe, the US envoy, said Iran had violated the deal.", "jane-roe", "united-states"),
    ("Mikhail Petrov, Russia's chief of missile troops, said the missile does not violate the "
     "INF Treaty.", "mikhail-petrov", "russia"),
    # a state named after the comma that is no phrase of the person's
    ("Jane Roe, Russia and Iran were named in the report.", "jane-roe", None),
    # the phrase after the full name, when the NER finds the surname alone elsewhere
    ("Marek Wolski, Poland's defence minister, visited the base on Monday.\n\nWolski said "
     "the missile does not violate the INF Treaty.\n", "marek-wolski", "poland"),
])
def test_ner_person_takes_the_state_of_the_phrase_after_the_comma(trained_nlp, text, person,
                                                                  country):
    records = check_records(trained_nlp(text)._.treatyx_records, text)
    (found,) = [r for r in records if r["kind"] == "actor" and r["id"] == person]
    assert found["country"] == country
