"""A run's report: every set's result and the overall micro figures across sets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from diurna.evaluate.result import PRF, SetResult

__all__ = ["Report", "overall"]


@dataclass
class Report:
    """The results of one ``evaluate_paths`` run."""

    sets: list[SetResult] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    dictionaries: str = "builtin"

    @property
    def overall(self) -> SetResult:
        """Micro figures over the scored sets that count toward the total (no views)."""
        return overall(self.sets)

    def get(self, name: str) -> SetResult | None:
        """The set called ``name``, or None."""
        return next((s for s in self.sets if s.name == name), None)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return {
            "paths": list(self.paths),
            "dictionaries": self.dictionaries,
            "sets": [s.to_dict() for s in self.sets],
            "overall": self.overall.to_dict(),
        }


def overall(sets: list[SetResult]) -> SetResult:
    """Records passed and PRF counts summed over scored, aggregate sets."""
    out = SetResult("overall")
    counted = [s for s in sets if s.aggregate and not s.skipped]
    totals: dict[str, PRF] = {}
    for result in counted:
        out.records_total += result.records_total
        out.records_passed += result.records_passed
        for name, counts in result.prf.items():
            totals.setdefault(name, PRF()).add(counts)
    out.metrics["pass_rate"] = out.pass_rate
    for name in ("triple", "root", "plover"):
        if name in totals:
            out.set_prf(name, totals[name])
    out.notes.append("sets: " + ", ".join(s.name for s in counted))
    return out
