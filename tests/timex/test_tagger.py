"""The temporal tagger on sentences of our own: absolute and relative dates, durations, sets,
modifiers, narrative anchoring, no document date, and what must never be a date."""

from __future__ import annotations

import pytest

from treatyx.timex import DateTagger, Timex, load_date_rules, tag_text

TAGGER = DateTagger(load_date_rules(()))
DCT = "2019-07-05"  # Friday


def tag(text: str, dct: str | None = DCT) -> list[Timex]:
    return TAGGER.tag(text, dct)


def one(text: str, dct: str | None = DCT) -> Timex:
    found = tag(text, dct)
    assert len(found) == 1, found
    return found[0]


def values(text: str, dct: str | None = DCT) -> list[str]:
    return [t.value for t in tag(text, dct)]


# --- absolute dates ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value", "span"), [
    ("The accord was signed on Aug. 2, 2019, in Washington.", "2019-08-02", "Aug. 2, 2019"),
    ("The accord was signed on August 2nd 2019.", "2019-08-02", "August 2nd 2019"),
    ("The accord was signed on 2 August 2019.", "2019-08-02", "2 August 2019"),
    ("The accord was signed on March 3, 2020.", "2020-03-03", "March 3, 2020"),
    ("Filed 2019-08-02 by the agency.", "2019-08-02", "2019-08-02"),
    ("Filed 8/2/2019 by the agency.", "2019-08-02", "8/2/2019"),
    ("The moratorium began in August 2019.", "2019-08", "August 2019"),
    ("The United States left the ABM Treaty in 2002.", "2002", "2002"),
    ("Arsenals peaked in the 1980s.", "198X", "the 1980s"),
    ("Arsenals peaked in the '80s.", "198X", "the '80s"),
    ("It was the deadliest war of the 20th century.", "19", "the 20th century"),
    ("Congress cut the budget in fiscal 2020.", "2020", "fiscal 2020"),
    ("Deliveries start in the first quarter of 2020.", "2020-Q1", "the first quarter of 2020"),
    ("Deliveries start in Q3 2020.", "2020-Q3", "Q3 2020"),
    ("The site was rebuilt in the summer of 2018.", "2018-SU", "the summer of 2018"),
    ("The plan dates from nineteen ninety-six.", "1996", "nineteen ninety-six"),
    ("Inspections resume in the second half of 2021.", "2021-H2", "the second half of 2021"),
])
def test_tagger_absolute_dates(text, value, span):
    timex = one(text)
    assert (timex.value, timex.text, timex.type) == (value, span, "DATE")


# --- relative dates, with the document date and the tense -------------------------------------
def test_tagger_wednesday_past_and_future():
    assert one("Russia suspended the treaty on Wednesday.").value == "2019-07-03"
    assert one("The two sides will meet on Wednesday.").value == "2019-07-10"
    assert one("The ministry said Thursday it would respond.").value == "2019-07-04"


@pytest.mark.parametrize(("text", "dct", "value"), [
    ("In October the administration said it would leave.", DCT, "2018-10"),
    ("The first round took place in February.", DCT, "2019-02"),
    ("The United States said it was withdrawing on August 2.", DCT, "2019-08-02"),
    ("Pyongyang tested the engine last year.", DCT, "2018"),
    ("A new round is planned next month.", DCT, "2019-08"),
    ("The drills took place last weekend.", DCT, "2019-W26-WE"),
    ("Talks broke down a couple of weeks ago.", "2020-05-05", "2020-W17"),
    ("The missile was tested two years ago.", DCT, "2017"),
    ("North Korea fired two missiles yesterday.", DCT, "2019-07-04"),
    ("Talks could resume in the coming days.", DCT, "FUTURE_REF"),
    ("The treaty is now in force.", DCT, "PRESENT_REF"),
    ("The moratorium ended in late June.", DCT, "2019-06"),
    ("Officials visited the site last Friday.", DCT, "2019-06-28"),
    ("Exports fell in the third quarter.", "2019-10-26", "2019-Q3"),
    ("The vote is due at 5 p.m. tomorrow.", DCT, "2019-07-06T17:00"),
    ("The launch was detected yesterday morning.", DCT, "2019-07-04TMO"),
    ("The missile was fired on Wednesday night.", DCT, "2019-07-03TNI"),
    ("The envoys met this morning.", DCT, "2019-07-05TMO"),
])
def test_tagger_relative_dates(text, dct, value):
    assert one(text, dct).value == value


