"""Summaries of coded articles: counts by root, dyads, examples (for demo and reports)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from diurna.model import CodedArticle, Event

__all__ = ["CorpusSummary", "summarize"]


@dataclass
class CorpusSummary:
    """What a set of coded articles holds."""

    articles: int = 0
    events: int = 0
    counted: int = 0
    actors: int = 0
    quotes: int = 0
    by_root: Counter = field(default_factory=Counter)
    by_quad: Counter = field(default_factory=Counter)
    dyads: Counter = field(default_factory=Counter)
    examples: list[Event] = field(default_factory=list)


def summarize(coded: Iterable[CodedArticle], examples: int = 8) -> CorpusSummary:
    """Count events by root, quad class and dyad; keep one example per root."""
    summary = CorpusSummary()
    seen_roots: set[str] = set()
    for article in coded:
        summary.articles += 1
        summary.actors += len(article.actors)
        summary.quotes += len(article.quotes)
        for event in article.events:
            summary.events += 1
            if not event.counts:
                continue
            summary.counted += 1
            summary.by_root[(event.cameo.root)] += 1
            summary.by_quad[event.cameo.quad_class] += 1
            if event.source and event.target:
                summary.dyads[(event.source.country or event.source.code, event.target.country or event.target.code)] += 1
            if event.cameo.root not in seen_roots and len(summary.examples) < examples:
                seen_roots.add(event.cameo.root)
                summary.examples.append(event)
    return summary
