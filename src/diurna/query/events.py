"""Listing events: filtered, paged, each with the evidence of its first mention."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from diurna.query.filters import EventFilter
from diurna.query.paging import DEFAULT_LIMIT, MAX_LIMIT, check_page, plain
from diurna.store.base import Store

__all__ = ["EVENT_FIELDS", "EventPage", "find_events"]

# What each listed event carries, in order (the CSV and table columns too).
EVENT_FIELDS = (
    "id", "date", "source_code", "source_name", "target_code", "target_name", "cameo_code",
    "cameo_name", "cameo_root", "quad_class", "goldstein", "plover_type", "plover_mode",
    "place_name", "place_country", "place_lat", "place_lon", "num_mentions", "num_sources",
    "num_articles", "avg_tone", "article_id", "url", "verb", "rule", "sentence",
)  # fmt: skip
_EVENT_COLUMNS = ", ".join(f"e.{c}" for c in EVENT_FIELDS[:21])

_PAGE_SQL = """
WITH page AS (
    SELECT {columns}, e.first_article AS article_id, e.source_url AS url
    FROM events e {where}
    ORDER BY e.date {direction} NULLS LAST, e.id
    LIMIT ? OFFSET ?
),
firsts AS (
    SELECT m.event_id, m.verb, m.rule, m.sentence
    FROM event_mentions m
    WHERE m.event_id IN (SELECT id FROM page)
    QUALIFY row_number() OVER (PARTITION BY m.event_id ORDER BY m.order_key) = 1
)
SELECT page.*, f.verb, f.rule, f.sentence
FROM page LEFT JOIN firsts f ON f.event_id = page.id
ORDER BY page.date {direction} NULLS LAST, page.id
"""


@dataclass
class EventPage:
    """One page of events and how many match in all."""

    total: int
    limit: int
    offset: int
    events: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return {"total": self.total, "limit": self.limit, "offset": self.offset, "events": self.events}


def find_events(
    store: Store,
    filters: EventFilter | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
    newest_first: bool = True,
    max_limit: int = MAX_LIMIT,
) -> EventPage:
    """Events matching ``filters``, newest first (or oldest), one page of them."""
    check_page(limit, offset, max_limit)
    where, params = (filters or EventFilter()).where("e")
    total = store.fetch(f"SELECT count(*) AS n FROM events e {where}", params)[0]["n"]
    sql = _PAGE_SQL.format(columns=_EVENT_COLUMNS, where=where, direction="DESC" if newest_first else "ASC")
    rows = store.fetch(sql, [*params, limit, offset])
    events = [_event(row) for row in rows]
    return EventPage(total=total, limit=limit, offset=offset, events=events)


def _event(row: dict[str, Any]) -> dict[str, Any]:
    out = plain({name: row.get(name) for name in EVENT_FIELDS})
    out["id"] = str(out["id"])  # 60-bit ids: beyond what JavaScript numbers hold exactly
    return out
