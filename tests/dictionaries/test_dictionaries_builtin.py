"""Checks on the dictionaries we ship: they load, and their codes are ones the ontology knows."""

import pytest

from diurna.dictionaries import load_dictionaries
from diurna.dictionaries.patterns import VerbPattern
from diurna.dictionaries.verbs import PatternBook
from diurna.errors import DiurnaError
from diurna.ontology import load_ontology


@pytest.fixture(scope="module")
def builtin(blank_nlp):
    return load_dictionaries("builtin", lambda s: [t.text for t in blank_nlp.tokenizer(s)])


def test_dictionaries_builtin_sizes(builtin):
    sizes = builtin.summary()
    assert sizes["names"] > 3000
    assert sizes["agents"] > 200
    assert sizes["verb_patterns"] > 300
    assert sizes["noun_patterns"] > 100


def test_dictionaries_every_pattern_code_is_cameo(builtin):
    onto = load_ontology()
    for book in (builtin.verbs, builtin.nouns):
        for lemma in book.lemmas():
            for pattern in book.get(lemma):
                assert pattern.code is None or pattern.code in onto, pattern.source
    for rule in builtin.control.values():
        for code in [rule.default, *rule.by_code.values()]:
            assert code is None or code in onto, rule.kind


def test_dictionaries_cover_every_cameo_root(builtin):
    roots = {p.code[:2] for book in (builtin.verbs, builtin.nouns) for lemma in book.lemmas() for p in book.get(lemma) if p.code}
    assert roots >= {f"{r:02d}" for r in range(1, 21)}


def test_dictionaries_unknown_spec_is_d021(blank_nlp):
    with pytest.raises(DiurnaError) as info:
        load_dictionaries("nonsense:x", lambda s: s.split())
    assert info.value.code == "D021"


def test_dictionaries_longer_object_phrase_wins_a_tie():
    # PETRARCH's longest match: "issued arrest warrants" is an arrest, not any warrant,
    # whichever order the dictionary lists the two patterns in
    short = VerbPattern(lemma="issue", code="100", object=("warrant",))
    long = VerbPattern(lemma="issue", code="173", object=("arrest warrant", "arrest warrants"))
    bare = VerbPattern(lemma="issue", code="010")
    for order in ([short, long, bare], [bare, long, short]):
        assert [p.code for p in PatternBook(order).get("issue")] == ["173", "100", "010"]
    book = PatternBook([short])
    book.extend([long], replace=False)
    assert book.get("issue")[0].code == "173"
