"""Misses (expected but not produced, or produced but wrong) and picking the worst ones."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Iterable

__all__ = ["Miss", "worst", "clip", "WORST_COUNT"]

WORST_COUNT = 10


@dataclass(frozen=True)
class Miss:
    """One error in one record, with the rule that fired (or ``(nothing fired)``)."""

    record: str
    kind: str  # "missed": expected, not produced; "spurious": produced, not expected
    item: str  # the triple or entry, e.g. "SRBGOV RUSGOV 042"
    rule: str
    text: str
    weight: int  # the record's error count: records with more errors rank first
    order: int = 0  # position in the set, to keep ties in file order

    def to_dict(self) -> dict[str, Any]:
        """Plain data for reports (without the ranking helpers)."""
        data = asdict(self)
        del data["order"]
        return data


def worst(misses: Iterable[Miss], count: int = WORST_COUNT) -> list[dict[str, Any]]:
    """The ``count`` worst misses: most errors in the record first, then missed before spurious."""
    ranked = sorted(misses, key=lambda m: (-m.weight, m.kind != "missed", m.order))
    return [miss.to_dict() for miss in ranked[:count]]


def clip(text: str, width: int = 140) -> str:
    """One line of at most ``width`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
