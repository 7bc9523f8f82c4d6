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
