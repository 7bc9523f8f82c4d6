"""Toponyms in a parsed document: the spans that may name places, before resolution.

Sources: spaCy's GPE/LOC/FAC entities; demonyms ("Turkish" names Turkey, from NORP
entities and dictionary adjectives); dictionary names of states and capitals; and
proper nouns the gazetteer knows, which the small English model often labels ORG or
PERSON ("Edmonton", "Kentucky State Police", "CTV Winnipeg"). Overlapping spans keep
the longest. A proper noun outside a place entity must be a name the gazetteer holds as
its own: a country, a division, or a city big enough to be meant (see ``_accept``).
"""

from __future__ import annotations

from typing import Callable, Iterable

import numpy
from spacy.attrs import IDX, LENGTH, POS, SPACY
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from diurna.dictionaries.names import NameMatch
from diurna.geo.entry import GeoEntry
from diurna.geo.resolve import COMPASS, DIRECTIONS, NameProfile, Toponym
from diurna.nlp.dateline import Dateline
from diurna.nlp.spans import entities
from diurna.nlp.text import doc_text

__all__ = ["find_toponyms", "dateline_toponyms", "LOCATIVE_PREPS", "Profile"]

Profile = Callable[..., NameProfile]  # (text, exact=False): see Resolver.profile

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that place an action ("in Kazan") rather than point to a direction.
LOCATIVE_PREPS = frozenset("in at near outside inside across throughout around within off".split())
SPOT_PREPS = LOCATIVE_PREPS | {"from", "to", "into", "toward", "towards", "via"}
# Parts of a place: "the outskirts of Kabul", "a sector of Beirut", "the town of Samarra".
PLACE_PARTS = frozenset(
    """outskirts outskirt suburb sector district part area centre center heart edge neighbourhood
    neighborhood quarter town city village province region enclave""".split()
)
# Nouns for a spot inside a place: "in Kabul's diplomatic quarter", "on Paris' iconic
# boulevard", "at Istanbul's main airport" say where, though the place is a possessor.
SPOTS = PLACE_PARTS | frozenset(
    """street streets boulevard avenue square road highway airport port harbour harbor market
    bazaar beach stadium mall hotel university hospital mosque church cathedral temple
    synagogue station camp prison jail downtown slum township zone compound""".split()
)
# Words that make the name before them a river's: "the Vistula river", "the Hudson River".
WATERWAYS = frozenset({"river", "rivers", "creek", "canal", "brook"})
# Verbs whose object is a place more often than a person: "shelled Kherson", "captured
# Bakhmut", "Avdiivka was encircled".
PLACE_VERBS = frozenset(
    """shell bomb bombard strike hit attack capture seize retake recapture liberate storm
    besiege encircle occupy raid evacuate flatten overrun surround enter""".split()
)
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. miss sir lady lord".split())
AREAS = frozenset({"country", "admin1", "continent"})
MAX_WORDS = 5
CITY_IN_TEXT = 50_000  # a bare proper noun is taken for a city this big
CITY_AS_PERSON = 1_000_000  # ... and a name the model thinks is a person, for one this big
_LEADING = frozenset({"the", "The", "THE"})
# What an organisation named for its town is: "Enfield Council", "Glasgow Police Department".
LOCAL_BODIES = frozenset("council police sheriff sheriff's fire department office borough county city district".split())
AREA_MODIFIERS = frozenset(DIRECTIONS) | {"far", "upper", "lower", "inner", "outer", "metro", "metropolitan", "the"}
# Priority among equally long spans: an entity, a government seat, a dictionary name, a
# demonym, a spotted name; a seat outranks the entity it overlaps (see _select).
NER, SEAT, DICTIONARY, DEMONYM, SPOTTED = range(5)


def dateline_toponyms(dateline: Dateline | None) -> list[Toponym]:
    """The dateline's place (and its region: "BELGRADE, Serbia") as toponyms.

    The coder blanks the dateline in the parsed text, so the words come from the
    dateline itself; the offsets are those of the article.
    """
    if dateline is None:
        return []
    start = dateline.start
    written = dateline.text[: len(dateline.place)]
    found = [Toponym(written, start, start + len(written), role="dateline", qualifier=dateline.region)]
    if dateline.region:
        at = dateline.text.find(dateline.region, len(written))
        if at >= 0:
            found.append(Toponym(dateline.region, start + at, start + at + len(dateline.region), role="dateline"))
    return found


