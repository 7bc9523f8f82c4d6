"""What the database holds: articles, events, dates, quad classes, roots and the top dyads."""

from __future__ import annotations

from typing import Any

from diurna.ontology import load_ontology
from diurna.ontology.cameo import QUAD_CLASS_NAMES
from diurna.query.filters import EventFilter
from diurna.query.paging import plain
from diurna.store.base import Store

__all__ = ["store_summary"]

_ARTICLES_SQL = "SELECT status, count(*) AS n FROM articles GROUP BY status ORDER BY status"
_TOTALS_SQL = """
SELECT count(*) AS events, coalesce(sum(e.num_mentions), 0) AS mentions,
       min(e.date) AS first_date, max(e.date) AS last_date,
       count(*) FILTER (WHERE e.place_lat IS NOT NULL) AS located,
       avg(e.goldstein) AS goldstein
FROM events e {where}
"""
_GROUP_SQL = "SELECT e.{column} AS value, count(*) AS events FROM events e {where} GROUP BY value ORDER BY events DESC, value"
_DYADS_SQL = """
SELECT e.source_code AS source, e.target_code AS target, count(*) AS events
FROM events e {where} GROUP BY source, target ORDER BY events DESC, source, target LIMIT ?
"""


def store_summary(store: Store, filters: EventFilter | None = None, dyads: int = 10) -> dict[str, Any]:
    """Counts of articles by status and of events by quad class and root, dates, top dyads."""
    chosen = filters or EventFilter()
    where, params = chosen.where("e")
    articles = {r["status"]: int(r["n"]) for r in store.fetch(_ARTICLES_SQL)}
    totals = plain(store.fetch(_TOTALS_SQL.format(where=where), params)[0])
    ontology = load_ontology()
    by_quad = [
        {"quad_class": r["value"], "name": QUAD_CLASS_NAMES.get(r["value"], "?"), "events": int(r["events"])}
        for r in store.fetch(_GROUP_SQL.format(column="quad_class", where=where), params)
    ]
    by_root = [
        {"root": r["value"], "name": _root_name(ontology, r["value"]), "events": int(r["events"])}
        for r in store.fetch(_GROUP_SQL.format(column="cameo_root", where=where), params)
    ]
    dyad_where, dyad_params = chosen.where(
        "e", extra=[("e.source_code IS NOT NULL AND e.target_code IS NOT NULL", [])]
    )
    top = [
        {"source": r["source"], "target": r["target"], "events": int(r["events"])}
        for r in store.fetch(_DYADS_SQL.format(where=dyad_where), [*dyad_params, dyads])
    ]
    goldstein = totals.pop("goldstein")
    return {
        "articles": sum(articles.values()),
        "articles_by_status": articles,
        **{k: int(v) if isinstance(v, int) else v for k, v in totals.items()},
        "goldstein": round(goldstein, 3) if goldstein is not None else None,
        "by_quad": by_quad,
        "by_root": by_root,
        "top_dyads": top,
    }


def _root_name(ontology: Any, root: str | None) -> str:
    try:
        return ontology.root_name(root) if root else "?"
    except Exception:  # a non-CAMEO code from a user's dictionary
        return "?"
