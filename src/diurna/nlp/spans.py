"""A parsed document's sentences and named entities, made once and shared.

``Doc.sents`` and ``Doc.ents`` build new Span objects, from a walk over every token, on
each access. Five of our components want the sentences and three the entities, some of
them once per mention. They read them here instead: built on first use from the doc's
arrays and kept in ``doc.user_data`` with the doc length they were made for. A component
that changes a doc's sentences or entities (none of ours does) must call ``forget``.
``kept`` is the same memo for any other per-doc reading (``arrays.token_strings``).
"""

from __future__ import annotations

from typing import Callable, TypeVar

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span

__all__ = ["sentences", "sentence_starts", "entities", "forget", "kept"]

STARTS_KEY = "diurna_sent_starts"
SENTS_KEY = "diurna_sents"
ENTS_KEY = "diurna_ents"
T = TypeVar("T")


def kept(doc: Doc, key: str, build: Callable[[Doc], T]) -> T:
    """``build(doc)``, made once and kept in ``doc.user_data[key]`` with the doc length it
    was made for (a retokenised doc gets a new one)."""
    found = doc.user_data.get(key)
    if found is not None and found[0] == len(doc):
        return found[1]
    value = build(doc)
    doc.user_data[key] = (len(doc), value)
    return value


def sentence_starts(doc: Doc) -> numpy.ndarray:
    """The first token of each sentence, ascending (``[0]`` for an unparsed doc)."""
    return kept(doc, STARTS_KEY, _starts)


def sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, built once; an unparsed doc is one sentence."""
    return kept(doc, SENTS_KEY, _sentences)


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once."""
    return kept(doc, ENTS_KEY, lambda d: tuple(d.ents))


def forget(doc: Doc) -> None:
    """Drop what was kept, after a change to the doc's sentences or entities."""
    for key in (STARTS_KEY, SENTS_KEY, ENTS_KEY):
        doc.user_data.pop(key, None)


def _starts(doc: Doc) -> numpy.ndarray:
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return numpy.zeros(1, dtype=numpy.int64)
    # as Doc.sents: a sentence starts at token 0 and wherever sent_start is 1
    flags = doc.to_array([SENT_START]).astype(numpy.int64)
    flags[0] = 1
    return numpy.flatnonzero(flags == 1).astype(numpy.int64)


def _sentences(doc: Doc) -> list[Span]:
    if not len(doc):
        return []
    bounds = sentence_starts(doc).tolist() + [len(doc)]
    return [doc[bounds[k] : bounds[k + 1]] for k in range(len(bounds) - 1)]
