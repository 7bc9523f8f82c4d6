"""The summary both ingest engines (and ``diurna load``) print when a run ends."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from diurna.batch import IngestReport
from diurna.errors import MESSAGES

__all__ = ["run_rows", "print_rows"]


def run_rows(report: IngestReport, stored: bool) -> list[tuple[str, object]]:
    """What a run did, the dead letters by code and its time: the rows both engines print.

    ``stored``: the run wrote to a database, so "already in the database" means something.
    """
    rows: list[tuple[str, object]] = [
        ("items read", report.read),
        ("articles coded", report.coded),
        ("events found (counted)", f"{report.mentions} ({report.counted})"),
    ]
    if stored:
        rows.append(("already in the database", report.already_stored))
    rows += [
        ("exact duplicates", report.exact_duplicates),
        ("near-duplicates", report.near_duplicates),
        ("errors (dead letters)", report.error_count),
    ]
    rows += [(f"  {code} {MESSAGES[code].title}", count) for code, count in sorted(report.errors.items())]
    rows.append(("time", f"{report.seconds['total']:.1f} s ({report.rate:.1f} items/s)"))
    return rows


def print_rows(title: str, rows: list[tuple[str, object]], console: Console) -> None:
    """A two-column summary table."""
    table = Table(title=title, show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for what, value in rows:
        table.add_row(what, str(value))
    console.print(table)
