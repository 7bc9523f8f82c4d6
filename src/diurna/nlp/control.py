"""Control verbs: "refused to", "threatened to", "urged", "called for", "vowed not to".

A control verb codes what it governs through a control table (``control:`` in the
verb dictionary): a clause ("pledged to send troops"), an event noun ("rejected the
proposal", "called for sanctions against Nigeria"), or the event noun a clause governs
("threatened to institute a curfew"). ``threaten(190)`` is a threat of violence,
``reject(057)`` a refusal to sign. Without anything coded to govern, the verb keeps its
own code. The walk calls ``ControlVerbs.analyse`` before the complement could be coded
on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Token

from diurna.dictionaries.patterns import VerbPattern
from diurna.nlp.analysis import Analyser, Analysis
from diurna.nlp.lexicon import ANONYMITY_VERBS, ANONYMOUS, LOCATION_PREPS
from diurna.nlp.lookup import ActorLookup
from diurna.nlp.mentions import Mention
from diurna.nlp.refusal import CONSENT_ROOTS
from diurna.nlp.syntax import (
    complement,
    conjuncts,
    direct_object,
    effective_noun,
    is_negated,
    is_passive,
    modality,
    owned_by_doer,
    prep_objects,
    subject_tokens,
)
from diurna.nlp.targets import TargetFinder

__all__ = ["ControlVerbs", "event_noun"]

# Verbs that ask questions as well as favours, and the words that open a question.
QUESTION_VERBS = frozenset({"ask", "inquire", "enquire", "query", "wonder"})
WH_WORDS = frozenset({"what", "why", "how", "when", "where", "who", "whom", "which", "whose"})


@dataclass(frozen=True)
class _Ruling:
    """One control verb at work: what it governs, analysed, and whom it names itself."""

    verb: Token
    obj: Token | None
    comp: Token | None
    pattern: VerbPattern
    inner: Analysis | None
    via_prep: bool  # the governed event came by the pattern's preposition ("called for")
    own_targets: list[Token | Mention]


class ControlVerbs:
    """Code control verbs in one document."""

    def __init__(self, walk: Analyser, verbs, nouns, control: Mapping, lookup: ActorLookup, targets: TargetFinder) -> None:
        self.walk = walk
        self.verbs = verbs
        self.nouns = nouns
        self.control = control
        self.lookup = lookup
        self.targets = targets

    def analyse(
        self, verb: Token, obj: Token | None, pattern: VerbPattern, comp: Token | None = None
    ) -> Analysis | None:
        """What ``verb``, matched by a control ``pattern``, codes with what it governs:
        its complement clause, or ``comp`` in its place."""
        comp = comp if comp is not None else complement(verb)
        if comp is not None and _anonymous(comp):
            return None  # "an official who asked not to be named"
        if pattern.control == "appeal" and _question(verb, comp):
            return None  # "asked Solorio if the city is looking at regulation": no appeal
        inner, consumed, via_prep = self._governed(verb, obj, comp, pattern)
        inner_code = inner.code if inner else None
        if inner_code is None and pattern.code is None and pattern.control == "intend":
            # "a man wanted by the FBI", "Russia wants to break our people": a wish or a
            # plan for nothing we code is no intent to cooperate
            return None
        # "vowed not to attack": what is forsworn, not what is intended
        renounced = pattern.control == "intend" and (
            inner.negated if inner is not None else comp is not None and is_negated(comp)
        )
        # the verb's own target, found once: it can turn a warning into a threat, and be
        # whom the controlled act is aimed at
        ruling = _Ruling(verb, obj, comp, pattern, inner, via_prep, self.targets.find(verb, obj, pattern))
        code = self._code(ruling, renounced)
        targets = self._targets(ruling, code)
        if code is not None and code == pattern.target_code and not targets and inner is None and comp is None:
            code = pattern.code  # the one warned turned out to be the warner: no threat
        if pattern.control == "threaten" and comp is not None and not inner_code and not targets:
            if not self._own_act(verb, comp):
                # "warned that the disease cannot be contained": a pessimistic comment, not
                # a threat; "warned it would respond" threatens the warner's own act
                code = pattern.code or code
        rules = [pattern.source]
        if inner is not None and inner.code:
            rules.append(f"{'renounce' if renounced else pattern.control}({'; '.join(inner.rule)})")
        return Analysis(
            code=code,
            trigger=verb,
            rule=rules,
            sources=subject_tokens(verb),
            targets=targets,
            mode=pattern.mode,
            # "A and B seek to deepen ties": the complement's symmetry carries over; but
            # not in "agreed to lift sanctions on Iran", which has a target, nor to a
            # refusal ("India and Saudi Arabia declined to sign" refuse no one each other)
            symmetric=(
                pattern.symmetric
                or (inner is not None and inner.symmetric and pattern.control not in ("reject", "deny"))
            ) and not targets,
            consumed=consumed,
            negated=is_negated(verb),
            modality=modality(verb),
        )

    def _governed(self, verb: Token, obj: Token | None, comp: Token | None, pattern: VerbPattern):
        """What the verb governs, analysed: its clause, else its object's event noun, else
        the event noun its preposition names, else the event noun its clause's object is.
        Also the tokens that analysis used, and whether the event came by the preposition."""
        inner: Analysis | None = None
        consumed: set[int] = set()
        if comp is not None:
            inner = self.walk.verb(comp)
            consumed.add(comp.i)
        # "ordered the UN mission to leave": the object is who is to act, not the act
        told = comp is not None and obj is not None and (comp.dep_ == "xcomp" or comp.head == obj)
        if inner is None and obj is not None and not told and effective_noun(obj).lemma_.lower() in self.nouns:
            inner = self.walk.noun(effective_noun(obj), verb)
            consumed.add(effective_noun(obj).i)
        via_prep = False
        if inner is None and pattern.prep:
            # "called for sanctions against Nigeria": the requested event is the object
            wanted = event_noun(verb, pattern.prep, self.nouns)
            if wanted is not None:
                inner = self.walk.noun(wanted, None)
                consumed.add(wanted.i)
                via_prep = True
        if inner is None and comp is not None and comp.lemma_.lower() not in self.verbs:
            comp_obj = direct_object(comp)  # "threatened to institute a curfew"
            if comp_obj is not None and effective_noun(comp_obj).lemma_.lower() in self.nouns:
                inner = self.walk.noun(effective_noun(comp_obj), comp)
                consumed.add(effective_noun(comp_obj).i)
        if inner is not None:
            consumed |= inner.consumed
            if inner.trigger.pos_ in ("NOUN", "PROPN"):
                consumed |= self._also_governed(inner.trigger)
        return inner, consumed, via_prep

    def _also_governed(self, noun: Token) -> set[int]:
        """Event nouns conjoined with a governed one: "called for a ceasefire and peace
        talks" calls for the talks too, also when the parser hangs them on a word inside
        the first phrase ("a ceasefire in Ukraine and peace talks")."""
        out = {t.i for t in conjuncts(noun)}
        for token in noun.subtree:
            if token.dep_ == "conj" and token.lemma_.lower() in self.nouns and token.head.lemma_.lower() not in self.nouns:
                out.add(token.i)
        return out

    def _code(self, ruling: _Ruling, renounced: bool) -> str | None:
        """The table's code for what is governed; the verb's own code when nothing is."""
        pattern, inner = ruling.pattern, ruling.inner
        rule = self.control.get(pattern.control or "")
        inner_code = inner.code if inner else None
        # with nothing to control ("warns of freezing drizzle": no clause, no event noun) the
        # verb keeps its own code, not the rule's default for an uncoded clause
        alone = inner is None and ruling.comp is None
        if alone and pattern.code is None and ruling.obj is None and not ruling.own_targets:
            return None  # "population declines": nothing declined, nothing coded
        bare = alone and pattern.code is not None
        code = rule.apply(inner_code) if rule and not bare and not renounced else None
        if renounced:
            return self._renounced(inner_code)  # None: nothing is coded
        if code is None and pattern.control == "attempt":
            code = inner_code
        if code is None:
            code = pattern.code
            if pattern.target_code and inner is None and ruling.own_targets:
                code = pattern.target_code  # "warned Russia" threatens; "warned of snow" does not
        return code

    def _targets(self, ruling: _Ruling, code: str | None) -> list[Token | Mention]:
        """Whom the controlled act is aimed at: who made what is answered, the verb's own
        target, or the governed event's, in the order the table and pattern ask for."""
        verb, comp, pattern, inner = ruling.verb, ruling.comp, ruling.pattern, ruling.inner
        own_targets = ruling.own_targets
        if inner is not None and inner.symmetric:
            # "began meetings in Hanoi to discuss": where they meet is no partner
            own_targets = [t for t in own_targets if not _placed(t)]
        if inner is not None:
            inner_targets = inner.targets
        elif comp is not None and (pattern.control != "threaten" or comp.dep_ == "xcomp"):
            # "pledged to send Ukraine shells", "threatened to deliver blows to the US"; but
            # in "warned that any threat to the US would be met with force" the clause's
            # nouns are not the threatened party
            inner_targets = self.targets.plain(comp)
        else:
            inner_targets = []
        own_subjects = {t.i for t in subject_tokens(verb)}
        requesters = self._answered(ruling, own_subjects)
        rule = self.control.get(pattern.control or "")
        if requesters:
            # "turned down a request from Germany": the rejection answers the requester
            targets = requesters
        elif rule is not None and rule.target_from == "object":
            doers = [t for t in (inner.sources if inner else subject_tokens(comp) if comp is not None else [])
                     if self.lookup.has_actor(t) and t.i not in own_subjects]
            targets = own_targets or doers or inner_targets  # "demanded that Russia release"
        elif pattern.target == "object" and not (inner is not None and inner.code):
            targets = own_targets or inner_targets  # "ordered the ambassador to leave the country"
        else:
            targets = inner_targets or own_targets
        # the complement's inferred target may be the control verb's own subject, or what
        # conjoined subjects own ("Saudi Arabia and Iran agreed to reopen their embassies":
        # each other's)
        together = bool(own_subjects) and len(conjuncts(verb.doc[min(own_subjects)])) > 1
        targets = [
            t for t in targets
            if not (isinstance(t, Token) and (t.i in own_subjects or together and owned_by_doer(t)))
        ]
        if not targets and code and code.startswith("13"):
            targets = self.targets.conditioned(verb, comp)
        if not targets and code and code.startswith("12"):
            targets = self.targets.defied(verb, comp)
        return targets

    def _own_act(self, verb: Token, clause: Token) -> bool:
        """Whether ``clause`` speaks of what the subject of ``verb`` will do: it shares the
        subject ("threatened to respond"), names it again ("Iran warned it would
        respond") or is said in the first person ("we will respond")."""
        subjects = subject_tokens(clause)
        if clause.dep_ == "xcomp" or any(t.lower_ in ("i", "we") for t in subjects):
            return True
        doers = {a.code for a, _ in self.lookup.resolve(subjects)}
        return bool(doers) and doers <= {a.code for a, _ in self.lookup.resolve(subject_tokens(verb))}

    def _answered(self, ruling: _Ruling, own_subjects: set[int]) -> list[Token | Mention]:
        """Who made the request or offer a refusal or an acceptance answers: "turned down a
        request from Germany", "agreed to US mediation"."""
        pattern, inner, via_prep = ruling.pattern, ruling.inner, ruling.via_prep
        answers = pattern.control in ("reject", "deny") or (pattern.control == "intend" and via_prep)
        # "denies US claims that ...": the parser often makes "claims" a verb; the denial
        # still answers whoever made the claim
        answered = inner is not None and (
            inner.trigger.pos_ == "NOUN" or (pattern.control == "deny" and self._claims(inner.trigger))
        )
        if not answered or not answers:
            return []
        return [t for t in inner.sources if t.i not in own_subjects] + list(inner.source_mentions)

    def _renounced(self, code: str | None) -> str | None:
        """The code of forswearing an act coded ``code``: the renounce rule, else for
        what is consented to the reject rule's refusal."""
        renounce = self.control.get("renounce")
        found = renounce.apply(code) if renounce is not None else None
        reject = self.control.get("reject")
        if found is None and code and code[:2] in CONSENT_ROOTS and reject is not None:
            found = reject.apply(code)
        return found

    def _claims(self, verb: Token) -> bool:
        """Whether the verb makes a claim or an accusation: "claims", "alleges", "accuses"."""
        patterns = self.verbs.get(verb.lemma_.lower()) or ()
        return any(p.control == "claim" or (p.code or "").startswith("11") for p in patterns)


