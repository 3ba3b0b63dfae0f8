"""treatyx_ranges: range figures in km, cues, measures, subjects, negatives and offsets."""

from __future__ import annotations

import itertools
import pickle
import textwrap
from fractions import Fraction

import pytest
import spacy
from spacy.tokens import Span

from treatyx.components.ranges import RangeFinder
from treatyx.errors import RuleErrors
from treatyx.quantities import VAGUE, NumberWord, read_number_words
from treatyx.ruleset import load_ruleset

RECORD_KEYS = {"min_km", "max_km", "unit", "approx", "bound", "measure", "subject", "rule"}


@pytest.fixture(scope="module")
def pipe(component_pipeline):
    return component_pipeline("treatyx_ranges")


def ranges_of(pipe, text: str, systems: dict[str, str] | None = None) -> list[dict]:
    """Process ``text``; ``systems`` maps a system's text in ``text`` to its id."""
    doc = pipe.make_doc(text)
    for name, proc in pipe.pipeline:
        if name == "treatyx_ranges" and systems:
            spans = []
            for surface, system_id in systems.items():
                start = text.index(surface)
                span = doc.char_span(start, start + len(surface), label="SYSTEM",
                                     kb_id=system_id)
                span._.treatyx_entity = {"id": system_id, "kind": "system"}
                spans.append(span)
            doc.spans["treatyx_system"] = spans
        doc = proc(doc)
    records = []
    for span in doc.spans["treatyx_range"]:
        attrs = span._.treatyx_range
        assert set(attrs) == RECORD_KEYS
        assert span.label_ == attrs["measure"]
        assert doc.text[span.start_char:span.end_char] == span.text
        records.append({"text": span.text, "start": span.start_char, "end": span.end_char,
                        **attrs})
    return records


def one(pipe, text: str, systems: dict[str, str] | None = None) -> dict:
    records = ranges_of(pipe, text, systems)
    assert len(records) == 1, records
    return records[0]


@pytest.mark.parametrize(("text", "figure", "low", "high"), [
    ("Rockets whose ranges lie between 500 and 5,500 kilometres were outlawed.",
     "between 500 and 5,500 kilometres", 500.0, 5500.0),
    ("The rockets fly 500 to 5,500 km.", "500 to 5,500 km", 500.0, 5500.0),
    ("The rockets fly 500-5,500 km.", "500-5,500 km", 500.0, 5500.0),
    ("The rockets fly 500–5,500 km.", "500–5,500 km", 500.0, 5500.0),
    ("The rockets fly from 500 to 5,500 km.", "from 500 to 5,500 km", 500.0, 5500.0),
    ("The shells land 3km-5km from the shore.", "3km-5km", 3.0, 5.0),
    ("A new 5,500-km missile was shown.", "5,500-km", 5500.0, 5500.0),
    ("It has a 5,500-kilometre range.", "5,500-kilometre", 5500.0, 5500.0),
    ("It is a 5,500 km-range weapon.", "5,500 km", 5500.0, 5500.0),
    ("The 500km-range rocket flew.", "500km", 500.0, 500.0),
    ("It flew 1,100km on Monday.", "1,100km", 1100.0, 1100.0),
    ("The drone flew 2.5 km.", "2.5 km", 2.5, 2.5),
    ("The glider flew ten miles.", "ten miles", 16.1, 16.1),
    ("The glider flew twenty-five miles.", "twenty-five miles", 40.2, 40.2),
    ("It can fly five hundred kilometres.", "five hundred kilometres", 500.0, 500.0),
    ("It can fly a thousand miles.", "a thousand miles", 1609.3, 1609.3),
    ("It can fly 1.5 thousand km.", "1.5 thousand km", 1500.0, 1500.0),
    ("The convoy drove 10 1/2 miles.", "10 1/2 miles", 16.9, 16.9),
    ("The test lane is a 1/4 mile strip of tarmac.", "1/4 mile", 0.4, 0.4),
    ("It flew 10\u00a0000 km.", "10\u00a0000 km", 10000.0, 10000.0),
    ("It flew 10 000 km.", "10 000 km", 10000.0, 10000.0),
    ("MISSILE FLEW 500 KILOMETRES", "500 KILOMETRES", 500.0, 500.0),
    ("Missile Flew 500 Kilometers Into Sea", "500 Kilometers", 500.0, 500.0),
])
def test_ranges_forms(pipe, text, figure, low, high):
    record = one(pipe, text)
    assert (record["text"], record["min_km"], record["max_km"]) == (figure, low, high)
    assert text[record["start"]:record["end"]] == record["text"]


