"""Refusal by negation: "will not accept refugees", "did not agree to the ceasefire".

Saying no to something asked or offered is a rejection (CAMEO 12), not a missing
acceptance: for verbs of consent, a negated event is mapped by the ``reject`` control
rule (the table of "refused to ..."), counted, and marked with its rule. Other negated
events ("did not attack") stay negated and uncounted.
"""

from __future__ import annotations

from spacy.tokens import Token

from diurna.dictionaries.patterns import ControlRule

__all__ = ["refusal_code", "CONSENT_VERBS", "CONSENT_OBJECTS", "CONSENT_ROOTS"]

CONSENT_VERBS = frozenset({"accept", "agree", "allow", "permit", "approve", "recognize", "recognise", "endorse"})
# "did not give permission", "would not grant consent": consent named by the object
CONSENT_OBJECTS = frozenset({"permission", "authorization", "authorisation", "consent"})
# What is consented to: statements of cooperation, aid, yielding, recognition.
CONSENT_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})


def refusal_code(verb: Token, code: str | None, negated: bool, rule: ControlRule | None) -> str | None:
    """The rejection code for a negated consent verb's event, else None."""
    if rule is None or not code or not negated:
        return None
    if verb.lemma_.lower() not in CONSENT_VERBS and not _consent_object(verb):
        return None
    if code[:2] not in CONSENT_ROOTS:
        return None
    return rule.apply(code)


def _consent_object(verb: Token) -> bool:
    """Whether the verb's object is consent itself: "give permission", "grant approval"."""
    for child in verb.children:
        if child.dep_ in ("dobj", "obj") and child.lemma_.lower() in CONSENT_OBJECTS:
            return True
    return False
