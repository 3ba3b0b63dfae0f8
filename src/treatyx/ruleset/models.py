"""The typed schema of every rule section: one pydantic model per section.

Types are strict (YAML's ``no`` is not the text "no", ``"4.8"`` is not a number), unknown keys
are refused, fixed vocabularies are ``Literal`` types, and a value that names another entry (a
country, a party, a lexicon list, a date vocabulary) is checked against the ids of the whole
rule set, passed in the validation context as a :class:`Known`. The loader turns each error into
``file:line`` of the key at fault (see :mod:`treatyx.ruleset.validate`).
"""

from __future__ import annotations

import datetime as _dt
import re
import string
from dataclasses import dataclass, field
from difflib import get_close_matches
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    NonNegativeInt,
    StringConstraints,
    Tag,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .regex_safety import repeats_a_repetition
from .vocab import (
    ACTOR_TYPES,
    CASE_MODES,
    CONSULTED_LEXICONS,
    CUE_STATUSES,
    EVENT_TYPES,
    ONLY_WORDS,
    RANGE_MEASURES,
    RECORD_KINDS,
    REQUIRES_BUILTINS,
    STATUSES,
    SYSTEM_CLASSES,
    SYSTEM_STATUSES,
    TIMEX_MODS,
    TIMEX_TYPES,
    TREATY_KINDS,
)

ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
NON_BLANK = r"\S"
ENTRY_ID = r"^[a-z0-9][a-z0-9._-]*$"
MACRO = re.compile(r"%\{([a-z0-9][a-z0-9_-]*)\}|%([a-z][a-z0-9]*)")  # as timex.patterns


# -- references: ids of the whole rule set ------------------------------------------------------

@dataclass
class Known:
    """The ids a reference may name, collected from every rule folder before validation."""

    actors: set[str] = field(default_factory=set)
    states: set[str] = field(default_factory=set)
    actor_types: dict[str, str] = field(default_factory=dict)
    lexicon: set[str] = field(default_factory=set)
    systems: set[str] = field(default_factory=set)
    required: set[str] = field(default_factory=set)  # lexicon ids named by events' requires
    vocab: set[str] = field(default_factory=set)  # date_vocab ids
    trigger_vocab: set[str] = field(default_factory=set)  # date_vocab ids with trigger: true


def _known(info: ValidationInfo) -> Known | None:
    return info.context if isinstance(info.context, Known) else None


def _unknown(what: str, value: str, pool: set[str]) -> PydanticCustomError:
    close = get_close_matches(value, sorted(pool), n=1)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return PydanticCustomError("unknown_reference", "{value} is not a known {what}{hint}",
                               {"value": repr(value), "what": what, "hint": hint})


def _state_ref(value: str, info: ValidationInfo) -> str:
    known = _known(info)
    if known is not None and value not in known.states:
        if value in known.actors:
            raise PydanticCustomError("not_a_state", "{value} is an actor of type {type}, not a "
                                      "state", {"value": repr(value),
                                                "type": known.actor_types.get(value, "?")})
        raise _unknown("state id (actors of type state)", value, known.states)
    return value


def _system_ref(value: str, info: ValidationInfo) -> str:
    known = _known(info)
    if known is not None and value not in known.systems:
        raise _unknown("system id", value, known.systems)
    return value


def _actor_ref(value: str, info: ValidationInfo) -> str:
    known = _known(info)
    if known is not None and value not in known.actors:
        raise _unknown("actor id", value, known.actors)
    return value


def _requirement(value: str, info: ValidationInfo) -> str:
    known = _known(info)
    if known is None:
        return value
    for need in value.split("|"):
        need = need.removeprefix(ONLY_WORDS)
        if need not in REQUIRES_BUILTINS and need not in known.lexicon:
            raise _unknown("requirement (treaty, weapon or a lexicon id)", need,
                           known.lexicon | set(REQUIRES_BUILTINS))
    return value


