"""Event extraction: verb and noun patterns applied on the dependency parse.

``EventFinder.find(doc)`` is pure: it reads the parse, the actor mentions and the
references and returns ``Event`` records. Each clause is analysed top-down, so a
control verb ("refused", "threatened", "urged") codes its complement before the
complement could be coded on its own.

The finder keeps the walk: which trigger codes what, control verbs and event nouns. It
leans on ``lookup`` (which actor a token names), ``targets`` (whom a verb acts on) and
``records`` (actors resolved and events made), each a module of its own.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from diurna.dictionaries import Dictionaries
from diurna.dictionaries.patterns import NounPattern, VerbPattern
from diurna.model import Event
from diurna.nlp.analysis import Analysis
from diurna.nlp.coref import PLURAL_PRONOUNS
from diurna.nlp.conditional import conditional_threat
from diurna.nlp.refusal import CONSENT_OBJECTS, CONSENT_ROOTS, refusal_code
from diurna.nlp.lexicon import (
    ANONYMITY_VERBS,
    LOCATED_ROOTS,
    LOCATION_PREPS,
    OBLIGATION_AUX,
    QUANTITY_HEADS,
    SPEECH_VERBS,
    UNSOURCED_ROOTS,
)
from diurna.nlp.lookup import ActorLookup
from diurna.nlp.mentions import Mention
from diurna.nlp.order import Triggers
from diurna.nlp.phrases import Phrases
from diurna.nlp.records import Recorder
from diurna.nlp.spans import sentences
from diurna.nlp.targets import TargetFinder
from diurna.nlp.text import doc_text
from diurna.nlp.syntax import (
    is_reported,
    complement,
    conjuncts,
    dative_object,
    direct_object,
    effective_noun,
    has_prep,
    is_infinitive,
    is_negated,
    is_passive,
    is_verb,
    modality,
    noun_complement,
    particle,
    passive_subject,
    owned_by_doer,
    prep_objects,
    raised_object,
    shared_object,
    subject_tokens,
)
from diurna.ontology import Ontology

__all__ = ["EventFinder", "Analysis"]


class EventFinder:
    """Find events in a parsed, actor-annotated document."""

    def __init__(
        self,
        dicts: Dictionaries,
        ontology: Ontology,
        require_source: bool = True,
        require_target: bool = False,
    ) -> None:
        self.dicts = dicts
        self.ontology = ontology
        self.require_source = require_source
        self.require_target = require_target

    def find(
        self,
        doc: Doc,
        mentions: dict[int, Mention],
        refs: dict[int, Mention],
        modifiers: dict[int, Mention],
        article_id: str = "",
    ) -> list[Event]:
        """Every event in the document, in text order."""
        run = _Run(self, doc, mentions, refs, modifiers)
        events: list[Event] = []
        if self.dicts.discards and self.dicts.discards.story_match(doc_text(doc)):
            return events  # the whole story is discarded
        seen: set[tuple] = set()
        cast = _actor_tokens(mentions, refs, modifiers) if self.require_source else None
        for index, sent in enumerate(sentences(doc)):
            if cast is not None and not _any_between(cast, sent.start, sent.end):
                continue  # no actor, so no source: nothing to code (37% of news sentences)
            for analysis in run.sentence(sent):
                for event in run.recorder.events(analysis, index, sent, article_id, run.claimers):
                    key = (
                        index,
                        event.source.code if event.source else None,
                        event.target.code if event.target else None,
                        event.cameo.code,
                        event.negated,
                    )
                    if key in seen:
                        continue
                    seen.add(key)
                    events.append(event)
        return events


class _Run:
    """The state of one document's analysis."""

    def __init__(self, finder: EventFinder, doc: Doc, mentions, refs, modifiers) -> None:
        self.f = finder
        self.doc = doc
        self.verbs = finder.dicts.verbs
        self.nouns = finder.dicts.nouns
        self.control = finder.dicts.control
        self.lookup = ActorLookup(doc, mentions, refs, modifiers, self.nouns)
        self.recorder = Recorder(finder, self.lookup, self.control, doc_text(doc))
        self.targets = TargetFinder(self.lookup)
        self.active: set[int] = set()  # tokens being analysed (guards against parse loops)
        self.triggers: Triggers | None = None  # built on the first sentence with an actor
        self.phrases = Phrases(doc)
        self.claimers: dict[int, list[Token]] = {}  # a claimed act -> who claimed it

    # -- walking a sentence ----------------------------------------------------
    def sentence(self, sent: Span) -> list[Analysis]:
        out: list[Analysis] = []
        discards = self.f.dicts.discards
        if discards and discards.sentence_match(sent.text):
            return out  # a dictionary's discard phrase: sports results, celebrity news...
        consumed: set[int] = set()
        if self.triggers is None:
            self.triggers = Triggers(self.doc, self.nouns, self.verbs, SPEECH_VERBS, QUANTITY_HEADS)
        for i in self.triggers.in_order(sent.root.i, sent.start, sent.end):
            if i in consumed:
                continue
            token = self.doc[i]
            analysis = None
            if is_verb(token) or (token.pos_ == "ADJ" and _controls(token)):
                analysis = self.verb(token)  # "is ready to send troops" reads like "pledged to"
            elif token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in self.nouns:
                analysis = self.noun(token, None)
            if analysis is None:
                continue
            consumed |= analysis.consumed
            consumed.add(token.i)
            if analysis.code:
                out.append(analysis)
        return out

    # -- verbs -------------------------------------------------------------------
    def verb(self, verb: Token) -> Analysis | None:
        # A parse can loop ("the threat that Trump dropped": the complement's object is
        # the noun that governs it); a token under analysis is never analysed again.
        if verb.i in self.active:
            return None
        self.active.add(verb.i)
        try:
            found = self._verb(verb)
        finally:
            self.active.discard(verb.i)
        if found is not None and not self._controlled(verb):
            threat = conditional_threat(verb, found.code, found.modality, found.negated, self.control.get("threaten"))
            if threat is not None and threat != found.code:
                found.code = threat
                found.rule.append("grammar:conditional-threat")
                if not found.targets:  # "will boycott the elections unless the president ..."
                    found.targets = self.targets.conditioned(verb)
                # the threat itself is made, whatever the mood of the threatened act
                found.modality = "reported" if is_reported(verb) else "asserted"
            refusal = refusal_code(verb, found.code, found.negated, self.control.get("reject"))
            if refusal is not None:
                found.code = refusal
                found.negated = False  # "will not accept" is a refusal, made now
                found.rule.append("grammar:refusal-by-negation")
                found.modality = "reported" if is_reported(verb) else "asserted"
        if found is not None and found.code and (not found.targets or found.weak_target):
            self._purposed(verb, found)
        if found is not None and (found.code or "")[:2] in UNSOURCED_ROOTS and found.sources:
            self._done_by_event(found)
        return found

    def _done_by_event(self, found: Analysis) -> None:
        """The doer of violence whose subject is an event: "Russia's invasion has killed
        thousands", "an Israeli strike killed five" are Russia's and Israel's."""
        subject = found.sources[0]
        if self.lookup.has_actor(subject) or subject.lemma_.lower() not in self.nouns:
            return
        event = self.noun(subject, None)
        if event is not None and (event.sources or event.source_mentions):
            found.sources, found.source_mentions = event.sources, event.source_mentions
            if event.symmetric:  # "clashes between the army and the RSF killed dozens": both
                found.sources = found.sources + [t for t in event.targets if isinstance(t, Token)]
                found.source_mentions = found.source_mentions + [t for t in event.targets if isinstance(t, Mention)]
            found.rule.append(f"doer of {subject.lemma_.lower()}")

    def _purposed(self, verb: Token, found: Analysis) -> None:
        """Whom an act with no named target is aimed at, by what it is for. A protest: the
        target of its purpose ("blocked roads to press their demands on the government"),
        or of "in defiance of X". Any act: the target of a purpose of its own kind, which
        is the same event ("used tear gas to disperse protesters"; "rallied to protest
        the policies of the government")."""
        protest = (found.code or "")[:2] == "14"
        if protest:
            for stance in prep_objects(verb, ("in",)):
                if stance.lemma_.lower() in PROTEST_STANCES:
                    # "in protest against America's sanctions": whose they are
                    named = self.lookup.named_or_owned(prep_objects(stance, ("of", "at", "against", "over")))
                    if named:
                        found.targets, found.weak_target = named[:1], False
                        return
        for clause in verb.children:
            if clause.dep_ not in ("advcl", "xcomp") or not is_infinitive(clause):
                continue
            purpose = self.verb(clause)
            if purpose is None or not purpose.targets or purpose.negated:
                continue  # "taught us while we fight not to kill a child"
            same = (purpose.code or "")[:2] == (found.code or "")[:2]
            if protest or same:
                found.targets, found.weak_target = purpose.targets, purpose.weak_target
                if same:
                    found.consumed |= {clause.i} | purpose.consumed
                return

    def _controlled(self, verb: Token) -> bool:
        """Whether ``verb`` is the complement of a control verb, which maps it itself."""
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head is verb:
            return False
        return any(p.control for p in self.verbs.get(verb.head.lemma_.lower()) or ())

    def _verb(self, verb: Token) -> Analysis | None:
        lemma = verb.lemma_.lower()
        if lemma in SPEECH_VERBS:
            found = self._obligation(verb) or self._told_of(verb)
            if found is not None:
                return found
        patterns = self.verbs.get(lemma)
        passive = is_passive(verb)
        obj = passive_subject(verb) if passive else direct_object(verb) or shared_object(verb) or raised_object(verb)
        if not patterns:
            # An unknown verb lends its subject to an event noun ("renewed negotiations");
            # verbs that undo their object ("postponed the rally") are in the dictionary
            # with no code, so they never get here.
            return self._light(verb, obj, None)
        pattern = self._choose(patterns, verb, obj)
        if pattern is None:
            return None
        if pattern.control:
            return self._control(verb, obj, pattern)
        if pattern.code is None:
            return self._light(verb, obj, pattern) if pattern.light else None
        if pattern.target == "subject":
            return self._spoken_at(verb, pattern)
        consumed: set[int] = set()
        if pattern.object and obj is not None:
            consumed.add(effective_noun(obj).i)  # "suspended cooperation": one event, not two
            if effective_noun(obj).lemma_.lower() in CONSENT_OBJECTS:
                # "gave Russia permission to use the base": the use is only permitted
                consumed |= {
                    c.i for c in (*verb.children, *obj.children)
                    if c.dep_ in ("advcl", "acl", "xcomp") and is_infinitive(c)
                }
        if pattern.code[:2] == "11" or pattern.code == "016":
            consumed |= _alleged(verb)  # "accused Ukraine of shelling": the shelling is alleged
        extra = tuple(p.prep for p in patterns if p.prep and p.target in ("auto", "prep"))
        targets = self.targets.find(verb, obj, pattern, extra)
        weak = self.targets.weak
        if pattern.code == "015":
            claimed = _claimed(verb, obj)
            for act in claimed:  # the claimed act is coded too, as the claimer's
                self.claimers[act.i] = subject_tokens(verb)
            if not targets or weak:
                targets, weak = self._claimed_targets(claimed) or (targets, weak)
        return Analysis(
            code=(pattern.target_code if targets and pattern.target_code else pattern.code),
            trigger=verb,
            rule=[pattern.source],
            sources=subject_tokens(verb),
            targets=targets,
            weak_target=weak,
            mode=pattern.mode,
            symmetric=pattern.symmetric,
            consumed=consumed,
            negated=is_negated(verb),
            modality=modality(verb),
        )

    def _renounced(self, code: str | None) -> str | None:
        """The code of forswearing an act coded ``code``: the renounce rule, else for
        what is consented to the reject rule's refusal."""
        renounce = self.control.get("renounce")
        found = renounce.apply(code) if renounce is not None else None
        reject = self.control.get("reject")
        if found is None and code and code[:2] in CONSENT_ROOTS and reject is not None:
            found = reject.apply(code)
        return found

    def _claimed_targets(self, claimed: list[Token]) -> tuple[list[Token | Mention], bool] | None:
        """The target of a claimed act is the claim's: "claimed responsibility for an attack
        targeting shoppers in Nairobi" aims at Kenya."""
        for act in claimed:
            found = self.noun(act, None) if act.lemma_.lower() in self.nouns else self.verb(act)
            if found is not None and found.targets:
                return found.targets, found.weak_target
        return None

    def _spoken_at(self, verb: Token, pattern: VerbPattern) -> Analysis | None:
        """ "Russia will pay a heavy price, Biden said": the speaker threatens the subject.
        With no speaker named, nothing is coded: the subject is not the one who acts."""
        speech = next(
            (c for c in verb.children if c.dep_ in ("parataxis", "ccomp", "advcl") and c.lemma_.lower() in SPEECH_VERBS),
            None,
        )
        if speech is None and verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in SPEECH_VERBS:
            speech = verb.head
        if speech is None:
            return None
        return Analysis(
            code=pattern.code,
            trigger=verb,
            rule=[pattern.source, "grammar:speaker-acts-on-subject"],
            sources=subject_tokens(speech),
            targets=[t for t in subject_tokens(verb) if self.lookup.has_actor(t)][:1],
            mode=pattern.mode,
            negated=is_negated(verb),
            modality=modality(speech),
        )

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
            inner = self.verb(comp)
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
        """A dictionary's speech transformations (PETRARCH's "~ a (a b ATTACK) SAY"):
        "Obama and Putin said they will attack Iraq" claims the speakers' own act (015);
        "X said Y attacked", with no target, accuses Y (112). Our dictionaries have none."""
        own, other = self.control.get("speech-own"), self.control.get("speech-other")
        if own is None and other is None:
            return None
        speakers = subject_tokens(verb)
        spoken = {a.code for a, _ in self.lookup.resolve(speakers)}
        for comp in verb.children:
            if comp.dep_ != "ccomp" or not spoken:
                continue
            inner = self.verb(comp)
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

    def _choose(self, patterns: list[VerbPattern], verb: Token, obj: Token | None) -> VerbPattern | None:
        prt = particle(verb)
        for pattern in patterns:
            if pattern.particle and pattern.particle != prt:
                continue
            if pattern.object and not self._object_has(obj, pattern.object):
                continue
            if pattern.prep:
                objects = prep_objects(verb, (pattern.prep,))
                if obj is not None:
                    objects += prep_objects(obj, (pattern.prep,))
                if objects and all(o.ent_type_ in TEMPORAL_ENTITIES for o in objects):
                    continue  # "called on Sunday for sanctions" is no call on anyone
                if not objects and not has_prep(verb, pattern.prep) and not _marked_clause(verb, pattern.prep):
                    continue
                if pattern.prep_object and not any(self.phrases.has(o, pattern.prep_object) for o in objects):
                    continue
            elif pattern.prep_object:
                continue
            if pattern.subject:
                subjects = subject_tokens(verb)
                if not any(self.phrases.has(s, pattern.subject) for s in subjects):
                    continue
            if not pattern.particle and prt and _particle_changes_meaning(prt, patterns):
                continue
            return pattern
        return None

    def _object_has(self, obj: Token | None, words: tuple[str, ...]) -> bool:
        """Whether the object, the noun that matters in it, or a conjunct of it is one of
        ``words``: "provided photographs and other intelligence" supplies intelligence."""
        if obj is None:
            return False
        has = self.phrases.has
        return any(has(t, words) or has(effective_noun(t), words) for t in conjuncts(obj))

    def _control(self, verb: Token, obj: Token | None, pattern: VerbPattern) -> Analysis | None:
        rule = self.control.get(pattern.control or "")
        comp = complement(verb)
        if comp is not None and comp.lemma_.lower() in ANONYMITY_VERBS and is_passive(comp):
            return None  # "an official who asked not to be named"
        inner: Analysis | None = None
        consumed: set[int] = set()
        if comp is not None:
            inner = self.verb(comp)
            consumed.add(comp.i)
        if inner is None and obj is not None and effective_noun(obj).lemma_.lower() in self.nouns:
            inner = self.noun(effective_noun(obj), verb)
            consumed.add(effective_noun(obj).i)
        via_prep = False
        if inner is None and pattern.prep:
            # "called for sanctions against Nigeria": the requested event is the object
            wanted = self._event_noun(verb, pattern.prep)
            if wanted is not None:
                inner = self.noun(wanted, None)
                consumed.add(wanted.i)
                via_prep = True
        if inner is None and comp is not None and comp.lemma_.lower() not in self.verbs:
            comp_obj = direct_object(comp)  # "threatened to institute a curfew"
            if comp_obj is not None and effective_noun(comp_obj).lemma_.lower() in self.nouns:
                inner = self.noun(effective_noun(comp_obj), comp)
                consumed.add(effective_noun(comp_obj).i)
        if inner is not None:
            consumed |= inner.consumed
        inner_code = inner.code if inner else None
        if inner_code is None and pattern.code is None and pattern.control == "intend":
            # "a man wanted by the FBI", "Russia wants to break our people": a wish or a
            # plan for nothing we code is no intent to cooperate
            return None
        # with nothing to control ("warns of freezing drizzle": no clause, no event noun) the
        # verb keeps its own code, not the rule's default for an uncoded clause
        bare = inner is None and comp is None and pattern.code is not None
        # "vowed not to attack": what is forsworn, not what is intended
        renounced = pattern.control == "intend" and (
            inner.negated if inner is not None else comp is not None and is_negated(comp)
        )
        code = rule.apply(inner_code) if rule and not bare and not renounced else None
        if renounced:
            code = self._renounced(inner_code)  # None: nothing is coded
        elif code is None and pattern.control == "attempt":
            code = inner_code
        if code is None and not renounced:
            code = pattern.code
            if pattern.target_code and inner is None and self.targets.find(verb, obj, pattern):
                code = pattern.target_code  # "warned Russia" threatens; "warned of snow" does not
        own_targets = self.targets.find(verb, obj, pattern)
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
        # "turned down a request from Germany", "agreed to US mediation": the answer goes
        # to whoever made the request or the offer
        answers = pattern.control in ("reject", "deny") or (pattern.control == "intend" and via_prep)
        # "denies US claims that ...": the parser often makes "claims" a verb; the denial
        # still answers whoever made the claim
        answered = inner is not None and (
            inner.trigger.pos_ == "NOUN" or (pattern.control == "deny" and self._claims(inner.trigger))
        )
        requesters = [] if not answered or not answers else [
            t for t in inner.sources if t.i not in own_subjects
        ] + list(inner.source_mentions)
        if requesters:
            # "turned down a request from Germany": the rejection answers the requester
            targets = requesters
        elif rule is not None and rule.target_from == "object":
            doers = [t for t in (inner.sources if inner else subject_tokens(comp) if comp is not None else [])
                     if self.lookup.has_actor(t) and t.i not in own_subjects]
            targets = own_targets or doers or inner_targets  # "demanded that Russia release"
        elif pattern.target == "object":
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
            # not in "agreed to lift sanctions on Iran", which has a target
            symmetric=(pattern.symmetric or (inner is not None and inner.symmetric)) and not targets,
            consumed=consumed,
            negated=is_negated(verb),
            modality=modality(verb),
        )

    def _claims(self, verb: Token) -> bool:
        """Whether the verb makes a claim or an accusation: "claims", "alleges", "accuses"."""
        patterns = self.verbs.get(verb.lemma_.lower()) or ()
        return any(p.control == "claim" or (p.code or "").startswith("11") for p in patterns)

    def _light(self, verb: Token, obj: Token | None, pattern: VerbPattern | None) -> Analysis | None:
        """A verb that codes nothing itself lends its subject to an event noun it governs."""
        if obj is None:
            return None
        obj = effective_noun(obj)
        if obj.lemma_.lower() not in self.nouns:
            return None
        inner = self.noun(obj, verb)
        if inner is None:
            return None
        inner.consumed.add(obj.i)
        if pattern is not None:
            inner.rule.insert(0, pattern.source)
        inner.negated = inner.negated or is_negated(verb)
        inner.modality = modality(verb)
        return inner

    # -- nouns -------------------------------------------------------------------
    def noun(self, noun: Token, governor: Token | None) -> Analysis | None:
        if noun.i in self.active:
            return None
        self.active.add(noun.i)
        try:
            return self._noun(noun, governor)
        finally:
            self.active.discard(noun.i)

    def _noun(self, noun: Token, governor: Token | None) -> Analysis | None:
        pattern = self._choose_noun(noun)
        if pattern is None:
            return None
        code = pattern.code
        consumed: set[int] = set()
        rules = [pattern.source]
        inner: Analysis | None = None
        if pattern.control:
            comp = noun_complement(noun)
            if comp is not None:
                inner = self.verb(comp)
                consumed.add(comp.i)
            else:  # "renewed calls for sanctions on Russia", "a demand for the release of"
                wanted = self._event_noun(noun, "for")
                if wanted is not None:
                    inner = self.noun(wanted, None)
                    consumed.add(wanted.i)
            rule = self.control.get(pattern.control)
            inner_code = inner.code if inner else None
            ruled = rule.apply(inner_code) if rule else None
            code = ruled or code
            if inner is not None:
                consumed |= inner.consumed
                if inner.code:
                    rules.append(f"{pattern.control}({'; '.join(inner.rule)})")
        if code and (code[:2] == "11" or code == "016"):
            # "accusations that its coast guard rammed a boat": the ramming is alleged
            consumed |= {c.i for c in noun.children if c.dep_ in ("acl", "ccomp") and _that_clause(c)}
        sources, targets, source_mentions, between = self._noun_roles(noun, governor, pattern)
        if inner is not None and not targets:
            targets = inner.targets
        return Analysis(
            code=code,
            trigger=noun,
            rule=rules,
            sources=sources,
            targets=targets,
            source_mentions=source_mentions,
            mode=pattern.mode,
            symmetric=pattern.symmetric or between,
            consumed=consumed,
            negated=is_negated(noun) or (governor is not None and is_negated(governor)),
            modality=modality(governor) if governor is not None else "asserted",
        )

    def _event_noun(self, holder: Token, prep: str) -> Token | None:
        """The first event noun a preposition on ``holder`` governs: what is called for."""
        for found in prep_objects(holder, (prep,)):
            found = effective_noun(found)
            if found.lemma_.lower() in self.nouns:
                return found
        return None

    def _choose_noun(self, noun: Token) -> NounPattern | None:
        words: set[str] | None = None
        for pattern in self.nouns.get(noun.lemma_.lower()):
            if pattern.prep and not (
                has_prep(noun, pattern.prep) or noun.dep_ == "dobj" and has_prep(noun.head, pattern.prep)
            ):
                continue  # "held a hearing into X": the parser often hangs the phrase on the verb
            if pattern.compound:
                if words is None:
                    words = _qualifiers(noun)
                if not words & set(pattern.compound):
                    continue
            return pattern
        return None

    def _noun_roles(self, noun: Token, governor: Token | None, pattern: NounPattern):
        sources: list[Token] = []
        targets: list[Token] = []
        source_mentions: list[Mention] = []
        between = False
        for child in noun.children:
            # "South Korea and Japan held their first summit": a pronoun that names no one
            # but agrees with the verb's subject leaves the holder to it ("journalists
            # watching her trial" do not)
            if child.dep_ == "poss" and not (governor is not None and _bound(child, governor, self.lookup)):
                sources.append(child)
        modifier = self.lookup.modifiers.get(noun.i)
        pair = prep_objects(noun, ("between",))
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
        if not targets:
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
                    targets = found[:1]
                    break
            if not targets and governor is not None:
                dative = dative_object(governor)
                if dative is not None and self.lookup.has_actor(dative):
                    targets = [dative]
            if not targets and pattern.code and pattern.code[:2] in LOCATED_ROOTS:
                # "staged a protest in Beijing", as "protested in Beijing" does
                for holder in holders:
                    found = [t for t in prep_objects(holder, LOCATION_PREPS) if self.lookup.has_actor(t)]
                    if found:
                        targets = found[:1]
                        break
        if not sources and not source_mentions and governor is not None:
            sources = subject_tokens(governor)
            if not targets and pattern.target_preps and not pattern.symmetric and any(map(self.lookup.has_actor, sources)):
                # "announced a suspension of air links with Serbia": down the noun's phrases
                found = self.targets.nearest_actor(noun, skip={t.i for t in sources})
                targets = [found] if found is not None else []
        elif (sources or source_mentions) and not targets and not between:
            # "Serbia faces criticism from the West", "despite pressure from the West, Serbia..."
            if governor is not None:
                targets = [t for t in subject_tokens(governor) if self.lookup.has_actor(t)][:1]
            else:
                targets = self._clause_subject(noun)
            if not targets and pattern.target_preps:
                # "protests by Turks angry over Russia's support": the first other actor
                # down the noun's own phrases
                found = self.targets.nearest_actor(noun, skip={t.i for t in sources})
                targets = [found] if found is not None else []
        elif not sources and not source_mentions and targets and pattern.symmetric and noun.dep_ == "pobj":
            # "two soldiers died in a gun battle with militants": one side is the clause's
            # (an object, "ratified an agreement with the EU", is the verb's to code)
            sources = self._clause_subject(noun)
        return sources, targets, source_mentions, between

    def _clause_subject(self, noun: Token) -> list[Token]:
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

