"""Aggregating mentions into GDELT-style events: one row per event key, recomputed from
all its mentions, so the result never depends on the order articles were stored in."""

from __future__ import annotations

__all__ = ["AGGREGATE_SQL", "EVENT_COLUMNS"]

# Columns copied from the event's first mention (earliest article date, then article id).
_FIRST = (
    "date", "cameo_code", "cameo_base", "cameo_root", "cameo_name", "quad_class", "goldstein",
    "plover_type", "plover_mode", "plover_context",
    "source_code", "source_name", "source_country", "source_sectors", "source_kind",
    "target_code", "target_name", "target_country", "target_sectors", "target_kind",
    "place_type", "place_name", "place_country", "place_admin1", "place_lat", "place_lon", "place_feature",
    "place_geonameid",
)  # fmt: skip
_COUNTS = (
    "is_root", "num_mentions", "num_sources", "num_articles", "avg_tone", "first_seen",
    "last_seen", "first_article", "source_url",
)  # fmt: skip
EVENT_COLUMNS = ("id", "key", *_FIRST, *_COUNTS, "added")

# Parameters: the batch's event ids, and its timestamp (``added`` for new events; kept
# for existing ones).
AGGREGATE_SQL = f"""
INSERT INTO events ({", ".join(EVENT_COLUMNS)})
WITH mentions AS (
    SELECT m.*, a.outlet, a.tone, a.url, coalesce(a.date, m.date) AS seen
    FROM event_mentions m JOIN articles a ON a.id = m.article_id
    WHERE m.event_id IN (SELECT unnest(?::BIGINT[]))
),
firsts AS (
    SELECT * FROM mentions
    QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY order_key) = 1
),
totals AS (
    SELECT event_id,
           bool_or(is_root) AS is_root,
           count(*) AS num_mentions,
           count(DISTINCT coalesce(outlet, '')) AS num_sources,
           count(DISTINCT article_id) AS num_articles,
           avg(tone) AS avg_tone,
           min(seen) AS first_seen,
           max(seen) AS last_seen
    FROM mentions GROUP BY event_id
)
SELECT f.event_id, f.event_key, {", ".join("f." + c for c in _FIRST)},
       t.is_root, t.num_mentions, t.num_sources, t.num_articles, t.avg_tone, t.first_seen,
       t.last_seen, f.article_id, f.url, ?
FROM firsts f JOIN totals t USING (event_id)
ON CONFLICT (id) DO UPDATE SET
    {", ".join(f"{c} = excluded.{c}" for c in (*_FIRST, *_COUNTS))}
"""
