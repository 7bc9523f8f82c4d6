"""``--where`` filters: parsed into parameterised SQL, never string-built from user values."""

from __future__ import annotations

import datetime as dt

import pytest

from diurna.errors import DiurnaError
from diurna.store.where import parse_filter, where_clause


@pytest.mark.parametrize(
    "text, sql, params",
    [
        ("date>=2024-01-01", "date >= ?", [dt.date(2024, 1, 1)]),
        ("date = 20240105", "date = ?", [dt.date(2024, 1, 5)]),
        ("root=19", "cameo_root = ?", ["19"]),
        ("root=4", "cameo_root = ?", ["04"]),
        ("root=14,18,19", "cameo_root IN (?, ?, ?)", ["14", "18", "19"]),
        ("quad!=1,2", "quad_class NOT IN (?, ?)", [1, 2]),
        ("source=srbgov", "source_code = ?", ["SRBGOV"]),
        ("mentions>3", "num_mentions > ?", [3]),
        ("goldstein<=-5.5", "goldstein <= ?", [-5.5]),
    ],
)
def test_store_where_parses(text, sql, params):
    assert parse_filter(text) == (sql, params)


@pytest.mark.parametrize(
    "text, detail",
    [
        ("colour=red", "unknown key"),
        ("date>=yesterday", "not a valid"),
        ("mentions>many", "not a valid"),
        ("root", "expected KEY OP VALUE"),
        ("root=", "empty"),
        ("1=1; DROP TABLE events", "expected KEY OP VALUE"),
    ],
)
def test_store_where_rejects_with_d037(text, detail):
    with pytest.raises(DiurnaError) as caught:
        parse_filter(text)
    assert caught.value.code == "D037" and detail in caught.value.cause
    assert "date" in caught.value.fix  # the valid keys are listed


def test_store_where_values_stay_parameters(coded_db):
    from diurna.store import open_store

    hostile = "source=X' OR '1'='1"
    condition, params = where_clause([hostile, "root=04"], alias="e")
    assert condition == "WHERE e.source_code = ? AND e.cameo_root = ?"
    assert params == ["X' OR '1'='1", "04"]
    with open_store(coded_db, read_only=True) as store:
        assert list(store.iter_events([hostile])) == []
        assert len(list(store.iter_events(["root=4"]))) > 0
