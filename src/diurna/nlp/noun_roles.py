"""Who holds an event noun and whom it is aimed at.

An event noun names its sides in its own phrases ("Russia's invasion of Ukraine",
"talks between Serbia and Kosovo", "the arrest of Khan by police"), or leaves one to
the clause it sits in ("Serbia faces criticism from the West": aimed at Serbia).
``NounRoles`` reads both; the event finder decides what the noun codes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Token

from diurna.dictionaries.patterns import NounPattern
from diurna.nlp.coref import PLURAL_PRONOUNS
from diurna.nlp.lexicon import DIRECTIVE_VERBS, LOCATED_ROOTS, LOCATION_PREPS, QUANTITY_HEADS, UNDERGONE_NOUNS
from diurna.nlp.lookup import ActorLookup
from diurna.nlp.mentions import Mention
from diurna.nlp.syntax import conjuncts, dative_object, direct_object, is_verb, prep_objects, subject_tokens
from diurna.nlp.targets import TargetFinder

__all__ = ["NounRoles", "Roles"]

VISIT = "042"  # CAMEO: make a visit
# "condemned Russia for / over the strike": the reason an actor is answered; but what
# one presses or asks someone for is still to be done ("pressured Russia for a truce")
ANSWERED_PREPS = frozenset({"for", "over"})
ASKING_VERBS = DIRECTIVE_VERBS | frozenset("lobby petition plead appeal call".split())


class Roles(NamedTuple):
    """The sides of a noun event. ``between``: the noun pairs its sides ("talks between
    A and B"), so the event is symmetric whatever the dictionary says."""

    sources: list[Token]
    targets: list[Token | Mention]
    source_mentions: list[Mention]
    between: bool


class NounRoles:
    """The source and target of event nouns in one document."""

    def __init__(self, lookup: ActorLookup, targets: TargetFinder) -> None:
        self.lookup = lookup
        self.targets = targets

    def find(self, noun: Token, governor: Token | None, pattern: NounPattern, alone: bool = False) -> Roles:
        """The sides of ``noun``, an event under ``pattern``; ``governor`` is the verb
        that lends it its clause ("imposed sanctions"), if any. ``alone``: only the
        noun's own phrases, never its clause ("Putin described the killing of Karlov")."""
        sources, source_mentions, targets, between = self._holders(noun, governor, pattern)
        if not targets:
            targets = self._aimed_at(noun, governor, pattern)
        if alone:
            return Roles(sources, targets, source_mentions, between)
        has_source = bool(sources or source_mentions)
        answered = [] if has_source else self._answered_on(noun)
        if answered:
            # "condemned Russia for the strike on Kyiv", "arrested two men for the
            # bombing": whom the act is answered on did it; the answerer is no side
            return Roles(answered, targets, source_mentions, between)
        if not has_source and governor is not None:
            sources = subject_tokens(governor)
            if not targets and pattern.target_preps and not pattern.symmetric and any(map(self.lookup.has_actor, sources)):
                # "announced a suspension of air links with Serbia": down the noun's phrases
                targets = self._nearest(noun, sources)
        elif has_source and not targets and not between and not _pronoun_held(sources):
            # "Serbia faces criticism from the West", "despite pressure from the West, Serbia...";
            # but "the army completed its withdrawal" is the army's own
            if governor is not None:
                targets = [t for t in subject_tokens(governor) if self.lookup.has_actor(t)][:1]
            else:
                targets = self.clause_subject(noun)
            if not targets and pattern.target_preps:
                # "protests by Turks angry over Russia's support": the first other actor
                # down the noun's own phrases
                targets = self._nearest(noun, sources)
        elif not has_source and targets and pattern.symmetric and noun.dep_ == "pobj" and not _placed(targets[0]):
            # "two soldiers died in a gun battle with militants": one side is the clause's
            # (an object, "ratified an agreement with the EU", is the verb's to code; "an
            # end to the war in Sudan" names where the war is, not a side)
            sources = self.clause_subject(noun)
        return Roles(sources, targets, source_mentions, between)

    def _answered_on(self, noun: Token) -> list[Token]:
        """The actor object of the verb a noun is the reason for: "condemned Russia *for
        the strike*", "thanked Qatar *for* its mediation"."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ANSWERED_PREPS or not is_verb(prep.head):
            return []
        if prep.head.lemma_.lower() in ASKING_VERBS:
            return []
        obj = direct_object(prep.head)
        if obj is None or obj.i == noun.i or not self.lookup.has_actor(obj):
            return []
        return [obj]

    def clause_subject(self, noun: Token) -> list[Token]:
        """The subject of the clause a nominal event sits in, when it is an actor."""
        token = noun
        for _ in range(4):
            head = token.head
            if head is token:
                return []
            if is_verb(head):
                if token.dep_ in ("nsubj", "nsubjpass"):
                    return []
                found = [t for t in subject_tokens(head) if self.lookup.has_actor(t)]
                return found[:1]
            token = head
        return []

    def _holders(self, noun: Token, governor: Token | None, pattern: NounPattern):
        """Who holds the event by its own phrases: a possessor, a modifier ("US
        sanctions"), a between-pair, the holder of a quantity, a source preposition.
        A between-pair also gives targets."""
        sources: list[Token] = []
        source_mentions: list[Mention] = []
        targets: list[Token | Mention] = []
        between = False
        for child in noun.children:
            # "South Korea and Japan held their first summit": a pronoun that names no one
            # but agrees with the verb's subject leaves the holder to it ("journalists
            # watching her trial" do not)
            if child.dep_ == "poss" and not (governor is not None and _bound(child, governor, self.lookup)):
                sources.append(child)
        modifier = self.lookup.modifiers.get(noun.i)
        destination = None
        if modifier is not None and pattern.code == VISIT and noun.doc[modifier.start].pos_ == "PROPN":
            # "his China trip", "Modi's US visit": a name before a visit is where it goes
            # ("a French visit to Beijing" is France's)
            destination, modifier = modifier, None
        pair = prep_objects(noun, ("between",))
        if not pair and noun.dep_ == "nsubj" and is_verb(noun.head):
            # "fighting erupted in Khartoum between the army and the RSF"
            pair = prep_objects(noun.head, ("between",))
        if modifier is not None and not sources and (not pair or not pattern.symmetric):
            source_mentions.append(modifier)
        if pair and (sources or source_mentions or governor is not None) and not pattern.symmetric:
            # "US mediation between Israel and Hamas", "Qatar launched a mediation effort
            # between the Emirates and Saudi Arabia": the third party acts on both
            targets.extend(t for t in conjuncts(pair[0]) if self.lookup.has_actor(t))
        elif pair:
            members = conjuncts(pair[0])
            first = self.lookup.mention_at(members[0])
            if first is not None and len(members) >= 2:
                between = True
                source_mentions.append(first)  # a Mention: not expanded to its conjuncts
                targets.extend(members[1:])
            elif first is not None and len(first.actors) >= 2:
                # "talks between Russian and Ukrainian negotiators"
                between = True
                source_mentions.append(replace(first, actors=first.actors[:1]))
                targets.append(replace(first, actors=first.actors[1:]))
        if not sources and not source_mentions:
            holder = _quantity_holder(noun)  # "the EU's latest package of sanctions"
            if holder is not None:
                owner = self.lookup.owner(holder, of=False)
                if owner is not None:
                    (source_mentions if isinstance(owner, Mention) else sources).append(owner)
        if not sources and not source_mentions:
            preps = tuple(p for p in pattern.source_preps if p != "between")
            sources.extend(t for t in prep_objects(noun, preps) if self.lookup.has_actor(t))
            if not sources:  # "the arrest of Khan by police": "by" often hangs on Khan
                inner = prep_objects(noun, tuple(pattern.target_preps))
                sources.extend(t for o in inner for t in prep_objects(o, preps) if self.lookup.has_actor(t))
        if destination is not None and not targets:
            targets.append(destination)
        undergoers = [t for t in sources if t.dep_ == "poss" and self._undergoes(noun, t)]
        if undergoers and not targets:
            # "Karlov's assassination by a Turkish policeman": the victim's, the doer's by
            sources = [t for t in sources if t not in undergoers]
            targets = list(undergoers)
            sources.extend(t for t in prep_objects(noun, ("by",)) if self.lookup.has_actor(t))
        return sources, source_mentions, targets, between

    def _undergoes(self, noun: Token, owner: Token) -> bool:
        """Whether the possessor of an event noun is who undergoes it: the noun is one
        done to someone and nothing follows "of" ("the children's abduction"), or a doer
        follows "by" ("Karlov's assassination by a gunman")."""
        if any(self.lookup.has_actor(t) for t in prep_objects(noun, ("by",))):
            return True
        return noun.lemma_.lower() in UNDERGONE_NOUNS and not prep_objects(noun, ("of",))

    def _aimed_at(self, noun: Token, governor: Token | None, pattern: NounPattern) -> list[Token | Mention]:
        """The target named by the noun's target prepositions or its governor's: an actor,
        the doer of a wrong, the owner of a thing; else the governor's dative; else, for
        an event that happens somewhere, the place."""
        preps = tuple(p for p in pattern.target_preps if p != "between")
        holders = [noun] + ([governor] if governor is not None else [])
        for holder in holders:
            named = prep_objects(holder, preps)
            # "an investigation into abuses committed by soldiers": the doer of the wrong;
            # "disapproval of the United States' policies": whose they are
            found = [t for t in named if self.lookup.has_actor(t)]
            found = found or [d for d in map(self.targets.held_by, named) if d is not None]
            found = found or self.lookup.named_or_owned(named)
            if found:
                return found[:1]
        if governor is not None:
            dative = dative_object(governor)
            if dative is not None and self.lookup.has_actor(dative):
                return [dative]
        if pattern.code and pattern.code[:2] in LOCATED_ROOTS:
            # "staged a protest in Beijing", as "protested in Beijing" does
            for holder in holders:
                found = [t for t in prep_objects(holder, LOCATION_PREPS) if self.lookup.has_actor(t)]
                if found:
                    return found[:1]
        return []

    def _nearest(self, noun: Token, sources: list[Token]) -> list[Token | Mention]:
        found = self.targets.nearest_actor(noun, skip={t.i for t in sources})
        return [found] if found is not None else []


def _bound(pronoun: Token, governor: Token, lookup: ActorLookup) -> bool:
    """Whether an unresolved possessive pronoun is the governing verb's own subject: it
    agrees with it in number ("the two leaders affirmed their support", "the mufti
    extended his condolences")."""
    if pronoun.pos_ != "PRON" or lookup.has_actor(pronoun):
        return False
    subjects = subject_tokens(governor)
    if not subjects:
        return False
    subject = subjects[0]
    plural = len(conjuncts(subject)) > 1 or subject.tag_ in ("NNS", "NNPS") or subject.lower_ in PLURAL_PRONOUNS
    return (pronoun.lower_ in PLURAL_PRONOUNS) == plural


def _placed(target: Token | Mention) -> bool:
    """Whether the target is only where the event happens: "the war in Sudan"."""
    return isinstance(target, Token) and target.dep_ == "pobj" and target.head.lower_ in LOCATION_PREPS


def _pronoun_held(sources: list[Token]) -> bool:
    """ "its withdrawal", "their attack": held by whoever the pronoun refers to."""
    return bool(sources) and all(t.dep_ == "poss" and t.pos_ == "PRON" for t in sources)


def _quantity_holder(noun: Token) -> Token | None:
    """The head of "package of sanctions", "wave of strikes" for the noun after "of"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in QUANTITY_HEADS:
        return head.head
    return None
