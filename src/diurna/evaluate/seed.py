"""The seed gold (``*.gold.json``): one hand-coded article with required and acceptable events."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from diurna.errors import DiurnaError
from diurna.evaluate.coders import CoderFactory, code_texts
from diurna.evaluate.entries import Entry, EntryRecord, EntryTally
from diurna.evaluate.gold import read_json
from diurna.evaluate.result import SetResult

__all__ = ["detect", "evaluate", "SUFFIX"]

SUFFIX = ".gold.json"


def detect(path: str | Path) -> bool:
    """Whether the file is a seed gold document (``NAME.gold.json``)."""
    path = Path(path)
    return path.name.endswith(SUFFIX) and path.is_file()


def evaluate(path: str | Path, coder_factory: CoderFactory, **_: Any) -> list[SetResult]:
    """Code the document the gold names and score its required and acceptable events."""
    path = Path(path)
    gold = read_json(path)
    if not isinstance(gold, dict) or "required" not in gold:
        raise DiurnaError("D006", line=1, path=str(path), detail="no 'required' list")
    document = path.parent / gold.get("document", path.name.removesuffix(SUFFIX) + ".txt")
    try:
        text = document.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DiurnaError("D010", path=str(document), detail=getattr(exc, "strerror", None) or str(exc)) from None
    [(coded, error)] = code_texts(coder_factory(), [(text, gold.get("date"))])
    name = "seed/" + path.name.removesuffix(SUFFIX)
    tally = EntryTally(name)
    tally.add(
        EntryRecord(
            id=name,
            text=text,
            required=[Entry.from_dict(e) for e in gold["required"]],
            acceptable=[Entry.from_dict(e) for e in gold.get("acceptable") or []],
            forbidden=[Entry.from_dict(e) for e in gold.get("forbidden") or []],
            coded=coded,
            error=error,
        )
    )
    return [tally.result()]
