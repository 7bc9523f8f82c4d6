"""Where the store lives: ``--db``, else ``DIURNA_DB``, else ``diurna.duckdb`` here."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["DEFAULT_DB", "ENV_VAR", "db_path"]

DEFAULT_DB = "diurna.duckdb"
ENV_VAR = "DIURNA_DB"


def db_path(given: str | os.PathLike | None = None) -> Path:
    """The database file to use: the given path, else $DIURNA_DB, else ./diurna.duckdb."""
    if given:
        return Path(given)
    return Path(os.environ.get(ENV_VAR) or DEFAULT_DB)
