"""Formatting values for tab-separated exports: blanks for unknowns, no stray tabs."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import IO, Any, Iterable, Sequence

__all__ = ["as_date", "cell", "hash_int", "known_group", "country_code", "sector", "write_tsv"]

_GROUP_PREFIXES = ("IGO", "NGO", "IMG")


def write_tsv(rows: Iterable[dict[str, Any]], columns: Sequence[Any], out: IO[str], header: bool) -> int:
    """Write rows (column name -> value) as tab-separated lines in ``columns``' order, each
    value formatted by its column's type; returns how many rows."""
    if header:
        out.write("\t".join(c.name for c in columns) + "\n")
    count = 0
    for values in rows:
        out.write("\t".join(cell(values.get(c.name), c.type) for c in columns) + "\n")
        count += 1
    return count


def cell(value: Any, kind: str) -> str:
    """One field as text: INTEGER, FLOAT, DATE or STRING; None is blank."""
    if value is None:
        return ""
    if kind == "INTEGER":
        return str(int(value))
    if kind == "FLOAT":
        number = float(value)
        return "" if number != number else repr(round(number, 4))  # NaN is blank
    if kind == "DATE":
        return as_date(value).isoformat() if as_date(value) else ""
    return " ".join(str(value).split())  # tabs and newlines would break the row


def as_date(value: Any) -> dt.date | None:
    """A date from a date, datetime, pandas Timestamp or ISO string."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def hash_int(text: str) -> int:
    """A positive 60-bit integer from a string id (for integer id columns)."""
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:15], 16)


def country_code(country: str | None) -> str | None:
    """A CAMEO country code, or None for IGO/NGO/IMG pseudo-countries."""
    return None if not country or country in _GROUP_PREFIXES else country


def known_group(code: str | None, sectors: list[str] | None) -> str | None:
    """The group of an IGO/NGO/IMG code: IGOUNOPKO (sector PKO) -> UNO, IGOEUREEC -> EEC."""
    if not code or code[:3] not in _GROUP_PREFIXES:
        return None
    rest = code[3:]
    for sector_code in reversed(list(sectors or [])):
        if sector_code and rest.endswith(sector_code) and len(rest) > len(sector_code):
            rest = rest[: -len(sector_code)]
    return rest[-3:] if len(rest) >= 3 else None


def sector(sectors: Any, index: int) -> str | None:
    """The index-th sector code of a list (or None)."""
    values = list(sectors) if sectors is not None else []
    return values[index] if index < len(values) else None