def find_toponyms(
    doc: Doc,
    matches: Iterable[NameMatch],
    demonyms: dict[str, GeoEntry],
    profile: Profile,
    generic: frozenset[str] = frozenset(),
    seats: dict[str, GeoEntry] | None = None,
) -> list[Toponym]:
    """Place-name spans of a document, in text order, not overlapping.

    ``generic`` holds words that the proper-noun spotter never takes alone (see
    ``geo/data/not_places.txt``); ``seats`` maps a country to its capital, where the
    dictionaries' government seats ("the Kremlin") are placed.
    """
    seats = seats or {}
    spans: list[tuple[int, int, int, Toponym]] = []  # start, end, priority, toponym
    ents = entities(doc)
    ent_at = numpy.full(len(doc), -1, dtype=numpy.int64)
    for n, ent in enumerate(ents):
        ent_at[ent.start : ent.end] = n
    people = [e for e in ents if e.label_ == "PERSON"]
    known: dict[tuple[str, bool], NameProfile] = {}

    def lookup(text: str, exact: bool = False) -> NameProfile:
        found = known.get((text, exact))
        if found is None:
            found = known[(text, exact)] = profile(text, exact)
        return found

    for ent in ents:
        if ent.label_ in PLACE_LABELS:
            span = _trim(ent)
            if span is not None and lookup(span.text).known:
                spans.append((span.start, span.end, NER, _toponym(span)))
        elif ent.label_ == "NORP":
            entry = demonyms.get(ent.text.lower())
            if entry is not None:
                spans.append((ent.start, ent.end, DEMONYM, _toponym(ent, role="demonym", fixed=entry)))
                continue
            for token in ent:  # "Turkish-Russian relations", "pro-Russian"
                entry = demonyms.get(token.lower_)
                if entry is not None:
                    word = doc[token.i : token.i + 1]
                    spans.append((token.i, token.i + 1, DEMONYM, _toponym(word, role="demonym", fixed=entry)))
    for match in matches:
        entry = match.entries[0]
        span = doc[match.start : match.end]
        if _inside_person(people, span) or span.root.ent_type_ == "LANGUAGE" or _after_compass(span):
            continue
        if entry.form == "adjective" and span.text.lower() in demonyms:
            place = demonyms[span.text.lower()]
            spans.append((span.start, span.end, DEMONYM, _toponym(span, "demonym", fixed=place)))
        elif entry.kind == "state" and entry.form in ("name", "capital"):
            toponym = _toponym(span, country=entry.country, hint_form=entry.form)
            spans.append((span.start, span.end, DICTIONARY, toponym))
        elif entry.form == "seat" and entry.country in seats:
            # "the White House", "the Kremlin": in their capital (GeoNames calls Casablanca "White House")
            spans.append((span.start, span.end, SEAT, _toponym(span, fixed=seats[entry.country])))
    for start, end, text in _proper_names(doc, lookup):
        if text in generic:
            continue
        n = int(ent_at[start])
        entity = ents[n] if n >= 0 else None
        span = doc[start:end]
        if _accept(span, lookup(text, True), people, entity) or _extends_place(ents, ent_at, span):
            spans.append((start, end, SPOTTED, _toponym(span)))
    return _select(doc, spans)


def _select(doc: Doc, spans: list[tuple[int, int, int, Toponym]]) -> list[Toponym]:
    """Longest spans first, then by source; no two overlap."""
    taken = numpy.zeros(len(doc) + 1, dtype=bool)
    kept: list[tuple[int, int, Toponym]] = []
    hints = {(s, e): t for s, e, source, t in spans if source == DICTIONARY}
    for start, end, _, toponym in sorted(spans, key=lambda s: (s[0] - s[1], s[2] != SEAT, s[2], s[0])):
        if _waterway(doc, end):
            continue  # "the Vistula river" is no town called Vistula
        if not taken[start:end].any():
            taken[start:end] = True
            hint = hints.get((start, end))
            if hint is not None and toponym.country is None:  # the entity, read by the dictionary
                toponym.country, toponym.hint_form = hint.country, hint.hint_form
            kept.append((start, end, toponym))
    kept.sort(key=lambda k: k[0])
    _qualify(doc, kept)
    return [toponym for _, _, toponym in kept]


def _waterway(doc: Doc, end: int) -> bool:
    """Whether the name before ``end`` is a river's or a canal's: "the Hudson River"."""
    return end < len(doc) and doc[end].lower_ in WATERWAYS and doc[end - 1].head.i == end


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].text in _LEADING or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct and doc[end - 1].text != "."):
        end -= 1
    return doc[start:end] if end > start else None


def _toponym(
    span: Span,
    role: str = "mention",
    country: str | None = None,
    hint_form: str | None = None,
    fixed: GeoEntry | None = None,
) -> Toponym:
    root = span.root
    locative = root.dep_ == "pobj" and (
        root.head.lower_ in LOCATIVE_PREPS or _part_of_place(root.head)
    ) or root.dep_ == "poss" and _spot(root.head)
    return Toponym(
        span.text,
        span.start_char,
        span.end_char,
        role=role,
        country=country,
        hint_form=hint_form,
        fixed=fixed,
        locative=locative,
    )


def _part_of_place(prep: Token) -> bool:
    """ "in a residential sector of Beirut", "on the outskirts of Kabul": an of-phrase that
    says where, under a located part of a place."""
    return prep.lower_ == "of" and _located(prep.head, PLACE_PARTS)


def _spot(noun: Token) -> bool:
    """Whether a possessed noun is a spot in a locative phrase: "in Kabul's diplomatic quarter"."""
    return _located(noun, SPOTS)


def _located(noun: Token, kinds: frozenset[str]) -> bool:
    """Whether the noun is one of ``kinds`` and the object of a locative preposition (or
    "on": "on the outskirts of", "on Paris' boulevard")."""
    return (
        noun.lemma_.lower() in kinds
        and noun.dep_ == "pobj"
        and (noun.head.lower_ in LOCATIVE_PREPS or noun.head.lower_ == "on")
    )


