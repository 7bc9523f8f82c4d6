"""Opening input files: gzip is undone transparently, and one-article files have a size limit."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import IO

from diurna.errors import DiurnaError

__all__ = ["DEFAULT_MAX_BYTES", "GZIP_MAGIC", "inner_name", "is_gzip", "open_binary", "read_limited"]

# A news article is a few kilobytes; even a bloated HTML page stays under a few megabytes.
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
GZIP_MAGIC = b"\x1f\x8b"


def inner_name(path: str | Path) -> str:
    """The file name in lower case without a trailing ``.gz``: ``a.warc.gz`` -> ``a.warc``."""
    name = Path(path).name.lower()
    return name[:-3] if name.endswith(".gz") else name


def is_gzip(path: str | Path) -> bool:
    """Whether the file starts with the gzip magic bytes (whatever its name says)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(2) == GZIP_MAGIC
    except OSError:
        return False


def open_binary(path: str | Path) -> IO[bytes]:
    """The file's bytes as a stream, decompressed when it is gzip; D010 when unreadable."""
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise DiurnaError("D010", path=str(path), detail=exc.strerror or str(exc)) from None
    if handle.peek(2)[:2] == GZIP_MAGIC:
        return gzip.GzipFile(fileobj=handle, mode="rb")  # type: ignore[return-value]
    return handle


def read_limited(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """All bytes of a (possibly gzipped) file; D030 past ``max_bytes``, D034 for broken gzip."""
    with open_binary(path) as stream:
        try:
            data = stream.read(max_bytes + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise DiurnaError("D034", path=str(path), detail=str(exc) or type(exc).__name__) from None
    if len(data) > max_bytes:
        raise DiurnaError("D030", path=str(path), limit=max_bytes, detail="read stopped at the limit")
    return data
