"""Reading the store from Python: ``diurna.read_events(db, where=[...])``."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from diurna.store.paths import db_path

__all__ = ["read_events"]


def read_events(
    db: str | Path | None = None, where: Sequence[str] | str = (), mentions: bool = False
) -> Any:
    """Events (or, with ``mentions=True``, counted mentions) as a pandas DataFrame.

    ``db`` is a database file, or a folder of Parquet partitions written by
    ``diurna ingest --engine ray`` (read into memory, as ``diurna load`` would store them).
    ``where`` takes the CLI's filters, e.g. ``["date>=2024-01-01", "root=19"]``.
    """
    from diurna.store.duckdb_store import DuckDBStore

    filters = [where] if isinstance(where, str) else list(where)
    if db is not None and Path(db).is_dir():
        from diurna.store.partitions import load_partitions

        store = DuckDBStore(":memory:")
        for _ in load_partitions(db, store):
            pass
    else:
        store = DuckDBStore(db_path(db), read_only=True)
    try:
        return store.events_frame(filters, mentions=mentions)
    finally:
        store.close()
