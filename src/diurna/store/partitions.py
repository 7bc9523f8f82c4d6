"""Coded records as Parquet partitioned by article date (the Ray engine's output), and
loading them into a store with the same writes as ``diurna ingest``.

A folder holds ``date=YYYY-MM-DD/part-<run>-<n>.parquet`` files (Hive style; undated items
in ``date=__HIVE_DEFAULT_PARTITION__``), one row per record of an input item: its article
(coded, failed or near-duplicate), an exact duplicate, or a dead letter. ``seq`` is the
item's place in the input, so files are written in input order and re-written the same.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterator

from diurna.errors import DiurnaError
from diurna.model import Article, CodedArticle
from diurna.store.base import Store
from diurna.store.records import ArticleRecord, Batch, DuplicateRecord, ErrorRecord

__all__ = [
    "PARTITION",
    "UNDATED",
    "load_partitions",
    "partition_files",
    "partition_of",
    "record_rows",
    "records_table",
    "write_partition",
]

PARTITION = "date"
UNDATED = "__HIVE_DEFAULT_PARTITION__"  # what Hive, Spark, DuckDB and Arrow read as NULL
ROWS_PER_FILE = 20_000  # bounds a file (and a writer's memory) on busy days

_COLUMNS = (
    ("seq", "int64"),  # the item's place in the input
    ("record", "string"),  # article | duplicate | error
    ("ref", "string"),
    ("article_id", "string"),
    ("status", "string"),  # articles: coded | failed | near-duplicate
    ("external_id", "string"),
    ("duplicate_of", "string"),
    ("similarity", "float64"),
    ("article_date", "date32"),
    ("title", "string"),
    ("url", "string"),
    ("source", "string"),
    ("text", "string"),
    ("meta", "string"),  # JSON
    ("minhash", "binary"),
    ("num_events", "int32"),
    ("num_counted", "int32"),
    ("coded", "string"),  # CodedArticle.to_dict() as JSON
    ("error_code", "string"),
    ("error_title", "string"),
    ("error_cause", "string"),
    ("error_fix", "string"),
)  # fmt: skip


def schema() -> Any:
    """The Arrow schema of a record row (pyarrow is imported on first use)."""
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, kind)()) for name, kind in _COLUMNS])


def partition_of(date: str | None) -> str:
    """The partition value of an article date (ISO), or of none."""
    return date or UNDATED


def record_rows(batch: Batch, seq: int, date: str | None) -> list[dict[str, Any]]:
    """The rows of one input item's records (``date``: the item's article date, if any)."""
    rows = [_article_row(r, seq) for r in batch.articles]
    rows += [_row(seq, "duplicate", d.ref, date, article_id=d.article_id, external_id=d.external_id,
                  url=d.url, source=d.source) for d in batch.duplicates]  # fmt: skip
    rows += [_row(seq, "error", e.ref, date, article_id=e.article_id, error_code=e.code, error_title=e.title,
                  error_cause=e.cause, error_fix=e.fix) for e in batch.errors]  # fmt: skip
    return rows


def records_table(rows: list[dict[str, Any]]) -> Any:
    """Rows as an Arrow table with the record schema and a ``date`` partition column."""
    import datetime as dt

    import pyarrow as pa

    for row in rows:
        if isinstance(row.get("article_date"), str):
            row["article_date"] = dt.date.fromisoformat(row["article_date"])
    table = pa.Table.from_pylist(rows, schema=schema())
    days = [partition_of(d.isoformat() if d else None) for d in table.column("article_date").to_pylist()]
    return table.append_column(PARTITION, pa.array(days, pa.string()))


def write_partition(table: Any, folder: str | Path, run: str, rows_per_file: int = ROWS_PER_FILE) -> list[str]:
    """Write one partition's rows in input order as ``part-<run>-<n>.parquet``; their paths.

    Each file is written beside its final name and renamed, so a reader (or a crash) never
    sees half a file.
    """
    import pyarrow.parquet as pq

    day = table.column(PARTITION)[0].as_py()
    table = table.drop_columns([PARTITION]).sort_by([("seq", "ascending"), ("record", "ascending")])
    target = Path(folder) / f"{PARTITION}={day}"
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for number, start in enumerate(range(0, table.num_rows, rows_per_file)):
        path = target / f"part-{run}-{number:05d}.parquet"
        scratch = target / f".{path.name}.{os.getpid()}.tmp"
        pq.write_table(table.slice(start, rows_per_file), scratch, compression="zstd")
        os.replace(scratch, path)
        written.append(str(path))
    return written


def partition_files(folder: str | Path) -> list[Path]:
    """Every record file of a folder, in partition then file order; D074 when there is none."""
    root = Path(folder)
    if not root.is_dir():
        raise DiurnaError("D074", path=str(root), detail="no such folder")
    files = sorted(root.glob(f"{PARTITION}=*/part-*.parquet"))
    if not files:
        raise DiurnaError("D074", path=str(root), detail=f"no {PARTITION}=*/part-*.parquet files")
    return files


def load_partitions(folder: str | Path, store: Store, size: int = 256) -> Iterator[tuple[Batch, int, int]]:
    """Write a folder's records into the store, ``size`` records per transaction.

    Yields each batch written, the input items its records stand for, and how many of its
    articles the store already had (those are skipped, or recorded as exact duplicates
    under a new ref), so loading twice adds nothing.
    """
    import pyarrow.parquet as pq

    known = store.known_articles()
    for path in partition_files(folder):
        last = None
        for chunk in pq.ParquetFile(path).iter_batches(batch_size=size):
            batch, items, stored = Batch(), 0, 0
            for row in chunk.to_pylist():
                items += row["seq"] != last  # a failed article and its dead letter are one item
                last = row["seq"]
                stored += _add(batch, row, known)
            store.write(batch)
            yield batch, items, stored


def _add(batch: Batch, row: dict[str, Any], known: dict[str, str]) -> int:
    kind = row["record"]
    if kind == "error":
        batch.errors.append(ErrorRecord(row["ref"], row["error_code"], row["error_title"], row["error_cause"],
                                        row["error_fix"], row["article_id"]))  # fmt: skip
    elif kind == "duplicate":
        batch.duplicates.append(_duplicate(row))
    else:
        first = known.get(row["article_id"])
        if first is not None:
            if first != row["ref"]:
                batch.duplicates.append(_duplicate(row))
            return 1
        known[row["article_id"]] = row["ref"]
        batch.articles.append(_article_record(row))
    return 0


def _duplicate(row: dict[str, Any]) -> DuplicateRecord:
    return DuplicateRecord(row["ref"], row["article_id"], row["external_id"], row["url"], row["source"])


def _article_record(row: dict[str, Any]) -> ArticleRecord:
    date = row["article_date"].isoformat() if row["article_date"] else None
    article = Article(
        text=row["text"], id=row["article_id"], date=date, title=row["title"], url=row["url"],
        source=row["source"], meta=json.loads(row["meta"]) if row["meta"] else {},
    )  # fmt: skip
    coded = CodedArticle.from_dict(json.loads(row["coded"])) if row["coded"] else None
    return ArticleRecord(
        article, row["ref"], row["status"], row["external_id"], coded=coded,
        duplicate_of=row["duplicate_of"], similarity=row["similarity"], minhash=row["minhash"],
    )  # fmt: skip


def _article_row(record: ArticleRecord, seq: int) -> dict[str, Any]:
    article, coded = record.article, record.coded
    events = coded.events if coded else []
    return _row(
        seq, "article", record.ref, article.date, article_id=article.id, status=record.status,
        external_id=record.external_id, duplicate_of=record.duplicate_of, similarity=record.similarity,
        title=article.title, url=article.url, source=article.source, text=article.text,
        meta=_json(article.meta) if article.meta else None, minhash=record.minhash,
        num_events=len(events), num_counted=sum(1 for e in events if e.counts),
        coded=_json(coded.to_dict()) if coded else None,
    )  # fmt: skip


def _row(seq: int, record: str, ref: str, date: str | None, **values: Any) -> dict[str, Any]:
    return {"seq": seq, "record": record, "ref": ref, "article_date": date, **values}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
