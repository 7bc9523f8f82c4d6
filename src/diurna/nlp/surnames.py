"""A person named in full once and by surname after: "FBI director James Comey ... Mr
Comey made headlines".

News names a person in full at first mention and by surname, often with an honorific,
from then on. The dictionaries know leaders by their surnames too, but anyone the text
codes by a title or an organisation ("FBI director James Comey", "Hayat Tahrir al-Sham
leader Abu Mohammed al-Jolani") is known only where the title stands. A later name the
recogniser tags as a person, that no actor mention covers, and whose last word is the
last word of an earlier coded person's name, is that person again.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from diurna.nlp.mentions import Mention
from diurna.nlp.spans import entities

__all__ = ["surname_references"]


def surname_references(doc: Doc, mentions: dict[int, Mention]) -> dict[int, Mention]:
    """Mentions for later surname mentions of coded people, keyed by head token;
    ``mentions`` may hold names used as modifiers too."""
    persons = [e for e in entities(doc) if e.label_ == "PERSON"]
    if not persons:
        return {}
    covered = {i for m in mentions.values() for i in range(m.start, m.end)}
    full: dict[int, Span] = {}  # id(mention) -> the last full name inside it
    for mention in mentions.values():
        names = _names_in(persons, mention) if mention.actors else []
        if names:
            full[id(mention)] = names[-1]
    # a person, or a title or body with a person's name in it: "FBI director James Comey"
    people = sorted((m for m in mentions.values() if id(m) in full), key=lambda m: m.start)
    known: dict[str, Mention] = {}  # a coded person's surname -> the latest mention
    refs: dict[int, Mention] = {}
    k = 0
    for ent in persons:
        while k < len(people) and people[k].end <= ent.start:
            known[full[id(people[k])][-1].lower_] = people[k]
            k += 1
        if any(i in covered for i in range(ent.start, ent.end)):
            continue
        antecedent = known.get(ent[-1].lower_)
        if antecedent is not None and _shortened(ent, full[id(antecedent)]):
            refs[ent.end - 1] = antecedent.referred_to(ent, ent.end - 1, "surname", kind="person")
    return refs


def _names_in(persons: list[Span], mention: Mention) -> list[Span]:
    """The full person names inside a mention's span ("James Comey" in "FBI director
    James Comey"); not a name the mention is coded by ("Georgia Stevens" is no Georgian)."""
    named = mention.entry.name.lower() if mention.entry is not None else None
    return [
        e for e in persons
        if mention.start <= e.start and e.end <= mention.end and len(e) > 1
        and not (named and named in e.text.lower())
    ]


def _shortened(later: Span, full: Span) -> bool:
    """Whether ``later`` is the end of ``full``: "Comey" of "James Comey", not "Cory
    Stevens" of "Georgia Stevens"."""
    words = [t.lower_ for t in later]
    return len(words) < len(full) and words == [t.lower_ for t in full[len(full) - len(words):]]
