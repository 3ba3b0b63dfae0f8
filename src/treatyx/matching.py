"""Phrase matching shared by the components: the case rule and compiled phrase tables.

Phrases from rule files are plain text, and one case rule (:func:`is_exact_phrase`) holds for
every section: a phrase in lower case ignores case (``kilometres``, ``test-fire``) unless it is a
single word of one or two letters (``m``, ``ft``); a phrase with a capital or a digit is matched
exactly as written (``INF``, ``New START``, ``9M729``, ``Screwdriver``), unless it is several
words whose capitals only open words (``The Kremlin``, ``Air-Launched Rapid Response Weapon``).
An entry may force the choice with ``case: exact`` or ``case: ignore``. A phrase added with
``caps=True`` also matches its upper-case spelling in all-caps text (``NEW START``,
``RUSSIA``). :func:`name_spellings` lists the other ways of writing a name (transliterations,
initials, numbers, hyphens).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from itertools import product
from typing import Any, Generic, TypeVar

import numpy
from spacy.attrs import IS_DIGIT, IS_PUNCT, IS_TITLE, IS_UPPER, LOWER, NORM, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .tokenizer import HYPHENS_KEY, UNICODE_HYPHENS

Payload = TypeVar("Payload")
HASH_ATTRS = [ORTH, LOWER, IS_UPPER, IS_PUNCT, IS_DIGIT, IS_TITLE, NORM]
# exact (ORTH), lower-cased (LOWER), all-caps tokens only (ORTH or nothing), marked capitals
# exact and other words lower-cased (see :func:`_marked`)
COLUMNS = 4
NO_MATCH = 0  # the id of the empty string: no phrase token has it
PHRASE_REACH = 8  # tokens on each side of a skipped run that a phrase across it may take
_WORD_START = re.compile(r"(?:^|(?<=[-\u2010\u2011]))\w")


def _runs(positions: list[int]) -> Iterator[tuple[int, int]]:
    """The runs of consecutive positions in sorted ``positions``, as (first, last)."""
    first = last = positions[0]
    for i in positions[1:]:
        if i != last + 1:
            yield first, last
            first = i
        last = i
    yield first, last


def _marked(word: str) -> bool:
    """A word whose capitals carry meaning: an acronym or a capital inside it ("START",
    "9M729", "McDonald"), not a capitalised or lower-case ordinary word ("New", "treaty")."""
    return word != word.lower() and not word.istitle()


def is_exact_phrase(phrase: str, forced: str | None = None) -> bool:
    """Decide whether ``phrase`` must match with its exact capitalisation: the one case rule
    of all rule phrases (documented in rules/README.md, "Case")."""
    if forced == "exact":
        return True
    if forced == "ignore":
        return False
    if any(ch.isdigit() for ch in phrase):
        return True
    words = phrase.split()
    if phrase == phrase.lower():  # no capital: any case, but "m" (metres) is not "M"
        return len(words) == 1 and sum(ch.isalpha() for ch in phrase) in (1, 2)
    if len(words) == 1:
        return True
    # upper case anywhere but at the start of a word or of a hyphenated part
    return any(ch.isupper() for word in words for ch in _WORD_START.sub("", word))


APOSTROPHES = ("'", "’")


def _apostrophe_variants(text: str) -> list[str]:
    """News text writes "Russia's" and "Russia’s"; a phrase with one also matches the other."""
    return [text.replace(a, b) for a in APOSTROPHES for b in APOSTROPHES if a != b and a in text]


_last_ids: tuple[Doc, numpy.ndarray, list[list[int]]] | None = None


def _read_hyphens_as_hyphens(doc: Doc, orth: numpy.ndarray, lower: numpy.ndarray) -> None:
    """The ids of a token written with a Unicode hyphen are those of its "-" spelling
    ("Hwasong‑18" is "Hwasong-18"; see tokenizer.UNICODE_HYPHENS)."""
    for token in doc:
        text = token.text
        if any(hyphen in text for hyphen in UNICODE_HYPHENS):
            for hyphen in UNICODE_HYPHENS:
                text = text.replace(hyphen, "-")
            orth[token.i] = get_string_id(text)
            lower[token.i] = get_string_id(text.lower())


def is_clitic(text: str) -> bool:
    """"'re", "'ll", "’ve", "n't": a piece the tokenizer splits off a contraction."""
    return text[:1] in APOSTROPHES or (text[:1] in "nN" and text[1:2] in APOSTROPHES)


def spelled_out(doc: Doc, i: int) -> str:
    """The lower-case form a phrase table matches token ``i`` on: the piece a contraction
    splits off as its full word (spaCy's NORM: "'re" is "are", "'ve" "have", "n't" "not"), so
    the rule lists need not spell every contracted form; any other word as written ("wo" of
    "won't" too: its "n't" negates it already)."""
    word = doc[i]
    return word.norm_ if is_clitic(word.text) else word.lower_


def _spell_out_contractions(doc: Doc, lower: numpy.ndarray, norm: numpy.ndarray) -> None:
    """Give the pieces of contractions their NORM id in ``lower``, as :func:`spelled_out`
    reads them (only tokens whose NORM differs from their lower case are looked at)."""
    for i in numpy.flatnonzero(lower != norm).tolist():
        if is_clitic(doc[i].text):
            lower[i] = norm[i]


def token_ids(doc: Doc) -> tuple[numpy.ndarray, list[list[int]]]:
    """The ids of ``doc``'s tokens per column (:data:`COLUMNS`: ORTH, LOWER with contractions
    spelled out (:func:`spelled_out`), and ORTH of tokens without a lower-case letter, else
    :data:`NO_MATCH`), as an array (n, 2) of ORTH
    and LOWER and as three lists.

    Components run one document at a time, so the last document's ids are kept: the phrase
    tables of every component read them once. The document itself is kept for an identity
    check (an ``id()`` can be reused by the next document).
    """
    global _last_ids
    last = _last_ids
    if last is not None and last[0] is doc and len(last[2][0]) == len(doc):
        return last[1], last[2]
    array = doc.to_array(HASH_ATTRS)
    orth, lower = array[:, 0], array[:, 1]
    if doc.user_data.get(HYPHENS_KEY):
        _read_hyphens_as_hyphens(doc, orth, lower)
    marked_capitals = (orth != lower) & (array[:, 5] == 0)
    _spell_out_contractions(doc, lower, array[:, 6])
    caps = numpy.where(array[:, 2:5].any(axis=1), orth, NO_MATCH)
    marked = numpy.where(marked_capitals, orth, lower)
    columns = [*array[:, :2].T.tolist(), caps.tolist(), marked.tolist()]
    array = array[:, :2]
    _last_ids = (doc, array, columns)
    return array, columns


class PhraseTable(Generic[Payload]):
    """Phrases matched on token hashes, exact (``ORTH``), lower-cased (``LOWER``) or in
    capitals (``ORTH`` of all-caps tokens), mapping each matched stretch of tokens to its
    payloads.

    A phrase is split by the pipeline's own tokenizer once (:meth:`compile`; the build cache
    keeps the compiled table between runs) and stored as the tuple of its tokens' string ids
    (spaCy's hash of the text, or its symbol number for built-in strings such as "mark"), the
    numbers spaCy keeps for every token, so matching a document is one array read and set lookups,
    and nothing is added to the vocabulary. One phrase may carry several payloads
    (e.g. the same trigger word for two event rules).
    """

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self._tokenizer: Any = nlp.tokenizer  # needed until compile() only
        self._pending: dict[tuple[str, int], list[Payload]] = {}
        # per column (exact, lower-cased, capitals): token ids -> payloads, and the lengths
        # of the phrases of two tokens or more by their first two ids ("the" opens many
        # phrases, but few with the word that follows it)
        self._tables: tuple[dict[tuple[int, ...], list[Payload]], ...] = \
            tuple({} for _ in range(COLUMNS))
        self._lengths: tuple[dict[tuple[int, int], tuple[int, ...]], ...] = \
            tuple({} for _ in range(COLUMNS))
        self._firsts: tuple[frozenset[int], ...] = ()  # first-token ids per column

    def add(self, phrase: str, payload: Payload, case: str | None = None,
            caps: bool = False) -> None:
        """Add ``phrase`` under the case rule; with ``caps``, an exact phrase also matches its
        upper-case spelling written in capitals ("New START" in "NEW START"). An exact phrase
        of several words with an acronym or inner capital keeps those exact and lets the
        other words' case vary ("New START" = "new START", never "new start")."""
        exact = is_exact_phrase(phrase, case)
        words = phrase.split()
        if not exact:
            keys = [(phrase.lower(), 1)]
        elif len(words) > 1 and any(_marked(word) for word in words):
            keys = [(phrase, 3)]
        else:
            keys = [(phrase, 0)]
        if caps and exact and phrase.upper() != phrase:
            keys.append((phrase.upper(), 2))
        for text, column in keys:
            for variant in dict.fromkeys((text, *_apostrophe_variants(text))):
                payloads = self._pending.setdefault((variant, column), [])
                if payload not in payloads:
                    payloads.append(payload)

    def add_all(self, phrases: Iterable[str], payload: Payload, case: str | None = None,
                caps: bool = False) -> None:
        for phrase in phrases:
            self.add(phrase, payload, case, caps)

    def compile(self) -> PhraseTable[Payload]:
        """Tokenise all pending phrases in one batch into the tables."""
        keys = list(self._pending)
        splits = self._tokenizer.pipe(text for text, _ in keys)
        lengths: tuple[dict[tuple[int, int], set[int]], ...] = tuple({} for _ in range(COLUMNS))
        firsts: tuple[set[int], ...] = tuple(set() for _ in range(COLUMNS))
        for (text, column), words in zip(keys, splits, strict=True):
            if not len(words):
                continue
            hashes = tuple(get_string_id(
                spelled_out(words, word.i)
                if column == 1 or (column == 3 and not _marked(word.text)) else word.text)
                for word in words)
            if column == 2 and any(word.text != word.text.upper() for word in words):
                continue  # cannot match a run of all-caps tokens
            payloads = self._tables[column].setdefault(hashes, [])
            payloads.extend(p for p in self._pending[(text, column)] if p not in payloads)
            firsts[column].add(hashes[0])
            if len(hashes) > 1:
                lengths[column].setdefault(hashes[:2], set()).add(len(hashes))
        for column, found in enumerate(lengths):
            self._lengths[column].update(
                (pair, tuple(sorted(sizes, reverse=True))) for pair, sizes in found.items())
        self._firsts = tuple(frozenset(ids) for ids in firsts)
        self._pending.clear()
        self._tokenizer = None
        return self

    def __call__(self, doc: Doc) -> list[tuple[int, int, list[Payload]]]:
        """All matches as ``(start_token, end_token, payloads)``, overlaps included, sorted
        by start, longest first."""
        if not len(doc):
            return []
        return self._match(token_ids(doc)[1], len(doc))

    def across_marks(self, doc: Doc, marks: AbstractSet[int]
                     ) -> list[tuple[int, int, list[Payload]]]:
        """The matches of phrases of two words or more that tokens of ``marks`` (LOWER ids:
        quotation marks) split ('in "non-compliance" with'), as :meth:`__call__` gives them,
        each spanning its marks; none when the document has no such token."""
        lower = token_ids(doc)[1][1]
        return self.across(doc, {i for i, word in enumerate(lower) if word in marks})

    def across(self, doc: Doc, skipped: AbstractSet[int]) -> list[tuple[int, int, list[Payload]]]:
        """The matches of phrases of two words or more that the tokens at ``skipped`` split
        ('agreed on Wednesday to'), as :meth:`__call__` gives them, each spanning what it
        skips; none when nothing is skipped."""
        if not skipped:
            return []
        columns = token_ids(doc)[1]
        found: list[tuple[int, int, list[Payload]]] = []
        # only the words around each run of skipped tokens can form such a phrase
        for first, last in _runs(sorted(skipped)):
            kept = [i for i in range(max(0, first - PHRASE_REACH),
                                     min(len(doc), last + 1 + PHRASE_REACH))
                    if i not in skipped]
            found.extend(
                (kept[start], kept[end - 1] + 1, payloads)
                for start, end, payloads in self._match(
                    [[column[i] for i in kept] if firsts else []
                     for column, firsts in zip(columns, self._firsts, strict=True)], len(kept))
                if kept[start] < first and kept[end - 1] > last)
        unique = {(start, end, id(payloads)): (start, end, payloads)
                  for start, end, payloads in found}
        return sorted(unique.values(), key=lambda m: (m[0], -m[1]))

    def _match(self, columns: list[list[int]], n: int) -> list[tuple[int, int, list[Payload]]]:
        found: list[tuple[int, int, list[Payload]]] = []
        for column, firsts in enumerate(self._firsts):
            if not firsts:
                continue
            # Where a phrase can start: one set lookup per token. (A numpy binary search was
            # slower: its call overhead outweighs the loop on news-sized documents.)
            hashes = columns[column]
            starts = [i for i, h in enumerate(hashes) if h in firsts]
            if not starts:
                continue
            table, lengths = self._tables[column], self._lengths[column]
            for i in starts:
                payloads = table.get((hashes[i],))
                if payloads is not None:
                    found.append((i, i + 1, payloads))
                if i + 1 == n:
                    continue
                for size in lengths.get((hashes[i], hashes[i + 1]), ()):
                    if i + size <= n:
                        payloads = table.get(tuple(hashes[i:i + size]))
                        if payloads is not None:
                            found.append((i, i + size, payloads))
        found.sort(key=lambda m: (m[0], -m[1]))
        return found

    def __len__(self) -> int:
        return sum(len(table) for table in self._tables)


class Scanner:
    """``regex.finditer(text)`` with the same matches, faster for patterns that open with a
    lookbehind (``(?<![\\w-])KN-?\\d+``): Python's ``re`` cannot skip ahead to a literal prefix
    then and tries the pattern at every character. The scanner searches for the rest of the
    pattern (which has a prefix to skip to) and checks the lookbehinds where it matched.

    Its regexes, when the build cache gives them back uncompiled, are compiled only for a
    text that holds what every match must hold (:func:`~treatyx.timex.regex_starts.required_texts`):
    most documents name none of the systems a pattern describes. That test is made for the
    first :data:`NEEDS_CHECKS` texts only: a long run then scans as fast as without it."""

    def __init__(self, pattern: str):
        from .timex.regex_starts import required_texts  # (timex imports this module)

        self.regex = re.compile(pattern)
        self.needs = required_texts(pattern)
        self.checks = NEEDS_CHECKS
        head, rest = _leading_lookbehinds(pattern)
        self._rest: re.Pattern | None = None
        if head and rest:
            try:
                self._rest = re.compile(rest)
            except re.error:
                self._rest = None

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.checks = NEEDS_CHECKS  # (a run that saved the build cache may have used them up)

    def finditer(self, text: str) -> Iterator[re.Match]:
        first = self.regex if self._rest is None else self._rest
        if self.checks > 0 and self.needs and not getattr(first, "ready", True):
            self.checks -= 1
            if not _holds(text, self.needs):
                return  # no match in this text: not compiled (yet)
        if self._rest is None:
            yield from self.regex.finditer(text)
            return
        search = self._rest.search
        pos = 0
        while (found := search(text, pos)) is not None:
            start = found.start()
            real = self.regex.match(text, start)  # lookbehinds see the text before ``start``
            if real is None:
                pos = start + 1
                continue
            yield real
            pos = real.end() if real.end() > start else start + 1


NEEDS_CHECKS = 16
_last_folded: list[str] = ["", ""]  # a text and its fold(): the scanners of one document share it


def _holds(text: str, needs: tuple) -> bool:
    from .timex.regex_starts import fold, holds  # (timex imports this module)

    if _last_folded[0] is not text:
        _last_folded[:] = [text, fold(text)]
    return holds(_last_folded[1], needs)


def _leading_lookbehinds(pattern: str) -> tuple[str, str]:
    """Split ``(?<!a)(?<=b)rest`` into the lookbehinds and ``rest`` ('' , pattern if none)."""
    i = 0
    while pattern.startswith(("(?<!", "(?<="), i):
        depth, j, in_class = 0, i, False
        while j < len(pattern):
            ch = pattern[j]
            if ch == "\\":
                j += 2
                continue
            if in_class:
                in_class = ch != "]"
            elif ch == "[":
                in_class = True
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        else:
            return "", pattern  # unbalanced: leave it to re
        i = j + 1
    return pattern[:i], pattern[i:]


FIRST_CUSTOM_FLAG = 19  # spaCy's attrs FLAG19..FLAG63 are free for custom lexeme flags


def lexeme_flag(vocab: Vocab, getter: Callable[[str], bool]) -> int:
    """A lexeme flag id (one of spaCy's free custom bits) for ``getter``, shared per vocab.

    A flag is computed once per word type and read for a whole doc with one ``to_array``
    call, so a component can find its candidate tokens without a Python loop over the doc.
    ``getter`` must compare equal to an earlier one with the same words, so that pipelines
    built twice on one vocab reuse the bit instead of using up another.
    """
    for flag_id, existing in vocab.lex_attr_getters.items():
        if existing == getter and flag_id < 64:
            return flag_id
    free = [bit for bit in range(FIRST_CUSTOM_FLAG, 64) if bit not in vocab.lex_attr_getters]
    if not free:
        raise RuntimeError("no free lexeme flag left in this spaCy vocab")
    return vocab.add_flag(getter, flag_id=free[0])


# -- spellings of names -------------------------------------------------------------------------
WORD = re.compile(r"[^\W\d_]+")  # a run of letters
MAX_SPELLINGS = 16  # transliteration variants per name (the product of its words' variants)
MAX_HYPHENATED_SPACES = 5  # a name with at most this many spaces also matches with one as "-"
_LETTER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_LETTER_SPACE = re.compile(r"(?<=[^\W\d_]{2}) (?=[^\W\d_][^\W\d_A-Z])")  # between words
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_ROMAN_NUMBER = re.compile(r"(?<=[A-Za-z]{3}[- ])(X|IX|IV|V?I{0,3})(?![\w.])")  # "Agni-V"
_ONE_DIGIT = re.compile(r"(?<=[A-Za-z]{3}[- ])([1-9]|10)(?![\w.])")  # "Agni-5", "Jericho 3"
_ZERO_PADDED = re.compile(r"(?<=\b[A-Z]{2}-)0([1-9])(?!\d)")  # "KN-02"
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\. ?){2,3}(?=\s)")  # "H. W. ", "H.W. "


