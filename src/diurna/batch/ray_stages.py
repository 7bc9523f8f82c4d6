"""The Ray engine's steps as plain functions over Arrow tables: read and check files, decide
duplicates, code, write partitions. They import no Ray, so tests can call them directly.

Reading, checking, deciding and coding are the local engine's own functions; the workers
run all but ``decide``, which must see every item in input order and runs in the driver.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any, Iterator

from diurna.batch.coding import code_articles
from diurna.batch.ingest import _batch as batch_of  # one unit of prepared items -> a Batch
from diurna.batch.prepare import Prepared, Preparer, check_item
from diurna.batch.report import IngestReport
from diurna.batch.spec import CoderSpec, coder_for
from diurna.errors import DiurnaError
from diurna.model import Article
from diurna.sources.dedup import Deduplicator
from diurna.sources.dispatch import read_file, read_paths
from diurna.sources.folder import files_in
from diurna.store.partitions import PARTITION, record_rows, records_table, write_partition
from diurna.store.records import ArticleRecord, ErrorRecord

__all__ = ["CHECKED", "CodingActor", "check_files", "decide", "input_files", "write_group"]

# Columns of a read and checked item (the driver reads all but ``payload``).
CHECKED = (
    ("seq", "int64"), ("kind", "string"), ("ref", "string"), ("article_id", "string"),
    ("external_id", "string"), ("url", "string"), ("source", "string"), ("date", "string"),
    ("minhash", "binary"), ("payload", "string"),
)  # fmt: skip
ITEM_BITS = 32  # seq = file number << ITEM_BITS | item number in the file


def input_files(paths: list[str], skip: set[Path]) -> list[dict[str, Any]]:
    """The files to read, in the local engine's order: folders walked, other paths as given."""
    found: list[dict[str, Any]] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += [{"path": str(f), "listed": True} for f in files_in(path) if not _under(f, skip)]
        else:
            found.append({"path": str(path), "listed": False})
    return [{"file": number, **entry} for number, entry in enumerate(found)]


def _under(file: Path, skip: set[Path]) -> bool:
    resolved = file.resolve()
    return resolved in skip or any(folder in resolved.parents for folder in skip)


def check_files(files: Any, max_bytes: int, max_chars: int, language_check: bool, dedup: bool) -> Any:
    """Read a block of files with diurna's readers and check each item (``check_item``)."""
    import pyarrow as pa

    signer = Deduplicator() if dedup else None
    rows: list[dict[str, Any]] = []
    for entry in files.to_pylist():
        for number, item in enumerate(_items(entry, max_bytes)):
            seq = entry["file"] << ITEM_BITS | number
            rows.append(_checked_row(seq, check_item(item, max_chars, language_check), signer))
    return pa.Table.from_pylist(rows, schema=pa.schema([(n, getattr(pa, t)()) for n, t in CHECKED]))


def _items(entry: dict[str, Any], max_bytes: int) -> Iterator[Article | DiurnaError]:
    # A file found in a folder is read as the local engine reads it; a path given on the
    # command line goes through read_paths (which also reports missing paths).
    return read_file(entry["path"], max_bytes) if entry["listed"] else read_paths([entry["path"]], max_bytes)


def _checked_row(seq: int, checked: Prepared, signer: Deduplicator | None) -> dict[str, Any]:
    if checked.kind != "code":
        return {"seq": seq, "kind": "record", "ref": checked.ref, "payload": json.dumps(asdict(checked.record))}
    article = checked.article
    minhash = signer.to_bytes(signer.signature(article.text)) if signer is not None else None
    return {
        "seq": seq, "kind": "code", "ref": checked.ref, "article_id": article.id,
        "external_id": checked.external_id, "url": article.url, "source": article.source,
        "date": article.date, "minhash": minhash, "payload": json.dumps(article.to_dict()),
    }  # fmt: skip


def decide(items: Any, options: Any, report: IngestReport) -> dict[int, Prepared]:
    """The duplicate decisions for checked items (all columns but the payload), in input order.

    Returns seq -> decision for the items not to code (stored, exact or near duplicates);
    counts the items read and those already stored into ``report``.
    """
    import pyarrow.compute as pc

    items = items.sort_by("seq")
    report.read += items.num_rows
    dedup = Deduplicator(options.threshold) if options.dedup else None
    preparer = Preparer(_Nothing(), options.max_chars, options.language_check, dedup)  # type: ignore[arg-type]
    decided: dict[int, Prepared] = {}
    for row in items.filter(pc.equal(items.column("kind"), "code")).to_pylist():
        # Ids, refs and signatures decide; the text is not needed, so the article is a stub.
        stub = Article(text="", id=row["article_id"], date=row["date"], url=row["url"], source=row["source"])
        decision = preparer.decide(Prepared("code", stub, row["ref"], row["external_id"]), row["minhash"])
        if decision.kind != "code":
            decided[row["seq"]] = decision
            report.already_stored += decision.kind == "stored"
    return decided


class _Nothing:
    """What a Parquet run starts from: no stored articles, no signatures."""

    def known_articles(self) -> dict[str, str]:
        return {}

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        return iter(())


class CodingActor:
    """A worker that builds the coder once and codes blocks of checked items into records."""

    def __init__(self, spec: CoderSpec, decided: dict[int, Prepared]) -> None:
        self.spec = spec
        self.decided = decided  # seq -> the driver's decision, for items not to code
        coder_for(spec)

    def __call__(self, table: Any) -> Any:
        """Checked items in, record rows (with their partition) out."""
        rows = table.to_pylist()
        prepared = [self._prepared(row) for row in rows]
        outcomes = iter(code_articles(self.spec, [p.article for p in prepared if p.kind == "code"]))
        out: list[dict[str, Any]] = []
        for row, item in zip(rows, prepared):
            batch = batch_of([item], outcomes, IngestReport())
            out += record_rows(batch, row["seq"], item.article.date if item.article else None)
        return records_table(out)

    def _prepared(self, row: dict[str, Any]) -> Prepared:
        payload = json.loads(row["payload"])
        if row["kind"] == "record":
            return Prepared("record", ref=row["ref"], record=ErrorRecord(**payload))
        article = Article.from_dict(payload)
        decided = self.decided.get(row["seq"])
        if decided is None:
            return Prepared("code", article, row["ref"], row["external_id"], row["minhash"])
        # The driver decided without the text; give its records the real article back.
        record = replace(decided.record, article=article) if isinstance(decided.record, ArticleRecord) else decided.record
        return replace(decided, article=article, record=record)


def write_group(table: Any, folder: str, run: str) -> Any:
    """One partition's records in, written to ``folder``; one row out: its files and counts."""
    import pyarrow as pa

    files = write_partition(table, folder, run)
    summary = {"partition": table.column(PARTITION)[0].as_py(), "files": files, "counts": json.dumps(_counts(table))}
    return pa.Table.from_pylist([summary])


def _counts(table: Any) -> dict[str, Any]:
    counts: Counter = Counter()
    for row in table.select(["record", "status", "error_code", "num_events", "num_counted"]).to_pylist():
        if row["record"] == "error":
            counts[f"error:{row['error_code']}"] += 1
        elif row["record"] == "duplicate":
            counts["exact_duplicates"] += 1
        elif row["status"] == "near-duplicate":
            counts["near_duplicates"] += 1
        else:
            counts[row["status"]] += 1
            counts["mentions"] += row["num_events"] or 0
            counts["counted"] += row["num_counted"] or 0
    return dict(counts)
