"""Where events happened: one point per place, with its events by quad class (for maps)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from diurna.query.filters import EventFilter
from diurna.query.paging import MAX_LIMIT, check_page
from diurna.store.base import Store

__all__ = ["PlacePoints", "event_places"]

_PLACES_SQL = """
SELECT e.place_name AS name, e.place_country AS country, e.place_feature AS feature,
       round(e.place_lat, 4) AS lat, round(e.place_lon, 4) AS lon,
       count(*) AS events,
       {quads},
       avg(e.goldstein) AS goldstein
FROM events e {where}
GROUP BY ALL
ORDER BY events DESC, name
LIMIT ?
"""


@dataclass
class PlacePoints:
    """Places with events, most events first."""

    places: list[dict[str, Any]] = field(default_factory=list)
    unplaced: int = 0  # events matching the filter that have no coordinates

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return {"places": self.places, "unplaced": self.unplaced}


def event_places(
    store: Store, filters: EventFilter | None = None, limit: int = 500, max_limit: int = MAX_LIMIT
) -> PlacePoints:
    """Points for a map: the events at each place, by quad class (``q1``..``q4``)."""
    check_page(limit, 0, max_limit)
    chosen = filters or EventFilter()
    where, params = chosen.where("e", extra=[("e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL", [])])
    quads = ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q}) AS q{q}" for q in (1, 2, 3, 4))
    rows = store.fetch(_PLACES_SQL.format(quads=quads, where=where), [*params, limit])
    all_where, all_params = chosen.where("e", extra=[("(e.place_lat IS NULL OR e.place_lon IS NULL)", [])])
    unplaced = store.fetch(f"SELECT count(*) AS n FROM events e {all_where}", all_params)[0]["n"]
    points = []
    for row in rows:
        point = {k: row[k] for k in ("name", "country", "feature", "lat", "lon")}
        point.update({k: int(row[k]) for k in ("events", "q1", "q2", "q3", "q4")})
        point["goldstein"] = round(float(row["goldstein"]), 3) if row["goldstein"] is not None else None
        points.append(point)
    return PlacePoints(points, int(unplaced))
