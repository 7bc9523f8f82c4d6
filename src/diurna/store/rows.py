"""Turning records into table rows (plain dicts), and the GDELT-style event key."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any
from urllib.parse import urlparse

from diurna.model import Actor, CodedArticle, Event
from diurna.store.records import ArticleRecord, DuplicateRecord, ErrorRecord

__all__ = [
    "article_row",
    "actor_rows",
    "duplicate_row",
    "error_row",
    "event_id",
    "event_key",
    "mention_rows",
    "place_rows",
    "quote_rows",
    "theme_rows",
    "tone_score",
]


def event_key(event: Event) -> str:
    """What makes two mentions one event: date, source, target, CAMEO code and place."""
    place = event.place or {}
    where = str(place.get("geonameid") or "") or "/".join(
        str(place.get(k) or "") for k in ("name", "country")
    ).strip("/")
    source = event.source.code if event.source else ""
    target = event.target.code if event.target else ""
    return "|".join([event.date or "", source, target, event.cameo.code, where])


def event_id(key: str) -> int:
    """A positive 60-bit integer from the event key (GDELT's GLOBALEVENTID is an integer)."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:15], 16)


def tone_score(tone: dict[str, Any] | None) -> float | None:
    """The article's overall tone as a number, whatever the tone component called it."""
    if not tone:
        return None
    for name in ("tone", "score", "average", "avg"):
        value = tone.get(name)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    return None


def article_row(record: ArticleRecord, now: dt.datetime) -> dict[str, Any]:
    """The ``articles`` row of a record."""
    article, coded = record.article, record.coded
    return {
        "id": article.id,
        "external_id": record.external_id,
        "ref": record.ref,
        "status": record.status,
        "duplicate_of": record.duplicate_of,
        "similarity": record.similarity,
        "date": article.date,
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "outlet": outlet(article.source, article.url),
        "text": article.text,
        "chars": len(article.text),
        "num_events": len(coded.events) if coded else 0,
        "tone": tone_score(coded.tone) if coded else None,
        "tone_detail": _json(coded.tone) if coded and coded.tone else None,
        "dateline": _json(coded.dateline) if coded and coded.dateline else None,
        "meta": _json(article.meta) if article.meta else None,
        "minhash": record.minhash,
        "ingested_at": now,
    }


def outlet(source: str | None, url: str | None) -> str | None:
    """Who published it: the named source, else the URL's host without ``www.``."""
    if source:
        return source
    host = urlparse(url).hostname if url else None
    return host[4:] if host and host.startswith("www.") else host


def mention_rows(coded: CodedArticle) -> list[dict[str, Any]]:
    """One ``event_mentions`` row per event of a coded article."""
    rows = []
    seen: set[str] = set()
    for position, event in enumerate(coded.events):
        if event.id in seen:  # two rules found the very same event: one mention
            continue
        seen.add(event.id)
        key = event_key(event)
        place = event.place or {}
        verb = event.spans.get("verb")
        rows.append(
            {
                "id": event.id,
                "event_id": event_id(key) if event.counts else None,
                "event_key": key,
                "article_id": coded.id,
                "position": position,
                "order_key": f"{coded.date or '9999-99-99'}|{coded.id}|{position:06d}",
                "date": event.date,
                "counts": event.counts,
                "negated": event.negated,
                "modality": event.modality,
                "historical": event.historical,
                "is_root": event.sentence_index == 0,
                "sentence_index": event.sentence_index,
                "sentence": event.sentence,
                "verb": event.verb,
                "rule": event.rule,
                "cameo_code": event.cameo.code,
                "cameo_base": event.cameo.code[:3],
                "cameo_root": event.cameo.root,
                "cameo_name": event.cameo.name,
                "quad_class": event.cameo.quad_class,
                "goldstein": float(event.cameo.goldstein),
                "plover_type": event.plover.type,
                "plover_mode": event.plover.mode,
                "plover_context": list(event.plover.context or []),
                **_actor_columns("source", event.source),
                **_actor_columns("target", event.target),
                "verb_start": verb.start if verb else None,
                "place_type": _int(place.get("type")),
                "place_name": place.get("name"),
                "place_country": place.get("country"),
                "place_admin1": place.get("admin1"),
                "place_lat": _float(place.get("lat")),
                "place_lon": _float(place.get("lon")),
                "place_feature": place.get("feature"),
                "place_geonameid": _int(place.get("geonameid")),
                "detail": _json(event.to_dict()),
            }
        )
    return rows


def _actor_columns(role: str, actor: Actor | None) -> dict[str, Any]:
    if actor is None:
        return {f"{role}_{k}": None for k in ("code", "name", "country", "sectors", "kind", "start")}
    return {
        f"{role}_code": actor.code,
        f"{role}_name": actor.name or actor.text,
        f"{role}_country": actor.country,
        f"{role}_sectors": list(actor.sectors or ([actor.sector] if actor.sector else [])),
        f"{role}_kind": actor.kind,
        f"{role}_start": actor.start,
    }


def actor_rows(coded: CodedArticle) -> list[dict[str, Any]]:
    """The ``actors`` rows: every actor mention of the article."""
    return [
        {
            "article_id": coded.id,
            "position": i,
            "text": a.text,
            "code": a.code,
            "country": a.country,
            "sector": a.sector,
            "name": a.name,
            "start_char": a.start,
            "end_char": a.end,
            "kind": a.kind,
            "sectors": list(a.sectors),
            "via": a.via,
        }
        for i, a in enumerate(coded.actors)
    ]


def place_rows(coded: CodedArticle) -> list[dict[str, Any]]:
    """The ``places`` rows: every resolved place mention."""
    return [
        {
            "article_id": coded.id,
            "position": i,
            "text": p.text,
            "start_char": p.start,
            "end_char": p.end,
            "name": p.name,
            "country": p.country,
            "admin1": p.admin1,
            "lat": _float(p.lat),
            "lon": _float(p.lon),
            "geonameid": _int(p.geonameid),
            "feature": p.feature,
            "score": _float(p.score),
            "role": p.role,
        }
        for i, p in enumerate(coded.places)
    ]


def quote_rows(coded: CodedArticle) -> list[dict[str, Any]]:
    """The ``quotes`` rows: every quotation and its speaker."""
    return [
        {
            "article_id": coded.id,
            "position": i,
            "text": q.text,
            "start_char": q.start,
            "end_char": q.end,
            "speaker_code": q.speaker.code if q.speaker else None,
            "speaker_name": q.speaker_name,
            "speaker": _json(q.speaker.to_dict()) if q.speaker else None,
            "sentence_index": q.sentence_index,
        }
        for i, q in enumerate(coded.quotes)
    ]


def theme_rows(coded: CodedArticle) -> list[dict[str, Any]]:
    """The ``themes`` rows, one per distinct theme."""
    return [{"article_id": coded.id, "theme": t} for t in dict.fromkeys(coded.themes)]


def duplicate_row(record: DuplicateRecord, now: dt.datetime) -> dict[str, Any]:
    """The ``exact_duplicates`` row of a record."""
    return {
        "ref": record.ref,
        "article_id": record.article_id,
        "external_id": record.external_id,
        "url": record.url,
        "source": record.source,
        "ingested_at": now,
    }


def error_row(record: ErrorRecord, now: dt.datetime) -> dict[str, Any]:
    """The ``errors`` row of a dead letter."""
    return {
        "id": record.id,
        "ref": record.ref,
        "article_id": record.article_id,
        "code": record.code,
        "title": record.title,
        "cause": record.cause,
        "fix": record.fix,
        "occurred_at": now,
    }


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _float(value: Any) -> float | None:
    try:
        return None if value is None or value == "" else float(value)
    except (TypeError, ValueError):
        return None


def _int(value: Any) -> int | None:
    try:
        return None if value is None or value == "" else int(value)
    except (TypeError, ValueError):
        return None
