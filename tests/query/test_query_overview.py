"""top_actors, event_places and store_summary over the sample corpus and the fake one."""

from __future__ import annotations

import pytest

from diurna.query import EventFilter, event_places, find_events, store_summary, top_actors
from diurna.store import open_store


@pytest.fixture(scope="module")
def fake_store(coded_db):
    with open_store(coded_db, read_only=True) as store:
        yield store


def test_query_overview_top_actors_count_events(fake_store):
    ranking = top_actors(fake_store, limit=3)
    assert len(ranking.sources) == 3 and len(ranking.targets) == 3
    for row in ranking.sources:
        assert row["events"] == find_events(fake_store, EventFilter(source=(row["code"],))).total - _longer(fake_store, row["code"], "source")
    assert [r["events"] for r in ranking.sources] == sorted((r["events"] for r in ranking.sources), reverse=True)
    assert {r["role"] for r in ranking.rows()} == {"source", "target"}


def _longer(store, code, side):
    """Events whose code extends ``code`` (prefix filters count them; the ranking does not)."""
    return sum(1 for e in store.iter_events() if (e[f"{side}_code"] or "").startswith(code) and e[f"{side}_code"] != code)


def test_query_overview_summary_adds_up(fake_store):
    summary = store_summary(fake_store)
    assert summary["articles"] == 24 and summary["events"] == sum(q["events"] for q in summary["by_quad"])
    assert summary["events"] == sum(r["events"] for r in summary["by_root"])
    assert summary["first_date"] == "2024-03-01" and summary["last_date"] == "2024-03-03"
    assert summary["top_dyads"][0]["events"] >= summary["top_dyads"][-1]["events"]


@pytest.mark.model
def test_query_overview_places_on_the_sample(sample_db):
    with open_store(sample_db[0], read_only=True) as store:
        points = event_places(store, limit=1000)
        summary = store_summary(store)
    assert points.places and points.unplaced + sum(p["events"] for p in points.places) == summary["events"]
    for place in points.places:
        assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180
        assert place["q1"] + place["q2"] + place["q3"] + place["q4"] == place["events"]
