"""RSS and Atom feeds saved to disk: each entry is an article (content, else summary)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Iterator

from diurna.errors import DiurnaError
from diurna.model import Article
from diurna.sources.files import DEFAULT_MAX_BYTES, read_limited
from diurna.sources.html import html_to_text

__all__ = ["read_feed"]


def read_feed(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | DiurnaError]:
    """An Article (or error) for every entry of a saved RSS or Atom feed."""
    import feedparser

    name = str(path)
    try:
        data = read_limited(path, max_bytes)
    except DiurnaError as error:
        yield error
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo"):
            yield DiurnaError("D033", path=name, detail=str(parsed.get("bozo_exception", "malformed XML")))
        elif not parsed.get("version"):
            yield DiurnaError("D033", path=name, detail="it is neither RSS nor Atom")
        return
    outlet = parsed.feed.get("title") or None
    found = [_entry_article(entry, i, name, outlet) for i, entry in enumerate(parsed.entries)]
    if parsed.get("bozo") and not any(isinstance(item, Article) for item in found):
        # Malformed XML that yielded only empty shells: the file is the problem, not its entries.
        yield DiurnaError("D033", path=name, detail=str(parsed.get("bozo_exception", "malformed XML")))
        return
    yield from found


def _entry_article(entry: Any, index: int, name: str, outlet: str | None) -> Article | DiurnaError:
    ident = entry.get("id") or entry.get("link") or str(index)
    ref = f"{name}#{ident}"
    contents = entry.get("content") or []
    body = contents[0].get("value", "") if contents else entry.get("summary", "")
    text = html_to_text(body)
    if not text:
        return DiurnaError("D001", where=ref)
    return Article(
        text=text,
        date=_entry_date(entry),
        title=entry.get("title") or None,
        url=entry.get("link") or None,
        source=outlet,
        meta={"ref": ref, "path": name, "entry_id": entry.get("id")},
    )


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    return None
