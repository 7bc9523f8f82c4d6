"""``diurna export``: events from the database as GDELT, ICEWS, PLOVER, Parquet or CSV."""

from __future__ import annotations

import contextlib
import sys
from typing import IO, Iterator, List, Optional

import typer

from diurna.cli.typer_app import app, friendly
from diurna.errors import DiurnaError
from diurna.export import FORMATS, write_csv, write_gdelt, write_icews, write_parquet, write_plover
from diurna.store import open_store
from diurna.store.where import FILTERS

__all__ = ["export_command"]


@app.command("export")
@friendly
def export_command(
    out: str = typer.Argument(..., help="Output file; '-' writes gdelt, icews or plover to stdout."),
    format: str = typer.Option(..., "--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
    where: Optional[List[str]] = typer.Option(
        None, "--where", help=f"Filter KEY OP VALUE, e.g. date>=2024-01-01 or root=19; repeat to AND. Keys: {', '.join(FILTERS)}."
    ),
    db: Optional[str] = typer.Option(None, "--db", help="Database file (default: $DIURNA_DB or ./diurna.duckdb)."),
) -> None:
    """Export events: GDELT 2.0 event table, ICEWS, PLOVER JSON lines, Parquet or CSV."""
    if format not in FORMATS:
        raise DiurnaError("D011", kind="Export", value=format, options=", ".join(FORMATS))
    filters = list(where or [])
    with open_store(db, read_only=True) as store:
        if format in ("parquet", "csv"):
            if out == "-":
                raise DiurnaError("D011", kind="Output", value="-", options="a file path for parquet and csv")
            frame = store.events_frame(filters)
            count = (write_parquet if format == "parquet" else write_csv)(frame, out)
        else:
            with _text_out(out) as handle:
                if format == "icews":
                    count = write_icews(store.iter_mentions(filters), handle)
                else:
                    writer = write_gdelt if format == "gdelt" else write_plover
                    count = writer(store.iter_events(filters), handle)
    if out != "-":
        print(f"{count} {'mentions' if format == 'icews' else 'events'} written to {out}", file=sys.stderr)


@contextlib.contextmanager
def _text_out(out: str) -> Iterator[IO[str]]:
    if out == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        handle = open(out, "w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise DiurnaError("D010", path=out, detail=exc.strerror or str(exc)) from None
    with handle:
        yield handle
