"""``diurna export`` in-process on the shared coded corpus: every format, filters, bad options."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from diurna.cli import app


@pytest.mark.parametrize("fmt", ["gdelt", "icews", "plover", "parquet", "csv"])
def test_cli_export_every_format(coded_db, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    result = CliRunner().invoke(app, ["export", "--format", fmt, "--db", str(coded_db), str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists() and out.stat().st_size > 0
    assert "written to" in result.stderr


def test_cli_export_where_filters(coded_db, tmp_path):
    every = CliRunner().invoke(app, ["export", "-f", "gdelt", "--db", str(coded_db), "-"])
    some = CliRunner().invoke(
        app, ["export", "-f", "gdelt", "--db", str(coded_db), "--where", "root=19", "--where", "date>=2024-03-02", "-"]
    )
    assert every.exit_code == some.exit_code == 0, some.output
    rows = [line.split("\t") for line in some.stdout.splitlines()]
    assert 0 < len(rows) < len(every.stdout.splitlines())
    assert all(r[28] == "19" and int(r[1]) >= 20240302 for r in rows)


def test_cli_export_plover_to_stdout(coded_db):
    result = CliRunner().invoke(app, ["export", "-f", "plover", "--db", str(coded_db), "--where", "source=SRBGOV", "-"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(r["actor1"]["code"] == "SRBGOV" for r in records)


@pytest.mark.parametrize(
    "args, code",
    [
        (["-f", "gdelt", "--where", "colour=red"], "D037"),
        (["-f", "xml"], "D011"),
        (["-f", "parquet"], "D011"),  # parquet needs a file, not '-'
    ],
)
def test_cli_export_bad_options_are_coded_errors(coded_db, args, code):
    result = CliRunner().invoke(app, ["export", *args, "--db", str(coded_db), "-"])
    assert result.exit_code == 2 and code in result.output


def test_cli_export_missing_database(tmp_path):
    result = CliRunner().invoke(app, ["export", "-f", "csv", "--db", str(tmp_path / "none.duckdb"), str(tmp_path / "o.csv")])
    assert result.exit_code == 2 and "D035" in result.output and not (tmp_path / "none.duckdb").exists()


def test_cli_export_csv_reads_back(coded_db, tmp_path):
    out = tmp_path / "e.csv"
    CliRunner().invoke(app, ["export", "-f", "csv", "--db", str(coded_db), "--where", "mentions>1", str(out)])
    frame = pd.read_csv(out)
    assert len(frame) > 0 and (frame["num_mentions"] > 1).all()
