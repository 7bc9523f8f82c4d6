"""`diurna code` in-process: formats, the JSONL contract and bad input."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from diurna.cli import app

pytestmark = pytest.mark.model

ARTICLE = (
    "Serbian President Aleksandar Vucic held talks with Russian President Vladimir Putin "
    "on Monday. Russia later criticized the European Union."
)


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture(autouse=True)
def _shared_coder(monkeypatch, coder):
    # Reuse the session's coder: the CLI builds one per run, which costs seconds.
    import diurna.coder

    monkeypatch.setattr(diurna.coder, "Coder", lambda *a, **k: coder)


def test_cli_code_text_file_as_json(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    result = runner.invoke(app, ["code", str(path), "--date", "2024-10-20"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["date"] == "2024-10-20"
    assert {e["cameo"]["root"] for e in data["events"]} >= {"04"}
    assert data["events"][0]["rule"]


def test_cli_code_stdin_table(runner):
    result = runner.invoke(app, ["code", "-", "--format", "table", "--date", "2024-10-20"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert "SRBGOV" in result.stdout


def test_cli_code_jsonl_keeps_order_and_ids_and_reports_bad_lines(runner, tmp_path):
    lines = [
        json.dumps({"id": "first", "text": ARTICLE, "date": "20241020"}),
        "{not json",
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "german", "text": "Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen, wie ein Sprecher in Berlin mitteilte."}),
        json.dumps({"id": "notext", "title": "x"}),
        json.dumps({"id": 7, "text": ARTICLE, "date": "2024-13-45"}),
        json.dumps({"id": "last", "text": ARTICLE}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    result = runner.invoke(app, ["code", "--input-format", "jsonl", str(path)])
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["first", None, "empty", "german", "notext", "7", "last"]
    codes = [o.get("error", {}).get("code") for o in out]
    assert codes == [None, "D006", "D001", "D005", "D008", "D007", None]
    assert out[0]["date"] == "2024-10-20" and out[-1]["events"]
    assert "[D006]" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "content, code",
    [
        (b"", "D001"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "D002"),
        (b"Serbia \xe9 Russia \xff talks", "D003"),
        (("Serbia and Russia held talks on Monday in Belgrade. " * 100_000).encode(), "D004"),
    ],
)
def test_cli_code_bad_files_give_coded_errors(runner, tmp_path, content, code):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = runner.invoke(app, ["code", str(path)])
    assert result.exit_code == 1
    assert f"[{code}]" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_code_missing_file_and_unknown_format(runner, tmp_path):
    result = runner.invoke(app, ["code", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and "[D010]" in result.stderr
    result = runner.invoke(app, ["code", "-", "--format", "xml"], input=ARTICLE)
    assert result.exit_code == 2 and "[D011]" in result.stderr
