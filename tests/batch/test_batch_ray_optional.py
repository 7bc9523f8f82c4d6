"""Ray stays optional: diurna imports and runs without it, and ``--engine ray`` says how to
get it; the engine options are checked before anything runs. No Ray is started here."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from diurna.cli import app

NO_RAY = "import sys; sys.modules['ray'] = None\n"  # any `import ray` now raises ImportError


@pytest.mark.model
def test_batch_ray_diurna_imports_and_runs_without_ray(tmp_path):
    (tmp_path / "a.txt").write_text("Serbia and Russia signed a trade agreement in Belgrade on Monday.")
    script = NO_RAY + (
        "import diurna, diurna.batch, diurna.cli, diurna.store\n"
        "from diurna.cli import main\n"
        f"sys.argv = ['diurna', 'ingest', {str(tmp_path)!r}, '--db', {str(tmp_path / 'a.duckdb')!r}, '-q']\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "articles coded" in result.stdout


def test_batch_ray_missing_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--engine", "ray", "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "[D070]" in result.stderr and "pip install 'diurna[ray]'" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "args, code",
    [
        (["--engine", "spark"], "D071"),
        (["--engine", "ray"], "D072"),  # no --out
        (["--engine", "ray", "--out", "o", "--db", "x.duckdb"], "D072"),
        (["--out", "o"], "D072"),  # the local engine writes a database
        (["--address", "auto"], "D072"),
    ],
)
def test_batch_ray_engine_options_are_checked(tmp_path, args, code):
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), *args])
    assert result.exit_code == 2 and f"[{code}]" in result.stderr, result.output


@pytest.mark.parametrize("make", [lambda p: None, lambda p: p.mkdir(), lambda p: p.write_text("x")])
def test_batch_ray_load_needs_partitions(tmp_path, make):
    folder = tmp_path / "out"
    make(folder)
    result = CliRunner().invoke(app, ["load", str(folder), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 2 and "[D074]" in result.stderr, result.output
    assert not (tmp_path / "x.duckdb").exists()


def test_batch_ray_errors_survive_pickling():
    """A DiurnaError raised in a Ray task reaches the CLI with its code (Ray pickles it)."""
    import pickle

    from diurna.errors import DiurnaError

    error = pickle.loads(pickle.dumps(DiurnaError("D076", path="/x", detail="Not a directory")))
    assert (error.code, error.details, str(error)) == ("D076", {"path": "/x", "detail": "Not a directory"},
                                                       str(DiurnaError("D076", path="/x", detail="Not a directory")))
