"""Plain text files (or standard input) as one article each."""

from __future__ import annotations

import sys
from pathlib import Path

from diurna.errors import DiurnaError
from diurna.model import Article
from diurna.textcheck import decode_bytes

__all__ = ["read_text_file", "read_bytes"]


def read_bytes(path: str) -> bytes:
    """The bytes of a file, or of standard input for '-'; D010 when unreadable."""
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise DiurnaError("D010", path=path, detail=exc.strerror or str(exc)) from None


def read_text_file(path: str, date: str | None = None) -> Article:
    """One article from a UTF-8 text file; its id is the content hash."""
    text = decode_bytes(read_bytes(path), where=path if path != "-" else "stdin")
    meta = {"path": path} if path != "-" else {}
    return Article(text=text, date=date, meta=meta)
