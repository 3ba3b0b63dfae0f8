"""Which date dates an event: one of its own clause, else one opening its sentence, else a
guess from the sentence (the day it was said, the sentence's only date)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from typing import NamedTuple

from spacy.strings import get_string_id

from ...records import mention
from ..common import POSSESSIVES
from .arguments import relative_antecedent, saying_speaker, trigger_ending_at
from .context import DateMention, DocContext, names_a_treaty
from .requirements import relative_clause_object
from .status import DATE_PREPOSITIONS

SENTENCE_OPENING = 2  # a date starting within this many tokens of the sentence start opens it
DATELINE_START = 4  # "SEOUL, July 12 (Reuters) -": the dateline's date starts this near...
SOURCE_TAG = 6  # tokens of a bracketed source before a dateline ("(MENAFN- IANS)")
DATELINE_ENDS = frozenset({"-", "–", "—", "--", "("})  # ...and is followed by one of these
SAID_ON_WORDS = 1  # words between a verb of saying and its own date ("said on Friday")
SAYING_WINDOW = (5, 6)  # words before / after a verb of saying in which its date stands
RECENT_DAYS = 7  # days before the document's date in which a statement is its news
DATELINE_SENTENCES = 4  # the first sentences in which a dateline may stand
# words between a date and the event noun it modifies ("June 13 surprise attack")
ATTRIBUTIVE_DATE_GAP = 2
# words of a place between an event noun and the date after it ("the raids in Damascus on
# March 2")
NOUN_DATE_GAP = 3
SINCE_REACH = 12  # tokens from "first" to the date after its "since"
NOUN_MODIFIER_WORDS = 5  # adjectives between "the" or a possessive and an event's noun
NOUN_PHRASE_WORDS = 6  # words from an event noun to a participle that qualifies it
ZONE_WORDS = frozenset(get_string_id(w) for w in ("gmt", "utc", "zulu"))  # "2145 GMT Wednesday"
FOR = get_string_id("for")  # "for a decade": a length, no offset from another event
AFTER = get_string_id("after")  # "after the drone had been downed": an earlier event
IN = get_string_id("in")  # "in six months": that long after the article's day


def in_dateline(ctx: DocContext, date: DateMention, sent_start: int) -> bool:
    """"WASHINGTON, July 10 - The United States will ...": the dateline's date opens the
    sentence (and may date it when nothing nearer does) but belongs to no clause. A source
    in brackets may come first: "(MENAFN- IANS) Mumbai, May 12 (IANS)"."""
    doc = ctx.doc
    if doc[sent_start].text == "(":
        close = next((i for i in range(sent_start + 1, min(date[0], sent_start + SOURCE_TAG))
                      if doc[i].text == ")"), None)
        if close is not None:
            sent_start = close + 1
    if date[0] - sent_start > DATELINE_START or date[1] >= len(ctx.lower):
        return False
    if doc[date[1]].text in DATELINE_ENDS:
        return True
    # a wire dateline that lost its dash: "SEOUL Mar 9 North Korea's military fired ..."
    place = [doc[i] for i in range(sent_start, date[0]) if doc[i].text != ","]
    return bool(place) and all(word.is_upper and word.is_alpha and len(word) > 1
                               for word in place)


def dateline_date(ctx: DocContext) -> dict | None:
    """The date of the document's dateline ("WASHINGTON, May 8 (Reuters) -"), the first
    dateline among its first sentences, or None."""
    for index in range(min(DATELINE_SENTENCES, len(ctx.sent_starts))):
        sent_start = ctx.sent_starts[index]
        for date in ctx.event_dates_in.get(index, ()):
            if in_dateline(ctx, date, sent_start):
                return _record(date)
    return None


def document_date(ctx: DocContext) -> dict | None:
    """The document's own date as an event's date, for what is told as the news of the day
    it was published: a headline's event, or something said in the present tense ("Moscow
    denies ...") when the text gives no date. It stands nowhere in the text."""
    value = ctx.document_date
    return _inferred_date(value, "document date") if value else None


def knowledge_date(value: str) -> dict:
    """A day the knowledge base lists for an event (a treaty's ``history``), as an event's
    date: it stands nowhere in the text."""
    return _inferred_date(value, "knowledge base")


def _inferred_date(value: str, source: str) -> dict:
    """An event's date that stands nowhere in the text, with where it comes from."""
    return {"text": None, "start": None, "end": None, "value": value, "type": "DATE",
            "mod": None, "inferred": source}


DAY = re.compile(r"^\d{4}-\d\d-\d\d$")  # a day's value
_MONTH = re.compile(r"^(\d{4})-(\d\d)(?:-(\d\d))?$")
_WEEK = re.compile(r"(\d{4})-W(\d\d)")
_YEAR = re.compile(r"\b\d{4}\b")  # a year written in a date's text
_WEEKDAY = re.compile("|".join(calendar.day_name), re.IGNORECASE)
_MONTH_NAME = re.compile("|".join(calendar.month_name[1:]) + r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug"
                         r"|Sept?|Oct|Nov|Dec)\b", re.IGNORECASE)
RELATIVE_GAP = 8  # words from "a day after" to the trigger of the event it dates
_UNITS = {"D": ("D", 1), "W": ("D", 7), "M": ("M", 1), "Y": ("M", 12)}  # unit, how many


class RelativePhrase(NamedTuple):
    """"one year after": where the phrase stands and how far it moves the other date."""

    start: int
    end: int
    amount: int  # signed: negative for "after" (the event came that long before the other)
    unit: str  # "D" (days) or "M" (months); "" for a vague one ("days after"): no date


