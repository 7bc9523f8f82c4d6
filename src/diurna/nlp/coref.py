"""A light coreference: pronouns and definite descriptions take an earlier actor.

"He", "his", "the Serbian president" take the most recent fitting person (subjects
preferred, and of the sex the text gives them: ``people.py``); a surname takes the
person named in full before it (``surnames.py``); "it", "its", "the country" the most
recent state or organisation; "they" the most recent plural actor, or a conjoined
subject of its own sentence when "they" is a subject too ("Norway and Denmark said they
would"). "We" and "I" in a quotation are its speaker's (``quotes.speaker_references``,
run by the same component). Deliberately conservative: a wrong antecedent makes a wrong
event, no antecedent only a missed one.
"""

from __future__ import annotations

from dataclasses import replace

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from diurna.nlp.lexicon import CONTROL_ADJECTIVES
from diurna.nlp.mentions import ORGANISATION_KINDS, Mention
from diurna.nlp.origins import displaced_origins
from diurna.nlp.people import MAX_SENTENCES_BACK, People, uncoded_people
from diurna.nlp.spans import sentence_starts
from diurna.nlp.surnames import surname_references
from diurna.nlp.syntax import conjuncts

__all__ = ["resolve_references", "as_reference", "PERSON_PRONOUNS", "THING_PRONOUNS", "PLURAL_PRONOUNS"]

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
ALL_PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
STATE_NOUNS = frozenset({"country", "nation", "state", "republic", "kingdom"})
ROLE_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "pobj", "dative", "agent", "conj", "appos"})
# The state's own bodies: "the government" belongs to the state the passage is about
# (not "the ambassador" or "the minister", whose country news often leaves to the reader).
STATE_BODIES = frozenset(
    """government authority administration regime cabinet army military police court
    judiciary parliament legislature ministry junta""".split()
)
NON_STATES = frozenset({"IGO", "NGO", "MNC", "IMG"})
NOT_PLACES = frozenset(
    "DATE TIME NORP ORG MONEY PERCENT CARDINAL ORDINAL QUANTITY EVENT WORK_OF_ART LAW LANGUAGE PRODUCT".split()
)
GROUP_RULE = "coref:conjoined subject"
THING_KINDS = ORGANISATION_KINDS | {"region"}  # what "it" and "its" may take up
# Descriptions that can take a named person: "the president", "the Serbian prime minister".
PERSON_TITLES = frozenset(
    """president minister leader premier chancellor king queen emir prince sultan monarch
    secretary chairman chairwoman chair governor mayor ambassador envoy spokesman spokeswoman
    spokesperson commander general pope ayatollah cleric prosecutor judge director chief
    official officer commissioner inspector""".split()
)


def resolve_references(
    doc: Doc, mentions: dict[int, Mention], modifiers: dict[int, Mention] | None = None
) -> dict[int, Mention]:
    """Mentions for pronoun, description and surname tokens, keyed by token index;
    ``modifiers`` are the names used as modifiers ("FBI director James Comey")."""
    sent_of = _sentence_numbers(doc)
    # "James Comey ... Mr Comey ... he": a surname is its person, and "he" may take it
    refs: dict[int, Mention] = surname_references(doc, {**(modifiers or {}), **mentions})
    mentions = {**mentions, **refs}
    ordered = sorted(mentions.values(), key=lambda m: m.start)
    # people we cannot code still take "he" and "she" ("Mr Litvinenko ... he"), so that
    # the pronoun does not fall to a coded person named before them
    sequence = sorted(ordered + uncoded_people(doc, mentions), key=lambda m: m.start)
    people = People(doc, sent_of)
    things: list[tuple[int, Mention]] = []
    plurals: list[tuple[int, Mention]] = []
    states: list[tuple[int, Mention]] = []
    groups = _subject_groups(doc, mentions)
    k = g = 0
    for token in _candidates(doc, mentions):
        while True:  # mentions and subject groups in the order they end, a group after its members
            mention = sequence[k] if k < len(sequence) and sequence[k].end <= token.i else None
            group = groups[g] if g < len(groups) and groups[g].end <= token.i else None
            if group is not None and (mention is None or group.end < mention.end):
                plurals.append((group.head, group))
                g += 1
            elif mention is not None:
                _remember(doc, mention, people, things, plurals, states)
                k += 1
            else:
                break
        found = _antecedent(doc, token, mentions, sent_of, people, things, plurals, states)
        if found is not None and not found.actors:
            people.taken_up(token, found)  # someone we cannot code
        elif found is not None:
            ref = as_reference(doc, token, found)
            refs[token.i] = ref
            if token.pos_ == "NOUN":  # "the country" ... "its": chains go on
                _remember(doc, ref, people, things, plurals, states)
            elif token.lower_ in PERSON_PRONOUNS:
                people.taken_up(token, found)
    _inherit_countries(doc, mentions, refs)
    displaced_origins(doc, mentions)  # "refugees fleeing the civil war in Liberia"
    _descriptions_take_countries(doc, ordered, sent_of)
    _state_bodies_take_the_country(doc, ordered, sent_of)
    return refs


