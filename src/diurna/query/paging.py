"""Page sizes: how many rows one call may return, checked in one place."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from diurna.errors import DiurnaError

__all__ = ["DEFAULT_LIMIT", "MAX_LIMIT", "MAX_OFFSET", "check_page", "plain"]

DEFAULT_LIMIT = 50
MAX_LIMIT = 1000
MAX_OFFSET = 10_000_000


def check_page(limit: int, offset: int = 0, max_limit: int = MAX_LIMIT) -> None:
    """D058 for a page larger than ``max_limit``; D013 for a negative limit or offset."""
    if limit > max_limit:
        raise DiurnaError("D058", value=limit, limit=max_limit)
    for name, value, top in (("limit", limit, max_limit), ("offset", offset, MAX_OFFSET)):
        if value < 0 or value > top:
            raise DiurnaError(
                "D013", name=name, value=value, detail=f"must be between 0 and {top:,}",
                help="Give a whole number of rows.",
            )


def plain(row: dict[str, Any]) -> dict[str, Any]:
    """A database row made JSON-ready: dates as ISO strings, decimals as floats, lists kept."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat()
        elif isinstance(value, Decimal):
            value = float(value)
        out[key] = value
    return out
