"""Events as Parquet (lists kept) or CSV (with a header; lists joined with ';')."""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["write_csv", "write_parquet"]


def write_parquet(frame: Any, path: str | Path) -> int:
    """Write a DataFrame of events to a Parquet file; returns the row count."""
    frame.to_parquet(path, index=False, engine="pyarrow")
    return len(frame)


def write_csv(frame: Any, path: str | Path) -> int:
    """Write a DataFrame of events to CSV with a header; returns the row count."""
    flat = frame.copy()
    for column in flat.columns:
        if flat[column].map(lambda v: isinstance(v, (list, tuple)) or hasattr(v, "tolist")).any():
            flat[column] = flat[column].map(_joined)
    flat.to_csv(path, index=False)
    return len(flat)


def _joined(value: Any) -> Any:
    if value is None:
        return None
    items = value.tolist() if hasattr(value, "tolist") else list(value)
    return ";".join(str(v) for v in items)
