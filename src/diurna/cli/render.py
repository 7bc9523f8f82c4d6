"""Output formats for coded articles: JSON, JSON lines and a terminal table."""

from __future__ import annotations

import json
from typing import IO

from rich.console import Console
from rich.table import Table

from diurna.model import CodedArticle

__all__ = ["FORMATS", "write_json", "write_table"]

FORMATS = ("json", "jsonl", "table")


def write_json(coded: CodedArticle | dict, out: IO[str], pretty: bool) -> None:
    """One article as JSON: indented, or on one line."""
    data = coded.to_dict() if isinstance(coded, CodedArticle) else coded
    out.write(json.dumps(data, ensure_ascii=False, indent=2 if pretty else None) + "\n")


def write_table(coded: CodedArticle, console: Console) -> None:
    """The article's events as a table: who did what to whom, and why."""
    table = Table(title=f"{coded.id}  {coded.date or ''}  {len(coded.events)} events", show_lines=False)
    for column in ("#", "source", "event", "target", "CAMEO", "PLOVER", "note", "evidence"):
        table.add_column(column, overflow="fold")
    for event in coded.events:
        note = []
        if event.negated:
            note.append("negated")
        if event.modality != "asserted":
            note.append(event.modality)
        start = max(0, event.spans["verb"].start - 60) if event.spans.get("verb") else 0
        table.add_row(
            str(event.sentence_index),
            _actor(event.source),
            event.verb,
            _actor(event.target),
            f"{event.cameo.code} {event.cameo.name}",
            " ".join(x for x in (event.plover.type, event.plover.mode) if x) or "-",
            ", ".join(note),
            _clip(event.sentence, 90),
        )
    console.print(table)
    if coded.quotes:
        for quote in coded.quotes:
            console.print(f"  “{_clip(quote.text, 100)}” — {quote.speaker_name or 'unattributed'}")


def _actor(actor) -> str:
    if actor is None:
        return "-"
    name = f" ({actor.name})" if actor.name and actor.name != actor.text else ""
    return f"{actor.code} {actor.text}{name}"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