def relative_offset(ctx: DocContext, trigger: int) -> RelativePhrase | None:
    """"The launch comes one day after Pyongyang fired ...": the event at ``trigger`` took
    place some time before (or after) the event the sentence opened with, told by a
    duration ("one day", "a week", "two months", "a year") right before a word of the lexicon
    days-after-words or days-before-words. The date is found once the other event has its
    own."""
    index = ctx.sentence_index(trigger)
    sent_start = ctx.sent_starts[index]
    breaks = ctx.hashes.clause_breaks
    for k in range(trigger - 1, max(sent_start, trigger - RELATIVE_GAP) - 1, -1):
        word = ctx.lower[k]
        if word == ctx.hashes.and_ and not ctx.joins_actors(k):
            # "months after Russia withdrew and the US suspended it": the phrase of the verb
            # before "and" tells this one too
            before = [i for i in range(max(sent_start, k - RELATIVE_GAP), k)
                      if i in ctx.trigger_starts]
            return relative_offset(ctx, before[-1]) if before else None
        if word in breaks and not ctx.joins_actors(k):  # "a day after Seoul and Tokyo saw"
            return None
        sign = -1 if word in ctx.hashes.days_after else (
            1 if word in ctx.hashes.days_before else 0)
        if not sign:
            continue
        for start, end, span, attrs in ctx.dates_in.get(index, ()):
            value = str(attrs.get("value") or "")
            if end == k and span.label_ == "DURATION" and value[:1] == "P" \
                    and value[1:-1].isdigit() and value[-1:] in _UNITS \
                    and not (start > 0 and ctx.lower[start - 1] == FOR):
                # (not a length: "freezing enrichment for at least ten years after nine
                # days of negotiations")
                unit, size = _UNITS[value[-1]]
                return RelativePhrase(start, k + 1, sign * int(value[1:-1]) * size, unit)
        if k > sent_start and ctx.lower[k - 1] in ctx.hashes.vague_durations \
                and k + 1 not in ctx.date_tokens:  # ("shortly before midnight" is a time)
            # "just days after it fired two cruise missiles": another event, some time
            # before, whose day the text does not give (only a month or year it shares)
            return RelativePhrase(k - 1, k + 1, 0, "")
        return None
    return None


def relative_phrase_reach(ctx: DocContext, phrase: RelativePhrase, sentence: int
                          ) -> tuple[int, int]:
    """The tokens a phrase of another event ("a week after a launch of ...") covers: to the
    end of its sentence, or to the first comma when it opens the sentence ("Two days after
    Pyongyang launched a KN-23, Seoul fired ..."), and never past the trigger after its
    event's own ("A day after Russia deployed the Iskander NATO tested a Patriot")."""
    sent_start, end = ctx.sent_starts[sentence], ctx.sent_ends[sentence]
    if phrase.start - sent_start <= SENTENCE_OPENING:
        comma = ctx.hashes.comma
        end = next((i for i in range(phrase.end, end) if ctx.lower[i] == comma), end)
    spans = ctx.trigger_spans
    after = bisect_left(spans, (phrase.end,)) + 1  # the trigger after the phrase's own
    if after < len(spans) and spans[after][0] < end:
        end = spans[after][0]
    return phrase.start, end


def dates_other_clause(ctx: DocContext, phrase: RelativePhrase, date: dict) -> bool:
    """Is ``date``, found for the event a phrase tells as some time before or after another
    (see :func:`relative_offset`), the date of the other event's clause, which the phrase
    counts from? So it is when it stands outside the phrase's reach: before it ("landed on
    Friday, two days after Iran launched"), or past the comma of a phrase that opens the
    sentence ("Nine years after it opened for signature, the pact entered into force on 3
    May 2005")."""
    at = date.get("start")
    if at is None:
        return False
    lo, hi = relative_phrase_reach(ctx, phrase, ctx.sentence_index(phrase.start))
    return not ctx.doc[lo].idx <= at < (ctx.doc[hi].idx if hi < len(ctx.doc) else at + 1)


def shifted_date(ctx: DocContext, phrase: RelativePhrase, anchor: dict | None
                 ) -> dict | None:
    """The date ``phrase`` (see :func:`relative_offset`) gives from the other event's date
    ``anchor``: days from a day ("2022-11-18"), months and years from a day or a month, at
    the anchor's own precision; else None."""
    value = str((anchor or {}).get("value") or "")
    shifted = None
    if not phrase.unit and _MONTH.match(value) and not DAY.match(value) \
            and ctx.lower[phrase.start] in ctx.hashes.days_words:
        shifted = value  # "In January 2008, ..., days after warning": January 2008 too
    elif phrase.unit == "D" and DAY.match(value):
        day = dt.date.fromisoformat(value[:10]) + dt.timedelta(days=phrase.amount)
        shifted = day.isoformat()
    elif phrase.unit == "M" and (found := _MONTH.match(value)):
        months = int(found[1]) * 12 + int(found[2]) - 1 + phrase.amount
        year, month = divmod(months, 12)
        shifted = f"{year:04d}-{month + 1:02d}"
        if found[3]:
            last = calendar.monthrange(year, month + 1)[1]
            shifted += f"-{min(int(found[3]), last):02d}"
    if shifted is None:
        return None
    return {**mention(ctx.doc[phrase.start:phrase.end]), "value": shifted, "type": "DATE",
            "mod": None}


def is_end_date(ctx: DocContext, date: DateMention) -> bool:
    """"extended to Feb. 5, 2026", "suspended until 2026": a date after one of the lexicon's
    end-date-words is when something ends, and "a Sept. 30 deadline" (deadline-nouns) when
    something is due, not when the event took place."""
    lower = ctx.lower
    return (date[0] > 0 and lower[date[0] - 1] in ctx.hashes.end_date_words) or (
        date[1] < len(lower) and lower[date[1]] in ctx.hashes.deadline_nouns)


def continuation_date(ctx: DocContext, index: int) -> dict | None:
    """An event told without a date may take one from the sentence right after it, when that
    sentence goes on about it and tells no event of its own: "The U.S. Air Force
    test-launched a Minuteman III. The missile lifted off at 3:33 a.m. Thursday." """
    following = ctx.next_sentence(index)
    if following < 0 or following in ctx.trigger_sentences:
        return None
    first = ctx.sent_starts[following]
    if ctx.lower[first] not in ctx.hashes.continuation_openers:
        return None
    dates = [d for d in ctx.event_dates_in.get(following, ())
             if not _vague(d) and not names_a_treaty(ctx, d) and not is_end_date(ctx, d)
             and not (d[0] > 0 and ctx.lower[d[0] - 1] in ctx.hashes.period_start_words)]
    # (not "contracts will run until 1 July", nor "... have shared such information since
    # 1999": what began then is not the event told before)
    return _record(dates[0]) if dates else None


def date_at(ctx: DocContext, start: int) -> dict | None:
    """The date that starts at token ``start``, as an event's date (None if none does)."""
    return next((_record(d) for d in ctx.dates if d[0] == start), None)


