"""PLOVER records (``plover_gsr_dev.jsonl``): one event type and its actors per sentence.

Per record, with *produced* = the counted events and *candidates* = those of the gold type
(or all produced events when none has it):
- type correct: some produced event has the gold type; first-type: the first one has it;
- source (target) correct: some candidate's source (target) country is one of the gold
  source (target) countries; records with no gold source (target) are left out;
- passed (strict): one event has the gold type, a gold source country (if any) and a gold
  target country (if any).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diurna.evaluate.coders import CoderFactory, code_texts
from diurna.evaluate.confusion import Confusion
from diurna.evaluate.countries import gold_country
from diurna.evaluate.gold import first_record, read_jsonl
from diurna.evaluate.misses import Miss, clip, worst
from diurna.evaluate.produced import actor_country, counted_events, describe_event, rules_fired
from diurna.evaluate.result import PRF, SetResult, prf
from diurna.model import CodedArticle, Event

__all__ = ["detect", "evaluate", "PloverTally"]


def detect(path: str | Path) -> bool:
    """Whether the file holds PLOVER records (``event`` type with ``source`` actors)."""
    record = first_record(path)
    return record is not None and "event" in record and isinstance(record.get("source"), list)


def evaluate(path: str | Path, coder_factory: CoderFactory, limit: int | None = None, **_: Any) -> list[SetResult]:
    """Score event type, first-event type, source and target country per record."""
    records = read_jsonl(path)[:limit]
    coded = code_texts(coder_factory(), [(r["text"], r.get("date")) for r in records])
    tally = PloverTally(Path(path).name.removesuffix(".jsonl"))
    for record, (article, _error) in zip(records, coded):
        tally.add(record, article)
    return [tally.result()]


def _countries(actors: list[dict[str, Any]]) -> set[str]:
    return {_INTERNATIONAL.get(c, c) for c in (gold_country(a.get("code")) for a in actors) if c}


# The PLOVER gold (CAMEO-manual examples) codes every international organisation "IGO",
# governmental or not (Amnesty International, the Red Cross); we keep IGO and NGO apart
# in our codes and compare them as one class here.
_INTERNATIONAL = {"NGO": "IGO"}


def _side(actor) -> str | None:
    country = actor_country(actor)
    return _INTERNATIONAL.get(country, country) if country else country


@dataclass
class PloverTally:
    """Accumulates the PLOVER accuracies, type P/R/F1, type confusion and misses."""

    name: str
    total: int = 0
    passed: int = 0
    type_ok: int = 0
    first_ok: int = 0
    source_ok: int = 0
    source_total: int = 0
    target_ok: int = 0
    target_total: int = 0
    types: PRF = field(default_factory=PRF)
    confusion: Confusion = field(default_factory=Confusion)
    misses: list[Miss] = field(default_factory=list)

    def add(self, record: dict[str, Any], coded: CodedArticle | None) -> bool:
        """Score one record; returns whether it passed (strict)."""
        gold = record["event"]
        sources, targets = _countries(record.get("source") or []), _countries(record.get("target") or [])
        events = counted_events(coded)
        candidates = [e for e in events if e.plover.type == gold] or events
        type_ok = any(e.plover.type == gold for e in events)
        source_ok = any(_side(e.source) in sources for e in candidates)
        target_ok = any(_side(e.target) in targets for e in candidates)
        passed = any(_strict(e, gold, sources, targets) for e in events)
        self.total += 1
        self.passed += passed
        self.type_ok += type_ok
        self.first_ok += bool(events) and events[0].plover.type == gold
        self.source_total += bool(sources)
        self.source_ok += bool(sources) and source_ok
        self.target_total += bool(targets)
        self.target_ok += bool(targets) and target_ok
        self.types.add(prf({gold}, {e.plover.type for e in events if e.plover.type}))
        self.confusion.add(gold, [e.plover.type or "-" for e in events if _side(e.source) in sources])
        if not passed:
            wrong = (not type_ok) + (bool(sources) and not source_ok) + (bool(targets) and not target_ok)
            expected = f"{'/'.join(sorted(sources)) or '*'} -> {'/'.join(sorted(targets)) or '*'} {gold}"
            produced = "; ".join(describe_event(e) for e in events) or "(nothing)"
            self.misses.append(
                Miss(
                    record["id"], "missed", f"{expected} (got {produced})",
                    rules_fired(coded.events if coded else []), clip(record["text"]), wrong or 1, self.total,
                )
            )
        return passed

    def result(self) -> SetResult:
        """The set's SetResult."""
        out = SetResult(self.name, self.total, self.passed)
        out.metrics.update(
            pass_rate=out.pass_rate,
            type_accuracy=_ratio(self.type_ok, self.total),
            first_type_accuracy=_ratio(self.first_ok, self.total),
            source_country_accuracy=_ratio(self.source_ok, self.source_total),
            target_country_accuracy=_ratio(self.target_ok, self.target_total),
        )
        out.set_prf("plover", self.types)
        out.confusion = self.confusion.to_dict()
        out.worst = worst(self.misses)
        out.notes.append(f"source accuracy over {self.source_total} records, target over {self.target_total}")
        return out


def _strict(event: Event, gold: str, sources: set[str], targets: set[str]) -> bool:
    return (
        event.plover.type == gold
        and (not sources or _side(event.source) in sources)
        and (not targets or _side(event.target) in targets)
    )


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0
