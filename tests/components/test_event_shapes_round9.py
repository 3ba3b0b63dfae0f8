"""Shapes found in round 9 on part L: a launch named a violation by those who condemn it,
states counted back ("the three countries"), a quoted noun phrase after its determiner,
wire copy wrapped at a fixed width, treaty acts told with "entered force" and "signed the
ratification document", and a date that names a treaty over its modifiers."""

from __future__ import annotations

import pytest

from treatyx.records import ref_id

from .test_event_arguments import summary


@pytest.mark.parametrize(("text", "expected"), [
    # the launch, the object of "called", is not Japan's: only the violation is
    ("Japan called the missile test a violation of UN resolutions.",
     [("violation_allegation", "asserted", ["japan"], [], [], None)]),
    ("Tokyo called North Korea's launch a violation of Security Council resolutions.",
     [("violation_allegation", "asserted", ["japan"], [], [], None)]),
    ("Seoul described the launch as a breach of UN resolutions.",
     [("violation_allegation", "asserted", ["south-korea"], [], [], None)]),
    ("Canberra called it a clear breach of Security Council resolutions.",
     [("violation_allegation", "asserted", ["australia"], [], [], None)]),
])
def test_a_naming_verb_owns_the_name_not_its_object(run, text, expected):
    assert summary(run(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("South Korean Foreign Minister Park Min-ho, US Secretary of State Ellen Marsh and "
     "Japanese Foreign Minister Sato Kenji spoke by phone. On Friday, the three countries "
     "jointly called the missile test a breach of UN resolutions.",
     # "the missile test", with no launcher, treaty or system, is no record of its own; the
     # call takes its arms context from the sentence after (lexicon near-context-events)
     [("talks", "asserted", ["ellen-marsh", "japan", "sato-kenji", "united-states"], [], [],
       None),
      ("violation_allegation", "asserted", ["japan", "south-korea", "united-states"], [], [],
       "2024-11-01")]),
    ("Russia and the United States met in Geneva. The two sides held talks on the treaty.",
     [("talks", "asserted", ["russia", "united-states"], [], [], None)]),
    ("Russia and China signed the pact. Both countries agreed to extend the pact.",
     [("signing", "asserted", ["china", "russia"], [], [], None),
      ("extension", "asserted", ["china", "russia"], [], [], None)]),
])
def test_counted_states_stand_for_the_states_named_before(run, text, expected):
    assert summary(run(text, date="2024-11-02")) == expected


@pytest.mark.parametrize("text", [
    # a count the text does not match, and a noun the counted states only condemn
    # (not "Japan protested.": since round 20 a protest takes the next sentence's arms)
    "Japan was the first to react. The three countries called the test a breach of UN "
    "resolutions.",
    "Russia and China signed nothing. The two countries questioned the missile test.",
])
def test_counted_states_need_that_many_states_and_a_light_verb(run, text):
    assert [e for e in summary(run(text)) if e[0] != "signing"] == []


def test_a_quoted_noun_phrase_after_its_determiner_is_no_clause(run):
    text = "Russia called the tests a “serious breach of the INF Treaty,” officials said."
    records = run(text, date="2018-10-21")
    assert summary(records) == [
        ("violation_allegation", "asserted", ["russia"], [], [], "2018-10-21")]


def test_wire_copy_wrapped_at_a_fixed_width_keeps_its_sentences(nlp):
    text = ("VIENNA, March 3 The two delegations\nhave settled on a timetable to destroy the\n"
            "stockpile, Secretary of State John Kerry\ntold reporters after meeting Foreign "
            "Minister Sergei\nLavrov. Experts are due to arrive\nwithin six weeks.\n")
    sentences = [s.text.strip() for s in nlp(text).sents if s.text.strip()]
    assert len(sentences) == 2
    assert sentences[0].endswith("Lavrov.")


