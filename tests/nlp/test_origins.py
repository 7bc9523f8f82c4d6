"""Where refugees come from (nlp/origins.py), on a hand-built parse."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from diurna.model import Actor
from diurna.nlp.mentions import Mention
from diurna.nlp.origins import displaced_origins


def _doc():
    # "aid to refugees fleeing the war in Liberia"
    words = ["aid", "to", "refugees", "fleeing", "the", "war", "in", "Liberia"]
    deps = ["ROOT", "prep", "pobj", "acl", "det", "dobj", "prep", "pobj"]
    heads = [0, 0, 1, 2, 5, 3, 3, 6]
    lemmas = ["aid", "to", "refugee", "flee", "the", "war", "in", "Liberia"]
    return Doc(spacy.blank("en").vocab, words=words, deps=deps, heads=heads, lemmas=lemmas)


def _mentions(doc, refugee_country=None):
    refugees = Actor(text="refugees", code=(refugee_country or "---") + "REF", country=refugee_country,
                     sector="REF", sectors=["REF"], kind="agent")
    liberia = Actor(text="Liberia", code="LBR", country="LBR", kind="state")
    return {
        2: Mention(head=2, start=2, end=3, actors=[refugees]),
        7: Mention(head=7, start=7, end=8, actors=[liberia], kind="state"),
    }


def test_refugees_take_the_country_they_flee():
    doc = _doc()
    mentions = _mentions(doc)
    displaced_origins(doc, mentions)
    assert mentions[2].actors[0].code == "LBRREF"


def test_refugees_with_a_country_keep_it():
    doc = _doc()
    mentions = _mentions(doc, refugee_country="SLE")
    displaced_origins(doc, mentions)
    assert mentions[2].actors[0].code == "SLEREF"
