"""treatyx_entities: actors, treaties and missile systems, with every name they go by.

Names come from the ``actors``, ``treaties``, ``systems`` sections (phrase tables, compiled
once and kept by the build cache); unknown systems from ``system_patterns`` (regexes over the
text); unknown people from a ``titles`` phrase followed by a capitalised name. A capital or
seat of government counts as its state unless a ``place-cues`` lexicon word puts it on the map
("in Moscow"). Once a person is named in full, their surname alone is a mention too.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import pairwise

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .. import extensions
from ..cache import BuildCache
from ..matching import WORD, PhraseTable, Scanner, name_spellings, token_ids
from ..ruleset import Entry, RuleSet
from ..tokenizer import UNICODE_HYPHENS
from .common import POSSESSIVES, lexicon_phrases, lexicon_words, slugify
from .rulebased import RuleComponent
from .treaty_descriptions import TreatyDescriptions

ENTITY_SECTIONS = (("treaties", "treaty"), ("systems", "system"), ("actors", "actor"))
NAME_ROLES = ("aliases", "metonyms", "adjectives", "demonyms", "weapon_names")
WEAPON_NAME_WINDOW = 4  # words after a weapon name in which a weapon word must follow
APPOSITION_WINDOW = 7  # words of an apposition after a weapon name, its weapon word last
ARTICLES = frozenset({"a", "an", "the"})  # words that open an apposition
SUPPLY_WORDS = 6  # tokens before "from" in which a verb of supply-verbs makes a capital its seller
CLOSING_PUNCT = {"]", ")"}  # "[Russian Foreign Minister] Sergei Lavrov"
MAX_UNKNOWN_NAME_WORDS = 3
NAMESAKE_WORDS = 7  # capitalised words after a person's name in which a place's noun may end it
OFFICE_WORDS = 2  # lower-case words between a state and a title ("Iraqi information minister")
APPOSITION_NAME_WORDS = 2  # a name set off by commas after a title has a given and a family name
SAME_AS_KINDS = ("treaty", "system")  # "X, also known as Y" only merges names of things
NER_LISTS = (("person", "ner-person-labels"), ("organization", "ner-organization-labels"))
DATELINE_ENDS = {",", ":", "(", "—", "–", "-", "--"}  # "MOSCOW, March 3 (Reuters) -"


@dataclass(frozen=True)
class NameRef:
    """What a matched phrase names: an entity of some kind, in some role."""

    kind: str
    id: str
    role: str  # alias | metonym | adjective | demonym | surname | title-name | pattern | ner
    # of a dated alias: the first and last document dates ("" and "~" when open) it holds for
    dated: tuple[str, str] | None = None

    def holds_on(self, dct: str | None) -> bool:
        """A dated alias names its entity only in a text dated within its range."""
        if self.dated is None:
            return True
        return dct is not None and self.dated[0] <= dct[:10] <= self.dated[1]


@dataclass
class Candidate:
    start: int
    end: int
    ref: NameRef
    priority: int  # lower wins among equally long candidates
    extra: dict


# lower-case particles inside Arabic, Dutch, German, French... names
NAME_PARTICLES = frozenset(("al", "el", "bin", "ibn", "bint", "abu", "van", "von", "der", "de",
                            "da", "di", "du", "la", "le"))


def _name_word(token: Token, initial: bool = False) -> bool:
    """A capitalised word of a name, or (inside one) initials: "George E. Thompson",
    "George H.W. Bush", "George HW Bush", "Sean McCormack"."""
    if initial and _initials(token.text):
        return True
    text = token.text  # "McCormack", "DiNanno": a capital inside is still a name's word
    return token.is_alpha and (token.is_title or (
        text[0].isupper() and text[1:2].islower() and not text.isupper()))


def _initials(text: str) -> bool:
    """One to three capital initials, with or without dots: "E.", "H.W.", "HW"."""
    letters = text.replace(".", "")
    return 0 < len(letters) <= 3 and letters.isalpha() and letters.isupper() and \
        (len(letters) > 1 or text.endswith("."))


def _joined_part(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a hyphen inside a name, glued to a word on both sides: "Mohammad-Bagher",
    "Jong-un"."""
    return (doc[i].text in ("-", *UNICODE_HYPHENS) and i + 1 < len(doc) and i > 0
            and not doc[i - 1].whitespace_ and not doc[i].whitespace_
            and doc[i + 1].is_alpha and doc[i - 1].is_alpha)


def _name_end(doc: Doc, i: int, max_words: int, stop: AbstractSet[int] | dict) -> int:
    """The end of the capitalised name that starts at ``doc[i]`` (``i`` when there is none):
    words, initials inside it and hyphenated parts, at most ``max_words`` words; ``stop``
    holds token indices the name may not enter. The last word is a capitalised word."""
    j, words, last_word = i, 0, i
    while j < len(doc) and words < max_words and j not in stop and not doc[j].is_sent_start:
        if j > i and _joined_part(doc, j) and j + 1 not in stop:
            j += 2
            last_word = j
            continue
        if j > i and doc[j].lower_ in NAME_PARTICLES and j + 1 < len(doc) and j + 1 not in stop \
                and (_joined_part(doc, j + 1) or (doc[j].whitespace_ and _name_word(doc[j + 1]))):
            j += 1  # "Walid al-Moallem", "Mohammed bin Salman": a particle inside the name
            continue
        if j > i and _wrapped_line_break(doc, j) and j + 1 not in stop:
            j += 1  # wire copy wrapped inside the name: "Foreign Minister Sergei\nLavrov"
            continue
        if not _name_word(doc[j], initial=j > i):
            break
        j += 1
        words += 1
        if doc[j - 1].is_alpha and not _initials(doc[j - 1].text):
            last_word = j
    return last_word


