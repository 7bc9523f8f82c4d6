"""The spaCy components: each reads and writes declared ``Doc._`` attributes.

| component        | reads                                  | writes                                   |
| ---------------- | -------------------------------------- | ---------------------------------------- |
| diurna_actors    | parse, lemmas, doc._.diurna_date       | doc._.diurna_mentions, diurna_modifiers  |
| diurna_coref     | doc._.diurna_mentions                  | doc._.diurna_refs                        |
| diurna_events    | mentions, refs, modifiers              | doc._.diurna_events                      |
| diurna_quotes    | mentions, refs                         | doc._.diurna_quotes                      |
| diurna_places    | ents, mentions, events, dateline       | doc._.diurna_places, event.place         |
| diurna_dates     | ents, parse, events, diurna_date       | doc._.diurna_dates, event.date           |
| diurna_tone      | pos, words                             | doc._.diurna_tone                        |
| diurna_themes    | lemmas, events                         | doc._.diurna_themes, event.plover.context|
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from diurna.dictionaries import Dictionaries, load_dictionaries
from diurna.nlp.arrays import token_strings
from diurna.nlp.coref import resolve_references
from diurna.nlp.events import EventFinder
from diurna.nlp.mentions import find_mentions
from diurna.nlp.quotes import find_quotes, speaker_references
from diurna.ontology import load_ontology

__all__ = ["register_extensions", "ActorComponent", "CorefComponent", "EventComponent", "QuoteComponent"]

EXTENSIONS = (
    "diurna_date",  # ISO date of the article, set by the caller before the pipeline runs
    "diurna_id",  # the article id, for event ids
    "diurna_mentions",
    "diurna_modifiers",
    "diurna_refs",
    "diurna_events",
    "diurna_quotes",
    "diurna_places",  # list[Place] (nlp/places.py); also sets event.place
    "diurna_dates",  # the date expressions used (nlp/dates.py); also sets event.date
    "diurna_tone",  # GDELT-style tone dict (nlp/tone.py)
    "diurna_themes",  # theme names (nlp/themes.py); also sets event.plover.context
)


def register_extensions() -> None:
    """Declare diurna's ``Doc._`` attributes (idempotent)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _day(doc: Doc) -> dt.date | None:
    value = doc._.diurna_date
    return dt.date.fromisoformat(value) if value else None


@Language.factory(
    "diurna_actors",
    default_config={"dictionaries": "builtin"},
    requires=["token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.diurna_mentions", "doc._.diurna_modifiers"],
)
def make_actors(nlp: Language, name: str, dictionaries: str) -> "ActorComponent":
    """Actor mentions from dictionary names and agent words."""
    tokenizer = nlp.tokenizer
    return ActorComponent(load_dictionaries(dictionaries, lambda s: [t.text for t in tokenizer(s)]))


class ActorComponent:
    """Find actor mentions; owns the loaded dictionaries the later components use."""

    def __init__(self, dictionaries: Dictionaries) -> None:
        self.dictionaries = dictionaries

    def __call__(self, doc: Doc) -> Doc:
        strings = token_strings(doc)
        matches = self.dictionaries.names.match(strings[0], strings[1])
        doc.user_data["diurna_name_matches"] = matches  # the places component reads them too
        mentions, modifiers = find_mentions(doc, self.dictionaries, _day(doc), matches)
        doc._.diurna_mentions = mentions
        doc._.diurna_modifiers = modifiers
        return doc


@Language.factory(
    "diurna_coref",
    requires=["doc._.diurna_mentions"],
    assigns=["doc._.diurna_refs"],
)
def make_coref(nlp: Language, name: str) -> "CorefComponent":
    """Pronouns and descriptions resolved to earlier actors."""
    return CorefComponent()


class CorefComponent:
    """Resolve pronouns and definite descriptions."""

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc._.diurna_mentions or {}
        refs = resolve_references(doc, mentions, doc._.diurna_modifiers)
        refs.update(speaker_references(doc, mentions, refs))  # '"We will ...," Zelensky said'
        doc._.diurna_refs = refs
        return doc


@Language.factory(
    "diurna_events",
    default_config={"require_source": True, "require_target": False},
    requires=["doc._.diurna_mentions", "doc._.diurna_refs"],
    assigns=["doc._.diurna_events"],
)
def make_events(nlp: Language, name: str, require_source: bool, require_target: bool) -> "EventComponent":
    """Events from verb and noun patterns."""
    dictionaries = nlp.get_pipe("diurna_actors").dictionaries
    return EventComponent(EventFinder(dictionaries, load_ontology(), require_source, require_target))


class EventComponent:
    """Code the events of a document."""

    def __init__(self, finder: EventFinder) -> None:
        self.finder = finder

    def __call__(self, doc: Doc) -> Doc:
        doc._.diurna_events = self.finder.find(
            doc,
            doc._.diurna_mentions or {},
            doc._.diurna_refs or {},
            doc._.diurna_modifiers or {},
            doc._.diurna_id or "",
        )
        return doc


@Language.factory(
    "diurna_quotes",
    requires=["doc._.diurna_mentions", "doc._.diurna_refs"],
    assigns=["doc._.diurna_quotes"],
)
def make_quotes(nlp: Language, name: str) -> "QuoteComponent":
    """Direct quotations with their speakers."""
    return QuoteComponent()


class QuoteComponent:
    """Find direct quotations."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.diurna_quotes = find_quotes(doc, doc._.diurna_mentions or {}, doc._.diurna_refs or {})
        return doc


# The context layer (issue 4) declares its factories in its own modules.
from diurna.nlp import dates, places, themes, tone  # noqa: E402,F401  (registers their factories)
