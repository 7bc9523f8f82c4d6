"""What one trigger codes before its actors are resolved: the event finder's working record."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from diurna.nlp.mentions import Mention

__all__ = ["Analysis"]


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
