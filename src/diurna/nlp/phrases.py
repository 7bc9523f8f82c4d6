"""Whether a noun, or the phrase that ends in it, is one of a pattern's words.

Verb patterns name their objects, prepositional objects and subjects by lemma ("sanction")
or by phrase ("use of force", "humanitarian aid"). The event finder asks this for the same
few nouns against pattern after pattern, so each noun's phrases are built once per
document and kept.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diurna.dictionaries.plurals import singular_guess

__all__ = ["Phrases"]

_MULTI: dict[tuple[str, ...], tuple[str, ...]] = {}  # a pattern's words -> its multi-word entries, padded
_MAX_MULTI = 10_000


class Phrases:
    """Phrase tests for the nouns of one document, each noun's phrases built once.

    Phrases are kept padded with spaces, so that a test for a whole word sequence is
    one ``in``."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._phrases: dict[int, tuple[str, ...]] = {}

    def has(self, token: Token | None, words: tuple[str, ...]) -> bool:
        """Whether the noun, or the phrase ending in it, is one of ``words``."""
        if token is None:
            return False
        if token.lemma_.lower() in words or token.lower_ in words:
            return True
        if token.pos_ == "PROPN" and singular_guess(token.lower_) in words:
            return True  # a plural the tagger took for a name keeps its "s": "siesta naps"
        multi = _MULTI.get(words)
        if multi is None:
            if len(_MULTI) > _MAX_MULTI:
                _MULTI.clear()
            multi = _MULTI[words] = tuple(f" {w} " for w in words if " " in w)
        if not multi:
            return False
        phrases = self._phrases.get(token.i)
        if phrases is None:
            phrases = self._phrases[token.i] = self._build(token)
        # whole words: "the use of force" holds "use of force", "military force" not "ary force"
        return any(w in p for w in multi for p in phrases)

    def _build(self, token: Token) -> tuple[str, ...]:
        doc = self.doc
        lemma = token.lemma_.lower()
        phrase = " ".join(t.lemma_.lower() for t in doc[token.left_edge.i : token.i + 1])
        out = [f" {phrase} "]
        for child in token.children:  # "state of emergency", "use of force"
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    tail = " ".join(t.lemma_.lower() for t in doc[pobj.left_edge.i : pobj.i + 1])
                    out.append(f" {phrase} of {tail} ")
                    out.append(f" {lemma} of {pobj.lemma_.lower()} ")
        return tuple(out)
