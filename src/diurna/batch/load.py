"""Load: Parquet partitions from the Ray engine into a store, counted like an ingest."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

from diurna.batch.report import IngestReport
from diurna.store.base import Store
from diurna.store.partitions import load_partitions
from diurna.store.records import Batch

__all__ = ["load_parquet"]


def load_parquet(
    folder: str | Path, store: Store, on_progress: Callable[[IngestReport], None] | None = None
) -> IngestReport:
    """Store a folder of partitions (``diurna ingest --engine ray --out``); loading twice adds nothing."""
    report = IngestReport()
    started = time.perf_counter()
    for batch, items, stored in load_partitions(folder, store):
        report.read += items
        _count(batch, stored, report)
        report.seconds["total"] = time.perf_counter() - started
        if on_progress is not None:
            on_progress(report)
    report.seconds["total"] = time.perf_counter() - started
    return report


def _count(batch: Batch, stored: int, report: IngestReport) -> None:
    report.already_stored += stored
    report.exact_duplicates += len(batch.duplicates)
    for record in batch.articles:
        if record.status == "near-duplicate":
            report.near_duplicates += 1
        elif record.status == "failed":
            report.failed += 1
        else:
            report.coded += 1
            report.mentions += len(record.coded.events) if record.coded else 0
            report.counted += sum(1 for e in record.coded.events if e.counts) if record.coded else 0
    for error in batch.errors:
        report.errors[error.code] += 1
