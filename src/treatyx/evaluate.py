"""Score treatyx against an analyst's annotated articles (``treatyx eval GOLD.yml... DOCS``).

The gold format is a YAML list of documents, each with ``doc`` (a file name inside DOCS),
``date`` (the document date given to the pipeline) and, per kind, ``required`` and ``optional``
facts. A prediction is correct when it matches any required or optional fact; recall counts the
required facts found. Figures are micro-averaged over documents. A kind a document does not
annotate at all (key absent) is not scored for that document, so a gold file may annotate only
some kinds. Events are scored twice, without and with their date, plus the status accuracy of
the required events that state a status.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .errors import InputError, TreatyxError
from .io.readers import check_date, read_file

if TYPE_CHECKING:
    from spacy.language import Language

ENTITY_KINDS = {"treaties": "treaty", "systems": "system", "actors": "actor"}
RECORD_KIND = {**ENTITY_KINDS, "ranges": "range", "dates": "date", "events": "event"}
GOLD_KINDS = tuple(RECORD_KIND)
MEASURES = (*GOLD_KINDS, "events+date")
EVENT_FIELDS = ("type", "actor", "treaty", "system", "date", "status")
RANGE_TOLERANCE = 0.02


class GoldError(TreatyxError):
    """A gold file that cannot be read or does not follow the format."""


# --- names ----------------------------------------------------------------------------------

_LEADING_THE = re.compile(r"^the\s+")
# Punctuation that only separates words; a sign that changes the name ("Agni-II+" is not the
# Agni-II) is kept.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_.,;:!?'\"\u2018-\u201f()\[\]/]+")


def norm(name: Any) -> str:
    """A name compared ignoring case, separating punctuation and a leading "the"."""
    text = str(name).lower().strip()
    return _SEPARATORS.sub(" ", _LEADING_THE.sub("", text)).strip()


def record_names(record: Any) -> set[str]:
    """Every name a record (or a reference to one inside an event) answers to."""
    if record is None or record == "":
        return set()
    if isinstance(record, list):
        return set().union(*(record_names(item) for item in record))
    if not isinstance(record, dict):
        return {norm(record)}
    names = {norm(record[key]) for key in ("id", "name", "text") if record.get(key)}
    return names | {norm(alias) for alias in record.get("aliases") or []}


def date_value(date: Any) -> str:
    """The value of a date record or of an event's date (a dict, a string or nothing)."""
    if isinstance(date, dict):
        return str(date.get("value") or "")
    return str(date or "")


# --- gold -----------------------------------------------------------------------------------


@dataclass
class GoldDoc:
    """One annotated document: the kinds it annotates, each with required and optional facts."""

    name: str
    date: str | None
    source: str
    facts: dict[str, tuple[list[Any], list[Any]]] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)  # keys of kinds treatyx does not score

    def aliases(self) -> dict[str, frozenset[str]]:
        """Each normalised entity name of this doc -> every name of the entities it names."""
        found: dict[str, set[str]] = defaultdict(set)
        for kind in ENTITY_KINDS:
            required, optional = self.facts.get(kind, ([], []))
            for names in required + optional:
                for name in names:
                    found[name] |= names
        return {name: frozenset(names) for name, names in found.items()}


def _scalar(value: Any) -> str:
    """YAML turns an unquoted 1987 into an int: back to text."""
    return str(value)


def _entity(item: Any, where: str) -> frozenset[str]:
    names = [item] if isinstance(item, str) else item
    if not isinstance(names, list) or not names or not all(
            isinstance(n, (str, int, float)) and str(n).strip() for n in names):
        raise GoldError(f"{where}: expected a list of names, got {item!r}")
    return frozenset(norm(n) for n in names)


