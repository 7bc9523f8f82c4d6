"""PLOVER event records as JSON lines (POLECAT-style fields), one per aggregated event."""

from __future__ import annotations

import json
from typing import IO, Any, Iterable

from diurna.export.fields import as_date

__all__ = ["plover_record", "write_plover"]


def write_plover(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Write events as one PLOVER JSON record per line; returns how many."""
    count = 0
    for event in events:
        out.write(json.dumps(plover_record(event), ensure_ascii=False) + "\n")
        count += 1
    return count


def plover_record(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a PLOVER record: type, mode, context, actors, location, counts, CAMEO."""
    day = as_date(event.get("date"))
    return {
        "event_id": str(event["id"]),
        "event_date": day.isoformat() if day else None,
        "event_type": event.get("plover_type"),
        "event_mode": event.get("plover_mode"),
        "event_context": list(event.get("plover_context") or []),
        "actor1": _actor(event, "source"),
        "actor2": _actor(event, "target"),
        "location": _location(event),
        "cameo": {
            "code": event.get("cameo_code"),
            "root": event.get("cameo_root"),
            "name": event.get("cameo_name"),
            "quad_class": event.get("quad_class"),
            "goldstein": event.get("goldstein"),
        },
        "num_mentions": event.get("num_mentions"),
        "num_sources": event.get("num_sources"),
        "num_articles": event.get("num_articles"),
        "avg_tone": event.get("avg_tone"),
        "first_seen": _iso(event.get("first_seen")),
        "last_seen": _iso(event.get("last_seen")),
        "story_id": event.get("first_article"),
        "url": event.get("source_url"),
    }


def _actor(event: dict[str, Any], role: str) -> dict[str, Any] | None:
    code = event.get(f"{role}_code")
    if not code:
        return None
    return {
        "code": code,
        "name": event.get(f"{role}_name"),
        "country": event.get(f"{role}_country"),
        "sectors": list(event.get(f"{role}_sectors") or []),
    }


def _location(event: dict[str, Any]) -> dict[str, Any] | None:
    if not event.get("place_name") and not event.get("place_country"):
        return None
    return {
        "name": event.get("place_name"),
        "country": event.get("place_country"),
        "admin1": event.get("place_admin1"),
        "lat": event.get("place_lat"),
        "lon": event.get("place_lon"),
        "geonameid": event.get("place_geonameid"),
        "feature": event.get("place_feature"),
    }


def _iso(value: Any) -> str | None:
    day = as_date(value)
    return day.isoformat() if day else None
