"""find_events: filters agree with a plain Python filter over every stored event; pages are exact."""

from __future__ import annotations

import pytest

from diurna.errors import DiurnaError
from diurna.query import EventFilter, find_events
from diurna.store import open_store


@pytest.fixture(scope="module")
def fake_store(coded_db):
    with open_store(coded_db, read_only=True) as store:
        yield store


@pytest.fixture(scope="module")
def every_event(fake_store):
    return list(fake_store.iter_events())


def _starts(code, prefixes):
    return code is not None and any(code.startswith(p) for p in prefixes)


@pytest.mark.parametrize(
    "filters, keep",
    [
        (EventFilter(), lambda e: True),
        (EventFilter(actor=("SRB",)), lambda e: _starts(e["source_code"], ["SRB"]) or _starts(e["target_code"], ["SRB"])),
        (EventFilter(source=("RUS",), target=("SRB",)), lambda e: _starts(e["source_code"], ["RUS"]) and _starts(e["target_code"], ["SRB"])),
        (EventFilter(dyad=("SRB", "RUS")), lambda e: {e["source_code"][:3], (e["target_code"] or "")[:3]} == {"SRB", "RUS"}),
        (EventFilter(country=("KEN", "CHL")), lambda e: e["source_country"] in ("KEN", "CHL") or e["target_country"] in ("KEN", "CHL")),
        (EventFilter(code=("12",)), lambda e: e["cameo_code"].startswith("12")),
        (EventFilter(root=("19",)), lambda e: e["cameo_root"] == "19"),
        (EventFilter(plover=("assault",)), lambda e: e["plover_type"] == "ASSAULT"),
        (EventFilter(quad=(1, 4)), lambda e: e["quad_class"] in (1, 4)),
        (EventFilter(since="2024-03-02", until="2024-03-02"), lambda e: str(e["date"]) == "2024-03-02"),
    ],
)
def test_query_events_filters_match_python(fake_store, every_event, filters, keep):
    expected = {str(e["id"]) for e in every_event if keep(e)}
    page = find_events(fake_store, filters, limit=1000)
    assert page.total == len(expected)
    assert {e["id"] for e in page.events} == expected


def test_query_events_text_searches_every_mention(fake_store):
    page = find_events(fake_store, EventFilter(text="KENYA PRAISED"), limit=1000)
    assert page.total > 0 and all(e["cameo_code"] == "051" for e in page.events)
    assert find_events(fake_store, EventFilter(text="no such words here")).total == 0


def test_query_events_pages_cover_everything_once(fake_store, every_event):
    seen: list[str] = []
    for offset in range(0, len(every_event) + 5, 5):
        page = find_events(fake_store, limit=5, offset=offset, newest_first=False)
        seen += [e["id"] for e in page.events]
    assert sorted(seen) == sorted(str(e["id"]) for e in every_event)
    dates = [e["date"] for e in find_events(fake_store, limit=1000, newest_first=False).events]
    assert dates == sorted(dates)


def test_query_events_rows_carry_evidence(fake_store):
    event = find_events(fake_store, limit=1).events[0]
    assert event["sentence"] and event["rule"] == "fake" and event["verb"] and event["article_id"]
    assert isinstance(event["id"], str) and isinstance(event["date"], str)


@pytest.mark.parametrize("limit, offset, code", [(1001, 0, "D058"), (-1, 0, "D013"), (10, -5, "D013")])
def test_query_events_page_limits(fake_store, limit, offset, code):
    with pytest.raises(DiurnaError) as caught:
        find_events(fake_store, limit=limit, offset=offset)
    assert caught.value.code == code


def test_query_events_hostile_values_stay_values(fake_store):
    hostile = "SRB') OR 1=1 --"
    assert find_events(fake_store, EventFilter(actor=(hostile,), text=hostile, place=hostile)).total == 0
