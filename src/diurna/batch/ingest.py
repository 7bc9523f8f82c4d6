"""Ingest: read, prepare, code and store, committing one unit of articles per transaction."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from diurna.batch.coding import code_units, outcome_of
from diurna.batch.prepare import Prepared, Preparer
from diurna.batch.report import IngestReport
from diurna.batch.spec import CoderSpec
from diurna.errors import DiurnaError
from diurna.model import Article, CodedArticle
from diurna.sources.dedup import DEFAULT_THRESHOLD, Deduplicator
from diurna.sources.dispatch import read_paths
from diurna.sources.files import DEFAULT_MAX_BYTES
from diurna.store.base import Store
from diurna.store.records import ArticleRecord, Batch, ErrorRecord
from diurna.textcheck import DEFAULT_MAX_CHARS

__all__ = ["IngestOptions", "ingest", "ingest_paths"]

log = logging.getLogger(__name__)

Progress = Callable[[IngestReport], None]


@dataclass(frozen=True)
class IngestOptions:
    """How to ingest: workers, articles per transaction, input limits and deduplication."""

    workers: int = 1
    batch_size: int = 64  # articles to code per unit; one unit is one transaction
    max_chars: int = DEFAULT_MAX_CHARS
    language_check: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES
    dedup: bool = True
    threshold: float = DEFAULT_THRESHOLD


def ingest_paths(
    paths: Iterable[str],
    store: Store,
    spec: CoderSpec | None = None,
    options: IngestOptions = IngestOptions(),
    on_progress: Progress | None = None,
) -> IngestReport:
    """Ingest files and folders (any mix of text, HTML, JSONL, WARC, RSS; gzipped or not)."""
    own = [store.path, f"{store.path}.wal"]  # never ingest the database itself
    return ingest(read_paths(paths, options.max_bytes, skip=own), store, spec, options, on_progress)


def ingest(
    items: Iterable[Article | DiurnaError],
    store: Store,
    spec: CoderSpec | None = None,
    options: IngestOptions = IngestOptions(),
    on_progress: Progress | None = None,
) -> IngestReport:
    """Code new articles into the store; errors become dead letters; returns exact counts."""
    spec = spec or CoderSpec.of(max_chars=options.max_chars, language_check=options.language_check)
    report = IngestReport()
    started = time.perf_counter()
    dedup = Deduplicator(options.threshold) if options.dedup else None
    preparer = Preparer(store, options.max_chars, options.language_check, dedup)
    report.seconds["read"] += time.perf_counter() - started
    units = _units(items, preparer, options.batch_size, report)
    for unit, outcomes, coding in code_units(units, spec, options.workers):
        report.seconds["code"] += coding
        began = time.perf_counter()
        batch = _batch(unit, iter(outcomes), report)
        store.write(batch)
        report.seconds["store"] += time.perf_counter() - began
        report.seconds["total"] = time.perf_counter() - started
        if on_progress is not None:
            on_progress(report)
    report.seconds["total"] = time.perf_counter() - started
    return report


def _units(
    items: Iterable[Article | DiurnaError], preparer: Preparer, size: int, report: IngestReport
) -> Iterator[tuple[list[Prepared], list[Article]]]:
    unit: list[Prepared] = []
    articles: list[Article] = []
    iterator = iter(items)
    while True:
        began = time.perf_counter()
        item = next(iterator, None)
        if item is not None:
            report.read += 1
            prepared = preparer.prepare(item)
            unit.append(prepared)
            if prepared.kind == "code":
                articles.append(prepared.article)
        report.seconds["read"] += time.perf_counter() - began
        # Bound a unit by articles to code and by items, so runs of bad items commit too.
        if unit and (item is None or len(articles) >= size or len(unit) >= 4 * size):
            yield unit, articles
            unit, articles = [], []
        if item is None:
            return


def _batch(unit: list[Prepared], outcomes: Iterator[dict], report: IngestReport) -> Batch:
    batch = Batch()
    for prepared in unit:
        if prepared.kind == "stored":
            report.already_stored += 1
        elif prepared.kind == "record":
            _add_record(batch, prepared.record, report)
        else:
            _add_coded(batch, prepared, outcome_of(next(outcomes)), report)
    return batch


def _add_record(batch: Batch, record, report: IngestReport) -> None:
    if isinstance(record, ErrorRecord):
        batch.errors.append(record)
        report.errors[record.code] += 1
    elif isinstance(record, ArticleRecord):
        batch.articles.append(record)
        report.near_duplicates += 1
    else:
        batch.duplicates.append(record)
        report.exact_duplicates += 1


def _add_coded(batch: Batch, prepared: Prepared, result: CodedArticle | DiurnaError, report: IngestReport) -> None:
    article = prepared.article
    record = ArticleRecord(article, prepared.ref, "coded", prepared.external_id, minhash=prepared.minhash)
    if isinstance(result, DiurnaError):
        record.status = "failed"
        batch.errors.append(ErrorRecord.from_error(result, prepared.ref, article.id))
        report.errors[result.code] += 1
        report.failed += 1
    else:
        record.coded = result
        report.coded += 1
        report.mentions += len(result.events)
        report.counted += sum(1 for e in result.events if e.counts)
    batch.articles.append(record)
