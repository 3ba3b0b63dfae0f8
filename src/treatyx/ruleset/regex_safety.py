"""A guard against rule regexes that can take exponential time.

A group that holds an unbounded quantifier and is itself repeated without bound
(``(a+)+``, ``(\\s*\\w+)*``, ``(x{2,})+``) lets Python's backtracking engine try exponentially
many ways to split a long run of text that almost matches: one such user rule could hang a run
over thousands of documents. Such patterns are refused when rules are loaded, with their file
and line. The check reads the pattern text; it needs none of the ``re`` module's internals.
"""

from __future__ import annotations


def _skip_class(pattern: str, i: int) -> int:
    """The index after the character class that opens at ``pattern[i] == "["``."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _unbounded_at(pattern: str, i: int) -> tuple[bool, int]:
    """Is there an unbounded quantifier (``+``, ``*``, ``{n,}``) at ``i``, and where does the
    quantifier (with a lazy or possessive suffix) end?"""
    ch = pattern[i] if i < len(pattern) else ""
    if ch in ("+", "*"):
        end = i + 1
    elif ch == "{" and (close := pattern.find("}", i)) > i:
        body = pattern[i + 1:close]
        if not body.replace(",", "").isdigit() and body != ",":
            return False, i  # a literal brace
        end = close + 1
        if not body.endswith(","):
            return False, end  # {n} or {n,m}: bounded
    else:
        return False, i
    if end < len(pattern) and pattern[end] in "?+":
        end += 1
    return True, end


def repeats_a_repetition(pattern: str) -> bool:
    """Does ``pattern`` repeat without bound a group that repeats without bound inside?"""
    holds_unbounded = [False]  # one flag per open group, the outermost pattern first
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
        elif ch == "[":
            i = _skip_class(pattern, i)
        elif ch == "(":
            holds_unbounded.append(False)
            i += 1
        elif ch == ")" and len(holds_unbounded) > 1:
            inner = holds_unbounded.pop()
            unbounded, end = _unbounded_at(pattern, i + 1)
            if inner and unbounded:
                return True
            holds_unbounded[-1] = holds_unbounded[-1] or inner or unbounded
            i = max(end, i + 1)
        else:
            unbounded, end = _unbounded_at(pattern, i)
            if unbounded:
                holds_unbounded[-1] = True
            i = max(end, i + 1)
    return False
