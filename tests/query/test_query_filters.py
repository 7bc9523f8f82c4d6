"""EventFilter: loose values in, parameterised conditions out, D037 for values that are not valid."""

from __future__ import annotations

import pytest

from diurna.errors import DiurnaError
from diurna.query import EventFilter


def test_query_filters_of_splits_and_drops_empties():
    filters = EventFilter.of(actor="srb, rus", root=["14", "19"], quad="3,4", since="", text=None, unknown="x")
    assert filters == EventFilter(actor=("srb", "rus"), root=("14", "19"), quad=("3", "4"))


def test_query_filters_sql_keeps_values_as_parameters():
    where, params = EventFilter(actor=("SRB",), text="x'; DROP TABLE events; --", quad=(4,)).where("e")
    assert "DROP" not in where and where.count("?") == len(params)
    assert params == ["SRB", "SRB", 4, "x'; drop table events; --"]


def test_query_filters_dyad_is_either_direction():
    where, params = EventFilter(dyad=("SRB", "RUS")).where()
    assert where.count("starts_with") == 4 and params == ["SRB", "RUS", "RUS", "SRB"]


@pytest.mark.parametrize(
    "filters",
    [EventFilter(since="the day before"), EventFilter(quad=(0,)), EventFilter(dyad=("SRB",)), EventFilter.of(dyad="A,B,C")],
)
def test_query_filters_invalid_values_are_d037(filters):
    with pytest.raises(DiurnaError) as caught:
        filters.where()
    assert caught.value.code == "D037"
