"""Phrase tests on hand-built parses, and the array read of token strings."""

import spacy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc

from diurna.nlp.arrays import attribute_strings, token_strings
from diurna.nlp.phrases import Phrases

# "NATO authorised the use of military force and humanitarian aid ."
WORDS = ["NATO", "authorised", "the", "use", "of", "military", "force", "and", "humanitarian", "aid", "."]
HEADS = [1, 1, 3, 1, 3, 6, 4, 3, 9, 3, 1]
DEPS = ["nsubj", "ROOT", "det", "dobj", "prep", "amod", "pobj", "cc", "amod", "conj", "punct"]
LEMMAS = ["NATO", "authorise", "the", "use", "of", "military", "force", "and", "humanitarian", "aid", "."]


def _doc() -> Doc:
    return Doc(spacy.blank("en").vocab, words=WORDS, heads=HEADS, deps=DEPS, lemmas=LEMMAS)


def test_a_noun_matches_its_lemma_and_the_phrases_ending_in_it():
    doc = _doc()
    phrases = Phrases(doc)
    assert phrases.has(doc[9], ("aid",))
    assert phrases.has(doc[9], ("humanitarian aid",))
    assert phrases.has(doc[3], ("use of force",))  # the of-phrase's head joins the noun
    assert phrases.has(doc[3], ("use of military force",))
    assert not phrases.has(doc[3], ("military aid", "force"))
    assert not phrases.has(None, ("aid",))


def test_a_word_sequence_matches_whole_words_only():
    doc = _doc()
    phrases = Phrases(doc)
    assert not phrases.has(doc[6], ("ary force",))
    assert phrases.has(doc[6], ("military force",))


def test_the_same_answers_come_back_from_the_kept_phrases():
    doc = _doc()
    phrases = Phrases(doc)
    first = [phrases.has(doc[i], ("use of force", "humanitarian aid")) for i in range(len(doc))]
    again = [phrases.has(doc[i], ("use of force", "humanitarian aid")) for i in range(len(doc))]
    assert first == again == [i in (3, 9) for i in range(len(doc))]


def test_token_strings_read_from_arrays_equal_a_walk_over_tokens():
    doc = _doc()
    lower, orth, lemmas = token_strings(doc)
    assert lower == [t.lower_ for t in doc]
    assert orth == [t.text for t in doc]
    assert lemmas == [t.lemma_.lower() for t in doc]
    assert token_strings(doc) is token_strings(doc)  # read once per doc
    assert attribute_strings(doc, (ORTH,)) == [WORDS]
    assert attribute_strings(doc[:0].as_doc(), (LOWER, LEMMA)) == [[], []]