def _range(item: Any, where: str) -> dict[str, float]:
    if not isinstance(item, dict) or set(item) != {"min_km", "max_km"} or not all(
            isinstance(item[k], (int, float)) and not isinstance(item[k], bool) for k in item):
        raise GoldError(f"{where}: expected {{min_km: NUMBER, max_km: NUMBER}}, got {item!r}")
    return {"min_km": float(item["min_km"]), "max_km": float(item["max_km"])}


def _date(item: Any, where: str) -> dict[str, str]:
    if not isinstance(item, dict) or set(item) != {"text", "value"}:
        raise GoldError(f"{where}: expected {{text: ..., value: ...}}, got {item!r}")
    return {"text": str(item["text"]), "value": _scalar(item["value"])}


def _event(item: Any, where: str) -> dict[str, str]:
    if not isinstance(item, dict) or "type" not in item:
        raise GoldError(f"{where}: expected {{type: ..., actor: ..., ...}}, got {item!r}")
    unknown = sorted(set(item) - set(EVENT_FIELDS))
    if unknown:
        raise GoldError(f"{where}: unknown event field(s) {', '.join(map(str, unknown))} "
                        f"(known: {', '.join(EVENT_FIELDS)})")
    if any(isinstance(value, (list, dict)) for value in item.values()):
        raise GoldError(f"{where}: each event field takes one value, got {item!r}")
    return {key: _scalar(value) for key, value in item.items() if value is not None}


PARSERS: dict[str, Callable[[Any, str], Any]] = {
    **dict.fromkeys(ENTITY_KINDS, _entity), "ranges": _range, "dates": _date, "events": _event}


def _doc(entry: Any, where: str, source: str) -> GoldDoc:
    if not isinstance(entry, dict) or not isinstance(entry.get("doc"), str):
        raise GoldError(f"{where}: each document needs `doc: FILE NAME`")
    where = f"{where} ({entry['doc']})"
    date = entry.get("date")
    try:
        date = check_date(_scalar(date) if date is not None else None, where)
    except InputError as exc:
        raise GoldError(str(exc)) from None
    gold = GoldDoc(entry["doc"], date, source,
                   ignored=sorted(map(str, set(entry) - {"doc", "date", *GOLD_KINDS})))
    for kind in GOLD_KINDS:
        if kind not in entry:
            continue
        parts = entry[kind] or {}
        if not isinstance(parts, dict) or set(parts) - {"required", "optional"}:
            raise GoldError(f"{where}: {kind} must hold only `required` and `optional` lists")
        lists = []
        for part in ("required", "optional"):
            items = parts.get(part) or []
            if not isinstance(items, list):
                raise GoldError(f"{where}: {kind}.{part} must be a list")
            lists.append([PARSERS[kind](item, f"{where}: {kind}.{part}[{i}]")
                          for i, item in enumerate(items)])
        gold.facts[kind] = (lists[0], lists[1])
    return gold


class _GoldLoader(yaml.SafeLoader):
    """Safe YAML that keeps unquoted dates as text (2019-13-01 is then reported as a bad date
    with its place, not as a crash inside the YAML parser)."""


_GoldLoader.add_constructor("tag:yaml.org,2002:timestamp",
                            lambda loader, node: loader.construct_scalar(node))


def load_gold(paths: Iterable[str | Path]) -> list[GoldDoc]:
    """The documents of every gold file, in order; GoldError names the file and the place."""
    docs: list[GoldDoc] = []
    seen: dict[str, str] = {}
    for path in map(Path, paths):
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_GoldLoader)
        except OSError as exc:
            raise GoldError(f"{path}: cannot read: {exc.strerror}") from None
        except UnicodeDecodeError:
            raise GoldError(f"{path}: not UTF-8 text") from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
            problem = getattr(exc, "problem", None) or str(exc)
            raise GoldError(f"{where}: invalid YAML: {problem}") from None
        if data is None:
            data = []
        if not isinstance(data, list):
            raise GoldError(f"{path}: expected a list of documents (- doc: FILE ...)")
        for index, entry in enumerate(data, start=1):
            gold = _doc(entry, f"{path}: document {index}", str(path))
            if gold.name in seen:
                raise GoldError(f"{path}: {gold.name} is annotated twice "
                                f"(also in {seen[gold.name]})")
            seen[gold.name] = str(path)
            docs.append(gold)
    return docs


