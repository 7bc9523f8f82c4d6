"""Scoring against hand-coded entries (seed and news gold): required, acceptable, forbidden.

An entry names a source and target country (``*`` = anything, including no actor) and a
CAMEO root and/or a PLOVER type. A produced event matches an entry when both countries
match and, by criterion: ``either`` the root or the PLOVER type matches (the README's
rule), ``root`` the root matches, ``plover`` the PLOVER type matches (the root, when the
entry has no PLOVER type).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from diurna.errors import DiurnaError
from diurna.evaluate.confusion import Confusion
from diurna.evaluate.countries import gold_country
from diurna.evaluate.misses import Miss, clip, worst
from diurna.evaluate.produced import (
    actor_country,
    counted_events,
    describe_event,
    rule_label,
    rules_fired,
)
from diurna.evaluate.result import PRF, SetResult
from diurna.model import CodedArticle, Event

__all__ = ["Entry", "EntryRecord", "EntryTally", "matches", "CRITERIA"]

ANY = "*"
CRITERIA = {"triple": "either", "root": "root", "plover": "plover"}


@dataclass(frozen=True)
class Entry:
    """One hand-coded event: countries and a root and/or PLOVER type."""

    source: str
    target: str
    root: str | None = None
    plover: str | None = None
    evidence: str | None = field(default=None, compare=False)  # the gold's note, for reports

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entry:
        """From a gold entry such as ``{"source": "SRB", "target": "*", "cameo_root": "12"}``."""
        root = data.get("cameo_root")
        return cls(
            source=_gold_side(data.get("source")),
            target=_gold_side(data.get("target")),
            root=str(root).zfill(2) if root is not None else None,
            plover=data.get("plover") or None,
            evidence=data.get("evidence") or None,
        )

    def describe(self) -> str:
        """For reports: ``SRB -> RUS 04/CONSULT``."""
        kinds = "/".join(k for k in (self.root, self.plover) if k)
        return f"{self.source} -> {self.target} {kinds}"


def _gold_side(value: Any) -> str:
    return ANY if value in (None, "", ANY) else (gold_country(str(value)) or ANY)


def _side_matches(gold: str, country: str | None) -> bool:
    return gold == ANY or gold == country


def matches(entry: Entry, event: Event, criterion: str = "either") -> bool:
    """Whether a produced event matches an entry under a criterion (either, root, plover)."""
    if not (
        _side_matches(entry.source, actor_country(event.source))
        and _side_matches(entry.target, actor_country(event.target))
    ):
        return False
    root_ok = entry.root is not None and event.cameo.root == entry.root
    plover_ok = entry.plover is not None and event.plover.type == entry.plover
    if criterion == "root":
        return root_ok
    if criterion == "plover":
        return plover_ok if entry.plover is not None else root_ok
    return root_ok or plover_ok


@dataclass
class EntryRecord:
    """One hand-coded record and what the coder made of its text."""

    id: str
    text: str
    required: list[Entry]
    acceptable: list[Entry] = field(default_factory=list)
    forbidden: list[Entry] = field(default_factory=list)
    coded: CodedArticle | None = None
    error: DiurnaError | None = None


@dataclass
class EntryTally:
    """Accumulates required found, precision, forbidden events, confusion and misses."""

    name: str
    total: int = 0
    passed: int = 0
    rejected: int = 0
    required: int = 0
    found: int = 0
    produced: int = 0
    matched: int = 0
    forbidden: int = 0
    counts: dict[str, PRF] = field(default_factory=lambda: {name: PRF() for name in CRITERIA})
    confusion: Confusion = field(default_factory=Confusion)
    misses: list[Miss] = field(default_factory=list)

    def add(self, record: EntryRecord) -> bool:
        """Score one record; it passes when every required entry is found and nothing forbidden."""
        events = counted_events(record.coded)
        allowed = record.required + record.acceptable
        found = [any(matches(r, e) for e in events) for r in record.required]
        matched = [any(matches(a, e) for a in allowed) for e in events]
        forbidden = sum(any(matches(f, e) for f in record.forbidden) for e in events)
        for name, criterion in CRITERIA.items():
            self.counts[name].add(_counts(record.required, allowed, events, criterion))
        for entry in record.required:
            if entry.root is not None:
                same = [e.cameo.root for e in events if _same_countries(entry, e)]
                self.confusion.add(entry.root, same)
        passed = all(found) and not forbidden
        self.total += 1
        self.passed += passed
        self.rejected += record.error is not None
        self.required += len(found)
        self.found += sum(found)
        self.produced += len(events)
        self.matched += sum(matched)
        self.forbidden += forbidden
        self._note_misses(record, events, found, matched)
        return passed

    def result(self) -> SetResult:
        """The set's SetResult, with the README's recall and precision as named metrics."""
        out = SetResult(self.name, self.total, self.passed)
        recall = self.found / self.required if self.required else 1.0
        precision = self.matched / self.produced if self.produced else 1.0
        out.metrics.update(
            pass_rate=out.pass_rate,
            required_recall=recall,
            precision=precision,
            f1=2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            forbidden_produced=self.forbidden,
            produced=self.produced,
            rejected=self.rejected,
        )
        for name, counts in self.counts.items():
            out.set_prf(name, counts)
        out.confusion = self.confusion.to_dict()
        out.worst = worst(self.misses)
        return out

    def _note_misses(
        self, record: EntryRecord, events: list[Event], found: list[bool], matched: list[bool]
    ) -> None:
        weight = found.count(False) + matched.count(False)
        text = clip(record.text)
        all_events = record.coded.events if record.coded is not None else []
        for entry, ok in zip(record.required, found):
            if ok:
                continue
            if record.error is not None:
                rule = f"(rejected: {record.error.code})"
            else:
                rule = rules_fired([e for e in all_events if _same_countries(entry, e)] or all_events)
            where = clip(entry.evidence) if entry.evidence else text
            self.misses.append(Miss(record.id, "missed", entry.describe(), rule, where, weight, self.total))
        for event, ok in zip(events, matched):
            if not ok:
                where = clip(event.sentence) if event.sentence else text
                item = describe_event(event)
                self.misses.append(Miss(record.id, "spurious", item, rule_label(event), where, weight, self.total))


def _counts(required: list[Entry], allowed: list[Entry], events: list[Event], criterion: str) -> PRF:
    found = sum(any(matches(r, e, criterion) for e in events) for r in required)
    unmatched = sum(not any(matches(a, e, criterion) for a in allowed) for e in events)
    return PRF(tp=found, fp=unmatched, fn=len(required) - found)


def _same_countries(entry: Entry, event: Event) -> bool:
    return _side_matches(entry.source, actor_country(event.source)) and _side_matches(
        entry.target, actor_country(event.target)
    )
