"""``diurna load``: Parquet partitions from ``diurna ingest --engine ray`` into the database."""

from __future__ import annotations

from typing import Optional

import typer
from rich.console import Console

from diurna.batch import load_parquet
from diurna.cli.typer_app import app, friendly
from diurna.cli.ingest import print_summary
from diurna.store import open_store
from diurna.store.partitions import partition_files

__all__ = ["load_command"]


@app.command("load")
@friendly
def load_command(
    folder: str = typer.Argument(..., help="The --out folder of `diurna ingest --engine ray`."),
    db: Optional[str] = typer.Option(None, "--db", help="Database file (default: $DIURNA_DB or ./diurna.duckdb)."),
) -> None:
    """Store coded Parquet partitions in the database; loading again adds nothing.

    Articles the database already holds are skipped (or recorded as exact duplicates when
    read under another name), as a repeated ingest does.
    """
    partition_files(folder)  # D074 before a database is made for nothing
    with open_store(db) as store:
        report = load_parquet(folder, store)
        print_summary(report, store.counts(), store.path, Console(), title="diurna load")