def _record(date: DateMention) -> dict:
    _, _, span, attrs = date
    return {**mention(span), "value": attrs.get("value"), "type": attrs.get("type"),
            "mod": attrs.get("mod")}


def _across_relative_clause(ctx: DocContext, date: DateMention, trigger: int) -> bool:
    """Does a relative pronoun (lexicon relative-pronouns, or "that" before a word of
    relative-that-verbs or after a treaty noun: "the accord that expires in December") stand
    between the date and the trigger? An aside set off by commas before the trigger ("On
    Wednesday, the minister, who took office on Monday, said ...") has ended: it parts
    nothing; so has one the trigger's sentence goes on past after a comma ('is concerned
    about the tests "which are provocative," the envoy said on Friday')."""
    hashes = ctx.hashes
    between = _words_between(ctx, date, trigger)
    comma = hashes.comma
    lower = ctx.lower
    if date[1] <= trigger:
        between = [word for i, word in enumerate(between, date[1])
                   if not (word in hashes.relative_pronouns and lower[i - 1] == comma
                           and comma in lower[i + 1:trigger])]
    else:
        between = [word for i, word in enumerate(between, trigger + 1)
                   if not (word in hashes.relative_pronouns and comma in lower[i + 1:date[0]])]
    return not hashes.relative_pronouns.isdisjoint(between) or any(
        word == hashes.that and (after in hashes.relative_that_verbs
                                 or before in hashes.treaty_nouns)
        for before, word, after in zip(between, between[1:], between[2:], strict=False))


def is_vague(value: str | None) -> bool:
    """"now", "recently", "in recent months": PRESENT_REF, PAST_REF, FUTURE_REF."""
    return bool(value) and value.endswith("_REF")


def _vague(date: DateMention) -> bool:
    return is_vague(date[3].get("value"))


def _words_between(ctx: DocContext, date: DateMention, trigger: int) -> list[int]:
    """The LOWER ids of the words between a date and a trigger, on either side of it."""
    lo, hi = (date[1], trigger) if date[1] <= trigger else (trigger + 1, date[0])
    return ctx.lower[lo:hi]


def _comma_between(ctx: DocContext, date: DateMention, trigger: int) -> bool:
    return ctx.hashes.comma in _words_between(ctx, date, trigger)


def date_for(ctx: DocContext, trigger: int, reporting: tuple[int, int] | None,
             signing: bool = False, speech: bool = False) -> tuple[dict | None, bool]:
    """The date of the event at ``trigger``, and whether it is only a guess from the
    sentence (the dateline, the day it was said, the sentence's only date) rather than a
    date of the event's own clause or one opening the sentence."""
    index = ctx.sentence_index(trigger)
    sent_start, sent_end = ctx.sent_starts[index], ctx.sent_ends[index]
    dates = [d for d in ctx.event_dates_in.get(index, ())
             if (signing or not names_a_treaty(ctx, d)) and not is_end_date(ctx, d)
             and not _other_zone_day(ctx, d) and not _follows_another_noun(ctx, d, trigger)
             and not _in_later_relative_phrase(ctx, d, trigger)
             and not _since_first(ctx, d, trigger) and not _before_its_cause(ctx, d, trigger)]
    dates = [d for d in dates if not _in_qualifying_participle(ctx, d, trigger, dates)
             and not _later_infinitive_deadline(ctx, d, trigger)
             and not _in_earlier_after_clause(ctx, d, trigger)]
    if not dates:
        found = continuation_date(ctx, index)
        if found is None and ctx.in_headline(trigger):
            found = dateline_date(ctx)  # the headline tells the news of the dateline's day
        return found, True
    # A date belongs to the trigger's clause unless a strong break ("that", ";", "which")
    # stands between them; commas and "and" join phrases as often as clauses.
    breaks = ctx.hashes.scope_breaks
    scope_start = max(ctx.clause_start(trigger, sent_start, breaks),
                      reporting[1] if reporting else sent_start)
    scope_end = ctx.clause_end(trigger, sent_end, breaks)
    told_when = _occurred_clause(ctx, trigger, sent_end)
    if told_when is not None:  # "The drone raids, which occurred on Sunday, ..."
        scope_end = ctx.clause_end(told_when, sent_end, breaks)
    reach = ctx.trigger_span(trigger)[1]
    if scope_end == reach and _dates_after_colon(ctx, reach, index):
        # "has staged four nuclear tests: in 2006, 2009, 2013 and 2016": the colon right
        # after the event's noun opens the list of its dates
        scope_end = ctx.clause_end(reach + 1, sent_end, breaks)
    if scope_end < reach:  # "fired a rocket which placed a probe into orbit in May": the
        scope_end = ctx.clause_end(reach, sent_end, breaks)  # clause of what it absorbed
    later_saying = [s for s, _ in ctx.reporting_in.get(index, ()) if trigger < s < scope_end
                    and not _qualifies_noun(ctx, trigger, s)]
    if later_saying:  # "... intended to leave, and then confirmed its withdrawal in March"
        scope_end = later_saying[0]
    # a vague date ("in recent months") past a comma belongs to another phrase
    # "said on Monday (June 3) it has tested ...": a date right after the verb of saying
    # is the day it was said, only a guess for what was said
    own = [d for d in dates if scope_start <= d[0] < scope_end
           and not (reporting and d[1] <= trigger and _said_on(ctx, reporting[1], d[0])
                    and not _dates_the_noun(ctx, d, trigger))
           and not in_dateline(ctx, d, sent_start)
           and not ((_vague(d) or _later_than(ctx, d, trigger))
                    and _comma_between(ctx, d, trigger))]
    if not own and relative_antecedent(ctx, trigger) is not None:
        return None, False  # "..., which signed but never ratified it": not its date
    if len(dates) > len(own):
        # "citing Iran's April 13 drone attack": a date outside the trigger's clause that
        # modifies another event's noun is that event's
        dates = [d for d in dates if d in own or not _dates_another_noun(ctx, d, trigger)]
    # "On March 21, at 6:36 a.m., North Korea fired ...": a date opening the sentence
    # dates what the sentence tells.
    # ... but not into a relative clause ("A day earlier, X criticized a meeting during
    # which the leaders denounced the missile tests"), nor does a guess from the sentence
    dates = [d for d in dates if not _across_relative_clause(ctx, d, trigger)]
    opening = [d for d in dates if d[0] - sent_start <= SENTENCE_OPENING and d[0] < trigger
               and not _quoted_apart(ctx, d, trigger)]
    if not opening and speech:
        # "The blast has gone unclaimed, and in remarks on Sunday, the envoy called the
        # reports baseless": a speech act is dated by the nearest day told before it in its
        # sentence (not what it speaks of: the attack a denial denies)
        opening = [d for d in dates if d[1] <= trigger and not _vague(d)
                   and not _quoted_apart(ctx, d, trigger)][-1:]
    weak = False
    if own:
        # the nearest, but one that no comma parts from the trigger first ("banned until
        # 2019 by the INF Treaty, signed by Gorbachev and Reagan in 1987": 1987)
        # and one no other event's trigger stands nearer to ("was signed in 2004 and came
        # into force in 2008": 2008); a vague date last ("several times in recent months,
        # including in May": May)
        ours = ctx.trigger_span(trigger)
        chosen = min(own, key=lambda d: (_vague(d), _comma_between(ctx, d, trigger),
                                         _nearer_other_trigger(ctx, d, ours),
                                         abs(d[0] - trigger)))
        # "on Friday (May 5)": the date in brackets right after says which Friday; but a
        # time in another zone there is the same moment told in GMT, not the local day
        # ("at 6:20 a.m. Wednesday (2120 GMT Tuesday)")
        bracketed = next((d for d in own if d[0] == chosen[1] + 1
                          and ctx.doc[chosen[1]].text == "("), None)
        if bracketed is not None and not _in_other_zone(ctx, bracketed):
            chosen = bracketed
        if chosen[3].get("value") == "PRESENT_REF":
            # '"... at this time, we condemn ...," Price said late on Tuesday': the "now" of
            # what is said is the day it was said
            said = _said_on_day(ctx, index, [d for d in dates if not _vague(d)])
            chosen, weak = (said, True) if said is not None else (chosen, weak)
    elif opening and reporting is not None and (
            saying_day := _saying_clause_date(ctx, opening[0], reporting, dates)) is not None:
        chosen, weak = saying_day, True
    elif opening:
        chosen = _said_clause_date(ctx, opening[0], trigger, dates) or opening[0]
        weak = in_dateline(ctx, chosen, sent_start)
        if weak:
            # "Sep 3 (Kyodo) - Tokyo's purchase ... will be delayed, the minister
            # said Friday": the day it was said tells the news more nearly than the day the
            # story was filed
            chosen = _said_on_day(ctx, index, [d for d in dates if d != chosen]) or chosen
    elif reporting is not None and (near := _by_saying(dates, reporting)):
        chosen, weak = near[0], True
    elif reporting is None and len(dates) == 1 and not _vague(dates[0]) and not (
            speech and _in_later_clause(ctx, dates[0], trigger)) \
            and not _after_circumstance(ctx, dates[0], trigger) \
            and not _later_than(ctx, dates[0], trigger):
        # a guess from the sentence, never a vague one ("in recent months" of another clause)
        # nor, for something said, one of a clause after it ("rejected a claim that it
        # tested ... in July": July is the test's)
        chosen, weak = dates[0], True
    elif speech and (said := _said_after(ctx, index, trigger, dates)) is not None:
        # '"Although we cannot yet verify the reports, we deplore ...," Miller said on
        # Thursday evening': something said is dated by the day it was said
        chosen, weak = said, True
    else:
        return None, False
    return _record(chosen), weak


