"""One stored article for reading: its text, and the actors, verbs and places marked in it."""

from __future__ import annotations

from typing import Any

from diurna.errors import DiurnaError
from diurna.model import CodedArticle
from diurna.query.paging import plain
from diurna.store.base import Store

__all__ = ["article_view", "marks_of"]

_ARTICLE_SQL = (
    "SELECT id, external_id, status, duplicate_of, date, title, url, source, text, tone "
    "FROM articles WHERE id = ?"
)
_EVENT_IDS_SQL = "SELECT id, event_id FROM event_mentions WHERE article_id = ?"


def article_view(store: Store, article_id: str) -> dict[str, Any]:
    """The article's text with its marks (character spans) and everything coded from it; D050 if unknown."""
    rows = store.fetch(_ARTICLE_SQL, [article_id])
    if not rows:
        raise DiurnaError("D050", value=article_id)
    view = plain(rows[0])
    coded = next(iter(store.coded_articles([article_id])), None) if view["status"] == "coded" else None
    if coded is None:
        return {**view, "marks": [], "events": [], "actors": [], "places": [], "quotes": [], "themes": []}
    aggregated = {r["id"]: r["event_id"] for r in store.fetch(_EVENT_IDS_SQL, [article_id])}
    events = []
    for event in coded.events:
        data = event.to_dict()
        found = aggregated.get(event.id)
        data["event_id"] = str(found) if found is not None else None
        events.append(data)
    return {
        **view,
        "marks": marks_of(coded),
        "events": events,
        "actors": [a.to_dict() for a in coded.actors],
        "places": [p.to_dict() for p in coded.places],
        "quotes": [q.to_dict() for q in coded.quotes],
        "themes": list(coded.themes),
        "dateline": coded.dateline,
    }


def marks_of(coded: CodedArticle) -> list[dict[str, Any]]:
    """Character spans to highlight: actors, event verbs and places, in text order (they may overlap)."""
    marks: list[dict[str, Any]] = []
    for actor in coded.actors:
        if actor.start is not None and actor.end is not None:
            marks.append({"start": actor.start, "end": actor.end, "kind": "actor", "label": actor.code,
                          "title": actor.name or actor.text})  # fmt: skip
    for place in coded.places:
        marks.append({"start": place.start, "end": place.end, "kind": "place", "label": place.country or "",
                      "title": place.name or place.text})  # fmt: skip
    for index, event in enumerate(coded.events):
        verb = event.spans.get("verb")
        if verb is not None:
            marks.append({"start": verb.start, "end": verb.end, "kind": "verb", "label": event.cameo.code,
                          "title": f"{event.cameo.code} {event.cameo.name}", "event": index})  # fmt: skip
    marks.sort(key=lambda m: (m["start"], -m["end"], m["kind"]))
    return marks
