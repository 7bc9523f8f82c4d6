"""Geo gold sets (TR-News, GeoVirus XML): toponym detection and resolution.

For every gold toponym, the place diurna resolves for that span is the Place whose span
overlaps it most. Metrics, over the gold toponyms:

- ``detection_recall``: share of gold toponyms that some Place overlaps.
- ``acc_161km``: share of detected toponyms resolved within 161 km of the gold point, or to
  the very gazetteer entry the gold names (same GeoNames id; or, where the gold gives no id
  that we hold, the entry its name or Wikipedia title names nearest the gold point). Areas
  have no one true point: GeoNames puts Canada at 60.1 N 113.6 W, Wikipedia at 60 N 95 W.
- ``acc_161km_strict``: the same by distance alone.
- ``country_accuracy``: share of detected toponyms with a known gold country whose
  resolved country (ISO3) is that country.
- ``median_error_km``: median distance between resolved and gold points (detected ones).
- ``exact_geonameid``: share of detected toponyms with a gold GeoNames id resolved to it
  (only for sets that give ids: TR-News).

Offsets: TR-News gives Python string indexes, GeoVirus 1-based ones (``text[start-1:end-1]``);
a span that does not hold its phrase is looked for a few characters around (some TR-News
articles are off by one).
"""

from __future__ import annotations

import re
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from diurna.errors import DiurnaError
from diurna.evaluate.coders import code_texts
from diurna.evaluate.misses import WORST_COUNT, Miss, clip
from diurna.evaluate.result import SetResult
from diurna.geo import GeoEntry, GeoIndex, km_between
from diurna.model import Place

__all__ = ["detect", "evaluate", "read_gold", "GoldToponym", "GoldArticle", "score"]

ACC_KM = 161.0
# How far from the gold point the entry a gold name names may lie, by kind: gazetteers
# put an area's point anywhere inside it (Europe: 48.7 N 9.1 E in GeoNames, 51 N 17.5 E
# on Wikipedia).
ENTITY_KM = {"city": ACC_KM, "admin1": 800.0, "region": 1500.0, "country": 2000.0, "continent": 3000.0}
REPAIR_WINDOW = 10
WORST = WORST_COUNT
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class GoldToponym:
    """One gold toponym: its span in the article and where it is."""

    phrase: str
    start: int
    end: int
    lat: float
    lon: float
    name: str | None = None  # the gazetteer name (TR-News) or Wikipedia title (GeoVirus)
    geonameid: int | None = None
    country_name: str | None = None


@dataclass
class GoldArticle:
    """An article of a geo gold set."""

    text: str
    date: str | None
    toponyms: list[GoldToponym]


def detect(path: str | Path) -> bool:
    """Whether the file is a TR-News or GeoVirus style XML of articles with toponyms."""
    path = Path(path)
    if path.suffix.lower() != ".xml" or not path.is_file():
        return False
    try:
        with path.open(encoding="utf-8") as handle:
            head = handle.read(200_000)
    except (OSError, UnicodeDecodeError):
        return False
    return "<articles" in head and ("<toponym>" in head or "<location>" in head)