def test_a_capitalised_line_after_an_unwrapped_headline_still_opens_a_sentence(nlp):
    text = "Russia tests new missile\nMoscow said on Monday the launch had succeeded.\n"
    sentences = [s.text.strip() for s in nlp(text).sents if s.text.strip()]
    assert sentences == ["Russia tests new missile",
                         "Moscow said on Monday the launch had succeeded."]


@pytest.mark.parametrize(("text", "expected"), [
    # the present perfect of the lead: the news of the day
    # (the day the treaty's history lists, before the document's)
    ("The Russia-North Korea treaty has entered force.",
     [("entry_into_force", "asserted", [], [], [], "2024-12-04")]),
    ("Putin signed the ratification document for the Russia-North Korea treaty on "
     "November 9.",
     [("ratification", "asserted", ["russia", "vladimir-putin"], [], [], "2024-11-09")]),
    ("India signed its instrument of accession to the MTCR on Monday.",
     [("ratification", "asserted", ["india"], [], [], "2024-12-02")]),
])
def test_treaty_acts_entered_force_and_signed_ratification(run, text, expected):
    assert summary(run(text, date="2024-12-05")) == expected


def test_a_date_before_a_treaty_noun_over_modifiers_names_that_treaty(run):
    text = ("The Russia-North Korea treaty is to come into force on that day, replacing the "
            "earlier February 9, 2000 bilateral treaty.")
    events = summary(run(text, date="2024-12-05"))
    # the date is the old treaty's signing, not the day the new one comes into force
    assert events == [("entry_into_force", "planned", [], [], [], None),
                      ("signing", "asserted", [], [], [], "2000-02-09")]


@pytest.mark.parametrize(("text", "expected"), [
    # "British-provided" says where the missiles come from; "Ukrainian forces" who fired (the
    # lead's present perfect "have used" is the news of the day)
    ("Ukrainian forces have used British-provided Storm Shadow missiles to strike targets "
     "around Luhansk.",
     [("combat_use", "asserted", ["ukraine"], [], ["storm-shadow"], "2023-05-13")]),
    ("The Russian Defence Ministry said Ukraine fired the missiles early on Friday and "
     "claimed they struck civilian buildings.",
     [("combat_use", "asserted", ["ukraine"], [], [], "2023-05-12")]),
    ("Iran fired missiles at Israel on Tuesday and they hit residential buildings.",
     [("combat_use", "asserted", ["iran"], ["israel"], [], "2023-05-09")]),
])
def test_combat_use_by_the_user_of_supplied_missiles_and_civilian_impacts(run, text,
                                                                        expected):
    assert summary(run(text, date="2023-05-13")) == expected


def test_missiles_that_landed_in_the_sea_stay_a_test(run):
    records = run("North Korea launched two missiles on Friday; they landed in the sea.",
                  date="2023-05-13")
    assert summary(records) == [
        ("missile_test", "asserted", ["north-korea"], [], [], "2023-05-12")]


@pytest.mark.parametrize("text", [
    "Japan questioned the missile test.",
    "The missile launch on Monday was detected by radars.",
    "The flight test in January went as planned.",
])
def test_an_event_noun_with_no_actor_treaty_or_system_is_no_record(run, text):
    assert summary(run(text, date="2024-03-07")) == []


def test_a_launch_told_by_a_verb_stays_without_its_launcher(run):
    records = run("A ballistic missile was launched from the east coast on Monday.",
                  date="2024-03-07")
    assert summary(records) == [("missile_test", "asserted", [], [], [], "2024-03-04")]


def test_the_present_perfect_of_the_lead_is_the_news_of_the_day(run):
    records = run("India has fired missiles into Pakistani-controlled territory.",
                  date="2025-05-07")
    assert summary(records) == [("combat_use", "asserted", ["india"], [], [], "2025-05-07")]


