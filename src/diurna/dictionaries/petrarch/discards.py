"""Discard phrases: a sentence (or, for ``+`` entries, the whole story) that has one is not coded.

PETRARCH matches a discard at the start of a word, case-insensitively; an entry ending in
``_`` must also end at a word boundary, other entries match as stems (``BASEBALL`` also
matches "baseballs"). Words joined by ``_`` or spaces may be separated by any whitespace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from diurna.dictionaries.petrarch.text import read_lines

__all__ = ["Discards", "read_discards"]


@dataclass(frozen=True)
class Discards:
    """Sentence-level and story-level discard phrases (as written, upper case)."""

    sentence: frozenset[str] = frozenset()
    story: frozenset[str] = frozenset()
    _patterns: dict[str, re.Pattern[str] | None] = field(default_factory=dict, compare=False, repr=False)

    def __bool__(self) -> bool:
        return bool(self.sentence or self.story)

    def __len__(self) -> int:
        return len(self.sentence) + len(self.story)

    def __or__(self, other: "Discards | None") -> "Discards":
        if other is None:
            return self
        return Discards(self.sentence | other.sentence, self.story | other.story)

    def story_match(self, text: str) -> str | None:
        """The story discard phrase found in ``text`` (the whole article is then dropped)."""
        return self._find("story", text)

    def sentence_match(self, text: str) -> str | None:
        """The sentence discard phrase found in ``text`` (that sentence is then dropped)."""
        return self._find("sentence", text)

    def _find(self, kind: str, text: str) -> str | None:
        if kind not in self._patterns:
            self._patterns[kind] = _compile(self.story if kind == "story" else self.sentence)
        pattern = self._patterns[kind]
        found = pattern.search(text) if pattern is not None else None
        return " ".join(found.group(0).split()) if found else None


def _compile(phrases: frozenset[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        whole = phrase.endswith("_")
        words = phrase.rstrip("_").replace("_", " ").split()
        body = r"\s+".join(re.escape(w) for w in words)
        parts.append(body + (r"(?![^\W_])" if whole else ""))
    return re.compile(r"(?<![^\W_])(?:" + "|".join(parts) + ")", re.IGNORECASE)


def read_discards(path: Path) -> Discards:
    """The discard phrases of one file."""
    sentence: set[str] = set()
    story: set[str] = set()
    for line in read_lines(path):
        text = " ".join(line.text.split()).upper()
        if text.startswith("+"):
            if text[1:].strip():
                story.add(text[1:].strip())
        elif text:
            sentence.add(text)
    return Discards(frozenset(sentence), frozenset(story))
