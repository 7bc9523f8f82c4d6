"""Toponyms in a parsed document: the spans that may name places, before resolution.

Sources, in order of trust: the dateline; spaCy's GPE/LOC/FAC entities; demonyms (NORP
entities and dictionary adjectives: "Turkish" names Turkey); dictionary names of states
and capitals that the entity recogniser missed; and proper nouns after a locative
preposition ("in Kazan") that the gazetteer knows.
"""

from __future__ import annotations

from typing import Callable, Iterable

import numpy
from spacy.attrs import DEP, POS
from spacy.symbols import PROPN, pobj
from spacy.tokens import Doc, Span

from diurna.dictionaries.names import NameMatch
from diurna.geo.resolve import Toponym
from diurna.nlp.dateline import Dateline

__all__ = ["find_toponyms", "dateline_toponyms", "LOCATIVE_PREPS"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE_PREPS = frozenset(
    "in at near outside inside across throughout around within into from to toward towards via off".split()
)
# The prepositions that place an action rather than point to a direction or origin.
STATIC_PREPS = frozenset("in at near outside inside across throughout around within off".split())
_LEADING = frozenset({"the", "The"})


def dateline_toponyms(dateline: Dateline | None, text: str) -> list[Toponym]:
    """The dateline's place (and its region: "BELGRADE, Serbia") as toponyms."""
    if dateline is None:
        return []
    start = dateline.start
    written = text[start : start + len(dateline.place)]
    found = [Toponym(written, start, start + len(written), role="dateline", qualifier=dateline.region)]
    if dateline.region:
        at = text.find(dateline.region, start + len(written), dateline.end)
        if at >= 0:
            found.append(Toponym(dateline.region, at, at + len(dateline.region), role="dateline"))
    return found


def find_toponyms(
    doc: Doc,
    matches: Iterable[NameMatch],
    demonyms: dict[str, str],
    known: Callable[[str], bool],
) -> list[Toponym]:
    """Place-name spans of a document, in text order, not overlapping."""
    taken: dict[tuple[int, int], Toponym] = {}
    covered = numpy.zeros(len(doc) + 1, dtype=bool)
    people: list[Span] = []
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            people.append(ent)
            continue
        if ent.label_ in PLACE_LABELS:
            span = _trim(ent)
            if span is not None:
                taken[(span.start, span.end)] = _toponym(span)
        elif ent.label_ == "NORP":
            country = demonyms.get(ent.text.lower()) or demonyms.get(ent[-1].lower_)
            if country:
                taken[(ent.start, ent.end)] = _toponym(ent, role="demonym", country=country)
    for start, end in taken:
        covered[start:end] = True
    for match in matches:
        if covered[match.start : match.end].any() or _inside_person(people, match.start, match.end):
            continue
        entry = match.entries[0]
        span = doc[match.start : match.end]
        if entry.kind == "state" and entry.form == "adjective":
            taken[(span.start, span.end)] = _toponym(span, role="demonym", country=entry.country)
        elif entry.kind == "state" and entry.form in ("name", "capital"):
            taken[(span.start, span.end)] = _toponym(span, country=entry.country, hint_form=entry.form)
        elif entry.kind == "region" and known(span.text):
            taken[(span.start, span.end)] = _toponym(span)
        else:
            continue
        covered[span.start : span.end] = True
    for span in _locative_names(doc, covered):
        if known(span.text):
            taken[(span.start, span.end)] = _toponym(span)
    ordered = [taken[key] for key in sorted(taken)]
    _qualify(doc, sorted(taken), ordered)
    return ordered


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].text in _LEADING or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct and doc[end - 1].text != "."):
        end -= 1
    return doc[start:end] if end > start else None


def _toponym(span: Span, role: str = "mention", country: str | None = None, hint_form: str | None = None) -> Toponym:
    root = span.root
    locative = root.dep_ == "pobj" and root.head.lower_ in STATIC_PREPS
    return Toponym(
        span.text, span.start_char, span.end_char, role=role, country=country, hint_form=hint_form, locative=locative
    )


def _inside_person(people: list[Span], start: int, end: int) -> bool:
    return any(p.start <= start and end <= p.end and (p.end - p.start) > (end - start) for p in people)


def _locative_names(doc: Doc, covered: numpy.ndarray) -> Iterable[Span]:
    """Proper nouns governed by a locative preposition and not yet covered: "in Kazan"."""
    if not len(doc):
        return
    attrs = doc.to_array([POS, DEP])
    hits = numpy.flatnonzero((attrs[:, 0] == PROPN) & (attrs[:, 1] == pobj) & ~covered[:-1])
    for i in hits:
        token = doc[int(i)]
        if token.head.lower_ not in LOCATIVE_PREPS:
            continue
        start = int(i)
        while start > 0 and doc[start - 1].pos == PROPN and doc[start - 1].head.i == i and not covered[start - 1]:
            start -= 1
        yield doc[start : int(i) + 1]


def _qualify(doc: Doc, keys: list[tuple[int, int]], toponyms: list[Toponym]) -> None:
    """Give "Paris" in "Paris, Texas" its qualifier "Texas"."""
    starts = {start: n for n, (start, _) in enumerate(keys)}
    for n, (_, end) in enumerate(keys):
        if end + 1 < len(doc) and doc[end].text == ",":
            following = starts.get(end + 1)
            if following is not None and toponyms[following].role == "mention":
                toponyms[n].qualifier = toponyms[following].text
