"""Grammar on spaCy's dependency parse: subjects, objects, prepositions, negation, modality.

Plain functions of tokens, so each rule can be tested on one sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from diurna.nlp.lexicon import (
    ATTEMPT_NOUNS,
    INTENT_NOUNS,
    DIRECTIVE_VERBS,
    DELIBERATING_VERBS,
    REFUSING_VERBS,
    AUTHORING_VERBS,
    SCHEDULING_VERBS,
    TIME_MARKS,
    STATIVE_PASSIVES,
    CONDITIONAL_MARKS,
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    NEGATING_VERBS,
    QUANTITY_HEADS,
    SPEECH_VERBS,
)

__all__ = [
    "conjuncts",
    "subject_tokens",
    "passive_subject",
    "is_passive",
    "direct_object",
    "dative_object",
    "prep_objects",
    "particle",
    "is_negated",
    "modality",
    "is_reported",
    "complement",
    "is_verb",
    "effective_noun",
    "has_prep",
    "owned_by_doer",
    "is_infinitive",
    "shared_object",
    "raised_object",
]

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
# Object-control heads: the object of these is the doer of a "for V-ing" complement.
OBJECT_CONTROL_PREPS = frozenset({"for", "of", "over"})
# Particles the parser sometimes reads as adverbs right after the verb.
PARTICLES = frozenset({"down", "off", "up", "out", "back", "away", "over"})
# Verbs whose object is what the subject does something with, or whom it contacts, not who
# does the infinitive: "used tear gas to disperse protesters", "promised Kyiv to send",
# "took steps to curb", "called Putin to urge him", "summoned the envoy to protest".
INSTRUMENT_VERBS = frozenset(
    """promise use employ utilize utilise exploit spend take call phone telephone ring
    summon""".split()
)
# ... and of these the clause's subject: "after meeting Macron", "before flying to London".
SUBJECT_CONTROL_PREPS = frozenset({"after", "before", "while", "since", "upon", "on", "without", "despite", "by", "through"})


def is_verb(token: Token) -> bool:
    """A verb or a main-verb auxiliary."""
    return token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ in ("ROOT", "conj", "ccomp"))


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens conjoined to it ("Serbia and Russia")."""
    out = [token]
    stack = [c for c in token.children if c.dep_ == "conj"]
    while stack:
        item = stack.pop(0)
        out.append(item)
        stack.extend(c for c in item.children if c.dep_ == "conj")
    return out


def is_passive(verb: Token) -> bool:
    """Whether the verb is in the passive voice."""
    return any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "agent" for c in verb.children))
    )  # a participle with a by-agent: "has been the worst hit by the flu"


