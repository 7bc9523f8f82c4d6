"""What an accusation alleges and what a claim of responsibility claims, on the parse.

An alleged act is not coded as done ("accused Ukraine of shelling"); a claimed one is
coded as the claimer's ("claimed responsibility for the bombing").
"""

from __future__ import annotations

from spacy.tokens import Token

from diurna.nlp.syntax import direct_object, is_verb

__all__ = ["alleged", "claimed", "that_clause"]


def that_clause(verb: Token) -> bool:
    """A content clause: "(accusations) that it rammed a boat"."""
    return is_verb(verb) and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def alleged(verb: Token, accusation: bool = False) -> set[int]:
    """Gerund complements of a criticism ("of shelling", "for attacking"), the clauses
    they carry ("blaming Putin for having him poisoned"), and what the claims it answers
    say ("denied claims that its navy had fired"). An ``accusation`` also alleges the
    acts it names ("blamed for attacks in Turkey"); a criticism takes them as done
    ("condemned Russia for the strike on Kyiv")."""
    gerunds: list[Token] = []
    obj = direct_object(verb)
    kinds = ("pcomp", "pobj") if accusation else ("pcomp",)
    for holder in (verb, obj) if obj is not None else (verb,):
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "over"):
                gerunds.extend(g for g in child.children if g.dep_ in kinds)
    # all the gerund says is alleged or answered: "accused Ukraine of attempting to
    # assassinate Putin with a drone attack" (the attack too)
    out = {t.i for g in gerunds for t in g.subtree}
    if accusation and obj is not None:
        out.add(obj.i)  # "Hamas blamed an Israeli airstrike": the airstrike is alleged
    out |= {c.i for g in gerunds for c in g.children if c.dep_ in ("ccomp", "xcomp")}
    if obj is not None:  # "rejected claims that its navy had fired"
        out |= {c.i for c in obj.children if c.dep_ in ("acl", "ccomp") and that_clause(c)}
    return out


def claimed(verb: Token, obj: Token | None) -> list[Token]:
    """What a claim of responsibility claims ("for the bombing", "for attacking"), and the
    participles that describe it ("bombings that killed 44 people")."""
    out: list[Token] = []
    for holder in (verb, obj):
        for child in holder.children if holder is not None else ():
            if child.dep_ == "prep" and child.lower_ == "for":
                out.extend(g for g in child.children if g.dep_ in ("pobj", "pcomp"))
    out.extend(c for act in list(out) for c in act.children if c.dep_ in ("acl", "relcl") and is_verb(c))
    return out
