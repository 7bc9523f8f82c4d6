"""Printing query results: a rich table, JSON, or CSV rows."""

from __future__ import annotations

import csv
import json
import sys
from typing import Any, Sequence

from rich.console import Console
from rich.table import Table

from diurna.errors import DiurnaError

__all__ = ["QUERY_FORMATS", "check_format", "emit"]

QUERY_FORMATS = ("table", "json", "csv")


def check_format(output: str) -> None:
    """D011 unless ``output`` is a query format."""
    if output not in QUERY_FORMATS:
        raise DiurnaError("D011", kind="Output", value=output, options=", ".join(QUERY_FORMATS))


def emit(
    data: Any,
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    output: str,
    title: str = "",
    headers: dict[str, str] | None = None,
) -> None:
    """``data`` as JSON, or ``rows`` (their ``columns``) as CSV or a table titled ``title``.

    The table shows the last column folded to the width left; ``headers`` renames columns there.
    """
    if output == "json":
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif output == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        table = Table(title=title or None)
        for index, column in enumerate(columns):
            last = index == len(columns) - 1
            name = (headers or {}).get(column, column)
            if last:
                table.add_column(name, overflow="fold", ratio=1)
            else:
                table.add_column(name, overflow="ellipsis", no_wrap=True, max_width=18)
        for row in rows:
            table.add_row(*(_cell(row.get(c)) for c in columns))
        Console().print(table)
    sys.stdout.flush()


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.2f}"
    text = " ".join(str(value).split())
    return text if len(text) <= 100 else text[:99] + "…"