def passive_agent(verb: Token) -> Token | None:
    """The object of the by-phrase of a passive verb; of a passive conjoined after it when
    it has none ("was shot and wounded by a gunman": the gunman shot too)."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    for child in verb.children:
        if child.dep_ == "conj" and child.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            for grand in child.children:
                if grand.dep_ == "agent":
                    return next((g for g in grand.children if g.dep_ == "pobj"), None)
    return None


def passive_subject(verb: Token) -> Token | None:
    """The grammatical subject of a passive verb (its logical object)."""
    for child in verb.children:
        if child.dep_ in PASSIVE_SUBJECT_DEPS:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head  # "the group, which has been blamed for ...": the group
            return child
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head  # "the convoy attacked by troops"
    if verb.dep_ == "conj" and is_passive(verb.head):
        return passive_subject(verb.head)
    return None


def subject_tokens(verb: Token, depth: int = 0) -> list[Token]:
    """The logical subject(s) of a verb: its doer, inherited through the parse."""
    if depth > 6:
        return []
    if is_passive(verb):
        agent = passive_agent(verb)
        if agent is None and verb.lemma_.lower() in STATIVE_PASSIVES:
            # "Israel is opposed to ...", "Kyiv is determined to ...": a state, not a deed
            return [c for c in verb.children if c.dep_ == "nsubjpass"][:1]
        return [agent] if agent is not None else []
    # a mis-parse can give a verb two subjects: an adjective before a name is the name's
    # modifier ("Sudan's paramilitary | Rapid Support Forces shelled"); otherwise the
    # first is the head ("A gas leak in the capital | Tbilisi killed")
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) > 1 and subjects[0].pos_ == "ADJ" and all(c.i < verb.i for c in subjects):
        subjects = subjects[1:]
    for child in subjects:
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return [verb.head]
        if child.dep_ == "csubj":
            return []
        return [child]
    for aux in verb.children:  # a mis-parse hangs the subject on the auxiliary
        if aux.dep_ in ("aux", "auxpass"):
            found = [c for c in aux.children if c.dep_ in SUBJECT_DEPS]
            if found:
                return found[:1]
    dep, head = verb.dep_, verb.head
    if head is verb:
        return []
    if dep == "conj" and is_verb(head):
        return subject_tokens(head, depth + 1)
    if dep == "acomp" and is_verb(head) or head.lemma_ == "be" and dep == "acomp":
        return subject_tokens(head, depth + 1)  # "France is ready to contribute"
    if dep == "xcomp":
        obj = direct_object(head)
        if obj is not None and head.lemma_ not in INSTRUMENT_VERBS:
            return [obj]  # "urged Russia to withdraw": Russia withdraws
        if is_passive(head) and passive_agent(head) is None:
            # "Obama is scheduled to attend", "he was forced to resign": the passive's subject
            found = [c for c in head.children if c.dep_ == "nsubjpass"]
            if found:
                return found[:1]
        return subject_tokens(head, depth + 1)
    if dep == "advcl" and is_verb(head) and (verb.tag_ == "VBG" or is_infinitive(verb)):
        return subject_tokens(head, depth + 1)  # "..., waving flags", "gathered to protest"
    if dep == "relcl" and head.pos_ in ("NOUN", "PROPN"):
        return [head]
    if dep == "pcomp" and head.lower_ in SUBJECT_CONTROL_PREPS and head.dep_ == "prep" and is_verb(head.head):
        return subject_tokens(head.head, depth + 1)  # "after meeting Macron, Zelensky flew"
    if dep == "pcomp" and head.lower_ in OBJECT_CONTROL_PREPS:
        # "thanked Russia for supplying gas", "expressed gratitude to Russia for supplying gas"
        controller = head.head
        obj = direct_object(controller)
        candidates = [obj] if obj is not None else []
        candidates += prep_objects(controller, ("to",))
        if obj is not None:
            candidates += prep_objects(obj, ("to",))
        nominal = [c for c in candidates if c.pos_ in ("PROPN", "PRON") or c.ent_type_]
        return (nominal or candidates)[:1]
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
        return _noun_clause_subject(verb, head, depth)
    return []


def _noun_clause_subject(verb: Token, noun: Token, depth: int) -> list[Token]:
    """The doer of a clause on a noun. An infinitive is its owner's ("Trump's proposal
    to ban") or whoever holds it ("launched a plan to offer loans"), but not whoever
    turns it down ("rejected the plan to ..."). A participle is the noun's own ("soldiers
    visiting a market", "letters granting them rights"), or for a text, its author's
    ("issued a statement calling for calm")."""
    holder = noun.head
    held = noun.dep_ == "dobj" and is_verb(holder)
    if is_infinitive(verb):
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if owners:
            return owners[:1]
        if held and holder.lemma_.lower() not in REFUSING_VERBS:
            return subject_tokens(holder, depth + 1)
        return []
    if held and holder.lemma_.lower() in AUTHORING_VERBS:
        return subject_tokens(holder, depth + 1)
    return [noun]


def direct_object(verb: Token) -> Token | None:
    """The direct object of a verb (passives: their grammatical subject)."""
    for child in verb.children:
        if child.dep_ in ("dobj", "obj"):
            return child
    return None


def shared_object(verb: Token) -> Token | None:
    """The object a bare verb shares with the verb conjoined after it: "arrested and later
    released a British journalist". Not when anything else follows the first verb
    ("arrived in Moscow and met Putin")."""
    if any(c.i > verb.i and c.dep_ not in ("cc", "conj", "punct") for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "conj" and is_verb(child) and not any(c.dep_ in SUBJECT_DEPS for c in child.children):
            return direct_object(child)
    return None


def raised_object(verb: Token) -> Token | None:
    """The object the parser hangs on an infinitive as its subject: "allowed Russia to
    station weapons" (Russia is nsubj of "station")."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i and is_infinitive(child):
            found = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i]
            if found:
                return found[0]
    return None


def dative_object(verb: Token) -> Token | None:
    """The indirect object: "told Russia", "gave Ukraine aid"."""
    for child in verb.children:
        if child.dep_ in ("dative", "iobj"):
            if child.pos_ == "ADP":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
            return child
    return None