def _dates_after_colon(ctx: DocContext, colon: int, sentence: int) -> bool:
    """Is ``colon`` a colon followed by a date, at once or after "in", "on" or "at"?"""
    if ctx.doc[colon].text != ":":
        return False
    first = colon + 1
    if first < len(ctx.doc) and ctx.lower[first] in DATE_PREPOSITIONS:
        first += 1
    return any(d[0] == first for d in ctx.event_dates_in.get(sentence, ()))


def _quoted_apart(ctx: DocContext, date: DateMention, trigger: int) -> bool:
    """Do the date and the trigger after it stand in different quotations, or one in a
    quotation and the other not ('"Next month we will ...," the minister said during his
    talks')?"""
    return ctx.quotation_opening(date[0]) != ctx.quotation_opening(trigger)


def _said_clause_date(ctx: DocContext, opening: DateMention, trigger: int,
                      dates: list[DateMention]) -> DateMention | None:
    """"On Monday, the paper wrote that last month Lukashenko sent ... proposing a
    moratorium": a date after a "that" which follows the opening date, and before the
    trigger, dates what was said; the opening one, the saying."""
    that = ctx.hashes.that
    inner = [d for d in dates if opening[1] <= d[0] < trigger
             and that in ctx.lower[opening[1]:d[0]]]
    return inner[-1] if inner else None


def _saying_clause_date(ctx: DocContext, opening: DateMention, reporting: tuple[int, int],
                        dates: list[DateMention]) -> DateMention | None:
    """"In 2021 both capitals prolonged the pact, yet on 3 March the Kremlin said Russia
    would halt its part in it": a date other than the opening one, in the clause of the verb of
    saying and before the verb, dates the saying, and so what was said; the opening date is
    the earlier clause's."""
    sent_start = ctx.sentence_bounds(reporting[0])[0]
    saying_clause = ctx.clause_start(reporting[0], sent_start)
    inner = [d for d in dates if saying_clause <= d[1] <= reporting[0] and d != opening]
    return inner[-1] if inner else None


