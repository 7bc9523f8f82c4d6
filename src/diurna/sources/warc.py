"""WARC files (web archives, plain or gzipped): each HTML or text response is an article."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from diurna.errors import DiurnaError
from diurna.model import Article
from diurna.sources.files import DEFAULT_MAX_BYTES, open_binary
from diurna.sources.html import article_from_html
from diurna.textcheck import decode_bytes, parse_date

__all__ = ["read_warc"]

_RECORD_TYPES = ("response", "resource")


def read_warc(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | DiurnaError]:
    """An Article (or error) for every HTML or plain-text response record; other records are skipped."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    try:
        stream = open_binary(path)
    except DiurnaError as error:
        yield error
        return
    with stream:
        try:
            if not stream.peek(5)[:5].upper().startswith(b"WARC/"):
                yield DiurnaError("D032", path=name, detail="it does not start with a WARC/1.x header")
                return
            for record in ArchiveIterator(stream):
                item = _record_item(record, name, max_bytes)
                if item is not None:
                    yield item
        except ArchiveLoadFailed as exc:
            yield DiurnaError("D032", path=name, detail=str(exc).strip() or "unreadable record")
        except Exception as exc:  # warcio raises many kinds on damaged files; a reader never raises
            yield DiurnaError("D032", path=name, detail=f"{type(exc).__name__}: {exc}")


def _record_item(record, name: str, max_bytes: int) -> Article | DiurnaError | None:
    if record.rec_type not in _RECORD_TYPES:
        return None
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or "200"
        if record.rec_type == "response" and not status.startswith("2"):
            return None
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    ctype = ctype.split(";")[0].strip().lower()
    if ctype not in ("text/html", "application/xhtml+xml", "text/plain"):
        return None
    record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
    url = record.rec_headers.get_header("WARC-Target-URI")
    ref = f"{name}#{record_id.strip('<>') or url}"
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return DiurnaError("D030", path=ref, limit=max_bytes, detail="a WARC record")
    captured = _capture_date(record.rec_headers.get_header("WARC-Date"))
    meta = {"path": name, "warc_record": record_id, "captured": captured}
    if ctype == "text/plain":
        try:
            text = decode_bytes(payload, where=ref)
        except DiurnaError as error:
            return error
        return Article(text=text, date=captured, url=url, meta={"ref": ref, **meta})
    return article_from_html(payload, ref, url=url, date=captured, meta=meta)


def _capture_date(value: str | None) -> str | None:
    try:
        return parse_date((value or "")[:10]) if value else None
    except DiurnaError:
        return None
