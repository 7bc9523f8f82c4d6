"""The store: DuckDB by default (one file), behind one interface."""

from __future__ import annotations

from pathlib import Path

from diurna.store.base import TABLES, Store
from diurna.store.paths import DEFAULT_DB, ENV_VAR, db_path
from diurna.store.query import read_events
from diurna.store.records import ArticleRecord, Batch, DuplicateRecord, ErrorRecord

__all__ = [
    "ArticleRecord",
    "Batch",
    "DEFAULT_DB",
    "DuplicateRecord",
    "ENV_VAR",
    "ErrorRecord",
    "Store",
    "TABLES",
    "db_path",
    "open_store",
    "read_events",
]


def open_store(path: str | Path | None = None, read_only: bool = False) -> Store:
    """The store at ``path`` (default: $DIURNA_DB or ./diurna.duckdb), created if missing."""
    from diurna.store.duckdb_store import DuckDBStore

    return DuckDBStore(db_path(path), read_only=read_only)