def prep_objects(token: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """Objects of the given prepositions attached to ``token``, in order of ``preps``."""
    found: dict[str, list[Token]] = {}
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            for grand in child.children:
                if grand.dep_ == "pobj":
                    found.setdefault(child.lower_, []).append(grand)
        elif _particle_prep(child):
            # "pulled out | of the deal": the parser hangs "of" on the particle
            for inner in child.children:
                if inner.dep_ == "prep" and inner.lower_ in preps:
                    found.setdefault(inner.lower_, []).extend(g for g in inner.children if g.dep_ == "pobj")
    out: list[Token] = []
    for prep in preps:
        out.extend(found.get(prep, []))
    return out


def _particle_prep(token: Token) -> bool:
    """A particle the parser took for a preposition, right after its verb, with the real
    preposition hanging on it: "out" in "pulled out of the deal"."""
    return (
        token.dep_ == "prep"
        and token.lower_ in PARTICLES
        and token.i == token.head.i + 1
        and is_verb(token.head)
        and any(c.dep_ == "prep" for c in token.children)
        and not any(c.dep_ == "pobj" for c in token.children)
    )


def particle(verb: Token) -> str | None:
    """The verb's particle: "off" in "called off"; or the word hyphenated before it,
    which patterns match the same way: "test" in "test-fired"."""
    for child in verb.children:
        if child.dep_ == "prt" or (child.dep_ == "advmod" and child.i == verb.i + 1 and child.lower_ in PARTICLES):
            return child.lower_  # the parser may take "shot down 40 drones" for an adverb
        if _particle_prep(child):
            return child.lower_  # "pulled out of the deal", "out" taken for a preposition
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].head.i == verb.i:
        return doc[verb.i - 2].lower_
    return None


def is_negated(token: Token) -> bool:
    """Whether the verb (or its governing control verb) is negated."""
    for child in token.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "det" and child.lower_ == "no":
            return True
    head = token.head
    if token.dep_ == "xcomp" and head.lemma_ in NEGATING_VERBS:
        return True
    if token.dep_ in ("xcomp",) and head is not token and is_verb(head):
        return any(c.dep_ == "neg" for c in head.children)
    return False


def modality(verb: Token) -> str:
    """asserted, intended, hypothetical or reported."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    reported = _under_speech(verb)
    about = _noun_infinitive(verb)
    if _conditional(verb) or _generic(verb) or _directed(verb) or _deliberated(verb) or about is not None and (
        about.lemma_.lower() not in INTENT_NOUNS or _denied(about)
    ):
        return "hypothetical"
    if any(a in FUTURE_AUX for a in auxes) or _going_to(verb) or _scheduled(verb) or about is not None:
        return "intended"
    if not auxes and verb.dep_ == "xcomp" and is_verb(verb.head) and verb.head is not verb:
        # "would keep fighting", "will continue to strike": as real as what it goes on from
        inherited = modality(verb.head)
        if inherited in ("intended", "hypothetical"):
            return inherited
    purposed = _purpose_of(verb)
    if purposed is not None:
        # "would visit Libya to help its reintegration": the purpose is no more real than
        # the act it is for; "will resume talks once Ukraine withdraws": a time still to
        # come is a condition, not anyone's intent
        found = modality(purposed)
        if found in ("intended", "hypothetical"):
            return found if is_infinitive(verb) or verb.dep_ == "pcomp" else "hypothetical"
    if any(a in HYPOTHETICAL_AUX for a in auxes):
        if reported and "would" in auxes:
            return "intended"  # "said it would impose": the future seen from the past
        return "hypothetical"
    return "reported" if reported else "asserted"


def _purpose_of(verb: Token) -> Token | None:
    """The verb a purpose infinitive is for ("sent experts | to assist"), or that a
    present-tense time clause or a time phrase is set by ("would work it out | after the
    government takes control", "should call | before travelling": as future or unreal)."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ in TIME_MARKS and head.dep_ == "prep" and is_verb(head.head):
        return head.head  # "told to contact their airline | before travelling": as unreal
    if verb.dep_ != "advcl" or head is verb or not is_verb(head):
        return None
    if is_infinitive(verb):
        return head
    if verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children):
        return head
    return None


def _directed(verb: Token) -> bool:
    """What someone is told, asked or urged to do: "told Putin to withdraw", "passengers
    were told to contact their airline", "told to avoid the area and contact ..."."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VB" and head is not verb:
        return _directed(head)
    if not is_infinitive(verb):
        return False
    if verb.dep_ in ("xcomp", "ccomp"):  # "allowed Russia to deploy": Russia parsed its subject
        return head.lemma_.lower() in DIRECTIVE_VERBS
    if verb.dep_ in ("acl", "relcl") and head.dep_ == "dobj":
        return head.head.lemma_.lower() in DIRECTIVE_VERBS  # "urged Russia | to withdraw"
    return False


def _deliberated(verb: Token) -> bool:
    """What is discussed, considered or weighed is not done: "discussed allowing Ukraine
    to fire", "is considering sending troops"."""
    head = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("xcomp", "dobj", "ccomp")
        and head is not verb
        and head.lemma_.lower() in DELIBERATING_VERBS
    )


