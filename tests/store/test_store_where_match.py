"""The match operators of ``--where``: ^= (starts with) and ~= (contains), and keys over several columns."""

from __future__ import annotations

import pytest

from diurna.errors import DiurnaError
from diurna.store.where import condition, parse_filter


@pytest.mark.parametrize(
    "text, sql, params",
    [
        ("source^=srb", "starts_with(source_code, ?)", ["SRB"]),
        ("code^=19,04", "(starts_with(cameo_code, ?) OR starts_with(cameo_code, ?))", ["19", "04"]),
        ("actor^=SRB", "(starts_with(source_code, ?) OR starts_with(target_code, ?))", ["SRB", "SRB"]),
        ("actor!=SRB", "(source_code != ? AND target_code != ?)", ["SRB", "SRB"]),
        ("actor_country=SRB,RUS", "(source_country IN (?, ?) OR target_country IN (?, ?))", ["SRB", "RUS", "SRB", "RUS"]),
        ("place~=Kyiv", "(contains(lower(place_name), ?) OR contains(lower(place_country), ?) OR contains(lower(place_admin1), ?))", ["kyiv"] * 3),
        ("text~=Sanctions", "EXISTS (SELECT 1 FROM event_mentions _m WHERE _m.event_id = events.id AND contains(lower(_m.sentence), ?))", ["sanctions"]),
        ("quad=4", "quad_class = ?", [4]),
    ],
)
def test_store_where_match_parses(text, sql, params):
    assert parse_filter(text) == (sql, params)


def test_store_where_match_alias_reaches_the_mentions_subquery():
    sql, _ = condition("text", "~=", ["x"], alias="e")
    assert "_m.event_id = e.id" in sql


@pytest.mark.parametrize("text, detail", [("quad^=1", "operators"), ("quad=5", "not a valid"), ("date~=2024", "operators"), ("text=x", "operators")])
def test_store_where_match_rejects(text, detail):
    with pytest.raises(DiurnaError) as caught:
        parse_filter(text)
    assert caught.value.code == "D037" and detail in caught.value.cause


def test_store_where_match_runs_on_a_store(coded_db):
    from diurna.store import open_store

    with open_store(coded_db, read_only=True) as store:
        serbian = list(store.iter_events(["actor^=SRB"]))
        assert serbian and all("SRB" in (e["source_code"] or "") + (e["target_code"] or "") for e in serbian)
        assert list(store.iter_events(["text~=MET RUSSIA"]))  # any case
        assert list(store.iter_events(["text~=' OR 1=1 --"])) == []
        mentions = list(store.iter_mentions(["text~=met russia"]))
        assert mentions and all("met Russia" in m["sentence"] for m in mentions)
