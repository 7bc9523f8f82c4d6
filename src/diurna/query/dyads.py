"""A dyad over time: events by quad class and mean Goldstein per day, week or month."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from diurna.errors import DiurnaError
from diurna.query.filters import EventFilter
from diurna.store.base import Store

__all__ = ["INTERVALS", "DyadSeries", "dyad_series"]

INTERVALS = ("day", "week", "month", "year")
QUADS = (1, 2, 3, 4)
# Column names of the four quad classes, in the rows of a series.
QUAD_FIELDS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")

_SERIES_SQL = """
SELECT date_trunc('{interval}', e.date)::DATE AS period,
       count(*) AS events,
       {quads},
       sum(e.num_mentions) AS mentions,
       avg(e.goldstein) AS goldstein
FROM events e {where}
GROUP BY period ORDER BY period
"""


@dataclass
class DyadSeries:
    """Counts for the events from ``source`` to ``target`` (and back, when ``both``), per period."""

    source: str
    target: str
    interval: str
    both: bool
    periods: list[dict[str, Any]] = field(default_factory=list)

    @property
    def totals(self) -> dict[str, Any]:
        """Sums over all periods, and the mean Goldstein score weighted by events."""
        events = sum(p["events"] for p in self.periods)
        out: dict[str, Any] = {"events": events}
        for name in (*QUAD_FIELDS, "mentions"):
            out[name] = sum(p[name] for p in self.periods)
        weighted = sum(p["goldstein"] * p["events"] for p in self.periods if p["goldstein"] is not None)
        out["goldstein"] = round(weighted / events, 3) if events else None
        return out

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return {
            "source": self.source, "target": self.target, "interval": self.interval,
            "both": self.both, "totals": self.totals, "periods": self.periods,
        }  # fmt: skip


def dyad_series(
    store: Store,
    source: str,
    target: str,
    interval: str = "month",
    both: bool = False,
    filters: EventFilter | None = None,
) -> DyadSeries:
    """Events from ``source`` to ``target`` (codes as prefixes: SRB finds SRBGOV) per period."""
    if interval not in INTERVALS:
        raise DiurnaError("D061", value=interval, options=", ".join(INTERVALS))
    base = filters or EventFilter()
    if both:
        chosen = replace(base, dyad=(source, target))
    else:
        chosen = replace(base, source=(source,), target=(target,))
    where, params = chosen.where("e", extra=[("e.date IS NOT NULL", [])])
    quads = ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q}) AS {n}" for q, n in zip(QUADS, QUAD_FIELDS))
    # The interval comes from INTERVALS above, never from the caller's text.
    sql = _SERIES_SQL.format(interval=interval, quads=quads, where=where)
    periods = [_period(row) for row in store.fetch(sql, params)]
    return DyadSeries(source.upper(), target.upper(), interval, both, periods)


def _period(row: dict[str, Any]) -> dict[str, Any]:
    out = {"period": row["period"].isoformat(), "events": int(row["events"])}
    for name in QUAD_FIELDS:
        out[name] = int(row[name])
    out["mentions"] = int(row["mentions"] or 0)
    out["goldstein"] = round(float(row["goldstein"]), 3) if row["goldstein"] is not None else None
    return out
