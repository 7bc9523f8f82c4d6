"""A place as an event's target (nlp/struck.py): the span the parse points at, and its country."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from diurna.model import Actor, Cameo, Event, Place, Plover
from diurna.model import Span as CharSpan
from diurna.nlp.struck import place_targets, struck_place


def _doc(words, pos, deps, heads):
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, deps=deps, heads=heads)


def test_struck_place_is_the_object_or_where_it_lands():
    # "Forces shelled Kharkiv ." / "Forces shelled villages in Kharkiv ."
    doc = _doc(["Forces", "shelled", "Kharkiv", "."], ["NOUN", "VERB", "PROPN", "PUNCT"], ["nsubj", "ROOT", "dobj", "punct"], [1, 1, 1, 1])
    assert struck_place(doc[1]) == CharSpan(15, 22)
    doc = _doc(
        ["Forces", "shelled", "villages", "in", "Kharkiv"],
        ["NOUN", "VERB", "NOUN", "ADP", "PROPN"],
        ["nsubj", "ROOT", "dobj", "prep", "pobj"],
        [1, 1, 1, 2, 3],
    )
    assert struck_place(doc[1]) == CharSpan(27, 34)


def test_struck_place_needs_a_proper_noun():
    doc = _doc(["Forces", "shelled", "villages"], ["NOUN", "VERB", "NOUN"], ["nsubj", "ROOT", "dobj"], [1, 1, 1])
    assert struck_place(doc[1]) is None


def _event(pending):
    source = Actor(text="Russian forces", code="RUSMIL", country="RUS", sector="MIL")
    return Event(
        id="e", source=source, target=None, cameo=Cameo("194", "19", "Fight with artillery and tanks", 4, -9.0),
        plover=Plover("ASSAULT"), verb="shelled", sentence_index=0, sentence="", rule="",
        spans={"target": pending},
    )


def test_place_targets_takes_the_country_of_the_place_there():
    kharkiv = Place(text="Kharkiv", start=23, end=30, name="Kharkiv", country="UKR", feature="city", role="mention")
    hit, missed = _event(CharSpan(23, 30)), _event(CharSpan(40, 45))
    place_targets([hit, missed], [kharkiv], {"UKR": "Ukraine"}.get)
    assert (hit.target.code, hit.target.name, hit.target.text) == ("UKR", "Ukraine", "Kharkiv")
    assert "Kharkiv" in hit.target.via
    assert missed.target is None and missed.spans["target"] is None


@pytest.mark.model
def test_a_dyad_keeps_a_struck_place_and_drops_an_unresolved_name():
    from diurna.coder import Coder

    coder = Coder(require_target=True)
    shelled = coder.code("Russian forces shelled Kharkiv overnight.", date="2022-05-01")
    assert [(e.source.code, e.target.code) for e in shelled.events] == [("RUSMIL", "UKR")]
    assert coder.code("Russian forces attacked Jones overnight.", date="2022-05-01").events == []
