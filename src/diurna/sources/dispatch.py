"""Choosing the reader for a path: by its name (``.gz`` looked through), else by its first bytes."""

from __future__ import annotations

import re
import zlib
from pathlib import Path
from typing import Callable, Iterable, Iterator

from diurna.errors import DiurnaError
from diurna.model import Article
from diurna.sources.files import DEFAULT_MAX_BYTES, inner_name, open_binary
from diurna.sources.folder import files_in, read_text_item
from diurna.sources.html import read_html_item
from diurna.sources.jsonl import read_jsonl
from diurna.sources.rss import read_feed
from diurna.sources.warc import read_warc

__all__ = ["KINDS", "Item", "count_items", "kind_of", "read_file", "read_paths"]

Item = Article | DiurnaError
KINDS = ("text", "html", "jsonl", "warc", "rss")
_SUFFIXES = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".warc": "warc",
    ".rss": "rss", ".atom": "rss",
}  # fmt: skip
_FEED_ITEM = re.compile(rb"<(item|entry)[\s>]")


def kind_of(path: str | Path) -> str:
    """The reader for a file: from its suffix, else from its first bytes (text by default)."""
    suffix = Path(inner_name(path)).suffix
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    try:
        with open_binary(path) as stream:
            head = stream.read(2048)
    except (DiurnaError, OSError, EOFError, zlib.error):
        return "text"  # the text reader reports the problem with its code
    return _sniff(head)


def _sniff(head: bytes) -> str:
    start = head.lstrip()[:512].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
        return "rss"
    if b"<html" in start or b"<!doctype html" in start:
        return "html"
    if start.startswith(b"{"):
        return "jsonl"
    return "text"


def read_paths(
    paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES, skip: Iterable[str | Path] = ()
) -> Iterator[Item]:
    """Articles and errors from files and folders, in order; every item has a ``ref``.

    Files in ``skip`` (e.g. the database being written) are passed over in folders.
    """
    skipped = {Path(p).resolve() for p in skip}
    for path in paths:
        yield from _read_path(Path(path), max_bytes, skipped)


def _read_path(path: Path, max_bytes: int, skipped: set[Path]) -> Iterator[Item]:
    if path.is_dir():
        for file in files_in(path):
            if file.resolve() not in skipped:
                yield from read_file(file, max_bytes)
    elif path.is_file():
        yield from read_file(path, max_bytes)
    elif not path.exists():
        yield _ref(DiurnaError("D010", path=str(path), detail="no such file or folder"), str(path))
    else:
        yield _ref(DiurnaError("D039", path=str(path)), str(path))


def read_file(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """The items of one file, with the reader its kind calls for."""
    readers: dict[str, Callable[[Path, int], Iterator[Item]]] = {
        "text": lambda p, m: iter([read_text_item(p, m)]),
        "html": lambda p, m: iter([read_html_item(p, m)]),
        "jsonl": _read_jsonl_file,
        "warc": read_warc,
        "rss": read_feed,
    }
    name = str(path)
    for item in readers[kind_of(path)](Path(path), max_bytes):
        yield _ref(item, name)


def _read_jsonl_file(path: Path, max_bytes: int) -> Iterator[Item]:
    name = str(path)
    try:
        stream = open_binary(path)
    except DiurnaError as error:
        yield error
        return
    with stream:
        try:
            for number, item in read_jsonl(stream, name):
                yield _jsonl_ref(item, name, number)
        except (OSError, EOFError, zlib.error) as exc:
            yield DiurnaError("D034", path=name, detail=str(exc) or type(exc).__name__)


def _jsonl_ref(item: Item, name: str, number: int) -> Item:
    if isinstance(item, DiurnaError):
        item.details.setdefault("ref", f"{name}:{number}")
        return item
    given = item.id if item.id != item.content_hash else None
    item.meta.update({"ref": f"{name}:{number}", "path": name, "line": number})
    if given:
        item.meta["external_id"] = given
    return item


def _ref(item: Item, default: str) -> Item:
    if isinstance(item, DiurnaError):
        item.details.setdefault("ref", item.details.get("path") or default)
    else:
        item.meta.setdefault("ref", default)
    return item


def count_items(paths: Iterable[str | Path]) -> int | None:
    """How many items the paths hold, counted cheaply; None when a WARC makes it unknowable."""
    total = 0
    for path in map(Path, paths):
        for file in files_in(path) if path.is_dir() else [path]:
            found = _count_file(file)
            if found is None:
                return None
            total += found
    return total


def _count_file(path: Path) -> int | None:
    kind = kind_of(path) if path.is_file() else "text"
    if kind in ("text", "html"):
        return 1
    if kind == "warc":
        return None
    try:
        with open_binary(path) as stream:
            if kind == "jsonl":
                return sum(1 for line in stream if line.strip())
            return len(_FEED_ITEM.findall(stream.read()))
    except (DiurnaError, OSError, EOFError, zlib.error):
        return 1