def _candidates(doc: Doc, mentions: dict[int, Mention]) -> list[Token]:
    """Pronouns, "the country" nouns and description heads: the only tokens that refer."""
    strings = doc.vocab.strings
    out = []
    # integer arrays, not Token objects: only the few candidates become tokens
    for i, (lower, pos, lemma) in enumerate(doc.to_array([LOWER, POS, LEMMA]).tolist()):
        if strings[lower] in ALL_PRONOUNS or (
            pos == NOUN and (i in mentions or strings[lemma].lower() in STATE_NOUNS)
        ):
            out.append(doc[i])
    return out


def _inherit_countries(doc: Doc, mentions: dict[int, Mention], refs: dict[int, Mention]) -> None:
    """'its troops', 'his government': an agent with no country takes its possessor's."""
    for head, mention in mentions.items():
        if mention.kind != "agent" or any(a.country for a in mention.actors):
            continue
        owner = next((refs.get(c.i) for c in doc[head].children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        country = next((a.country for a in owner.actors if a.country), None)
        if country is None:
            continue
        mention.actors[:] = [a.in_country(country, f"country from {doc[owner.head].text!r}") for a in mention.actors]


def _descriptions_take_countries(doc: Doc, ordered: list[Mention], sent_of: list[int]) -> None:
    """"Myanmar's junta chief ... The junta disputes": a definite description with no
    country takes the country of the latest earlier mention that holds its head word
    with the same sector (within MAX_SENTENCES_BACK sentences). ``ordered``: the mentions
    in text order."""
    for n, mention in enumerate(ordered):
        if mention.kind != "agent" or not mention.actors or any(a.country for a in mention.actors):
            continue
        head = doc[mention.head]
        if not _definite(head) or _has_modifier(head):
            continue
        sector = mention.actors[0].sector
        if not sector:
            continue
        word = head.lemma_.lower()
        limit = sent_of[mention.head] - MAX_SENTENCES_BACK
        for earlier in reversed(ordered[:n]):
            if sent_of[earlier.head] < limit:
                break
            country = next((a.country for a in earlier.actors if a.sector == sector and a.country), None)
            if country is None or word not in {t.lemma_.lower() for t in doc[earlier.start : earlier.end]}:
                continue
            why = f"country from {doc[earlier.start : earlier.end].text!r}"
            mention.actors[:] = [a.in_country(country, why) for a in mention.actors]
            break


def _state_bodies_take_the_country(doc: Doc, ordered: list[Mention], sent_of: list[int]) -> None:
    """"Turkish security forces ... the cleric whom the government accuses": "the
    government", "the army", "the courts" with no country of their own are the state's
    that every earlier actor of the passage belongs to (this sentence and
    MAX_SENTENCES_BACK before it). When two states are in play, nothing is assumed."""
    for n, mention in enumerate(ordered):
        if mention.kind != "agent" or not mention.actors or any(a.country for a in mention.actors):
            continue
        head = doc[mention.head]
        if not _definite(head) or _has_modifier(head) or head.lemma_.lower() not in STATE_BODIES:
            continue
        limit = sent_of[mention.head] - MAX_SENTENCES_BACK
        countries = {
            a.country
            for earlier in ordered[:n]
            if sent_of[earlier.head] >= limit
            for a in earlier.actors
            if a.country and a.country not in NON_STATES
        }
        if len(countries) == 1 and not _unplaced(doc, ordered, sent_of, limit, mention.head):
            country = next(iter(countries))
            why = f"country of the passage ({country})"
            mention.actors[:] = [a.in_country(country, why) for a in mention.actors]


def _unplaced(doc: Doc, ordered: list[Mention], sent_of: list[int], first: int, end: int) -> bool:
    """Whether the passage names something outside every actor mention that may be a
    place ("Russian forces shelled Kharkiv"): another state may be in play. The tagger
    often labels cities FAC or ORG, so any such proper name counts."""
    start = int(sentence_starts(doc)[max(first, 0)])
    covered = {i for m in ordered if m.end > start and m.start < end for i in range(m.start, m.end)}
    for token in doc[start:end]:
        if token.pos_ != "PROPN" or token.i in covered:
            continue
        if token.ent_type_ == "PERSON":
            # a person's full name is no place, but a lone "PERSON" word is often a city
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if token.ent_iob_ == "I" or (following is not None and following.ent_iob_ == "I"):
                continue
            return True
        if token.ent_type_ not in NOT_PLACES:
            return True
    return False


def _sentence_numbers(doc: Doc) -> list[int]:
    starts = sentence_starts(doc)
    return (numpy.searchsorted(starts, numpy.arange(len(doc)), side="right") - 1).tolist()


def _subject_groups(doc: Doc, mentions: dict[int, Mention]) -> list[Mention]:
    """Conjoined actors as a subject, one plural mention each: "Obama and Putin said they ..."."""
    groups = []
    for head, mention in mentions.items():
        token = doc[head]
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        members = [mention] + [mentions[c.i] for c in conjuncts(token)[1:] if c.i in mentions]
        if len(members) < 2:
            continue
        groups.append(
            replace(
                mention,
                start=min(m.start for m in members),
                end=max(m.end for m in members),
                actors=[a for m in members for a in m.actors],
                kind="group",
                plural=True,
                title=None,
                rule=[GROUP_RULE],
            )
        )
    return sorted(groups, key=lambda m: m.end)


def _remember(doc, mention, people, things, plurals, states) -> None:
    if mention.is_person or (mention.kind != "agent" and not mention.plural and _person_title(mention.title)):
        # "the ICC prosecutor said he": a titled person of a named body (a bare "the
        # president" is resolved to its person first, and remembered as that)
        people.remember(mention)
        return
    if mention.entry is not None and mention.entry.kind == "state" and not mention.plural:
        state = mention if mention.kind == "state" else _state_only(mention)
        states.append((mention.head, state))
        things.append((mention.head, state))  # "The leader of Serbia ... its refusal"
        return
    if mention.kind in THING_KINDS:
        (plurals if mention.plural else things).append((mention.head, mention))
    elif mention.plural and any(a.country for a in mention.actors):
        plurals.append((mention.head, mention))
    elif mention.kind == "agent" and not mention.plural and not _person_title(mention.title):
        things.append((mention.head, mention))  # "the ministry said it", "the army said it"


def _recent(items, token_i: int, sent_of: list[int]):
    limit = sent_of[token_i] - MAX_SENTENCES_BACK
    for item in reversed(items):
        if item[0] < token_i and sent_of[item[0]] >= limit:
            yield item


def _antecedent(doc, token: Token, mentions, sent_of, people, things, plurals, states):
    lower = token.lower_
    if token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$"):
        if token.dep_ not in ROLE_DEPS:
            return None
        if lower in PERSON_PRONOUNS:
            return people.best(token)
        if lower in THING_PRONOUNS and token.dep_ != "expl":
            if lower == "it" and _is_dummy_it(token):
                return None
            return _best_thing(doc, token, things, sent_of)
        if lower in PLURAL_PRONOUNS:
            # a conjoined subject is taken up by a subject "they" in its own sentence ("A and
            # B said they would"), not by "them" or "their" ("urged both countries ...
            # encouraged them"; "expressed their support") nor sentences later
            here = token.dep_ in ("nsubj", "nsubjpass")
            recent = [
                (head, m) for head, m in _recent(plurals, token.i, sent_of)
                if GROUP_RULE not in m.rule or (here and sent_of[head] == sent_of[token.i])
            ]
            if here:  # a subject "they" continues the subject of this or the last sentence
                for head, mention in recent:
                    if sent_of[head] >= sent_of[token.i] - 1 and _is_subject(doc, head):
                        if _below_uncoded_subject(doc, head, mentions):
                            return None  # "UN investigators said ... RSF had ... They called"
                        return mention
            return recent[0][1] if recent else None
        return None
    if token.pos_ != "NOUN" or not _definite(token):
        return None
    if _the_two(token) and (token.i in mentions or token.lemma_.lower() in STATE_NOUNS):
        # "Santos and Londono signed ... The two men": the pair named just before
        for head, mention in _recent(plurals, token.i, sent_of):
            if GROUP_RULE in mention.rule and len(mention.actors) == 2:
                return mention
        return None
    if (
        token.lemma_.lower() in STATE_NOUNS
        and token.i not in mentions
        and not _has_modifier(token)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)  # "the state of emergency"
    ):
        found = _best_thing(doc, token, states, sent_of)
        return _state_only(found) if found is not None else None
    own = mentions.get(token.i)
    if (
        own is not None
        and own.kind == "agent"
        and own.title
        and own.title.split()[-1] in PERSON_TITLES
        and not token.tag_.endswith("S")
    ):
        return people.matching(own, token)
    return None


def _the_two(token: Token) -> bool:
    """ "the two men", "the two leaders", "both countries": a plural counted as a pair."""
    return token.tag_ == "NNS" and any(
        (c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet") and c.lower_ == "both")
        for c in token.children
    )


def _below_uncoded_subject(doc: Doc, head: int, mentions: dict[int, Mention]) -> bool:
    """Whether ``head`` sits below a plural main subject of its sentence that names no actor:
    that subject is the likelier antecedent of a later "they" ("UN investigators said the
    RSF had ... They called for"), and we cannot code it."""
    for child in doc[head].sent.root.children:
        if child.dep_ == "nsubj" and child.tag_ in ("NNS", "NNPS") and child.i not in mentions:
            return head not in {t.i for t in (child, *child.conjuncts)}
    return False


def _is_subject(doc: Doc, head: int) -> bool:
    """A mention head that is a subject, or conjoined to one ("Russia and China said")."""
    token = doc[head]
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def _best_thing(doc: Doc, token: Token, things, sent_of) -> Mention | None:
    """'it'/'its': the subject of its own sentence if that is a state or body, else the latest."""
    recent = list(_recent(things, token.i, sent_of))
    for head, mention in recent:
        if sent_of[head] >= sent_of[token.i] - 1 and doc[head].dep_ in ("nsubj", "nsubjpass"):
            return mention  # the subject of this or the previous sentence
    return recent[0][1] if recent else None


def _person_title(title: str | None) -> bool:
    return bool(title) and title.split()[-1] in PERSON_TITLES


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)


def _has_modifier(token: Token) -> bool:
    return any(c.dep_ in ("amod", "compound", "poss") for c in token.children)


def _is_dummy_it(token: Token) -> bool:
    head = token.head
    complements = [c for c in head.children if c.dep_ in ("ccomp", "xcomp", "acomp", "attr")]
    if head.lemma_ in ("be", "seem", "appear", "remain") and complements:
        # "it is important to ..." has no referent; "Kenya said it was ready to talk" does
        return not all(c.dep_ == "acomp" and c.lemma_.lower() in CONTROL_ADJECTIVES for c in complements)
    return any(c.dep_ in ("ccomp",) and c.i > head.i for c in head.children) and head.lemma_ in (
        "take", "make"
    )


def _state_only(mention: Mention) -> Mention:
    actors = [a for a in mention.actors if a.country]
    base = actors[0] if actors else mention.actors[0]
    state = replace(base, code=base.country or base.code, sector=None, sectors=[], kind="state")
    entry = mention.entry
    if entry is not None:
        state = replace(state, name=entry.name)
    return replace(mention, actors=[state], kind="state", title=None)


def as_reference(doc: Doc, token: Token, antecedent: Mention) -> Mention:
    """The mention ``token`` makes by referring to ``antecedent``."""
    start = min([token.i] + [c.i for c in token.lefts]) if token.pos_ == "NOUN" else token.i
    return antecedent.referred_to(doc[start : token.i + 1], token.i, "coref")