@pytest.mark.parametrize("text", [
    # a perfect infinitive says nothing of when
    "North Korea claims to have launched an ICBM.",
    # past the lead, the present perfect is background
    "Talks went on. Officials met. Nobody spoke. The weather was cold. Lunch was late. "
    "North Korea has launched an ICBM.",
])
def test_a_perfect_infinitive_or_a_perfect_past_the_lead_takes_no_day(run, text):
    events = summary(run(text, date="2025-05-07"))
    assert [(e[0], e[2], e[5]) for e in events] == [("missile_test", ["north-korea"], None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("US forces targeted three Iranian nuclear sites on Saturday.",
     [("combat_use", "asserted", ["united-states"], [], [], "2025-06-21")]),
    ("The new sanctions targeted firms that supply missile parts.", []),
])
def test_military_sites_targeted_are_attacked(run, text, expected):
    assert summary(run(text, date="2025-06-22")) == expected


def test_the_treaty_a_pact_replaces_is_not_the_one_signed(run):
    text = ("New START limits each side to 1,550 warheads. The successor pact, replacing "
            "START I, which lapsed in December 2009, was signed by Dmitry Medvedev in Prague "
            "in April 2010.")
    events = [(e["type"], ref_id(e["treaty"])) for e in run(text, date="2011-01-26")
              if e["kind"] == "event"]
    assert events == [("expiry", "start-i"), ("signing", "new-start")]


@pytest.mark.parametrize(("text", "expected"), [
    # what is threatened has not happened, with a date between the cue and "to" too
    ("Iran's foreign minister threatened on Tuesday to leave the Non-Proliferation Treaty.",
     [("warning", "asserted", ["iran"], [], [], "2025-06-10"),
      ("withdrawal", "hypothetical", ["iran"], [], [], "2025-06-10")]),
    # "threatened retaliation after the test": the test happened
    ("North Korea threatened retaliation after the US missile test on Monday.",
     [("warning", "asserted", ["north-korea"], ["united-states"], [], None),
      ("missile_test", "asserted", ["united-states"], [], [], "2025-06-09")]),
])
def test_what_is_threatened_is_hypothetical(run, text, expected):
    assert summary(run(text, date="2025-06-15")) == expected


def test_countermeasures_imposed_on_firms_are_sanctions(run):
    text = "China said on Monday it would impose countermeasures on US defence firms."
    assert summary(run(text, date="2022-02-22")) == [
        ("sanctions", "planned", ["china"], ["united-states"], [], "2022-02-21")]


def test_a_version_of_a_system_is_its_own_system_that_names_its_family(run):
    records = run("France test-fired an M51.3 ballistic missile from Biscarrosse on Saturday. "
                  "It is a modernised variant of the M51.", date="2023-11-19")
    systems = {r["id"]: r.get("variant_of") for r in records if r["kind"] == "system"}
    assert systems == {"m51-3": "m51", "m51": None}
    assert summary(records) == [
        ("missile_test", "asserted", ["france"], [], ["m51-3"], "2023-11-18")]


def test_now_in_something_said_is_the_day_it_was_said(run):
    text = ("“We now warn Moscow against any further reckless missile test in space,” the "
            "spokesman Ned Price said.")
    assert summary(run(text, date="2021-11-16")) == [
        ("warning", "asserted", ["ned-price", "united-states"], ["russia"], [], "2021-11-16")]


@pytest.mark.parametrize(("text", "expected"), [
    # with a launch told by who did it, an undated one told by nobody adds nothing
    ("North Korea fired a ballistic missile on Monday, Seoul said. Analysts said more "
     "missiles could be launched.",
     [("missile_test", "asserted", ["north-korea"], [], [], "2023-04-10")]),
    # alone, it is all the text says of launches
    ("Analysts said more missiles could be launched.",
     [("missile_test", "hypothetical", [], [], [], None)]),
])
def test_an_undated_launch_with_no_who_or_what_stays_only_alone(run, text, expected):
    assert summary(run(text, date="2023-04-14")) == expected
