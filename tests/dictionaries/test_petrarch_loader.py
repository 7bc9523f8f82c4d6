"""The petrarch:DIR[@PREFIX] spec: file selection, loading, merging, errors."""

import datetime as dt

import pytest

from diurna.dictionaries import load_dictionaries
from diurna.dictionaries.petrarch.loader import FastTokenize, parse_arg, select_files
from diurna.errors import DiurnaError
from diurna.ontology import load_ontology

ACTORS = "VALDORIA [VLD]\n+VALDORIAN\nGREYFELL_ [GRY]\nMARA_QUILL_\n\t[VLDGOV 940101-041231]\n\t[VLDELI]\n"
AGENTS = "RIVER_GUARD [~MIL]\n"
VERBS = "--- SUPPLY [070] ---\nSUPPLY\n- * GRAIN [0731]\n"
DISCARDS = "CROQUET\n+GRAND REGATTA\n"


@pytest.fixture()
def folder(tmp_path):
    for name, text in [
        ("Mine.actors.txt", ACTORS), ("Mine.agents.txt", AGENTS), ("Mine.verbs.txt", VERBS),
        ("Mine.discards.txt", DISCARDS), ("Other.actors.txt", "OTHERLAND [OTH]\n"),
        ("CAMEO.test.txt", "--- SEND [070] ---\nSEND\n"), ("notes.md", "not a dictionary"),
    ]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.fixture()
def tokenize(blank_nlp):
    return lambda s: [t.text for t in blank_nlp.tokenizer(s)]


def test_petrarch_loader_parse_arg():
    assert parse_arg("dicts/petrarch2@Phoenix")[1] == "Phoenix"
    assert parse_arg("dicts/petrarch2")[1] == ""


def test_petrarch_loader_selects_files(folder):
    every = select_files(folder)
    assert [p.name for p in every.actors] == ["Mine.actors.txt", "Other.actors.txt"]
    assert [p.name for p in every.verbs] == ["CAMEO.test.txt", "Mine.verbs.txt"]
    mine = select_files(folder, "Mine")
    assert [p.name for p in mine.actors] == ["Mine.actors.txt"]
    assert [p.name for p in mine.verbs] == ["Mine.verbs.txt"]
    other = select_files(folder, "Other")
    assert [p.name for p in other.verbs] == ["CAMEO.test.txt"]  # a set without verbs uses CAMEO*.txt


def test_petrarch_loader_builds_dictionaries(folder, tokenize):
    dicts = load_dictionaries(f"petrarch:{folder}@Mine", tokenize)
    sizes = dicts.summary()
    assert sizes["names"] >= 4 and sizes["agents"] >= 1 and sizes["discards"] == 2
    assert dicts.verbs.get("supply")[0].code == "0731"  # most specific first
    assert dicts.discards.sentence_match("a croquet match") == "croquet"
    lower = "mara quill met valdorians".split()
    found = dicts.names.match(lower, ["Mara", "Quill", "met", "Valdorians"])
    assert [m.entries[0].name for m in found] == ["Mara Quill", "Valdoria"]
    assert found[0].entries[0].resolve(dt.date(2000, 1, 1)).code == "VLDGOV"


def test_petrarch_loader_lends_the_refusal_grammar(folder, tokenize):
    # files without a REFUSE transformation still refuse by negation: "would not give
    # permission" codes 124 with PETRARCH dictionaries as with ours
    dicts = load_dictionaries(f"petrarch:{folder}@Mine", tokenize)
    assert dicts.control["reject"].apply("080") == "124"
    assert set(dicts.control) == {"reject"}  # nothing else comes from our files


def test_petrarch_loader_on_top_of_builtin(folder, tokenize):
    dicts = load_dictionaries(f"builtin+petrarch:{folder}@Mine", tokenize)
    assert dicts.spec == f"builtin+petrarch:{folder}@Mine"
    assert dicts.verbs.get("supply")[0].source.startswith("Mine.verbs.txt")  # ours replace builtin's
    assert dicts.verbs.get("meet")  # builtin's other verbs stay
    assert dicts.discards is not None and len(dicts.discards) == 2
    assert len(dicts.control) >= 8  # builtin's control rules are kept


def test_petrarch_loader_errors(folder, tokenize, tmp_path):
    with pytest.raises(DiurnaError) as info:
        load_dictionaries(f"petrarch:{tmp_path}/missing", tokenize)
    assert info.value.code == "D020"
    (folder / "Bad.actors.txt").write_text("ALPHA [ALP]\nBETA [BET\n", encoding="utf-8")
    with pytest.raises(DiurnaError) as info:
        load_dictionaries(f"petrarch:{folder}@Bad", tokenize)
    assert info.value.code == "D020" and "Bad.actors.txt:2" in str(info.value)
    with pytest.raises(DiurnaError) as info:
        load_dictionaries(f"petrarch:{folder}@Nothing", tokenize)
    assert info.value.code == "D020"


def test_petrarch_loader_fast_tokenize_agrees_with_the_tokenizer(tokenize):
    fast = FastTokenize(tokenize)
    for name in ["north Korea", "al-Shabab", "U.S. Central Command", "Cannot Ltd", "Mr. Obama"]:
        assert fast(name) == [t for t in tokenize(name) if t.strip()], name


def test_petrarch_lenient_ontology_codes():
    onto = load_ontology()
    with pytest.raises(DiurnaError):
        onto.cameo("903")
    odd = onto.cameo("903", lenient=True)
    assert (odd.code, odd.root, odd.name, odd.quad_class) == ("903", "90", "(non-CAMEO code from dictionary)", 0)
    near = onto.cameo("1921", lenient=True)  # unknown leaf of a known root: the root's figures
    assert (near.root, near.quad_class) == ("19", onto.cameo("19").quad_class)
    assert onto.cameo("174K", lenient=True).name == onto.cameo("174").name  # a known parent
    assert onto.plover("903", lenient=True).type is None
