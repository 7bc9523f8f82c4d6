"""dyad_series: events per period by quad class; totals add up; directions and intervals."""

from __future__ import annotations

import pytest

from diurna.errors import DiurnaError
from diurna.query import EventFilter, dyad_series, find_events
from diurna.query.dyads import QUAD_FIELDS
from diurna.store import open_store


@pytest.fixture(scope="module")
def fake_store(coded_db):
    with open_store(coded_db, read_only=True) as store:
        yield store


def test_query_dyads_one_way_and_both(fake_store):
    one = dyad_series(fake_store, "SRB", "RUS", "day")
    both = dyad_series(fake_store, "SRB", "RUS", "day", both=True)
    assert one.totals["events"] == find_events(fake_store, EventFilter(source=("SRB",), target=("RUS",))).total
    assert both.totals["events"] == find_events(fake_store, EventFilter(dyad=("SRB", "RUS"))).total
    assert both.totals["events"] > one.totals["events"] > 0
    assert one.totals["verbal_coop"] == one.totals["events"]  # Serbia only meets Russia
    assert both.totals["material_conflict"] > 0  # Russia attacks Serbia


@pytest.mark.parametrize("interval, periods", [("day", {"2024-03-01", "2024-03-02", "2024-03-03"}), ("week", {"2024-02-26"}), ("month", {"2024-03-01"}), ("year", {"2024-01-01"})])
def test_query_dyads_intervals(fake_store, interval, periods):
    series = dyad_series(fake_store, "SRB", "RUS", interval, both=True)
    assert {p["period"] for p in series.periods} == periods
    for p in series.periods:
        assert sum(p[name] for name in QUAD_FIELDS) == p["events"]
        assert -10 <= p["goldstein"] <= 10


def test_query_dyads_date_range_and_unknown_interval(fake_store):
    series = dyad_series(fake_store, "SRB", "RUS", "day", True, EventFilter(since="2024-03-02", until="2024-03-02"))
    assert [p["period"] for p in series.periods] == ["2024-03-02"]
    with pytest.raises(DiurnaError) as caught:
        dyad_series(fake_store, "SRB", "RUS", "fortnight")
    assert caught.value.code == "D061" and "month" in caught.value.fix


def test_query_dyads_no_events_is_empty(fake_store):
    series = dyad_series(fake_store, "CHL", "FRA")
    assert series.periods == [] and series.totals["events"] == 0 and series.totals["goldstein"] is None
