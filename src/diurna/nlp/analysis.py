"""What one trigger codes before its actors are resolved: the event finder's working record."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from spacy.tokens import Token

from diurna.nlp.mentions import Mention

__all__ = ["Analyser", "Analysis"]


@dataclass
class Analysis:
    """What one trigger (verb or noun) codes, before actors are resolved."""

    code: str | None
    trigger: Token
    rule: list[str]
    sources: list[Token] = field(default_factory=list)
    targets: list[Token | Mention] = field(default_factory=list)
    source_mentions: list[Mention] = field(default_factory=list)
    mode: str | None = None
    symmetric: bool = False
    consumed: set[int] = field(default_factory=set)
    negated: bool = False
    modality: str = "asserted"
    weak_target: bool = False  # the target was inferred (an owner, a location)


class Analyser(Protocol):
    """What the rules for clauses and event nouns need of the walk: to analyse the clause
    or noun they govern, with the walk's guard against parse loops."""

    def verb(self, verb: Token) -> Analysis | None: ...

    def noun(self, noun: Token, governor: Token | None) -> Analysis | None: ...
