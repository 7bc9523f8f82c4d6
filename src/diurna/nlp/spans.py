"""A parsed document's sentences and named entities, made once and shared.

``Doc.sents`` and ``Doc.ents`` build new Span objects, from a walk over every token, on
each access. Five of our components want the sentences and three the entities, some of
them once per mention. They read them here instead: built on first use from the doc's
arrays and kept in ``doc.user_data`` with the doc length they were made for. A component
that changes a doc's sentences or entities (none of ours does) must call ``forget``.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span

__all__ = ["sentences", "sentence_starts", "entities", "forget"]

SENTS_KEY = "diurna_sents"
ENTS_KEY = "diurna_ents"


def sentence_starts(doc: Doc) -> numpy.ndarray:
    """The first token of each sentence, ascending (``[0]`` for an unparsed doc)."""
    return _starts(doc)[1]


def sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, built once; an unparsed doc is one sentence."""
    kept = doc.user_data.get(SENTS_KEY)
    if kept is not None and kept[0] == len(doc) and kept[2] is not None:
        return kept[2]
    starts = _starts(doc)[1]
    bounds = starts.tolist() + [len(doc)]
    spans = [doc[bounds[k] : bounds[k + 1]] for k in range(len(starts))] if len(doc) else []
    doc.user_data[SENTS_KEY] = (len(doc), starts, spans)
    return spans


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once."""
    kept = doc.user_data.get(ENTS_KEY)
    if kept is not None and kept[0] == len(doc):
        return kept[1]
    ents = tuple(doc.ents)
    doc.user_data[ENTS_KEY] = (len(doc), ents)
    return ents


def forget(doc: Doc) -> None:
    """Drop what was kept, after a change to the doc's sentences or entities."""
    doc.user_data.pop(SENTS_KEY, None)
    doc.user_data.pop(ENTS_KEY, None)


def _starts(doc: Doc) -> tuple[int, numpy.ndarray, list[Span] | None]:
    kept = doc.user_data.get(SENTS_KEY)
    if kept is not None and kept[0] == len(doc):
        return kept
    if not len(doc) or not doc.has_annotation("SENT_START"):
        starts = numpy.zeros(1, dtype=numpy.int64)
    else:
        # as Doc.sents: a sentence starts at token 0 and wherever sent_start is 1
        flags = doc.to_array([SENT_START]).astype(numpy.int64)
        flags[0] = 1
        starts = numpy.flatnonzero(flags == 1).astype(numpy.int64)
    kept = (len(doc), starts, None)
    doc.user_data[SENTS_KEY] = kept
    return kept
