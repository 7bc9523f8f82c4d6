"""Column lists of the export formats, read from the data files beside this module."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Column", "gdelt_columns", "icews_columns"]


@dataclass(frozen=True)
class Column:
    """One output column: its name and type (INTEGER, FLOAT, STRING or DATE)."""

    name: str
    type: str


@lru_cache(maxsize=None)
def _table(name: str) -> tuple[Column, ...]:
    text = resources.files("diurna.export").joinpath("data", name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(Column(*line.split("\t")[:2]) for line in lines[1:])


def gdelt_columns() -> tuple[Column, ...]:
    """The 61 columns of the GDELT 2.0 event table, in order."""
    return _table("gdelt_events.tsv")


def icews_columns() -> tuple[Column, ...]:
    """The 20 columns of ICEWS coded event data, in order."""
    return _table("icews_events.tsv")