def _in_qualifying_participle(ctx: DocContext, date: DateMention, trigger: int,
                              dates: list[DateMention]) -> bool:
    """Is the date the first after another trigger, a participle that qualifies a word for
    a treaty or a dated instrument after ours with no break between: "shipped the launchers
    under a contract signed by both sides in 2011" (2011 is the signing's)? So is one after
    a participle that qualifies a weapon when a date opens the sentence before ours: "In
    March, Pakistan flight-tested an older cousin of the rocket fired on Sunday" (not "shot
    down a missile fired at the capital on Saturday", the day of both), and one after the
    verb of a relative clause on a noun after ours: "froze the contract it signed with the
    buyer in 2007" (2007 is the signing's)."""
    lower, hashes = ctx.lower, ctx.hashes
    weapons = hashes.context_words.get("weapon", frozenset())
    sent_start = ctx.sentence_bounds(trigger)[0]
    opened = any(d[1] <= trigger and d[0] - sent_start <= SENTENCE_OPENING for d in dates)
    end = ctx.trigger_span(trigger)[1]
    for s in range(end + 1, date[0]):
        if s in ctx.trigger_starts and ctx.doc[s].lower_.endswith("ed") \
                and (lower[s - 1] in hashes.treaty_nouns
                     or lower[s - 1] in hashes.dated_instruments
                     or (opened and lower[s - 1] in weapons)
                     or _object_of_relative(ctx, s, end)) \
                and hashes.comma not in lower[s:date[0]] \
                and not any(s < d[0] < date[0] for d in dates):
            return True
    return False


def _object_of_relative(ctx: DocContext, verb: int, end: int) -> bool:
    """Is the trigger at ``verb`` the verb of a relative clause whose object is a noun
    after ``end`` ("froze the contract it signed": the contract)?"""
    head = relative_clause_object(ctx, verb)
    return head is not None and head >= end


def _in_earlier_after_clause(ctx: DocContext, date: DateMention, trigger: int) -> bool:
    """Is the trigger told in the past perfect in an "after" clause that follows the date:
    "In 2019, inspectors reported that the launcher had gone back to Belarus after the
    drone had been downed" (the downing came before 2019)?"""
    lower, hashes = ctx.lower, ctx.hashes
    return any(lower[i] == AFTER and hashes.comma not in lower[i:trigger]
               and not hashes.past_perfect_auxiliaries.isdisjoint(lower[i:trigger])
               for i in range(date[1], trigger))


def first_since_date(ctx: DocContext, trigger: int) -> DateMention | None:
    """The date right after "since" that a sentence calling the event at ``trigger`` the
    first since then names: "its first test since 2017" (not one in a clause: "its first
    since the revolt began in February")."""
    lower, hashes = ctx.lower, ctx.hashes
    sent_start, sent_end = ctx.sentence_bounds(trigger)

    def calls_it_first(i: int) -> bool:
        # "the first US nuclear test since", "flew on Monday in the first such launch since",
        # "fired a missile on Tuesday, its first such launch since" (not "..., the paper
        # said, in what was the first time since 1974 that the site had been used")
        if i < trigger:
            return i >= ctx.clause_start(trigger, sent_start)
        clause = ctx.clause_start(i, sent_start)
        return clause <= trigger or lower[clause] in hashes.possessives
    first = next((i for i in range(sent_start, sent_end)
                  if lower[i] in hashes.first_since and calls_it_first(i)), None)
    if first is None:
        return None
    return next((d for d in ctx.event_dates_in.get(ctx.sentence_index(trigger), ())
                 if first < d[0] <= first + SINCE_REACH
                 and lower[d[0] - 1] in hashes.period_start_words), None)


def _since_first(ctx: DocContext, date: DateMention, trigger: int) -> bool:
    """Does the date stand after "since", after the trigger, in a sentence that calls the
    event the first since then (lexicon first-since-words): "fired a Scud, its first since
    the revolt began in February", "its first test since 2017"?"""
    lower, hashes = ctx.lower, ctx.hashes
    since = next((i for i in range(date[0] - 1, trigger, -1)
                  if lower[i] in hashes.period_start_words), None)
    return since is not None and not hashes.first_since.isdisjoint(
        lower[ctx.sentence_bounds(trigger)[0]:since])


def _later_infinitive_deadline(ctx: DocContext, date: DateMention, trigger: int) -> bool:
    """Is the date a deadline ("by 2012") of a "to" and a verb after the trigger: "signed
    the treaty, to reduce their warheads by 2012, in May 2002" (2012 is the cuts' due
    date, not the signing's)?"""
    lower, hashes = ctx.lower, ctx.hashes
    end = ctx.trigger_span(trigger)[1]
    if date[0] <= end or lower[date[0] - 1] != hashes.by:
        return False
    return any(lower[i] == hashes.to and ctx.doc[i + 1].is_alpha and ctx.doc[i + 1].is_lower
               and lower[i + 1] not in hashes.noun_determiners
               and lower[i + 1] not in hashes.possessives
               for i in range(end, date[0] - 2) if i not in ctx.date_tokens)


def _in_later_relative_phrase(ctx: DocContext, date: DateMention, trigger: int) -> bool:
    """Does the date stand past a phrase after the trigger that tells other events as some
    time before or after it ("The firing came a day after North Korea agreed to hold talks
    on Saturday": Saturday is the talks')?"""
    relative_words = ctx.hashes.days_after | ctx.hashes.days_before
    return any(ctx.lower[k] in relative_words
               and (phrase := relative_offset(ctx, k + 1)) is not None and phrase.start > trigger
               for k in range(trigger + 1, date[0]))


def _said_after(ctx: DocContext, index: int, trigger: int, dates: list[DateMention]
                ) -> DateMention | None:
    """A day right after a verb of saying that follows the trigger in sentence ``index``
    ("..., Miller said on Thursday evening"; not "rejected a claim that it tested ... in
    July, saying ...", nor another speaker's day past a clause break: "has always
    said its work is peaceful, but the IAEA reported last week ...")."""
    after, breaks = SAYING_WINDOW[1], ctx.hashes.speaker_breaks
    return next((d for s, e in ctx.reporting_in.get(index, ()) if s > trigger
                 and breaks.isdisjoint(ctx.lower[trigger:s])
                 for d in dates if e <= d[0] <= e + after and not _vague(d)), None)


def _said_on_day(ctx: DocContext, index: int, dates: list[DateMention]
                 ) -> DateMention | None:
    """The first of ``dates`` that stands by a verb of saying of sentence ``index`` (within
    SAYING_WINDOW words of it): the day something was said."""
    for saying in ctx.reporting_in.get(index, ()):
        near = _by_saying(dates, saying)
        if near:
            return near[0]
    return None


