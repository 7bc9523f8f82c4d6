"""``diurna demo`` codes the samples into the database once; running it again adds nothing."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from diurna.cli import app
from diurna.store import open_store

pytestmark = pytest.mark.model


def test_cli_demo_codes_into_the_database_once(sample_db, coder, monkeypatch):
    import diurna.coder

    monkeypatch.setattr(diurna.coder, "Coder", lambda *a, **k: coder)
    db, first = sample_db
    assert re.search(r"coded \d+ sample articles into \S*demo.duckdb", first.replace("\n", ""))
    assert "Events by CAMEO root" in first
    with open_store(db, read_only=True) as store:
        counts = store.counts()
    assert counts["articles"] == 24 and counts["events"] > 0  # failed articles are stored as such
    second = CliRunner().invoke(app, ["demo", "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert "already in" in second.stdout
    with open_store(db, read_only=True) as store:
        assert store.counts() == counts
    # The summary is read back from the database, so it is the same both times.
    tail = lambda text: text.split("mentions),", 1)[1].split("\n", 1)[1]  # noqa: E731
    assert tail(first) == tail(second.stdout)
