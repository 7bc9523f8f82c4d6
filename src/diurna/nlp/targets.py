"""Whom a verb acts on: the target of an event, found on the dependency parse.

A pattern may say where its target is (the object, a preposition's object). Otherwise
the object, a dative and the targeting prepositions are tried; when none names an actor
the target is inferred (``weak``): the owner of the object ("condemned North Korea's
launch"), a place, the nearest actor down the verb's own phrases, or the doer of what is
criticised. What the doer sends or uses ("its troops", forces with no country) is the
means, never the target.
"""

from __future__ import annotations

from spacy.tokens import Token

from diurna.dictionaries.patterns import VerbPattern
from diurna.nlp.conditional import condition_clauses
from diurna.nlp.lexicon import LOCATED_ROOTS, LOCATION_PREPS, TARGET_PREPS, WRONGDOINGS
from diurna.nlp.lookup import ActorLookup
from diurna.nlp.mentions import Mention
from diurna.nlp.syntax import (
    conjuncts,
    dative_object,
    direct_object,
    effective_noun,
    has_prep,
    owned_by_doer,
    is_passive,
    passive_subject,
    prep_objects,
    subject_tokens,
)

__all__ = ["TargetFinder"]

# Where a verb's target is never looked for, and which phrases are other clauses.
_NOT_TARGETS = frozenset(
    """nsubj nsubjpass csubj csubjpass aux auxpass advcl ccomp xcomp punct mark cc conj
    parataxis advmod npadvmod relcl acl neg det agent""".split()
)
_CLAUSES = frozenset({"relcl", "acl", "advcl"})
MAX_DOER_DEPTH = 6  # dependency steps down from a criticism to the doer of what it criticises
# Forces a state sends somewhere: with no country of their own they are the sender's.
FORCE_SECTORS = frozenset({"MIL", "PKO", "COP"})
PARTNER_PREPS = ("with", "to", "toward", "towards")
BORDER_PREPS = LOCATION_PREPS + ("on", "at", "to", "toward", "towards")


