"""The themes component: the topics of an article, and each event's PLOVER context.

The taxonomy is our data file ``dictionaries/data/themes.yaml``: per theme, single
words matched on their lemma (or lower-case form, for names such as "Ebola") and
phrases matched on the lower-case text. Words are matched in one vectorised pass over
the document's lemma array, phrases by spaCy's PhraseMatcher. An article's themes are
those found anywhere in it, most frequent first; an event gets the PLOVER contexts of the
themes found in its own sentence (``event.plover.context``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.vocab import Vocab

from diurna.dictionaries.bundle import read_builtin_yaml
from diurna.errors import DiurnaError
from diurna.model import Event
from diurna.nlp.arrays import contains
from diurna.nlp.spans import sentence_starts

__all__ = ["ThemeTable", "ThemeHits", "ThemeComponent", "make_themes", "THEMES_FILE"]

THEMES_FILE = "themes.yaml"


@dataclass
class ThemeHits:
    """Where themes occur: theme name -> count, and sentence index -> themes."""

    counts: dict[str, int] = field(default_factory=dict)
    by_sentence: dict[int, set[str]] = field(default_factory=dict)

    def add(self, theme: str, sentence: int) -> None:
        """Count one occurrence of a theme in a sentence."""
        self.counts[theme] = self.counts.get(theme, 0) + 1
        self.by_sentence.setdefault(sentence, set()).add(theme)

    def ranked(self) -> list[str]:
        """Theme names, most frequent first (ties by name)."""
        return sorted(self.counts, key=lambda name: (-self.counts[name], name))


class ThemeTable:
    """The theme taxonomy compiled for matching: word hashes and a phrase matcher."""

    def __init__(self, themes: dict[str, dict[str, Any]], vocab: Vocab, tokenizer: Any) -> None:
        self.contexts: dict[str, str | None] = {}
        self._by_hash: dict[int, list[str]] = {}
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        for name, spec in themes.items():
            spec = spec or {}
            self.contexts[name] = spec.get("context")
            for word in spec.get("lemmas") or []:
                self._by_hash.setdefault(hash_string(str(word).lower()), []).append(name)
            phrases = [tokenizer(str(p).lower()) for p in spec.get("phrases") or []]
            if phrases:
                self.matcher.add(name, phrases)
        self._ids = numpy.sort(numpy.fromiter(self._by_hash, dtype=numpy.uint64, count=len(self._by_hash)))

    @classmethod
    def builtin(cls, nlp: Language) -> ThemeTable:
        """Our taxonomy, ``dictionaries/data/themes.yaml``."""
        data = read_builtin_yaml(THEMES_FILE)
        if not isinstance(data, dict):
            raise DiurnaError("D020", path=f"dictionaries/data/{THEMES_FILE}", detail="expected a mapping of themes")
        return cls(data, nlp.vocab, nlp.make_doc)

    def __len__(self) -> int:
        return len(self.contexts)

    def match(self, doc: Doc) -> ThemeHits:
        """Every theme occurrence in a document, by sentence."""
        hits = ThemeHits()
        if not len(doc):
            return hits
        starts = _sentence_starts(doc)
        arrays = doc.to_array([LEMMA, LOWER])
        found = contains(self._ids, arrays[:, 0]) | contains(self._ids, arrays[:, 1])
        for i in numpy.flatnonzero(found):
            lemma, lower = int(arrays[i, 0]), int(arrays[i, 1])
            sentence = int(numpy.searchsorted(starts, i, side="right")) - 1
            for theme in self._by_hash.get(lemma) or self._by_hash.get(lower) or ():
                hits.add(theme, sentence)
        strings = doc.vocab.strings
        for match_id, start, _ in self.matcher(doc):
            sentence = int(numpy.searchsorted(starts, start, side="right")) - 1
            hits.add(strings[match_id], sentence)
        return hits

    def set_contexts(self, events: list[Event], hits: ThemeHits) -> None:
        """Give each event the PLOVER contexts of the themes in its sentence."""
        for event in events:
            for theme in sorted(hits.by_sentence.get(event.sentence_index, ())):
                context = self.contexts.get(theme)
                if context and context not in event.plover.context:
                    event.plover.context.append(context)


def _sentence_starts(doc: Doc) -> numpy.ndarray:
    return sentence_starts(doc)  # an unparsed doc is one sentence


@Language.factory(
    "diurna_themes",
    requires=["token.lemma", "doc._.diurna_events"],
    assigns=["doc._.diurna_themes"],
)
def make_themes(nlp: Language, name: str) -> ThemeComponent:
    """Article themes from our taxonomy; PLOVER contexts for events."""
    return ThemeComponent(ThemeTable.builtin(nlp))


class ThemeComponent:
    """Write ``doc._.diurna_themes`` (theme names, most frequent first) and event contexts."""

    def __init__(self, table: ThemeTable) -> None:
        self.table = table

    def __call__(self, doc: Doc) -> Doc:
        hits = self.table.match(doc)
        doc._.diurna_themes = hits.ranked()
        events = doc._.diurna_events
        if events:
            self.table.set_contexts(events, hits)
        return doc
