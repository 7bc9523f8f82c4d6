"""``diurna ingest`` in-process with the fake coder: database choice, summary, re-runs."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from diurna.batch import CoderSpec
from diurna.cli import app
from diurna.store import open_store


@pytest.fixture(autouse=True)
def _fake_coder(monkeypatch, fake_spec):
    import diurna.cli.ingest

    monkeypatch.setattr(diurna.cli.ingest, "coder_spec", lambda **settings: CoderSpec(fake_spec.factory, tuple(sorted(settings.items()))))


@pytest.fixture
def inputs(tmp_path, fake_corpus_file):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "corpus.jsonl").write_bytes(fake_corpus_file.read_bytes())
    (folder / "bad.jsonl").write_text('{"text": 5}\nnot json\n')
    return folder


def test_cli_ingest_summary_and_rerun(tmp_path, inputs):
    db = tmp_path / "x.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(inputs), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "articles coded" in result.stdout and "D006 bad JSONL line" in result.stdout
    assert "D008 missing text field" in result.stdout
    with open_store(db, read_only=True) as store:
        first = store.counts()
    assert first["articles"] == 24 and first["errors"] == 2
    again = CliRunner().invoke(app, ["ingest", str(inputs), "--db", str(db), "--workers", "1"])
    assert again.exit_code == 0, again.output
    with open_store(db, read_only=True) as store:
        assert store.counts() == first
    assert "already in the database" in again.stdout


def test_cli_ingest_uses_diurna_db_then_the_working_directory(tmp_path, inputs, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DIURNA_DB", str(tmp_path / "env.duckdb"))
    assert CliRunner().invoke(app, ["ingest", str(inputs / "corpus.jsonl"), "-q"]).exit_code == 0
    assert (tmp_path / "env.duckdb").exists() and not (tmp_path / "diurna.duckdb").exists()
    monkeypatch.delenv("DIURNA_DB")
    assert CliRunner().invoke(app, ["ingest", str(inputs / "corpus.jsonl"), "-q"]).exit_code == 0
    assert (tmp_path / "diurna.duckdb").exists()


def test_cli_ingest_missing_path_is_a_dead_letter(tmp_path):
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "x.duckdb"), "-q"])
    assert result.exit_code == 0, result.output
    assert "D010" in result.stdout


def test_cli_ingest_unreadable_database_is_a_coded_error(tmp_path, inputs):
    db = tmp_path / "x.duckdb"
    (tmp_path / "x.duckdb").write_text("not a database")
    result = CliRunner().invoke(app, ["ingest", str(inputs), "--db", str(db)])
    assert result.exit_code == 2 and "D035" in result.output
