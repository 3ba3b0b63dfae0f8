"""Temporal tagging for treatyx: find TimeML TIMEX3 expressions and resolve their values.

Pure Python over raw text (no spaCy needed): :mod:`.patterns` compiles the ``date_*`` rule
sections, :mod:`.tagger` finds and fills candidates, :mod:`.tense` reads the tense of a clause,
:mod:`.resolve` pins relative values to the document date, :mod:`.evaluate` scores against
TimeML data. The spaCy component is :mod:`treatyx.components.dates`.

>>> tag_text("Russia suspended the treaty on Wednesday.", "2019-07-05")[0].value
'2019-07-03'
"""

from __future__ import annotations

import datetime as dt

from .patterns import DateRules, compile_rules, load_date_rules
from .resolve import Resolver
from .tagger import DateTagger, Timex

__all__ = ["DateRules", "DateTagger", "Resolver", "Timex", "compile_rules", "load_date_rules",
           "tag_text"]


def tag_text(text: str, dct: str | dt.date | None = None, rules: tuple[str, ...] = ()
             ) -> list[Timex]:
    """Tag ``text`` with the shipped date rules (plus extra rule folders ``rules``)."""
    return DateTagger(load_date_rules(tuple(rules))).tag(text, dct)
