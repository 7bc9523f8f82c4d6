"""What a query asks for: one EventFilter, turned into a parameterised WHERE clause by store.where."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Sequence

from diurna.errors import DiurnaError
from diurna.store.where import condition, join_conditions

__all__ = ["EventFilter"]

Condition = tuple[str, list[Any]]


@dataclass(frozen=True)
class EventFilter:
    """Which events to count or list; every part given must hold (AND), lists match any value.

    Actor codes match as prefixes, CAMEO style: ``SRB`` finds SRB, SRBGOV and SRBMIL.
    """

    actor: tuple[str, ...] = ()  # actor code on either side
    country: tuple[str, ...] = ()  # country (ISO3) of either actor
    source: tuple[str, ...] = ()  # source actor code
    target: tuple[str, ...] = ()  # target actor code
    dyad: tuple[str, str] | None = None  # (A, B): A with B, in either direction
    code: tuple[str, ...] = ()  # CAMEO code, as a prefix: 19 finds 190-196
    root: tuple[str, ...] = ()  # CAMEO root, 01-20
    plover: tuple[str, ...] = ()  # PLOVER event type
    quad: tuple[int, ...] = ()  # quad class, 1-4
    since: str | None = None  # first date, YYYY-MM-DD
    until: str | None = None  # last date, YYYY-MM-DD
    place: str | None = None  # part of the place's name, country or region
    text: str | None = None  # words in an evidence sentence
    located: bool = False  # only events with coordinates

    @classmethod
    def of(cls, **values: Any) -> EventFilter:
        """A filter from loose values: None and empty strings dropped, strings split on commas."""
        known = {f.name for f in fields(cls)}
        clean: dict[str, Any] = {}
        for name, value in values.items():
            if name not in known or value is None or value == "" or value == ():
                continue
            if name in ("actor", "country", "source", "target", "code", "root", "plover", "quad"):
                value = tuple(_split(value))
                if not value:
                    continue
            if name == "dyad":
                value = tuple(_split(value))
            clean[name] = value
        return cls(**clean)

    def conditions(self, alias: str = "") -> list[Condition]:
        """Each part as a parameterised condition (D037 for a value that is not valid)."""
        parts: list[Condition] = []
        for key, values in (
            ("actor", self.actor), ("actor_country", self.country), ("source", self.source),
            ("target", self.target), ("code", self.code),
        ):  # fmt: skip
            if values:
                parts.append(condition(key, "^=", values, alias))
        for key, values in (("root", self.root), ("plover", self.plover), ("quad", self.quad)):
            if values:
                parts.append(condition(key, "=", [str(v) for v in values], alias))
        if self.dyad:
            parts.append(_dyad(self.dyad, alias))
        if self.since:
            parts.append(condition("date", ">=", [self.since], alias))
        if self.until:
            parts.append(condition("date", "<=", [self.until], alias))
        if self.place:
            parts.append(condition("place", "~=", [self.place], alias))
        if self.text:
            parts.append(condition("text", "~=", [self.text], alias))
        if self.located:
            prefix = f"{alias}." if alias else ""
            parts.append((f"{prefix}place_lat IS NOT NULL AND {prefix}place_lon IS NOT NULL", []))
        return parts

    def where(self, alias: str = "", extra: Sequence[Condition] = ()) -> tuple[str, list[Any]]:
        """``WHERE ...`` (or an empty string) and its parameters, with any extra conditions."""
        return join_conditions([*self.conditions(alias), *extra])


def _dyad(pair: tuple[str, ...], alias: str) -> Condition:
    if len(pair) != 2:
        raise DiurnaError("D037", value="dyad=" + ",".join(pair), detail="a dyad is two actors, A,B", options="A,B")
    a, b = pair
    forward = [condition("source", "^=", [a], alias), condition("target", "^=", [b], alias)]
    backward = [condition("source", "^=", [b], alias), condition("target", "^=", [a], alias)]
    sql = " OR ".join(f"({' AND '.join(s for s, _ in side)})" for side in (forward, backward))
    return f"({sql})", [p for side in (forward, backward) for _, params in side for p in params]


def _split(value: Any) -> list[Any]:
    items = [value] if isinstance(value, (str, int)) else list(value)
    out: list[Any] = []
    for item in items:
        if isinstance(item, str):
            out += [part.strip() for part in item.split(",") if part.strip()]
        else:
            out.append(item)
    return out
