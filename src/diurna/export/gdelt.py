"""The GDELT 2.0 event table: 61 tab-separated columns, no header, as GDELT tools read it."""

from __future__ import annotations

import datetime as dt
from typing import IO, Any, Iterable

from diurna.export.columns import gdelt_columns
from diurna.export.fields import as_date, country_code, known_group, sector, write_tsv

__all__ = ["gdelt_row", "geo_type", "write_gdelt"]


def write_gdelt(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Write events (rows of the ``events`` table) as GDELT lines; returns how many."""
    return write_tsv((gdelt_row(event) for event in events), gdelt_columns(), out, header=False)


def gdelt_row(event: dict[str, Any]) -> dict[str, Any]:
    """GDELT column name -> value for one event."""
    added = event.get("added")
    day = as_date(event.get("date")) or as_date(added) or dt.date(1970, 1, 1)
    row: dict[str, Any] = {
        "GLOBALEVENTID": event["id"],
        "SQLDATE": int(day.strftime("%Y%m%d")),
        "MonthYear": int(day.strftime("%Y%m")),
        "Year": day.year,
        "FractionDate": round(day.year + (day.month * 30 + day.day) / 365, 4),
        "IsRootEvent": 1 if event.get("is_root") else 0,
        "EventCode": event.get("cameo_code"),
        "EventBaseCode": event.get("cameo_base"),
        "EventRootCode": event.get("cameo_root"),
        "QuadClass": event.get("quad_class"),
        "GoldsteinScale": event.get("goldstein"),
        "NumMentions": event.get("num_mentions"),
        "NumSources": event.get("num_sources"),
        "NumArticles": event.get("num_articles"),
        "AvgTone": event.get("avg_tone"),
        "Actor1Geo_Type": 0,
        "Actor2Geo_Type": 0,
        "DATEADDED": int(added.strftime("%Y%m%d%H%M%S")) if isinstance(added, dt.datetime) else None,
        "SOURCEURL": event.get("source_url") or event.get("first_article"),
    }
    row.update(_actor("Actor1", event, "source"))
    row.update(_actor("Actor2", event, "target"))
    row.update(_action_geo(event))
    return row


def _actor(prefix: str, event: dict[str, Any], role: str) -> dict[str, Any]:
    code = event.get(f"{role}_code")
    sectors = event.get(f"{role}_sectors")
    name = event.get(f"{role}_name")
    return {
        f"{prefix}Code": code,
        f"{prefix}Name": name.upper() if name else None,
        f"{prefix}CountryCode": country_code(event.get(f"{role}_country")),
        f"{prefix}KnownGroupCode": known_group(code, sectors),
        f"{prefix}Type1Code": sector(sectors, 0),
        f"{prefix}Type2Code": sector(sectors, 1),
        f"{prefix}Type3Code": sector(sectors, 2),
    }


def geo_type(feature: str | None, country: str | None) -> int:
    """GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    kind = (feature or "").lower()
    if not kind:
        return 0
    if kind == "country":
        return 1
    if kind in ("city", "town", "village", "place", "ppl", "capital"):
        return 3 if country == "USA" else 4
    return 2 if country == "USA" else 5


def _action_geo(event: dict[str, Any]) -> dict[str, Any]:
    name = event.get("place_name")
    country = event.get("place_country")
    if not name and not country:
        return {"ActionGeo_Type": 0}
    geonameid = event.get("place_geonameid")
    return {
        "ActionGeo_Type": event.get("place_type") or geo_type(event.get("place_feature") or ("country" if not name else "place"), country),
        "ActionGeo_FullName": name or country,
        "ActionGeo_CountryCode": country,
        "ActionGeo_ADM1Code": event.get("place_admin1"),
        "ActionGeo_Lat": event.get("place_lat"),
        "ActionGeo_Long": event.get("place_lon"),
        "ActionGeo_FeatureID": str(int(geonameid)) if _present(geonameid) else country,
    }


def _present(value: Any) -> bool:
    return value is not None and value == value  # pandas gives NaN for missing numbers
