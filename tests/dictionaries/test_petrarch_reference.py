"""The PETRARCH2 reference dictionaries (read from ../shared/reference at test time, never copied)."""

import datetime as dt
from pathlib import Path

import pytest

from diurna.dictionaries import load_dictionaries
from diurna.dictionaries.petrarch.loader import read_petrarch, select_files

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "petrarch2"

pytestmark = pytest.mark.skipif(not REFERENCE.is_dir(), reason="../shared/reference/petrarch2 is not available")


def _entries(found, written):
    return [entry for name, entry in found.actor_pairs if name == written]


@pytest.fixture(scope="module")
def validate():
    return read_petrarch(select_files(REFERENCE, "PETR.Validate"))


@pytest.fixture(scope="module")
def phoenix():
    return read_petrarch(select_files(REFERENCE, "Phoenix"))


def test_petrarch_reference_validate_counts(validate):
    notes = validate.notes
    assert notes["actor entries"] > 120
    assert notes["agent entries"] > 80
    assert notes["patterns read"] > 450
    assert len(validate.verbs.patterns) > 500
    assert len(validate.discards.sentence) == 5 and len(validate.discards.story) == 4


def test_petrarch_reference_validate_date_codes(validate):
    sam = _entries(validate, "sam Gamgee")[0]
    assert sam.resolve(dt.date(2010, 1, 12)).code == "ORCHOB"  # the first restriction that covers wins
    assert sam.resolve(dt.date(2010, 1, 13)).code == "HOBMIL"
    assert sam.resolve(dt.date(2014, 1, 1)).code == "HOBELI"
    gollum = _entries(validate, "Smeagol")[0]
    assert gollum.resolve(dt.date(1995, 1, 1)).country == "HOB"
    assert gollum.resolve(dt.date(1995, 11, 1)).code == "HOBGOV"
    zimbabwe = _entries(validate, "Zimbabwe")[0]
    assert zimbabwe.resolve(dt.date(1979, 1, 1)).country == "RHO"
    assert zimbabwe.resolve(dt.date(2001, 1, 1)).country == "ZBW"


def test_petrarch_reference_validate_names_match(blank_nlp):
    dicts = load_dictionaries(f"petrarch:{REFERENCE}@PETR.Validate", lambda s: [t.text for t in blank_nlp.tokenizer(s)])
    doc = blank_nlp("The Hermit Kingdom fired at Gondor")
    found = dicts.names.match([t.lower_ for t in doc], [t.text for t in doc])
    assert [m.entries[0].resolve(None).code for m in found] == ["PRK", "GON"]
    assert dicts.agents.sector(["foreign", "minister"]) == "GOVFRM"


def test_petrarch_reference_phoenix_counts(phoenix):
    notes = phoenix.notes
    assert notes["actor entries"] > 25000
    assert notes["agent entries"] > 2000
    assert notes["patterns read"] > 4500
    assert notes["patterns approximated"] < 0.1 * notes["patterns read"]
    applied = notes["transformations applied as control rules"] + notes["transformations applied as speech rules"]
    assert applied + notes["transformations kept as data (not applied)"] == 8
    assert notes["transformations applied as speech rules"] == 4  # SAY/CLAIM, own act and another's
    assert len(phoenix.discards) > 400


def test_petrarch_reference_phoenix_entries(phoenix):
    obama = _entries(phoenix, "barack Obama")[0]
    assert obama.resolve(dt.date(2015, 6, 9)).code == "USAGOV"
    assert obama.resolve(dt.date(2008, 8, 4)).code == "USAELI"  # between his terms: a former elite
    assert _entries(phoenix, "Interpol")[0].code == "IGOCOPITP"
    say = [p for p in phoenix.verbs.patterns if p.lemma == "say" and not (p.object or p.prep or p.subject)]
    assert say and say[0].code == "010" and say[0].source.startswith("CAMEO.2.0.txt:")
    want = [p for p in phoenix.verbs.patterns if p.lemma == "want" and p.control]
    assert want and phoenix.verbs.control["attempt"]["19"] == "138"  # ~ a (_ b ATTACK) WANT = a b 138
