"""What is alleged and what is claimed (nlp/claims.py), on hand-built parses."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from diurna.nlp.claims import alleged, claimed, that_clause


def _doc(words, deps, heads, pos):
    return Doc(spacy.blank("en").vocab, words=words, deps=deps, heads=heads, pos=pos)


def test_claims_the_gerund_of_an_accusation_is_alleged():
    # "Kyiv accused Moscow of shelling the plant"
    words = ["Kyiv", "accused", "Moscow", "of", "shelling", "the", "plant"]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "VERB", "DET", "NOUN"]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pcomp", "det", "dobj"]
    doc = _doc(words, deps, [1, 1, 1, 1, 3, 6, 4], pos)
    assert alleged(doc[1]) == {4, 5, 6}  # the gerund and all it says


def test_claims_what_rejected_claims_say_is_alleged():
    # "Beijing rejected claims that its navy fired": the firing is what is claimed
    words = ["Beijing", "rejected", "claims", "that", "its", "navy", "fired"]
    pos = ["PROPN", "VERB", "NOUN", "SCONJ", "PRON", "NOUN", "VERB"]
    deps = ["nsubj", "ROOT", "dobj", "mark", "poss", "nsubj", "acl"]
    doc = _doc(words, deps, [1, 1, 1, 6, 5, 6, 2], pos)
    assert that_clause(doc[6])
    assert alleged(doc[1]) == {6}
    # a relative clause is no content clause: "claims it made" says nothing
    deps = ["nsubj", "ROOT", "dobj", "nsubj", "poss", "nsubj", "relcl"]
    doc = _doc(words, deps, [1, 1, 1, 6, 5, 6, 2], pos)
    assert alleged(doc[1]) == set()


def test_claims_a_claim_of_responsibility_claims_the_act_and_what_describes_it():
    # "the group claimed responsibility for bombings that killed 44"
    words = ["group", "claimed", "responsibility", "for", "bombings", "that", "killed", "44"]
    pos = ["NOUN", "VERB", "NOUN", "ADP", "NOUN", "PRON", "VERB", "NUM"]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "nsubj", "relcl", "dobj"]
    doc = _doc(words, deps, [1, 1, 1, 2, 3, 6, 4, 6], pos)
    assert [t.text for t in claimed(doc[1], doc[2])] == ["bombings", "killed"]
    assert claimed(doc[1], None) == []
