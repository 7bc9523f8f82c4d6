"""Event records from analyses: actors resolved, pairs formed, codes looked up.

An ``Analysis`` names tokens; here they become actors. Every source is paired with every
target (or, for a symmetric act with no target, conjoined sources with each other),
pairs the text rules out are dropped, and each pair becomes an ``Event`` with its CAMEO
and PLOVER codes, its sentence and its character spans.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Mapping

from spacy.tokens import Span, Token

from diurna.dictionaries.patterns import ControlRule
from diurna.model import Actor, Event
from diurna.model import Span as CharSpan
from diurna.nlp.analysis import Analysis
from diurna.nlp.lexicon import (
    ACCIDENT_BLASTS,
    ACCIDENT_CAUSES,
    ACCIDENT_LEMMAS,
    ACCIDENT_VERBS,
    CONFLICT_NOUNS,
    CONVERSING_VERBS,
    LOCATION_PREPS,
    UNSOURCED_ROOTS,
)
from diurna.nlp.lookup import ActorLookup
from diurna.nlp.struck import STRUCK_CODES, STRUCK_ROOTS, struck_place

if TYPE_CHECKING:
    from diurna.nlp.events import EventFinder

THREAT_ROOT = "13"  # CAMEO: threaten

__all__ = ["Recorder"]


EXPEL = "166"  # CAMEO: expel or withdraw (peacekeepers, inspectors, aid agencies)


class Recorder:
    """Turns one document's analyses into events."""

    def __init__(self, finder: EventFinder, lookup: ActorLookup, control: Mapping[str, ControlRule], text: str) -> None:
        self.finder = finder
        self.lookup = lookup
        self.control = control
        self.text = text

    def events(
        self, a: Analysis, index: int, sent: Span, article_id: str, claimers: Mapping[int, list[Token]]
    ) -> list[Event]:
        """The events of one analysis: each source with each target, or symmetric pairs;
        ``claimers`` gives a claimed act with no doer of its own its claimer."""
        code = a.code
        if code is None:
            return []
        if a.modality == "intended":
            code = self._intended(code)
        sources = self.lookup.resolve(a.sources) + [(x, m) for m in a.source_mentions for x in m.actors]
        if not sources and a.trigger.i in claimers:
            sources = self.lookup.resolve(claimers[a.trigger.i])  # not an unnamed attacker
        if not sources and _sideless(a):
            return []  # "sanctions over the war in Ukraine": a war with no side named is no act
        doers = {id(m) for _, m in sources}
        # a doer is never its own target: "forced on Qatar by Saudi Arabia and the UAE"
        # makes neither the other's target
        targets = [(t, m) for t, m in self.lookup.resolve(a.targets) if id(m) not in doers]
        pairs: list[tuple[Actor | None, Actor | None]] = []
        if a.symmetric and not targets and len(sources) == 1 and a.trigger.lemma_.lower() in CONVERSING_VERBS:
            return []  # "when people talk about how downtown feels": no one to consult
        if a.symmetric and (not targets or a.weak_target) and len(sources) >= 2:
            for s, _ in sources:
                for t, _ in sources:
                    if s is not t and s.code != t.code:  # "the mayors agreed": no pair with itself
                        pairs.append((s, t))
        elif a.symmetric and len(sources) == 1 and len(targets) >= 1:
            # "Israel would keep fighting Hezbollah" threatens; Hezbollah threatens no one
            one_sided = code.startswith(THREAT_ROOT)
            for t, _ in targets:
                pairs.append((sources[0][0], t))
                if not one_sided:
                    pairs.append((t, sources[0][0]))
        else:
            for s, _ in sources or [(None, None)]:
                for t, _ in targets or [(None, None)]:
                    pairs.append((s, t))
        events = []
        verb = a.trigger
        # "shelled Kharkiv": a place may be the target, once places are resolved
        placed = code[:2] in STRUCK_ROOTS or code.startswith(STRUCK_CODES)
        struck = struck_place(verb) if not targets and placed else None
        for source, target in pairs:
            if source is None and self.finder.require_source and (
                target is None or code[:2] not in UNSOURCED_ROOTS or _accidental(sent) or _background(verb)
            ):
                continue  # "three civilians were killed in a bombing" keeps its victims
            if target is None and struck is None and self.finder.require_target:
                continue
            if code.startswith(EXPEL) and (target is None or not _foreign(source, target)):
                continue  # "Putin ordered his troops to leave Kherson" expels no one
            if source is not None and target is not None and _same(source, target):
                if not a.weak_target and len(pairs) > 1:
                    continue  # "Russia and Ukraine met": the pair, not a self-pair
                # a target that is the source itself ("Iran demanded the return of
                # Iranians", an inferred owner) is no target; the act stays
                target = None
            event = self._event(a, code, source, target, verb, index, sent, article_id)
            if target is None and struck is not None:
                event.spans["target"] = struck  # pending: see nlp/struck.py
            events.append(event)
        return events

    def _intended(self, code: str) -> str:
        rule = self.control.get("intend")
        if rule is None:
            return code
        for length in range(len(code), 1, -1):
            found = rule.by_code.get(code[:length])
            if found:
                return found
        return code

    def _event(self, a, code, source, target, verb, index, sent, article_id) -> Event:
        # User dictionaries may carry codes outside CAMEO (PETRARCH's toy 223, 903...).
        cameo = self.finder.ontology.cameo(code, lenient=True)
        plover = self.finder.ontology.plover(code, a.mode, lenient=True)
        key = "|".join(
            [article_id, str(verb.idx), code, source.code if source else "", target.code if target else ""]
        )
        return Event(
            id=hashlib.sha256(key.encode()).hexdigest()[:16],
            source=source,
            target=target,
            cameo=cameo,
            plover=plover,
            verb=_trigger_text(verb),
            sentence_index=index,
            sentence=self.text[sent.start_char : sent.end_char].strip(),  # Span.text walks tokens
            rule=" <- ".join(a.rule),
            negated=a.negated,
            modality=a.modality,
            spans={
                "source": _span(source),
                "target": _span(target),
                "verb": CharSpan(verb.idx, verb.idx + len(verb.text)),
            },
        )