def _trigger_vocab(value: str, info: ValidationInfo) -> str:
    known = _known(info)
    if known is not None and value not in known.trigger_vocab:
        raise _unknown("trigger vocabulary (a date_vocab id with trigger: true)", value,
                       known.trigger_vocab)
    return value


def _macros(value: str, info: ValidationInfo) -> str:
    known = _known(info)
    if known is None:
        return value
    for m in MACRO.finditer(value):
        name = m.group(1) or m.group(2)
        if name not in known.vocab:
            raise PydanticCustomError("unknown_macro",
                                      "unknown macro %{name} (define it in date_vocab)",
                                      {"name": name})
    return value


# -- value types ----------------------------------------------------------------------------------

def _iso_date(value: str) -> str:
    m = ISO_DATE.match(value)
    ok = m is not None
    if ok and m.group(2):
        try:
            _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        except ValueError:
            ok = False
    if not ok:
        raise PydanticCustomError("iso_date", "must be an ISO date (YYYY, YYYY-MM or "
                                  "YYYY-MM-DD), got {value}", {"value": repr(value)})
    return value


def _day(value: str) -> str:
    try:
        ok = len(value) == 10 and _dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        ok = False
    if not ok:
        raise PydanticCustomError("day", "must be a date YYYY-MM-DD (a document date), got "
                                  "{value}", {"value": repr(value)})
    return value


def _regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise PydanticCustomError("regex", "invalid regex: {error}", {"error": str(exc)}) from None
    if repeats_a_repetition(value):
        raise PydanticCustomError(
            "slow_regex", "regex repeats a repeated group (as in '(a+)+'): it can take "
            "exponential time on some texts; write the repetition once")
    return value


Text = Annotated[str, StringConstraints(pattern=NON_BLANK)]  # checked in Rust: fast
Phrases = list[Text]


def _single_word(value: str) -> str:
    if len(value.split()) != 1:
        raise PydanticCustomError(
            "not_one_word", "'{value}' is not one word: this list is matched word by word, "
            "so a phrase never matches; write its head word ('equipment' for 'monitoring "
            "equipment')", {"value": value})
    return value


# object words, read one token at a time ("met its obligations": "obligations")
Words = list[Annotated[str, AfterValidator(_single_word)]]
EntryId = Annotated[str, StringConstraints(pattern=ENTRY_ID)]
IsoDate = Annotated[str, AfterValidator(_iso_date)]
Day = Annotated[str, AfterValidator(_day)]
Regex = Annotated[str, AfterValidator(_regex)]
StateRef = Annotated[str, AfterValidator(_state_ref)]
ActorRef = Annotated[str, AfterValidator(_actor_ref)]
SystemRef = Annotated[str, AfterValidator(_system_ref)]
Requirement = Annotated[str, AfterValidator(_requirement)]
TriggerVocab = Annotated[str, AfterValidator(_trigger_vocab)]
DateRegex = Annotated[str, AfterValidator(_regex), AfterValidator(_macros)]
Number = Annotated[float, Field(strict=True)]  # an int or a float, never text or a bool
PositiveNumber = Annotated[float, Field(strict=True, gt=0)]
Case = Literal[CASE_MODES]  # type: ignore[valid-type]
EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
SystemClass = Literal[SYSTEM_CLASSES]  # type: ignore[valid-type]


# -- examples -----------------------------------------------------------------------------------

class Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class ExpectedRecord(BaseModel):
    """One record a structured example expects: its kind, and the fields that matter."""

    model_config = ConfigDict(strict=True, extra="allow")
    kind: Literal[RECORD_KINDS]  # type: ignore[valid-type]
    id: str | None = None


class ExampleCase(BaseModel):
    """A sentence with its document date and the record fields it must give."""

    model_config = ConfigDict(strict=True, extra="allow")  # extra keys: record fields
    text: Text
    dct: Day | None = None
    expect: list[ExpectedRecord] | None = None


