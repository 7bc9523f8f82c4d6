"""ICEWS, PLOVER, Parquet and CSV exports: their shape, from the shared coded corpus."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pyarrow.parquet as pq
import pytest

from diurna.export import icews_columns, write_csv, write_icews, write_parquet, write_plover
from diurna.store import open_store


@pytest.fixture(scope="module")
def exported(coded_db):
    with open_store(coded_db, read_only=True) as store:
        events = list(store.iter_events())
        mentions = list(store.iter_mentions())
        frame = store.events_frame()
    return events, mentions, frame


def test_export_icews_has_its_20_columns_and_a_row_per_mention(exported):
    events, mentions, _ = exported
    out = io.StringIO()
    assert write_icews(mentions, out) == len(mentions) == sum(e["num_mentions"] for e in events)
    rows = list(csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert list(rows[0]) == [c.name for c in icews_columns()] and len(icews_columns()) == 20
    for row in rows:
        assert row["Event Date"].startswith("2024-03-") and row["CAMEO Code"] in {"042", "051", "122", "190"}
        int(row["Event ID"]), int(row["Story ID"]), float(row["Intensity"])
        assert row["Source Sectors"] == "GOV" and row["Publisher"].startswith("Outlet ")
        assert int(row["Sentence Number"]) >= 1


def test_export_plover_records(exported):
    events, _, _ = exported
    out = io.StringIO()
    assert write_plover(events, out) == len(events)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    kinds = {r["event_type"] for r in records}
    assert kinds <= {"CONSULT", "COOPERATE", "AGREE", "ACCUSE", "ASSAULT", "PROTEST", "THREATEN", "REJECT", "SUPPORT", "DEMAND", "AID", "RETREAT", "SANCTION", "MOBILIZE", "COERCE", "INVESTIGATE", "CONCEDE", None} and kinds - {None}
    first = records[0]
    assert set(first) >= {"event_id", "event_date", "event_type", "event_mode", "event_context", "actor1", "actor2", "location", "cameo", "num_mentions"}
    assert first["actor1"]["sectors"] == ["GOV"] and first["location"] is None


def test_export_parquet_keeps_types_and_lists(exported, tmp_path):
    _, _, frame = exported
    path = tmp_path / "events.parquet"
    assert write_parquet(frame, path) == len(frame)
    table = pq.read_table(path)
    assert table.num_rows == len(frame) and table.schema.field("num_mentions").type in ("int32", "int64")
    assert table.column("source_sectors").to_pylist()[0] == ["GOV"]


def test_export_csv_has_a_header_and_flat_lists(exported, tmp_path):
    _, _, frame = exported
    path = tmp_path / "events.csv"
    assert write_csv(frame, path) == len(frame)
    back = pd.read_csv(path)
    assert list(back.columns) == list(frame.columns) and len(back) == len(frame)
    assert set(back["source_sectors"]) == {"GOV"}
    assert back["num_mentions"].sum() == frame["num_mentions"].sum()