def _placed(target: Token | Mention) -> bool:
    """Whether a target is only where something happens: "meetings in Hanoi"."""
    return isinstance(target, Token) and target.dep_ == "pobj" and target.head.lower_ in LOCATION_PREPS


def _question(verb: Token, comp: Token | None) -> bool:
    """Whether "ask" asks a question: "asked if / whether ...", "asked what ...", or
    with a question mark in its sentence ('"Why ...?" asked the lawyer')."""
    if verb.lemma_.lower() not in QUESTION_VERBS:
        return False
    if "?" in verb.sent.text:
        return True
    if comp is None:
        # "asked Solorio if the city ...", the clause parsed as a condition
        clauses = [c for c in verb.children if c.dep_ == "advcl"]
        return any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for c in clauses for m in c.children)
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in comp.children):
        return True
    return comp.left_edge.lower_ in WH_WORDS and comp.dep_ == "ccomp"


def _anonymous(comp: Token) -> bool:
    """"(asked) not to be named", "(requested) to remain anonymous"."""
    if comp.lemma_.lower() in ANONYMITY_VERBS and is_passive(comp):
        return True
    return comp.lemma_.lower() in ("remain", "stay", "be") and any(
        c.dep_ == "acomp" and c.lower_ in ANONYMOUS for c in comp.children
    )


def event_noun(holder: Token, prep: str, nouns) -> Token | None:
    """The first event noun a preposition on ``holder`` governs: what is called for."""
    for found in prep_objects(holder, (prep,)):
        found = effective_noun(found)
        if found.lemma_.lower() in nouns:
            return found
    return None
