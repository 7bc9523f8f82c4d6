"""Shared fixtures: the real coder (loaded once per session) and tiny blank pipelines."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def coder():
    """The default Coder with the real English model; built once."""
    from diurna.coder import Coder

    return Coder()


@pytest.fixture(scope="session")
def blank_nlp():
    """A blank English pipeline: tokenizer only, for unit tests where the model is not the point."""
    return spacy.blank("en")


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    """The shared evaluation sets (read-only, never copied)."""
    if not EVAL.exists():
        pytest.skip("../shared/eval is not available")
    return EVAL


# -- ingest: a fake coder, a shared coded corpus, stores -----------------------------------
FAKES = Path(__file__).resolve().parent / "batch"


@pytest.fixture(scope="session")
def fake_spec():
    """A CoderSpec for the fast fake coder in tests/batch/fakecoder.py (workers import it too)."""
    import sys

    from diurna.batch import CoderSpec

    if str(FAKES) not in sys.path:
        sys.path.insert(0, str(FAKES))
    return CoderSpec.of("fakecoder:FakeCoder")


@pytest.fixture(scope="session")
def fake_corpus_file(tmp_path_factory, fake_spec) -> Path:
    """A JSONL corpus of 24 fake articles whose events repeat across outlets."""
    import json

    from fakecoder import fake_corpus

    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in fake_corpus(24)), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def coded_db(tmp_path_factory, fake_spec, fake_corpus_file) -> Path:
    """A database holding the fake corpus, coded once per session; open it read-only."""
    from diurna.batch import ingest_paths
    from diurna.store import open_store

    path = tmp_path_factory.mktemp("db") / "coded.duckdb"
    with open_store(path) as store:
        ingest_paths([str(fake_corpus_file)], store, fake_spec)
    return path


@pytest.fixture
def store(tmp_path):
    """An empty DuckDB store in a temp dir."""
    from diurna.store import open_store

    with open_store(tmp_path / "test.duckdb") as opened:
        yield opened


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory, coder):
    """``diurna demo`` run once into a fresh database with the session coder: (path, output)."""
    from typer.testing import CliRunner

    import diurna.coder
    from diurna.cli import app

    path = tmp_path_factory.mktemp("samples") / "demo.duckdb"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(diurna.coder, "Coder", lambda *a, **k: coder)
        result = CliRunner().invoke(app, ["demo", "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path, result.stdout


# -- the REST API: one app over a copy of the sample database ------------------------------
@pytest.fixture(scope="session")
def api_db(tmp_path_factory, sample_db) -> Path:
    """A copy of the sample database that API tests may write to (the original stays as built)."""
    import shutil

    path = tmp_path_factory.mktemp("api") / "api.duckdb"
    shutil.copyfile(sample_db[0], path)
    return path


@pytest.fixture(scope="session")
def api_app(api_db, coder):
    """The API app over ``api_db`` with the session coder (no token); its store closes at the end."""
    from diurna.server import ServerConfig, create_app

    app = create_app(ServerConfig(db=str(api_db)), coder=coder)
    yield app
    app.state.diurna.close()


@pytest.fixture(scope="session")
def api(api_app):
    """A TestClient for ``api_app``."""
    from fastapi.testclient import TestClient

    return TestClient(api_app)


@pytest.fixture(scope="session")
def api_variant(api_app):
    """Build a TestClient for another config (token, private, limits) over the same store and coder."""
    from dataclasses import replace

    from fastapi.testclient import TestClient

    from diurna.server import create_app

    state = api_app.state.diurna

    def build(coder=None, store=None, **config):
        app = create_app(replace(state.config, **config), coder=coder or state.coders.coder(), store=store or state.store)
        return TestClient(app)

    return build


# -- the Ray engine: one local Ray per session -----------------------------------------------
@pytest.fixture(scope="session")
def ray_local():
    """A local Ray with two CPUs, started once; the fake coders importable on its workers.

    Skipped where Ray is not installed (``pip install -e '.[dev,ray]'``), but never in CI,
    where `make test` installs it and the Ray engine must be tested.
    """
    import os

    if os.environ.get("CI"):
        import ray
    else:
        ray = pytest.importorskip("ray")
    path = os.pathsep.join(p for p in (str(FAKES), os.environ.get("PYTHONPATH", "")) if p)
    ray.init(
        num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="WARNING",
        runtime_env={"env_vars": {"PYTHONPATH": path}},
    )  # fmt: skip
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield ray
    ray.shutdown()
