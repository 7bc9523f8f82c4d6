"""Conditional threats: a hostile act promised on a condition is a threat (CAMEO 13).

"Nigeria will withdraw its force unless elections are held", "the EU may halt its
mediation if the fighting goes on", "the party will boycott the vote unless the president
resigns": the CAMEO manual codes these as threats of the act, not as the act or as an
intent. A verb that states a hostile act in the future or as a possibility, and governs
an adverbial clause opened by "if" or "unless", is mapped by the ``threaten`` control
rule (the same table as "threatened to ..."). A negated act ("will not attack if") is a
promise, not a threat, and keeps its code.
"""

from __future__ import annotations

from spacy.tokens import Token

from diurna.dictionaries.patterns import ControlRule

__all__ = ["conditional_threat", "condition_clauses", "CONDITION_MARKS", "HOSTILE_ROOTS"]

CONDITION_MARKS = frozenset({"if", "unless"})
# Roots of acts whose conditional promise threatens; 0874 withdrawing a mission.
HOSTILE_ROOTS = frozenset({"12", "14", "15", "16", "17", "18", "19", "20"})
HOSTILE_CODES = ("0874",)
PROSPECTIVE = frozenset({"intended", "hypothetical"})


def conditional_threat(verb: Token, code: str | None, modality: str, negated: bool, rule: ControlRule | None) -> str | None:
    """The threat code for ``verb``'s event when it is a conditional hostile act, else None."""
    if rule is None or not code or negated or modality not in PROSPECTIVE:
        return None
    if code[:2] not in HOSTILE_ROOTS and not code.startswith(HOSTILE_CODES):
        return None
    if not _has_condition(verb):
        return None
    return rule.apply(code)


def _has_condition(verb: Token) -> bool:
    """Whether the verb, or the clause it controls, is on a condition: "may stop giving
    aid unless the issues are resolved" puts the stopping on it."""
    while verb is not None:
        if condition_clauses(verb):
            return True
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    return False


def condition_clauses(verb: Token) -> list[Token]:
    """The verb's adverbial clauses opened by "if" or "unless"."""
    return [
        child for child in verb.children
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in child.children)
    ]
