"""English word forms of trigger phrases, so rule authors write base forms only.

The forms come from lemminflect (a maintained English inflection library whose tables ship
inside its wheel: no network); the ``verbs`` rule section may override a verb's third person,
past or participle (``{id: withdraw, past: withdrew, participle: withdrawn}``).

The verb of a phrase is its head: the first word that is an English verb ("carry out" ->
"carried out", "lift UN sanctions" -> "lifted UN sanctions", "flight test" -> "flight
tested"), or the verb right after it when the two make an open compound ("test fire" -> "test
fired": a verb that is no adverb, unlike "shoot down" or "step up"). In a hyphenated head the
last part inflects ("test-fire" -> "test-fired"). lemminflect loads its tables on first use,
which only happens when the phrase tables are built (the build cache keeps them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

TAGS = (("VBZ", "present"), ("VBD", "past"), ("VBN", "participle"), ("VBG", "gerund"))
# a verb ending in one vowel after a consonant, then "l" (cancel, label, signal), doubles
# the "l" in British spelling; "appeal" and "control" do not differ
_SINGLE_VOWEL_L = re.compile(r"(?:^|[^aeiou])[aeiou]l$")


def _table(word: str, upos: str) -> dict[str, tuple[str, ...]]:
    from lemminflect import getAllInflections  # its import and tables cost ~1 s: lazily

    return getAllInflections(word, upos=upos)


def _is_verb(word: str) -> bool:
    return bool(_table(word.rpartition("-")[2].lower(), "VERB"))


def _head(words: list[str]) -> int:
    """Index of the word of a verb phrase that inflects."""
    head = next((i for i, word in enumerate(words) if _is_verb(word)), 0)
    following = head + 1
    # "test fire", "flight test": an open compound of a noun and a verb, its verb last; not
    # "enter service", "enter combat duty" (a verb and its object, though both can be verbs)
    if following < len(words) and _is_verb(words[following]) \
            and _table(words[head].lower(), "NOUN") \
            and not _table(words[following].lower(), "ADV"):
        return following
    return head


def verb_forms(verb: str, irregular: Mapping[str, Mapping[str, str]]
               ) -> Iterator[tuple[str, str]]:
    """``(form, tense)`` pairs of one verb: base, present (third person), past, participle,
    gerund; forms of the ``verbs`` rules first ("burned/burnt" gives two)."""
    head, sep, last = verb.rpartition("-")
    prefix = head + sep
    word = last.lower()
    known = irregular.get(word, {})
    table = _table(word, "VERB")
    if not table:
        from lemminflect import getAllInflectionsOOV

        table = getAllInflectionsOOV(word, upos="VERB")
    forms = {tag: (table.get(tag) or ("",))[0] for tag, _ in TAGS}
    forms["VBN"] = forms["VBN"] or forms["VBD"]
    overrides = {"VBZ": known.get("third"), "VBD": known.get("past"),
                 "VBN": known.get("participle") or known.get("past")}
    yield verb, "base"
    for tag, tense in TAGS:
        for form in str(overrides.get(tag) or forms[tag]).split("/"):
            yield prefix + form, tense
            british = _doubled_l(word, form)
            if british:
                yield prefix + british, tense


def _doubled_l(word: str, form: str) -> str | None:
    """The British spelling of a form of a verb in one vowel and "l" ("cancelled",
    "cancelling", "labelled"), where the inflection tables give the American one."""
    if not _SINGLE_VOWEL_L.search(word):
        return None
    for suffix in ("ed", "ing"):
        if form == word + suffix:
            return word + "l" + suffix
    return None


def phrase_forms(phrase: str, irregular: Mapping[str, Mapping[str, str]]
                 ) -> Iterator[tuple[str, str]]:
    """Every form of a verb phrase, its head verb inflected: "pull out of" -> "pulled out of",
    "test fire" -> "test fired"."""
    words = phrase.split(" ")
    at = _head(words)
    before, after = " ".join(words[:at]), " ".join(words[at + 1:])
    for form, tense in verb_forms(words[at], irregular):
        yield " ".join(part for part in (before, form, after) if part), tense


def plural(noun_phrase: str) -> str:
    """Plural of the last word of a noun phrase ("missile test" -> "missile tests"); an
    acronym takes an "s" ("ICBMs")."""
    head, _, last = noun_phrase.rpartition(" ")
    if last.isupper() or any(ch.isdigit() for ch in last):
        form = last + "s"
    else:
        word = last.lower()
        forms = [f for f in _table(word, "NOUN").get("NNS", ()) if f != word]
        if not forms:  # unknown, or listed as uncountable ("expiry"): the regular plural
            from lemminflect import getAllInflectionsOOV

            forms = list(getAllInflectionsOOV(word, upos="NOUN").get("NNS", ())) or [word + "s"]
        form = forms[0]
        if last[:1].isupper():
            form = last[0] + form[1:]
    return f"{head} {form}" if head else form
