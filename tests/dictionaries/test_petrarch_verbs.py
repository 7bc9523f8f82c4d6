"""PETRARCH/TABARI verb files: blocks, members, synsets, patterns and transformations."""

import pytest

from diurna.dictionaries.petrarch.compile import compile_verbs
from diurna.dictionaries.petrarch.lemmas import Lemmas
from diurna.dictionaries.petrarch.text import BadLine
from diurna.dictionaries.petrarch.verbs import read_verbs, split_code

# Made-up dictionaries in the PETRARCH-2 syntax (prepositional phrases in parentheses) ...
P2 = """\
####### SYNONYM SETS #######
&GRAIN
+WHEAT
+BARLEY_
&FOODSTUFF
+&GRAIN
+DRIED FISH
&NEAR_
+BESIDE
+BEHIND

####### VERB PATTERNS #######
---  SUPPLY   [070]  ---
SUPPLY {SUPPLIES SUPPLIED SUPPLYING}
FERRY [071]
+HAND_OVER {+HANDS_OVER +HANDED_OVER +HANDING_OVER}
- * &FOODSTUFF                                  [0731]   # ours
- * {FIELD HOSPITAL}                            [0732]
- * TROOPS (TO +)                               [0741:0742]
- * (FOR {RELIEF WORK})                         [0733]
- &NAVY * SHIPS                                 [0751]
- WILL NOT * AID                                [0752]
- * WEAPONS (FROM $)                            [0753]
- * &NEAR POSTS                                 [0754]
- * &UNDEFINED                                  [0755]
- * BACK ARMS                                   [---]
- % * RATIONS                                   [0756:0756]
- * PLEDGE                                      [:0757]

---  HALT   [---]  ---
+CALL_OFF [160]
WIRE_+TAP
- * TALKS                                       [1611]

---  DESIRE   [030]  ---
WANT

~ a (_ b FERRY) WANT = a b 139
~ a (a b FERRY) SAY = a b 015
~ a (b . FERRY) CLAIM = a b 112
~ a (b . FERRY ) WANT = a b 021

&NAVY
+FLEET
+SAILORS
"""

# ... and in the older TABARI syntax (underscores, bare prepositions, inflected verbs).
TABARI = """\
<!-- made-up TABARI-style verbs -->
&TIES
+TRADE
+CULTURAL

--- GREETED  [041]  ---
GREETED
- * WARM_&TIES_LINKS  [0411]
- SAID * NEW_ALLIES  [0412]
- + * FROM $  [0413]
- * IFTAR AT ^ +  [0414]
- * ENVOY WITH +  [0415]

--- GREET  [042]  ---
GREET
"""


@pytest.fixture(scope="module")
def lemmas():
    return Lemmas.load()


@pytest.fixture(scope="module")
def compiled(tmp_path_factory, lemmas):
    folder = tmp_path_factory.mktemp("verbs")
    (folder / "P2.verbs.txt").write_text(P2, encoding="utf-8")
    (folder / "Tab.verbs.txt").write_text(TABARI, encoding="utf-8")
    files = [read_verbs(folder / "P2.verbs.txt"), read_verbs(folder / "Tab.verbs.txt")]
    return files, compile_verbs(files, lemmas)


def _find(compiled, lemma, code):
    return [p for p in compiled[1].patterns if p.lemma == lemma and p.code == code]


def test_petrarch_verbs_split_code():
    assert split_code("013:012") == ("013", "012")
    assert split_code(":173") == (None, "173")
    assert split_code("---") == (None, None)
    assert split_code("042") == ("042", None)


def test_petrarch_verbs_files_read(compiled):
    p2, tab = compiled[0]
    assert (p2.style, tab.style) == ("petrarch2", "tabari")
    assert [b.name for b in p2.blocks] == ["SUPPLY", "HALT", "DESIRE"]
    supply = p2.blocks[0]
    assert [m.words for m in supply.members] == [("SUPPLY",), ("FERRY",), ("HAND", "OVER")]
    assert supply.members[1].code == "071"
    assert len(p2.transformations) == 4
    assert p2.synsets["&FOODSTUFF"][0] == ("&GRAIN", 6)


def test_petrarch_verbs_members_and_defaults(compiled):
    assert _find(compiled, "supply", "070")[0].source == "P2.verbs.txt:14"
    assert _find(compiled, "ferry", "071")  # a member's own code
    hand = _find(compiled, "hand", "070")[0]
    assert hand.particle == "over"  # +HAND_OVER: the verb and its particle
    call = _find(compiled, "call", "160")[0]
    assert call.particle == "off"
    assert _find(compiled, "tap", None)  # WIRE_+TAP: the words before the verb are dropped
    assert compiled[1].notes["words before a multi-word verb dropped (WIRE_+TAP)"] == 1


