"""Parse helpers (nlp/syntax.py) on hand-built parses."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from diurna.nlp.syntax import particle


def _doc(words, deps, heads, pos=None):
    return Doc(spacy.blank("en").vocab, words=words, deps=deps, heads=heads, pos=pos)


def test_particle_is_the_prt_child():
    doc = _doc(["Russia", "called", "off", "talks"], ["nsubj", "ROOT", "prt", "dobj"], [1, 1, 1, 1])
    assert particle(doc[1]) == "off"


def test_particle_is_a_hyphenated_prefix_of_the_verb():
    doc = _doc(["Iran", "test", "-", "fired", "missiles"], ["nsubj", "npadvmod", "punct", "ROOT", "dobj"], [3, 3, 3, 3, 3])
    assert particle(doc[3]) == "test"


def test_no_particle_when_the_word_before_the_hyphen_is_not_the_verbs():
    doc = _doc(["Russia", "said", "Kyiv", "-", "fired"], ["nsubj", "ROOT", "dobj", "punct", "ccomp"], [1, 1, 1, 4, 1])
    assert particle(doc[4]) is None


def test_a_bare_verb_shares_the_next_verbs_object():
    from diurna.nlp.syntax import shared_object

    words = ["Police", "arrested", "and", "released", "a", "journalist"]
    pos = ["PROPN", "VERB", "CCONJ", "VERB", "DET", "NOUN"]
    doc = _doc(words, ["nsubj", "ROOT", "cc", "conj", "det", "dobj"], [1, 1, 1, 1, 5, 3], pos)
    assert shared_object(doc[1]).text == "journalist"
    # "Putin arrived in Tehran and met Raisi": the first verb has its own phrase
    words = ["Putin", "arrived", "in", "Tehran", "and", "met", "Raisi"]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "PROPN"]
    doc = _doc(words, ["nsubj", "ROOT", "prep", "pobj", "cc", "conj", "dobj"], [1, 1, 1, 2, 1, 1, 5], pos)
    assert shared_object(doc[1]) is None


def test_a_clause_subject_with_no_doer_is_generic():
    from diurna.nlp.syntax import modality

    # "Killing civilians is a crime": said of the act in general
    words = ["Killing", "civilians", "is", "a", "crime"]
    pos = ["VERB", "NOUN", "AUX", "DET", "NOUN"]
    doc = _doc(words, ["csubj", "dobj", "ROOT", "det", "attr"], [2, 0, 2, 4, 2], pos)
    assert modality(doc[0]) == "hypothetical"
    # "That Russia attacked is clear": the clause has its doer
    words = ["That", "Russia", "attacked", "is", "clear"]
    pos = ["SCONJ", "PROPN", "VERB", "AUX", "ADJ"]
    doc = _doc(words, ["mark", "nsubj", "csubj", "ROOT", "acomp"], [2, 2, 3, 3, 3], pos)
    assert modality(doc[2]) == "asserted"


def test_a_participle_with_a_by_agent_is_passive():
    from diurna.nlp.syntax import is_passive, subject_tokens

    # "Pakistan has been the worst hit by the floods": the floods hit, not Pakistan
    words = ["Pakistan", "has", "been", "worst", "hit", "by", "floods"]
    pos = ["PROPN", "AUX", "AUX", "ADJ", "VERB", "ADP", "NOUN"]
    deps = ["nsubj", "aux", "ROOT", "amod", "acomp", "agent", "pobj"]
    doc = Doc(spacy.blank("en").vocab, words=words, deps=deps, heads=[2, 2, 2, 4, 2, 4, 5], pos=pos,
              tags=["NNP", "VBZ", "VBN", "JJS", "VBN", "IN", "NNS"])
    assert is_passive(doc[4])
    assert [t.text for t in subject_tokens(doc[4])] == ["floods"]


def test_a_purpose_is_no_more_real_than_its_act():
    from diurna.nlp.syntax import modality

    # "Paris will send troops to help Mali": the help is intended, as the sending is
    words = ["Paris", "will", "send", "troops", "to", "help", "Mali"]
    pos = ["PROPN", "AUX", "VERB", "NOUN", "PART", "VERB", "PROPN"]
    deps = ["nsubj", "aux", "ROOT", "dobj", "aux", "advcl", "dobj"]
    doc = Doc(spacy.blank("en").vocab, words=words, deps=deps, heads=[2, 2, 2, 2, 5, 2, 5], pos=pos)
    assert modality(doc[5]) == "intended"
    doc = Doc(spacy.blank("en").vocab, words=["Paris", "sent", "troops", "to", "help", "Mali"],
              deps=["nsubj", "ROOT", "dobj", "aux", "advcl", "dobj"], heads=[1, 1, 1, 4, 1, 4],
              pos=["PROPN", "VERB", "NOUN", "PART", "VERB", "PROPN"])
    assert modality(doc[4]) == "asserted"


def test_what_one_is_told_to_do_is_not_done():
    from diurna.nlp.syntax import modality

    # "Biden told Putin to withdraw"
    words = ["Biden", "told", "Putin", "to", "withdraw"]
    pos = ["PROPN", "VERB", "PROPN", "PART", "VERB"]
    deps = ["nsubj", "ROOT", "dobj", "aux", "xcomp"]
    lemmas = ["Biden", "tell", "Putin", "to", "withdraw"]
    doc = Doc(spacy.blank("en").vocab, words=words, deps=deps, heads=[1, 1, 1, 4, 1], pos=pos, lemmas=lemmas)
    assert modality(doc[4]) == "hypothetical"
    # "Biden forced Putin to withdraw": done
    lemmas[1] = "force"
    doc = Doc(spacy.blank("en").vocab, words=words, deps=deps, heads=[1, 1, 1, 4, 1], pos=pos, lemmas=lemmas)
    assert modality(doc[4]) == "asserted"


def test_an_infinitive_after_the_object_is_the_nouns_complement():
    from diurna.nlp.syntax import noun_complement

    # "Police foiled a plot to kill the mayor", the infinitive hung on the verb
    words = ["Police", "foiled", "a", "plot", "to", "kill", "the", "mayor"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "DET", "NOUN"]
    deps = ["nsubj", "ROOT", "det", "dobj", "aux", "advcl", "det", "dobj"]
    doc = _doc(words, deps, [1, 1, 3, 1, 5, 1, 7, 5], pos)
    assert noun_complement(doc[3]).text == "kill"
    # "Police stopped the car on Friday to check it": not right after the object
    words = ["Police", "stopped", "the", "car", "today", "to", "check", "it"]
    deps = ["nsubj", "ROOT", "det", "dobj", "npadvmod", "aux", "advcl", "dobj"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "NOUN", "PART", "VERB", "PRON"]
    doc = _doc(words, deps, [1, 1, 3, 1, 1, 6, 1, 6], pos)
    assert noun_complement(doc[3]) is None


def _clause_on_noun(holder_lemma, rows):
    """A parse from rows of "word dep head pos tag"; the second word's lemma is
    ``holder_lemma``, the verb that holds the noun."""
    words, deps, heads, pos, tags = zip(*(row.split() for row in rows.strip().splitlines()))
    lemmas = [w.lower() for w in words]
    lemmas[1] = holder_lemma
    return Doc(spacy.blank("en").vocab, words=list(words), deps=list(deps), heads=[int(h) for h in heads],
               pos=list(pos), tags=list(tags), lemmas=lemmas)


STATEMENT = """
    UN nsubj 1 PROPN NNP
    issued ROOT 1 VERB VBD
    a det 3 DET DT
    statement dobj 1 NOUN NN
    calling acl 3 VERB VBG
    for prep 4 ADP IN
    calm pobj 5 NOUN NN
