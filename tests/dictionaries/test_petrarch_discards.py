"""PETRARCH discard files: sentence phrases, + story phrases, stems and whole words."""

from diurna.dictionaries.petrarch.discards import Discards, read_discards


def test_petrarch_discards_sentence_and_story(tmp_path):
    path = tmp_path / "Test.discards.txt"
    path.write_text(
        "# made-up discards\nCROQUET\n+GRAND REGATTA   # a story discard\nTEAM A_\n", encoding="utf-8"
    )
    discards = read_discards(path)
    assert discards.sentence == {"CROQUET", "TEAM A_"}
    assert discards.story == {"GRAND REGATTA"}
    assert discards.sentence_match("The croquet final was tense.") == "croquet"
    assert discards.sentence_match("Croquets were sold.") == "Croquet"  # a stem matches longer words
    assert discards.sentence_match("A bicroquet tournament") is None  # but only from a word start
    assert discards.sentence_match("Team A won.") == "Team A"
    assert discards.sentence_match("Team Alpha won.") is None  # a trailing _ wants the word to end
    assert discards.story_match("the Grand\nRegatta opened") == "Grand Regatta"
    assert discards.story_match("The croquet final") is None


def test_petrarch_discards_union():
    both = Discards(frozenset({"A"}), frozenset()) | Discards(frozenset(), frozenset({"B"}))
    assert (both.sentence, both.story, len(both), bool(Discards())) == ({"A"}, {"B"}, 2, False)
