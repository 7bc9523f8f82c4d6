"""JSON Lines: one article per line, ``{"id", "text", "date", "title", "url", "source"}``."""

from __future__ import annotations

import json
from typing import IO, Iterator

from diurna.errors import DiurnaError
from diurna.model import Article
from diurna.textcheck import parse_date

__all__ = ["read_jsonl", "parse_jsonl_line"]


def read_jsonl(stream: IO[bytes], name: str = "input") -> Iterator[tuple[int, Article | DiurnaError]]:
    """(line number, Article or the error for that line) for each non-blank line."""
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        yield number, parse_jsonl_line(raw, number, name)


def parse_jsonl_line(raw: bytes | str, number: int, name: str) -> Article | DiurnaError:
    """One line as an Article, or the DiurnaError saying what is wrong with it."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as exc:
        return DiurnaError("D006", line=number, path=name, detail=f"invalid UTF-8 at byte {exc.start}")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return DiurnaError("D006", line=number, path=name, detail=exc.msg)
    if not isinstance(record, dict):
        return DiurnaError("D006", line=number, path=name, detail=f"found a JSON {type(record).__name__}")
    where = f"line {number}"
    ident = record.get("id")
    ident = str(ident) if ident is not None else ""
    body = record.get("text")
    if not isinstance(body, str):
        error = DiurnaError("D008", where=f"{where}, id {ident}" if ident else where)
        error.details["id"] = ident
        return error
    try:
        date = parse_date(record.get("date"), where)
    except DiurnaError as error:
        error.details["id"] = ident
        return error
    meta = {k: v for k, v in record.items() if k not in ("id", "text", "date", "title", "url", "source")}
    return Article(
        text=body,
        id=ident,
        date=date,
        title=_str(record.get("title")),
        url=_str(record.get("url")),
        source=_str(record.get("source")),
        meta=meta,
    )


def _str(value: object) -> str | None:
    return None if value is None else str(value)
