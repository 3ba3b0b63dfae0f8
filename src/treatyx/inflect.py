"""English inflection of trigger phrases, so rule authors write base forms only.

Only the machinery lives here; irregular forms (withdraw/withdrew/withdrawn) come from the
``verbs`` rule section. The verb is the first word of a phrase; in a hyphenated word
("test-fire") the last part inflects.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

VOWELS = set("aeiou")


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def _doubles_final(verb: str) -> bool:
    """Short consonant-vowel-consonant verbs double their last letter (ban -> banned)."""
    vowel_groups = sum(1 for i, ch in enumerate(verb) if ch in VOWELS and
                       (i == 0 or verb[i - 1] not in VOWELS))
    return (len(verb) >= 3 and vowel_groups == 1 and verb[-1] not in VOWELS | set("wxy")
            and verb[-2] in VOWELS and verb[-3] not in VOWELS)


def _past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in VOWELS:
        return verb[:-1] + "ied"
    if _doubles_final(verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def _gerund(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if _doubles_final(verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def verb_forms(verb: str, irregular: Mapping[str, Mapping[str, str]]) -> Iterator[tuple[str, str]]:
    """``(form, tense)`` pairs: base, third, past, participle, gerund."""
    head, sep, last = verb.rpartition("-")
    prefix = head + sep
    word = last.lower()
    known = irregular.get(word, {})
    past = known.get("past") or _past(word)
    yield verb, "base"
    yield prefix + (known.get("third") or _third_person(word)), "present"
    for form in str(past).split("/"):
        yield prefix + form, "past"
    for form in str(known.get("participle") or past).split("/"):
        yield prefix + form, "participle"
    first_past = str(past).split("/")[0]
    doubled = first_past.endswith("ed") and len(first_past) > 4 \
        and first_past[-3] == first_past[-4] and not word.endswith(first_past[-3] * 2)
    # "submit" -> "submitted": the gerund doubles as the past does ("submitting")
    yield prefix + (first_past[:-2] + "ing" if doubled else _gerund(word)), "gerund"


def phrase_forms(phrase: str, irregular: Mapping[str, Mapping[str, str]]
                 ) -> Iterator[tuple[str, str]]:
    """Inflect the first word of a verb phrase: "pull out of" -> "pulled out of", ..."""
    first, _, rest = phrase.partition(" ")
    for form, tense in verb_forms(first, irregular):
        yield (f"{form} {rest}" if rest else form), tense


def plural(noun_phrase: str) -> str:
    """Plural of the last word of a noun phrase ("missile test" -> "missile tests")."""
    head, _, last = noun_phrase.rpartition(" ")
    if last.endswith(("s", "sh", "ch", "x", "z")):
        last = last + "es"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in VOWELS:
        last = last[:-1] + "ies"
    else:
        last = last + "s"
    return f"{head} {last}" if head else last