@pytest.mark.parametrize(("text", "km", "unit", "rule"), [
    ("The missile flew 310 miles.", 498.9, "miles", "mile"),
    ("The cruise missile has a range of 1,350 nautical miles.", 2500.2, "nautical miles",
     "nautical-mile"),
    ("The navy wants a 1,000-nm weapon.", 1852.0, "nm", "nautical-mile"),
    ("The drone flew at 30,000 feet.", 9.1, "feet", "foot"),
    ("The plane climbed to 41,000 ft.", 12.5, "ft", "foot"),
    ("The warhead landed within 300 meters of the target.", 0.3, "meters", "metre"),
    ("The launcher is 12 m long.", 0.0, "m", "metre"),
    ("A shell struck 300 yards from the embassy.", 0.3, "yards", "yard"),
    ("Troops moved 40 klicks north.", 40.0, "klicks", "km"),
])
def test_ranges_unit_conversions(pipe, text, km, unit, rule):
    record = one(pipe, text)
    assert (record["min_km"], record["unit"], record["rule"]) == (km, unit, rule)


@pytest.mark.parametrize(("text", "approx", "bound"), [
    ("The missile flew about 320 km.", True, None),
    ("The missile flew some 320 km.", True, None),
    ("The missile flew roughly 320 km.", True, None),
    ("The missile flew nearly 320 km.", True, None),
    ("The missile flew ~320 km.", True, None),
    ("The missile flew 320 km or so.", True, None),
    ("It can hit targets up to 2,000 km away.", False, "at_most"),
    ("It flies less than 500 km.", False, "at_most"),
    ("Launchers stay within 50 km of the coast.", False, "at_most"),
    ("The missile flew under 300 miles.", False, "at_most"),
    ("It can fly more than 10,000 km.", False, "at_least"),
    ("It can fly over 10,000 km.", False, "at_least"),
    ("It can fly at least 10,000 km.", False, "at_least"),
    ("It can fly beyond 10,000 km.", False, "at_least"),
    ("A range exceeding 5,500 km is banned.", False, "at_least"),
    ("It can fly 2,000 km or more.", False, "at_least"),
    ("It can fly 2,000+ km.", False, "at_least"),
    ("It can fly up to about 2,000 km.", True, "at_most"),
    ("The missile flew 320 km.", False, None),
])
def test_ranges_approx_and_bound(pipe, text, approx, bound):
    record = one(pipe, text)
    assert (record["approx"], record["bound"]) == (approx, bound)


def test_ranges_cues_are_part_of_the_figure_text(pipe):
    assert one(pipe, "It can fly up to 2,000 km.")["text"] == "up to 2,000 km"
    assert one(pipe, "It flew about 320 km.")["text"] == "about 320 km"


@pytest.mark.parametrize(("text", "measure"), [
    ("The rocket peaked at a maximum altitude of roughly 95 km.", "altitude"),
    ("It reached an apogee of 2,800 km.", "altitude"),
    ("The rocket flew 90 km high.", "altitude"),
    ("The two rockets traveled approximately 410 km.", "distance"),
    ("The missile landed 300 km off the coast.", "distance"),
    ("The base lies 300 km north of the capital.", "distance"),
    ("The missile has a range of 1,450 km.", "range"),
    ("The rocket can hit targets 1,800 km away.", "range"),
    ("Officials said it could fly 13,000 km.", "range"),
    ("It is a 2,000-km missile.", "range"),
    ("A short-range missile flew 300 km on Tuesday.", "distance"),
    ("The boat sank 20 km away.", "distance"),
    ("The drone flew at 30,000 feet.", "altitude"),
])
def test_ranges_measure(pipe, text, measure):
    assert one(pipe, text)["measure"] == measure


def test_ranges_measure_cues_do_not_cross_another_figure(pipe):
    records = ranges_of(pipe, "The rocket, which has a range of 1,200 km, flew 800 km and reached "
                       "an altitude of 60 km.")
    assert [r["measure"] for r in records] == ["range", "distance", "altitude"]