def _example_kind(value: Any) -> str:
    return "text" if isinstance(value, str) else "case"


Example = Annotated[
    Annotated[Text, Tag("text")] | Annotated[ExampleCase, Tag("case")],
    Discriminator(_example_kind),
]


# -- sections -------------------------------------------------------------------------------------

class EntryModel(Strict):
    """Keys every entry may have."""

    id: EntryId
    examples: list[Example] = []
    not_: list[Example] = Field([], alias="not")
    note: str | None = None


class HistoryItem(Strict):
    type: EventType
    date: IsoDate
    actor: ActorRef | None = None
    note: str | None = None


class DatedNames(Strict):
    """Names that mean the entry only in a text dated from ``from`` to ``to`` (either may be
    open): "START" is START I in 2009 news and New START in 2022 news."""

    names: Phrases
    from_: IsoDate | None = Field(None, alias="from")
    to: IsoDate | None = None

    @model_validator(mode="after")
    def _ordered(self) -> DatedNames:
        if self.from_ is None and self.to is None:
            raise PydanticCustomError("dated_open", "give 'from', 'to' or both", {})
        if self.to is not None and self.from_ is not None and self.to < self.from_:
            raise PydanticCustomError("dated_order", "'to' ({to}) is before 'from' ({start})",
                                      {"to": self.to, "start": self.from_})
        return self


class Treaty(EntryModel):
    name: Text
    kind: Literal[TREATY_KINDS]  # type: ignore[valid-type]
    aliases: Phrases = []
    dated_aliases: list[DatedNames] = []
    parties: list[ActorRef] = []
    signed_by: list[ActorRef] = []  # who signed it, where the parties grew since (successors)
    signed: IsoDate | None = None
    in_force: IsoDate | None = None
    expires: IsoDate | None = None
    ended: IsoDate | None = None
    history: list[HistoryItem] = []
    bans: Phrases = []  # what it bans: "the convention banning cluster munitions" names it
    regulates: Phrases = []  # what it governs without banning: "a treaty regulating the arms trade"
    case: Case | None = None


class RangeKm(Strict):
    min: PositiveNumber | None = None
    max: PositiveNumber

    @model_validator(mode="after")
    def _ordered(self) -> RangeKm:
        if self.min is not None and self.min > self.max:
            raise PydanticCustomError("range_order", "min ({min}) is larger than max ({max})",
                                      {"min": self.min, "max": self.max})
        return self


class System(EntryModel):
    name: Text
    class_: SystemClass = Field(alias="class")
    country: StateRef
    aliases: Phrases = []
    weapon_names: Phrases = []  # names that are the system only before a weapon word
    range_km: RangeKm | None = None
    status: Literal[SYSTEM_STATUSES] | None = None  # type: ignore[valid-type]
    case: Case | None = None
    type_note: str | None = None
    variant_of: SystemRef | None = None  # "M51.3" is a version of the M51: its own entry
    exported: bool = False  # fired by many buyers: its maker is no default actor
    platform: bool = False  # carries weapons (a submarine class): a record, no event's weapon


class SystemPattern(EntryModel):
    regex: Regex
    name: Text | None = None  # a format string: {0} the whole match, {1} its first group...
    class_: SystemClass | None = Field(None, alias="class")
    country: StateRef | None = None

    @field_validator("name")
    @classmethod
    def _fields_name_groups(cls, name: str | None, info: ValidationInfo) -> str | None:
        regex = info.data.get("regex")
        if name is None or regex is None:
            return name
        groups = re.compile(regex).groups
        try:
            fields = [field for _, field, _, _ in string.Formatter().parse(name)
                      if field is not None]
        except ValueError as exc:
            raise PydanticCustomError("name_format", "{error}", {"error": str(exc)}) from None
        bad = [f for f in fields if not (f.isdigit() and int(f) <= groups)]
        if bad:
            raise PydanticCustomError(
                "name_format", "{fields} names no group of the regex (it has {groups}; {zero} is "
                "the whole match, {one} its first group)",
                {"fields": ", ".join("{" + f + "}" for f in bad), "groups": groups,
                 "zero": "{0}", "one": "{1}"})
        return name


