"""PETRARCH agent files: ~codes, plurals, {} and !MACRO! substitutions -> AgentTable data."""

from collections import Counter

import pytest

from diurna.dictionaries.agents import AgentTable
from diurna.dictionaries.petrarch.agents import read_agents
from diurna.dictionaries.petrarch.lemmas import Lemmas
from diurna.dictionaries.petrarch.text import BadLine

SNIPPET = """\
<!-- made-up agents for the tests -->
!CREW! = SAILOR, SAILORS, DECKHAND
!OFFICE! = MINISTER, MINISTERS, MINISTRY

HARBOUR!CREW! [~LAB]          # harboursailor, harboursailors, harbourdeckhand
TIDE_!OFFICE! [~GOVMAR]
RIVER_GUARD [~MIL]
MILITIA {} [~REB]
CHIEF_OF_WATCH {CHIEFS_OF_WATCH} [~COP]
RELIEF_AGENCY [NGO~]
LIGHTHOUSE_KEEPER
"""


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    path = tmp_path_factory.mktemp("agents") / "Test.agents.txt"
    path.write_text(SNIPPET, encoding="utf-8")
    notes = Counter()
    data = read_agents(path, Lemmas.load(), notes)
    return AgentTable(data), notes


def test_petrarch_agents_codes_become_sector_strings(table):
    agents, _ = table
    assert agents.sector(["river", "guard"]) == "MIL"
    assert agents.sector(["tide", "ministry"]) == "GOVMAR"  # multi-letter codes are kept whole


def test_petrarch_agents_match_lemmas_of_plurals(table):
    agents, _ = table
    assert agents.sector(["river", "guards"]) == "MIL"  # the generated plural, literally
    assert agents.sector(["chief", "of", "watch"]) == "COP"
    assert agents.sector(["militia"]) == "REB"


def test_petrarch_agents_macros_expand_without_plurals(table):
    agents, _ = table
    assert agents.sector(["harboursailor"]) == "LAB"
    assert agents.sector(["harbourdeckhand"]) == "LAB"
    assert agents.sector(["tide", "minister"]) == "GOVMAR"


def test_petrarch_agents_prefix_codes_and_missing_codes_are_noted(table):
    agents, notes = table
    assert agents.sector(["relief", "agency"]) == "NGO"
    assert notes["agent prefix codes appended instead ([NGO~])"] == 1
    assert notes["agents without a code (skipped)"] == 1
    assert agents.sector(["lighthouse", "keeper"]) is None


def test_petrarch_agents_unclosed_brace_is_an_error(tmp_path):
    path = tmp_path / "Bad.agents.txt"
    path.write_text("GOOD [~GOV]\nBROKEN {BROKENS [~GOV]\n", encoding="utf-8")
    with pytest.raises(BadLine) as info:
        read_agents(path, Lemmas.load(), Counter())
    assert info.value.line == 2
