"""Folders of article files, walked in a stable order, and plain text files as articles."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

from diurna.errors import DiurnaError
from diurna.model import Article
from diurna.sources.files import DEFAULT_MAX_BYTES, read_limited
from diurna.textcheck import decode_bytes

__all__ = ["files_in", "read_text_item"]


def files_in(folder: str | Path) -> Iterator[Path]:
    """Every file under ``folder``, sorted, skipping hidden files and folders."""
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith("."):
                yield Path(root) / name


def read_text_item(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article | DiurnaError:
    """A UTF-8 text file (or .txt.gz) as one article, or the error that stops it."""
    ref = str(path)
    try:
        text = decode_bytes(read_limited(path, max_bytes), where=ref)
    except DiurnaError as error:
        return error
    return Article(text=text, meta={"ref": ref, "path": ref})