class Title(Strict):
    title: Text
    from_: IsoDate = Field(alias="from")
    to: IsoDate | None = None
    country: StateRef | None = None
    organization: ActorRef | None = None  # the body a post of no state serves (NATO, the UN)

    @model_validator(mode="after")
    def _ordered(self) -> Title:
        if self.to is not None and self.to < self.from_:
            raise PydanticCustomError("title_order", "'to' ({to}) is before 'from' ({start})",
                                      {"to": self.to, "start": self.from_})
        return self


class Actor(EntryModel):
    name: Text
    type: Literal[ACTOR_TYPES]  # type: ignore[valid-type]
    aliases: Phrases = []
    metonyms: Phrases = []
    adjectives: Phrases = []
    demonyms: Phrases = []
    short_names: Phrases = []  # one capitalised word after "the", once named in full: "the North"
    # ... or once one of these actors is named: "the North" after "South Korea's military"
    short_names_after: list[ActorRef] = []
    capital: Text | None = None
    country: StateRef | None = None
    members: list[StateRef] = []  # the states of a group that always has the same ones (E3)
    acts_for: ActorRef | None = None  # the body an organ of it acts for (IAEA board: IAEA)
    # the organ it acts through in events of a type (UN sanctions are the Security Council's)
    acts_through: dict[EventType, ActorRef] = {}
    titles: list[Title] = []
    case: Case | None = None


class JobTitles(EntryModel):
    phrases: Phrases


class Event(EntryModel):
    type: EventType
    verbs: Phrases = []
    nouns: Phrases = []
    phrases: Phrases = []
    requires: list[Requirement] = []
    status: Literal[STATUSES] | None = None  # type: ignore[valid-type]
    absorbs: list[EventType] = []
    absorbs_clause: list[EventType] = []  # "denied the system contravenes the treaty"
    supplier_after: Words = []  # "bought S-400s from Russia": Russia supplies, the buyer receives
    buyer_deploys: bool = False  # no supplier named: the buyer deploys ("will buy F-35 jets")
    subject: Literal["agent", "target", "none"] | None = None
    aimed: Words = []
    particle: Phrases = []  # "pull the country out of": the verb counts only with one of these
    unless_object: Words = []  # "met its obligations": no event when its object holds one
    object: Words = []  # "restored some of the sanctions": only with one in it or its object
    instrument: Words = []  # "attacked two airfields with missiles": only with a weapon after one
    unless_attribute: bool = False  # "the plan was a departure from the deal": not after "was"
    # "said the launch was not in violation of": negated right after "not", another type
    negated: EventType | None = None
    # no words: a date that names a treaty ("the 2002 Moscow Treaty") is the trigger
    named_by_date: bool = False
    case: Case | None = None

    @model_validator(mode="after")
    def _has_a_trigger(self) -> Event:
        if not (self.verbs or self.nouns or self.phrases or self.named_by_date):
            raise PydanticCustomError("no_trigger",
                                      "has no verbs, nouns or phrases (nor named_by_date)")
        return self


class EventCue(EntryModel):
    status: Literal[CUE_STATUSES]  # type: ignore[valid-type]
    cues: Phrases
    needs_between: Phrases = []
    unless_between: Phrases = []
    needs_after: Phrases = []
    needs_right_before: Phrases = []
    types: list[EventType] = []
    case: Case | None = None


class Lexicon(EntryModel):
    phrases: Phrases

    @model_validator(mode="after")
    def _consulted(self, info: ValidationInfo) -> Lexicon:
        known = _known(info)
        if (known is not None and self.id not in CONSULTED_LEXICONS
                and self.id not in known.required):
            raise _unknown("lexicon id (one the components consult, or one an event "
                           "requires)", self.id, set(CONSULTED_LEXICONS) | known.required)
        return self