def _self_owned(noun: Token) -> bool:
    """ "his visit", "their talks": a possessive pronoun, most often the doer's own."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


class TargetFinder:
    """Targets of verbs in one document; ``weak`` tells whether the last one was inferred."""

    def __init__(self, lookup: ActorLookup) -> None:
        self.lookup = lookup
        self.weak = False

    def find(
        self, verb: Token, obj: Token | None, pattern: VerbPattern, extra_preps: tuple[str, ...] = ()
    ) -> list[Token | Mention]:
        """Whom the verb acts on: a pattern's own slot, then the object, a dative, a
        targeting preposition; failing those (``weak`` set) an owner, a place, the nearest
        actor below, or the doer of what is criticised."""
        self.weak = False
        if pattern.target == "none":
            return []
        holders = [verb] + (conjuncts(obj) if obj is not None else [])
        if obj is not None and effective_noun(obj) is not obj:
            holders.append(effective_noun(obj))  # "300 of its nationals from Sudan"
        if pattern.prep and pattern.target in ("prep", "auto"):
            found = [t for h in holders for t in prep_objects(h, (pattern.prep,))]
            actors = [t for t in found if self.lookup.has_actor(t)]
            if actors:
                return actors[:1]
            # not the doer's own: "arrived in Kyiv for his first visit"
            owners = [o for o in (self.lookup.owner(t) for t in found if not _self_owned(t)) if o is not None]
            if owners or pattern.target == "prep":
                return owners[:1]
        candidates: list[Token] = []
        means: set[int] = {obj.i} if obj is not None and self._means(verb, obj, pattern) else set()
        if obj is not None and not means:
            candidates.append(effective_noun(obj))
        dative = dative_object(verb)
        if dative is not None:
            candidates.append(dative)
        for token in candidates:
            if self.lookup.has_actor(token):
                if owned_by_doer(token):
                    # "reopen its embassy in Riyadh", "its ambassador to Iran": the host
                    hosts = [t for t in prep_objects(token, ("in", "to", "at")) if self.lookup.has_actor(t)]
                    if hosts:
                        return hosts[:1]
                return [token]
        preps = TARGET_PREPS + tuple(p for p in extra_preps if p not in TARGET_PREPS)
        if pattern.symmetric:
            # a partner is met "with" or spoken "to"; "signed a treaty on asylum seekers"
            # names what it is about
            preps = tuple(p for p in preps if p in PARTNER_PREPS or p in extra_preps)
        # a criticism, refusal or threat is not aimed at the speaker's own people: "condemned
        # the attack on its embassy", "vowed revenge for the killing of its general"
        hostile = (pattern.code or "")[:2] in ("11", "12", "13")
        if pattern.target != "object":
            # "against" on the object beats "at" on the verb: "filed a case against Israel
            # at the ICJ"; the prepositions are in order of how surely they aim
            for prep in preps:
                for holder in holders:
                    for token in prep_objects(holder, (prep,)):
                        if self.lookup.has_actor(token) and not (hostile and holder is not verb and owned_by_doer(token)):
                            return [token]
        self.weak = True  # what follows is inference, not a named target
        for token in candidates:
            owner = self.lookup.owner(token, of=True) or self.held_by(token)
            if owner is not None:
                return [owner]  # "condemned North Korea's launch", "raided the homes of journalists"
        if pattern.target != "object":
            for token in (t for h in holders for t in prep_objects(h, preps)):
                owner = self.lookup.owner(token, of=False)
                if owner is not None:
                    return [owner]  # "fired missiles at Ukrainian power plants"
        if pattern.code and pattern.code[:2] in LOCATED_ROOTS and obj is not None:
            places = [t for t in prep_objects(effective_noun(obj), LOCATION_PREPS) if self.lookup.has_actor(t)]
            if places:
                return places[:1]  # "shelled several towns inside Armenia"
        if (pattern.code or "")[:2] == "15":
            # a show of force at a border aims across it: "massed troops on the Ukrainian border"
            for token in (t for h in holders for t in prep_objects(h, BORDER_PREPS)):
                side = self.lookup.border_side(token)
                if side is not None:
                    return [side]
        if pattern.target != "object":
            # a symmetric act's partner is one it acts "with" ("talked trade during a call
            # with Merkel"), not any actor below ("signed the accord before guests, among
            # them Kerry")
            partner = ("with",) if pattern.symmetric else None
            # not the troops it sent; for hostile speech, not its own people either
            found = self.nearest_actor(verb, skip=means, via=partner, skip_own=hostile)
            if found is None and obj is not None and obj.dep_ == "nsubjpass" and not means:
                # "a camp for Congolese refugees was attacked", as "attacked a camp for ..."
                found = self.nearest_actor(obj, via=partner)
            if found is not None:
                return [found]  # the first actor down the verb's own phrases
        if (pattern.code or "")[:2] == "12":
            defied = self.defied(verb)
            if defied:
                return defied  # "rejected the deal despite pressure from the EU"
        if (pattern.code or "")[:2] in ("11", "12"):
            found = self._doer_below(verb)
            if found is not None:
                return [found]  # "criticized what they call an offer made by the government"
        return []

    def held_by(self, noun: Token) -> Token | None:
        """Who holds or did the event a noun names: "a rally organised by the opposition",
        "abuses committed by soldiers", "killings by troops". Only for event nouns and
        wrongs: "arrested a man wanted by the FBI" is not aimed at the FBI."""
        lemma = noun.lemma_.lower()
        if lemma not in self.lookup.nouns and lemma not in WRONGDOINGS:
            return None
        for holder in [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]:
            found = [t for t in prep_objects(holder, ("by",)) if self.lookup.has_actor(t)]
            if found:
                return found[0]
        return None

    def _doer_below(self, verb: Token) -> Token | None:
        """The actor named as doer ("by ...") in what is criticised or rejected: "the plan
        put forward by Russia", "what they describe as an offer delivered by Ottawa"."""
        subjects = {t.i for t in subject_tokens(verb)}
        stack = [(c, 1) for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass", "csubj", "punct")]
        while stack:
            token, depth = stack.pop()
            if token.dep_ == "pobj" and token.head.lower_ == "by" and token.i not in subjects and self.lookup.has_actor(token):
                return token
            if depth < MAX_DOER_DEPTH:
                stack.extend((c, depth + 1) for c in token.children if c.dep_ not in ("nsubj", "nsubjpass", "punct"))
        return None

    def _means(self, verb: Token, obj: Token, pattern: VerbPattern) -> bool:
        """Whether the object is what the doer uses or gives, not whom it acts on: troops
        deployed (15), "its troops" offered, "4,000 troops" contributed to a force."""
        if (pattern.code or "").startswith(("15", "087")):
            return True  # troops deployed, withdrawn or disengaged are the doer's own
        noun = effective_noun(obj)  # "evacuated 500 of its citizens from Sudan"
        if not any(has_prep(verb, p) or has_prep(obj, p) or has_prep(noun, p) for p in ("to", "into", "from")):
            return False  # "urged its residents", "contact their airline": whom it acts on
        if owned_by_doer(obj) or owned_by_doer(noun):
            return True
        mention = self.lookup.mention_at(obj)
        return mention is not None and all(
            not a.country and a.sector in FORCE_SECTORS for a in mention.actors
        )

    def nearest_actor(
        self,
        verb: Token,
        skip: set[int] | frozenset[int] = frozenset(),
        via: tuple[str, ...] | None = None,
        skip_own: bool = False,
    ) -> Token | None:
        """Breadth-first through the trigger's objects and phrases, not into other clauses;
        with ``via``, only the object of one of those prepositions; with ``skip_own``, not
        the doer's own ("its general")."""
        queue = [c for c in verb.children if _searched(c)]
        while queue:
            token = queue.pop(0)
            if (
                token.i not in skip
                and token.pos_ in ("NOUN", "PROPN", "PRON")
                and not (skip_own and owned_by_doer(token))
                and (via is None or (token.dep_ == "pobj" and token.head.lower_ in via))
                and self.lookup.has_actor(token)
            ):
                return token
            if token.dep_ not in _CLAUSES:
                queue.extend(c for c in token.children if _searched(c))
        return None

    def conditioned(self, *holders: Token | None) -> list[Token | Mention]:
        """Whom a threat is made to: the subject of its condition ("would retaliate if the
        United States went ahead", "a general strike unless Israel rescinded")."""
        for holder in holders:
            for clause in condition_clauses(holder) if holder is not None else ():
                found = [t for t in subject_tokens(clause) if self.lookup.has_actor(t)]
                if found:
                    return found[:1]
        return []

    def defied(self, *holders: Token | None) -> list[Token | Mention]:
        """Whom a refusal defies: who presses, calls or asks in the phrase it is made
        despite ("refused to step down despite pressure from the opposition")."""
        for holder in holders:
            for noun in prep_objects(holder, ("despite",)) if holder is not None else ():
                found = [t for t in prep_objects(noun, ("from", "by")) if self.lookup.has_actor(t)]
                if found:
                    return found[:1]
                owner = self.lookup.owner(noun, of=True)
                if owner is not None:
                    return [owner]  # "despite Washington's objections"
        return []

    def plain(self, verb: Token) -> list[Token | Mention]:
        """Targets of a verb that codes nothing itself: "pledged to send Ukraine shells"."""
        generic = VerbPattern(lemma=verb.lemma_.lower(), code=None)
        obj = passive_subject(verb) if is_passive(verb) else direct_object(verb)
        return self.find(verb, obj, generic)


def _searched(token: Token) -> bool:
    """Whether the search for a target goes into ``token``: not into a subject or an
    agent, nor into an attribution ("according to China Daily, police detained ...")."""
    return token.dep_ not in _NOT_TARGETS and not (token.dep_ == "prep" and token.lower_ == "according")
