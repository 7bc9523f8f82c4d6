"""Actor mentions: dictionary names and agent words composed into coded actors.

``find_mentions`` is the pure half of the actor component (spaCy's match /
set_annotations split): it reads a parsed ``Doc`` and returns mentions without
writing anything, so tests can call it on hand-built docs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from diurna.dictionaries import Dictionaries
from diurna.dictionaries.actors import ActorEntry, compose_code
from diurna.model import Actor
from diurna.nlp.arrays import token_strings
from diurna.nlp.spans import entities

__all__ = ["Mention", "find_mentions", "MODIFIER_DEPS", "PARTITIVE_TITLES", "ORGANISATION_KINDS"]

# Dependencies by which a word modifies the noun phrase it belongs to.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "flat", "nn", "npadvmod"})
# Collective nouns that stand for the agents that modify them: "opposition groups".
COLLECTIVE_HEADS = frozenset(
    """group movement party faction camp bloc coalition alliance member figure
    supporter leader circle wing organisation organization force unit""".split()
)
# "Iran-backed militia", "Al Qaeda-linked group": the name is a patron, not the actor
# ("US-led coalition" stays: the leader is the actor news means).
AFFILIATION_SUFFIXES = frozenset(
    """linked backed allied affiliated aligned inspired funded supported sponsored
    trained armed made built supplied designed manufactured produced provided donated
    brokered mediated""".split()
)
# "anti-Syria", "pro-Russian": a stance, not an actor.
STANCE_PREFIXES = frozenset({"anti", "pro", "non"})
# Heads whose of-phrase says who they are: "leaders of the opposition" -> OPP.
PARTITIVE_TITLES = frozenset(
    """leader member head chief official representative spokesman spokeswoman spokesperson
    commander envoy delegate""".split()
)
# Dictionary kinds of bodies (groups.yaml, PETRARCH's groups): their leaders and members
# are the body, and coref's "it" may take them up.
ORGANISATION_KINDS = frozenset(
    {"igo", "ngo", "group", "armed_group", "party", "company", "institution", "court", "media"}
)
# Words that turn a title into a former one: "former President X" -> ELI.
FORMER = frozenset({"former", "ex", "ex-", "then", "erstwhile", "onetime", "one-time"})
KIND_RANK = {"person": 0, "igo": 1, "ngo": 1, "armed_group": 1, "party": 1, "company": 1,
             "media": 1, "court": 1, "institution": 1, "group": 1, "state": 2, "region": 3}


@dataclass
class Mention:
    """An actor in the text, anchored on the head token of its noun phrase."""

    head: int
    start: int  # token span [start, end)
    end: int
    actors: list[Actor]
    entry: ActorEntry | None = None
    kind: str = "agent"  # person, state, igo, group, region, agent
    plural: bool = False
    title: str | None = None  # the head's agent lemma, e.g. "president"
    attributive: bool = False  # modifies a non-actor noun: "Russian gas"
    rule: list[str] = field(default_factory=list)

    @property
    def is_person(self) -> bool:
        """Whether 'he' or 'she' can refer to this mention."""
        return self.kind == "person"

    def referred_to(self, words: Span, head: int, how: str, kind: str | None = None) -> "Mention":
        """The mention ``words`` make by referring to this one (``how``: "coref",
        "surname"), headed on token ``head``: the same actors, placed there."""
        said = words.doc[self.start : self.end].text
        actors = [
            replace(a, text=words.text, start=words.start_char, end=words.end_char,
                    via=f"{how}: {words.text!r} -> {said!r} ({a.via})")
            for a in self.actors
        ]
        return replace(
            self, head=head, start=words.start, end=words.end, actors=actors, attributive=False,
            kind=kind or self.kind,
        )


@dataclass
class _Part:
    start: int
    end: int
    root: int
    entries: tuple[ActorEntry, ...] = ()
    sector: str | None = None
    written: str = ""


def find_mentions(
    doc: Doc,
    dicts: Dictionaries,
    day: dt.date | None,
    matches: list | None = None,
) -> tuple[dict[int, Mention], dict[int, Mention]]:
    """Actor mentions keyed by head token, and attributive ones keyed by the noun they modify.

    ``matches`` are the dictionary name matches when the caller has them already.
    """
    lower, orth, lemmas = token_strings(doc)
    parts: list[_Part] = []
    taken = [False] * len(doc)
    for m in matches if matches is not None else dicts.names.match(lower, orth):
        if _is_blank(doc, m.start) or _stance_prefixed(lower, m.start) or _affiliation(lower, m.end):
            continue  # "anti-Syria journalist", "Iran-backed militia" name no actor
        parts.append(_Part(m.start, m.end, _root(doc, m.start, m.end), m.entries, None, m.written))
        for i in range(m.start, m.end):
            taken[i] = True
    for start, end, sector in dicts.agents.match(lemmas):
        if any(taken[start:end]) or not _nominal(doc[end - 1]) or _stance_prefixed(lower, start):
            continue  # "non-Muslims" are no Muslims
        parts.append(_Part(start, end, _root(doc, start, end), (), sector, doc[start:end].text))
    groups: dict[int, list[_Part]] = {}
    for part in parts:
        groups.setdefault(_phrase_head(doc, part.root), []).append(part)
    # "the leader of Serbia": a country in an of-phrase joins the title it follows.
    for head in list(groups):
        owner = _of_owner(doc, head)
        if owner is not None and owner in groups and head not in (owner,):
            if all(p.entries and p.entries[0].kind in ("state", "region") for p in groups[head]):
                groups[owner].extend(groups.pop(head))
            elif doc[owner].lemma_.lower() in PARTITIVE_TITLES and (
                all(p.sector for p in groups[head]) or _organisation(groups[head])
            ):
                # "leaders of the opposition coalition" are the opposition, not a government;
                # "leaders of Egypt's Muslim Brotherhood", "the head of the IAEA": the body's
                titles = [_Part(p.start, p.end, p.root, p.entries, None, p.written) for p in groups[owner]]
                groups[owner] = titles + groups.pop(head)
    # "Russia's troops", "Kenya's police": a possessor state gives an agent its country
    # (the possessor stays a mention of its own: "Modi's visit" is Modi's).
    for head, group in groups.items():
        if any(p.entries for p in group) or not any(p.sector for p in group):
            continue
        for child in doc[head].children:
            owner = groups.get(child.i) if child.dep_ == "poss" else None
            if owner and all(p.entries and p.entries[0].kind in ("state",) for p in owner):
                group.extend(_Part(p.start, p.end, p.root, p.entries, None, p.written) for p in owner)
    # "police in Kenya", "demonstrators in Baghdad": where an agent is gives its country;
    # not when a possessor says whose it is ("its embassy in Baku", "their envoy in Moscow").
    for head, group in groups.items():
        if any(p.entries for p in group) or not any(p.sector for p in group):
            continue
        if any(c.dep_ == "poss" for c in doc[head].children):
            continue
        for child in doc[head].children:
            if child.dep_ == "prep" and child.lower_ in ("in", "from"):
                place = next((g for g in child.children if g.dep_ == "pobj"), None)
                owner = groups.get(place.i) if place is not None else None
                if owner and all(p.entries and p.entries[0].kind == "state" for p in owner):
                    group.extend(_Part(p.start, p.end, p.root, p.entries, None, p.written) for p in owner)
                    break
    mentions: dict[int, Mention] = {}
    modifiers: dict[int, Mention] = {}
    for head, group in groups.items():
        mention = _compose(doc, head, group, day, dicts)
        if mention is None:
            continue
        if mention.attributive:
            modifiers[head] = mention
        else:
            mentions[head] = mention
    _share_conjunct_countries(doc, mentions)
    return mentions, modifiers


def _share_conjunct_countries(doc: Doc, mentions: dict[int, Mention]) -> None:
    """"Turkish security forces and courts": a role noun conjoined to a national one, with
    no modifier of its own, belongs to the same country."""
    for head, mention in mentions.items():
        token = doc[head]
        if token.dep_ != "conj" or mention.kind != "agent" or any(a.country for a in mention.actors):
            continue
        if any(c.dep_ in MODIFIER_DEPS or c.dep_ == "poss" for c in token.children):
            continue
        first = mentions.get(token.head.i)
        countries = {a.country for a in first.actors} if first is not None and first.kind == "agent" else set()
        if len(countries) != 1 or None in countries:
            continue
        country = countries.pop()
        mention.actors[:] = [a.in_country(country, f"country from {token.head.text!r}") for a in mention.actors]


def _affiliation(lower: list[str], end: int) -> bool:
    """"Al Qaeda-linked", "Iran-backed": the named actor is a patron, not the actor."""
    return end + 1 < len(lower) and lower[end] == "-" and lower[end + 1] in AFFILIATION_SUFFIXES


def _stance_prefixed(lower: list[str], i: int) -> bool:
    return i >= 2 and lower[i - 1] == "-" and lower[i - 2] in STANCE_PREFIXES


def _is_blank(doc: Doc, i: int) -> bool:
    return doc[i].is_space


def _nominal(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN", "PRON", "X", "ADJ", "NUM") or token.tag_.startswith("NN")


def _root(doc: Doc, start: int, end: int) -> int:
    for i in range(end - 1, start - 1, -1):
        head = doc[i].head.i
        if head < start or head >= end or doc[i].head is doc[i]:
            return i
    return end - 1


def _phrase_head(doc: Doc, i: int) -> int:
    token = doc[i]
    for _ in range(8):
        dep = token.dep_
        if dep in MODIFIER_DEPS and token.head is not token:
            token = token.head
            continue
        if dep == "conj" and token.head.dep_ in ("amod", "compound", "nmod") and token.head is not token:
            token = token.head  # "Serbian and Russian officials": Russian -> Serbian -> officials
            continue
        break
    return token.i


def _organisation(parts: list[_Part]) -> bool:
    """Whether the parts name an organisation (an armed group, a party, an IGO ...) and no person."""
    kinds = {p.entries[0].kind for p in parts if p.entries}
    return bool(kinds & ORGANISATION_KINDS) and "person" not in kinds


def _of_owner(doc: Doc, i: int) -> int | None:
    token = doc[i]
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head is not token.head:
        owner = token.head.head
        if owner.pos_ in ("NOUN", "PROPN"):
            return owner.i
    return None


def _compose(
    doc: Doc, head: int, group: list[_Part], day: dt.date | None, dicts: Dictionaries
) -> Mention | None:
    group.sort(key=lambda p: p.start)
    head_tok = doc[head]
    head_part = next((p for p in group if p.start <= head < p.end), None)
    named = [p for p in group if p.entries]
    agent_sectors = [p.sector for p in group if p.sector]
    if not named and not agent_sectors:
        return None
    # "ethnic Albanians in Serbia" are a people, not Albania: the demonym names no state
    ethnic = [p for p in named if _ethnic(doc, p)]
    named = [p for p in named if p not in ethnic]
    titled_person = head_part is None and bool(agent_sectors) and (
        _unnamed_person(head_tok) or _titled_name(doc, head_tok, group)
    )
    collective = head_part is None and head_tok.lemma_.lower() in COLLECTIVE_HEADS and bool(agent_sectors)
    attributive = head_part is None and not titled_person and not collective
    if attributive and not named:
        return None
    if ethnic:
        agent_sectors = agent_sectors or ["CVL"]  # civilians unless a role word says more
    if head_part is not None and head_part.sector and head_tok.lemma_.lower() in dicts.agents.ignore:
        return None
    start = min([p.start for p in group] + [head])
    end = max([p.end for p in group] + [head + 1])
    former = any(doc[i].lower_ in FORMER for i in range(max(0, start - 2), end))
    best = min(named, key=lambda p: KIND_RANK.get(p.entries[0].kind, 1), default=None)
    entry = _pick_entry(best.entries, day) if best else None
    rules = [f"{p.entries[0].source}" for p in named + ethnic] + [
        f"agents:{p.written.lower()}->{p.sector}" for p in group if p.sector
    ]
    if ethnic:
        rules.append("ethnic group: not the state")  # grounding finds where they live
    countries = _countries(named, day)
    actors: list[Actor] = []
    kind = entry.kind if entry else "agent"
    if entry is not None and entry.kind == "person":
        resolved = entry.resolve(day)
        sectors = list(resolved.sectors)
        if former and "ELI" not in sectors:
            sectors = ["ELI"]
        extra = [s for s in agent_sectors if s not in ("GOV",) and resolved.sectors != ("ELI",)]
        code = compose_code(resolved.country, sectors + [s for s in extra if s != "GOV"])
        if resolved.code and "ELI" not in sectors:
            code = resolved.code  # an office with its own code (IGOUNO for the UN chief)
        actors.append(_actor(doc, start, end, code, resolved.country, sectors, entry.name, kind, rules))
    elif entry is not None and entry.kind not in ("state", "region"):
        resolved = entry.resolve(day)
        # "NATO troops" adds MIL; "HTS fighters" stays what HTS is on that date.
        extra = [] if resolved.sectors else [s for s in agent_sectors if s not in resolved.code[3:]]
        sectors = list(resolved.sectors) + extra
        code = resolved.code + "".join(dict.fromkeys(extra))
        actors.append(_actor(doc, start, end, code, resolved.country, sectors, entry.name, kind, rules))
    else:
        sectors = list(agent_sectors)
        for part in named:
            if part.entries[0].form == "seat" and part.entries[0].sector:
                sectors.insert(0, part.entries[0].sector)
        if former:
            sectors = ["ELI"] if sectors else sectors
        if not countries:
            countries = [(None, None)]
        if agent_sectors or not countries[0][0]:
            kind = "agent"
        for country, name in countries:
            code = compose_code(country, sectors)
            actors.append(_actor(doc, start, end, code, country, sectors, name, kind, rules))
    if titled_person:
        person = _entity_text(doc, head_tok)
        for actor in actors:
            actor.name = person
    person_like = titled_person or kind == "person" or (
        head_tok.ent_type_ == "PERSON" and head_part is not None and not head_tok.tag_.endswith("S")
    )
    title = head_part.written.lower() if head_part is not None and head_part.sector else None
    if title is None:
        title = next((p.written.lower() for p in group if p.sector), None)
    return Mention(
        head=head,
        start=start,
        end=end,
        actors=actors,
        entry=entry,
        kind="person" if person_like else kind,
        plural=head_tok.tag_ in ("NNS", "NNPS"),
        title=title,
        attributive=attributive,
        rule=rules,
    )


def _ethnic(doc: Doc, part: _Part) -> bool:
    """A state's demonym after "ethnic": "ethnic Albanians", "ethnic Russian villagers"."""
    return (
        part.start > 0
        and doc[part.start - 1].lower_ == "ethnic"
        and all(e.kind == "state" for e in part.entries)
    )


