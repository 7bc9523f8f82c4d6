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
