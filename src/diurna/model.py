"""The plain data types that flow through diurna.

Nothing here knows about spaCy, the store or the CLI. Every type turns into plain
JSON-ready data with ``to_dict()`` and back with ``from_dict()``, so the same records
travel through JSONL, DuckDB, Parquet and the REST API unchanged.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

__all__ = [
    "Article",
    "Actor",
    "Cameo",
    "Plover",
    "Span",
    "Event",
    "Place",
    "Quote",
    "CodedArticle",
    "content_hash",
]

SCHEMA_VERSION = 1


def content_hash(text: str) -> str:
    """The stable id of a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _from(cls, data: dict[str, Any] | None):
    if data is None:
        return None
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Article:
    """One article to code: its text and what we know about it."""

    text: str
    id: str = ""
    date: str | None = None  # ISO date, YYYY-MM-DD
    title: str | None = None
    url: str | None = None
    source: str | None = None  # the outlet, e.g. "Reuters"
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_hash(self.text)

    @property
    def content_hash(self) -> str:
        """The hash of the text alone, whatever id the caller gave."""
        return content_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Build from plain data; unknown keys are ignored."""
        return _from(cls, data)


@dataclass
class Actor:
    """An actor as coded: the mention and its CAMEO-style code.

    ``code`` is country (or IGO / region) followed by sector codes, e.g. ``SRBGOV``,
    ``RUSMIL``, ``IGOEUREEC``, ``---OPPLEG`` when the country is unknown.
    """

    text: str
    code: str
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    start: int | None = None  # character offsets of the mention in the article
    end: int | None = None
    kind: str | None = None  # state, igo, region, person, group, agent
    sectors: list[str] = field(default_factory=list)  # every sector, primary first
    via: str | None = None  # how it was found: dictionary entry, or coref from a mention

    def in_country(self, country: str, why: str) -> Actor:
        """A copy placed in ``country``: an unknown ("---") country part of the code is
        replaced, and ``why`` is added to ``via``."""
        code = country + self.code[3:] if self.code.startswith("---") else self.code
        via = f"{self.via}; {why}" if self.via else why
        return replace(self, country=country, code=code, via=via)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return {
            "text": self.text,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "name": self.name,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "sectors": list(self.sectors),
            "via": self.via,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Actor | None:
        """Build from plain data; unknown keys are ignored."""
        return _from(cls, data)


@dataclass
class Cameo:
    """A CAMEO event code with its name, root, quad class and Goldstein score."""

    code: str
    root: str
    name: str
    quad_class: int
    goldstein: float

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return asdict(self)


@dataclass
class Plover:
    """A PLOVER event type, with its mode and context where known."""

    type: str | None
    mode: str | None = None
    context: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return asdict(self)


@dataclass
class Span:
    """Character offsets ``[start, end)`` in the article text."""

    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return asdict(self)


@dataclass
class Event:
    """One coded event: who did what to whom, and the sentence that proves it."""

    id: str
    source: Actor | None
    target: Actor | None
    cameo: Cameo
    plover: Plover
    verb: str
    sentence_index: int
    sentence: str
    rule: str
    negated: bool = False
    modality: str = "asserted"  # asserted, intended, hypothetical, reported, historical
    spans: dict[str, Span | None] = field(default_factory=dict)
    date: str | None = None
    date_text: str | None = None
    historical: bool = False
    place: dict[str, Any] | None = None

    @property
    def counts(self) -> bool:
        """Whether the event is a claim that something happened or was said.

        Negated and hypothetical events stay in the record, to explain the coder,
        but are not counted as events by exports and the evaluator.
        """
        return not self.negated and self.modality != "hypothetical"

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON (written out by hand: this runs for every event)."""
        return {
            "id": self.id,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": {
                "code": self.cameo.code,
                "root": self.cameo.root,
                "name": self.cameo.name,
                "quad_class": self.cameo.quad_class,
                "goldstein": self.cameo.goldstein,
            },
            "plover": {"type": self.plover.type, "mode": self.plover.mode, "context": list(self.plover.context)},
            "verb": self.verb,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "rule": self.rule,
            "negated": self.negated,
            "modality": self.modality,
            "spans": {k: ({"start": v.start, "end": v.end} if v else None) for k, v in self.spans.items()},
            "date": self.date,
            "date_text": self.date_text,
            "historical": self.historical,
            "place": dict(self.place) if self.place else None,
            "counts": self.counts,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """Build from plain data; unknown keys are ignored."""
        values = {f.name: data[f.name] for f in fields(cls) if f.name in data}
        values["source"] = Actor.from_dict(data.get("source"))
        values["target"] = Actor.from_dict(data.get("target"))
        values["cameo"] = Cameo(**data["cameo"])
        values["plover"] = Plover(**data["plover"])
        values["spans"] = {
            k: (Span(**v) if v else None) for k, v in (data.get("spans") or {}).items()
        }
        return cls(**values)


@dataclass
class Place:
    """A place mentioned in the article, resolved to a gazetteer entry."""

    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None  # ISO 3166 alpha-3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None  # city, country, region
    score: float | None = None
    role: str | None = None  # dateline, mention

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON (all fields are scalars; ``asdict`` is slow for every place)."""
        return {name: getattr(self, name) for name in _PLACE_FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        """Build from plain data; unknown keys are ignored."""
        return _from(cls, data)


_PLACE_FIELDS = tuple(f.name for f in fields(Place))


@dataclass
class Quote:
    """A direct quotation and who said it."""

    text: str
    start: int
    end: int
    speaker: Actor | None = None
    speaker_name: str | None = None
    sentence_index: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "speaker_name": self.speaker_name,
            "sentence_index": self.sentence_index,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        """Build from plain data; unknown keys are ignored."""
        values = {f.name: data[f.name] for f in fields(cls) if f.name in data}
        values["speaker"] = Actor.from_dict(data.get("speaker"))
        return cls(**values)


@dataclass
class CodedArticle:
    """Everything the coder found in one article."""

    id: str
    date: str | None
    events: list[Event] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    tone: dict[str, Any] | None = None
    themes: list[str] = field(default_factory=list)
    dateline: dict[str, Any] | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    content_hash: str | None = None
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON, in a stable key order."""
        return {
            "id": self.id,
            "date": self.date,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "content_hash": self.content_hash,
            "dateline": self.dateline,
            "events": [e.to_dict() for e in self.events],
            "actors": [a.to_dict() for a in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
            "places": [p.to_dict() for p in self.places],
            "tone": self.tone,
            "themes": list(self.themes),
            "schema_version": self.schema_version,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CodedArticle:
        """Build from plain data, e.g. a line of ``diurna code`` output."""
        return cls(
            id=data["id"],
            date=data.get("date"),
            events=[Event.from_dict(e) for e in data.get("events", [])],
            actors=[Actor.from_dict(a) for a in data.get("actors", [])],
            quotes=[Quote.from_dict(q) for q in data.get("quotes", [])],
            places=[Place.from_dict(p) for p in data.get("places", [])],
            tone=data.get("tone"),
            themes=list(data.get("themes", [])),
            dateline=data.get("dateline"),
            title=data.get("title"),
            url=data.get("url"),
            source=data.get("source"),
            content_hash=data.get("content_hash"),
            schema_version=data.get("schema_version", SCHEMA_VERSION),
        )
