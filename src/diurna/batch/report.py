"""What an ingest did, counted exactly."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

__all__ = ["IngestReport"]


@dataclass
class IngestReport:
    """Counts of one ingest run, and where its time went."""

    read: int = 0  # items the readers gave: articles and bad items
    coded: int = 0  # new articles coded and stored
    failed: int = 0  # new articles the coder could not code (also in errors)
    near_duplicates: int = 0
    exact_duplicates: int = 0
    already_stored: int = 0  # read before: nothing to do
    mentions: int = 0  # events found in the new articles (negated and hypothetical too)
    counted: int = 0  # of those, events that count
    errors: Counter = field(default_factory=Counter)  # dead letters by code
    seconds: Counter = field(default_factory=Counter)  # read, code, store, total

    @property
    def error_count(self) -> int:
        """All dead letters of this run."""
        return sum(self.errors.values())

    @property
    def rate(self) -> float:
        """Items per second over the whole run."""
        total = self.seconds.get("total", 0.0)
        return self.read / total if total > 0 else 0.0
