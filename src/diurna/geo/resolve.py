"""Resolve toponyms to gazetteer entries: candidates scored by prior and article context.

A name's candidates are scored by a population prior (a country or region outranks a
town of the same name), the qualifier written after it ("Paris, Texas"), the dateline,
and the countries and first-level divisions that the article's unambiguous place names
and its people and organisations point to. A name the article pins down once (by its
dateline, or as "Paris, Texas") means that place in all its other mentions.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from diurna.geo.entry import GeoEntry, name_key
from diurna.geo.index import Candidate, GeoIndex
from diurna.geo.neighbours import neighbours
from diurna.model import Place

__all__ = ["Toponym", "Resolver", "Context", "NameProfile"]

KIND_BONUS = {"country": 3.0, "continent": 2.0, "admin1": 1.5, "region": 1.5, "city": 0.0}
ALTERNATE_PENALTY = 1.5
ALTERNATE_MIN_POPULATION = 100_000  # see _far_fetched
OUT_OF_PLACE_POPULATION, OUT_OF_PLACE_WEIGHT = 2_000_000, 3.0  # see _out_of_place
HINT_BONUS = 1.0  # a dictionary reads the name as this country ("London": the UK's capital)
QUALIFIER_BONUS = 3.0
QUALIFIER_MISMATCH = -2.0
CONFIDENT = 0.9  # an ambiguous name resolved this surely helps resolve the others
QUALIFIER_ONLY_SCORE = 0.5  # the place is given as its state or country: right area, not the town
DATELINE_BONUS = 2.5
COUNTRY_STEP, COUNTRY_CAP = 1.0, 3  # per mention of the candidate's country, up to three
# ... but a quarter of that for a town: a US story may still mean Paris, France; a town
# needs local evidence (its state named, "Paris, Texas") to beat a city it shares a name with.
TOWN_COUNTRY_STEP, TOWN_POPULATION = 0.25, 100_000
CAPITAL_BONUS = 1.0
ADMIN1_BONUS = 2.5  # times the division's share of the divisions the article names
SIBLING_BONUS = 1.5
NEIGHBOUR_BONUS = 2.0  # a town reading near a reading of another name the article uses
# Words a span may carry that the gazetteer names lack: "Idlib province", "the Sahel".
GENERIC_TAILS = ("province", "region", "state", "governorate", "oblast", "district", "county", "parish", "city")
# A county bears a person's or its seat's name, never a foreign city's exonym: "Hall County"
# is not Schwäbisch Hall (GeoNames' alternate "Hall"). Without its tail, own names only.
COUNTY_TAILS = ("county", "parish")
# A capitalised compass point makes a new name, not a part of a country: East Azerbaijan
# is in Iran, West Papua in Indonesia ("eastern Ukraine" is still Ukraine).
COMPASS = ("North", "South", "East", "West")
DIRECTIONS = ("northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
              "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest",
              "southeast", "southwest", "upstate", "downtown", "rural", "greater")


class NameProfile(NamedTuple):
    """What the gazetteer holds under a name, for deciding whether a word names a place."""

    kinds: frozenset[str]  # kinds of the places that carry it as their own name
    population: int  # the largest such city's
    known: bool  # any candidate at all, alternate names included


@dataclass
class Toponym:
    """A place name found in the text, with what the text says about it."""

    text: str
    start: int
    end: int
    role: str = "mention"  # mention, dateline, demonym
    country: str | None = None  # the country a dictionary reads the name as
    hint_form: str | None = None  # how the dictionary matched it: name, capital
    fixed: GeoEntry | None = None  # the place itself, when the words leave no doubt (demonyms)
    qualifier: str | None = None  # "Texas" in "Paris, Texas"
    locative: bool = False  # the object of "in", "near", "outside" ...


@dataclass
class Context:
    """What the article says about where it is: weights by country and division."""

    countries: Counter = field(default_factory=Counter)
    admin1: Counter = field(default_factory=Counter)
    dateline_country: str | None = None
    dateline_admin1: tuple[str, str] | None = None
    admin1_countries: Counter = field(default_factory=Counter)  # divisions named, by country
    neighbours: frozenset[int] = frozenset()  # candidates near a candidate of another name (entry ids)

    def add(self, entry: GeoEntry, weight: float = 1.0) -> None:
        """Count a resolved place towards its country and division."""
        if entry.country:
            self.countries[entry.country] += weight
        if entry.admin1 and entry.country and (entry.kind == "admin1" or _local(entry)):
            self.admin1[(entry.country, entry.admin1)] += weight
        if entry.kind == "admin1" and entry.country:
            self.admin1_countries[entry.country] += weight

    def admin1_share(self, country: str | None, admin1: str | None) -> float:
        """The share of the article's division mentions that fall in this one (0 to 1).

        A story that names one state is set there; one that lists thirty is not.
        """
        mine = self.admin1.get((country, admin1), 0)
        if mine <= 0:
            return 0.0
        return mine / sum(w for (c, _), w in self.admin1.items() if c == country and w > 0)


class Resolver:
    """Score and pick the gazetteer entry for each toponym of an article."""

    def __init__(self, index: GeoIndex) -> None:
        self.index = index

    def candidates(self, text: str) -> list[Candidate]:
        """Candidates for a written name, trying it bare of articles, directions and generic words."""
        found = self.index.lookup(text)
        if found:
            return found
        words = text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) > 1 and words[-1].lower() in GENERIC_TAILS:
            found = self.index.lookup(" ".join(words[:-1]))
            if words[-1].lower() in COUNTY_TAILS:
                found = [c for c in found if c.primary]
            if found:
                return found
        if len(words) > 1 and words[0].lower() in DIRECTIONS:
            found = self.index.lookup(" ".join(words[1:]))
            if words[0] in COMPASS:
                found = [c for c in found if c.entry.kind != "country"]
            if found:
                return [c for c in found if c.entry.kind != "city"] or found
        if words and len(words) < len(text.split()):
            return self.index.lookup(" ".join(words))
        return []

    def resolve(self, toponyms: list[Toponym], base: Context) -> list[Place]:
        """One Place per toponym that the gazetteer knows, in text order.

        Names with one candidate (and demonyms) set the context first. The dateline
        (toponyms of role "dateline") is resolved in it and sets the story's country; names
        it or a qualifier pins keep that place in their other mentions. Then ambiguous
        names are resolved; those resolved with confidence vote (each distinct name once),
        and the rest are resolved again. Unsure names never vote: four mentions of
        "London" must not make an Ontario story British.
        """
        options = [self._options(t) for t in toponyms]
        qualifiers = [self._qualifier(t, c) for t, c in zip(toponyms, options)]
        # "Atlanta, Georgia": the qualifier is the reading that holds the town (the state).
        for n, (toponym, qualifier) in enumerate(zip(toponyms, qualifiers)):
            if qualifier is not None and n + 1 < len(toponyms) and toponyms[n + 1].text == toponym.qualifier:
                if any(c.entry == qualifier for c in options[n + 1]):
                    options[n + 1] = [Candidate(qualifier, True)]
        context = Context(
            Counter(base.countries), Counter(base.admin1), base.dateline_country, base.dateline_admin1,
            Counter(base.admin1_countries),
        )
        for cands in options:
            if len(cands) == 1:
                context.add(cands[0].entry)
        chosen = self._datelines(toponyms, options, qualifiers, context)
        self._pin(toponyms, options, qualifiers, chosen, context)
        context.neighbours = neighbours(toponyms, options, _prior)
        picked = [
            chosen[n] if n in chosen else self._choose(t, c, q, context)
            for n, (t, c, q) in enumerate(zip(toponyms, options, qualifiers))
        ]
        voted: set[str] = set()
        for toponym, cands, choice in zip(toponyms, options, picked):
            key = toponym.text.lower()
            if len(cands) > 1 and choice is not None and choice[1] >= CONFIDENT and key not in voted:
                voted.add(key)
                context.add(choice[0])
        places: list[Place] = []
        for n, (toponym, cands, qualifier, choice) in enumerate(zip(toponyms, options, qualifiers, picked)):
            if n not in chosen and len(cands) > 1 and (choice is None or choice[1] < CONFIDENT):
                choice = self._choose(toponym, cands, qualifier, context)
            if choice is not None:
                places.append(_place(toponym, *choice))
        return places

    def _datelines(
        self, toponyms: list[Toponym], options: list[list[Candidate]], qualifiers: list[GeoEntry | None], context: Context
    ) -> dict[int, tuple[GeoEntry, float] | None]:
        """Resolve the dateline first, in the context of the whole article; it then sets the story's place.

        "VICTORIA -" over a story naming British Columbia is the city in Canada.
        """
        chosen = {
            n: self._choose(t, options[n], qualifiers[n], context) for n, t in enumerate(toponyms) if t.role == "dateline"
        }
        first = next((choice[0] for choice in chosen.values() if choice is not None), None)
        if first is not None:
            context.dateline_country = first.country
            if first.country and first.admin1:
                context.dateline_admin1 = (first.country, first.admin1)
        return chosen

    def _pin(
        self,
        toponyms: list[Toponym],
        options: list[list[Candidate]],
        qualifiers: list[GeoEntry | None],
        chosen: dict[int, tuple[GeoEntry, float] | None],
        context: Context,
    ) -> None:
        """One sense per article: a name the dateline or a qualifier pins ("Paris, Texas") keeps that place.

        "GLASGOW, Ky. ... struck by a vehicle in Glasgow": the second is the Kentucky town too.
        """
        pins: dict[str, GeoEntry] = {}
        for n, toponym in enumerate(toponyms):
            if n in chosen or qualifiers[n] is not None:
                choice = chosen[n] if n in chosen else self._choose(toponym, options[n], qualifiers[n], context)
                if choice is not None:
                    pins.setdefault(name_key(toponym.text), choice[0])
        for n, toponym in enumerate(toponyms):
            pin = pins.get(name_key(toponym.text))
            if pin is None or n in chosen or qualifiers[n] is not None or toponym.fixed is not None:
                continue
            if options[n] != [Candidate(pin, True)]:
                options[n] = [Candidate(pin, True)]
                context.add(pin)

    def _choose(
        self, toponym: Toponym, cands: list[Candidate], qualifier: GeoEntry | None, context: Context
    ) -> tuple[GeoEntry, float] | None:
        towns = all(_local(c.entry) for c in cands)  # lists of states are not "town, state"
        if qualifier is not None and towns and not any(_within(c.entry, qualifier) for c in cands):
            # "Paris, Missouri", "HOLLIDAY, Mo.": a town we do not hold, in a state we do.
            return qualifier, QUALIFIER_ONLY_SCORE
        if not cands:
            return None
        entry, score = self._pick(toponym, cands, qualifier, context)
        if _far_fetched(entry, cands, context) or _out_of_place(entry, cands, context):
            return None
        return entry, score

    def _options(self, toponym: Toponym) -> list[Candidate]:
        if toponym.fixed is not None:
            return [Candidate(toponym.fixed, True)]
        return self.candidates(toponym.text)

    def profile(self, text: str, exact: bool = False) -> NameProfile:
        """What a name may be: the kinds and largest city it names as their own name.

        ``exact`` looks the name up as written only (no "the", "province" or "northern"
        taken off): the proper-noun spotter tries every stretch of words that way.
        """
        kinds, population, known = set(), 0, False
        for cand in self.index.lookup(text) if exact else self.candidates(text):
            known = True
            if cand.primary:
                kinds.add(cand.entry.kind)
                if cand.entry.kind == "city":
                    population = max(population, cand.entry.population)
        return NameProfile(frozenset(kinds), population, known)

    def _qualifier(self, toponym: Toponym, cands: list[Candidate]) -> GeoEntry | None:
        """The area written after a town ("Texas" in "Paris, Texas"): the reading that holds one of its candidates."""
        if not toponym.qualifier:
            return None
        found = self._areas(toponym.qualifier)
        if not found and not toponym.qualifier.endswith("."):
            found = self._areas(toponym.qualifier + ".")  # "EDMONTON, Ky": the abbreviation, its period dropped
        holding = [q for q in found if any(_within(c.entry, q) for c in cands)]
        return max(holding or found, key=lambda e: KIND_BONUS[e.kind] + math.log10(e.population + 1000), default=None)

    def _areas(self, text: str) -> list[GeoEntry]:
        return [c.entry for c in self.index.lookup(text) if c.entry.kind in ("country", "admin1")]

    def _pick(
        self, toponym: Toponym, cands: list[Candidate], qualifier: GeoEntry | None, context: Context
    ) -> tuple[GeoEntry, float]:
        if len(cands) == 1:
            return cands[0].entry, 1.0
        scores = [_score(c, toponym, qualifier, context) for c in cands]
        top = max(range(len(cands)), key=scores.__getitem__)
        total = sum(math.exp(s - scores[top]) for s in scores)
        return cands[top].entry, 1.0 / total


def _local(entry: GeoEntry) -> bool:
    """A town, or a county (a region within a first-level division): what "X, State" qualifies."""
    return entry.kind == "city" or entry.kind == "region" and entry.admin1 is not None


def _within(entry: GeoEntry, area: GeoEntry) -> bool:
    if entry.country != area.country:
        return False
    return area.kind != "admin1" or entry.admin1 == area.admin1


def _far_fetched(entry: GeoEntry, cands: list[Candidate], context: Context) -> bool:
    """A small town found only under another of its names, in a country the article never names.

    GeoNames lists many alternate names; "Eastern Creek" is one of a Texas town's.
    """
    return (
        entry.kind == "city"
        and entry.population < ALTERNATE_MIN_POPULATION
        and not any(c.primary for c in cands)
        and context.countries.get(entry.country, 0) <= 0
    )


def _out_of_place(entry: GeoEntry, cands: list[Candidate], context: Context) -> bool:
    """A shared town name in a story set firmly in a country where we hold no such town.

    "Edmonton" in a Queensland story is the Cairns suburb, not the Canadian city; with
    no town of that name in the story's country, naming none beats naming the wrong one.
    """
    if entry.kind != "city" or len(cands) < 2 or entry.population >= OUT_OF_PLACE_POPULATION:
        return False
    if context.countries.get(entry.country, 0) > 0 or not context.countries:
        return False
    return max(context.countries.values()) >= OUT_OF_PLACE_WEIGHT


def _prior(cand: Candidate) -> float:
    """The score of a reading before any context: its size and kind, less for an alternate name."""
    entry = cand.entry
    score = math.log10(entry.population + 1000) + KIND_BONUS[entry.kind]
    return score if cand.primary else score - ALTERNATE_PENALTY


def _score(cand: Candidate, toponym: Toponym, qualifier: GeoEntry | None, context: Context) -> float:
    entry = cand.entry
    score = _prior(cand)
    if toponym.country and entry.country == toponym.country:
        score += HINT_BONUS
    if qualifier is not None and _local(entry):
        same_country = entry.country == qualifier.country
        if qualifier.kind == "admin1":
            score += QUALIFIER_BONUS * 2 if same_country and entry.admin1 == qualifier.admin1 else QUALIFIER_MISMATCH
        else:
            score += QUALIFIER_BONUS if same_country else QUALIFIER_MISMATCH
    if entry.country and entry.country == context.dateline_country:
        score += DATELINE_BONUS
    if entry.country:
        step = TOWN_COUNTRY_STEP if entry.kind == "city" and entry.population < TOWN_POPULATION else COUNTRY_STEP
        score += step * min(max(context.countries.get(entry.country, 0), 0), COUNTRY_CAP)
    if entry.capital:
        score += CAPITAL_BONUS
    if entry.admin1 and _local(entry):
        score += ADMIN1_BONUS * context.admin1_share(entry.country, entry.admin1)
    if entry.kind == "admin1" and context.admin1_countries.get(entry.country, 0) > 0:
        score += SIBLING_BONUS  # "Georgia" among other US states is the state
    if context.dateline_admin1 and (entry.country, entry.admin1) == context.dateline_admin1 and _local(entry):
        score += ADMIN1_BONUS
    if entry.id in context.neighbours:
        score += NEIGHBOUR_BONUS
    return score


def _place(toponym: Toponym, entry: GeoEntry, score: float) -> Place:
    return Place(
        text=toponym.text,
        start=toponym.start,
        end=toponym.end,
        name=entry.name,
        country=entry.country,
        admin1=entry.admin1,
        lat=round(entry.lat, 5),
        lon=round(entry.lon, 5),
        geonameid=entry.geonameid,
        feature=entry.feature,
        score=round(score, 3),
        role=toponym.role,
    )
