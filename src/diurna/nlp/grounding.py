"""Ground actors with a sector but no country in the country where the event happens.

"Police fired tear gas in Nairobi", "the opposition boycotted the vote in Baku", "the
president imposed a curfew in Algiers": news names a domestic actor by its role and lets
the place say whose it is. Like ICEWS ("Police (Kenya)"), we give such an actor the
country of the event's place: its own place in the clause, else the one country of the
places named in its sentence, else the dateline's when at least a fifth of the places
the article names are in the dateline's country. The last two only when the other side
of the event does not belong to another country: a dateline says where the reporter is,
and a sentence may name a place for another reason ("the two men signed the accord
before guests from Havana and Washington"). An actor that names its own country,
an international or non-governmental organisation, and refugees and migrants (who are,
by definition, away from home) keep what they have. ``via`` records the grounding, so
the record still explains itself.

With no place to go by, a countryless group that a state's authorities deal with at home
(arrest, pressure, threaten, concede to; or protest to and make demands of them) takes
the authorities' country: "Iranian authorities pressured bus workers". Fighting, aid
and diplomacy cross borders, and are left alone.

An attack whose doer the text does not name ("a car bomb killed three civilians in
Baghdad") gets, the same way, unidentified armed forces of the country where it happened
as its source: CAMEO's UAF agent, ICEWS's "Unidentified Gunmen (Iraq)". When no place
gives a country, the source stays empty rather than invented.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from spacy.tokens import Doc

from diurna.model import Actor, Event, Place

__all__ = ["ground_actors", "UNKNOWN", "GROUNDED_SECTORS", "UNNAMED_ATTACK_ROOTS"]

UNKNOWN = "---"
DATELINE_SHARE = 0.2  # of the places an article names, the least share of the dateline's country
# Sectors whose members belong to the country they act in; peacekeepers (PKO), settlers
# (SET), refugees (REF) and NGOs are away from home or above countries.
GROUNDED_SECTORS = frozenset(
    {"GOV", "MIL", "COP", "SPY", "OPP", "LEG", "JUD", "ELI", "CVL", "BUS", "MED", "REL", "EDU", "LAB", "HLH", "HRI", "AGR", "ENV", "REB", "SEP", "CRM", "UAF"}
)

# CAMEO roots of the violent acts news reports without naming the doer: 18 assault,
# 19 fight, 20 unconventional mass violence.
UNNAMED_ATTACK_ROOTS = frozenset({"18", "19", "20"})
# What a state's authorities do to their own people, and they to them (yield, demand,
# reject, threaten, protest, coerce); and the sectors that are those authorities.
DOMESTIC_ROOTS = frozenset({"08", "10", "12", "13", "14", "17"})
STATE_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})


def ground_actors(
    doc: Doc,
    events: Sequence[Event],
    owns: Sequence[Place | None],
    usable: Sequence[tuple[Place, int]],
    dateline: Place | None,
    places: Sequence[Place] = (),
) -> None:
    """Give countryless domestic actors of ``events`` the country of the event's place.

    ``owns``: each event's own place (or None); ``usable``: the places that can place an
    event, each with the index of its sentence's first token; ``places``: all the
    article's places (the dateline grounds only when its country is the story's).
    """
    by_sentence: dict[int, set[str]] = {}
    for place, sentence in usable:
        if place.country:
            by_sentence.setdefault(sentence, set()).add(place.country)
    if dateline is not None and not _story_country(dateline, places):
        dateline = None  # "CAIRO - the Arab League condemned Turkey's operation in Syria"
    for event, own in zip(events, owns):
        unnamed = event.source is None and event.cameo.root in UNNAMED_ATTACK_ROOTS
        if unnamed:
            event.source = _unnamed_attacker()
        if not (_groundable(event.source) or _groundable(event.target)):
            continue
        country, where = _country(doc, event, own, by_sentence, dateline)
        if country is None:
            country, where = _domestic(event)
        if country is None:
            if unnamed:
                event.source = None
            continue
        if _groundable(event.source):
            event.source = event.source.in_country(country, f"country from {where}")
        if _groundable(event.target):
            event.target = event.target.in_country(country, f"country from {where}")


def _unnamed_attacker() -> Actor:
    """The doer of an attack the text does not name; grounding gives it a country."""
    return Actor(
        text="",
        code=UNKNOWN + "UAF",
        sector="UAF",
        name="Unidentified attackers",
        kind="agent",
        sectors=["UAF"],
        via="attack with no named doer: unidentified armed forces (CAMEO UAF)",
    )


def _groundable(actor: Actor | None) -> bool:
    return (
        actor is not None
        and actor.code.startswith(UNKNOWN)
        and not actor.country
        and bool(actor.sector)
        and actor.sector in GROUNDED_SECTORS
    )


def _country(
    doc: Doc, event: Event, own: Place | None, by_sentence: dict[int, set[str]], dateline: Place | None
) -> tuple[str | None, str]:
    if own is not None and own.country:
        return own.country, f"place {own.name}"
    sentence = _sentence_start(doc, event)
    named = by_sentence.get(sentence, set()) if sentence is not None else set()
    if len(named) == 1:
        country = next(iter(named))
        if _elsewhere(event, country):
            return None, ""
        return country, f"place in the sentence ({country})"
    if not named and dateline is not None and dateline.country and not _elsewhere(event, dateline.country):
        return dateline.country, f"dateline {dateline.name}"
    return None, ""


def _domestic(event: Event) -> tuple[str | None, str]:
    """A state's authorities dealing with a countryless group at home: "Iranian authorities
    pressured bus workers", "the Mozambique government accepted the rebels' demands",
    "protesters demanded that the Kenyan government resign". Only for acts a state does
    to its own people and they to it; never for fighting, aid or diplomacy, which cross
    borders."""
    if event.cameo.root not in DOMESTIC_ROOTS:
        return None, ""
    for state, other in ((event.source, event.target), (event.target, event.source)):
        if (
            state is not None
            and state.country
            and state.sector in STATE_SECTORS
            and _groundable(other)
            and other.sector not in ("UAF", "MIL")
        ):
            return state.country, f"dealing with {state.code} at home"
    return None, ""


def _story_country(dateline: Place, places: Sequence[Place]) -> bool:
    """Whether the article is set in the dateline's country: it names no place, or at least
    a fifth of the places it names are there. (A summit's host city is a dateline too.)"""
    counts = Counter(p.country for p in places if p.role != "dateline" and p.country)
    return not counts or counts.get(dateline.country, 0) >= DATELINE_SHARE * sum(counts.values())


def _elsewhere(event: Event, country: str) -> bool:
    """Whether a side of the event belongs to another country: "GENEVA - UN experts
    condemned Iran's execution of a young man" does not happen in Geneva. Violence falls
    where it happens whoever does it: in "Russian troops shelled a hospital in Kherson,
    killing two doctors" the doctors are in Kherson."""
    sides = (event.target,) if event.cameo.root in UNNAMED_ATTACK_ROOTS else (event.source, event.target)
    return any(a is not None and a.country and a.country != country for a in sides)


def _sentence_start(doc: Doc, event: Event) -> int | None:
    verb = event.spans.get("verb")
    if verb is None:
        return None
    span = doc.char_span(verb.start, verb.end, alignment_mode="expand")
    return span.root.sent.start if span is not None else None
