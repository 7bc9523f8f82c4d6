"""``diurna ingest``: read files and folders, code new articles, store them in DuckDB."""

from __future__ import annotations

from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from diurna.batch import CoderSpec, IngestOptions, IngestReport, ingest_paths
from diurna.cli.typer_app import app, friendly
from diurna.cli.ray_ingest import check_engine_options, run_ray
from diurna.cli.summary import print_rows, run_rows
from diurna.settings import setting
from diurna.sources.dispatch import count_items
from diurna.store import open_store

__all__ = ["ingest_command", "coder_spec", "print_summary"]


def coder_spec(**settings) -> CoderSpec:
    """The coder every worker builds (tests swap in a fake one here)."""
    return CoderSpec.of(**settings)


@app.command("ingest")
@friendly
def ingest_command(
    paths: List[str] = typer.Argument(..., help="Files or folders: .txt, .html, .jsonl, .warc, RSS/Atom; any may be .gz."),
    db: Optional[str] = typer.Option(None, "--db", help="Database file (default: $DIURNA_DB or ./diurna.duckdb)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="Coding processes (local, default 1) or Ray actors (default: one per CPU of the cluster)."),
    engine: str = typer.Option("local", "--engine", help="local: processes on this machine, into --db; ray: a Ray cluster (pip install 'diurna[ray]'), into --out."),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster to join: auto, or ray://HOST:10001 (default: start a local Ray)."),
    out: Optional[str] = typer.Option(None, "--out", help="Ray engine: folder for Parquet partitions, DIR/date=YYYY-MM-DD/part-*.parquet; `diurna load DIR` stores them."),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Articles per transaction."),
    dictionaries: str = typer.Option(setting("dictionaries").default, help=setting("dictionaries").help),
    max_chars: int = typer.Option(setting("max_chars").default, help=setting("max_chars").help),
    language_check: bool = typer.Option(True, "--language-check/--no-language-check", help=setting("language_check").help),
    require_target: bool = typer.Option(False, "--require-target", help=setting("require_target").help),
    dedup: bool = typer.Option(True, "--dedup/--no-dedup", help="Detect near-duplicates (exact ones always are)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Code articles into the database: new ones only, duplicates and bad items recorded.

    Bad items are dead letters in the errors table, counted in the summary; the command
    still exits 0. Interrupted runs resume: run the same command again. With --engine ray
    the same ingest runs on a Ray cluster into Parquet partitions (docs/ray.md).
    """
    check_engine_options(engine, db, out, address)
    options = IngestOptions(
        workers=workers or 1, batch_size=batch_size, max_chars=max_chars,
        language_check=language_check, dedup=dedup,
    )  # fmt: skip
    spec = coder_spec(
        dictionaries=dictionaries, max_chars=max_chars,
        language_check=language_check, require_target=require_target,
    )  # fmt: skip
    if engine == "ray":
        run_ray(paths, out, address, workers, options, spec, quiet)
        return
    console = Console(stderr=True)
    total = count_items(paths)
    with open_store(db) as store:
        with _progress(console, quiet) as progress:
            task = progress.add_task("ingest", total=total, events=0, errors=0, rate=0.0)

            def update(report: IngestReport) -> None:
                progress.update(
                    task, completed=report.read, events=report.counted,
                    errors=report.error_count, rate=report.rate,
                )  # fmt: skip

            report = ingest_paths(paths, store, spec, options, on_progress=update)
            update(report)
        counts = store.counts()
        print_summary(report, counts, store.path, Console())


def _progress(console: Console, quiet: bool) -> Progress:
    return Progress(
        TextColumn("[bold]ingest[/bold]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} articles/s"),
        TextColumn("{task.fields[events]} events"),
        TextColumn("{task.fields[errors]} errors"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        disable=quiet,
        transient=False,
    )


def print_summary(
    report: IngestReport, counts: dict[str, int], path: str, console: Console, title: str = "diurna ingest"
) -> None:
    """The final summary: what this run did, the dead letters by code, the database totals."""
    rows = run_rows(report, stored=True) + [
        ("database: articles", counts["articles"]),
        ("database: events (mentions)", f"{counts['events']} ({counts['event_mentions']})"),
        ("database: errors", counts["errors"]),
    ]
    print_rows(f"{title} → {path}", rows, console)