def test_tagger_early_august_last_year_and_later_that_month():
    found = tag("Inspections halted in early August last year; they resumed later that same "
                "month.", "2020-05-05")
    assert [(t.text, t.value, t.mod) for t in found] == [
        ("early August last year", "2019-08", "START"),
        ("later that same month", "2019-08", "END"),
    ]
    assert found[1].anchor and not found[0].anchor


def test_tagger_narrative_anchoring():
    text = ("The accord was initialled on June 3, 2010. The following day it was signed, and "
            "two years later it was amended.")
    assert [(t.text, t.value) for t in tag(text, DCT)] == [
        ("June 3, 2010", "2010-06-03"),
        ("The following day", "2010-06-04"),
        ("two years later", "2012"),
    ]


def test_tagger_a_year_earlier_keeps_the_grain_of_the_reference():
    found = tag("Output fell in the third quarter, against a rise a year earlier.", "2019-10-26")
    assert [t.value for t in found] == ["2019-Q3", "2018-Q3"]


# --- durations and sets -----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value"), [
    ("The freeze held for six years.", "P6Y"),
    ("It is a 10-year agreement.", "P10Y"),
    ("The talks lasted two days.", "P2D"),
    ("The engine burned for 90 seconds.", "PT90S"),
    ("The standoff lasted 48 hours.", "PT48H"),
    ("The dispute has lasted for decades.", "PXDE"),
    ("The talks took a few weeks.", "PXW"),
    ("The review took two and a half years.", "P2Y6M"),
    ("The pact was renewed for another five years.", "P5Y"),
    ("No tests were held in the past two years.", "P2Y"),
    ("Repairs need half an hour.", "PT30M"),
    ("The project ran for two decades.", "P20Y"),
])
def test_tagger_durations(text, value):
    timex = one(text)
    assert (timex.type, timex.value) == ("DURATION", value)


@pytest.mark.parametrize(("text", "value"), [
    ("Data are exchanged every year.", "P1Y"),
    ("Inspectors report daily.", "P1D"),
    ("The council meets every Monday.", "XXXX-WXX-1"),
    ("The exercise is held each July.", "XXXX-07"),
    ("The review takes place every five years.", "P5Y"),
    ("Satellites pass twice a day.", "P1D"),
])
def test_tagger_sets(text, value):
    timex = one(text)
    assert (timex.type, timex.value) == ("SET", value)


# --- modifiers --------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value", "mod", "span"), [
    ("The missile enters service in early 2021.", "2021", "START", "early 2021"),
    ("The plant reopened in mid-2019.", "2019", "MID", "mid-2019"),
    ("The moratorium ended in late June.", "2019-06", "END", "late June"),
    ("The freeze runs until the end of 2021.", "2021", "END", "the end of 2021"),
    ("The program ended about two years ago.", "2017", "APPROX", "about two years ago"),
    ("The talks lasted more than four hours.", "PT4H", "MORE_THAN", "more than four hours"),
    ("Inspections begin within 30 days.", "P30D", "EQUAL_OR_LESS", "within 30 days"),
    ("The freeze will last at least six months.", "P6M", "EQUAL_OR_MORE", "at least six months"),
    ("It will not be ready until 2025 or later.", "2025", "ON_OR_AFTER", "2025 or later"),
    ("The site closed in the late 1990s.", "199X", "END", "the late 1990s"),
    ("A decision is expected early next year.", "2020", "START", "early next year"),
])
def test_tagger_modifiers(text, value, mod, span):
    timex = one(text)
    assert (timex.value, timex.mod, timex.text) == (value, mod, span)


# --- no document date -------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value"), [
    ("The tests resume on Aug. 2.", "XXXX-08-02"),
    ("The envoy arrives on Wednesday.", "XXXX-WXX-3"),
    ("The review ends in March.", "XXXX-03"),
    ("The freeze was extended last year.", "XXXX"),
    ("The vote was held yesterday.", "XXXX-XX-XX"),
    ("The drills took place last week.", "XXXX-WXX"),
    ("The accord was signed on Aug. 2, 2019.", "2019-08-02"),
])
def test_tagger_without_document_date(text, value):
    assert one(text, None).value == value


