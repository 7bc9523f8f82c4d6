"""News sentences hand-coded with required, acceptable and forbidden events (``news_dev.jsonl``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from diurna.evaluate.coders import CoderFactory, code_texts
from diurna.evaluate.entries import Entry, EntryRecord, EntryTally
from diurna.evaluate.gold import first_record, read_jsonl
from diurna.evaluate.result import SetResult

__all__ = ["detect", "evaluate"]


def detect(path: str | Path) -> bool:
    """Whether the file holds news records (``text`` with ``required`` entries)."""
    record = first_record(path)
    return record is not None and "text" in record and isinstance(record.get("required"), list)


def evaluate(path: str | Path, coder_factory: CoderFactory, limit: int | None = None, **_: Any) -> list[SetResult]:
    """Score every record: required found, produced matching, forbidden produced."""
    records = read_jsonl(path)[:limit]
    coded = code_texts(coder_factory(), [(r["text"], r.get("date")) for r in records])
    tally = EntryTally(Path(path).name.removesuffix(".jsonl"))
    for record, (article, error) in zip(records, coded):
        tally.add(
            EntryRecord(
                id=record["id"],
                text=record["text"],
                required=[Entry.from_dict(e) for e in record.get("required") or []],
                acceptable=[Entry.from_dict(e) for e in record.get("acceptable") or []],
                forbidden=[Entry.from_dict(e) for e in record.get("forbidden") or []],
                coded=article,
                error=error,
            )
        )
    return [tally.result()]