def _inside_person(people: list[Span], span: Span) -> bool:
    return any(p.start <= span.start and span.end <= p.end and len(p) > len(span) for p in people)


def _proper_names(doc: Doc, profile: Profile) -> Iterable[tuple[int, int, str]]:
    """The longest gazetteer names in each run of proper nouns ("Guinea-Bissau" joined)."""
    if not len(doc):
        return
    arrays = doc.to_array([POS, IDX, LENGTH, SPACY])
    positions = numpy.flatnonzero(arrays[:, 0] == PROPN)
    if not len(positions):
        return
    text = doc_text(doc)
    starts, ends = arrays[:, 1], arrays[:, 1] + arrays[:, 2]
    runs: list[list[int]] = [[int(positions[0])]]
    for i in positions[1:].tolist():
        last = runs[-1][-1]
        if i == last + 1 or (i == last + 2 and not arrays[last, 3] and text[starts[last + 1] : ends[last + 1]] == "-"):
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        start, stop = run[0], run[-1] + 1
        i = start
        while i < stop:
            for j in range(min(stop, i + MAX_WORDS), i, -1):
                written = text[starts[i] : ends[j - 1]]
                if profile(written, True).kinds:
                    yield i, j, written
                    i = j
                    break
            else:
                i += 1


def _accept(span: Span, found: NameProfile, people: list[Span], entity: Span | None) -> bool:
    """Whether a proper noun outside a place entity names a place."""
    kinds, population = found.kinds, found.population
    if not kinds:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in SPOT_PREPS:
        return True
    label = entity.label_ if entity is not None else ""
    if label == "ORG" and _local_body(span, entity):
        return True
    if label in PLACE_LABELS and not _only_modifiers(span, entity):
        return False  # "Danube Delta", "Beni Suef": a place we do not know, not "Delta" or "Beni"
    if label == "PERSON":
        if span.start > 0 and span.doc[span.start - 1].lower_ in HONORIFICS:
            return False
        if any(len(p) > len(span) and span.text in p.text.split() for p in people):
            return False  # "Clinton" after "Hillary Clinton"
        if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in PLACE_VERBS:
            return population >= CITY_IN_TEXT or bool(kinds & AREAS)  # "shelled Kherson"
        return bool(kinds & AREAS) or population >= CITY_AS_PERSON
    whole = entity is not None and (entity.start, entity.end) == (span.start, span.end)
    if kinds & AREAS or population >= CITY_IN_TEXT:
        return True
    return "region" in kinds and not whole  # "Amazon" alone is more often the company


def _after_compass(span: Span) -> bool:
    """Whether a name follows a capitalised compass point in one place entity: "East Azerbaijan"."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.text in COMPASS and before.ent_type_ in PLACE_LABELS and span[0].ent_iob_ == "I"


def _extends_place(ents: list[Span], ent_at: numpy.ndarray, span: Span) -> bool:
    """Whether a gazetteer name holds a shorter place entity: "Little Portugal" (Toronto), not "Portugal"."""
    for n in set(ent_at[span.start : span.end].tolist()) - {-1}:
        ent = ents[n]
        if ent.label_ in PLACE_LABELS and span.start <= ent.start and ent.end <= span.end and len(ent) < len(span):
            return True
    return False


def _only_modifiers(span: Span, entity: Span) -> bool:
    """Whether the rest of an entity only situates the place: "Far North Queensland".

    A capitalised compass point is part of another name: "East Azerbaijan" is in Iran.
    """
    rest = [t for t in entity if not span.start <= t.i < span.end]
    return all(t.lower_ in AREA_MODIFIERS and t.text not in COMPASS or t.is_punct for t in rest)


def _local_body(span: Span, entity: Span) -> bool:
    """Whether an organisation is the town's own council or police: "Enfield Council"."""
    rest = entity[span.end - entity.start :] if span.start == entity.start else None
    words = [t for t in rest if t.pos_ != "PART"] if rest is not None else []  # "Enfield Council's"
    return bool(words) and all(t.lower_ in LOCAL_BODIES for t in words)


def _qualify(doc: Doc, kept: list[tuple[int, int, Toponym]]) -> None:
    """Give "Paris" in "Paris, Texas" its qualifier "Texas", and "Melville" in "Melville, Sask." its "Sask."

    A capitalised word after the comma that is no toponym of its own may still be a
    state's or province's abbreviation; the resolver keeps it only if it names one.
    """
    starts = {start: toponym for start, _, toponym in kept}
    for _, end, toponym in kept:
        if end + 1 < len(doc) and doc[end].text == ",":
            following = starts.get(end + 1)
            if following is not None:
                if following.role == "mention":
                    toponym.qualifier = following.text
            elif doc[end + 1].is_title and doc[end + 1].is_alpha:
                word = doc[end + 1]
                dotted = word.i + 1 < len(doc) and doc[word.i + 1].text == "." and not word.whitespace_
                toponym.qualifier = word.text + "." if dotted else word.text
