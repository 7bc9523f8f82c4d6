"""article_view: the stored text with its marks, events (with rules) and places; D050 if unknown."""

from __future__ import annotations

import pytest

from diurna.errors import DiurnaError
from diurna.query import article_view, find_events, marks_of
from diurna.store import open_store

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def sample_store(sample_db):
    with open_store(sample_db[0], read_only=True) as store:
        yield store


def test_query_articles_marks_point_into_the_text(sample_store):
    event = find_events(sample_store, limit=1).events[0]
    view = article_view(sample_store, event["article_id"])
    text = view["text"]
    for mark in view["marks"]:
        assert 0 <= mark["start"] < mark["end"] <= len(text)
        if mark["kind"] == "verb":  # the verb's words, inside the event's own sentence
            words = text[mark["start"]:mark["end"]]
            assert words.strip() and words in view["events"][mark["event"]]["sentence"]
    assert [m["start"] for m in view["marks"]] == sorted(m["start"] for m in view["marks"])
    assert {"actor", "verb", "place"} <= {m["kind"] for m in view["marks"]}
    assert any(e["event_id"] == event["id"] for e in view["events"])


def test_query_articles_actor_marks_are_the_actor_text(sample_store):
    article_id = find_events(sample_store, limit=1).events[0]["article_id"]
    view = article_view(sample_store, article_id)
    actors = [m for m in view["marks"] if m["kind"] == "actor"]
    assert actors
    spans = {(a["start"], a["end"]): a["text"] for a in view["actors"]}
    for mark in actors:
        assert view["text"][mark["start"]:mark["end"]] == spans[(mark["start"], mark["end"])]


def test_query_articles_unknown_is_d050(sample_store):
    with pytest.raises(DiurnaError) as caught:
        article_view(sample_store, "nope")
    assert caught.value.code == "D050"


def test_query_articles_marks_of_a_fresh_coding(coder):
    coded = coder.code("Serbia refused to impose sanctions on Russia, officials in Belgrade said.", date="2024-10-20")
    kinds = [m["kind"] for m in marks_of(coded)]
    assert "actor" in kinds and "verb" in kinds
