"""``diurna ingest --engine ray``: the options each engine takes, and the Ray run's summary."""

from __future__ import annotations

import logging
from typing import List, Optional

from rich.console import Console
from rich.table import Table

from diurna.batch import CoderSpec, IngestOptions, IngestReport
from diurna.errors import MESSAGES, DiurnaError

__all__ = ["ENGINES", "check_engine_options", "run_ray"]

ENGINES = ("local", "ray")


def check_engine_options(engine: str, db: Optional[str], out: Optional[str], address: Optional[str]) -> None:
    """D071 for an unknown engine, D072 for an option the engine does not take."""
    if engine not in ENGINES:
        raise DiurnaError("D071", value=engine)
    if engine == "local" and (out or address):
        raise DiurnaError("D072", detail=f"{'--out' if out else '--address'} needs --engine ray")
    if engine == "ray" and not out:
        raise DiurnaError("D072", detail="--engine ray writes Parquet partitions and needs --out DIR")
    if engine == "ray" and db:
        raise DiurnaError("D072", detail="--engine ray writes no database; --db goes with `diurna load`")


def run_ray(
    paths: List[str], out: str, address: Optional[str], workers: Optional[int],
    options: IngestOptions, spec: CoderSpec, quiet: bool,
) -> IngestReport:  # fmt: skip
    """Run the Ray engine and print its summary."""
    from diurna.batch.ray_engine import RayOptions, ingest_ray, require_ray

    require_ray()  # D070 before anything else when the extra is missing
    if quiet:  # Ray Data reports each step's start and end at INFO
        logging.getLogger("ray.data").setLevel(logging.WARNING)
    report = ingest_ray(paths, out, spec, options, RayOptions(address, workers, progress=not quiet))
    print_ray_summary(report, out, Console())
    return report


def print_ray_summary(report: IngestReport, out: str, console: Console) -> None:
    """What the Ray run did, the dead letters by code, and where its partitions are."""
    table = Table(title=f"diurna ingest --engine ray → {out}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [
        ("items read", report.read),
        ("articles coded", report.coded),
        ("events found (counted)", f"{report.mentions} ({report.counted})"),
        ("exact duplicates", report.exact_duplicates),
        ("near-duplicates", report.near_duplicates),
        ("errors (dead letters)", report.error_count),
    ]
    rows += [(f"  {code} {MESSAGES[code].title}", count) for code, count in sorted(report.errors.items())]
    seconds = report.seconds
    rows += [
        ("time", f"{seconds['total']:.1f} s ({report.rate:.1f} items/s)"),
        ("  Ray start, read, code and write", f"{seconds['start']:.1f} / {seconds['read']:.1f} / {seconds['code']:.1f} s"),
        ("next", f"diurna load {out} --db FILE"),
    ]
    for what, value in rows:
        table.add_row(what, str(value))
    console.print(table)
