"""The people a passage has named so far, for "he", "she" and "the president" to take up.

A person is remembered where named, with how surely the passage is about them: the
subject of a sentence's main clause most, another clause's subject less, anyone else
least. A pronoun taken up as a main clause's subject is remembered too ("She told donors
that Putin ... She also cited" stays with her). What the text says of a person's sex
(an honorific, a title, a pronoun already taken up) keeps "she" from taking a man.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diurna.nlp.mentions import Mention
from diurna.nlp.spans import entities
from diurna.nlp.syntax import subject_tokens

__all__ = ["People", "MAIN_SUBJECT", "subject_rank", "uncoded_people"]

MAIN_SUBJECT = 2  # a person's rank as the subject of a sentence's main clause
MAX_SENTENCES_BACK = 3
PRONOUN_SEX = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}
WORD_SEX = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "emir": "m",
    "sultan": "m", "chairman": "m", "spokesman": "m", "congressman": "m", "businessman": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "lady": "f", "dame": "f",
    "queen": "f", "princess": "f", "chairwoman": "f", "spokeswoman": "f", "congresswoman": "f",
    "businesswoman": "f",
}


class People:
    """People remembered in one document, in text order."""

    def __init__(self, doc: Doc, sent_of: list[int]) -> None:
        self.doc = doc
        self.sent_of = sent_of
        self.items: list[tuple[int, Mention, int]] = []  # (token, mention, subject rank)
        self.sex: dict[object, str] = {}  # person (see _key) -> "m" or "f", as far as the text says

    def remember(self, mention: Mention) -> None:
        """A person named by ``mention``."""
        self.items.append((mention.head, mention, subject_rank(self.doc[mention.head])))
        sex = self._named_sex(mention)
        if sex:
            self.sex[_key(mention)] = sex

    def taken_up(self, pronoun: Token, person: Mention) -> None:
        """``pronoun`` refers to ``person``: learn the sex, and a main clause's subject
        goes on being what the passage is about."""
        sex = PRONOUN_SEX.get(pronoun.lower_)
        if sex:
            self.sex.setdefault(_key(person), sex)
        if subject_rank(pronoun) == MAIN_SUBJECT:
            self.items.append((pronoun.i, person, MAIN_SUBJECT))

    def best(self, pronoun: Token) -> Mention | None:
        """Whom "he" or "she" refers to: the clause's subject in its own sentence, else
        the main clause's subject of the latest sentence with a subject, else the latest
        person."""
        sent_of = self.sent_of
        sex = PRONOUN_SEX.get(pronoun.lower_)
        own = _own_subjects(pronoun)
        recent = [
            (i, m, rank) for i, m, rank in self._recent(pronoun.i)
            if (sex is None or self.sex.get(_key(m), sex) == sex) and i not in own
        ]
        same_sentence = [(m, rank) for i, m, rank in recent if sent_of[i] == sent_of[pronoun.i]]
        if same_sentence:  # the clause's subject first: "X, who ousted Y, made his first trip"
            return next((m for m, rank in same_sentence if rank), same_sentence[0][0])
        subjects = [(i, m, rank) for i, m, rank in recent if rank]
        if subjects:
            latest = sent_of[subjects[0][0]]
            return next(
                (m for i, m, rank in subjects if sent_of[i] == latest and rank == MAIN_SUBJECT),
                subjects[0][1],
            )
        return recent[0][1] if recent else None

    def matching(self, own: Mention, token: Token) -> Mention | None:
        """The person "the president" refers to: someone untitled in its own sentence ("met
        Trump days before the president's meeting"), else the latest with that title, else
        the latest with none ("President Obama said he had warned Mr Putin. The president
        urged ..." is Obama, not the untitled Mr Putin mentioned since)."""
        countries = {a.country for a in own.actors if a.country}
        untitled = None
        for head, person, _ in self._recent(token.i):
            person_countries = {a.country for a in person.actors}
            if countries and not countries & person_countries:
                continue
            if not person.title:
                if self.sent_of[head] == self.sent_of[token.i]:
                    return person
                untitled = untitled or person
            elif own.title and own.title.split()[-1] in (person.title.split()[-1], "leader"):
                return person
        return untitled

    def _recent(self, token_i: int):
        limit = self.sent_of[token_i] - MAX_SENTENCES_BACK
        for item in reversed(self.items):
            if item[0] < token_i and self.sent_of[item[0]] >= limit:
                yield item

    def _named_sex(self, mention: Mention) -> str | None:
        """What the name says: an honorific before it ("Mrs Clinton") or a title in it."""
        start = max(mention.start - 1, 0)
        for token in self.doc[start : mention.end]:
            sex = WORD_SEX.get(token.lower_)
            if sex:
                return sex
        return None


def uncoded_people(doc: Doc, mentions: dict[int, Mention]) -> list[Mention]:
    """Mentions with no actors for the people the recogniser names and no actor mention
    covers ("Mr Litvinenko")."""
    covered = {i for m in mentions.values() for i in range(m.start, m.end)}
    return [
        Mention(head=ent.end - 1, start=ent.start, end=ent.end, actors=[], kind="person")
        for ent in entities(doc)
        if ent.label_ == "PERSON" and not any(i in covered for i in range(ent.start, ent.end))
    ]


def _own_subjects(pronoun: Token) -> set[int]:
    """The subject of the clause an object pronoun sits in, which it cannot mean: in
    "Zelensky met Modi and thanked him", "him" is not Zelensky."""
    if pronoun.dep_ not in ("dobj", "dative", "pobj") or pronoun.lower_ not in ("him", "her"):
        return set()
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    return {t.i for t in subject_tokens(verb)}


def _key(mention: Mention) -> object:
    """Who a mention is: a dictionary person by name ("Mr Putin" and "President Putin" are
    one), anyone else by the mention itself."""
    names = tuple(sorted({a.name for a in mention.actors if a.name}))
    return names or id(mention)


def subject_rank(token: Token) -> int:
    """0 for no subject, MAIN_SUBJECT for the subject of a sentence's main clause, 1 for
    a subject of another clause."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return 0
    verb = token.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return MAIN_SUBJECT if verb.dep_ == "ROOT" else 1