def test_ranges_conversion_in_brackets_shares_measure_and_cues(pipe):
    records = ranges_of(pipe, "Two missiles flew about 450 km (280 miles) and reached 60 km "
                       "(37 miles) in altitude.")
    assert [(r["text"], r["measure"], r["approx"]) for r in records] == [
        ("about 450 km", "distance", True), ("280 miles", "distance", True),
        ("60 km", "altitude", False), ("37 miles", "altitude", False)]
    assert records[1]["min_km"] == 450.6


def test_ranges_subject_is_the_system_described(pipe):
    text = "The Hwasong-15, with a range of 13,000 km, is larger than the Hwasong-14."
    record = one(pipe, text, {"Hwasong-15": "hwasong-15", "Hwasong-14": "hwasong-14"})
    assert record["subject"] == "hwasong-15"
    assert record["measure"] == "range"


def test_ranges_subject_is_the_system_the_figure_modifies(pipe):
    text = "After the Trident test, the Navy fired a 1,500-km Tomahawk from a destroyer."
    record = one(pipe, text, {"Trident": "trident-ii", "Tomahawk": "tomahawk"})
    assert record["subject"] == "tomahawk"


def test_ranges_subject_after_the_figure(pipe):
    text = "With a range of 1,100 km, the KN-23 can reach all of South Korea."
    assert one(pipe, text, {"KN-23": "kn-23"})["subject"] == "kn-23"


def test_ranges_subject_stays_in_its_sentence(pipe):
    text = "The KN-23 was shown on Monday. Analysts said missiles could fly 690 km."
    assert one(pipe, text, {"KN-23": "kn-23"})["subject"] is None


def test_ranges_subject_not_taken_from_far_away(pipe):
    text = ("Russia deployed the 9M729, which NATO says can fly 2,500 km, in breach of an "
            "accord that outlawed every land-based launcher for rockets able to go "
            "between 500 and 5,500 km.")
    records = ranges_of(pipe, text, {"9M729": "9m729"})
    assert [(r["text"], r["subject"]) for r in records] == [
        ("2,500 km", "9m729"), ("between 500 and 5,500 km", None)]


def test_ranges_without_system_a_bare_figure_is_a_distance(pipe):
    record = one(pipe, "The convoy was 40 km from the border.")
    assert (record["subject"], record["measure"]) == (None, "distance")


def test_ranges_without_cue_a_system_figure_is_a_range(pipe):
    record = one(pipe, "The Scud-B (300 km) remains in service.", {"Scud-B": "scud-b"})
    assert (record["subject"], record["measure"]) == ("scud-b", "range")


@pytest.mark.parametrize("text", [
    "The pact took effect in 1988 and lapsed in 2019.",
    "The deal is worth $5m, officials said.",
    "A €2.5m contract was signed.",
    "The program will cost 5m a year.",
    "Its 5m-strong reserve force was mobilised.",
    "The city has 2m residents.",
    "Support fell by 15% in March.",
    "The SS-20 and the 9M729 were discussed, as was the Hwasong-15.",
    "The KN-23 and KN-24 were displayed.",
    "The ship carried 5,500 tons of fuel and 500 kg of explosives.",
    "The talks resume on March 5 at 10 am.",
    "Call +1 202 555 0100 for details.",
    "The glide vehicle reached 6,000 km per hour.",
    "The jet cruised at 900 km/h and the warhead at 7 km/s.",
    "The car did 40 miles per hour.",
    "The exclusion zone covers 500 sq km, or 500 km2, or 500 km².",
    "The army fields 152mm howitzers and 7.62mm rifles.",
    "He met 3 ministers and 2 generals.",
    "The rocket flew several hundred kilometres, then hundreds of miles more.",
    "The start-up raised 5m last year.",
    "The plant makes 5 nm chips.",
    "The figures were 5,5 km and 7,2 km in the French text.",
    "",
])
def test_ranges_not_distances(pipe, text):
    assert ranges_of(pipe, text) == []


def test_ranges_pair_needs_its_opener(pipe):
    # "5 and 10 km" is not "between 5 and 10 km": only the second number has a unit.
    record = one(pipe, "It moved 5 and then 10 km.")
    assert (record["text"], record["min_km"]) == ("10 km", 10.0)
    record = one(pipe, "It moved between 5 and 10 km.")
    assert (record["min_km"], record["max_km"]) == (5.0, 10.0)


