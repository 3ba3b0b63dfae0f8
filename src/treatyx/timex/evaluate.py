"""Score the date component against TimeML data (TempEval-3 measures).

Input: a ``docs`` JSON-lines file (``doc``, ``dct``, ``text``) and a ``timex`` JSON-lines file
(``doc``, ``start``, ``end``, ``type``, ``value``; character offsets into ``text``), the
format of the TempEval-3 TBAQ data under ``../shared/data/timeml``.

Measures, as in the TempEval-3 scorer:

* strict span P/R/F1: same start and end;
* relaxed span P/R/F1: any overlap;
* value P/R/F1: relaxed match (one to one, largest overlap first) with the same value;
* type accuracy: share of relaxed matches with the same TIMEX3 type.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from .. import extensions

SPAN_GROUP = extensions.SPAN_GROUPS["date"]


@dataclass(frozen=True)
class Mention:
    doc: str
    start: int
    end: int
    type: str
    value: str
    text: str
    mod: str | None = None
    rule: str | None = None


@dataclass
class Scores:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    value: int = 0
    type: int = 0
    pairs: int = 0
    errors: list[dict] = field(default_factory=list)

    @staticmethod
    def _prf(hit_p: int, n_p: int, hit_r: int, n_r: int) -> dict[str, float]:
        p = hit_p / n_p if n_p else 0.0
        r = hit_r / n_r if n_r else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}

    def as_dict(self) -> dict:
        return {
            "gold": self.gold,
            "system": self.system,
            "strict": self._prf(self.strict, self.system, self.strict, self.gold),
            "relaxed": self._prf(self.relaxed_system, self.system, self.relaxed_gold, self.gold),
            "value": self._prf(self.value, self.system, self.value, self.gold),
            "type_accuracy": round(self.type / self.pairs, 4) if self.pairs else 0.0,
        }


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def system_mentions(nlp: Language, docs: list[dict], batch_size: int = 16
                    ) -> dict[str, list[Mention]]:
    """Run ``nlp`` over the documents (DCT on ``doc._.treatyx_dct``); mentions by doc name."""
    out: dict[str, list[Mention]] = {}

    def prepared() -> Iterable:
        for row in docs:
            doc = nlp.make_doc(row["text"])
            doc._.treatyx_dct = (row.get("dct") or "")[:10] or None
            doc._.treatyx_doc = row["doc"]
            yield doc

    for row, doc in zip(docs, nlp.pipe(prepared(), batch_size=batch_size), strict=True):
        found = []
        for span in doc.spans.get(SPAN_GROUP, []):
            attrs = span._.treatyx_date or {}
            found.append(Mention(row["doc"], span.start_char, span.end_char, attrs.get("type", ""),
                                 attrs.get("value", ""), span.text, attrs.get("mod"),
                                 attrs.get("rule")))
        out[row["doc"]] = found
    return out


def score(gold: dict[str, list[Mention]], system: dict[str, list[Mention]]) -> Scores:
    """TempEval-3 span and value scores; errors listed for inspection."""
    scores = Scores()
    for name in sorted(set(gold) | set(system)):
        g_list, s_list = gold.get(name, []), system.get(name, [])
        scores.gold += len(g_list)
        scores.system += len(s_list)
        exact = {(m.start, m.end) for m in s_list}
        scores.strict += sum((g.start, g.end) in exact for g in g_list)
        scores.relaxed_gold += sum(any(s.start < g.end and g.start < s.end for s in s_list)
                                   for g in g_list)
        scores.relaxed_system += sum(any(s.start < g.end and g.start < s.end for g in g_list)
                                     for s in s_list)
        overlaps = sorted(
            ((min(g.end, s.end) - max(g.start, s.start), i, j)
             for i, g in enumerate(g_list) for j, s in enumerate(s_list)
             if s.start < g.end and g.start < s.end),
            reverse=True,
        )
        used_g: set[int] = set()
        used_s: set[int] = set()
        for _, i, j in overlaps:
            if i in used_g or j in used_s:
                continue
            used_g.add(i)
            used_s.add(j)
            g, s = g_list[i], s_list[j]
            scores.pairs += 1
            scores.type += g.type == s.type
            if g.value == s.value:
                scores.value += 1
            else:
                scores.errors.append({"kind": "value", "doc": name, "gold": g, "system": s})
        for i, g in enumerate(g_list):
            if i not in used_g:
                scores.errors.append({"kind": "missed", "doc": name, "gold": g, "system": None})
        for j, s in enumerate(s_list):
            if j not in used_s:
                scores.errors.append({"kind": "spurious", "doc": name, "gold": None, "system": s})
    return scores


def gold_mentions(timex: list[dict]) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = {}
    for row in timex:
        out.setdefault(row["doc"], []).append(
            Mention(row["doc"], row["start"], row["end"], row.get("type", ""),
                    row.get("value", ""), row.get("text", ""), row.get("mod")))
    return out


def evaluate_timeml(docs_path: str | Path, timex_path: str | Path, nlp: Language,
                    with_errors: bool = False) -> dict:
    """Strict/relaxed span P/R/F1, value P/R/F1 and type accuracy of ``nlp`` on one data set."""
    docs = read_jsonl(docs_path)
    gold = gold_mentions(read_jsonl(timex_path))
    for row in docs:
        gold.setdefault(row["doc"], [])
    system = system_mentions(nlp, docs)
    scores = score(gold, system)
    result = scores.as_dict()
    result["documents"] = len(docs)
    if with_errors:
        result["errors"] = scores.errors
    return result
