"""Treaties named by what they ban or regulate: "the convention banning cluster munitions",
"an international convention prohibiting the use, stockpiling and transfer of cluster
munitions", "a pact that governs the trade in conventional arms".

A treaty noun (lexicon ``treaty-nouns``), a verb of banning or regulating right after it
(lexicons ``ban-verbs``: "banning", "that prohibits", "to outlaw"; ``regulate-verbs``:
"regulating", "that governs") and, within a few words in the same sentence, a phrase of a
treaty's ``bans`` or ``regulates`` list make one mention of that treaty. The treaty's lists
say what it bans or governs; the lexicons say how news phrases it, so both stay in the rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..cache import BuildCache
from ..matching import PhraseTable, token_ids
from ..ruleset import RuleSet
from .common import lexicon_phrases, lexicon_words

# At most this many tokens between the verb of banning and what is banned ("the use,
# stockpiling, and transfer of": eight)
BANNED_GAP = 10
CUE = ""  # the payload of a verb of banning; a banned phrase carries its treaty's id
REGULATED = "~"  # before the treaty id of a phrase it regulates, not bans


@dataclass(frozen=True)
class Description:
    start: int
    end: int
    treaty: str


class TreatyDescriptions:
    """Finds the treaties a document names by what they ban or regulate."""

    def __init__(self, nlp: Language, name: str, ruleset: RuleSet, cache: BuildCache,
                 tokenizer_key: str):
        self.table: PhraseTable[str] = cache.phrase_table(
            f"{name}-bans", nlp, lambda table: _fill(table, ruleset), tokenizer_key)
        self.treaty_nouns = {get_string_id(word) for word in lexicon_words(ruleset, "treaty-nouns")}
        self.determiners = {get_string_id(word)
                            for word in lexicon_words(ruleset, "noun-determiners")}
        self.of = get_string_id("of")
        self.phrase_ends = {get_string_id(word)
                            for word in lexicon_words(ruleset, "object-phrase-ends")}

    def __call__(self, doc: Doc) -> list[Description]:
        matches = self.table(doc)
        if not any(payloads != [CUE] for _, _, payloads in matches):
            return []  # most documents name nothing a treaty bans or regulates
        lower = token_ids(doc)[1][1]  # the LOWER ids the table just matched on
        cues = [(start, end) for start, end, payloads in matches if CUE in payloads
                and start > 0 and lower[start - 1] in self.treaty_nouns]
        # of two phrases ending together, the longer names the treaty: "prohibiting the
        # testing of nuclear weapons" is the CTBT's, not the TPNW's "nuclear weapons"
        best: dict[tuple[int, int], tuple[int, str]] = {}
        for start, end, payloads in matches:
            treaties = [p for p in payloads if p != CUE]
            if not treaties:
                continue
            regulated = treaties[0].startswith(REGULATED)
            cue = next((c for c in reversed(cues)
                        if self._describes(lower, c, start, regulated)), None)
            if cue is not None and end - start > best.get((cue[0] - 1, end), (0, ""))[0]:
                best[(cue[0] - 1, end)] = (end - start, treaties[0].removeprefix(REGULATED))
        return [Description(start, end, treaty) for (start, end), (_, treaty) in best.items()]

    def _describes(self, lower: list[int], cue: tuple[int, int], banned: int,
                   regulated: bool = False) -> bool:
        """Does the verb of banning at ``cue`` govern the phrase at ``banned``: right before
        it or after determiners only ("banning the testing of nuclear weapons"), or a few
        words before the "of" that opens it ("banning the use and stockpiling of cluster
        munitions")? A ``regulated`` phrase names a field, whatever qualifies it ("to regulate
        the lucrative cross-border arms trade"): any words of one noun phrase may come
        between (none of object-phrase-ends), where before a banned one they may change what
        is banned ("banning intermediate-range nuclear weapons" is no TPNW). No sentence ends
        on "of"."""
        cue_end = cue[1]
        if cue_end > banned or banned - cue_end > BANNED_GAP:
            return False
        if regulated and all(lower[i] not in self.phrase_ends for i in range(cue_end, banned)):
            return True
        return lower[banned - 1] == self.of or all(
            lower[i] in self.determiners for i in range(cue_end, banned))


def _fill(table: PhraseTable[str], ruleset: RuleSet) -> None:
    for lexicon in ("ban-verbs", "regulate-verbs"):
        table.add_all(lexicon_phrases(ruleset, lexicon), CUE, "ignore")
    for entry in ruleset.entries("treaties"):
        table.add_all(entry.get("bans", []), entry.id, "ignore")
        table.add_all(entry.get("regulates", []), REGULATED + entry.id, "ignore")
