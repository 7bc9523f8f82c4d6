"""Toponym spans: names longer than a place entity, councils named for their town, qualifiers."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from diurna.geo import GeoIndex
from diurna.geo.resolve import Resolver
from diurna.nlp.toponyms import find_toponyms


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(GeoIndex.load())


def _doc(blank_nlp, tagged: str) -> Doc:
    """Words as word/POS/entity-tag, e.g. "Portugal/PROPN/B-GPE"."""
    words, pos, ents = zip(*(w.rsplit("/", 2) for w in tagged.split()))
    spaces = [following not in (",", ".", "'s") for following in words[1:]] + [False]
    return Doc(blank_nlp.vocab, words=list(words), spaces=spaces, pos=list(pos), ents=list(ents))


def _found(blank_nlp, resolver, tagged: str) -> list:
    return find_toponyms(_doc(blank_nlp, tagged), [], {}, resolver.profile)


def test_toponyms_a_gazetteer_name_holding_a_place_entity(blank_nlp, resolver):
    found = _found(blank_nlp, resolver, "the/DET/O Little/PROPN/O Portugal/PROPN/B-GPE home/NOUN/O")
    assert [t.text for t in found] == ["Little Portugal"]  # the Toronto neighbourhood


def test_toponyms_a_council_names_its_town(blank_nlp, resolver):
    found = _found(blank_nlp, resolver, "Enfield/PROPN/B-ORG Council/PROPN/I-ORG 's/PART/I-ORG head/NOUN/O")
    assert [t.text for t in found] == ["Enfield"]


def test_toponyms_no_country_inside_a_compass_name(blank_nlp, resolver):
    found = _found(blank_nlp, resolver, "in/ADP/O East/PROPN/B-GPE Azerbaijan/PROPN/I-GPE province/NOUN/O")
    assert [t.text for t in found] == []


def test_toponyms_province_abbreviation_qualifies_a_town(blank_nlp, resolver):
    found = _found(blank_nlp, resolver, "from/ADP/O Melville/PROPN/B-GPE ,/PUNCT/O Sask/PROPN/O ./PUNCT/O")
    assert [(t.text, t.qualifier) for t in found] == [("Melville", "Sask.")]