def saying_days(ctx: DocContext) -> list[tuple[str | None, dict]]:
    """The states the text says spoke on a given day of the week before its date, with that
    day, in the order of the text: a verb of saying, its speaker and a day near it ("Foreign
    Ministry spokeswoman Mao Ning on Thursday confirmed the decision", '"...," said a State
    Department spokesperson on Wednesday')."""
    now = _iso_day(ctx.document_date)
    if now is None:
        return []
    found = []
    for index, spans in sorted(ctx.reporting_in.items()):
        for start, end in spans:
            speaker = saying_speaker(ctx, start, end)
            if speaker is None:
                continue
            # a speaker after the verb has the day after its name ("said a State Department
            # spokesperson on Wednesday")
            reach = (start, max(end, speaker.end))
            days = [d for d in _by_saying(ctx.event_dates_in.get(index, []), reach)
                    if (day := _iso_day(d[3].get("value"))) is not None
                    and 0 <= (now - day).days <= RECENT_DAYS]
            if days:
                found.append((speaker.state, _record(days[0])))
    return found


def is_recent_day(ctx: DocContext, value: object) -> bool:
    """Is ``value`` the document's date or a day of the week before it (a time of it too)?"""
    now, day = _iso_day(ctx.document_date), _iso_day(str(value or "")[:len("YYYY-MM-DD")])
    return now is not None and day is not None and 0 <= (now - day).days <= RECENT_DAYS