def _pick_entry(entries: tuple[ActorEntry, ...], day: dt.date | None) -> ActorEntry:
    """Among people sharing a name ("President Bush"), the one in office that day."""
    if len(entries) == 1 or day is None:
        return entries[0]
    for entry in entries:
        if entry.is_person and any(term.covers(day) for term in entry.terms):
            return entry
    people = [e for e in entries if e.is_person and e.terms]
    if people:  # nobody in office: the one whose last term ended most recently before
        past = [e for e in people if any(t.start and t.start <= day for t in e.terms)]
        if past:
            return max(past, key=lambda e: max(t.start for t in e.terms if t.start and t.start <= day))
    return entries[0]


def _unnamed_person(token: Token) -> bool:
    """A proper name the dictionaries do not know, used with a title: "President Ruto"."""
    return token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "")


def _titled_name(doc: Doc, token: Token, group: list[_Part]) -> bool:
    """A name right after a title, whatever the entity recognizer took it for:
    "Vice-President Moody Awori" (tagged ORG)."""
    if token.pos_ != "PROPN" or token.ent_type_ != "ORG":
        return False
    ent = next((e for e in entities(doc) if e.start <= token.i < e.end), None)
    return ent is not None and any(p.sector and p.end == ent.start for p in group)


def _entity_text(doc: Doc, token: Token) -> str:
    for ent in entities(doc):
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text


def _countries(named: list[_Part], day: dt.date | None) -> list[tuple[str | None, str | None]]:
    out: list[tuple[str | None, str | None]] = []
    for part in named:
        entry = part.entries[0]
        if entry.kind in ("state", "region"):
            item = (entry.resolve(day).country, entry.name)
            if item not in out:
                out.append(item)
    return out


def _actor(
    doc: Doc,
    start: int,
    end: int,
    code: str,
    country: str | None,
    sectors: list[str],
    name: str | None,
    kind: str,
    rules: list[str],
) -> Actor:
    span = doc[start:end]
    return Actor(
        text=span.text,
        code=code,
        country=country,
        sector=sectors[0] if sectors else None,
        name=name,
        start=span.start_char,
        end=span.end_char,
        kind=kind,
        sectors=list(dict.fromkeys(sectors)),
        via="; ".join(rules),
    )
