"""`diurna evaluate` in-process, with a fake coder in place of the model."""

from __future__ import annotations

import json

import pytest
from eval_builders import FakeFactory, event
from typer.testing import CliRunner

from diurna.cli import app


@pytest.fixture()
def factory(monkeypatch):
    import diurna.coder

    fake = FakeFactory(lambda text, settings: [event("TUR", "RUS", "180", "ASSAULT", rule="verb.shoot")])
    monkeypatch.setattr(diurna.coder, "Coder", fake)
    return fake


@pytest.fixture()
def runner():
    return CliRunner()


def test_cli_evaluate_table(runner, factory, eval_dir):
    result = runner.invoke(app, ["evaluate", str(eval_dir / "news_dev.jsonl"), "--limit", "3"])
    assert result.exit_code == 0, result.output
    for part in ("news_dev", "records passed: 2/3", "CAMEO roots", "worst misses", "overall"):
        assert part in result.output, part


def test_cli_evaluate_json_with_set_dictionaries(runner, factory, eval_dir):
    result = runner.invoke(
        app,
        ["evaluate", str(eval_dir / "petr_dev.jsonl"), "--format", "json", "--limit", "2",
         "--set-dictionaries", "petr2_unittest=toy", "--dictionaries", "builtin"],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    names = [s["name"] for s in data["sets"]]
    assert names[:3] == ["petr_dev/petr2_unittest", "petr_dev/petr2_gsr", "petr_dev/petr2_gsr/country"]
    assert data["sets"][0]["skipped"] is None and data["sets"][0]["records_total"] == 2
    assert {"dictionaries": "toy", "require_target": True} in factory.built


@pytest.mark.parametrize(
    "args, message",
    [
        (["--format", "xml"], "D011"),
        (["--set-dictionaries", "petr2_unittest"], "D013"),
    ],
)
def test_cli_evaluate_bad_options(runner, factory, eval_dir, args, message):
    result = runner.invoke(app, ["evaluate", str(eval_dir / "news_dev.jsonl"), *args])
    assert result.exit_code == 2
    assert message in result.output


def test_cli_evaluate_missing_file(runner, factory, tmp_path):
    result = runner.invoke(app, ["evaluate", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2 and "D010" in result.output
