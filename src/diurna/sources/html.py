"""HTML pages as articles: main text and metadata with trafilatura."""

from __future__ import annotations

import html as htmllib
import logging
import re
from pathlib import Path

from diurna.errors import DiurnaError
from diurna.model import Article
from diurna.sources.files import DEFAULT_MAX_BYTES, read_limited
from diurna.textcheck import parse_date

__all__ = ["article_from_html", "html_to_text", "read_html_item"]

log = logging.getLogger(__name__)

_BLOCK_END = re.compile(r"(?i)<\s*(br\s*/?|/p|/div|/li|/h[1-6]|/blockquote|/tr)\s*>")
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")


def read_html_item(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article | DiurnaError:
    """An HTML file (or .html.gz) as one article, or the error that stops it."""
    ref = str(path)
    try:
        data = read_limited(path, max_bytes)
    except DiurnaError as error:
        return error
    return article_from_html(data, ref, meta={"path": ref})


def article_from_html(
    data: bytes | str,
    ref: str,
    url: str | None = None,
    date: str | None = None,
    meta: dict | None = None,
) -> Article | DiurnaError:
    """The main text, title, date, site and URL of an HTML page; D002/D031 when there is none.

    ``date`` is a fallback (e.g. a WARC record's capture date) for pages without one.
    """
    import trafilatura  # heavy; loaded only when HTML is read

    head = data[:65536]
    if (b"\x00" if isinstance(head, bytes) else "\x00") in head:
        return DiurnaError("D002", where=ref, detail="it contains NUL bytes")
    try:
        found = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura or lxml on a page they cannot parse
        log.debug("trafilatura failed on %s", ref, exc_info=exc)
        return DiurnaError("D031", where=ref, detail=f"{type(exc).__name__}: {exc}")
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not text:
        return DiurnaError("D031", where=ref, detail="the page has no paragraph of text")
    title = getattr(found, "title", None)
    text = _drop_title_line(text, title)
    try:
        found_date = parse_date(getattr(found, "date", None))
    except DiurnaError:
        found_date = None
    return Article(
        text=text,
        date=found_date or date,
        title=title,
        url=getattr(found, "url", None) or url,
        source=getattr(found, "sitename", None) or getattr(found, "hostname", None),
        meta={"ref": ref, **(meta or {})},
    )


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), paragraphs kept."""
    text = _BLOCK_END.sub("\n\n", fragment or "")
    text = htmllib.unescape(_TAG.sub(" ", text))
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def _drop_title_line(text: str, title: str | None) -> str:
    # trafilatura keeps the page's <h1> as the first line; the title is already metadata.
    first, _, rest = text.partition("\n")
    if title and rest.strip() and first.strip() == title.strip():
        return rest.strip()
    return text
