"""Events made by what someone says another will or must do.

"Russia said Sudan must return the helicopter" is a demand on Sudan (CAMEO 10).
A dictionary's speech transformations (PETRARCH's "~ a (a b ATTACK) SAY") turn "Obama
and Putin said they will attack Iraq" into a claim of the speakers' own act, and "X said
Y attacked", with no target, into an accusation of Y. The walk tries these before a
speech verb's own patterns.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from diurna.nlp.analysis import Analyser, Analysis
from diurna.nlp.lexicon import OBLIGATION_AUX
from diurna.nlp.lookup import ActorLookup
from diurna.nlp.syntax import is_infinitive, is_negated, modality, subject_tokens

__all__ = ["SpeechRules"]


class SpeechRules:
    """Code what a speech verb's clause says another will or must do."""

    def __init__(self, walk: Analyser, control: Mapping, lookup: ActorLookup) -> None:
        self.walk = walk
        self.control = control
        self.lookup = lookup

    def analyse(self, verb: Token) -> Analysis | None:
        """The event ``verb``, a speech verb, makes of its clause, or None."""
        return self._obligation(verb) or self._told_of(verb)

    def _obligation(self, verb: Token) -> Analysis | None:
        """"Russia said Sudan must return the helicopter": a demand on Sudan (CAMEO 10)."""
        rule = self.control.get("demand")
        if rule is None:
            return None
        for comp in verb.children:
            if comp.dep_ != "ccomp" or not _obliged(comp):
                continue
            doers = [t for t in subject_tokens(comp) if self.lookup.has_actor(t)]
            speakers = subject_tokens(verb)
            if not doers or not speakers or doers[0].i == speakers[0].i:
                continue
            inner = self.walk.verb(comp)
            code = rule.apply(inner.code if inner else None) or rule.default
            consumed = {comp.i} | (inner.consumed if inner else set())
            rules = ["grammar:said-that-X-must"] + ([f"demand({'; '.join(inner.rule)})"] if inner and inner.code else [])
            return Analysis(
                code=code,
                trigger=verb,
                rule=rules,
                sources=speakers,
                targets=doers[:1],
                consumed=consumed,
                negated=is_negated(verb),
                modality=modality(verb),
            )
        return None

    def _told_of(self, verb: Token) -> Analysis | None:
        """A dictionary's speech transformations: "Obama and Putin said they will attack
        Iraq" claims the speakers' own act (015); "X said Y attacked", with no target,
        accuses Y (112). Our dictionaries have none."""
        own, other = self.control.get("speech-own"), self.control.get("speech-other")
        if own is None and other is None:
            return None
        speakers = subject_tokens(verb)
        spoken = {a.code for a, _ in self.lookup.resolve(speakers)}
        for comp in verb.children:
            if comp.dep_ != "ccomp" or not spoken:
                continue
            inner = self.walk.verb(comp)
            if inner is None or not inner.code:
                continue
            doers = {a.code for a, _ in self.lookup.resolve(inner.sources + inner.source_mentions)}
            if doers and doers <= spoken and own is not None:
                rule, kind, targets = own, "speech-own", inner.targets
            elif doers and not doers & spoken and not inner.targets and other is not None:
                rule, kind, targets = other, "speech-other", [*inner.sources, *inner.source_mentions]
            else:
                continue
            code = rule.apply(inner.code)
            if code is None:
                continue
            return Analysis(
                code=code,
                trigger=verb,
                rule=[f"{kind}({'; '.join(inner.rule)})"],
                sources=speakers,
                targets=targets,
                consumed={comp.i} | inner.consumed,
                negated=is_negated(verb),
                modality=modality(verb),
            )
        return None


def _obliged(verb: Token) -> bool:
    """"must return", "should end", "has to leave": a clause of obligation."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & OBLIGATION_AUX:
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ in ("have", "need") and is_infinitive(verb)
