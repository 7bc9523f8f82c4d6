"""Agent dictionaries: titles and role nouns that give an actor its sector."""

from __future__ import annotations

from typing import Any, Sequence

from diurna.dictionaries.plurals import singular_guess

__all__ = ["AgentTable"]


class AgentTable:
    """Look up sector codes for lemmas and short lemma phrases ("prime minister")."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.ignore: frozenset[str] = frozenset(str(w).lower() for w in data.get("ignore") or [])
        self._phrases: dict[tuple[str, ...], str] = {}
        for sector, words in data.items():
            if sector == "ignore":
                continue
            if not isinstance(words, list):
                raise ValueError(f"sector {sector!r} must hold a list of lemmas")
            for word in words:
                key = tuple(str(word).lower().split())
                if key and key not in self._phrases:
                    self._phrases[key] = str(sector)
        self.longest = max((len(k) for k in self._phrases), default=1)
        self._first = {k[0] for k in self._phrases}
        self._words = {w for k in self._phrases for w in k}

    def __len__(self) -> int:
        return len(self._phrases)

    def sector(self, lemmas: Sequence[str]) -> str | None:
        """The sector of an exact lemma phrase, or None."""
        return self._phrases.get(tuple(lemmas))

    def match(self, lemmas: Sequence[str]) -> list[tuple[int, int, str]]:
        """(start, end, sector) for agent phrases in a lemma sequence, longest first."""
        lemmas = [w if w in self._words else self._singular(w) for w in lemmas]
        found = []
        i, n = 0, len(lemmas)
        while i < n:
            if lemmas[i] not in self._first:
                i += 1
                continue
            for size in range(min(self.longest, n - i), 0, -1):
                sector = self._phrases.get(tuple(lemmas[i : i + size]))
                if sector:
                    found.append((i, i + size, sector))
                    i += size
                    break
            else:
                i += 1
        return found

    def _singular(self, word: str) -> str:
        """The agent word a plural stands for when the tagger left it unlemmatised: a
        capitalised "Gunmen" at a paragraph's start is tagged a proper noun."""
        single = singular_guess(word)
        return single if single is not None and single in self._words else word
