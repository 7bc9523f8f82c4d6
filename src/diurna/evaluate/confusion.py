"""Confusion counts: expected label -> produced label, for events whose actors matched."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

__all__ = ["Confusion"]


class Confusion:
    """Counts expected -> produced labels; a hit counts once on the diagonal."""

    def __init__(self) -> None:
        self._counts: defaultdict[str, defaultdict[str, int]] = defaultdict(lambda: defaultdict(int))

    def add(self, expected: str, produced: Iterable[str]) -> None:
        """Count one expected label against the labels produced for the same actors.

        When the expected label is among them only the diagonal counts; otherwise every
        distinct produced label counts once. Nothing produced for those actors adds nothing.
        """
        labels = set(produced)
        if expected in labels:
            self._counts[expected][expected] += 1
            return
        for label in sorted(labels):
            self._counts[expected][label] += 1

    def to_dict(self) -> dict[str, dict[str, int]]:
        """Plain nested dict, keys sorted."""
        return {e: dict(sorted(row.items())) for e, row in sorted(self._counts.items())}