def _number_forms(text: str) -> list[str]:
    """A designator's number in its other forms: Roman and Arabic ("Agni-V" = "Agni-5",
    "Shaheen-3" = "Shaheen-III") and without a leading zero ("KN-02" = "KN-2")."""
    forms = [_ZERO_PADDED.sub(r"\1", text)]
    forms.append(_ROMAN_NUMBER.sub(
        lambda m: str(ROMAN.index(m.group(1)) + 1) if m.group(1) else "", text))
    forms.append(_ONE_DIGIT.sub(lambda m: ROMAN[int(m.group(1)) - 1], text))
    return [form for form in forms if form != text and form.strip()]


def _initials_forms(text: str) -> list[str]:
    """A name with two or three initials in its other ways of writing them:
    "George H. W. Bush" = "George H.W. Bush" = "George HW Bush"."""
    match = _INITIALS.search(text)
    if match is None:
        return []
    letters = match.group(0).replace(".", "").replace(" ", "")
    forms = [". ".join(letters) + ".", ".".join(letters) + ".", letters]
    return [text[:match.start()] + form + text[match.end() - (text[match.end() - 1] == " "):]
            for form in forms]


def name_spellings(phrase: str, variants: dict[str, list[str]]) -> list[str]:
    """All the ways of writing the name ``phrase``, itself first: each word in each of its
    spellings (``variants``: word -> its spellings, itself included; "Sergei Shoigu" =
    "Sergey Shoygu"), its initials and designator numbers written the other ways, then a
    hyphen between two of its words written as a space, or one space as a hyphen
    ("Air-launched" = "Air launched", "Mohammad Bagher" = "Mohammad-Bagher")."""
    parts = WORD.split(phrase)
    words = WORD.findall(phrase)
    choices = [variants.get(word, [word]) for word in words]
    spelled = []
    for combo in product(*choices):
        spelled.append(parts[0] + "".join(w + p for w, p in zip(combo, parts[1:], strict=True)))
        if len(spelled) >= MAX_SPELLINGS:
            break
    found = dict.fromkeys(spelled)
    for text in spelled:
        for written in (*_initials_forms(text), *_number_forms(text)):
            found.setdefault(written)
    for text in list(found):
        found.setdefault(_LETTER_HYPHEN.sub(" ", text))
        spaces = [m.start() for m in _LETTER_SPACE.finditer(text)]
        if len(spaces) <= MAX_HYPHENATED_SPACES:
            for at in spaces:
                found.setdefault(text[:at] + "-" + text[at + 1:])
    return list(found)
