"""The dates component: each event's day, from the date expressions of its own sentence.

For every event, the DATE entities (and era names: "World War II") of its sentence are
candidates. One that the parse attaches to the event's verb wins ("met on Sunday");
otherwise one that modifies some verb of the sentence ("On Monday, Vucic said ...").
A date inside a noun phrase ("the liberation ... during World War II") dates that noun,
not the event. The chosen expression sets ``event.date`` (ISO), ``event.date_text`` and,
for history ("in 1944", "80 years ago"), ``event.historical`` with no date. Events with
no expression keep ``date`` None, and the coder gives them the article date.
Only sentences that hold events are looked at; ``dateparser`` is called only for
expressions plain code cannot read (see ``datetext``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from diurna.model import Event
from diurna.nlp.datetext import DateResolver, ResolvedDate
from diurna.nlp.spans import entities, sentences

__all__ = ["DateComponent", "make_dates", "date_events"]

DATE_LABELS = frozenset({"DATE", "EVENT"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
VERBAL = frozenset({"VERB", "AUX"})
LEADING_PREPS = frozenset({"on", "in", "during", "since", "by", "until", "at", "from", "before", "after"})
MAX_CLIMB = 12


def date_events(doc: Doc, events: list[Event], resolver: DateResolver, base: dt.date) -> list[dict[str, Any]]:
    """Set date, date_text and historical on each event; return the expressions used."""
    sents = sentences(doc)
    used: dict[tuple[int, int], dict[str, Any]] = {}
    by_sentence: dict[int, list[Span]] = {}
    for event in events:
        if not 0 <= event.sentence_index < len(sents):
            continue
        sent = sents[event.sentence_index]
        found = by_sentence.get(event.sentence_index)
        if found is None:
            found = by_sentence[event.sentence_index] = [
                e for e in entities(doc) if sent.start <= e.start and e.end <= sent.end and e.label_ in DATE_LABELS
            ]
        if not found:
            continue
        span = _choose(doc, event, found)
        if span is None:
            continue
        text = _with_preposition(span)
        resolved = resolver.resolve(span.text, base, forward=event.modality == "intended")
        if span.label_ == "EVENT" and not resolved.historical:
            continue  # an event name that is not an era ("the BRICS summit")
        _apply(event, text, resolved)
        used[(span.start_char, span.end_char)] = {
            "text": text,
            "start": span.start_char,
            "end": span.end_char,
            "date": resolved.date,
            "historical": resolved.historical,
        }
    return [used[key] for key in sorted(used)]


def _apply(event: Event, text: str, resolved: ResolvedDate) -> None:
    if resolved.historical:
        event.historical = True
        event.date = None
        event.date_text = text
    elif resolved.date is not None:
        event.date = resolved.date
        event.date_text = text


def _choose(doc: Doc, event: Event, found: list[Span]) -> Span | None:
    verb = _verb(doc, event)
    attached, verbal = [], []
    for span in found:
        governor = _governor(span)
        if governor is None:
            continue
        if verb is not None and governor.i == verb.i:
            attached.append(span)
        else:
            verbal.append(span)
    pool = attached or verbal
    if not pool:
        return None
    anchor = verb.i if verb is not None else pool[0].start
    return min(pool, key=lambda s: abs(s.root.i - anchor))


def _verb(doc: Doc, event: Event) -> Token | None:
    span = event.spans.get("verb")
    if span is None:
        return None
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    return found.root if found is not None else None


def _governor(span: Span) -> Token | None:
    """The verb an expression modifies, or None when a noun comes first ("the 2014 war")."""
    token = span.root
    for _ in range(MAX_CLIMB):
        head = token.head
        if head is token:
            return token if token.pos_ in VERBAL else None
        if span.start <= head.i < span.end:
            token = head
            continue
        if head.pos_ in VERBAL:
            return head
        if head.pos_ in NOMINAL:
            return None
        token = head  # a preposition or adverb on the way: "on Sunday", "80 years ago"
    return None


def _with_preposition(span: Span) -> str:
    """ "on Sunday", "in 1944": the expression with the preposition that introduces it."""
    if span.start > 0:
        before = span.doc[span.start - 1]
        if before.lower_ in LEADING_PREPS and span.root.head.i == before.i:
            return f"{before.text} {span.text}"
    return span.text


@Language.factory(
    "diurna_dates",
    requires=["doc.ents", "doc._.diurna_events", "doc._.diurna_date"],
    assigns=["doc._.diurna_dates"],
)
def make_dates(nlp: Language, name: str) -> DateComponent:
    """Each event's date from its sentence's date expressions (dateparser, English)."""
    return DateComponent(DateResolver())


class DateComponent:
    """Write each event's date and ``doc._.diurna_dates`` (the expressions used)."""

    def __init__(self, resolver: DateResolver) -> None:
        self.resolver = resolver

    def __call__(self, doc: Doc) -> Doc:
        events = doc._.diurna_events or []
        day = doc._.diurna_date
        if not events or not day:
            doc._.diurna_dates = []
            return doc
        doc._.diurna_dates = date_events(doc, events, self.resolver, dt.date.fromisoformat(day))
        return doc
