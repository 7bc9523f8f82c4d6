"""What the coder produced, as the evaluator sees it: counted events, actor codes, countries."""

from __future__ import annotations

from typing import Iterable

from diurna.model import Actor, CodedArticle, Event

__all__ = [
    "NO_ACTOR",
    "Triple",
    "counted_events",
    "actor_code",
    "actor_country",
    "event_triple",
    "root_of",
    "country_level",
    "rule_label",
    "rules_fired",
    "format_triple",
    "describe_event",
]

NO_ACTOR = "---"  # PETRARCH's code for "no actor"
ORGANISATION_PREFIXES = ("IGO", "NGO", "MNC")

Triple = tuple[str, str, str]


def counted_events(coded: CodedArticle | None) -> list[Event]:
    """The events that count as produced: neither negated nor hypothetical."""
    if coded is None:
        return []
    return [event for event in coded.events if event.counts]


def actor_code(actor: Actor | None) -> str:
    """The actor's full code, or ``---`` for no actor."""
    return actor.code if actor is not None and actor.code else NO_ACTOR


def actor_country(actor: Actor | None) -> str | None:
    """The actor's country (or IGO / region) code; None for no actor."""
    if actor is None:
        return None
    if actor.country:
        return actor.country
    return actor.code[:3] if actor.code else None


def event_triple(event: Event) -> Triple:
    """(source code, target code, CAMEO code) of an event."""
    return (actor_code(event.source), actor_code(event.target), event.cameo.code)


def root_of(code: str) -> str:
    """The two-digit CAMEO root of a code ("0841" -> "08")."""
    return code[:2]


def country_level(code: str) -> str:
    """An actor code cut to its country: ``SYRREB`` -> ``SYR``, ``IGOUNOMIL`` -> ``IGOUNO``.

    Organisations keep their organisation code (six letters), because ``IGO`` alone says
    nothing; new-actor text strings (quoted) stay as they are.
    """
    if code.startswith('"'):
        return code
    if code.startswith(ORGANISATION_PREFIXES):
        return code[:6]
    return code[:3]


def rule_label(event: Event) -> str:
    """The rule that made an event, marked when the event does not count."""
    rule = event.rule or "(no rule)"
    if event.negated:
        return f"{rule} (negated)"
    if event.modality == "hypothetical":
        return f"{rule} (hypothetical)"
    return rule


def rules_fired(events: Iterable[Event]) -> str:
    """Every distinct rule that fired, in order, or ``(nothing fired)``."""
    labels = list(dict.fromkeys(rule_label(event) for event in events))
    return "; ".join(labels) if labels else "(nothing fired)"


def format_triple(triple: tuple[str, ...]) -> str:
    """A triple for reports: ``SRBGOV RUSGOV 042``."""
    return " ".join(triple)


def describe_event(event: Event) -> str:
    """An event by countries, CAMEO code and PLOVER type: ``SRB -> RUS 042/CONSULT``."""
    source = actor_country(event.source) or "-"
    target = actor_country(event.target) or "-"
    return f"{source} -> {target} {event.cameo.code}/{event.plover.type or '-'}"
