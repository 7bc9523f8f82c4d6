"""``--where`` filters (``date>=2024-01-01``, ``root=19``) parsed into a parameterised SQL condition.

Keys and operators come from fixed tables; values only ever travel as parameters, never as
SQL text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from diurna.errors import DiurnaError
from diurna.textcheck import parse_date

__all__ = ["FILTERS", "Filter", "parse_filter", "where_clause"]


@dataclass(frozen=True)
class Filter:
    """One filter key: the events column it reads and how its values are typed."""

    key: str
    column: str
    convert: Callable[[str], Any]
    help: str


def _date(value: str) -> dt.date:
    iso = parse_date(value)
    if iso is None:
        raise ValueError("an empty date")
    return dt.date.fromisoformat(iso)


def _root(value: str) -> str:
    return value.zfill(2) if value.isdigit() else value


def _code(value: str) -> str:
    return value.strip().upper()


FILTERS: dict[str, Filter] = {
    f.key: f
    for f in (
        Filter("date", "date", _date, "event date, YYYY-MM-DD"),
        Filter("code", "cameo_code", str, "CAMEO code, e.g. 042"),
        Filter("base", "cameo_base", str, "CAMEO base code (3 digits)"),
        Filter("root", "cameo_root", _root, "CAMEO root, 01-20"),
        Filter("quad", "quad_class", int, "quad class, 1-4"),
        Filter("goldstein", "goldstein", float, "Goldstein score, -10 to 10"),
        Filter("plover", "plover_type", _code, "PLOVER event type, e.g. ACCUSE"),
        Filter("source", "source_code", _code, "source actor code, e.g. SRBGOV"),
        Filter("target", "target_code", _code, "target actor code"),
        Filter("source_country", "source_country", _code, "source country, ISO3"),
        Filter("target_country", "target_country", _code, "target country, ISO3"),
        Filter("country", "place_country", _code, "country of the event's place, ISO3"),
        Filter("mentions", "num_mentions", int, "number of mentions"),
        Filter("sources", "num_sources", int, "number of sources"),
        Filter("articles", "num_articles", int, "number of articles"),
        Filter("tone", "avg_tone", float, "average tone"),
    )
}

_OPERATORS = ("<=", ">=", "!=", "=", "<", ">")
_SHAPE = re.compile(r"^\s*([A-Za-z_]+)\s*(<=|>=|!=|=|<|>)\s*(.*?)\s*$")


def parse_filter(text: str, alias: str = "") -> tuple[str, list[Any]]:
    """One filter as (SQL condition with ``?`` placeholders, parameters); D037 when malformed."""
    options = ", ".join(FILTERS)
    match = _SHAPE.match(text or "")
    if not match:
        raise DiurnaError("D037", value=text, detail="expected KEY OP VALUE", options=options)
    key, op, raw = match.group(1).lower(), match.group(2), match.group(3)
    spec = FILTERS.get(key)
    if spec is None:
        raise DiurnaError("D037", value=text, detail=f"unknown key {key!r}", options=options)
    values = [v.strip() for v in raw.split(",")] if op in ("=", "!=") else [raw]
    if not raw or any(not v for v in values):
        raise DiurnaError("D037", value=text, detail="the value is empty", options=options)
    try:
        params = [spec.convert(v) for v in values]
    except (ValueError, DiurnaError) as exc:
        detail = f"{raw!r} is not a valid {spec.help}"
        raise DiurnaError("D037", value=text, detail=detail, options=options) from exc
    column = f"{alias}.{spec.column}" if alias else spec.column
    if len(params) > 1:
        marks = ", ".join("?" for _ in params)
        return f"{column} {'IN' if op == '=' else 'NOT IN'} ({marks})", params
    return f"{column} {op} ?", params


def where_clause(filters: Sequence[str], alias: str = "") -> tuple[str, list[Any]]:
    """All filters joined with AND, as ``WHERE ...`` (or an empty string) and parameters."""
    parts: list[str] = []
    params: list[Any] = []
    for text in filters:
        condition, values = parse_filter(text, alias)
        parts.append(condition)
        params.extend(values)
    return ("WHERE " + " AND ".join(parts), params) if parts else ("", [])
