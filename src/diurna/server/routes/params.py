"""The query parameters every event-reading route shares, turned into an EventFilter."""

from __future__ import annotations

from fastapi import Query

from diurna.query import EventFilter

__all__ = ["event_filter"]

_CODES = "Comma-separated; codes match as prefixes, CAMEO style (SRB finds SRBGOV and SRBMIL)."


def event_filter(
    actor: str | None = Query(None, max_length=200, description=f"Actor code on either side. {_CODES}"),
    country: str | None = Query(None, max_length=200, description="Country (ISO3) of either actor, comma-separated."),
    source: str | None = Query(None, max_length=200, description=f"Source actor code. {_CODES}"),
    target: str | None = Query(None, max_length=200, description=f"Target actor code. {_CODES}"),
    dyad: str | None = Query(None, max_length=200, description="Two actors 'A,B': events between them, either way."),
    code: str | None = Query(None, max_length=200, description="CAMEO code prefix, comma-separated (19 finds 190-196)."),
    root: str | None = Query(None, max_length=200, description="CAMEO root 01-20, comma-separated."),
    plover: str | None = Query(None, max_length=200, description="PLOVER event type, comma-separated, e.g. ACCUSE."),
    quad: str | None = Query(None, max_length=20, description="Quad class 1-4, comma-separated."),
    since: str | None = Query(None, max_length=40, description="First date, YYYY-MM-DD."),
    until: str | None = Query(None, max_length=40, description="Last date, YYYY-MM-DD."),
    place: str | None = Query(None, max_length=200, description="Part of the place's name, country or region."),
    text: str | None = Query(None, max_length=200, description="Words in an evidence sentence (any case)."),
    located: bool = Query(False, description="Only events with coordinates."),
) -> EventFilter:
    """An EventFilter from the request's query parameters (checked when the query runs: D037)."""
    return EventFilter.of(
        actor=actor, country=country, source=source, target=target, dyad=dyad, code=code, root=root,
        plover=plover, quad=quad, since=since, until=until, place=place, text=text, located=located,
    )  # fmt: skip