class Verb(EntryModel):
    past: Text
    participle: Text | None = None
    third: Text | None = None


class Unit(EntryModel):
    phrases: Phrases
    km: PositiveNumber
    measure: Literal[RANGE_MEASURES] | None = None  # type: ignore[valid-type]


Position = Literal["before", "after"]


class NumberWord(EntryModel):
    phrases: Phrases
    value: Number | None = None
    scale: bool = False
    needs_scale: bool = False
    vague: bool = False
    case: Case | None = None

    @model_validator(mode="after")
    def _value_or_vague(self) -> NumberWord:
        if self.vague == (self.value is not None):
            raise PydanticCustomError("value_or_vague", "needs either a numeric 'value' or "
                                      "'vague: true'")
        return self


class RangeConnector(EntryModel):
    phrases: Phrases
    openers: Phrases = []
    needs_opener: bool = False
    case: Case | None = None


class RangeCue(EntryModel):
    type: Literal["approx", "at_most", "at_least"]
    phrases: Phrases
    position: Literal["before", "after", "infix"] = "before"
    case: Case | None = None


class RangeMeasure(EntryModel):
    measure: Literal[RANGE_MEASURES]  # type: ignore[valid-type]
    phrases: Phrases
    position: Position = "before"
    window: NonNegativeInt | None = None
    case: Case | None = None


class RangeBlocker(EntryModel):
    phrases: Phrases
    position: Position
    window: NonNegativeInt = 0
    case: Case | None = None


def _list_or_mapping(value: Any) -> str:
    return "mapping" if isinstance(value, dict) else "list"


WordTable = Annotated[
    Annotated[Phrases, Tag("list")] | Annotated[dict[Text, str | int], Tag("mapping")],
    Discriminator(_list_or_mapping),
]


class DateVocab(EntryModel):
    words: WordTable | None = None
    regex: DateRegex | None = None
    case: Case | None = None
    trigger: bool = False

    @model_validator(mode="after")
    def _words_or_regex(self) -> DateVocab:
        if (self.words is None) == (self.regex is None):
            raise PydanticCustomError("words_or_regex", "needs exactly one of 'words' (a list "
                                      "or a mapping) and 'regex'")
        if self.regex is not None and re.search(r"\\[1-9]", self.regex):
            raise PydanticCustomError("backref", "use named groups, not numbered "
                                      "back-references, in macros")
        return self


Template = str | int


class DatePattern(EntryModel):
    regex: DateRegex
    type: Literal[TIMEX_TYPES]  # type: ignore[valid-type]
    value: Template | list[Template]
    mod: Template | None = None
    group: str | None = None
    priority: int = 0
    modifiers: bool = True
    trigger: TriggerVocab | list[TriggerVocab] | None = None
    # one item of a list right after (before) the expression, rebinding some of its groups:
    # "and 12" of "August 11 and 12" is a date of its own
    listed_after: DateRegex | None = None
    listed_before: DateRegex | None = None


class DateModifier(EntryModel):
    words: Phrases
    mod: Literal[TIMEX_MODS]  # type: ignore[valid-type]
    position: Position = "before"
    types: list[Literal[TIMEX_TYPES]] = list(TIMEX_TYPES)  # type: ignore[valid-type]


class DateNegative(EntryModel):
    regex: DateRegex
    trigger: TriggerVocab | list[TriggerVocab] | None = None


class DateTense(EntryModel):
    tense: Literal["past", "present", "future", "none"]
    words: Phrases = []
    regex: Regex | None = None
    except_: Phrases = Field([], alias="except")
    kind: Literal["auxiliary", "verb", "progressive", "cue", "adjacent", "leading",
                  "attributive", "glue", "boundary"] = "verb"