def test_ranges_two_figures_joined_by_and_stay_two(pipe):
    records = ranges_of(pipe, "The trucks moved 2 km and 1 mile.")
    assert [(r["text"], r["min_km"]) for r in records] == [("2 km", 2.0), ("1 mile", 1.6)]


def test_ranges_figures_do_not_overlap_and_keep_text_order(pipe):
    text = ("It flew 450 km (280 miles). Another flew between 300 and 400 km, "
            "then a third about 1,000 km.")
    records = ranges_of(pipe, text)
    assert [r["text"] for r in records] == [
        "450 km", "280 miles", "between 300 and 400 km", "about 1,000 km"]
    for first, second in itertools.pairwise(records):
        assert first["end"] <= second["start"]


def test_ranges_offsets_on_long_documents(pipe):
    filler = "Officials met again to discuss the proposal in detail. " * 80
    text = filler + "Then the missile flew 450 km. " + filler + "It climbed to 60 km altitude."
    records = ranges_of(pipe, text)
    assert [(r["text"], r["measure"]) for r in records] == [
        ("450 km", "distance"), ("60 km", "altitude")]
    assert all(text[r["start"]:r["end"]] == r["text"] for r in records)


def test_ranges_short_units_match_exactly(pipe):
    assert ranges_of(pipe, "A 5 M deal.") == []
    assert one(pipe, "It flew 500 KM.")["min_km"] == 500.0


def test_ranges_empty_group_when_nothing_found(pipe):
    doc = pipe("Nothing to see here.")
    assert list(doc.spans["treatyx_range"]) == []


def _write_rules(folder, body: str) -> str:
    folder.mkdir()
    (folder / "extra.yml").write_text(textwrap.dedent(body), encoding="utf-8")
    return str(folder)


def test_ranges_extra_rules_add_units_and_cues(tmp_path):
    folder = _write_rules(tmp_path / "rules", """\
        units:
          - id: league
            km: 4.828
            phrases: [league, leagues]
        range_measures:
          - id: sea-travel
            measure: distance
            phrases: [sailed for]
        """)
    pipeline = spacy.blank("en")
    pipeline.add_pipe("treatyx_ranges", config={"rules": [folder]})
    doc = pipeline("The ship sailed for 20 leagues.")
    (span,) = doc.spans["treatyx_range"]
    assert span._.treatyx_range["rule"] == "league"
    assert span._.treatyx_range["min_km"] == 96.6
    assert span.label_ == "distance"


def test_ranges_bad_unit_size_names_file_and_line(tmp_path):
    folder = _write_rules(tmp_path / "bad", """\
        units:
          - id: furlong
            km: lots
            phrases: [furlong]
        """)
    with pytest.raises(RuleErrors) as caught:
        RangeFinder(load_ruleset((folder,)), spacy.blank("en").vocab)
    assert "bad/extra.yml:3" in str(caught.value)  # the line of the bad key
    assert "km: must be a number" in str(caught.value)


def test_ranges_unit_flag_is_shared_and_picklable():
    pipeline = spacy.blank("en")
    first = pipeline.add_pipe("treatyx_ranges", name="first")
    second = pipeline.add_pipe("treatyx_ranges", name="second")
    assert first.flag == second.flag
    getter = pipeline.vocab.lex_attr_getters[first.flag]
    assert pickle.loads(pickle.dumps(getter)) == getter


def test_ranges_reads_existing_system_spans_only_of_kind_system(pipe):
    doc = pipe.make_doc("The Kremlin said the missile flew 300 km.")
    actor = Span(doc, 1, 2, label="ACTOR", kb_id="russia")
    actor._.treatyx_entity = {"id": "russia", "kind": "actor"}
    doc.spans["treatyx_system"] = [actor]
    for _, proc in pipe.pipeline:
        doc = proc(doc)
    (span,) = doc.spans["treatyx_range"]
    assert span._.treatyx_range["subject"] is None


def test_ranges_full_pipeline_records_match_the_schema(run):
    from ..conftest import of_kind

    text = ("North Korea said the Hwasong-15, with a range of 13,000 km, flew about 950 km "
            "and reached an altitude of 4,475 km.")
    ranges = of_kind(run(text), "range")
    assert [(r["text"], r["measure"], r["subject"]) for r in ranges] == [
        ("13,000 km", "range", "hwasong-15"), ("about 950 km", "distance", "hwasong-15"),
        ("4,475 km", "altitude", "hwasong-15")]
    assert ranges[1]["approx"] is True and ranges[0]["rule"] == "km"


