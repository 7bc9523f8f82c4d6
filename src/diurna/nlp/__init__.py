"""diurna's spaCy components. Importing this package registers them with spaCy."""

from diurna.nlp.components import register_extensions
from diurna.nlp.pipeline import build_pipeline

register_extensions()

__all__ = ["build_pipeline", "register_extensions"]
