"""Actor dictionaries: states, regions, groups and people, with date-dependent codes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterable

__all__ = ["ActorEntry", "Term", "Resolved", "actor_entries_from_yaml", "parse_date"]


def parse_date(value: Any) -> dt.date | None:
    """A date from YAML (already a date, or an ISO string), or None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@dataclass(frozen=True)
class Term:
    """A period in which an entry carries a given code (an office, a regime)."""

    start: dt.date | None
    end: dt.date | None
    country: str | None
    sector: str | None
    code: str | None = None
    role: str | None = None

    def covers(self, day: dt.date | None) -> bool:
        """Whether the term is in force on ``day`` (an unknown day matches open terms)."""
        if day is None:
            return self.end is None
        if self.start is not None and day < self.start:
            return False
        if self.end is not None and day >= self.end:
            return False
        return True


@dataclass(frozen=True)
class Resolved:
    """What an entry means on a given day."""

    code: str
    country: str | None
    sectors: tuple[str, ...]
    role: str | None = None


@dataclass(frozen=True)
class ActorEntry:
    """One dictionary actor: a state, region, organisation, group or person.

    ``form`` says how the matched words refer to it: by ``name``, as an
    ``adjective``/demonym, as a ``capital`` or as a government ``seat``.
    """

    key: str
    kind: str  # state, region, igo, ngo, group, person, ...
    name: str
    country: str | None
    sector: str | None = None
    code: str | None = None
    form: str = "name"
    terms: tuple[Term, ...] = ()
    source: str = ""

    @property
    def is_person(self) -> bool:
        """People are resolved by date and are what 'he' and 'she' refer to."""
        return self.kind == "person"

    def resolve(self, day: dt.date | None) -> Resolved:
        """The code of this entry on ``day``; people out of office are elites (ELI)."""
        for term in self.terms:
            if term.covers(day):
                country = term.country or self.country
                sectors = (term.sector,) if term.sector else ()
                code = term.code or compose_code(country, sectors)
                return Resolved(code, country, sectors, term.role)
        if self.kind == "person":
            return Resolved(compose_code(self.country, ("ELI",)), self.country, ("ELI",), None)
        if self.terms and day is not None:
            # A group whose codes all lie in the past or the future: nearest term.
            term = min(self.terms, key=lambda t: _distance(t, day))
            country = term.country or self.country
            sectors = (term.sector,) if term.sector else ()
            return Resolved(term.code or compose_code(country, sectors), country, sectors)
        sectors = (self.sector,) if self.sector else ()
        if self.form == "seat" and self.sector:
            sectors = (self.sector,)
        code = self.code or compose_code(self.country, sectors)
        return Resolved(code, self.country, sectors)


def _distance(term: Term, day: dt.date) -> int:
    if term.start and day < term.start:
        return (term.start - day).days
    if term.end and day >= term.end:
        return (day - term.end).days
    return 0


def compose_code(country: str | None, sectors: Iterable[str]) -> str:
    """A CAMEO-style code: country (or '---') then each sector once, in order."""
    seen: list[str] = []
    for sector in sectors:
        if sector and sector not in seen:
            seen.append(sector)
    return (country or "---") + "".join(seen)


@dataclass
class _Entries:
    names: list[tuple[str, ActorEntry]] = field(default_factory=list)


def _terms(raw: list[dict[str, Any]] | None, country: str | None) -> tuple[Term, ...]:
    terms = []
    for item in raw or []:
        terms.append(
            Term(
                start=parse_date(item.get("start")),
                end=parse_date(item.get("end")),
                country=item.get("country") or country,
                sector=item.get("sector"),
                code=item.get("code"),
                role=item.get("role"),
            )
        )
    return tuple(terms)


def actor_entries_from_yaml(
    data: list[dict[str, Any]], kind: str, origin: str
) -> list[tuple[str, ActorEntry]]:
    """(name as written, entry) pairs from one actor file: countries, regions, groups, leaders."""
    pairs: list[tuple[str, ActorEntry]] = []
    for index, item in enumerate(data or []):
        if not isinstance(item, dict) or "name" not in item:
            raise ValueError(f"entry {index} has no 'name'")
        name = str(item["name"])
        source = f"{origin}:{name}"
        if kind == "person":
            country = item.get("country")
            terms = _terms(item.get("terms"), country)
            entry = ActorEntry(
                key=f"person:{name}",
                kind="person",
                name=name,
                country=country,
                code=item.get("code"),
                terms=terms,
                source=source,
            )
            for written in _strings(item.get("names")) or [name]:
                pairs.append((written, entry))
            continue
        code = item.get("code")
        if kind in ("state", "region"):
            country, sector, entry_kind = code, None, kind
        else:
            country, sector = item.get("country"), item.get("sector")
            entry_kind = item.get("kind") or "group"
        terms = _group_codes(item.get("codes"))
        base = ActorEntry(
            key=f"{kind}:{code}:{name}",
            kind=entry_kind,
            name=name,
            country=country,
            sector=sector,
            code=code if kind not in ("state", "region") else None,
            terms=terms,
            source=source,
        )
        for written in _strings(item.get("names")) or [name]:
            pairs.append((written, base))
        for written in _strings(item.get("adjectives")):
            pairs.append((written, _with(base, form="adjective")))
        for written in _strings(item.get("capitals")):
            pairs.append((written, _with(base, form="capital")))
        for written, seat_sector in (item.get("seats") or {}).items():
            seat = _with(base, form="seat", sector=seat_sector, key=f"{base.key}:{written}")
            pairs.append((str(written), seat))
    return pairs


def _group_codes(raw: list[dict[str, Any]] | None) -> tuple[Term, ...]:
    return tuple(
        Term(
            start=parse_date(item.get("start")),
            end=parse_date(item.get("end")),
            country=item.get("country"),
            sector=item.get("sector"),
            code=item.get("code"),
        )
        for item in raw or []
    )


def _with(entry: ActorEntry, **changes: Any) -> ActorEntry:
    values = {f: getattr(entry, f) for f in entry.__dataclass_fields__}
    values.update(changes)
    return ActorEntry(**values)


def _strings(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value if v is not None and str(v).strip()]
