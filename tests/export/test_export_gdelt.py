"""GDELT 2.0 event export: 61 columns in GDELT's order and types, read back by a GDELT reader."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from diurna.export import gdelt_columns, gdelt_row, write_gdelt
from diurna.export.gdelt import geo_type
from diurna.store import open_store

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "gdelt" / "schema.tsv"
# Columns GDELT always fills: a reader may rely on them being numbers.
REQUIRED_INTS = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions",
                 "NumSources", "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type", "DATEADDED"}


def reference_columns() -> list[tuple[str, str]]:
    """(name, type) of GDELT's events table, from the shared reference (never copied)."""
    if not REFERENCE.exists():
        pytest.skip("../shared/reference/gdelt is not available")
    with open(REFERENCE, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [(r["name"], r["type"]) for r in sorted((r for r in rows if r["table"] == "events_v2"), key=lambda r: int(r["position"]))]


def read_gdelt(text: str, columns: list[tuple[str, str]]) -> list[dict]:
    """A reader of GDELT event files: tab-separated, no header, typed by the column list."""
    rows = []
    for fields in csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
        assert len(fields) == len(columns) == 61, fields
        row = {}
        for (name, kind), value in zip(columns, fields):
            if kind == "INTEGER":
                assert value or name not in REQUIRED_INTS, name
                row[name] = int(value) if value else None
            elif kind == "FLOAT":
                row[name] = float(value) if value else None
            else:
                row[name] = value
        rows.append(row)
    return rows


def test_export_gdelt_columns_match_gdelt_order_and_types():
    ours = [(c.name, c.type) for c in gdelt_columns()]
    assert len(ours) == 61
    assert ours == reference_columns()


def test_export_gdelt_round_trips_through_a_gdelt_reader(coded_db):
    with open_store(coded_db, read_only=True) as store:
        events = list(store.iter_events())
        out = io.StringIO()
        assert write_gdelt(events, out) == len(events) > 0
    rows = read_gdelt(out.getvalue(), reference_columns())
    assert len(rows) == len(events)
    by_id = {e["id"]: e for e in events}
    for row in rows:
        event = by_id[row["GLOBALEVENTID"]]
        assert row["SQLDATE"] == int(event["date"].strftime("%Y%m%d"))
        assert row["MonthYear"] == row["SQLDATE"] // 100 and row["Year"] == row["SQLDATE"] // 10000
        assert (row["EventCode"], row["EventRootCode"], row["QuadClass"]) == (event["cameo_code"], event["cameo_root"], event["quad_class"])
        assert row["EventBaseCode"] == event["cameo_code"][:3]
        assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == (event["num_mentions"], event["num_sources"], event["num_articles"])
        assert row["GoldsteinScale"] == pytest.approx(event["goldstein"])
        assert row["Actor1Code"] == event["source_code"] and row["Actor1Type1Code"] == "GOV"
        assert row["Actor1CountryCode"] == event["source_country"] and row["Actor1Name"] == event["source_name"].upper()
        assert row["AvgTone"] == pytest.approx(event["avg_tone"])
        assert row["SOURCEURL"].startswith("https://example.org/")
        assert len(str(row["DATEADDED"])) == 14


def test_export_gdelt_action_geo_and_groups():
    event = {
        "id": 7, "date": dt.date(2024, 2, 29), "added": dt.datetime(2024, 3, 1, 12, 30, 5),
        "cameo_code": "0431", "cameo_base": "043", "cameo_root": "04", "quad_class": 1, "goldstein": 2.8,
        "source_code": "IGOUNOPKO", "source_name": "UN peacekeepers", "source_country": "IGO", "source_sectors": ["PKO"],
        "target_code": None, "num_mentions": 1, "num_sources": 1, "num_articles": 1, "avg_tone": None,
        "place_name": "Goma", "place_country": "COD", "place_admin1": "11", "place_lat": -1.6792, "place_lon": 29.2228,
        "place_feature": "city", "place_geonameid": 216281, "is_root": False, "first_article": "abc",
    }
    row = gdelt_row(event)
    assert (row["SQLDATE"], row["FractionDate"], row["DATEADDED"]) == (20240229, 2024.2438, 20240301123005)
    assert (row["Actor1KnownGroupCode"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == ("UNO", None, "PKO")
    assert row["Actor2Code"] is None and row["IsRootEvent"] == 0 and row["AvgTone"] is None
    assert (row["ActionGeo_Type"], row["ActionGeo_FeatureID"], row["ActionGeo_Lat"]) == (4, "216281", -1.6792)
    assert row["SOURCEURL"] == "abc"
    line = io.StringIO()
    write_gdelt([event], line)
    fields = line.getvalue().rstrip("\n").split("\t")
    assert len(fields) == 61 and fields[34] == "" and fields[51] == "4"


@pytest.mark.parametrize(
    "feature, country, expected",
    [("country", "FRA", 1), ("city", "USA", 3), ("city", "FRA", 4), ("region", "USA", 2), ("region", "SYR", 5), (None, None, 0)],
)
def test_export_gdelt_geo_type(feature, country, expected):
    assert geo_type(feature, country) == expected
