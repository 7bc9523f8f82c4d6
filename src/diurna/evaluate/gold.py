"""Reading gold files: JSON lines and JSON documents, with coded errors for bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from diurna.errors import DiurnaError

__all__ = ["read_jsonl", "first_record", "read_json"]


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Every record of a JSON-lines gold file; D010 if unreadable, D006 for a bad line."""
    records = []
    for number, line in enumerate(_read(path).splitlines(), 1):
        if line.strip():
            records.append(_parse(line, path, number))
    return records


def first_record(path: str | Path) -> dict[str, Any] | None:
    """The first record of a JSON-lines file, or None if it is not one (for ``detect``)."""
    path = Path(path)
    if path.suffix != ".jsonl" or not path.is_file():
        return None
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    data = json.loads(line)
                    return data if isinstance(data, dict) else None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return None


def read_json(path: str | Path) -> Any:
    """A JSON gold document; D010 if unreadable, D006 if it is not JSON."""
    text = _read(path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DiurnaError("D006", line=exc.lineno, path=str(path), detail=exc.msg) from None


def _read(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        detail = getattr(exc, "strerror", None) or str(exc)
        raise DiurnaError("D010", path=str(path), detail=detail) from None


def _parse(line: str, path: str | Path, number: int) -> dict[str, Any]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DiurnaError("D006", line=number, path=str(path), detail=exc.msg) from None
    if not isinstance(data, dict):
        raise DiurnaError("D006", line=number, path=str(path), detail="not an object")
    return data
