"""ICEWS coded event data: one tab-separated row per counted event mention, with a header."""

from __future__ import annotations

from typing import IO, Any, Iterable

from diurna.export.columns import icews_columns
from diurna.export.fields import hash_int, write_tsv

__all__ = ["icews_row", "write_icews"]


def write_icews(mentions: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Write mentions (joined with their article) as ICEWS rows after a header; returns how many."""
    return write_tsv((icews_row(mention) for mention in mentions), icews_columns(), out, header=True)


def icews_row(mention: dict[str, Any]) -> dict[str, Any]:
    """ICEWS column name -> value for one mention."""
    feature = (mention.get("place_feature") or "").lower()
    return {
        "Event ID": hash_int(mention["id"]),
        "Event Date": mention.get("date") or mention.get("article_date"),
        "Source Name": mention.get("source_name"),
        "Source Sectors": ",".join(mention.get("source_sectors") or []) or None,
        "Source Country": mention.get("source_country"),
        "Event Text": mention.get("cameo_name"),
        "CAMEO Code": mention.get("cameo_code"),
        "Intensity": mention.get("goldstein"),
        "Target Name": mention.get("target_name"),
        "Target Sectors": ",".join(mention.get("target_sectors") or []) or None,
        "Target Country": mention.get("target_country"),
        "Story ID": hash_int(mention["article_id"]),
        "Sentence Number": (mention.get("sentence_index") or 0) + 1,
        "Publisher": mention.get("article_outlet"),
        "City": mention.get("place_name") if feature in ("city", "town", "village", "capital") else None,
        "Province": mention.get("place_admin1"),
        "Country": mention.get("place_country"),
        "Latitude": mention.get("place_lat"),
        "Longitude": mention.get("place_lon"),
    }
