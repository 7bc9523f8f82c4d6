"""PETRARCH actor files: names, synonyms, plurals, comments and date-limited codes."""

import datetime as dt
from collections import Counter

import pytest

from diurna.dictionaries.petrarch.actors import plural, read_actors, written_form
from diurna.dictionaries.petrarch.text import BadLine

SNIPPET = """\
<!-- a made-up actor file for the tests
     spread over two lines -->
# a comment line
VALDORIA [VLD]
+VALDORIAN   # an inline comment
RIVERTON_ [VLDGOV]
HIGH_COUNCIL_OF_VALDORIA_ [VLDGOV]  [VLDLEG <900101]
MARA_QUILL_  # a person, by her codes
\t[VLDELI 850101-931231]
\t[VLDGOV 940101-041231]
\t[VLDELI]
OLD_REPUBLIC
+THE_OLD_REPUBLIC_
\t[ORP <911226]
\t[VLD >911226]
NORTHMARCH_LEAGUE [IGONML]
GREYFELL
+GREY_FELL_
\t[GRY]
"""


@pytest.fixture()
def pairs(tmp_path):
    path = tmp_path / "Test.actors.txt"
    path.write_text(SNIPPET, encoding="utf-8")
    notes = Counter()
    return read_actors(path, notes), notes


def _entry(pairs, written):
    return next(entry for name, entry in pairs[0] if name == written)


def test_petrarch_actor_plurals_follow_petrarch():
    assert plural("RIVER") == "RIVERS"
    assert plural("PARTY") == "PARTIES"
    assert plural("ALLIANCES") == "ALLIANCESES"  # as PETRARCH does: -S -> -SES
    assert plural("(AAIA)") is None


def test_petrarch_actor_written_forms():
    assert written_form("VALDORIA") == "Valdoria"
    assert written_form("HIGH_COUNCIL_OF_VALDORIA") == "high Council Of Valdoria"
    assert written_form("AL-SHARIQ") == "al-Shariq"
    assert written_form("U.S.") == "U.S."


def test_petrarch_actor_names_synonyms_and_plurals(pairs):
    names = [name for name, _ in pairs[0]]
    assert "Valdoria" in names and "Valdorias" in names  # regular plural generated
    assert "Valdorian" in names and "Valdorians" in names  # synonyms too
    assert "Riverton" in names and "Rivertons" not in names  # trailing _: no plural
    assert _entry(pairs, "Valdorian") is _entry(pairs, "Valdoria")


def test_petrarch_actor_kinds_and_codes(pairs):
    state = _entry(pairs, "Valdoria")
    assert (state.kind, state.country, state.code) == ("state", "VLD", None)
    group = _entry(pairs, "Riverton")
    assert (group.kind, group.country, group.code) == ("group", "VLD", "VLDGOV")
    igo = _entry(pairs, "northmarch League")
    assert (igo.kind, igo.country, igo.code) == ("group", "IGO", "IGONML")
    assert state.source == "Test.actors.txt:4"


def test_petrarch_actor_inline_dated_code_and_default(pairs):
    council = _entry(pairs, "high Council Of Valdoria")
    assert council.resolve(dt.date(1989, 5, 1)).code == "VLDLEG"
    assert council.resolve(dt.date(1995, 5, 1)).code == "VLDGOV"


def test_petrarch_actor_person_terms_inclusive_end(pairs):
    mara = _entry(pairs, "mara Quill")
    assert mara.kind == "person"
    assert mara.resolve(dt.date(1990, 1, 1)).code == "VLDELI"
    assert mara.resolve(dt.date(2004, 12, 31)).code == "VLDGOV"  # the end date is inside the term
    assert mara.resolve(dt.date(2005, 1, 1)).code == "VLDELI"  # the undated default


def test_petrarch_actor_before_and_after_dates(pairs):
    old = _entry(pairs, "old Republic")
    assert old.kind == "state"
    assert old.resolve(dt.date(1991, 12, 25)).country == "ORP"
    assert old.resolve(dt.date(1991, 12, 26)).country == "VLD"
    assert _entry(pairs, "the Old Republic") is old


def test_petrarch_actor_codeless_lines_share_the_next_codes(pairs):
    assert _entry(pairs, "grey Fell") is _entry(pairs, "Greyfell")
    assert _entry(pairs, "Greyfell").country == "GRY"


def test_petrarch_actor_century_rule(tmp_path):
    path = tmp_path / "Dates.actors.txt"
    path.write_text("ZED_ [ZED 300101-310101]\n", encoding="utf-8")
    entry = read_actors(path, Counter())[0][1]
    assert entry.terms[0].start == dt.date(2030, 1, 1)  # 00-30 -> 20YY
    assert entry.terms[0].end == dt.date(1931, 1, 2)  # 31-99 -> 19YY


def test_petrarch_actor_bad_date_names_the_line(tmp_path):
    path = tmp_path / "Bad.actors.txt"
    path.write_text("ALPHA [ALP]\nBETA [BET 991399-]\n", encoding="utf-8")
    with pytest.raises(BadLine) as info:
        read_actors(path, Counter())
    assert info.value.line == 2


def test_petrarch_actor_unclosed_bracket_is_an_error(tmp_path):
    path = tmp_path / "Bad.actors.txt"
    path.write_text("ALPHA [ALP\n", encoding="utf-8")
    with pytest.raises(BadLine):
        read_actors(path, Counter())
