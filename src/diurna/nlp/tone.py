"""The tone component: GDELT-style document tone from the VADER sentiment lexicon.

The lexicon is ``vader_lexicon.txt`` as shipped in the PyPI package ``vaderSentiment``
(3.3.2, MIT; Hutto & Gilbert 2014): about 7,500 words and emoticons rated from -4 to +4.
We read that file once and use only the words; VADER's own rules (negation, boosters)
are not applied, as GDELT's tone is a plain word count:

- ``positive``: percentage of the article's words with a positive rating;
- ``negative``: percentage with a negative rating;
- ``tone``: positive minus negative (GDELT's Tone, -100 to +100, usually -10 to +10);
- ``polarity``: positive plus negative;
- ``activity_density``: percentage of words that are verbs (GDELT: activity references);
- ``self_group_density``: percentage of words that are pronouns (self and group references);
- ``word_count``: the words counted (alphabetic tokens).

Words are matched on their lower-case form in one vectorised pass (no Python loop).
"""

from __future__ import annotations

from importlib import metadata, resources
from typing import Any

import numpy
from spacy.attrs import IS_ALPHA, LOWER, POS
from spacy.language import Language
from spacy.strings import hash_string
from spacy.symbols import PRON, VERB
from spacy.tokens import Doc

from diurna.nlp.arrays import contains

__all__ = ["ToneLexicon", "document_tone", "ToneComponent", "make_tone", "MIN_RATING"]

MIN_RATING = 0.5  # |mean rating| below this is near neutral in VADER's scale


class ToneLexicon:
    """VADER's word ratings, as two arrays of word hashes: positive and negative."""

    def __init__(self, ratings: dict[str, float], name: str = "vader") -> None:
        self.name = name
        positive = [hash_string(w) for w, r in ratings.items() if r >= MIN_RATING]
        negative = [hash_string(w) for w, r in ratings.items() if r <= -MIN_RATING]
        self.positive = numpy.array(sorted(positive), dtype=numpy.uint64)
        self.negative = numpy.array(sorted(negative), dtype=numpy.uint64)

    @classmethod
    def vader(cls) -> ToneLexicon:
        """The lexicon packaged with ``vaderSentiment`` (read from its files, never downloaded)."""
        text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
        ratings: dict[str, float] = {}
        for line in text.splitlines():
            parts = line.split("\t")
            if len(parts) >= 2 and parts[0] and " " not in parts[0] and any(c.isalpha() for c in parts[0]):
                ratings[parts[0].lower()] = float(parts[1])
        return cls(ratings, name=f"vader-{metadata.version('vaderSentiment')}")

    def __len__(self) -> int:
        return len(self.positive) + len(self.negative)


def document_tone(doc: Doc, lexicon: ToneLexicon) -> dict[str, Any]:
    """GDELT-style tone figures of a document (percentages of its words)."""
    if not len(doc):
        return _figures(0, 0, 0, 0, 0, lexicon.name)
    arrays = doc.to_array([IS_ALPHA, LOWER, POS])
    words = arrays[:, 0].astype(bool)
    lower = arrays[words, 1]
    pos = arrays[words, 2]
    return _figures(
        int(words.sum()),
        int(contains(lexicon.positive, lower).sum()),
        int(contains(lexicon.negative, lower).sum()),
        int((pos == VERB).sum()),
        int((pos == PRON).sum()),
        lexicon.name,
    )


def _figures(count: int, positive: int, negative: int, verbs: int, pronouns: int, name: str) -> dict[str, Any]:
    def pct(n: int) -> float:
        return round(100.0 * n / count, 3) if count else 0.0

    return {
        "tone": round(pct(positive) - pct(negative), 3),
        "positive": pct(positive),
        "negative": pct(negative),
        "polarity": round(pct(positive) + pct(negative), 3),
        "activity_density": pct(verbs),
        "self_group_density": pct(pronouns),
        "word_count": count,
        "lexicon": name,
    }


@Language.factory("diurna_tone", requires=["token.pos"], assigns=["doc._.diurna_tone"])
def make_tone(nlp: Language, name: str) -> ToneComponent:
    """Document tone, GDELT style, from VADER's lexicon."""
    return ToneComponent(ToneLexicon.vader())


class ToneComponent:
    """Write ``doc._.diurna_tone``."""

    def __init__(self, lexicon: ToneLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        doc._.diurna_tone = document_tone(doc, self.lexicon)
        return doc
