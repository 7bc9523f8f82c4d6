"""The bundled sample corpus: realistic articles written for diurna's demo and tests."""

from __future__ import annotations

import json
from importlib import resources
from typing import Iterator

from diurna.model import Article

__all__ = ["sample_articles"]


def sample_articles() -> Iterator[Article]:
    """The sample articles, in order."""
    text = resources.files("diurna.samples").joinpath("articles.jsonl").read_text("utf-8")
    for line in text.splitlines():
        if line.strip():
            record = json.loads(line)
            yield Article(
                text=record["text"],
                id=record["id"],
                date=record.get("date"),
                title=record.get("title"),
                source=record.get("source"),
            )