def read_gold(path: str | Path) -> tuple[list[GoldArticle], int]:
    """The articles of a geo gold file, and how many spans had to be repaired."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise DiurnaError("D006", line=getattr(exc, "position", (0,))[0], path=str(path), detail=str(exc)) from None
    articles, repaired = [], 0
    for node in root.iter("article"):
        text = node.findtext("text") or ""
        date = _iso_date(node.findtext("dltime"))
        toponyms = []
        for item in node.iter("toponym"):
            gold, fixed = _tr_news(item, text)
            repaired += fixed
            if gold is not None:
                toponyms.append(gold)
        for item in node.iter("location"):
            gold, fixed = _geovirus(item, text)
            repaired += fixed
            toponyms.append(gold)
        articles.append(GoldArticle(text, date, toponyms))
    return articles, repaired


def _iso_date(value: str | None) -> str | None:
    """The download date when it is an ISO date (TR-News also has "7:58 AM ET")."""
    value = (value or "").strip()[:10]
    return value if _ISO_DATE.fullmatch(value) else None


def _tr_news(item: ET.Element, text: str) -> tuple[GoldToponym | None, int]:
    tag = item.find("gaztag")
    if tag is None or tag.findtext("lat") is None:
        return None, 0  # a toponym the annotators could not ground
    phrase = item.findtext("phrase") or ""
    start, fixed = _repair(text, phrase, int(item.findtext("start") or 0))
    ident = tag.get("geonameid")
    return (
        GoldToponym(
            phrase=phrase,
            start=start,
            end=start + len(phrase),
            lat=float(tag.findtext("lat") or 0),
            lon=float(tag.findtext("lon") or 0),
            name=tag.findtext("name"),
            geonameid=int(ident) if ident and ident.isdigit() else None,
            country_name=tag.findtext("country"),
        ),
        fixed,
    )


def _geovirus(item: ET.Element, text: str) -> tuple[GoldToponym, int]:
    phrase = item.findtext("name") or ""
    start, fixed = _repair(text, phrase, int(item.findtext("start") or 1) - 1)
    page = (item.findtext("page") or "").strip()
    title = unquote(page.rsplit("/", 1)[-1]).replace("_", " ") if page else None
    gold = GoldToponym(
        phrase=phrase,
        start=start,
        end=start + len(phrase),
        lat=float(item.findtext("lat") or 0),
        lon=float(item.findtext("lon") or 0),
        name=title,
    )
    return gold, fixed


def _repair(text: str, phrase: str, start: int) -> tuple[int, int]:
    if text[start : start + len(phrase)] == phrase or not phrase:
        return start, 0
    for shift in sorted(range(-REPAIR_WINDOW, REPAIR_WINDOW + 1), key=abs):
        at = start + shift
        if at >= 0 and text[at : at + len(phrase)] == phrase:
            return at, 1
    return start, 0


def evaluate(path: str | Path, coder: Any, limit: int | None = None, **_: Any) -> SetResult:
    """Code every article of a geo gold file (the first ``limit`` ones) and score its places."""
    path = Path(path)
    articles, repaired = read_gold(path)
    if limit is not None:
        articles = articles[:limit]
    coded = code_texts(coder, [(a.text, a.date) for a in articles])
    produced = [c.places if c is not None else [] for c, _ in coded]
    index = _index_of(coder)
    result = score(f"geo/{path.stem}", articles, produced, index)
    errors = sum(1 for _, error in coded if error is not None)
    if repaired:
        result.notes.append(f"{repaired} gold spans did not hold their phrase and were found nearby")
    if errors:
        result.notes.append(f"{errors} articles could not be coded")
    return result


def _index_of(coder: Any) -> GeoIndex:
    nlp = getattr(coder, "nlp", None)
    if nlp is not None and "diurna_places" in nlp.pipe_names:
        return nlp.get_pipe("diurna_places").finder.index
    return GeoIndex.load()


def score(name: str, articles: list[GoldArticle], produced: list[list[Place]], index: GeoIndex) -> SetResult:
    """Score produced places against the gold toponyms of each article."""
    by_id = {e.geonameid: e for e in index.entries if e.geonameid is not None}
    grid = _city_grid(index)
    total = detected = within = strict = 0
    countries = country_total = exact = exact_total = 0
    errors: list[float] = []
    worst: list[dict[str, Any]] = []
    for number, (article, places) in enumerate(zip(articles, produced), 1):
        for gold in article.toponyms:
            total += 1
            place = _overlapping(places, gold)
            if place is None or place.lat is None or place.lon is None:
                continue
            detected += 1
            km = km_between(gold.lat, gold.lon, place.lat, place.lon)
            errors.append(km)
            entry = _gold_entry(gold, index, by_id)
            same = entry is not None and _is(place, entry)
            strict += km <= ACC_KM
            within += km <= ACC_KM or same
            country = _gold_country(gold, entry, index, grid)
            if country is not None:
                country_total += 1
                countries += place.country == country
            if gold.geonameid is not None:
                exact_total += 1
                exact += place.geonameid == gold.geonameid
            if km > ACC_KM and not same:
                worst.append(_miss(number, article.text, gold, place, km))
    worst.sort(key=lambda m: -m["km"])
    return SetResult(
        name=name,
        records_total=total,
        records_passed=within,
        metrics={
            "toponyms": total,
            "detected": detected,
            "detection_recall": _ratio(detected, total),
            "acc_161km": _ratio(within, detected),
            "acc_161km_strict": _ratio(strict, detected),
            "country_accuracy": _ratio(countries, country_total),
            "median_error_km": round(statistics.median(errors), 1) if errors else 0.0,
            **({"exact_geonameid": _ratio(exact, exact_total)} if exact_total else {}),  # ids: TR-News only
        },
        worst=worst[:WORST],
    )


def _overlapping(places: list[Place], gold: GoldToponym) -> Place | None:
    best, most = None, 0
    for place in places:
        overlap = min(place.end, gold.end) - max(place.start, gold.start)
        if overlap > most:
            best, most = place, overlap
    return best


def _gold_entry(gold: GoldToponym, index: GeoIndex, by_id: dict[int, GeoEntry]) -> GeoEntry | None:
    """The gazetteer entry the gold names: by GeoNames id, else by name near the gold point."""
    if gold.geonameid is not None and gold.geonameid in by_id:
        return by_id[gold.geonameid]
    if not gold.name:
        return None
    name = gold.name.split(" (")[0].split(",")[0]
    near = [
        (km_between(gold.lat, gold.lon, c.entry.lat, c.entry.lon), c.entry)
        for c in index.lookup(name)
        if c.primary
    ]
    near = [(km, e) for km, e in near if km <= ENTITY_KM[e.kind]]
    return min(near, key=lambda pair: pair[0])[1] if near else None


def _is(place: Place, entry: GeoEntry) -> bool:
    if place.geonameid is not None and entry.geonameid is not None:
        return place.geonameid == entry.geonameid
    return place.name == entry.name and place.country == entry.country


def _gold_country(
    gold: GoldToponym, entry: GeoEntry | None, index: GeoIndex, grid: dict[tuple[int, int], list[GeoEntry]]
) -> str | None:
    if gold.country_name:
        found = [c.entry.country for c in index.lookup(gold.country_name) if c.entry.kind == "country"]
        if found:
            return found[0]
    if entry is not None:
        return entry.country
    return _nearest_country(gold.lat, gold.lon, grid)


def _city_grid(index: GeoIndex) -> dict[tuple[int, int], list[GeoEntry]]:
    grid: dict[tuple[int, int], list[GeoEntry]] = {}
    for entry in index.entries:
        if entry.kind == "city":
            grid.setdefault((int(entry.lat // 1), int(entry.lon // 1)), []).append(entry)
    return grid


def _nearest_country(
    lat: float, lon: float, grid: dict[tuple[int, int], list[GeoEntry]], limit_km: float = 50.0
) -> str | None:
    """The country of the nearest city within ``limit_km`` (a coarse reverse geocoder)."""
    best, best_km = None, limit_km
    row, col = int(lat // 1), int(lon // 1)
    for key in ((row + dr, col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)):
        for entry in grid.get(key, ()):
            km = km_between(lat, lon, entry.lat, entry.lon)
            if km < best_km:
                best, best_km = entry.country, km
    return best


def _miss(number: int, text: str, gold: GoldToponym, place: Place, km: float) -> dict[str, Any]:
    """A wrong resolution in the report's miss shape (record, kind, item, rule, text)."""
    miss = Miss(
        record=f"article {number}",
        kind="wrong place",
        item=f"{gold.phrase!r}: gold {gold.name} ({gold.lat:.2f}, {gold.lon:.2f})"
        f" -> {place.name} {place.country or ''}",
        rule=f"{km:.0f} km off",
        text=clip(text[max(0, gold.start - 60) : gold.end + 60]),
        weight=round(km),
    ).to_dict()
    return {**miss, "km": round(km, 1)}


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0
