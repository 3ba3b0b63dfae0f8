"""treatyx_entities: actors, treaties and missile systems, with every name they go by.

Names come from the ``actors``, ``treaties``, ``systems`` sections (phrase tables, compiled
once and kept by the build cache); unknown systems from ``system_patterns`` (regexes over the
text); unknown people from a ``titles`` phrase followed by a capitalised name. A capital or
seat of government counts as its state unless a ``place-cues`` lexicon word puts it on the map
("in Moscow"). Once a person is named in full, their surname alone is a mention too.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .. import extensions
from ..cache import for_rules
from ..matching import PhraseTable, Scanner, token_ids
from ..ruleset import Entry, RuleSet, load_ruleset
from .common import POSSESSIVES, lexicon_phrases, lexicon_words, slugify

ENTITY_SECTIONS = (("treaties", "treaty"), ("systems", "system"), ("actors", "actor"))
NAME_ROLES = ("aliases", "metonyms", "adjectives", "demonyms")
CLOSING_PUNCT = {"]", ")"}  # "[US Secretary of State] Mike Pompeo"
MAX_UNKNOWN_NAME_TOKENS = 3
SAME_AS_KINDS = ("treaty", "system")  # "X, also known as Y" only merges names of things
NER_LISTS = (("person", "ner-person-labels"), ("organization", "ner-organization-labels"))


@dataclass(frozen=True)
class NameRef:
    """What a matched phrase names: an entity of some kind, in some role."""

    kind: str
    id: str
    role: str  # alias | metonym | adjective | demonym | surname | title-name | pattern | ner


@dataclass
class Candidate:
    start: int
    end: int
    ref: NameRef
    priority: int  # lower wins among equally long candidates
    extra: dict


def _name_word(token: Token, initial: bool = False) -> bool:
    """A capitalised word of a name, or (inside one) an initial: "George E. Thompson"."""
    text = token.text
    if initial and len(text) == 2 and text[1] == "." and text[0].isupper():
        return True
    return token.is_title and token.is_alpha


def _entity_info(entry: Entry, kind: str) -> dict:
    """The static record fields of a known entity (what every mention shares)."""
    data = entry.data
    names = [data["name"], *data.get("aliases", [])]
    aliases = list(dict.fromkeys(names))
    if kind == "actor":
        info = {"name": data["name"], "type": data["type"], "country": data.get("country")}
        if data["type"] == "state":
            info["country"] = entry.id
        return info
    if kind == "system":
        return {"name": data["name"], "aliases": aliases, "class": data["class"],
                "country": data["country"], "range_km": data.get("range_km"), "known": True}
    return {"name": data["name"], "aliases": aliases, "category": data["kind"],
            **{key: data[key] for key in ("signed", "in_force", "expires", "ended") if key in data}}


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
            start, end = str(title.get("from") or ""), str(title.get("to") or "9999")
            if start[:10] <= dct <= end[:10] + "~":
                return title
    return titles[0] if titles else {}


def _add_names(table: PhraseTable[NameRef], ruleset: RuleSet) -> None:
    """Every name of every known entity, and the phrases that block one."""
    for section, kind in ENTITY_SECTIONS:
        for entry in ruleset.entries(section):
            case = entry.get("case")
            table.add(entry["name"], NameRef(kind, entry.id, "alias"), case)
            for key in NAME_ROLES:
                role = key.rstrip("s") if key != "aliases" else "alias"
                table.add_all(entry.get(key, []), NameRef(kind, entry.id, role), case)
    # Phrases that contain a name but mean something else ("Patriot Act"): when one of them
    # is the longest match at a place, nothing is recognised there.
    table.add_all(sorted(lexicon_phrases(ruleset, "name-blockers")),
                  NameRef("blocked", "", "blocked"))


def _add_titles(table: PhraseTable[str], ruleset: RuleSet) -> None:
    for entry in ruleset.entries("titles"):
        table.add_all(entry["phrases"], entry.id)


class EntityRecognizer:
    """Finds actor, treaty and system mentions and writes them to span groups."""

    def __init__(self, nlp: Language, name: str, rules: list[str]):
        self.name = name
        ruleset: RuleSet = load_ruleset(tuple(rules))
        cache = for_rules(tuple(rules))
        self.entries: dict[tuple[str, str], Entry] = {}
        self.info: dict[tuple[str, str], dict] = {}
        for section, kind in ENTITY_SECTIONS:
            for entry in ruleset.entries(section):
                self.entries[(kind, entry.id)] = entry
                self.info[(kind, entry.id)] = _entity_info(entry, kind)
        tokenizer = cache.tokenizer_key(nlp.tokenizer)
        self.names: PhraseTable[NameRef] = cache.phrase_table(
            f"{name}-names", nlp, lambda table: _add_names(table, ruleset), tokenizer)
        self.titles: PhraseTable[str] = cache.phrase_table(
            f"{name}-titles", nlp, lambda table: _add_titles(table, ruleset), tokenizer)
        self.place_cues = lexicon_words(ruleset, "place-cues")
        # labels of a trained pipeline's NER (--model) -> (actor type, the lexicon naming them)
        self.ner_labels = {label: (actor_type, list_id)
                           for actor_type, list_id in NER_LISTS
                           for label in lexicon_phrases(ruleset, list_id)}
        self.same_as_cues = lexicon_words(ruleset, "same-as-cues")
        self.weapon_words = lexicon_words(ruleset, "weapon-words")
        self.patterns: list[tuple[Entry, Scanner]] = cache.get("system-patterns", lambda: [
            (entry, Scanner(entry["regex"])) for entry in ruleset.entries("system_patterns")])
        extensions.register_extensions()

    # -- matching ---------------------------------------------------------------------------
    def _known(self, doc: Doc) -> list[Candidate]:
        found = []
        for start, end, refs in self.names(doc):
            ref = refs[0]
            if ref.role == "metonym" and self._is_place(doc, start):
                continue
            if ref.kind == "system" and end - start == 1 and self._is_given_name(doc, end):
                continue
            found.append(Candidate(start, end, ref, 0, {}))
        return found

    def _is_given_name(self, doc: Doc, after: int) -> bool:
        """A one-word missile name followed by a capitalised word is a person's name:
        "Iskander Mirza" (but not "Iskander Missiles" in a title-case headline)."""
        if after >= len(doc):
            return False
        word = doc[after]
        return word.is_title and word.is_alpha and word.lower_ not in self.weapon_words

    def _is_place(self, doc: Doc, start: int) -> bool:
        before = start - 1
        if before >= 0 and doc[before].lower_ == "the":
            before -= 1
        return before >= 0 and doc[before].lower_ in self.place_cues

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
        """"A, also known as B" / "A (or B)": A is the entity B names (the later, more
        specific name wins: "the Strategic Arms Reduction Treaty, also known as New START")."""
        for first, second in pairwise(kept):
            if first.ref.kind not in SAME_AS_KINDS or first.ref.kind != second.ref.kind \
                    or first.ref.id == second.ref.id:
                continue
            between = " ".join(t.lower_ for t in doc[first.end:second.start]
                               if not t.is_punct).strip()
            if between in self.same_as_cues:
                first.ref = NameRef(second.ref.kind, second.ref.id, first.ref.role)
        return kept

    def _people_by_title(self, doc: Doc, kept: list[Candidate]) -> list[Candidate]:
        """People introduced by a title ("Finnish Foreign Minister Pekka Haavisto")."""
        covered = {i: cand for cand in kept for i in range(cand.start, cand.end)}
        found = []
        for t_start, t_end, title_ids in self.titles(doc):
            i = t_end
            while i < len(doc) and doc[i].text in CLOSING_PUNCT:
                i += 1
            title_text = doc[t_start:t_end].text
            country = self._country_before(doc, t_start, covered)
            known = covered.get(i)
            if known is not None and known.ref.kind == "actor" and \
                    self.info.get(("actor", known.ref.id), {}).get("type") == "person":
                known.extra.setdefault("title", title_text)
                continue
            j = i
            while (j < len(doc) and j - i < MAX_UNKNOWN_NAME_TOKENS and j not in covered
                   and _name_word(doc[j], initial=j > i) and not doc[j].is_sent_start):
                j += 1
            if j == i or not doc[j - 1].is_alpha or (
                    j < len(doc) and _name_word(doc[j]) and j not in covered):
                continue  # no name, or a longer capitalised run we cannot delimit
            name = doc[i:j].text
            extra = {"name": name, "type": "person", "title": title_text,
                     "country": country, "rule": title_ids[0]}
            found.append(Candidate(i, j, NameRef("actor", slugify(name), "title-name"), 2, extra))
        return found

    def _from_ner(self, doc: Doc, kept: list[Candidate]) -> list[Candidate]:
        """People and organisations that a trained pipeline's NER (``--model``) found and no
        rule names; nothing on the default blank pipeline, which has no NER."""
        if not self.ner_labels or not doc.has_annotation("ENT_IOB"):
            return []
        taken = {i for cand in kept for i in range(cand.start, cand.end)}
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
            name = doc[start:end].text
            extra = {"name": name, "type": actor_type, "title": None, "country": None,
                     "rule": list_id}
            found.append(Candidate(start, end, NameRef("actor", slugify(name), "ner"), 4, extra))
        return found

    def _country_before(self, doc: Doc, start: int, covered: dict[int, Candidate]) -> str | None:
        """The state named just before a title: "Finnish", "Russia's", "US"."""
        i = start - 1
        if i >= 0 and doc[i].text in POSSESSIVES:
            i -= 1
        cand = covered.get(i)
        if cand is not None and cand.ref.kind == "actor":
            info = self.info.get(("actor", cand.ref.id), {})
            if info.get("type") == "state":
                return cand.ref.id
        return None

    @staticmethod
    def _surnames(doc: Doc, kept: list[Candidate], info: dict) -> list[Candidate]:
        """A person named in full is also meant by their surname alone later on."""
        surnames: dict[str, Candidate] = {}
        for cand in kept:
            if cand.ref.kind != "actor":
                continue
            person = info.get(("actor", cand.ref.id)) or cand.extra
            if person.get("type") != "person" or cand.end - cand.start < 2:
                continue
            surnames.setdefault(doc[cand.end - 1].text, cand)
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

    # -- output -----------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        kept = self._select(self._known(doc) + self._patterned(doc), len(doc))
        kept = self._apply_same_as([cand for cand in kept if cand.ref.kind != "blocked"], doc)
        people = self._people_by_title(doc, kept)
        kept = self._select(kept + people, len(doc))
        kept = self._select(kept + self._from_ner(doc, kept), len(doc))
        kept = sorted(kept + self._surnames(doc, kept, self.info), key=lambda c: c.start)
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
            # The state the person speaks for in this article: the country of the office
            # (none for a NATO or UN post), else their own.
            info["acts_for"] = held["country"] if "country" in held else info["country"]
        elif ref.kind == "actor":
            info["title"] = None
        return info


@Language.factory(
    "treatyx_entities",
    default_config={"rules": []},
    assigns=["doc.spans"],
)
def make_entities(nlp: Language, name: str, rules: list[str]) -> EntityRecognizer:
    """Actors, treaties and missile systems from the rule files' names and patterns."""
    return EntityRecognizer(nlp, name, rules)