def test_petrarch_verbs_nested_synsets_expand(compiled):
    pattern = _find(compiled, "supply", "0731")[0]
    assert {"wheat", "barley", "dried fish"} <= set(pattern.object)
    assert pattern.source == "P2.verbs.txt:17"
    assert _find(compiled, "ferry", "0731")  # patterns apply to every member of the block


def test_petrarch_verbs_phrases_prepositions_and_markers(compiled):
    assert _find(compiled, "supply", "0732")[0].object[0] == "field hospital"
    troops = _find(compiled, "supply", "0741")[0]
    assert (troops.object[:2], troops.prep, troops.target) == (("troops", "troop"), "to", "prep")
    assert compiled[1].second_codes["P2.verbs.txt:19"] == "0742"
    relief = _find(compiled, "supply", "0733")[0]
    assert (relief.prep, relief.prep_object[0]) == ("for", "relief work")


def test_petrarch_verbs_pre_verb_words(compiled):
    ships = _find(compiled, "supply", "0751")[0]
    assert set(ships.subject) >= {"fleet", "sailor"} and ships.object[0] == "ships"
    aid = _find(compiled, "supply", "0752")[0]  # WILL NOT dropped: only AID remains
    assert (aid.subject, aid.object[0]) == ((), "aid")
    assert compiled[1].notes["approximated: words before the verb"] >= 1


def test_petrarch_verbs_source_after_the_verb_is_approximated(compiled):
    weapons = _find(compiled, "supply", "0753")[0]
    assert (weapons.object[0], weapons.prep) == ("weapons", "from")
    assert compiled[1].notes["approximated: source after the verb"] >= 1


def test_petrarch_verbs_synset_of_prepositions_branches(compiled):
    posts = _find(compiled, "supply", "0754")
    assert sorted(p.prep for p in posts) == ["behind", "beside"]


def test_petrarch_verbs_undefined_synset_skips_the_pattern(compiled):
    assert not _find(compiled, "supply", "0755")
    assert compiled[1].notes["patterns naming an undefined synset (skipped)"] == 1


def test_petrarch_verbs_codes(compiled):
    back = [p for p in compiled[1].patterns if p.lemma == "supply" and p.particle == "back"]
    assert back and back[0].code is None  # [---]
    rations = _find(compiled, "supply", "0756")[0]
    assert rations.symmetric  # % before the verb, and [x:x]
    pledge = [p for p in compiled[1].patterns if p.lemma == "supply" and p.object[:1] == ("pledge",)]
    assert pledge[0].code is None  # [:0757] codes nothing in the active voice


def test_petrarch_verbs_transformations(compiled):
    notes = compiled[1].notes
    assert notes["transformations applied as control rules"] == 1
    assert notes["transformations applied as speech rules"] == 2
    assert notes["transformations kept as data (not applied)"] == 1  # (b . FERRY) WANT
    assert compiled[1].control == {
        "attempt": {"071": "139"},  # "wants to ferry" -> 139
        "speech-own": {"071": "015"},  # "said it would ferry" claims its own act
        "speech-other": {"071": "112"},  # "claimed B ferried" accuses B
    }
    want = _find(compiled, "want", "030")[0]
    assert want.control == "attempt"


def test_petrarch_verbs_tabari_syntax(compiled):
    greet = [p for p in compiled[1].patterns if p.lemma == "greet"]
    assert {p.code for p in greet} >= {"041", "0411", "0412", "0414", "0415"}
    warm = _find(compiled, "greet", "0411")[0]
    assert "warm trade link" in warm.object
    allies = _find(compiled, "greet", "0412")[0]
    assert allies.object[0] == "new allies" and allies.subject == ()
    iftar = _find(compiled, "greet", "0414")[0]
    assert (iftar.prep, iftar.target) == ("at", "auto")  # "AT ^ +": the target is not the at-object
    envoy = _find(compiled, "greet", "0415")[0]
    assert (envoy.object[0], envoy.prep, envoy.target) == ("envoy", "with", "prep")
    assert not _find(compiled, "greet", "042")  # GREET's block comes after GREETED: first wins
    assert compiled[1].notes["verbs already in an earlier block (skipped)"] == 1


def test_petrarch_verbs_bad_lines(tmp_path):
    path = tmp_path / "Bad.verbs.txt"
    path.write_text("--- X [010] ---\nX\n- * NO CODE HERE\n", encoding="utf-8")
    with pytest.raises(BadLine) as info:
        read_verbs(path)
    assert info.value.line == 3
    path.write_text("- * ORPHAN [010]\n", encoding="utf-8")
    with pytest.raises(BadLine):
        read_verbs(path)
    path.write_text("--- X [010] ---\nX\n- * (TYPO [010]\n", encoding="utf-8")
    assert read_verbs(path).skipped == [(3, "unbalanced ( ) or { }")]
