"""How to build a coder, as plain data that can travel to a worker process."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

__all__ = ["CoderSpec", "coder_for"]


@dataclass(frozen=True)
class CoderSpec:
    """A coder factory by import path (``module:attribute``) and its settings."""

    factory: str = "diurna.coder:Coder"
    settings: tuple[tuple[str, Any], ...] = field(default_factory=tuple)

    @classmethod
    def of(cls, factory: str = "diurna.coder:Coder", **settings: Any) -> CoderSpec:
        """A spec from keyword settings, e.g. ``CoderSpec.of(max_chars=200_000)``."""
        return cls(factory, tuple(sorted(settings.items())))

    def build(self) -> Any:
        """A new coder built from this spec."""
        module, _, name = self.factory.partition(":")
        return getattr(importlib.import_module(module), name)(**dict(self.settings))


@lru_cache(maxsize=2)
def coder_for(spec: CoderSpec) -> Any:
    """The coder for a spec, built once per process (each worker builds its own)."""
    from diurna.coder import settle

    coder = spec.build()
    settle()
    return coder
