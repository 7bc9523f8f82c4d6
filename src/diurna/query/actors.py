"""The most active actors: who acts most as a source, and who is most acted upon."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from diurna.query.filters import EventFilter
from diurna.query.paging import MAX_LIMIT, check_page
from diurna.store.base import Store

__all__ = ["ActorRanking", "top_actors"]

_SIDE_SQL = """
SELECT e.{side}_code AS code, first(e.{side}_name ORDER BY e.date DESC NULLS LAST, e.{side}_name) AS name,
       count(*) AS events,
       sum(e.num_mentions) AS mentions, avg(e.goldstein) AS goldstein
FROM events e {where}
GROUP BY e.{side}_code
ORDER BY events DESC, mentions DESC, code
LIMIT ?
"""


@dataclass
class ActorRanking:
    """The top sources and the top targets, each with events, mentions and mean Goldstein."""

    sources: list[dict[str, Any]] = field(default_factory=list)
    targets: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return {"sources": self.sources, "targets": self.targets}

    def rows(self) -> list[dict[str, Any]]:
        """Both lists as one table, a ``role`` column telling them apart."""
        return [{"role": "source", **r} for r in self.sources] + [{"role": "target", **r} for r in self.targets]


def top_actors(
    store: Store, filters: EventFilter | None = None, limit: int = 10, max_limit: int = MAX_LIMIT
) -> ActorRanking:
    """The ``limit`` most active sources and targets among the events ``filters`` selects."""
    check_page(limit, 0, max_limit)
    chosen = filters or EventFilter()
    ranking = ActorRanking()
    for side, out in (("source", ranking.sources), ("target", ranking.targets)):
        # ``side`` is one of two fixed words; every value is a parameter.
        where, params = chosen.where("e", extra=[(f"e.{side}_code IS NOT NULL", [])])
        for row in store.fetch(_SIDE_SQL.format(side=side, where=where), [*params, limit]):
            out.append({
                "code": row["code"], "name": row["name"], "events": int(row["events"]),
                "mentions": int(row["mentions"] or 0),
                "goldstein": round(float(row["goldstein"]), 3) if row["goldstein"] is not None else None,
            })  # fmt: skip
    return ranking