def _generic(verb: Token) -> bool:
    """A clause subject with no doer speaks of the act in general: "Killing civilians is
    a war crime", "To attack a hospital is never justified"."""
    return verb.dep_ in ("csubj", "csubjpass") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "poss", "expl") for c in verb.children
    )


def _noun_infinitive(verb: Token) -> Token | None:
    """The noun an infinitive says something about, not a deed: "the right to protest",
    "the power to veto", "a decision to withdraw" (an intent, see
    INTENT_NOUNS), "no plans to attack"."""
    head = verb.head
    if head.lemma_.lower() in ATTEMPT_NOUNS:
        return None  # "an attempt to assassinate" is coded as the act, as "tried to" is
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and is_infinitive(verb):
        return head
    return None


def _denied(noun: Token) -> bool:
    """"no plans", "not a decision"."""
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in noun.children)


def _scheduled(verb: Token) -> bool:
    """"is scheduled / expected / due / set to attend": a plan, not a deed."""
    head = verb.head
    return verb.dep_ == "xcomp" and head is not verb and head.lemma_.lower() in SCHEDULING_VERBS and (
        is_passive(head) or head.lemma_.lower() == "due"
    )


def _going_to(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "going" and any(
        c.dep_ == "aux" for c in head.children
    )


def _conditional(verb: Token) -> bool:
    token = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in token.children):
            return True
        if token.dep_ in ("conj", "xcomp") and token.head is not token:
            token = token.head
            continue
        break
    return False


def is_reported(verb: Token) -> bool:
    """Whether ``verb`` is what someone said ("X said Y attacked Z": attacked)."""
    return _under_speech(verb)


def _under_speech(verb: Token) -> bool:
    token = verb
    for _ in range(4):
        head = token.head
        if head is token:
            return False
        if token.dep_ == "ccomp" and head.lemma_.lower() in SPEECH_VERBS:
            return True
        if token.dep_ in ("conj", "xcomp", "ccomp", "advcl"):
            token = head
            continue
        return False
    return False


def complement(verb: Token) -> Token | None:
    """The complement clause of a control verb ("refused *to impose*")."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            return child
    obj = direct_object(verb)
    if obj is not None:
        for child in obj.children:
            # "urged Russia to withdraw" parsed with the infinitive on the object
            if child.dep_ in ("acl", "relcl", "xcomp") and child.pos_ == "VERB" and is_infinitive(child):
                return child
    for child in verb.children:
        if child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    for grand in pobj.children:
                        if grand.dep_ in ("acl", "relcl") and grand.pos_ == "VERB" and is_infinitive(grand):
                            return grand  # "called on Russia to withdraw"
        if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX"):
            return child  # "denied that it had supplied", "demanded that Russia release"
        if child.dep_ == "advcl" and child.pos_ == "VERB" and is_infinitive(child):
            return child
    return None


def noun_complement(noun: Token) -> Token | None:
    """The infinitive after an event noun: "refusal *to impose*". The parser often hangs
    it on the verb that holds the noun as a purpose ("foiled a plot | to kill"); right
    after the object, it is the noun's."""
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB" and is_infinitive(child):
            return child
    if noun.dep_ == "dobj":
        for child in noun.head.children:
            if child.dep_ == "advcl" and is_infinitive(child) and child.left_edge.i == noun.right_edge.i + 1:
                return child
    return None


def is_infinitive(verb: Token) -> bool:
    """A to-infinitive: "(urged Russia) to withdraw", "(a decision) to leave"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def effective_noun(token: Token) -> Token:
    """The noun that matters in "the first of four systems", "a barrage of missiles",
    "$2 billion in military aid" (but not in "killed 20 in Kabul")."""
    money = token.ent_type_ == "MONEY"
    if token.lower_ in QUANTITY_HEADS or token.pos_ == "NUM" or money:
        preps = ("of", "in") if money else ("of",)
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        return grand
    return token


def owned_by_doer(noun: Token) -> bool:
    """ "its troops", "their ambassador": the doer's own, which it sends, offers or recalls."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children)


def has_prep(token: Token, prep: str) -> bool:
    """Whether a preposition (or a passive's "by", or a dative "to") hangs on the token."""
    return any(c.dep_ in ("prep", "agent", "dative") and c.lower_ == prep for c in token.children)
