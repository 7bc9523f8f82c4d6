"""A faster matcher for the model's attribute ruler, with the same matches.

en_core_web_sm's ``attribute_ruler`` maps tags to parts of speech and morphology (its
tag map) and fixes a few words ("'s", "do" as a main verb) with 179 token patterns. spaCy
runs them through its general ``Matcher``, which took about 10 ms of a 300-word article,
a tenth of the whole pipeline. The patterns only test a token's TAG, LOWER, DEP and
IS_SPACE, against a value, an IN / NOT_IN list or (LOWER) a REGEX, so we evaluate them per distinct
combination of those four values, once, and reuse the answer: a dictionary lookup per
token. The ruler's own ``set_annotations`` still writes the attributes, from matches
equal to the ``Matcher``'s (same order, same spans; a test compares them on news).

A ruler with patterns outside this subset (operators, other attributes) keeps spaCy's
matcher: ``install`` returns False and changes nothing.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

__all__ = ["install", "FastRulerMatch"]

FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")
COLUMNS = [TAG, LOWER, DEP, IS_SPACE]
OTHER = -1  # a LOWER no pattern names: it matches none of their values


def install(ruler: Any) -> bool:
    """Give ``ruler`` (an AttributeRuler) the fast matcher when its patterns allow it."""
    if not isinstance(ruler, AttributeRuler):
        return False
    fast = FastRulerMatch.build(ruler)
    if fast is None:
        return False
    ruler.match = fast  # set_annotations and everything else stay spaCy's
    return True


Test = Callable[[tuple], bool]


class FastRulerMatch:
    """Callable like ``AttributeRuler.match``: doc -> sorted (attr_id, match_id, start, end)."""

    def __init__(self, patterns: list[tuple[int, int, list[Test]]], lowers: frozenset[int], regexes: list[re.Pattern], strings) -> None:
        self.patterns = patterns  # (attr_id, match_id, one test per token)
        self.lowers = lowers
        self.regexes = regexes
        self.strings = strings
        self.classes: dict[int, tuple[int, tuple[bool, ...]]] = {}  # lower -> its class
        self.cache: dict[tuple, tuple] = {}

    @classmethod
    def build(cls, ruler: AttributeRuler) -> FastRulerMatch | None:
        strings = ruler.vocab.strings
        compiled: list[tuple[int, int, list[Test]]] = []
        lowers: set[int] = set()
        regexes: list[re.Pattern] = []
        for attr_id in range(len(ruler.attrs)):
            key = str(attr_id)
            match_id = strings.add(key)
            found = ruler.matcher.get(match_id)
            if found is None:
                return None
            for pattern in found[1]:
                tests = []
                for spec in pattern:
                    test = _compile(spec, strings, lowers, regexes)
                    if test is None:
                        return None
                    tests.append(test)
                if not tests:
                    return None
                compiled.append((attr_id, match_id, tests))
        return cls(compiled, frozenset(lowers), regexes, strings)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        rows = doc.to_array(COLUMNS).tolist() if len(doc) else []
        cache, classes, patterns = self.cache, self.classes, self.patterns
        hits = []
        for tag, lower, dep, space in rows:
            kind = classes.get(lower)
            if kind is None:
                kind = classes[lower] = self._class(lower)
            key = (tag, kind, dep, space)
            found = cache.get(key)
            if found is None:
                found = cache[key] = self._satisfied(key)
            hits.append(found)
        matches = []
        size = len(rows)
        for start, (singles, firsts, _) in enumerate(hits):
            for n in singles:
                attr_id, match_id, _ = patterns[n]
                matches.append((attr_id, match_id, start, start + 1))
            for n in firsts:
                attr_id, match_id, tests = patterns[n]
                end = start + len(tests)
                if end <= size and all((n, k) in hits[start + k][2] for k in range(1, len(tests))):
                    matches.append((attr_id, match_id, start, end))
        matches.sort()
        return matches

    def _class(self, lower: int) -> tuple[int, tuple[bool, ...]]:
        """What the patterns can tell of a lower-case form: itself if they name it, and
        which of their regexes it matches."""
        text = self.strings[lower] if self.regexes else ""
        named = lower if lower in self.lowers else OTHER
        return named, tuple(bool(rx.search(text)) for rx in self.regexes)

    def _satisfied(self, key: tuple) -> tuple[tuple[int, ...], tuple[int, ...], frozenset]:
        """For a token with ``key``: the one-token patterns it matches, the longer patterns
        it can start, and the (pattern, position) tests it passes past the first."""
        singles, firsts, rest = [], [], set()
        for n, (_, _, tests) in enumerate(self.patterns):
            for k, test in enumerate(tests):
                if not test(key):
                    continue
                if k == 0 and len(tests) == 1:
                    singles.append(n)
                elif k == 0:
                    firsts.append(n)
                else:
                    rest.add((n, k))
        return tuple(singles), tuple(firsts), frozenset(rest)


def _compile(spec: dict[str, Any], strings, lowers: set[int], regexes: list[re.Pattern]) -> Test | None:
    """One token's test over a key (tag, (lower or OTHER, regex results), dep, space)."""
    checks: list[Callable[[tuple], bool]] = []
    for name, value in spec.items():
        if name not in FIELDS:
            return None
        column = FIELDS.index(name)
        if isinstance(value, dict):
            if len(value) != 1:
                return None
            (op, items), = value.items()
            if op == "REGEX" and name == "LOWER" and isinstance(items, str):
                regexes.append(re.compile(items))
                checks.append(_regex_check(len(regexes) - 1))
                continue
            if op not in ("IN", "NOT_IN"):
                return None
            wanted = frozenset(_value(name, v, strings) for v in items)
            checks.append(_set_check(column, wanted, op == "IN"))
        else:
            wanted = frozenset([_value(name, value, strings)])
            checks.append(_set_check(column, wanted, True))
        if name == "LOWER":
            lowers |= wanted

    def test(key: tuple) -> bool:
        return all(check(key) for check in checks)

    return test


def _set_check(column: int, wanted: frozenset[int], inside: bool) -> Callable[[tuple], bool]:
    if column == 1:  # LOWER: the key holds (lower or OTHER, regex results)
        return lambda key: (key[1][0] in wanted) is inside
    return lambda key: (key[column] in wanted) is inside


def _regex_check(number: int) -> Callable[[tuple], bool]:
    return lambda key: key[1][1][number]


def _value(name: str, value: Any, strings) -> int:
    if name == "IS_SPACE":
        return int(bool(value))
    return strings.add(value) if value else 0
