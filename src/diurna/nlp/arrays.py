"""Vectorised helpers over spaCy's token attribute arrays."""

from __future__ import annotations

import numpy

__all__ = ["contains"]


def contains(sorted_ids: numpy.ndarray, values: numpy.ndarray) -> numpy.ndarray:
    """Which ``values`` occur in ``sorted_ids``: a binary search in C (``isin`` re-sorts every call)."""
    if not len(sorted_ids):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(sorted_ids, values), len(sorted_ids) - 1)
    return sorted_ids[at] == values