def _wrapped_line_break(doc: Doc, i: int) -> bool:
    """``doc[i]`` is one line break inside a sentence (the sentencizer found the line wrapped,
    not ended) before a capitalised word."""
    return (doc[i].is_space and doc[i].text.count("\n") == 1 and i + 1 < len(doc)
            and not doc[i + 1].is_sent_start and _name_word(doc[i + 1]))


def _opens_line(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def _is_dateline(doc: Doc, start: int, end: int) -> bool:
    """A place name in capitals in the dateline that opens a line: "MINSK, Belarus --",
    "SEOUL:", "WASHINGTON/MOSCOW --"."""
    if not all(t.is_upper for t in doc[start:end] if t.is_alpha):
        return False
    i = start
    while i > 0 and (doc[i - 1].text == "/" or doc[i - 1].is_upper) and \
            "\n" not in doc[i - 1].text_with_ws:
        i -= 1
    j = end
    while j < len(doc) and j + 1 < len(doc) and doc[j].text == "/" and doc[j + 1].is_upper:
        j += 2
    return _opens_line(doc, i) and j < len(doc) and doc[j].text in DATELINE_ENDS


def _entity_info(entry: Entry, kind: str) -> dict:
    """The static record fields of a known entity (what every mention shares)."""
    data = entry.data
    names = [data["name"], *data.get("aliases", [])]
    aliases = list(dict.fromkeys(names))
    if kind == "actor":
        info = {"name": data["name"], "type": data["type"], "country": data.get("country")}
        if data["type"] == "state":
            info["country"] = entry.id
        if data.get("members"):
            info["members"] = list(data["members"])
        if data.get("acts_for"):
            info["acts_for"] = data["acts_for"]
        return info
    if kind == "system":
        info = {"name": data["name"], "aliases": aliases, "class": data["class"],
                "country": data["country"], "range_km": data.get("range_km"), "known": True}
        if data.get("variant_of"):
            info["variant_of"] = data["variant_of"]
        if data.get("platform"):
            info["platform"] = True  # a submarine class: carries the weapons of events
        return info
    return {"name": data["name"], "aliases": aliases, "category": data["kind"],
            **{key: data[key] for key in ("signed", "in_force", "expires", "ended") if key in data}}


def _possessive_after(doc: Doc, end: int) -> bool:
    """"over Pyongyang's launch": a capital that owns something is its state, whatever
    preposition stands before it."""
    return end < len(doc) and doc[end].lower_ in POSSESSIVES


def _title_held(entry: Entry, dct: str | None, said: str | None) -> dict:
    """The title of a known person the article means: the one whose name matches the title
    the text gives ("Secretary General" -> "Secretary General of NATO"), else the one held on
    the document date, else the most recent. Empty when the knowledge base lists none."""
    titles = entry.get("titles", [])
    if said:
        words = said.lower()
        for title in titles:
            name = str(title.get("title") or "").lower()
            if name and (words in name or name in words):
                return title
    if dct:
        for title in titles:
            if _held_on(title, dct):
                return title
    return titles[0] if titles else {}


def _held_on(title: dict, dct: str) -> bool:
    """Was a listed title (its ``from`` and ``to``, ``to`` empty while held) held on the
    document date ``dct``?"""
    start, end = str(title.get("from") or ""), str(title.get("to") or "9999")
    return start[:10] <= dct <= end[:10] + "~"


def spelling_table(ruleset: RuleSet) -> dict[str, list[str]]:
    """Word -> all its spellings, from the ``name-spellings`` lexicon ("Sergei Sergey")."""
    table: dict[str, list[str]] = {}
    for group in lexicon_phrases(ruleset, "name-spellings"):
        words = group.split()
        for word in words:
            table[word] = list(dict.fromkeys([word, *words, *table.get(word, [])]))
    return table


def common_words(ruleset: RuleSet) -> set[str]:
    """Lower-case words that are ordinary English: no name in capitals, no one-word NER
    organisation."""
    return set(STOP_WORDS) | lexicon_words(ruleset, "common-words")


def _add_names(table: PhraseTable[NameRef], ruleset: RuleSet) -> None:
    """Every name of every known entity in all its spellings, and the phrases that block
    one. Names as written come first, so that another entity's name spelled differently
    never takes over a name some entity is listed with."""
    variants, common = spelling_table(ruleset), common_words(ruleset)
    names: list[tuple[str, NameRef, str | None]] = []
    for section, kind in ENTITY_SECTIONS:
        for entry in ruleset.entries(section):
            case = entry.get("case")
            names.append((entry["name"], NameRef(kind, entry.id, "alias"), case))
            for key in NAME_ROLES:
                role = key.rstrip("s") if key != "aliases" else "alias"
                names.extend((phrase, NameRef(kind, entry.id, role), case)
                             for phrase in entry.get(key, []))
            for phrases, first, last in entry.dated_aliases():
                names.extend((phrase, NameRef(kind, entry.id, "alias", (first, last)), case)
                             for phrase in phrases)
    # Phrases that contain a name but mean something else ("Patriot Act"): when one of them
    # is the longest match at a place, nothing is recognised there.
    blocked = NameRef("blocked", "", "blocked")
    names.extend((phrase, blocked, None)
                 for phrase in sorted(lexicon_phrases(ruleset, "name-blockers")))

    def caps(text: str, ref: NameRef) -> bool:
        return ref is blocked or any(word.lower() not in common for word in WORD.findall(text))

    for phrase, ref, case in names:
        table.add(phrase, ref, case, caps=caps(phrase, ref))
    for phrase, ref, case in names:
        for text in name_spellings(phrase, variants)[1:]:
            table.add(text, ref, case, caps=caps(text, ref))


def _family_name(entry: Entry, family_name_first: set[str]) -> str:
    """The word of a listed person's name that a title goes with: the first for a person of
    a state that puts the family name first ("President Yoon" of Yoon Suk Yeol), else the
    last ("President Medvedev")."""
    words = entry["name"].split()
    return words[0] if entry.get("country") in family_name_first else words[-1]


def _kb_name_words(ruleset: RuleSet) -> tuple[set[str], set[str]]:
    """The lower-cased names of the listed states, places and organisations, and the
    surnames of the listed people: what a trained NER's guesses are checked against."""
    places: set[str] = set()
    surnames: set[str] = set()
    for entry in ruleset.entries("actors"):
        names = [entry["name"], *(name for key in NAME_ROLES for name in entry.get(key, []))]
        if entry["type"] == "person":
            surnames.update(name.split()[-1] for name in names if len(name.split()) > 1)
        else:
            places.update(name.lower() for name in names)
    return places, surnames


def _add_titles(table: PhraseTable[str], ruleset: RuleSet) -> None:
    for entry in ruleset.entries("titles"):
        table.add_all(entry["phrases"], entry.id)


class EntityRecognizer(RuleComponent):
    """Finds actor, treaty and system mentions and writes them to span groups."""

    SECTIONS = ("actors", "treaties", "systems", "titles", "system_patterns", "lexicon")

    def build(self, ruleset: RuleSet, cache: BuildCache) -> None:
        nlp, name = self.nlp, self.name
        self.entries: dict[tuple[str, str], Entry] = {}
        self.info: dict[tuple[str, str], dict] = {}
        for section, kind in ENTITY_SECTIONS:
            for entry in ruleset.entries(section):
                self.entries[(kind, entry.id)] = entry
                self.info[(kind, entry.id)] = _entity_info(entry, kind)
        self.short_names: dict[str, list[str]] = {  # id -> short names ("North")
            entry.id: list(entry["short_names"]) for entry in ruleset.entries("actors")
            if entry.get("short_names")}
        self.short_names_after: dict[str, list[str]] = {}  # named actor -> actors it licenses
        for entry in ruleset.entries("actors"):
            for named in entry.get("short_names_after") or ():
                self.short_names_after.setdefault(named, []).append(entry.id)
        self.family_name_first = lexicon_words(ruleset, "family-name-first")
        self.people_by_surname: dict[str, list[tuple[str, Entry]]] = {}
        for entry in ruleset.entries("actors"):
            if entry["type"] == "person":
                self.people_by_surname.setdefault(
                    _family_name(entry, self.family_name_first).lower(), []).append(
                    (entry.id, entry))
        self.surname_ids = {get_string_id(surname) for surname in self.people_by_surname}
        tokenizer = cache.tokenizer_key(nlp.tokenizer)
        self.names: PhraseTable[NameRef] = cache.phrase_table(
            f"{name}-names", nlp, lambda table: _add_names(table, ruleset), tokenizer)
        self.titles: PhraseTable[str] = cache.phrase_table(
            f"{name}-titles", nlp, lambda table: _add_titles(table, ruleset), tokenizer)
        self.descriptions = TreatyDescriptions(nlp, name, ruleset, cache, tokenizer)
        self.place_cues = lexicon_words(ruleset, "place-cues")
        self.visit_nouns = lexicon_words(ruleset, "visit-nouns")
        self.actor_nouns = lexicon_words(ruleset, "actor-nouns")
        self.seat_nouns = lexicon_words(ruleset, "seat-nouns")
        self.message_nouns = lexicon_words(ruleset, "message-nouns")
        self.supply_verbs = lexicon_words(ruleset, "supply-verbs")
        self.honorifics = frozenset(lexicon_phrases(ruleset, "honorifics"))  # as written
        self.name_enders = {  # ORTH ids: matched as written
            get_string_id(p) for p in lexicon_phrases(ruleset, "name-enders")}
        # labels of a trained pipeline's NER (--model) -> (actor type, the lexicon naming them)
        self.ner_labels = {label: (actor_type, list_id)
                           for actor_type, list_id in NER_LISTS
                           for label in lexicon_phrases(ruleset, list_id)}
        self.same_as_cues = lexicon_words(ruleset, "same-as-cues")
        self.ship_prefixes = {  # ORTH ids: matched as written
            get_string_id(p) for p in lexicon_phrases(ruleset, "ship-prefixes")}
        self.place_features = {
            get_string_id(p) for p in lexicon_phrases(ruleset, "place-features")}
        self.namesake_features = {
            get_string_id(p) for p in lexicon_phrases(ruleset, "namesake-features")}
        self.common_words = common_words(ruleset)
        self.kb_non_people, self.kb_surnames = _kb_name_words(ruleset)
        self.weapon_words = lexicon_words(ruleset, "weapon-words")
        self.patterns: list[tuple[Entry, Scanner]] = cache.get("system-patterns", lambda: [
            (entry, Scanner(entry["regex"])) for entry in ruleset.entries("system_patterns")])
        extensions.register_extensions()

    # -- matching ---------------------------------------------------------------------------
    def _known(self, doc: Doc) -> list[Candidate]:
        found = []
        dct = doc._.treatyx_dct
        named = list(self.names(doc))
        confirmed = self._confirmed_weapon_names(doc, named, dct)
        weapons_named = {ref.id for start, end, refs in named if (start, end) in confirmed
                         for ref in refs if ref.role == "weapon_name" and ref.holds_on(dct)}
        for start, end, refs in named:
            ref = next((ref for ref in refs if ref.holds_on(dct)), None)
            if ref is None:
                continue  # "START" in a text of no date: START I or New START?
            if ref.role == "metonym" and ((self._is_place(doc, start)
                                           and not _possessive_after(doc, end))
                                          or _is_dateline(doc, start, end)):
                continue
            if ref.kind == "system" and end - start == 1 and self._is_given_name(doc, end):
                continue
            # "Khorramshahr" the city; "a Khorramshahr ballistic missile"; named as the
            # missile once ("a new missile called Shourya"), the bare name elsewhere in the
            # text is the missile too ("Shourya can carry two warheads"), unless a
            # preposition of place makes it a place
            if ref.role == "weapon_name" and (start, end) not in confirmed \
                    and not (ref.id in weapons_named and not self._is_place(doc, start)):
                continue
            found.append(Candidate(start, end, ref, 0, {}))
        return found

    def _confirmed_weapon_names(self, doc: Doc, named: list[tuple[int, int, list[NameRef]]],
                                dct: str) -> set[tuple[int, int]]:
        """The spans of weapon names that stand before a weapon word or after a naming cue,
        each tested once."""
        return {(start, end) for start, end, refs in named
                if any(ref.role == "weapon_name" and ref.holds_on(dct) for ref in refs)
                and (self._weapon_follows(doc, end) or self._named_weapon(doc, start))}

    def _is_given_name(self, doc: Doc, after: int) -> bool:
        """A one-word missile name followed by a capitalised word is a person's name:
        "Iskander Mirza" (but not "Iskander Missiles" in a title-case headline)."""
        if after >= len(doc):
            return False
        word = doc[after]
        return word.is_title and word.is_alpha and word.lower_ not in self.weapon_words

    def _weapon_follows(self, doc: Doc, end: int) -> bool:
        """A weapon word within a few words after a name, in its sentence: "a Khorramshahr
        long-range ballistic missile", also in an apposition right after it ("its Nasr, a
        nuclear-capable battlefield missile"). A word joined by hyphens counts once
        ("the Sayyad surface-to-air missile")."""
        words, window = 0, WEAPON_NAME_WINDOW
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ARTICLES:
            end, window = end + 1, APPOSITION_WINDOW
        for token in doc[end:]:
            if token.is_sent_start or (token.is_punct and token.text != "-"
                                       and not token.is_quote):
                return False  # quotes may wrap the name: "the new 'Fattah' missile"
            if token.lower_ in self.weapon_words:
                return True
            joined = token.text == "-" or (token.i > 0 and doc[token.i - 1].text == "-"
                                           and not doc[token.i - 1].whitespace_)
            words += not joined
            if words >= window:
                return False
        return False

    def _named_weapon(self, doc: Doc, start: int) -> bool:
        """A name right after a naming cue that follows a weapon word of its sentence: "the
        missile, called Fattah", "a rocket dubbed Khorramshahr"."""
        sentence = doc[start].sent
        words = [t.lower_ for t in doc[sentence.start:start] if not t.is_quote]
        for size in (3, 2, 1):
            if len(words) > size and " ".join(words[-size:]) in self.same_as_cues:
                return any(word in self.weapon_words for word in words[:-size])
        return False

    def _is_place(self, doc: Doc, start: int) -> bool:
        before = start - 1
        if before >= 0 and doc[before].lower_ == "the":
            before -= 1
        if before > 0 and doc[before].lower_ == "in" and doc[before - 1].lower_ in \
                self.seat_nouns:
            return False  # "officials in Tehran", "the Foreign Ministry in Islamabad"
        if before > 0 and doc[before].lower_ == "from" and (
                doc[before - 1].lower_ in self.actor_nouns
                or doc[before - 1].lower_ in self.message_nouns):
            # "officials from Washington and Moscow met": whom they represent; "warnings
            # from Beijing": who sent them
            return False
        if before > 0 and doc[before].lower_ == "from" and any(
                doc[k].lower_ in self.supply_verbs
                for k in range(max(0, before - SUPPLY_WORDS), before)):
            return False  # "bought S-400 systems from Moscow": who sold them
        if before > 0 and doc[before].lower_ == "to" and doc[before - 1].lower_ in \
                self.visit_nouns:
            return False  # "the minister's visit to Moscow": the state visited
        return before >= 0 and doc[before].lower_ in self.place_cues

    def _described(self, doc: Doc) -> list[Candidate]:
        """Treaties named by what they ban ("the convention banning cluster munitions")."""
        return [Candidate(d.start, d.end, NameRef("treaty", d.treaty, "alias"), 0, {})
                for d in self.descriptions(doc)]

    def _patterned(self, doc: Doc) -> list[Candidate]:
        found = []
        text = extensions.doc_text(doc)
        for entry, regex in self.patterns:
            for match in regex.finditer(text):
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is None or span.text.strip() != span.text:
                    continue
                name = entry.get("name", "{0}").format(match.group(0), *match.groups())
                system_id = slugify(name)
                extra = {"name": name, "class": entry.get("class"), "country": entry.get("country"),
                         "aliases": [name], "known": False, "rule": entry.id}
                found.append(Candidate(span.start, span.end, NameRef("system", system_id,
                                                                     "pattern"), 1, extra))
        return found

    @staticmethod
    def _select(candidates: list[Candidate], length: int) -> list[Candidate]:
        """Longest first; among equals, known names before patterns; no overlaps."""
        taken = bytearray(length)
        kept = []
        for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.priority, c.start)):
            if any(taken[cand.start:cand.end]):
                continue
            taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
            kept.append(cand)
        kept.sort(key=lambda c: c.start)
        return kept

    def _apply_same_as(self, kept: list[Candidate], doc: Doc) -> list[Candidate]:
        """"A, also known as B" (a ``same-as-cues`` phrase between two names of one kind):
        one entity when the lists allow it. A name no list knows (a designator found by its
        shape) is the listed entity it is said to be ("the KN-23, also called the
        Hwasong-11A"); a listed name that is a shortened form of the other entity's name is
        that entity ("New START, also known as the Strategic Arms Reduction Treaty": the
        full name of New START is the New Strategic Arms Reduction Treaty). A name in
        brackets right after another is read the same way. Otherwise two listed entities
        stay two."""
        for first, second in pairwise(kept):
            if first.ref.kind not in SAME_AS_KINDS or first.ref.kind != second.ref.kind \
                    or first.ref.id == second.ref.id:
                continue
            between = [t.lower_ for t in doc[first.end:second.start] if not t.is_punct]
            if between[-1:] == ["the"]:
                between.pop()  # "also known as the Hwasong-11A"
            parenthesis = not between and doc[first.end].text == "("  # "New START (Strategic
            # Arms Reduction Treaty)": a name in brackets right after a name restates it
            if " ".join(between) not in self.same_as_cues and not parenthesis:
                continue
            for cand, other in ((first, second), (second, first)):
                if (cand.ref.role == "pattern" and other.ref.role != "pattern") or \
                        self._shortened(doc[cand.start:cand.end].text, other.ref):
                    cand.ref = NameRef(other.ref.kind, other.ref.id, "alias")
                    cand.extra = {}
                    break
        return kept

    def _shortened(self, text: str, ref: NameRef) -> bool:
        """``text`` is a part of one of the names the lists give ``ref``."""
        words = f" {text.lower()} "
        return any(words in f" {name.lower()} " and len(name) > len(text)
                   for name in self.info.get((ref.kind, ref.id), {}).get("aliases", []))

    def _people_by_title(self, doc: Doc, kept: list[Candidate]) -> list[Candidate]:
        """People introduced by a title ("Finnish Foreign Minister Pekka Haavisto"), also in
        an apposition between commas ("Iran's UN envoy, Amir Saeid Iravani, said")."""
        covered = {i: cand for cand in kept for i in range(cand.start, cand.end)}
        # "Foreign Minister Jan Kohout Friday signed": no name goes on into these
        enders = {token.i for token in doc if token.orth in self.name_enders}
        found = []
        for t_start, t_end, title_ids in self.titles(doc):
            i = t_end
            while i < len(doc) and doc[i].text in CLOSING_PUNCT:
                i += 1
            apposition = i + 1 < len(doc) and doc[i].text == ","
            i += apposition
            while i < len(doc) and doc[i].text in self.honorifics:
                i += 1  # "Prime Minister Sir Keir Starmer": the name follows "Sir"
            title_text = doc[t_start:t_end].text
            country = self._country_before(doc, t_start, covered)
            known = covered.get(i)
            if known is not None and self._actor_type(known) == "person":
                known.extra.setdefault("title", title_text)
                continue
            j = _name_end(doc, i, MAX_UNKNOWN_NAME_WORDS, covered.keys() | enders)
            rest = covered.get(j + 1) if j < len(doc) and _wrapped_line_break(doc, j) else None
            if rest is not None and self._actor_type(rest) == "person":
                rest.extra.setdefault("title", title_text)  # "Minister Sergei\nLavrov"
                continue
            if j == i or (j < len(doc) and j not in covered and j not in enders and (
                    _name_word(doc[j]) or _joined_part(doc, j) or (
                        _initials(doc[j].text) and j + 1 < len(doc) and _name_word(doc[j + 1])))):
                continue  # no name, or a longer capitalised run we cannot delimit
            if apposition and (j - i < APPOSITION_NAME_WORDS or j >= len(doc)
                               or doc[j].text != ","):
                continue  # "the envoy, Monday, said": a full name closed by a comma only
            name = doc[i:j].text
            holder = self._title_holder(name, title_text, doc._.treatyx_dct)
            if holder is not None:  # "President Medvedev" in 2011: Dmitry Medvedev
                found.append(Candidate(i, j, NameRef("actor", holder, "alias"), 2,
                                       {"title": title_text}))
                continue
            extra = {"name": name, "type": "person", "title": title_text,
                     "country": country, "rule": title_ids[0]}
            found.append(Candidate(i, j, NameRef("actor", slugify(name), "title-name"), 2, extra))
        return found

    def _title_holder(self, surname: str, title_text: str, dct: str | None) -> str | None:
        """The one listed person with this surname who held this title on the document's
        date ("U.S. President" ends with the listed "President"), else the one who had held
        it before that date ("President Clinton" in 2008, told of an accord of 1994); None
        when there is no date, no such person, or more than one ("President Bush" in 2010)."""
        if not dct or " " in surname:
            return None
        said = f" {title_text.lower()}"
        titled = [(entry_id, title)
                  for entry_id, entry in self.people_by_surname.get(surname.lower(), [])
                  for title in entry.get("titles", [])
                  if said.endswith(" " + str(title.get("title") or "?").lower())]
        holders = {entry_id for entry_id, title in titled if _held_on(title, dct)}
        if not holders:
            holders = {entry_id for entry_id, title in titled
                       if str(title.get("from") or "9999")[:10] <= dct}
        return holders.pop() if len(holders) == 1 else None

    def _from_ner(self, doc: Doc, kept: list[Candidate]) -> list[Candidate]:
        """People and organisations that a trained pipeline's NER (``--model``) found and no
        rule names; nothing on the default blank pipeline, which has no NER. A guess must
        look like its kind (:meth:`_ner_person`, :meth:`_ner_organization`) and never
        overrides a listed name."""
        if not self.ner_labels or not doc.has_annotation("ENT_IOB"):
            return []
        taken = {i for cand in kept for i in range(cand.start, cand.end)}
        covered = {i: cand for cand in kept for i in range(cand.start, cand.end)}
        title_starts: set[int] = set()
        title_ends: set[int] | None = None
        found = []
        for ent in doc.ents:
            label = self.ner_labels.get(ent.label_)
            if label is None:
                continue
            start, end = ent.start, ent.end
            if end - start > 1 and doc[start].lower_ == "the":
                start += 1  # "the Arms Control Association"
            if end - start > 1 and doc[end - 1].text in POSSESSIVES:
                end -= 1
            if any(i in taken for i in range(start, end)):
                continue  # a name the rules know, or part of one
            actor_type, list_id = label
            span = doc[start:end]
            if self._listed_non_person(span) or _is_dateline(doc, start, end):
                continue
            if title_ends is None:
                title_starts, title_ends = self._title_edges(doc)
            # one word that is the surname of someone the document names in full is that
            # person, whatever the label ("Volodin" as an organisation)
            full = self._full_name(span, title_ends)
            if full:
                actor_type, list_id = NER_LISTS[0]
            elif not (self._ner_person(span, title_ends) if actor_type == "person"
                      else self._ner_organization(span)):
                continue
            name = full.text if full else span.text
            # "Mikhail Petrov, Russia's chief of missile troops": where the full name stands
            country = self._country_in_apposition(doc, full.end if full else end, covered,
                                                  title_starts) \
                if actor_type == "person" else None
            extra = {"name": name, "type": actor_type, "title": None, "country": country,
                     "rule": list_id}
            found.append(Candidate(start, end, NameRef("actor", slugify(name), "ner"), 4, extra))
        return found

    def _country_in_apposition(self, doc: Doc, end: int, covered: dict[int, Candidate],
                               title_starts: set[int]) -> str | None:
        """The state of a person whose name a comma and a phrase of that state's follow:
        "Mikhail Matveevsky, Russia's chief of artillery", "Jane Roe, the US envoy" (a title
        after the state)."""
        i = end + 1
        if end >= len(doc) or doc[end].text != "," or i >= len(doc):
            return None
        if doc[i].lower_ == "the":
            i += 1
        cand = covered.get(i)
        if cand is None or cand.start != i or cand.ref.kind != "actor" \
                or self.info.get(("actor", cand.ref.id), {}).get("type") != "state":
            return None
        after = cand.end
        if after < len(doc) and doc[after].text in POSSESSIVES:
            return cand.ref.id
        return cand.ref.id if after in title_starts else None

    def _listed_non_person(self, span: Span) -> bool:
        """A state, place or organisation of the lists in any case ("MINSK", a capital after
        "in"): the rules have decided about it already. (A dateline is a place too.)"""
        return span.text.lower() in self.kb_non_people

    def _title_edges(self, doc: Doc) -> tuple[set[int], set[int]]:
        """Where title phrases start, and where they end (after closing brackets): a name
        may follow."""
        starts, ends = set(), set()
        for start, end, _ids in self.titles(doc):
            starts.add(start)
            while end < len(doc) and doc[end].text in CLOSING_PUNCT:
                end += 1
            ends.add(end)
        return starts, ends

    def _ner_person(self, span: Span, title_ends: set[int]) -> bool:
        """A person's name: two capitalised words or more ("Kadri Vahtramaa"), or one after a
        title ("Speaker Ghalibaf") or that is the surname of a listed person; never a word
        in capitals ("MINSK")."""
        words = [t for t in span if t.is_alpha]
        if not words or all(t.is_upper for t in words):
            return False
        capitalised = [t for t in words if t.is_title or _initials(t.text)]
        if len(capitalised) >= 2 and words[0].is_title:
            return True
        if len(words) == 1 and words[0].is_title:
            return span.start in title_ends or words[0].text in self.kb_surnames
        return False

    def _full_name(self, span: Span, title_ends: set[int]) -> Span | None:
        """For a one-word name, the full name the document gives someone with that surname
        elsewhere ("Volodin" after or before "Vyacheslav Volodin"; a title is no given
        name), else None."""
        if len(span) != 1 or not span[0].is_title:
            return None
        word = span[0].text
        for token in span.doc:
            if token.text == word and token.i > 0 and token.i != span.start and \
                    token.i not in title_ends:
                given = span.doc[token.i - 1]
                if given.is_title and given.is_alpha and not token.is_sent_start and \
                        given.lower_ not in self.common_words and \
                        given.lower_ not in self.kb_non_people:
                    return span.doc[token.i - 1:token.i + 1]
        return None

    def _ner_organization(self, span: Span) -> bool:
        """An organisation's name: not one ordinary word ("Turnout", "Parliament"), one
        written in lower case elsewhere in the document, one not capitalised, or a name with a
        number in it."""
        words = [t for t in span if not t.is_punct]
        if any(ch.isdigit() for ch in span.text):
            return False  # "COVID-19", "Resolution 2231": a thing, not an organisation
        if len(words) != 1:
            return bool(words)
        word = words[0].lower_
        if word in self.common_words or not (words[0].is_title or words[0].is_upper):
            return False
        return words[0].is_upper or not any(
            t.lower_ == word and t.is_lower for t in span.doc)

    def _country_before(self, doc: Doc, start: int, covered: dict[int, Candidate]) -> str | None:
        """The state named just before a title ("Finnish", "Russia's", "US"), or that of an
        organisation named there ("Ukrainian Air Force Commander", "Pentagon spokesman"), also
        over a few lower-case words of the office ("the Iraqi information minister")."""
        i = start - 1
        while i >= 0 and start - i <= OFFICE_WORDS and doc[i].is_lower and doc[i].is_alpha \
                and not doc[i].is_stop:
            i -= 1
        if i >= 0 and doc[i].text in POSSESSIVES:
            i -= 1
        cand = covered.get(i)
        if cand is not None and cand.ref.kind == "actor":
            info = self.info.get(("actor", cand.ref.id), {})
            if info.get("type") == "state":
                return cand.ref.id
            if info.get("type") == "organization":
                return info.get("country")
        return None

    def _surnames(self, doc: Doc, kept: list[Candidate], info: dict) -> list[Candidate]:
        """A person named in full is also meant by their surname alone later on: the last
        word of the name, or the first for a person of a state that puts the family name
        first (lexicon family-name-first: "Kim Jong Un" ... "Kim", "Xi Jinping" ... "Xi")."""
        surnames = self._surname_table(doc, kept, info)
        if not surnames:
            return []
        covered = {i for cand in kept for i in range(cand.start, cand.end)}
        by_id = {get_string_id(text): cand for text, cand in surnames.items()}
        found = []
        for i, word in enumerate(token_ids(doc)[1][0]):
            first = by_id.get(word)
            if first is not None and i >= first.end and i not in covered:
                ref = NameRef("actor", first.ref.id, "surname")
                found.append(Candidate(i, i + 1, ref, 3, dict(first.extra)))
        return found

    def _titled_surnames(self, doc: Doc, kept: list[Candidate], info: dict) -> list[Candidate]:
        """A title before a surname alone ("President Yoon") means the person named in full
        earlier in the text ("Yoon Suk-yeol"), also when none of their listed titles fits
        the article's date: no new person of that one-word name."""
        surnames = self._surname_table(doc, kept, info)
        for cand in kept:
            first = surnames.get(doc[cand.start].text) \
                if cand.ref.role == "title-name" and cand.end - cand.start == 1 else None
            if first is not None and first.end <= cand.start and first.ref.id != cand.ref.id:
                cand.ref = NameRef("actor", first.ref.id, "surname")
                cand.extra = {**first.extra, "title": cand.extra.get("title")}
        return kept

    def _surname_table(self, doc: Doc, kept: list[Candidate], info: dict
                       ) -> dict[str, Candidate]:
        """The surname (as written) of each person named in full in ``kept``, to the first
        mention that names them so."""
        surnames: dict[str, Candidate] = {}
        for cand in kept:
            if cand.ref.kind != "actor":
                continue
            person = info.get(("actor", cand.ref.id)) or cand.extra
            if person.get("type") != "person" or (
                    cand.end - cand.start < 2 and cand.ref.role != "title-name"):
                continue  # a one-word name is a surname after a title ("Ambassador Nowak")
            surnames.setdefault(doc[cand.end - 1].text, cand)
            if person.get("country") in self.family_name_first and cand.ref.role != \
                    "title-name" and cand.end - cand.start >= 2 and doc[cand.start].is_title:
                surnames.setdefault(doc[cand.start].text, cand)
        return surnames

    def _office_holders(self, doc: Doc, kept: list[Candidate]) -> list[Candidate]:
        """A capitalised word alone that is the surname of the one listed person who held a
        listed post on the document's date: "Medvedev and Obama signed" in 2010 (Dmitry
        Medvedev, then President). Not part of a longer name ("Ivan Medvedev"), not a common
        word, and nothing when two listed people of that surname held a post then."""
        dct = doc._.treatyx_dct
        if not dct:
            return []
        lowers = token_ids(doc)[1][1]
        wanted = [i for i, word in enumerate(lowers) if word in self.surname_ids]
        if not wanted:
            return []
        covered = {i for cand in kept for i in range(cand.start, cand.end)}
        found = []
        for i in wanted:
            token = doc[i]
            if i in covered or not _name_word(token) or token.lower_ in self.common_words \
                    or (i > 0 and _name_word(doc[i - 1])
                        and doc[i - 1].lower_ not in self.common_words) \
                    or (i + 1 < len(doc) and _name_word(doc[i + 1])):
                continue
            holders = {entry_id for entry_id, entry in self.people_by_surname[token.lower_]
                       if any(_held_on(title, dct) for title in entry.get("titles", []))}
            if len(holders) == 1:
                found.append(Candidate(i, i + 1, NameRef("actor", holders.pop(), "surname"),
                                       3, {}))
        return found

    def _short_names(self, doc: Doc, kept: list[Candidate]) -> list[Candidate]:
        """"the North", "the South": a short name of an actor (``short_names``) after "the",
        once the actor was named in full before, and not the start of a longer name ("the
        North Atlantic", "the South China Sea")."""
        first_seen: dict[str, int] = {}
        for cand in kept:
            if cand.ref.kind != "actor":
                continue
            if cand.ref.id in self.short_names:
                first_seen.setdefault(cand.ref.id, cand.end)
            for actor in self.short_names_after.get(cand.ref.id, ()):
                first_seen.setdefault(actor, cand.end)  # "South Korea ... the North"
        if not first_seen:
            return []
        covered = {i for cand in kept for i in range(cand.start, cand.end)}
        wanted = {get_string_id(name): actor
                  for actor in first_seen for name in self.short_names[actor]}
        found = []
        for i, word in enumerate(token_ids(doc)[1][0]):  # ORTH ids, as in _surnames
            actor = wanted.get(word)
            if actor is None or i < first_seen[actor] or i in covered \
                    or doc[i - 1].lower_ != "the" or (
                        i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha):
                continue
            found.append(Candidate(i, i + 1, NameRef("actor", actor, "alias"), 3, {}))
        return found

    def _actor_type(self, cand: Candidate) -> str | None:
        """The listed type of an actor candidate (person, state...); None for other kinds."""
        if cand.ref.kind != "actor":
            return None
        return self.info.get(("actor", cand.ref.id), {}).get("type")

    def _without_ships_and_places(self, doc: Doc, kept: list[Candidate]) -> list[Candidate]:
        """No actor's name right after a ship prefix ("USS Nitze": lexicon ship-prefixes), no
        state's name inside a place's ("the Jordan Valley", "the Sea of Japan": lexicon
        place-features), and no person's name that opens the name of a place named after
        them ("the Ronald Reagan Ballistic Missile Defense Test Site": namesake-features)."""
        orth = token_ids(doc)[1][0]
        ships, features, of = self.ship_prefixes, self.place_features, get_string_id("of")

        def is_place_or_ship(cand: Candidate) -> bool:
            start, end = cand.start, cand.end
            if cand.ref.kind != "actor":
                return False
            if start > 0 and orth[start - 1] in ships:
                return True
            if self._actor_type(cand) == "person" and self._opens_namesake(doc, orth, end):
                return True
            in_place = (end < len(orth) and orth[end] in features) or (
                start > 1 and orth[start - 1] == of and orth[start - 2] in features)
            return in_place and self._actor_type(cand) == "state"

        return [cand for cand in kept if not is_place_or_ship(cand)]

    def _opens_namesake(self, doc: Doc, orth: list[int], end: int) -> bool:
        """Do capitalised words from ``end`` run, without a break, to a word of
        namesake-features ("Reagan Ballistic Missile Defense Test Site")?"""
        for i in range(end, min(len(doc), end + NAMESAKE_WORDS)):
            if orth[i] in self.namesake_features:
                return True
            if not doc[i].is_title and not doc[i].is_upper:
                return False
        return False

    def _without_foreign_bodies(self, doc: Doc, kept: list[Candidate]) -> list[Candidate]:
        """No national body named right after another state's name or adjective: "the Kazakh
        Senate", "Poland's Senate" are no United States Senate (the state named before it
        acts, through the word's place in the lexicon actor-nouns), "Japan's National
        Security Council" no US one."""
        states = {cand.end: cand.ref.id for cand in kept if self._actor_type(cand) == "state"}

        def foreign(cand: Candidate) -> bool:
            if self._actor_type(cand) != "organization":
                return False
            country = self.info.get(("actor", cand.ref.id), {}).get("country")
            before = cand.start - 1 if cand.start > 0 and doc[cand.start - 1].text in \
                POSSESSIVES else cand.start
            state = states.get(before)
            return bool(country) and state is not None and state != country

        return [cand for cand in kept if not foreign(cand)]

    # -- output -----------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        kept = self._select(self._known(doc) + self._patterned(doc) + self._described(doc),
                            len(doc))
        kept = self._apply_same_as([cand for cand in kept if cand.ref.kind != "blocked"], doc)
        people = self._people_by_title(doc, kept)
        kept = self._select(kept + people, len(doc))
        # surnames of the people named so far come before the NER's guesses, and the
        # people the NER adds may be named by their surname later too
        kept = self._select(kept + self._surnames(doc, kept, self.info), len(doc))
        kept = self._titled_surnames(doc, kept, self.info)
        kept = self._select(kept + self._office_holders(doc, kept), len(doc))
        kept = self._select(kept + self._from_ner(doc, kept), len(doc))
        kept = sorted(kept + self._surnames(doc, kept, self.info), key=lambda c: c.start)
        kept = sorted(kept + self._short_names(doc, kept), key=lambda c: c.start)
        kept = self._without_foreign_bodies(doc, self._without_ships_and_places(doc, kept))
        dct = doc._.treatyx_dct
        groups: dict[str, list[Span]] = {"actor": [], "treaty": [], "system": []}
        info_table: dict[str, dict] = {}
        for cand in kept:
            ref = cand.ref
            key = f"{ref.kind}:{ref.id}"
            if key not in info_table:
                info_table[key] = self._record_info(ref, cand, dct)
            span = Span(doc, cand.start, cand.end, label=ref.kind, kb_id=ref.id)
            span._.treatyx_entity = {
                "kind": ref.kind, "id": ref.id, "role": ref.role,
                "rule": cand.extra.get("rule", ref.id),
                **({"title": cand.extra["title"]} if "title" in cand.extra else {}),
            }
            groups[ref.kind].append(span)
        for kind, spans in groups.items():
            doc.spans[extensions.SPAN_GROUPS[kind]] = spans
        doc._.treatyx_entity_info = info_table
        return doc

    def _record_info(self, ref: NameRef, cand: Candidate, dct: str | None) -> dict:
        known = self.info.get((ref.kind, ref.id))
        if known is None:
            info = {k: v for k, v in cand.extra.items() if k != "rule"}
            if ref.kind == "actor":
                info.setdefault("title", None)
            return info
        info = dict(known)
        if ref.kind == "actor" and info["type"] == "person":
            said = cand.extra.get("title")
            held = _title_held(self.entries[(ref.kind, ref.id)], dct, said)
            info["title"] = said or held.get("title")
            info["country"] = info.get("country") or held.get("country")
            # Whom the person speaks for in this article: the body of a post of no state
            # (NATO, the UN), the country of the office, else their own.
            info["acts_for"] = held.get("organization") or (
                held["country"] if "country" in held else info["country"])
        elif ref.kind == "actor":
            info["title"] = None
        return info


@Language.factory(
    "treatyx_entities",
    default_config={"rules": []},
    assigns=["doc.spans", "span._.treatyx_entity"],
)
def make_entities(nlp: Language, name: str, rules: list[str]) -> EntityRecognizer:
    """Actors, treaties and missile systems from the rule files' names and patterns."""
    return EntityRecognizer(nlp, name, rules)
