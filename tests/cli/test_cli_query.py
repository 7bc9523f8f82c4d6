"""``diurna query``: events, dyad, actors and summary as tables, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from diurna.cli import app


def run(*args):
    result = CliRunner().invoke(app, ["query", *args])
    return result


@pytest.mark.parametrize("command", [["events"], ["dyad", "SRB", "RUS", "--both"], ["actors"], ["summary"]])
@pytest.mark.parametrize("output", ["table", "json", "csv"])
def test_cli_query_every_command_every_format(coded_db, command, output):
    result = run(*command, "--db", str(coded_db), "--format", output)
    assert result.exit_code == 0, result.output
    if output == "json":
        json.loads(result.stdout)
    elif output == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert rows
    else:
        assert "┃" in result.stdout


def test_cli_query_events_filters(coded_db):
    result = run("events", "--db", str(coded_db), "--actor", "KEN", "--quad", "1", "--since", "2024-03-02", "-f", "json", "--limit", "500")
    assert result.exit_code == 0, result.output
    page = json.loads(result.stdout)
    assert page["total"] == len(page["events"]) > 0
    assert all(e["quad_class"] == 1 and e["date"] >= "2024-03-02" for e in page["events"])
    assert all("KEN" in (e["source_code"] or "") + (e["target_code"] or "") for e in page["events"])


def test_cli_query_dyad_json_totals(coded_db):
    result = run("dyad", "RUS", "SRB", "--interval", "day", "--db", str(coded_db), "-f", "json")
    series = json.loads(result.stdout)
    assert series["totals"]["material_conflict"] == series["totals"]["events"] > 0


@pytest.mark.parametrize(
    "args, code",
    [
        (["events", "--quad", "7"], "D037"),
        (["events", "--since", "someday"], "D037"),
        (["events", "--limit", "5000"], "D058"),
        (["events", "-f", "xml"], "D011"),
        (["dyad", "A", "B", "--interval", "fortnight"], "D061"),
    ],
)
def test_cli_query_errors_are_coded(coded_db, args, code):
    result = run(*args, "--db", str(coded_db))
    assert result.exit_code == 2 and code in result.output


def test_cli_query_missing_database_is_d035(tmp_path):
    result = run("summary", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 2 and "D035" in result.output
