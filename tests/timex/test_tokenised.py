"""Dates in tokenised text (a space before commas, full stops and "'s", as many corpora print
it) read as in ordinary text; and the re-spacing the TimeML evaluation uses to measure that."""

from __future__ import annotations

import pytest

from treatyx.timex import DateTagger, load_date_rules
from treatyx.timex.respace import respace

TAGGER = DateTagger(load_date_rules(()))
DCT = "2019-07-05"  # Friday


def whole(text: str, dct: str = DCT) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.value, t.type, t.mod) for t in TAGGER.tag(text, dct)]


@pytest.mark.parametrize(("text", "found"), [
    ("The envoys met in Vienna on March 01 , 2018 , to review the deal .",
     [("March 01 , 2018", "2018-03-01", "DATE", None)]),
    ("Inspectors arrived on Jan. 5 , 2017 and left a week later .",
     [("Jan. 5 , 2017", "2017-01-05", "DATE", None), ("a week later", "2017-W02", "DATE", None)]),
    ("The drill began on Tuesday , June 4 , 2019 , near the coast .",
     [("Tuesday , June 4 , 2019", "2019-06-04", "DATE", None)]),
    ("The pact was signed on 14 July , 2015 in Vienna .",
     [("14 July , 2015", "2015-07-14", "DATE", None)]),
    ("Production halted in May , 2016 , the agency said .",
     [("May , 2016", "2016-05", "DATE", None)]),
    ("Both navies expanded in the 1990 's .", [("the 1990 's", "199X", "DATE", None)]),
    ("A final vote is expected by year 's end .",
     [("year 's end", "2019", "DATE", "END")]),
    ("Officials said the envoys wo n't meet in October .",
     [("October", "2019-10", "DATE", None)]),
    ("They 'll meet again on Monday , a spokesman said .",
     [("Monday", "2019-07-08", "DATE", None)]),
    ("The frigate docked at 6 p.m. EST , Dec. 9 , port officials said .",
     [("6 p.m. EST , Dec. 9", "2018-12-09T18:00", "TIME", None)]),
])
def test_tokenised_dates_read_whole(text, found):
    assert whole(text) == found


def test_tokenised_and_plain_text_give_the_same_values():
    plain = "On Friday, Aug. 2, 2019, the treaty lapsed; talks resumed in the 2020s."
    spaced = respace(plain).text
    assert spaced == ("On Friday , Aug. 2 , 2019 , the treaty lapsed ; talks resumed in the "
                      "2020s .")
    assert [t[1:] for t in whole(spaced)] == [t[1:] for t in whole(plain)] == [
        ("2019-08-02", "DATE", None), ("202X", "DATE", None)]


def test_respace_keeps_abbreviations_and_numbers_and_maps_offsets():
    text = 'The U.S. envoy (a Navy veteran) said "no," and didn\'t sign on Jan. 5, 1998.'
    done = respace(text, zero_pad=True)
    assert done.text == ('The U.S. envoy ( a Navy veteran ) said " no , " and did n\'t sign on '
                         'Jan. 05 , 1998 .')
    start = text.index("Jan.")
    new_start, new_end = done.span(start, start + len("Jan. 5, 1998"))
    assert done.text[new_start:new_end] == "Jan. 05 , 1998"
    assert respace("It rose 5,500 km at 5:30 p.m. on Monday.").text == (
        "It rose 5,500 km at 5:30 p.m. on Monday .")
