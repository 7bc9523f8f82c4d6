"""``--where`` filters (``date>=2024-01-01``, ``root=19``) parsed into a parameterised SQL condition.

Keys and operators come from fixed tables; values only ever travel as parameters, never as
SQL text. ``^=`` matches a prefix (``source^=SRB`` finds SRBGOV and SRBMIL), ``~=`` a part
of the text, ignoring case (``text~=sanctions`` searches the events' evidence sentences).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from diurna.errors import DiurnaError
from diurna.textcheck import parse_date

__all__ = ["FILTERS", "Filter", "OPERATORS", "condition", "join_conditions", "parse_filter", "where_clause"]

# Longest first, so the parser reads ">=" before "=".
OPERATORS = ("<=", ">=", "!=", "^=", "~=", "=", "<", ">")
_ORDERED = ("<=", ">=", "!=", "=", "<", ">")
_TEXT = _ORDERED + ("^=", "~=")
_LISTS = ("=", "!=", "^=", "~=")  # operators whose value may be a comma-separated list
# Each mention's sentence, for keys that read the event's mentions rather than the event.
_MENTIONS = "EXISTS (SELECT 1 FROM event_mentions _m WHERE _m.event_id = {alias}id AND {condition})"


@dataclass(frozen=True)
class Filter:
    """One filter key: the events columns it reads (any may match) and how its values are typed."""

    key: str
    column: str
    convert: Callable[[str], Any]
    help: str
    operators: tuple[str, ...] = _ORDERED
    also: tuple[str, ...] = ()  # more columns: the row matches when any of them does
    in_mentions: bool = False  # the column is one of event_mentions, not of events

    @property
    def columns(self) -> tuple[str, ...]:
        """Every column the key reads."""
        return (self.column, *self.also)


def _date(value: str) -> dt.date:
    iso = parse_date(value)
    if iso is None:
        raise ValueError("an empty date")
    return dt.date.fromisoformat(iso)


def _root(value: str) -> str:
    return value.zfill(2) if value.isdigit() else value


def _code(value: str) -> str:
    return value.strip().upper()


def _text(value: str) -> str:
    return value.strip()


def _quad(value: str) -> int:
    quad = int(value)
    if quad not in (1, 2, 3, 4):
        raise ValueError("quad classes are 1-4")
    return quad


FILTERS: dict[str, Filter] = {
    f.key: f
    for f in (
        Filter("date", "date", _date, "event date, YYYY-MM-DD"),
        Filter("code", "cameo_code", str, "CAMEO code, e.g. 042", _TEXT),
        Filter("base", "cameo_base", str, "CAMEO base code (3 digits)", _TEXT),
        Filter("root", "cameo_root", _root, "CAMEO root, 01-20", _TEXT),
        Filter("quad", "quad_class", _quad, "quad class, 1-4"),
        Filter("goldstein", "goldstein", float, "Goldstein score, -10 to 10"),
        Filter("plover", "plover_type", _code, "PLOVER event type, e.g. ACCUSE", _TEXT),
        Filter("source", "source_code", _code, "source actor code, e.g. SRBGOV", _TEXT),
        Filter("target", "target_code", _code, "target actor code", _TEXT),
        Filter("actor", "source_code", _code, "actor code on either side", _TEXT, ("target_code",)),
        Filter("source_country", "source_country", _code, "source country, ISO3", _TEXT),
        Filter("target_country", "target_country", _code, "target country, ISO3", _TEXT),
        Filter("actor_country", "source_country", _code, "country of either actor, ISO3", _TEXT, ("target_country",)),
        Filter("country", "place_country", _code, "country of the event's place, ISO3", _TEXT),
        Filter("place", "place_name", _text, "the event's place: name, ISO3 country or region", _TEXT, ("place_country", "place_admin1")),
        Filter("text", "sentence", _text, "words in an evidence sentence", ("~=", "^="), in_mentions=True),
        Filter("mentions", "num_mentions", int, "number of mentions"),
        Filter("sources", "num_sources", int, "number of sources"),
        Filter("articles", "num_articles", int, "number of articles"),
        Filter("tone", "avg_tone", float, "average tone"),
    )
}

_SHAPE = re.compile(r"^\s*([A-Za-z_]+)\s*(<=|>=|!=|\^=|~=|=|<|>)\s*(.*?)\s*$")


def parse_filter(text: str, alias: str = "") -> tuple[str, list[Any]]:
    """One filter as (SQL condition with ``?`` placeholders, parameters); D037 when malformed."""
    match = _SHAPE.match(text or "")
    if not match:
        raise DiurnaError("D037", value=text, detail="expected KEY OP VALUE", options=", ".join(FILTERS))
    key, op, raw = match.group(1).lower(), match.group(2), match.group(3)
    values = [v.strip() for v in raw.split(",")] if op in _LISTS else [raw]
    return condition(key, op, values, alias, shown=text)


def condition(key: str, op: str, values: Sequence[str], alias: str = "", shown: str = "") -> tuple[str, list[Any]]:
    """The condition of one key, operator and values (several values: any of them); D037 when invalid."""
    shown = shown or f"{key}{op}{','.join(map(str, values))}"
    options = ", ".join(FILTERS)
    spec = FILTERS.get(key)
    if spec is None:
        raise DiurnaError("D037", value=shown, detail=f"unknown key {key!r}", options=options)
    if op not in spec.operators:
        detail = f"{key} takes the operators {' '.join(spec.operators)}, not {op}"
        raise DiurnaError("D037", value=shown, detail=detail, options=options)
    raw = [str(v) for v in values]
    if not raw or any(not v.strip() for v in raw) or (len(raw) > 1 and op not in _LISTS):
        raise DiurnaError("D037", value=shown, detail="the value is empty", options=options)
    try:
        params = [spec.convert(v) for v in raw]
    except (ValueError, DiurnaError) as exc:
        detail = f"{','.join(raw)!r} is not a valid {spec.help}"
        raise DiurnaError("D037", value=shown, detail=detail, options=options) from exc
    if op == "~=":
        params = [str(p).lower() for p in params]
    prefix = "_m." if spec.in_mentions else (f"{alias}." if alias else "")
    negative = op == "!="
    parts = [_compare(prefix + column, op, params) for column in spec.columns]
    sql = (" AND " if negative else " OR ").join(part for part, _ in parts)
    sql = f"({sql})" if len(parts) > 1 else sql
    values_out = [p for _, part_params in parts for p in part_params]
    if spec.in_mentions:
        sql = _MENTIONS.format(alias=f"{alias}." if alias else "events.", condition=sql)
    return sql, values_out


def _compare(column: str, op: str, params: list[Any]) -> tuple[str, list[Any]]:
    if op == "^=":
        return _any([f"starts_with({column}, ?)" for _ in params]), list(params)
    if op == "~=":
        return _any([f"contains(lower({column}), ?)" for _ in params]), list(params)
    if len(params) > 1:
        marks = ", ".join("?" for _ in params)
        return f"{column} {'IN' if op == '=' else 'NOT IN'} ({marks})", list(params)
    return f"{column} {op} ?", list(params)


def _any(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def join_conditions(parts: Sequence[tuple[str, list[Any]]]) -> tuple[str, list[Any]]:
    """Conditions joined with AND, as ``WHERE ...`` (or an empty string) and parameters."""
    if not parts:
        return "", []
    return "WHERE " + " AND ".join(sql for sql, _ in parts), [p for _, params in parts for p in params]


def where_clause(filters: Sequence[str], alias: str = "") -> tuple[str, list[Any]]:
    """All filters joined with AND, as ``WHERE ...`` (or an empty string) and parameters."""
    return join_conditions([parse_filter(text, alias) for text in filters])