TEMPORAL_ENTITIES = frozenset({"DATE", "TIME"})
# "marched in defiance of the government", "resigned in protest at the decision"
PROTEST_STANCES = frozenset({"defiance", "protest"})


def _obliged(verb: Token) -> bool:
    """"must return", "should end", "has to leave": a clause of obligation."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & OBLIGATION_AUX:
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ in ("have", "need") and is_infinitive(verb)


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


def _controls(adjective: Token) -> bool:
    """An adjective with an infinitive complement: "ready to", "willing to"."""
    return adjective.dep_ in ("acomp", "amod") and any(c.dep_ == "xcomp" for c in adjective.children)


def _qualifiers(noun: Token) -> set[str]:
    """Lemmas that say what an event noun is about: its compounds and modifiers, and the
    object of its of-phrase ("a suspension of air links", "an investigation of war crimes")."""
    words = set()
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod"):
            words.add(child.lemma_.lower())
        elif child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    words.add(obj.lemma_.lower())
                    words.update(c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod"))
    return words


def _quantity_holder(noun: Token) -> Token | None:
    """The head of "package of sanctions", "wave of strikes" for the noun after "of"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in QUANTITY_HEADS:
        return head.head
    return None


def _that_clause(verb: Token) -> bool:
    """A content clause: "(accusations) that it rammed a boat"."""
    return is_verb(verb) and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _alleged(verb: Token) -> set[int]:
    """Gerund complements of an accusation ("of shelling", "for attacking"), the clauses
    they carry ("blaming Putin for having him poisoned"), and what the claims it answers
    say ("denied claims that its navy had fired")."""
    gerunds: list[Token] = []
    obj = direct_object(verb)
    for holder in (verb, obj) if obj is not None else (verb,):
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "over"):
                gerunds.extend(g for g in child.children if g.dep_ == "pcomp")
    out = {g.i for g in gerunds}
    out |= {c.i for g in gerunds for c in g.children if c.dep_ in ("ccomp", "xcomp")}
    if obj is not None:  # "rejected claims that its navy had fired"
        out |= {c.i for c in obj.children if c.dep_ in ("acl", "ccomp") and _that_clause(c)}
    return out


