"""Where refugees come from: "refugees fleeing the civil war in Liberia", "migrants from
Eritrea".

Refugees and migrants are away from home, so the place an event happens never grounds
them (``grounding.py``). Their own phrases often say where they fled: a "from" phrase,
or what they flee ("fleeing the fighting in Sudan", "escaping Syria"). A refugee mention
with no country of its own takes the country named there.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diurna.nlp.mentions import Mention
from diurna.nlp.syntax import direct_object, prep_objects

__all__ = ["displaced_origins"]

DISPLACED_SECTORS = frozenset({"REF"})
FLEEING_VERBS = frozenset({"flee", "escape", "leave", "quit"})


def displaced_origins(doc: Doc, mentions: dict[int, Mention]) -> None:
    """Give refugee mentions with no country the country they come from, in place."""
    for mention in mentions.values():
        actors = mention.actors
        if not actors or any(a.country for a in actors) or not any(a.sector in DISPLACED_SECTORS for a in actors):
            continue
        country, where = _origin(doc[mention.head], mentions)
        if country is not None:
            mention.actors[:] = [a.in_country(country, f"country fled: {where!r}") for a in actors]


def _origin(head: Token, mentions: dict[int, Mention]) -> tuple[str | None, str]:
    candidates = list(prep_objects(head, ("from",)))
    for clause in head.children:
        if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in FLEEING_VERBS:
            obj = direct_object(clause)
            fled = [obj] if obj is not None else []
            fled += prep_objects(clause, ("from", "in"))
            candidates += fled + [t for f in fled for t in prep_objects(f, ("in",))]
    for token in candidates:
        found = mentions.get(token.i)
        country = next((a.country for a in found.actors if a.country and a.kind == "state"), None) if found else None
        if country is not None:
            return country, token.text
    return None, ""
