"""The REST API and the dashboard: ``diurna serve``, or ``create_app`` for your own ASGI server.

Names load on first use: importing ``diurna.server.config`` (as the command line does
to describe ``diurna serve``) must not import FastAPI, which costs most of a second.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["ServerConfig", "TOKEN_ENV", "create_app", "is_loopback", "serve"]

_HOMES = {
    "ServerConfig": "diurna.server.config",
    "TOKEN_ENV": "diurna.server.config",
    "create_app": "diurna.server.app",
    "is_loopback": "diurna.server.run",
    "serve": "diurna.server.run",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'diurna.server' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
