"""Who "he" and "she" are (nlp/people.py) and surnames (nlp/surnames.py), on hand-built docs."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from diurna.model import Actor
from diurna.nlp.mentions import Mention
from diurna.nlp.people import People, uncoded_people
from diurna.nlp.surnames import surname_references


def _doc(words, deps, heads, sent_starts, ents=None, pos=None):
    return Doc(
        spacy.blank("en").vocab, words=words, deps=deps, heads=heads, sent_starts=sent_starts,
        ents=ents or ["O"] * len(words), pos=pos,
    )


def _sentences(doc):
    out, n = [], -1
    for token in doc:
        n += token.is_sent_start
        out.append(n)
    return out


def _person(doc, start, end, code, name=None, kind="person"):
    actor = Actor(text=doc[start:end].text, code=code, name=name)
    return Mention(head=end - 1, start=start, end=end, actors=[actor], kind=kind)


def test_she_does_not_take_a_man():
    # "Mr Putin spoke. She left."
    words = ["Mr", "Putin", "spoke", ".", "She", "left", "."]
    doc = _doc(words, ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
               [1, 2, 2, 2, 5, 5, 5], [1, 0, 0, 0, 1, 0, 0])
    people = People(doc, _sentences(doc))
    putin = _person(doc, 1, 2, "RUSGOV", "Vladimir Putin")
    people.remember(putin)
    assert people.best(doc[4]) is None
    he = _doc(["Mr", "Putin", "spoke", ".", "He", "left", "."],
              ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
              [1, 2, 2, 2, 5, 5, 5], [1, 0, 0, 0, 1, 0, 0])
    people = People(he, _sentences(he))
    people.remember(_person(he, 1, 2, "RUSGOV", "Vladimir Putin"))
    assert people.best(he[4]).actors[0].code == "RUSGOV"


def test_a_pronoun_goes_on_with_the_main_clauses_subject():
    # "Clinton said that Putin lied. She left.": not Putin, named later but in the clause
    words = ["Clinton", "said", "that", "Putin", "lied", ".", "She", "left", "."]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct", "nsubj", "ROOT", "punct"]
    doc = _doc(words, deps, [1, 1, 4, 4, 1, 1, 7, 7, 7], [1, 0, 0, 0, 0, 0, 1, 0, 0])
    people = People(doc, _sentences(doc))
    people.remember(_person(doc, 0, 1, "USAELI"))
    people.remember(_person(doc, 3, 4, "RUSGOV"))
    assert people.best(doc[6]).actors[0].code == "USAELI"


def test_a_surname_is_the_person_named_in_full_before():
    # "FBI director James Comey spoke. Mr Comey left. Cory Comey came."
    words = ["FBI", "director", "James", "Comey", "spoke", ".", "Mr", "Comey", "left", ".", "Cory", "Comey", "came", "."]
    ents = ["B-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    deps = ["compound", "compound", "compound", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "punct",
            "compound", "nsubj", "ROOT", "punct"]
    heads = [3, 3, 3, 4, 4, 4, 7, 8, 8, 8, 11, 12, 12, 12]
    starts = [1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]
    doc = _doc(words, deps, heads, starts, ents)
    comey = _person(doc, 0, 4, "USACOP", kind="institution")
    refs = surname_references(doc, {3: comey})
    assert set(refs) == {7}  # not "Cory Comey", another person
    assert refs[7].actors[0].code == "USACOP" and refs[7].is_person


def test_people_we_cannot_code_are_remembered_without_actors():
    words = ["Mr", "Litvinenko", "fell", "ill", "."]
    doc = _doc(words, ["compound", "nsubj", "ROOT", "acomp", "punct"], [1, 2, 2, 2, 2], [1, 0, 0, 0, 0],
               ["O", "B-PERSON", "O", "O", "O"])
    found = uncoded_people(doc, {})
    assert [(m.start, m.actors, m.is_person) for m in found] == [(1, [], True)]
    covered = _person(doc, 1, 2, "RUSSPY")
    assert uncoded_people(doc, {1: covered}) == []


def test_an_object_pronoun_is_not_its_own_clauses_subject():
    # "Zelensky met Modi and thanked him": "him" is Modi
    words = ["Zelensky", "met", "Modi", "and", "thanked", "him"]
    deps = ["nsubj", "ROOT", "dobj", "cc", "conj", "dobj"]
    pos = ["PROPN", "VERB", "PROPN", "CCONJ", "VERB", "PRON"]
    doc = _doc(words, deps, [1, 1, 1, 1, 1, 4], [1, 0, 0, 0, 0, 0], pos=pos)
    people = People(doc, _sentences(doc))
    people.remember(_person(doc, 0, 1, "UKRGOV"))
    people.remember(_person(doc, 2, 3, "INDGOV"))
    assert people.best(doc[5]).actors[0].code == "INDGOV"