def _claimed(verb: Token, obj: Token | None) -> list[Token]:
    """What a claim of responsibility claims ("for the bombing", "for attacking"), and the
    participles that describe it ("bombings that killed 44 people")."""
    out: list[Token] = []
    for holder in (verb, obj):
        for child in holder.children if holder is not None else ():
            if child.dep_ == "prep" and child.lower_ == "for":
                out.extend(g for g in child.children if g.dep_ in ("pobj", "pcomp"))
    out.extend(c for act in list(out) for c in act.children if c.dep_ in ("acl", "relcl") and is_verb(c))
    return out


def _actor_tokens(mentions: dict[int, Mention], refs: dict[int, Mention], modifiers: dict[int, Mention]) -> list[int]:
    """Every token that names an actor or refers to one, sorted."""
    tokens = set(refs)
    for group in (mentions, modifiers):
        for mention in group.values():
            tokens.update(range(mention.start, mention.end))
    return sorted(tokens)


def _any_between(tokens: list[int], start: int, end: int) -> bool:
    """Whether the sorted ``tokens`` hold one in [start, end)."""
    at = bisect_left(tokens, start)
    return at < len(tokens) and tokens[at] < end


def _marked_clause(verb: Token, prep: str) -> bool:
    """"called for Russia to withdraw": the preposition marks a clause, not a noun."""
    return any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == prep for g in c.children)
        for c in verb.children
    )


def _particle_changes_meaning(prt: str, patterns: list[VerbPattern]) -> bool:
    return any(p.particle == prt for p in patterns)
