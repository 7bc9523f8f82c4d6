"""The shape every gold-set scorer returns, so reports and the gate treat sets alike."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["SetResult", "PRF", "prf"]


@dataclass
class PRF:
    """Micro precision, recall and F1 from counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was produced."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "PRF") -> None:
        """Accumulate another count."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, float]:
        """Counts and ratios for reports."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def prf(expected: set, produced: set) -> PRF:
    """Counts for one record from its expected and produced sets."""
    return PRF(tp=len(expected & produced), fp=len(produced - expected), fn=len(expected - produced))


@dataclass
class SetResult:
    """The score of one gold set (or one named subset of a file).

    ``metrics`` holds flat named numbers ("pass_rate", "triple_f1", "root_f1",
    "plover_type_accuracy", "acc_161km", ...) that the evaluation gate pins floors on.
    """

    name: str
    records_total: int = 0
    records_passed: int = 0
    metrics: dict[str, float] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)  # expected root -> produced root -> n
    worst: list[dict[str, Any]] = field(default_factory=list)  # the worst misses, with the rule that fired
    notes: list[str] = field(default_factory=list)
    prf: dict[str, PRF] = field(default_factory=dict)  # "triple", "root", "plover" -> counts
    skipped: str | None = None  # why the set was not scored, e.g. its dictionaries failed to load
    aggregate: bool = True  # counts toward the overall figures; False for views of other sets

    @property
    def pass_rate(self) -> float:
        """Share of records that passed."""
        return self.records_passed / self.records_total if self.records_total else 0.0

    def set_prf(self, name: str, counts: PRF) -> None:
        """Keep the counts of one PRF variant and its flat ``<name>_precision|recall|f1``."""
        self.prf[name] = counts
        self.metrics[f"{name}_precision"] = counts.precision
        self.metrics[f"{name}_recall"] = counts.recall
        self.metrics[f"{name}_f1"] = counts.f1

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON reports."""
        data = asdict(self)
        data["pass_rate"] = round(self.pass_rate, 4)
        data["prf"] = {name: counts.to_dict() for name, counts in self.prf.items()}
        return data
