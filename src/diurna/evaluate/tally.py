"""Scoring records whose gold is a set of (source, target, code) triples (the PETRARCH sets)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from diurna.errors import DiurnaError
from diurna.evaluate.confusion import Confusion
from diurna.evaluate.misses import Miss, clip, worst
from diurna.evaluate.produced import (
    Triple,
    counted_events,
    event_triple,
    format_triple,
    root_of,
    rule_label,
    rules_fired,
)
from diurna.evaluate.result import PRF, SetResult, prf
from diurna.model import CodedArticle, Event

__all__ = ["TripleRecord", "TripleTally"]

CodeKey = Callable[[str], str]


def _same(code: str) -> str:
    return code


@dataclass
class TripleRecord:
    """One gold record: what is expected, and what the coder made of its text."""

    id: str
    text: str
    expected: set[Triple]
    coded: CodedArticle | None = None
    error: DiurnaError | None = None
    no_event: bool = False
    expected_error: str | None = None


@dataclass
class TripleTally:
    """Accumulates pass counts, triple and root P/R/F1, root confusion and misses."""

    name: str
    key: CodeKey = _same  # applied to every actor code, e.g. country_level
    total: int = 0
    passed: int = 0
    rejected: int = 0
    triple: PRF = field(default_factory=PRF)
    root: PRF = field(default_factory=PRF)
    confusion: Confusion = field(default_factory=Confusion)
    misses: list[Miss] = field(default_factory=list)

    def add(self, record: TripleRecord) -> bool:
        """Score one record; returns whether it passed."""
        events = counted_events(record.coded)
        produced = {self._keyed(event_triple(e)) for e in events}
        expected = {self._keyed(t) for t in record.expected}
        self.total += 1
        self.rejected += record.error is not None
        passed = _passes(record, expected, produced)
        self.passed += passed
        self.triple.add(prf(expected, produced))
        self.root.add(prf(_roots(expected), _roots(produced)))
        for source, target, code in expected:
            same_dyad = (root_of(c) for s, t, c in produced if (s, t) == (source, target))
            self.confusion.add(root_of(code), same_dyad)
        if not passed:
            self._note_misses(record, expected, produced, events)
        return passed

    def result(self, aggregate: bool = True) -> SetResult:
        """The set's SetResult."""
        out = SetResult(self.name, self.total, self.passed, aggregate=aggregate)
        out.metrics["pass_rate"] = out.pass_rate
        out.metrics["rejected"] = self.rejected
        out.set_prf("triple", self.triple)
        out.set_prf("root", self.root)
        out.confusion = self.confusion.to_dict()
        out.worst = worst(self.misses)
        return out

    def _keyed(self, triple: Triple) -> Triple:
        source, target, code = triple
        return (self.key(source), self.key(target), code)

    def _note_misses(
        self, record: TripleRecord, expected: set[Triple], produced: set[Triple], events: list[Event]
    ) -> None:
        missed = sorted(expected - produced)
        spurious = [e for e in events if self._keyed(event_triple(e)) not in expected]
        weight = len(missed) + len({self._keyed(event_triple(e)) for e in spurious}) or 1
        text = clip(record.text)
        order = self.total
        all_events = record.coded.events if record.coded is not None else []
        for triple in missed:
            if record.error is not None:
                rule = f"(rejected: {record.error.code})"
            else:
                dyad = [e for e in all_events if self._keyed(event_triple(e))[:2] == triple[:2]]
                rule = rules_fired(dyad or all_events)
            self.misses.append(Miss(record.id, "missed", format_triple(triple), rule, text, weight, order))
        seen: set[Triple] = set()
        for event in spurious:
            triple = self._keyed(event_triple(event))
            if triple in seen:
                continue
            seen.add(triple)
            self.misses.append(
                Miss(record.id, "spurious", format_triple(triple), rule_label(event), text, weight, order)
            )


def _roots(triples: set[Triple]) -> set[Triple]:
    return {(s, t, root_of(c)) for s, t, c in triples}


def _passes(record: TripleRecord, expected: set[Triple], produced: set[Triple]) -> bool:
    if record.expected_error:
        return record.error is not None or not produced
    if record.no_event:
        return not produced
    return record.error is None and produced == expected
