"""Event extraction: verb and noun patterns applied on the dependency parse.

``EventFinder.find(doc)`` is pure: it reads the parse, the actor mentions and the
references and returns ``Event`` records. Each clause is analysed top-down, so a
control verb ("refused", "threatened", "urged") codes its complement before the
complement could be coded on its own.

The finder keeps the walk: which trigger codes what, in which order, and what one
analysis consumes of another. The rules it applies on the way are modules of their own:
``control`` (verbs that govern a clause or an event noun), ``speech`` (what a speaker
says another must or will do), ``noun_roles`` (who holds an event noun and whom it is
aimed at), ``claims`` (what is alleged or claimed), ``lookup`` (which actor a token
names), ``targets`` (whom a verb acts on) and ``records`` (actors resolved and events
made).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from diurna.dictionaries import Dictionaries
from diurna.dictionaries.patterns import NounPattern, VerbPattern
from diurna.model import Event
from diurna.nlp.analysis import Analysis
from diurna.nlp.claims import alleged, claimed, that_clause
from diurna.nlp.conditional import conditional_threat
from diurna.nlp.control import ControlVerbs, event_noun
from diurna.nlp.lexicon import (
    MENTIONING_VERBS,
    NOT_LIGHT_VERBS,
    OWNED_FAULTS,
    QUANTITY_HEADS,
    SPEECH_VERBS,
    UNDERGOING_VERBS,
    UNSOURCED_ROOTS,
    WRONGDOINGS,
)
from diurna.nlp.lookup import ActorLookup
from diurna.nlp.mentions import ORGANISATION_KINDS, Mention
from diurna.nlp.noun_roles import NounRoles
from diurna.nlp.order import Triggers
from diurna.nlp.phrases import Phrases
from diurna.nlp.records import Recorder
from diurna.nlp.refusal import CONSENT_OBJECTS, refusal_code
from diurna.nlp.spans import sentences
from diurna.nlp.speech import SpeechRules
from diurna.nlp.syntax import (
    complement,
    conjuncts,
    direct_object,
    effective_noun,
    has_prep,
    is_infinitive,
    is_negated,
    is_passive,
    is_reported,
    is_verb,
    modality,
    noun_complement,
    particle,
    passive_subject,
    prep_objects,
    raised_object,
    shared_object,
    subject_tokens,
)
from diurna.nlp.targets import TargetFinder
from diurna.nlp.text import doc_text
from diurna.ontology import Ontology

CONSULT_ROOT = "04"  # CAMEO: consult

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
        self.roles = NounRoles(self.lookup, self.targets)
        self.controls = ControlVerbs(self, self.verbs, self.nouns, self.control, self.lookup, self.targets)
        self.speech = SpeechRules(self, self.control, self.lookup)
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
                # "is ready to send troops" reads like "pledged to"
                analysis = self._conjoined_complement(token) or self.verb(token)
            elif token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in self.nouns:
                if self.lookup.mention_at(token) is not None or _names_a_body(token, self.lookup):
                    continue  # a name's word: "the CSTO alliance", "the UN mission" are actors
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
        elif found is not None and (found.code or "")[:2] == CONSULT_ROOT:
            self._purpose_of_meeting(verb, found)
        if found is not None and _harmful(found.code) and found.sources:
            self._done_by_event(found)
        return found

    def _done_by_event(self, found: Analysis) -> None:
        """The doer of violence whose subject is an event: "Russia's invasion has killed
        thousands", "an Israeli strike killed five", "an airstrike destroyed the
        consulate" are Russia's and Israel's."""
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

    def _purpose_of_meeting(self, verb: Token, found: Analysis) -> None:
        """A meeting held to consult is one consultation: "met Scholz in Berlin to discuss
        support for Ukraine" codes the meeting, not a second talk with no partner."""
        for clause in verb.children:
            if clause.dep_ not in ("advcl", "xcomp") or not is_infinitive(clause):
                continue
            purpose = self.verb(clause)
            if purpose is not None and (purpose.code or "")[:2] == CONSULT_ROOT and not purpose.targets:
                found.consumed |= {clause.i} | purpose.consumed

    def _conjoined_complement(self, verb: Token) -> Analysis | None:
        """A second complement of a control verb is controlled too: in "threatened to
        kidnap soldiers and attack Israeli towns" the attack is threatened, not done."""
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VB" or any(c.dep_ in ("aux", "nsubj") for c in verb.children):
            return None
        if head.dep_ == "xcomp":
            control = head.head
        elif head.tag_ in ("VBD", "VBZ", "VBP") and complement(head) is not None:
            control = head  # the parser hangs a bare "attack" on "planned to kill ... and attack"
        else:
            return None
        patterns = self.verbs.get(control.lemma_.lower())
        if not patterns or control.i in self.active:
            return None
        obj = direct_object(control)
        pattern = self._choose(patterns, control, obj)
        if pattern is None or not pattern.control:
            return None
        own = self.verb(verb)
        if own is None or not own.code:
            return None  # "ready to surrender or leave": nothing more is offered
        return self.controls.analyse(control, obj, pattern, comp=verb)

    def _controlled(self, verb: Token) -> bool:
        """Whether ``verb`` is the complement of a control verb, which maps it itself."""
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head is verb:
            return False
        return any(p.control for p in self.verbs.get(verb.head.lemma_.lower()) or ())

    def _verb(self, verb: Token) -> Analysis | None:
        lemma = verb.lemma_.lower()
        if lemma in SPEECH_VERBS:
            found = self.speech.analyse(verb)
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
            return self.controls.analyse(verb, obj, pattern)
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
        if pattern.prep and pattern.prep_object:
            # "arrived for his first visit", "retaliated with sanctions": the noun the
            # pattern names, coded the same, is this event ("arrived for talks with Putin"
            # still holds the talks)
            holders = [verb] + ([obj] if obj is not None else [])
            consumed |= {
                noun.i for h in holders for noun in map(effective_noun, prep_objects(h, (pattern.prep,)))
                if noun.lemma_.lower() in pattern.prep_object and self._noun_code(noun) == pattern.code
            }
        if pattern.code[:2] == "11" or pattern.code == "016":
            # "accused Ukraine of shelling": the shelling is alleged
            consumed |= alleged(verb, accusation=pattern.code.startswith("112"))
        means = self._means_of_violence(verb) if pattern.code[:2] in UNSOURCED_ROOTS else []
        consumed |= {noun.i for noun, _ in means}
        # a preposition the verb aims by ("object to"); not one that only names a thing
        # ("fight in court", "fight in an election"): "fighting in Iraq" is no partner
        extra = tuple(p.prep for p in patterns if p.prep and not p.prep_object and p.target in ("auto", "prep"))
        targets = self.targets.find(verb, obj, pattern, extra)
        weak = self.targets.weak
        if pattern.code == "015":
            acts = claimed(verb, obj)
            if acts and not any(map(self._claimable, acts)):
                return None  # "took responsibility for security", "for planting trees"
            for act in acts:  # the claimed act is coded too, as the claimer's
                self.claimers[act.i] = subject_tokens(verb)
            if not targets or weak:
                targets, weak = self._claimed_targets(acts) or (targets, weak)
        found = Analysis(
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
        if means and found.code == GENERIC_FORCE:
            # "killed in an airstrike": the means says how (195), where the verb does not
            found.code = means[0][1].code or found.code
        if means and not any(map(self.lookup.has_actor, found.sources)):
            self._done_by_means(found, means)
        return found

    def _means_of_violence(self, verb: Token) -> list[tuple[Token, NounPattern]]:
        """Violent event nouns, with their patterns, that say how violence was done:
        "killed a commander in an airstrike", "44 people were killed in a PKK attack".
        One event, not two."""
        out: list[tuple[Token, NounPattern]] = []
        for noun in prep_objects(verb, MEANS_PREPS):
            noun = effective_noun(noun)
            pattern = self._choose_noun(noun) if noun.lemma_.lower() in self.nouns else None
            if pattern is not None and (pattern.code or "")[:2] in UNSOURCED_ROOTS:
                out.append((noun, pattern))
        return out

    def _done_by_means(self, found: Analysis, means: list[tuple[Token, NounPattern]]) -> None:
        """Violence with no named doer is its means' doer's: "killed in a PKK attack"."""
        for noun, _ in means:
            event = self.noun(noun, None)
            if event is not None and (event.sources or event.source_mentions):
                found.sources, found.source_mentions = event.sources, event.source_mentions
                found.rule.append(f"doer of {noun.lemma_.lower()}")
                return

    def _claimable(self, act: Token) -> bool:
        """Whether one can own up to ``act``: an event we code, or a wrong."""
        lemma = act.lemma_.lower()
        if lemma in WRONGDOINGS or lemma in OWNED_FAULTS:
            return True
        return lemma in self.nouns if act.pos_ in ("NOUN", "PROPN") else bool(self.verbs.get(lemma))

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
        if any(has(t, words) or has(effective_noun(t), words) for t in conjuncts(obj)):
            return True
        # "captured Bakhmut", "sealed off Gaza": a named town is a town
        return PLACE_WORD in words and any(self._town(t) for t in conjuncts(obj))

    def _town(self, token: Token) -> bool:
        """A named place that is no country: a city, a region, a capital."""
        if token.pos_ != "PROPN" or token.ent_type_ not in PLACE_ENTITIES:
            return False
        mention = self.lookup.mention_at(token)
        if mention is None:
            return True
        return mention.kind in ("state", "region") and (
            mention.entry is None or mention.entry.name.lower() not in token.text.lower()
        )

    def _light(self, verb: Token, obj: Token | None, pattern: VerbPattern | None) -> Analysis | None:
        """A verb that codes nothing itself lends its subject to an event noun it governs."""
        if obj is None:
            return None
        obj = effective_noun(obj)
        if obj.lemma_.lower() not in self.nouns:
            return None
        lemma = verb.lemma_.lower()
        if pattern is None and lemma in UNDERGOING_VERBS:
            return None  # "drew criticism from the EU": the noun is coded on its own
        if pattern is None and lemma in MENTIONING_VERBS:
            # "described the killing of Karlov": by the noun's own phrases alone
            mentioned = self.noun(obj, None, alone=True)
            if mentioned is not None:
                mentioned.consumed.add(obj.i)
            return mentioned or Analysis(code=None, trigger=verb, rule=[], consumed={obj.i})
        if pattern is None and lemma in NOT_LIGHT_VERBS:
            return Analysis(code=None, trigger=verb, rule=[], consumed={obj.i})  # "needs aid"
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
    def noun(self, noun: Token, governor: Token | None, alone: bool = False) -> Analysis | None:
        """What the event noun codes; ``alone``: its sides only from its own phrases."""
        if noun.i in self.active:
            return None
        self.active.add(noun.i)
        try:
            return self._noun(noun, governor, alone)
        finally:
            self.active.discard(noun.i)

    def _noun(self, noun: Token, governor: Token | None, alone: bool = False) -> Analysis | None:
        if _restated(noun, self.nouns):
            return None  # "a visit to France, his first trip to Europe": the same event
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
                wanted = event_noun(noun, "for", self.nouns)
                if wanted is not None:
                    inner = self.noun(wanted, None)
                    consumed.add(wanted.i)
            rule = self.control.get(pattern.control)
            inner_code = inner.code if inner else None
            # "a plot" to do nothing we code is no intent to cooperate
            planned = inner_code is not None or code is not None or pattern.control != "intend"
            ruled = rule.apply(inner_code) if rule and planned else None
            code = ruled or code
            if inner is not None:
                consumed |= inner.consumed
                if inner.code:
                    rules.append(f"{pattern.control}({'; '.join(inner.rule)})")
        if code and (code[:2] == "11" or code == "016"):
            # "accusations that its coast guard rammed a boat": the ramming is alleged
            consumed |= {c.i for c in noun.children if c.dep_ in ("acl", "ccomp") and that_clause(c)}
        sources, targets, source_mentions, between = self.roles.find(noun, governor, pattern, alone)
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
            modality=_noun_modality(noun, governor),
        )

    def _noun_code(self, noun: Token) -> str | None:
        pattern = self._choose_noun(noun)
        return pattern.code if pattern is not None else None

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

