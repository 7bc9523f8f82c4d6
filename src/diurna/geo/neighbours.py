"""Homonyms resolved by their neighbours: two names whose lesser readings lie close together.

"All Saints' in Edmonton ... seven churches in Enfield": alone, each name is read as its
best-known town (in Canada, in Connecticut), but the two London boroughs, three miles
apart, are the pair the story means. Local news names a place with the places around it.
Only lesser readings count, of two ambiguous names: a best-known reading near another is
no news ("Venice" in a story that names Hollywood is still Venice, Italy), and a name
with one reading may be no place at all (a first name: "Brent told CTV Edmonton").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from diurna.geo.distance import km_between
from diurna.geo.entry import GeoEntry, name_key

if TYPE_CHECKING:
    from diurna.geo.index import Candidate
    from diurna.geo.resolve import Toponym

__all__ = ["neighbours", "NEIGHBOUR_KM"]

NEIGHBOUR_KM = 100.0
_DEGREES = NEIGHBOUR_KM / 111.0  # a quick latitude box before the great-circle distance


def neighbours(
    toponyms: list[Toponym], options: list[list[Candidate]], prior: Callable[[Candidate], float]
) -> frozenset[int]:
    """Ids of the town readings, not their name's best by ``prior``, near such a reading of another name."""
    lesser: dict[str, list[GeoEntry]] = {}
    for toponym, cands in zip(toponyms, options):
        key = name_key(toponym.text)
        if len(cands) < 2 or key in lesser or toponym.role == "demonym":
            continue
        best = max(cands, key=prior)
        lesser[key] = [c.entry for c in cands if c is not best and c.entry.kind == "city"]
    found: set[int] = set()
    for key, entries in lesser.items():
        others = [e for k, es in lesser.items() if k != key for e in es]
        for entry in entries:
            if any(_near(entry, other) for other in others):
                found.add(entry.id)
    return frozenset(found)


def _near(a: GeoEntry, b: GeoEntry) -> bool:
    return abs(a.lat - b.lat) <= _DEGREES and km_between(a.lat, a.lon, b.lat, b.lon) <= NEIGHBOUR_KM
