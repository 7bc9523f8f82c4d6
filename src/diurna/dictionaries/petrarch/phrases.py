"""The words of one side of a PETRARCH/TABARI pattern, parsed into items and expanded.

``- SUGGESTED + * (TO {BANNED PARTIES}) &CURRENCY $ [1722]``: each side of ``*`` is a
sequence of bare words, ``{NOUN PHRASE}`` groups, ``(PREP NOUN ...)`` groups, ``&SYNSET``
names and the markers ``$`` (source), ``+`` (target), ``%`` (compound), ``^`` (skip).
Underscores (TABARI's "no words between") are read as spaces.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from diurna.dictionaries.petrarch.lemmas import Lemmas

__all__ = ["Item", "parse_side", "expand", "Synsets", "PARTICLES", "PREPOSITIONS", "MARKS", "is_nounlike"]

MARKS = frozenset("+$%^")
PARTICLES = frozenset({"up", "down", "off", "out", "away", "back", "forward", "aside", "ahead", "apart"})
PREPOSITIONS = frozenset(
    "about above across after against along amid among amongst around as at before behind below "
    "beneath beside besides between beyond by despite during except for from in inside into near "
    "of on onto outside over past per regarding since through throughout to toward towards under "
    "unlike until upon via with within without".split()
)
_FUNCTION = frozenset(
    "will would shall should may might must can could ca wo not n't no never neither nor has have "
    "had is are was were be been being am did do does don't didn't won't can't to said say says "
    "now so if that the a an its their his her our also ever even really most certainly able just "
    "again and or but than then which who what when while very only already still yet soon later "
    "once too much more less many some any all both each such own it they he she we this these "
    "those there here how why whether".split()
)
_NOT_ADVERBS = frozenset({"ally", "italy", "family", "assembly", "supply", "rally", "anomaly", "monopoly", "reply"})


@dataclass(frozen=True)
class Item:
    """One element of a pattern side: a word, a {phrase}, a (prep ...) group, a synset or a mark."""

    kind: str  # "word", "phrase", "prep", "synset", "mark"
    text: str = ""  # the word, synset name, mark or preposition (lower-case, synsets as written)
    parts: tuple["Item", ...] = ()  # the words of a {phrase} or a (prep ...) group


def parse_side(text: str) -> list[Item]:
    """Items of one side of a pattern, in order."""
    items: list[Item] = []
    rest = text.replace("_", " ")
    while rest.strip():
        rest = rest.lstrip()
        if rest[0] == "(":
            inner, rest = _until(rest[1:], ")")
            words = parse_side(inner)
            if words and words[0].kind == "word":
                items.append(Item("prep", words[0].text, tuple(words[1:])))
            else:
                items.append(Item("prep", "", tuple(words)))
        elif rest[0] == "{":
            inner, rest = _until(rest[1:], "}")
            items.append(Item("phrase", "", tuple(parse_side(inner))))
        else:
            token, _, rest = rest.partition(" ")
            items.extend(_token(token))
    return items


def _until(text: str, close: str) -> tuple[str, str]:
    depth, opener = 0, "(" if close == ")" else "{"
    for i, char in enumerate(text):
        if char == opener:
            depth += 1
        elif char == close:
            if depth == 0:
                return text[:i], text[i + 1 :]
            depth -= 1
    return text, ""


def _token(token: str) -> list[Item]:
    if token in MARKS:
        return [Item("mark", token)]
    if token.startswith("&"):
        return [Item("synset", token.rstrip("_"))]
    return [Item("word", token.lower())]


def is_nounlike(word: str) -> bool:
    """Whether a pre-verb word can be read as a noun of the subject (not an auxiliary or adverb)."""
    if word in _FUNCTION or not word.replace("-", "").isalpha():
        return False
    if word.endswith("ly") and len(word) > 4 and word not in _NOT_ADVERBS:
        return False
    return not (word.endswith("ed") or word.endswith("ing")) or len(word) <= 4


class Synsets:
    """Synset members, nested synsets expanded, as lower-case phrases."""

    def __init__(self, raw: dict[str, list[tuple[str, int]]]) -> None:
        self._raw = raw
        self._done: dict[str, tuple[str, ...]] = {}
        self.expanded: dict[tuple[Item, ...], tuple[str, ...]] = {}  # expand()'s cache

    def __contains__(self, name: str) -> bool:
        return name in self._raw or name.rstrip("_") in self._raw or name + "_" in self._raw

    def members(self, name: str, seen: frozenset[str] = frozenset()) -> tuple[str, ...]:
        """The phrases of a synset (empty when it is not defined)."""
        key = next((k for k in (name, name + "_", name.rstrip("_")) if k in self._raw), None)
        if key is None or key in seen:
            return ()
        if key not in self._done:
            out: list[str] = []
            for text, _ in self._raw[key]:
                words = text.rstrip("_").replace("_", " ").split()
                variants = [[w.lower()] if not w.startswith("&") else list(self.members(w, seen | {key}))
                            for w in words]
                out.extend(" ".join(p) for p in itertools.islice(itertools.product(*variants), 200))
            self._done[key] = tuple(dict.fromkeys(o for o in out if o))
        return self._done[key]


def expand(parts: list[Item], synsets: Synsets, lemmas: Lemmas, limit: int = 400) -> tuple[str, ...]:
    """Lemma phrases for a sequence of words and synsets (head last), literal and lemmatised."""
    key = tuple(parts)
    found = synsets.expanded.get(key)
    if found is None:
        found = synsets.expanded[key] = _expand(parts, synsets, lemmas, limit)
    return found


def _expand(parts: list[Item], synsets: Synsets, lemmas: Lemmas, limit: int) -> tuple[str, ...]:
    choices: list[list[str]] = []
    for part in parts:
        if part.kind == "synset":
            members = list(synsets.members(part.text))
            if not members:
                return ()
            choices.append(members)
        elif part.kind == "phrase":
            choices.append(list(expand(list(part.parts), synsets, lemmas, limit)) or [""])
        elif part.kind == "word":
            choices.append([part.text])
    out: list[str] = []
    for combo in itertools.islice(itertools.product(*choices), limit):
        words = " ".join(c for c in combo if c).split()
        if not words:
            continue
        out.append(" ".join(words))
        head = lemmas.noun(words[-1]) if words[-1].isalpha() else words[-1]
        out.append(" ".join(words[:-1] + [head]))
        out.append(" ".join(lemmas.noun(w) if w.isalpha() else w for w in words))
    return tuple(dict.fromkeys(out))
