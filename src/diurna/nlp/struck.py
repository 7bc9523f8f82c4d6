"""A place as an event's target: "Russian forces shelled Kharkiv" is aimed at Ukraine.

A country, or the capital that stands for it, names an actor; another city or region
does not, yet a strike on it is a strike on its country. PETRARCH's country dictionaries
list cities and regions under their country for this reason. When a violent or coercive
act (CAMEO 14, 17-20, 081) names no target actor, the proper noun it falls on is its target:
- its object: "shelled Kharkiv", "Kharkiv was shelled";
- where its object is: "bombed villages in the Idlib region", "the outskirts of Mosul";
- where it lands: "launched strikes on Mariupol", "imposed a curfew in Kherson";
- for an event noun, what it is of or on: "the shelling of Donetsk", "air raids on Raqqa".

The event finder cannot tell a place from an unknown name, so it keeps the proper noun's
character span as a pending target (``struck_place``); once the places component has
resolved the article's places, a place there gives the target its country
(``place_targets``), and an unresolved span is dropped.
"""

from __future__ import annotations

from typing import Callable, Sequence

from spacy.tokens import Token

from diurna.model import Actor, Event, Place
from diurna.model import Span as CharSpan
from diurna.nlp.syntax import direct_object, effective_noun, is_passive, passive_subject, prep_objects

__all__ = ["STRUCK_ROOTS", "STRUCK_CODES", "struck_place", "place_targets"]

# Protest, coerce, assault, fight, mass violence: acts that fall on a place and whoever
# is there ("thousands rallied in Lagos" is aimed at Nigeria, as PETRARCH codes it); and
# easing a restriction somewhere (081x), as imposing it there is.
STRUCK_ROOTS = frozenset({"14", "17", "18", "19", "20"})
STRUCK_CODES = ("081",)
# Where the object is, and where a verb's act lands.
_OBJECT_PREPS = ("of", "in", "inside", "near", "outside", "across", "around", "along")
_VERB_PREPS = ("on", "upon", "against", "at", "into", "in", "inside", "near", "outside", "across", "around")
NOT_PLACES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})
_NOUN_PREPS = ("of", "on", "upon", "against", "at", "in", "into")


def struck_place(trigger: Token) -> CharSpan | None:
    """The character span of the proper noun an act falls on, or None."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        candidates = prep_objects(trigger, _NOUN_PREPS)
        if trigger.dep_ == "dobj":  # "launched an offensive | in the Kharkiv region"
            candidates += prep_objects(trigger.head, _VERB_PREPS)
    else:
        obj = passive_subject(trigger) if is_passive(trigger) else direct_object(trigger)
        candidates = []
        if obj is not None:
            noun = effective_noun(obj)
            candidates += [noun, *prep_objects(noun, _OBJECT_PREPS)]
        candidates += prep_objects(trigger, _VERB_PREPS)
        # "converged for a rally | in Lagos": where the act's event noun is
        candidates += [t for n in prep_objects(trigger, ("for",)) for t in prep_objects(n, _OBJECT_PREPS)]
    for token in candidates:
        # "the Kharkiv region": the name is a compound of the common noun
        names = [token] if token.pos_ == "PROPN" else [c for c in token.children if c.dep_ == "compound"]
        for name in names:
            # whether it is a place, the places component says; "on Sunday" is none
            if name.pos_ == "PROPN" and name.ent_type_ not in NOT_PLACES:
                return CharSpan(name.idx, name.idx + len(name.text))
    return None


def place_targets(events: Sequence[Event], places: Sequence[Place], country_name: Callable[[str], str | None]) -> None:
    """Give each event with a pending target span the country of the place found there;
    clear the spans where no place is."""
    mentioned = [p for p in places if p.role == "mention" and p.country]
    for event in events:
        pending = event.spans.get("target")
        if event.target is not None or pending is None:
            continue
        place = next((p for p in mentioned if p.start <= pending.start and pending.end <= p.end), None)
        if place is None:
            event.spans["target"] = None
            continue
        event.target = Actor(
            text=place.text,
            code=place.country,
            country=place.country,
            name=country_name(place.country) or place.country,
            start=place.start,
            end=place.end,
            kind="state",
            via=f"place struck: {place.name or place.text} ({place.country})",
        )
        event.spans["target"] = CharSpan(place.start, place.end)