def test_tagger_without_document_date_anchors_to_the_text():
    found = tag("The accord was signed on June 3, 2010. The following day it entered into "
                "force.", None)
    assert [t.value for t in found] == ["2010-06-03", "2010-06-04"]


# --- never dates ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The missile can fly 2000 km with a light payload.",
    "This missile has a range of 5,500 km.",
    "Its range is 1,500 to 2,000 kilometres.",
    "The program will cost $48 billion.",
    "The deal is worth $1999 per launcher.",
    "Turnout was 2019 percent of the quota.",
    "The arsenal holds 2000 warheads.",
    "The navy launched its first Type 055 destroyer.",
    "Leaders met at the G-20 in Osaka.",
    "The Hwasong-15 flew higher than before.",
    "The council adopted Resolution 1718 unanimously.",
    "Call the press office on 202-555-0143.",
    "A quarter of the warheads are deployed.",
    "The 52-year-old diplomat resigned.",
    "Prime Minister May said the deal was done.",
    "USA Today reported the launch.",
    "Officials may meet again soon.",
    "Protesters march on the embassy.",
    "The bus waited a second time.",
])
def test_tagger_negatives(text):
    assert tag(text) == [], tag(text)


def test_tagger_blocked_spans_are_never_dates():
    text = "The DF-2020 missile was shown in 2019."
    start = text.index("DF-2020")
    found = TAGGER.tag(text, DCT, [(start, start + len("DF-2020"))])
    assert [t.text for t in found] == ["2019"]


def test_tagger_lowercase_months_that_are_words():
    assert tag("The troops march and may stop.") == []
    assert one("The vote is in May.").value == "2019-05"


# --- records ----------------------------------------------------------------------------------
def test_tagger_attrs_are_json_ready():
    import json

    for timex in tag("Russia suspended the treaty on Wednesday; the talks lasted two days."):
        attrs = timex.attrs()
        assert set(attrs) >= {"value", "type", "mod", "rule"}
        json.dumps(attrs)


def test_tagger_offsets_match_the_text():
    text = "On Friday, Aug. 2, 2019, the treaty lapsed; Moscow had warned in early 2019."
    for timex in tag(text):
        assert text[timex.start:timex.end] == timex.text


def test_tagger_tag_text_uses_the_shipped_rules():
    assert tag_text("The moratorium began in August 2019.")[0].value == "2019-08"


def test_tagger_prefilter_and_token_hits_agree():
    text = "On Friday, Aug. 2, 2019, at 5 p.m., the treaty lapsed after six months."
    hits = TAGGER.hits(text)
    words = [(s, e) for spans in hits.values() for s, e in spans if not text[s].isdigit()]
    digits = [s for spans in hits.values() for s, e in spans if text[s].isdigit()]
    again = TAGGER.token_hits(text, words, digits)
    assert {k: sorted(v) for k, v in again.items()} == {k: sorted(v) for k, v in hits.items()}


# --- days listed next to a day and its month ----------------------------------------------------
@pytest.mark.parametrize(("text", "found"), [
    ("The navy fired cruise missiles on August 11 and 12.",
     [("August 11", "2021-08-11"), ("12", "2021-08-12")]),
    ("The rounds were held on March 5, 6 and 9.",
     [("March 5", "2021-03-05"), ("6", "2021-03-06"), ("9", "2021-03-09")]),
    ("Inspectors visited the site on 2, 3 and 4 May.",
     [("2", "2021-05-02"), ("3", "2021-05-03"), ("4 May", "2021-05-04")]),
    # a number that counts something, or a year, is no day of the list
    ("The missile flew on May 5 and 600 km out to sea.", [("May 5", "2021-05-05")]),
    ("It fired on May 5 and 6 missiles fell.", [("May 5", "2021-05-05")]),
    ("Seoul fired 12 shells on May 5 and 14 rockets on May 6.",
     [("May 5", "2021-05-05"), ("May 6", "2021-05-06")]),
])
def test_tagger_days_listed_with_a_month(text, found):
    assert [(text[t.start:t.end], t.value) for t in tag(text, "2021-09-13")] == found