TEMPORAL_ENTITIES = frozenset({"DATE", "TIME"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
PLACE_WORD = "city"  # a pattern whose objects include towns takes a named town too
GENERIC_FORCE = "190"  # CAMEO: use conventional military force, not specified
MEANS_PREPS = ("in", "with", "by", "during")  # "killed in an airstrike", "with a knife attack"
BODY_NOUNS = frozenset({"alliance", "pact", "bloc", "coalition", "mission", "union", "partnership"})
# "marched in defiance of the government", "resigned in protest at the decision"
PROTEST_STANCES = frozenset({"defiance", "protest"})


def _names_a_body(noun: Token, lookup: ActorLookup) -> bool:
    """ "the CSTO alliance", "the AUKUS pact": an organisation's name before one of its
    own nouns names the organisation, not an event."""
    modifier = lookup.modifiers.get(noun.i)
    return (
        modifier is not None
        and modifier.kind in ORGANISATION_KINDS
        and noun.lemma_.lower() in BODY_NOUNS
    )


def _noun_modality(noun: Token, governor: Token | None) -> str:
    """A noun event is as real as the clause that governs it; "any attack" is none yet
    ("would respond to any Israeli strike")."""
    if any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
        return "hypothetical"
    return modality(governor) if governor is not None else "asserted"


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


def _harmful(code: str | None) -> bool:
    """Violence, or damage to property (171): what an event can do ("a strike killed
    five", "an airstrike destroyed the consulate")."""
    return bool(code) and (code[:2] in UNSOURCED_ROOTS or code.startswith("171"))


def _restated(noun: Token, nouns) -> bool:
    """Whether an event noun restates the one before it, in apposition: "began a visit
    to France, his first trip to Europe" (the parser may hang it on the verb)."""
    if noun.dep_ == "appos":
        return noun.head.lemma_.lower() in nouns
    if noun.dep_ == "npadvmod" and noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ",":
        obj = direct_object(noun.head)
        return obj is not None and obj.i < noun.i and obj.lemma_.lower() in nouns
    return False
