"""Quotations and their speakers (nlp/quotes.py), on hand-built parses."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from diurna.model import Actor
from diurna.nlp.mentions import Mention
from diurna.nlp.quotes import speaker_references


def _quoted(first: str):
    # '" We will respond , " Zelensky said .'
    words = ['"', first, "will", "respond", "today", ",", '"', "Zelensky", "said", "."]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "NOUN", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"]
    deps = ["punct", "nsubj", "aux", "ccomp", "npadvmod", "punct", "punct", "nsubj", "ROOT", "punct"]
    heads = [3, 3, 3, 8, 3, 8, 8, 8, 8, 8]
    lemmas = ['"', first.lower(), "will", "respond", "today", ",", '"', "Zelensky", "say", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, deps=deps, heads=heads, lemmas=lemmas,
              spaces=[False, True, True, True, False, False, True, True, False, False])
    actor = Actor(text="Zelensky", code="UKRGOV", name="Volodymyr Zelensky", kind="person")
    return doc, {7: Mention(head=7, start=7, end=8, actors=[actor], kind="person")}


def test_quotes_first_person_is_the_speaker():
    doc, mentions = _quoted("We")
    refs = speaker_references(doc, mentions, {})
    assert list(refs) == [1]
    assert refs[1].actors[0].code == "UKRGOV"
    assert refs[1].start == 1 and refs[1].end == 2  # the pronoun's own place


def test_quotes_third_person_is_left_to_coref():
    doc, mentions = _quoted("They")
    assert speaker_references(doc, mentions, {}) == {}