"""
PLAN = """
    Ottawa nsubj 1 PROPN NNP
    launched ROOT 1 VERB VBD
    a det 3 DET DT
    plan dobj 1 NOUN NN
    to aux 5 PART TO
    ban acl 3 VERB VB
    imports dobj 5 NOUN NNS
"""


def test_a_participle_on_a_noun_is_the_nouns_or_its_authors():
    from diurna.nlp.syntax import subject_tokens

    # the issuer of a statement calls
    doc = _clause_on_noun("issue", STATEMENT)
    assert [t.text for t in subject_tokens(doc[4])] == ["UN"]
    # "received a statement calling for calm": the statement's, not the receiver's
    doc = _clause_on_noun("receive", STATEMENT.replace("issued", "received"))
    assert [t.text for t in subject_tokens(doc[4])] == ["statement"]


def test_an_infinitive_on_a_noun_is_its_owners_else_its_holders():
    from diurna.nlp.syntax import subject_tokens

    # "Haley attacked Trump's proposal to ban imports": Trump's ban
    doc = _clause_on_noun("attack", """
        Haley nsubj 1 PROPN NNP
        attacked ROOT 1 VERB VBD
        Trump poss 4 PROPN NNP
        's case 2 PART POS
        proposal dobj 1 NOUN NN
        to aux 6 PART TO
        ban acl 4 VERB VB
        imports dobj 6 NOUN NNS
    """)
    assert [t.text for t in subject_tokens(doc[6])] == ["Trump"]
    # "Ottawa launched a plan to ban imports": the launcher's
    doc = _clause_on_noun("launch", PLAN)
    assert [t.text for t in subject_tokens(doc[5])] == ["Ottawa"]
    # "Ottawa foiled a plan to ban imports": not the foiler's
    doc = _clause_on_noun("foil", PLAN.replace("launched", "foiled"))
    assert subject_tokens(doc[5]) == []


def test_a_particle_taken_for_a_preposition_is_a_particle():
    from diurna.nlp.syntax import particle, prep_objects

    # "Russia pulled out of the deal", "out" parsed as a preposition holding "of"
    words = ["Russia", "pulled", "out", "of", "the", "deal"]
    pos = ["PROPN", "VERB", "ADP", "ADP", "DET", "NOUN"]
    doc = _doc(words, ["nsubj", "ROOT", "prep", "prep", "det", "pobj"], [1, 1, 1, 2, 5, 3], pos)
    assert particle(doc[1]) == "out"
    assert [t.text for t in prep_objects(doc[1], ("of",))] == ["deal"]
    # "they ran out the door": "out" with an object of its own is a preposition
    words = ["They", "ran", "out", "the", "door"]
    pos = ["PRON", "VERB", "ADP", "DET", "NOUN"]
    doc = _doc(words, ["nsubj", "ROOT", "prep", "det", "pobj"], [1, 1, 1, 4, 2], pos)
    assert particle(doc[1]) is None


def test_what_is_discussed_is_not_done():
    from diurna.nlp.syntax import modality

    # "Britain discussed allowing Ukraine to fire"
    words = ["Britain", "discussed", "allowing", "Ukraine"]
    deps = ["nsubj", "ROOT", "xcomp", "dobj"]
    doc = Doc(spacy.blank("en").vocab, words=words, deps=deps, heads=[1, 1, 1, 2],
              pos=["PROPN", "VERB", "VERB", "PROPN"], tags=["NNP", "VBD", "VBG", "NNP"],
              lemmas=["Britain", "discuss", "allow", "Ukraine"])
    assert modality(doc[2]) == "hypothetical"
    doc = Doc(spacy.blank("en").vocab, words=["Britain", "started", "allowing", "Ukraine"], deps=deps,
              heads=[1, 1, 1, 2], pos=["PROPN", "VERB", "VERB", "PROPN"], tags=["NNP", "VBD", "VBG", "NNP"],
              lemmas=["Britain", "start", "allow", "Ukraine"])
    assert modality(doc[2]) == "asserted"
