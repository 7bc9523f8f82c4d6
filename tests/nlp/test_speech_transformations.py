"""A PETRARCH file's speech transformations applied on our parse (needs the real model)."""

import pytest

from diurna.coder import Coder

pytestmark = pytest.mark.model

ACTORS = "VALDORIA [VLD]\nGREYFELL [GRY]\n"
VERBS = """--- SAY [010] ---
SAY {SAYS SAID SAYING}

--- ATTACK [190] ---
ATTACK

--- MEET [040] ---
MEET

~ a (a b ATTACK) SAY = a b 015
~ a (b . ATTACK) SAY = a b 112
"""


@pytest.fixture(scope="module")
def petrarch_coder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("speech")
    (folder / "Toy.actors.txt").write_text(ACTORS, encoding="utf-8")
    (folder / "Toy.verbs.txt").write_text(VERBS, encoding="utf-8")
    return Coder(dictionaries=f"petrarch:{folder}@Toy")


def _triples(coder, text):
    coded = coder.code(text, date="2020-01-01")
    return {(e.source.code, e.target.code if e.target else None, e.cameo.code) for e in coded.events if e.counts}


def test_speech_own_act_is_a_claim(petrarch_coder):
    assert _triples(petrarch_coder, "Valdoria said it will attack Greyfell.") == {("VLD", "GRY", "015")}


def test_speech_of_another_act_with_no_target_accuses(petrarch_coder):
    assert ("VLD", "GRY", "112") in _triples(petrarch_coder, "Valdoria said Greyfell attacked.")


def test_speech_of_other_codes_keep_their_own(petrarch_coder):
    assert ("VLD", "GRY", "040") in _triples(petrarch_coder, "Valdoria said it will meet Greyfell.")
