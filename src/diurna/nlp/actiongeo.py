"""Each event's place: the place in its own sentence, else the dateline, else none.

A place that is itself one of the actors ("sanctions against Russia", "Moscow said")
does not place the event, unless a locative preposition governs it ("the war in
Ukraine"); nor does a demonym. The place is written as GDELT's ActionGeo.
"""

from __future__ import annotations

from typing import Any, Sequence

from diurna.model import Event, Place

__all__ = ["action_geo", "place_events", "GEO_TYPES"]

# GDELT ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state/region.
GEO_TYPES = {"country": 1, "us_state": 2, "us_city": 3, "city": 4, "region": 5}


def action_geo(place: Place) -> dict[str, Any]:
    """A Place as a GDELT-style ActionGeo dict."""
    if place.feature == "country":
        kind = GEO_TYPES["country"]
    elif place.feature == "city":
        kind = GEO_TYPES["us_city" if place.country == "USA" else "city"]
    else:
        kind = GEO_TYPES["us_state" if place.country == "USA" and place.admin1 else "region"]
    return {
        "type": kind,
        "name": place.name,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "geonameid": place.geonameid,
        "feature": place.feature,
        "admin1": place.admin1,
    }


def place_events(
    events: Sequence[Event],
    places: Sequence[Place],
    sentences: Sequence[tuple[int, int]],
    actor_spans: Sequence[tuple[int, int]],
    locative: set[tuple[int, int]],
) -> None:
    """Set ``event.place`` for every event (character offsets throughout)."""
    dateline = next((p for p in places if p.role == "dateline"), None)
    usable = [p for p in places if p.role == "mention" and ((p.start, p.end) in locative or not _inside(p, actor_spans))]
    for event in events:
        place = _own_place(event, usable, sentences, locative) or dateline
        event.place = action_geo(place) if place is not None else None


def _own_place(
    event: Event, usable: Sequence[Place], sentences: Sequence[tuple[int, int]], locative: set[tuple[int, int]]
) -> Place | None:
    if not 0 <= event.sentence_index < len(sentences):
        return None
    start, end = sentences[event.sentence_index]
    verb = event.spans.get("verb")
    anchor = verb.start if verb is not None else start
    own = [p for p in usable if start <= p.start < end]
    if not own:
        return None
    return min(own, key=lambda p: ((p.start, p.end) not in locative, abs(p.start - anchor)))


def _inside(place: Place, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= place.start and place.end <= e for s, e in spans)
