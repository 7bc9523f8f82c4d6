from diurna.dictionaries.plurals import singular_guess
from diurna.dictionaries.agents import AgentTable


def test_agents_match_phrases_longest_first():
    table = AgentTable({"GOV": ["minister", "prime minister"], "REB": ["gunman"]})
    assert table.match(["the", "prime", "minister", "said"]) == [(1, 3, "GOV")]


def test_agents_match_unlemmatised_plurals():
    # a capitalised "Gunmen" opening a paragraph is tagged PROPN and keeps its form
    table = AgentTable({"REB": ["gunman", "militia"], "CVL": ["civilian"]})
    assert table.match(["gunmen", "attack", "militias", "civilians"]) == [(0, 1, "REB"), (2, 3, "REB"), (3, 4, "CVL")]
    assert table.match(["kurds", "glass", "press"]) == []


def test_singular_guess():
    assert [singular_guess(w) for w in ("gunmen", "militias", "countries", "press", "army")] == [
        "gunman", "militia", "country", None, None,
    ]