def test_ranges_the_missile_refers_back_to_the_one_system_named_before(run):
    records = run("NATO says Russia deployed the 9M729 cruise missile. Moscow insists the "
                  "missile's range is below 500 km, but officials say the weapon can fly "
                  "2,000 km, well beyond the band of 500 to 5,500 km the pact banned.")
    subjects = {r["text"]: r["subject"] for r in records if r["kind"] == "range"}
    assert subjects["below 500 km"] == "9m729"
    assert subjects["2,000 km"] == "9m729"
    assert subjects["500 to 5,500 km"] is None  # "the weapon" is behind another figure
    # two systems before: no guess
    records = run("Russia has the Iskander-M and the Kalibr. The missile can fly 500 km.")
    assert [r["subject"] for r in records if r["kind"] == "range"] == [None]


def _record(text: str, figure: str, low: float, high: float, unit: str, rule: str,
            measure: str = "distance") -> dict:
    start = text.index(figure)
    return {"text": figure, "start": start, "end": start + len(figure), "min_km": low,
            "max_km": high, "unit": unit, "approx": False, "bound": None, "measure": measure,
            "subject": None, "rule": rule}


@pytest.mark.parametrize(("text", "figure", "low", "high", "unit", "rule"), [
    ("The new glider covered two thousand kilometres on its first flight.",
     "two thousand kilometres", 2000.0, 2000.0, "kilometres", "km"),
    ("A thousand km separates the two launch sites.", "A thousand km", 1000.0, 1000.0, "km",
     "km"),
    ("Divers combed a strip two and a half miles wide off the cape.",
     "two and a half miles", 4.0, 4.0, "miles", "mile"),
    ("The drone came down one-and-a-half miles from the village.",
     "one-and-a-half miles", 2.4, 2.4, "miles", "mile"),
    ("The debris fell half a mile from the pier.", "half a mile", 0.8, 0.8, "mile", "mile"),
    ("Radar followed the object for three point five miles.", "three point five miles",
     5.6, 5.6, "miles", "mile"),
    ("Crews dug 800- to 1,600-metre tunnels under the ridge.", "800- to 1,600-metre",
     0.8, 1.6, "metre", "metre"),
    ("Engineers laid 8- to 16-km cables across the bay.", "8- to 16-km", 8.0, 16.0, "km",
     "km"),
])
def test_ranges_number_words_and_hanging_hyphens(pipe, text, figure, low, high, unit, rule):
    assert ranges_of(pipe, text) == [_record(text, figure, low, high, unit, rule)]


@pytest.mark.parametrize("text", [
    "Such rockets could travel hundreds of kilometres, officials warned.",
    "Shells landed thousands of metres from the line, and half the town fled.",
])
def test_ranges_vague_number_words_give_no_figure(pipe, text):
    assert ranges_of(pipe, text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("twenty-four", Fraction(24)), ("two thousand", Fraction(2000)),
    ("fifteen hundred", Fraction(1500)), ("two thousand and five", Fraction(2005)),
    ("two and a half", Fraction(5, 2)), ("half a", Fraction(1, 2)),
    ("three point five", Fraction(7, 2)), ("several hundred", VAGUE), ("hundreds", None),
])
def test_one_number_word_reader_serves_ranges_and_dates(text, value):
    words = {"twenty": NumberWord(20), "four": NumberWord(4), "two": NumberWord(2),
             "three": NumberWord(3), "five": NumberWord(5), "fifteen": NumberWord(15),
             "a": NumberWord(1, needs_scale=True), "hundred": NumberWord(100, scale=True),
             "thousand": NumberWord(1000, scale=True), "several": NumberWord(0, vague=True)}
    assert read_number_words(text, words.get) == value


@pytest.mark.parametrize(("text", "km"), [
    ("The drones circled two dozen miles off the coast.", 38.6),
    ("The test rocket came down half a dozen kilometres from the pad.", 6.0),
    ("The convoy stopped a couple of hundred kilometres short of the border.", 200.0),
])
def test_ranges_read_phrases_of_the_shared_number_list(pipe, text, km):
    record = one(pipe, text)
    assert (record["min_km"], record["max_km"]) == (km, km)


def test_ranges_leave_vague_amounts_unread(pipe):
    assert ranges_of(pipe, "The rocket flew several hundred kilometres out to sea.") == []
