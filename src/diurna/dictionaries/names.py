"""A token index of actor names, built once, matched in one pass over a document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from diurna.dictionaries.actors import ActorEntry

__all__ = ["NameIndex", "NameMatch"]

Tokenize = Callable[[str], Sequence[str]]


@dataclass(frozen=True)
class NameMatch:
    """Tokens ``[start, end)`` of a document that name ``entries`` (best first)."""

    start: int
    end: int
    written: str
    entries: tuple[ActorEntry, ...]


@dataclass(frozen=True)
class _Name:
    tokens: tuple[str, ...]
    written: str
    case: str  # "upper": exact capitals; "title": first letter capital; "any"
    entries: tuple[ActorEntry, ...]


def _case_of(written: str) -> str:
    letters = [c for c in written if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return "upper"
    if letters and written.lstrip("'\"(").startswith(tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")):
        return "title"
    if letters and letters[0].isupper():
        return "title"
    return "any"


class NameIndex:
    """Find dictionary names in token sequences: longest match first, no overlaps."""

    def __init__(self, pairs: Iterable[tuple[str, ActorEntry]], tokenize: Tokenize) -> None:
        grouped: dict[tuple[str, ...], dict[str, list[ActorEntry]]] = {}
        for written, entry in pairs:
            tokens = tuple(t.lower() for t in tokenize(written) if t.strip())
            if not tokens:
                continue
            by_written = grouped.setdefault(tokens, {})
            entries = by_written.setdefault(written, [])
            if entry not in entries:
                entries.append(entry)
        self._by_first: dict[str, list[_Name]] = {}
        for tokens, by_written in grouped.items():
            for written, entries in by_written.items():
                name = _Name(tokens, written, _case_of(written), tuple(entries))
                self._by_first.setdefault(tokens[0], []).append(name)
        for names in self._by_first.values():
            names.sort(key=lambda n: (-len(n.tokens), n.case != "upper"))
        self.size = sum(len(v) for v in self._by_first.values())

    def __len__(self) -> int:
        return self.size

    def match(self, lower: Sequence[str], orth: Sequence[str]) -> list[NameMatch]:
        """Matches in a token sequence given as lower-case and original forms."""
        found: list[NameMatch] = []
        i, n = 0, len(lower)
        by_first = self._by_first
        while i < n:
            names = by_first.get(lower[i])
            best = None
            if names:
                for name in names:
                    size = len(name.tokens)
                    if i + size > n or tuple(lower[i : i + size]) != name.tokens:
                        continue
                    if not _case_ok(name, orth[i : i + size]):
                        continue
                    best = name
                    break
            if best is None:
                i += 1
                continue
            size = len(best.tokens)
            found.append(NameMatch(i, i + size, best.written, best.entries))
            i += size
        return found


def _case_ok(name: _Name, orth: Sequence[str]) -> bool:
    if name.case == "any":
        return True
    text = " ".join(orth)
    if name.case == "upper":
        return "".join(c for c in text if c.isalpha()) == "".join(
            c for c in name.written if c.isalpha()
        )
    first = next((c for c in text if c.isalpha()), "")
    return first.isupper()
