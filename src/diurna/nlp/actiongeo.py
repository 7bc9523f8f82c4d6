"""Each event's place: the place in its own clause, else the dateline, else none.

A place belongs to an event's clause when the parse links it to the event's verb within
a few steps ("met in Kazan", "attend the summit in Kazan"); a place further down ("in
light of the conflict in Ukraine") or in another clause does not place the event. A
place that is itself one of the actors ("sanctions against Russia", "Moscow said") does
not place it either, unless a locative preposition governs it ("the war in Ukraine");
nor does a demonym. The place is written as GDELT's ActionGeo.
"""

from __future__ import annotations

from typing import Any, Sequence

from spacy.tokens import Doc, Token

from diurna.model import Event, Place
from diurna.nlp.mentions import AFFILIATION_SUFFIXES, STANCE_PREFIXES
from diurna.nlp.toponyms import PLACE_PARTS

__all__ = ["action_geo", "place_events", "GEO_TYPES", "MAX_PATH"]

# GDELT ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state/region.
GEO_TYPES = {"country": 1, "us_state": 2, "us_city": 3, "city": 4, "region": 5}
MAX_PATH = 4  # dependency steps from a place up to the event's verb


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
    doc: Doc,
    events: Sequence[Event],
    places: Sequence[Place],
    actor_spans: Sequence[tuple[int, int]],
    locative: set[tuple[int, int]],
) -> tuple[list[tuple[Place, Token]], list[Place | None]]:
    """Set ``event.place`` for every event (places and spans in character offsets).

    Returns the places that can place an event, with their root tokens, and each event's
    own place (None where it fell back to the dateline or to nothing).
    """
    dateline = next((p for p in places if p.role == "dateline"), None)
    usable = []
    for place in places:
        if place.role != "mention":
            continue
        if (place.start, place.end) not in locative and _inside(place, actor_spans):
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None and not _stance(doc, span.start) and not _attribute(doc, span.end):
            usable.append((place, span.root))
    owns: list[Place | None] = []
    for event in events:
        own = _own_place(doc, event, usable)
        owns.append(own)
        place = own or dateline
        event.place = action_geo(place) if place is not None else None
    return usable, owns


def _own_place(doc: Doc, event: Event, usable: Sequence[tuple[Place, Token]]) -> Place | None:
    verb_span = event.spans.get("verb")
    if verb_span is None:
        return None
    found = doc.char_span(verb_span.start, verb_span.end, alignment_mode="expand")
    if found is None:
        return None
    verb = found.root
    best, best_steps = None, MAX_PATH + 1
    for place, root in usable:
        steps = _steps_up(root, verb)
        if steps < best_steps:
            best, best_steps = place, steps
    return best


def _steps_up(token: Token, verb: Token) -> int:
    """Dependency steps from ``token`` up to ``verb`` (more than MAX_PATH when not under it).

    "the town of Samarra" is Samarra: the steps count from "town"."""
    head = token.head
    if head.lower_ == "of" and head.dep_ == "prep" and head.head.lemma_.lower() in PLACE_PARTS:
        token = head.head
    for steps in range(1, MAX_PATH + 1):
        head = token.head
        if head.i == verb.i:
            return steps
        if head is token:
            break
        token = head
    return MAX_PATH + 1


def _stance(doc: Doc, i: int) -> bool:
    """ "anti-Syria journalist", "pro-Russian separatists": a stance, not where it happened."""
    if i < len(doc) and doc[i].text == "-":  # the tagger may start the place at the hyphen
        i += 1
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in STANCE_PREFIXES


# "a UK-based group", "a Panama-flagged tanker", "Iran-backed militias": the place says
# where an actor or a thing comes from, not where the event happens.
ORIGIN_SUFFIXES = AFFILIATION_SUFFIXES | frozenset(
    """based born headquartered registered flagged owned made bound""".split()
)


def _attribute(doc: Doc, end: int) -> bool:
    """Whether the place is the first half of a hyphenated attribute: "UK-based"."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in ORIGIN_SUFFIXES


def _inside(place: Place, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= place.start and place.end <= e for s, e in spans)
