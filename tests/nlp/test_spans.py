"""Sentences and entities made once per doc, against spaCy's own Doc.sents and Doc.ents."""

import spacy
from spacy.tokens import Doc

from diurna.nlp.spans import entities, forget, sentence_starts, sentences

WORDS = ["Serbia", "met", "Russia", ".", "Kenya", "protested", "on", "Monday", ".", "Done", "."]
SENT_STARTS = [True, False, False, False, True, False, False, False, False, True, False]
ENTS = ["B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O", "B-DATE", "O", "O", "O"]


def _doc(**extra) -> Doc:
    return Doc(spacy.blank("en").vocab, words=WORDS, **extra)


def test_sentences_are_doc_sents_made_once():
    doc = _doc(sent_starts=SENT_STARTS)
    found = sentences(doc)
    assert [(s.start, s.end) for s in found] == [(s.start, s.end) for s in doc.sents] == [(0, 4), (4, 9), (9, 11)]
    assert sentences(doc) is found
    assert sentence_starts(doc).tolist() == [0, 4, 9]


def test_an_unparsed_doc_is_one_sentence_and_an_empty_doc_none():
    doc = _doc()
    assert [(s.start, s.end) for s in sentences(doc)] == [(0, len(WORDS))]
    assert sentence_starts(doc).tolist() == [0]
    assert sentences(Doc(spacy.blank("en").vocab, words=[])) == []


def test_entities_are_doc_ents_made_once_and_forget_drops_them():
    doc = _doc(sent_starts=SENT_STARTS, ents=ENTS)
    found = entities(doc)
    assert [(e.start, e.end, e.label_) for e in found] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert entities(doc) is found
    doc.ents = []
    forget(doc)
    assert entities(doc) == ()