# --- matching -------------------------------------------------------------------------------


def _close(found: Any, gold: float) -> bool:
    try:
        return abs(float(found) - gold) <= RANGE_TOLERANCE * max(abs(gold), 1.0)
    except (TypeError, ValueError):
        return False


def _same_text(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    return a in b or b in a


def entity_names(records: list[dict]) -> dict[str, set[str]]:
    """Each entity id of a document's output -> every name its records answer to: an event
    names its treaty and systems by id, the annotator by name."""
    names: dict[str, set[str]] = defaultdict(set)
    for record in records:
        if record.get("kind") in ENTITY_KINDS.values() and record.get("id"):
            names[norm(record["id"])] |= record_names(record)
    return names


def _event_matcher(gold: GoldDoc, with_date: bool,
                   names_by_id: dict[str, set[str]] | None = None
                   ) -> Callable[[dict, dict], bool]:
    aliases = gold.aliases()
    keys = {"actor": "actors", "treaty": "treaty", "system": "systems"}
    known = names_by_id or {}

    def names(value: Any) -> set[str]:
        found = record_names(value)
        return found.union(*(known.get(name, ()) for name in found))

    def match(record: dict, fact: dict) -> bool:
        if record.get("type") != fact["type"]:
            return False
        for name, key in keys.items():
            if name in fact:
                wanted = aliases.get(norm(fact[name]), frozenset({norm(fact[name])}))
                if not names(record.get(key)) & wanted:
                    return False
        return not (with_date and "date" in fact
                    and not date_value(record.get("date")).startswith(fact["date"]))

    return match


def matcher(kind: str, gold: GoldDoc, names_by_id: dict[str, set[str]] | None = None
            ) -> Callable[[dict, Any], bool]:
    """match(record, gold fact) for one kind of one document (``names_by_id``: see
    entity_names)."""
    if kind in ENTITY_KINDS:
        return lambda record, names: bool(record_names(record) & names)
    if kind == "ranges":
        return lambda record, fact: (_close(record.get("min_km"), fact["min_km"])
                                     and _close(record.get("max_km"), fact["max_km"]))
    if kind == "dates":
        return lambda record, fact: (date_value(record) == fact["value"]
                                     and _same_text(record.get("text") or "", fact["text"]))
    return _event_matcher(gold, kind == "events+date", names_by_id)


# --- descriptions for -v --------------------------------------------------------------------


def describe_fact(kind: str, fact: Any) -> str:
    if kind in ENTITY_KINDS:
        return " | ".join(sorted(fact))
    if kind == "ranges":
        return f"{fact['min_km']:g}-{fact['max_km']:g} km"
    if kind == "dates":
        return f"{fact['text']!r}={fact['value']}"
    return " ".join(f"{key}={fact[key]}" for key in EVENT_FIELDS if key in fact)


def describe_record(kind: str, record: dict) -> str:
    if kind in ENTITY_KINDS:
        return f"{record.get('name') or record.get('text')} ({record.get('id')})"
    if kind == "ranges":
        return f"{record.get('text')!r} ({record.get('min_km')}-{record.get('max_km')} km)"
    if kind == "dates":
        return f"{record.get('text')!r}={date_value(record)}"
    trigger = (record.get("trigger") or {}).get("text") or record.get("text")
    actors = ",".join(a.get("id") or a.get("name") or "?" if isinstance(a, dict) else str(a)
                      for a in record.get("actors") or [])
    return (f"{record.get('type')} {trigger!r} actors=[{actors}] "
            f"date={date_value(record.get('date')) or '-'}")


# --- scores ---------------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts of one measure: required facts found, correct predictions, documents scored."""

    found: int = 0
    required: int = 0
    correct: int = 0
    predicted: int = 0
    docs: int = 0

    def add(self, other: Tally) -> None:
        self.found += other.found
        self.required += other.required
        self.correct += other.correct
        self.predicted += other.predicted
        self.docs += other.docs

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        if self.predicted:
            return self.correct / self.predicted
        return 1.0 if not self.required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        scored = self.docs > 0
        return {"p": round(self.precision, 4) if scored else None,
                "r": round(self.recall, 4) if scored else None,
                "f1": round(self.f1, 4) if scored else None,
                "found": self.found, "required": self.required, "correct": self.correct,
                "predicted": self.predicted, "docs": self.docs}


@dataclass
class Detail:
    """What one document got wrong for one measure."""

    doc: str
    measure: str
    missed: list[str]
    spurious: list[str]


@dataclass
class EvalResult:
    scores: dict[str, Tally] = field(default_factory=lambda: {m: Tally() for m in MEASURES})
    status_correct: int = 0
    status_total: int = 0
    documents: int = 0
    details: list[Detail] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # gold documents not in DOCS (asked for)

    @property
    def status_accuracy(self) -> float | None:
        return self.status_correct / self.status_total if self.status_total else None

    def status_line(self) -> str:
        if self.status_accuracy is None:
            return "status accuracy: - (no required event with a status was found)"
        return (f"status accuracy: {self.status_accuracy:.3f} "
                f"({self.status_correct}/{self.status_total} found required events)")

    def as_dict(self, details: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "documents": self.documents,
            "scores": {measure: tally.as_dict() for measure, tally in self.scores.items()},
            "status": {"correct": self.status_correct, "total": self.status_total,
                       "accuracy": (round(self.status_accuracy, 4)
                                    if self.status_accuracy is not None else None)},
            "problems": self.problems,
            "ignored": self.ignored,
            "skipped": self.skipped,
        }
        if details:
            out["details"] = [vars(d) for d in self.details]
        return out


def report_table(result: EvalResult) -> Any:
    """The figures as a rich Table: one row per measure."""
    from rich.table import Table

    table = Table(title=f"{result.documents} document{'s' * (result.documents != 1)}",
                  box=None, title_justify="left")
    for column in ("kind", "P", "R", "F1", "found/required", "correct/predicted", "docs"):
        table.add_column(column, justify="left" if column == "kind" else "right",
                         no_wrap=True, min_width=max(len(column), 5))
    for measure, tally in result.scores.items():
        if not tally.docs:
            table.add_row(measure, "-", "-", "-", "-", "-", "0")
            continue
        table.add_row(measure, f"{tally.precision:.3f}", f"{tally.recall:.3f}",
                      f"{tally.f1:.3f}", f"{tally.found}/{tally.required}",
                      f"{tally.correct}/{tally.predicted}", str(tally.docs))
    return table


def detail_lines(result: EvalResult) -> list[str]:
    """Per document and measure, the required facts missed and the wrong records."""
    lines = []
    for detail in result.details:
        lines.append(f"{detail.doc} {detail.measure}:")
        lines.extend(f"  missed   {fact}" for fact in detail.missed)
        lines.extend(f"  spurious {record}" for record in detail.spurious)
    return lines


def score_measure(kind: str, records: list[dict], required: list[Any], optional: list[Any],
                  match: Callable[[dict, Any], bool]) -> tuple[Tally, list[str], list[str]]:
    """One measure on one document: the tally, the required facts missed, the wrong records."""
    missed = [fact for fact in required if not any(match(r, fact) for r in records)]
    wrong = [r for r in records if not any(match(r, fact) for fact in required + optional)]
    tally = Tally(found=len(required) - len(missed), required=len(required),
                  correct=len(records) - len(wrong), predicted=len(records), docs=1)
    shown = "events" if kind == "events+date" else kind
    return (tally, [describe_fact(shown, f) for f in missed],
            [describe_record(shown, r) for r in wrong])


def score_document(gold: GoldDoc, records: list[dict], result: EvalResult) -> None:
    """Add one document's figures (and its misses) to ``result``."""
    result.documents += 1
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        by_kind[record.get("kind", "")].append(record)
    names_by_id = entity_names(records)
    for measure in MEASURES:
        kind = "events" if measure == "events+date" else measure
        if kind not in gold.facts:
            continue
        required, optional = gold.facts[kind]
        tally, missed, spurious = score_measure(
            measure, by_kind[RECORD_KIND[kind]], required, optional,
            matcher(measure, gold, names_by_id))
        result.scores[measure].add(tally)
        if missed or spurious:
            result.details.append(Detail(gold.name, measure, missed, spurious))
    if "events" in gold.facts:
        _score_status(gold, by_kind["event"], result, names_by_id)


def _score_status(gold: GoldDoc, events: list[dict], result: EvalResult,
                  names_by_id: dict[str, set[str]]) -> None:
    """Status accuracy: each required event stating a status that was found (with its date)
    is compared with the first record that matches it."""
    match = matcher("events+date", gold, names_by_id)
    for fact in gold.facts["events"][0]:
        if "status" not in fact:
            continue
        record = next((r for r in events if match(r, fact)), None)
        if record is not None:
            result.status_total += 1
            result.status_correct += record.get("status") == fact["status"]


def ignored_keys(gold: list[GoldDoc]) -> list[str]:
    """One line per gold file and key that is not scored (another kind, or a typo)."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for entry in gold:
        for key in entry.ignored:
            counts[entry.source, key] += 1
    return [f"{source}: `{key}` is not scored ({n} document{'s' * (n > 1)}; scored kinds: "
            f"{', '.join(GOLD_KINDS)})" for (source, key), n in counts.items()]


# --- running --------------------------------------------------------------------------------


def read_documents(gold: list[GoldDoc], folder: str | Path) -> list[Any]:
    """The Documents named by the gold, with their gold date; GoldError for one not in DOCS."""
    folder = Path(folder)
    if not folder.is_dir():
        raise GoldError(f"{folder}: not a folder (DOCS must be the folder of the articles)")
    documents = []
    for entry in gold:
        path = folder / entry.name
        if not path.is_file():
            raise GoldError(f"{entry.source}: {entry.name} is not in {folder}")
        document = read_file(path, str(path), entry.date)
        if isinstance(document, InputError):
            raise GoldError(f"{entry.source}: {document}")
        documents.append(document)
    return documents


def evaluate(gold_paths: Sequence[str | Path], docs: str | Path, *,
             nlp: Language | None = None, model: str | None = None,
             rules: Sequence[str] | None = None, skip_missing: bool = False) -> EvalResult:
    """Run the pipeline (``nlp``, or one loaded with ``model`` and ``rules``) over the gold's
    documents and score it. GoldError for a bad gold file or a document missing from DOCS,
    unless ``skip_missing``: then the documents DOCS lacks are left out of every figure and
    named in ``skipped`` (a clone whose articles could not all be fetched again)."""
    from .api import Result, process

    gold = load_gold(gold_paths)
    skipped = [entry.name for entry in gold if not (Path(docs) / entry.name).is_file()] \
        if skip_missing and Path(docs).is_dir() else []
    gold = [entry for entry in gold if entry.name not in skipped]
    documents = read_documents(gold, docs)
    if nlp is None:
        from .api import load

        nlp = load(model=model, rules=list(rules or []))
    result = EvalResult(ignored=ignored_keys(gold), skipped=skipped)
    for entry, outcome in zip(gold, process(nlp, documents), strict=True):
        records: list[dict] = []
        if isinstance(outcome, Result) and outcome.ok:
            records = outcome.records or []
        else:
            result.problems.append(f"{entry.name}: {getattr(outcome, 'error', outcome)}")
        score_document(entry, records, result)
    return result
