"""``diurna ingest --engine ray``: the options each engine takes, and the Ray run's summary."""

from __future__ import annotations

import logging
from typing import List, Optional

from rich.console import Console

from diurna.batch import CoderSpec, IngestOptions, IngestReport
from diurna.cli.summary import print_rows, run_rows
from diurna.errors import DiurnaError

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
    seconds = report.seconds
    rows = run_rows(report, stored=False) + [
        ("  Ray start, read, code and write", f"{seconds['start']:.1f} / {seconds['read']:.1f} / {seconds['code']:.1f} s"),
        ("next", f"diurna load {out} --db FILE"),
    ]
    print_rows(f"diurna ingest --engine ray → {out}", rows, console)
