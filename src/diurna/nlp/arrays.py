"""Vectorised helpers over spaCy's token attribute arrays."""

from __future__ import annotations

from typing import Sequence

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc

from diurna.nlp.spans import kept

__all__ = ["contains", "attribute_strings", "token_strings"]

STRINGS_KEY = "diurna_token_strings"

_STRINGS: dict[int, str] = {}  # hash -> string; a hash is a function of the string alone
_MAX_STRINGS = 500_000


def contains(sorted_ids: numpy.ndarray, values: numpy.ndarray) -> numpy.ndarray:
    """Which ``values`` occur in ``sorted_ids``: a binary search in C (``isin`` re-sorts every call)."""
    if not len(sorted_ids):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(sorted_ids, values), len(sorted_ids) - 1)
    return sorted_ids[at] == values


def attribute_strings(doc: Doc, attrs: Sequence[int]) -> list[list[str]]:
    """Each token's string for each of ``attrs`` (LOWER, ORTH, LEMMA ...), one list per attr.

    One ``to_array`` and a hash -> string memo: no Token objects, which are what a walk
    over the doc costs (a third of the time of ``[t.lower_ for t in doc]``)."""
    if not len(doc):
        return [[] for _ in attrs]
    table = doc.to_array(list(attrs))
    if table.ndim == 1:
        table = table.reshape(-1, 1)
    if len(_STRINGS) > _MAX_STRINGS:
        _STRINGS.clear()
    strings, get = doc.vocab.strings, _STRINGS.get
    flat = []
    for key in table.ravel().tolist():
        value = get(key)
        if value is None:
            value = _STRINGS[key] = strings[key]
        flat.append(value)
    width = len(attrs)
    return [flat[k::width] for k in range(width)]


def token_strings(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    """Each token's lowercase form, text and lowercase lemma, read from the arrays once per
    doc and kept in ``user_data``: the actors and the event finder's triggers both read them."""
    return kept(doc, STRINGS_KEY, _token_strings)


def _token_strings(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    lower, orth, lemmas = attribute_strings(doc, (LOWER, ORTH, LEMMA))
    return lower, orth, [lemma.lower() for lemma in lemmas]