def _accidental(sent: Span) -> bool:
    """Whether the sentence tells of an accident or a disaster, not an attack."""
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma in ACCIDENT_VERBS if token.pos_ == "VERB" else lemma in ACCIDENT_LEMMAS:
            return True
        if lemma in ACCIDENT_BLASTS and any(c.lemma_.lower() in ACCIDENT_CAUSES for c in token.children):
            return True
    return False


def _background(verb: Token) -> bool:
    """ "the bodies of soldiers killed in the war", "a list of journalists jailed since
    2016": a participle that only tells who the people of an of-phrase are, not an event
    of the story."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.pos_ == "NOUN"
    )


def _foreign(source: Actor | None, target: Actor) -> bool:
    """Whether ``target`` is known to be of another country than ``source``."""
    country = target.country or (target.code[:3] if target.code[:3] != "---" else None)
    return country is not None and (source is None or country != (source.country or source.code[:3]))


def _same(a: Actor, b: Actor) -> bool:
    """One actor twice, or a state and one of its own regions ("Azerbaijan's offensive
    in Nagorno-Karabakh" has no target of another code)."""
    return a.code == b.code and ((a.name or "") == (b.name or "") or "region" in (a.kind, b.kind))


def _span(actor: Actor | None) -> CharSpan | None:
    if actor is None or actor.start is None or actor.end is None:
        return None
    return CharSpan(actor.start, actor.end)


def _trigger_text(token: Token) -> str:
    parts = [token.text]
    for child in token.children:
        if child.dep_ == "prt":
            parts.append(child.text)
    return " ".join(parts)


def _sideless(a: Analysis) -> bool:
    """Whether a war or conflict noun names only where it is: "the war in Ukraine"."""
    trigger = a.trigger
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.lemma_.lower() not in CONFLICT_NOUNS:
        return False
    return all(isinstance(t, Token) and t.dep_ == "pobj" and t.head.lower_ in LOCATION_PREPS for t in a.targets)