def _iso_day(value: object) -> dt.date | None:
    """The day a value names ("2022-02-21"), or None (a month, a year, a reference)."""
    text = str(value or "")
    if not DAY.match(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:  # a day no calendar has
        return None


def _by_saying(dates: list[DateMention], saying: tuple[int, int]) -> list[DateMention]:
    """The ``dates`` within SAYING_WINDOW words of a verb of saying at ``saying``."""
    before, after = SAYING_WINDOW
    return [d for d in dates if saying[0] - before <= d[0] <= saying[1] + after]


def _other_zone_day(ctx: DocContext, date: DateMention) -> bool:
    """Is the date a day named after a time in another zone ("at 6:45 a.m. local time (2145
    GMT Wednesday)")? The day in GMT is not the local day the event is dated by."""
    return date[0] > 0 and ctx.lower[date[0] - 1] in ZONE_WORDS


def _in_other_zone(ctx: DocContext, date: DateMention) -> bool:
    """Is the date told in another zone: a zone word in it or right after it ("2120 GMT
    Tuesday", "4:30 p.m. Sunday GMT")?"""
    stop = min(date[1] + 1, len(ctx.lower))
    return any(ctx.lower[i] in ZONE_WORDS for i in range(date[0], stop))


def _gap(date: DateMention, span: tuple[int, int]) -> int:
    """Tokens between a date and a trigger's span (0 when they touch or overlap)."""
    if date[1] <= span[0]:
        return span[0] - date[1]
    return max(0, date[0] - span[1])


def _before_its_cause(ctx: DocContext, date: DateMention, trigger: int) -> bool:
    """Does the date stand before the "over" (lexicon cause-prepositions) that opens the
    event noun's phrase, after another event's trigger ("announced sanctions against Iran on
    Friday over a missile test": Friday is the sanctions' day; the test came before them)?
    Not "for", which as often gives a purpose ("arrived on Tuesday for talks")."""
    if date[1] > trigger or not _noun_trigger(ctx, trigger):
        return False
    if not any(ctx.lower[i] in ctx.hashes.cause_prepositions for i in range(date[1], trigger)):
        return False
    # another trigger of the sentence before the date (the spans are in text order)
    spans = ctx.trigger_spans
    first = bisect_left(spans, (ctx.sent_starts[ctx.sentence_index(trigger)],))
    return first < len(spans) and spans[first][0] < date[0]


def _nearer_other_trigger(ctx: DocContext, date: DateMention, ours: tuple[int, int]) -> bool:
    """Does another trigger of the sentence stand nearer to the date than ours, or as near
    and before it while ours comes after ("signed in 2004 and came into force": 2004 is
    the signing's, a date phrase going with the verb before it)?"""
    own_gap = _gap(date, ours)
    index = ctx.sentence_index(ours[0])
    lo, hi = ctx.sent_starts[index], ctx.sent_ends[index]
    # "signed the agreement in 2005 and extended it in 2022": a date before "and" and our
    # verb goes with a verb before it
    joined = date[1] <= ours[0] and ctx.hashes.and_ in ctx.lower[date[1]:ours[0]]
    parted = _comma_between(ctx, date, ours[0])
    for span in ctx.trigger_spans[bisect_left(ctx.trigger_spans, (lo,)):]:
        if span[0] >= hi:
            break
        if span == ours or (not parted and _comma_between(ctx, date, span[0])):
            continue  # "launched a rocket ... in December, faces sanctions": past a comma
        gap = _gap(date, span)
        before_date = span[1] <= date[0]
        if gap < own_gap or (gap == own_gap and before_date and date[1] <= ours[0]) or (
                joined and before_date):
            return True
    return False


def _qualifies_noun(ctx: DocContext, trigger: int, verb: int) -> bool:
    """Is the verb of saying at ``verb`` a participle qualifying the trigger's noun phrase,
    a few words on with no comma, "and", actor or pronoun between ("the moratorium on
    missile launches announced in 2018"), so that its date is the event's, not a later
    clause's?"""
    if not ctx.doc[verb].lower_.endswith("ed") or verb - trigger > NOUN_PHRASE_WORDS:
        return False
    hashes = ctx.hashes
    return all(ctx.doc[i].is_alpha and ctx.lower[i] not in hashes.coordinators
               and i not in ctx.actor_at and ctx.lower[i] not in hashes.subject_pronouns
               and ctx.lower[i] not in hashes.relative_openers
               for i in range(trigger + 1, verb))


def _dates_another_noun(ctx: DocContext, date: DateMention, trigger: int) -> bool:
    """Does the date stand between a possessive or "the" and the noun of another event, a
    few words on (another trigger, or a word of attack-nouns): "Iran's April 13 drone
    attack", "the May 29 launches" of another clause, or, for an event noun, right after
    another event's noun ("the summit in June")?"""
    start, end = date[0], date[1]
    hashes = ctx.hashes
    # "Rocket launches clouded hopes of new talks after the summit in late June": right after
    # another event's noun, when ours is a noun too or another trigger stands between them (a
    # verb's own "after" phrase dates it roughly: "placed sanctions after its tests in May
    # 1998")
    before = start - 1 if start > 0 and ctx.lower[start - 1] in DATE_PREPOSITIONS else start
    other = trigger_ending_at(ctx, before)
    if other is not None and other != trigger and _noun_trigger(ctx, other) and (
            _noun_trigger(ctx, trigger)
            or not ctx.trigger_starts.isdisjoint(range(trigger + 1, other))):
        return True
    if start == 0 or not (ctx.lower[start - 1] in hashes.possessive_marks
                          or ctx.lower[start - 1] in hashes.possessives
                          or ctx.lower[start - 1] == hashes.the):
        return False
    attacks = hashes.attack_nouns
    for i in range(end, min(end + ATTRIBUTIVE_DATE_GAP + 1, len(ctx.lower))):
        if i == trigger:
            return False
        if i in ctx.trigger_starts or ctx.lower[i] in attacks:
            return True
        if not ctx.doc[i].is_alpha:
            return False
    return False


def _occurred_clause(ctx: DocContext, trigger: int, sent_end: int) -> int | None:
    """Where the predicate of a relative clause right after the trigger's noun stands when
    it says the event took place (lexicon event-predicates): "The drone raids, which
    occurred on Sunday, are ...". Its date is the noun's. None when there is none."""
    end = ctx.trigger_span(trigger)[1]
    if end < len(ctx.lower) and ctx.lower[end] == ctx.hashes.comma:
        end += 1
    lower, hashes = ctx.lower, ctx.hashes
    if end + 1 < sent_end and lower[end] in hashes.relative_pronouns \
            and lower[end + 1] in hashes.event_predicates:
        return end + 1
    return None


def _follows_another_noun(ctx: DocContext, date: DateMention, trigger: int) -> bool:
    """Does the date follow, through a preposition of noun-date-prepositions, the noun of
    another event after a preposition of reason-prepositions and "the" or a possessive,
    with at most NOUN_DATE_GAP words of a place between, after the trigger: "fired
    rockets in retaliation for the raids in Damascus on March 2" (the raids' day, not the
    launch's)? Not "came into force with its ratification by Malawi on 2 June", the means,
    on the same day."""
    start = date[0]
    lower, hashes = ctx.lower, ctx.hashes
    if start < 2 or start <= trigger or lower[start - 1] not in hashes.noun_date_prepositions:
        return False
    attacks = hashes.attack_nouns
    for i in range(start - 2, max(trigger, start - 3 - NOUN_DATE_GAP), -1):
        if not ctx.doc[i].is_alpha:
            return False
        if i in ctx.trigger_starts or lower[i] in attacks:
            k = i - 1  # over its adjectives: "for its fourth and biggest atomic test"
            while k > trigger + 1 and i - k <= NOUN_MODIFIER_WORDS and ctx.doc[k].is_lower \
                    and ctx.doc[k].is_alpha and not (lower[k] in hashes.possessives
                                                     or lower[k] == hashes.the):
                k -= 1
            return k - 1 > trigger and (lower[k] in hashes.possessives
                                        or lower[k] == hashes.the) \
                and lower[k - 1] in hashes.reason_prepositions
    return False


def not_yet_to_come(ctx: DocContext, date: dict) -> dict | None:
    """A date of something told as done in the past tense that the date tagger put after the
    article's day, from a day and month with no year ("test-fired the missile on November
    21" in an article of October 31): the same day a year earlier. The tagger, which sees
    no event, may prefer the nearer day; the event's own verb settles it. A week to come
    ("threatened to resume the work next week") dates what is threatened, not the threat:
    None."""
    if week_to_come(ctx, date):
        return None
    if not to_come(ctx, date) or _YEAR.search(date.get("text") or ""):
        return date  # no day to come, or one whose year the text gives ("November 21, 2025")
    if _lone_weekday(date):
        return _weeks_later(date, -1)  # "criticized the plan on Tuesday": the Tuesday before
    value = str(date["value"])
    return {**date, "value": f"{int(value[:4]) - 1:04d}{value[4:]}"}


def _lone_weekday(date: dict) -> bool:
    """Is the date a day its text names by its weekday alone ("on Tuesday", not "Tuesday,
    May 5")?"""
    text = date.get("text") or ""
    return bool(DAY.match(str(date.get("value") or "")) and _WEEKDAY.search(text)
                and not _MONTH_NAME.search(text))


def _weeks_later(date: dict, weeks: int) -> dict:
    """The day ``date`` names, ``weeks`` weeks later (earlier when negative)."""
    day = dt.date.fromisoformat(date["value"]) + dt.timedelta(weeks=weeks)
    return {**date, "value": day.isoformat()}


def later_by_duration(ctx: DocContext, trigger: int) -> dict | None:
    """"will hold talks in six months": a planned event whose clause holds "in" and a
    duration of days, weeks, months or years is dated that long after the article's day,
    at the duration's precision (a month for months, a week for weeks). TimeML tags the
    phrase as a duration; only the event's status says it counts forward."""
    now = ctx.document_date or ""
    if not DAY.match(now):
        return None
    index = ctx.sentence_index(trigger)
    sent_start, sent_end = ctx.sent_starts[index], ctx.sent_ends[index]
    breaks = ctx.hashes.scope_breaks
    lo = ctx.clause_start(trigger, sent_start, breaks)
    hi = ctx.clause_end(trigger, sent_end, breaks)
    for start, end, span, attrs in ctx.dates_in.get(index, ()):
        value = str(attrs.get("value") or "")
        if not (lo < start and end <= hi and span.label_ == "DURATION"
                and ctx.lower[start - 1] == IN and value[:1] == "P"
                and value[1:-1].isdigit() and value[-1:] in _UNITS):
            continue
        if not ctx.hashes.span_counters.isdisjoint(ctx.lower[max(lo, start - 4):start - 1]):
            continue  # "the first such test in 35 years": a span up to now
        amount, unit = int(value[1:-1]), value[-1]
        day = dt.date.fromisoformat(now[:10])
        if unit in "DW":
            day += dt.timedelta(days=amount * _UNITS[unit][1])
            year, week, _ = day.isocalendar()
            shifted = day.isoformat() if unit == "D" else f"{year:04d}-W{week:02d}"
        else:
            months = day.year * 12 + day.month - 1 + amount * _UNITS[unit][1]
            shifted = f"{months // 12:04d}-{months % 12 + 1:02d}" if unit == "M" \
                else f"{months // 12:04d}"
        return {**mention(ctx.doc[start - 1:end]), "value": shifted, "type": "DATE",
                "mod": None}
    return None


def weekday_to_come(ctx: DocContext, date: dict) -> dict:
    """A weekday named alone for a planned event that the date tagger put before the
    article's day, with no word of the future near it ("rocket to be test-launched on Thursday"
    in a Friday's headline): the next such day."""
    now = ctx.document_date or ""
    if DAY.match(now) and _lone_weekday(date) and date["value"] < now:
        return _weeks_later(date, 1)
    return date


def to_come(ctx: DocContext, date: dict | None) -> bool:
    """Is the date, to the detail it gives, after the article's day ("Saturday" in an
    article of a Wednesday that it resolved forward; not "October" of an October article)?"""
    now, value = ctx.document_date, str((date or {}).get("value") or "")
    return bool(now and _MONTH.match(value)) and value[:len(now)] > now[:len(value)]


def week_to_come(ctx: DocContext, date: dict | None) -> bool:
    """Is the date a week after the article's ("next week": 2012-W15 in an article of
    2012-04-06)?"""
    now, value = ctx.document_date, str((date or {}).get("value") or "")
    week = _WEEK.fullmatch(value)
    if not (week and now and DAY.match(now)):
        return False
    year, number, _ = dt.date.fromisoformat(now).isocalendar()
    return (int(week[1]), int(week[2])) > (year, number)


def _in_later_clause(ctx: DocContext, date: DateMention, trigger: int) -> bool:
    """Does a scope break ("that", "which", a dash) stand between the trigger and a date
    after it, and no verb of saying, whose date it would be ('"We reject the claims," the
    spokesman told reporters later that day')?"""
    if date[0] <= trigger or any(trigger < start < date[0] for start, _ in
                                 ctx.reporting_in.get(ctx.sentence_index(trigger), ())):
        return False
    return not ctx.hashes.scope_breaks.isdisjoint(ctx.lower[trigger:date[0]])


def _noun_trigger(ctx: DocContext, start: int) -> bool:
    """Is the trigger at ``start`` an event noun ("the test", "the meeting")?"""
    return start in ctx.noun_trigger_starts or ctx.lower[start] in ctx.extractor.noun_gerunds


def _after_circumstance(ctx: DocContext, date: DateMention, trigger: int) -> bool:
    """Does a word of circumstance-words stand between the trigger and a date after it?
    "signed a law suspending cooperation, amid tensions following attacks last month": the
    month is the attacks'. Not the day a trailing verb of saying names ("extended the treaty
    until 2026, the Kremlin said on Wednesday")."""
    if date[0] <= trigger or ctx.hashes.circumstance_words.isdisjoint(
            _words_between(ctx, date, trigger)):
        return False
    return not any(trigger < end <= date[0] and _said_on(ctx, end, date[0])
                   for _, end in ctx.reporting_in.get(ctx.sentence_index(trigger), ()))


def _later_than(ctx: DocContext, date: DateMention, trigger: int) -> bool:
    """Does a word of later-than-words stand right before a date before the trigger?
    "With powers granted after May 3, 2003, Washington is imposing sanctions ..." """
    return 0 < date[0] < trigger and ctx.lower[date[0] - 1] in ctx.hashes.later_than


def _dates_the_noun(ctx: DocContext, date: DateMention, trigger: int) -> bool:
    """Does the date stand right before the trigger's noun, or before "'s" and the noun
    ("hailed Sunday's test", "announced the May 5 launch")?"""
    return all(ctx.doc[i].text in POSSESSIVES for i in range(date[1], trigger))


def _said_on(ctx: DocContext, verb_end: int, date_start: int) -> bool:
    """Does the date at ``date_start`` follow the verb of saying ending at ``verb_end`` with
    at most one other word ("said on Friday", "said Friday") and other dates or brackets
    between ("said on Friday (April 14)")?"""
    others = 0
    for i in range(verb_end, date_start):
        if i in ctx.date_tokens or ctx.doc[i].is_punct:
            continue
        others += 1
    return others <= SAID_ON_WORDS


ANNIVERSARY_PHRASE_WORDS = 6  # words from "anniversary of" to the event noun it names


def anniversary_years(ctx: DocContext, trigger: int, ordinals: dict[str, int]) -> int | None:
    """"marked the tenth anniversary of the Russian exit from the CFE pact on Tuesday": the event
    noun at ``trigger`` is named after a word of other-event-dates ("anniversary") and "of",
    within one noun phrase, so the date of its sentence is the anniversary's. How many years
    before it the event was (the ordinal before the word: "first", "30th"), 0 when no ordinal
    says; None when the noun is no anniversary's."""
    lower, hashes = ctx.lower, ctx.hashes
    sentence = ctx.sentence_index(trigger)
    sent_start = ctx.sent_starts[sentence]
    names = [(m.start, m.end)
             for m in (*ctx.systems_in.get(sentence, ()), *ctx.actors_in.get(sentence, ()))]
    for k in range(trigger - 1, max(sent_start, trigger - ANNIVERSARY_PHRASE_WORDS) - 1, -1):
        if lower[k] == hashes.of and k > sent_start \
                and lower[k - 1] in hashes.other_event_dates:
            return ordinals.get(ctx.doc[k - 2].lower_, 0) if k - 2 >= sent_start else 0
        named = any(lo <= k < hi for lo, hi in names)  # "of its first Hwasong-15 launch"
        if not (ctx.doc[k].is_alpha or named or lower[k] in hashes.possessive_marks):
            return None
    return None


def years_earlier(date: dict, years: int) -> dict | None:
    """``date`` moved ``years`` back at its own precision (a day, a month or a year); None
    for no years (an anniversary with no ordinal: the year is not told) or another value."""
    value = str(date.get("value") or "")
    found = re.match(r"^(\d{4})((?:-\d\d){0,2})$", value)
    if not years or found is None:
        return None
    rest = found[2]
    if rest == "-02-29":
        rest = "-02-28"  # the anniversary of a leap day, in a year that has none
    return {**date, "value": f"{int(found[1]) - years:04d}{rest}"}
